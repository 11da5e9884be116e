"""`govkg serve`: the build's graph as a read-only SPARQL 1.1 Protocol endpoint.

Routes (a small WSGI application served by waitress, a multi-threaded pure-Python server):
  GET  /sparql?query=…            a query (SPARQL 1.1 Protocol, query via GET)
  POST /sparql                    `query=` as application/x-www-form-urlencoded, or the
                                  query as the body with Content-Type application/sparql-query
  GET  /sparql                    without a query: the SPARQL 1.1 Service Description (Turtle)
  GET  /                          a query page (HTML + JS served from here: works offline)
  GET  /queries                   the named queries of ontology/queries/*.rq as JSON (with their parameters)
  GET  /queries/NAME?PARAM=VALUE  run a named query, its parameters bound as RDF terms (never
                                  pasted into the text); results negotiated as for /sparql
  GET  /static/query.js|query.css the page's assets

Results are negotiated from the Accept header: SELECT and ASK as SPARQL JSON (default),
XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle (default), N-Triples, JSON-LD or RDF/XML.

Status codes (every error body is one line of text/plain):
  400  malformed query (SPARQL syntax error), two `query` parameters, a POST without a query,
       a body that is not UTF-8, a CORS preflight for another origin, method or header
  403  refused by the read-only policy: an update (`update=` parameter, an
       application/sparql-update body, or INSERT/DELETE/… text as `query`), SERVICE or LOAD
  404  no such route or asset            405  a method other than GET/POST (HEAD as GET)
  406  no acceptable result format
  413  a request body over 1 MB           415  a POST body of another content type
  503  the query ran past --timeout (its worker process is killed), or every worker stayed
       busy for 120 s (a burst of queries waits in line for a free worker), or the server
       is stopping
  500  the store failed while answering

Queries never run in the server's own process: graph.endpoint's worker processes run them
and are killed on timeout (Oxigraph cannot cancel a query). The server's threads (THREADS)
only parse requests and wait for a worker, so a burst of queries waits in line for the
workers. CORS is off unless an origin is given (`--cors ORIGIN`: that origin, or `*`, gets
Access-Control-Allow-Origin and its preflight OPTIONS requests are answered). The server
listens on 127.0.0.1 unless told otherwise.

Start-up: the workers are launched first (graph.endpoint.launch_pool), then the socket is bound
and served while they open the store; a query that arrives before a worker is ready waits for it.
Ctrl-C or SIGTERM stops the server and its workers (exit code 0).
"""
from __future__ import annotations

import json
import logging
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl
from wsgiref.util import request_uri

from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.server import MultiSocketServer, TcpWSGIServer
from waitress.task import ErrorTask, ThreadedTaskDispatcher

from .endpoint import Answer, QueryPool, QueryRequest, ServeOptions, launch_pool, parse_accept
from .sparql_guard import refusal
from .store import StoreError

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
PAGE_ASSETS = {"query.js": "text/javascript; charset=utf-8", "query.css": "text/css; charset=utf-8"}
MAX_BODY = 1024 * 1024
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
FORMATS_NS = "http://www.w3.org/ns/formats/"
SD_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                     "Turtle", "N-Triples", "JSON-LD", "RDF_XML")
# Server threads: they parse requests and wait for a query worker, so that a burst of queries
# (50 at once in tests/test_server.py) waits in line for the workers rather than for a thread.
# Starting a waitress thread costs up to 2 ms (each new thread waits for the dispatcher's lock),
# so STARTING_THREADS serve the first requests and the rest start once the workers are ready.
THREADS = 64
STARTING_THREADS = 4
CORS_METHODS = ("GET", "POST")
CORS_HEADERS = ("Accept", "Accept-Language", "Content-Language", "Content-Type")   # what a query page sends
CORS_MAX_AGE = "600"
NOT_FOUND = "not found: the endpoint is /sparql, the query page /"
REASONS = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
           406: "Not Acceptable", 413: "Content Too Large", 415: "Unsupported Media Type",
           500: "Internal Server Error", 503: "Service Unavailable"}

Environ = dict[str, object]
StartResponse = Callable[..., object]


class ProtocolError(Exception):
    """A request the protocol rejects: carries the status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Reply:
    """An HTTP response of the endpoint: status, content type, body and further headers."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def _send(answer: Answer) -> Reply:
    return Reply(answer.status, answer.content_type, answer.body, (("Vary", "Accept"),))


