"""Sixth round (met6): rules of the genre for places and metrics found on the third development
set (benchmarks/unseen/dev3, h31–h50). Each rule is tested on its dev3 sentence with a
counter-example the rule must not fire on."""
from __future__ import annotations

from graph.numbers import find_quantities
from graph.pipeline import extract_document
from graph.text import make_document


def metrics_of(text: str, gaz) -> list[tuple[str | None, str, float, str]]:
    ex = extract_document(make_document(text, "t"), gaz)
    return [(m.subject, m.indicator, m.value, m.unit) for m in ex.metrics]


# ---------------------------------------------------------------- 位居…第3、…第4: a list of ranks

RANKS = ("长沙县综合实力更强。荣登全国发展潜力百强县榜首,位居全国百强县投资潜力第3、新型城镇化质量第4、"
         "县域经济基本竞争力第5、绿色发展第5、科技创新第6、工业百强第7,跻身服务业全国10强。")


def test_each_bare_rank_of_a_list_opened_by_a_rank_verb_is_a_rank():
    ranks = [(q.quantity.value, q.quantity.unit) for q in find_quantities(RANKS) if q.quantity.rank]
    assert ranks == [(3, "名"), (4, "名"), (5, "名"), (5, "名"), (6, "名"), (7, "名")]


def test_a_listed_rank_is_the_ranking_of_the_item_named_before_it(gaz):
    found = {(v, i) for _, i, v, u in metrics_of(RANKS, gaz) if u == "名"}
    assert (4, "新型城镇化质量排名") in found and (7, "工业百强排名") in found


def test_ordinals_and_lists_without_a_rank_verb_are_no_ranks():
    assert find_quantities("公布第3、第4批试点名单,推进第5季度工作。") == []
    assert find_quantities("该县工作位居全省前列,入选的第3、第4批试点村名单公布。") == []


# ---------------------------------------------------------------- 按照X的原则: a standard, not the topic

def test_a_body_after_anzhao_is_the_standard_not_the_subject(gaz):
    text = ("株洲县召开大走访动员大会。按照县委常委联镇、县级领导联片、单位联村(社区)、党员干部联户的原则,"
            "该县将全县划分为4级网格,各镇和县直机关单位党员干部每人至少联系10户重点户。")
    found = metrics_of(text, gaz)
    assert [s for s, i, v, u in found if (v, u) == (10, "户")] == ["株洲县"]       # was 县委


def test_a_body_opening_its_clause_stays_the_subject(gaz):
    found = metrics_of("株洲县召开大会。县委组织部今年培训党员干部500人。", gaz)
    # the body, resolved since round 22 to the county written as one before it became 渌口区
    assert [s for s, i, v, u in found if (v, u) == (500, "人")] == ["株洲县委组织部"]


# ---------------------------------------------------------------- a renamed county, as written

def test_a_county_written_by_its_former_name_keeps_it_and_its_whole_county(gaz):
    found = metrics_of("3月16日,株洲县召开大走访动员大会,要求全县党员干部围绕8项重点任务开展走访。", gaz)
    assert [s for s, i, v, u in found if (v, u) == (8, "项")] == ["株洲县"]        # was 渌口区


def test_a_county_written_by_its_current_name_keeps_that(gaz):
    found = metrics_of("3月16日,渌口区召开大走访动员大会,要求全区党员干部围绕8项重点任务开展走访。", gaz)
    assert [s for s, i, v, u in found if (v, u) == (8, "项")] == ["渌口区"]


# ---------------------------------------------------------------- places in a dateline

def places_of(text: str, gaz) -> set[str]:
    return {m.surface for m in extract_document(make_document(text, "t"), gaz).places}


def article_place_of(text: str, gaz) -> str:
    from graph.places import article_places
    doc = make_document(text, "t")
    ex = extract_document(doc, gaz)
    return gaz.entries[article_places(doc, ex.places, gaz)[0]].name


WIRE = ("新华社长沙1月15日电 题:一个湘西小山村的“年终总结”\n新华社记者柳王敏、张澍婧\n"
        "隆冬时节,湘西大山深处。湖南省湘西土家族苗族自治州花垣县梳子山村,阵阵云雾缭绕。")


