"""The persistent store of a build (Oxigraph) and atomic writing of outputs.

Layout of a build directory (default `output/`):
  graph.ttl        the graph in Turtle (sorted, byte-identical for the same input)
  store/           Oxigraph database opened by query/export/render/validate/facts
  facts/<doc>.json the facts of each input document, derived by SPARQL from the store
  network.html     the interactive network
A new store is written beside the old one and swapped in with renames, so a build
killed at any point leaves the previous build usable. A build of a folder that holds a
build already (`build --add`, `remove`) makes its store from the previous one when the
graph changed little: a checkpoint of it patched with the delta (`write_store_patched`).
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

import pyoxigraph as ox

from .namespaces import PREFIX_IRIS

if TYPE_CHECKING:  # rdflib is imported only by the functions that convert from or to it
    from typing import BinaryIO

    from rdflib import BNode, Graph, Literal, URIRef

STORE_DIR = "store"
TURTLE = "graph.ttl"
NTRIPLES_GZ = "graph.nt.gz"     # the same triples as graph.ttl, in the same order, as gzipped N-Triples
TABLES_DIR = "tables"           # the named queries' answers over the whole graph (graph.tables)


class StoreError(Exception):
    """No usable store where one was expected; the message says what to do."""


# ---------------------------------------------------------------- rdflib <-> oxigraph terms

def to_ox(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term) -> URIRef | BNode | Literal:
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"not an RDF term: {term!r}")


def ntriples_of(graph: Graph) -> bytes:
    """The graph's default graph as N-Triples, in no particular order: Oxigraph's own dump
    when the graph lives in Oxigraph, else written from rdflib's terms."""
    inner = oxigraph_of(graph)
    if inner is not None:
        return inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return ox.serialize((ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph),
                        format=ox.RdfFormat.N_TRIPLES)


def sort_ntriples(data: bytes) -> bytes:
    """N-Triples with its lines in byte order. Every term ends with its own delimiter, so
    sorting whole lines orders the triples by subject, predicate and object; C sorts the
    lines, with no Python object per triple. Lines already in order (rdf.build_ntriples
    writes them so) cost one comparison each, and `data` itself comes back."""
    lines = data.splitlines(keepends=True)
    ordered = sorted(lines)
    return data if ordered == lines else b"".join(ordered)


def sorted_ntriples(graph: Graph) -> bytes:
    """The graph's default graph as N-Triples, one triple per line, lines in byte order."""
    return sort_ntriples(ntriples_of(graph))


def oxigraph_of(graph: Graph) -> ox.Store | None:
    """The pyoxigraph Store behind an rdflib Graph on oxrdflib's store, else None."""
    from oxrdflib import OxigraphStore

    if isinstance(graph.store, OxigraphStore):
        return graph.store._inner         # oxrdflib's own handle; the version is pinned in pyproject
    return None


def prefixes() -> dict[str, str]:
    """Prefixes for serialisation. Instance IRIs are written in full: their paths hold '/'
    that Turtle would have to escape in prefixed names (id:place\\/430500)."""
    return {p: ns for p, ns in PREFIX_IRIS.items() if p != "id"}


# ---------------------------------------------------------------- atomic writes

