"""`govkg serve`: the build's graph as a read-only SPARQL 1.1 Protocol endpoint.

Routes (a Starlette app run by uvicorn):
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
       a body that is not UTF-8
  403  refused by the read-only policy: an update (`update=` parameter, an
       application/sparql-update body, or INSERT/DELETE/… text as `query`), SERVICE or LOAD
  405  a method other than GET/POST       406  no acceptable result format
  413  a request body over 1 MB           415  a POST body of another content type
  503  the query ran past --timeout (its worker process is killed), or every worker stayed
       busy for 120 s (a burst of queries waits in line for a free worker)
  500  the store failed while answering

Queries never run in the server's own process: graph.endpoint's worker processes run them
and are killed on timeout (Oxigraph cannot cancel a query). CORS is off unless an origin
is given. The server listens on 127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .endpoint import Answer, QueryPool, QueryRequest, ServeOptions, launch_pool, parse_accept
from .queries import QueryError, bind_named, named_queries, query_params
from .sparql_guard import refusal

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
PAGE_ASSETS = {"query.js": "text/javascript; charset=utf-8", "query.css": "text/css; charset=utf-8"}
MAX_BODY = 1024 * 1024
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
FORMATS_NS = "http://www.w3.org/ns/formats/"
SD_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                     "Turtle", "N-Triples", "JSON-LD", "RDF_XML")


class ProtocolError(Exception):
    """A request the protocol rejects: carries the status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _send(answer: Answer) -> Response:
    return Response(answer.body, status_code=answer.status, media_type=answer.content_type,
                    headers={"Vary": "Accept"})


def _error(status: int, message: str) -> Response:
    return _send(Answer.error(status, message))


# ---------------------------------------------------------------- protocol parsing

def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(400, f"the request has {len(values)} `{name}` parameters; give one")
    return values[0] if values else None


async def _params(request: Request) -> tuple[str | None, dict[str, list[str]]]:
    """(query text or None, every parameter) of a protocol request; ProtocolError otherwise."""
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await _body(request)
        if kind == "application/sparql-update":
            raise ProtocolError(403, "SPARQL Update is refused: this endpoint is read-only")
        if kind == "application/x-www-form-urlencoded":
            for key, values in parse_qs(_text(body), keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
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


async def _body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise ProtocolError(413, f"the request body is over {MAX_BODY // 1024} KB")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ProtocolError(413, f"the request body is over {MAX_BODY // 1024} KB")
        chunks.append(chunk)
    return b"".join(chunks)


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8") from None


# ---------------------------------------------------------------- handlers

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


def create_app(options: ServeOptions, pool: QueryPool) -> Starlette:
    """The Starlette application of `govkg serve`, answering queries through `pool`."""

    async def sparql(request: Request) -> Response:
        try:
            text, params = await _params(request)
        except ProtocolError as exc:
            return _error(exc.status, str(exc))
        if text is None and request.method == "POST":
            return _error(400, "no query: POST `query=` or an application/sparql-query body")
        if text is None:
            return await describe(request)
        refused = refusal(text)
        if refused is not None:
            return _error(403, refused.message)
        query = QueryRequest(text, parse_accept(request.headers.get("accept")),
                             tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])))
        return _send(await run_in_threadpool(pool.run, query))

    async def describe(request: Request) -> Response:
        count = await run_in_threadpool(
            pool.run, QueryRequest("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", ("text/csv",)))
        lines = count.body.decode().split()
        triples = int(lines[1]) if count.status == 200 and len(lines) == 2 and lines[1].isdigit() else None
        endpoint = str(request.url.replace(query="", fragment=""))
        return Response(service_description(endpoint, triples), media_type="text/turtle; charset=utf-8")

    async def page(_request: Request) -> Response:
        html = (TEMPLATE_DIR / "query.html").read_bytes()
        return Response(html, media_type="text/html; charset=utf-8", headers={"Content-Security-Policy": PAGE_CSP})

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in PAGE_ASSETS:
            return _error(404, f"no asset {name}")
        return Response((TEMPLATE_DIR / name).read_bytes(), media_type=PAGE_ASSETS[name])

    async def queries(_request: Request) -> Response:
        listed = []
        for name, path in named_queries().items():
            text = path.read_text(encoding="utf-8-sig")
            title = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")), name)
            params = [{"name": p.name, "kind": p.kind, "required": p.required, "doc": p.doc}
                      for p in query_params(text).values()]
            listed.append({"name": name, "title": title, "query": text, "params": params})
        return Response(json.dumps(listed, ensure_ascii=False), media_type="application/json")

    async def run_named(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in named_queries():
            return _error(404, f"no named query {name!r}; available: {', '.join(named_queries())}")
        values: dict[str, object] = {}
        for key, value in request.query_params.multi_items():
            if key in values:
                return _error(400, f"the parameter {key} is given twice; give it once")
            values[key] = value
        try:
            bound = bind_named(name, values)
        except QueryError as exc:
            return _error(400, str(exc))
        query = QueryRequest(bound.sparql, parse_accept(request.headers.get("accept")),
                             substitutions=bound.substitutions)
        return _send(await run_in_threadpool(pool.run, query))

    async def not_found(_request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        return _error(status, {404: "not found: the endpoint is /sparql, the query page /",
                               405: "method not allowed: use GET or POST"}.get(status, "request failed"))

    middleware = []
    if options.cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=[options.cors], allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type"]))
    routes = [
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/", page, methods=["GET"]),
        Route("/queries", queries, methods=["GET"]),
        Route("/queries/{name}", run_named, methods=["GET"]),
        Route("/static/{name}", asset, methods=["GET"]),
    ]
    return Starlette(routes=routes, middleware=middleware, exception_handlers={404: not_found, 405: not_found})


def serve(options: ServeOptions, announce=print, pool: QueryPool | None = None) -> None:
    """Serve until interrupted, with `pool` (launched by `launch_pool`, else launched here)."""
    import uvicorn

    pool = pool or launch_pool(options)
    try:
        app = create_app(options, pool)
        pool.wait_ready()
        host = f"[{options.host}]" if ":" in options.host else options.host
        announce(f"govkg: serving {options.store_dir}/ at http://{host}:{options.port}/ "
                 f"(SPARQL endpoint /sparql, query page /); Ctrl-C stops")
        uvicorn.run(app, host=options.host, port=options.port, log_level="warning", access_log=False)
    finally:
        pool.close()
