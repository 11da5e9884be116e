"""Programs, fourth round: names the genre writes that the extractors missed on fresh Hunan
articles (newarts4/prg4, not kept in the repository: the sentences are quoted here) —
policy documents with a draft stage or a trial mark after the title, … — each with a
counter-example the rule must not fire on."""
from __future__ import annotations

from graph.programs import NATIONAL
from support import programs_of


# ---------------------------------------------------------------- 《…》 titles with a bracket after
# 长沙晚报 (市政府常务会议), newarts4/prg4/03
CHANGSHA_DRAFTS = ("会议审议了《长沙市便民生鲜农产品供应体系建设实施方案(送审稿)》《长沙市便民生鲜农产品市场建设与"
                   "管理办法(送审稿)》。今明两年,长沙计划新建40个以上、改造70个以上便民生鲜农产品市场。"
                   "会议审议了《长沙市2018年加速推进现代服务业发展工作要点》,提出要大力推进“三百工程”。")


def test_a_draft_title_is_the_document_without_its_stage(gaz):
    found = programs_of(CHANGSHA_DRAFTS, gaz, "长沙市")
    assert found["长沙市便民生鲜农产品供应体系建设实施方案"] == ("policy_document", "长沙市")
    assert found["长沙市便民生鲜农产品市场建设与管理办法"] == ("policy_document", "长沙市")
    assert not [n for n in found if "送审稿" in n]


def test_a_year_s_work_points_are_a_document(gaz):
    found = programs_of(CHANGSHA_DRAFTS, gaz, "长沙市")
    assert found["长沙市2018年加速推进现代服务业发展工作要点"][0] == "policy_document"


# review article newarts3/plc3/06 (澧县 plenum)
LIXIAN_DRAFT = ("7月9日上午,澧县召开中国共产党澧县第十二届委员会第四次全体(扩大)会议,审议通过了《中共澧县县委"
                "关于深入实施长江经济带发展战略大力推动高质量发展的决议(草案)》。")


def test_a_draft_resolution_is_a_document(gaz):
    found = programs_of(LIXIAN_DRAFT, gaz, "澧县")
    assert found["中共澧县县委关于深入实施长江经济带发展战略大力推动高质量发展的决议"][0] == "policy_document"


def test_a_trial_mark_stays_in_the_name_and_a_book_excerpt_is_no_document(gaz):
    # constructed: a trial mark is part of an adopted title; a book's excerpt mark is no document
    text = "县政府印发了《湘潭县农村集体资产管理办法(试行)》,并向学生赠送《雷锋日记(节选)》。"
    found = programs_of(text, gaz, "湘潭县")
    assert found["湘潭县农村集体资产管理办法(试行)"][0] == "policy_document"
    assert not [n for n in found if "雷锋日记" in n]


# ---------------------------------------------------------------- lists of named projects after a colon
# 双峰网 (双峰县8个重点项目集中开工、竣工), newarts4/prg4/04
SHUANGFENG_LIST = ("2018年,全县将实施重点项目169个,总投资408亿元,年度计划投资120亿元。此次集中开工的7个重点项目"
                   "包括:双峰县和森西路至娄衡高速延线工程、五丰机械电动汽车农业机械生产线、永昌节能环保渗透退水材料"
                   "生产线、都德农业综合体、湄水河东防洪堤工程、绍塘安置区第二期基础设施及配套工程、农安家富现代养殖"
                   "立体生态农业项目;竣工重点项目1个:正德耐磨材料1万吨工程机械配件生产线。")


def test_the_items_after_a_counted_set_of_projects_and_a_colon_are_projects(gaz):
    found = programs_of(SHUANGFENG_LIST, gaz, "双峰县")
    for name in ("双峰县和森西路至娄衡高速延线工程", "五丰机械电动汽车农业机械生产线", "都德农业综合体",
                 "绍塘安置区第二期基础设施及配套工程", "农安家富现代养殖立体生态农业项目",
                 "正德耐磨材料1万吨工程机械配件生产线"):
        assert found[name] == ("project", "双峰县"), name