def current_umask() -> int:
    """The process's file-creation mask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(target: Path, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` in one rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix + ".tmp", dir=target.parent)
    os.fchmod(fd, 0o666 & ~current_umask())  # mkstemp makes 0600; the output follows the user's umask
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_text_atomic(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


def _format(fmt: str) -> tuple[ox.RdfFormat, dict]:
    if fmt not in RDF_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}")
    return RDF_FORMATS[fmt], ({"prefixes": prefixes()} if fmt in {"turtle", "jsonld"} else {})


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    """Serialise with Oxigraph (fast), in sorted order; fmt: turtle | ntriples | jsonld."""
    return serialize_ntriples(sorted_ntriples(graph), fmt)


def serialize_ntriples(ntriples: bytes, fmt: str = "turtle") -> bytes:
    """N-Triples (e.g. from `sorted_ntriples`) re-serialised in `fmt`, in the same order."""
    if fmt == "ntriples":
        return ntriples
    rdf_format, kwargs = _format(fmt)
    return ox.serialize(ox.parse(ntriples, ox.RdfFormat.N_TRIPLES), format=rdf_format, **kwargs)


def write_turtle(ntriples: bytes, path: Path) -> None:
    """graph.ttl of sorted N-Triples: the bytes of `serialize_ntriples(ntriples, "turtle")`,
    streamed to `path` (the Turtle is never held in memory)."""
    rdf_format, kwargs = _format("turtle")
    ox.serialize(ox.parse(ntriples, ox.RdfFormat.N_TRIPLES), str(path), rdf_format, **kwargs)


def dump_store(store: ox.Store, output: BinaryIO, fmt: str = "turtle") -> None:
    """Stream the store's default graph to `output` with Oxigraph's own serialiser: memory
    stays flat in the size of the graph and literals keep their lexical form. The triples
    are those of graph.ttl, in the store's order rather than sorted."""
    rdf_format, kwargs = _format(fmt)
    store.dump(output, rdf_format, from_graph=ox.DefaultGraph(), **kwargs)


# ---------------------------------------------------------------- scale (tests and benchmarks)

INSTANCE_IRI = "<" + PREFIX_IRIS["id"]


def replicate(store: ox.Store, copies: int, path: Path | None = None, shared: tuple[str, ...] = ()) -> ox.Store:
    """A store holding `copies` copies of `store`'s graph, shaped like a build of that many
    times the input: copy 0 is the graph itself, copy i renames every instance IRI
    (id:x -> id:c<i>/x) so no two copies share a node, except the kinds in `shared`
    (e.g. "place/": the gazetteer's places, which every build shares); the ontology is
    held once. In memory unless `path` is given."""
    instance, schema = [], []
    for line in store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).splitlines(True):
        (instance if INSTANCE_IRI.encode() in line else schema).append(line)
    data = b"".join(instance)
    out = ox.Store(str(path)) if path is not None else ox.Store()
    out.bulk_load(b"".join(schema) + data, ox.RdfFormat.N_TRIPLES)
    for i in range(1, copies):
        renamed = data.replace(INSTANCE_IRI.encode(), f"{INSTANCE_IRI}c{i}/".encode())
        for kind in shared:
            renamed = renamed.replace(f"{INSTANCE_IRI}c{i}/{kind}".encode(), f"{INSTANCE_IRI}{kind}".encode())
        out.bulk_load(renamed, ox.RdfFormat.N_TRIPLES)
    return out


# ---------------------------------------------------------------- the store

def rocksdb_started() -> bool:
    """Has this process used an on-disk store? RocksDB starts its background threads (named
    "rocksdb:high", "rocksdb:low") at the first store opened and keeps them until the process
    ends; a process forked after that inherits the threads' bookkeeping but not the threads,
    and its first store waits for them forever. So only a process with no such thread may
    fork a child that writes a store. Where the threads cannot be listed (no /proc), the
    answer is yes: the caller keeps to the safe way."""
    try:
        names = [(task / "comm").read_bytes() for task in Path("/proc/self/task").iterdir()]
    except OSError:
        return True
    return any(name.startswith(b"rocksdb") for name in names)


