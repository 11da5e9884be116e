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
