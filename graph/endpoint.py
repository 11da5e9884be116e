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

`govkg serve` forks its workers at start, before it has a thread (`launch_pool`): a forked
worker has pyoxigraph and this module already and is ready once it has opened the store, while
the server imports and binds its web stack. Other workers (those replacing a killed one, or a
pool started beside threads) are fresh interpreters (safe beside the server's threads, and no
caller's main module is re-run) that import this module and pyoxigraph (graph.queries for the
message of a syntax error), so one starts in a fraction of a second.
"""
from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

DEFAULT_TIMEOUT = 30.0       # seconds a query may run before its worker is killed
DEFAULT_WORKERS = 2
DEFAULT_MAX_WAIT = 120.0     # seconds a query may wait for a free worker before 503

# media type -> Oxigraph format, for solutions (SELECT, ASK) and for graphs (CONSTRUCT, DESCRIBE)
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "text/xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/x-turtle": ox.RdfFormat.TURTLE,
}
# (a wildcard such as text/* or application/* takes the first of its family above)
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
    table: str | None = None    # the build's kept answer of this query (graph.tables), read instead of running it


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
        kept = _kept(request.table)
        result = kept if kept is not None else store.query(request.sparql, **kwargs)
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
        from .queries import syntax_message   # only now: graph.queries is slower to import than a query

        return Answer.error(400, syntax_message(exc))
    except ValueError as exc:     # e.g. an IRI of default-graph-uri that does not parse
        return Answer.error(400, f"bad request: {exc}")
    except (OSError, RuntimeError) as exc:
        return Answer.error(500, f"query failed: {exc}")
    charset = "; charset=utf-8" if media.startswith("text/") or media.endswith(("json", "xml")) else ""
    return Answer(200, media + charset, body or b"")


def _kept(table: str | None) -> ox.QuerySolutions | None:
    """The kept answer in file `table` (SPARQL JSON results), or None (none given, or gone:
    a build replaced it since the request was made, and the query runs instead)."""
    if table is None:
        return None
    try:
        return ox.parse_query_results(path=table, format=ox.QueryResultsFormat.JSON)
    except (OSError, SyntaxError, ValueError):
        return None


def _not_acceptable(what: str, formats: dict) -> Answer:
    return Answer.error(406, f"{what} can be sent as {', '.join(formats)}; the Accept header asks for none of them")


# ---------------------------------------------------------------- worker processes

WORKER_COMMAND = "from graph.endpoint import worker_main; worker_main()"


def _open(store_link: str) -> tuple[ox.Store, str]:
    real = os.path.realpath(store_link)
    return ox.Store.read_only(real), real


def worker_main(argv: list[str] | None = None) -> None:  # pragma: no cover - runs in a worker process
    """A worker: `python -c WORKER_COMMAND STORE_LINK FD`. Answers QueryRequests from the
    socket FD until it closes; reopens the store when the build has been republished."""
    store_link, fd = (argv if argv is not None else sys.argv[1:])[:2]
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the server's; it stops the workers
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})   # blocked in the server's threads
    serve_requests(Connection(int(fd)), store_link)


def serve_requests(conn: Connection, store_link: str) -> None:  # pragma: no cover - runs in a worker process
    """Open the store, say "ready", then answer each QueryRequest received on `conn` until it closes."""
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


class _ForkedProcess:
    """A worker forked by QueryPool.launch(fork=True), with the part of Popen's interface the
    pool uses (pid, poll, kill, wait)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = -1
                return self.returncode
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            os.kill(self.pid, signal.SIGKILL)

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"query worker {self.pid}", timeout or 0)
            time.sleep(0.002)
        return code


def _single_threaded() -> bool:
    """Whether this process runs one thread only (Python's or any other): safe to fork."""
    if threading.active_count() != 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:                 # no /proc: do not guess
        return False


@dataclass
class _Worker:
    process: subprocess.Popen | _ForkedProcess
    conn: Connection
    retired: bool = False