def write_store(graph: Graph | bytes, out: Path, lenient: bool = False) -> Path:
    """Write `graph` (an rdflib Graph, or its N-Triples) as a new Oxigraph store under
    out/store, swapped in atomically. `lenient` skips the parser's checks of IRIs and
    literals (-20 %): only for N-Triples that another writer of the same build checks
    line by line (the build's `write_sorted_exports` parses them strictly for graph.ttl)."""
    out.mkdir(parents=True, exist_ok=True)
    final = out / STORE_DIR
    data = graph if isinstance(graph, bytes) else ntriples_of(graph)
    staging = Path(tempfile.mkdtemp(prefix=".store.", suffix=".new", dir=out))
    os.chmod(staging, 0o777 & ~current_umask())          # mkdtemp makes 0700: follow the user's umask
    try:
        store = ox.Store(str(staging))
        store.bulk_load(data, ox.RdfFormat.N_TRIPLES, lenient=lenient)   # the store keeps its own order: no sort
        store.flush()
        store.optimize()
        del store
        _swap_dir(staging, final)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return final


# ---------------------------------------------------------------- patching the previous build's store

PATCH_LIMIT = 0.1       # a delta of more lines than this fraction of the new graph's is written whole: on
                        # 1.86M triples a patch of 10 % costs 4.5 s CPU, a bulk load 14 s
DIFF_BLOCK = 1 << 16    # bytes of the previous graph compared in one piece
SMALL_PIECE = 512       # a piece that differs is halved down to this size, then merged line by line
GZ_READ = 1 << 20       # compressed bytes inflated in one call: each call lets go of the GIL, and a
                        # thread that takes it back behind a busy one (the facts) waits up to 5 ms


class DeltaTooLarge(Exception):
    """The two graphs differ in more lines than the limit: a patch would not be cheaper."""


@dataclass(frozen=True)
class GraphDelta:
    """What changed from one graph to the next, as N-Triples lines (each ending in a newline):
    `removed` left the graph, `added` came into it. Applied in that order (removals first) to a
    store holding the previous graph, it gives a store holding the next one, of `lines` lines
    (when known: `previous_delta` counts them once for every output patched with it)."""

    removed: bytes = b""
    added: bytes = b""
    lines: int | None = None

    def __len__(self) -> int:
        return self.removed.count(b"\n") + self.added.count(b"\n")

    def lines_after(self, ntriples: bytes) -> int:
        """The line count of the graph it gives, whose N-Triples are `ntriples`."""
        return ntriples.count(b"\n") if self.lines is None else self.lines

_BLANK = re.compile(rb"(?:^| )_:", re.MULTILINE)


