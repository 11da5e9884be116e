"""Sixth round: rules of the genre found on a third development set (benchmarks/unseen/dev3, h31–h50,
annotated blind on 30 Nov 2026 before govkg was run on it) and on sentences of the same shapes.
Each rule is tested on its sentence with a counter-example."""
from __future__ import annotations

from graph.pipeline import extract_document
from graph.text import make_document


def metrics_of(text: str, gaz) -> list[tuple[str | None, str, float, str]]:
    ex = extract_document(make_document(text, "t"), gaz)
    return [(m.subject, m.indicator, m.value, m.unit) for m in ex.metrics]


# ---------------------------------------------------------------- A、B分别完成投资x、y

def test_places_listed_before_fenbie_share_the_words_after_it(gaz):
    text = "今年以来，娄底市双峰县、新化县分别完成投资12亿元、15亿元。"
    assert metrics_of(text, gaz) == [("双峰县", "完成投资", 12.0, "亿元"), ("新化县", "完成投资", 15.0, "亿元")]


def test_words_between_the_list_and_fenbie_stay_the_indicator(gaz):
    text = "从市州来看，娄底、邵阳、永州完成投资情况较好，分别为79.49%、75.34%、75.30%。"
    indicators = {indicator for _, indicator, _, _ in metrics_of(text, gaz)}
    assert all("完成投资" in indicator for indicator in indicators)


# ---------------------------------------------------------------- 全国共有…: the whole country's figure

def test_a_clause_opening_with_the_whole_country_is_of_no_local_place(gaz):
    text = "邵阳县今年新建示范村12个。目前，全国共有3000个示范村。"
    found = metrics_of(text, gaz)
    assert ("邵阳县", "新建示范村", 12.0, "个") in found
    assert (None, "示范村数", 3000.0, "个") in found          # was 邵阳县's, indicator 全国


def test_the_whole_country_as_a_yardstick_or_in_a_title_keeps_the_subject(gaz):
    found = metrics_of("双峰县粮食产量居全国第3位，全国文明城市创建投入5亿元。", gaz)
    assert {subject for subject, *_ in found} == {"双峰县"}


# ---------------------------------------------------------------- 乡村振兴 written without 战略

def programs_of(text: str, gaz) -> set[tuple[str, str]]:
    ex = extract_document(make_document(text, "t"), gaz)
    return {(p.name, p.kind) for p in ex.programs}


def test_rural_revitalisation_written_bare_is_the_national_campaign(gaz):
    text = "昔日深度贫困村,迎来了迈向乡村振兴的首个丰收年。"     # dev3 h41
    assert ("乡村振兴", "campaign") in programs_of(text, gaz)


def test_rural_revitalisation_heading_a_body_is_no_campaign(gaz):
    assert not programs_of("县乡村振兴局组织干部学习。", gaz)
