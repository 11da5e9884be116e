"""graph.ttl and graph.nt.gz, the build's dumps of its graph, written in content-defined chunks.

Both list the triples in byte order of their N-Triples lines. They are cut into chunks at
subjects chosen by their content alone (`is_cut`: a hash of the subject IRI), never by
position, so a change of a few triples changes the chunks that hold them and leaves every
other chunk byte for byte as it was. graph.nt.gz is one gzip member per chunk (a gzip file
may hold several members; every reader of gzip reads them as one stream), graph.ttl is
Oxigraph's prefixes followed by each chunk's Turtle (Turtle groups the lines of a subject;
no chunk splits a subject, so the pieces join into exactly the file one serialisation of the
whole graph writes). `INDEX` (dumps.json) records each chunk's first subject and its sizes
in both files.

A build whose graph differs from the previous build's by a delta (graph.store.GraphDelta)
writes both files by `patch_dumps`: the chunks the delta reaches are read back, changed and
written again, the others copied from the previous build's files. The bytes are those
`write_dumps` writes for the whole graph (tests/test_dumps.py).
"""
from __future__ import annotations

import hashlib
import json
import os
import zlib
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .store import NTRIPLES_GZ, TURTLE, DeltaTooLarge, prefixes

INDEX = "dumps.json"
FORMAT = 1
CUT_EVERY = 128           # one subject in this many starts a chunk: ~2,400 chunks of ~800 lines for 1.86M triples
GZIP_LEVEL = 1


@dataclass(frozen=True)
class Chunk:
    """One chunk: its first subject (N-Triples form), its length in each file, and a digest of
    its N-Triples (`digest`), by which `diff_dumps` finds the chunks a new graph changes."""

    first: bytes
    ttl: int
    gz: int
    digest: str
    lines: int


def digest(ntriples: bytes) -> str:
    return hashlib.blake2b(ntriples, digest_size=16).hexdigest()


def is_cut(subject: bytes) -> bool:
    """Does a chunk start at `subject` (an IRI in N-Triples form)? A function of the IRI alone."""
    return zlib.crc32(subject) % CUT_EVERY == 0


def subject_of(line: bytes) -> bytes:
    return line[: line.index(b" ")]


def split_chunks(lines: list[bytes]) -> list[list[bytes]]:
    """Sorted N-Triples lines cut into chunks: a chunk starts at the first line and at the first
    line of every subject that `is_cut`."""
    chunks: list[list[bytes]] = []
    current: list[bytes] = []
    subject = b""
    for line in lines:
        if not line.startswith(subject) or line[len(subject):len(subject) + 1] != b" ":
            subject = subject_of(line)
            if current and is_cut(subject):
                chunks.append(current)
                current = []
        current.append(line)
    if current:
        chunks.append(current)
    return chunks


def _turtle(lines: list[bytes]) -> bytes:
    """The Turtle of one chunk, without the prefix lines."""
    text = ox.serialize(ox.parse(b"".join(lines), ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                        prefixes=prefixes())
    header = turtle_header()
    if not text.startswith(header):
        raise ValueError("Oxigraph wrote a chunk's prefixes differently from the file's")
    return text[len(header):]


_HEADER: list[bytes] = []


def turtle_header() -> bytes:
    """The prefix lines Oxigraph writes at the top of graph.ttl."""
    if not _HEADER:
        one = ox.serialize([ox.Triple(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode("urn:o"))],
                           format=ox.RdfFormat.TURTLE, prefixes=prefixes())
        _HEADER.append(one[: one.index(b"<urn:s>")])
    return _HEADER[0]


def _member(lines: list[bytes]) -> tuple[bytes, str]:
    """One gzip member of the lines (no file name, time 0: the same bytes for the same lines),
    and the digest of the lines."""
    data = b"".join(lines)
    deflate = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)
    return deflate.compress(data) + deflate.flush(), digest(data)


