"""Resolution across documents (graph/resolve.py): programs merged by name within a prefecture."""
from graph.gazetteer import load_gazetteer
from graph.model import Extraction, ProgramMention, Span
from graph.resolve import merge_programs
from graph.text import make_document


def _extraction(doc_id: str, text: str, name: str, place_key: str | None, kind: str = "mechanism") -> Extraction:
    doc = make_document(text, doc_id)
    start = doc.text.index(name)
    return Extraction(doc=doc, programs=[ProgramMention(Span(start, start + len(name)), name, kind, place_key)])


def _key(gaz, name: str) -> str:
    return gaz.lookup(name)[0].key


def test_a_program_run_in_two_prefectures_is_two_programs():
    gaz = load_gazetteer()
    junshan, nanxian = _key(gaz, "君山区"), _key(gaz, "南县")
    index = merge_programs([
        _extraction("a", "君山区深入推进田长制，守护耕地。", "田长制", junshan),
        _extraction("b", "南县全面推行田长制，压实责任。", "田长制", nanxian),
    ], gaz)
    first, second = index[("a", "田长制")], index[("b", "田长制")]
    assert first is not second and first.key != second.key
    assert (first.place_key, second.place_key) == (junshan, nanxian)


def test_a_program_named_in_two_articles_of_one_prefecture_is_one_with_the_majority_place():
    gaz = load_gazetteer()
    shaoyang = _key(gaz, "邵阳市")
    index = merge_programs([
        _extraction("a", "邵阳市深入推进“万名干部联万企”行动。", "万名干部联万企", shaoyang, "campaign"),
        _extraction("b", "邵阳市“万名干部联万企”行动成效明显。", "万名干部联万企", shaoyang, "campaign"),
        _extraction("c", "“万名干部联万企”行动走访企业。", "万名干部联万企", None, "campaign"),
    ], gaz)
    entities = {id(index[(d, "万名干部联万企")]) for d in "abc"}
    assert len(entities) == 1
    entity = index[("c", "万名干部联万企")]
    assert entity.key == "万名干部联万企" and entity.place_key == shaoyang and entity.kind == "campaign"


def test_a_name_written_bare_without_a_place_does_not_take_another_documents_place():
    """政府工作报告 named without a place in one article is not the report of the city another
    article names: every government writes one (it was given that city's place)."""
    gaz = load_gazetteer()
    zhangjiajie = _key(gaz, "张家界市")
    index = merge_programs([
        _extraction("a", "张家界市市长在大会上作政府工作报告。", "政府工作报告", zhangjiajie, "policy_document"),
        _extraction("b", "大会听取和审议政府工作报告。", "政府工作报告", None, "policy_document"),
    ], gaz)
    placed, bare = index[("a", "政府工作报告")], index[("b", "政府工作报告")]
    assert placed is not bare and placed.key != bare.key
    assert (placed.place_key, bare.place_key) == (zhangjiajie, None)


def test_a_quoted_name_without_a_place_joins_the_program_of_two_prefectures_mentioned_most():
    gaz = load_gazetteer()
    shaoyang, yueyang = _key(gaz, "邵阳市"), _key(gaz, "岳阳市")
    index = merge_programs([
        _extraction("a", "邵阳市深入推进“万企联万村”行动。", "万企联万村", shaoyang, "campaign"),
        _extraction("b", "邵阳市“万企联万村”行动成效明显。", "万企联万村", shaoyang, "campaign"),
        _extraction("c", "岳阳市启动“万企联万村”行动。", "万企联万村", yueyang, "campaign"),
        _extraction("d", "“万企联万村”行动走访企业。", "万企联万村", None, "campaign"),
    ], gaz)
    assert index[("d", "万企联万村")] is index[("a", "万企联万村")]
    assert index[("d", "万企联万村")].place_key == shaoyang
    assert index[("c", "万企联万村")].place_key == yueyang
