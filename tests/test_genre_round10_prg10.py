"""Programs, tenth round: error classes of the development set dev7 (benchmarks/unseen/dev7,
h151-h170) whose cause is a general shape of the genre — each rule tested on the quoted dev7
sentence, with a counter-example the rule must not fire on."""
from __future__ import annotations

from support import place_key, program_places_of, programs_of


# ---------------------------------------------------------------- 等一批…项目 closes a list of projects
# dev7/h163 (桂阳县政府工作报告); the same shape in dev5/h95 (…等一批项目落户麻阳)
GUIYANG_BATCH = "县域经济稳步发展,银星公司技改、景湘源食品饮料、天塘山风电场等一批优质新型工业项目竣工投产。"


def test_the_items_of_a_list_closed_by_a_batch_of_projects_are_projects(gaz):
    found = programs_of(GUIYANG_BATCH, gaz, "桂阳县")
    for name in ("银星公司技改", "景湘源食品饮料", "天塘山风电场"):
        assert found.get(name, ("",))[0] == "project", name


def test_a_single_example_of_a_batch_names_no_project(gaz):
    # counter-example (constructed): one company given as the example of a batch
    found = programs_of("县域经济稳步发展,华熙生物等一批项目签约落户。", gaz, "桂阳县")
    assert "华熙生物" not in found


# ---------------------------------------------------------------- the first item of a project list is read whole
# dev7/h157 (邵东市14个重大项目集中开竣工); the same shape in dev5/h95 (中通新能源专用车总装生产及销售、…)
SHAODONG_LIST = ("据悉,这次14个集中开竣工项目总投资23.5亿元,其中,邵东市自愿戒毒所、邵东市智康医疗二期等8个项目开工,"
                 "涵盖产业发展、民生实事、基础建设等各方面。")
MAYANG_LIST = "近年来,中通新能源专用车总装生产及销售、年产100万吨优质矿泉水等一批项目落户麻阳。"


def test_the_first_item_of_a_project_list_opens_its_clause(gaz):
    found = programs_of(SHAODONG_LIST, gaz, "邵东市")
    assert found.get("邵东市自愿戒毒所", ("",))[0] == "project"
    assert found.get("邵东市智康医疗二期", ("",))[0] == "project"
    assert "中通新能源专用车总装生产及销售" in programs_of(MAYANG_LIST, gaz, "麻阳苗族自治县")


def test_the_predicate_before_the_first_item_stays_out_of_its_name(gaz):
    # counter-example (newarts2/prg2_01-like): the clause's verb comes before the list
    text = "近日,双峰县举行职业中专产教融合实训基地、2017年度易地扶贫搬迁安置点等7个重点项目集中开工。"
    found = programs_of(text, gaz, "双峰县")
    assert "职业中专产教融合实训基地" in found
    assert not any(name.startswith("双峰县举行") for name in found)


# ---------------------------------------------------------------- one named project heads a counted set
# dev7/h157; the same shape in the fresh article newarts4/plc4_02 (…管道生产线等9个产业项目集中开工)
SHAODONG_FINISHED = "其中,邵东市智康医疗二期等8个项目开工,湖南省五阳塑胶制品生产线等6个项目竣工,涵盖产业发展。"


def test_a_single_example_ending_in_a_project_head_is_a_project(gaz):
    found = programs_of(SHAODONG_FINISHED, gaz, "邵东市")
    assert found.get("湖南省五阳塑胶制品生产线", ("",))[0] == "project"


def test_a_single_company_before_a_counted_set_is_no_project(gaz):
    # counter-example (the shape the two-item rule was written for): a company, no project head
    found = programs_of("会上,华熙生物科技等19个项目签约,总投资120亿元。", gaz, "长沙市")
    assert "华熙生物科技" not in found


# ---------------------------------------------------------------- a route number is no count
# dev7/h162 (湘西州 2012 transport work): the place inside a list item read as a count (209|吉首…)
# ran every later item
XIANGXI_ROADS = ("湘西土家族苗族自治州交通部门加速推进公路建设,国道319、209吉首绕城公路、国道319泸溪绕城公路、"
                 "国道209凤凰绕城公路等11个干线公路建设项目进展顺利。")


def test_a_route_number_opening_a_road_item_is_part_of_its_name(gaz):
    found = programs_of(XIANGXI_ROADS, gaz, "湘西土家族苗族自治州")
    assert "国道319、209吉首绕城公路" in found
    assert "国道319" not in found
    assert found["国道209凤凰绕城公路"][1] == "湘西土家族苗族自治州"


