"""graph.metrics, round 19: causes of anchoring errors seen across development sets. Each rule has
sentences in the genre (our own writing: invented names, places and figures) and a counter-example
it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- a name in brackets after a count

def test_a_company_in_brackets_after_a_count_is_no_topic_of_later_clauses(gaz):
    # 其中X企业1家(Y公司): the bracketed company is an example of what was counted; the counts
    # after it stay the town's
    text = ("2024年,龙田镇招商引资成效明显,新签约企业5家,其中,食品企业1家(湖南鑫禾食品有限公司),"
            "新开工项目3家,新投产项目2家。\n")
    found = _metrics(gaz, text)
    assert _one(found, 3, "家").subject == "龙田镇"
    assert _one(found, 2, "家").subject == "龙田镇"


def test_a_company_in_brackets_after_a_plain_noun_keeps_its_figures(gaz):
    # counter-example: a company glossing a noun (no count before the bracket) is the one meant,
    # the subject of the figure after it
    text = "据了解,全镇的龙头企业(湖南鑫禾食品有限公司),今年实现产值3.2亿元。\n"
    assert _one(_metrics(gaz, text), 3.2, "亿元").subject == "湖南鑫禾食品有限公司"


# ---------------------------------------------------------------- a closing quote mark after a figure

def test_a_figure_before_a_quote_that_opens_after_it_is_not_quoted_speech(gaz):
    # 10余名村民…。“做了20多天了…”村民X说: the closing mark after the figure ends a quote opened
    # after it; the figure is the narrative's (the village's), not the speaker's
    text = ("近日,记者来到衡山县白果镇。在油茶基地里,10余名村民正忙着除草。“干了一个月了,收入还不错。”"
            "村民李春生说。\n")
    assert _one(_metrics(gaz, text), 10, "名").subject == "白果镇"


def test_a_figure_in_a_quote_carried_over_a_line_is_still_the_speakers(gaz):
    # counter-example: no opening mark before the figure in its paragraph and none after it before
    # the closing one: the quote was opened in an earlier paragraph, the speaker's words
    text = ("桃花村村民李春生告诉记者:“去年我种了油茶。\n今年又扩种了30亩。”李春生说。\n")
    assert _one(_metrics(gaz, text), 30, "亩").subject == "李春生"


# ---------------------------------------------------------------- a village cadre after a quote, with an honour before

def test_quoted_figures_go_to_the_village_of_a_cell_named_after_an_honour(gaz):
    # ”省级美丽乡村示范村X村党支部书记Y介绍: the village's party cell, written after the
    # village's honour, speaks for the village (村里 in the quote)
    text = ("华阁镇村民齐心扮靓家园\n益阳日报5月6日讯(记者 周明)今天,记者走进南县华阁镇。\n"
            "“今年以来,村里组织30多名志愿者清理沟渠。”省级美丽乡村示范村天然港村党总支书记刘春明介绍。\n")
    assert _one(_metrics(gaz, text), 30, "名").subject == "天然港村"


def test_quoted_figures_with_a_body_that_is_no_village_cell_are_not_moved(gaz):
    # counter-example: a county bureau named after the quote is no village's cell; the figure
    # does not go to a village
    text = ("华阁镇村民齐心扮靓家园\n益阳日报5月6日讯(记者 周明)今天,记者走进南县华阁镇天然港村。\n"
            "“今年以来,全县组织30多名志愿者清理沟渠。”省级文明单位南县农业农村局局长刘春明介绍。\n")
    assert _one(_metrics(gaz, text), 30, "名").subject != "天然港村"


# ---------------------------------------------------------------- a short place form opening a brand

def test_a_province_short_form_opening_a_brand_is_no_topic_of_the_next_sentence(gaz):
    # 湖南X在“新三板”挂牌上市。实现农业总产值…: 湖南 + a brand (two characters that make no word)
    # is a company's name; the next sentence's figures are the county's the report is about
    text = ("祁东县召开经济工作会议。\n全县工业经济稳步增长。湖南鑫垚在“新三板”挂牌上市,成为全市第二家上市企业。"
            "实现农业总产值41.3亿元,增长3.6%。\n")
    found = _metrics(gaz, text)
    assert _one(found, 41.3, "亿元").subject == "祁东县"
    assert _one(found, 3.6, "%").subject == "祁东县"


def test_a_province_short_form_before_a_word_stays_the_topic(gaz):
    # counter-example: 湖南 followed by a word of the language (湖南粮食…) is the province itself
    text = ("祁东县召开经济工作会议。\n湖南粮食生产实现“十连增”,全省农业形势向好。实现农业总产值4130亿元。\n")
    assert _one(_metrics(gaz, text), 4130, "亿元").subject == "湖南省"


# ---------------------------------------------------------------- a village work team's figures

_TEAM_LEAD = ("宁远县:产业兴村富民\n湖南日报讯(通讯员 李明)近日,笔者走进宁远县柏家坪镇礼仕湾村,"
              "村里的特色种植基地一派繁忙。\n")


def test_figures_after_a_village_work_team_are_the_villages(gaz):
    # 驻村工作队还大力发展…。2023年实现农业产值…: the team works for the village; figures of its
    # paragraph that name no subject are the village's, not the county's of the headline
    text = _TEAM_LEAD + "驻村工作队还因地制宜,大力发展柑橘产业。2023年实现农业产值3200万元,人均增收4500元。\n"
    found = _metrics(gaz, text)
    assert _one(found, 3200, "万元").subject == "礼仕湾村"
    assert _one(found, 4500, "元").subject == "礼仕湾村"


def test_figures_of_a_paragraph_without_a_work_team_stay_the_articles(gaz):
    # counter-example: the same figures in a paragraph that names no village team fall to the
    # article's place as before
    text = _TEAM_LEAD + "县里还因地制宜,大力发展柑橘产业。2023年实现农业产值3200万元,人均增收4500元。\n"
    assert _one(_metrics(gaz, text), 3200, "万元").subject != "礼仕湾村"


# ---------------------------------------------------------------- a capacity before a company's name

def test_a_capacity_written_before_a_companys_name_is_the_companys(gaz):
    # 建立了年处理能力达N吨的X公司: the capacity qualifies the company named after 的
    text = "2005年,白沙镇成功引进外地资本,建成了年加工茶籽能力达2500吨的湖南青峰油茶科技有限公司。\n"
    assert _one(_metrics(gaz, text), 2500, "吨").subject == "湖南青峰油茶科技有限公司"


def test_a_measure_before_a_facility_that_is_no_company_stays_the_builders(gaz):
    # counter-example: the size of a facility (no company) built by a community is the community's
    text = "2023年,湘阴县东湖社区新建1100平方米的党群服务中心。\n"
    assert _one(_metrics(gaz, text), 1100, "平方米").subject == "东湖社区"


# ---------------------------------------------------------------- a place and its surroundings

def test_a_place_and_its_surroundings_is_no_owner_of_the_sets_figures(gaz):
    # 解决了X镇及周边N个乡镇M名群众的饮水难题: the town opens the set counted; the figures are
    # the body's that did the work (here the city's bureau, the clause's agent)
    text = ("醴陵市白兔潭镇地下水源分布不均。醴陵市水利局积极对接交通部门,半年内完成引水入户,"
            "彻底解决了白兔潭镇及周边5个乡镇1.8万余名群众的饮水难题。\n")
    found = _metrics(gaz, text)
    assert _one(found, 5, "个").subject == "醴陵市水利局"
    assert _one(found, 1.8, "万名").subject == "醴陵市水利局"


def test_a_town_written_alone_is_the_subject_of_its_figures(gaz):
    # counter-example: the town alone (no 及周边) is whose people the figure counts
    text = "醴陵市水利局今年新建供水工程2处,解决了白兔潭镇1200余名群众的饮水难题。\n"
    assert _one(_metrics(gaz, text), 1200, "名").subject == "白兔潭镇"


# ---------------------------------------------------------------- an amount glued to GDP

def test_an_amount_glued_to_the_acronym_gdp_is_a_figure(gaz):
    # 全县实现GDP93亿元 / 完成gdp113.8亿元: GDP names what is measured; the amount after it is its value
    text = "城步县召开经济工作会议。\n到今年年底,全县预计实现GDP86亿元,增长7.2%。全年完成gdp113.8亿元。\n"
    found = _metrics(gaz, text)
    assert _one(found, 86, "亿元").indicator.endswith("GDP")
    assert _one(found, 113.8, "亿元").indicator.endswith("gdp")


def test_a_number_glued_to_other_latin_letters_stays_a_code(gaz):
    # counter-example: a road's code (S316) or a model name is no figure
    text = "城步县召开交通工作会议。\n全县S316公路改造完成,G65沿线新建服务区2个。\n"
    found = _metrics(gaz, text)
    assert [m.value for m in found] == [2]


# ---------------------------------------------------------------- a body's post holding a role

def test_a_bodys_post_holding_a_role_is_no_topic_of_later_figures(gaz):
    # …乡镇由党委书记任总河长,村支部书记任河段长;建立了四级体系,共任命河长N名: the body in a
    # post that takes a role names who holds it, not what the figures are about
    text = ("湘潭县召开河长制工作会议。\n乡镇由党委书记任总河长,乡镇长任副总河长,村支部书记任河段长;"
            "建立了县、乡、村三级河长体系,共任命各级河长860名。\n")
    assert _one(_metrics(gaz, text), 860, "名").subject != "村支部"


def test_a_body_before_an_officials_name_is_unaffected(gaz):
    # counter-example: a body with a title and a name after it (X公司董事长张三) is no post
    # description; the company stays the subject of its own figure
    text = "湘潭县召开经济工作会议。\n湖南鑫禾食品有限公司董事长张卫国介绍,公司今年实现产值3.2亿元。\n"
    assert _one(_metrics(gaz, text), 3.2, "亿元").subject == "湖南鑫禾食品有限公司"


# ---------------------------------------------------------------- a place describing where the topic is from

def test_a_place_between_a_copula_and_one_of_a_kind_is_no_subject(gaz):
    # X是一名“90后”,也是安化县一名经营着N亩茶园的新型职业农民: the measure is the citizen's
    text = ("安化县茶产业发展纪实\n返乡创业的陈志远是一名“90后”,也是安化县一名经营着800余亩茶园的新型职业农民。\n")
    assert _one(_metrics(gaz, text), 800, "亩").subject == "陈志远"


def test_a_place_after_a_copula_without_one_of_a_kind_stays(gaz):
    # counter-example: 是 + a place + its own figure (是安化县茶园面积最大的乡镇) is not the
    # one-of-a-kind description; the place opening the sentence keeps the figure
    text = "安化县茶产业发展纪实\n今年,安化县茶园面积达到36万亩,是全省茶园面积最大的县。\n"
    assert _one(_metrics(gaz, text), 36, "万亩").subject == "安化县"


# ---------------------------------------------------------------- a gauging station's water level

def test_metres_after_a_gauging_station_are_its_water_level(gaz):
    # 昨日资水有两站超警戒,分别为X站N米,超M米: the station's water level, then how far it is over
    # the warning level
    text = "益阳市防汛形势通报\n昨日资水有两站超警戒,分别为桃江站40.12米,超0.62米;益阳站37.45米,超0.35米。\n"
    found = _metrics(gaz, text)
    assert _one(found, 40.12, "米").indicator == "水位"
    assert _one(found, 0.62, "米").indicator == "超警戒水位"
    assert _one(found, 0.35, "米").indicator == "超警戒水位"


def test_metres_from_a_railway_station_are_a_distance_not_a_water_level(gaz):
    # counter-example: metres after 距 + a station, or after a railway station, are a distance
    text = "益阳市重点项目巡礼\n该项目距益阳南站800米,离汽车站1500米。\n"
    found = _metrics(gaz, text)
    assert _one(found, 800, "米").indicator != "水位"
    assert _one(found, 1500, "米").indicator != "水位"
