"""Programs, eleventh round: error classes of the development sets dev8 (h171-h190) and dev9
(h191-h210) whose cause is a general shape of the genre — each rule tested on the quoted dev8/dev9
sentence, with a counter-example the rule must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- titles listed between an award verb and 称号/荣誉
# dev9/h199 and h206; the same shape in dev5/h104 (先后获得国家生态文明建设示范县、全省…先进县等称号)
# and dev7/h151 (获评湖南省“中药材种植基地示范县”“中药材产业兴业先锋县”等称号)
YONGDING_TITLE = "2024年,永定区荣获全国县域商业“领跑县”典型案例区县称号,入选2024年全国市辖区旅游百强区。"
YONGDING_QUOTED = "大庸桥街道月亮岛社区获“全国民族团结进步模范集体”称号……收获满满。"
QINGTING_LIST = "青亭村是湘潭市委统战部在雨湖区的联点村,曾先后获评湖南省乡村振兴示范创建村和湖南省第二届最美村规民约村等重要荣誉。"
SHIMEN_LIST = "农村人居环境已实现大变样,先后获得国家生态文明建设示范县、全省农村人居环境整治先进县等称号。"


def test_an_unquoted_title_before_chenghao_is_a_campaign_of_its_level(gaz):
    found = programs_of(YONGDING_TITLE, gaz, "永定区")
    assert found.get("全国县域商业领跑县典型案例区县") == ("campaign", "全国")


def test_a_quoted_title_before_chenghao_is_a_campaign(gaz):
    found = programs_of(YONGDING_QUOTED, gaz, "永定区")
    assert found.get("全国民族团结进步模范集体") == ("campaign", "全国")


def test_each_title_of_a_list_closed_by_rongyu_is_a_campaign(gaz):
    found = programs_of(QINGTING_LIST, gaz, "雨湖区")
    assert found.get("湖南省第二届最美村规民约村", ("",))[0] == "campaign"
    found = programs_of(SHIMEN_LIST, gaz, "石门县")
    assert found.get("国家生态文明建设示范县") == ("campaign", "全国")
    assert found.get("全省农村人居环境整治先进县", ("",))[0] == "campaign"


def test_the_titles_of_a_company_or_a_product_are_not_campaigns(gaz):
    # counter-example (constructed on the shape of a fresh article): a company's honours have
    # another head than a place or a body
    found = programs_of("东健药业公司获得第六批省级制造业单项冠军企业、“湖南老字号”等荣誉称号。", gaz, "石门县")
    assert not any(name.endswith(("企业", "老字号")) for name in found)


def test_a_title_without_chenghao_or_rongyu_after_it_is_not_listed(gaz):
    # counter-example (dev5/h95's gold leaves this designation out): no 称号 closes the title
    found = programs_of("中央预算内项目29个总投资8.3亿元。获评2022年度全省县域经济先进县。", gaz, "麻阳苗族自治县")
    assert "全省县域经济先进县" not in found


# ---------------------------------------------------------------- a numbered standing-committee meeting is an event
# dev8/h174; the same shape in a fresh article (中共…县委2017年第一次常委会议)
SHAOYANG_SESSION = "12月24日,邵阳市政协主席周吉平主持召开市政协十一届十三次常委会议。"


def test_a_numbered_standing_committee_meeting_is_an_event(gaz):
    found = programs_of(SHAOYANG_SESSION, gaz, "邵阳市")
    assert found.get("市政协十一届十三次常委会议", ("",))[0] == "event"


def test_a_standing_committee_meeting_without_its_number_is_no_event(gaz):
    # counter-example (constructed): no term or session number names the meeting
    found = programs_of("会议听取了县政协常委会议的情况汇报。", gaz, "邵阳市")
    assert not any(name.endswith("常委会议") for name in found)


# ---------------------------------------------------------------- 全域旅游 and 湘商回归 are common campaigns
# 全域旅游: dev9/h208 and dev2/h05 (长沙县通过全面推进全域旅游); 湘商回归: dev8/h187, dev7/h161, dev3/h47
YIZHANG_TOURISM = "为推进全域旅游、打造“国家5A级旅游”景区,宜章县成立了首个景区志愿者服务站。"
XIUSHAN_RETURN = "2023年,前往广东、中山等地开展招商调研3次,成功引进湖南修山纸品包装科技有限公司等湘商回归企业,完成招商引资4亿元。"


def test_all_area_tourism_written_bare_is_the_places_campaign(gaz):
    assert programs_of(YIZHANG_TOURISM, gaz, "宜章县").get("全域旅游") == ("campaign", "宜章县")


def test_hunan_entrepreneurs_return_written_bare_is_a_campaign(gaz):
    assert programs_of(XIUSHAN_RETURN, gaz, "桃江县").get("湘商回归", ("",))[0] == "campaign"


def test_a_common_campaign_heading_a_kind_of_place_is_not_one(gaz):
    # counter-example dev6/h142 (gold: a goal, not annotated): 全域旅游|特色镇
    found = programs_of("我们将以打造‘工商并举、全域旅游特色镇’为目标,全面推进产业振兴。", gaz, "祁东县")
    assert "全域旅游" not in found


def test_a_common_campaign_joined_to_a_found_name_is_its_first_half(gaz):
    # counter-example dev5/h107: 湘商回归和|返乡创业专项行动 is one campaign's name, not two
    text = "2月27日,新邵县举行2023年第一季度招商项目集中签约仪式暨湘商回归和返乡创业专项行动誓师大会。"
    assert "湘商回归" not in programs_of(text, gaz, "新邵县")


# ---------------------------------------------------------------- 第N届全国… is national
# dev9/h203; the same shape in dev8/h180 (第三届国家农产品质量安全县与农产品经销企业对接活动)
GUIDONG_FORUM = "据桂东县旅游部门获悉,在深圳举行的第四届全国生态旅游文化产业发展高峰论坛上,发布了“中国深呼吸小城100佳”。"


def test_an_edition_of_a_national_event_is_national(gaz):
    assert programs_of(GUIDONG_FORUM, gaz, "桂东县").get("第四届全国生态旅游文化产业发展高峰论坛") == ("event", "全国")


def test_an_edition_of_a_local_event_is_local(gaz):
    # counter-example (constructed): the edition of a county's own forum stays the county's
    found = programs_of("桂东县举行第四届桂东生态旅游文化产业发展高峰论坛。", gaz, "桂东县")
    assert found.get("第四届桂东生态旅游文化产业发展高峰论坛", ("", ""))[1] != "全国"


# ---------------------------------------------------------------- a boundary verb the tagger split stays out of the name
# dev8/h171 (着力打|好|蓝天碧水净土保卫战)
YUANJIANG_BATTLE = "坚决扛起“共抓大保护、不搞大开发”政治责任,着力打好蓝天碧水净土保卫战,扎实推进环保督察问题整改。"


def test_a_split_boundary_verb_opens_no_name(gaz):
    found = programs_of(YUANJIANG_BATTLE, gaz, "沅江市")
    assert "蓝天碧水净土保卫战" in found
    assert not any(name.startswith(("着力", "打好")) for name in found)


def test_a_whole_boundary_verb_still_ends_before_the_name(gaz):
    # counter-example: a name after an unsplit verb keeps its own words (三大攻坚战)
    assert "三大攻坚战" in programs_of("坚持创新引领开放崛起,继续打好三大攻坚战。", gaz, "沅江市")


# ---------------------------------------------------------------- the nationwide party education campaigns are national
# dev6/h131 (“两学一做”学习教育) and dev7/h152 (依照“三严三实”进行问责); the class of
# 群众路线教育实践活动 / 不忘初心、牢记使命 already in program_national.txt
HENGYANG_STUDY = "会议强调,要高度重视基层党建工作,扎实开展“两学一做”学习教育,以乡镇党委换届为契机加强农村基层党建工作。"
XUPU_ACCOUNT = "三要对未能完成“双过半”任务的相关负责人依照“三严三实”进行问责。"


def test_the_party_education_campaigns_are_national(gaz):
    assert programs_of(HENGYANG_STUDY, gaz, "衡阳市").get("两学一做", ("", ""))[1] == "全国"
    assert programs_of(XUPU_ACCOUNT, gaz, "溆浦县").get("三严三实", ("", ""))[1] == "全国"


def test_a_local_body_named_for_a_national_campaign_is_no_campaign(gaz):
    # counter-example (constructed): 两学一做|领导小组 is a body, not the campaign
    assert "两学一做" not in programs_of("县委成立两学一做领导小组办公室。", gaz, "溆浦县")


# ---------------------------------------------------------------- a quoted title after 入选/上榜/获 is a campaign
# dev9/h199 (上榜“全国市辖区旅游综合实力百强区”) and dev9/h203 (入选“中国深呼吸小城100佳”);
# the quoted-title rule knew 被评为/获评/荣获 and heads like 先进县 only
YONGDING_RANKING = "跑出文旅体融合高质量发展“加速度”,连续两年上榜“全国市辖区旅游综合实力百强区”。"
GUIDONG_BEST = "桂东县入选“中国深呼吸小城100佳”,为美丽、幸福桂东再添新品牌。"


def test_a_quoted_ranking_after_shangbang_is_a_national_campaign(gaz):
    assert programs_of(YONGDING_RANKING, gaz, "永定区").get("全国市辖区旅游综合实力百强区") == ("campaign", "全国")


def test_a_quoted_selection_of_the_best_after_ruxuan_is_national(gaz):
    assert programs_of(GUIDONG_BEST, gaz, "桂东县").get("中国深呼吸小城100佳") == ("campaign", "全国")


def test_a_quoted_designation_without_level_or_best_is_no_title(gaz):
    # counter-example (constructed): 被列为“红色教育基地”: a designation, no honour head, level or ranking
    assert "红色教育基地" not in programs_of("该村被列为“红色教育基地”。", gaz, "桂东县")


# ---------------------------------------------------------------- verbs of attitude open no campaign name
# dev9/h196 (区委高度重视|专项整治行动工作, 持续保持|专项整治行动高压态势)
YUHU_ATTITUDE = "雨湖区委高度重视专项整治行动工作,区委书记牵头谋划推进。"
YUHU_KEEP = "层层压实主体责任,持续保持专项整治行动高压态势。"


def test_a_verb_of_attitude_stays_out_of_a_campaign_name(gaz):
    for text in (YUHU_ATTITUDE, YUHU_KEEP):
        found = programs_of(text, gaz, "雨湖区")
        assert not any("重视" in name or "保持" in name for name in found), found


def test_a_named_campaign_after_a_verb_of_attitude_keeps_its_name(gaz):
    # counter-example: the campaign's own words after the verb are still read (…扫黑除恶专项整治)
    found = programs_of("雨湖区委高度重视农村建房安全专项整治工作。", gaz, "雨湖区")
    assert "农村建房安全专项整治" in found, found


# ---------------------------------------------------------------- 开好/办好 … open no name (like 抓好, 做好, 打好)
# dev8/h172 (开好|新一届县级人大第一次会议); dev/d09 (办好|娄底旅发大会)
YONGZHOU_SESSION = "要着力抓好县乡人大换届选举的下阶段工作,开好新一届县级人大第一次会议,做好县乡两级人大代表工作。"


def test_a_verb_of_doing_well_stays_out_of_an_event_name(gaz):
    found = programs_of(YONGZHOU_SESSION, gaz, "永州市")
    assert not any(name.startswith("开好") for name in found), found


def test_a_name_holding_hao_inside_is_kept(gaz):
    # counter-example (constructed): 好 inside a campaign's own name is no verb of doing well
    assert "第三届好人好事评选活动" in programs_of("县文明办举办第三届好人好事评选活动。", gaz, "永州市")


# ---------------------------------------------------------------- a quoted name ending in 仪式 is an event
# dev9/h200 (举行了“何伟跃爱心团队2021年上学期助学金发放仪式”); 仪式 joins the inside markers
# (…大会, …推进会, …对接会) of program_markers.tsv
GUIYANG_CEREMONY = "桥市乡中心学校和桂阳四中先后举行了“何伟跃爱心团队2021年上学期助学金发放仪式”。"


def test_a_quoted_ceremony_is_an_event(gaz):
    found = programs_of(GUIYANG_CEREMONY, gaz, "桂阳县")
    assert found.get("何伟跃爱心团队2021年上学期助学金发放仪式", ("",))[0] == "event"


def test_a_quoted_bare_ceremony_word_is_no_event(gaz):
    # counter-example (constructed): “仪式” alone, or with one character, names nothing
    assert programs_of("这是一种“仪式”感,也是“大仪式”。", gaz, "桂阳县") == {}


# ---------------------------------------------------------------- a five-year plan named by its period code
# dev8/h174 (市“十三五”规划《纲要》) and dev9/h195 (把改革年度目标任务和“十三五”规划结合起来)
SHAOYANG_PLAN = "会议协商了市“十三五”规划《纲要》(审议稿),听取了有关情况汇报。"
ZHONGFANG_PLAN = "各专项小组组长、部门负责人要把改革年度目标任务和“十三五”规划结合起来。"


def test_a_five_year_plan_is_its_governments_document(gaz):
    assert programs_of(SHAOYANG_PLAN, gaz, "邵阳市").get("十三五规划纲要") == ("policy_document", "邵阳市")
    assert programs_of(ZHONGFANG_PLAN, gaz, "中方县").get("十三五规划", ("",))[0] == "policy_document"


def test_a_five_year_plan_as_the_time_frame_of_goals_is_no_document(gaz):
    # counter-example dev/d07 (its gold: “十四五”规划 is only a time frame there)
    text = "持续推动经济回升向好,确保高质量完成“十四五”规划目标任务。"
    assert not any("十四五" in name for name in programs_of(text, gaz, "衡阳市"))


# ---------------------------------------------------------------- 狠抓 introduces numbered codes
# dev8/h180 (狠抓“五个突出”“三个有力”), beside 抓好“四个提升” of the existing verbs
YONGSHUN_CODES = "压实了属地责任、主体责任和监管责任;狠抓“五个突出”“三个有力”,推动了全程监管、按标生产和社会共治。"


def test_numbered_codes_after_henzhua_are_programs(gaz):
    found = programs_of(YONGSHUN_CODES, gaz, "永顺县")
    assert "五个突出" in found and "三个有力" in found


def test_a_quoted_word_after_henzhua_is_no_code(gaz):
    # counter-example (constructed): no number, a metaphor
    assert "关键点" not in programs_of("狠抓“关键点”,推动工作落实。", gaz, "永顺县")


# ---------------------------------------------------------------- a quoted slogan before a contest or show names it
# dev8/h179 (举行“庆国庆 迎丰收”龙舟赛 … 此次“庆国庆·迎丰收”龙舟赛) and dev8/h183 (“零陵闹子”创意集市);
# the same family as “…”动员大会 / “…”启动仪式 of _QUOTED_EVENT_NOUNS
HANSHOU_RACE = ("10月1日上午,汉寿县在风景如画的清水湖举行“庆国庆 迎丰收”龙舟赛。赛事旨在展现汉寿干部群众的精神风貌。"
                "此次“庆国庆·迎丰收”龙舟赛,将助力汉寿持续打响品牌。")
LINGLING_MARKET = "零陵古城举办了亲子农耕、“零陵闹子”创意集市、民俗大巡游等活动。"


def test_a_quoted_slogan_before_a_contest_is_one_event(gaz):
    found = programs_of(HANSHOU_RACE, gaz, "汉寿县")
    assert found.get("庆国庆迎丰收龙舟赛") == ("event", "汉寿县")
    assert "庆国庆·迎丰收龙舟赛" not in found    # the same race, written with a middle dot


def test_a_quoted_slogan_before_a_market_is_an_event(gaz):
    assert programs_of(LINGLING_MARKET, gaz, "永州市").get("零陵闹子创意集市", ("",))[0] == "event"


def test_a_quoted_period_before_a_contest_names_none(gaz):
    # counter-example (constructed): “十四五”期间 is a period, the contest is not named by it
    found = programs_of("县里在“十四五”期间举办了多场比赛。", gaz, "汉寿县")
    assert not any(name.endswith("比赛") for name in found)


# ---------------------------------------------------------------- one code written with a Chinese and an Arabic count
# dev8/h184 (对接省市“五个100”“五个10”工作部署 … “5个10”工程项目中)
DAOXIAN_CODES = ("道县对接省市“五个100”“五个10”工作部署,聚焦项目建设。"
                 "重点项目完成投资40.85亿元;“5个10”工程项目中,6个重大产业项目完成投资。")


def test_a_count_code_in_two_scripts_is_one_name(gaz):
    found = programs_of(DAOXIAN_CODES, gaz, "道县")
    assert "五个10" in found and "5个10" not in found


def test_codes_of_different_counts_stay_apart(gaz):
    # counter-example: 五个100 and 五个10 are two codes
    found = programs_of(DAOXIAN_CODES, gaz, "道县")
    assert "五个100" in found


# ---------------------------------------------------------------- a quoted name before 专项整治(行动) names the campaign
# dev9/h196 (对标市“正作风、提精神、鼓士气”专项整治行动办工作要求) and dev6/h131 (“纠四风、治陋习”专项整治,
# whose gold keeps the 、 too)
YUHU_CAMPAIGN = "2022年以来,湘潭市雨湖区对标市“正作风、提精神、鼓士气”专项整治行动办工作要求,聚焦突出问题。"


def test_a_quoted_name_before_zhuanxiang_zhengzhi_is_the_campaign(gaz):
    found = programs_of(YUHU_CAMPAIGN, gaz, "雨湖区")
    assert found.get("正作风、提精神、鼓士气专项整治行动", ("",))[0] == "campaign"


def test_a_quoted_name_before_another_noun_is_not_that_campaign(gaz):
    # counter-example (constructed): 专项资金 is no campaign head
    found = programs_of("区里安排“正作风、提精神”专项资金50万元。", gaz, "雨湖区")
    assert not any(name.endswith("专项资金") or name.endswith("专项整治") for name in found)


# ---------------------------------------------------------------- a bare 市 before a quoted name: the city's program
# dev9/h196 (雨湖区对标市“正作风、提精神、鼓士气”专项整治行动); the same shape in the seeds (须在市“赋码”
# 保护平台提前审批) and dev8/h184 (对接省市“五个100”“五个10”), as 省“…” is the province's


def test_a_bare_city_word_before_a_quoted_name_places_it_in_the_city(gaz):
    found = programs_of(YUHU_CAMPAIGN, gaz, "雨湖区")
    assert found.get("正作风、提精神、鼓士气专项整治行动") == ("campaign", "湘潭市")


def test_a_whole_city_scope_or_a_named_city_is_not_a_bare_city_word(gaz):
    # counter-example (constructed): 全市“…” keeps its own reading; a named city before the quote runs it
    found = programs_of("雨湖区对标湘潭市“正作风、提精神、鼓士气”专项整治行动办工作要求。", gaz, "雨湖区")
    assert found.get("正作风、提精神、鼓士气专项整治行动", ("", ""))[1] == "湘潭市"
    found = programs_of("岳阳楼区落实全市“正作风、提精神、鼓士气”专项整治行动。", gaz, "岳阳楼区")
    assert found.get("正作风、提精神、鼓士气专项整治行动", ("", ""))[1] != "湘潭市"


# ---------------------------------------------------------------- the count of a project list splits its last pair
# dev8/h177 (签约了…、电子通讯线材产业园和垄溪乡风电开发建设等3个项目)
YANLING_LIST = ("在重大项目签约仪式上,炎陵县签约了10万纱锭精梳紧密络纺和高档织面料项目、"
                "电子通讯线材产业园和垄溪乡风电开发建设等3个项目,合同引资约16.2亿元。")


def test_the_last_pair_of_a_list_one_short_of_its_count_is_two_projects(gaz):
    found = programs_of(YANLING_LIST, gaz, "炎陵县")
    assert "电子通讯线材产业园" in found and "垄溪乡风电开发建设" in found
    assert "电子通讯线材产业园和垄溪乡风电开发建设" not in found


def test_a_pair_in_a_list_as_long_as_its_count_stays_one_project(gaz):
    # counter-example (constructed): two items, count 2: 和 is inside the last item's name
    text = "炎陵县签约了黄桃深加工项目、电子通讯线材产业园和配套仓储建设等2个项目。"
    assert "电子通讯线材产业园和配套仓储建设" in programs_of(text, gaz, "炎陵县")


# ---------------------------------------------------------------- 吸引湘商回归 is a predicate; 湘商回归和…联谊会 heads a name
# dev5/h107 (为抓好招商引资、吸引湘商回归,…召开了县、乡(镇)两级湘商回归和返乡创业新春联谊会): its gold
# lists 湘商回归 only inside the longer names; the bare campaign is attributive elsewhere
# (湘商回归企业 dev8/h187, 湘商回归项目 dev3/h47)
XINSHAO_RETURN = "为抓好招商引资、吸引湘商回归,春节期间,新邵县召开了县、乡(镇)两级湘商回归和返乡创业新春联谊会。"


def test_a_campaign_word_after_an_urging_verb_or_heading_a_joined_meeting_is_not_the_campaign(gaz):
    assert "湘商回归" not in programs_of(XINSHAO_RETURN, gaz, "新邵县")


def test_the_campaign_word_as_an_attribute_is_still_the_campaign(gaz):
    # counter-example: 湘商回归企业 (dev8/h187) keeps the campaign
    assert "湘商回归" in programs_of(XIUSHAN_RETURN, gaz, "桃江县")


# ---------------------------------------------------------------- a campaign head noun alone is no campaign
# dev9/h196 (多次在全区大会上部署专项整治行动): the kind of campaign, the named one is elsewhere
YUHU_DEPLOY = "经常性听取工作汇报,多次在全区大会上部署专项整治行动。"


def test_a_bare_campaign_head_is_no_campaign(gaz):
    assert "专项整治行动" not in programs_of(YUHU_DEPLOY, gaz, "雨湖区")


def test_a_named_campaign_with_that_head_is_kept(gaz):
    # counter-example: the head after a name still ends the campaign (…安全专项整治行动)
    found = programs_of("多次在全区大会上部署农村自建房安全专项整治行动。", gaz, "雨湖区")
    assert any(name.endswith("专项整治行动") and len(name) > 6 for name in found), found


# ---------------------------------------------------------------- sessions of "the new term" in general are none
# dev8/h172 (全市150个乡镇全部顺利召开新一届代表大会; 开好新一届县级人大第一次会议)
YONGZHOU_NEW_TERM = "全市150个乡镇全部顺利召开新一届代表大会,圆满实现了党委组织意图。"


def test_a_session_of_the_new_term_in_general_is_no_event(gaz):
    assert not any(n.startswith("新一届") for n in programs_of(YONGZHOU_NEW_TERM, gaz, "永州市"))
    assert not any(n.startswith("新一届") for n in programs_of(YONGZHOU_SESSION, gaz, "永州市"))


def test_a_numbered_session_is_still_an_event(gaz):
    # counter-example: a term number names the session
    found = programs_of("永州市召开第五届人民代表大会第一次会议。", gaz, "永州市")
    assert any(name.endswith("第一次会议") for name in found), found


def test_the_honouree_before_a_quoted_title_does_not_run_it(gaz):
    # counter-example (a fresh article's shape): the villages before 等N个 receive the titles
    text = "授予长沙市望城区茶亭镇九峰山村等301个“省级美丽乡村示范村”、衡阳市衡山县开云镇山竹村等100个“省级特色精品乡村”称号。"
    found = programs_of(text, gaz, "湖南省")
    assert found.get("省级美丽乡村示范村") == ("campaign", "湖南省")
    assert found.get("省级特色精品乡村") == ("campaign", "湖南省")
