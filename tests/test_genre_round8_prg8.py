"""Programs, eighth round: error classes of the development set dev5 (benchmarks/unseen/dev5,
h91-h110) whose cause is a general shape of the genre — each rule tested on the quoted dev5
sentence, with a counter-example the rule must not fire on."""
from __future__ import annotations

from graph.programs import NATIONAL
from support import place_key, program_places_of, programs_of


# ---------------------------------------------------------------- framing clauses anywhere earlier
# dev5/h98 (郴州市“奋战一百天 决胜全年度”工作方案)
CHENZHOU_FRAME = ("为深入贯彻落实省政府第七次全体会议精神,锚定“三高四新”美好蓝图,持续推进“六大新行动”,"
                  "大力实施“七大攻坚”,全面彰显“七个新担当”,奋战一百天,决胜全年度,确保实现全年目标任务。")


def test_a_body_in_a_framing_clause_two_clauses_back_runs_nothing(gaz):
    found = program_places_of(CHENZHOU_FRAME, gaz, "郴州市")
    assert found["六大新行动"] == place_key(gaz, "郴州市")
    assert found["七大攻坚"] == place_key(gaz, "郴州市")


def test_a_body_outside_any_framing_clause_still_runs_the_work(gaz):
    # counter-example (constructed): the province is the subject, no framing verb before it
    text = "省政府第七次全体会议提出,锚定“三高四新”美好蓝图,持续推进“六大新行动”。"
    found = program_places_of(text, gaz, "郴州市")
    assert found["六大新行动"] == place_key(gaz, "湖南省")


# ---------------------------------------------------------------- 我市在X举办: X is the venue
# dev5/h110 (郴州“十一”黄金周旅游)
CHENZHOU_FESTIVAL = ("9月16日我市在桂阳县成功举办了2013年中国郴州“林中之城、休闲之都”国际休闲旅游文化节开幕式,"
                     "宝山矿山公园建成并正式开园。")


def test_the_place_after_zai_is_the_venue_when_a_back_reference_is_the_subject(gaz):
    found = program_places_of(CHENZHOU_FESTIVAL, gaz, "郴州市")
    festival = [n for n in found if n.endswith("旅游文化节")]
    assert festival and found[festival[0]] == place_key(gaz, "郴州市")


def test_without_a_subject_the_place_after_zai_runs_the_event(gaz):
    # counter-example (constructed): no subject before 在, the county stages the festival itself
    text = "9月16日,在桂阳县成功举办了2013年中国郴州“林中之城、休闲之都”国际休闲旅游文化节开幕式。"
    found = program_places_of(text, gaz, "郴州市")
    festival = [n for n in found if n.endswith("旅游文化节")]
    assert festival and found[festival[0]] == place_key(gaz, "桂阳县")


# ---------------------------------------------------------------- 中央“…”: the centre's rules
# dev5/h92 (岳阳县第十三次党代会 preparations)
YUEYANG_DISCIPLINE = ("要严肃人事纪律、会议纪律,严格落实中央“十个严禁、十个一律”换届纪律要求,切实营造风清气正的换届环境,"
                      "确保会议圆满完成。")


def test_the_centre_written_right_before_a_quoted_rule_makes_it_national(gaz):
    found = program_places_of(YUEYANG_DISCIPLINE, gaz, "岳阳县")
    assert found["十个严禁、十个一律"] == NATIONAL


def test_a_quoted_rule_without_the_centre_before_it_stays_local(gaz):
    # counter-example (constructed): the county's own rules
    text = "要严肃人事纪律、会议纪律,严格落实县委“十个严禁、十个一律”换届纪律要求,切实营造风清气正的换届环境。"
    found = program_places_of(text, gaz, "岳阳县")
    assert found["十个严禁、十个一律"] == place_key(gaz, "岳阳县")


# ---------------------------------------------------------------- …专项行动 / …专项整治 named by their topic
# dev5/h98 (郴州市“奋战一百天 决胜全年度”工作方案) and dev5/h96 (衡阳 自建房安全专项整治 考评)
CHENZHOU_CONSUMPTION = "1.抓消费市场提振。深入实施提振消费专项行动,全面落实消费品以旧换新、房“18条”、公积金“15条”等措施。"
HENGYANG_SELF_BUILT = ("8月2日,湖南省公安厅二级警务专员刘绘锦一行来衡开展自建房安全专项整治工作和“百日攻坚”行动省级考评工作。"
                       "会上,衡阳市专项整治办汇报了自建房安全专项整治“百日攻坚”行动主要工作成效和亮点做法。")