def test_a_wire_dateline_opening_the_headline_line_is_not_the_headline_place(gaz):
    assert article_place_of(WIRE, gaz) == "湘西土家族苗族自治州"          # was 长沙市


def test_a_place_in_a_dateline_stays_a_place_of_the_text(gaz):
    # the gold README excludes media in datelines, not places: a dateline's place is written in the text
    assert "长沙" in places_of(WIRE, gaz)


def test_a_dateline_place_the_story_speaks_of_stays(gaz):
    text = ("中国溆浦网讯(记者 李纯 通讯员 夏洪云) 3月22日,在全县举办的“春风行动”首场招聘会上,"
            "2000余名求职者到场。我县今年将举办招聘会10场。")
    assert "溆浦" in places_of(text, gaz)


# ---------------------------------------------------------------- ”村支书X: the village speaks

VILLAGE = ("隆冬时节,湘西大山深处。湖南省湘西土家族苗族自治州花垣县梳子山村,阵阵云雾缭绕。\n"
           "“村集体有茶园850亩,委托给茶业公司管理,年底分红17万元;腊制品车间租金收入15万元。”{}说。")


def test_figures_quoted_from_a_village_cadre_are_the_villages(gaz):
    found = metrics_of(VILLAGE.format("村支书龙绍英"), gaz)
    assert {s for s, i, v, u in found if u == "万元"} == {"梳子山村"}        # was the article's place


def test_figures_quoted_from_a_county_cadre_are_not_the_villages(gaz):
    found = metrics_of(VILLAGE.format("县委书记龙绍英"), gaz)
    assert "梳子山村" not in {s for s, i, v, u in found if u == "万元"}


# ---------------------------------------------------------------- 一、…1.9%。…1.9%: a heading's summary

SECTION = ("2020年1-6月岳阳县经济运行的主要特点\n"
           "一、农林牧渔业增加值同比增长1.9%。1-6月,全县农林牧渔业实现增加值24.24亿元,同比增长1.9%。\n"
           "二、规模工业增加值同比增长3.0%,其中园区增加值同比增长6.8%。\n")


def test_a_section_headings_figure_restated_below_is_one_fact(gaz):
    found = [(i, v) for s, i, v, u in metrics_of(SECTION, gaz) if u == "%"]
    assert [v for i, v in found].count(1.9) == 1
    assert ("农林牧渔业实现增加值同比增长", 1.9) in found


def test_a_headings_figure_not_restated_stays_and_loses_its_number(gaz):
    found = [(i, v) for s, i, v, u in metrics_of(SECTION, gaz) if u == "%"]
    assert ("规模工业增加值同比增长", 3.0) in found                       # was 二、规模工业…


def test_a_list_of_sector_numbers_is_no_section_number(gaz):
    found = metrics_of("全县投资稳步增长,一、二、三产业投资完成率达到95%。", gaz)
    assert [i for s, i, v, u in found] == ["一、二、三产业投资完成率"]


# ---------------------------------------------------------------- X县城: the county's seat names the county

def test_a_county_written_before_its_seat_is_a_place_and_places_its_towns(gaz):
    text = "土桥镇位于县城西南部。土桥镇距离芷江县城22公里,森林覆盖率超过70%。"
    assert {"芷江县", "土桥镇"} <= places_of(text, gaz)
    assert {s for s, i, v, u in metrics_of(text, gaz)} == {"土桥镇"}


def test_a_bare_county_short_form_without_support_is_not_a_place(gaz):
    assert "芷江县" not in places_of("土桥镇位于县城西南部,距离芷江县22公里。", gaz)


# ---------------------------------------------------------------- 四大支柱产业: a count of industries

def test_n_da_before_a_class_of_industries_is_a_count_of_them(gaz):
    found = metrics_of("1-6月,岳阳县规模工业企业总产值同比增长4.2%。其中四大支柱产业生物医药、农副产品加工同比分别下降11.9%、3.7%。", gaz)
    assert ("岳阳县", "支柱产业数", 4.0, "个") in found
    found = metrics_of("土桥镇在引导群众发展粮油、香菇、烤烟、生猪、茶叶五大传统特色产业的基础上,引进新型产业项目。", gaz)
    assert [(i, v) for s, i, v, u in found] == [("传统特色产业数", 5.0)]


