"""graph.metrics, fourth round: subjects of figures in number-rich articles nobody tuned for
(fresh county work reports, project-progress, village collective-economy and social-program items
of a helper's set, newarts4/met4, not kept in the repository: the sentences are quoted here).
Each rule has the real sentence it was made for and a counter-example it must not fire on; the
whole pipeline runs on each snippet (real place, organisation, person and program extractors)."""
from __future__ import annotations

from graph.metrics import find_periods
from graph.numbers import find_quantities, parse_quantity
from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- A、B、C…分别为x、y、z: one place per figure

PROGRESS = ("湖南省重点建设项目进展顺利\n"
            "记者9月19日从省发改委了解到,2019年全省重点建设项目共计196个,总投资9758.9亿元。"
            "从市州来看,娄底、邵阳、永州完成投资情况较好,分别为79.49%、75.34%、75.30%。\n")


def test_respective_figures_go_to_the_listed_places_in_order(gaz):
    # newarts4/met4 03 (hunan.gov.cn 2019-09-20): each rate is its own city's, not all 娄底's
    got = _metrics(gaz, PROGRESS)
    assert [_one(got, v, "%").subject for v in (79.49, 75.34, 75.3)] == ["娄底市", "邵阳市", "永州市"]


def test_listed_partners_after_与_are_no_subjects(gaz):
    # counter-example: 与A、B分别实现… names the partners; the figures stay the zone's
    text = ("株洲经开区积极融入长株潭一体化。该区与雨花区、浏阳市分别实现39个、66个事项跨市通办。\n")
    got = _metrics(gaz, text)
    assert {_one(got, v, "个").subject for v in (39, 66)} == {"株洲经开区"}


def test_list_of_another_length_is_not_distributed(gaz):
    # counter-example: two places, three figures: no item-by-item reading
    text = ("湖南省重点建设项目进展顺利\n"
            "从市州来看,娄底、邵阳完成投资情况较好,分别为79.49%、75.34%、75.30%。\n")
    got = _metrics(gaz, text)
    assert _one(got, 75.34, "%").subject != "邵阳市"


# ---------------------------------------------------------------- a venue is not the article's subject

MINZHENG = ("5年发放社会救助金481.7亿元\n"
            "湖南民政亮出民生“成绩单”\n"
            "12月17日,“奋斗为民 幸福‘湘’见——湖南民政这五年”新闻发布会在长沙召开,介绍了近5年来湖南民政"
            "在救助保障、“一老一小”、社会事务等民生领域的工作。\n"
            "相比2020年初,城乡低保平均标准分别提高到703元每月、515元每月,增长19.56%、23.44%。\n"
            "围绕农村县乡村三级养老服务网络和城市15分钟养老服务圈建设,累计投入5亿元,撬动社会资本投资10余亿元,"
            "建成各类养老机构和设施3.12万个、床位34.81万张。\n")


def test_figures_of_a_press_conference_held_in_the_capital_are_the_provinces(gaz):
    # newarts4/met4 06 (三湘都市报 2024-12-18): 长沙 is only where the figures were announced
    got = _metrics(gaz, MINZHENG)
    for value, unit in ((703, "元"), (5, "亿元"), (3.12, "万个"), (34.81, "万张")):
        assert _one(got, value, unit).subject == "湖南省", (value, _one(got, value, unit).subject)


def test_venue_also_written_as_a_place_of_its_own_stays_the_subject(gaz):
    # counter-example: 长沙 is the venue and the place the figures are about (全市 … 长沙市)
    text = ("全市经济工作会议在长沙召开\n"
            "12月20日,全市经济工作会议在长沙召开。今年以来,长沙市经济运行稳中向好。"
            "建成各类养老机构和设施3120个、床位3.48万张。\n")
    got = _metrics(gaz, text)
    assert _one(got, 3.48, "万张").subject == "长沙市"


# ---------------------------------------------------------------- “我们X…” in quoted speech: the speaker's X