def test_a_special_action_is_named_by_its_topic_without_a_number(gaz):
    found = programs_of(CHENZHOU_CONSUMPTION, gaz, "郴州市")
    assert found["提振消费专项行动"][0] == "campaign"


def test_a_special_rectification_is_named_by_its_topic(gaz):
    found = programs_of(HENGYANG_SELF_BUILT, gaz, "衡阳市")
    assert found["自建房安全专项整治"][0] == "campaign"
    assert not [n for n in found if n.startswith("衡阳市专项整治")]    # 衡阳市专项整治办: a body


def test_a_quoted_name_before_the_special_action_is_its_name(gaz):
    # counter-example (constructed): the quote names the campaign, the words after it describe it
    text = "各地深入开展“清朗网络”集中整治网络谣言专项行动,确保取得实效。"
    found = programs_of(text, gaz, "郴州市")
    assert "清朗网络" in found
    assert not [n for n in found if n.endswith("专项行动")]


# ---------------------------------------------------------------- a year heading a national name
# dev5/h99 (2022中国农民丰收节湖南主会场(衡东)活动)
HENGDONG_FESTIVAL = ("9月23日是农历秋分,2022中国农民丰收节湖南主会场(衡东)活动启动仪式暨文艺展演当晚在衡东县罗荣桓故居"
                     "纪念广场举行。")


def test_a_year_heading_a_festival_of_all_china_keeps_it_national(gaz):
    found = programs_of(HENGDONG_FESTIVAL, gaz, "衡东县")
    assert found["2022中国农民丰收节"] == ("event", NATIONAL)


def test_a_year_heading_a_local_festival_keeps_it_local(gaz):
    # counter-example (constructed): the county's own festival
    found = programs_of("9月23日,2022衡东县首届土菜文化节在衡东县举行。", gaz, "衡东县")
    festival = [n for n in found if n.endswith("土菜文化节")]
    assert festival and found[festival[0]][1] == "衡东县"


# ---------------------------------------------------------------- one program with and without a qualifier
# dev5/h107 (新邵县 招商项目集中签约仪式: headline and body) and dev5/h96 (衡阳 自建房安全专项整治)
XINSHAO_SIGNING = ("新邵县举行招商项目集中签约仪式。2月27日,新邵县举行2023年第一季度招商项目集中签约仪式暨湘商回归和"
                   "返乡创业专项行动誓师大会,来自各地的80余名湘商齐聚一堂。")
HENGYANG_SHARE = "刘绘锦充分肯定了衡阳市自建房安全专项整治工作的成效与做法。他指出,要全面完成自建房安全专项整治各项任务。"


def test_the_bare_event_takes_the_full_name_its_period_qualifies(gaz):
    found = programs_of(XINSHAO_SIGNING, gaz, "新邵县")
    # round 22: the chain joined by 暨 is one event, named in full (its part before 暨 the short form)
    assert found["2023年第一季度招商项目集中签约仪式暨湘商回归和返乡创业专项行动誓师大会"] == ("event", "新邵县")
    assert "招商项目集中签约仪式" not in found


def test_the_place_s_share_of_a_campaign_keeps_the_bare_name(gaz):
    found = programs_of(HENGYANG_SHARE, gaz, "衡阳市")
    assert found["自建房安全专项整治"] == ("campaign", "衡阳市")
    assert "衡阳市自建房安全专项整治" not in found


def test_a_body_in_front_of_a_campaign_is_no_qualifier_to_fold(gaz):
    # counter-example (constructed): a system's campaign beside the county's
    found = programs_of("县商务系统安全生产百日大会战启动。全县开展安全生产百日大会战。", gaz, "新邵县")
    assert "县商务系统安全生产百日大会战" in found and "安全生产百日大会战" in found


# ---------------------------------------------------------------- …攻坚战 named by its topic
# dev5/h98 (郴州市“奋战一百天 决胜全年度”工作方案, a section heading)
CHENZHOU_BATTLE = "二、重点任务(一)打赢内需扩量提效攻坚战 1.抓消费市场提振。深入实施提振消费专项行动。"


