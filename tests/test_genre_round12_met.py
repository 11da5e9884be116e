"""graph.metrics, round 12 (cross-set): causes of metric errors seen in several development
sets at once. Each rule has a sentence quoted from a development set and a counter-example
(our own writing) it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- 动词 + 14个重大项目: the count's noun

def test_count_written_before_its_noun_is_a_count_of_that_noun(gaz):
    # dev7 h157: what 14个 counts is the noun after it, named with the act before it
    text = "11月21日上午,邵东市举行14个重大项目集中开竣工仪式。\n"
    assert _one(_metrics(gaz, text), 14, "个").indicator == "举行重大项目数"


def test_count_of_people_after_a_verb_of_attracting(gaz):
    # dev9 h198: 吸引2000余名求职者前来应聘 counts job seekers, not "活动首日吸引"
    text = ("湘潭市人社局精心筛选优质企业23家,分赴湘西、张家界开展劳务协作。"
            "活动首日吸引2000余名求职者前来应聘。\n")
    assert _one(_metrics(gaz, text), 2000, "名").indicator == "吸引求职者数"


def test_count_after_an_adverbial_of_place(gaz):
    # seeds 004: 在各级14个政务服务大厅均设置… counts the halls
    text = "岳阳市推进清廉大厅建设,在各级14个政务服务大厅均设置“办不成事”窗口。\n"
    assert _one(_metrics(gaz, text), 14, "个").indicator == "政务服务大厅数"


def test_named_measure_before_a_count_keeps_its_name(gaz):
    # counter-example: the words before name what is measured (a noun), so they stay
    text = "今年全县新增市场主体3200户个体工商户为主,发展势头良好。\n"
    assert _one(_metrics(gaz, text), 3200, "户").indicator.endswith("新增市场主体")


def test_measure_after_a_verb_is_not_a_count_of_the_noun_after_it(gaz):
    # counter-example: 投资5亿元建设… is money, not a count of what follows
    text = "祁阳县投资5亿元建设县城污水处理厂。\n"
    assert _one(_metrics(gaz, text), 5, "亿元").indicator != "县城污水处理厂数"
