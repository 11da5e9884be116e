"""graph.metrics, round 17: causes of anchoring and indicator errors seen across several development
sets. Each rule has sentences in the genre (our own writing: invented names, places and figures)
and a counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- a count of the items listed before it

def test_a_list_of_as_many_names_as_the_count_is_no_indicator(gaz):
    # dev6 h137 (A、B两座水库), dev7 h162 (A、B、C、D4条在建高速公路项目)
    text = "龙溪县青石、白沙两座水库,水质好。今年,金江、银山、铜岭3条在建高速公路项目加快推进。\n"
    found = _metrics(gaz, text)
    assert _one(found, 2, "座").indicator == "水库数"
    assert _one(found, 3, "条").indicator == "在建高速公路项目数"


def test_a_list_of_acts_or_of_fewer_items_than_the_count_keeps_its_words(gaz):
    # counter-examples: the items are not as many as the count (新建、改建3座), or no noun follows
    text = "县里新建、改建3座桥梁。民警清查娱乐场所、网吧、宾馆3家。\n"
    found = _metrics(gaz, text)
    assert _one(found, 3, "座").indicator == "改建桥梁数"
    assert _one(found, 3, "家").indicator.endswith("清查娱乐场所、网吧、宾馆")


# ---------------------------------------------------------------- a later clause opening with a place sets the topic

def test_a_later_clause_opening_with_a_place_is_the_topic_of_the_clauses_after_it(gaz):
    # dev10 h225 (…商标63件,全市拥有…332家,实现经营收入5亿元), dev6 h136 (加上…X项目,Y县…项目4个,总投资…亿元)
    text = "岳阳市召开会议。平江县获驰名商标2件,全市拥有农庄332家,实现经营收入5亿元。\n"
    found = _metrics(gaz, text)
    assert _one(found, 2, "件").subject == "平江县"
    assert _one(found, 5, "亿元").subject == "岳阳市"


def test_a_place_as_object_or_a_body_opening_a_later_clause_sets_no_topic(gaz):
    # counter-examples: 与龙门镇共建 (an object), 县农业农村局牵头 (a body: often an official's title)
    for text in ("平江县获驰名商标2件,与龙门镇共建基地3个,实现经营收入5亿元。\n",
                 "平江县获驰名商标2件,县农业农村局牵头建成基地3个,实现经营收入5亿元。\n"):
        assert _one(_metrics(gaz, text), 5, "亿元").subject == "平江县", text


# ---------------------------------------------------------------- 他/她 after an official named with a title

def test_a_pronoun_refers_back_to_an_official_named_before(gaz):
    # dev7 h166 (村党建专干X…。她曾…,回乡承包100余亩), dev8 h178 (公司负责人X告诉记者,…。她开书店5天内…)
    text = "龙溪镇青山村党建专干李春梅很高兴。她曾在外经商,去年回乡承包100余亩农田。\n"
    assert _one(_metrics(gaz, text), 100, "亩").subject == "李春梅"


def test_a_pronoun_that_speaks_is_no_subject_of_what_it_says(gaz):
    # counter-example: 他说,近年来,X县…: the official speaks; the figures are the county's
    text = "宁远县县长王立新出席会议。他说,近年来,宁远县新建厂房20栋。\n"
    assert _one(_metrics(gaz, text), 20, "栋").subject == "宁远县"