BAOJING = ("“经过大家过去一年的努力,我们村集体经济合作社今年种植高粱收入106万元,其中78万元作为收益分红。”"
           "湖南湘西州保靖县吕洞山镇排捧村党支部书记龙长金激动地公布这一消息,30余名村民在村部共享村集体经济丰收喜悦。\n")


def test_our_body_in_a_quote_is_the_speakers(gaz):
    # newarts4/met4 04 (人民网湖南频道 2024-01-20): the village party secretary speaks for 排捧村
    got = _metrics(gaz, BAOJING)
    assert _one(got, 106, "万元").subject == "排捧村"
    assert _one(got, 78, "万元").subject == "排捧村"


def test_a_body_named_without_we_keeps_its_figures(gaz):
    # counter-example: the same quote naming the cooperative without 我们 keeps it as the subject
    text = BAOJING.replace("我们村集体经济合作社", "桃坪生态农业专业合作社")
    got = _metrics(gaz, text)
    assert _one(got, 106, "万元").subject != "排捧村"


# ---------------------------------------------------------------- 村集体 figures: a village of the same paragraph

WANMIPO = ("湖南湘西州保靖县吕洞山镇排捧村30余名村民在村部共享村集体经济丰收喜悦。\n"
           "一家好不叫好,大家好才是好。碗米坡镇积极探索农副产品统一销售模式,2023年9月成立农产品销售公司,"
           "由辖区10个村村集体合资注册而成。\n"
           "该镇党委书记雷代刚介绍:公司打通“线上”渠道,经营性收入已达140余万元,为村集体增加40余万元纯利润。\n")


def test_collective_figure_does_not_reach_a_village_of_an_earlier_paragraph(gaz):
    # newarts4/met4 04: the 碗米坡镇 company's profit for its villages is not 排捧村's (two paragraphs up)
    got = _metrics(gaz, WANMIPO)
    assert _one(got, 40, "万元").subject != "排捧村"


def test_collective_figure_takes_the_village_of_its_paragraph(gaz):
    # counter-example: the village written in the same paragraph stays the subject
    text = WANMIPO.replace("一家好不叫好,大家好才是好。碗米坡镇", "一家好不叫好。排捧村")
    got = _metrics(gaz, text.replace("由辖区10个村村集体合资注册而成。\n", "由辖区10个村村集体合资注册而成。"))
    assert _one(got, 40, "万元").subject == "排捧村"


# ---------------------------------------------------------------- 城、乡X分别为a、b: one-character items share X

YUANLING = ("全年预计实现地区生产总值170.98亿元,增长8%;社会消费品零售总额65.94亿元,增长10.8%;"
            "城、乡居民人均可支配收入分别为22694元、9527元,增长8.5%、11%。\n")


def test_one_character_items_share_the_rest_of_the_last_item(gaz):
    # newarts4/met4 01 (沅陵县政府工作报告 2018): the urban figure is 城居民人均可支配收入, not 城
    got = _metrics(gaz, YUANLING)
    assert _one(got, 22694, "元").indicator == "城居民人均可支配收入"
    assert _one(got, 9527, "元").indicator == "乡居民人均可支配收入"


def test_two_character_items_keep_the_shared_ending_rule(gaz):
    # counter-example: items of two characters or more are not cut that way
    text = "政府投资项目、重点项目投资完成率分别为29.7%和32.9%。\n"
    got = _metrics(gaz, text)
    assert _one(got, 29.7, "%").indicator == "政府投资项目投资完成率"


# ---------------------------------------------------------------- N分钟…圈 is a name


def test_a_minutes_circle_is_no_figure(gaz):
    # newarts4/met4 06: 15分钟养老服务圈 names the programme; the 5亿元 is the figure
    got = _metrics(gaz, MINZHENG)
    assert not [m for m in got if m.unit == "分钟"]
    assert _one(got, 5, "亿元")


def test_a_duration_that_is_measured_stays(gaz):
    # counter-example: a measured time (群众办事平均等候15分钟) is a figure
    text = "长沙市政务服务中心推行“一件事一次办”,群众办事平均等候时间缩短至15分钟。\n"
    got = _metrics(gaz, text)
    assert _one(got, 15, "分钟")


