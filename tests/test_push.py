"""`govkg push`: the build's graph written to a real Oxigraph server through the SPARQL 1.1
Graph Store HTTP Protocol, one named graph per document (graph.push).

The server is the `oxigraph` binary of the PyPI package `oxigraph` (the `push` extra,
installed by `make test`), started on 127.0.0.1 with a free port and a temporary data
folder, and stopped at the end of each test. Queries read the union of the named graphs
with Oxigraph's per-request `union-default-graph` parameter of its /query endpoint.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.push import (DOC_GRAPH_BASE, GRAPH_BASE, ONTOLOGY_GRAPH, SHARED_GRAPH, PushError, build_graphs,
                        doc_graph_iri, push_build, read_record)
from graph.queries import load_named, named_queries, run_query
from graph.store import open_store
from support import free_port

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
READY_SECONDS = 20.0
MOVED = "002_2e6c65ec513308ee"      # the seed page taken out and put back in


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


@dataclass
class Oxigraph:
    """A running `oxigraph serve` and its URLs."""

    process: subprocess.Popen
    port: int
    location: Path

    @property
    def store(self) -> str:
        return f"http://127.0.0.1:{self.port}/store"

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def select(self, sparql: str, union: bool = True) -> list[dict[str, str]]:
        """Rows of a SELECT over the union of the named graphs (or the default graph)."""
        fields = {"query": sparql, **({"union-default-graph": ""} if union else {})}
        request = urllib.request.Request(self.query_url, data=urllib.parse.urlencode(fields).encode(),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            rows = json.load(response)["results"]["bindings"]
        return [{k: v["value"] for k, v in row.items()} for row in rows]

    def update(self, sparql: str) -> None:
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/update", data=sparql.encode(),
                                         headers={"Content-Type": "application/sparql-update"})
        with urllib.request.urlopen(request, timeout=30):
            pass

    def graph(self, iri: str) -> set[bytes] | None:
        """The N-Triples lines of graph `iri` as the server holds it; None when it has no such graph."""
        url = self.store + "?" + urllib.parse.urlencode({"graph": iri})
        request = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return {line + b"\n" for line in response.read().splitlines() if line.strip()}
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            raise

    def graph_names(self) -> set[str]:
        return {row["g"] for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)}


def start_oxigraph(location: Path, port: int | None = None) -> Oxigraph:
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install -e '.[push]', done by `make test`)")
    port = port or free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Oxigraph(process, port, location)
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"oxigraph serve ended with {process.returncode}: {process.stderr.read()!r}")
        try:
            server.select("SELECT * WHERE { } LIMIT 1", union=False)
            return server
        except OSError:
            time.sleep(0.1)
    stop_oxigraph(server)
    raise AssertionError(f"oxigraph serve did not answer within {READY_SECONDS} s")


def stop_oxigraph(server: Oxigraph) -> None:
    server.process.terminate()
    try:
        server.process.wait(15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(5)
    if server.process.stderr is not None:
        server.process.stderr.close()


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[Oxigraph]:
    server = start_oxigraph(tmp_path / "oxigraph-data")
    yield server
    stop_oxigraph(server)


@pytest.fixture
def build_copy(seed_build: Path, tmp_path: Path) -> Path:
    """A copy of the session's seed build (a push writes its record into the build folder)."""
    copy = tmp_path / "build"
    shutil.copytree(seed_build, copy, symlinks=True)
    return copy


