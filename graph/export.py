"""Export a build's graph: RDF formats through Oxigraph, GraphML through networkx."""
from __future__ import annotations

import io
from pathlib import Path

from .store import open_store, serialize, store_graph


def export_graph(store_dir: Path, fmt: str) -> bytes:
    """The store's graph as bytes in `fmt` (turtle, ntriples, jsonld, graphml)."""
    graph = store_graph(open_store(store_dir))
    if fmt == "graphml":
        return graphml_bytes(graph)
    return serialize(graph, fmt)


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
