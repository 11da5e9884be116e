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
