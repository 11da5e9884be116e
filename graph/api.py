"""The Python API of govkg: everything the command line does, callable from a notebook.

    import graph

    report = graph.build(["seeds/"], "output", network=False)   # govkg build seeds/ --out output
    kg = graph.open_build("output")
    kg.named("places")[:3]                   # govkg query --named places   -> list of dicts
    kg.named("officials", place="邵阳市", year=2022)   # --param place=邵阳市 --param year=2022
    kg.query("SELECT ?s WHERE { ?s a <https://w3id.org/govkg/ontology#Program> } LIMIT 5")
    kg.facts("000_b17ddf1131039e0b")         # facts/<doc>.json as a dict
    kg.render("network.html", focus="邵阳市")  # govkg render --focus 邵阳市 --out network.html
    kg.export("graph.nt", "ntriples")        # govkg export --format ntriples --out graph.nt

The CLI (graph.cli) and this module call the same library functions (graph.pipeline,
graph.queries, graph.export, graph.network). Queries are read-only: updates, SERVICE and
LOAD are refused (graph.sparql_guard), as by `govkg serve`.

Importing this module (and `graph`) is cheap: the extraction stack (jieba, jionlp),
rdflib, pyvis and pyshacl are imported only by the calls that need them.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - for type checkers only
    import pandas
    import pyoxigraph

    from .pipeline import BuildReport, Settings
    from .push import PushReport
    from .queries import BoundQuery, ResultTable

Row = dict[str, str | None]
PathLike = str | os.PathLike[str]
EXPORT_FORMATS = ("turtle", "ntriples", "jsonld", "graphml")


class KnowledgeGraph:
    """A build directory (written by `govkg build` or `graph.build`), opened read-only.

    Rows are dicts from variable name to the value as text (None when unbound). The store
    is opened on first use and reopened when the build is republished (`add`, `remove`).
    """

    def __init__(self, path: PathLike) -> None:
        self.path = Path(path)
        self._store: pyoxigraph.Store | None = None
        self._opened: str | None = None

    def __repr__(self) -> str:
        return f"KnowledgeGraph({str(self.path)!r})"

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (it is opened again by the next call)."""
        self._store = None
        self._opened = None

    @property
    def store(self) -> pyoxigraph.Store:
        """The build's Oxigraph store, read-only (StoreError when the folder holds no build)."""
        from .store import STORE_DIR, open_store

        current = os.path.realpath(self.path / STORE_DIR)
        if self._store is None or current != self._opened:
            self._store = open_store(self.path)
            self._opened = current
        return self._store

    # ------------------------------------------------------------ queries

    def table(self, sparql: str | BoundQuery, timeout: float | None = None) -> ResultTable:
        """Run a read query (text, or a named query bound by graph.queries.bind_named); a
        ResultTable (columns, rows of text). With `timeout` (seconds) the query runs in a child
        process that is stopped when the time is up."""
        from .queries import BoundQuery, run_query, run_query_with_timeout
        from .sparql_guard import check_read_only
        from .store import STORE_DIR

        check_read_only(sparql.sparql if isinstance(sparql, BoundQuery) else sparql)
        if timeout is not None:
            self.store  # noqa: B018 - a clear StoreError when there is no build
            return run_query_with_timeout(self.path / STORE_DIR, sparql, timeout)
        return run_query(self.store, sparql)

    def query(self, sparql: str, timeout: float | None = None) -> list[Row]:
        """Run a SPARQL SELECT/ASK/CONSTRUCT query; its rows as dicts.

        QueryError on a syntax error; RefusedQuery (a QueryError) for an update, SERVICE
        or LOAD. ASK gives [{"ask": "true"}]; CONSTRUCT gives subject/predicate/object rows.
        """
        return self.table(sparql, timeout).as_dicts()

    def named(self, name: str, **values: object) -> list[Row]:
        """Run a named query of ontology/queries/ (`govkg query --list`) with its parameters,
        e.g. `kg.named("officials", place="邵阳市", year=2022)`: each value goes into the
        query as one RDF term written by Oxigraph (escaped), as `govkg query --param`. A keyword that is not a
        parameter of the query but one of its columns keeps the rows whose column equals the
        value (`kg.named("programs", place="邵阳市")`). QueryError for a bad value or a missing
        required parameter; ValueError for a keyword that is neither. Without parameters the
        answer the build kept is read when it still stands for the store (graph.tables)."""
        from .queries import bind_named, named_params

        params = named_params(name)
        given = {k: v for k, v in values.items() if k in params}
        bound = bind_named(name, given)
        table = None if given else self.kept_table(name)
        if table is None:
            table = self.table(bound)
        where = {k: v for k, v in values.items() if k not in params}
        unknown = sorted(set(where) - set(table.columns))
        if unknown:
            raise ValueError(f"named query {name!r} has no column {', '.join(unknown)} (nor a parameter of that "
                             f"name); its columns: {', '.join(table.columns)}; its parameters: {', '.join(params) or 'none'}")
        return [row for row in table.as_dicts() if all(row[k] == v for k, v in where.items())]

    def kept_table(self, name: str) -> ResultTable | None:
        """The answer the build kept of named query `name` run without parameters (graph.tables),
        or None when it must run live."""
        from .tables import read_table

        self.store  # noqa: B018 - a clear StoreError when there is no build
        return read_table(self.path, name)

    @staticmethod
    def named_params(name: str) -> dict[str, str]:
        """Parameter name -> what it does ("(required)" first when it must be given), of a named query."""
        from .queries import named_params

        return {p.name: ("(required) " if p.required else "") + p.doc for p in named_params(name).values()}

    @staticmethod
    def named_queries() -> dict[str, str]:
        """Name -> first comment line (what it answers) of every named query."""
        from .queries import named_queries

        return {name: path.read_text(encoding="utf-8-sig").splitlines()[0].lstrip("# ")
                for name, path in named_queries().items()}

    def dataframe(self, sparql: str, timeout: float | None = None) -> pandas.DataFrame:
        """The rows of a query as a pandas DataFrame (ImportError with advice without pandas)."""
        try:
            import pandas
        except ImportError:
            raise ImportError("KnowledgeGraph.dataframe needs pandas: pip install pandas "
                              "(KnowledgeGraph.query gives the same rows as dicts)") from None
        table = self.table(sparql, timeout)
        return pandas.DataFrame(table.rows, columns=table.columns)

    # ------------------------------------------------------------ documents and facts

    def documents(self) -> list[dict[str, str]]:
        """Every document of the build: [{"id": doc id, "source": input path}], by id."""
        from .facts import documents_in_store

        return [{"id": doc_id, "source": source} for _iri, doc_id, source in documents_in_store(self.store)]

    def facts(self, doc_id: str) -> dict[str, Any]:
        """The facts of one document (doc id or its file name), as in facts/<doc>.json:
        officials, persons, places, organizations, programs, metrics. KeyError when the
        build has no such document."""
        folder = self.path / "facts"
        for candidate in (doc_id, Path(doc_id).stem):
            path = folder / f"{candidate}.json"
            if candidate and path.is_file():
                return json.loads(path.read_text(encoding="utf-8"))
        known = ", ".join(d["id"] for d in self.documents())
        raise KeyError(f"no document {doc_id!r} in {self.path}/; documents: {known or '(none)'}")

    # ------------------------------------------------------------ outputs

    def render(self, path: PathLike, focus: str | None = None, depth: int = 2,
               types: Iterable[str] | None = None, metrics: bool = False) -> dict[str, Any]:
        """Write the interactive network page to `path` (whole graph, or the ego view of the
        node named `focus` within `depth` hops); `types` keeps only those node classes
        (place, official, person, organization, program, metric, article). Metrics are
        listed in their subject's panel; `metrics=True` also draws them as nodes.
        Returns {"nodes", "edges", "metrics_listed", "path"}; NetworkError for an unknown focus."""
        from .network import NODE_CLASSES, render_network

        wanted = set(types) if types is not None else None
        unknown = (wanted or set()) - set(NODE_CLASSES)
        if unknown:
            raise ValueError(f"unknown type(s) {', '.join(sorted(unknown))}; choose from {', '.join(NODE_CLASSES)}")
        return render_network(self.store, Path(path), focus=focus, depth=depth, types=wanted,
                              metrics=metrics)     # read in place: no copy of the graph into rdflib

    def export(self, path: PathLike, format: str = "turtle") -> Path:  # noqa: A002 - the CLI's --format
        """Write the graph to `path` as turtle, ntriples, jsonld or graphml; the path written."""
        from .export import export_graph
        from .store import atomic_path

        if format not in EXPORT_FORMATS:
            raise ValueError(f"unknown format {format!r}; choose from {', '.join(EXPORT_FORMATS)}")
        target = Path(path)
        if not target.parent.is_dir():
            raise FileNotFoundError(f"no folder {target.parent} to write {target.name} into")
        with atomic_path(target) as tmp, open(tmp, "wb") as handle:
            export_graph(self.path, format, handle)      # streamed from the store, as `govkg export`
        return target

    def push(self, endpoint: str, *, query_endpoint: str | None = None, user: str | None = None,
             password: str | None = None, full: bool = False, dry_run: bool = False,
             timeout: float = 60.0) -> PushReport:
        """Write the graph to a SPARQL 1.1 Graph Store endpoint, one named graph per document
        plus a shared and an ontology graph, as `govkg push`: only the graphs that changed
        since the last push are written. Returns the PushReport (written, deleted, unchanged
        graph IRIs); PushError (one line) when the server refuses or cannot be reached."""
        from .push import auth_from_env, push_build

        return push_build(self.path, endpoint, query_endpoint=query_endpoint, auth=auth_from_env(user, password),
                          full=full, dry_run=dry_run, timeout=timeout)

    def write_nquads(self, path: PathLike) -> tuple[int, int]:
        """Write the named graphs of a push to `path` as N-Quads, as `govkg push --nquads`
        (for bulk loaders); (graphs, triples)."""
        from .push import write_nquads

        return write_nquads(self.path, Path(path))


