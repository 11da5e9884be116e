"""graph.metrics, round 18: causes of anchoring errors seen across development sets. Each rule has
sentences in the genre (our own writing: invented names, places and figures) and a counter-example
it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- N岁的 + an official named bare

def test_an_age_before_an_officials_later_bare_name_is_the_officials(gaz):
    # a cadre introduced with a title, then 今年N岁的 + the bare name: the age is the cadre's,
    # not the community's or village's written before it
    text = "青松社区网格员方晓梅及时赶到现场。今年31岁的方晓梅负责社区养老服务工作。\n"
    assert _one(_metrics(gaz, text), 31, "岁").subject == "方晓梅"


def test_an_age_before_a_citizens_name_stays_the_citizens(gaz):
    # counter-example: an official speaks, the age qualifies the citizen named after it
    text = "红星村党支部书记李国梁介绍,今年56岁的村民王德旺种植柑橘30亩。\n"
    found = _metrics(gaz, text)
    assert _one(found, 56, "岁").subject == "王德旺"
    assert _one(found, 30, "亩").subject != "李国梁"


# ---------------------------------------------------------------- a long sentence opened by a place

_LONG_MIDDLE = ("近年来,在党建引领下,瞄准“高”(即高端装备制造业)“新”(即新材料、新能源)定位,狠抓重点产业项目,"
                "强化技术攻关,优化营商环境,构建起以产业立区推动高质量发展的新格局,打造了一批又一批先进制造业集群。")


def test_a_place_opening_a_sentence_the_reach_cuts_is_the_topic_of_later_figures(gaz):
    # dev4 h59: the zone opens a long sentence whose tail names the city (充当着X经济发展的
    # “火车头”); figures two sentences on are the zone's, not the city's in that tail
    text = ("岳阳市召开园区工作会议。\n"
            "云溪高新区自升级以来,建设步伐不断加快,产业集聚效应日益显现,始终充当着岳阳经济发展的“火车头”。"
            + _LONG_MIDDLE + "150个优质项目落户,96个工业项目投产。\n")
    found = _metrics(gaz, text)
    assert _one(found, 150, "个").subject == "云溪高新区"
    assert _one(found, 96, "个").subject == "云溪高新区"


def test_a_short_place_form_opening_a_company_name_is_no_topic(gaz):
    # counter-example: 湖南 + a company's name opening the sentence (湖南X在新三板挂牌上市): not the
    # subject of the figures after it
    text = ("衡南县召开经济工作会议。\n"
            "湖南恒达在“新三板”挂牌上市,成为全市首家独立上市的民营企业,带动了一批配套企业落户园区并实现投产达效。"
            + _LONG_MIDDLE + "实现农业总产值28.6亿元。\n")
    assert _one(_metrics(gaz, text), 28.6, "亿元").subject != "湖南省"


# ---------------------------------------------------------------- a place before a brand honour it awards

def test_a_province_before_a_brand_honour_is_its_level_not_the_subject(gaz):
    # dev10 h225 (获中国驰名商标2件,湖南省著名商标N件): the province awards the honour; the
    # count is the city's the report is about
    text = "邵阳市农业产业化稳步推进。全市农产品加工企业获中国驰名商标3件,湖南省著名商标41件。\n"
    assert _one(_metrics(gaz, text), 41, "件").subject == "邵阳市"


def test_a_place_before_its_own_figures_stays_the_subject(gaz):
    # counter-example: the province's own figure (湖南省…商标注册量) is the province's
    text = "邵阳市农业产业化稳步推进。湖南省商标有效注册量达到52万件。\n"
    assert _one(_metrics(gaz, text), 52, "万件").subject == "湖南省"
