"""graph.metrics, round 16: causes of indicator errors seen across several development sets. Each
rule has a sentence in the genre (our own writing: invented names, places and figures) and a
counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- a place's profile: what it has, not its name

def test_a_place_profile_counts_people_groups_and_villages(gaz):
    # dev11 h247 (全村N人), dev4 h62 (X村有N人,M个组), dev10 h220 (辖N个村和1个社区), dev5 h97 (覆盖N个村)
    text = ("石门村位于龙溪镇东部,全村1568人,6个组,耕地2000亩。"
            "全乡辖9个村、1个社区,其中贫困村3个。\n")
    found = _metrics(gaz, text)
    assert _one(found, 1568, "人").indicator == "人口"
    assert _one(found, 6, "个").indicator == "组数"
    assert _one(found, 9, "个").indicator == "辖村数"
    assert _one(found, 1, "个").indicator == "社区数"


def test_the_bare_place_before_a_count_is_its_subject_not_what_was_counted(gaz):
    # dev10 h228 (社区N户居民、M亩耕地), and 该村N户已脱贫
    text = "青山社区以村道为网格线,社区380户居民、1200多亩耕地纳入网格。全村有贫困户45户,该村32户已脱贫。\n"
    found = _metrics(gaz, text)
    assert _one(found, 380, "户").indicator == "居民数"
    assert _one(found, 32, "户").indicator == "户数"


def test_a_bare_noun_counted_or_a_measure_before_a_place_noun_keeps_its_indicator(gaz):
    # counter-examples: 公司5家 counts the companies (no noun after it, no household count);
    # a one-character place noun after an amount (50万元给村) is where it goes, not what was counted
    text = "去年引进项目12个,公司5家。县财政下拨专项资金50万元给村。\n"
    found = _metrics(gaz, text)
    assert _one(found, 5, "家").indicator == "公司"
    assert "资金" in _one(found, 50, "万元").indicator


# ---------------------------------------------------------------- an official acting on their own

def test_an_official_named_bare_opening_a_clause_and_acting_owns_its_figures(gaz):
    # dev10 h219 (X投入N万元,流转荒地M亩…,带动村民K户): the person introduced with a title, then
    # named bare as the agent of an act, is the subject of that sentence's figures
    text = ("城步县绿源农业公司董事长王福田是养殖大户。"
            "2019年,王福田投入3000多万元,流转荒地200多亩创办养鸡场,带动村民30户加入合作社。\n")
    found = _metrics(gaz, text)
    assert {_one(found, v, u).subject for v, u in ((3000, "万元"), (200, "亩"), (30, "户"))} == {"王福田"}


def test_an_official_speaking_or_leading_or_under_a_title_is_no_subject(gaz):
    # counter-examples: the official who speaks (指出), leads (带队) or is named with the title
    # (县长X介绍) tells or runs the body's figures, not their own
    text = ("城步县县长王福田介绍,全县完成投资30亿元。王福田指出,今年新建学校5所。"
            "王福田带队检查了12个项目。\n")
    assert "王福田" not in {m.subject for m in _metrics(gaz, text)}
