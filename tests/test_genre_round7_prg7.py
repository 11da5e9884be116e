"""Seventh round, programs (prg7): rules of the genre found on the fourth development set
(benchmarks/unseen/dev4, h51–h70); each is tested on the quoted dev4 sentence with a
counter-example it must not fire on."""
from __future__ import annotations

from graph.programs import NATIONAL
from support import programs_of


# ---------------------------------------------------------------- 被评为“…”、邵阳市“…先进单位”: honour titles
# dev4 h55, h60
def test_quoted_honour_titles_after_a_verb_of_being_awarded_are_campaigns_of_the_awarding_place(gaz):
    text = ("近年来先后被评为“全国乡村治理示范镇”、邵阳市“抓党建促脱贫先进单位”、邵东市“干事创业好班子”,"
            "绩效考核、基层党建、综合治理等系列工作均迈入先进行列。")
    found = programs_of(text, gaz, "邵东市")
    assert found["抓党建促脱贫先进单位"] == ("campaign", "邵阳市")
    assert found["干事创业好班子"] == ("campaign", "邵东市")
    assert found["全国乡村治理示范镇"] == ("campaign", NATIONAL)


def test_quoted_selections_of_the_best_before_honouring_are_campaigns(gaz):
    text = ("开幕式对永州“十佳脱贫致富能手”“十佳新型农民”“十佳休闲农庄”“十佳农民合作社”“十佳家庭农场”"
            "进行了表彰,并举行了签约仪式。")
    found = programs_of(text, gaz, "永州市")
    for name in ("十佳脱贫致富能手", "十佳新型农民", "十佳休闲农庄", "十佳农民合作社", "十佳家庭农场"):
        assert found[name] == ("campaign", "永州市")


def test_a_designation_without_an_honour_head_is_no_campaign(gaz):
    found = programs_of("该村连续三年被评为“五差村庄”,被授予“长沙市基层治理宣讲基地”。", gaz, "长沙市")
    assert "五差村庄" not in found
    assert "长沙市基层治理宣讲基地" not in found


def test_an_honour_head_in_a_quote_nobody_awards_is_no_title(gaz):
    found = programs_of("他说:“我们要当好先进单位”。", gaz, "长沙市")
    assert "我们要当好先进单位" not in found


# ---------------------------------------------------------------- A、B…和H等八大专项行动: a counted list
# dev4 h56
_COUNTED = ("经市人民政府同意,决定组织开展促进县域经济发展基础建设、工业升级、农业升级、服务业提质、乡村振兴、"
            "城镇提升、创新创业和绿色发展等八大专项行动,现就有关事项通知如下。")


def test_the_items_of_a_list_closed_by_a_count_of_campaigns_are_campaigns(gaz):
    found = programs_of(_COUNTED, gaz, "湘潭市")
    for name in ("基础建设", "工业升级", "农业升级", "服务业提质", "城镇提升", "创新创业", "绿色发展"):
        assert found[name] == ("campaign", "湘潭市")
    assert found["乡村振兴"] == ("campaign", NATIONAL)
    assert not any(name.startswith("促进") for name in found)


def test_a_list_shorter_than_its_count_names_no_campaigns(gaz):
    text = "决定组织开展促进县域经济发展基础建设、工业升级、农业升级和绿色发展等八大专项行动,现就有关事项通知如下。"
    found = programs_of(text, gaz, "湘潭市")
    assert "工业升级" not in found and "绿色发展" not in found


# ---------------------------------------------------------------- 先后来到A项目、B中心…等地: a tour of sites
# dev4 h53
def test_the_sites_of_a_tour_of_projects_are_projects(gaz):
    text = ("刘杨先后来到“桂阳—临武”输气管道工程建设项目、湖南临武乡村振兴物流集散中心、舜通宝玉石文化产业园"
            "建设项目、微电影城以及秀岩花园项目等地,详细了解项目建设进度。")
    found = programs_of(text, gaz, "临武县")
    for name in ("桂阳—临武输气管道工程建设项目", "湖南临武乡村振兴物流集散中心", "微电影城", "秀岩花园项目"):
        assert found[name] == ("project", "临武县")


