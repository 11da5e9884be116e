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

# the errors a caller may catch, imported on first use (their modules are not cheap to import)
_ERRORS = {"QueryError": "queries", "RefusedQuery": "sparql_guard", "StoreError": "store",
           "BuildError": "pipeline", "PushError": "push"}

__all__ = ["KnowledgeGraph", "Row", "add", "build", "open_build", "remove", *_ERRORS]


def __getattr__(name: str):
    if name in _ERRORS:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_ERRORS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