def open_build(path: PathLike = "output") -> KnowledgeGraph:
    """Open the build in folder `path` (StoreError, with advice, when it holds none)."""
    kg = KnowledgeGraph(path)
    kg.store  # noqa: B018 - fail now, not at the first query
    return kg


# ---------------------------------------------------------------- building

def _settings(jobs: int | None, doc_timeout: float | None, doc_memory: int | None, cache: bool,
              progress: bool, scheduler: str | None = None) -> Settings:
    from .pipeline import Settings
    from .progress import TerminalProgress
    from .limits import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, Limits

    limits = Limits(seconds=doc_timeout or DEFAULT_SECONDS, memory_mb=doc_memory or DEFAULT_MEMORY_MB)
    return Settings(jobs=jobs, limits=limits, progress=TerminalProgress() if progress else None, cache=cache,
                    scheduler=scheduler)


def build(inputs: PathLike | Iterable[PathLike], out: PathLike = "output", *, network: bool = True,
          max_size: float = 1.0, jobs: int | None = None, doc_timeout: float | None = None,
          doc_memory: int | None = None, cache: bool = True, progress: bool = False,
          scheduler: str | None = None) -> BuildReport:
    """Build the graph of `inputs` (files or folders of .txt pages) into `out`, as
    `govkg build`. Options as the command's: network page, max_size (MB per input file),
    jobs (worker processes), doc_timeout (s) and doc_memory (MB) per document, cache,
    scheduler (a Dask scheduler's address, e.g. "tcp://host:8786": extract on its workers).
    Returns the BuildReport (documents, skipped, triples); open it with `open_build(out)`.
    Skipped inputs are named on stderr and in `report.skipped`; BuildError when nothing builds."""
    from .pipeline import build as run_build

    return run_build(_paths(inputs), Path(out), network=network, max_bytes=int(max_size * 1024 * 1024),
                     settings=_settings(jobs, doc_timeout, doc_memory, cache, progress, scheduler))


