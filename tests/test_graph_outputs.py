"""RDF, store, facts and validation on hand-made extractions of a real sentence.

These tests exercise the stages after extraction, independent of the extractors'
quality: evidence offsets, byte-identical Turtle, facts derived by SPARQL, SHACL.
"""
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from graph.gazetteer import load_gazetteer
from graph.model import (Extraction, MetricMention, OfficialMention, OrgMention, PlaceMention, ProgramMention, Span)
from graph.vocab import ONTOLOGY_FILE
from graph.rdf import build_graph
from graph.store import open_store, serialize, write_store
from graph.facts import document_facts
from graph.text import make_document
from graph.validate import validate_graph

RAW = ("标题\n\n前10个月，邵阳市6个省“三高四新”重大产业项目完成投资45.1亿 元，占年度计划的115.8%。\n\n"
       "邵阳市委书记严华表示，要全力以赴。\n")


def _find(doc, needle: str) -> Span:
    start = doc.text.index(needle)
    return Span(start, start + len(needle))


@pytest.fixture(scope="module")
def extraction():
    gaz = load_gazetteer()
    doc = make_document(RAW, "page1", "seeds/page1.txt")
    sy = _find(doc, "邵阳市")
    ex = Extraction(doc=doc)
    ex.places = [PlaceMention(sy, "邵阳市", "430500")]
    ex.organizations = [OrgMention(_find(doc, "邵阳市委"), "邵阳市委", "邵阳市委", "party", "430500")]
    ex.officials = [OfficialMention(_find(doc, "邵阳市委书记严华"), _find(doc, "严华"), "严华", "市委书记", "邵阳市委", "party", "430500")]
    ex.programs = [ProgramMention(_find(doc, "三高四新"), "三高四新", "campaign", "430000")]
    ex.metrics = [MetricMention(_find(doc, "45.1亿元"), 45.1, "亿元", "45.1亿元", "完成投资", "邵阳市", "place", "430500",
                                "三高四新", "前10个月", None, 4.51e9, "CNY")]
    return ex, gaz


@pytest.fixture(scope="module")
def graph(extraction):
    ex, gaz = extraction
    g = build_graph([ex], gaz)
    g.parse(ONTOLOGY_FILE)
    return g


def test_evidence_offsets_slice_the_source_to_the_quoted_text(graph, extraction):
    ex, _ = extraction
    rows = list(graph.query("""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?start ?end ?exact WHERE { ?ev oa:hasSelector ?p, ?q . ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }"""))
    assert rows
    for start, end, exact in rows:
        assert ex.doc.raw[int(start):int(end)] == str(exact)
    # the metric's sentence spans the raw "45.1亿 元" (a space inside) and still slices exactly
    assert any("45.1亿 元" in str(exact) for _, _, exact in rows)


def test_turtle_is_byte_identical_for_the_same_input(extraction):
    ex, gaz = extraction
    first = serialize(build_graph([ex], gaz))
    second = serialize(build_graph([ex], gaz))
    assert first == second
    assert b"@prefix gk:" in first


def test_facts_come_from_the_store(tmp_path: Path, graph):
    write_store(graph, tmp_path)
    facts = document_facts(open_store(tmp_path), "page1", "seeds/page1.txt")
    assert facts["officials"] == [{"person": "严华", "role": "市委书记", "org_or_place": "邵阳市委"}]
    assert {"name": "邵阳市", "type": "prefecture_city", "parent": "湖南省"} in facts["places"]
    assert facts["programs"] == [{"name": "三高四新", "kind": "campaign", "place": "湖南省"}]
    (metric,) = facts["metrics"]
    assert (metric["value"], metric["unit"], metric["subject"], metric["program"]) == (45.1, "亿元", "邵阳市", "三高四新")


