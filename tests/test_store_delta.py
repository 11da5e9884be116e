"""Issue 11: `build --add` and `remove` patch the previous build's store with the delta of
the graph instead of loading the whole graph again (graph/store.py, write_store_patched).

The patched store must hold exactly what a fresh build of the same documents holds; the
store is written whole when it cannot be patched (no previous build, a store changed by an
update query, a large delta, a patch that fails), and a patch killed half-way leaves the
previous build published.
"""
from __future__ import annotations

import gzip
import random
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import graph.store as store_module
from graph.pipeline import add, build, remove
from graph.publish import current_version
from graph.store import (NTRIPLES_GZ, STORE_DIR, DeltaTooLarge, GraphDelta, delta_update, diff_ntriples, gz_pieces,
                         patch_base, sort_ntriples, StoreWritten, update_store,
                         write_ntriples_gz)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def quiet(_message: str) -> None:
    """A notify callback that drops messages."""


# ---------------------------------------------------------------- the delta of two sorted graphs

def _lines(n: int, rng: random.Random) -> list[bytes]:
    return [f"<http://example.org/s{rng.randrange(10 * n)}> <http://example.org/p> \"{i}\" .\n".encode()
            for i in range(n)]


def _apply(old: set[bytes], delta: GraphDelta) -> set[bytes]:
    """`old` with the delta applied as a store applies it: removals first, then additions."""
    return (old - set(delta.removed.splitlines(True))) | set(delta.added.splitlines(True))


def _pieces(data: bytes, size: int) -> list[bytes]:
    """`data` cut after a line end every `size` bytes or so (as gz_pieces cuts it)."""
    pieces, start = [], 0
    while start < len(data):
        cut = data.find(b"\n", start + size - 1)
        cut = len(data) if cut < 0 else cut + 1
        pieces.append(data[start:cut])
        start = cut
    return pieces


@pytest.mark.parametrize("size", [1, 40, 1000, 1 << 20])
def test_the_delta_of_two_sorted_graphs_is_their_set_difference(size: int) -> None:
    rng = random.Random(size)
    for _ in range(30):
        universe = sorted(set(_lines(rng.randrange(1, 200), rng)))
        old = {line for line in universe if rng.random() < 0.7}
        new = {line for line in universe if (line in old) != (rng.random() < rng.choice([0.02, 0.2, 0.9]))}
        previous = b"".join(sorted(old))
        delta = diff_ntriples(_pieces(previous, size), b"".join(sorted(new)))
        assert set(delta.removed.splitlines(True)) == old - new
        assert set(delta.added.splitlines(True)) == new - old
        assert delta.removed == b"".join(sorted(old - new)) and delta.added == b"".join(sorted(new - old))
        assert len(delta) == len(old ^ new)


def test_equal_graphs_have_an_empty_delta_and_empty_graphs_are_handled() -> None:
    data = b"".join(sorted(set(_lines(500, random.Random(1)))))
    assert diff_ntriples(_pieces(data, 64), data) == GraphDelta()
    assert diff_ntriples([], data) == GraphDelta(b"", data)
    assert diff_ntriples(_pieces(data, 64), b"") == GraphDelta(data, b"")


def test_lines_out_of_order_make_the_delta_larger_never_wrong() -> None:
    rng = random.Random(7)
    lines = sorted(set(_lines(300, rng)))
    old = set(lines[::2]) | set(lines[:50])
    shuffled = list(set(lines[1::3]) | set(lines[:40]))
    rng.shuffle(shuffled)
    delta = diff_ntriples(_pieces(b"".join(sorted(old)), 100), b"".join(shuffled))
    assert _apply(old, delta) == set(shuffled)


def test_a_delta_over_its_limit_stops_the_merge() -> None:
    lines = sorted(set(_lines(400, random.Random(3))))
    old, new = b"".join(lines[:200]), b"".join(lines[100:])
    assert len(diff_ntriples(_pieces(old, 50), new, limit=300)) == 300
    with pytest.raises(DeltaTooLarge):
        diff_ntriples(_pieces(old, 50), new, limit=299)


