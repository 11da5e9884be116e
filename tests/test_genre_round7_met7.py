"""Seventh round (met7): rules of the genre found on the fourth development set
(benchmarks/unseen/dev4, h51–h70) for metric subjects, values and places. Each rule is tested on
its dev4 sentence with a counter-example it must not fire on."""
from __future__ import annotations

from graph.pipeline import extract_document
from graph.text import make_document


def metrics_of(text: str, gaz) -> list[tuple[str | None, str, float, str]]:
    ex = extract_document(make_document(text, "t"), gaz)
    return [(m.subject, m.indicator, m.value, m.unit) for m in ex.metrics]


def subjects_of(text: str, gaz) -> dict[float, str | None]:
    return {value: subject for subject, _, value, _ in metrics_of(text, gaz)}


# ---------------------------------------------------------------- 全区 after a zone written X高新区

def test_the_whole_zone_is_the_zone_written_with_a_word_ending_in_qu(gaz):
    text = ("益阳市推进重点项目建设。益阳高新区加入“国家队”11年来,始终充当着益阳经济发展的“火车头”。\n"
            "全区2021年完成规模工业总产值937.4亿元,同比增长9.4%。")            # dev4 h59
    found = subjects_of(text, gaz)
    assert found[937.4] == found[9.4] == "湖南益阳高新技术产业园区"          # was 益阳市


def test_an_industrial_park_written_yuanqu_is_not_the_whole_district(gaz):
    text = "雨花区推进重点项目建设。长沙环保科技产业园区加快发展。\n全区2021年完成规模工业总产值937.4亿元。"
    assert subjects_of(text, gaz)[937.4] == "雨花区"


# ---------------------------------------------------------------- X是…的Y: a copula, not a 的-modifier

def test_a_place_before_a_copula_is_the_topic_not_a_modifier(gaz):
    text = "岳阳市是湖南的省域副中心,重要的经济城市,下辖3个区、4个县,常住人口为505.19万人。"   # dev4 h66
    assert {subject for subject, *_ in metrics_of(text, gaz)} == {"岳阳市"}       # was 湖南省域副中心


def test_a_place_inside_a_de_modifier_still_gives_way_to_its_head(gaz):
    assert subjects_of("湘阴县新建的岳阳县第一中学占地面积200亩。", gaz)[200.0] == "岳阳县第一中学"


# ---------------------------------------------------------------- 是全市…的县: the set, not the subject

def test_the_whole_city_after_a_copula_is_a_yardstick(gaz):
    text = ("今年以来,怀化市洪江区全面推行“林长制+”。\n"
            "至今,全区未发生一起森林火灾,也是全市连续13年未发生森林火灾的县(市、区)。")   # dev4 h65
    assert subjects_of(text, gaz)[13.0] == "怀化市洪江管理区"          # was 怀化市


def test_the_whole_city_opening_its_clause_is_still_the_city(gaz):
    text = "今年以来,怀化市洪江区全面推行“林长制+”。\n全市连续13年未发生森林火灾。"
    assert subjects_of(text, gaz)[13.0] == "怀化市"


# ---------------------------------------------------------------- 完成X市…任务: the task's owner is an object

def test_a_place_after_a_verb_of_carrying_out_is_not_the_topic(gaz):
    text = ("今年以来,怀化市洪江区全面推行“林长制+”。\n至今,全区未发生一起森林火灾;"
            "全面完成怀化市创建国家森林城市建设任务;新建2个乡村休闲公园和1处古树名木公园。")   # dev4 h65
    found = subjects_of(text, gaz)
    assert found[2.0] == found[1.0] == "怀化市洪江管理区"          # was 怀化市


def test_a_place_opening_its_clause_before_the_verb_stays_the_topic(gaz):
    text = "今年以来,怀化市洪江区全面推行“林长制+”。\n怀化市全面完成创建任务;新建2个乡村休闲公园。"
    assert subjects_of(text, gaz)[2.0] == "怀化市"