def test_a_count_of_projects_without_a_list_names_none(gaz):
    # counter-example: 重点项目169个,总投资…: a count and its money, no list after a colon
    found = programs_of(SHUANGFENG_LIST, gaz, "双峰县")
    assert not [n for n in found if n.startswith(("总投资", "年度计划"))]


# ---------------------------------------------------------------- a round of / a series of
SHUANGFENG_ROUND = ("继续开展征地拆迁“清零清障”专项行动,推动产业项目快上快进快成,迅速掀起新一轮项目建设高潮,"
                    "力争在全市“产业项目建设年”活动中取得优异的成绩。")


def test_a_new_round_of_projects_is_no_project(gaz):
    found = programs_of(SHUANGFENG_ROUND, gaz, "双峰县")
    assert not [n for n in found if "一轮" in n]
    assert "产业项目建设年" in found        # counter-example: the campaign of the same sentence stays


def test_a_numeral_in_a_name_still_makes_it_proper(gaz):
    # counter-example: 一 inside a project's own words (not 新一轮) keeps it a named project
    text = "县里启动了一河一策治理项目,全县推进。"
    found = programs_of(text, gaz, "双峰县")
    assert any("一河一策" in n for n in found)


# ---------------------------------------------------------------- 大比拼 / 洽谈周: closed-class heads
SHUANGFENG_CONTEST = ("全县上下要以习近平新时代中国特色社会主义思想为指导,深入落实开展项目建设大比拼,强力优化经济发展环境。"
                      "我县始终坚持以项目稳增长,以项目大比拼推动经济社会有力发展。")
# 湖南日报 (湘西州在上海招商推介会), newarts4/prg4/05
XIANGXI_WEEK = ("本次招商推介会,依托2022湖南-长三角经贸合作洽谈周平台,以产业园区承接产业转移招商推介为主题,"
                "寻求共赢合作伙伴。")


def test_a_contest_of_project_building_is_a_campaign(gaz):
    found = programs_of(SHUANGFENG_CONTEST, gaz, "双峰县")
    assert found["项目建设大比拼"][0] == "campaign"
    assert "项目大比拼" not in found        # counter-example: 以|项目 is too short to name a contest


def test_a_trade_talks_week_of_a_year_is_an_event(gaz):
    found = programs_of(XIANGXI_WEEK, gaz, "湘西土家族苗族自治州")
    assert any(n.endswith("长三角经贸合作洽谈周") and k == "event" for n, (k, _p) in found.items())


def test_a_talks_week_without_year_ordinal_or_place_is_no_event(gaz):
    # counter-example (constructed): the festival test wants a year, an ordinal or a place
    found = programs_of("双方约定每年举办招商引资洽谈周,轮流承办。", gaz, "双峰县")
    assert not [n for n in found if n.endswith("洽谈周")]


# ---------------------------------------------------------------- a project named after its investment
XIANGXI_INVESTED = ("其中,总投资12亿元的泸溪县电子用新型材料项目,在湖南省政府举办的湖南打造内陆地区改革开放高地推介会上"
                    "现场集中签约。")


def test_the_words_after_the_investment_name_the_project(gaz):
    found = programs_of(XIANGXI_INVESTED, gaz, "湘西土家族苗族自治州")
    assert found["泸溪县电子用新型材料项目"] == ("project", "泸溪县")


def test_without_an_investment_the_reading_still_stops(gaz):
    # counter-example (constructed): no 投资N元的 before it, 用 still ends the words read
    found = programs_of("其中,泸溪县企业用新型材料项目已现场签约。", gaz, "湘西土家族苗族自治州")
    assert not [n for n in found if n.startswith("泸溪县企业用")]


# ---------------------------------------------------------------- a campaign written with and without its year
SHUANGFENG_YEAR = ("4月18日,双峰县和森西路至娄衡高速延线项目工地上,随着市委常委、宣传部长吴建平的朗声宣布,娄底市"
                   "“2018年产业项目建设年”双峰县分会场的8个重点项目宣告集中开工、竣工。县委书记禹敏在仪式上说,此次"
                   "集中开工、竣工仪式既是我县“产业项目建设年”活动的一次工作展示,也是一次动员誓师。")