@dataclass
class QueryPool:
    """`size` worker processes with the store at `store_link` open read-only; `run` answers
    one request with a hard timeout. Thread-safe: call `run` from any number of threads.

    A worker is a fresh interpreter (`python -c WORKER_COMMAND`), not a fork of the server
    (which has threads) nor a multiprocessing spawn (which re-runs the caller's main module),
    talking over a socket pair."""

    store_link: Path
    size: int = DEFAULT_WORKERS
    timeout: float = DEFAULT_TIMEOUT
    max_wait: float = DEFAULT_MAX_WAIT
    _idle: queue.Queue = field(default_factory=queue.Queue, init=False, repr=False)
    _all: list[_Worker] = field(default_factory=list, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
    _broken: str | None = field(default=None, init=False, repr=False)   # why a worker could not start
    _launching: list[_Worker] = field(default_factory=list, init=False, repr=False)

    def start(self) -> QueryPool:
        """Start the workers (all at once) and wait until each has the store open."""
        return self.launch().wait_ready()

    def launch(self, fork: bool = False) -> QueryPool:
        """Start the workers without waiting for them (`wait_ready` does): a server can import
        and set up its web stack while they open the store.

        fork=True (`govkg serve`, before it starts a thread): the workers are forked from this
        process, which has imported pyoxigraph and this module already, so each is ready as soon
        as it has opened the store (a fresh interpreter takes 0.1-0.3 s to get there). Only when
        the process runs one thread (forking beside threads is unsafe); otherwise, and for the
        workers that replace killed ones, fresh interpreters."""
        fork = fork and _single_threaded()
        for _ in range(self.size):
            worker = self._fork() if fork else self._launch()
            with self._lock:
                self._launching.append(worker)
        return self

    def wait_ready(self) -> QueryPool:
        """Wait until every launched worker has the store open (RuntimeError if one cannot).
        Queries may be run meanwhile, from other threads: they wait for the first ready worker.
        A pool closed meanwhile (from another thread) stops the wait with RuntimeError."""
        while True:
            with self._lock:
                if not self._launching:
                    return self
                worker = self._launching[0]
            try:
                ready = self._ready(worker)
            except BaseException:
                with self._lock:
                    launching, self._launching = self._launching, []
                for other in launching:
                    self._retire(other)
                raise
            with self._lock:
                if worker in self._launching:
                    self._launching.remove(worker)
            self._idle.put(ready)

    def _launch(self) -> _Worker:
        mine, theirs = socket.socketpair()
        with theirs:
            process = subprocess.Popen(
                [sys.executable, "-c", WORKER_COMMAND, str(self.store_link), str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        return _Worker(process, Connection(mine.detach()))

    def _fork(self) -> _Worker:
        mine, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the worker
            code = 1
            try:
                mine.close()
                for other in self._launching + self._all:      # the parent's ends of the other workers
                    other.conn.close()
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                serve_requests(Connection(theirs.detach()), str(self.store_link))
                code = 0
            finally:
                os._exit(code)      # never back into the caller's code (no atexit, no flush)
        theirs.close()
        return _Worker(_ForkedProcess(pid), Connection(mine.detach()))

    def _ready(self, worker: _Worker) -> _Worker:
        try:
            ready = worker.conn.poll(60) and worker.conn.recv() == "ready"
        except (EOFError, OSError, ValueError):   # ValueError: the pool closed its end meanwhile
            ready = False
        with self._lock:
            if ready and not self._closed:
                self._all.append(worker)
                return worker
        self._retire(worker)
        if self._closed:
            raise RuntimeError("the query pool was closed before its workers were ready")
        raise RuntimeError(f"a query worker could not open the store {self.store_link}")

    def _retire(self, worker: _Worker) -> None:
        with self._lock:                        # once, though close() and a waiting thread may both try
            if worker.retired:
                return
            worker.retired = True
            if worker in self._all:
                self._all.remove(worker)
        worker.process.kill()
        worker.process.wait(5)
        worker.conn.close()

    def run(self, request: QueryRequest) -> Answer:
        """The answer to `request`; 503 when the query runs past the timeout, or when no
        worker frees up within `max_wait` seconds (a burst waits in line, a flood is turned away)."""
        with self._lock:
            dead = self._broken is not None and not self._all
        if dead:
            return Answer.error(500, f"no query worker is running: {self._broken}")
        try:
            worker = self._idle.get(timeout=self.max_wait)
        except queue.Empty:
            return Answer.error(503, f"all {self.size} query workers stayed busy for {self.max_wait:g} s; "
                                     "try again later")
        if worker is None:                      # close() woke the waiting queries: pass it on
            self._idle.put(None)
            return Answer.error(503, "the server is stopping")
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
        except (EOFError, OSError) as exc:
            self._retire(worker)
            self._replace()
            return Answer.error(500, f"the query worker ended without an answer ({exc or 'no result'})")

    def _replace(self) -> None:
        """Start a worker in place of a retired one; when none can start (the store is gone),
        remember why, and answer 500 once no worker is left."""
        if self._closed:
            return
        try:
            self._idle.put(self._ready(self._launch()))
        except RuntimeError as exc:
            self._broken = str(exc)

    @property
    def closed(self) -> bool:
        """Whether `close` has been called."""
        return self._closed

    def close(self) -> None:
        """Stop every worker (launched or ready); queries waiting for a worker get 503 at once."""
        with self._lock:
            self._closed = True
            workers = list(self._all) + self._launching
            self._launching = []
        for worker in workers:
            self._retire(worker)
        self._idle.put(None)


def check_port(host: str, port: int) -> None:
    """OSError (with the reason) when `host:port` cannot be listened on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))


@dataclass(frozen=True)
class ServeOptions:
    """How `govkg serve` runs (the command's options)."""

    store_dir: Path
    host: str = "127.0.0.1"
    port: int = 8000
    cors: str | None = None
    timeout: float = 30.0
    workers: int = 2


def launch_pool(options: ServeOptions) -> QueryPool:
    """Check the build and the port, then start the query workers without waiting for them
    (the workers open the store: `QueryPool.wait_ready` fails when they cannot)."""
    from .store import STORE_DIR, require_store

    require_store(options.store_dir)                # StoreError with advice when there is no build
    check_port(options.host, options.port)
    return QueryPool(options.store_dir / STORE_DIR, size=options.workers, timeout=options.timeout).launch(fork=True)