def _error(status: int, message: str, *headers: tuple[str, str]) -> Reply:
    answer = Answer.error(status, message)
    return Reply(answer.status, answer.content_type, answer.body, headers)


# ---------------------------------------------------------------- protocol parsing

def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(400, f"the request has {len(values)} `{name}` parameters; give one")
    return values[0] if values else None


def _query_items(environ: Environ) -> list[tuple[str, str]]:
    """The (name, value) pairs of the URL's query string, in order (UTF-8, as browsers send them)."""
    raw = str(environ.get("QUERY_STRING", "")).encode("latin-1").decode("utf-8", "replace")
    return parse_qsl(raw, keep_blank_values=True)


def _path(environ: Environ) -> str | None:
    """The request's path as text (None when it is not UTF-8)."""
    try:
        return str(environ.get("PATH_INFO", "") or "/").encode("latin-1").decode("utf-8")
    except UnicodeError:
        return None


def _params(environ: Environ) -> tuple[str | None, dict[str, list[str]]]:
    """(query text or None, every parameter) of a protocol request; ProtocolError otherwise."""
    params: dict[str, list[str]] = {}
    for key, value in _query_items(environ):
        params.setdefault(key, []).append(value)
    if environ["REQUEST_METHOD"] == "POST":
        kind = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip().lower()
        body = _body(environ)
        if kind == "application/sparql-update":
            raise ProtocolError(403, "SPARQL Update is refused: this endpoint is read-only")
        if kind == "application/x-www-form-urlencoded":
            for key, value in parse_qsl(_text(body), keep_blank_values=True):
                params.setdefault(key, []).append(value)
        elif kind == "application/sparql-query":
            if "query" in params:
                raise ProtocolError(400, "a query in the body and a `query` parameter; give one")
            params["query"] = [_text(body)]
        else:
            raise ProtocolError(415, "POST the query as application/sparql-query or as `query=` in "
                                     f"application/x-www-form-urlencoded (got {kind or 'no content type'})")
    if "update" in params:
        raise ProtocolError(403, "SPARQL Update is refused: this endpoint is read-only")
    return _one(params.get("query", []), "query"), params


def _body(environ: Environ) -> bytes:
    """The request body. waitress has read it already (chunked or not) and answered 413 itself
    to one over MAX_BODY (see _OneLineErrorTask); the length is checked again here."""
    declared = str(environ.get("CONTENT_LENGTH") or "0")
    if not declared.isdigit():
        raise ProtocolError(400, "the Content-Length header is not a number")
    if int(declared) > MAX_BODY:
        raise ProtocolError(413, f"the request body is over {MAX_BODY // 1024} KB")
    stream = environ["wsgi.input"]
    return stream.read(int(declared))   # type: ignore[attr-defined]


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8") from None


# ---------------------------------------------------------------- the application

def service_description(endpoint: str, triples: int | None) -> str:
    """The SPARQL 1.1 Service Description of this endpoint, in Turtle."""
    formats = " ,\n    ".join(f"<{FORMATS_NS}{name}>" for name in SD_RESULT_FORMATS)
    size = f" ;\n      void:triples {triples}" if triples is not None else ""
    return (
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
        "@prefix void: <http://rdfs.org/ns/void#> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n\n"
        f"<{endpoint}#service> a sd:Service ;\n"
        f"  sd:endpoint <{endpoint}> ;\n"
        "  dcterms:title \"govkg: a read-only SPARQL endpoint over a knowledge graph of Chinese regional news\" ;\n"
        "  sd:supportedLanguage sd:SPARQL11Query ;\n"
        f"  sd:resultFormat {formats} ;\n"
        "  sd:defaultDataset [ a sd:Dataset ;\n"
        f"    sd:defaultGraph [ a sd:Graph{size} ] ] .\n")