def test_a_campaign_without_its_year_is_the_dated_campaign_of_the_document(gaz):
    found = programs_of(SHUANGFENG_YEAR, gaz, "双峰县")
    assert found["2018年产业项目建设年"][0] == "campaign"
    assert "产业项目建设年" not in found


def test_two_years_of_a_campaign_leave_the_bare_name_alone(gaz):
    # counter-example (constructed): 2018年 and 2019年 campaigns, the bare name is neither
    text = ("全市开展“2018年产业项目建设年”活动,成效明显。全市部署“2019年产业项目建设年”活动。"
            "我县“产业项目建设年”活动有效开展。")
    found = programs_of(text, gaz, "双峰县")
    assert "产业项目建设年" in found


# ---------------------------------------------------------------- a congress session named by its term
# 沅陵县2023年政府工作报告, newarts4/prg4/02
YUANLING_SESSION = ("在县人大和县政协的监督支持下,我们坚持以习近平新时代中国特色社会主义思想为指导,较好地完成了县十八届人大"
                    "一次会议确定的各项目标任务,实现了本届政府良好开局。")


def test_a_session_of_a_term_of_the_congress_is_an_event(gaz):
    found = programs_of(YUANLING_SESSION, gaz, "沅陵县")
    assert found["县十八届人大一次会议"] == ("event", "沅陵县")


def test_a_frequency_before_a_meeting_is_not_a_session(gaz):
    # counter-example (constructed): 举办一次|座谈会 counts how often, no term before it
    found = programs_of("今年县工商联举办一次民营企业座谈会,听取意见。", gaz, "沅陵县")
    assert not [n for n in found if "一次" in n]


# ---------------------------------------------------------------- a whole jurisdiction's meeting reported as held
# 衡东县融媒体中心, newarts4/prg4/06
HENGDONG_MEETING = ("全县田长制林长制暨县总河长会议召开\n\n衡东融媒6月19日讯(融媒体记者 罗颜融 胡雨希 谭碧婷)6月19日,"
                    "全县田长制林长制暨县总河长会议召开。会议深入学习贯彻习近平生态文明思想,安排部署全县“三长制”相关工作。")


def test_a_whole_county_s_meeting_held_is_an_event(gaz):
    found = programs_of(HENGDONG_MEETING, gaz, "衡东县")
    assert found["全县田长制林长制暨县总河长会议"][0] == "event"


def test_the_whole_county_before_a_meeting_in_a_clause_is_no_event(gaz):
    # counter-example (constructed): 全县上下|在会议召开前: the county's people, not a meeting's name
    found = programs_of("全县上下在会议召开前做好各项准备工作。", gaz, "衡东县")
    assert not [n for n in found if n.endswith("会议")]


# ---------------------------------------------------------------- numbered codes after 打好 / 抓好
# 2018年永州市政府工作报告, newarts4/prg4/09
YONGZHOU_CODES = ("全市人民在市委的坚强领导下,认真学习贯彻党的十九大精神,紧紧围绕建设创新开放新高地、品质活力新永州,"
                  "突出打好“六大战役”,着力抓好“四个提升”,有效克服经济下行压力和历史罕见洪涝灾害等困难挑战。")


def test_numbered_codes_fought_or_grasped_are_programs(gaz):
    found = programs_of(YONGZHOU_CODES, gaz, "永州市")
    assert found["六大战役"] == ("campaign", "永州市")      # 战役 ends a campaign's name
    assert "四个提升" in found


def test_a_quoted_metaphor_after_dahao_is_no_code(gaz):
    # counter-example (constructed): 打好/抓好 introduce numbered codes only, not metaphors
    found = programs_of("各地要打好“组合拳”,抓好“关键期”,推动工作落实。", gaz, "永州市")
    assert not found


# ---------------------------------------------------------------- siblings of a common campaign in a list
YONGZHOU_SIBLINGS = ("抓党建促脱贫攻坚、“三走访三签字”活动、中国社会扶贫网试点以及产业扶贫、金融扶贫、教育扶贫、健康扶贫"
                     "等工作走在全省乃至全国前列。")