def test_a_battle_is_named_by_its_topic_without_the_verb_that_wins_it(gaz):
    found = programs_of(CHENZHOU_BATTLE, gaz, "郴州市")
    assert found["内需扩量提效攻坚战"][0] == "campaign"
    assert not [n for n in found if n.startswith("打赢")]


def test_a_counted_battle_and_a_short_topic_keep_their_old_reading(gaz):
    # counter-examples (constructed): a count of battles; a two-character topic is no name of its own
    found = programs_of("继续打好三大攻坚战,为打赢脱贫攻坚战而努力。", gaz, "郴州市")
    assert found["三大攻坚战"] == ("campaign", NATIONAL)
    assert "脱贫攻坚战" not in found and not [n for n in found if n.startswith(("打好", "打赢"))]


def test_a_campaign_named_with_and_without_its_head_word_is_one(gaz):
    # constructed: the battle's name and the campaign's bare name in one text
    text = "该村开启人居环境整治攻坚战。通过人居环境整治,村容村貌焕然一新。"
    found = programs_of(text, gaz, "郴州市")
    assert "人居环境整治" in found and "人居环境整治攻坚战" not in found


# ---------------------------------------------------------------- X和中央…会议: no partner of a level's meeting
# dev5/h93 (湘西州十五届人大常委会第二十五次会议)
XIANGXI_CENTRAL = "会议传达学习习近平总书记对做好“三农”工作的重要指示和中央农村工作会议精神。"


def test_a_meeting_named_after_a_level_takes_no_partner_before_it(gaz):
    found = programs_of(XIANGXI_CENTRAL, gaz, "吉首市")
    assert found["中央农村工作会议"] == ("event", NATIONAL)
    assert not [n for n in found if n.startswith("重要指示")]


def test_two_parties_still_sign_together(gaz):
    # counter-example (constructed): a signing between a county and a company keeps both parties
    found = programs_of("江永县与金荣集团战略合作签约仪式在县城举行。", gaz, "江永县")
    assert [n for n in found if n.startswith("江永县与金荣集团") and n.endswith("签约仪式")]


# ---------------------------------------------------------------- a termed body holds its numbered session
# dev5/h93 (湘西州十五届人大常委会第二十五次会议)
XIANGXI_SESSION = "12月30日,湘西州十五届人大常委会举行第二十五次会议。州人大常委会党组书记、主任吴凌频主持会议并讲话。"


def test_a_session_a_termed_standing_committee_holds_is_named_without_the_verb(gaz):
    found = programs_of(XIANGXI_SESSION, gaz, "吉首市")
    assert found["湘西州十五届人大常委会第二十五次会议"] == ("event", "湘西土家族苗族自治州")


def test_a_body_without_a_term_names_no_session(gaz):
    # counter-example (constructed): a government's numbered meeting, no term before the body
    found = programs_of("县政府召开第5次常务会议,研究部署防汛工作。", gaz, "吉首市")
    assert not [n for n in found if n.endswith("次常务会议")]


# ---------------------------------------------------------------- 《…法》: a national law
# dev5/h110 (郴州“十一”黄金周旅游)
CHENZHOU_LAW = "10月1日《旅游法》正式实施,我市部分旅行社对《旅游法》的实施力度持观望态度。"


def test_a_title_ending_in_fa_is_a_national_law(gaz):
    found = programs_of(CHENZHOU_LAW, gaz, "郴州市")
    assert found["旅游法"] == ("policy_document", NATIONAL)


def test_a_method_a_book_or_a_local_measure_is_no_law(gaz):
    # counter-examples (constructed)
    found = programs_of("学员们学习《孙子兵法》和《郴州市公共租赁住房管理办法》。", gaz, "郴州市")
    assert "孙子兵法" not in found
    assert found["郴州市公共租赁住房管理办法"] == ("policy_document", "郴州市")


# ---------------------------------------------------------------- 新农村建设: a national drive written bare
# dev5/h91 (桃花源 调研)
TAOHUAYUAN_COUNTRYSIDE = "对桃花源当前6+1项目建设进行了介绍,并就桃花源的新农村建设和美丽乡村建设基本情况做了详细汇报。"


