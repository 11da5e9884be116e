"""The Python API (graph.api, exported by `graph`): README's examples run, and every call
gives what the CLI gives for the same build."""
from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph
from graph.cli import main
from graph.queries import QueryError, named_queries
from graph.sparql_guard import RefusedQuery
from graph.store import StoreError

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
HEAVY = ("rdflib", "jieba", "jionlp", "pyvis", "pyshacl", "networkx", "waitress", "pandas")


def readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def code_blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section, flags=re.S)


@pytest.fixture
def kg(seed_build: Path) -> graph.KnowledgeGraph:
    return graph.open_build(seed_build)


def cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


# ------------------------------------------------------------------ the package and README

def test_importing_graph_loads_nothing_heavy() -> None:
    probe = ("import sys, graph; "
             f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({list(HEAVY)!r})))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_api_is_what_graph_exports() -> None:
    assert {"open_build", "KnowledgeGraph", "build", "add", "remove", "QueryError"} <= set(graph.__all__)
    assert graph.QueryError is QueryError and graph.RefusedQuery is RefusedQuery and graph.StoreError is StoreError
    for name in ("open_build", "build", "add", "remove"):
        assert getattr(graph, name).__doc__
    with pytest.raises(AttributeError):
        graph.nothing_here  # noqa: B018


def test_readme_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = code_blocks(readme_section("Python API"), "python")
    assert len(blocks) >= 4
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    try:
        import pandas  # noqa: F401
        has_pandas = True
    except ImportError:
        has_pandas = False
    namespace: dict = {}
    printed = io.StringIO()
    # stdout only: not capsys, which would hand a stream closed after this test to the
    # loggers that libraries imported here (jieba) create on sys.stderr
    with contextlib.redirect_stdout(printed):
        for block in blocks:
            if "# needs pandas" in block and not has_pandas:
                continue
            exec(compile(block, "README.md (Python API)", "exec"), namespace)  # noqa: S102 - our own README
    out = printed.getvalue()
    assert "5 documents," in out and "邵阳市" in out and "refused" in out
    assert (tmp_path / "graph.nt").stat().st_size > 100_000
    assert "邵阳市" in (tmp_path / "shaoyang.html").read_text(encoding="utf-8")


# ------------------------------------------------------------------ queries

@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_gives_the_rows_of_govkg_query(kg: graph.KnowledgeGraph, seed_build: Path, name: str) -> None:
    # a required parameter (career's person, place-profile's place) takes the value of the first official
    official = kg.named("officials")[0]
    values = {p: official[p] for p, doc in kg.named_params(name).items() if doc.startswith("(required)")}
    rows = kg.named(name, **values)
    options = [arg for p, v in values.items() for arg in ("--param", f"{p}={v}")]
    assert rows == json.loads(cli("query", "--named", name, *options, "--format", "json", "--store", str(seed_build)))
    assert rows


def test_named_keeps_the_rows_whose_columns_equal(kg: graph.KnowledgeGraph) -> None:
    every = kg.named("programs")
    shaoyang = kg.named("programs", place="邵阳市")
    assert shaoyang and len(shaoyang) < len(every)
    assert shaoyang == [row for row in every if row["place"] == "邵阳市"]
    assert kg.named("programs", place="no such place") == []
    with pytest.raises(ValueError, match="no column city"):
        kg.named("programs", city="邵阳市")
    with pytest.raises(QueryError, match="no named query"):
        kg.named("no-such-query")


def test_query_rows_ask_and_construct(kg: graph.KnowledgeGraph) -> None:
    assert kg.query("ASK { ?p a <https://w3id.org/govkg/ontology#Program> }") == [{"ask": "true"}]
    rows = kg.query("SELECT ?s ?missing WHERE { ?s a <https://w3id.org/govkg/ontology#Program> } LIMIT 2")
    assert len(rows) == 2 and rows[0]["missing"] is None and rows[0]["s"].startswith("https://w3id.org/govkg/id/")
    triples = kg.query("CONSTRUCT WHERE { ?s a <https://w3id.org/govkg/ontology#Program> } LIMIT 3")
    assert len(triples) == 3 and set(triples[0]) == {"subject", "predicate", "object"}


@pytest.mark.parametrize("sparql", [
    "DELETE WHERE { ?s ?p ?o }",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "LOAD <file:///etc/passwd>",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
])
def test_query_refuses_updates_service_and_load(kg: graph.KnowledgeGraph, sparql: str) -> None:
    before = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    with pytest.raises(RefusedQuery, match="refused"):
        kg.query(sparql)
    assert kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == before