def _encoded(chunk: list[bytes]) -> tuple[Chunk, bytes, bytes]:
    ttl, (gz, sha) = _turtle(chunk), _member(chunk)
    return Chunk(subject_of(chunk[0]), len(ttl), len(gz), sha, len(chunk)), ttl, gz


def write_dumps(ntriples: bytes, folder: Path) -> None:
    """graph.ttl, graph.nt.gz and their index in `folder`, from N-Triples with lines in byte order."""
    from concurrent.futures import ThreadPoolExecutor

    chunks = split_chunks(ntriples.splitlines(keepends=True))
    with open(folder / TURTLE, "wb") as ttl_out, open(folder / NTRIPLES_GZ, "wb") as gz_out, \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="govkg-gzip") as pool:
        members = [pool.submit(_member, chunk) for chunk in chunks]    # zlib works without the GIL
        ttl_out.write(turtle_header() if chunks else b"")
        index = []
        for chunk, member in zip(chunks, members):
            ttl = _turtle(chunk)
            gz, sha = member.result()
            ttl_out.write(ttl)
            gz_out.write(gz)
            index.append(Chunk(subject_of(chunk[0]), len(ttl), len(gz), sha, len(chunk)))
    write_index(folder, index)


def gzip_members(ntriples: bytes) -> Iterator[bytes]:
    """The gzip members of graph.nt.gz for N-Triples with lines in byte order, one per chunk."""
    for chunk in split_chunks(ntriples.splitlines(keepends=True)):
        yield _member(chunk)[0]


def write_index(folder: Path, chunks: list[Chunk]) -> None:
    rows = [[c.first.decode("utf-8"), c.ttl, c.gz, c.digest, c.lines] for c in chunks]
    data = {"format": FORMAT, "cut_every": CUT_EVERY, "gzip_level": GZIP_LEVEL,
            "header": len(turtle_header()), "chunks": rows}
    (folder / INDEX).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def read_index(folder: Path) -> list[Chunk] | None:
    """The chunks of the dumps in `folder`, or None when they were not written in chunks by
    this version of the rule (or the index is missing, damaged or does not match the files)."""
    try:
        data = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        if (data.get("format"), data.get("cut_every"), data.get("gzip_level"), data.get("header")) \
                != (FORMAT, CUT_EVERY, GZIP_LEVEL, len(turtle_header())):
            return None
        chunks = [Chunk(first.encode("utf-8"), int(ttl), int(gz), str(sha), int(lines))
                  for first, ttl, gz, sha, lines in data["chunks"]]
        ttl_size, gz_size = (folder / TURTLE).stat().st_size, (folder / NTRIPLES_GZ).stat().st_size
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    header = len(turtle_header()) if chunks else 0
    if ttl_size != header + sum(c.ttl for c in chunks) or gz_size != sum(c.gz for c in chunks):
        return None
    return chunks


def patch_dumps(previous: Path, removed: bytes, added: bytes, folder: Path, expected: int | None = None) -> bool:
    """Write graph.ttl, graph.nt.gz and their index into `folder` for the graph of the build in
    `previous` changed by the sorted N-Triples lines `removed` and `added`: the same bytes as
    `write_dumps` of the whole new graph. False when `previous` has no usable index, or when
    the result does not hold `expected` lines (a delta that is not the one from that graph): the
    caller then writes them whole."""
    old = read_index(previous)
    if old is None or not old:
        return False
    runs = _runs(old, removed.splitlines(keepends=True), added.splitlines(keepends=True))
    ttl_at = _offsets([c.ttl for c in old], len(turtle_header()))
    gz_at = _offsets([c.gz for c in old], 0)
    index: list[Chunk] = []
    with open(previous / TURTLE, "rb") as ttl_in, open(previous / NTRIPLES_GZ, "rb") as gz_in, \
            open(folder / TURTLE, "wb") as ttl_out, open(folder / NTRIPLES_GZ, "wb") as gz_out:
        ttl_out.write(turtle_header())
        done = 0
        for start, stop, drop, add in runs:
            _copy(ttl_in, ttl_out, ttl_at[done], ttl_at[start])
            _copy(gz_in, gz_out, gz_at[done], gz_at[start])
            index += old[done:start]
            before = _lines_of(gz_in, gz_at[start], gz_at[stop])
            kept = sorted([line for line in before if line not in drop] + add)
            for chunk in split_chunks(kept):
                entry, ttl, gz = _encoded(chunk)
                ttl_out.write(ttl)
                gz_out.write(gz)
                index.append(entry)
            done = stop
        _copy(ttl_in, ttl_out, ttl_at[done], ttl_at[-1])
        _copy(gz_in, gz_out, gz_at[done], gz_at[-1])
        index += old[done:]
    if not index:
        (folder / TURTLE).write_bytes(b"")
    if expected is not None and sum(c.lines for c in index) != expected:
        return False
    write_index(folder, index)
    return True


