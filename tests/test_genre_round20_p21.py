"""Programs, round 20 (p21): meeting, campaign and system nouns of party-building and rural
work reports seen missed in fresh articles — each tested on a sentence of the genre written for
the test (invented places), with a counter-example that must not fire."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- …交流会: a meeting named by its topic
def test_a_topic_before_jiaoliuhui_names_an_exchange_meeting(gaz):
    found = programs_of("18日,全省乡村治理示范创建工作交流会在石门县召开,各市州代表参会。", gaz, "石门县")
    assert found["乡村治理示范创建工作交流会"][0] == "event"


def test_work_and_situation_alone_name_no_exchange_meeting(gaz):
    # counter-example: 工作情况交流会 is any meeting about the work, no name
    found = programs_of("县委书记在工作情况交流会上致欢迎辞。", gaz, "石门县")
    assert not any(n.endswith("交流会") for n in found)


# ---------------------------------------------------------------- …学习教育: a study campaign
def test_a_study_campaign_ending_the_phrase_is_a_campaign(gaz):
    found = programs_of("会议部署在全县开展树立和践行正确政绩观学习教育。", gaz, "石门县")
    assert any(n.endswith("正确政绩观学习教育") and v[0] == "campaign" for n, v in found.items())


def test_study_and_education_inside_a_longer_noun_name_no_campaign(gaz):
    # counter-example: 学习教育|思想根基 — the words continue a longer common noun
    found = programs_of("各级党组织要切实筑牢学习教育思想行动根基。", gaz, "石门县")
    assert not any("学习教育" in n for n in found)


# ---------------------------------------------------------------- …责任制: a responsibility system
def test_a_responsibility_system_named_by_its_scope_is_a_mechanism(gaz):
    found = programs_of("乡村干部要落实分片包干责任制,带头清理房前屋后垃圾。", gaz, "石门县")
    assert found["分片包干责任制"][0] == "mechanism"


def test_carrying_out_the_work_names_no_responsibility_system(gaz):
    # counter-example: 落实工作责任制 is the duty of any work, no system named
    found = programs_of("全县采取加大投入、严格考核、落实工作责任制等措施。", gaz, "石门县")
    assert not any(n.endswith("责任制") for n in found)