class EndpointApp:
    """The WSGI application of `govkg serve`: routes, protocol parsing and CORS. Queries are
    answered by `pool` (worker processes); a request thread only waits for its answer."""

    def __init__(self, options: ServeOptions, pool: QueryPool) -> None:
        self.pool = pool
        self.cors = options.cors
        self.store_dir = options.store_dir
        Handler = Callable[[Environ, str], Reply]
        self.routes: dict[str, tuple[Handler, tuple[str, ...]]] = {
            "/sparql": (self.sparql, ("GET", "HEAD", "POST")),
            "/": (self.page, ("GET", "HEAD")),
            "/queries": (self.queries, ("GET", "HEAD")),
        }
        self.prefixes: dict[str, Handler] = {"/queries/": self.run_named, "/static/": self.asset}

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        try:
            reply = self.respond(environ)
        except ProtocolError as exc:
            reply = _error(exc.status, str(exc))
        except Exception as exc:  # noqa: BLE001 - every request gets a one-line answer, never a traceback
            reply = _error(500, f"request failed: {type(exc).__name__}: {exc}")
        headers = [("Content-Type", reply.content_type), ("Content-Length", str(len(reply.body))), *reply.headers]
        if not self.is_preflight(environ):      # a preflight's reply carries its own CORS headers
            headers.extend(self.cors_headers(environ))
        start_response(f"{reply.status} {REASONS.get(reply.status, 'Error')}", headers)
        return [reply.body]

    def respond(self, environ: Environ) -> Reply:
        """The reply to one request: a CORS preflight, a route, 404 or 405."""
        method = str(environ["REQUEST_METHOD"])
        if self.is_preflight(environ):
            return self.preflight(environ)
        path = _path(environ)
        if path is None:
            return _error(404, NOT_FOUND)
        handler, methods, arg = self._route(path)
        if handler is None:
            return _error(404, NOT_FOUND)
        if method not in methods:
            return _error(405, "method not allowed: use GET or POST", ("Allow", ", ".join(methods)))
        return handler(environ, arg)

    def _route(self, path: str) -> tuple[Callable[[Environ, str], Reply] | None, tuple[str, ...], str]:
        if path in self.routes:
            handler, methods = self.routes[path]
            return handler, methods, ""
        for prefix, handler in self.prefixes.items():
            name = path[len(prefix):]
            if path.startswith(prefix) and name and "/" not in name:
                return handler, ("GET", "HEAD"), name
        return None, (), ""

    # ------------------------------------------------------------ CORS (only with --cors ORIGIN)

    def is_preflight(self, environ: Environ) -> bool:
        """A CORS preflight (answered only with --cors; without, OPTIONS is 405 as any other method)."""
        return bool(self.cors and environ["REQUEST_METHOD"] == "OPTIONS" and environ.get("HTTP_ORIGIN")
                    and environ.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD"))

    def allowed_origin(self, environ: Environ) -> str | None:
        """The Access-Control-Allow-Origin value for this request, or None (no CORS headers)."""
        origin = environ.get("HTTP_ORIGIN")
        if not self.cors or not origin:
            return None
        if self.cors == "*":
            return "*"
        return str(origin) if origin == self.cors else None

    def cors_headers(self, environ: Environ) -> list[tuple[str, str]]:
        """The CORS headers of an ordinary response."""
        allowed = self.allowed_origin(environ)
        if allowed is None:
            return []
        return [("Access-Control-Allow-Origin", allowed)] + ([("Vary", "Origin")] if allowed != "*" else [])

    def preflight(self, environ: Environ) -> Reply:
        """The answer to a CORS preflight (OPTIONS with Origin and Access-Control-Request-Method)."""
        allowed = self.allowed_origin(environ)
        method = str(environ.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD", "")).strip().upper()
        asked = [h.strip().lower() for h in str(environ.get("HTTP_ACCESS_CONTROL_REQUEST_HEADERS", "")).split(",")]
        refused = [h for h in asked if h and h not in {name.lower() for name in CORS_HEADERS}]
        vary = ("Vary", "Origin")
        if allowed is None:
            return _error(400, f"CORS preflight refused: the origin {environ.get('HTTP_ORIGIN')} is not allowed", vary)
        if method not in CORS_METHODS:
            return _error(400, f"CORS preflight refused: the method {method} is not allowed; use GET or POST", vary)
        if refused:
            return _error(400, f"CORS preflight refused: the header(s) {', '.join(refused)} are not allowed; "
                               f"send only {', '.join(CORS_HEADERS)}", vary)
        return Reply(200, "text/plain; charset=utf-8", b"OK\n", (
            ("Access-Control-Allow-Origin", allowed), ("Access-Control-Allow-Methods", ", ".join(CORS_METHODS)),
            ("Access-Control-Allow-Headers", ", ".join(CORS_HEADERS)),
            ("Access-Control-Max-Age", CORS_MAX_AGE), vary))

    # ------------------------------------------------------------ routes

    def sparql(self, environ: Environ, _name: str) -> Reply:
        """/sparql: a query (GET or POST), or the Service Description (GET without a query)."""
        text, params = _params(environ)
        if text is None and environ["REQUEST_METHOD"] == "POST":
            return _error(400, "no query: POST `query=` or an application/sparql-query body")
        if text is None:
            return self.describe(environ)
        refused = refusal(text)
        if refused is not None:
            return _error(403, refused.message)
        query = QueryRequest(text, parse_accept(_header(environ, "HTTP_ACCEPT")),
                             tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])))
        return _send(self.pool.run(query))

    def describe(self, environ: Environ) -> Reply:
        """The Service Description, with the number of triples counted by a worker."""
        count = self.pool.run(QueryRequest("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", ("text/csv",)))
        lines = count.body.decode().split()
        triples = int(lines[1]) if count.status == 200 and len(lines) == 2 and lines[1].isdigit() else None
        endpoint = request_uri(environ, include_query=False)
        return Reply(200, "text/turtle; charset=utf-8", service_description(endpoint, triples).encode())

    def page(self, _environ: Environ, _name: str) -> Reply:
        html = (TEMPLATE_DIR / "query.html").read_bytes()
        return Reply(200, "text/html; charset=utf-8", html, (("Content-Security-Policy", PAGE_CSP),))

    def asset(self, _environ: Environ, name: str) -> Reply:
        if name not in PAGE_ASSETS:
            return _error(404, f"no asset {name}")
        return Reply(200, PAGE_ASSETS[name], (TEMPLATE_DIR / name).read_bytes())

    def queries(self, _environ: Environ, _name: str) -> Reply:
        """/queries: the named queries with their parameters, as JSON."""
        from .queries import named_queries, query_params   # here: the first query answers sooner

        listed = []
        for name, path in named_queries().items():
            text = path.read_text(encoding="utf-8-sig")
            title = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")), name)
            params = [{"name": p.name, "kind": p.kind, "required": p.required, "doc": p.doc}
                      for p in query_params(text).values()]
            listed.append({"name": name, "title": title, "query": text, "params": params})
        return Reply(200, "application/json", json.dumps(listed, ensure_ascii=False).encode())

    def run_named(self, environ: Environ, name: str) -> Reply:
        """/queries/NAME?PARAM=VALUE: a named query, its parameters bound as RDF terms."""
        from .queries import QueryError, bind_named, named_queries
        from .tables import table_path

        if name not in named_queries():
            return _error(404, f"no named query {name!r}; available: {', '.join(named_queries())}")
        values: dict[str, object] = {}
        for key, value in _query_items(environ):
            if key in values:
                return _error(400, f"the parameter {key} is given twice; give it once")
            values[key] = value
        try:
            bound = bind_named(name, values)
        except QueryError as exc:
            return _error(400, str(exc))
        kept = None if values else table_path(self.store_dir, name)     # the build's answer (graph.tables)
        query = QueryRequest(bound.sparql, parse_accept(_header(environ, "HTTP_ACCEPT")),
                             table=None if kept is None else str(kept))
        return _send(self.pool.run(query))