def test_the_listed_siblings_of_a_common_campaign_are_campaigns(gaz):
    found = programs_of(YONGZHOU_SIBLINGS, gaz, "永州市")
    for name in ("产业扶贫", "金融扶贫", "教育扶贫", "健康扶贫"):
        assert found[name] == ("campaign", "永州市"), name


def test_items_with_another_head_are_not_siblings(gaz):
    # counter-example (constructed): 产业扶贫、农村电网改造: the next item does not share 扶贫
    found = programs_of("全县推进产业扶贫、农村电网改造等工作。", gaz, "永州市")
    assert "产业扶贫" in found
    assert not [n for n in found if "电网" in n]


# ---------------------------------------------------------------- a title awarded by a whole scope
YONGZHOU_TITLE = "建成贫困村电商营运站点539个、光伏电站557个,116个村入选全省旅游扶贫示范村。贫困村金融服务站实现全覆盖。"


def test_a_demonstration_title_of_the_whole_province_is_the_province_s_scheme(gaz):
    found = programs_of(YONGZHOU_TITLE, gaz, "永州市")
    assert found["全省旅游扶贫示范村"] == ("campaign", "湖南省")


def test_a_demonstration_title_without_scope_or_level_is_no_scheme(gaz):
    # counter-example (constructed): no level and no scope word before the theme
    found = programs_of("116个村入选旅游扶贫示范村。", gaz, "永州市")
    assert not [n for n in found if n.endswith("示范村")]


# ---------------------------------------------------------------- short quoted national campaigns
# 2021年湘乡市政府工作报告, newarts4/prg4/08
XIANGXIANG_PAIR = ("(一)全力保增长促发展,经济运行稳中有进\n\n“六稳”“六保”扎实有效。坚持就业优先,新增城镇就业6780人、"
                   "农村劳动力转移就业3797人,城镇登记失业率1.99%。")


def test_a_quoted_national_campaign_is_a_program_however_short(gaz):
    found = programs_of(XIANGXIANG_PAIR, gaz, "湘乡市")
    assert found["六稳"][0] == "campaign" and found["六保"][0] == "campaign"


def test_another_short_quoted_pair_is_not(gaz):
    # counter-example (constructed): two-character quoted words outside the national list
    found = programs_of("“稳岗”“扩岗”扎实有效。", gaz, "湘乡市")
    assert not found


# 湘政发〔2025〕3号 (湖南省2025年国民经济和社会发展计划), newarts4/prg4/11
HUNAN_PLAN = ("2024年,我省坚持以习近平新时代中国特色社会主义思想为指导,锚定“三高四新”美好蓝图,着力做好“十个统筹”,"
              "大力实施“八大行动”,推动全省经济运行呈现“总体平稳、稳中有进、结构优化、质态向好”的良好态势。")


def test_a_numbered_code_done_well_is_a_program(gaz):
    found = programs_of(HUNAN_PLAN, gaz, "湖南省")
    assert "十个统筹" in found
    assert not [n for n in found if "总体平稳" in n]     # counter-example: a description of the economy


# review article newarts3/plc3/01 (2024湖南工业旅游推广月 in 株洲)
ZHUZHOU_MONTH = ("作为主会场的株洲,以“神农福地 制造名城”为主题,举办主体活动2024湖南工业旅游推广月启动仪式,以及"
                 "“诗颂工业 光耀株洲”大型诗歌演诵晚会暨诗歌征文大赛颁奖仪式。")


def test_a_promotion_month_of_a_year_is_an_event_named_from_its_year(gaz):
    found = programs_of(ZHUZHOU_MONTH, gaz, "株洲市")
    assert found["2024湖南工业旅游推广月"][0] == "event"
    assert not [n for n in found if n.startswith("主体活动")]


# ---------------------------------------------------------------- the kind of a numbered code
# 沅陵县2023年政府工作报告, newarts4/prg4/02
YUANLING_CODE = ("我们坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神,聚力“三大支撑、八项重点”,"
                 "奋起二次创业,较好地完成了各项目标任务。")