def test_a_tour_of_companies_with_one_project_names_no_other_project(gaz):
    text = ("调研组一行实地考察了巴陵石化己内酰胺项目、中石化催化剂长岭分公司、岳阳东方雨虹、"
            "湖南复星合力新材料有限公司等地。")
    found = programs_of(text, gaz, "岳阳市")
    assert "岳阳东方雨虹" not in found and "中石化催化剂长岭分公司" not in found


# ---------------------------------------------------------------- …人民代表大会|常务委员会: the body
# dev4 h54
def test_a_congress_followed_by_its_standing_committee_is_no_event(gaz):
    found = programs_of("决定任命周宏兆为长沙市人民代表大会常务委员会副秘书长。", gaz, "长沙市")
    assert not any(name.endswith("人民代表大会") for name in found)


def test_a_session_of_a_congress_is_still_an_event(gaz):
    found = programs_of("衡阳县第十八届人民代表大会第七次会议隆重开幕。", gaz, "衡阳县")
    assert found["衡阳县第十八届人民代表大会第七次会议"] == ("event", "衡阳县")


# ---------------------------------------------------------------- 县十八届人大七次会议 = the full session name
# dev4 h51
def test_a_short_session_name_takes_the_full_name_written_in_the_document(gaz):
    text = ("衡阳县十八届人大七次会议举行预备会议。7月30日下午,衡阳县第十八届人民代表大会第七次会议举行预备会议。"
            "据悉,县十八届人大七次会议定于7月30日上午报到。")
    assert programs_of(text, gaz, "衡阳县") == {"衡阳县第十八届人民代表大会第七次会议": ("event", "衡阳县")}


def test_a_short_name_of_another_session_keeps_its_name(gaz):
    text = "5日在沅陵县第十七届人民代表大会第三次会议上,他说较好完成了县十七届人大二次会议确定的任务。"
    found = programs_of(text, gaz, "沅陵县")
    assert "县十七届人大二次会议" in found and "沅陵县第十七届人民代表大会第三次会议" in found


# ---------------------------------------------------------------- “十一五”, “五险一金”, “能人效应”: no programs
# dev4 h62, h64, h69
def test_a_plan_period_a_benefit_package_and_an_effect_are_no_programs(gaz):
    text = ("该县把交通建设作为全县“十一五”发展的战略重点。投入1120万元缴纳当年教师“五险一金”单位负担部分。"
            "通过“能人效应”拉动村级经济。")
    assert programs_of(text, gaz, "慈利县") == {}


def test_a_quoted_working_code_beside_them_is_still_a_program(gaz):
    found = programs_of("该村通过推行“积分制”拉动村级经济。", gaz, "慈利县")
    assert "积分制" in found


# ---------------------------------------------------------------- “A+B+C”的形式: a model, not a manner
# dev4 h62
def test_a_quote_of_three_parts_joined_by_plus_is_a_model_before_a_manner_word(gaz):
    found = programs_of("该村采取“支部+党员+基地+能人+农户”的形式,通过民主选举选拔人才。", gaz, "隆回县")
    assert found["支部+党员+基地+能人+农户"][0] == "mechanism"


def test_a_quote_of_two_parts_before_a_manner_word_stays_a_manner(gaz):
    assert programs_of("该馆以“工业文化+赛事体验”的形式,吸引游客。", gaz, "株洲市") == {}


# ---------------------------------------------------------------- 争创全省、全国…先进市, 力创省级文明单位: drives
# dev4 h61, h64
def test_a_drive_for_an_honour_title_of_a_level_is_a_campaign(gaz):
    text = "7月2日,省农业厅副厅长李志纯率检查组来我市检查争创全省、全国粮食生产先进市准备工作。"
    assert programs_of(text, gaz, "常宁市")["争创全省、全国粮食生产先进市"][0] == "campaign"
    found = programs_of("五是加强交通部门自身建设,杜绝违法违纪案件发生,力创省级文明单位。", gaz, "慈利县")
    assert found["力创省级文明单位"] == ("campaign", "慈利县")


