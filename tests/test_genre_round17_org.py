"""Seventeenth round (org17): rules of the genre for organisations, from causes that recur across the
twelve development sets. Each rule is tested on a sentence of the genre written for the test (names,
places and numbers invented) and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a company's short name opening a project of a list

def test_a_brand_written_as_a_whole_item_of_a_project_list_is_a_label(gaz):
    # d08: 富佳农机、大山机械等37个项目 (the project's label, not an actor)
    text = "城区蓝岚科技、沐川生物等12个项目集中开工。"
    assert not {"蓝岚科技", "沐川生物"} & named(text, gaz)


# ---------------------------------------------------------------- the body that sends a resident team

def test_the_body_sending_a_resident_team_is_named_with_the_team(gaz):
    # dev10 h230, dev11 h248 (as d02, dev3 h42): 市政府办驻村帮扶工作队; 该县农业农村局驻村工作队
    text = "2019年,衡阳县石门村来了衡阳市政府办驻村帮扶工作队。"
    assert {"衡阳市政府办", "衡阳市政府办驻村帮扶工作队"} <= named(text, gaz)


def test_the_sender_of_a_team_resolved_by_a_demonstrative_is_named(gaz):
    text = "宁远县石门村地处山区。近年来,该县农业农村局驻村工作队和石门村党支部一起发展产业。"
    assert "宁远县农业农村局" in named(text, gaz)


def test_a_team_sent_by_a_place_names_no_sending_body(gaz):
    text = "郴州市驻石门村驻村帮扶工作队队长李明说,村里的产业越来越好。"
    orgs = named(text, gaz)
    assert not {"郴州市", "郴州市政府"} & orgs
    assert all("工作队" in name for name in orgs)


# ---------------------------------------------------------------- the army's district commands

def test_a_military_district_after_its_place_is_an_organisation(gaz):
    # dev8 h174, dev10 h218: 某某军分区政治部主任; 湖南省军区副政委
    assert "湖南省军区" in named("湖南省军区副司令员赵明远出席了开幕式。", gaz)
    assert any(name.startswith("衡阳军分区") for name in named("衡阳军分区政治部主任钱立新讲话。", gaz))


def test_a_military_district_word_without_its_place_names_no_body(gaz):
    assert not any("军区" in name for name in named("驻地部队和军区医院的医生参加义诊。", gaz))


# ---------------------------------------------------------------- a task force named by its task, in its head's title

def test_a_task_force_named_by_its_task_is_named_in_its_heads_title(gaz):
    # dev3 h47, dev10 h218: 县招商引资联合作战指挥部指挥长; 省扶贫开发领导小组副组长
    text = "宁远县政协主席、县招商引资联合作战指挥部指挥长赵明远,省扶贫开发领导小组副组长钱立新出席。"
    assert {"宁远县招商引资联合作战指挥部", "湖南省扶贫开发领导小组"} <= named(text, gaz)


def test_a_group_named_by_no_task_stays_implied_by_its_heads_title(gaz):
    # dev6 h134: 市委督导组常务副组长 (a group of the committee, no task named)
    text = "会上,市委组织部副部长李钢,市委督导组常务副组长王明出席。"
    assert not any(name.endswith(("督导组", "组织部")) for name in named(text, gaz))