def test_gz_pieces_give_the_file_back_in_pieces_ending_at_line_ends(tmp_path: Path) -> None:
    data = b"".join(sorted(set(_lines(3000, random.Random(5)))))
    path = tmp_path / "g.nt.gz"
    write_ntriples_gz(data, path)
    for size in (1, 100, 4096, 1 << 16, 1 << 24):
        pieces = list(gz_pieces(path, size))
        assert b"".join(pieces) == data
        assert all(piece.endswith(b"\n") for piece in pieces)
        assert size > len(data) or len(pieces) > 1
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(OSError):
        list(gz_pieces(path))


def test_the_delta_as_one_update_removes_and_adds_the_lines_as_written() -> None:
    kept = '<http://x/a> <http://x/p> "kept" .\n'
    gone = ('<http://x/a> <http://x/p> "a \\"quote\\", a\\nline, \\u00e9 and 中文"@zh .\n'
            '<http://x/a> <http://x/q> "12"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
    came = '<http://x/b> <http://x/p> <http://x/a> .\n<http://x/b> <http://x/r> "制度\\t改革" .\n'
    st = ox.Store()
    st.load((kept + gone).encode(), ox.RdfFormat.N_TRIPLES)
    st.update(delta_update(GraphDelta(gone.encode(), came.encode())))
    expected = ox.Store()
    expected.load((kept + came).encode(), ox.RdfFormat.N_TRIPLES)
    assert set(st) == set(expected)
    assert delta_update(GraphDelta()) == ""
    for line in (b'_:b <http://x/p> "1" .\n', b'<http://x/a> <http://x/p> _:b .\n'):
        with pytest.raises(ValueError):
            delta_update(GraphDelta(b"", line))
        with pytest.raises(ValueError):
            delta_update(GraphDelta(line, b""))


# ---------------------------------------------------------------- real builds

@pytest.fixture
def written(monkeypatch) -> list[StoreWritten]:
    """How each build's store was written (patched: with its delta; whole: delta None), in order.
    The store is written in this process (as after a store was opened here: see
    store.rocksdb_started), where the calls can be recorded; the child that writes it in a
    process without RocksDB has tests of its own below."""
    results: list[StoreWritten] = []
    real = store_module.write_store_patched
    monkeypatch.setattr(store_module, "rocksdb_started", lambda: True)

    def recorded(*args, **kwargs) -> StoreWritten:
        results.append(real(*args, **kwargs))
        return results[-1]

    monkeypatch.setattr(store_module, "write_store_patched", recorded)
    return results


@pytest.fixture
def patch_always(monkeypatch, written) -> list[StoreWritten]:
    """`written`, patching whatever the size of the delta (the seed pages are a few: each one
    is a large share of the graph)."""
    monkeypatch.setattr(store_module, "PATCH_LIMIT", 1.0)
    return written


def _patched(written: list[StoreWritten]) -> bool:
    """True when the last build's store was patched, with no problem."""
    return written[-1].delta is not None and written[-1].problem is None


def _store_lines(out: Path) -> bytes:
    """The store of the build in `out` dumped, lines in byte order."""
    st = ox.Store.read_only(str((out / STORE_DIR).resolve()))
    try:
        return sort_ntriples(st.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
    finally:
        del st


def _graph_lines(out: Path) -> bytes:
    return gzip.decompress((out / NTRIPLES_GZ).read_bytes())


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, bytes]:
    """graph.nt.gz content of fresh builds: the five seeds, the first four, the five with the
    last one changed."""
    root = tmp_path_factory.mktemp("fresh")
    changed = root / "in" / SEEDS[-1].name          # shown as in/<name>, as the test's own copy
    changed.parent.mkdir()
    changed.write_bytes(_changed(SEEDS[-1]))
    graphs = {}
    for name, inputs in (("five", SEEDS), ("four", SEEDS[:4]), ("changed", [*SEEDS[:4], changed])):
        build(inputs, root / name, network=False, notify=quiet)
        graphs[name] = _graph_lines(root / name)
    return graphs


def _changed(seed: Path) -> bytes:
    """The seed page with its last paragraph gone: a new version of the same document."""
    text = seed.read_text(encoding="utf-8").rstrip("\n")
    return text[: text.rfind("\n")].encode("utf-8") + b"\n"


def test_add_remove_and_replace_patch_the_store_into_a_fresh_builds(tmp_path: Path, fresh, patch_always) -> None:
    out = tmp_path / "out"
    build(SEEDS[:4], out, network=False, notify=quiet)
    assert patch_always[-1] == StoreWritten()               # no previous build: written whole

    report = add([SEEDS[4]], out, network=False, notify=quiet)
    assert _patched(patch_always) and patch_always[-1].delta.added and not report.notes
    assert _graph_lines(out) == fresh["five"]
    assert _store_lines(out) == fresh["five"]

    remove([SEEDS[4].stem], out, network=False, notify=quiet)
    assert _patched(patch_always) and patch_always[-1].delta.removed
    assert _store_lines(out) == _graph_lines(out) == fresh["four"]

    add([SEEDS[4]], out, network=False, notify=quiet)
    page = tmp_path / "in" / SEEDS[4].name
    page.parent.mkdir()
    page.write_bytes(_changed(SEEDS[4]))
    report = add([page], out, network=False, notify=quiet)
    assert any("replaces the earlier version" in note for note in report.notes)
    assert _patched(patch_always) and patch_always[-1].delta.removed and patch_always[-1].delta.added
    assert _store_lines(out) == _graph_lines(out) == fresh["changed"]
    assert not list(current_version(out).glob(".store.*"))      # no staging store left behind


def test_a_large_delta_writes_the_store_whole(tmp_path: Path, fresh, written) -> None:
    out = tmp_path / "out"
    build(SEEDS[:1], out, network=False, notify=quiet)
    add(SEEDS[1:], out, network=False, notify=quiet)         # four pages on one: far over PATCH_LIMIT
    assert written[-1] == StoreWritten()
    assert _store_lines(out) == fresh["five"]


def test_a_store_changed_by_an_update_is_written_whole(tmp_path: Path, fresh, patch_always) -> None:
    out = tmp_path / "out"
    build(SEEDS[:4], out, network=False, notify=quiet)
    update_store(out, lambda st: st.update('INSERT DATA { <http://example.org/x> <http://example.org/p> "by hand" }'))
    assert patch_base(current_version(out)) is None
    add([SEEDS[4]], out, network=False, notify=quiet)
    assert patch_always[-1] == StoreWritten()
    assert _store_lines(out) == _graph_lines(out) == fresh["five"]        # the hand-made triple is gone
    assert patch_base(current_version(out)) == current_version(out)


def test_no_cache_writes_the_store_whole(tmp_path: Path, fresh, patch_always) -> None:
    from graph.pipeline import Settings

    out = tmp_path / "out"
    build(SEEDS[:4], out, network=False, notify=quiet)
    add([SEEDS[4]], out, network=False, notify=quiet, settings=Settings(cache=False))
    assert patch_always[-1] == StoreWritten() and _store_lines(out) == fresh["five"]


def test_a_patch_that_fails_is_dropped_and_the_store_written_whole(tmp_path: Path, fresh, patch_always,
                                                                   monkeypatch) -> None:
    real = store_module.previous_delta

    def short(base, ntriples, limit=None):       # a delta missing one added line
        delta = real(base, ntriples, limit)
        return None if delta is None else GraphDelta(delta.removed, delta.added[delta.added.index(b"\n") + 1:])

    monkeypatch.setattr(store_module, "previous_delta", short)
    out = tmp_path / "out"
    build(SEEDS[:4], out, network=False, notify=quiet)
    report = add([SEEDS[4]], out, network=False, notify=quiet)
    assert patch_always[-1].delta is None and "triples" in patch_always[-1].problem
    assert patch_always[-1].problem in report.notes
    assert _store_lines(out) == fresh["five"]
    assert not list(current_version(out).glob(".store.*"))


def test_the_previous_store_open_for_queries_is_patched_and_keeps_answering(tmp_path: Path, fresh,
                                                                           patch_always) -> None:
    out = tmp_path / "out"
    build(SEEDS[:4], out, network=False, notify=quiet)
    served = ox.Store.read_only(str((out / STORE_DIR).resolve()))       # as `govkg serve`'s workers open it
    before = len(served)
    add([SEEDS[4]], out, network=False, notify=quiet)
    assert _patched(patch_always) and _store_lines(out) == fresh["five"]
    assert len(served) == before == fresh["four"].count(b"\n")          # the old version, though deleted
    del served


KILLED_PATCH = """
import os, sys
from pathlib import Path
import graph.store as store
from graph.pipeline import add

store.PATCH_LIMIT = 1.0
real_diff = store.previous_delta
def diff(*args, **kwargs):
    print("diffed", file=sys.stderr, flush=True)
    return real_diff(*args, **kwargs)
store.previous_delta = diff
def dying(*args, **kwargs):
    os._exit(9)                       # killed with the patched store complete, before it is swapped in
store._swap_dir = dying
add([Path(sys.argv[2])], Path(sys.argv[1]), network=False, notify=lambda m: None)
"""


def test_a_patch_killed_half_way_leaves_the_previous_build_published(tmp_path: Path, fresh) -> None:
    out = tmp_path / "out"
    build(SEEDS[:4], out, network=False, notify=quiet)
    version = current_version(out)
    run = subprocess.run([sys.executable, "-c", KILLED_PATCH, str(out), str(SEEDS[4])],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert "diffed" in run.stderr, run.stderr                    # killed in the patch: the process itself, or
    assert run.returncode == 9 or "writing the store failed (exit status 9)" in run.stderr, run.stderr  # its store child
    assert current_version(out) == version
    assert _store_lines(out) == _graph_lines(out) == fresh["four"]
    add([SEEDS[4]], out, network=False, notify=quiet)             # the next build cleans up and goes on
    assert _store_lines(out) == fresh["five"]
    assert [p.name for p in (out / ".versions").iterdir()] == [current_version(out).name]


# ---------------------------------------------------------------- the store written by a child

def test_rocksdb_counts_as_started_once_a_store_was_opened_and_for_good(tmp_path: Path) -> None:
    script = ("import sys, pyoxigraph as ox\n"
              "from graph.store import rocksdb_started\n"
              "print(rocksdb_started())\n"
              "ox.Store().load(b'<http://a> <http://b> <http://c> .\\n', format=ox.RdfFormat.N_TRIPLES)\n"
              "print(rocksdb_started())\n"          # an in-memory store starts no RocksDB
              "st = ox.Store(sys.argv[1]); del st\n"
              "print(rocksdb_started())\n")
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "st")], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert run.stdout.split() == ["False", "False", "True"], run.stderr


