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


# ---------------------------------------------------------------- title first, 创建 after it
# 全国文明城市创建工作: the drive for a civic title written title first is the same campaign as
# 创建全国文明城市, named verb first
def test_a_levelled_title_before_chuangjian_is_the_drive_named_verb_first(gaz):
    found = programs_of("全县上下全力推进国家卫生县城、省级园林城市创建工作。", gaz, "石门县")
    assert found["创建国家卫生县城"][0] == "campaign" and found["创建省级园林城市"][0] == "campaign"


def test_a_bare_title_or_the_drives_office_names_no_drive(gaz):
    # counter-examples: 文明县城创建|知识 (no level: the work in general), 创建|办公室 (an office)
    found = programs_of("要让文明县城创建知识家喻户晓。国家卫生城市创建办公室主任参加。", gaz, "石门县")
    assert not any(n.startswith("创建") for n in found)
