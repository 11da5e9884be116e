"""graph.metrics, round 20: causes of anchoring errors seen in fresh provincial and county
reports. Each rule has sentences in the genre (our own writing: invented names, places and
figures) and a counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- a report that speaks as the province

def test_a_provincial_report_keeps_its_figures_when_it_lists_prefectures(gaz):
    # 全省实施…; 其中,常德…、娄底…等项目: the prefectures only prefix listed project names; the
    # figures that name no place are the province's, not the first listed prefecture's
    text = ("全省重点项目建设进展顺利\n"
            "今年以来,全省上下抓项目、扩投资。今年,全省实施省重点项目310个,总投资15000亿元。\n"
            "其中,常德桃花源文旅综合体、娄底钢铁深加工基地等项目进展较快。\n"
            "150个产业项目完成投资1200亿元,占年计划的98%。\n")
    found = _metrics(gaz, text)
    assert _one(found, 1200, "亿元").subject == "湖南省"
    assert _one(found, 98, "%").subject == "湖南省"


def test_a_city_report_writing_its_own_scope_keeps_its_city(gaz):
    # counter-example: a city paper opens its clauses with 全市 and writes 全省 only of a ranking;
    # its figures stay the city's
    text = ("常德市重点项目建设提速\n"
            "今年,全市实施市重点项目120个,总投资860亿元,投资完成率居全省第二。\n"
            "全省重点项目观摩会上,常德桃花源文旅综合体获好评。\n"
            "80个产业项目完成投资300亿元。\n")
    found = _metrics(gaz, text)
    assert _one(found, 300, "亿元").subject == "常德市"


# ---------------------------------------------------------------- a speaker's body and what is said

def test_the_body_in_a_speakers_title_is_not_the_topic_of_what_is_said(gaz):
    # X局有关负责人表示,目前全市…: the bureau tells the news; the figures of the next sentence
    # are of the place what is said names
    text = ("湘潭市文化旅游广电体育局有关负责人表示,目前韶山市在建文旅项目36个。"
            "这些项目总投资达120亿元。\n")
    assert _one(_metrics(gaz, text), 120, "亿元").subject == "韶山市"


def test_a_company_head_speaks_of_the_company(gaz):
    # counter-example: a company's head speaking keeps the company the topic of the next sentence
    text = ("湖南鑫禾食品有限公司总经理李春生说,企业在市委书记调研后获得了帮扶。"
            "公司仅用3个月就完成了技改。\n")
    assert _one(_metrics(gaz, text), 3, "个月").subject == "湖南鑫禾食品有限公司"


# ---------------------------------------------------------------- a wire's special dispatch

def test_the_place_of_a_special_dispatch_dateline_is_no_subject(gaz):
    # 新华社长沙5月3日专电(记者…): a special dispatch is a dateline like …日电; its place is the
    # outlet's, not the topic carried to the figures of the next sentence
    text = ("新华社长沙5月3日专电(记者李明)记者从湖南省文化和旅游厅获悉,五一假期全省接待游客2000万人次。"
            "其中,一日游游客占比达60%。\n")
    assert _one(_metrics(gaz, text), 60, "%").subject == "湖南省"


def test_a_paragraph_opening_with_a_place_and_a_day_is_no_dateline(gaz):
    # counter-example: 长沙县5月3日专门召开…: a place acting on a day, the topic of its figures
    text = "长沙县5月3日专门召开项目调度会。当天新签约项目12个。\n"
    assert _one(_metrics(gaz, text), 12, "个").subject == "长沙县"


# ---------------------------------------------------------------- a body that tells the news on a day

def test_a_body_that_reports_on_a_day_is_the_source_not_the_subject(gaz):
    # X统计局18日通报,: the body tells the news (as X统计局今日通报,); the figures are the place's
    text = ("湘潭市统计局18日通报,上半年湘潭经济运行稳中向好。"
            "规模工业增加值增长7.2%。\n")
    assert _one(_metrics(gaz, text), 7.2, "%").subject == "湘潭市"


def test_a_body_acting_on_a_day_keeps_its_figures(gaz):
    # counter-example: the body does something on that day: the figure is its own
    text = "湘潭市统计局18日完成经济普查登记,共登记单位3200家。\n"
    assert _one(_metrics(gaz, text), 3200, "家").subject == "湘潭市统计局"


# ---------------------------------------------------------------- a place after a clause's time words

def test_a_place_after_the_time_words_of_its_clause_is_the_topic_of_the_next(gaz):
    # “湘商大会”期间雨湖区共签约…,引进资金…: the place opens its clause after a time frame; the
    # subjectless clause after it is still about it, not about a body named earlier in the sentence
    text = ("会上,湘潭经开区现场签约重大项目3个,“湘商大会”期间雨湖区共签约项目18个,"
            "引进资金46亿元。\n")
    assert _one(_metrics(gaz, text), 46, "亿元").subject == "雨湖区"


def test_a_place_inside_a_later_clause_is_no_topic(gaz):
    # counter-example: the place is the origin inside a clause, not its opening: the figure stays
    # with the sentence's subject
    text = ("会上,湘潭经开区现场签约重大项目3个,签约企业多来自雨湖区,"
            "引进资金46亿元。\n")
    assert _one(_metrics(gaz, text), 46, "亿元").subject == "湘潭经开区"


# ---------------------------------------------------------------- a list counted right after its last item

def test_a_list_counted_without_deng_names_examples_not_the_owner(gaz):
    # A、B、C3个项目…: the count after the last item closes the list as 等 does; a place heading
    # the first item opens that item's name, not the owner of the figures
    head = "株洲市重点项目建设进展顺利。\n今年,全市重点项目完成投资320亿元。"
    middle = head + "其中,电子材料扩产、炎陵黄桃深加工、醴陵窑炉改造3个项目完成投资45亿元。\n"
    assert _one(_metrics(gaz, middle), 45, "亿元").subject == "株洲市"
    last = head + "其中,醴陵窑炉改造、电子材料扩产、炎陵黄桃深加工3个项目完成投资45亿元。\n"
    assert _one(_metrics(gaz, last), 45, "亿元").subject == "株洲市"


def test_a_place_counting_its_own_projects_owns_the_figure(gaz):
    # counter-example: one place with its count (no list before it) is the owner
    text = ("株洲市重点项目建设进展顺利。\n"
            "今年,全市重点项目完成投资320亿元。其中,醴陵市5个项目完成投资45亿元。\n")
    assert _one(_metrics(gaz, text), 45, "亿元").subject == "醴陵市"
