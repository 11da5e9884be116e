"""The command line: exit codes (0 ok, 1 error, 2 usage, 3 skipped inputs, 130 interrupted),
one-line messages for every user mistake, no traceback unless --debug (issue 5)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

import graph.pipeline
from graph.cli import main
from graph.queries import is_update
from graph.validate import validate_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
COUNT_DOCS = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/govkg/ontology#SourceDocument> }"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


pytestmark = pytest.mark.usefixtures("every_build_passes_shacl")


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def count(store: Path, sparql: str = COUNT_ALL) -> int:
    result = run("query", sparql, "--store", store, "--format", "csv")
    assert result.exit_code == 0, result.output
    return int(result.stdout.splitlines()[1])


@pytest.fixture
def small_build(tmp_path, no_extraction) -> Path:
    """Two seed pages built without extraction (fast), in a folder the test may change."""
    out = tmp_path / "out"
    result = run("build", SEED_FILES[0], SEED_FILES[1], "--out", out, "--no-network")
    assert result.exit_code == 0, result.output
    return out


# ---------------------------------------------------------------- build

def test_build_ok_exits_0_and_the_build_validates(small_build):
    assert count(small_build, COUNT_DOCS) == 2
    assert validate_store(small_build)[0]
    Graph().parse(small_build / "graph.ttl")


def test_build_with_a_skipped_file_exits_3_and_names_it(tmp_path, no_extraction):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED_FILES[0], src / "page.txt")
    (src / "blob.txt").write_bytes(bytes(range(256)) * 50)
    (src / "empty.txt").write_bytes(b"")
    result = run("build", src, "--out", tmp_path / "out", "--no-network")
    assert result.exit_code == 3
    assert f"govkg: skipped {src / 'empty.txt'}: empty file" in result.stderr
    assert f"govkg: skipped {src / 'blob.txt'}: " in result.stderr
    assert "govkg: 2 input file(s) skipped (see messages above)" in result.stderr
    assert "built 1 document(s)" in result.stdout
    assert validate_store(tmp_path / "out")[0]


def test_build_of_nothing_readable_exits_1(tmp_path):
    result = run("build", tmp_path / "missing", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"govkg: skipped {tmp_path / 'missing'}: no such file or folder",
                                          "govkg: no readable input documents (1 skipped)"]


def test_build_into_an_unwritable_place_exits_1(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("build", SEED_FILES[0], "--out", blocker / "out")
    assert result.exit_code == 1
    assert result.stderr == f"govkg: cannot write to output folder {blocker / 'out'}: Not a directory\n"
    result = run("build", SEED_FILES[0], "--out", blocker)
    assert result.exit_code == 1
    assert result.stderr == f"govkg: {blocker} is a file, not an output folder\n"


def test_too_large_input_is_skipped_with_exit_3(tmp_path, no_extraction):
    big = tmp_path / "big.txt"
    big.write_bytes("邵阳市\n".encode() * 7500)   # 75,000 bytes
    result = run("build", big, SEED_FILES[1], "--out", tmp_path / "out", "--max-size", "0.05")
    assert result.exit_code == 3
    assert f"govkg: skipped {big}: too large (73 KB; the limit is 51 KB, see --max-size) — split it into pages" \
        in result.stderr


@pytest.mark.parametrize("args", [
    ["build"],                                     # INPUTS missing
    ["build", "seeds", "--bogus"],
    ["build", "seeds", "--max-size", "0"],
    ["query", COUNT_ALL, "--timeout", "-1"],              # 0 means no limit
    ["query", COUNT_ALL, "--format", "xml"],
    ["render", "--depth", "99"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_add_and_remove_from_the_command_line(small_build):
    result = run("build", "--add", SEED_FILES[2], "--out", small_build, "--no-network")
    assert result.exit_code == 0, result.output
    assert count(small_build, COUNT_DOCS) == 3
    result = run("remove", SEED_FILES[0].stem, "--store", small_build, "--no-network")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("removed 1 document(s); 2 left")
    assert count(small_build, COUNT_DOCS) == 2
    assert not (small_build / "facts" / f"{SEED_FILES[0].stem}.json").exists()
    assert validate_store(small_build)[0]


def test_remove_of_an_unknown_document_exits_1(small_build):
    result = run("remove", "nope", "--store", small_build)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"govkg: no document 'nope' in {small_build}/; documents: ")


# ---------------------------------------------------------------- query

def test_query_without_a_store_exits_1_with_advice(tmp_path):
    result = run("query", COUNT_ALL, "--store", tmp_path / "none")
    assert result.exit_code == 1
    assert result.stderr == (f"govkg: no govkg store in {tmp_path / 'none'}/ — run "
                             f"`govkg build SEEDS_DIR --out {tmp_path / 'none'}` first\n")


def test_sparql_syntax_error_reports_line_and_column(small_build):
    result = run("query", "SELECT ?x\nWHERE { ?x ?y }", "--store", small_build)
    assert result.exit_code == 1
    assert result.stderr.startswith("govkg: SPARQL syntax error at line 2, column 16: ")
    assert len(result.stderr.splitlines()) == 1


def test_unknown_named_query_exits_1(small_build):
    result = run("query", "--named", "no-such-query", "--store", small_build)
    assert result.exit_code == 1
    assert result.stderr.startswith("govkg: no named query 'no-such-query'; available: ")


UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX gk: <https://w3id.org/govkg/ontology#>\n# a comment\nDELETE WHERE { ?d a gk:SourceDocument }",
    "load <http://example.org/x.ttl>",
    "CLEAR ALL",
    "  DROP DEFAULT",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_without_allow_update(small_build, update):
    before = count(small_build)
    result = run("query", update, "--store", small_build)
    assert result.exit_code == 1
    assert result.stderr == ("govkg: update queries (INSERT/DELETE/LOAD/CLEAR/DROP …) change the store; "
                             "refused without --allow-update\n")
    assert count(small_build) == before


def test_reads_are_not_mistaken_for_updates():
    assert not is_update("PREFIX x: <urn:x>\nSELECT ?insert WHERE { ?insert ?p ?o }")
    assert not is_update("# DELETE everything? no\nASK { ?s ?p ?o }")
    assert is_update("PREFIX x: <urn:x>\n\nINSERT DATA { x:a x:b x:c }")


def test_update_applies_with_allow_update(small_build):
    before = count(small_build)
    result = run("query", UPDATES[0], "--allow-update", "--store", small_build)
    assert result.exit_code == 0, result.output
    assert count(small_build) == before + 1


def test_timeout_stops_a_runaway_query(seed_build):
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    start = time.monotonic()
    result = run("query", runaway, "--timeout", "1", "--store", seed_build)
    elapsed = time.monotonic() - start
    assert result.exit_code == 1
    assert result.stderr == "govkg: query stopped after 1 s (--timeout); narrow it or raise the limit\n"
    assert elapsed < 10


def test_timeout_still_returns_a_quick_answer(seed_build):
    result = run("query", COUNT_DOCS, "--timeout", "30", "--store", seed_build, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == "n\n5\n"


# ---------------------------------------------------------------- other commands

def test_export_to_an_unwritable_path_exits_1(small_build, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("export", "--store", small_build, "--out", blocker / "g.ttl")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"govkg: cannot write {blocker / 'g.ttl'}: ")


def test_validate_and_export_without_store_exit_1(tmp_path):
    for command in ("validate", "export", "render"):
        result = run(command, "--store", tmp_path / "none")
        assert result.exit_code == 1, command
        assert result.stderr.startswith("govkg: no govkg store in"), command


# ---------------------------------------------------------------- the unexpected

def test_unexpected_exception_is_one_line_with_a_debug_hint(tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(graph.pipeline, "build", broken)
    result = run("build", SEED_FILES[0], "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr == "govkg: internal error: RuntimeError: boom (rerun with --debug for the traceback)\n"
    for args in (["--debug", "build", SEED_FILES[0]], ["build", SEED_FILES[0], "--debug"]):
        result = run(*args, "--out", tmp_path / "out")
        assert isinstance(result.exception, RuntimeError)   # --debug lets the traceback through


def test_ctrl_c_exits_130(tmp_path, monkeypatch):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(graph.pipeline, "build", interrupted)
    result = run("build", SEED_FILES[0], "--out", tmp_path / "out")
    assert result.exit_code == 130
    assert result.stderr == "govkg: interrupted\n"


def test_real_process_never_prints_a_traceback(tmp_path):
    """The installed entry point, end to end, on a handful of user mistakes."""
    cases = [
        (["query", "SELECT * WHERE {", "--store", str(tmp_path)], 1),
        (["build", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "o")], 1),
        (["query", "--store", str(tmp_path)], 1),
        (["export", "--format", "rdfxml"], 2),
    ]
    for args, code in cases:
        done = subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == code, (args, done.stderr)
        assert "Traceback" not in done.stderr
        assert done.stderr.strip(), args