def _runs(old: list[Chunk], removed: list[bytes], added: list[bytes]
          ) -> list[tuple[int, int, set[bytes], list[bytes]]]:
    """(first chunk, chunk after the last, lines removed there, lines added there) of each run of
    adjacent chunks the delta reaches. A line belongs to the last chunk whose first subject is
    not after its own. A run whose first chunk loses every line of its first subject takes the
    chunk before it in too: what remains of it is no longer the start of a chunk."""
    firsts = [c.first for c in old]
    where = lambda line: max(0, bisect_right(firsts, subject_of(line)) - 1)   # noqa: E731
    touched: dict[int, tuple[set[bytes], list[bytes]]] = {}
    for line in removed:
        touched.setdefault(where(line), (set(), []))[0].add(line)
    for line in added:
        touched.setdefault(where(line), (set(), []))[1].append(line)
    runs: list[tuple[int, int, set[bytes], list[bytes]]] = []
    for i in sorted(touched):
        drop, add = touched[i]
        if runs and runs[-1][1] == i:
            start, _, d, a = runs.pop()
            runs.append((start, i + 1, d | drop, a + add))
        else:
            runs.append((i, i + 1, set(drop), list(add)))
    return _with_lost_starts(runs, old)


def _with_lost_starts(runs: list[tuple[int, int, set[bytes], list[bytes]]], old: list[Chunk]
                      ) -> list[tuple[int, int, set[bytes], list[bytes]]]:
    """Runs extended to the chunk before when the subject starting their first chunk may be gone
    (one of its lines removed and none added): `patch_dumps` decides from the lines themselves;
    taking one chunk more is always right, since a run re-cut whole gives the same chunks."""
    merged: list[tuple[int, int, set[bytes], list[bytes]]] = []
    for start, stop, drop, add in runs:
        first = old[start].first + b" "
        if start > 0 and any(line.startswith(first) for line in drop) \
                and not any(line.startswith(first) for line in add):
            start -= 1
        if merged and merged[-1][1] >= start:
            s, _, d, a = merged.pop()
            merged.append((s, stop, d | drop, a + add))
        else:
            merged.append((start, stop, drop, add))
    return merged


def _offsets(sizes: list[int], base: int) -> list[int]:
    at = [base]
    for size in sizes:
        at.append(at[-1] + size)
    return at


def _copy(source, target, start: int, stop: int) -> None:
    """Bytes [start, stop) of the open file `source` appended to the open file `target`."""
    if stop <= start:
        return
    target.flush()
    try:
        copied = 0
        while copied < stop - start:
            n = os.copy_file_range(source.fileno(), target.fileno(), stop - start - copied,
                                   start + copied)
            if n == 0:
                break
            copied += n
        if copied == stop - start:
            target.seek(0, os.SEEK_END)
            return
        start += copied
    except (AttributeError, OSError):
        pass
    source.seek(start)
    target.seek(0, os.SEEK_END)
    target.write(source.read(stop - start))


