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

# what `import graph` exports, each imported from its module on first use: the CLI and the
# query workers import `graph.<module>` without paying for the API or the errors' modules
_EXPORTS = {"KnowledgeGraph": "api", "Row": "api", "add": "api", "build": "api", "open_build": "api",
            "remove": "api", "QueryError": "queries", "RefusedQuery": "sparql_guard", "StoreError": "store",
            "BuildError": "pipeline", "PushError": "push"}

__all__ = list(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
