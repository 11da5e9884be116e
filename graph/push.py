"""Push a build's graph to a SPARQL 1.1 store through the Graph Store HTTP Protocol.

The triples of graph.ttl are split into named graphs, exactly (every triple in one
graph, none left out, so the union of the graphs is graph.ttl):

  <https://w3id.org/govkg/id/graph/doc/SEG>   one per document: every triple whose subject,
                                              else whose object, is a node minted for that
                                              document (id:doc/SEG, id:article/SEG/…,
                                              id:evidence/SEG/…, id:metric/SEG/…,
                                              id:metric-mention/SEG/…, id:membership/SEG/…);
                                              so `X prov:wasDerivedFrom
                                              id:evidence/SEG/…` of a shared place X is there
  <https://w3id.org/govkg/id/graph/shared>    the descriptions of entities that documents share
                                              (places, organisations, persons, posts, roles,
                                              programs, journalists, instants)
  <https://w3id.org/govkg/id/graph/ontology>  triples whose subject is not a govkg instance
                                              (the ontology loaded into every build)

SEG is the document's IRI segment, so the graph IRI is the document IRI (`rdf.doc_iri`)
with `id/doc/` turned into `id/graph/doc/`.

What the endpoint already holds is known from a push record kept in the build folder
(`push-record.json`: per endpoint, each graph's sha256 and triple count), because the
protocol itself has no way to list graphs or to compare contents short of downloading
them. A push PUTs only the graphs whose content differs from the record and DELETEs the
graphs the record has and the build no longer has. With a SPARQL query endpoint of the
same store, the record is also checked against the server (graph names and sizes), so
a store wiped or edited behind govkg's back is repaired. Each PUT replaces one graph
atomically on the server; the record is updated with every request that succeeded, also
when a later one fails.

Reads the store's N-Triples with pyoxigraph (no rdflib) and talks HTTP with urllib.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.client import HTTPException
from pathlib import Path

import pyoxigraph as ox

from .namespaces import PREFIX_IRIS

ID = PREFIX_IRIS["id"]
GRAPH_BASE = ID + "graph/"
DOC_GRAPH_BASE = GRAPH_BASE + "doc/"
SHARED_GRAPH = GRAPH_BASE + "shared"
ONTOLOGY_GRAPH = GRAPH_BASE + "ontology"
RECORD_FILE = "push-record.json"
RECORD_FORMAT = 1
NTRIPLES = "application/n-triples"
TOKEN_ENV = "GOVKG_PUSH_TOKEN"
PASSWORD_ENV = "GOVKG_PUSH_PASSWORD"

# kinds of instance IRIs (graph/rdf.py `mint`) whose first path segment is the document id
DOC_SCOPED_KINDS = frozenset({"doc", "article", "evidence", "metric", "metric-mention", "membership"})

_ID_BYTES = ("<" + ID).encode()
_SEGMENT_END = re.compile(rb"[/#>]")


class PushError(Exception):
    """A push that cannot start or finish; a one-line message (what was written, if anything)."""


# ---------------------------------------------------------------- the partition

@dataclass(frozen=True)
class NamedGraph:
    """One named graph of a push: its IRI and its triples as sorted N-Triples lines."""

    iri: str
    lines: tuple[bytes, ...]

    @property
    def triples(self) -> int:
        return len(self.lines)

    @property
    def payload(self) -> bytes:
        """The graph as an N-Triples document (the body of its PUT)."""
        return b"".join(self.lines)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.payload).hexdigest()


def doc_graph_iri(doc_id: str) -> str:
    """The named graph of a document: its IRI (`rdf.doc_iri`) with id/doc/ made id/graph/doc/."""
    from .rdf import doc_iri

    return DOC_GRAPH_BASE + doc_iri(doc_id)[1 + len(ID) + len("doc/"):-1]


def short_name(iri: str) -> str:
    """A graph IRI without the govkg prefix (doc/page1, shared), for messages."""
    return iri[len(GRAPH_BASE):] if iri.startswith(GRAPH_BASE) else iri


def _doc_segment(term: bytes) -> bytes | None:
    """The document segment of a document-scoped instance IRI (N-Triples bytes), else None."""
    if not term.startswith(_ID_BYTES):
        return None
    kind, sep, tail = term[len(_ID_BYTES):].partition(b"/")
    if not sep or kind.decode() not in DOC_SCOPED_KINDS:
        return None
    return _SEGMENT_END.split(tail, 1)[0] or None


def partition_lines(lines: Iterable[bytes]) -> dict[str, NamedGraph]:
    """Split N-Triples lines (each ending in "\\n") into the named graphs of a push (see the
    module's docstring), by graph IRI. Exact: every line lands in exactly one graph."""
    ontology: list[bytes] = []
    documents: set[bytes] = set()
    scoped: list[tuple[bytes, bytes | None, bytes | None]] = []
    for line in lines:
        if not line.strip():
            continue
        subject, _predicate, rest = line.split(b" ", 2)
        if not subject.startswith(_ID_BYTES):
            ontology.append(line)
            continue
        segment = _doc_segment(subject)
        if segment is not None and subject == _ID_BYTES + b"doc/" + segment + b">":
            documents.add(segment)
        scoped.append((line, segment, _doc_segment(rest)))
    # the subject's document, else the object's (the evidence of a shared place or observation)
    buckets: dict[bytes | None, list[bytes]] = {}
    for line, by_subject, by_object in scoped:
        segment = by_subject if by_subject in documents else by_object if by_object in documents else None
        buckets.setdefault(segment, []).append(line)
    shared = buckets.pop(None, [])
    graphs: dict[str, NamedGraph] = {}
    for segment, found in sorted(buckets.items()):
        iri = DOC_GRAPH_BASE + segment.decode()
        graphs[iri] = NamedGraph(iri, tuple(sorted(found)))
    for iri, found in ((SHARED_GRAPH, shared), (ONTOLOGY_GRAPH, ontology)):
        if found:
            graphs[iri] = NamedGraph(iri, tuple(sorted(found)))
    return dict(sorted(graphs.items()))


def partition_store(store: ox.Store) -> dict[str, NamedGraph]:
    """The named graphs of the store's default graph (the triples of graph.ttl)."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return partition_lines(data.splitlines(keepends=True))


def build_graphs(out: Path) -> dict[str, NamedGraph]:
    """The named graphs of the build in `out` (StoreError when it holds none)."""
    from .store import open_store

    return partition_store(open_store(out))


def nquads(graphs: dict[str, NamedGraph]) -> bytes:
    """The named graphs as one N-Quads document (for bulk loaders: QLever, tdb2.tdbloader,
    Virtuoso's ld_dir), graph by graph in IRI order."""
    chunks: list[bytes] = []
    for iri, graph in sorted(graphs.items()):
        suffix = f" <{iri}> .\n".encode()
        chunks.extend(line[: line.rindex(b" .")] + suffix for line in graph.lines)
    return b"".join(chunks)


def write_nquads(out: Path, target: Path) -> tuple[int, int]:
    """Write the build's named graphs to `target` as N-Quads (atomically); (graphs, triples)."""
    from .store import write_bytes_atomic

    graphs = build_graphs(out)
    try:
        write_bytes_atomic(target, nquads(graphs))
    except OSError as exc:
        raise PushError(f"cannot write {target}: {exc.strerror or exc}") from None
    return len(graphs), sum(g.triples for g in graphs.values())


# ---------------------------------------------------------------- HTTP

@dataclass(frozen=True)
class Auth:
    """Credentials: a user and password (Basic or Digest, as the server asks) or a bearer token."""

    user: str | None = None
    password: str | None = None
    token: str | None = None


def auth_from_env(user: str | None = None, password: str | None = None) -> Auth | None:
    """Auth from the options given, the password else from $GOVKG_PUSH_PASSWORD, a token
    from $GOVKG_PUSH_TOKEN; None when there are no credentials."""
    token = os.environ.get(TOKEN_ENV) or None
    if user is not None:
        password = password if password is not None else os.environ.get(PASSWORD_ENV)
        if password is None:
            raise PushError(f"--user {user} needs a password: give --password or set ${PASSWORD_ENV}")
    if user is None and token is None:
        return None
    return Auth(user, password, token)


def check_url(url: str, what: str = "endpoint") -> str:
    """`url` when it is an http(s) URL with a host; PushError otherwise."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"{what} {url!r} is not an http:// or https:// URL "
                        f"(e.g. http://127.0.0.1:7878/store)")
    return url


class GraphStore:
    """A client of one SPARQL 1.1 Graph Store HTTP Protocol endpoint (indirect graph
    identification: `ENDPOINT?graph=IRI`), optionally with the store's query endpoint.
    A user and password are sent only when the server asks (HTTP 401), as Basic or Digest
    as it asks; a token is sent as `Authorization: Bearer` with every request."""

    def __init__(self, endpoint: str, query_endpoint: str | None = None, auth: Auth | None = None,
                 timeout: float = 60.0) -> None:
        self.endpoint = check_url(endpoint)
        self.query_endpoint = check_url(query_endpoint, "query endpoint") if query_endpoint else None
        self.auth = auth
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if auth is not None and auth.user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in filter(None, (self.endpoint, self.query_endpoint)):
                passwords.add_password(None, url, auth.user, auth.password or "")
            handlers += [urllib.request.HTTPBasicAuthHandler(passwords),
                         urllib.request.HTTPDigestAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)

    def graph_url(self, iri: str) -> str:
        joiner = "&" if "?" in self.endpoint else "?"
        return self.endpoint + joiner + urllib.parse.urlencode({"graph": iri})

    def put(self, iri: str, payload: bytes) -> None:
        """Replace graph `iri` with `payload` (N-Triples)."""
        self._request("PUT", self.graph_url(iri), payload, {"Content-Type": NTRIPLES}, what=short_name(iri))

    def delete(self, iri: str) -> None:
        """Drop graph `iri`; a graph the server does not have is no error."""
        self._request("DELETE", self.graph_url(iri), None, {}, what=short_name(iri), missing_ok=True)

    def get(self, iri: str) -> bytes | None:
        """Graph `iri` as N-Triples, None when the server has no such graph."""
        return self._request("GET", self.graph_url(iri), None, {"Accept": NTRIPLES}, what=short_name(iri),
                             missing_ok=True)

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Run a SELECT on the query endpoint; rows of plain values (SPARQL JSON results)."""
        if self.query_endpoint is None:
            raise PushError("no query endpoint given")
        body = urllib.parse.urlencode({"query": sparql}).encode()
        data = self._request("POST", self.query_endpoint, body,
                             {"Content-Type": "application/x-www-form-urlencoded",
                              "Accept": "application/sparql-results+json"}, what="query")
        try:
            results = json.loads(data or b"")["results"]["bindings"]
        except (ValueError, KeyError, TypeError):
            raise PushError(f"{self.query_endpoint} did not answer with SPARQL JSON results") from None
        return [{name: cell["value"] for name, cell in row.items()} for row in results]

    def _request(self, method: str, url: str, body: bytes | None, headers: dict[str, str], what: str,
                 missing_ok: bool = False) -> bytes | None:
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        if self.auth is not None and self.auth.token and self.auth.user is None:
            request.add_header("Authorization", f"Bearer {self.auth.token}")
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return None
            detail = _first_line(exc.read())
            raise PushError(f"{method} {what}: HTTP {exc.code} {exc.reason}"
                            + (f" — {detail}" if detail else "")) from None
        except urllib.error.URLError as exc:
            reason = getattr(exc.reason, "strerror", None) or exc.reason
            raise PushError(f"cannot reach {_origin(url)}: {reason}") from None
        except (TimeoutError, socket.timeout):
            raise PushError(f"{method} {what}: no answer from {_origin(url)} within {self.timeout:g} s") from None
        except (ConnectionError, HTTPException) as exc:
            raise PushError(f"{method} {what}: connection to {_origin(url)} failed ({exc or type(exc).__name__})") \
                from None


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0][:200] if text else ""


# ---------------------------------------------------------------- the push record

@dataclass(frozen=True)
class GraphState:
    """What a push wrote to a graph: the sha256 of its N-Triples and its triple count."""

    sha256: str
    triples: int


def record_key(endpoint: str) -> str:
    """The record's key of an endpoint: the URL without credentials or a trailing slash."""
    parts = urllib.parse.urlsplit(endpoint)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), parts.query, ""))


