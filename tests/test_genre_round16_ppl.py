"""Program places, sixteenth round: causes that recur across the development sets, each rule
tested on invented sentences of the genre with a counter-example it must not fire on."""
from __future__ import annotations

from support import place_key as key, program_places_of as programs


# ---------------------------------------------------------------- a company that is a sibling item
# A company named as one item of an enumeration (参观了标准厂房、X有限公司、Y项目) or as an example
# of a list (引进X有限公司等“…”企业) is not the subject that runs the next item or the program the
# list is named after: the place of the report runs it (before: no place at all).

def test_a_company_listed_before_a_project_does_not_run_it(gaz):
    text = "考察团参观了标准厂房、恒达不锈钢有限公司、城西公租房项目等工程项目建设。"
    assert programs(text, gaz, "茶陵县").get("城西公租房项目") == key(gaz, "茶陵县")


def test_a_company_given_as_an_example_does_not_run_the_program(gaz):
    text = "去年,该镇成功引进湖南青松纸业包装有限公司等“湘商回归”企业,完成招商引资3亿元。"
    assert programs(text, gaz, "茶陵县").get("湘商回归") == key(gaz, "茶陵县")


def test_a_company_opening_its_clause_still_runs_its_listed_campaigns(gaz):
    # counter-example: the company is the subject of the verb that governs the whole list
    text = "茶陵县恒达新材料股份有限公司启动“质量提升”行动、“智造升级”行动,推动企业提质增效。"
    found = programs(text, gaz, "茶陵县")
    assert found["质量提升"] is None and found["智造升级"] is None   # the company's own (its org)


# ---------------------------------------------------------------- a scene below the article's place
# A town or county inside the article's place, named in an earlier sentence as a scene (在X…), an
# object (针对X…) or inside a longer name, does not run the program of a later sentence that names
# no runner: the article's place does. A town opening its sentence as the subject still does.
REPORT = "今年以来,茶陵县持续深化作风建设。\n"
LATER = "开展“清风护企”活动,收集企业反映的问题线索。"


def test_a_town_named_as_an_object_does_not_run_the_next_sentence(gaz):
    text = REPORT + "督导农村危房整治,针对虎踞镇等整治不力的乡镇,约谈干部5人。" + LATER
    assert programs(text, gaz, "茶陵县").get("清风护企") == key(gaz, "茶陵县")


def test_a_town_named_as_a_scene_does_not_run_the_next_sentence(gaz):
    text = REPORT + "在虎踞镇的油茶示范基地,种植大户正在修剪枝条。" + LATER
    assert programs(text, gaz, "茶陵县").get("清风护企") == key(gaz, "茶陵县")


def test_a_town_opening_its_sentence_runs_the_next_sentence(gaz):
    # counter-example: the town is the subject of the report before the program
    text = REPORT + "虎踞镇督导农村危房整治,约谈干部5人。" + LATER
    assert programs(text, gaz, "茶陵县").get("清风护企") == key(gaz, "虎踞镇")