def graph_ttl_lines(build: Path) -> Counter[bytes]:
    """The triples of graph.ttl as N-Triples lines (with their multiplicity)."""
    triples = ox.parse(path=str(build / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return Counter(ox.serialize([t], format=ox.RdfFormat.N_TRIPLES) for t in triples)


def rows_multiset(rows: list[dict[str, str | None]]) -> Counter[tuple]:
    return Counter(tuple(sorted((k, v) for k, v in row.items() if v is not None)) for row in rows)


# ------------------------------------------------------------------ the partition alone (no server)

def test_the_partition_is_exact_and_follows_the_documents() -> None:
    from graph.push import partition_lines

    idb = "https://w3id.org/govkg/id/"
    lines = [
        f"<{idb}doc/a> <urn:p> \"a\" .\n",
        f"<{idb}evidence/a/1-5#quote> <urn:p> \"x . y\" .\n",
        f"<{idb}place/430000> <urn:derived> <{idb}evidence/a/1-5> .\n",     # shared subject, a's object
        f"<{idb}place/430000> <urn:label> \"湖南省\"@zh .\n",
        f"<{idb}metric/b/3-9> <urn:subject> <{idb}place/430000> .\n",
        f"<{idb}doc/b> <urn:p> <{idb}doc/a> .\n",                          # subject decides: b
        f"<{idb}article/ghost/0> <urn:p> \"no document ghost\" .\n",     # no id:doc/ghost: shared
        "<https://w3id.org/govkg/ontology#Place> <urn:p> _:b0 .\n",
        "_:b0 <urn:p> \"1\" .\n",
    ]
    graphs = partition_lines(line.encode() for line in lines)
    assert Counter(line for g in graphs.values() for line in g.lines) == Counter(l.encode() for l in lines)
    names = {iri[len(GRAPH_BASE):]: {l.decode() for l in g.lines} for iri, g in graphs.items()}
    assert names["doc/a"] == set(lines[0:3])
    assert names["doc/b"] == {lines[4], lines[5]}
    assert names["shared"] == {lines[3], lines[6]}
    assert names["ontology"] == set(lines[7:9])
    assert doc_graph_iri("a") == DOC_GRAPH_BASE + "a"


def test_statements_and_the_evidence_of_shared_observations_go_with_their_document() -> None:
    """One observation stated by two documents is shared; each statement (metric-mention)
    and each `prov:wasDerivedFrom` its evidence lands in the graph of the document that
    states it, so removing a document takes its statements and evidence links with it."""
    from graph.push import partition_lines

    idb = "https://w3id.org/govkg/id/"
    obs = f"<{idb}metric/place/430500/gdp/1/亿元/2021>"
    lines = [
        f"<{idb}doc/a> <urn:p> \"a\" .\n",
        f"<{idb}doc/b> <urn:p> \"b\" .\n",
        f"{obs} <urn:value> \"1\" .\n",
        f"{obs} <urn:derived> <{idb}evidence/a/1-5> .\n",
        f"{obs} <urn:derived> <{idb}evidence/b/7-9> .\n",
        f"<{idb}metric-mention/a/2-4> <urn:ofMetric> {obs} .\n",
        f"<{idb}metric-mention/b/7-8> <urn:ofMetric> {obs} .\n",
    ]
    graphs = partition_lines(line.encode() for line in lines)
    names = {iri[len(GRAPH_BASE):]: {l.decode() for l in g.lines} for iri, g in graphs.items()}
    assert names["shared"] == {lines[2]}
    assert names["doc/a"] == {lines[0], lines[3], lines[5]}
    assert names["doc/b"] == {lines[1], lines[4], lines[6]}


# ------------------------------------------------------------------ against the server

def test_push_gives_the_same_graph_and_the_same_query_rows(build_copy: Path, oxigraph: Oxigraph) -> None:
    report = push_build(build_copy, oxigraph.store)
    local = build_graphs(build_copy)
    assert sorted(report.written) == sorted(local) and not report.deleted and not report.unchanged

    # the union of the named graphs is graph.ttl, and no triple is in two graphs
    expected = graph_ttl_lines(build_copy)
    assert max(expected.values()) == 1
    remote: Counter[bytes] = Counter()
    for iri in oxigraph.graph_names():
        remote.update(oxigraph.graph(iri) or set())
    assert remote == expected
    assert report.triples == sum(expected.values())
    assert oxigraph.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"] == str(sum(expected.values()))
    assert oxigraph.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s ?p ?o } "
                           "FILTER(?a != ?b) }", union=False)[0]["n"] == "0"

    # one graph per document (named after its IRI) holding the document node, plus shared and ontology
    store = open_store(build_copy)
    doc_ids = [row[0] for row in run_query(store, "PREFIX schema: <https://schema.org/> "
                                                  "SELECT ?id WHERE { ?d schema:identifier ?id }").rows]
    assert len(doc_ids) == 5
    assert oxigraph.graph_names() == {doc_graph_iri(d) for d in doc_ids} | {SHARED_GRAPH, ONTOLOGY_GRAPH}
    for doc_id in doc_ids:
        rows = oxigraph.select(f"SELECT ?d WHERE {{ GRAPH <{doc_graph_iri(doc_id)}> {{ ?d a "
                               f"<https://w3id.org/govkg/ontology#SourceDocument> }} }}", union=False)
        assert [r["d"] for r in rows] == [f"https://w3id.org/govkg/id/doc/{doc_id}"]

    # every named query gives the same rows on the server as on the embedded store
    assert named_queries()
    for name in named_queries():
        sparql = load_named(name)
        here = run_query(store, sparql).as_dicts()
        there = oxigraph.select(sparql)
        assert rows_multiset(there) == rows_multiset(here), name
        assert here, f"named query {name} has no rows on the seeds: the comparison would prove nothing"


