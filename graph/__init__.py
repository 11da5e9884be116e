"""govkg: a knowledge graph of officials, places, organisations, programs and metrics
from Chinese regional news.

The Python API (graph.api) is what this package exports:

    import graph
    graph.build(["seeds/"], "output")            # files or folders of .txt pages
    kg = graph.open_build("output")
    rows = kg.named("officials")                 # list of dicts; kg.dataframe(...) with pandas

Importing `graph` is cheap: nothing of the extraction stack, rdflib, pyvis or pyshacl is
loaded until a call needs it.
"""
from __future__ import annotations

from .api import KnowledgeGraph, Row, add, build, open_build, remove

__all__ = ["KnowledgeGraph", "Row", "add", "build", "open_build", "remove"]
