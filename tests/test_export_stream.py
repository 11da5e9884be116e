"""`govkg export` streams from the Oxigraph store (issue 15): the Turtle export holds
exactly the triples of graph.ttl with the same literals, memory stays flat in the size
of the graph, and N-Triples come out at a rate far above the old rdflib round trip."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.store import STORE_DIR


def triples(path: Path) -> set[ox.Triple]:
    return set(ox.parse(path=str(path)))


def test_turtle_export_holds_the_triples_of_graph_ttl(seed_build, tmp_path):
    out = tmp_path / "export.ttl"
    result = CliRunner().invoke(main, ["export", "--store", str(seed_build), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert triples(out) == triples(seed_build / "graph.ttl")   # literals compare by their lexical form
    text = out.read_text(encoding="utf-8")
    assert text.startswith("@prefix")
    # a double written "1" in graph.ttl stays "1" (the rdflib round trip wrote "1.0")
    assert '"1"^^xsd:double' in (seed_build / "graph.ttl").read_text(encoding="utf-8")
    assert '"1"^^xsd:double' in text and '"1.0"^^xsd:double' not in text


def test_ntriples_and_jsonld_exports_hold_the_same_triples(seed_build, tmp_path):
    for fmt, name in (("ntriples", "g.nt"), ("jsonld", "g.jsonld")):
        out = tmp_path / name
        result = CliRunner().invoke(main, ["export", "--format", fmt, "--store", str(seed_build), "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert triples(out) == triples(seed_build / "graph.ttl"), fmt


def test_export_into_a_missing_folder_says_so(seed_build, tmp_path):
    target = tmp_path / "missing" / "x.ttl"
    result = CliRunner().invoke(main, ["export", "--store", str(seed_build), "--out", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"govkg: cannot write {target}: folder {target.parent} does not exist; create it first\n"
    assert not target.parent.exists()


@pytest.mark.skipif(not Path("/usr/bin/time").exists(), reason="needs /usr/bin/time to measure a child's peak RSS")
def test_export_memory_is_flat_and_ntriples_are_fast(seed_build, tmp_path):
    """361k triples (26 seed copies): the child's peak RSS stays under 150 MB (the rdflib round
    trip held the whole graph: ~11 GB at 5M triples) and N-Triples pass 20k triples/s, process
    start included, even on this shared machine (~150k/s of CPU: the store's string lookups)."""
    build = tmp_path / "big"
    build.mkdir()
    make = ("import sys, pyoxigraph as ox; from pathlib import Path; from graph.store import replicate\n"
            "s = replicate(ox.Store.read_only(sys.argv[1]), 26, path=Path(sys.argv[2]))\n"
            "s.flush(); s.optimize(); print(len(s))")  # in its own process, so the store is closed after
    made = subprocess.run([sys.executable, "-c", make, str(seed_build / STORE_DIR), str(build / STORE_DIR)],
                          capture_output=True, text=True, check=True)
    n = int(made.stdout)
    out = tmp_path / "big.nt"
    start = time.monotonic()
    # /usr/bin/time reports the peak RSS of its own child (a child of pytest would inherit pytest's)
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "graph.cli", "export", "--format",
                           "ntriples", "--store", str(build), "--out", str(out)], capture_output=True, text=True)
    elapsed = time.monotonic() - start
    assert proc.returncode == 0, proc.stderr
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    assert sum(1 for _ in out.open("rb")) == n
    assert peak_kb < 150_000, f"peak RSS {peak_kb} KB"
    assert n / elapsed > 20_000, f"{n / elapsed:,.0f} triples/s"


def _copy_build(seed_build: Path, tmp_path: Path) -> Path:
    import shutil

    copy = tmp_path / "build"
    shutil.copytree(seed_build, copy, symlinks=True)
    return copy


def test_exports_of_an_unchanged_build_are_its_graph_ttl(seed_build, tmp_path):
    """While the store is as the build left it, the Turtle export is graph.ttl byte for byte
    and the N-Triples export holds its triples, in the same (sorted) order."""
    build = _copy_build(seed_build, tmp_path)
    ttl, nt = tmp_path / "e.ttl", tmp_path / "e.nt"
    for fmt, out in (("turtle", ttl), ("ntriples", nt)):
        result = CliRunner().invoke(main, ["export", "--format", fmt, "--store", str(build), "--out", str(out)])
        assert result.exit_code == 0, result.output
    assert ttl.read_bytes() == (build / "graph.ttl").read_bytes()
    in_order = list(ox.parse(path=str(build / "graph.ttl")))
    assert list(ox.parse(path=str(nt))) == in_order
    assert in_order == sorted(in_order, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    import gzip

    assert nt.read_bytes() == gzip.decompress((build / "graph.nt.gz").read_bytes())
    # a build without graph.nt.gz (made before it existed): the N-Triples come from graph.ttl
    (build / "graph.nt.gz").unlink()
    again = tmp_path / "again.nt"
    result = CliRunner().invoke(main, ["export", "--format", "ntriples", "--store", str(build), "--out", str(again)])
    assert result.exit_code == 0, result.output
    assert list(ox.parse(path=str(again))) == in_order


def test_exports_after_an_update_come_from_the_store(seed_build, tmp_path):
    """Every export after an update query is the store's content, the new triple included
    (the update rewrote graph.ttl and graph.nt.gz: see tests/test_update_rewrite.py)."""
    build = _copy_build(seed_build, tmp_path)
    before = triples(build / "graph.ttl")
    update = ('INSERT DATA { <https://example.org/a> <https://example.org/note> "added after the build" }')
    result = CliRunner().invoke(main, ["query", update, "--allow-update", "--store", str(build)])
    assert result.exit_code == 0, result.output
    for fmt, suffix in (("turtle", "ttl"), ("ntriples", "nt")):
        out = tmp_path / f"after.{suffix}"
        result = CliRunner().invoke(main, ["export", "--format", fmt, "--store", str(build), "--out", str(out)])
        assert result.exit_code == 0, result.output
        exported = triples(out)
        assert len(exported) == len(before) + 1 and before < exported, fmt
        assert any(t.object == ox.Literal("added after the build") for t in exported - before)


def test_a_damaged_ntriples_file_is_one_line_and_writes_nothing(seed_build, tmp_path):
    build = _copy_build(seed_build, tmp_path)
    gz = (build / "graph.nt.gz").resolve()
    gz.unlink()                                      # the copy's own file, not the fixture's
    gz.write_bytes(b"not gzip at all")
    out = tmp_path / "x.nt"
    result = CliRunner().invoke(main, ["export", "--format", "ntriples", "--store", str(build), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.startswith("govkg: the build's graph.nt.gz is damaged") and result.stderr.count("\n") == 1
    assert not out.exists()
