"""Parameters of named queries (issue 13): written into the query text only as one RDF term
serialised by Oxigraph (escaped), so no value changes what the query does; `officials` one row per person-post; the new named queries
post-holders, career and place-profile. On real builds: the seeds, the dev articles (when
../shared/dev is there) and a small corpus written here (the same official in three dated
documents, a namesake in another place, a statistic reported by two documents).
"""
from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

import graph
from graph.queries import QueryError, bind, bind_named, load_named, named_params, named_queries, run_query
from graph.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev" / "articles"
GOVKG = [sys.executable, "-m", "graph.cli"]
PARAMETRISED = ("officials", "post-holders", "career", "place-profile", "official-role-place")

# our own texts (not from any corpus): one official of 株洲市 appointed, attested and removed
# on three dates given by the paths; a namesake county head; one statistic in two documents
CORPUS = {
    "2021/03/02/a.txt": "3月2日，新任株洲市委书记郑光明到攸县调研农村公路建设。郑光明强调，要加快项目进度。",
    "2022/06/15/b.txt": "6月15日，株洲市委书记郑光明主持召开市委常委会会议，研究部署防汛工作。"
                        "会议通报，今年上半年株洲市地区生产总值完成1700亿元。",
    "2022/07/20/e.txt": "7月20日，株洲市统计局发布数据：今年上半年株洲市地区生产总值完成1700亿元。",
    "2023/01/10/c.txt": "1月10日，株洲市召开全市领导干部大会，宣读省委决定：郑光明同志不再担任株洲市委书记。",
    "2022/08/01/d.txt": "8月1日，湘潭县县长郑光明到乡镇检查防汛工作。",
}
# values that would change the query if they were pasted into its text
HOSTILE = ['株洲市" } UNION { ?s ?p ?o } #', "株洲市'} UNION {?s ?p ?o}", '"""', "} #\n?post ?p ?o {",
           '株洲市"@zh . ?x ?y ?z . FILTER(true) #', "\\u0022 } UNION {", "株洲市\n# comment\n}"]


def govkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GOVKG, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def mine(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in CORPUS.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("mine") / "out"
    graph.build([corpus], out, network=False)
    return out


@pytest.fixture(scope="module")
def dev(tmp_path_factory) -> Path:
    if not DEV.is_dir():
        pytest.skip(f"the dev articles are not at {DEV}")
    out = tmp_path_factory.mktemp("dev") / "out"
    result = govkg("build", str(DEV), "--out", str(out), "--no-network", "--quiet")
    assert result.returncode == 0, result.stderr
    return out


def rows(build: Path, name: str, **values: object) -> list[dict]:
    return graph.open_build(build).named(name, **values)


def count(build: Path, sparql: str) -> int:
    return int(run_query(open_store(build), sparql).rows[0][0])


PREFIXES = """PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/> """
POSTS = PREFIXES + "SELECT (COUNT(DISTINCT ?post) AS ?n) WHERE { ?m gk:ofPost ?post }"
MENTIONS = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?m gk:ofPost ?post ; prov:wasDerivedFrom ?ev }"


# ------------------------------------------------------------------ declarations and binding

def test_every_named_query_declares_well_formed_parameters() -> None:
    for name in named_queries():
        params = named_params(name)          # QueryError for a #+line of an undeclared one
        assert all(p.doc for p in params.values()), name
    assert set(named_params("officials")) == {"place", "year", "person", "role", "body"}
    assert {n for n, p in named_params("career").items() if p.required} == {"person"}
    assert {n for n, p in named_params("place-profile").items() if p.required} == {"place"}
    assert set(named_params("post-holders")) == {"role", "body", "place", "year"}
    assert set(named_params("official-role-place")) == {"place", "person", "role"}


