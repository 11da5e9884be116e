"""Eleventh round (met11): rules of the genre found on the eighth and ninth development sets
(benchmarks/unseen/dev8, h171–h190, and dev9, h191–h210) for metric values, units and subjects.
Each rule is tested on its dev8/dev9 sentence with a counter-example it must not fire on."""
from __future__ import annotations

from graph.numbers import find_quantities
from graph.pipeline import extract_document
from graph.text import make_document


def metrics_of(text: str, gaz) -> list[tuple[str | None, str, float, str]]:
    ex = extract_document(make_document(text, "t"), gaz)
    return [(m.subject, m.indicator, m.value, m.unit) for m in ex.metrics]


def units_of(text: str) -> list[tuple[float, str]]:
    return [(q.quantity.value, q.quantity.unit) for q in find_quantities(text)]


# ---------------------------------------------------------------- measure words of the genre

def test_hours_counted_with_a_classifier_are_hours():
    # dev8 h178, dev9 h208: 个小时 is a count of hours, written 小时 as 6小时 is
    assert units_of("原本需要10个工作日才能办好的证,不到6个小时就办好了") == [(10.0, "个工作日"), (6.0, "小时")]
    assert units_of("累计服务时间超过7000多个小时,累计募集捐款86.5万元") == [(7000.0, "小时"), (86.5, "万元")]
    # 个月 keeps its classifier (月 alone is a month of a date)
    assert units_of("短短3个月完成管网铺设") == [(3.0, "个月")]


def test_a_figure_per_measure_word_is_a_rate():
    # dev9 h210, h203: a slash and a measure word after the unit make a rate unit
    assert units_of("现在改造以后的油茶林产量由原来的2.5斤/亩增加到了30斤/亩") == [(2.5, "斤/亩"), (30.0, "斤/亩")]
    assert units_of("以1000元/头的利润计算,全镇可增收450万元") == [(1000.0, "元/头"), (450.0, "万元")]
    assert (4.0, "万个/立方厘米") in units_of("县域负氧离子含量平均4万个/立方厘米")
    # counter-examples: a slash before a number or a noun that is no measure word is no rate
    assert units_of("完成5个/3个村的改造") == [(5.0, "个")]
    assert units_of("每人补助50元/学生") == [(50.0, "元")]


def test_poultry_counted_in_yu():
    # dev9 h207: 羽 counts birds (肉鸡存栏254万羽); 羽毛球 is a ball, not a count
    assert units_of("公司肉鸡存栏超过254万羽,总产值1亿元") == [(254.0, "万羽"), (1.0, "亿元")]
    assert units_of("购置10羽毛球拍") == []