def _header(environ: Environ, key: str) -> str | None:
    value = environ.get(key)
    return None if value is None else str(value)


def create_app(options: ServeOptions, pool: QueryPool) -> EndpointApp:
    """The WSGI application of `govkg serve`, answering queries through `pool`."""
    return EndpointApp(options, pool)


# ---------------------------------------------------------------- the waitress server

class _OneLineErrorTask(ErrorTask):
    """waitress answers some requests before the application sees them (a body over MAX_BODY,
    announced or chunked; a malformed request): here with a one-line text/plain body too."""

    def execute(self) -> None:
        error = self.request.error
        message = (f"the request body is over {MAX_BODY // 1024} KB" if error.code == 413
                   else f"{error.reason.lower()}: {error.body}")
        body = Answer.error(error.code, message).body
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "text/plain; charset=utf-8"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class _Channel(HTTPChannel):
    error_task_class = _OneLineErrorTask


class _Server(TcpWSGIServer):
    channel_class = _Channel


def create_server(app: EndpointApp, options: ServeOptions) -> TcpWSGIServer | MultiSocketServer:
    """A waitress server of `app`, its socket(s) bound and listening (OSError when the address
    is taken); nothing is answered before `run()`."""
    host = f"[{options.host}]" if ":" in options.host else options.host
    adj = Adjustments(listen=f"{host}:{options.port}", threads=THREADS, max_request_body_size=MAX_BODY + 1,
                      ident="govkg", asyncore_use_poll=True)
    # a burst beyond the threads waits in waitress's queue, as it waits for a worker: no warning per request
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    sockets: dict = {}
    servers: list[_Server] = []
    dispatcher = ThreadedTaskDispatcher()
    try:
        for info in adj.listen:
            servers.append(_Server(app, sockets, dispatcher=dispatcher, adj=adj, sockinfo=info))
    except BaseException:
        for server in servers:
            server.close()
        raise
    with _signals_for_the_main_thread():
        dispatcher.set_thread_count(STARTING_THREADS)  # THREADS once the query workers are ready
    if len(servers) == 1:
        return servers[0]
    return MultiSocketServer(sockets, adj, [(s.effective_host, s.effective_port) for s in servers], dispatcher)


