"""Export a build's graph: RDF formats streamed from the Oxigraph store, GraphML through networkx.

Turtle, N-Triples and JSON-LD are written by Oxigraph's own serialisers straight from
the store (`graph.store.dump_store`): memory stays flat in the size of the graph and
every literal keeps its lexical form, so a Turtle export holds exactly the triples of
graph.ttl (in the store's order). GraphML is built from the network view in memory.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from .store import RDF_FORMATS, dump_store, open_store

FORMATS = (*RDF_FORMATS, "graphml")


def export_graph(store_dir: Path, fmt: str, output: BinaryIO) -> None:
    """Write the graph of the build in `store_dir` to `output` in `fmt` (see FORMATS)."""
    store = open_store(store_dir)
    if fmt == "graphml":
        from .store import store_graph

        output.write(graphml_bytes(store_graph(store)))
        return
    dump_store(store, output, fmt)


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
