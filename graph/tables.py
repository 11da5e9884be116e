"""The named queries' answers over the whole graph, computed by the build (an output stage).

A named query without parameters (`govkg query --named metrics`, `kg.named("metrics")`,
`GET /queries/metrics`) reads every observation, post or program of the graph: its cost
grows with the archive (8 s for `metrics` over 1.85M triples in the on-disk store, where
each row costs a dozen index lookups). The build already holds the graph in memory, so it
runs each of those queries once there and keeps the answer in its version folder, as
Oxigraph's SPARQL JSON results, `tables/NAME.<hash of the query text>.srj`, and as the
plain rows the CLI shows, `tables/NAME.<hash>.rows.json`.

An answer is used only while it stands for the store and the query: it belongs to the
build whose store is published (same version folder), no update query has changed the
store since (an update deletes the tables first: graph.store.update_store), and the query
file is the one it was computed from (the hash in its name). Otherwise the query runs
live. Queries with parameters always run live (they are planned from the value given and
read only what concerns it).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyoxigraph as ox

from .queries import ResultTable, load_named, named_params, named_queries
from .store import STORE_DIR, TABLES_DIR, UPDATED_MARK

SUFFIX = ".srj"
ROWS_SUFFIX = ".rows.json"


def table_name(name: str, sparql: str) -> str:
    """The file name of named query `name`'s table for its text `sparql`."""
    digest = hashlib.sha256(sparql.encode("utf-8")).hexdigest()[:16]
    return f"{name}.{digest}{SUFFIX}"


def tabled_queries() -> dict[str, str]:
    """Name -> text of every named query the build keeps an answer of (those with no required
    parameter, run without any)."""
    return {name: load_named(name) for name in named_queries()
            if not any(p.required for p in named_params(name).values())}


def write_tables(store: ox.Store, folder: Path) -> None:
    """Run every tabled query on `store` (the build's in-memory graph) and write its answer
    into `folder` twice: as SPARQL JSON results (the endpoint re-serialises them in the format
    asked) and as the rows of plain values the CLI and the Python API show (`rows_name`:
    reading them is 4x faster than decoding the SPARQL JSON)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, sparql in tabled_queries().items():
        path = folder / table_name(name, sparql)
        results = store.query(sparql).serialize(format=ox.QueryResultsFormat.JSON)
        path.write_bytes(results)
        data = json.loads(results)
        columns = list(data["head"]["vars"])
        rows = [[binding[c]["value"] if c in binding else None for c in columns]
                for binding in data["results"]["bindings"]]
        (folder / rows_name(path.name)).write_text(
            json.dumps({"columns": columns, "rows": rows}, ensure_ascii=False, separators=(",", ":")),
            encoding="utf-8")


def rows_name(table: str) -> str:
    """The file of plain rows beside the SPARQL JSON results file `table`."""
    return table[: -len(SUFFIX)] + ROWS_SUFFIX


def table_path(out: Path, name: str) -> Path | None:
    """The kept answer of named query `name` (as its file says now) in the build in `out`,
    or None when there is none that stands for the store and the query."""
    try:
        version = (out / STORE_DIR).resolve(strict=True).parent
        sparql = load_named(name)
    except (OSError, ValueError):
        return None
    if (version / UPDATED_MARK).exists():
        return None
    path = version / TABLES_DIR / table_name(name, sparql)
    return path if path.is_file() else None


def read_table(out: Path, name: str) -> ResultTable | None:
    """The kept answer of named query `name` as a ResultTable (the rows `run_query` would
    give), or None when the query must run live (see `table_path`)."""
    path = table_path(out, name)
    if path is None:
        return None
    try:
        data = json.loads((path.parent / rows_name(path.name)).read_bytes())
        columns, rows = list(data["columns"]), data["rows"]
        if not all(isinstance(row, list) and len(row) == len(columns) for row in rows):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None                      # missing or unreadable: the query runs live instead
    return ResultTable(columns, rows)
