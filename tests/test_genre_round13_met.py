"""graph.metrics, round 13 (from the fresh set dev10): causes of metric errors seen in dev10 and
in older development sets. Each rule has a sentence quoted from a development set and a
counter-example (our own writing) it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one, units_of


# ---------------------------------------------------------------- 上万只, 十多万元: amounts without digits

def test_reaching_a_magnitude_is_one_of_it(gaz):
    # dev10 h219 (出栏山羊上万只), dev6 h144 (每月纯收入上万元), dev6 h136 (就业岗位上万个)
    text = "目前,横塘镇山羊养殖超百只的大户发展到42家,出栏山羊上万只,产值3000余万元。\n"
    m = _one(_metrics(gaz, text), 1, "万只")
    assert (m.subject, m.indicator, m.approximate) == ("横塘镇", "出栏山羊", "上")


def test_chinese_tens_with_about_and_a_magnitude_is_an_amount(gaz):
    # dev10 h219: 一年收入十多万元 is 10 万元, an amount like 十万元, not wording like 十多个
    text = "“今年养了100多只羊,学了不少养羊经验,一年收入十多万元。”村民周建平说。\n"
    assert _one(_metrics(gaz, text), 10, "万元").subject == "周建平"


def test_up_before_a_magnitude_word_that_is_no_amount(gaz):
    # counter-examples: 上 ends a word before 万 with no unit (晚上万家灯火), and a threshold
    # before a noun stays a class (超万人企业)
    assert units_of("晚上万家灯火,广场上万众欢腾。") == []
    assert units_of("全县超万人企业3家。") == [(3.0, "家")]