# ---------------------------------------------------------------- 平方千米 = 平方公里

def test_square_kilometres_written_qianmi_are_an_area(gaz):
    found = metrics_of("岳阳市下辖3个区,面积14858平方千米。", gaz)       # dev4 h66
    assert ("岳阳市", "面积", 14858.0, "平方千米") in found


def test_kilometres_alone_stay_a_length(gaz):
    assert metrics_of("该路段全长14.8千米。", gaz)[0][2:] == (14.8, "千米")


# ---------------------------------------------------------------- a zone written by its class word alone

def places_of(text: str, gaz) -> list[tuple[str, str]]:
    ex = extract_document(make_document(text, "t"), gaz)
    return [(p.surface, p.key) for p in ex.places]


def test_a_bare_zone_word_is_the_zone_of_that_class_named_before_or_of_the_city(gaz):
    text = ("岳阳市是湖南的省域副中心。岳阳楼区和经开区的财政收入在1-10月分别为9.70亿和8.0亿。"
            "临湘市(7.61亿)、城陵矶新港区(7.42亿)的财政收入位居岳阳市中游。其中新港区的增长达到52.5%。")   # dev4 h66
    found = places_of(text, gaz)
    assert ("经开区", "430600/经开区") in found
    assert ("新港区", "430600/城陵矶新港区") in found
    assert subjects_of(text, gaz)[52.5] == "新港区"          # was 临湘市


def test_the_city_opening_a_listed_zone_distributes_over_the_bare_one(gaz):
    text = "湘潭市召开会议,湘潭高新区、经开区和昭山示范区管委会负责人参加。"          # dev4 h56
    assert ("湘潭经开区", "430300/湘潭经开区") in places_of(text, gaz)


def test_a_bare_zone_joined_to_its_own_city_or_inside_a_word_is_no_mention(gaz):
    text = "邵阳经开区加快建设。邵阳市及经开区相关职能部门第一时间为车辆办理通行证,该开发区企业复工。"
    assert [s for s, _ in places_of(text, gaz) if s.endswith("经开区")] == ["邵阳经开区"]


# ---------------------------------------------------------------- 增长-3.0%: a negative rate

def test_a_minus_sign_after_a_word_makes_a_rate_negative(gaz):
    text = "湘阴县1-10月的财政收入为22.73亿,增长-3.0%。"          # dev4 h66
    assert ("湘阴县", "财政收入增长", -3.0, "%") in metrics_of(text, gaz)


def test_a_minus_sign_repeating_a_decline_or_joining_a_range_is_no_sign(gaz):
    from graph.numbers import find_quantities
    found = metrics_of("第三产业增加值64.55亿元,同比下降-1.4%。", gaz)       # dev3 h46: gold 1.4
    assert found[-1][2:] == (1.4, "%")
    assert [q.quantity.value for q in find_quantities("增幅为1-5%")] == [1.0]


# ---------------------------------------------------------------- 我市 + its towns listed 等乡镇

H61 = ("7月2日,省农业厅副厅长李志纯率检查组来我市检查准备工作。李志纯一行在衡阳市农业局相关领导及我市农业局负责人的"
       "陪同下深入宜潭、蓬塘、柏坊、三角塘、庙前、白沙等乡镇的田间地头检查指导。\n"
       "我市现有耕地面积75.39万亩,其中水田面积63.39万亩。")                              # dev4 h61


def test_towns_said_to_be_towns_are_the_towns_of_the_one_county_they_fit(gaz):
    found = dict(places_of(H61, gaz))
    assert {found.get(s) for s in ("蓬塘", "柏坊", "三角塘", "庙前", "白沙")} == \
        {"430482/蓬塘乡", "430482/柏坊镇", "430482/三角塘镇", "430482/庙前镇", "430482/白沙镇"}


def test_a_list_not_said_to_be_towns_is_not_read_as_towns(gaz):
    unsaid = H61.replace("等乡镇", "等地")
    assert not {s for s, _ in places_of(unsaid, gaz)} & {"蓬塘", "柏坊", "庙前"}


