"""SHACL validation of a build with pySHACL against ontology/shapes.ttl."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .queries import ONTOLOGY_DIR
from .store import open_store, store_graph

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


class ShapesError(Exception):
    """A shapes file that cannot be used; the message names the file and says what is wrong."""


def load_shapes(path: Path | None = None) -> Graph:
    """The SHACL shapes in Turtle file `path` (default ontology/shapes.ttl); ShapesError when unusable."""
    import pyoxigraph as ox

    path = Path(path or SHAPES_FILE)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ShapesError(f"{path}: cannot read the shapes file ({exc.strerror or exc})") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        data.decode("utf-8")
        list(ox.parse(data, format=ox.RdfFormat.TURTLE))       # a one-line syntax error with line and column
    except UnicodeDecodeError:
        raise ShapesError(f"{path}: not a Turtle file (it is not UTF-8 text); give a SHACL shapes file in Turtle") from None
    except SyntaxError as exc:
        reason = str(exc).split(" (", 1)[0] if str(exc).endswith(")") else str(exc)
        raise ShapesError(f"{path}: not valid Turtle: {reason.splitlines()[0]}") from None
    return Graph().parse(data=data, format="turtle")


def validate_graph(graph: Graph, shapes: Path | None = None) -> tuple[bool, str]:
    """(conforms, report text). The ontology in the graph supplies the class hierarchy (RDFS)."""
    from pyshacl import validate

    conforms, _, text = validate(graph, shacl_graph=load_shapes(shapes), inference="none", allow_warnings=True)
    return bool(conforms), str(text)


def validate_store(store_dir: Path, shapes: Path | None = None) -> tuple[bool, str]:
    return validate_graph(store_graph(open_store(store_dir)), shapes)
