"""Eighth round (met8): rules of the genre found on the fifth development set
(benchmarks/unseen/dev5, h91–h110) for places and metric subjects. Each rule is tested on its
dev5 sentence with a counter-example it must not fire on."""
from __future__ import annotations

from graph.pipeline import extract_document
from graph.text import make_document

from support import places_of, surfaces


def metrics_of(text: str, gaz) -> list[tuple[str | None, str, float, str]]:
    ex = extract_document(make_document(text, "t"), gaz)
    return [(m.subject, m.indicator, m.value, m.unit) for m in ex.metrics]


def subjects_of(text: str, gaz) -> dict[float, str | None]:
    return {value: subject for subject, _, value, _ in metrics_of(text, gaz)}


# ---------------------------------------------------------------- a headline's short county name

_H106 = ("一季度衡南经济运行情况\n"
         "今年以来,全县统筹疫情防控和经济社会发展大局,经济社会持续恢复,经济发展稳步开局。\n"
         "一季度,全县实现地区生产总值(GDP)82.56亿元,同比增长11.5%(可比价),两年平均增长5.3%。")   # dev5 h106


def test_a_headline_short_name_is_the_unit_its_body_calls_the_whole_county(gaz):
    _, mentions, _ = places_of(_H106, gaz)
    assert surfaces(mentions) == ["衡南"]
    found = subjects_of(_H106, gaz)
    assert found[82.56] == found[11.5] == "衡南县"                         # was no subject


def test_a_headline_short_name_needs_the_body_to_speak_of_its_level(gaz):
    text = _H106.replace("全县", "全镇")           # the body is about a town: 衡南 stays unread
    _, mentions, _ = places_of(text, gaz)
    assert "衡南" not in surfaces(mentions)


def test_a_short_name_in_the_body_is_not_a_headline(gaz):
    text = "经济运行情况\n一季度衡南经济稳步开局,全县实现地区生产总值82.56亿元。"
    _, mentions, _ = places_of(text, gaz)
    assert "衡南" not in surfaces(mentions)
