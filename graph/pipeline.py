"""The pipeline, one visible order: read → normalise → segment → extract → resolve → RDF → outputs.

`extract_document` (graph.extract) runs the extractors on one Document; `build` runs the whole job
for a set of input files and writes a build directory (see graph/store.py);
`add` and `remove` change the document set of an existing build directory.

Reproducible builds. A build directory records its documents in `manifest.json`
(doc id, source path as shown in the graph, sha256 of the input bytes, encoding)
and keeps each document's decoded text in `sources/<doc>.txt`. `add` and `remove`
edit that list and rebuild the whole graph from the kept texts: extraction is a pure
function of (text, encoding), entity IRIs are stable keys and the documents are
always processed in doc-id order, so a build by `add` is byte-identical to a fresh
build of the same documents — nothing is duplicated and nothing is left behind.

Atomic outputs. Everything is written into a staging folder under `out/.versions/`
and published with one rename of the link `out/current` (graph.publish), so a build
killed at any instant leaves the previous store, graph.ttl, facts and manifest usable,
all of one build. Files are read and extracted one document at a time; the raw bytes
of a file are dropped as soon as it is decoded, and files larger than `max_bytes`
are refused before they are read.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from .dates import GivenDates, give_date
from .gazetteer import Gazetteer, load_gazetteer
from .extract import extract_document
from .heap import keep, paused_gc
from .model import Document, Extraction
from .text import DEFAULT_MAX_BYTES, InputError, decode_text, read_input_bytes
from .cache import CACHE_DIR, ExtractionCache, document_key
from .publish import current_version, new_version, publish
from .limits import Limits
from .workers import Extractor, Outcome, Task, default_jobs, extract_all

if TYPE_CHECKING:
    from .store import GraphDelta

log = logging.getLogger("govkg")

INPUT_SUFFIXES = {".txt", ".text", ".md"}
MANIFEST = "manifest.json"
SOURCES_DIR = "sources"
FACTS_DIR = "facts"
NETWORK = "network.html"
LOCK = ".govkg.lock"
MANIFEST_FORMAT = 1


class BuildError(Exception):
    """A build that cannot start or finish (no input, output not writable …); one-line message."""


@dataclass
class BuildReport:
    documents: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)     # one-line messages, file named
    failed: list[str] = field(default_factory=list)      # doc ids whose extraction failed (also in skipped)
    cached: int = 0                                      # documents whose extraction came from the cache
    notes: list[str] = field(default_factory=list)       # informational, do not change the exit code
    triples: int = 0
    out: Path | None = None


@dataclass(frozen=True)
class ManifestEntry:
    """One document of a build: where it came from and how to read it again."""

    doc: str
    source: str
    sha256: str
    encoding: str
    bytes: int
    date: str | None = None          # a publication date the user gave (--date, --dates), kept for rebuilds
    date_rule: str | None = None     # which option gave it


# ---------------------------------------------------------------- finding and reading inputs

@dataclass(frozen=True)
class InputFile:
    """A file to read, the document id it gets, and its path as shown in the graph."""

    path: Path
    doc: str
    source: str


def find_inputs(paths: list[Path]) -> tuple[list[InputFile], list[str]]:
    """Input files under `paths` (files or folders) with their document ids; also one-line problems.

    Folders are walked with their symbolic links followed, each real folder once (a link
    back up the tree is not a loop); a folder that cannot be listed is named as a problem.
    A file's document id is its path relative to the folder given, without the suffix and
    with "/" written "-" (2021/05/page1.txt → 2021-05-page1; a file at the top keeps its
    stem); ids that still collide get a short hash of the path. The path shown in the graph
    starts at the folder given (archive/2021/05/page1.txt), never at the file system's root.
    """
    found: list[tuple[Path, str, str]] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            top = path.resolve().name
            for file in _walk(path, problems):
                rel = file.relative_to(path)
                found.append((file, "-".join(rel.with_suffix("").parts), str(Path(top, rel))))
        elif path.is_file():
            found.append((path, path.stem, str(Path(path.resolve().parent.name, path.name))))
        elif path.is_symlink():
            problems.append(f"{path}: broken or looping symbolic link")
        else:
            problems.append(f"{path}: no such file or folder")
    return _unique_ids(found), problems


def _walk(root: Path, problems: list[str]) -> list[Path]:
    """Usable input files under `root`, sorted; folders that cannot be read are named in `problems`."""
    files: list[Path] = []
    seen: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot list folder ({exc.strerror or exc}); its files are skipped")

    for folder, dirs, names in os.walk(root, followlinks=True, onerror=unreadable):
        try:
            st = os.stat(folder)
        except OSError as exc:
            unreadable(exc)
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:
            dirs[:] = []          # a link to a folder already walked: its files are already in
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            p = Path(folder) / name
            if p.suffix.lower() not in INPUT_SUFFIXES or name.startswith("."):
                continue
            problem = _input_problem(p)
            if problem is None:
                files.append(p)
            elif problem:
                problems.append(problem)
    return sorted(files)


def _unique_ids(found: list[tuple[Path, str, str]]) -> list[InputFile]:
    """InputFiles in the order found, each real file once; a doc id shared by several files gets a path hash."""
    first: dict[Path, tuple[Path, str, str]] = {}
    for path, doc, source in found:
        first.setdefault(path.resolve(), (path, doc, source))
    by_id: dict[str, int] = {}
    for _, doc, _ in first.values():
        by_id[doc] = by_id.get(doc, 0) + 1
    out: list[InputFile] = []
    for path, doc, source in first.values():
        if by_id[doc] > 1:
            doc = f"{doc}-{hashlib.sha1(str(path).encode()).hexdigest()[:6]}"
        out.append(InputFile(path, doc, source))
    return out


def _input_problem(path: Path) -> str | None:
    """None for a usable file; "" for something silently ignored (a folder named *.txt); else a message."""
    try:
        if path.is_file():
            return None
        if path.is_symlink():
            return f"{path}: broken or looping symbolic link"
        return "" if path.is_dir() else f"{path}: not a regular file"
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"


def _sha256(text_bytes: bytes) -> str:
    return hashlib.sha256(text_bytes).hexdigest()


@dataclass
class _Input:
    """A document to build: from an input file (read now) or from a build's kept text."""

    entry: ManifestEntry
    raw: str
    replaced: int = 0     # undecodable bytes of the input file replaced by U+FFFD
    kept: Path | None = None    # the published build's file of this text (sources/<doc>.txt), if it came from one


