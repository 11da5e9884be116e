"""What a read-only SPARQL service refuses before a query reaches Oxigraph.

A query over the user's own graph must never make a network request or read a file
(issue 10): `SERVICE <iri>` would send the inner query to another endpoint and `LOAD`
reads any URL or local file. Updates (INSERT, DELETE, CLEAR, DROP, …) would change
the store. `refusal(sparql)` finds all three (SERVICE and LOAD by graph.queries.remote_operations,
which blanks out strings, IRIs and comments first, so a literal or an IRI that merely
contains the word (`"service"`, `<http://x/load>`) is not refused).

Used by `govkg serve` (graph.server) and the Python API (graph.api). Only the
standard library and graph.queries are imported.
"""
from __future__ import annotations

from dataclasses import dataclass

from .queries import QueryError, is_update, remote_operations

@dataclass(frozen=True)
class Refusal:
    """Why a query is refused: `kind` is "update", "service" or "load"; `message` is one line."""

    kind: str
    message: str


class RefusedQuery(QueryError):
    """A query refused by the read-only policy (update, SERVICE or LOAD)."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


def refusal(sparql: str) -> Refusal | None:
    """Why `sparql` may not run on a read-only graph, or None when it may."""
    used = remote_operations(sparql)
    if "service" in used:
        return Refusal("service", "SERVICE is refused: a query over this graph never sends requests "
                                  "to another endpoint")
    if "load" in used:
        return Refusal("load", "LOAD is refused: a query over this graph never reads a URL or a file")
    if is_update(sparql):
        return Refusal("update", "SPARQL Update (INSERT/DELETE/CLEAR/DROP …) is refused: the graph is read-only")
    return None


def check_read_only(sparql: str) -> None:
    """Raise RefusedQuery when `sparql` is an update or uses SERVICE or LOAD."""
    found = refusal(sparql)
    if found is not None:
        raise RefusedQuery(found)
