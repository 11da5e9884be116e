"""The pipeline, one visible order: read → normalise → segment → extract → resolve → RDF → outputs.

`extract_document` runs the extractors on one Document; `build` runs the whole job
for a set of input files and writes a build directory (see graph/store.py);
`add` and `remove` change the document set of an existing build directory.

Reproducible builds. A build directory records its documents in `manifest.json`
(doc id, source path as shown in the graph, sha256 of the input bytes, encoding)
and keeps each document's decoded text in `sources/<doc>.txt`. `add` and `remove`
edit that list and rebuild the whole graph from the kept texts: extraction is a pure
function of (text, encoding), entity IRIs are stable keys and the documents are
always processed in doc-id order, so a build by `add` is byte-identical to a fresh
build of the same documents — nothing is duplicated and nothing is left behind.

Atomic outputs. Everything is written into a staging folder `out/.staging.<pid>`
and then moved into place with renames (folders swapped via graph.store.swap_dir),
so a build killed at any instant leaves the previous store, graph.ttl, facts and
manifest usable. Files are read and extracted one document at a time; the raw bytes
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Graph

from .gazetteer import Gazetteer, load_gazetteer
from .model import Document, Extraction
from .text import DEFAULT_MAX_BYTES, InputError, decode_text, make_document, read_input_bytes

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


def extract_document(doc: Document, gaz: Gazetteer) -> Extraction:
    """Run every extractor on one document, in dependency order."""
    from .metrics import extract_metrics
    from .officials import extract_officials
    from .organizations import extract_organizations
    from .places import article_places, extract_places
    from .programs import extract_programs

    places, new_places = extract_places(doc, gaz)
    article_place = article_places(doc, places, gaz)
    orgs = extract_organizations(doc, places, gaz, article_place)
    officials, persons = extract_officials(doc, places, orgs, gaz, article_place)
    programs = extract_programs(doc, places, orgs, gaz, article_place)
    metrics = extract_metrics(doc, places, orgs, programs, gaz, article_place, persons)
    return Extraction(doc=doc, places=places, new_places=new_places, organizations=orgs,
                      officials=officials, persons=persons, programs=programs, metrics=metrics)


# ---------------------------------------------------------------- finding and reading inputs

def find_inputs(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Input files under `paths` (files or folders, sorted); also one-line problems found."""
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            try:
                found = sorted(p for p in path.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES
                               and not p.name.startswith("."))
            except OSError as exc:
                problems.append(f"{path}: cannot list folder ({exc.strerror or exc})")
                continue
            for p in found:
                problem = _input_problem(p)
                if problem is None:
                    files.append(p)
                elif problem:
                    problems.append(problem)
        elif path.is_file():
            files.append(path)
        elif path.is_symlink():
            problems.append(f"{path}: broken or looping symbolic link")
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


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