def read_input(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES, doc: str | None = None,
               source: str | None = None) -> _Input:
    """Read one input file (document id `doc`, default its stem; shown as `source`, default its
    folder and name); InputError (one line, file named) when it cannot be used."""
    data = read_input_bytes(path, max_bytes)
    sha = _sha256(data)
    decoded = decode_text(data, str(path))
    size = len(data)
    del data
    source = source or str(Path(path.resolve().parent.name, path.name))
    return _Input(ManifestEntry(doc or path.stem, source, sha, decoded.encoding, size), decoded.text,
                  decoded.replaced)


def read_inputs(files: list[InputFile], max_bytes: int | None = DEFAULT_MAX_BYTES
                ) -> Iterator[tuple[_Input | None, str | None]]:
    """(input, None) or (None, problem) for each file, one at a time; a file given twice is read once."""
    seen: set[str] = set()
    for file in files:
        if file.doc in seen:
            continue
        try:
            item = read_input(file.path, max_bytes, file.doc, file.source)
        except InputError as exc:
            yield None, str(exc)
            continue
        seen.add(file.doc)
        yield item, None


def build_graph_from(docs: list[Document], gaz: Gazetteer | None = None) -> tuple[Graph, list[Extraction]]:
    """Extract, resolve and convert to RDF; the ontology is included in the graph."""
    gaz = gaz or load_gazetteer()
    extractions = [extract_document(doc, gaz) for doc in sorted(docs, key=lambda d: d.doc_id)]
    return graph_of(extractions, gaz), extractions


