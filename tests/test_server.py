"""`govkg serve` with real clients: SPARQLWrapper, curl, headless Chromium, 50 parallel queries.

Each server is a real `govkg serve` subprocess on a free loopback port, over the seeds
build. Every loop is bounded; nothing leaves 127.0.0.1. The unit tests at the end check
content negotiation and the read-only guard in-process.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.endpoint import GRAPH_FORMATS, RESULT_FORMATS, choose, parse_accept
from graph.queries import load_named, named_queries
from graph.sparql_guard import refusal
from support import free_port

READY_SECONDS = 60
TIMEOUT = 30.0          # the shared server's; the runaway test starts its own with RUNAWAY_TIMEOUT
RUNAWAY_TIMEOUT = 1.0
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 7"
SELECT3 = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 3"


@dataclass
class Server:
    process: subprocess.Popen
    port: int

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def sparql(self) -> str:
        return f"{self.base}/sparql"


def start_server(store: Path, *extra: str, timeout: float = TIMEOUT) -> Server:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "serve", "--store", str(store), "--port", str(port),
         "--timeout", str(timeout), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    server = Server(process, port)
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"govkg serve ended with {process.returncode}: {process.stderr.read()}")
        try:
            with urllib.request.urlopen(server.sparql, timeout=5) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    raise AssertionError(f"govkg serve did not answer within {READY_SECONDS} s")


def stop_server(server: Server) -> int:
    """Ctrl-C, as a user stops it; the exit code."""
    server.process.send_signal(signal.SIGINT)
    try:
        return server.process.wait(15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(5)
        raise AssertionError("govkg serve did not stop within 15 s of SIGINT") from None


@pytest.fixture(scope="module")
def server(seed_build: Path) -> Iterator[Server]:
    srv = start_server(seed_build)
    yield srv
    assert stop_server(srv) == 0


def request(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
            method: str | None = None, timeout: float = 60) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def declared_body(server: Server, length: int) -> tuple[int, dict, bytes]:
    """A POST that announces a body of `length` bytes and sends none: the server must answer
    from the header alone (sending 2 MB races the server's early 413 and closes the pipe)."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.putrequest("POST", "/sparql")
        conn.putheader("Content-Type", "application/sparql-query")
        conn.putheader("Content-Length", str(length))
        conn.endheaders()
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def get(server: Server, query: str, accept: str | None = None, **params: str) -> tuple[int, dict, bytes]:
    url = f"{server.sparql}?{urllib.parse.urlencode({'query': query, **params})}"
    return request(url, headers={"Accept": accept} if accept else {})


def post_form(server: Server, fields: dict[str, str], accept: str | None = None,
              timeout: float = 60) -> tuple[int, dict, bytes]:
    headers = {"Content-Type": "application/x-www-form-urlencoded"} | ({"Accept": accept} if accept else {})
    return request(server.sparql, urllib.parse.urlencode(fields).encode(), headers, timeout=timeout)


def api_rows(store: Path, sparql: str) -> list[dict]:
    import graph

    return graph.open_build(store).query(sparql)


# ------------------------------------------------------------------ SPARQLWrapper

def test_sparqlwrapper_named_queries_give_the_rows_of_the_python_api(server: Server, seed_build: Path) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    for name in named_queries():
        client = SPARQLWrapper(server.sparql)
        client.setQuery(load_named(name))
        client.setReturnFormat(JSON)
        client.setMethod("POST")
        result = client.query().convert()
        columns = result["head"]["vars"]
        rows = [{c: b[c]["value"] if c in b else None for c in columns} for b in result["results"]["bindings"]]
        expected = api_rows(seed_build, load_named(name))
        assert rows == expected, name
        assert rows, f"{name} has no rows on the seeds build"


def test_sparqlwrapper_get_ask_xml_and_construct(server: Server) -> None:
    from SPARQLWrapper import GET, JSON, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(server.sparql)
    client.setMethod(GET)
    client.setQuery("ASK { ?s a <https://w3id.org/govkg/ontology#Program> }")
    client.setReturnFormat(JSON)
    assert client.query().convert() == {"head": {}, "boolean": True}

    client.setQuery(SELECT3)
    client.setReturnFormat(XML)
    document = client.query().convert()           # an xml.dom.minidom document
    assert len(document.getElementsByTagName("result")) == 3

    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    turtle = client.query().convert()
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == 7


# ------------------------------------------------------------------ curl, each content type

def curl(*args: str) -> tuple[int, str, bytes]:
    """(status, content type, body) of a curl call."""
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    done = subprocess.run(["curl", "-sS", "--max-time", "30", "-o", "-", "-w", "\n%{http_code} %{content_type}",
                           *args], capture_output=True, timeout=60, check=True)
    body, _, tail = done.stdout.rpartition(b"\n")
    status, _, content_type = tail.decode().partition(" ")
    return int(status), content_type, body


@pytest.mark.parametrize("accept, check", [
    ("application/sparql-results+json", lambda body: len(json.loads(body)["results"]["bindings"]) == 3),
    ("application/sparql-results+xml",
     lambda body: len(ET.fromstring(body).findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 3),
    ("text/csv", lambda body: list(csv.reader(io.StringIO(body.decode())))[0] == ["s", "p", "o"]
     and len(body.decode().splitlines()) == 4),
    ("text/tab-separated-values", lambda body: body.decode().splitlines()[0] == "?s\t?p\t?o"
     and len(body.decode().splitlines()) == 4),
])
@pytest.mark.parametrize("how", ["get", "form", "body"])
def test_curl_select_in_each_result_format(server: Server, accept: str, check, how: str) -> None:
    if how == "get":
        status, kind, body = curl("-G", "--data-urlencode", f"query={SELECT3}", "-H", f"Accept: {accept}",
                                  server.sparql)
    elif how == "form":
        status, kind, body = curl("--data-urlencode", f"query={SELECT3}", "-H", f"Accept: {accept}", server.sparql)
    else:
        status, kind, body = curl("-H", "Content-Type: application/sparql-query", "-H", f"Accept: {accept}",
                                  "--data-binary", SELECT3, server.sparql)
    assert status == 200, body
    assert kind.split(";")[0] == accept
    assert check(body), body[:300]


@pytest.mark.parametrize("accept, rdf_format", [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_curl_construct_in_each_graph_format(server: Server, accept: str, rdf_format) -> None:
    status, kind, body = curl("--data-urlencode", f"query={CONSTRUCT}", "-H", f"Accept: {accept}", server.sparql)
    assert status == 200, body
    assert kind.split(";")[0] == accept
    assert len(list(ox.parse(body, format=rdf_format))) == 7


def test_curl_defaults_without_accept(server: Server) -> None:
    status, kind, body = curl("--data-urlencode", f"query={COUNT}", server.sparql)
    assert (status, kind.split(";")[0]) == (200, "application/sparql-results+json")
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 10_000
    status, kind, _ = curl("-G", "--data-urlencode", "query=DESCRIBE <https://w3id.org/govkg/ontology#Program>",
                           server.sparql)
    assert (status, kind.split(";")[0]) == (200, "text/turtle")


def test_service_description_without_a_query(server: Server) -> None:
    status, kind, body = curl(server.sparql)
    assert (status, kind.split(";")[0]) == (200, "text/turtle")
    store = ox.Store()
    store.load(body, format=ox.RdfFormat.TURTLE)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    rows = list(store.query(f"SELECT ?e ?n WHERE {{ ?s a <{sd}Service> ; <{sd}endpoint> ?e ; "
                            f"<{sd}supportedLanguage> <{sd}SPARQL11Query> ; <{sd}defaultDataset>/<{sd}defaultGraph>/"
                            f"<http://rdfs.org/ns/void#triples> ?n }}"))
    assert len(rows) == 1 and rows[0]["e"].value == server.sparql
    assert int(rows[0]["n"].value) > 10_000


def test_readme_serve_commands_run(server: Server) -> None:
    """The curl commands of README's "Serving the graph" section, against this server."""
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    text = Path(__file__).resolve().parents[1].joinpath("README.md").read_text(encoding="utf-8")
    section = text[text.index("\n## Serving the graph (govkg serve)\n"):]
    block = section[section.index("```sh\n") + 6:section.index("```", section.index("```sh\n") + 6)]
    commands = "\n".join(line for line in block.splitlines() if "govkg serve" not in line)
    assert commands.count("curl ") >= 4
    script = ("set -e\ncurl() { command curl -sSf --max-time 30 \"$@\"; echo; }\n"
              + commands.replace("http://127.0.0.1:8000", server.base))
    done = subprocess.run(["bash", "-c", script], cwd=Path(__file__).resolve().parents[1],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "邵阳市" in done.stdout and '"boolean":true' in done.stdout and "sd:Service" in done.stdout


# ------------------------------------------------------------------ read-only, errors, timeout

@pytest.mark.parametrize("how, payload", [
    ("form", {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
    ("form", {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
    ("form", {"query": "PREFIX x: <urn:x#>\nDELETE WHERE { ?s ?p ?o }"}),
    ("form", {"query": "LOAD <file:///etc/passwd>"}),
    ("form", {"query": "CLEAR DEFAULT"}),
    ("update-body", {"body": "DROP ALL"}),
])
def test_updates_are_refused_with_403_and_change_nothing(server: Server, how: str, payload: dict) -> None:
    before = get(server, COUNT)[2]
    if how == "form":
        status, headers, body = post_form(server, payload)
    else:
        status, headers, body = request(server.sparql, payload["body"].encode(),
                                        {"Content-Type": "application/sparql-update"})
    assert status == 403
    assert headers["content-type"].startswith("text/plain")
    assert body.decode().count("\n") == 1 and "refused" in body.decode()
    assert get(server, COUNT)[2] == before


def test_service_and_load_never_reach_out(server: Server) -> None:
    with socket.socket() as trap:
        trap.bind(("127.0.0.1", 0))
        trap.listen(1)
        trap.settimeout(0.5)
        port = trap.getsockname()[1]
        for query in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
                      f"select * where {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"):
            status, _, body = get(server, query)
            assert status == 403 and b"SERVICE is refused" in body
        with pytest.raises(TimeoutError):
            trap.accept()                           # nobody connected


def test_the_word_service_in_a_literal_or_iri_is_not_refused(server: Server) -> None:
    status, _, body = get(server, 'SELECT ?x WHERE { BIND("SERVICE <http://x/> LOAD" AS ?x) '
                                  'FILTER(?x != <http://example.org/service>) }')
    assert status == 200, body


@pytest.mark.parametrize("make, status, words", [
    (lambda s: get(s, "SELECT ?x WHERE { ?x"), 400, "syntax error at line 1"),
    (lambda s: request(f"{s.sparql}?query=ASK%7B%7D&query=ASK%7B%7D"), 400, "2 `query` parameters"),
    (lambda s: post_form(s, {"default-graph-uri": "urn:g"}), 400, "no query"),
    (lambda s: get(s, SELECT3, accept="image/png"), 406, "Accept"),
    (lambda s: get(s, CONSTRUCT, accept="application/sparql-results+json"), 406, "CONSTRUCT"),
    (lambda s: request(s.sparql, b"ASK {}", {"Content-Type": "text/plain"}), 415, "application/sparql-query"),
    (lambda s: request(s.sparql, b"\xff\xfe", {"Content-Type": "application/sparql-query"}), 400, "UTF-8"),
    (lambda s: declared_body(s, 2 * 1024 * 1024), 413, "over"),
    (lambda s: request(s.sparql, b"", method="PUT"), 405, "GET or POST"),
    (lambda s: request(f"{s.base}/nothing-here"), 404, "/sparql"),
])
def test_errors_are_status_codes_with_one_line(server: Server, make, status: int, words: str) -> None:
    got, headers, body = make(server)
    assert got == status, body
    assert headers["content-type"].startswith("text/plain")
    text = body.decode()
    assert text.endswith("\n") and text.count("\n") == 1 and words in text


def test_a_runaway_query_gets_503_and_the_server_goes_on(seed_build: Path) -> None:
    srv = start_server(seed_build, "--workers", "1", timeout=RUNAWAY_TIMEOUT)
    try:
        started = time.monotonic()
        status, headers, body = get(srv, CROSS_PRODUCT)
        took = time.monotonic() - started
        assert status == 503 and headers["content-type"].startswith("text/plain")
        assert body.decode().count("\n") == 1 and "stopped after 1 s" in body.decode()
        assert RUNAWAY_TIMEOUT <= took < RUNAWAY_TIMEOUT + 10
        status, _, body = get(srv, COUNT)               # the killed worker was replaced
        assert status == 200, body
    finally:
        assert stop_server(srv) == 0


def test_workers_follow_a_rebuild(seed_build: Path, tmp_path: Path) -> None:
    import graph

    out = tmp_path / "build"
    shutil.copytree(seed_build, out, symlinks=True)
    srv = start_server(out, "--workers", "1")
    try:
        documents = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/govkg/ontology#SourceDocument> }"
        count = lambda: int(json.loads(get(srv, documents)[2])["results"]["bindings"][0]["n"]["value"])  # noqa: E731
        assert count() == 5
        graph.remove([graph.open_build(out).documents()[0]["id"]], out, network=False)
        assert count() == 4                         # the worker reopened the published store
    finally:
        assert stop_server(srv) == 0


# ------------------------------------------------------------------ host, CORS, start and stop

def test_listens_on_loopback_by_default_and_cors_is_off(server: Server) -> None:
    out = subprocess.run([sys.executable, "-m", "graph.cli", "serve", "--help"], capture_output=True, text=True)
    assert "127.0.0.1" in out.stdout
    status, headers, _ = request(f"{server.sparql}?query=ASK%7B%7D", headers={"Origin": "http://example.org"})
    assert status == 200 and "access-control-allow-origin" not in headers


def test_cors_when_asked(seed_build: Path) -> None:
    srv = start_server(seed_build, "--cors", "http://example.org", "--workers", "1")
    try:
        status, headers, _ = request(f"{srv.sparql}?query=ASK%7B%7D", headers={"Origin": "http://example.org"})
        assert status == 200 and headers["access-control-allow-origin"] == "http://example.org"
        status, headers, _ = request(srv.sparql, method="OPTIONS", headers={
            "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        assert status == 200 and "POST" in headers["access-control-allow-methods"]
        _, headers, _ = request(f"{srv.sparql}?query=ASK%7B%7D", headers={"Origin": "http://evil.example"})
        assert "access-control-allow-origin" not in headers
    finally:
        assert stop_server(srv) == 0


def test_cors_preflight_only_for_the_origin_methods_and_headers_allowed(seed_build: Path) -> None:
    """With --cors ORIGIN a preflight from ORIGIN for GET/POST with the headers a page sends is
    answered (200, the allowed methods and headers); another origin, method or header is refused
    (400, one line, no Access-Control-Allow-Origin). Without --cors, OPTIONS is 405 and carries
    no CORS header (test_listens_on_loopback_by_default_and_cors_is_off runs on such a server)."""
    srv = start_server(seed_build, "--cors", "http://example.org", "--workers", "1")
    try:
        def preflight(origin: str, method: str, headers: str) -> tuple[int, dict, bytes]:
            return request(srv.sparql, method="OPTIONS", headers={
                "Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers})

        status, headers, _ = preflight("http://example.org", "GET", "accept")
        assert status == 200 and headers["access-control-allow-origin"] == "http://example.org"
        assert "accept" in headers["access-control-allow-headers"].lower()
        assert int(headers["access-control-max-age"]) > 0
        for origin, method, asked, words in [("http://evil.example", "POST", "content-type", "origin"),
                                             ("http://example.org", "PUT", "content-type", "method"),
                                             ("http://example.org", "POST", "x-secret", "x-secret")]:
            status, headers, body = preflight(origin, method, asked)
            assert status == 400 and "access-control-allow-origin" not in headers
            assert body.decode().count("\n") == 1 and words in body.decode()
        status, headers, body = request(srv.sparql, b"query=ASK%7B%7D", {
            "Origin": "http://example.org", "Content-Type": "application/x-www-form-urlencoded"})
        assert status == 200 and headers["access-control-allow-origin"] == "http://example.org"
        assert json.loads(body) == {"head": {}, "boolean": True}
    finally:
        assert stop_server(srv) == 0


def test_no_cors_preflight_without_cors(server: Server) -> None:
    status, headers, body = request(server.sparql, method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST"})
    assert status == 405 and not any(name.startswith("access-control-") for name in headers)
    assert body.decode().count("\n") == 1


def chunked_post(server: Server, size: int) -> tuple[int, dict[str, str], bytes]:
    """A POST whose body is sent chunked (no Content-Length), `size` bytes in 64 KB chunks; the
    server may answer before all is sent, so sending stops when it closes the connection."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.putrequest("POST", "/sparql")
        conn.putheader("Content-Type", "application/sparql-query")
        conn.putheader("Transfer-Encoding", "chunked")
        conn.endheaders()
        chunk = b"#" * 65536
        try:
            for _ in range(size // len(chunk)):
                conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            conn.send(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_a_chunked_body_over_1_mb_is_413_and_under_it_is_read(server: Server) -> None:
    status, headers, body = chunked_post(server, 1024 * 1024 + 65536)
    assert status == 413 and headers["content-type"].startswith("text/plain")
    assert body.decode().count("\n") == 1 and "over 1024 KB" in body.decode()
    status, _, body = chunked_post(server, 65536 * 8)       # comments only: a syntax error, read whole
    assert status == 400 and b"syntax error" in body


def test_a_query_sent_as_soon_as_the_port_listens_waits_for_a_worker(seed_build: Path) -> None:
    """The server listens while its workers still start: a query sent at once is answered when
    the first worker is ready (200, not 500 or 503)."""
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", str(seed_build),
                                "--port", str(port)], stderr=subprocess.PIPE, text=True)
    srv = Server(process, port)
    try:
        while time.monotonic() - started < READY_SECONDS:
            assert process.poll() is None, process.stderr.read()
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=30)
                break
            except OSError:
                time.sleep(0.001)
        listening = time.monotonic() - started
        with sock:
            sock.sendall(b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            reply = b""
            while chunk := sock.recv(65536):
                reply += chunk
        answered = time.monotonic() - started
        assert reply.startswith(b"HTTP/1.1 200 ") and reply.endswith(b'{"head":{},"boolean":true}'), reply
        print(f"\nlistening {listening * 1000:.0f} ms after start, first answer at {answered * 1000:.0f} ms")
    finally:
        assert stop_server(srv) == 0


def test_sigterm_stops_the_server_and_its_workers(seed_build: Path) -> None:
    srv = start_server(seed_build, "--workers", "1")
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(srv.process.pid)], capture_output=True, text=True)
    workers = [int(pid) for pid in children.stdout.split()]
    assert workers
    srv.process.send_signal(signal.SIGTERM)
    assert srv.process.wait(15) == 0
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()


def test_a_taken_port_or_a_missing_store_is_one_line_exit_1(server: Server, tmp_path: Path, seed_build: Path) -> None:
    busy = subprocess.run([sys.executable, "-m", "graph.cli", "serve", "--store", str(seed_build),
                           "--port", str(server.port)], capture_output=True, text=True, timeout=60)
    assert busy.returncode == 1
    assert busy.stderr.count("\n") == 1 and "cannot listen on 127.0.0.1" in busy.stderr
    missing = subprocess.run([sys.executable, "-m", "graph.cli", "serve", "--store", str(tmp_path / "none"),
                              "--port", str(free_port())], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "no govkg store" in missing.stderr and "Traceback" not in missing.stderr


def test_a_store_the_workers_cannot_open_is_one_line_exit_1(tmp_path: Path) -> None:
    """The server listens before its workers have opened the store: when they cannot, it says so
    in one line and ends with exit 1 (and never announced that it was serving)."""
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "CURRENT").write_text("not a store\n")
    done = subprocess.run([sys.executable, "-m", "graph.cli", "serve", "--store", str(tmp_path),
                           "--port", str(free_port())], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "could not open the store" in done.stderr
    assert "Traceback" not in done.stderr and "serving" not in done.stderr


def test_ctrl_c_stops_the_server_and_its_workers(seed_build: Path) -> None:
    srv = start_server(seed_build)
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(srv.process.pid)], capture_output=True, text=True)
    workers = [int(pid) for pid in children.stdout.split()]
    assert len(workers) >= 2
    started = time.monotonic()
    assert stop_server(srv) == 0
    assert time.monotonic() - started < 5
    assert "Ctrl-C stops" in srv.process.stderr.read()
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()


# ------------------------------------------------------------------ the query page

def test_the_query_page_is_offline_and_lists_the_named_queries(server: Server) -> None:
    status, headers, html = request(f"{server.base}/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in headers["content-security-policy"]
    text = html.decode()
    assert "http://" not in text and "https://" not in text      # no CDN, no remote asset
    for asset in ("/static/query.js", "/static/query.css"):
        assert asset in text
        status, _, body = request(server.base + asset)
        assert status == 200 and b"http://" not in body and b"https://" not in body
    status, _, listed = request(f"{server.base}/queries")
    assert [q["name"] for q in json.loads(listed)] == list(named_queries())


CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.browser
def test_the_query_page_in_headless_chromium(server: Server, seed_build: Path) -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium fonts-noto-cjk, or run .ci/run)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[test]')")
    expected = api_rows(seed_build, load_named("places"))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        try:
            page = browser.new_page()
            outside: list[str] = []
            page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server.base) else None)
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(server.base + "/")
            page.wait_for_selector("#examples button[data-name='places']", timeout=30_000)
            page.click("#examples button[data-name='places']")
            page.wait_for_selector("#results tbody tr", timeout=30_000)   # no string eval: the page's CSP forbids it
            rows = page.eval_on_selector_all("#results tbody tr", "trs => trs.map(tr => "
                                             "Array.from(tr.cells).map(td => td.textContent))")
            header = page.eval_on_selector_all("#results thead th", "ths => ths.map(th => th.textContent)")
            assert header == list(expected[0])
            assert rows == [[v or "" for v in row.values()] for row in expected]
            page.fill("#query", "SELECT ?x WHERE { ?x")
            page.click("#run")
            page.wait_for_selector("#status.error", timeout=30_000)
            assert "400" in page.text_content("#status")
            assert not outside and not errors
        finally:
            browser.close()


# ------------------------------------------------------------------ concurrency

def test_fifty_parallel_queries_without_error(server: Server) -> None:
    """Every named query and three small ones, 50 at once from 50 threads. The latency
    printed is per request, waiting in line for one of the 2 workers included."""
    queries = [load_named(name) for name in named_queries()] + [COUNT, SELECT3, "ASK {}"]
    jobs = [queries[i % len(queries)] for i in range(50)]

    def one(query: str) -> tuple[int, float]:
        started = time.monotonic()
        status, _, _ = post_form(server, {"query": query}, timeout=300)
        return status, time.monotonic() - started

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(one, jobs))
    wall = time.monotonic() - started
    assert [status for status, _ in results] == [200] * 50
    latencies = sorted(seconds for _, seconds in results)
    print(f"\n50 parallel queries (seeds build, 2 workers): median {statistics.median(latencies) * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms, all done in {wall:.2f} s")


# ------------------------------------------------------------------ in-process units

@pytest.mark.parametrize("header, first", [
    (None, "*/*"),
    ("text/csv", "text/csv"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("application/json;q=0, text/tab-separated-values;q=0.1", "text/tab-separated-values"),
    ("text/turtle, */*;q=0.1", "text/turtle"),
])
def test_parse_accept_orders_by_q(header: str | None, first: str) -> None:
    assert parse_accept(header)[0] == first


def test_choose_formats() -> None:
    default = "application/sparql-results+json"
    assert choose(("*/*",), RESULT_FORMATS, default) == default
    assert choose(("text/*",), RESULT_FORMATS, default) == "text/csv"
    assert choose(("text/turtle", "text/csv"), RESULT_FORMATS, default) == "text/csv"
    assert choose(("image/png",), RESULT_FORMATS, default) is None
    assert choose(("application/*",), GRAPH_FORMATS, "text/turtle") == "application/n-triples"
    assert choose(("text/*",), GRAPH_FORMATS, "text/turtle") == "text/turtle"


@pytest.mark.parametrize("sparql, kind", [
    ("SELECT * WHERE { SERVICE <http://h/> { ?s ?p ?o } }", "service"),
    ("SELECT * { ?s ?p ?o OPTIONAL { Service Silent ?ep { ?s ?q ?r } } }", "service"),
    ("LOAD <http://example.org/x.ttl>", "load"),
    ("load silent <file:///etc/passwd> INTO GRAPH <urn:g>", "load"),
    ("# comment\nPREFIX a: <urn:a#>\nINSERT DATA { a:x a:y a:z }", "update"),
    ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "update"),
    ("SELECT ?service ?load WHERE { ?service <urn:p> ?load }", None),
    ('SELECT * WHERE { ?s <http://x.org/service> "LOAD it" } # SERVICE', None),
    ("PREFIX service: <urn:s#> SELECT * WHERE { ?s service:load ?o }", None),
    ("SELECT ?x WHERE { ?x <urn:p> 'insert' }", None),
])
def test_refusal_reads_keywords_not_strings_iris_or_names(sparql: str, kind: str | None) -> None:
    found = refusal(sparql)
    assert (found.kind if found else None) == kind


def _children() -> set[int]:
    """Process ids of this process's children (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        text = (task / "children").read_text().split()
        found.update(int(pid) for pid in text)
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to list child processes")
def test_a_pool_launched_early_is_ready_later_and_closes_cleanly(seed_build):
    """`govkg serve` launches its query workers before it imports the web stack: a launched
    pool answers once ready, and one closed before it is ready leaves no worker behind."""
    from graph.endpoint import QueryPool, QueryRequest

    before = _children()
    pool = QueryPool(seed_build / "store", size=2).launch()
    assert len(_children() - before) == 2
    pool.wait_ready()
    answer = pool.run(QueryRequest("ASK { ?s ?p ?o }", ("application/sparql-results+json",)))
    assert answer.status == 200 and b"true" in answer.body
    pool.close()
    early = QueryPool(seed_build / "store", size=2).launch()
    assert len(_children() - before) == 2
    early.close()
    deadline = time.monotonic() + 10
    while _children() - before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not (_children() - before)


def test_queries_sent_before_the_workers_are_ready_wait_and_close_wakes_them(seed_build):
    """A query run while the pool's workers are still starting waits for one (graph.server
    serves before they are ready); close() answers the queries still waiting with 503 at once."""
    import threading

    from graph.endpoint import QueryPool, QueryRequest

    ask = QueryRequest("ASK { ?s ?p ?o }", ("application/sparql-results+json",))
    pool = QueryPool(seed_build / "store", size=1, timeout=120).launch()
    answers: list = []
    early = threading.Thread(target=lambda: answers.append(pool.run(ask)))
    early.start()                                  # before any worker can have started Python
    pool.wait_ready()
    early.join(30)
    assert [(a.status, a.body) for a in answers] == [(200, b'{"head":{},"boolean":true}')]
    long_running = threading.Thread(target=lambda: answers.append(pool.run(QueryRequest(CROSS_PRODUCT))))
    long_running.start()                           # the only worker is busy: the next queries wait in line
    time.sleep(0.2)
    waiting = [threading.Thread(target=lambda: answers.append(pool.run(ask))) for _ in range(3)]
    for thread in waiting:
        thread.start()
    time.sleep(0.2)
    assert len(answers) == 1
    started = time.monotonic()
    pool.close()
    for thread in [long_running, *waiting]:
        thread.join(10)
    assert time.monotonic() - started < 5
    assert sorted(a.status for a in answers[1:]) == [500, 503, 503, 503]
    assert sum(b"stopping" in a.body for a in answers[1:]) == 3
