"""Property-based tests (hypothesis): any Unicode input goes through the normaliser and every
extractor (places, organisations, officials, programs, metrics via extract_document) without a
crash, and every evidence selector of the resulting graph slices the source to its quoted text."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from graph.gazetteer import load_gazetteer
from graph.pipeline import extract_document, graph_of
from graph.store import serialize
from graph.text import decode_bytes, make_document, normalise
from graph.validate import validate_graph

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_LINES = sorted({line for p in SEEDS.glob("*.txt") for line in p.read_text(encoding="utf-8").splitlines()
                     if line.strip()})
EVIDENCE = """
    PREFIX oa: <http://www.w3.org/ns/oa#>
    SELECT ?start ?end ?exact WHERE {
      ?ev oa:hasSelector ?pos, ?quote .
      ?pos oa:start ?start ; oa:end ?end .
      ?quote oa:exact ?exact }"""

# GOVKG_EXAMPLES=500 hunts harder; the default keeps the suite fast.
SETTINGS = settings(max_examples=int(os.environ.get("GOVKG_EXAMPLES", 50)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Arbitrary Unicode (surrogates excluded: they cannot come out of a decoder).
any_text = st.text(max_size=400)
# Page-like text: real seed lines, cut anywhere, glued with line breaks, spaces and random characters,
# so the extractors' real paths (titles, places, numbers, quotes) are exercised under damage.
_piece = st.one_of(
    st.sampled_from(SEED_LINES).flatmap(lambda line: st.integers(0, len(line)).map(lambda cut: line[:cut] if cut % 3 else line)),
    st.text(max_size=6),
    st.sampled_from(["\n", "\n\n", " ", "\u3000", "\r\n", "“", "”", "《", "》", "（", "）", "%", "亿元"]),
)
page_text = st.lists(_piece, min_size=1, max_size=14).map("".join)
some_text = st.one_of(any_text, page_text)


@lru_cache(maxsize=1)
def gazetteer():
    return load_gazetteer()


def check_offsets(raw: str) -> None:
    text, offsets = normalise(raw)
    assert len(offsets) == len(text) + 1
    assert all(0 <= o <= len(raw) for o in offsets)
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert raw[offsets[i]] == ch


@SETTINGS
@given(some_text)
def test_normaliser_offsets_point_back_to_the_source(raw):
    check_offsets(raw.replace("\r\n", "\n").replace("\r", "\n"))


@SETTINGS
@given(some_text)
def test_document_segments_stay_inside_the_text(raw):
    doc = make_document(raw, "prop")
    n = len(doc.text)
    for span in [*doc.paragraphs, *(a.span for a in doc.articles), *(s.span for s in doc.sentences)]:
        assert 0 <= span.start <= span.end <= n
    starts = [s.span.start for s in doc.sentences]
    assert starts == sorted(starts)
    for article in doc.articles:
        for part in (article.headline, article.subheadline):
            assert part is None or 0 <= part.start <= part.end <= n


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_fail_with_a_message(data):
    from graph.text import InputError

    try:
        text, encoding = decode_bytes(data, "x.txt")
    except InputError as exc:
        assert str(exc).startswith("x.txt: ")
    else:
        assert isinstance(text, str) and encoding


def _evidence_holds(raw: str) -> Graph:
    doc = make_document(raw, "prop", "prop.txt")
    extraction = extract_document(doc, gazetteer())
    for mention in [*extraction.places, *extraction.organizations, *extraction.programs, *extraction.metrics]:
        assert 0 <= mention.span.start <= mention.span.end <= len(doc.text)
    for official in extraction.officials:
        for span in (official.span, official.name_span):
            assert 0 <= span.start <= span.end <= len(doc.text)
    graph = graph_of([extraction], gazetteer())
    for start, end, exact in graph.query(EVIDENCE):
        assert doc.raw[int(start):int(end)] == str(exact)
    return graph


@SETTINGS
@given(some_text)
def test_extractors_survive_any_text_and_evidence_slices_the_source(raw):
    graph = _evidence_holds(raw)
    Graph().parse(data=serialize(graph, "turtle"), format="turtle")   # the output parses back


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_text)
def test_graph_of_damaged_pages_passes_shacl(raw):
    conforms, report = validate_graph(_evidence_holds(raw))
    assert conforms, report


def test_evidence_on_a_real_page_slices_the_source():
    """A whole seed page with CRLF line ends: the offsets refer to the document's raw text."""
    raw = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8").replace("\n", "\r\n")
    graph = _evidence_holds(raw)
    assert len(list(graph.query(EVIDENCE))) > 20
