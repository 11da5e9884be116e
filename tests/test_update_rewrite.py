"""An update query brings the build's graph.nt.gz and graph.ttl back in line with the store
(issue 15): afterwards `govkg export` streams those files again (fast path) and they hold
exactly the store's triples; a failed update changes nothing; a failed rewrite leaves the
mark, so exports dump the store."""
from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.store import NTRIPLES_GZ, STORE_DIR, TURTLE, UPDATED_MARK, built_file, serialize_ntriples, sort_ntriples

EX = "https://example.org/"
INSERT = f'INSERT DATA {{ <{EX}a> <{EX}note> "added after the build" . <{EX}a> <{EX}count> "16"^^<http://www.w3.org/2001/XMLSchema#double> }}'


@pytest.fixture
def build(seed_build: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "build"
    shutil.copytree(seed_build, copy, symlinks=True)   # links are relative: the copy is its own build
    return copy


def version_of(build: Path) -> Path:
    return (build / STORE_DIR).resolve().parent


def store_triples(build: Path) -> set[ox.Triple]:
    store = ox.Store.read_only(str(build / STORE_DIR))
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def file_triples(path: Path) -> set[ox.Triple]:
    return {q.triple for q in ox.parse(path=str(path))}


def fresh_turtle(build: Path) -> bytes:
    """The store serialised now, the way the build writes graph.ttl."""
    store = ox.Store.read_only(str(build / STORE_DIR))
    return serialize_ntriples(sort_ntriples(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())))


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def update(build: Path, sparql: str):
    return invoke("query", sparql, "--allow-update", "--store", str(build))


