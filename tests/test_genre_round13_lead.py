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


# ---------------------------------------------------------------- numbered codes kept to: 把握, 紧扣, 锚定, 围绕, 打响

def _programs(gaz, text: str) -> set[str]:
    from graph.pipeline import extract_document
    from graph.text import make_document

    return {p.name for p in extract_document(make_document(text, "t"), gaz).programs}


def test_a_numbered_code_a_plan_keeps_to_is_a_program(gaz):
    # dev11 h244: 把握 governs the code as 实施 governs the next one
    text = ("冷水滩区经济社会发展综述\n他们锚定“三高四新”美好蓝图,牢牢把握“六大战略支点”,全面实施“八大行动”,"
            "努力为冷水滩区的经济社会高质量发展谱写辉煌的篇章。")
    assert {"六大战略支点", "八大行动"} <= _programs(gaz, text)


def test_a_numbered_count_a_campaign_focuses_on_is_no_program(gaz):
    # counter-example (dev9 h196's shape): 聚焦 takes the problems a campaign fights, a quoted
    # count heading the noun after it (聚焦“七不”现象), so it is not among the verbs
    assert "七不" not in _programs(gaz, "某区作风建设\n全区聚焦“七不”现象,持之以恒纠治作风问题。")