def test_remove_and_add_write_only_the_graphs_that_changed(build_copy: Path, oxigraph: Oxigraph) -> None:
    from graph.pipeline import add, remove

    push_build(build_copy, oxigraph.store)
    moved = doc_graph_iri(MOVED)
    other = doc_graph_iri("000_b17ddf1131039e0b")

    remove([MOVED], build_copy, network=False, notify=lambda _m: None)
    report = push_build(build_copy, oxigraph.store)
    assert report.deleted == [moved]
    assert set(report.written) <= {SHARED_GRAPH}
    assert oxigraph.graph(moved) is None
    assert moved not in oxigraph.graph_names()
    assert not _ask(oxigraph, f"ASK {{ <https://w3id.org/govkg/id/doc/{MOVED}> ?p ?o }}")

    # a marker put into another document's graph behind govkg's back shows whether that graph is PUT again
    oxigraph.update(f"INSERT DATA {{ GRAPH <{other}> {{ <urn:x:marker> <urn:x:p> <urn:x:o> }} }}")
    added = add([SEEDS / f"{MOVED}.txt"], build_copy, network=False, notify=lambda _m: None)
    assert added.documents and not added.skipped
    report = push_build(build_copy, oxigraph.store)
    assert moved in report.written and set(report.written) <= {moved, SHARED_GRAPH}
    assert not report.deleted and other in report.unchanged
    local = build_graphs(build_copy)
    assert oxigraph.graph(moved) == set(local[moved].lines)
    assert _ask(oxigraph, "ASK { <urn:x:marker> ?p ?o }")          # the other graph was not rewritten

    # with the query endpoint the push checks the server: the edited graph is repaired, nothing else written
    report = push_build(build_copy, oxigraph.store, query_endpoint=oxigraph.query_url)
    assert report.written == [other]
    assert not _ask(oxigraph, "ASK { <urn:x:marker> ?p ?o }")
    assert oxigraph.graph(other) == set(local[other].lines)

    # a push with nothing changed writes nothing
    report = push_build(build_copy, oxigraph.store)
    assert not report.written and not report.deleted and len(report.unchanged) == len(local)


def test_a_push_cut_off_midway_names_what_was_written_and_resumes(build_copy: Path, tmp_path: Path) -> None:
    server = start_oxigraph(tmp_path / "data")
    written: list[str] = []

    def stop_after_two(line: str) -> None:
        written.append(line)
        if len(written) == 2:
            stop_oxigraph(server)

    try:
        with pytest.raises(PushError) as caught:
            push_build(build_copy, server.store, progress=stop_after_two)
    finally:
        stop_oxigraph(server)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("cannot reach http://127.0.0.1:") and "2 graph(s) written (" in message
    first_two = [line.split()[1] for line in written]
    assert all(name in message for name in first_two)
    record = read_record(build_copy, server.store)
    assert sorted(record) == sorted(GRAPH_BASE + name for name in first_two)

    server = start_oxigraph(tmp_path / "data", server.port)     # the same data and port again
    try:
        report = push_build(build_copy, server.store)
        local = build_graphs(build_copy)
        assert sorted(report.written) == sorted(set(local) - set(record))
        assert server.graph_names() == set(local)
        for iri, graph in local.items():
            assert server.graph(iri) == set(graph.lines)
    finally:
        stop_oxigraph(server)


