"""Places, round 23: causes seen on fresh Hunan local-government articles (round 23's own
collection: honour rolls of villages, flood roundups, community items), each rule tested on a
sentence quoted from one of them, with a counter-example it must not fire on."""
from __future__ import annotations

from support import place_parents as parents_of, places_of


def _keys(text: str, gaz) -> dict[str, str]:
    """place mention's surface -> its key."""
    return {m.surface: m.key for m in places_of(text, gaz)[1]}


# ---------------------------------------------------------------- a township between county and village
# 湖南省社会主义新农村建设示范村名单 (2010): 永定区沙堤乡郝坪村, 蒸湘区雨母山乡雨母村: each village
# with its address; the township written between them may be merged or renamed since.

_ROLL = "湖南省社会主义新农村建设示范村名单\n永定区沙堤乡郝坪村\n北湖区保和乡小埠村\n宜章县城南乡寿福村\n蒸湘区雨母山乡雨母村\n"


def test_a_township_written_between_its_county_and_village_is_a_township(gaz):
    parents = parents_of(_ROLL, gaz)
    assert parents.get("沙堤乡") == "永定区", parents
    assert parents.get("郝坪村") == "沙堤乡", parents
    assert parents.get("保和乡") == "北湖区", parents          # 保和瑶族乡, its qualifier dropped
    assert parents.get("小埠村") == "保和瑶族乡", parents   # the entry as the gazetteer names it
    assert parents.get("雨母山乡") == "蒸湘区", parents        # 雨母山镇 since


def test_a_written_town_is_the_parent_of_the_village_after_it(gaz):
    assert parents_of(_ROLL, gaz).get("寿福村") == "城南乡"


def test_no_township_between_a_county_and_a_village_of_another_county(gaz):
    # counter-example: 郝坪村 is no village of 北湖区: nothing says 沙堤乡 lies in 北湖区
    parents = parents_of("示范村名单\n北湖区沙堤乡郝坪村\n", gaz)
    assert parents.get("沙堤乡") != "北湖区", parents


# ---------------------------------------------------------------- a list of counties by their short forms

def test_a_list_closed_by_a_class_of_counties_names_counties(gaz):
    text = "邵阳市从6月14日晚开始出现强降雨,局部雨量大、雨势强,造成绥宁、洞口、邵阳、北塔等县区受灾。"
    keys, parents = _keys(text, gaz), parents_of(text, gaz)
    assert parents.get("洞口") == "邵阳市", parents
    assert gaz.entries[keys["邵阳"]].name == "邵阳县", keys
    assert gaz.entries[keys["邵阳市"]].name == "邵阳市", keys


def test_a_list_of_cities_keeps_its_cities(gaz):
    # counter-example: 等市 closes a list of cities; 洞口 outside a list is a cave's mouth
    keys = _keys("邵阳、株洲等市遭遇强降雨,邵阳市在洞口等候救援。", gaz)
    assert gaz.entries[keys["邵阳"]].name == "邵阳市", keys
    assert "洞口" not in keys, keys


# ---------------------------------------------------------------- a village the table writes with its address

def test_a_village_filed_with_its_full_address_is_named_as_written(gaz):
    parents = parents_of("湖南省11个乡村入选:\n湘潭市韶山市银田镇银田村\n", gaz)
    assert parents.get("银田镇") == "韶山市", parents
    assert parents.get("银田村") == "银田镇", parents


def test_a_village_named_after_its_town_keeps_its_name(gaz):
    # counter-example: only the county's and the town's names together are an address
    assert any(e.name == "朱亭镇古镇社区" for e in gaz.entries.values())


# ---------------------------------------------------------------- a village made a community

def test_a_village_written_with_community_is_the_community(gaz):
    text = "咸嘉新村社区位于湖南湘江新区咸嘉湖街道,辖区面积0.45平方公里,常住人口约1.8万人左右。"
    doc, mentions, new = places_of(text, gaz)
    entries = {e.key: e for e in new}
    found = {m.surface: (entries.get(m.key) or gaz.entries[m.key]) for m in mentions}
    assert found["咸嘉新村社区"].level == "community", found
    assert parents_of(text, gaz).get("咸嘉新村社区") == "咸嘉湖街道"


def test_a_village_without_community_stays_a_village(gaz):
    text = "咸嘉新村村民代表参加了会议。"
    found = {m.surface: m.key for m in places_of(text, gaz)[1]}
    assert "咸嘉新村社区" not in found, found


# ---------------------------------------------------------------- an office written after its zone

def test_an_office_written_after_a_zone_is_the_zone_s(gaz):
    text = "湖南省社会主义新农村建设示范村名单\n鹤城区石门乡双村村\n娄底经济开发区大埠桥办事处中阳村\n"
    assert parents_of(text, gaz).get("大埠桥办事处") == "娄底经济开发区"


def test_an_office_after_a_county_line_keeps_that_county(gaz):
    # counter-example: no zone written with it: the county named last before it
    text = "湖南省社会主义新农村建设示范村名单\n鹤城区石门乡双村村\n又如大埠桥办事处中阳村\n"
    assert parents_of(text, gaz).get("大埠桥办事处") != "娄底经济开发区"


# ---------------------------------------------------------------- a zone named again without its prefix

def test_a_zone_named_again_without_its_province_is_the_same_zone(gaz):
    text = ("2月25日,在湖南湘江新区的湘江智航新城低空经济产业园项目现场,2026年湖南湘江新区首批重大项目"
            "开工活动举行。据悉,本次湘江新区直属区共开工项目23个,总投资达187.71亿元。")
    keys = {m.key for m in places_of(text, gaz)[1] if m.surface.endswith("湘江新区")}
    assert len(keys) == 1, keys


def test_a_bare_zone_with_no_fuller_name_before_keeps_its_own_entry(gaz):
    # counter-example: nothing named before it in full: the zone of the article's city, as before
    text = "长沙市今年加快园区建设。本次湘江新区直属区共开工项目23个,总投资达187.71亿元。"
    parents = parents_of(text, gaz)
    assert parents.get("湘江新区") == "长沙市", parents


# ---------------------------------------------------------------- a place in a registered company's brackets

def test_a_place_in_brackets_before_a_registered_suffix_is_the_company_s_name(gaz):
    text = "该园区由湘江低空经济发展(长沙)有限公司负责开发建设,总体规划面积约8平方公里。"
    mentions = places_of(text, gaz)[1]
    assert "长沙" not in {m.surface for m in mentions if m.listed}
    assert "长沙" in {m.surface for m in mentions if not m.listed}   # kept for the company's name


def test_a_place_in_brackets_before_other_words_is_still_a_place(gaz):
    # counter-example: a bracket that closes no company name
    text = "项目落户长沙(岳麓区),由某某有限公司负责开发建设。"
    assert "岳麓区" in {m.surface for m in places_of(text, gaz)[1]}