def test_a_paper_speaking_as_we_of_a_county_whose_towns_it_lists_is_that_county(gaz):
    assert "430482" in dict(places_of(H61, gaz)).values()             # 常宁市, implied by 我市
    assert subjects_of(H61, gaz)[75.39] == "常宁市"                      # was 衡阳市


def test_without_a_paper_speaking_as_we_the_listed_towns_name_no_home(gaz):
    unspoken = H61.replace("我市", "全市")
    assert "430482" not in dict(places_of(unspoken, gaz)).values()
    assert subjects_of(unspoken, gaz)[75.39] == "衡阳市"


# ---------------------------------------------------------------- 距X42公里: X is where the distance is from

def test_the_place_a_distance_is_measured_from_is_not_the_subject(gaz):
    text = "灵官殿镇位于邵东市南部。改革开放以来,先后历经两次乡镇合并,总面积154.87平方公里,距邵东城区42公里。"  # dev4 h55
    assert subjects_of(text, gaz)[42.0] == "灵官殿镇"          # was 邵东市


def test_a_place_opening_the_clause_of_a_distance_stays_its_subject(gaz):
    assert subjects_of("邵东市位于湖南中部,距长沙市200公里。", gaz)[200.0] == "邵东市"


# ---------------------------------------------------------------- 高于全国、全省: both yardsticks

def test_a_whole_unit_listed_after_a_yardstick_is_a_yardstick(gaz):
    text = "今年1-5月,株洲市规模工业增加值同比增长10.8%,分别高于全国、全省4.5和2.7个百分点。"   # dev4 h68
    assert subjects_of(text, gaz)[2.7] == "株洲市"               # was 湖南省


def test_a_whole_unit_opening_its_clause_stays_a_subject(gaz):
    text = "今年,株洲市新增企业270家,高于全国、全省平均水平;全省新增企业3000家。"
    assert subjects_of(text, gaz)[3000.0] == "湖南省"


# ---------------------------------------------------------------- X发布数据显示: the teller

def test_a_body_whose_data_show_the_figures_only_tells_them(gaz):
    text = "6月20日,株洲市统计局发布数据显示,今年1-5月,全市规模工业增加值同比增长10.8%,居全省第一。"   # dev4 h68
    assert set(subjects_of(text, gaz).values()) == {"株洲市"}          # the rank was 株洲市统计局's


def test_a_body_that_publishes_something_else_stays_a_subject(gaz):
    text = "株洲市统计局发布数据手册3000册。"
    assert subjects_of(text, gaz)[3000.0] == "株洲市统计局"


# ---------------------------------------------------------------- 4.5和2.7个百分点: a shared unit

def test_a_bare_number_joined_to_a_figure_shares_its_unit(gaz):
    from graph.numbers import find_quantities
    found = find_quantities("分别高于全国、全省4.5和2.7个百分点")                    # dev4 h68
    assert [(q.quantity.value, q.quantity.unit) for q in found] == [(4.5, "个百分点"), (2.7, "个百分点")]


def test_years_dates_and_ranks_share_no_unit(gaz):
    from graph.numbers import find_quantities
    assert find_quantities("2020和2021年") == []
    assert [q.quantity.value for q in find_quantities("1月和3天")] == [3.0]


# ---------------------------------------------------------------- 分别为x和y,增长为p和q: carried over

def test_a_clause_after_a_fenbie_group_distributes_over_the_same_places(gaz):
    text = "岳阳市是湖南的省域副中心。岳阳楼区和经开区的财政收入在1-10月分别为9.70亿和8.0亿,增长为17.1%和21.0%。"  # dev4 h66
    found = subjects_of(text, gaz)
    assert (found[17.1], found[21.0]) == ("岳阳楼区", "经开区")          # 21.0% was 岳阳楼区's