def test_n_da_in_a_named_campaign_is_wording(gaz):
    found = metrics_of("岳阳县深入推进“四大产业提升”行动,开展三大攻坚战。", gaz)
    assert found == []


# ---------------------------------------------------------------- X县县长Y介绍说: the speaker's body tells

def test_the_body_in_a_speakers_title_is_not_the_subject_of_what_he_tells(gaz):
    text = ("随后,石门县通过连续举办柑橘节做大柑橘产业。石门县县长郭碧勋介绍说,如今,"
            "石门县的柑橘种植面积已达44万亩,年产量40多万吨。")
    found = metrics_of(text, gaz)
    assert [s for s, i, v, u in found if u == "万吨"] == ["石门县"]           # was 石门县政府


def test_a_body_that_acts_stays_the_subject(gaz):
    found = metrics_of("石门县政府今年投入资金3000万元,年产量40多万吨。", gaz)
    assert [s for s, i, v, u in found if u == "万元"] == ["石门县政府"]


# ---------------------------------------------------------------- 5.41万亩获得…认证: a measure and its predicate

def test_a_measure_followed_by_its_predicate_is_the_subjects_and_named_by_it(gaz):
    text = ("目前,石门县44万亩橘园中有35万亩柑橘园获得了无公害食品生产基地认证,其中5.41万亩获得绿色食品基地认证,"
            "12万亩为柑橘标准化生产基地。")
    found = {v: (s, i) for s, i, v, u in metrics_of(text, gaz) if u == "万亩"}
    assert found[5.41] == ("石门县", "获得绿色食品基地认证面积")       # was the "project" 获得绿色食品基地
    assert found[12.0][0] == "石门县" and found[12.0][1].endswith("基地面积")


def test_a_measure_before_a_projects_name_is_still_its_size(gaz):
    found = metrics_of("石门县建成了200亩猕猴桃示范基地。", gaz)
    assert [(s, i) for s, i, v, u in found] == [("猕猴桃示范基地", "面积")]


# ---------------------------------------------------------------- 逾10万元的有1200余户: a class, counted

def test_an_amount_defining_the_class_counted_after_it_is_no_fact(gaz):
    found = metrics_of("石门县共有柑橘种植户9.83万户,其中柑橘年收入逾10万元的有1200余户。", gaz)
    assert [(v, u) for s, i, v, u in found] == [(9.83, "万户"), (1200.0, "户")]


def test_an_amount_followed_by_its_own_noun_stays(gaz):
    found = metrics_of("石门县柑橘年收入逾10万元的农户达到1200余户。", gaz)
    assert (10.0, "万元") in [(v, u) for s, i, v, u in found]


# ---------------------------------------------------------------- 984户3155口人: a village's population

def test_kou_ren_after_households_is_the_population(gaz):
    found = metrics_of("大王寨村辖27个村民小组,984户3155口人,国土面积28.6平方公里。", gaz)
    assert ("大王寨村", "人口", 3155.0, "人") in found                   # was 3155口, 户数


def test_kou_alone_counts_wells(gaz):
    found = metrics_of("花桥社区今年新增饮用水井56口。", gaz)
    assert [(v, u) for s, i, v, u in found] == [(56.0, "口")]


# ---------------------------------------------------------------- 超过50%的村民都有…: a share of a group

def test_a_percentage_of_a_group_named_after_de_is_that_groups_share(gaz):
    found = metrics_of("宁远县清水桥镇李家坪村,超过50%的村民都有自家的房前“小院子”和屋后“菜园子”。", gaz)
    assert found == [("李家坪村", "村民比例", 50.0, "%")]                     # was 超过


def test_a_percentage_named_before_it_keeps_that_name(gaz):
    found = metrics_of("宁远县清水桥镇李家坪村,卫生厕所普及率超过90%的目标提前实现。", gaz)
    assert [i for s, i, v, u in found] == ["卫生厕所普及率"]


# ---------------------------------------------------------------- 长沙经开区: a short city name inside a zone's

