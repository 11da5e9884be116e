"""A query over the user's own graph makes no network request and reads no file, and it
can always be stopped (issue 10): SERVICE and LOAD are refused unless allowed, Ctrl-C
ends a running query within a second, a default timeout bounds every read query."""
from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import DEFAULT_TIMEOUT, main
from graph.queries import QueryError, check_remote

CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
EMPTY_RESULT = b'{"head":{"vars":["s","p","o"]},"results":{"bindings":[]}}'


def run(*args) -> "CliRunner":
    return CliRunner().invoke(main, [str(a) for a in args])


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def _answer(self) -> None:
        type(self).requests.append(f"{self.command} {self.path}")
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(EMPTY_RESULT)))
        self.end_headers()
        self.wfile.write(EMPTY_RESULT)

    do_GET = do_POST = _answer

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def endpoint() -> Iterator[tuple[str, list[str]]]:
    """A SPARQL endpoint on 127.0.0.1 that records every request it receives."""
    _Recorder.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", _Recorder.requests
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:8765/sparql> { ?s ?p ?o } }",
    "select * where {service<http://x/sparql>{?s ?p ?o}}",
    "SELECT * WHERE { ?s ?p ?o . SERVICE SILENT <http://x/sparql> { ?s ?q ?r } }",
    "PREFIX gk: <https://w3id.org/govkg/ontology#>\nSELECT * WHERE {\n  # look elsewhere\n  SERVICE <http://x/> { ?s a gk:Place }\n}",
])
def test_service_is_found_in_every_spelling(sparql):
    with pytest.raises(QueryError, match="--allow-service"):
        check_remote(sparql)
    check_remote(sparql, allow_service=True)


@pytest.mark.parametrize("sparql", [
    'SELECT ?service WHERE { ?service <http://example.org/SERVICE> "SERVICE" } # SERVICE <http://x/>',
    "PREFIX service: <http://example.org/> SELECT * WHERE { ?s service:load ?o }",
    "SELECT * WHERE { ?s ?p '''a SERVICE <http://x/> { } LOAD <file:///etc/passwd>''' }",
    'SELECT * WHERE { ?s ?p "it\\"s a SERVICE" }',
    "SELECT * WHERE { ?s <http://example.org/ontology#load> ?o }",
])
def test_the_words_in_names_strings_and_comments_are_not_keywords(sparql):
    check_remote(sparql)


@pytest.mark.parametrize("sparql", ["LOAD <file:///etc/passwd>", "load<http://x/data.ttl> INTO GRAPH <http://g/>",
                                    "LOAD SILENT <http://x/data.ttl>"])
def test_load_is_found(sparql):
    with pytest.raises(QueryError, match="--allow-load"):
        check_remote(sparql)


def test_service_is_refused_and_the_endpoint_hears_nothing(seed_build, endpoint):
    url, requests = endpoint
    result = run("query", f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "--store", seed_build)
    assert result.exit_code == 1
    assert result.stderr == ("govkg: SERVICE sends the query to another SPARQL endpoint over the network; "
                             "refused without --allow-service\n")
    assert requests == []


def test_allow_service_does_reach_the_endpoint(seed_build, endpoint):
    """The control: the same query with --allow-service is sent (so the test above can fail)."""
    url, requests = endpoint
    result = run("query", f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "--allow-service",
                 "--store", seed_build)
    assert result.exit_code == 0, result.output
    assert len(requests) == 1


def test_load_is_refused_even_with_allow_update(tmp_path, seed_build, endpoint):
    import shutil

    url, requests = endpoint
    store = tmp_path / "build"
    shutil.copytree(seed_build, store)
    for target in (f"{url}/data.ttl", (tmp_path / "secret.ttl").as_uri()):
        result = run("query", f"LOAD <{target}>", "--allow-update", "--store", store)
        assert result.exit_code == 1
        assert result.stderr == "govkg: LOAD reads a URL or a local file into the store; refused without --allow-load\n"
    assert requests == []


def test_the_default_timeout_is_documented():
    text = " ".join(run("query", "--help").stdout.split())
    assert f"0 = no limit. [default: {DEFAULT_TIMEOUT:g}" in text


def test_ctrl_c_stops_a_running_query_within_a_second(seed_build):
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "query", CROSS_PRODUCT, "--timeout", "0",
                             "--store", str(seed_build)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"}, preexec_fn=_ctrl_c_as_in_a_terminal)
    _wait_for_the_query_child(proc)      # the cross product (14k³ rows) is under way in it
    time.sleep(0.5)
    assert proc.poll() is None, proc.communicate()
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    elapsed = time.monotonic() - sent
    assert proc.returncode == 130, err
    assert err.decode().strip().splitlines()[-1] == "govkg: interrupted"
    assert elapsed < 2.0


def test_a_killed_query_process_leaves_no_child_running(seed_build):
    """The query runs in a forked child; when the `govkg query` process ends however it ends
    (here SIGKILL, as a Ctrl-C landing while it forks would leave it), the child ends too: it
    holds no pipe open and burns no core."""
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "query", CROSS_PRODUCT, "--timeout", "0",
                             "--store", str(seed_build)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_for_the_query_child(proc)
    assert proc.poll() is None, proc.communicate()
    proc.kill()
    proc.communicate(timeout=10)           # EOF on both pipes: no child of it holds them any more


def _ctrl_c_as_in_a_terminal() -> None:
    """Give the process SIGINT's default action, as a command typed in a terminal has: a test run
    started in the background (`cmd &`, nohup) ignores SIGINT, every process it starts inherits
    that, and the CLI rightly keeps an ignored SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_the_query_child(proc: subprocess.Popen, seconds: float = 60.0) -> None:
    """Until `govkg query` has forked the child that runs the query (on a busy machine its start-up
    alone can take seconds: a fixed sleep sent the Ctrl-C to a process still starting)."""
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        if children.exists() and children.read_text().split():
            return
        time.sleep(0.05)
    raise AssertionError(f"govkg query started no query process within {seconds:g} s")


def test_no_child_is_left_behind_by_a_timeout(seed_build):
    before = _children()
    result = run("query", CROSS_PRODUCT, "--timeout", "0.5", "--store", seed_build)
    assert result.exit_code == 1
    assert _children() == before


def _children() -> set[int]:
    path = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    return set(map(int, path.read_text().split())) if path.exists() else set()