def test_cli_push_and_its_one_line_errors(build_copy: Path, oxigraph: Oxigraph) -> None:
    def govkg(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "graph.cli", "push", "--store", str(build_copy), *args],
                              capture_output=True, text=True, timeout=60)

    done = govkg("--endpoint", oxigraph.store, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "7 graph(s) to write" in done.stdout and not oxigraph.graph_names()

    done = govkg("--endpoint", oxigraph.store)
    assert done.returncode == 0, done.stderr
    assert "7 graph(s) written" in done.stdout and len(oxigraph.graph_names()) == 7

    refused = govkg("--endpoint", f"http://127.0.0.1:{free_port()}/store")
    assert refused.returncode == 1
    assert refused.stderr.startswith("govkg: cannot reach http://127.0.0.1:")
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.rstrip().endswith("; nothing was written")

    wrong = govkg("--endpoint", f"http://127.0.0.1:{oxigraph.port}/nowhere", "--full")
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1
    assert wrong.stderr.startswith("govkg: PUT ") and "HTTP 404" in wrong.stderr
    assert wrong.stderr.rstrip().endswith("; nothing was written")

    dumped = govkg("--nquads", str(build_copy.parent / "graphs.nq"))
    assert dumped.returncode == 0, dumped.stderr
    quads = list(ox.parse(path=str(build_copy.parent / "graphs.nq"), format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name.value for q in quads} == oxigraph.graph_names()
    assert Counter(ox.serialize([q.triple], format=ox.RdfFormat.N_TRIPLES) for q in quads) == \
        graph_ttl_lines(build_copy)

    bad = govkg("--endpoint", "ftp://example.org/store")
    assert bad.returncode == 1 and "not an http:// or https:// URL" in bad.stderr

    missing = subprocess.run([sys.executable, "-m", "graph.cli", "push", "--store", str(build_copy / "nothing"),
                              "--endpoint", oxigraph.store], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "no govkg store" in missing.stderr and "Traceback" not in missing.stderr


def test_python_api_push(build_copy: Path, oxigraph: Oxigraph) -> None:
    import graph

    kg = graph.open_build(build_copy)
    report = kg.push(oxigraph.store)
    assert len(report.written) == 7 and report.graphs == 7
    assert all(iri.startswith(GRAPH_BASE) for iri in report.written)
    assert sum(1 for iri in report.written if iri.startswith(DOC_GRAPH_BASE)) == len(kg.documents())
    with pytest.raises(graph.PushError):
        kg.push(f"http://127.0.0.1:{free_port()}/store")
    assert kg.write_nquads(build_copy.parent / "api.nq") == (report.graphs, report.triples)
    quads = ox.parse(path=str(build_copy.parent / "api.nq"), format=ox.RdfFormat.N_QUADS)
    assert {q.graph_name.value for q in quads} == set(report.written)


def test_an_unwritable_record_is_one_line_and_names_what_was_pushed(build_copy: Path, oxigraph: Oxigraph) -> None:
    record = build_copy / "push-record.json"

    def block_the_record(_line: str) -> None:   # after the record was read: a folder where it goes
        if not record.is_dir():
            (record / "in-the-way").mkdir(parents=True)

    with pytest.raises(PushError) as caught:
        push_build(build_copy, oxigraph.store, progress=block_the_record)
    message = str(caught.value)
    assert message.startswith("7 graph(s) written (") and "cannot write the push record" in message
    assert "\n" not in message and "the next push writes every graph again" in message
    assert len(oxigraph.graph_names()) == 7


def _ask(server: Oxigraph, sparql: str) -> bool:
    """An ASK over the union of the server's named graphs."""
    request = urllib.request.Request(server.query_url + "?union-default-graph",
                                     data=urllib.parse.urlencode({"query": sparql}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return bool(json.load(response)["boolean"])
