"""Every shipped query stays fast as the graph grows (issue 15).

The seeds build is copied with distinct instance IRIs (graph.store.replicate) to more
than 1M triples, the shape of a build of ~60-80 times the input; once more with the
places, roles, programs and the observations about places and programs shared between
copies, as a real build shares its gazetteer places, role titles, programs named in many
articles and a statistic reported by many articles (one gk:Metric, one statement per copy). Each named query must answer within QUERY_BOUND seconds there (they
take < 1.5 s of CPU; before this test officials and county-program-metric took minutes).
The facts queries must grow linearly: 4× the input may cost at most 7× the CPU time
(the per-document queries they replace grew with the square).
"""
from __future__ import annotations

import time

import pytest

from graph.facts import load_fact_tables
from graph.queries import bind_named, named_params, named_queries, run_query
from graph.store import open_store, replicate

QUERY_BOUND = 15.0    # seconds of CPU time per named query at ≥ 1M triples (they take < 1.5 s; the bound
                      # catches a query that grows with the square: minutes. CPU time, not wall time, so
                      # that other processes loading the machine do not fail it)
# shape -> (instance IRI kinds the copies share, copies): both give just over 1M triples
SHARED = ("place/", "role/", "program/", "metric/place/", "metric/program/")
SHAPES = {"distinct": ((), 58), "shared places, roles, programs and observations": (SHARED, 80)}


@pytest.fixture(scope="module", params=list(SHAPES))
def big_store(request, seed_build):
    shared, copies = SHAPES[request.param]
    store = replicate(open_store(seed_build), copies, shared=shared)
    assert len(store) >= 1_000_000
    return store


@pytest.fixture(scope="module")
def seed_rows(seed_build) -> dict[str, int]:
    store = open_store(seed_build)
    return {name: len(run_query(store, path.read_text(encoding="utf-8")).rows)
            for name, path in named_queries().items()}


@pytest.mark.parametrize("name", list(named_queries()))
def test_named_query_answers_within_the_bound_at_1m_triples(big_store, seed_rows, name):
    sparql = named_queries()[name].read_text(encoding="utf-8")
    start = time.process_time()
    rows = run_query(big_store, sparql).rows
    elapsed = time.process_time() - start
    assert elapsed < QUERY_BOUND, f"{name}: {elapsed:.1f} s at {len(big_store):,} triples"
    assert len(rows) >= seed_rows[name]   # the copies answer too


@pytest.mark.parametrize("name", [n for n in named_queries() if named_params(n)])
def test_named_query_with_its_parameters_answers_within_the_bound(big_store, seed_build, name):
    """Every parameter given at once (values of the first official of the seeds, year 2022
    aside): the filters must not make a query slower than the bound either."""
    first = run_query(open_store(seed_build), bind_named("officials")).as_dicts()[0]
    sample = {"person": first["person"], "role": first["role"], "body": first["organization"],
              "place": first["place"], "year": "2022"}
    for values in ({p: sample[p] for p in named_params(name)},
                   {p: sample[p] for p, param in named_params(name).items() if param.required or p == "place"}):
        start = time.process_time()
        run_query(big_store, bind_named(name, values))
        elapsed = time.process_time() - start
        assert elapsed < QUERY_BOUND, f"{name} {values}: {elapsed:.1f} s at {len(big_store):,} triples"


def test_facts_queries_grow_linearly(seed_build):
    source = open_store(seed_build)
    cpu = {}
    for copies in (8, 32):
        store = replicate(source, copies, shared=SHARED)
        start = time.process_time()
        tables = load_fact_tables(store)
        cpu[copies] = time.process_time() - start
        assert len(tables.by_doc["places"]) == copies * 5   # every copy of every document has its places
    assert cpu[32] < 7 * cpu[8], cpu
