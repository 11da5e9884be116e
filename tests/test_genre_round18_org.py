"""Eighteenth round (org18): rules of the genre for organisations, from causes that recur across the
twelve development sets. Each rule is tested on a sentence of the genre written for the test (names,
places and numbers invented) and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- one body, its place written full and short

def test_a_body_written_after_its_places_full_and_short_form_is_one_body(gaz):
    # dev8 h178, dev10 h218, dev11 h237: 某市旅游局 … 某旅游局局长; 某自治州人民政府 … 某州人民政府副州长
    text = "本次推介会由邵阳市商务粮食局承办。会上,邵阳商务粮食局局长赵明远介绍了项目情况。"
    assert {name for name in named(text, gaz) if name.endswith("商务粮食局")} == {"邵阳市商务粮食局"}


def test_an_autonomous_prefectures_government_written_short_is_the_same_government(gaz):
    text = "活动由湘西土家族苗族自治州人民政府主办。湘西州人民政府副州长钱立新出席。"
    governments = {name for name in named(text, gaz) if name.endswith("政府")}
    assert len(governments) == 1


def test_the_same_words_after_two_places_name_two_bodies(gaz):
    text = "邵阳市商务粮食局和邵东市商务粮食局的负责人参加了座谈。"
    assert {"邵阳市商务粮食局", "邵东市商务粮食局"} <= named(text, gaz)


# ---------------------------------------------------------------- a resident team named by its posting

def test_a_team_sent_to_a_named_village_is_named_though_its_head_is_titled(gaz):
    # dev11 h247 (as d02): 在市委驻某县某镇某村工作队队长某某的陪同下
    text = "在市委驻平江县三市镇石门村工作队队长钱立新的陪同下,调研组察看了村部。"
    assert any(name.endswith("驻平江县三市镇石门村工作队") for name in named(text, gaz))


def test_a_task_force_of_no_posting_stays_implied_by_its_heads_title(gaz):
    text = "县委书记、县扶贫工作组组长钱立新出席。"
    assert not any(name.endswith("工作组") for name in named(text, gaz))


# ---------------------------------------------------------------- a session's committees in its agenda

def test_a_sessions_committees_written_bare_in_its_agenda_are_no_bodies(gaz):
    # dev5 h92: 通过了代表资格审查委员会建议名单、代表提案审查委员会建议名单
    text = "预备会议通过了大会主席团和秘书长名单,通过了代表资格审查委员会名单和提案审查委员会名单。"
    assert not any(name.endswith("审查委员会") for name in named(text, gaz))


def test_a_standing_committees_credentials_committee_with_its_owner_is_named(gaz):
    text = "宁远县人大常委会代表资格审查委员会对补选代表的资格进行了审查。"
    assert "宁远县人大常委会代表资格审查委员会" in named(text, gaz)


# ---------------------------------------------------------------- verbs ending in 办

def test_a_verb_ending_in_the_office_character_names_no_office(gaz):
    # fresh Hunan item (/work/fresh18-org f01): 在某县某镇某村新办的制衣厂车间内 -> no "某村新办"
    text = "在宁乡县双江镇石门村新办的服装厂车间内,20余台缝纫机整齐摆放。村里领办的合作社带动了农户增收。"
    assert not any(name.endswith("办") for name in named(text, gaz))


def test_an_office_written_after_its_level_is_still_an_office(gaz):
    text = "宁乡县扶贫办、宁乡县农业农村局负责人参加了会议。"
    assert "宁乡县扶贫办" in named(text, gaz)


# ---------------------------------------------------------------- a task force acting in its article

def test_a_task_force_approving_a_notice_is_its_issuers(gaz):
    # dev3 h38: 某县人民政府办公室…通知 … 经某某工作领导小组同意,现将…印发给你们
    text = "宁远县人民政府办公室关于印发实施方案的通知。各乡镇、县直各单位:经乡村治理示范创建工作领导小组同意,现将方案印发给你们。"
    assert "宁远县乡村治理示范创建工作领导小组" in named(text, gaz)


def test_a_task_force_acting_in_its_articles_place_takes_that_place(gaz):
    # dev11 h249: 由村企合作领导小组选取上市后备企业进行投资
    text = "邵东市财政局统筹资金,由产业帮扶协调领导小组选定合作企业。"
    assert "邵东市产业帮扶协调领导小组" in named(text, gaz)


def test_a_task_force_whose_head_is_named_after_by_is_no_agent(gaz):
    text = "宁远县各乡镇都成立了由乡镇长任组长的防汛工作领导小组。"
    assert not any(name.endswith("领导小组") for name in named(text, gaz))


# ---------------------------------------------------------------- a committee's party group

def test_a_commissions_party_group_is_listed_as_the_commission(gaz):
    # dev7 h153: 某市人口和计划生育委员会党组书记 (the 和 cut the party group's name in two)
    text = "株洲市卫生和计划生育委员会党组书记、主任钱立新出席了会议。"
    orgs = named(text, gaz)
    assert "株洲市卫生和计划生育委员会" in orgs
    assert not any(name.endswith("党组") for name in orgs)


def test_a_standing_committees_party_group_stays_named(gaz):
    text = "宁远县人大常委会党组书记、主任赵明远出席了会议。"
    assert "宁远县人大常委会党组" in named(text, gaz)


# ---------------------------------------------------------------- a university town

def test_a_university_town_is_no_university(gaz):
    # dev10 h213: 依托某某科学城、某某大学城、某某产业城等核心资源
    text = "项目依托株洲大学城、新能源汽车产业城等核心资源,打造科创中心。"
    assert not any(name.endswith("大学") for name in named(text, gaz))


def test_a_university_is_still_a_university(gaz):
    text = "湘潭大学的师生参加了志愿服务活动。"
    assert "湘潭大学" in named(text, gaz)


# ---------------------------------------------------------------- 旅发委 spelled out

def test_the_tourism_commission_written_short_beside_its_full_name_is_one_body(gaz):
    # dev10 h218: 由湖南省旅游发展委员会…主办 … 湖南省旅发委副主任某某宣布开幕
    text = "本次活动由湖南省旅游发展委员会主办。湖南省旅发委副主任钱立新宣布开幕。"
    assert named(text, gaz) >= {"湖南省旅游发展委员会"}
    assert "湖南省旅发委" not in named(text, gaz)


def test_the_tourism_commission_written_short_alone_keeps_its_short_name(gaz):
    text = "湖南省旅发委副主任钱立新宣布开幕。"
    assert not any(name.endswith("旅游发展委员会") for name in named(text, gaz))