def test_a_count_of_big_tasks_is_a_campaign(gaz):
    found = programs_of(YUANLING_CODE, gaz, "沅陵县")
    assert found["三大支撑、八项重点"][0] == "campaign"


def test_another_numbered_code_stays_a_mechanism(gaz):
    # counter-example: “十个统筹” (newarts4/prg4/11) counts ways of working, not big tasks
    found = programs_of(HUNAN_PLAN, gaz, "湖南省")
    assert found["十个统筹"][0] == "mechanism"


# ---------------------------------------------------------------- a company's 工程局 is no project
# 长沙晚报 (沪洽周长沙分会场活动暨百日竞赛重大项目集中签约仪式), newarts4/prg4/12
CHANGSHA_BUREAUS = ("市委常委、常务副市长夏建平主持,副市长朱东铁出席。中交第二航务工程局有限公司、水利水电第八工程局"
                    "有限公司、中国医疗器械有限公司等60多家企业代表参加。签约仪式上,广汽新能源汽车项目、创梦乐谷(长沙)"
                    "动漫产业园等20个优质项目签约落户长沙。")


def test_an_engineering_bureau_company_is_no_project(gaz):
    found = programs_of(CHANGSHA_BUREAUS, gaz, "长沙市")
    assert not [n for n in found if "航务工程" in n or "第八工程" in n]
    assert found["广汽新能源汽车项目"][0] == "project"     # counter-example: the projects signed stay


# ---------------------------------------------------------------- a batch signing signs no one project
# 湖南日报 (衡东县“投资促进季”招商引资项目集中签约仪式), newarts4/prg4/14
HENGDONG_BATCH = ("今天上午,衡东县举行“投资促进季”招商引资项目集中签约仪式,19个项目成功签约。")


def test_a_batch_signing_names_an_event_and_no_project(gaz):
    found = programs_of(HENGDONG_BATCH, gaz, "衡东县")
    assert any(n.endswith("集中签约仪式") and k == "event" for n, (k, _p) in found.items())
    assert not [n for n, (k, _p) in found.items() if k == "project"]


def test_a_named_signing_still_signs_its_project(gaz):
    # counter-example: d18-like signing of one named road project keeps the project (constructed)
    text = "平江县S316石牛寨至长庆公路改建工程项目签约仪式在长沙举行。"
    found = programs_of(text, gaz, "平江县")
    assert any(k == "project" for n, (k, _p) in found.items())


def test_a_quoted_season_of_a_drive_is_a_campaign(gaz):
    found = programs_of(HENGDONG_BATCH, gaz, "衡东县")
    assert found["投资促进季"] == ("campaign", "衡东县")


def test_a_busy_season_or_the_four_seasons_are_not(gaz):
    # counter-example (constructed): 旺季 and 四季 are seasons, not drives
    found = programs_of("景区迎来“旅游旺季”,一年“春夏秋冬四季”皆宜。", gaz, "衡东县")
    assert not [n for n in found if n.endswith("季")]


# ---------------------------------------------------------------- an event's year written without 年
# review article newarts3/plc3/02 (第三届湖南旅发大会 in 衡阳)
HENGYANG_EVENTS = ("以及第八届湖南艺术节群文专场、2024湖南文旅产业投融资大会、第三届湖南省非遗博览会、“船山先生”系列活动"
                   "等六个配套活动。")


def test_a_year_without_nian_opens_an_event_s_name(gaz):
    found = programs_of(HENGYANG_EVENTS, gaz, "衡阳市")
    assert found["2024湖南文旅产业投融资大会"][0] == "event"


def test_an_amount_is_still_a_count(gaz):
    # counter-example (constructed): 2000万元 is money, not a year, before a class of projects
    found = programs_of("全县2000万元以上项目已全部开工。", gaz, "衡阳市")
    assert not [n for n in found if n.startswith("2000")]


