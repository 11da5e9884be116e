"""Program places, seventeenth round: causes that recur across the development sets, each rule
tested on invented sentences of the genre with a counter-example it must not fire on."""
from __future__ import annotations

from support import place_key as key, program_places_of as programs


# ---------------------------------------------------------------- a project opening with its county's short form
# A project listed by name whose name opens with the short form of the report's own place, glued
# to the words after it (茶陵|高山有机茶叶基地…), is built by that place, not by the city named
# earlier in the sentence. A short form of some other place (a county in a city's report, a
# neighbouring county) is left to the rules that were there before.
PROJECTS = "今年,株洲市重点项目库公布,茶陵县电子商务产业园项目、茶陵高山有机茶叶基地建设项目等8个项目入选。"


def test_a_project_opening_with_the_reports_own_short_form_is_the_reports(gaz):
    found = programs(PROJECTS, gaz, "茶陵县")
    assert found["茶陵高山有机茶叶基地建设项目"] == key(gaz, "茶陵县")
    assert found["茶陵县电子商务产业园项目"] == key(gaz, "茶陵县")


def test_a_countys_short_form_in_a_citys_report_is_left_alone(gaz):
    # counter-example: the report is the city's; the county's short form does not name the report's place
    found = programs(PROJECTS, gaz, "株洲市")
    assert found["茶陵高山有机茶叶基地建设项目"] == key(gaz, "株洲市")


def test_a_neighbouring_countys_short_form_is_left_alone(gaz):
    # counter-example: 醴陵 is not the report's place (攸县), so the rule does not place the project there
    text = "在株洲市项目推介会上,醴陵新型陶瓷产业园项目、攸县高山有机茶叶基地建设项目等8个项目入选株洲市重点招商引资项目册。"
    found = programs(text, gaz, "攸县")
    assert found["醴陵新型陶瓷产业园项目"] == key(gaz, "株洲市")
    assert found["攸县高山有机茶叶基地建设项目"] == key(gaz, "攸县")