@contextmanager
def _signals_for_the_main_thread() -> Iterator[None]:
    """Threads started inside block SIGINT and SIGTERM (and so do the threads they start): the
    kernel delivers a Ctrl-C to the main thread, which leaves waitress's poll at once."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class _Stopper:
    """The handler of Ctrl-C and SIGTERM (and of a worker that cannot start): closes the pool,
    which answers the queries waiting for a worker at once, and leaves waitress's loop (its
    run() returns on KeyboardInterrupt). A signal before the loop runs keeps it from starting."""

    def __init__(self, pool: QueryPool) -> None:
        self.pool = pool
        self.requested = False
        self.running = False

    def __call__(self, _signum: int, _frame: object) -> None:
        self.requested = True
        self.pool.close()
        if self.running:
            raise KeyboardInterrupt


def _await_workers(pool: QueryPool, server: TcpWSGIServer | MultiSocketServer, failed: list[str],
                   stop: Callable[[], None], ready: Callable[[], object]) -> None:
    """Wait (in a thread) until the workers have the store open, then call `ready` and start the
    server's other threads; when a worker cannot open the store, note why and stop."""
    try:
        pool.wait_ready()
    except RuntimeError as exc:
        if not pool.closed:
            failed.append(str(exc))
            stop()
        return
    if not pool.closed:
        ready()
        server.task_dispatcher.set_thread_count(THREADS)


def _serving_line(options: ServeOptions) -> str:
    host = f"[{options.host}]" if ":" in options.host else options.host
    return (f"govkg: serving {options.store_dir}/ at http://{host}:{options.port}/ "
            "(SPARQL endpoint /sparql, query page /); Ctrl-C stops")


def _run(server: TcpWSGIServer | MultiSocketServer, pool: QueryPool, failed: list[str],
         ready: Callable[[], object]) -> None:
    """Run waitress's loop until Ctrl-C or SIGTERM (handled by _Stopper in the main thread),
    while a thread waits for the workers (calls `ready`, or notes in `failed` why they failed)."""
    stopper = _Stopper(pool)
    in_main = threading.current_thread() is threading.main_thread()
    previous = {sig: signal.signal(sig, stopper) for sig in (signal.SIGINT, signal.SIGTERM)} if in_main else {}
    main = threading.main_thread().ident
    stop = (lambda: signal.pthread_kill(main, signal.SIGTERM)) if in_main else (lambda: None)
    try:
        with _signals_for_the_main_thread():
            threading.Thread(target=_await_workers, args=(pool, server, failed, stop, ready),
                             name="govkg-workers", daemon=True).start()
        stopper.running = True
        if not stopper.requested:
            server.run()        # returns on Ctrl-C or SIGTERM
    except KeyboardInterrupt:
        pass                    # the signal came just before waitress's loop began
    finally:
        stopper.running = False
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def serve(options: ServeOptions, announce: Callable[[str], object] = print, pool: QueryPool | None = None) -> None:
    """Serve until Ctrl-C or SIGTERM, with `pool` (launched by `launch_pool`, else launched here).
    The socket is served while the workers start (a query waits for the first ready one);
    `announce` gets the "serving" line once they are ready. StoreError when a worker cannot
    open the store."""
    pool = pool or launch_pool(options)
    failed: list[str] = []
    try:
        server = create_server(create_app(options, pool), options)
        try:
            _run(server, pool, failed, lambda: announce(_serving_line(options)))
        finally:
            server.task_dispatcher.shutdown()
            server.close()
    finally:
        pool.close()
    if failed:
        raise StoreError(failed[0])