def test_a_citys_short_name_glued_into_a_zones_name_is_no_mention_of_the_city(gaz):
    found = places_of("长沙县、长沙经开区获评全省打造内陆地区改革开放高地先进单位。", gaz)
    assert "长沙经开区" in found and "长沙" not in found


def test_a_city_written_in_full_before_its_zone_stays(gaz):
    assert "永州市" in places_of("永州市金洞管理区今年新建道路12公里。", gaz)


# ---------------------------------------------------------------- 黄花综保区: a zone named after a town of the county

def places_with_parents(text: str, gaz) -> dict[str, str]:
    from graph.places import place_records
    ex = extract_document(make_document(text, "t"), gaz)
    return {r["name"]: r["parent"] for r in place_records(ex.places, ex.new_places, gaz)}


def test_a_zone_named_after_a_town_of_the_articles_county_is_a_zone_of_the_county(gaz):
    found = places_with_parents("长沙县今年发展后劲更足。长沙县、长沙经开区、黄花综保区获评全省先进单位。", gaz)
    assert found.get("黄花综保区") == "长沙县"


def test_a_common_word_before_a_zone_suffix_names_no_zone(gaz):
    found = places_with_parents("长沙县今年发展后劲更足。长沙县、开放综保区获评全省先进单位。", gaz)
    assert not any(name.endswith("综保区") for name in found)


# ---------------------------------------------------------------- 连续举办17届: a count of sessions

def test_a_count_of_sessions_held_is_a_figure():
    found = [(q.quantity.value, q.quantity.unit) for q in find_quantities("石门县通过连续举办17届柑橘节,将柑橘产业做大做强。")]
    assert found == [(17, "届")]


def test_a_sessions_or_a_classs_name_is_no_figure():
    assert find_quantities("学习贯彻党的十九届五中全会精神,做好2023届毕业生就业工作,召开第十七届柑橘节。") == []


# ---------------------------------------------------------------- 当天有400多人…: 当天 is the period

def test_dangtian_is_the_period_and_the_verb_phrase_names_the_count(gaz):
    found = extract_document(make_document("溆浦县举办春风行动首场招聘会。据了解,当天有400多人签订了就业意向。", "t"), gaz).metrics
    assert [(m.period, m.indicator) for m in found] == [("当天", "签订了就业意向数")]     # was "", 当天


def test_dangtian_inside_a_word_is_no_period():
    from graph.metrics import find_periods
    assert find_periods("这里的水质相当天然,含矿物质12种。") == []


# ---------------------------------------------------------------- 隔成6个寨子: a verb of division

def test_a_verb_of_division_leaves_the_count_to_the_noun_after(gaz):
    found = metrics_of("花垣县梳子山村,陡峭的山像梳子一样把全村隔成6个寨子。", gaz)
    assert [i for s, i, v, u in found] == ["寨子数"]                        # was 隔成


def test_a_named_count_before_the_number_stays(gaz):
    found = metrics_of("花垣县梳子山村,今年新建产业路6条。", gaz)
    assert [i for s, i, v, u in found] == ["新建产业路"]


# ---------------------------------------------------------------- 10类特殊群体: a count of categories

def test_an_arabic_count_of_categories_is_a_figure():
    found = [(q.quantity.value, q.quantity.unit) for q in find_quantities("重点走访贫困户、留守儿童户、信访户等10类特殊群体。")]
    assert found == [(10, "类")]


def test_a_chinese_count_of_categories_is_wording(gaz):
    assert metrics_of("邵阳县重点推进三类项目建设。", gaz) == []


# ---------------------------------------------------------------- 34万群众: people, in 万人

def test_a_bare_wan_count_of_people_is_in_wan_ren(gaz):
    found = metrics_of("株洲县确保走访覆盖全县34万群众。", gaz)
    assert [(v, u) for s, i, v, u in found] == [(34.0, "万人")]               # was 34 / 万


def test_a_bare_wan_count_of_other_things_keeps_wan(gaz):
    found = metrics_of("株洲县今年种植苗木34万株。", gaz)
    assert [(v, u) for s, i, v, u in found] == [(34.0, "万株")]
    found = metrics_of("株洲县今年回收旧书34万册书。", gaz)
    assert all(u != "万人" for s, i, v, u in found)


# ---------------------------------------------------------------- 共82人的观摩团: a team's size