def read_record(out: Path, endpoint: str) -> dict[str, GraphState]:
    """The graphs a previous push from `out` wrote to `endpoint` (empty when none)."""
    path = out / RECORD_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        graphs = data.get("endpoints", {}).get(record_key(endpoint), {}).get("graphs", {})
        return {iri: GraphState(state["sha256"], int(state["triples"])) for iri, state in graphs.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PushError(f"{path} is unreadable ({exc}); delete it to push every graph again") from None


def write_record(out: Path, endpoint: str, graphs: dict[str, GraphState]) -> None:
    """Record what `endpoint` now holds from `out` (written atomically; other endpoints kept)."""
    from .store import write_text_atomic

    path = out / RECORD_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError):
        data = {}
    endpoints = data.get("endpoints") if isinstance(data.get("endpoints"), dict) else {}
    endpoints[record_key(endpoint)] = {
        "pushed": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "graphs": {iri: {"sha256": s.sha256, "triples": s.triples} for iri, s in sorted(graphs.items())},
    }
    try:
        write_text_atomic(path, json.dumps({"format": RECORD_FORMAT, "endpoints": endpoints},
                                           ensure_ascii=False, indent=1) + "\n")
    except OSError as exc:
        raise PushError(f"cannot write the push record {path}: {exc.strerror or exc}") from None


