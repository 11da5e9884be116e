"""graph.ttl and graph.nt.gz in content-defined chunks: whole and patched writes give the same bytes."""
from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest

from graph import dumps
from graph.store import DeltaTooLarge, serialize_ntriples


@pytest.fixture(scope="module")
def seed_lines(seed_build: Path) -> list[bytes]:
    """The sorted N-Triples lines of a real build of the seed pages."""
    return gzip.decompress((seed_build / "graph.nt.gz").read_bytes()).splitlines(keepends=True)


def _written(lines: list[bytes], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dumps.write_dumps(b"".join(lines), folder)
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in (dumps.TURTLE, dumps.NTRIPLES_GZ, dumps.INDEX)}


def test_the_chunks_join_into_the_files_of_one_serialisation(seed_lines, tmp_path):
    data = b"".join(seed_lines)
    folder = _written(seed_lines, tmp_path / "d")
    assert (folder / dumps.TURTLE).read_bytes() == serialize_ntriples(data, "turtle")
    assert gzip.decompress((folder / dumps.NTRIPLES_GZ).read_bytes()) == data     # every member read
    chunks = dumps.read_index(folder)
    assert chunks is not None and len(chunks) > 5
    assert all(dumps.is_cut(c.first) for c in chunks[1:])       # cut where the content says, never elsewhere


def test_a_chunk_is_a_function_of_its_content_alone(seed_lines, tmp_path):
    """Lines added inside one chunk leave every other chunk's bytes as they were."""
    chunks = dumps.read_index(_written(seed_lines, tmp_path / "a"))
    extra = b'<https://w3id.org/govkg/id/zz-not-a-cut> <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n'
    if dumps.is_cut(dumps.subject_of(extra)):
        pytest.skip("the made-up subject happens to be a cut")
    changed = dumps.read_index(_written(sorted([*seed_lines, extra]), tmp_path / "b"))
    assert len(changed) == len(chunks)
    assert sum(a != b for a, b in zip(chunks, changed)) == 1


def _removed_and_added(before: list[bytes], after: list[bytes]) -> tuple[bytes, bytes]:
    b, a = set(before), set(after)
    return b"".join(sorted(b - a)), b"".join(sorted(a - b))


def _mutations(lines: list[bytes], rng: random.Random) -> list[bytes]:
    """The lines with some removed (whole subjects too, cut ones included) and some added."""
    subjects = sorted({dumps.subject_of(line) for line in lines})
    cuts = [s for s in subjects if dumps.is_cut(s)]
    gone = set(rng.sample(subjects, 5)) | set(rng.sample(cuts, min(2, len(cuts))))
    kept = [line for line in lines if dumps.subject_of(line) not in gone and rng.random() > 0.01]
    new = [f'<https://w3id.org/govkg/id/new/{rng.randrange(10**6)}> <urn:p> "{i}" .\n'.encode() for i in range(30)]
    new += [line.replace(b'" .', b'x" .') for line in rng.sample(lines, 20) if line.endswith(b'" .\n')]
    return sorted(set(kept + new))


@pytest.mark.parametrize("seed", range(6))
def test_a_patched_write_is_byte_identical_to_a_whole_write(seed_lines, tmp_path, seed):
    rng = random.Random(seed)
    before, after = seed_lines, _mutations(seed_lines, rng)
    previous = _written(before, tmp_path / "previous")
    whole = _written(after, tmp_path / "whole")
    patched = tmp_path / "patched"
    patched.mkdir()
    removed, added = _removed_and_added(before, after)
    assert dumps.patch_dumps(previous, removed, added, patched)
    assert _files(patched) == _files(whole)


@pytest.mark.parametrize("seed", range(4))
def test_the_delta_comes_from_the_changed_chunks_only(seed_lines, tmp_path, seed):
    rng = random.Random(100 + seed)
    after = _mutations(seed_lines, rng)
    previous = _written(seed_lines, tmp_path / "previous")
    assert dumps.diff_dumps(previous, b"".join(after)) == _removed_and_added(seed_lines, after)
    assert dumps.diff_dumps(previous, b"".join(seed_lines)) == (b"", b"")
    with pytest.raises(DeltaTooLarge):
        dumps.diff_dumps(previous, b"".join(after), limit=3)


def test_a_previous_build_without_a_usable_index_is_not_patched(seed_lines, tmp_path):
    previous = _written(seed_lines, tmp_path / "previous")
    (previous / dumps.INDEX).write_text("{not json", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    assert dumps.diff_dumps(previous, b"".join(seed_lines)) is None
    assert not dumps.patch_dumps(previous, b"", b"", out)
    assert not any(out.iterdir())
    _written(seed_lines, previous)
    with open(previous / dumps.TURTLE, "ab") as ttl:             # files that no longer match the index
        ttl.write(b"# changed by hand\n")
    assert dumps.read_index(previous) is None


def test_a_delta_that_is_not_the_graphs_is_refused(seed_lines, tmp_path):
    """A patch that does not give the line count of the new graph writes nothing usable: the
    caller writes the files whole (pipeline.write_dumps_after)."""
    after = _mutations(seed_lines, random.Random(7))
    previous = _written(seed_lines, tmp_path / "previous")
    removed, added = _removed_and_added(seed_lines, after)
    out = tmp_path / "out"
    out.mkdir()
    short = added[added.index(b"\n") + 1:]
    assert not dumps.patch_dumps(previous, removed, short, out, expected=len(after))
    assert dumps.read_index(out) is None
    assert dumps.patch_dumps(previous, removed, added, out, expected=len(after))