def test_a_count_of_people_before_a_team_named_after_de_is_the_teams_size(gaz):
    found = metrics_of("湖南省由省领导带队,省直部门和全省高新技术产业开发区主要负责人组成共82人的产业项目观摩团。", gaz)
    assert [i for s, i, v, u in found] == ["产业项目观摩团人数"]
    found = metrics_of("溆浦县举办招聘会,中博利比亚建设集团此次50人的招聘计划一定能完成。", gaz)
    assert [i for s, i, v, u in found] == ["招聘计划人数"]


def test_a_count_of_days_before_a_plan_is_no_teams_size(gaz):
    found = metrics_of("溆浦县今年完成招工培训300人,用100天的时间完成招聘计划。", gaz)
    assert all(not i.endswith("人数") or v == 300 for s, i, v, u in found)
    assert [i for s, i, v, u in found if v == 300] == ["完成招工培训"]


# ---------------------------------------------------------------- 开发出80亩油茶基地: the base's area

def test_a_verb_of_making_before_a_measured_base_leaves_its_dimension(gaz):
    found = metrics_of("芷江县土桥镇大兴田村,在驻村工作队的帮扶下,村里开发出80亩油茶基地。", gaz)
    assert [(s, i) for s, i, v, u in found] == [("油茶基地", "面积")]            # was 村里开发出


def test_a_measure_word_before_a_measured_base_names_it(gaz):
    found = metrics_of("芷江县土桥镇大兴田村,今年扩建面积80亩油茶基地。", gaz)
    assert [(s, i) for s, i, v, u in found] == [("油茶基地", "扩建面积")]


# ---------------------------------------------------------------- 每年有超过40名的村民…: a count of villagers

def test_a_count_of_people_followed_by_de_and_their_group_counts_the_group(gaz):
    found = metrics_of("芷江县土桥镇大兴田村,如今,每年有超过40名的村民在基地从事维护、管培等工作。", gaz)
    assert [i for s, i, v, u in found] == ["村民数"]                              # was 每年


def test_a_yearly_change_keeps_its_words(gaz):
    found = metrics_of("芷江县土桥镇大兴田村,每年增加就业岗位40个。", gaz)
    assert [i for s, i, v, u in found] == ["每年增加就业岗位"]


# ---------------------------------------------------------------- 陕西籍女孩: a place of origin

def test_a_short_form_before_ji_is_a_place_of_origin(gaz):
    assert "陕西" in places_of("溆浦县举办招聘会。20岁的陕西籍女孩张佩佩是中专毕业生。", gaz)   # jieba: 陕西籍


def test_a_short_form_inside_a_longer_word_is_still_no_place(gaz):
    assert "江华" not in places_of("溆浦县举办招聘会,李江华是中专毕业生。", gaz)


# ---------------------------------------------------------------- 由土桥乡、杨公庙乡合并: a town's former townships

MERGER = "土桥镇距离芷江县城22公里,2015年由土桥乡、杨公庙乡建制合并设立而成。"


def test_the_townships_a_town_was_merged_from_are_places_of_its_county(gaz):
    found = places_with_parents(MERGER, gaz)
    assert found.get("土桥乡") == found.get("杨公庙乡") == "芷江侗族自治县"


def test_townships_listed_without_a_merger_are_not_invented(gaz):
    found = places_with_parents("土桥镇距离芷江县城22公里,与土桥乡、杨公庙乡交界。", gaz)
    assert "土桥镇" in found and "杨公庙乡" not in found


# ---------------------------------------------------------------- 大新田村位于土桥镇: a village placed in its town

def test_a_village_placed_in_its_town_by_weiyu_is_a_village_of_that_town(gaz):
    found = places_with_parents("土桥镇距离芷江县城22公里。\n大新田村位于土桥镇西南方向,村里开发出80亩油茶基地。", gaz)
    assert found.get("大新田村") == "土桥镇"


def test_a_reference_or_a_common_noun_placed_by_weiyu_is_no_village(gaz):
    found = places_with_parents("土桥镇距离芷江县城22公里。该村位于土桥镇西南方向,美丽乡村位于土桥镇东部。", gaz)
    assert not any(name.endswith("村") for name in found)