# ---------------------------------------------------------------- planning and pushing

@dataclass
class PushPlan:
    """Which graphs a push writes, drops and leaves alone (graph IRIs, sorted)."""

    put: list[str] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass
class PushReport:
    """What a push did. `written`/`deleted` hold the graphs actually changed on the server."""

    endpoint: str
    graphs: int = 0
    triples: int = 0
    written: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    bytes_sent: int = 0
    seconds: float = 0.0
    dry_run: bool = False


def plan_push(graphs: dict[str, NamedGraph], held: dict[str, GraphState], full: bool = False) -> PushPlan:
    """PUT the graphs whose content differs from what the endpoint holds (`held`), or all
    with `full`; DELETE the govkg graphs it holds that the build no longer has."""
    plan = PushPlan()
    for iri, graph in graphs.items():
        state = held.get(iri)
        if full or state is None or state != GraphState(graph.sha256, graph.triples):
            plan.put.append(iri)
        else:
            plan.unchanged.append(iri)
    plan.delete = sorted(iri for iri in held if iri not in graphs and iri.startswith(GRAPH_BASE))
    return plan


def remote_sizes(client: GraphStore) -> dict[str, int]:
    """Triple count of every govkg named graph the store holds (through its query endpoint)."""
    rows = client.select(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                         f"FILTER(STRSTARTS(STR(?g), \"{GRAPH_BASE}\")) }} GROUP BY ?g")
    try:
        return {row["g"]: int(row["n"]) for row in rows}
    except (KeyError, ValueError):
        raise PushError(f"{client.query_endpoint} gave no graph sizes") from None