def test_a_counted_item_is_still_a_count(gaz):
    # counter-example (dev7/h162's next clause): 53座 counts the bridges, it names none
    found = programs_of("全州53座危桥改造、国道319泸溪绕城公路等项目全面完成。", gaz, "湘西土家族苗族自治州")
    assert not any(name.startswith("53") for name in found)


# ---------------------------------------------------------------- a company in a list of projects
# dev2/h01: companies visited among projects are companies (the organisation reader finds them)

def test_a_company_among_listed_projects_is_no_project(gaz):
    found = program_places_of("邵阳党政代表团一行先后参观考察了江华正海磁材、九恒集团、江华展览馆等项目建设。", gaz,
                              "江华瑶族自治县")
    assert "九恒集团" not in found


def test_a_listed_item_with_a_project_head_stays_a_project(gaz):
    # counter-example: the organisation reader may read a park as a body; its head keeps it a project
    found = program_places_of("全力保障恒光科技、消防智创园等重点项目建设。", gaz, "长沙市")
    assert "消防智创园" in found


# ---------------------------------------------------------------- a class of works under construction
# closes a list of projects: dev7/h162 (…等站场建设加快进行), dev6/h132 (…等工程项目建设)
XIANGXI_STATIONS = ("湘西航运建设一期工程完成投资7000万元,泸溪白沙汽车站、吉首西口汽车站、永顺南山汽车站、保靖汽车站、"
                    "花垣佳民汽车站等站场建设加快进行。")
QIDONG_VISIT = ("常宁市党政代表团首先来到归阳工业园,参观了标准厂房、明鑫不锈钢、尚鑫纸业、公租房湘桂复线祁东火车站"
                "站前广场、衡缘物流及新区完全中学等工程项目建设。")


def test_the_items_before_a_class_of_works_are_projects(gaz):
    found = programs_of(XIANGXI_STATIONS, gaz, "湘西土家族苗族自治州")
    for name in ("泸溪白沙汽车站", "吉首西口汽车站", "永顺南山汽车站", "保靖汽车站", "花垣佳民汽车站"):
        assert found.get(name, ("",))[0] == "project", name
    places = program_places_of(QIDONG_VISIT, gaz, "祁东县")
    assert "标准厂房" in places
    assert "明鑫不锈钢" not in places       # a company (see the rule above)


def test_generic_works_before_a_class_of_works_are_no_projects(gaz):
    # counter-example (constructed): generic kinds of works, no named one
    found = programs_of("全县加快推进道路、水利、电力等基础设施建设。", gaz, "祁东县")
    assert not {"道路", "水利", "电力"} & set(found)


# ---------------------------------------------------------------- a campaign launched by a verb
# dev7/h156 (headline) and dev7/h169; the fresh article newarts5/f_f2 (开展交通安全教育敲门行动)
CHENZHOU_HEADLINE = "提升城乡颜值 迎接旅发大会 郴州开展城乡风貌提质行动"
CHENZHOU_ZONE = ("今年,郴州经开区坚持“企有所呼,我有所为”,用改革思维和创新办法实施新一轮优化提升营商环境行动,"
                 "用更实更细的举措服务企业。")


def test_a_topic_launched_as_an_action_is_a_campaign(gaz):
    assert programs_of(CHENZHOU_HEADLINE, gaz, "郴州市").get("城乡风貌提质行动", ("",))[0] == "campaign"
    found = programs_of(CHENZHOU_ZONE, gaz, "郴州市")
    assert found.get("新一轮优化提升营商环境行动", ("",))[0] == "campaign"


def test_an_action_of_manner_words_alone_is_no_campaign(gaz):
    # counter-example (seed 002): 集中攻坚 says how, not what
    found = programs_of("由区领导挂帅带队,分阶段开展集中攻坚行动;建立工作标准。", gaz, "娄底市")
    assert "集中攻坚行动" not in found


# ---------------------------------------------------------------- the levels' livelihood works
# dev7/h161; the same program in dev6/h147 (省、市重点民生实事项目) and seed 001 (27项省市民生实事)
HUARONG_WORKS = ("主要经济指标实现回升稳增,地方税收收入增幅、招商引资、争项争资、省市重点民生实事项目等多项指标"
                 "位居岳阳前列。")
XIANGTAN_WORKS = "湘潭市已提前完成16项省、市重点民生实事项目,整体推进成效较好。"