def test_a_value_enters_the_text_only_as_one_escaped_term() -> None:
    harmless = bind_named("officials", {"place": "邵阳市", "year": "1999"})
    shape = harmless.sparql.replace('"邵阳市"@zh', "PLACE").replace('"1999"^^', "YEAR^^")
    for value in HOSTILE:
        bound = bind_named("officials", {"place": value, "year": "2022"})
        term = dict(bound.values)["place"]
        assert term.value == value.strip() and term.language == "zh"
        assert bound.sparql.replace(str(term), "PLACE").replace('"2022"^^', "YEAR^^") == shape
        assert ox.Store().query(bound.sparql).variables      # still one SELECT that parses


def test_a_bound_value_is_planned_from_the_start() -> None:
    """The value is in the text the planner sees (with Oxigraph's substitutions it was not,
    and a query for one place read every post of the graph): the place's lines are switched
    on with the term written in, the projection lines of the parameter are dropped."""
    bound = bind_named("officials", {"place": "邵阳市"})
    assert 'skos:prefLabel|skos:altLabel "邵阳市"@zh' in bound.sparql
    assert "?_place" not in bound.sparql and "#+place" not in bound.sparql
    assert "#+year" in bound.sparql                      # lines of parameters not given stay off


@pytest.mark.parametrize("values, message", [
    ({"city": "邵阳市"}, "named query 'officials' has no parameter city; its parameters: place, year, person, role, body"),
    ({"year": "22"}, "parameter year: '22' is not a year (four digits, e.g. 2022)"),
    ({"year": "2022-01"}, "is not a year"),
    ({"year": "二〇二二"}, "is not a year"),
    ({"place": "  "}, "parameter place: the value is empty"),
    ({"place": "市" * 201}, "over 200 characters"),
])
def test_a_bad_parameter_is_a_one_line_error(values: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")) as info:
        bind_named("officials", values)
    assert "\n" not in str(info.value)


def test_a_missing_required_parameter_is_a_one_line_error() -> None:
    with pytest.raises(QueryError, match=r"^named query 'career' needs the parameter person \(.+\): --param person=…$"):
        bind_named("career")
    with pytest.raises(QueryError, match="needs the parameter place"):
        bind_named("place-profile", {"year": 2022})


def test_a_line_of_an_undeclared_parameter_is_refused() -> None:
    with pytest.raises(QueryError, match="declares no parameter city"):
        bind("SELECT * WHERE {\n#+city ?s ?p ?_city .\n}", {})


def test_the_shipped_text_runs_without_parameters_and_means_no_filter(mine: Path) -> None:
    store = open_store(mine)
    for name in PARAMETRISED:
        assert run_query(store, load_named(name)).rows, name


# ------------------------------------------------------------------ officials: one row per person-post

def test_officials_is_one_row_per_person_post_with_dates_and_sources(mine: Path) -> None:
    table = rows(mine, "officials")
    keys = [(r["person"], r["role"], r["organization"]) for r in table]
    assert len(keys) == len(set(keys)) == count(mine, POSTS) < count(mine, MENTIONS)
    secretary = rows(mine, "officials", person="郑光明", role="市委书记")
    assert len(secretary) == 1
    row = secretary[0]
    assert (row["place"], row["organization"]) == ("株洲市", "株洲市委")
    assert (row["sources"], row["first"], row["last"]) == ("3", "2021-03-02", "2023-01-10")
    assert row["status"] == "removed"                # the latest document removes him
    assert "郑光明" in row["evidence"]


@pytest.mark.parametrize("build_name", ["seeds", "dev"])
def test_officials_rows_equal_the_distinct_posts_on_real_builds(build_name: str, seed_build: Path, request) -> None:
    build = seed_build if build_name == "seeds" else request.getfixturevalue("dev")
    table = rows(build, "officials")
    keys = {(r["person"], r["role"], r["organization"], r["place"]) for r in table}
    assert len(table) == len(keys) == count(build, POSTS)
    for row in table:
        assert int(row["sources"]) >= 1 and row["evidence"]
        assert row["status"] in {"current", "former", "acting", "new", "removed", "nominated"}
        assert (row["first"] is None) == (row["last"] is None)
        assert row["first"] is None or row["first"] <= row["last"]


def test_officials_with_a_year_sums_up_that_years_attestations_only(mine: Path) -> None:
    # 2021: only a.txt (the appointment); its status, not the later removal, is the row's
    row = rows(mine, "officials", person="郑光明", role="市委书记", year=2021)[0]
    assert (row["sources"], row["first"], row["last"], row["status"]) == ("1", "2021-03-02", "2021-03-02", "new")


# ------------------------------------------------------------------ each parameter

def test_place_matches_the_place_and_the_places_inside_it(dev: Path) -> None:
    every = rows(dev, "officials")
    places = {r["place"] for r in every}
    assert "平江县" in places and "岳阳市" in places    # 平江县 is a county of 岳阳市
    yueyang = rows(dev, "officials", place="岳阳市")
    assert {r["place"] for r in yueyang} == {"岳阳市", "平江县"}
    assert yueyang == [r for r in every if r["place"] in {"岳阳市", "平江县"}]
    assert rows(dev, "officials", place="平江县") == [r for r in every if r["place"] == "平江县"]


def test_year_keeps_what_documents_of_that_year_attest(mine: Path) -> None:
    in_2022 = rows(mine, "officials", year="2022")
    assert sorted((r["role"], r["first"], r["sources"]) for r in in_2022) == [
        ("县长", "2022-08-01", "1"), ("市委书记", "2022-06-15", "1")]
    assert rows(mine, "officials", year=1999) == []


def test_year_on_the_dev_build_uses_the_documents_dates(dev: Path) -> None:
    issued = run_query(open_store(dev), PREFIXES + "SELECT DISTINCT (SUBSTR(STR(?d), 1, 4) AS ?y) WHERE { "
                       "?m gk:attestedIn ?doc . ?doc dcterms:issued ?d FILTER(REGEX(STR(?d), '^[0-9]{4}')) }").rows
    years = sorted(y for (y,) in issued)
    assert years, "some dev document with officials has a year"
    total = 0
    for year in years:
        table = rows(dev, "officials", year=year)
        assert table and all(r["first"].startswith(year) and r["last"].startswith(year) for r in table)
        total += len(table)
    assert total < len(rows(dev, "officials"))         # undated documents are left out


def test_official_role_place_takes_place_person_and_role(dev: Path) -> None:
    every = rows(dev, "official-role-place")
    assert rows(dev, "official-role-place", place="岳阳市") == [r for r in every if r["place"] in {"岳阳市", "平江县"}]
    assert rows(dev, "official-role-place", person="周农", role="市委书记") == [
        r for r in every if (r["official"], r["role"]) == ("周农", "市委书记")] != []


def test_person_role_and_body(mine: Path, dev: Path) -> None:
    assert {r["role"] for r in rows(mine, "officials", person="郑光明")} == {"市委书记", "县长"}
    assert [r["person"] for r in rows(mine, "officials", role="县长")] == ["郑光明"]
    assert [r["role"] for r in rows(mine, "officials", body="湘潭县政府")] == ["县长"]
    every = rows(dev, "officials")
    assert rows(dev, "officials", role="市委书记") == [r for r in every if r["role"] == "市委书记"]
    assert rows(dev, "officials", body="衡阳市委") == [r for r in every if r["organization"] == "衡阳市委"]


def test_hostile_values_are_literals_that_match_nothing(mine: Path, dev: Path) -> None:
    for build in (mine, dev):
        kg = graph.open_build(build)
        for value in HOSTILE:
            for name, param in (("officials", "place"), ("officials", "person"), ("post-holders", "body"),
                                ("career", "person"), ("place-profile", "place"), ("official-role-place", "role")):
                assert kg.named(name, **{param: value}) == [], (name, param, value)


# ------------------------------------------------------------------ the new named queries

def test_post_holders_gives_who_held_a_role_and_when(mine: Path, dev: Path) -> None:
    table = rows(mine, "post-holders", role="市委书记", place="株洲市")
    assert [(r["person"], r["began"], r["ended"], r["first"], r["last"], r["sources"]) for r in table] == [
        ("郑光明", "2021-03-02", "2023-01-10", "2021-03-02", "2023-01-10", "3")]
    hengyang = rows(dev, "post-holders", body="衡阳市委", role="市委书记")
    assert {(r["person"], r["status"]) for r in hengyang} == {("周农", "removed"), ("郑建新", "new")}


def test_career_in_time_order_and_namesakes_apart(mine: Path) -> None:
    both = rows(mine, "career", person="郑光明")
    assert [(r["role"], r["first"]) for r in both] == [("市委书记", "2021-03-02"), ("县长", "2022-08-01")]
    assert len({r["person_id"] for r in both}) == 2                 # two people of one name
    county = rows(mine, "career", person="郑光明", place="湘潭县")
    assert [(r["role"], r["organization"], r["status"]) for r in county] == [("县长", "湘潭县政府", "current")]
    assert rows(mine, "career", person="郑光明", place="株洲市")[0]["person_id"] != county[0]["person_id"]


def test_career_on_the_dev_build(dev: Path) -> None:
    table = rows(dev, "career", person="周农")
    assert {r["role"] for r in table} == {"市委书记", "市人大常委会主任"}
    assert all(r["status"] == "removed" and r["place"] == "衡阳市" for r in table)


def test_place_profile_by_year_counts_documents(mine: Path) -> None:
    table = rows(mine, "place-profile", place="株洲市")
    official = [(r["year"], r["sources"]) for r in table if r["kind"] == "official" and r["item"] == "郑光明"]
    assert official == [("2021", "1"), ("2022", "1"), ("2023", "1")]
    gdp = [r for r in table if r["kind"] == "metric" and "1700亿元" in r["detail"]]
    assert gdp and {r["year"] for r in gdp} == {"2022"}
    assert sum(int(r["sources"]) for r in gdp) == 2            # two documents, however the metric is minted
    assert rows(mine, "place-profile", place="株洲市", year=2023) == [r for r in table if r["year"] == "2023"]
    assert not [r for r in rows(mine, "place-profile", place="湘潭县") if r["item"] == "郑光明" and
                r["detail"].startswith("株洲")]


def test_place_profile_on_the_dev_build(dev: Path) -> None:
    table = rows(dev, "place-profile", place="张家界市")
    assert {r["kind"] for r in table} == {"official", "program", "metric"}
    assert {r["year"] for r in table} == {"2015"}          # d03, the only document about 张家界市
    assert all(r["sources"] == "1" for r in table)


# ------------------------------------------------------------------ the command line

def test_cli_param_and_list(mine: Path) -> None:
    result = govkg("query", "--named", "officials", "--param", "person=郑光明", "--param", "year=2023",
                   "--format", "json", "--store", str(mine))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == rows(mine, "officials", person="郑光明", year=2023)
    listing = govkg("query", "--list").stdout
    assert "--param person (required): the person's name" in listing
    assert "--param place (required)" in listing and "--param year:" in listing


@pytest.mark.parametrize("args, message", [
    (["--named", "officials", "--param", "city=邵阳市"], "govkg: named query 'officials' has no parameter city;"),
    (["--named", "officials", "--param", "year=22"], "govkg: parameter year: '22' is not a year"),
    (["--named", "officials", "--param", "place"], "govkg: --param 'place': write NAME=VALUE"),
    (["--named", "officials", "--param", "year=2022", "--param", "year=2023"], "govkg: --param year is given twice"),
    (["--named", "career"], "govkg: named query 'career' needs the parameter person"),
    (["--named", "places", "--param", "place=邵阳市"], "govkg: named query 'places' has no parameter place;"),
])
def test_cli_errors_are_one_line(mine: Path, args: list[str], message: str) -> None:
    result = govkg("query", *args, "--store", str(mine))
    assert result.returncode == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr


def test_cli_hostile_value_matches_nothing(mine: Path) -> None:
    for value in HOSTILE:
        result = govkg("query", "--named", "officials", "--param", f"place={value}", "--format", "json",
                       "--store", str(mine))
        assert result.returncode == 0 and json.loads(result.stdout) == [], (value, result.stderr)


def test_cli_param_with_a_query_file_of_your_own(mine: Path, tmp_path: Path) -> None:
    query = tmp_path / "roles.rq"
    query.write_text("# Roles of a person\n# @param who label required  the person's name\n"
                     "PREFIX org: <http://www.w3.org/ns/org#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                     "SELECT DISTINCT ?role\n#+who ?_who\nWHERE {\n#+who ?p skos:prefLabel ?_who .\n"
                     "  ?p org:holds/org:role/skos:prefLabel ?role .\n} ORDER BY ?role\n", encoding="utf-8")
    result = govkg("query", str(query), "--param", "who=郑光明", "--format", "csv", "--store", str(mine))
    assert result.returncode == 0 and result.stdout.split() == ["role", "县长", "市委书记"], result.stderr
    missing = govkg("query", str(query), "--store", str(mine))
    assert missing.returncode == 1 and missing.stderr.startswith("govkg: the query needs the parameter who")
    plain = govkg("query", "ASK {}", "--param", "x=1", "--store", str(mine))
    assert plain.returncode == 1 and plain.stderr == "govkg: the query has no parameter x; its parameters: none\n"


# ------------------------------------------------------------------ the Python API

def test_api_named_binds_parameters_and_still_filters_columns(mine: Path) -> None:
    kg = graph.open_build(mine)
    assert kg.named_params("career")["person"].startswith("(required)")
    assert kg.named("officials", year=2023) == kg.named("officials", year="2023")
    # a keyword that is a column, not a parameter, keeps its old meaning
    assert kg.named("officials", status="removed") == [r for r in kg.named("officials") if r["status"] == "removed"]
    with pytest.raises(ValueError, match=r"no column city \(nor a parameter of that name\)"):
        kg.named("officials", city="株洲市")
    with pytest.raises(QueryError, match="needs the parameter person"):
        kg.named("career")


# ------------------------------------------------------------------ the HTTP endpoint

@pytest.fixture(scope="module")
def server(mine: Path):
    import socket
    import time

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([*GOVKG, "serve", "--store", str(mine), "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/queries", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"govkg serve ended: {proc.stderr.read().decode()}")
            time.sleep(0.3)
    yield base
    proc.terminate()
    proc.wait(10)


def get(url: str, accept: str = "application/sparql-results+json") -> tuple[int, str]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=60) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_endpoint_runs_named_queries_with_parameters(server: str, mine: Path) -> None:
    query = urllib.parse.urlencode({"person": "郑光明", "year": "2022"})
    status, body = get(f"{server}/queries/officials?{query}")
    assert status == 200
    result = json.loads(body)
    assert result["head"]["vars"] == list(rows(mine, "officials")[0])      # no _person/_year column
    got = [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]
    expected = [{k: v for k, v in r.items() if v is not None} for r in rows(mine, "officials", person="郑光明", year=2022)]
    assert got == expected and len(got) == 2
    status, csv_body = get(f"{server}/queries/career?person=%E9%83%91%E5%85%89%E6%98%8E", "text/csv")
    assert status == 200 and csv_body.splitlines()[0].split(",")[0] == "person" and "_person" not in csv_body
    listed = json.loads(get(f"{server}/queries")[1])
    assert {p["name"] for q in listed if q["name"] == "career" for p in q["params"]} == {"person", "place", "year"}


def test_endpoint_parameter_errors_and_hostile_values(server: str) -> None:
    status, body = get(f"{server}/queries/officials?year=22")
    assert status == 400 and body.strip() == "parameter year: '22' is not a year (four digits, e.g. 2022)"
    assert get(f"{server}/queries/career")[0] == 400
    assert get(f"{server}/queries/officials?city=x")[0] == 400
    assert get(f"{server}/queries/no-such-query")[0] == 404
    for value in HOSTILE:
        status, body = get(f"{server}/queries/officials?" + urllib.parse.urlencode({"place": value}))
        assert status == 200 and json.loads(body)["results"]["bindings"] == [], value
