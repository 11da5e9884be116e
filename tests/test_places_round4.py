"""Place rules of the fourth round (Nov 2026), on articles nobody tuned the extractors for.

- The publisher's place: a county site's page that never names its county in the article but
  writes 全县/县委/县长 takes the county from its source field (来源：双牌政府网).
  Text: benchmarks/unseen/review1/programs/01.txt (a 双牌县 government-site page).
- The countryside is no village: <town>美丽乡村建设 names no new village 美丽乡村
  (a 衡阳县 page of the fourth round's fresh articles)."""
from __future__ import annotations

from graph.pipeline import extract_document
from graph.text import make_document

SHUANGPAI = ("全县“奋战八十天 决战四季度”动员大会召开\n"
             "发布时间:2015-12-23 12:43 来源: 双牌政府网\n"
             "  10月12日上午,全县“奋战八十天,决战四季度”动员会在县礼堂召开。会议主要目的是回顾总结前三季度的工作情况,"
             "分析当前面临的形势,明确下阶段工作举措,确保全年目标任务圆满完成。\n"
             "  县委副书记、县长魏和胜作“奋战八十天,决战四季度”动员讲话,县委书记苏小康在会上发表重要讲话。\n")


def places(text: str, gaz) -> list[tuple[str, str]]:
    ex = extract_document(make_document(text, "p"), gaz)
    return [(m.surface, m.key) for m in ex.places]


def test_a_county_sites_source_field_places_an_article_that_only_says_quanxian(gaz):
    ex = extract_document(make_document(SHUANGPAI, "p"), gaz)
    county = gaz.by_short["双牌"][0]
    assert [(m.surface, m.key) for m in ex.places] == [("双牌", county)]
    span = ex.places[0].span
    assert ex.doc.text[span.start:span.end] == "双牌" and "来源" in ex.doc.text[span.start - 5:span.start]
    bodies = {o.org for o in ex.officials if o.person == "苏小康"}
    assert any(b and "双牌" in b for b in bodies), bodies                            # 县委 -> 双牌县委


def test_a_provincial_paper_in_the_source_field_is_no_county(gaz):
    text = SHUANGPAI.replace("双牌政府网", "湖南日报")
    assert places(text, gaz) == []            # 全县 needs a county; 湖南 is the province


def test_an_article_that_names_its_place_keeps_it(gaz):
    text = SHUANGPAI.replace("全县“奋战八十天 决战", "宁远县“奋战八十天 决战", 1).replace("双牌政府网", "双牌政府网 ")
    keys = {k for _s, k in places(text, gaz)}
    assert keys == {gaz.by_name["宁远县"][0]}


def test_without_relative_words_the_source_field_is_not_the_articles_place(gaz):
    text = ("秋收时节稻浪翻滚\n发布时间:2015-12-23 12:43 来源: 双牌政府网\n"
            "  连日来,田间地头一派繁忙景象,农户抢抓晴好天气收割晚稻。\n")
    assert places(text, gaz) == []


def new_villages(text: str, gaz) -> list[str]:
    from graph.places import extract_places

    _mentions, new = extract_places(make_document(text), gaz)
    return [e.name for e in new if e.level == "village"]


def test_the_countryside_after_a_town_is_no_new_village(gaz):
    text = "目前,泉湖镇美丽乡村建设如火如荼,红湖彭新屋、七塘大屋山罗公塘文明屋场示范片,带动了全镇秀美屋场建设。"
    assert new_villages(text, gaz) == []
    assert new_villages("资福镇农村人居环境整治持续推进。", gaz) == []


def test_village_names_ending_in_a_rarer_word_are_still_new_villages(gaz):
    assert new_villages("资福镇杨新村开展人居环境整治。", gaz) == ["杨新村"]       # 新村: 391 in jieba
    assert new_villages("资福镇新建村开展美丽乡村创建。", gaz) == ["新建村"]


# ---------------------------------------------------------------- a district's development zone
# A 新湖南 item of Nov 2026's fresh pages (长沙雨花经济开发区到龙山县调研乡村振兴工作): the zone is
# written three ways, and each is the gazetteer's 长沙雨花经济开发区 (in 雨花区), never a new zone
# filed under the county the article is about.
YUHUA = ("长沙雨花经济开发区到龙山县调研乡村振兴工作\n"
         "4月24日,长沙市雨花经开区党工委书记陈海波率队,到湘西土家族苗族自治州龙山县调研大安乡村振兴对口帮扶工作。\n")


def zone_keys(text: str, gaz) -> tuple[set[str], list[str]]:
    from graph.places import extract_places

    mentions, new = extract_places(make_document(text), gaz)
    return {m.key for m in mentions if gaz.entries.get(m.key) and gaz.entries[m.key].level == "zone"}, \
        [e.name for e in new if e.level == "zone"]


def test_a_zone_named_in_full_is_the_zone_not_its_same_named_record_inside_it(gaz):
    zone = gaz.by_name["长沙雨花经济开发区"]
    assert len(zone) == 2                                  # the zone and a village-level twin inside it
    assert zone_keys("长沙雨花经济开发区召开工作会议。", gaz) == ({"430111/长沙雨花经济开发区"}, [])


def test_a_zone_written_short_or_unprefixed_is_the_gazetteers_zone_of_its_district(gaz):
    assert zone_keys(YUHUA, gaz) == ({"430111/长沙雨花经济开发区"}, [])
    assert zone_keys("雨花经济开发区到龙山县调研。", gaz) == ({"430111/长沙雨花经济开发区"}, [])


def test_an_unprefixed_zone_named_for_no_place_still_takes_the_articles_place(gaz):
    # counter-example: 东盟 is no place; the park is a new zone of the county the article names
    keys, new = zone_keys("江永县召开会议,研究东盟产业园建设。江永县委书记出席。", gaz)
    assert new == ["东盟产业园"]