def diff_ntriples(previous: Iterable[bytes], ntriples: bytes, limit: int | None = None) -> GraphDelta:
    """The delta from the graph whose N-Triples come in the pieces `previous` (each ending at a
    line's end) to the graph of `ntriples`, both with their lines in byte order (as graph.nt.gz
    and rdf.build_ntriples write them): one pass over each, merging the two line streams like
    the merge of a merge sort. A piece found whole at the current place of `ntriples` is passed
    over with one comparison of bytes (no Python object per line); one that is not is halved
    until its halves are (or are a few lines, merged line by line), so the cost is that of
    reading the previous graph plus a few lines around each change. DeltaTooLarge as soon as
    more than `limit` lines differ.
    Out of order lines make the delta larger, never wrong: a line both graphs hold but the
    merge does not pair comes out removed and added again."""
    removed: list[bytes] = []
    added: list[bytes] = []
    at = 0                                  # where the next line of `ntriples` starts
    end = len(ntriples)

    def next_line() -> bytes:
        stop = ntriples.find(b"\n", at, end)
        return ntriples[at: end if stop < 0 else stop + 1]

    def over_limit() -> None:
        if limit is not None and len(removed) + len(added) > limit:
            raise DeltaTooLarge(f"more than {limit} lines changed")

    def merge(piece: bytes) -> None:
        nonlocal at
        if ntriples.startswith(piece, at):
            at += len(piece)
            return
        cut = piece.find(b"\n", len(piece) // 2) + 1 if len(piece) > SMALL_PIECE else 0
        if 0 < cut < len(piece):
            merge(piece[:cut])
            merge(piece[cut:])
            return
        for line in piece.splitlines(keepends=True):
            while True:
                current = next_line() if at < end else None
                if current is None or line < current:
                    removed.append(line)
                    break
                at += len(current)
                if line == current:
                    break
                added.append(current)
            over_limit()

    for piece in previous:
        merge(piece)
    while at < end:
        current = next_line()
        at += len(current)
        added.append(current)
        over_limit()
    return GraphDelta(b"".join(removed), b"".join(added))


def gz_pieces(path: Path, size: int = DIFF_BLOCK) -> Iterator[bytes]:
    """The decompressed content of the gzip file `path` in pieces of about `size` bytes, each
    ending at a line's end (the last one at the end of the file): the file is never held whole,
    and it is read and inflated in a few large steps (GZ_READ). Every member of the file is
    read (graph.nt.gz holds one per chunk: graph.dumps)."""
    rest = b""
    for data in _inflated_reads(path):
        data = rest + data
        start = 0
        while len(data) - start >= size:
            cut = data.find(b"\n", start + size - 1)
            if cut < 0:
                break
            yield data[start: cut + 1]
            start = cut + 1
        rest = data[start:]
    if rest:
        yield rest


def _inflated_reads(path: Path) -> Iterator[bytes]:
    """The inflated bytes of each read of GZ_READ bytes of the gzip file `path`, member after
    member; OSError when the last member is cut short."""
    import zlib

    inflate, begun = zlib.decompressobj(wbits=31), False       # 31: a gzip header and trailer
    with open(path, "rb") as raw:
        while chunk := raw.read(GZ_READ):
            out = []
            while chunk:
                out.append(inflate.decompress(chunk))
                begun = True
                if not inflate.eof:
                    break
                chunk = inflate.unused_data                     # the next member starts here
                inflate, begun = zlib.decompressobj(wbits=31), False
            yield b"".join(out)
    if begun:
        raise OSError(f"{path}: truncated gzip file")


def patch_base(version: Path | None) -> Path | None:
    """`version` (a published build's folder) when its store can be patched into the next one:
    its store holds exactly the triples of its graph.nt.gz (no update query changed either
    since the build: neither mark), and both are there. Else None."""
    if version is None or any((version / mark).exists() for mark in (CHANGED_MARK, UPDATED_MARK)):
        return None
    if not (version / STORE_DIR).is_dir() or not (version / NTRIPLES_GZ).is_file():
        return None
    return version


@dataclass(frozen=True)
class StoreWritten:
    """How `write_store_patched` wrote a store: `delta` patched into the previous store, or
    written whole (None), with `problem` saying why a patch that was tried failed."""

    delta: GraphDelta | None = None
    problem: str | None = None


def previous_delta(base: Path | None, ntriples: bytes, limit: float | None = None) -> GraphDelta | None:
    """The delta from the build in the folder `base` to the graph of `ntriples` (lines in byte
    order, as pipeline.ntriples_of_build writes them), when the outputs of that build can be
    patched into the next one's (`patch_base`) and the delta has no more lines than `limit`
    (default PATCH_LIMIT) times the new graph's; else None (every output is written whole).
    Found from the chunks of base/graph.nt.gz whose digest changed (graph.dumps.diff_dumps), or,
    for a build written before those chunks, by merging the two graphs' lines (`diff_ntriples`)."""
    from dataclasses import replace

    from .dumps import diff_dumps

    base = patch_base(base)
    if base is None:
        return None
    lines = ntriples.count(b"\n")
    most = int(lines * (PATCH_LIMIT if limit is None else limit))
    try:
        found = diff_dumps(base, ntriples, most, lines)
        if found is not None:
            return GraphDelta(*found, lines)
        return replace(diff_ntriples(gz_pieces(base / NTRIPLES_GZ), ntriples, most), lines=lines)
    except (DeltaTooLarge, OSError, ValueError):
        return None


def write_store_patched(ntriples: bytes, out: Path, base: Path | None, lenient: bool = False,
                        delta: GraphDelta | None = None) -> StoreWritten:
    """Write the store of the graph of sorted `ntriples` under out/store, as `write_store` does,
    but from the store of the build in the folder `base` when `delta` (`previous_delta`) says
    how the graph changed since: the previous store copied by a RocksDB checkpoint (hard links
    to its files, which RocksDB never changes: the previous build stays as it was, open or
    not), then patched with the delta. The store is written whole when there is no `base` or
    no delta, or when anything in the patch fails (the half-patched copy is deleted first)."""
    problem = None
    if base is not None and delta is not None:
        try:
            _patch_store(base / STORE_DIR, delta, delta.lines_after(ntriples), out)
            return StoreWritten(delta)
        except (OSError, ValueError, RuntimeError, SyntaxError, StoreError) as exc:
            problem = f"the previous store could not be patched ({exc}); it was written whole"
    write_store(ntriples, out, lenient)
    return StoreWritten(None, problem)


def delta_update(delta: GraphDelta) -> str:
    """The delta as one SPARQL update (DELETE DATA, then INSERT DATA): N-Triples lines are
    triples in SPARQL's syntax, escapes included, so one call applies the delta in one
    transaction. ValueError when a line may hold a blank node (`_:` after a space or at its
    start): DELETE DATA refuses them and INSERT DATA would make new ones (graphs of govkg
    have none)."""
    if _BLANK.search(delta.removed) or _BLANK.search(delta.added):
        raise ValueError("the delta holds blank nodes")
    parts = [f"{verb} DATA {{\n{lines.decode('utf-8')}}}"
             for verb, lines in (("DELETE", delta.removed), ("INSERT", delta.added)) if lines]
    return " ;\n".join(parts)


def _patch_store(previous: Path, delta: GraphDelta, triples: int, out: Path) -> None:
    """out/store: a checkpoint of the store at `previous` with `delta` applied, swapped in
    atomically once it holds `triples` triples; StoreError (nothing swapped in) when not."""
    staging = Path(tempfile.mkdtemp(prefix=".store.", suffix=".new", dir=out))
    staging.rmdir()                                 # the checkpoint makes the folder itself
    try:
        _checkpoint(previous, staging)
        os.chmod(staging, 0o777 & ~current_umask())
        held = _apply(staging, delta)
        if held != triples:
            raise StoreError(f"the patched store holds {held} triples, not {triples}")
        _swap_dir(staging, out / STORE_DIR)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _checkpoint(previous: Path, target: Path) -> None:
    """A checkpoint of the store at `previous` made at `target`, the store opened read-only (as
    the server opens it, which may have it open meanwhile) and closed before this returns."""
    source = ox.Store.read_only(str(previous))
    try:
        source.backup(str(target))
    finally:
        del source


def _apply(path: Path, delta: GraphDelta) -> int:
    """Apply `delta` to the store at `path` and flush it; the number of triples it then holds.
    The store is closed before this returns, even on an error (a store still open would
    write into its folder while the caller deletes it)."""
    store = ox.Store(str(path))
    try:
        store.update(delta_update(delta))
        held = len(store)
        store.flush()
    finally:
        del store
    return held


def swap_dir(new: Path, final: Path) -> None:
    """Replace directory `final` with `new` so that at every instant a complete folder is at `final`.

    On Linux the two are exchanged in one atomic renameat2(RENAME_EXCHANGE); elsewhere
    `final` is set aside as `.<name>.old.<pid>` for a moment, where `recover` finds it
    if the process is killed between the two renames.
    """
    if not final.exists():
        os.replace(new, final)
        return
    if _exchange(new, final):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the previous folder
        return
    old = final.with_name(f".{final.name}.old.{os.getpid()}")
    if old.exists():
        shutil.rmtree(old)
    os.replace(final, old)
    try:
        os.replace(new, final)
    except OSError:
        os.replace(old, final)
        raise
    shutil.rmtree(old, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths with Linux renameat2; False when the system cannot."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False  # file system or kernel without RENAME_EXCHANGE
    raise OSError(err, os.strerror(err), str(b))


_swap_dir = swap_dir
SWAPPED_DIRS = (STORE_DIR, "facts", "sources")
LOCK_FILE = ".govkg.lock"


def recover(out: Path) -> None:
    """After a build was killed between the two renames of swap_dir, put the old folders back."""
    for name in SWAPPED_DIRS:
        final = out / name
        if final.exists():
            continue
        olds = sorted(out.glob(f".{name}.old.*"), key=lambda p: p.stat().st_mtime)
        if olds:
            os.replace(olds[-1], final)


def _recover_unless_building(out: Path) -> None:
    """Run `recover` only when no build holds the output lock (a build mid-swap is not a crash)."""
    import fcntl
    import time

    for _ in range(40):
        try:
            handle = open(out / LOCK_FILE, "a+b")
        except OSError:
            return  # read-only folder: nothing we could repair anyway
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                time.sleep(0.05)  # a build is swapping folders right now; the window is tiny
                if all((out / name).is_dir() for name in SWAPPED_DIRS):
                    return
                continue
            recover(out)
            return


def require_store(out: Path) -> Path:
    """The store folder of the build in `out` (repaired after a killed build), without
    opening it; StoreError with advice when there is none."""
    path = out / STORE_DIR
    if out.is_dir() and any(not (out / name).is_dir() and any(out.glob(f".{name}.old.*")) for name in SWAPPED_DIRS):
        _recover_unless_building(out)
    if not path.is_dir():
        raise StoreError(f"no govkg store in {out}/ — run `govkg build SEEDS_DIR --out {out}` first")
    return path


UPDATED_MARK = "store-updated"
CHANGED_MARK = "changed-by-update"    # kept for good: the outputs no longer stand for the inputs alone


def _mark(version: Path) -> None:
    (version / CHANGED_MARK).write_text("an update query changed this build's store after it was built\n",
                                        encoding="utf-8")
    (version / UPDATED_MARK).write_text("the store was changed after graph.ttl and graph.nt.gz were written\n",
                                        encoding="utf-8")


class FilesNotRewritten(StoreError):
    """The update was applied to the store, but graph.ttl / graph.nt.gz could not be written
    from it: they stay as they were, marked as not standing for the store (exports dump it)."""


def update_store(out: Path, run: Callable[[ox.Store], None]) -> None:
    """Apply an update to the store of the build in `out` with `run(store)`, then bring the
    build's graph.nt.gz and graph.ttl back in line with the store (`rewrite_built_files`).

    Safe if killed at any point: the build's lock is taken (no build runs meanwhile) and the
    store opened read-write first (Oxigraph's lock: one updater at a time), the UPDATED_MARK
    is written before `run` and removed only once both files are rewritten, so until then
    `built_file` disowns them and exports dump the store.
    When `run` raises, Oxigraph has written nothing (an update is one transaction): the mark
    is taken back unless an earlier update had left it, and the exception passes on.
    StoreError when the store cannot be opened; FilesNotRewritten when the update was applied
    but the files could not be written (the mark stays)."""
    require_store(out)                              # a clear error when there is no build
    with _build_lock(out):
        _update_locked(out, require_store(out).resolve(), run)   # the version published now


@contextmanager
def _build_lock(out: Path) -> Iterator[None]:
    """Hold the lock a build of `out` holds (LOCK_FILE): no build publishes a new version, and
    deletes this one, while an update writes into it. StoreError when a build or another
    update holds it."""
    import fcntl

    try:
        handle = open(out / LOCK_FILE, "a+b")
    except OSError as exc:
        raise StoreError(f"cannot update the build in {out}/: {exc.strerror or exc}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreError(f"a build or another update is writing to {out}/; "
                             "wait for it to finish") from None
        yield


def _update_locked(out: Path, path: Path, run: Callable[[ox.Store], None]) -> None:
    version = path.parent
    try:
        store = ox.Store(str(path))
    except (OSError, ValueError, RuntimeError) as exc:
        raise StoreError(f"cannot open the store in {out / STORE_DIR} for an update: {exc}") from None
    try:
        marked_before = [mark for mark in (UPDATED_MARK, CHANGED_MARK) if (version / mark).exists()]
        _mark(version)
        shutil.rmtree(version / TABLES_DIR, ignore_errors=True)   # answers of the store as it was
        try:
            run(store)
        except Exception:
            for mark in {UPDATED_MARK, CHANGED_MARK}.difference(marked_before):
                (version / mark).unlink(missing_ok=True)
            raise
        try:
            rewrite_built_files(store, version)
        except OSError as exc:
            raise FilesNotRewritten(f"update applied to the store, but graph.ttl / graph.nt.gz could not be "
                                    f"rewritten ({exc.strerror or exc}): exports dump the store until the next "
                                    "update or build") from None
    finally:
        del store                   # closes the store: the next updater may open it


def rewrite_built_files(store: ox.Store, version: Path) -> None:
    """Write graph.nt.gz and graph.ttl of the build folder `version` from `store`, as the build
    writes them (default graph, lines in byte order, same serialisers), side by side in two
    threads (zlib and Oxigraph work without the GIL), each into a temporary file; only when
    both are complete are they renamed over the old ones, then the UPDATED_MARK is removed.
    If either write fails, neither file is replaced and the mark stays. The caller holds the
    store open read-write, so temporary files left by a killed update are removed first."""
    from concurrent.futures import ThreadPoolExecutor
    from contextlib import ExitStack

    writers = ((NTRIPLES_GZ, write_ntriples_gz), (TURTLE, write_turtle))
    for name, _ in writers:
        for leftover in version.glob(f".{name}.*.tmp"):
            leftover.unlink(missing_ok=True)
    ntriples = sort_ntriples(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
    with ExitStack() as renames:    # temporaries made here, in one thread (atomic_path reads the umask)
        temporaries = [(renames.enter_context(atomic_path(version / name)), write) for name, write in writers]
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="govkg-rewrite") as pool:
            jobs = [pool.submit(write, ntriples, tmp) for tmp, write in temporaries]
            for job in jobs:
                job.result()
    (version / UPDATED_MARK).unlink(missing_ok=True)


def built_file(out: Path, name: str = TURTLE) -> Path | None:
    """`name` (graph.ttl, graph.nt.gz) of the build in `out` when it holds exactly the store's
    triples: written by the same build as the store (same version folder) and no update
    since. Else None."""
    store, path = out / STORE_DIR, out / name
    try:
        version = store.resolve(strict=True).parent
        same = path.resolve(strict=True).parent == version
    except OSError:
        return None
    return path if same and not (version / UPDATED_MARK).exists() else None


def write_ntriples_gz(ntriples: bytes, path: Path) -> None:
    """Sorted N-Triples gzipped as the build writes graph.nt.gz: one gzip member per chunk of
    graph.dumps (level 1, no name or time in the headers), the same bytes for the same graph."""
    from .dumps import gzip_members

    with open(path, "wb") as out:
        for member in gzip_members(ntriples):
            out.write(member)


def open_store(out: Path, read_only: bool = True) -> ox.Store:
    """Open the store of the build in `out`; StoreError with advice when there is none."""
    path = require_store(out)
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except (OSError, ValueError, RuntimeError) as exc:
        raise StoreError(f"cannot open the store in {path}: {exc}") from None


def store_graph(store: ox.Store) -> Graph:
    """The store's default graph as an rdflib Graph (for networkx/pyvis and pySHACL)."""
    from rdflib import Graph

    graph = Graph()
    for prefix, ns in prefixes().items():
        graph.bind(prefix, ns, override=True)
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        graph.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
    return graph
