"""graph.metrics, the subject / program / period side, on sentences of Hunan news articles the
extractors were not tuned on (/work/newarts/*: metrics, towns and programs reviews). Each rule
has the sentence it was made for and a counter-example it must not fire on. The whole pipeline
runs on each snippet (real place, organisation, person and program extractors)."""
from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from graph.metrics import find_periods
from graph.model import MetricMention
from graph.pipeline import extract_document
from graph.places import dateline_end
from graph.text import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _metrics(gaz, text: str) -> list[MetricMention]:
    return extract_document(make_document(text, "t"), gaz).metrics


def _one(metrics: list[MetricMention], value: float, unit: str | None = None) -> MetricMention:
    found = [m for m in metrics if m.value == value and (unit is None or m.unit == unit)]
    assert len(found) == 1, [(m.value, m.unit, m.subject) for m in metrics]
    return found[0]


# ---------------------------------------------------------------- the dateline is metadata

QIDONG = ("【半年成绩单】祁东:经济运行总体平稳 高质量发展向前迈进\n"
          "红网时刻衡阳7月27日讯(记者 王敏)地区生产总值137.31亿元,同比增长8.7%;"
          "一般公共预算收入6.4亿元,同比增长6.4%。\n")


def test_dateline_span_includes_its_bracketed_credit():
    text = "红网时刻衡阳7月27日讯(记者 王敏)地区生产总值137.31亿元"
    assert text[:dateline_end(text, 0, len(text))] == "红网时刻衡阳7月27日讯(记者 王敏)"
    wire = "新华社长沙3月24日电 3月24日,会议召开"
    assert wire[:dateline_end(wire, 0, len(wire))] == "新华社长沙3月24日电"


def test_dateline_needs_an_outlet_or_a_date():
    text = "近日传来喜讯,该县获评全国文明城市"
    assert dateline_end(text, 0, len(text)) is None


def test_dateline_place_and_date_are_not_the_subject_or_period(gaz):
    gdp = _one(_metrics(gaz, QIDONG), 137.31)
    assert gdp.subject == "祁东县"            # the headline's county, not the outlet's 衡阳
    assert gdp.period != "7月27日"
    assert gdp.indicator == "地区生产总值"     # the indicator starts after the credit


def test_body_date_after_a_dateline_is_still_a_period(gaz):
    text = ("石门县10月份6个项目集中开工\n"
            "湖南日报·新湖南客户端10月8日讯(记者 郑凯洲)10月8日,石门县6大项目集中开工,总投资约7亿元。\n")
    assert _one(_metrics(gaz, text), 7).period == "10月8日"