def checked_against_server(held: dict[str, GraphState], sizes: dict[str, int]) -> dict[str, GraphState]:
    """The record's graphs the server really holds with the recorded size, plus the govkg
    graphs the server holds that the record lacks (with an unknown content, so they are
    rewritten or deleted)."""
    checked = {iri: state for iri, state in held.items() if sizes.get(iri) == state.triples}
    for iri, count in sizes.items():
        checked.setdefault(iri, GraphState("unknown", count))
    return checked


def push_build(out: Path, endpoint: str, *, query_endpoint: str | None = None, auth: Auth | None = None,
               full: bool = False, dry_run: bool = False, timeout: float = 60.0,
               progress: Callable[[str], None] | None = None) -> PushReport:
    """Push the build in `out` to the Graph Store endpoint `endpoint` (see the module's
    docstring); only graphs that changed since the last push are written. PushError (one
    line, naming the graphs already written) when the server refuses or cannot be reached;
    StoreError when `out` holds no build."""
    started = time.perf_counter()
    client = GraphStore(endpoint, query_endpoint, auth, timeout)
    graphs = build_graphs(out)
    held = read_record(out, endpoint)
    if client.query_endpoint is not None:
        held = checked_against_server(held, remote_sizes(client))
    plan = plan_push(graphs, held, full)
    report = PushReport(endpoint=endpoint, graphs=len(graphs), triples=sum(g.triples for g in graphs.values()),
                        unchanged=plan.unchanged, dry_run=dry_run)
    if dry_run:
        report.written, report.deleted = plan.put, plan.delete
        report.seconds = time.perf_counter() - started
        return report
    state = {iri: s for iri, s in held.items() if s.sha256 != "unknown"}
    try:
        for iri in plan.put:
            graph = graphs[iri]
            payload = graph.payload
            client.put(iri, payload)
            state[iri] = GraphState(graph.sha256, graph.triples)
            report.written.append(iri)
            report.bytes_sent += len(payload)
            if progress is not None:
                progress(f"PUT {short_name(iri)} ({graph.triples} triples)")
        for iri in plan.delete:
            client.delete(iri)
            state.pop(iri, None)
            report.deleted.append(iri)
            if progress is not None:
                progress(f"DELETE {short_name(iri)}")
    except PushError as exc:
        if not (report.written or report.deleted):
            raise PushError(f"{exc}; nothing was written") from None
        message = f"{exc}; {_done(report)} before the error, each complete on the server"
        try:
            write_record(out, endpoint, state)
        except PushError as record_error:
            raise PushError(f"{message}; {record_error}") from None
        raise PushError(f"{message} (run the push again to finish)") from None
    try:
        write_record(out, endpoint, state)
    except PushError as exc:
        raise PushError(f"{_done(report)}, but {exc} (the next push writes every graph again)") from None
    report.seconds = time.perf_counter() - started
    return report


def _done(report: PushReport, written: str = "written", deleted: str = "deleted") -> str:
    """"2 graph(s) written (shared, doc/a) and 0 deleted", the names cut after ten."""
    def names(iris: list[str]) -> str:
        shown = ", ".join(short_name(i) for i in iris[:10])
        return f" ({shown}{', …' if len(iris) > 10 else ''})" if iris else ""

    return (f"{len(report.written)} graph(s) {written}{names(report.written)} and "
            f"{len(report.deleted)} {deleted}{names(report.deleted)}")


def summary(report: PushReport) -> str:
    """One line for the CLI: what was written, deleted and left alone."""
    if report.dry_run:
        return (f"dry run: {report.triples} triples in {report.graphs} graph(s) for {report.endpoint}: "
                f"{_done(report, 'to write', 'to delete')}, {len(report.unchanged)} unchanged")
    return (f"pushed {report.triples} triples in {report.graphs} graph(s) to {report.endpoint}: "
            f"{_done(report)}, {len(report.unchanged)} unchanged "
            f"({report.bytes_sent / 1e6:.2f} MB sent, {report.seconds:.2f} s)")