# ---------------------------------------------------------------- 1人获评…人才: people given a title

def test_a_count_of_people_given_a_title_is_named_by_the_title(gaz):
    found = metrics_of("临武县荣获2023年招商引资先进单位,1人获评2023年度郴州市“十大返乡入乡创新创业人才”。", gaz)
    assert [i for s, i, v, u in found] == ["获评郴州市十大返乡入乡创新创业人才人数"]   # was the clause before


def test_a_count_of_things_given_a_title_is_not_a_count_of_people(gaz):
    found = metrics_of("临武县今年新增企业5家,2家获评省级专精特新企业。", gaz)
    assert all(not i.endswith("人数") for s, i, v, u in found)


# ---------------------------------------------------------------- 执行主席由A、B…13位同志担任: the post's holders

def test_a_count_after_the_names_of_a_posts_holders_counts_the_holders(gaz):
    text = ("益阳市五届人大四次会议闭幕。\n本次会议的执行主席由徐云波、胡忠雄、黄进良、何俊峰、孙达良、张群华、袁国军、"
            "谭喜华、刘时贵、王刚强、程道峰、李志宏、熊勇军13位同志担任。")
    assert [i for s, i, v, u in metrics_of(text, gaz)] == ["执行主席人数"]         # was the names


def test_a_count_after_a_list_of_places_is_not_a_posts_holders(gaz):
    found = metrics_of("益阳市今年新建项目由赫山区、资阳区、桃江县等承担,投资12亿元。", gaz)
    assert all(not i.endswith("人数") for s, i, v, u in found)


# ---------------------------------------------------------------- 围绕8项重点任务: a count as the object of 围绕

def test_a_count_after_weirao_is_named_by_the_noun_after_it(gaz):
    found = metrics_of("3月16日,株洲县召开大走访动员大会,要求全县党员干部围绕8项重点任务开展走访。", gaz)
    assert [i for s, i, v, u in found] == ["重点任务数"]                      # was 党员干部围绕


def test_a_count_after_another_verb_keeps_the_verb(gaz):
    # round 12 (cross-set): a count written before its noun is named by the verb and that noun
    # (完成8项重点任务 -> 完成重点任务数), not by the words before alone: 13 gold facts of four
    # development sets were named so; only the verbs of framing (围绕) drop the verb
    found = metrics_of("3月16日,株洲县召开大会,全县党员干部完成8项重点任务。", gaz)
    assert [i for s, i, v, u in found] == ["完成重点任务数"]


# ---------------------------------------------------------------- X局门前: where, not who

def test_a_body_named_as_the_place_where_people_gather_is_not_their_subject(gaz):
    text = ("中国溆浦网讯 3月22日,在全县举办的春风行动首场招聘会上,求职者络绎不绝。\n"
            "当天,县劳动保障局、就业局门前人头攒动,来自各乡镇的返乡农民工近2000余人,一早就赶到招聘会现场。")
    assert [s for s, i, v, u in metrics_of(text, gaz)] == ["溆浦县"]          # was 溆浦县劳动保障局


def test_a_body_that_acts_keeps_its_figures(gaz):
    text = ("中国溆浦网讯 3月22日,在全县举办的春风行动首场招聘会上,求职者络绎不绝。\n"
            "当天,县劳动保障局组织返乡农民工近2000余人参加培训。")
    assert [s for s, i, v, u in metrics_of(text, gaz)] == ["溆浦县劳动保障局"]


# ---------------------------------------------------------------- 一、二、三产业投资占比…7.4:49.5:43.1

def test_the_parts_of_a_ratio_of_the_three_sectors_written_as_a_list_are_named_by_sector(gaz):
    found = metrics_of("1-6月,岳阳县固定资产投资同比下降19.4%,其中一、二、三产业投资占比分别为7.4:49.5:43.1。", gaz)
    assert [i for s, i, v, u in found][1:] == ["第一产业投资占比", "第二产业投资占比", "第三产业投资占比"]


def test_a_ratio_of_other_parts_keeps_its_name(gaz):
    found = metrics_of("岳阳县城乡居民收入比为2.1:1。", gaz)
    assert all("产业" not in i for s, i, v, u in found)
