"""Thirteenth round (lead): a 分别 group of figures distributes over a list of organisations as it
does over a list of places (dev7 h161: 国能岳阳电厂、雪花啤酒…分别增长256.15%和34.62% gave both
figures to the last company once round 13 read the companies)."""
from __future__ import annotations

from support import metrics_of, one_metric

LISTED = ("岳阳市经济运行\n骨干企业支撑作用突出,国能岳阳电厂、雪花啤酒上半年入库税款同比分别大幅增长256.15%和34.62%。")


def test_the_jth_figure_of_a_group_goes_to_the_jth_company_of_the_list(gaz):
    metrics = metrics_of(gaz, LISTED)
    assert one_metric(metrics, 256.15, "%").subject == "国能岳阳电厂"
    assert one_metric(metrics, 34.62, "%").subject == "雪花啤酒"


def test_places_are_still_distributed(gaz):
    metrics = metrics_of(gaz, "某市经济运行\n娄底市、邵阳市完成投资情况较好,分别为79.49%、75.34%。")
    assert one_metric(metrics, 79.49, "%").subject == "娄底市"
    assert one_metric(metrics, 75.34, "%").subject == "邵阳市"


def test_a_list_of_partners_is_no_list_of_subjects(gaz):
    # counter-example: the companies are the object of 与, the figures the county's own
    text = "某县招商引资\n娄底市与国能岳阳电厂、雪花啤酒分别签约项目3个、5个。"
    metrics = metrics_of(gaz, text)
    assert {m.subject for m in metrics if m.value in (3, 5)} <= {"娄底市", None}


def test_every_item_of_the_list_shares_the_words_after_the_list(gaz):
    # the first company's indicator does not start with the second company's name
    metrics = metrics_of(gaz, LISTED)
    assert one_metric(metrics, 256.15, "%").indicator.startswith("入库税款")
    text = "岳阳市财政\n岳阳楼区和云溪区的财政收入分别为9.70亿元和8.0亿元,分别增长17.1%和21.0%。"
    indicators = {m.unit: m.indicator for m in metrics_of(gaz, text)}
    assert indicators == {"亿元": "财政收入", "%": "财政收入增长"}     # no 的 before, no 分别 inside