def test_the_new_countryside_drive_is_national(gaz):
    found = programs_of(TAOHUAYUAN_COUNTRYSIDE, gaz, "常德市")
    assert found["新农村建设"] == ("campaign", NATIONAL)


def test_the_drive_heading_a_body_s_name_is_no_program(gaz):
    # counter-example (constructed): 新农村建设|指挥部 is a body
    assert "新农村建设" not in programs_of("县新农村建设指挥部组织开展检查。", gaz, "常德市")


# ---------------------------------------------------------------- a quoted name ending in 项目
# dev5/h109 (郴州 教育)
HUNAN_XUTELI = ("针对县域普通高中生源和教师流失、基础条件薄弱、教育质量有待提高等问题,我省2023年启动建设100所县域普通高中"
                "“徐特立项目”。郴州成功申报该项目11个。")


def test_a_quoted_name_ending_in_xiangmu_is_a_project(gaz):
    found = programs_of(HUNAN_XUTELI, gaz, "郴州市")
    assert found["徐特立项目"] == ("project", "湖南省")


def test_a_quoted_class_of_projects_is_no_project(gaz):
    # counter-example (constructed): two characters before 项目 name a class
    found = programs_of("该县评选出一批“优秀项目”。", gaz, "郴州市")
    assert "优秀项目" not in found


# ---------------------------------------------------------------- …激励奖励 a level's government awards
# dev5/h108 (靖州 财源建设)
JINGZHOU_AWARD = "2021年、2022年连续两年获省财政厅财源建设先进单位,2022年获省政府财源建设真抓实干激励奖励。"


def test_an_incentive_award_is_named_with_the_body_that_gives_it(gaz):
    found = programs_of(JINGZHOU_AWARD, gaz, "靖州苗族侗族自治县")
    assert found["省政府财源建设真抓实干激励奖励"][1] == "湖南省"


def test_an_incentive_without_an_awarding_body_is_no_program(gaz):
    # counter-example (constructed)
    assert not programs_of("对先进个人给予激励奖励。", gaz, "靖州苗族侗族自治县")


# ---------------------------------------------------------------- a party congress in full is no program
# dev5/h92 (岳阳县第十三次党代会 预备会议)
YUEYANG_CONGRESS = "7月28日,中国共产党岳阳县第十三次代表大会预备会议在我县花鼓戏剧院召开。"


def test_a_party_congress_written_in_full_is_no_program(gaz):
    found = programs_of(YUEYANG_CONGRESS, gaz, "岳阳县")
    assert not [n for n in found if "代表大会" in n]


def test_a_session_of_a_people_s_congress_is_still_an_event(gaz):
    # counter-example (constructed): people's congresses are counted by 届, their sessions by 次
    found = programs_of("岳阳县第十八届人民代表大会第三次会议在县城开幕。", gaz, "岳阳县")
    assert found["岳阳县第十八届人民代表大会第三次会议"][0] == "event"


# ---------------------------------------------------------------- a quoted holiday before a period word
# dev5/h110 (郴州“十一”黄金周旅游)
CHENZHOU_HOLIDAY = "“十一”黄金周郴州市实现旅游收入11.47亿元。据统计,今年“十一”黄金周期间全市共接待游客246万人次。"


def test_a_quoted_holiday_before_golden_week_is_no_program(gaz):
    assert "十一" not in programs_of(CHENZHOU_HOLIDAY, gaz, "郴州市")


def test_a_quoted_code_before_other_words_is_still_read(gaz):
    # counter-example (constructed): a numbered code a verb introduces stays a program
    assert "三高四新" in programs_of("全市锚定“三高四新”美好蓝图,推动高质量发展。", gaz, "郴州市")


def test_two_places_shares_of_a_campaign_stay_apart(gaz):
    # counter-example (constructed): two cities' shares and the bare campaign
    text = ("湘潭市自建房安全专项整治成效明显。株洲市自建房安全专项整治稳步推进。"
            "全省自建房安全专项整治进入攻坚阶段。")
    found = programs_of(text, gaz, "湖南省")
    assert {"湘潭市自建房安全专项整治", "株洲市自建房安全专项整治"} <= set(found)