def test_a_drive_without_a_level_or_an_honour_head_is_no_campaign(gaz):
    found = programs_of("该县力争创新发展模式,争创全国一流水平,力创省级先进。", gaz, "慈利县")
    assert not any(name.startswith(("争创", "力创")) for name in found)


# ---------------------------------------------------------------- 开工建设S305东洋渡大桥: named roads and bridges
# dev4 h64
_ROADS = ("开工建设S305东洋渡大桥,完成象市大桥建设。改造油路6公里,开工建设S304线和S306线慈利段,"
          "协助抓好龙阳公路建设,力争启动溪阳公路。")


def test_named_roads_and_bridges_after_a_verb_of_building_are_projects(gaz):
    found = programs_of(_ROADS, gaz, "慈利县")
    for name in ("S305东洋渡大桥", "象市大桥", "S304线", "S306线慈利段", "龙阳公路", "溪阳公路"):
        assert found[name][0] == "project"


def test_roads_named_by_their_ends_grade_or_kind_are_no_projects(gaz):
    text = "建成的龙门至石牛寨二级公路通车,完成长安乡三级公路,完成县到乡镇公路改造30.4公里,新建农村公路。"
    found = programs_of(text, gaz, "慈利县")
    assert not any(name.endswith("公路") for name in found)


# ---------------------------------------------------------------- 该县将…。开工建设…: the paragraph's back reference
# dev4 h64
def test_a_county_back_reference_opening_the_paragraph_runs_its_projects(gaz):
    text = ("慈利县围绕交通工作确定今年要做好五件大事。\n慈利县是我市人口大县、农业大县。\n"
            "今年,该县将重点办好五件大事:一是完成交通建设项目投资。开工建设S305东洋渡大桥,完成象市大桥建设。")
    found = programs_of(text, gaz, "张家界市")
    assert found["S305东洋渡大桥"] == ("project", "慈利县")
    assert found["象市大桥"] == ("project", "慈利县")


def test_a_place_named_after_the_back_reference_still_runs_the_project(gaz):
    text = ("慈利县是我市人口大县。\n今年,该县将重点办好五件大事。桑植县开工建设S305东洋渡大桥。")
    assert programs_of(text, gaz, "张家界市")["S305东洋渡大桥"] == ("project", "桑植县")


# ---------------------------------------------------------------- 把…项目打造成为|精品项目: a goal, not a name
# dev4 h52
def test_a_verb_of_becoming_ends_a_project_name_read_leftwards(gaz):
    text = "确保项目顺利实施,力争把亿利生态文旅小镇项目打造成为精品项目,使之成为岳阳市区的后花园。"
    found = programs_of(text, gaz, "岳阳县")
    assert found == {"亿利生态文旅小镇项目": ("project", "岳阳县")}


# ---------------------------------------------------------------- 出台林长制实施方案: a system's document
# dev4 h65
def test_a_short_system_names_its_implementation_plan(gaz):
    found = programs_of("该区出台林长制实施方案,成立林长制工作委员会。", gaz, "怀化市")
    assert found["林长制实施方案"][0] == "policy_document"
    assert found["林长制"][0] == "mechanism"


def test_a_generic_word_before_an_implementation_plan_names_no_document(gaz):
    assert programs_of("该区出台具体实施方案,成立工作委员会。", gaz, "怀化市") == {}


# ---------------------------------------------------------------- 农业招商及农产品购销签约仪式
# dev4 h60
def test_a_signing_ceremony_of_trades_signs_no_project(gaz):
    text = "开幕式进行了表彰,并举行了农业招商及农产品购销签约仪式,各县区选送的节目精彩上演。"
    assert not any(name.endswith("购销") for name in programs_of(text, gaz, "永州市"))


def test_a_named_agreement_signed_is_still_a_program(gaz):
    found = programs_of("江永县与金荣集团战略合作签约仪式在县城举行。", gaz, "江永县")
    assert found["江永县与金荣集团战略合作"][0] == "project"


def test_a_signing_ceremony_takes_a_trade_joined_by_ji(gaz):
    text = "开幕式进行了表彰,并举行了农业招商及农产品购销签约仪式,各县区选送的节目精彩上演。"
    assert programs_of(text, gaz, "永州市") == {"农业招商及农产品购销签约仪式": ("event", "永州市")}