def export(build: Path, fmt: str, out: Path) -> Path:
    result = invoke("export", "--format", fmt, "--store", str(build), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def first_object_triple(build: Path) -> ox.Triple:
    """A triple of the build whose object is a literal, to delete."""
    store = ox.Store.read_only(str(build / STORE_DIR))
    return next(q.triple for q in store if isinstance(q.object, ox.Literal))


def test_insert_and_delete_rewrite_both_files_and_exports_stream_them(build, tmp_path):
    before = store_triples(build)
    gone = first_object_triple(build)
    result = update(build, INSERT)
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") == 1 and "graph.ttl and graph.nt.gz rewritten" in result.output
    assert "facts/" in result.output and "network.html" in result.output
    result = update(build, f"DELETE DATA {{ {gone} }}")
    assert result.exit_code == 0, result.output

    now = store_triples(build)
    assert len(now) == len(before) + 1 and gone not in now and gone in before
    assert ox.Triple(ox.NamedNode(f"{EX}a"), ox.NamedNode(f"{EX}note"), ox.Literal("added after the build")) in now
    assert not (version_of(build) / UPDATED_MARK).exists()
    assert built_file(build, TURTLE) is not None and built_file(build, NTRIPLES_GZ) is not None   # the fast path

    nt = export(build, "ntriples", tmp_path / "after.nt")
    ttl = export(build, "turtle", tmp_path / "after.ttl")
    assert file_triples(nt) == now
    assert file_triples(ttl) == now
    assert ttl.read_bytes() == fresh_turtle(build) == (build / TURTLE).read_bytes()
    assert nt.read_bytes() == gzip.decompress((build / NTRIPLES_GZ).read_bytes())   # valid gzip, same lines
    assert '"16"^^xsd:double' in ttl.read_text(encoding="utf-8")                     # literals as written
    assert not list(version_of(build).glob(".*.tmp"))


def test_an_update_with_a_syntax_error_changes_nothing(build):
    files = {name: (build / name).read_bytes() for name in (TURTLE, NTRIPLES_GZ)}
    before = store_triples(build)
    result = update(build, f'INSERT DATA {{ <{EX}a> <{EX}note> "unfinished" ')
    assert result.exit_code == 1
    assert result.stderr.startswith("govkg: SPARQL syntax error") and result.stderr.count("\n") == 1
    assert store_triples(build) == before
    assert {name: (build / name).read_bytes() for name in files} == files
    assert not (version_of(build) / UPDATED_MARK).exists()
    assert built_file(build, TURTLE) is not None


def test_a_failed_update_keeps_the_mark_an_earlier_killed_update_left(build, tmp_path):
    """A mark left by an update killed before its rewrite stays when the next update fails;
    exports then dump the store."""
    assert update(build, INSERT).exit_code == 0
    (version_of(build) / UPDATED_MARK).write_text("killed\n", encoding="utf-8")
    assert update(build, "INSERT DATA { oops }").exit_code == 1
    assert (version_of(build) / UPDATED_MARK).exists()
    assert built_file(build, TURTLE) is None
    assert file_triples(export(build, "ntriples", tmp_path / "x.nt")) == store_triples(build)
    assert update(build, f"DELETE DATA {{ <{EX}a> <{EX}note> \"added after the build\" }}").exit_code == 0
    assert not (version_of(build) / UPDATED_MARK).exists()   # the next good update repairs it
    assert (build / TURTLE).read_bytes() == fresh_turtle(build)


def test_a_failed_rewrite_leaves_the_mark_and_both_files_and_exports_dump_the_store(build, tmp_path):
    """graph.ttl cannot be replaced (a folder stands in its place): the update is applied, one
    line says the files were not rewritten, graph.nt.gz is left as it was (neither is replaced
    unless both are written), the mark stays and exports hold the store's triples."""
    version = version_of(build)
    gz_before = (build / NTRIPLES_GZ).read_bytes()
    (version / TURTLE).unlink()
    (version / TURTLE).mkdir()
    result = update(build, INSERT)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("govkg: note: update applied to the store, but graph.ttl / graph.nt.gz could not")
    assert result.stderr.count("\n") == 1
    assert (version / UPDATED_MARK).exists()
    assert (build / NTRIPLES_GZ).read_bytes() == gz_before
    assert not list(version.glob(".*.tmp"))
    now = store_triples(build)
    assert any(t.object == ox.Literal("added after the build") for t in now)
    (version / TURTLE).rmdir()                          # graph.ttl missing: the Turtle export dumps the store
    for fmt, name in (("ntriples", "x.nt"), ("turtle", "x.ttl")):
        assert file_triples(export(build, fmt, tmp_path / name)) == now, fmt


def test_a_store_held_by_another_updater_is_one_line_and_changes_nothing(build):
    holder = ox.Store(str((build / STORE_DIR).resolve()))       # Oxigraph's lock: one writer at a time
    try:
        result = update(build, INSERT)
    finally:
        del holder
    assert result.exit_code == 1
    assert result.stderr.startswith("govkg: cannot open the store in") and result.stderr.count("\n") == 1
    assert not (version_of(build) / UPDATED_MARK).exists()
    assert built_file(build, TURTLE) is not None


def test_an_update_killed_while_rewriting_leaves_the_mark_and_the_next_update_repairs(build, tmp_path):
    """The process is killed (SIGKILL) in the middle of writing graph.ttl: the update is in the
    store, the mark is there, both files are as the build left them and exports dump the
    store; the next update rewrites them and removes the half-written temporaries."""
    import subprocess
    import sys

    files = {name: (build / name).read_bytes() for name in (TURTLE, NTRIPLES_GZ)}
    killer = ("import os, signal, sys\n"
              "import graph.store\n"
              "def half_then_killed(ntriples, path):\n"
              "    path.write_bytes(ntriples[: len(ntriples) // 2])\n"
              "    os.kill(os.getpid(), signal.SIGKILL)\n"
              "graph.store.write_turtle = half_then_killed\n"
              "from graph.cli import main\n"
              "main(['query', sys.argv[1], '--allow-update', '--store', sys.argv[2]])\n")
    proc = subprocess.run([sys.executable, "-c", killer, INSERT, str(build)], capture_output=True, text=True)
    assert proc.returncode == -9, proc.stderr
    version = version_of(build)
    assert (version / UPDATED_MARK).exists()
    assert {name: (build / name).read_bytes() for name in files} == files
    assert list(version.glob(f".{TURTLE}.*.tmp"))
    now = store_triples(build)
    assert any(t.object == ox.Literal("added after the build") for t in now)
    for fmt, name in (("ntriples", "k.nt"), ("turtle", "k.ttl")):
        assert file_triples(export(build, fmt, tmp_path / name)) == now, fmt

    assert update(build, f"DELETE DATA {{ <{EX}a> <{EX}note> \"added after the build\" }}").exit_code == 0
    assert not (version / UPDATED_MARK).exists() and not list(version.glob(".*.tmp"))
    assert (build / TURTLE).read_bytes() == fresh_turtle(build)


def test_an_update_while_a_build_holds_the_output_is_refused_in_one_line(build):
    """A build holds the lock of its output folder for its whole run (it publishes a new
    version and deletes the old one): an update then is refused and changes nothing."""
    import fcntl

    from graph.store import LOCK_FILE

    before = store_triples(build)
    with open(build / LOCK_FILE, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = update(build, INSERT)
    assert result.exit_code == 1
    assert result.stderr == f"govkg: a build or another update is writing to {build}/; wait for it to finish\n"
    assert store_triples(build) == before
    assert not (version_of(build) / UPDATED_MARK).exists()
