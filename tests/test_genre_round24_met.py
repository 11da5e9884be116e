"""graph.metrics, round 24: causes of anchoring errors (the subject a figure is about) seen in
fresh Hunan roundups of parks, tourism, village collective economies and provincial progress
reports. Each rule is asserted on a sentence of one of those articles and has a counter-example
it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- 经国务院批准

_HIGH_TECH_ZONE = ("长沙高新区创建于1988年10月。1991年3月经国务院批准为首批27个国家级高新区之一,"
                   "2016年麓谷园区实现企业总收入2816亿元,规模工业总产值1353亿元。\n")


def test_the_body_that_approves_is_no_subject(gaz):
    # 经国务院批准为首批27个国家级高新区之一,…实现企业总收入2816亿元: the zone's figures, not the State Council's
    found = _metrics(gaz, _HIGH_TECH_ZONE)
    assert _one(found, 2816, "亿元").subject == "长沙高新区"
    assert _one(found, 1353, "亿元").subject == "长沙高新区"
    assert not _one(found, 27, "个").indicator.startswith("经")


def test_a_body_after_经_that_approves_nothing_stays_the_subject(gaz):
    # counter-example: 经X登记 (no 批准/同意/批复 after the body) keeps the body as the clause's topic
    text = "截至去年底,经长沙市民政局登记的社会组织达到320家。\n"
    assert _one(_metrics(gaz, text), 320, "家").subject == "长沙市民政局"


# ---------------------------------------------------------------- 全国17个…之一

def test_全国_right_before_a_count_is_the_countrys_figure(gaz):
    # 全国17个“中国旅游强县”之一: 17 counts the country's set, its subject 全国 (not 宁乡市)
    text = ("宁乡市,湖南长沙市下辖县级市,省会近郊县和副中心城市,全国17个“中国旅游强县”之一,"
            "被誉为“南中国青铜文化中心”。2017年宁乡市游客接待量2100万人次,旅游收入290亿元。\n")
    found = _metrics(gaz, text)
    assert _one(found, 17, "个").subject == "全国"
    assert _one(found, 2100, "万人次").subject == "宁乡市"


def test_全国_in_a_title_is_no_country_figure(gaz):
    # counter-example: 全国文明城市 is a title the city won; its figure stays the city's
    text = "浏阳市获评全国文明城市,2017年浏阳市游客接待量1600万人次。\n"
    assert _one(_metrics(gaz, text), 1600, "万人次").subject == "浏阳市"


# ---------------------------------------------------------------- 如该市廉桥镇东塘村

_SHAODONG = ("2021年,邵东市580个村集体经济总收入达9000余万元。今年,村集体经济来势更好,"
             "如该市廉桥镇东塘村流转3800余亩土地发展艾叶产业,有望带动该村集体经济增收15万元以上。\n")


def test_a_place_after_该市_is_the_subject(gaz):
    # 如该市廉桥镇东塘村流转3800余亩土地: 该市 says where the village lies; the land is the village's
    assert _one(_metrics(gaz, _SHAODONG), 3800, "亩").subject == "东塘村"


def test_该市_before_no_place_is_the_city(gaz):
    # counter-example: 该市成立农民专业合作社793家: 该市 is the topic when no place follows it
    text = ("2021年,邵东市580个村集体经济总收入达9000余万元。该市成立农民专业合作社793家。\n")
    assert _one(_metrics(gaz, text), 793, "家").subject == "邵东市"


# ---------------------------------------------------------------- A市、B市、C市开工率均达100%

_OLD_ESTATES = ("截至8月底,已开工小区1110个,开工率74.0%。张家界市、怀化市、郴州市开工率均达100%,居全省前三位;"
                "湘西州、衡阳市、邵阳市开工率分别为35.29%、39.73%、43.17%,全省排名靠后。\n")


def test_a_figure_all_items_of_a_list_share_is_each_items(gaz):
    # 张家界市、怀化市、郴州市开工率均达100%: three facts, one per city
    found = [m for m in _metrics(gaz, _OLD_ESTATES) if m.value == 100 and m.unit == "%"]
    assert sorted(m.subject for m in found) == sorted(["张家界市", "怀化市", "郴州市"])
    assert {m.indicator for m in found} == {"开工率"}


def test_respective_figures_are_not_shared(gaz):
    # counter-example: 分别为35.29%、39.73%、43.17%: each city its own figure, once
    found = _metrics(gaz, _OLD_ESTATES)
    assert _one(found, 39.73, "%").subject == "衡阳市"
    assert _one(found, 43.17, "%").subject == "邵阳市"


# ---------------------------------------------------------------- 湖南在建旅游项目

def test_projects_named_by_their_stage_are_a_class(gaz):
    # 湖南在建旅游项目总投资达到5600亿元: all tourism projects under construction; the province's figure
    text = ("湖南省旅游局21日发布数据,2015年,湖南省接待国内外旅游者4.73亿人次。同时,旅游业正成为湖南的投资热点领域,"
            "湖南在建旅游项目总投资达到5600亿元,其中总投资额100亿以上旅游项目18个。\n")
    assert _one(_metrics(gaz, text), 5600, "亿元").subject == "湖南省"


def test_a_named_project_keeps_its_figures(gaz):
    # counter-example: one project named by its place and trade (no 在建) is what its figure is about
    text = ("今年湘潭高标准农田项目将建设高标准农田5.72万亩。"
            "另一方面是湘潭县花石湘莲优势特色产业园项目财政投资了1000万元。\n")
    assert _one(_metrics(gaz, text), 1000, "万元").subject == "湘潭县花石湘莲优势特色产业园项目"


# ---------------------------------------------------------------- 一方面是X…,增加了N

_FARMLAND = ("今年湘潭投入8000万元建设高标准农田5.72万亩\n"
             "湘潭市财政局农业开发办公室介绍,今年湘潭高标准农(莲)田项目将建设高标准农田5.72万亩。"
             "去年我市高标准农田项目总投资为5061万元,今年增加了3170万元,一方面是湘乡市被列为全省"
             "“高标准农田建设综合改革试点县(市)”,增加了2450万元财政投资;另一方面是湘潭县花石湘莲优势特色产业园"
             "项目财政投资了1000万元。\n")


def test_the_place_opening_an_enumerated_point_is_the_topic_after_it(gaz):
    # 一方面是湘乡市被列为…,增加了2450万元财政投资: the county the point names, not 我市 of the sentence
    found = _metrics(gaz, _FARMLAND)
    assert _one(found, 2450, "万元").subject == "湘乡市"


def test_a_clause_before_the_enumeration_keeps_the_sentences_topic(gaz):
    # counter-example: 今年增加了3170万元 comes before the points; it stays 我市's (湘潭市)
    found = _metrics(gaz, _FARMLAND)
    assert _one(found, 3170, "万元").subject == "湘潭市"