# ---------------------------------------------------------------- launch and award ceremonies, championships
ZHUZHOU_LAUNCH = ("红网时刻新闻6月2日讯(记者 陈雅如 聂千川)6月2日,2024湖南工业旅游推广月启动仪式在株洲市全民健身服务中心"
                  "火炬广场举行。作为主会场的株洲,举办主体活动2024湖南工业旅游推广月启动仪式,以及“诗颂工业 光耀株洲”"
                  "大型诗歌演诵晚会暨诗歌征文大赛颁奖仪式。")


def test_a_launch_ceremony_is_an_event_named_from_its_year(gaz):
    found = programs_of(ZHUZHOU_LAUNCH, gaz, "株洲市")
    assert found["2024湖南工业旅游推广月启动仪式"][0] == "event"
    assert any(n.endswith("诗歌征文大赛颁奖仪式") for n in found)
    assert not [n for n in found if n.startswith("主体活动")]


def test_a_bare_ceremony_word_is_no_event(gaz):
    # counter-example (constructed): 本次启动仪式: no name before the ceremony word
    found = programs_of("本次启动仪式恰逢周末,颁奖仪式随后举行。", gaz, "株洲市")
    assert not found


def test_a_launch_ceremony_launches_its_program(gaz):
    found = programs_of(ZHUZHOU_LAUNCH, gaz, "株洲市")
    assert found["2024湖南工业旅游推广月"][0] == "event"
    # constructed: a campaign launched keeps its kind
    found = programs_of("3月5日,2024年株洲市安全生产百日攻坚专项行动启动仪式在市政府举行。", gaz, "株洲市")
    assert any(n.endswith("专项行动") and k == "campaign" for n, (k, _p) in found.items())


# ---------------------------------------------------------------- counts of classes run together
# review article newarts3/plc3/04 (华容县: 2021年省重点建设项目名单; punctuation lost in the source)
HUARONG_COUNTS = "经省人民政府同意现公布2021年省重点建设项目名单301个项目其中,产业发展项目138基础设施项目119社会民生项目26生态环保项目18"


def test_counts_of_project_classes_run_together_are_no_project(gaz):
    found = programs_of(HUARONG_COUNTS, gaz, "华容县")
    assert not [n for n in found if "项目1" in n or "项目2" in n]


def test_a_project_with_a_number_in_its_own_words_stays(gaz):
    # counter-example: 1万吨 inside a named project (newarts4/prg4/04)
    found = programs_of(SHUANGFENG_LIST, gaz, "双峰县")
    assert "正德耐磨材料1万吨工程机械配件生产线" in found


# ---------------------------------------------------------------- a head of government's office meeting
# review article newarts3/plc3/07 (永兴县)
YONGXING_MEETING = ("2月19日,永兴县委副书记、县长刘朝晖主持召开县人民政府党组(扩大)会议暨县长办公会议,专题学习习近平新时代"
                    "中国特色社会主义思想,安排部署有关工作。")


def test_a_county_head_s_office_meeting_is_an_event(gaz):
    found = programs_of(YONGXING_MEETING, gaz, "永兴县")
    assert found["县长办公会议"] == ("event", "永兴县")
    assert not [n for n in found if "党组" in n]      # counter-example: the party group's meeting is not named


# ---------------------------------------------------------------- 铺排 (arranging projects) opens no name
# review article newarts3/plc3/02
HENGYANG_ARRANGED = "第三届湖南旅游发展大会定于9月20日至22日在衡阳市举行。该市共铺排旅发大会重点观摩项目22个、总投资87.32亿元。"


def test_the_verb_that_arranges_projects_is_not_part_of_a_name(gaz):
    found = programs_of(HENGYANG_ARRANGED, gaz, "衡阳市")
    assert not [n for n in found if n.startswith("铺排")]
    assert found["第三届湖南旅游发展大会"][0] == "event"      # counter-example: the event stays


# ---------------------------------------------------------------- Hunan's listed programs written bare
# 湘政发〔2019〕1号, newarts4/prg4/16
HUNAN_2019 = ("坚持深化市场化改革、扩大高水平开放,坚持创新引领开放崛起,继续打好三大攻坚战,继续开展产业项目建设年活动,"
              "进一步稳就业、稳金融、稳外贸。")


