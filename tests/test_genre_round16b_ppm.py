"""Program places, round 16b: causes that recur across the development sets, each rule tested on
invented sentences of the genre with a counter-example it must not fire on."""
from __future__ import annotations

from support import place_key as key, program_places_of as programs


# ---------------------------------------------------------------- the whole place as subject
# 全市/全县/全区/全州 opening a clause of the program's sentence (近年来,全州坚持…,全力构建“…”) is the
# subject of that sentence: the whole prefecture (county …) runs the program, not a place named in
# an earlier sentence (before: the county that opened the previous paragraph).
RANKED = "辰溪县入选全省旅游发展潜力十强县。\n"


def test_the_whole_city_opening_the_sentence_runs_its_program(gaz):
    text = RANKED + "近年来,全市坚持把文化旅游业作为主导产业来培育,全力构建“一核两翼三带”旅游格局。"
    assert programs(text, gaz, "怀化市").get("一核两翼三带") == key(gaz, "怀化市")


def test_the_whole_city_inside_a_clause_is_no_subject(gaz):
    # counter-example: 全市 as the yardstick of a rank (居全市第二位), not opening a clause
    text = RANKED + "近年来,该县投资完成率居全市第二位,全力构建“一核两翼三带”旅游格局。"
    assert programs(text, gaz, "怀化市").get("一核两翼三带") == key(gaz, "辰溪县")


# ---------------------------------------------------------------- a bare level word for the report's unit
# 县里 after a verb of following (根据县里“一村一品”的要求) names the county whose requirement the
# program is, as 县委 would (before: the village body that is the clause's subject); a bare 社区
# opening a clause before a verb or an adverb (社区持续健全…, 社区党总支牵头…) is the community of
# the report, in the program's sentence or earlier in its paragraph (before: the street above it).
COMMUNITY = "荷塘区月塘街道东湖社区坚持党建引领,破解治理难题。\n"


def test_the_county_after_a_verb_of_following_owns_the_requirement(gaz):
    text = "近年来,县农业农村局驻村工作队和界首镇白沙村党支部,根据县里“一村一品”的要求,积极发展村办企业。"
    assert programs(text, gaz, "茶陵县").get("一村一品") == key(gaz, "茶陵县")


def test_the_county_invited_by_a_village_is_not_the_runner(gaz):
    # counter-example: 县里 after 邀请 (the county's experts) is no requirement the program follows
    text = "近年来,界首镇白沙村党支部邀请县里专家指导,推行“一村一品”,积极发展村办企业。"
    assert programs(text, gaz, "茶陵县").get("一村一品") == key(gaz, "白沙村", "430224")


def test_a_bare_community_subject_runs_the_program_of_its_sentence(gaz):
    text = COMMUNITY + "社区持续健全“社区党组织——小区党支部——楼栋党小组——居民”四级联动治理,网住群众所需所盼。"
    assert programs(text, gaz, "荷塘区").get("四级联动治理") == key(gaz, "东湖社区", "430202")


def test_a_bare_community_body_runs_the_program_of_its_paragraph(gaz):
    text = COMMUNITY + "强化党建引领定方向。社区党总支牵头开展需求调研。依托“社区合伙人”机制,凝聚多方力量。"
    assert programs(text, gaz, "荷塘区").get("社区合伙人") == key(gaz, "东湖社区", "430202")


def test_the_residents_of_a_community_are_no_reference_to_it(gaz):
    # counter-example: 社区居民 (people of a community) is not the community doing the work
    text = COMMUNITY + "强化党建引领定方向。社区居民积极参与需求调研。依托“社区合伙人”机制,凝聚多方力量。"
    assert programs(text, gaz, "荷塘区").get("社区合伙人") == key(gaz, "月塘街道", "430202")


def test_a_body_before_the_spelled_out_quote_still_runs_it(gaz):
    # counter-example: the bodies inside the quote glued to the name are its parts, not its runner;
    # the body before the quote, outside it, still runs the program
    text = "荷塘区月塘街道东湖社区党委健全“小区党支部——楼栋党小组”两级联动治理,网住群众所需所盼。"
    assert programs(text, gaz, "荷塘区").get("两级联动治理") == key(gaz, "东湖社区", "430202")
