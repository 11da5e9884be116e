"""Programs, round 22: causes of program misses seen in fresh Hunan local-government articles — each
rule tested on a sentence of one of those articles, with a counter-example it must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- a meeting named by its step of the work
# 推进, 部署, 调度, 动员 end a name elsewhere (boundary words), but right before the meeting noun they
# name the meeting (…整改推进工作会议, …工作动员大会); 工作会 is the short form of 工作会议
def test_a_push_forward_work_meeting_keeps_its_verb(gaz):
    found = programs_of("8月23日下午,县委书记袁胜良主持召开全县扫黑除恶斗争整改推进工作会议,"
                        "全面推进扫黑除恶斗争整改工作向纵深发展。", gaz, "邵阳县")
    assert found["扫黑除恶斗争整改推进工作会议"][0] == "event"


def test_a_mobilisation_meeting_is_an_event(gaz):
    found = programs_of("二是要进一步浓厚迎复审工作氛围,在4月初召开迎复审工作动员大会,每半个月调度一次。",
                        gaz, "岳阳县")
    assert found["迎复审工作动员大会"][0] == "event"


def test_a_yearly_work_meeting_in_its_short_form_is_an_event(gaz):
    found = programs_of("在年初全乡经济工作会上,大洲乡党委政府确立了10件实事建设项目。", gaz, "平江县")
    assert found["全乡经济工作会"][0] == "event"


def test_a_bare_mobilisation_meeting_names_no_event(gaz):
    # counter-example: no topic before the meeting noun; 工作会商 is no meeting
    found = programs_of("会议要求各乡镇尽快召开动员大会。会上,县长与专家作工作会商。", gaz, "岳阳县")
    assert not any(name.endswith(("动员大会", "工作会", "工作会商")) for name in found)


# ---------------------------------------------------------------- a staged contest
def test_a_dated_and_placed_contest_is_an_event(gaz):
    found = programs_of("除开幕式外,活动还包括2024年双牌县文创产品设计大赛等。", gaz, "双牌县")
    assert found["2024年双牌县文创产品设计大赛"][0] == "event"


def test_a_contest_in_passing_names_no_event(gaz):
    # counter-example: no year, ordinal or place: a contest in general
    found = programs_of("他曾多次在技能大赛中获奖。", gaz, "双牌县")
    assert not any("大赛" in name for name in found)


# ---------------------------------------------------------------- a ceremony of partnership
def test_a_partnership_ceremony_is_an_event(gaz):
    found = programs_of("双牌县与芷江侗族自治县举行共建“和”文化友好城市结盟仪式。", gaz, "双牌县")
    assert any(name.endswith("友好城市结盟仪式") and kind == "event" for name, (kind, _) in found.items())


# ---------------------------------------------------------------- the long last item of a list of projects
# A、B、C和D…项目等4个…项目: the last item is a full project name joined by 和; the list goes on before it
def test_a_list_goes_on_before_a_long_last_project_joined_by_he(gaz):
    found = programs_of("据介绍,十大民生工程项目包括天子岭油茶主题公园旅游大道、邹岗山小天池景区登山大道、"
                        "大安乡社会足球场和衡阳县油茶三产融合示范基地万亩油茶新造项目等4个农旅融合发展项目。",
                        gaz, "衡阳县")
    for name in ("天子岭油茶主题公园旅游大道", "邹岗山小天池景区登山大道", "大安乡社会足球场",
                 "衡阳县油茶三产融合示范基地万亩油茶新造项目"):
        assert found[name][0] == "project"


def test_two_bodies_joined_by_he_without_a_list_stay_one_item(gaz):
    # counter-example: no 、 before the joiner: no list to go on with
    found = programs_of("项目包括县人民医院和县第一中学新校区建设项目等2个项目。", gaz, "衡阳县")
    assert "县人民医院" not in found


# ---------------------------------------------------------------- a study campaign with a short topic
def test_a_launched_study_campaign_with_a_two_character_topic(gaz):
    found = programs_of("要结合基层实际情况开展党史学习教育,用农村党员、群众听得懂的语言宣讲好党委、政府的决策部署。",
                        gaz, "湘阴县")
    assert found["党史学习教育"][0] == "campaign"


def test_a_short_study_topic_without_a_launching_verb_names_no_campaign(gaz):
    # counter-example: 加强 is no launching verb; 党员学习教育 is the kind of work
    found = programs_of("要加强党员学习教育,提高党员素质。", gaz, "湘阴县")
    assert not any(name.endswith("学习教育") for name in found)


# ---------------------------------------------------------------- events joined by 暨
def test_meetings_joined_by_ji_are_named_by_the_whole_chain(gaz):
    # no fresh article held a chain of meetings: a sentence of the genre written for the test
    found = programs_of("6月27日,邵阳市创建全国文明城市工作新宁县动员大会暨新宁县迎接省级文明县城复查工作动员大会召开。",
                        gaz, "双峰县")
    assert found["邵阳市创建全国文明城市工作新宁县动员大会暨新宁县迎接省级文明县城复查工作动员大会"][0] == "event"
    assert "邵阳市创建全国文明城市工作新宁县动员大会" not in found


def test_a_festival_joined_by_ji_stays_apart(gaz):
    # counter-example: a festival after 暨 is its own event (the gold conventions split such chains)
    found = programs_of("11月23日,“天下洞庭水‘蟹’逅大通湖”2022年大通湖区文旅融合发展大会暨金秋品蟹节开幕,"
                        "现场集中签约重点项目8个,合同引资11.62亿元。", gaz, "益阳市")
    assert found["2022年大通湖区文旅融合发展大会"][0] == "event"
    assert not any(name.endswith("品蟹节") and "大会" in name for name in found)


def test_a_review_joined_by_ji_without_its_own_marker_stays_as_read(gaz):
    # counter-example: 总结表彰 ends in no event marker: the name is read as before
    found = programs_of("双峰县举行2022年总结表彰暨2023年工作动员大会。", gaz, "双峰县")
    assert found["2022年总结表彰暨2023年工作动员大会"][0] == "event"


# ---------------------------------------------------------------- the drive to pass a title's re-inspection
def test_the_drive_to_pass_a_civic_titles_reinspection_is_a_campaign(gaz):
    found = programs_of("研究岳阳县洞庭湖生态经济区水环境综合治理五个专项行动方案,研究迎接国家卫生县城复审、"
                        "岳阳县2016年度财政预算等有关工作。", gaz, "岳阳县")
    assert found["国家卫生县城复审"][0] == "campaign"


def test_a_reinspection_without_the_drive_names_no_campaign(gaz):
    # counter-example: no 迎接 and no level: the inspection in passing
    found = programs_of("要高标准、高质量完成任务,确保文明县城复查顺利通过。", gaz, "双峰县")
    assert not any(name.endswith("复查") for name in found)


# ---------------------------------------------------------------- a year is no count of the name before a quoted list
# 万名干部联万企“送政策、解难题、优服务”行动 names the counted program before the quote; a year and a place
# before a quoted list (2024年某县“名菜、名厨、名店”评选推介活动) only date and place the event
def test_a_year_and_place_before_a_quoted_list_name_no_program(gaz):
    found = programs_of("除开幕式外,活动还包括2024年双牌县文创产品设计大赛、2024年双牌县“名菜、名厨、名店”评选推介活动等。",
                        gaz, "双牌县")
    assert "2024年双牌县" not in found
    assert "名菜、名厨、名店" in found


def test_a_counted_name_before_a_quoted_list_still_names_the_program(gaz):
    # counter-example: 万名 is a count, not a year
    found = programs_of("全县开展万名干部联万企“送政策、解难题、优服务”行动。", gaz, "双牌县")
    assert found["万名干部联万企"][0] == "campaign"


# ---------------------------------------------------------------- a signing held with another activity
# …项目推介及签约仪式: nothing between 及 and the marker; the activity before 及 names the ceremony
def test_a_signing_held_with_a_promotion_is_one_event(gaz):
    found = programs_of("下午,作为系列配套活动之一的重点招商引资项目推介及签约仪式在中方县行政中心中心会议室举行,"
                        "130余名企业家代表欢聚一堂。", gaz, "中方县")
    assert found["重点招商引资项目推介及签约仪式"][0] == "event"


def test_a_short_activity_before_ji_names_no_signing(gaz):
    # counter-example: 开工及签约仪式: the activity is too short to name the ceremony
    found = programs_of("县里举行开工及签约仪式。", gaz, "中方县")
    assert not any(name.endswith("签约仪式") for name in found)


# ---------------------------------------------------------------- a bare 方案 titled with its place
def test_a_plan_titled_with_its_place_is_a_document(gaz):
    # no fresh article held one: a sentence of the genre written for the test
    found = programs_of("年初,石门县城区扩容提质方案获省政府批复。", gaz, "石门县")
    assert found["石门县城区扩容提质方案"][0] == "policy_document"


def test_a_plan_without_a_place_names_no_document(gaz):
    # counter-example: a technical plan of no place
    found = programs_of("技术人员根据天气动态调整烘烤技术方案。", gaz, "石门县")
    assert not any(name.endswith("方案") for name in found)


# ---------------------------------------------------------------- a battle with a short topic
def test_a_battle_fought_with_a_two_character_topic_is_a_campaign(gaz):
    found = programs_of("要持续攻坚再发力,坚决打赢蓝天保卫战;要全域统筹再深化,大力推进湘江保护治理。", gaz, "长沙市")
    assert found["蓝天保卫战"][0] == "campaign"


def test_the_next_battle_of_a_list_is_a_campaign_too(gaz):
    # no fresh article listed two battles: a sentence of the genre written for the test
    found = programs_of("全县上下要确保打赢蓝天保卫战、项目攻坚战。", gaz, "长沙市")
    assert found["项目攻坚战"][0] == "campaign"


def test_a_battle_pointed_at_names_no_campaign(gaz):
    # counter-example: 这场 points at a bout, it names no topic
    found = programs_of("全县上下要坚决打赢这场攻坚战。", gaz, "长沙市")
    assert not any(name.endswith("攻坚战") for name in found)


# ---------------------------------------------------------------- a joined event before a party joined by 和
def test_meetings_joined_by_ji_with_a_party_joined_by_he_are_one_event(gaz):
    # …讲评会暨|湘江保护和|治理工作推进会: the party before 和 stops at 暨, and the chain is one event
    found = programs_of("4月14日,长沙市召开蓝天保卫战一季度工作讲评会暨湘江保护和治理工作推进会。"
                        "省委常委、长沙市委书记胡衡华强调。", gaz, "长沙市")
    assert found["蓝天保卫战一季度工作讲评会暨湘江保护和治理工作推进会"][0] == "event"
    assert "治理工作推进会" not in found


# ---------------------------------------------------------------- a campaign an event is named after
def test_a_campaign_inside_a_meetings_name_is_kept(gaz):
    found = programs_of("2月22日下午,湘阴县召开深化农村“空心房”整治推进村庄清洁行动集中攻坚工作部署会。"
                        "县委副书记彭方建参加。", gaz, "湘阴县")
    assert found["村庄清洁行动集中攻坚工作部署会"][0] == "event"
    assert found["村庄清洁行动"][0] == "campaign"


def test_a_project_inside_an_events_name_still_gives_way(gaz):
    # counter-example: a project the event is about is no program of its own beside it
    found = programs_of("全县重点项目集中开工仪式暨招商引资项目签约仪式在工业园举行。", gaz, "双峰县")
    assert not any(kind == "project" for kind, _ in found.values())


# ---------------------------------------------------------------- a first-person slogan in two halves
def test_a_two_half_first_person_slogan_before_a_ceremony_is_an_event(gaz):
    found = programs_of("2月25日上午,临湘市长塘镇托坝社区“村庄清洁我行动 我是党员我捐绿”启动仪式现场,十分热闹。",
                        gaz, "临湘市")
    assert any(name.endswith("我是党员我捐绿启动仪式") and kind == "event" for name, (kind, _) in found.items())


def test_long_first_person_speech_before_a_marker_is_no_program(gaz):
    # counter-example: a quoted sentence of more than sixteen characters is speech
    found = programs_of("他说“我们一定要把村里的这件大事情办好办实办到群众心坎上”活动结束后大家很受鼓舞。", gaz, "临湘市")
    assert not found


# ---------------------------------------------------------------- a day of service
def test_a_volunteer_service_day_is_an_event(gaz):
    found = programs_of("当日是八方社区“我奉献 我快乐”在职党员进社区集中志愿服务日。党员们集中倡议。", gaz, "长沙市")
    assert found["在职党员进社区集中志愿服务日"][0] == "event"


def test_a_bare_service_day_names_no_event(gaz):
    # counter-example: no topic before the day
    found = programs_of("社区规定每月5日为志愿服务日。", gaz, "长沙市")
    assert not any(name.endswith("服务日") for name in found)