def test_a_provincial_strategy_written_bare_is_the_province_s_campaign(gaz):
    found = programs_of(HUNAN_2019, gaz, "湖南省")
    assert found["创新引领开放崛起"] == ("campaign", "湖南省")


def test_a_zone_named_after_a_provincial_program_is_not_the_program(gaz):
    # counter-example (constructed on the seeds' pattern): …一体化发展先行区 is a zone
    found = programs_of("朝着国家级经开区、长株潭一体化发展先行区迈进。", gaz, "湘潭市")
    assert "长株潭一体化发展" not in found


# ---------------------------------------------------------------- a notice headline opened by its issuer
# 岳办发〔2017〕2号, newarts4/prg4/15
YUEYANG_NOTICE = ("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n\n"
                  "各县市区委、人民政府,市直各单位:\n\n《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,"
                  "现印发给你们,请结合实际认真贯彻执行。")


def test_a_notice_headline_opened_by_its_issuing_office_is_a_document(gaz):
    found = programs_of(YUEYANG_NOTICE, gaz, "岳阳市")
    name = "中共岳阳市委办公室岳阳市人民政府办公室印发关于全面推进政务公开工作的实施意见的通知"
    assert found[name][0] == "policy_document"
    assert found["关于全面推进政务公开工作的实施意见"][0] == "policy_document"


def test_an_issuing_verb_inside_a_sentence_names_no_notice(gaz):
    # counter-example (constructed): not a headline, the words before 印发 are a clause
    found = programs_of("会议指出,要认真落实市政府办公室印发《城区停车管理实施方案》的通知要求。", gaz, "岳阳市")
    assert not [n for n in found if n.endswith("的通知")]


# ---------------------------------------------------------------- a document title standing as a headline
HUNAN_2019_TITLE = ("湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n\n湘政发〔2019〕1号\n\n省直和中央在湘有关单位:\n\n"
                    "为认真做好2019年政府工作,实现经济社会发展目标任务,现就省十三届人大二次会议通过的《政府工作报告》"
                    "确定的重点工作提出部门分工意见如下:")


def test_a_headline_title_without_shuminghao_is_a_document(gaz):
    found = programs_of(HUNAN_2019_TITLE, gaz, "湖南省")
    assert found["湖南省人民政府关于落实政府工作报告重点工作部门分工的意见"] == ("policy_document", "湖南省")


def test_a_sentence_about_a_decision_is_no_title(gaz):
    # counter-example (constructed): 关于 inside a sentence that goes on after the document word
    found = programs_of("会议审议了关于调整城区停车收费标准的意见,要求抓好落实。", gaz, "湖南省")
    assert not [n for n in found if n.startswith("会议")]


def test_the_supply_side_reform_is_a_national_campaign(gaz):
    text = "坚持推动高质量发展,坚持以供给侧结构性改革为主线,坚持深化市场化改革。"
    found = programs_of(text, gaz, "湖南省")
    assert found["供给侧结构性改革"] == ("campaign", NATIONAL)      # run by the whole country (place 全国)
    assert not [n for n in found if "市场化" in n]      # counter-example: another reform written bare


# ---------------------------------------------------------------- numbered duties of a speech
# A 攸县新闻网 page of Nov 2026's fresh pages (a county government plenary): 一要…二要…三要 list what
# must be done; 加大项目整合力度 names no project.
YOUXIAN_DUTIES = ("第二,强势推进项目建设,一要加大争项招商力度;二要加大项目整合力度;三要加大项目推进力度。"
                  "第四,深入推进城乡同治,一要加快在建项目建设进度。")


def test_a_numbered_duty_names_no_project(gaz):
    found = programs_of(YOUXIAN_DUTIES, gaz, "攸县")
    assert not [n for n in found if n.endswith("项目")], found


def test_a_named_project_after_a_duty_is_still_read(gaz):
    # counter-example: the duty's object is a project written with its name
    found = programs_of("二要加快攸县干法水泥项目建设进度。", gaz, "攸县")
    assert "攸县干法水泥项目" in found, found
