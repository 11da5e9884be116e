"""SHACL validation of a build with pySHACL against ontology/shapes.ttl."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .queries import ONTOLOGY_DIR
from .store import open_store, store_graph

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


def validate_graph(graph: Graph, shapes: Path | None = None) -> tuple[bool, str]:
    """(conforms, report text). The ontology in the graph supplies the class hierarchy (RDFS)."""
    from pyshacl import validate

    shapes_graph = Graph().parse(shapes or SHAPES_FILE, format="turtle")
    conforms, _, text = validate(graph, shacl_graph=shapes_graph, inference="none", allow_warnings=True)
    return bool(conforms), str(text)


def validate_store(store_dir: Path, shapes: Path | None = None) -> tuple[bool, str]:
    return validate_graph(store_graph(open_store(store_dir)), shapes)