def add(inputs: PathLike | Iterable[PathLike], out: PathLike = "output", *, network: bool = True,
        max_size: float = 1.0, jobs: int | None = None, doc_timeout: float | None = None,
        doc_memory: int | None = None, cache: bool = True, progress: bool = False,
        scheduler: str | None = None) -> BuildReport:
    """Add (or replace, by doc id) documents in the build in `out`, as `govkg build --add`
    (`scheduler`: extract the new documents on that Dask scheduler's workers)."""
    from .pipeline import add as run_add

    return run_add(_paths(inputs), Path(out), network=network, max_bytes=int(max_size * 1024 * 1024),
                   settings=_settings(jobs, doc_timeout, doc_memory, cache, progress, scheduler))


def remove(docs: str | Iterable[str], out: PathLike = "output", *, network: bool = True,
           jobs: int | None = None, cache: bool = True, progress: bool = False,
           scheduler: str | None = None) -> BuildReport:
    """Take documents (doc ids or file names) out of the build in `out`, as `govkg remove`."""
    from .pipeline import remove as run_remove

    wanted = [docs] if isinstance(docs, str) else list(docs)
    return run_remove(wanted, Path(out), network=network, settings=_settings(jobs, None, None, cache, progress, scheduler))


def _paths(inputs: PathLike | Iterable[PathLike]) -> list[Path]:
    if isinstance(inputs, str | os.PathLike):
        return [Path(inputs)]
    return [Path(p) for p in inputs]
