"""Export a build's graph: RDF formats streamed from the Oxigraph store, GraphML through networkx.

Turtle, N-Triples and JSON-LD are written by Oxigraph's own serialisers, streamed: memory
stays flat in the size of the graph and every literal keeps its lexical form. While the
store is as its build left it, Turtle and N-Triples come from the build's graph.ttl (the
same triples, see `export_graph`), which an update query writes again from the store
(store.update_store); only while a build is marked as updated (an update killed or failed
before that rewrite) do they come from the store. GraphML is built from the network view
in memory.
"""
from __future__ import annotations

import gzip
import io
import shutil
import zlib
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .store import (NTRIPLES_GZ, RDF_FORMATS, TURTLE, StoreError, built_file, dump_store, open_store,
                    require_store)

FORMATS = (*RDF_FORMATS, "graphml")


def export_graph(store_dir: Path, fmt: str, output: BinaryIO) -> None:
    """Write the graph of the build in `store_dir` to `output` in `fmt` (see FORMATS).

    Turtle and N-Triples of a build whose store is as the build left it are streamed from
    the files the build wrote from the same triples, in sorted order: the Turtle is graph.ttl
    byte for byte, the N-Triples graph.nt.gz decompressed (or, for a build without it,
    graph.ttl parsed and written again by Oxigraph). Otherwise (the store marked as updated
    after those files were written), and for JSON-LD, the store is dumped (its per-term
    string lookups make that about 10× slower)."""
    require_store(store_dir)                  # a clear error when there is no build (the store is opened below)
    gzipped = built_file(store_dir, NTRIPLES_GZ) if fmt == "ntriples" else None
    turtle = built_file(store_dir, TURTLE) if fmt in ("turtle", "ntriples") else None
    if gzipped is not None:
        try:
            with gzip.open(gzipped, "rb") as source:
                shutil.copyfileobj(source, output, CHUNK)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise StoreError(f"the build's {NTRIPLES_GZ} is damaged ({exc}); build again, or export "
                             "--format turtle") from None
        return
    if turtle is not None:
        try:
            stream_turtle(turtle, fmt, output)
        except SyntaxError as exc:
            raise StoreError(f"the build's {turtle.name} is damaged ({exc}); build again") from None
        return
    store = open_store(store_dir)
    if fmt == "graphml":
        from .store import store_graph

        output.write(graphml_bytes(store_graph(store)))
        return
    dump_store(store, output, fmt)


def stream_turtle(turtle: Path, fmt: str, output: BinaryIO) -> None:
    """graph.ttl to `output` as Turtle (copied) or N-Triples (parsed and written triple by
    triple: memory stays flat)."""
    if fmt == "turtle":
        with open(turtle, "rb") as source:
            shutil.copyfileobj(source, output, CHUNK)
        return
    ox.serialize(ox.parse(path=str(turtle), format=ox.RdfFormat.TURTLE), output, ox.RdfFormat.N_TRIPLES)


CHUNK = 1 << 20


def graphml_bytes(graph) -> bytes:
    """GraphML of the network view (the same nodes and edges as network.html), for Gephi."""
    import networkx as nx

    from .network import rdf_to_networkx

    nxg = rdf_to_networkx(graph)
    flat = nx.MultiDiGraph()
    for node, data in nxg.nodes(data=True):
        flat.add_node(str(node), **{k: _scalar(v) for k, v in data.items()})
    for u, v, data in nxg.edges(data=True):
        flat.add_edge(str(u), str(v), **{k: _scalar(val) for k, val in data.items()})
    buf = io.BytesIO()
    nx.write_graphml(flat, buf, encoding="utf-8")
    return buf.getvalue()


def _scalar(value) -> str | int | float | bool:
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, (list, tuple, set)):
        return " | ".join(str(v) for v in value)
    return str(value)