CHILD_WRITES_STORE = """
import json, sys
from pathlib import Path
import graph.pipeline as pipeline
import graph.store as store
from graph.pipeline import add, build

store.PATCH_LIMIT = 1.0
real = pipeline._write_store_reporting
def reporting(*args, **kwargs):                  # runs in the child: says what it did on stdout
    result = real(*args, **kwargs)
    print(json.dumps(result), flush=True)
    return result
pipeline._write_store_reporting = reporting
out, pages = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
build(pages[:-1], out, network=False, notify=lambda m: None)
add(pages[-1:], out, network=False, notify=lambda m: None)
print(json.dumps(store.rocksdb_started()))
"""


def test_a_process_without_rocksdb_writes_and_patches_the_store_in_a_child(tmp_path: Path, fresh) -> None:
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-c", CHILD_WRITES_STORE, str(out), *map(str, SEEDS)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    whole, patched, started = run.stdout.split("\n")[:3]
    assert whole == "[null, false]" and patched == "[null, true]"     # written whole, then patched, by the child
    assert started == "false"                           # the building process never opened a store
    assert _store_lines(out) == _graph_lines(out) == fresh["five"]


def test_a_store_child_that_fails_fails_the_build_with_one_line(tmp_path: Path) -> None:
    script = ("import sys\nfrom pathlib import Path\nimport graph.store as store\n"
              "from graph.pipeline import BuildError, build\n"
              "def full(*args, **kwargs):\n    raise OSError(28, 'No space left on device')\n"
              "store.write_store = full\n"
              "try:\n    build([Path(sys.argv[2])], Path(sys.argv[1]), network=False, notify=lambda m: None)\n"
              "except OSError as exc:\n    print('OSError', exc.errno)\n")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-c", script, str(out), str(SEEDS[0])], capture_output=True, text=True,
                         timeout=300, cwd=ROOT)
    assert run.stdout.strip() == "OSError 28", run.stderr
    assert current_version(out) is None                 # nothing published
