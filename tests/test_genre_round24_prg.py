"""Programs, round 24: causes of program misses seen in fresh Hunan local-government articles
(volunteer drives, township clean-ups, district pushing meetings, mobilisation meetings) — each
rule tested on a sentence of one of those articles, with a counter-example it must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- more meeting nouns of the genre
def test_a_mobilisation_meeting_in_its_short_form_is_an_event(gaz):
    found = programs_of("9月13日,全区下半年重点工作攻坚动员会召开。区委书记刘正仁出席会议并讲话。", gaz, "云溪区")
    assert any(name.endswith("重点工作攻坚动员会") and kind == "event" for name, (kind, _) in found.items())


def test_a_commendation_congress_is_an_event(gaz):
    found = programs_of("在12月3日召开的全省学雷锋志愿服务优秀志愿者、优秀志愿服务组织、优秀志愿服务项目表彰大会上,"
                        "衡阳县作了典型发言。", gaz, "衡阳县")
    assert any(name.endswith("优秀志愿服务项目表彰大会") and kind == "event" for name, (kind, _) in found.items())


def test_a_bare_meeting_noun_names_no_event(gaz):
    # counter-example: no topic of four characters before the meeting noun
    found = programs_of("会后召开动员会,随后又召开表彰大会。", gaz, "云溪区")
    assert not any(name.endswith(("动员会", "表彰大会")) for name in found)


# ---------------------------------------------------------------- a meeting certifying a quoted title
def test_a_certification_meeting_of_a_quoted_title_is_an_event(gaz):
    found = programs_of("12月4日上午,在第33个国际志愿者日即将到来之际,衡阳县召开第二批“星级志愿者”认证会,"
                        "大力弘扬志愿服务活动。", gaz, "衡阳县")
    assert found["星级志愿者认证会"][0] == "event"


def test_a_quoted_title_without_a_meeting_noun_names_no_event(gaz):
    # counter-example: the quoted title is handed out, no meeting after it
    found = programs_of("会上为获评“星级志愿者”的代表颁发了荣誉证书。", gaz, "衡阳县")
    assert not any("认证会" in name for name in found)


# ---------------------------------------------------------------- a counted list of actions without 等
def test_a_list_counted_as_actions_without_deng_names_each_campaign(gaz):
    found = programs_of("会上,区发改局主要负责人通报了开展情况,汇报了产业培塑、改革攻坚、区域共进三个行动推进情况。",
                        gaz, "雨湖区")
    assert {"产业培塑", "改革攻坚", "区域共进"} <= {name for name, (kind, _) in found.items() if kind == "campaign"}


def test_a_list_whose_count_does_not_match_names_no_campaign(gaz):
    # counter-example: two items before a count of three
    found = programs_of("会上汇报了产业培塑、改革攻坚三个行动推进情况。", gaz, "雨湖区")
    assert "改革攻坚" not in found


def test_battles_counted_without_deng_stay_unlisted(gaz):
    # counter-example: the national battles a count of 攻坚战 stands for are not the place's campaigns
    found = programs_of("全市上下要打好精准脱贫、污染防治、防范化解重大风险三大攻坚战。", gaz, "岳阳市")
    assert "污染防治" not in found and "精准脱贫" not in found


# ---------------------------------------------------------------- quoted brands of a batch praised before their class
def test_quoted_brands_before_a_praised_batch_are_campaigns(gaz):
    found = programs_of("年度开展文明实践志愿服务活动4万余场次,创新培育了“公益小天使”“新时代文明好少年”“平口红”等一批"
                        "叫得响、立得住、传得开的活动品牌。", gaz, "安化县")
    assert {"公益小天使", "新时代文明好少年", "平口红"} <= set(found)


def test_quoted_items_of_a_batch_without_a_program_noun_stay_unread(gaz):
    # counter-example: the batch is of products, no program noun after 的
    found = programs_of("合作社推出了“山乡腊肉”“云雾青茶”等一批口味独特、老少皆宜的特色产品。", gaz, "安化县")
    assert "山乡腊肉" not in found and "云雾青茶" not in found


# ---------------------------------------------------------------- standing as a designated pilot
def test_standing_as_a_provincial_pilot_county_is_a_campaign(gaz):
    found = programs_of("作为湖南省新时代文明实践工作试点县,衡阳县委县政府以培育和践行社会主义核心价值观为引领。",
                        gaz, "衡阳县")
    assert found["湖南省新时代文明实践工作试点县"][0] == "campaign"


def test_standing_as_something_without_a_level_names_no_designation(gaz):
    # counter-example: no level word (全国, 全省 …) opens the title
    found = programs_of("作为试点县,该县先行先试。", gaz, "衡阳县")
    assert not any(name.endswith("试点县") for name in found)


# ---------------------------------------------------------------- a system the quoted motto shapes
def test_a_quoted_motto_before_its_system_is_a_mechanism(gaz):
    found = programs_of("建成了一批志愿者驿站,建立完善了志愿服务组织孵化激励保障机制,形成了“党政带头、全民参与、志愿奉献、"
                        "社会尊崇”的蒸水志愿服务体系。", gaz, "衡阳县")
    assert found["党政带头、全民参与、志愿奉献、社会尊崇"][0] == "mechanism"


def test_a_quoted_motto_without_a_program_noun_stays_unread(gaz):
    # counter-example: the motto is a spirit to carry forward, no system after it
    found = programs_of("会议号召全县干部发扬“敢闯、敢干、敢担当”的实干精神。", gaz, "衡阳县")
    assert not found
