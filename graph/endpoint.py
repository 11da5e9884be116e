"""Read queries of the SPARQL endpoint, run in worker processes with a hard timeout.

pyoxigraph cannot cancel a running query, so `govkg serve` never runs one in its own
process: a `QueryPool` keeps `size` worker processes, each with the build's store open
read-only. A query is handed to an idle worker; when it has not answered after the
timeout, the worker is killed (the only way to stop Oxigraph) and a fresh one takes its
place, so a runaway query costs one process start and never blocks the server.

A worker answers with the bytes to send: the query's results serialised by Oxigraph in
the format the client's Accept header asks for (SPARQL JSON/XML/CSV/TSV for SELECT and
ASK; Turtle, N-Triples, JSON-LD or RDF/XML for CONSTRUCT and DESCRIBE). When a build is
republished (the `store` link names a new version), a worker reopens the store before
its next query.

Workers are spawned (safe beside the server's threads); they import only pyoxigraph and
graph.queries, so one starts in a fraction of a second.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from .queries import syntax_message

DEFAULT_TIMEOUT = 30.0       # seconds a query may run before its worker is killed
DEFAULT_WORKERS = 2

# media type -> Oxigraph format, for solutions (SELECT, ASK) and for graphs (CONSTRUCT, DESCRIBE)
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
DEFAULT_RESULT_TYPE = "application/sparql-results+json"
DEFAULT_GRAPH_TYPE = "text/turtle"


@dataclass(frozen=True)
class QueryRequest:
    """One read query as the protocol gives it: text, the client's Accept preferences
    (most wanted first) and the dataset named by default-graph-uri / named-graph-uri."""

    sparql: str
    accept: tuple[str, ...] = ("*/*",)
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """What to send back: an HTTP status, a content type and the body."""

    status: int
    content_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        """A one-line plain-text error."""
        return cls(status, "text/plain; charset=utf-8", (" ".join(message.split()) + "\n").encode())


# ---------------------------------------------------------------- content negotiation

def parse_accept(header: str | None) -> tuple[str, ...]:
    """Media types of an Accept header, most preferred first (q=0 dropped, stable for ties)."""
    if not header or not header.strip():
        return ("*/*",)
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, index, media))
    return tuple(media for _, _, media in sorted(ranked)) or ("*/*",)


def choose(accept: tuple[str, ...], formats: dict, default: str) -> str | None:
    """The first acceptable media type we can write (wildcards take `default` or the first
    of their family), or None when the client accepts none of ours."""
    for media in accept:
        if media in formats:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            family = media[:-1]
            if default.startswith(family):
                return default
            for known in formats:
                if known.startswith(family):
                    return known
    return None


def execute(store: ox.Store, request: QueryRequest) -> Answer:
    """Run a read query on `store` and serialise it as the client asked (in a worker)."""
    kwargs: dict = {}
    if request.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
    if request.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    try:
        result = store.query(request.sparql, **kwargs)
        if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            media = choose(request.accept, RESULT_FORMATS, DEFAULT_RESULT_TYPE)
            if media is None:
                return _not_acceptable("SELECT and ASK results", RESULT_FORMATS)
            body = result.serialize(format=RESULT_FORMATS[media])
        else:
            media = choose(request.accept, GRAPH_FORMATS, DEFAULT_GRAPH_TYPE)
            if media is None:
                return _not_acceptable("CONSTRUCT and DESCRIBE results", GRAPH_FORMATS)
            body = result.serialize(format=GRAPH_FORMATS[media])
    except SyntaxError as exc:
        return Answer.error(400, syntax_message(exc))
    except ValueError as exc:     # e.g. an IRI of default-graph-uri that does not parse
        return Answer.error(400, f"bad request: {exc}")
    except (OSError, RuntimeError) as exc:
        return Answer.error(500, f"query failed: {exc}")
    charset = "; charset=utf-8" if media.startswith("text/") or media.endswith(("json", "xml")) else ""
    return Answer(200, media + charset, body or b"")


def _not_acceptable(what: str, formats: dict) -> Answer:
    return Answer.error(406, f"{what} can be sent as {', '.join(formats)}; the Accept header asks for none of them")


# ---------------------------------------------------------------- worker processes

def _open(store_link: str) -> tuple[ox.Store, str]:
    real = os.path.realpath(store_link)
    return ox.Store.read_only(real), real


def _worker_main(store_link: str, conn: Connection) -> None:  # pragma: no cover - runs in a child
    """Answer QueryRequests from `conn` until it closes; reopen the store after a rebuild."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the server's; it stops the workers
    store, opened = _open(store_link)
    conn.send("ready")
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if os.path.realpath(store_link) != opened:
                store, opened = _open(store_link)
            answer = execute(store, request)
        except Exception as exc:  # noqa: BLE001 - a worker answers every request with a status
            answer = Answer.error(500, f"query failed: {type(exc).__name__}: {exc}")
        conn.send(answer)


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection


@dataclass
class QueryPool:
    """`size` worker processes with the store at `store_link` open read-only; `run` answers
    one request with a hard timeout. Thread-safe: call `run` from any number of threads."""

    store_link: Path
    size: int = DEFAULT_WORKERS
    timeout: float = DEFAULT_TIMEOUT
    _idle: queue.Queue = field(default_factory=queue.Queue, init=False, repr=False)
    _all: list[_Worker] = field(default_factory=list, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)

    def start(self) -> QueryPool:
        for _ in range(self.size):
            self._idle.put(self._spawn())
        return self

    def _spawn(self) -> _Worker:
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_worker_main, args=(str(self.store_link), child), daemon=True,
                              name="govkg-query")
        process.start()
        child.close()
        if not parent.poll(60) or parent.recv() != "ready":
            process.kill()
            raise RuntimeError(f"a query worker could not open the store {self.store_link}")
        worker = _Worker(process, parent)
        with self._lock:
            self._all.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)

    def run(self, request: QueryRequest) -> Answer:
        """The answer to `request`; 503 when no worker frees up or the query runs past the timeout."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.error(503, f"all {self.size} query workers are busy; try again later")
        try:
            worker.conn.send(request)
            if worker.conn.poll(self.timeout):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
            self._retire(worker)
            self._replace()
            return Answer.error(503, f"query stopped after {self.timeout:g} s (the server's --timeout); "
                                     "narrow it or ask for a higher limit")
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._retire(worker)
            self._replace()
            return Answer.error(500, f"the query worker ended without an answer ({exc or 'no result'})")

    def _replace(self) -> None:
        if not self._closed:
            self._idle.put(self._spawn())

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._retire(worker)
