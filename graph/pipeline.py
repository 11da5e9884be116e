"""The pipeline, one visible order: read → normalise → segment → extract → resolve → RDF → outputs.

`extract_document` runs the extractors on one Document; `build` runs the whole job
for a set of input files and writes a build directory (see graph/store.py).
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .gazetteer import Gazetteer, load_gazetteer
from .model import Document, Extraction
from .text import InputError, read_document

log = logging.getLogger("govkg")

ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "govkg.ttl"
INPUT_SUFFIXES = {".txt", ".text", ".md"}


class BuildError(Exception):
    """A build that cannot start (no input, output not writable …)."""


@dataclass
class BuildReport:
    documents: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)     # one-line messages, file named
    triples: int = 0
    out: Path | None = None


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
    metrics = extract_metrics(doc, places, orgs, programs, gaz, article_place)
    return Extraction(doc=doc, places=places, new_places=new_places, organizations=orgs,
                      officials=officials, persons=persons, programs=programs, metrics=metrics)


def find_inputs(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Input files under `paths` (files or folders, sorted); also one-line problems found."""
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            try:
                found = sorted(p for p in path.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES and not p.name.startswith("."))
            except OSError as exc:
                problems.append(f"{path}: cannot list folder ({exc.strerror or exc})")
                continue
            for p in found:
                try:
                    if p.is_file():
                        files.append(p)
                except OSError as exc:  # symlink loops, vanished entries
                    problems.append(f"{p}: skipped ({exc.strerror or exc})")
        elif path.is_file():
            files.append(path)
        elif path.is_symlink():
            problems.append(f"{path}: broken or looping symbolic link")
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


def read_inputs(files: list[Path], root: Path | None = None) -> tuple[list[Document], list[str]]:
    """Read and normalise every file; files that cannot be used are reported, not fatal."""
    docs: list[Document] = []
    problems: list[str] = []
    seen: set[str] = set()
    for path in files:
        doc_id = path.stem
        if doc_id in seen:
            problems.append(f"{path}: skipped, a document named {doc_id!r} is already in this build")
            continue
        try:
            docs.append(read_document(path, doc_id=doc_id, source=_display_path(path, root)))
            seen.add(doc_id)
        except InputError as exc:
            problems.append(str(exc))
    return docs, problems


def _display_path(path: Path, root: Path | None) -> str:
    try:
        return str(path.resolve().relative_to((root or Path.cwd()).resolve()))
    except ValueError:
        return str(path)


def build_graph_from(docs: list[Document], gaz: Gazetteer | None = None) -> tuple[Graph, list[Extraction]]:
    """Extract, resolve and convert to RDF; the ontology is included in the graph."""
    from .rdf import build_graph

    gaz = gaz or load_gazetteer()
    extractions = [extract_document(doc, gaz) for doc in docs]
    graph = build_graph(extractions, gaz)
    graph.parse(ONTOLOGY_FILE, format="turtle")
    return graph, extractions


def build(inputs: list[Path], out: Path, network: bool = True) -> BuildReport:
    """The main job: read inputs, build the graph, write Turtle, store, facts and network."""
    from .facts import write_facts
    from .store import TURTLE, open_store, serialize, write_bytes_atomic, write_store

    files, problems = find_inputs(inputs)
    docs, read_problems = read_inputs(files)
    problems += read_problems
    for problem in problems:
        print(f"govkg: skipped {problem}", file=sys.stderr)
    if not docs:
        raise BuildError("no readable input documents" + (f" ({len(problems)} skipped)" if problems else ""))
    graph, _ = build_graph_from(docs)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"cannot create output folder {out}: {exc.strerror or exc}") from None
    write_store(graph, out)
    write_bytes_atomic(out / TURTLE, serialize(graph, "turtle"))
    store = open_store(out)
    write_facts(store, out / "facts")
    del store
    if network:
        from .network import render_network

        render_network(graph, out / "network.html")
    return BuildReport(documents=[d.doc_id for d in docs], skipped=problems, triples=len(graph), out=out)