def test_the_livelihood_works_of_the_levels_are_a_campaign(gaz):
    assert programs_of(HUARONG_WORKS, gaz, "华容县").get("省市重点民生实事", ("",))[0] == "campaign"
    places = program_places_of(XIANGTAN_WORKS, gaz, "湘潭市")
    assert places["省重点民生实事"] == place_key(gaz, "湖南省")
    assert places["市重点民生实事"] == place_key(gaz, "湘潭市")


def test_livelihood_works_without_a_level_are_a_field_of_work(gaz):
    # counter-examples (dev7/h157, seed 001): no level assigns them
    found = programs_of("涵盖产业发展、民生实事、基础建设等各方面。为全力推进重点民生实事早落地、早办结。", gaz, "邵东市")
    assert not any("民生实事" in name for name in found)


# ---------------------------------------------------------------- a government's executive meeting
# dev7/h152; the fresh articles newarts5/f_f1 and f_f2 (县政府党组暨2023年第4次常务会议, 县人民政府第23次常务会议)
XUPU_MEETING = "红网溆浦站讯(记者 伍丹)6月12日,溆浦县委副书记、县长谢商成主持召开县人民政府第40次常务会议。"


def test_a_governments_numbered_executive_meeting_is_an_event(gaz):
    found = programs_of(XUPU_MEETING, gaz, "溆浦县")
    assert found.get("县人民政府第40次常务会议") == ("event", "溆浦县")


def test_a_party_standing_committee_meeting_is_not_annotated(gaz):
    # counter-example (dev3/h33: party meetings are not programs)
    found = programs_of("湘潭市委书记曹炯芳主持召开湘潭市第十二届市委常委会第38次会议。", gaz, "湘潭市")
    assert not any("常委会" in name for name in found)


# ---------------------------------------------------------------- a named facility's renovation
# dev7/h152; the same shape in dev6/h137 (大坪坳水厂提质改造后) and dev6/h133 (推进雁峰区棚户区改造)
XUPU_BRIDGE = "会议还听取了溆浦县当前及下阶段融资工作情况汇报和大江口危桥改造工作情况,警予铜像广场扩建项目情况汇报。"


def test_the_renovation_of_a_named_facility_is_a_project(gaz):
    assert programs_of(XUPU_BRIDGE, gaz, "溆浦县").get("大江口危桥改造", ("",))[0] == "project"
    found = programs_of("大坪坳水厂提质改造后,供水规模从每天2万吨提升到7万吨。", gaz, "江永县")
    assert found.get("大坪坳水厂提质改造", ("",))[0] == "project"


def test_a_kind_of_renovation_or_the_act_of_renovating_is_no_project(gaz):
    # counter-examples (dev7/h164; a dev4 sentence): a kind of works, and 改造 with its object after it
    # (round 18: 危房改造 is the standing programme of program_common_campaigns.txt, a campaign,
    # as h164's gold lists it; it stays no renovation project)
    found = programs_of("全县完成621户建档立卡贫困户危房改造,投资390万元改造南竹低产林6500亩。", gaz, "宁乡市")
    assert not any(name.endswith("改造") and kind == "project" for name, (kind, _) in found.items())
    assert found.get("危房改造", ("campaign",))[0] == "campaign"


# ---------------------------------------------------------------- 讲评会 / 观摩会 name meetings
# dev7/h161; the fresh article newarts4/met4_07 (长沙市政府召开一季度重大项目建设讲评会)
HUARONG_REVIEW = "华声在线7月30日讯(全媒体记者 杜立 通讯员 王丽梅 张雅文)7月29日,华容县2025年半年度工作讲评会召开。"


def test_a_review_meeting_is_an_event(gaz):
    assert programs_of(HUARONG_REVIEW, gaz, "华容县").get("华容县2025年半年度工作讲评会") == ("event", "华容县")


def test_a_head_cut_through_before_a_joined_meeting_is_no_name(gaz):
    # counter-example (fresh article newarts/towns 03): the quarter's review is no name of its own
    found = programs_of("4月11日,湘潭县农村人居环境整治工作推进会暨一季度讲评会召开。", gaz, "湘潭县")
    assert not any(name.startswith("会") for name in found)
    # round 22: two meetings joined by 暨 are one event named by the whole chain (as the development
    # gold names such chains: …动员大会暨…动员大会, …签约仪式暨…誓师大会)
    assert "湘潭县农村人居环境整治工作推进会暨一季度讲评会" in found