def graph_of(extractions: list[Extraction], gaz: Gazetteer) -> Graph:
    """The RDF graph of extractions (in doc-id order) plus the ontology."""
    from .rdf import build_graph

    return build_graph(sorted(extractions, key=lambda e: e.doc.doc_id), gaz, with_ontology=True)


def ntriples_of_build(extractions: list[Extraction], gaz: Gazetteer) -> bytes:
    """The graph of `graph_of` as N-Triples in no particular order, what the build writes every
    output from (graph.ttl and graph.nt.gz once sorted: `write_sorted_exports`)."""
    from .rdf import build_ntriples

    return build_ntriples(sorted(extractions, key=lambda e: e.doc.doc_id), gaz, with_ontology=True)


def has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0002ffff" for ch in text)


# ---------------------------------------------------------------- manifest

def read_manifest(out: Path) -> list[ManifestEntry] | None:
    """The documents of the build in `out`, or None when it has no manifest."""
    path = out / MANIFEST
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [ManifestEntry(**row) for row in data["documents"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BuildError(f"{path} is unreadable ({exc}); rebuild with `govkg build INPUTS --out {out}`") from None


def manifest_json(entries: list[ManifestEntry], outputs: str | None = None, triples: int | None = None) -> str:
    """The manifest of a build of `entries`; `outputs`: its `outputs_key`, `triples`: its graph's size."""
    rows = [{k: v for k, v in asdict(e).items() if v is not None} for e in sorted(entries, key=lambda e: e.doc)]
    head = {"format": MANIFEST_FORMAT, "outputs": outputs, "triples": triples}
    return json.dumps({**{k: v for k, v in head.items() if v is not None}, "documents": rows},
                      ensure_ascii=False, indent=2) + "\n"


OUTPUT_LIBRARIES = ("pyoxigraph", "rdflib", "pyvis", "networkx")


def outputs_key(entries: list[ManifestEntry], network: bool) -> str:
    """What a build's outputs are a function of: its documents (the manifest's rows: text hash,
    source, encoding, given date), whether it draws the network page, the code (the extractor
    version and the whole package's code and lexicons, graph.cache), the ontology, shapes and queries, and the
    versions of the libraries that write the outputs."""
    from .cache import code_version, extractor_version, library_versions
    from .vocab import ONTOLOGY_DIR

    digest = hashlib.sha256(f"{extractor_version()}\0{code_version()}\0network={network}\0".encode())
    digest.update(manifest_json(entries).encode("utf-8"))
    for path in sorted(p for p in ONTOLOGY_DIR.rglob("*") if p.is_file()):
        digest.update(b"\0" + str(path.relative_to(ONTOLOGY_DIR)).encode() + b"\0" + path.read_bytes())
    for version in library_versions(OUTPUT_LIBRARIES):
        digest.update(f"\0{version}".encode())
    return digest.hexdigest()[:32]


def published_unchanged(out: Path, key: str) -> int | None:
    """The triple count of the build published in `out` when its outputs are those a build
    of `key` (`outputs_key`) would write: made with that key, every output in place, and not
    changed by an update query since. Else None."""
    from .publish import PUBLISHED, current_version
    from .store import CHANGED_MARK, TABLES_DIR

    version = current_version(out)
    if version is None or (version / CHANGED_MARK).exists():     # an update writes it with its other mark
        return None
    try:
        data = json.loads((version / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("outputs") != key or not isinstance(data.get("triples"), int):
        return None
    triples = data["triples"]
    needed = [name for name in (*PUBLISHED, TABLES_DIR) if name != NETWORK]
    return triples if all((version / name).exists() for name in needed) else None


def _kept_input(out: Path, entry: ManifestEntry) -> _Input:
    """A document of an existing build, from its kept text (sources/<doc>.txt)."""
    path = out / SOURCES_DIR / f"{entry.doc}.txt"
    try:
        return _Input(entry, path.read_text(encoding="utf-8"), kept=path)
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"{path}: the kept text of document {entry.doc!r} is unreadable "
                         f"({getattr(exc, 'strerror', None) or exc}); rebuild from the inputs") from None


# ---------------------------------------------------------------- the jobs

Notify = Callable[[str], None]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Progress(Protocol):
    """Told how many documents will be extracted, then of each one done (a progress bar, a summary)."""

    def start(self, total: int) -> None: ...

    def advance(self, doc_id: str) -> None: ...


@dataclass(frozen=True)
class Settings:
    """How a build runs: worker processes, per-document limits, progress display."""

    jobs: int | None = None                 # None: every core
    limits: Limits = Limits()
    progress: Progress | None = None
    cache: bool = True                      # reuse extractions of unchanged documents (graph.cache)
    dates: GivenDates | None = None         # dates the user gives (--date, --dates; graph.dates)
    scheduler: str | None = None            # a Dask scheduler's address: extract on its workers (graph.cluster)
    leaving: bool = False                   # the process ends right after the build (the CLI): its in-memory
                                            # graph is kept, not freed (graph.heap.keep)


Pool = Callable[[Iterable[Task], Extractor, Gazetteer, int, Limits], Iterator[Outcome]]


@contextmanager
def _pool(settings: Settings) -> Iterator[Pool]:
    """Where documents are extracted: local worker processes, or the Dask cluster of
    `settings.scheduler` (connected before anything is written; BuildError when it cannot be used)."""
    if settings.scheduler is None:
        yield extract_all
        return
    from .cluster import ClusterError, connect

    try:
        with connect(settings.scheduler) as cluster:
            yield cluster.extract_all
    except ClusterError as exc:
        raise BuildError(str(exc)) from None


def build(inputs: list[Path], out: Path, network: bool = True, max_bytes: int | None = DEFAULT_MAX_BYTES,
          notify: Notify = _stderr, settings: Settings = Settings()) -> BuildReport:
    """The main job: read inputs, build the graph, write Turtle, store, facts, manifest and network."""
    files, problems = find_inputs(inputs)
    for problem in problems:
        notify(f"govkg: skipped {problem}")
    with _pool(settings) as pool, _locked(out):
        return _run(out, [], files, network, max_bytes, notify, problems, settings, pool)


def add(inputs: list[Path], out: Path, network: bool = True, max_bytes: int | None = DEFAULT_MAX_BYTES,
        notify: Notify = _stderr, settings: Settings = Settings()) -> BuildReport:
    """Add (or replace, by doc id) documents in the build in `out` and rebuild its outputs."""
    files, problems = find_inputs(inputs)
    for problem in problems:
        notify(f"govkg: skipped {problem}")
    with _pool(settings) as pool, _locked(out):
        entries = read_manifest(out)
        if entries is None:
            if (out / "store").exists():
                raise BuildError(f"{out}/ has no {MANIFEST} (built by an older govkg); "
                                 f"rebuild it with `govkg build INPUTS --out {out}`")
            entries = []
        kept = [_kept_input(out, e) for e in entries]
        return _run(out, kept, files, network, max_bytes, notify, problems, settings, pool)


def remove(doc_ids: list[str], out: Path, network: bool = True, notify: Notify = _stderr,
           settings: Settings = Settings()) -> BuildReport:
    """Take documents (by doc id or file name) out of the build in `out` and rebuild its outputs."""
    with _pool(settings) as pool, _locked(out):
        entries = read_manifest(out)
        if entries is None:
            raise BuildError(f"no govkg build with a {MANIFEST} in {out}/ — run `govkg build INPUTS --out {out}` first")
        known = {e.doc for e in entries}
        wanted = {Path(d).stem if d not in known else d for d in doc_ids}
        unknown = sorted(wanted - known)
        if unknown:
            raise BuildError(f"no document {', '.join(map(repr, unknown))} in {out}/; "
                             f"documents: {', '.join(sorted(known)) or '(none)'}")
        remaining = [e for e in entries if e.doc not in wanted]
        if not remaining:
            raise BuildError(f"removing {', '.join(sorted(wanted))} would leave {out}/ without documents; "
                             "delete the folder instead")
        kept = [_kept_input(out, e) for e in remaining]
        return _run(out, kept, [], network, None, notify, None, settings, pool)


def _run(out: Path, kept: list[_Input], files: list[InputFile], network: bool, max_bytes: int | None,
         notify: Notify, problems: list[str] | None, settings: Settings, pool: Pool = extract_all) -> BuildReport:
    """Extract kept inputs and new files in worker processes, stage every output, then publish it."""
    report = BuildReport(out=out, skipped=list(problems or []))
    gaz = load_gazetteer()
    by_doc = {item.entry.doc: item for item in kept}
    new: dict[str, _Input] = {}
    for item, problem in read_inputs(files, max_bytes):
        if problem is not None:
            notify(f"govkg: skipped {problem}")
            report.skipped.append(problem)
            continue
        old = by_doc.get(item.entry.doc)
        if old is not None and old.entry.sha256 == item.entry.sha256:
            report.notes.append(f"{item.entry.source}: already in the build, unchanged")
            continue
        if old is not None:
            report.notes.append(f"{item.entry.source}: replaces the earlier version of {item.entry.doc!r}")
        if item.replaced:
            report.notes.append(f"{item.entry.source}: {item.replaced} undecodable byte(s) replaced by U+FFFD; "
                                "the rest of the document is kept")
        new[item.entry.doc] = item
    for item in new.values():
        given = settings.dates.lookup(item.entry.doc, item.entry.source) if settings.dates else None
        if given is not None and given.date is not None:
            item.entry = replace(item.entry, date=given.date.isoformat(), date_rule=given.rule)
    inputs = {**by_doc, **new}
    if not inputs:
        raise BuildError("no readable input documents" + (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
    for doc_id, item in new.items():
        if not has_cjk(item.raw):
            report.notes.append(f"{item.entry.source}: no Chinese text; kept as a document without facts")
    triples = published_unchanged(out, outputs_key([i.entry for i in inputs.values()], network)) \
        if settings.cache else None   # --no-cache: the user asks for everything to be done again
    if triples is not None:           # the same documents, code and options: the outputs stand
        report.documents, report.cached, report.triples = sorted(inputs), len(inputs), triples
        report.notes.append("nothing changed since the last build of these documents: its outputs are kept")
        for note in report.notes:
            notify(f"govkg: note: {note}")
        return report
    with paused_gc():       # the archive's objects in memory: see graph.heap
        extractions = _extract(inputs, gaz, settings, report, notify, out / CACHE_DIR, pool)
        extractions = {d: give_date(ex, inputs[d].entry.date, inputs[d].entry.date_rule)
                       for d, ex in extractions.items()}
        if not extractions:
            raise BuildError(f"no document could be extracted ({len(report.skipped)} skipped)")
        staging = new_version(out)
        try:
            for doc_id in sorted(extractions):
                _write_source(staging, inputs[doc_id])
            ntriples = ntriples_of_build(list(extractions.values()), gaz)
            del extractions
            report.documents = sorted(d for d in inputs if d not in report.failed)
            base = current_version(out) if settings.cache else None    # --no-cache: every output written whole
            report.triples, graph = _stage_outputs(ntriples, staging, [inputs[d].entry for d in report.documents],
                                                   network, base, report.notes)
            publish(staging, out, keep_network=not network)
            if settings.leaving:
                keep(graph)
            del graph                       # freed here, after the build is published
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    for note in report.notes:
        notify(f"govkg: note: {note}")
    return report


def _extract(inputs: dict[str, _Input], gaz: Gazetteer, settings: Settings, report: BuildReport,
             notify: Notify, cache_dir: Path, pool: Pool = extract_all) -> dict[str, Extraction]:
    """doc id -> extraction: from the cache for unchanged documents, else in a worker of `pool`
    under the limits; failures are reported and skipped."""
    cache = ExtractionCache(cache_dir)
    tasks = [Task(d, inputs[d].raw, inputs[d].entry.source, inputs[d].entry.encoding) for d in sorted(inputs)]
    keys = {t.doc_id: document_key(t.doc_id, t.source, t.encoding, t.raw) for t in tasks}
    done: dict[str, Extraction] = {}
    if settings.cache:
        for task in tasks:
            cached = cache.get(keys[task.doc_id])
            if cached is not None:
                done[task.doc_id] = cached
        tasks = [t for t in tasks if t.doc_id not in done]
    report.cached = len(done)
    tasks.sort(key=lambda t: len(t.raw), reverse=True)     # longest first: no long page left for the end
    if settings.progress is not None:
        settings.progress.start(len(tasks))
    for outcome in pool(tasks, extract_document, gaz, settings.jobs or default_jobs(), settings.limits):
        if outcome.extraction is not None:
            done[outcome.doc_id] = outcome.extraction
            if settings.cache:
                cache.put(keys[outcome.doc_id], outcome.extraction)
        else:
            problem = f"{inputs[outcome.doc_id].entry.source}: {outcome.problem}"
            notify(f"govkg: skipped {problem}")
            report.skipped.append(problem)
            report.failed.append(outcome.doc_id)
        if settings.progress is not None:
            settings.progress.advance(outcome.doc_id)
    cache.keep_only({keys[d] for d in done} if settings.cache else set())
    return done


def _write_source(staging: Path, item: _Input) -> None:
    """The kept text of `item` in the staging folder: a hard link to the published build's
    file when the text came from it (a kept file is never written again: 2,000 links cost
    0.1 s where 2,000 writes cost 1-3 s, on `--add` of one page), else written."""
    path = staging / SOURCES_DIR / f"{item.entry.doc}.txt"
    path.parent.mkdir(exist_ok=True)
    if item.kept is not None:
        try:
            os.link(item.kept, path)
            return
        except OSError:                 # another file system, or no hard links there: write it
            pass
    path.write_text(item.raw, encoding="utf-8", newline="")


def _stage_outputs(ntriples: bytes, staging: Path, entries: list[ManifestEntry], network: bool,
                   base: Path | None = None, notes: list[str] | None = None) -> tuple[int, Any]:
    """Write store, graph.ttl, graph.nt.gz, facts, the named queries' tables, manifest (and
    network page) of the build whose N-Triples (in any order; in byte order, as built, a patch
    costs least) are `ntriples` into the staging folder; the number of triples of its graph,
    and the in-memory store they were written from (the caller frees it once the build is
    published, or keeps it: `Settings.leaving`).
    `base`: the folder of the build published now. When the new graph differs from its graph
    by a small delta (store.previous_delta: found from the chunks of its graph.nt.gz whose
    digest changed), the outputs are patched from it instead of written whole: its store
    copied and patched (store.write_store_patched), the chunks of graph.ttl and graph.nt.gz
    the delta reaches written again and the others copied (graph.dumps), and the facts of the
    documents the delta reaches computed again, the others linked (facts.write_facts). Each
    gives the bytes (the store: the triples) a whole write gives. Why a patch that was tried
    failed goes to `notes`.

    Side by side, each writing its own files, the longest first: a forked child writes the
    on-disk store (`write_store_patched`) while this process loads the graph into an
    in-memory store; then a forked child writes graph.ttl and graph.nt.gz
    (`write_dumps_after`), one the named queries' tables and one the network page, both over
    that in-memory graph, while this process writes the facts. RocksDB does not survive a
    fork of a process that has used it (store.rocksdb_started): when this process has (a
    Python session that queried a store before it builds), it writes the store itself, in
    a thread started after the forks so that no child inherits a running thread (Oxigraph
    loads without holding the GIL), and the dumps child starts before the in-memory load.
    Only the child writing graph.ttl parses the N-Triples strictly (on a patch, the chunks
    holding the added lines): a line it rejects fails the build, so the in-memory and the
    on-disk stores load them without checking them again. The outputs are the same as when
    written one after the other (a store answers the same whatever order its triples were
    loaded in)."""
    from concurrent.futures import ThreadPoolExecutor
    from functools import partial

    from .facts import write_facts
    from .rdf import loaded_store
    from .store import TABLES_DIR, previous_delta, rocksdb_started

    delta = previous_delta(base, ntriples)
    children: list[_Child] = []
    try:
        write_dumps = partial(write_dumps_after, base=base, delta=delta)
        store_child = None
        if rocksdb_started():
            children.append(_start_child(write_dumps, ntriples, staging, "writing graph.ttl and graph.nt.gz"))
        else:
            store_child = _start_child(partial(_write_store_reporting, base=base, delta=delta), ntriples, staging,
                                       "writing the store")
            children.append(store_child)
        graph = loaded_store(ntriples, lenient=True)
        if store_child is not None:
            children.append(_start_child(write_dumps, ntriples, staging, "writing graph.ttl and graph.nt.gz"))
        children.append(_start_child(_write_tables, graph, staging / TABLES_DIR,
                                     "computing the named queries' tables"))
        if network:
            children.append(_start_child(_draw_network, graph, staging / NETWORK, "drawing the network page",
                                         " — run again with --no-network to skip the page"))
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="govkg-store") as pool:
            on_disk = pool.submit(_write_store_reporting, ntriples, staging, base, delta) \
                if store_child is None else None
            if delta is None:
                write_facts(graph, staging / FACTS_DIR)
            else:
                write_facts(graph, staging / FACTS_DIR, previous=base / FACTS_DIR, changed=delta.removed + delta.added)
            problem, patched = on_disk.result() if on_disk is not None else _finish_child(store_child)
        if problem is not None and notes is not None:
            notes.append(problem)
        if delta is not None and not patched:               # the delta did not give the graph: no output trusts it
            shutil.rmtree(staging / FACTS_DIR)              # (its files are links into the published build)
            write_facts(graph, staging / FACTS_DIR)
        triples = len(graph)
        manifest = manifest_json(entries, outputs_key(entries, network), triples)
        (staging / MANIFEST).write_text(manifest, encoding="utf-8")
        for child in children:
            _finish_child(child)
    except BaseException:                   # no child goes on writing into a folder about to go
        for child in children:
            if child.process is not None and child.process.is_alive():
                child.process.kill()
        raise
    return triples, graph


def write_dumps_after(ntriples: bytes, folder: Path, base: Path | None = None,
                      delta: GraphDelta | None = None) -> None:
    """graph.ttl and graph.nt.gz in `folder`: the previous build's (in the folder `base`)
    patched where `delta` (store.GraphDelta) changed them when it is given (graph.dumps.patch_dumps),
    else written whole from the N-Triples (`write_sorted_exports`). The same bytes either way."""
    from .dumps import patch_dumps

    if base is not None and delta is not None \
            and patch_dumps(base, delta.removed, delta.added, folder, delta.lines_after(ntriples)):
        return
    write_sorted_exports(ntriples, folder)


def write_sorted_exports(ntriples: bytes, folder: Path) -> None:
    """graph.ttl and graph.nt.gz in `folder`, from N-Triples in any order: the lines are sorted
    first (both list the triples in byte order), then both are written chunk by chunk with
    their index (graph.dumps), so that the next build can patch them."""
    from .dumps import write_dumps
    from .store import sort_ntriples

    write_dumps(sort_ntriples(ntriples), folder)


@dataclass
class _Child:
    """A forked child writing one output from the build's graph, the pipe its value or its
    error comes back on (None: it ran in this process, and `value` is what it gave)."""

    process: object
    receive: object
    what: str                 # what it does, for the error message
    advice: str = ""          # what the user may do about a failure
    value: Any = None
    done: bool = False


def _start_child(write: Callable[[Any, Path], Any], graph: Any, path: Path, what: str,
                 advice: str = "") -> _Child:
    """A forked child running `write(graph, path)` (`graph`: what it writes from, shared by the
    fork, never copied); where there is no fork, `write` runs in this process at once."""
    import multiprocessing

    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:                      # no fork on this platform: write it in this process
        return _Child(None, None, what, advice, write(graph, path))
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_in_child, args=(write, graph, path, send), name=f"govkg-{path.name}", daemon=True)
    process.start()
    send.close()
    return _Child(process, receive, what, advice)


def _in_child(write: Callable[[Any, Path], Any], graph: Any, path: Path, result) -> None:
    try:
        value = write(graph, path)
    except BaseException as exc:            # reported by the parent as one line
        code = exc.errno if isinstance(exc, OSError) else None
        result.send(("error", (f"{type(exc).__name__}: {exc}".splitlines()[0], code, getattr(exc, "filename", None))))
        raise SystemExit(1) from None
    result.send(("ok", value))


def _write_store_reporting(ntriples: bytes, folder: Path, base: Path | None = None,
                           delta: GraphDelta | None = None) -> tuple[str | None, bool]:
    """`write_store_patched`, in a child or a thread: why a patch that was tried failed, and
    whether the store was patched (all the parent needs; the delta stays with it)."""
    from .store import write_store_patched

    written = write_store_patched(ntriples, folder, base, True, delta)
    return written.problem, written.delta is not None


def _draw_network(store: Any, path: Path) -> None:
    from .network import render_network

    render_network(store, path)


def _write_tables(store: Any, folder: Path) -> None:
    from .tables import write_tables

    write_tables(store, folder)


def _finish_child(child: _Child) -> Any:
    """Wait for `child` and return what its `write` gave (once; again: the same value);
    BuildError (one line) when it failed, or the OSError it met (a full disk, a folder made
    read-only) as the OSError of this process, which the CLI words."""
    if child.process is None or child.done:
        return child.value
    try:
        status, value = child.receive.recv()    # before the join: a child blocked on a full pipe never ends
    except (EOFError, OSError):             # killed before it could say why (e.g. out of memory)
        status, value = "error", None
    child.receive.close()
    child.process.join()
    child.done = True
    if status == "ok" and child.process.exitcode == 0:
        child.value = value
        return value
    reason, code, filename = value if status == "error" and value is not None \
        else (_ended(child.process.exitcode), None, None)
    if code is not None:
        raise OSError(code, os.strerror(code), filename)
    raise BuildError(f"{child.what} failed ({reason}); the build was not published{child.advice}")


def _ended(exitcode: int | None) -> str:
    """How a child process ended, in words (a negative exit code is the signal that killed it)."""
    import signal

    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            pass
    return f"exit status {exitcode}"


# ---------------------------------------------------------------- staging, publishing, locking

def clean_leftovers(out: Path) -> None:
    """Delete what killed builds left in `out` (the caller holds the lock)."""
    from .publish import current_version, remove_stale

    if current_version(out) is None:
        from .store import recover

        recover(out)        # a build directory of the older layout, killed mid-swap
    remove_stale(out)


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on `out` (one writer at a time); clean up after killed builds."""
    import fcntl

    if out.exists() and not out.is_dir():
        raise BuildError(f"{out} is a file, not an output folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        handle = open(out / LOCK, "a+b")
    except OSError as exc:
        raise BuildError(f"cannot write to output folder {out}: {exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BuildError(f"another govkg build or update is writing to {out}/; wait for it to finish") from None
        clean_leftovers(out)
        yield
    finally:
        handle.close()
