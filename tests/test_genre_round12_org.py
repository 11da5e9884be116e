"""Twelfth round (org12): rules of the genre for organisations, from the leftover errors of all ten
development sets at once (seeds, dev, dev2–dev9). Each rule is tested on a quoted sentence of a
development set with a counter-example of our own writing it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a task force set up by the clause's subject

def test_a_task_force_set_up_by_a_level_body_is_that_place_s(gaz):
    # dev6 h143 (the city is the article's place)
    text = "岳阳市河湖长制工作推进。按照省河长办部署要求,市河长办成立了河道保洁工作专班,建立“河道保洁联络群”。"
    assert "岳阳市河道保洁工作专班" in named(text, gaz)


def test_a_task_force_set_up_by_two_levels_is_the_upper_level_s(gaz):
    # dev7 h156, dev9 h197
    assert "郴州市城乡风貌提质工作组" in named(
        "郴州市从本月开始,市、县两级均成立城乡风貌提质工作组,抽调精干力量组建专班。", gaz)
    assert "株洲市农村饮水工作专班" in named("株洲市、县两级组建农村饮水工作专班,实地勘察水源、反复测算管网路线。", gaz)


def test_a_task_force_set_up_by_each_of_a_class_names_none(gaz):
    orgs = named("株洲市召开会议,要求各县市区成立农村饮水工作专班,每个乡镇设立工作组。", gaz)
    assert not any(name.endswith(("专班", "工作组")) for name in orgs)


def test_a_task_force_with_no_founding_verb_stays_unnamed(gaz):
    orgs = named("株洲市召开会议,农村饮水工作专班的同志汇报了进展。", gaz)
    assert "株洲市农村饮水工作专班" not in orgs