# ---------------------------------------------------------------- "5年来," opening a clause is a period


def test_years_since_opening_a_clause_is_a_period(gaz):
    # newarts4/met4 06: "5年来,全省累计…481.7亿元" — 5年来 dates the figure, it is not one
    got = _metrics(gaz, MINZHENG + "5年来,全省累计为困难群众发放社会救助资金481.7亿元。\n")
    assert not [m for m in got if m.unit == "年"]
    assert _one(got, 481.7, "亿元").period == "5年来"


def test_years_inside_a_clause_stay_a_figure(gaz):
    # counter-example: a count of years inside its clause (连续5年来…) is not moved to the periods
    assert find_periods("该县连续5年来获评先进县")[:1] != [(4, 7, "5年来")]
    assert find_periods("5年来,全省累计") == [(0, 3, "5年来")]


# ---------------------------------------------------------------- rates (元/斤, 元/月) and 万人口


def test_a_price_per_unit_keeps_its_rate_unit():
    # newarts4/met4 09 (红网 2025-01-16): 批发价约5元/斤 is a price per jin, not 5 yuan
    got = [(q.quantity.value, q.quantity.unit) for q in find_quantities("批发价约5元/斤,若按零售价格8元/斤计算")]
    assert got == [(5.0, "元/斤"), (8.0, "元/斤")]
    assert parse_quantity("703元/月").unit == "元/月"


def test_an_amount_followed_by_a_slash_of_another_kind_stays_money():
    # counter-example: a slash that starts no listed rate (5元/次数不限) leaves the amount in 元
    got = [(q.quantity.value, q.quantity.unit) for q in find_quantities("收费5元/次数不限")]
    assert got == [(5.0, "元")]


def test_wan_before_renkou_is_the_magnitude_of_a_population(gaz):
    # newarts4/met4 09: 28万人口 is 28 万 of population, not 28 万人 followed by 口
    got = _metrics(gaz, "湖南省衡山县人口43万,其中28万人口居住在农村,是名副其实的农业县。\n")
    m = _one(got, 28)
    assert (m.unit, m.indicator.startswith("人口")) == ("万", True), (m.unit, m.indicator)


def test_wan_ren_without_kou_stays_people():
    # counter-example: 惠及1万多人 is 1 万人
    assert [(q.quantity.value, q.quantity.unit) for q in find_quantities("惠及两个村1万多人。")][-1] == (1.0, "万人")


# ---------------------------------------------------------------- 另有/还有 are light verbs

CHANGSHA = ("红网长沙4月14日讯(潇湘晨报记者 斯茅庚)“今年一季度新建项目基本按计划开工建设,另有97个重大项目提前开工。”"
            "4月13日,长沙市政府召开一季度重大项目建设讲评会。\n")


def test_another_n_takes_the_noun_after_the_number(gaz):
    # newarts4/met4 07 (红网 2017-04-14): 另有97个重大项目提前开工 counts 重大项目, not "另有"
    got = _metrics(gaz, CHANGSHA)
    assert _one(got, 97, "个").indicator.startswith("重大项目")


def test_an_activity_verb_stays_the_indicator(gaz):
    # counter-example: a verb saying what was done (新开工) is kept
    got = _metrics(gaz, CHANGSHA.replace("另有97个", "新开工97个"))
    assert _one(got, 97, "个").indicator.startswith("新开工")


def test_collective_figure_keeps_the_village_of_an_earlier_paragraph_when_no_town_follows(gaz):
    # counter-example (newarts2/anc2 03, 岳阳 双龙村): the village named a paragraph before stays,
    # no town or county named after it
    text = ("大年初六,正在萝卜地里忙活的湖南省岳阳市湘阴县石塘镇双龙村村民张艳辉,就往村部会议室跑。\n"
            "利用集体经济发展基金,依托返乡能人创办的农业科技公司,双龙村按照“党支部+公司+村集体经济合作社+农户”"
            "的运营模式,打造优质黄土白萝卜种植基地。\n"
            "“去年,300亩萝卜基地迎来丰收,亩产突破6000斤。”农业科技公司负责人杨柳说,光分红一项,"
            "就给村集体经济带来3.5万元收入。\n")
    got = _metrics(gaz, text)
    assert _one(got, 3.5, "万元").subject == "双龙村"