def test_a_pair_of_figures_after_no_fenbie_group_is_not_distributed(gaz):
    text = "岳阳市是湖南的省域副中心。岳阳楼区和经开区的财政收入在1-10月为9.70亿,增长为17.1%和21.0%。"
    found = subjects_of(text, gaz)
    assert found[17.1] == found[21.0]


# ---------------------------------------------------------------- N万元用于X;N万元用于Y: two uses

H69 = ("岳阳县加大教育投入。\n从2014年起,县财政连续5年每年投入3000万元,1500万元用于化解教育债务;"
       "1500万元用于改造校舍危房和化解“大班额”问题。")                                   # dev4 h69


def test_the_same_amount_for_another_use_is_another_fact(gaz):
    found = [(i, v) for _, i, v, u in metrics_of(H69, gaz) if v == 1500.0]
    assert len(found) == 2                                               # the second was dropped
    assert ("用于改造校舍危房和化解大班额问题", 1500.0) in found


def test_an_amount_said_again_without_a_use_is_still_one_fact(gaz):
    text = "岳阳县加大教育投入。\n县财政每年投入1500万元化解教育债务;\n1500万元的投入让学校焕然一新。"
    assert [v for _, _, v, _ in metrics_of(text, gaz)].count(1500.0) == 1


# ---------------------------------------------------------------- X(7.61亿)、Y(7.54亿)四地的财政收入

def test_bracketed_figures_of_a_list_are_named_by_what_is_said_of_the_list(gaz):
    text = "临湘市(7.61亿)、岳阳县(7.54亿)、华容县(6.50亿)三地的财政收入位居岳阳市中游。"   # dev4 h66
    found = metrics_of(text, gaz)
    assert [(s, i) for s, i, _, _ in found] == [("临湘市", "财政收入"), ("岳阳县", "财政收入"), ("华容县", "财政收入")]


def test_a_bracket_holding_more_than_a_figure_keeps_its_indicator(gaz):
    text = "临湘市新增企业(共120家)、岳阳县新增企业95家。"
    assert "财政收入" not in {i for _, i, _, _ in metrics_of(text, gaz)}
    assert metrics_of(text, gaz)[0][1] != ""


# ---------------------------------------------------------------- 横排村有1200多人: population

def test_people_a_place_has_are_its_population(gaz):
    text = "隆回县麻塘山乡横排村大力发展金银花。\n横排村有1200多人,7个组,虽地处偏僻,但山青水秀。"   # dev4 h62
    assert ("横排村", "人口", 1200.0, "人") in metrics_of(text, gaz)


def test_people_counted_as_doing_something_or_as_part_are_not_a_population(gaz):
    found = metrics_of("长沙县举办招聘会。目前已有500人报名,其中有200人,来自外省。", gaz)
    assert "人口" not in {i for _, i, _, _ in found}


# ---------------------------------------------------------------- ”9月27日,X村党支部书记Y说: dated speaker

H62 = ("隆回:“能人效应”激活村集体经济\n“以前我村集体经济薄弱。今年可好了,我们村两委耕种了村民摞荒耕地,"
       "种植金银花150多亩,实现了村级集体经济‘零’的突破。”9月27日,隆回县麻塘山乡横排村党支部书记周石云"
       "与驻村工作队一起在苗圃基地交流。")                                                  # dev4 h62


def test_a_quote_closed_by_its_day_and_a_village_cell_speaks_for_the_village(gaz):
    assert subjects_of(H62, gaz)[150.0] == "横排村"                     # was 隆回县


def test_a_quote_closed_by_a_day_and_no_speaker_keeps_the_article_place(gaz):
    text = H62.replace("隆回县麻塘山乡横排村党支部书记周石云与驻村工作队一起", "大家")
    assert subjects_of(text, gaz)[150.0] == "隆回县"


# ---------------------------------------------------------------- 68所民办普惠性幼儿园: a counted class