# ---------------------------------------------------------------- 中国农民丰收节: a festival of all China
# dev4 h60
def test_a_festival_named_for_all_china_is_national(gaz):
    found = programs_of("9月23日是首届“中国农民丰收节”,自此农民也有自己的节日了。", gaz, "永州市")
    assert found["中国农民丰收节"] == ("event", NATIONAL)


def test_a_festival_with_a_bracketed_host_is_not_national(gaz):
    found = programs_of("首届中国(南县)稻虾音乐节在南县开幕。", gaz, "南县")
    assert all(place != NATIONAL for _, place in found.values())


def test_a_quoted_festival_before_a_celebration_names_the_local_event(gaz):
    text = "9月21日,永州首届“中国农民丰收节”庆祝活动在双牌县麻江镇廖家村举行。"
    assert programs_of(text, gaz, "永州市")["中国农民丰收节庆祝活动"] == ("event", "永州市")


# ---------------------------------------------------------------- 《…规划(2018—2022年)》: the period after the title
# dev4 h56
def test_a_title_ending_in_a_document_word_and_its_period_is_a_document(gaz):
    text = "为加快推进县域经济高质量发展,根据《湘潭市县域经济发展规划(2018—2022年)》(潭政办发〔2019〕9号)等要求。"
    found = programs_of(text, gaz, "湘潭市")
    assert found["湘潭市县域经济发展规划(2018—2022年)"] == ("policy_document", "湘潭市")


def test_a_book_with_a_period_is_no_document(gaz):
    assert programs_of("他阅读了《湖南文学作品选(2018—2022年)》一书。", gaz, "湘潭市") == {}


# ---------------------------------------------------------------- 产业项目建设年活动: an unquoted theme year
# dev4 h57
def test_an_unquoted_theme_year_before_huodong_is_a_campaign(gaz):
    found = programs_of("2018年度道县荣获全市产业项目建设年活动二等奖。", gaz, "道县")
    assert found["产业项目建设年"][0] == "campaign"


def test_a_year_before_huodong_that_names_no_theme_is_no_campaign(gaz):
    found = programs_of("今年活动很多,去年活动也不少,全年活动经费充足。", gaz, "道县")
    assert not any(name.endswith("年") for name in found)


# ---------------------------------------------------------------- 关于组织开展X行动的通知: the campaign launched
# dev4 h56
def test_the_campaign_a_notice_launches_is_a_program(gaz):
    found = programs_of("湘潭市人民政府办公室关于组织开展促进县域经济发展八大行动的通知", gaz, "湘潭市")
    assert found["促进县域经济发展八大行动"] == ("campaign", "湘潭市")


def test_a_notice_of_routine_work_launches_no_campaign(gaz):
    found = programs_of("湘潭市人民政府办公室关于做好安全生产工作的通知", gaz, "湘潭市")
    assert all(kind == "policy_document" for kind, _ in found.values())


# ---------------------------------------------------------------- “迎春拔节”: a verb ending in 节 is no festival
# dev4 h59
def test_a_quoted_phrase_ending_in_a_verb_with_jie_is_no_festival(gaz):
    assert programs_of("益阳高新区重点项目建设“迎春拔节”的进度令人欣喜。", gaz, "益阳市") == {}


def test_quoted_festivals_are_still_events(gaz):
    found = programs_of("今年举办了“油菜花节”和“桃花节”,还有“采摘节”。", gaz, "益阳市")
    assert {name for name, (kind, _) in found.items() if kind == "event"} == {"油菜花节", "桃花节", "采摘节"}


# ---------------------------------------------------------------- 主办3版|第十三届中部博览会: an e-paper's page index
# dev4 h70
def test_a_page_number_opens_no_event_name(gaz):
    text = "娄底广播电视中心(市广播电视台)主办3版第十三届中部博览会娄底签约项目12个7版娄底中院公布典型案例"
    found = programs_of(text, gaz, "娄底市")
    assert "第十三届中部博览会" in found and not any("3版" in name for name in found)