def _display_path(path: Path, root: Path | None = None) -> str:
    try:
        return str(path.resolve().relative_to((root or Path.cwd()).resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def _sha256(text_bytes: bytes) -> str:
    return hashlib.sha256(text_bytes).hexdigest()


@dataclass
class _Input:
    """A document to build: from an input file (read now) or from a build's kept text."""

    entry: ManifestEntry
    raw: str

    def document(self) -> Document:
        return make_document(self.raw, self.entry.doc, self.entry.source, self.entry.encoding)


def read_input(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> _Input:
    """Read one input file; InputError (one line, file named) when it cannot be used."""
    data = read_input_bytes(path, max_bytes)
    sha = _sha256(data)
    raw, encoding = decode_text(data, str(path))
    size = len(data)
    del data
    return _Input(ManifestEntry(path.stem, _display_path(path), sha, encoding, size), raw)


def read_inputs(files: list[Path], max_bytes: int | None = DEFAULT_MAX_BYTES
                ) -> Iterator[tuple[_Input | None, str | None]]:
    """(input, None) or (None, problem) for each file, one at a time; duplicate doc ids are skipped."""
    seen: set[str] = set()
    for path in files:
        if path.stem in seen:
            yield None, f"{path}: a document named {path.stem!r} is already in this build"
            continue
        try:
            item = read_input(path, max_bytes)
        except InputError as exc:
            yield None, str(exc)
            continue
        seen.add(path.stem)
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


def manifest_json(entries: list[ManifestEntry]) -> str:
    rows = [asdict(e) for e in sorted(entries, key=lambda e: e.doc)]
    return json.dumps({"format": MANIFEST_FORMAT, "documents": rows}, ensure_ascii=False, indent=2) + "\n"


def _kept_input(out: Path, entry: ManifestEntry) -> _Input:
    """A document of an existing build, from its kept text (sources/<doc>.txt)."""
    path = out / SOURCES_DIR / f"{entry.doc}.txt"
    try:
        return _Input(entry, path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"{path}: the kept text of document {entry.doc!r} is unreadable "
                         f"({getattr(exc, 'strerror', None) or exc}); rebuild from the inputs") from None


# ---------------------------------------------------------------- the jobs

Notify = Callable[[str], None]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build(inputs: list[Path], out: Path, network: bool = True, max_bytes: int | None = DEFAULT_MAX_BYTES,
          notify: Notify = _stderr) -> BuildReport:
    """The main job: read inputs, build the graph, write Turtle, store, facts, manifest and network."""
    files, problems = find_inputs(inputs)
    for problem in problems:
        notify(f"govkg: skipped {problem}")
    with _locked(out):
        return _run(out, [], files, network, max_bytes, notify, problems)


def add(inputs: list[Path], out: Path, network: bool = True, max_bytes: int | None = DEFAULT_MAX_BYTES,
        notify: Notify = _stderr) -> BuildReport:
    """Add (or replace, by doc id) documents in the build in `out` and rebuild its outputs."""
    files, problems = find_inputs(inputs)
    for problem in problems:
        notify(f"govkg: skipped {problem}")
    with _locked(out):
        entries = read_manifest(out)
        if entries is None:
            if (out / "store").exists():
                raise BuildError(f"{out}/ has no {MANIFEST} (built by an older govkg); "
                                 f"rebuild it with `govkg build INPUTS --out {out}`")
            entries = []
        kept = [_kept_input(out, e) for e in entries]
        return _run(out, kept, files, network, max_bytes, notify, problems)


def remove(doc_ids: list[str], out: Path, network: bool = True, notify: Notify = _stderr) -> BuildReport:
    """Take documents (by doc id or file name) out of the build in `out` and rebuild its outputs."""
    with _locked(out):
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
        return _run(out, kept, [], network, None, notify)


def _run(out: Path, kept: list[_Input], files: list[Path], network: bool, max_bytes: int | None,
         notify: Notify, problems: list[str] | None = None) -> BuildReport:
    """Extract kept inputs and new files one at a time, stage every output, then publish it."""
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
        new[item.entry.doc] = item
    inputs = {**by_doc, **new}
    if not inputs:
        raise BuildError("no readable input documents" + (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
    staging = _staging_dir(out)
    try:
        extractions = []
        for doc_id in sorted(inputs):
            item = inputs[doc_id]
            _write_source(staging, item)
            doc = item.document()
            if doc_id in new and not has_cjk(doc.raw):
                report.notes.append(f"{item.entry.source}: no Chinese text; kept as a document without facts")
            extractions.append(extract_document(doc, gaz))
        graph = graph_of(extractions, gaz)
        del extractions
        _stage_outputs(graph, staging, [inputs[d].entry for d in sorted(inputs)], network)
        _publish(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for note in report.notes:
        notify(f"govkg: note: {note}")
    report.documents = sorted(inputs)
    report.triples = len(graph)
    return report


def _write_source(staging: Path, item: _Input) -> None:
    path = staging / SOURCES_DIR / f"{item.entry.doc}.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(item.raw, encoding="utf-8", newline="")


def _stage_outputs(graph: Graph, staging: Path, entries: list[ManifestEntry], network: bool) -> None:
    """Write store, graph.ttl, facts, manifest (and network page) into the staging folder."""
    from .facts import write_facts
    from .store import TURTLE, open_store, serialize, write_store

    write_store(graph, staging)
    (staging / TURTLE).write_bytes(serialize(graph, "turtle"))
    store = open_store(staging)
    write_facts(store, staging / FACTS_DIR)
    del store
    (staging / MANIFEST).write_text(manifest_json(entries), encoding="utf-8")
    if network:
        from .network import render_network

        render_network(graph, staging / NETWORK)


# ---------------------------------------------------------------- staging, publishing, locking

PUBLISHED = ("store", FACTS_DIR, SOURCES_DIR, "graph.ttl", NETWORK, MANIFEST)


def _staging_dir(out: Path) -> Path:
    path = out / f".staging.{os.getpid()}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def _publish(staging: Path, out: Path) -> None:
    """Move each staged output into `out` with renames (folders swapped, files replaced)."""
    from .store import swap_dir

    for name in PUBLISHED:
        new = staging / name
        if not new.exists():
            continue
        if new.is_dir():
            swap_dir(new, out / name)
        else:
            os.replace(new, out / name)


def clean_leftovers(out: Path) -> None:
    """Put back folders a killed build had set aside and delete its staging files."""
    from .store import recover

    recover(out)
    leftovers = [*out.glob(".staging.*"), *out.glob(".*.old.*"), *out.glob(".store.*.new"), *out.glob(".*.tmp")]
    for leftover in leftovers:
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


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
            raise BuildError(f"another govkg build is writing to {out}/; wait for it to finish") from None
        clean_leftovers(out)
        yield
    finally:
        handle.close()