def test_query_errors_and_timeout(kg: graph.KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="syntax error at line 1"):
        kg.query("SELECT ?x WHERE { ?x")
    with pytest.raises(QueryError, match="stopped after 1 s"):
        kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=1)
    assert kg.query("ASK {}", timeout=30) == [{"ask": "true"}]


def test_dataframe(kg: graph.KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    sparql = "SELECT ?s ?o WHERE { ?s a ?o } ORDER BY ?s ?o LIMIT 4"
    try:
        import pandas  # noqa: F401
    except ImportError:
        pass
    else:
        frame = kg.dataframe(sparql)
        assert list(frame.columns) == ["s", "o"] and frame.to_dict("records") == kg.query(sparql)
    monkeypatch.setitem(sys.modules, "pandas", None)       # as if pandas were not installed
    with pytest.raises(ImportError, match="pip install pandas"):
        kg.dataframe(sparql)


# ------------------------------------------------------------------ documents, facts, outputs

def test_documents_and_facts_are_the_builds(kg: graph.KnowledgeGraph, seed_build: Path) -> None:
    docs = kg.documents()
    manifest = json.loads((seed_build / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["documents"] if isinstance(manifest, dict) else manifest
    assert [d["id"] for d in docs] == sorted(e["doc"] for e in entries)
    first = docs[0]["id"]
    on_disk = json.loads((seed_build / "facts" / f"{first}.json").read_text(encoding="utf-8"))
    assert kg.facts(first) == on_disk
    assert kg.facts(f"{first}.txt") == on_disk                  # a file name works as for `govkg remove`
    assert on_disk["officials"] and on_disk["places"]
    with pytest.raises(KeyError, match="no document 'nope'"):
        kg.facts("nope")


def test_render_is_govkg_render(kg: graph.KnowledgeGraph, seed_build: Path, tmp_path: Path) -> None:
    stats = kg.render(tmp_path / "api.html", focus="邵阳市", depth=1, types=["official", "place"])
    line = cli("render", "--focus", "邵阳市", "--depth", "1", "--types", "official,place",
               "--out", str(tmp_path / "cli.html"), "--store", str(seed_build))
    assert f"({stats['nodes']} nodes, {stats['edges']} edges)" in line
    assert 0 < stats["nodes"] and Path(stats["path"]).is_file()
    with pytest.raises(ValueError, match="unknown type"):
        kg.render(tmp_path / "x.html", types=["planet"])


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_export_is_govkg_export(kg: graph.KnowledgeGraph, seed_build: Path, tmp_path: Path, fmt: str) -> None:
    written = kg.export(tmp_path / f"api.{fmt}", fmt)
    CliRunner().invoke(main, ["export", "--format", fmt, "--out", str(tmp_path / f"cli.{fmt}"),
                              "--store", str(seed_build)], catch_exceptions=False)
    assert written.read_bytes() == (tmp_path / f"cli.{fmt}").read_bytes()
    with pytest.raises(ValueError, match="unknown format"):
        kg.export(tmp_path / "x", "csv")
    with pytest.raises(FileNotFoundError):
        kg.export(tmp_path / "no" / "dir" / "x.ttl", fmt)


def test_open_build_of_a_folder_without_a_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no govkg store"):
        graph.open_build(tmp_path)


# ------------------------------------------------------------------ build, add, remove

def test_build_add_remove_are_the_commands(tmp_path: Path) -> None:
    one, two = sorted((ROOT / "seeds").glob("*.txt"))[1:3]
    report = graph.build([one], tmp_path / "api", network=False)
    cli("build", str(one), "--out", str(tmp_path / "cli"), "--no-network", "--quiet")
    assert (tmp_path / "api" / "graph.ttl").read_bytes() == (tmp_path / "cli" / "graph.ttl").read_bytes()
    assert report.documents == [one.stem] and report.triples > 0

    kg = graph.open_build(tmp_path / "api")
    assert [d["id"] for d in kg.documents()] == [one.stem]
    graph.add(two, tmp_path / "api", network=False)
    assert [d["id"] for d in kg.documents()] == [one.stem, two.stem]     # the open graph sees the new build
    graph.remove(one.name, tmp_path / "api", network=False)
    assert [d["id"] for d in kg.documents()] == [two.stem]
