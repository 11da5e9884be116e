"""One thing once (issue 13): one observation per statistic, one person per real person.

A small corpus of texts written for these tests, plus a sentence of the dev articles (d02)
stated by two documents, is built for real (extraction, RDF, store, facts); the named
query `metrics` must give one row per observation with its number of sources, and each
document's facts must still list every metric it states.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.gazetteer import load_gazetteer
from graph.model import Extraction, MetricMention, OfficialMention, PersonMention, Span
from graph.pipeline import Settings, add, build, extract_document
from graph.queries import load_named, run_query
from graph.rdf import build_triples
from graph.resolve import NO_PLACE, resolve_persons
from graph.store import open_store
from graph.text import make_document

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "articles"
GK = "https://w3id.org/govkg/ontology#"
PREFIXES = f"""PREFIX gk: <{GK}>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <https://schema.org/>
"""

# a dev sentence (d02): a village's income in 2021, quoted by two documents of this corpus
DEV_SENTENCE = "“下坪村2021年村民人均纯收入达到14200元,村集体经济收入26万元。"

CORPUS = {
    # the same statistic (娄底 GDP 1800亿元 in 2021) in a dated and an undated document,
    # written differently (约: an approximation the first document does not write)
    "a1": "新华社长沙2021年10月8日电 2021年，娄底市地区生产总值达到1800亿元，同比增长8%。",
    "a2": "本报讯 据统计，2021年娄底市地区生产总值约1800亿元。今年以来，全市新增就业岗位3万个。",
    # the same figure for another year, and for another city
    "a3": "本报讯 2022年，娄底市地区生产总值达到1800亿元。邵阳市地区生产总值达到1800亿元。",
    # 今年 in two documents of 2022: one period, one observation
    "b1": "新华社长沙2022年3月1日电 今年，娄底市地区生产总值增长8%。",
    "b2": "新华社长沙2022年6月1日电 今年，娄底市地区生产总值增长8%。",
    # 今年 in two undated documents: the year is unknown, two facts
    "c1": "本报讯 今年，娄底市地区生产总值增长8%。",
    "c2": "本报讯 今年，娄底市地区生产总值增长8%。",
    # a figure without a subject in two documents: two facts
    "u1": "本报讯 记者了解到，满意率达到97%。",
    "u2": "本报讯 据介绍，满意率达到97%。",
}


def _dev_sentence() -> str:
    text = (DEV / "d02.txt").read_text(encoding="utf-8")
    assert DEV_SENTENCE in text, "the dev sentence moved"
    return DEV_SENTENCE


def _corpus() -> dict[str, str]:
    sentence = _dev_sentence()
    return {**CORPUS,
            "h1": "湖南省洪江市安江镇下坪村地处雪峰山区。" + sentence + "”",
            "h2": "本报讯 近日，记者走进洪江市安江镇。" + sentence + "”"}


def _write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for doc, text in texts.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    return folder


def _quiet(_message: str) -> None:
    pass


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("identity")
    out = root / "out"
    build([_write(root / "in", _corpus())], out, network=False, notify=_quiet, settings=Settings(jobs=1))
    return out


@pytest.fixture(scope="module")
def metric_rows(corpus_build) -> list[dict]:
    return run_query(open_store(corpus_build), load_named("metrics")).as_dicts()


def _rows(rows: list[dict], subject: str | None, indicator: str, value: float) -> list[dict]:
    return [r for r in rows if r["subject"] == subject and r["indicator"] == indicator
            and float(r["value"]) == value]


def _facts(build_dir: Path, doc: str) -> dict:
    return json.loads((build_dir / "facts" / f"{doc}.json").read_text(encoding="utf-8"))


def _evidence_docs(build_dir: Path, metric: str) -> list[str]:
    sparql = PREFIXES + f"""SELECT ?id WHERE {{ <{metric}> prov:wasDerivedFrom/oa:hasSource/schema:identifier ?id }}
                            ORDER BY ?id"""
    return [row[0] for row in run_query(open_store(build_dir), sparql).rows]


def test_a_statistic_reported_by_two_documents_is_one_observation_with_both_evidences(corpus_build, metric_rows):
    (row,) = [r for r in _rows(metric_rows, "娄底市", "地区生产总值", 1800) if r["period"] == "2021年"]
    assert row["unit"] == "亿元" and row["sources"] == "2"
    assert (row["first"], row["last"]) == ("2021-10-08", "2021-10-08")   # a2 has no date
    assert _evidence_docs(corpus_build, row["metric"]) == ["a1", "a2"]


def test_a_dev_sentence_stated_by_two_documents_is_one_observation(corpus_build, metric_rows):
    (row,) = _rows(metric_rows, "下坪村", "村民人均纯收入", 14200)
    assert row["sources"] == "2" and row["first"] is None
    assert _evidence_docs(corpus_build, row["metric"]) == ["h1", "h2"]


def test_the_same_figure_for_another_year_or_subject_is_another_observation(metric_rows):
    loudi = _rows(metric_rows, "娄底市", "地区生产总值", 1800)
    assert sorted(r["period"] for r in loudi) == ["2021年", "2022年"]
    assert [r["sources"] for r in _rows(metric_rows, "邵阳市", "地区生产总值", 1800)] == ["1"]


def test_a_relative_period_is_one_fact_when_the_year_is_known_and_two_when_not(corpus_build, metric_rows):
    rows = _rows(metric_rows, "娄底市", "地区生产总值增长", 8)
    dated = [r for r in rows if r["sources"] == "2"]
    assert len(dated) == 1 and (dated[0]["first"], dated[0]["last"]) == ("2022-03-01", "2022-06-01")
    assert _evidence_docs(corpus_build, dated[0]["metric"]) == ["b1", "b2"]
    undated = sorted(_evidence_docs(corpus_build, r["metric"])[0] for r in rows if r is not dated[0])
    assert undated == ["c1", "c2"]   # 今年 of unknown years: two observations of one source each


def test_a_figure_without_a_subject_is_never_merged(corpus_build, metric_rows):
    rows = _rows(metric_rows, None, "满意率", 97)
    assert len(rows) == 2 and {r["sources"] for r in rows} == {"1"}


def test_one_row_per_observation_and_every_statement_in_the_facts(corpus_build, metric_rows):
    """Each document's facts list what it states, with what it writes; the named query
    lists each observation once; statements = sum of the sources."""
    store = open_store(corpus_build)
    observations = run_query(store, PREFIXES + "SELECT (COUNT(?m) AS ?n) WHERE { ?m a gk:Metric }").rows[0][0]
    statements = run_query(store, PREFIXES + "SELECT (COUNT(?m) AS ?n) WHERE { ?m a gk:MetricMention }").rows[0][0]
    assert len(metric_rows) == int(observations) < int(statements)
    assert sum(int(r["sources"]) for r in metric_rows) == int(statements)
    facts = {doc: _facts(corpus_build, doc)["metrics"] for doc in _corpus()}
    assert sum(len(m) for m in facts.values()) == int(statements)
    for doc in ("a1", "a2"):
        assert {"subject": "娄底市", "program": None, "indicator": "地区生产总值", "value": 1800,
                "unit": "亿元", "period": "2021年"} in facts[doc]
    for doc in ("h1", "h2"):
        assert any(m["subject"] == "下坪村" and m["value"] == 14200 for m in facts[doc])


def test_what_differs_between_statements_is_the_first_documents_on_the_observation(corpus_build, metric_rows):
    (row,) = [r for r in _rows(metric_rows, "娄底市", "地区生产总值", 1800) if r["period"] == "2021年"]
    sparql = PREFIXES + f"""SELECT ?written ?approx ?doc WHERE {{
        ?s gk:ofMetric <{row["metric"]}> ; gk:valueAsWritten ?written ;
           prov:wasDerivedFrom/oa:hasSource/schema:identifier ?doc .
        OPTIONAL {{ ?s gk:approximate ?approx }} }} ORDER BY ?doc"""
    statements = run_query(open_store(corpus_build), sparql).rows
    assert statements == [["1800亿元", None, "a1"], ["1800亿元", "约", "a2"]]
    approx = run_query(open_store(corpus_build), PREFIXES + f"ASK {{ <{row['metric']}> gk:approximate ?a }}")
    assert approx.rows == [["false"]]   # a1, first in document order, writes no 约


def test_shared_observations_build_the_same_graph_by_add_and_with_two_workers(tmp_path, corpus_build):
    corpus = _corpus()
    later = {doc: text for doc, text in corpus.items() if doc in ("a1", "b1", "h1")}   # first in doc order
    # every folder is named "in", as the corpus build's, so the documents' paths are the same
    first = _write(tmp_path / "first" / "in", {d: t for d, t in corpus.items() if d not in later})
    out = tmp_path / "added"
    build([first], out, network=False, notify=_quiet, settings=Settings(jobs=1, cache=False))
    add([_write(tmp_path / "later" / "in", later)], out, network=False, notify=_quiet, settings=Settings(jobs=1, cache=False))
    two = tmp_path / "two"
    build([_write(tmp_path / "all" / "in", corpus)], two, network=False, notify=_quiet, settings=Settings(jobs=2, cache=False))
    reference = (corpus_build / "graph.ttl").read_bytes()
    assert (out / "graph.ttl").read_bytes() == reference
    assert (two / "graph.ttl").read_bytes() == reference


# ---------------------------------------------------------------- persons

PERSONS = {
    "p1": "本报讯 5月10日，娄底市委常委、常务副市长谢学龙在全市安全生产工作会议上讲话。",
    "p2": "本报讯 会上，常务副市长谢学龙作了讲话，要求各部门抓好落实。",
    "p3": "本报讯 邵阳市委常委、常务副市长谢学龙调研重点项目建设。",
}


def _person_nodes(docs: list[str]) -> dict[str, set[str]]:
    """person IRI -> ids of the documents whose evidence it has."""
    gaz = load_gazetteer()
    extractions = [extract_document(make_document(PERSONS[d], d, f"{d}.txt"), gaz) for d in docs]
    triples = build_triples(extractions, gaz)
    derived = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
    nodes: dict[str, set[str]] = {}
    for s, p, o in triples:
        if "/id/person/" in s and p == derived:
            nodes.setdefault(s, set()).add(o.split("/evidence/")[1].split("/")[0])
    return nodes


def test_an_official_named_without_a_place_joins_the_one_holder_of_that_post():
    nodes = _person_nodes(["p1", "p2"])
    assert list(nodes) == ["<https://w3id.org/govkg/id/person/谢学龙/431300>"]
    assert nodes["<https://w3id.org/govkg/id/person/谢学龙/431300>"] == {"p1", "p2"}


def test_namesakes_stay_apart_and_a_mention_that_could_be_either_joins_neither():
    nodes = _person_nodes(["p1", "p2", "p3"])
    assert nodes == {"<https://w3id.org/govkg/id/person/谢学龙/431300>": {"p1"},
                     "<https://w3id.org/govkg/id/person/谢学龙/430500>": {"p3"},
                     f"<https://w3id.org/govkg/id/person/谢学龙/{NO_PLACE}>": {"p2"}}


def _extraction(doc_id: str, text: str, officials=(), persons=(), metrics=()) -> Extraction:
    doc = make_document(text, doc_id, f"{doc_id}.txt")
    return Extraction(doc=doc, officials=list(officials), persons=list(persons), metrics=list(metrics))


def test_a_name_without_a_place_joins_the_person_its_own_document_places():
    gaz = load_gazetteer()
    text = "湖南华夏公司副总万家春、基金会部长万家春出席。万家春说，好。"
    placed = OfficialMention(Span(0, 12), Span(9, 12), "万家春", "副总", "湖南华夏公司", "company", "430000")
    unplaced = OfficialMention(Span(13, 21), Span(18, 21), "万家春", "部长", "基金会", "other", None)
    speaker = PersonMention(Span(24, 27), "万家春", None)
    index = resolve_persons([_extraction("d1", text, [placed, unplaced], [speaker]),
                             _extraction("d2", "万家春说，好。", [], [PersonMention(Span(0, 3), "万家春", None)])],
                            gaz, {})
    assert index.scope("d1", "万家春", None) == "430000"
    assert index.scope("d2", "万家春", None) == NO_PLACE     # another document, no post: not joined
    assert index.scope("d1", "万家春", "430000") == "430000"


def test_a_build_with_shared_observations_conforms_to_the_shapes(corpus_build):
    from graph.validate import validate_store

    conforms, report = validate_store(corpus_build)
    assert conforms, report


def test_a_figure_about_a_person_known_by_name_only_is_not_merged_across_documents():
    """A placeless person is one node per name, not a sure identity: the same 2021 income of
    a 刘芳 named without a place in two documents stays two observations; with a place, one."""
    gaz = load_gazetteer()
    text = "刘芳2021年收入达到3万元。"

    def extraction(doc_id: str, place_key: str) -> Extraction:
        name, figure = Span(0, 2), Span(text.index("3万元"), text.index("3万元") + 3)
        metric = MetricMention(figure, 3.0, "万元", "3万元", "收入", "刘芳", "person", place_key, period="2021年")
        return _extraction(doc_id, text, persons=[PersonMention(name, "刘芳", place_key or None)], metrics=[metric])

    for place_key, observations in (("", 2), ("431300", 1)):
        triples = build_triples([extraction("d1", place_key), extraction("d2", place_key)], gaz)
        metrics = {s for s, p, o in triples if o == f"<{GK}Metric>"}
        assert len(metrics) == observations, (place_key, metrics)