# ---------------------------------------------------------------- the same figure again in a paragraph

EMPLOYMENT = ("潇湘晨报2月4日报道 2月3日,湖南省人社厅介绍,今年湖南全省就业创业总体目标已经设定,城镇新增就业70万人,"
              "城镇登记失业率控制在4.5%以内,新增农村劳动力转移就业50万人;新增创业主体30万个,带动城乡就业50万人。\n")


def test_same_figure_of_another_indicator_in_a_paragraph_is_another_fact(gaz):
    # newarts4/met4 10 (潇湘晨报 2015-02-04): two targets of 50万人, both kept
    got = [m for m in _metrics(gaz, EMPLOYMENT) if (m.value, m.unit) == (50, "万人")]
    assert len(got) == 2, [(m.indicator) for m in got]


def test_a_count_naming_the_set_again_stays_a_repeat(gaz):
    # counter-example (newarts2/anc2 01, 道县): 35个市级重点项目开复工32个 opens its clause with the set
    text = ("今年以来,道县列入省级考核重点项目一个,年度计划投资6亿元;列入市级考核“六大战役”重点项目35个,年度计划投资62.55亿元。"
            "1-6月,省级重点项目完成投资4.2亿元,占年度计划的70%;35个市级重点项目开复工32个,开复工率91.43%。\n")
    assert len([m for m in _metrics(gaz, text) if (m.value, m.unit) == (35, "个")]) == 1


def test_respective_figures_of_another_list_are_not_given_to_the_places(gaz):
    # counter-example: 分别 distributes 投资和消费, not the two cities
    text = ("湖南省重点建设项目进展顺利\n"
            "从市州来看,娄底、邵阳两市积极推进,投资和消费分别增长5.5%、6.5%。\n")
    got = _metrics(gaz, text)
    assert _one(got, 6.5, "%").subject != "邵阳市"


# ---------------------------------------------------------------- 元每月: a rate after the amount


def test_a_rate_after_an_amount_is_not_what_the_next_number_counts(gaz):
    # newarts4/met4 06: 703元每月、515元每月 — the rural standard shares the clause's indicator
    got = _metrics(gaz, MINZHENG)
    assert _one(got, 515, "元").indicator == _one(got, 703, "元").indicator
    assert "每月" not in _one(got, 19.56, "%").indicator


def test_a_noun_after_a_count_stays_its_indicator(gaz):
    # counter-example: 每 not followed by a rate unit (每个村) leaves the noun reading alone
    got = _metrics(gaz, "全县共有行政村20个,其中5个村每个村集体经济收入超过10万元。\n")
    assert _one(got, 5, "个").indicator.startswith("村每个村")


# ---------------------------------------------------------------- 在全省 / 乃至全国: a setting, not a subject
# A 攸县新闻网 page of Nov 2026's fresh pages (the county head's review of 2011): the influence 在全省,
# 乃至全国 is where the county's work was felt; the figures after it are the county's.
YOUXIAN = ("县长胡湘之在会上发表讲话。他说,刚刚过去的2011年是攸县波澜壮阔、好戏连台的一年。"
           "城乡同治工作取得了如初成就,在全省,乃至全国产生了特别好的影响;经济实现了大发展,"
           "财政收入达到18.5亿元。\n")


def test_a_scope_after_zai_is_no_subject(gaz):
    assert _one(_metrics(gaz, YOUXIAN), 18.5, "亿元").subject == "攸县"


def test_the_province_as_the_subject_of_its_clause_keeps_its_figures(gaz):
    # counter-example: the same review with 全省 opening the clause before (its subject, no 在)
    text = YOUXIAN.replace("城乡同治工作取得了如初成就,在全省,乃至全国产生", "全省城乡同治工作取得了如初成就,产生")
    assert _one(_metrics(gaz, text), 18.5, "亿元").subject == "湖南省"