def _lines_of(gz_in, start: int, stop: int) -> list[bytes]:
    """The N-Triples lines of the gzip members at bytes [start, stop) of the open file `gz_in`."""
    gz_in.seek(start)
    data = gz_in.read(stop - start)
    return list(_inflated(data))


def _inflated(data: bytes) -> Iterator[bytes]:
    while data:
        inflate = zlib.decompressobj(31)
        yield from inflate.decompress(data).splitlines(keepends=True)
        if not inflate.eof:
            raise OSError("truncated gzip member in graph.nt.gz")
        data = inflate.unused_data


# ---------------------------------------------------------------- the delta from the previous build

def diff_dumps(previous: Path, ntriples: bytes, limit: int | None = None, lines: int | None = None
               ) -> tuple[bytes, bytes] | None:
    """(removed, added): the sorted N-Triples lines that left and entered the graph, from the
    build in `previous` (its dumps in chunks) to the graph of `ntriples` (lines in byte order);
    None when `previous` has no usable index. The new graph is cut where the previous one was
    (at each chunk's first subject) and each piece's digest compared with the chunk's: only the
    chunks that differ are read back from graph.nt.gz, so the cost is one digest of the new graph
    plus the changed chunks. store.DeltaTooLarge as soon as more than `limit` lines differ;
    ValueError when the lines do not add up to `lines` (the line count of `ntriples`, counted
    here when not given): `ntriples` not sorted, or with a line twice."""
    old = read_index(previous)
    if old is None:
        return None
    cuts = _cut_points(ntriples, [c.first for c in old])
    gz_at = _offsets([c.gz for c in old], 0)
    removed: list[bytes] = []
    added: list[bytes] = []
    with open(previous / NTRIPLES_GZ, "rb") as gz_in:
        for i, chunk in enumerate(old):
            piece = ntriples[cuts[i]:cuts[i + 1]]
            if digest(piece) == chunk.digest:
                continue
            before = set(_lines_of(gz_in, gz_at[i], gz_at[i + 1]))
            after = set(piece.splitlines(keepends=True))
            removed += sorted(before - after)
            added += sorted(after - before)
            if limit is not None and len(removed) + len(added) > limit:
                raise DeltaTooLarge(f"more than {limit} lines changed")
    if sum(c.lines for c in old) - len(removed) + len(added) != (ntriples.count(b"\n") if lines is None else lines):
        raise ValueError("the new graph has repeated lines or is not in byte order")
    return b"".join(removed), b"".join(added)


def _cut_points(ntriples: bytes, firsts: list[bytes]) -> list[int]:
    """Offsets in `ntriples` where the lines of each chunk of the previous graph begin (the first
    line whose subject is not before the chunk's first subject; 0 for the first chunk), and its end."""
    points = [0]
    at = 0
    for first in firsts[1:]:
        at = _first_line_from(ntriples, first, at)
        points.append(at)
    points.append(len(ntriples))
    return points


def _first_line_from(ntriples: bytes, subject: bytes, lo: int) -> int:
    """The offset of the first line at or after `lo` (a line's start) whose subject is not before
    `subject`, lines being in byte order: where the subject's own lines start when it is still
    in the graph, else found by bisection over the lines."""
    key = subject + b" "
    if ntriples.startswith(key, lo):
        return lo
    found = ntriples.find(b"\n" + key, lo)
    if found >= 0:
        return found + 1
    hi = len(ntriples)
    while lo < hi:
        mid = (lo + hi) // 2
        start = ntriples.rfind(b"\n", lo, mid) + 1 or lo      # the line holding `mid`, not before `lo`
        if ntriples[start:ntriples.find(b" ", start)] < subject:
            end = ntriples.find(b"\n", start)
            lo = len(ntriples) if end < 0 else end + 1
        else:
            hi = start
    return lo
