"""Programs, thirteenth round: causes of program and program-place errors found first on the fresh
set dev10 and looked for in the ten older sets — each rule tested on a quoted development sentence,
with a counter-example (our own writing) it must not fire on."""
from __future__ import annotations


def _mention_places(text: str, gaz, article_place: str) -> list[tuple[str, str | None]]:
    """(name, place name) of every program mention of a one-text document, in text order."""
    from graph.organizations import extract_organizations
    from graph.places import extract_places
    from graph.programs import NATIONAL, extract_programs
    from graph.text import make_document

    doc = make_document(text)
    places, new = extract_places(doc, gaz)
    names = {e.key: e.name for e in new}
    art = {0: gaz.lookup(article_place)[0].key}
    orgs = extract_organizations(doc, places, gaz, art)
    out = []
    for m in extract_programs(doc, places, orgs, gaz, art):
        key = m.place_key
        out.append((m.name, names.get(key) or (key if key in (None, NATIONAL) else gaz.get(key).name)))
    return out


# ---------------------------------------------------------------- the whole county's program
# dev10/h226 (华阁镇…开展“百日攻坚”行动 … 今年上半年在全县“百日攻坚”行动中走在前列) and dev10/h220
# (新晃县凉伞镇:“一主两辅”擂台赛 … 全县“一主两辅”擂台赛): a program the article also calls the
# whole county's is the county's; the town named with its other mentions does its share of it
HUAGE = ("今年,华阁镇以农村人居环境提升为抓手,整合镇村资金120余万元,出动劳动力3600人次,开展“百日攻坚”行动。"
         "该镇去年获评益阳市、南县人居环境整治先进单位,今年上半年在全县“百日攻坚”行动中走在前列。")


def test_a_program_the_article_calls_the_whole_countys_is_run_by_the_county(gaz):
    places = {place for name, place in _mention_places(HUAGE, gaz, "南县") if name == "百日攻坚"}
    assert places == {"南县"}


def test_a_town_program_beside_another_whole_county_program_stays_the_towns(gaz):
    # counter-example: the whole county is named before another program, not this one
    text = ("今年,华阁镇开展“百日攻坚”行动,整治沟渠30条。"
            "在全县“清河净滩”行动中,该镇走在前列。")
    found = dict(_mention_places(text, gaz, "南县"))
    assert found.get("百日攻坚") == "华阁镇"


# ---------------------------------------------------------------- 县里 / 村里: the report's own unit, spoken
# dev8/h186 (针对各村情况不一样,县里还总结出物业、服务、资源等六种挣钱路子,鼓励“一村一个招”) and
# dev3/h42 (大新田村位于土桥镇西南方向,…,村里开发出80亩油茶基地): a clause opened by 县里/村里 … is the
# county (village) of the report doing what follows, as 该县/该村 would be
FENGHUANG = ("凤凰县筸子坪镇晒金塘村的集体经济红红火火。"
             "针对各村情况不一样,县里还总结出物业、服务、资源等六种挣钱路子,鼓励“一村一个招”。")
DAXINTIAN = ("土桥镇距离芷江县城22公里,交通便利。\n"
             "大新田村位于土桥镇西南方向,2022年,在驻村工作队的帮扶下,村里开发出80亩油茶基地,"
             "填补村集体经济空白。")


def test_a_clause_opened_by_the_spoken_county_is_the_countys(gaz):
    assert dict(_mention_places(FENGHUANG, gaz, "凤凰县")).get("一村一个招") == "凤凰县"


def test_a_clause_opened_by_the_spoken_village_is_the_villages(gaz):
    assert dict(_mention_places(DAXINTIAN, gaz, "芷江侗族自治县")).get("油茶基地") == "大新田村"


def test_the_countryside_or_a_possession_is_no_spoken_unit(gaz):
    # counter-examples: 农村里 (the countryside, inside a word) and 县里的 (a possession) name no runner
    plain = "凤凰县筸子坪镇晒金塘村位于山区,走进田间,鼓励“一村一个招”。"
    for spoken in ("走进农村里", "县里的干部"):
        text = plain.replace("走进田间", spoken)
        assert dict(_mention_places(text, gaz, "凤凰县")).get("一村一个招") == \
            dict(_mention_places(plain, gaz, "凤凰县")).get("一村一个招") == "晒金塘村"


# ---------------------------------------------------------------- a national ranking with a long topic
# dev10/h223 (我州凤凰县、吉首市、永顺县入选“2023中国县域旅游综合竞争力百强县市”): a 中国…百强 ranking is the
# country's whatever the length of its topic (县域旅游综合竞争力: nine characters, one more than the old reach)
XIANGXI = ("11月26日,《中国县域旅游竞争力报告2023》发布。我州凤凰县、吉首市、永顺县入选"
           "“2023中国县域旅游综合竞争力百强县市”,分别排名全国第19、41、52位。")


def test_a_china_ranking_with_a_long_topic_is_national(gaz):
    found = dict(_mention_places(XIANGXI, gaz, "湘西土家族苗族自治州"))
    assert found.get("2023中国县域旅游综合竞争力百强县市") == "全国"


def test_a_prefectures_own_ranking_is_no_national_one(gaz):
    # counter-example: a ranking the prefecture draws up names no 中国
    text = "吉首市、永顺县入选“2023湘西州县域旅游综合竞争力百强村寨”,排名靠前。"
    assert dict(_mention_places(text, gaz, "湘西土家族苗族自治州")).get("2023湘西州县域旅游综合竞争力百强村寨") != "全国"


# ---------------------------------------------------------------- a place in the event's name beats its organiser
# dev10/h218 (…2018年湖南秋季乡村旅游节暨首届娄底新化农民丰收节开幕式 … 本次活动由湖南省旅游发展委员会、
# 娄底市人民政府主办): the place an event's name opens with runs it; a 由…主办 clause places only an
# event whose name names no place
XINHUA = ("紫鹊界迎来了2018年湖南秋季乡村旅游节暨首届娄底新化农民丰收节开幕式。"
          "本次活动由湖南省旅游发展委员会、娄底市人民政府主办,新化县人民政府承办。")


def test_the_place_an_events_name_opens_with_beats_its_organiser(gaz):
    places = {p for n, p in _mention_places(XINHUA, gaz, "新化县") if n == "首届娄底新化农民丰收节"}
    assert places == {"新化县"}


def test_an_event_named_without_a_place_takes_its_organisers(gaz):
    # counter-example: the same clause after an event whose name holds no place
    text = ("紫鹊界迎来了首届农民丰收节开幕式。"
            "本次活动由湖南省旅游发展委员会、娄底市人民政府主办,新化县人民政府承办。")
    assert dict(_mention_places(text, gaz, "新化县")).get("首届农民丰收节") == "湖南省"