def test_store_swap_keeps_one_complete_store(tmp_path: Path, graph):
    write_store(graph, tmp_path)
    write_store(graph, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_graph_conforms_to_the_shapes(graph):
    conforms, text = validate_graph(graph)
    assert conforms, text


def test_shapes_catch_a_post_without_evidence(graph):
    from rdflib import Graph
    from rdflib.namespace import PROV

    broken = Graph()
    for t in graph:
        broken.add(t)
    for post in [s for s in broken.subjects(None, None) if "/post/" in str(s)]:
        broken.remove((post, PROV.wasDerivedFrom, None))
    conforms, text = validate_graph(broken)
    assert not conforms
    assert "evidence" in text


def test_graph_read_back_from_the_store_conforms(tmp_path: Path, graph):
    from graph.store import store_graph

    write_store(graph, tmp_path)
    conforms, text = validate_graph(store_graph(open_store(tmp_path)))
    assert conforms, text


def test_parent_skips_unmentioned_towns_but_not_prefectures():
    from graph.facts import _nearest_parents

    rows = [  # 花桥社区: town (depth 3) unmentioned, district mentioned; 桃源县: city unmentioned, province mentioned
        {"place": "p1", "ancestor": "a1", "label": "花桥街镇", "depth": "3", "mentioned": None},
        {"place": "p1", "ancestor": "a2", "label": "冷水滩区", "depth": "2", "mentioned": "true"},
        {"place": "p1", "ancestor": "a3", "label": "永州市", "depth": "1", "mentioned": "true"},
        {"place": "p2", "ancestor": "a4", "label": "常德市", "depth": "1", "mentioned": None},
        {"place": "p2", "ancestor": "a5", "label": "湖南省", "depth": "0", "mentioned": "true"},
    ]
    assert _nearest_parents(rows, {}) == {"p1": "冷水滩区", "p2": "常德市"}
    # a mentioned parent is named the way the document refers to it
    assert _nearest_parents(rows, {"a2": "冷水滩"})["p1"] == "冷水滩"


def test_a_parent_or_jurisdiction_is_named_as_the_document_writes_it_unless_that_is_a_short_form():
    from graph.facts import _referred_name

    assert _referred_name({"name": "湘西土家族苗族自治州", "labels": "湘西|湘西州"}) == "湘西州"
    assert _referred_name({"name": "湖南省", "labels": "湖南"}) == "湖南省"
    assert _referred_name({"name": "邵阳市", "labels": None}) == "邵阳市"


def test_literals_with_quotes_backslashes_and_line_breaks_survive_the_rdf_stage():
    from graph.rdf import as_graph, plain, zh

    text = '他说：“引号\\"反斜杠\\\\与\n换行\r”'
    graph = as_graph({("<https://w3id.org/govkg/id/doc/x>", "<http://www.w3.org/2000/01/rdf-schema#label>", zh(text)),
                      ("<https://w3id.org/govkg/id/doc/x>", "<http://www.w3.org/2000/01/rdf-schema#comment>", plain(text))})
    assert sorted(str(o) for _, _, o in graph) == [text, text]


def test_sorted_ntriples_orders_lines_as_the_terms(extraction):
    """graph.ttl's order comes from sorting N-Triples lines; it must equal sorting the
    triples by (subject, predicate, object), so the Turtle does not depend on how the
    store happened to hold them."""
    import pyoxigraph as ox

    from graph.store import sorted_ntriples

    ex, gaz = extraction
    graph = build_graph([ex], gaz, with_ontology=True)
    lines = sorted_ntriples(graph).splitlines()
    triples = list(ox.parse(b"\n".join(lines) + b"\n", ox.RdfFormat.N_TRIPLES))
    assert len(triples) == len(graph) and len(set(lines)) == len(lines)
    by_terms = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    assert triples == by_terms


def test_store_written_from_ntriples_holds_the_graph(extraction, tmp_path):
    """The store is bulk-loaded from the build's N-Triples: same triples as the graph."""
    import pyoxigraph as ox

    from graph.store import sorted_ntriples

    ex, gaz = extraction
    graph = build_graph([ex], gaz, with_ontology=True)
    write_store(sorted_ntriples(graph), tmp_path)
    store = open_store(tmp_path)
    held = {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert held == {str(t) for t in ox.parse(sorted_ntriples(graph), ox.RdfFormat.N_TRIPLES)}


def test_network_page_drawn_beside_the_other_outputs_is_the_same_page(tmp_path):
    """The build draws network.html in a forked child while it writes the store: the page
    is byte-identical to one drawn in this process from the build's store."""
    from graph.network import render_network
    from graph.pipeline import build
    from graph.store import store_graph

    src = tmp_path / "in"
    src.mkdir()
    (src / "page1.txt").write_text(RAW, encoding="utf-8")
    build([src], tmp_path / "out", notify=lambda _m: None)
    here = tmp_path / "here.html"
    render_network(store_graph(open_store(tmp_path / "out")), here)
    assert (tmp_path / "out" / "network.html").read_bytes() == here.read_bytes()


def test_a_network_page_that_fails_publishes_nothing(tmp_path, monkeypatch):
    """A failure in the child that draws the page stops the build with a one-line error,
    and the folder keeps no half-written build."""
    import graph.network
    from graph.pipeline import BuildError, build

    def broken(*_args, **_kwargs):
        raise MemoryError("no room for the layout")

    monkeypatch.setattr(graph.network, "render_network", broken)
    src = tmp_path / "in"
    src.mkdir()
    (src / "page1.txt").write_text(RAW, encoding="utf-8")
    with pytest.raises(BuildError, match=r"network page failed \(MemoryError: no room") as info:
        build([src], tmp_path / "out", notify=lambda _m: None)
    assert "\n" not in str(info.value)
    assert not (tmp_path / "out" / "graph.ttl").exists() and not (tmp_path / "out" / "store").exists()


def test_a_full_disk_while_writing_the_exports_is_the_oserror_of_the_build(tmp_path, monkeypatch):
    """graph.ttl and graph.nt.gz are written in a forked child: a write that fails
    there for want of room reaches the build as that OSError (the CLI words it), nothing is
    published, and the previous build stays."""
    import errno

    import graph.dumps
    from graph.pipeline import build

    src = tmp_path / "in"
    src.mkdir()
    (src / "page1.txt").write_text(RAW, encoding="utf-8")
    build([src], tmp_path / "out", network=False, notify=lambda _m: None)
    before = (tmp_path / "out" / "graph.ttl").read_bytes()

    def full(_ntriples, folder):
        raise OSError(errno.ENOSPC, "No space left on device", str(folder / "graph.ttl"))

    monkeypatch.setattr(graph.dumps, "write_dumps", full)
    (src / "page2.txt").write_text(RAW.replace("邵阳", "株洲"), encoding="utf-8")
    with pytest.raises(OSError) as info:
        build([src], tmp_path / "out", network=False, notify=lambda _m: None)
    assert info.value.errno == errno.ENOSPC and info.value.filename.endswith("graph.ttl")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == before
    assert [p.name for p in (tmp_path / "out" / ".versions").iterdir()] == [os.readlink(tmp_path / "out" / "current").split("/")[-1]]


def test_a_failure_while_writing_the_exports_is_one_line(tmp_path, monkeypatch):
    import graph.dumps
    from graph.pipeline import BuildError, build

    def broken(_ntriples, _folder):
        raise ValueError("a line\nand another")

    monkeypatch.setattr(graph.dumps, "write_dumps", broken)
    src = tmp_path / "in"
    src.mkdir()
    (src / "page1.txt").write_text(RAW, encoding="utf-8")
    with pytest.raises(BuildError, match=r"writing graph.ttl and graph.nt.gz failed \(ValueError: a line\)"):
        build([src], tmp_path / "out", notify=lambda _m: None)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_a_line_of_the_rdf_stage_that_is_not_valid_n_triples_fails_the_build(tmp_path, monkeypatch):
    """The stores load the build's N-Triples without checking them (lenient); the child that
    writes graph.ttl parses them strictly, so an ill-formed line (an IRI with a space, which a
    lenient load would store) fails the build with one line and publishes nothing."""
    import graph.pipeline
    from graph.pipeline import BuildError, build

    real = graph.pipeline.ntriples_of_build

    def with_a_bad_line(extractions, gaz):
        return real(extractions, gaz) + '<https://example.org/a b> <https://example.org/p> "x" .\n'.encode()

    monkeypatch.setattr(graph.pipeline, "ntriples_of_build", with_a_bad_line)
    src = tmp_path / "in"
    src.mkdir()
    (src / "page1.txt").write_text(RAW, encoding="utf-8")
    with pytest.raises(BuildError, match=r"writing graph.ttl and graph.nt.gz failed") as info:
        build([src], tmp_path / "out", network=False, notify=lambda _m: None)
    assert "\n" not in str(info.value)
    assert not (tmp_path / "out" / "graph.ttl").exists() and not (tmp_path / "out" / "store").exists()


_VALUES = st.one_of(st.none(), st.text(max_size=8), st.floats(allow_nan=False, allow_infinity=False), st.integers())
_ROWS = st.one_of(st.text(max_size=8), st.dictionaries(st.text(max_size=6), _VALUES, max_size=4))
_FIELDS = st.dictionaries(st.text(max_size=10), st.one_of(_VALUES, st.lists(_ROWS, max_size=5)), max_size=6)


@settings(max_examples=300, deadline=None)
@given(_FIELDS)
def test_a_facts_file_is_the_json_of_its_facts_one_fact_a_line(facts: dict) -> None:
    from graph.facts import facts_json

    text = facts_json(facts)
    assert json.loads(text) == facts and text.endswith("}\n")
    lines = text.split("\n")[:-1]          # by "\n" only: U+2028 is written as is, and is no line end here
    rows = sum(len(v) + 1 for v in facts.values() if isinstance(v, list) and v)     # its rows and "]"
    assert len(lines) == (2 + len(facts) + rows if facts else 1)
    for key, value in facts.items():
        if isinstance(value, list) and value:
            at = lines.index(f"  {json.dumps(key, ensure_ascii=False)}: [")
            assert [json.loads(line.strip().rstrip(",")) for line in lines[at + 1:at + 1 + len(value)]] == value


def test_two_facts_read_from_one_written_number_are_two_statements_that_conform():
    """One rank written for two items (总量和增速…排名第一: dev2 h05, benchmarks/unseen) gives two
    metrics at the same offsets; each is its own statement (metric-mention) with one observation,
    and the graph conforms to the shapes (one gk:ofMetric per mention)."""
    from rdflib import URIRef

    from graph.pipeline import build_graph_from
    from graph.text import make_document
    from graph.validate import validate_graph
    from graph.vocab import GK

    text = ("长沙县一季度经济运行情况发布。完成地区生产总值300.8亿元,总量和增速在四县(市、区)中排名第一;"
            "规模工业增加值完成592.4亿元,增速在四县(市、区)中排名第一。")
    graph, extractions = build_graph_from([make_document(text, "rank", "rank.txt")])
    ranks = [m for m in extractions[0].metrics if m.unit == "名"]
    spans = [(m.span.start, m.span.end) for m in ranks]
    assert len(spans) > len(set(spans))           # two facts from one written number
    mentions = {s for s, o in graph.subject_objects(URIRef(str(GK.ofMetric)))}
    per_mention = [len(list(graph.objects(s, URIRef(str(GK.ofMetric))))) for s in mentions]
    assert per_mention and max(per_mention) == 1
    assert len([s for s in mentions if "/metric-mention/rank/" in str(s)]) == len(extractions[0].metrics)
    conforms, report = validate_graph(graph)
    assert conforms, report
