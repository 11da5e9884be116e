"""The build's page of a large graph: an overview of its most important nodes (issue 11).

A graph of more than OVERVIEW_NODES nodes (here: the seeds build copied with
graph.store.replicate, places, roles and programs shared as a real archive shares
them) is drawn as the `overview_nodes` and the edges among them; the page states how
many of how many are shown and how to reach the rest (`govkg render --focus`).
A graph at or below the limit is drawn whole, as before.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

import graph.network as network
from graph.network import (
    MAX_PANEL_METRICS, OVERVIEW_NODES, by_rank, ego_subgraph, importance, network_html, overview_nodes, rdf_to_networkx,
    render_network, whole_view,
)
from graph.store import open_store, replicate

SHARED = ("place/", "role/", "program/")
ROOT = Path(__file__).resolve().parents[1]


def page_data(html: str) -> tuple[list[dict], list[dict], dict]:
    """RAW_NODES, RAW_EDGES and META as the template embeds them."""
    def grab(name: str) -> object:
        return json.loads(re.search(rf"var {name} = (.*?);\n", html).group(1))
    return grab("RAW_NODES"), grab("RAW_EDGES"), grab("META")


def copies_for(store: ox.Store, nodes: int) -> int:
    """How many copies of `store` (SHARED shared) hold more than `nodes` drawn nodes."""
    one = rdf_to_networkx(store, metrics=False).number_of_nodes()
    return nodes // max(1, one // 2) + 2


@pytest.fixture(scope="module")
def big(seed_build: Path) -> ox.Store:
    seeds = open_store(seed_build)
    store = replicate(seeds, copies_for(seeds, OVERVIEW_NODES), shared=SHARED)
    assert rdf_to_networkx(store, metrics=False).number_of_nodes() > OVERVIEW_NODES
    return store


@pytest.fixture(scope="module")
def whole(big: ox.Store) -> nx.MultiDiGraph:
    return rdf_to_networkx(big, metrics=False)


@pytest.fixture(scope="module")
def overview_page(big: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    out = tmp_path_factory.mktemp("overview") / "network.html"
    result = render_network(big, out)
    return result, out.read_text(encoding="utf-8")


# ------------------------------------------------------------------ the page of a large graph
def test_overview_is_bounded_and_states_how_many_of_how_many(overview_page, whole):
    result, html = overview_page
    nodes, edges, meta = page_data(html)
    assert result["nodes"] == len(nodes) == OVERVIEW_NODES
    assert result["total_nodes"] == whole.number_of_nodes() == meta["overview"]["total"]
    assert result["total_edges"] == whole.number_of_edges() == meta["overview"]["edgesTotal"]
    assert meta["overview"]["shown"] == OVERVIEW_NODES and meta["overview"]["edgesShown"] == len(edges)
    assert meta["subtitle"] == "全图概览"
    notice = re.search(r'<section id="gk-overview".*?</section>', html, re.S).group(0)
    assert f"全图 {whole.number_of_nodes()} 个节点中最重要的" in notice
    assert f"{OVERVIEW_NODES}</strong> 个" in notice
    assert "搜索只查找本页画出的节点" in notice and "govkg render --focus 名称" in notice


def test_overview_keeps_every_kind_and_the_edges_among_the_nodes_drawn(overview_page, whole):
    _, html = overview_page
    nodes, edges, meta = page_data(html)
    drawn = {n["id"] for n in nodes}
    kinds = Counter(whole.nodes[n]["kind"] for n in whole)
    assert {n["kind"] for n in nodes} == set(kinds)                        # every kind represented
    assert {k["kind"]: k["total"] for k in meta["kinds"]} == {k["kind"]: kinds[k["kind"]] for k in meta["kinds"]}
    among = {(u, v, d["label"]) for u, v, d in whole.edges(data=True) if u in drawn and v in drawn}
    assert {(e["from"], e["to"], e["label"]) for e in edges} == among


def test_overview_draws_the_most_attested_nodes_tied_to_each_other(overview_page, whole):
    """A place every copy mentions outranks a node of one copy; the nodes drawn are the best of
    each kind tied to each other: every node drawn has an edge to another, and a node left out
    that ranks above one drawn of its kind has no edge to the nodes drawn of the choice by rank."""
    _, html = overview_page
    drawn = {n["id"] for n in page_data(html)[0]}
    rank = importance(whole)
    ties = whole.to_undirected(as_view=True)
    assert all(any(m in drawn for m in ties[n] if m != n) for n in drawn)
    ranked = set(by_rank(whole, list(whole), OVERVIEW_NODES, lambda n: (-rank[n][0], -rank[n][1], n))[0]) & drawn
    for kind in {k for _, k in whole.nodes(data="kind")}:
        mine = [n for n, k in whole.nodes(data="kind") if k == kind]
        worst_drawn = min(rank[n] for n in mine if n in drawn)
        above = [n for n in mine if n not in drawn and rank[n] > worst_drawn]
        assert not any(m in ranked for n in above for m in ties[n] if m != n), kind
    top_place = max((n for n, k in whole.nodes(data="kind") if k == "place"), key=lambda n: rank[n])
    assert top_place in drawn


def test_overview_panels_list_the_newest_metrics_and_say_how_many_there_are(overview_page, whole, big):
    _, html = overview_page
    nodes = page_data(html)[0]
    assert all(len(n["metrics"]) <= MAX_PANEL_METRICS for n in nodes)
    cut = [n for n in nodes if "metricsTotal" in n]
    assert cut, "the shared places host more than MAX_PANEL_METRICS metrics"
    full = whole.graph["panels"]
    for n in cut:
        assert len(n["metrics"]) == MAX_PANEL_METRICS < n["metricsTotal"] == len(full[n["id"]]["metrics"])
        assert {m["id"] for m in n["metrics"]} <= {m["id"] for m in full[n["id"]]["metrics"]}


def test_overview_page_stays_the_same_size_as_the_archive_grows(seed_build, overview_page, tmp_path):
    """Twice the copies: the same number of nodes, and a page hardly larger."""
    seeds = open_store(seed_build)
    store = replicate(seeds, 2 * copies_for(seeds, OVERVIEW_NODES), shared=SHARED)
    result = render_network(store, tmp_path / "network.html")
    assert result["nodes"] == OVERVIEW_NODES and result["total_nodes"] > 1.8 * overview_page[0]["total_nodes"]
    size, before = (tmp_path / "network.html").stat().st_size, len(overview_page[1].encode())
    assert size < 1.25 * before, (size, before)


def test_per_node_work_is_done_for_the_drawn_nodes_only(big, monkeypatch):
    calls: Counter[str] = Counter()
    for name in ("_attributes", "_sentences", "_post_rows", "_metric_row"):
        real = getattr(network, name)
        monkeypatch.setattr(network, name, lambda *a, _real=real, _name=name, **k: (
            calls.update([_name]), _real(*a, **k))[1])
    view = whole_view(big, limit=300)
    assert view.number_of_nodes() == 300
    assert calls["_attributes"] == 300
    assert calls["_post_rows"] <= 300
    assert calls["_metric_row"] <= 300 * MAX_PANEL_METRICS
    assert calls["_sentences"] <= 300 + calls["_metric_row"]


def test_types_are_chosen_from_before_the_overview(big, whole):
    view = whole_view(big, types={"official", "place"}, limit=200)
    assert view.number_of_nodes() == 200
    assert {k for _, k in view.nodes(data="kind")} == {"official", "place"}
    assert view.graph["overview"]["total"] == sum(1 for _, k in whole.nodes(data="kind") if k in ("official", "place"))


def test_ego_view_of_a_node_left_out_of_the_overview_is_drawn_from_the_whole_graph(overview_page, whole, big,
                                                                                 tmp_path):
    drawn = {n["id"] for n in page_data(overview_page[1])[0]}
    left_out = next(n for n in whole if n not in drawn and whole.degree(n))
    label = whole.nodes[left_out]["label"]
    result = render_network(big, tmp_path / "ego.html", focus=label, depth=1)
    nodes, _, meta = page_data((tmp_path / "ego.html").read_text(encoding="utf-8"))
    assert "overview" not in meta and "total_nodes" not in result
    assert {n["id"] for n in nodes} == set(ego_subgraph(whole, label, 1, None))
    assert whole.nodes[meta["focus"]]["label"] == label


# ------------------------------------------------------------------ at or below the limit: the page as before
def test_a_graph_at_the_limit_is_drawn_whole_as_before(seed_build, tmp_path):
    store = open_store(seed_build)
    G = rdf_to_networkx(store, metrics=False)
    n = G.number_of_nodes()
    at = render_network(store, tmp_path / "at.html", limit=n)
    unlimited = render_network(store, tmp_path / "unlimited.html", limit=None)
    assert at == {**unlimited, "path": str(tmp_path / "at.html")} and at["nodes"] == n
    page = (tmp_path / "at.html").read_bytes()
    assert page == (tmp_path / "unlimited.html").read_bytes() == network_html(G).encode("utf-8")
    assert b"gk-overview" not in page and b"metricsTotal" not in page
    below = render_network(store, tmp_path / "below.html", limit=n - 1)
    assert below["nodes"] == n - 1 and below["total_nodes"] == n


def test_the_default_limit_leaves_the_seeds_page_whole(seed_build, tmp_path):
    store = open_store(seed_build)
    result = render_network(store, tmp_path / "network.html")
    assert result["nodes"] == rdf_to_networkx(store, metrics=False).number_of_nodes() <= OVERVIEW_NODES
    assert "total_nodes" not in result


# ------------------------------------------------------------------ the choice
def _star(kind_counts: dict[str, int]) -> nx.MultiDiGraph:
    """One article mentioning every node; the first node of each kind also mentioned by a second."""
    G = nx.MultiDiGraph()
    G.add_node("a0", kind="article", label="a0")
    G.add_node("a1", kind="article", label="a1")
    for kind, count in kind_counts.items():
        for i in range(count):
            n = f"{kind}{i:03d}"
            G.add_node(n, kind=kind, label=n)
            G.add_edge("a0", n, key="mention:提及", relation="mention", label="提及")
            if i == 0:
                G.add_edge("a1", n, key="mention:提及", relation="mention", label="提及")
    return G


def test_importance_counts_the_articles_attesting_a_node_then_its_neighbours():
    G = _star({"place": 3, "official": 2})
    rank = importance(G)
    assert rank["place000"] == (2, 2) and rank["place001"] == (1, 1) and rank["a0"] == (1, 5)


def test_every_kind_gets_its_share_before_the_best_of_the_rest():
    G = _star({"place": 50, "official": 50, "program": 2})
    chosen = overview_nodes(G, 20)
    kinds = Counter(G.nodes[n]["kind"] for n in chosen)
    assert len(chosen) == 20 and set(kinds) == {"article", "place", "official", "program"}
    assert kinds["article"] == 2 and kinds["program"] == 2       # each kind: 20 // (2 * 4) = 2 first
    assert {"place000", "official000"} <= set(chosen)             # the most attested of their kinds
    assert chosen == overview_nodes(G, 20)
    assert overview_nodes(G, 500) == list(G)


def test_a_node_alone_among_the_chosen_gives_way_to_one_tied_to_them():
    """The best place is attested by three articles that mention nothing else: ranked first
    of its kind, it would be drawn with no edge, so the next tied node takes its seat."""
    G = _star({"place": 30, "official": 30, "program": 2})
    G.add_node("lonely", kind="place", label="lonely")
    for i in range(3):
        G.add_node(f"z{i}", kind="article", label=f"z{i}")
        G.add_edge(f"z{i}", "lonely", key="mention:提及", relation="mention", label="提及")
    assert max((n for n, k in G.nodes(data="kind") if k == "place"), key=importance(G).get) == "lonely"
    chosen = overview_nodes(G, 20)
    assert len(chosen) == 20 and "lonely" not in chosen
    ties = G.to_undirected(as_view=True)
    assert all(any(m in chosen for m in ties[n] if m != n) for n in chosen)


def test_with_no_tied_node_left_the_page_keeps_its_size():
    G = nx.MultiDiGraph()
    for i in range(30):
        G.add_node(f"p{i:02d}", kind="place", label=f"p{i:02d}")
    assert overview_nodes(G, 10) == [f"p{i:02d}" for i in range(10)]


# ------------------------------------------------------------------ the same page in every process
def test_ego_and_types_pages_are_the_same_whatever_the_string_hashing(tmp_path):
    """Subgraphs keep the graph's order: pages used to follow the hash order of a set of ids."""
    script = ("import sys; sys.path.insert(0, 'tests'); from pathlib import Path\n"
              "from conftest import build_demo_graph\nfrom graph.network import render_network\n"
              "g = build_demo_graph(); out = Path(sys.argv[1])\n"
              "render_network(g, out / 'ego.html', focus='邵阳市', depth=2, types={'official', 'program'})\n"
              "render_network(g, out / 'types.html', types={'place', 'official'})\n")
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        out.mkdir()
        subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        pages.append(((out / "ego.html").read_bytes(), (out / "types.html").read_bytes()))
    assert pages[0] == pages[1]
