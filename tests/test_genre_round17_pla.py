"""Seventeenth round (pla17): rules of the genre for places, from causes seen in two or more
development sets. Each rule is tested on a sentence of our own writing in the genre with a
counter-example it must not fire on."""
from __future__ import annotations

from support import place_parents as _parents, places_of, surfaces


def _names(text: str, gaz) -> list[str]:
    return surfaces(places_of(text, gaz)[1])


# ---------------------------------------------------------------- short names the text calls villages

def test_short_names_listed_before_deng_cun_are_the_town_s_villages(gaz):
    text = "平江县三墩乡今年投入资金80万元,在仁里、秦坊、鹿石等村新修机耕道12公里。"
    parents = _parents(text, gaz)
    for name in ("仁里", "秦坊", "鹿石"):
        assert parents.get(name) == "三墩乡", parents


def test_one_short_name_before_deng_n_ge_cun_after_a_verb_is_a_new_village(gaz):
    text = "平江县加义镇举办果苗展销会,来自枫木岭等9个村的果农带来了自家培育的苗木。"
    parents = _parents(text, gaz)
    assert parents.get("枫木岭") == "加义镇", parents
    assert "来自枫木岭" not in parents, parents


def test_deng_cun_without_a_town_before_it_names_no_village(gaz):
    text = "全省在仁里、秦坊、鹿石等村开展试点,探索集体经济发展新路。"
    assert not {"仁里", "秦坊", "鹿石"} & set(_names(text, gaz)), _names(text, gaz)


def test_cun_heading_a_common_word_closes_no_village_list(gaz):
    text = "平江县三墩乡鼓励群众参与产业发展、公益事业等村级事务,引导新乡贤等村民代表议事。"
    names = _names(text, gaz)
    assert not any(n in names for n in ("公益事业", "新乡贤", "乡贤")), names


# ---------------------------------------------------------------- the units of a roundup of parks

def test_units_opening_the_parks_of_a_roundup_paragraph_are_places(gaz):
    text = ("岳阳市园区经济稳步增长。平江高新区新引进企业12家;华容县工业园完成技改投资5亿元,"
            "两园区规模工业增加值均实现两位数增长。")
    parents = _parents(text, gaz)
    assert parents.get("平江") == "岳阳市", parents
    assert parents.get("华容县") == "岳阳市", parents
    assert "平江高新区" in parents and "华容县工业园" in parents, parents


def test_the_unit_of_a_single_park_article_is_not_added(gaz):
    text = "平江高新区今年新引进企业12家,完成技改投资5亿元,规模工业增加值增长15%。"
    names = _names(text, gaz)
    assert "平江高新区" in names, names
    assert "平江" not in names, names


def test_parks_of_two_units_in_different_paragraphs_add_no_unit(gaz):
    text = "平江高新区今年新引进企业12家。\n华容县工业园完成技改投资5亿元。"
    names = _names(text, gaz)
    assert "平江" not in names and "华容县" not in names, names


# ---------------------------------------------------------------- a park written again is the same park

def test_a_park_named_twice_is_one_park_under_its_unit(gaz):
    text = "岳阳楼区经济稳中有进。\n岳阳楼产业园完成技工贸总收入80亿元。\n岳阳楼产业园入选省级园区20强。"
    _, mentions, new = places_of(text, gaz)
    parks = {m.key for m in mentions if m.surface == "岳阳楼产业园"}
    assert len(parks) == 1, parks
    assert _parents(text, gaz).get("岳阳楼产业园") == "岳阳楼区"


def test_a_park_after_another_park_still_lies_in_it(gaz):
    text = "岳阳楼区经济稳中有进。\n岳阳楼产业园完成技工贸总收入80亿元,岳阳楼北斗产业园新引进企业5家。"
    assert _parents(text, gaz).get("岳阳楼北斗产业园") == "岳阳楼产业园", _parents(text, gaz)