def test_a_body_written_after_a_count_of_it_is_no_topic(gaz):
    text = ("岳阳县加快发展学前教育。\n县本级投入3680万元,新建20所乡镇公办中心幼儿园、68所民办普惠性幼儿园,"
            "解决了入园难问题。其中,先后投入2500万元,按照省级示范园标准建成县中心幼儿园。")        # dev4 h69
    assert subjects_of(text, gaz)[2500.0] == "岳阳县"                  # was 民办普惠性幼儿园


def test_a_body_opening_its_clause_stays_a_topic(gaz):
    text = "岳阳县加快发展学前教育。\n岳阳县第一中学投入2500万元建成教学楼。"
    assert subjects_of(text, gaz)[2500.0] == "岳阳县第一中学"


# ---------------------------------------------------------------- 投入207万元发放…津贴: named by the purpose

def test_an_amount_named_only_by_spending_is_named_by_its_purpose(gaz):
    text = "岳阳县提高教师待遇。\n投入207万元发放边远山区教师岗位津贴;投资390万元改造6500亩南竹低产林。"   # dev4 h69, h65
    found = {v: i for _, i, v, _ in metrics_of(text, gaz)}
    assert found[207.0] == "发放边远山区教师岗位津贴投入"               # was 投入
    assert found[390.0] == "改造南竹低产林投资"


def test_an_amount_named_by_more_than_spending_or_without_purpose_keeps_its_name(gaz):
    text = "岳阳县提高教师待遇。\n县财政今年累计投入207万元,建设教师公租房。"
    assert {v: i for _, i, v, _ in metrics_of(text, gaz)}[207.0] != "建设教师公租房投入"


# ---------------------------------------------------------------- 3个重大科技创新项目 ≠ 3个重大产品创新项目

H57 = ("道县推动县域经济高质量发展。\n“5个10”工程进展较好,6个重大产业项目完成投资10.96亿元;"
       "3个重大科技创新项目完成投资1.25亿元,占年度计划的60.1%;3个重大产品创新项目完成投资0.66亿元。")  # dev4 h57


def test_two_sets_named_by_different_projects_are_two_counts(gaz):
    assert [v for _, _, v, _ in metrics_of(H57, gaz)].count(3.0) == 2      # the second was a "repeat"


def test_the_same_set_named_again_is_one_count(gaz):
    text = H57.replace("3个重大产品创新项目完成投资0.66亿元", "3个重大科技创新项目进展顺利")
    assert [v for _, _, v, _ in metrics_of(text, gaz)].count(3.0) == 1


# ---------------------------------------------------------------- 现辖41个村, 下辖3个区、4个县

def test_counts_after_a_verb_of_governing_are_named_by_the_units_governed(gaz):
    found = metrics_of("灵官殿镇交通便利。\n全镇现辖41个村1个社区,村民小组537个。", gaz)     # dev4 h55
    assert ("灵官殿镇", "现辖村数", 41.0, "个") in found                  # was 现辖
    found = metrics_of("岳阳市是湖南的省域副中心,下辖3个区、4个县、4个功能区,代管2个县级市。", gaz)  # dev4 h66
    assert [i for _, i, _, _ in found] == ["下辖区数", "下辖县数", "功能区数", "代管县级市数"]


def test_a_count_named_by_other_words_keeps_its_name(gaz):
    found = metrics_of("灵官殿镇交通便利。\n全镇新建41个村级活动中心。", gaz)
    assert found[0][1] != "现辖村数" and "辖" not in found[0][1]


# ---------------------------------------------------------------- 地处祁阳、邵阳、衡阳“三阳”交界处

def test_short_forms_listed_as_neighbours_at_a_border_are_places(gaz):
    text = "灵官殿镇位于邵东市南部,地处祁阳、邵阳、衡阳“三阳”交界处,四面环山。"          # dev4 h55
    assert ("祁阳", "431121") in places_of(text, gaz)


def test_a_county_short_form_without_a_border_needs_support(gaz):
    text = "灵官殿镇位于邵东市南部,祁阳、邵阳、衡阳的客商常来。"
    assert ("祁阳", "431121") not in places_of(text, gaz)
