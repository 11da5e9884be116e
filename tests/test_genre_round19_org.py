"""Nineteenth round (org): rules of the genre for organisations, from causes that recur across the
twelve development sets. Each rule is tested on a sentence of the genre written for the test (names,
places and numbers invented) and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a visit's list opened by 先后到

def test_short_company_names_in_a_visit_list_opened_by_xianhou_dao(gaz):
    # 代表们先后到甲项目、乙生产线、丙、丁有限公司等实地考察: the short names beside a registered one
    text = ("上午,代表们先后到金岭新材料项目、金岭冷轧生产线、湘中锐驰新材、安远博泰电子陶瓷、"
            "湖南华驰汽车零部件有限公司等项目和公司实地考察。")
    orgs = named(text, gaz)
    assert {"湘中锐驰新材", "安远博泰电子陶瓷", "湖南华驰汽车零部件有限公司"} <= orgs
    assert not any(name.endswith(("生产线", "项目")) for name in orgs)


def test_dao_without_a_visit_adverb_opens_no_visit_list(gaz):
    text = "记者从湖南华驰汽车零部件有限公司了解到,锐驰新材、博泰电子陶瓷等订单饱满。"
    orgs = named(text, gaz)
    assert "锐驰新材" not in orgs


# ---------------------------------------------------------------- a company named by a rare noun

def test_a_company_named_by_a_rare_dictionary_noun_is_a_brand(gaz):
    text = "三次产业比进一步优化。银星公司技改、鑫源食品饮料等一批工业项目竣工投产。"
    assert "银星公司" in named(text, gaz)


def test_a_company_named_by_a_trade_is_a_kind(gaz):
    assert "物流公司" not in named("引进了物流公司、建筑公司等市场主体。", gaz)


# ---------------------------------------------------------------- a party cell's formal name

def test_a_party_cell_written_by_its_formal_name_is_named(gaz):
    assert "石门县桓胆村支部委员会" in named("中共石门县桓胆村支部委员会召开会议,研究村集体经济发展。", gaz)
    assert "溪口联合党总支部委员会" in named("一行参观了“溪口联合党总支部委员会”办公场所。", gaz)


def test_a_bare_party_cell_committee_names_no_body(gaz):
    text = "该村以“党总支+合作社+村民”模式,由党总支委员会为主体,领导组织实施合作社的规划。"
    assert not any(name.endswith("委员会") for name in named(text, gaz))


# ---------------------------------------------------------------- the people's congresses as an institution

def test_a_congress_before_system_work_or_election_names_the_institution(gaz):
    text = ("衡南县召开座谈会。调研组详细了解了县人大常委会充分发挥人大制度优势的情况,"
            "充分肯定衡南县人大工作的好经验,要求做好县乡人大换届选举工作。")
    orgs = named(text, gaz)
    assert "衡南县人大常委会" in orgs and "衡南县人大" not in orgs


def test_a_congress_acting_is_named(gaz):
    assert "衡南县人大" in named("衡南县人大组织代表开展视察活动。", gaz)


def test_a_party_committees_conference_on_congress_work_names_the_committee(gaz):
    orgs = named("永州市召开座谈会。要着力抓好省委人大工作会议精神的学习领会。", gaz)
    assert "湖南省委" in orgs and not any(name.endswith("人大") for name in orgs)


# ---------------------------------------------------------------- venues visited on an inspection

def test_venues_visited_on_an_inspection_are_named(gaz):
    text = "李明一行还深入桃源千岁情剧场、桃源古生物科技馆和黄石乡,就文化旅游产业发展进行实地调研。"
    assert {"桃源千岁情剧场", "桃源古生物科技馆"} <= named(text, gaz)
    assert "湘江新区规划展示馆" in named("在湘江新区,王刚实地考察了湘江新区规划展示馆,听取情况汇报。", gaz)


def test_a_venue_where_a_meeting_is_held_or_that_is_built_is_a_site(gaz):
    assert not any(name.endswith("剧院") for name in named("县政协十届三次会议在常宁大剧院胜利闭幕。", gaz))
    assert not any(name.endswith("展览馆") for name in named("该镇打造了龙泉展览馆、燕山新村等一批项目。", gaz))


# ---------------------------------------------------------------- the organs directly under a level

def test_the_organs_directly_under_a_level_are_a_class(gaz):
    orgs = named("邵阳市政协召开会议。2015年,市直党委系统共收到政协委员提案23件,县直机关党委均已办结。", gaz)
    assert "邵阳市政协" in orgs and not any("直" in name for name in orgs)


def test_a_level_body_beside_the_class_is_still_named(gaz):
    orgs = named("衡南县召开会议。县政协、县直党委负责人参加。", gaz)
    assert "衡南县政协" in orgs and not any("直" in name for name in orgs)


# ---------------------------------------------------------------- the first of a class

def test_the_first_of_a_class_of_bodies_is_no_name(gaz):
    text = "衡南县志愿者联合会岣嵝峰服务站揭牌。衡南县成立了首个景区志愿者服务站,引导志愿者参与服务。"
    orgs = named(text, gaz)
    assert "衡南县志愿者联合会岣嵝峰服务站" in orgs
    assert not any(name.endswith("景区志愿者服务站") for name in orgs)


def test_a_body_named_after_its_count_of_members_is_still_named(gaz):
    assert "衡南县志愿者服务站" in named("衡南县志愿者服务站首批招募志愿者120名。", gaz)


# ---------------------------------------------------------------- troupes and teams

def test_troupes_and_teams_are_named(gaz):
    orgs = named("汉寿县举行龙舟赛。经过激烈角逐,城区华联龙舟队、青衿阁女子龙舟队分别获得冠军,"
                 "来自湖南湘江交响乐团的演奏家们演奏了交响乐。", gaz)
    assert {"城区华联龙舟队", "青衿阁女子龙舟队", "湖南湘江交响乐团"} <= orgs


def test_counted_or_bare_teams_are_no_names(gaz):
    orgs = named("汉寿县举行龙舟赛。全县组建了12支龙舟队参赛,县里还成立了乐团。", gaz)
    assert not any(name.endswith(("龙舟队", "乐团")) for name in orgs)
