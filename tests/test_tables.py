"""The named queries' answers the build keeps (graph.tables): the same rows as the query run
live, used by the CLI, the Python API and the endpoint, and never once they stop standing
for the store (an update, a changed query file) or for a query with parameters."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import graph
from graph.queries import QUERY_DIR, load_named, run_query
from graph.store import STORE_DIR, TABLES_DIR
from graph.tables import read_table, rows_name, table_name, table_path, tabled_queries

ROOT = Path(__file__).resolve().parents[1]
GOVKG = [sys.executable, "-m", "graph.cli"]


def govkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GOVKG, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture
def build(seed_build: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(seed_build, out, symlinks=True)
    return out


def test_every_query_without_required_parameters_is_kept_with_the_live_rows(seed_build: Path) -> None:
    names = set(tabled_queries())
    assert {"officials", "metrics", "places", "programs", "post-holders"} <= names
    assert not names & {"career", "place-profile"}             # they need a person or a place
    store = ox.Store.read_only(str(seed_build / STORE_DIR))
    for name in names:
        kept = read_table(seed_build, name)
        assert kept is not None, name
        live = run_query(store, load_named(name))
        assert (kept.columns, kept.rows) == (live.columns, live.rows), name
        assert kept.rows, name


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_the_cli_prints_the_kept_answer_as_it_prints_the_live_one(seed_build: Path, fmt: str) -> None:
    for name in ("officials", "metrics"):
        kept = govkg("query", "--named", name, "--store", str(seed_build), "--format", fmt)
        live = govkg("query", str(QUERY_DIR / f"{name}.rq"), "--store", str(seed_build), "--format", fmt)
        assert kept.returncode == live.returncode == 0, kept.stderr + live.stderr
        assert kept.stdout == live.stdout


def test_the_kept_answer_is_what_is_read(build: Path) -> None:
    """Rewrite the kept answer of `places` with one made-up row: the CLI and the API show it
    (so they read the table), while a parameterised query runs live."""
    path = table_path(build, "places")
    rows = path.parent / rows_name(path.name)
    data = json.loads(rows.read_bytes())
    assert data["columns"] == ["place", "type", "parent", "code"]
    rows.write_text(json.dumps({"columns": data["columns"], "rows": [["甲乙市", None, None, None]]},
                               ensure_ascii=False), encoding="utf-8")
    out = govkg("query", "--named", "places", "--store", str(build), "--format", "json")
    assert json.loads(out.stdout) == [{"place": "甲乙市", "type": None, "parent": None, "code": None}]
    assert graph.open_build(build).named("places") == [{"place": "甲乙市", "type": None, "parent": None, "code": None}]
    officials = govkg("query", "--named", "officials", "--param", "place=邵阳市", "--store", str(build), "--format", "json")
    assert {r["person"] for r in json.loads(officials.stdout)} >= {"严华"}


def test_an_update_drops_the_kept_answers(build: Path) -> None:
    insert = ('PREFIX gk: <https://w3id.org/govkg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n'
              'INSERT DATA { <https://w3id.org/govkg/id/place/test> a gk:Place , gk:Town ; skos:prefLabel "测试镇"@zh }')
    done = govkg("query", "--allow-update", insert, "--store", str(build))
    assert done.returncode == 0, done.stderr
    assert not (build / STORE_DIR).resolve().parent.joinpath(TABLES_DIR).exists()
    assert read_table(build, "places") is None
    out = govkg("query", "--named", "places", "--store", str(build), "--format", "json")
    assert "测试镇" in {r["place"] for r in json.loads(out.stdout)}


def test_a_changed_query_file_is_not_answered_from_the_table_of_the_old_text(build: Path) -> None:
    text = load_named("places")
    assert table_name("places", text) != table_name("places", text + "\n# changed\n")
    table_path(build, "places").unlink()              # as if the file had changed since the build
    assert read_table(build, "places") is None
    live = govkg("query", "--named", "places", "--store", str(build), "--format", "csv")
    assert live.returncode == 0 and "邵阳市" in live.stdout


def test_a_damaged_table_means_the_query_runs_live(build: Path) -> None:
    path = table_path(build, "programs")
    (path.parent / rows_name(path.name)).write_text('{"columns": ["program"], "rows": [["a", "b"]]}', encoding="utf-8")
    assert read_table(build, "programs") is None          # rows of the wrong width
    (path.parent / rows_name(path.name)).write_text("{not json", encoding="utf-8")
    assert read_table(build, "programs") is None
    out = govkg("query", "--named", "programs", "--store", str(build), "--format", "json")
    assert out.returncode == 0 and len(json.loads(out.stdout)) > 100


def test_the_endpoint_answers_a_named_query_from_the_kept_answer(build: Path) -> None:
    """/queries/places (no parameter) reads the table, in every result format; with a
    parameter, or after the table is gone, the query runs in a worker."""
    import urllib.request

    from test_server import start_server, stop_server

    live_csv = govkg("query", str(QUERY_DIR / "places.rq"), "--store", str(build), "--format", "csv").stdout
    path = table_path(build, "places")
    data = json.loads(path.read_bytes())
    data["results"]["bindings"] = data["results"]["bindings"][:2]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    server = start_server(build)
    try:
        def fetch(url: str, accept: str) -> bytes:
            with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=30) as r:
                return r.read()

        kept = json.loads(fetch(f"{server.base}/queries/places", "application/sparql-results+json"))
        assert kept["results"]["bindings"] == data["results"]["bindings"]
        assert fetch(f"{server.base}/queries/places", "text/csv").decode().count("\n") == 3   # header + 2 rows
        path.unlink()
        again = fetch(f"{server.base}/queries/places", "text/csv").decode()
        assert again.replace("\r\n", "\n") == live_csv.replace("\r\n", "\n")
    finally:
        stop_server(server)


def test_a_failure_computing_the_tables_publishes_nothing(tmp_path: Path, monkeypatch) -> None:
    import graph.tables
    from graph.pipeline import BuildError
    from graph.pipeline import build as run_build

    def broken(*_args, **_kwargs):
        raise MemoryError("no room for the answers")

    monkeypatch.setattr(graph.tables, "write_tables", broken)
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))[0], src / "page.txt")
    with pytest.raises(BuildError, match=r"^computing the named queries' tables failed \(MemoryError: no room") as info:
        run_build([src], tmp_path / "out", network=False, notify=lambda _m: None)
    assert "\n" not in str(info.value)
    assert not (tmp_path / "out" / "graph.ttl").exists() and not (tmp_path / "out" / "store").exists()


def test_rows_that_tie_on_the_sort_key_come_out_in_one_order_whatever_the_load_order(
        seed_build: Path, tmp_path: Path) -> None:
    """Two builds of the same documents write the same tables, byte for byte: rows equal on a
    query's sort key (one place name under two parents, one official of one role and place in
    two bodies) are ordered by their other columns, not by the order the store was loaded in
    (the build's N-Triples used to come in hash order)."""
    from graph.tables import write_tables

    lines = ntriples_lines(seed_build)
    gk, skos, sdo, org = ("https://w3id.org/govkg/ontology#", "http://www.w3.org/2004/02/skos/core#",
                          "https://schema.org/", "http://www.w3.org/ns/org#")
    tied = []
    for parent in ("蓝山县", "祁东县"):                 # one zone name under two counties
        zone, county = f"<urn:t:zone/{parent}>", f"<urn:t:county/{parent}>"
        tied += [f"{zone} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{gk}Place> .",
                 f"{zone} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{gk}DevelopmentZone> .",
                 f'{zone} <{skos}prefLabel> "归阳工业园"@zh .', f"{zone} <{sdo}containedInPlace> {county} .",
                 f'{county} <{skos}prefLabel> "{parent}"@zh .']
    for body in ("甲县委", "甲县政府"):                  # one person, role and place in two bodies
        post, o = f"<urn:t:post/{body}>", f"<urn:t:org/{body}>"
        tied += [f"<urn:t:person> <{org}holds> {post} .", f"{post} <{org}postIn> {o} .",
                 f"{post} <{org}role> <urn:t:role> .", f'{o} <{skos}prefLabel> "{body}"@zh .',
                 f"{o} <{gk}jurisdiction> <urn:t:place> ."]
    tied += [f'<urn:t:person> <{sdo}name> "张三" .', f'<urn:t:role> <{skos}prefLabel> "书记"@zh .',
             f'<urn:t:place> <{skos}prefLabel> "甲县"@zh .']
    outputs = []
    for order in (lines + tied, list(reversed(lines + tied))):
        store = ox.Store()
        store.load("\n".join(order).encode("utf-8") + b"\n", format=ox.RdfFormat.N_TRIPLES)
        folder = tmp_path / f"tables-{len(outputs)}"
        write_tables(store, folder)
        outputs.append({p.name: p.read_bytes() for p in sorted(folder.iterdir())})
    assert outputs[0] == outputs[1]
    places = json.loads(next(v for k, v in outputs[0].items() if k.startswith("places.") and k.endswith(".rows.json")))
    assert [r for r in places["rows"] if "归阳工业园" in json.dumps(r, ensure_ascii=False)]


def ntriples_lines(build: Path) -> list[str]:
    """The N-Triples lines of a build's graph (graph.nt.gz)."""
    import gzip

    current = build / "current" if (build / "current").exists() else build
    return gzip.decompress((current / "graph.nt.gz").read_bytes()).decode("utf-8").splitlines()
