"""graph.network without a browser: RDF -> networkx, ego views, the written page."""
from __future__ import annotations

import json
import os
import re
import time

import networkx as nx
import pytest
from rdflib import Graph

from graph.network import (
    LAYOUT_THRESHOLD, NODE_CLASSES, STYLES, NetworkError, ego_subgraph, find_node, network_html,
    rdf_to_networkx, render_network, static_layout,
)

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def G(demo_graph: Graph) -> nx.MultiDiGraph:
    return rdf_to_networkx(demo_graph)


def by_label(G: nx.MultiDiGraph, label: str) -> str:
    found = [n for n, lab in G.nodes(data="label") if lab == label]
    assert len(found) == 1, (label, found)
    return found[0]


def edge_labels(G: nx.MultiDiGraph, u: str, v: str) -> set[str]:
    return {d["label"] for d in (G.get_edge_data(u, v) or {}).values()}


def page_data(html: str) -> tuple[list[dict], list[dict], dict, dict]:
    """The JSON the template embeds (RAW_NODES, RAW_EDGES, OPTIONS, META)."""
    def grab(name: str) -> str:
        return re.search(rf"var {name} = (.*?);\n", html).group(1)
    return (json.loads(grab("RAW_NODES")), json.loads(grab("RAW_EDGES")),
            json.loads(json.loads(grab("OPTIONS").removeprefix("JSON.parse(").removesuffix(")"))),
            json.loads(grab("META")))


# ------------------------------------------------------------------ rdf_to_networkx
def test_nodes_have_the_documented_attributes(G):
    assert G.number_of_nodes() == 41
    for _, data in G.nodes(data=True):
        assert data["kind"] in NODE_CLASSES
        assert isinstance(data["label"], str) and data["label"]
        assert isinstance(data["type"], str)
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in data["attributes"].items())
        assert all(isinstance(s, str) for s in data["evidence"])
        assert all(isinstance(p, str) for p in data["places"])
    kinds = {k: sum(1 for _, x in G.nodes(data="kind") if x == k) for k in NODE_CLASSES}
    assert kinds == {"place": 11, "official": 5, "person": 4, "organization": 7, "program": 7,
                     "metric": 4, "article": 3}


def test_posts_roles_evidence_documents_and_ontology_are_not_nodes(G):
    for n in G.nodes:
        assert not any(part in n for part in ("/post/", "/role/", "/evidence/", "/doc/")), n
        assert not n.startswith("https://w3id.org/govkg/ontology"), n
    assert "市委书记" not in {lab for _, lab in G.nodes(data="label")}


def test_specific_type_and_chinese_labels(G):
    city = G.nodes[by_label(G, "邵阳市")]
    assert (city["kind"], city["type"]) == ("place", "PrefectureCity")
    assert city["type_label"] == "地级市/州 PrefectureCity"        # @zh label from the ontology
    assert city["attributes"]["行政区划代码"] == "430500"
    assert city["attributes"]["上级地区"] == "湖南省"
    assert G.nodes[by_label(G, "杨平")]["type"] == "Journalist"
    assert G.nodes[by_label(G, "杨平")]["kind"] == "person"


def test_posts_collapse_into_role_labelled_person_to_org_edges(G):
    yan, party, city = by_label(G, "严华"), by_label(G, "中共邵阳市委"), by_label(G, "邵阳市")
    assert edge_labels(G, yan, party) == {"市委书记"}
    assert edge_labels(G, party, city) == {"管辖"}              # org -> jurisdiction
    assert nx.has_path(G, yan, city)                             # official -> role -> place
    liu = by_label(G, "刘明远")
    assert edge_labels(G, liu, party) == {"市委副书记"}
    assert edge_labels(G, liu, by_label(G, "邵阳市人民政府")) == {"市长"}
    assert G.nodes[liu]["attributes"]["职务"] == "市委副书记（中共邵阳市委）、市长（邵阳市人民政府）"


def test_other_relations(G):
    station = by_label(G, "邵阳火车站客运综合交通枢纽工程")
    assert edge_labels(G, station, by_label(G, "邵阳市")) == {"实施于"}
    assert edge_labels(G, station, by_label(G, "邵阳市发改委")) == {"主办"}
    assert edge_labels(G, by_label(G, "5.31亿元"), station) == {"关于"}
    assert edge_labels(G, by_label(G, "45.1亿元"), by_label(G, "奋战五十天，决胜全年度")) == {"属于项目"}
    assert edge_labels(G, by_label(G, "邵阳市"), by_label(G, "湖南省")) == {"属于"}
    article2 = by_label(G, "新邵：乡村振兴跑出加速度")
    assert edge_labels(G, article2, by_label(G, "陈功春")) == {"作者"}
    assert edge_labels(G, article2, by_label(G, "杨平")) == {"摄影"}
    assert edge_labels(G, article2, by_label(G, "周建平")) == {"提及"}     # via the post's evidence


def test_metric_attributes_and_evidence(G):
    metric = G.nodes[by_label(G, "45.1亿元")]
    assert metric["attributes"]["指标"] == "完成投资"
    assert metric["attributes"]["时期"] == "前10个月"
    assert metric["attributes"]["对象"] == "邵阳市"
    assert metric["evidence"] == ["前10个月，全市重点项目完成投资45.1亿元。"]
    assert G.nodes[by_label(G, "严华")]["evidence"] == ["市委书记严华深入邵阳火车站改造工程施工现场调研。"]
    assert len(G.nodes[by_label(G, "全流程贴心服务 全方位助企纾困")]["evidence"]) > 3


def test_places_tie_nodes_to_places_and_their_ancestors(G):
    assert G.nodes[by_label(G, "严华")]["places"] == ["湖南省", "邵阳市"]
    assert "新邵县" in G.nodes[by_label(G, "周建平")]["places"]
    assert "邵阳市" in G.nodes[by_label(G, "周建平")]["places"]
    assert "邵阳市" not in G.nodes[by_label(G, "李文博")]["places"]
    assert "新邵县" in G.nodes[by_label(G, "陈功春")]["places"]          # via the byline


def test_aliases_are_kept(G):
    zone = G.nodes[by_label(G, "邵阳经济技术开发区")]
    assert zone["aliases"] == ["邵阳经开区"]
    assert zone["attributes"]["别名"] == "邵阳经开区"


def test_empty_graph():
    assert rdf_to_networkx(Graph()).number_of_nodes() == 0


# ------------------------------------------------------------------ ego_subgraph
def test_ego_view_keeps_only_the_requested_neighbourhood(G):
    H = ego_subgraph(G, "邵阳市", 2, {"official", "program"})
    centre = by_label(G, "邵阳市")
    assert H.graph["focus"] == centre
    labels = {d["label"] for _, d in H.nodes(data=True)}
    assert labels == {"邵阳市", "严华", "刘明远", "王晓东", "奋战五十天，决胜全年度", "一项目一专班",
                      "邵阳火车站客运综合交通枢纽工程", "邵阳虹基板玻璃项目", "乡村振兴示范创建", XSS}
    for n, data in H.nodes(data=True):
        assert n == centre or data["kind"] in {"official", "program"}
    assert "李文博" not in labels and "浏阳花炮产业升级" not in labels     # other city
    assert "周建平" not in labels                                       # 3 steps away


def test_ego_view_links_officials_to_the_place_through_their_role(G):
    H = ego_subgraph(G, "邵阳市", 2, {"official"})
    yan, city = by_label(G, "严华"), by_label(G, "邵阳市")
    via = H.get_edge_data(yan, city)["via"]
    assert via["label"] == "市委书记→中共邵阳市委→管辖"
    assert via["via"] == ["中共邵阳市委"]
    H = ego_subgraph(G, "邵阳市", 2, {"official", "program"})
    mixed = H.get_edge_data(yan, by_label(G, "奋战五十天，决胜全年度"))["via"]   # program runBy the org
    assert mixed["label"] == "市委书记→中共邵阳市委←主办" and mixed["directed"] is False


def test_ego_view_does_not_walk_through_articles(G):
    H = ego_subgraph(G, "浏阳花炮产业升级", 1, None)
    assert "全流程贴心服务 全方位助企纾困" not in {d["label"] for _, d in H.nodes(data=True)}
    H = ego_subgraph(G, "新邵：乡村振兴跑出加速度", 1, None)                 # an article as focus
    assert {"周建平", "陈功春", "杨平", "新邵县"} <= {d["label"] for _, d in H.nodes(data=True)}


def test_ego_without_types_and_depth_zero(G):
    assert [d["label"] for _, d in ego_subgraph(G, "邵阳市", 0, None).nodes(data=True)] == ["邵阳市"]
    H = ego_subgraph(G, "严华", 1, None)
    assert {d["label"] for _, d in H.nodes(data=True)} == {"严华", "中共邵阳市委", "全流程贴心服务 全方位助企纾困"}


def test_focus_matching_exact_first_then_substring(G):
    assert G.nodes[find_node(G, "邵阳市")]["label"] == "邵阳市"
    assert G.nodes[find_node(G, "邵阳")]["label"] == "邵阳市"          # shortest containing label
    assert G.nodes[find_node(G, "明远")]["label"] == "刘明远"
    with pytest.raises(NetworkError, match="no node named"):
        ego_subgraph(G, "北京市", 2, None)


def test_bad_types_and_depth(G):
    with pytest.raises(NetworkError, match="unknown node type"):
        ego_subgraph(G, "邵阳市", 2, {"officials"})
    with pytest.raises(NetworkError, match="depth"):
        ego_subgraph(G, "邵阳市", -1, None)


# ------------------------------------------------------------------ render_network / page
def test_render_writes_one_self_contained_utf8_page(demo_graph, tmp_path):
    out = tmp_path / "new" / "folder" / "network.html"          # folders are created
    result = render_network(demo_graph, out)
    assert result == {"nodes": 37, "edges": 61, "metrics_listed": 4, "path": str(out)}   # 41, 70 with metrics
    html = out.read_text(encoding="utf-8")
    assert "邵阳市" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "@import" not in html
    assert "<link" not in html.lower() and not re.search(r"<script[^>]*\bsrc", html, re.I)
    assert "bootstrap" not in html.lower() and "cdnjs" not in html.lower()
    assert "vis.Network" in html and "@version 9." in html           # vis-network inlined
    assert "default-src 'none'" in html                               # CSP: nothing may be fetched
    assert [p.name for p in out.parent.iterdir()] == ["network.html"]  # no temp file left


def test_edges_name_their_style_once_for_all(demo_graph):
    """Each edge carries its style's index in META.edgeStyles, not the style itself: the table has
    one entry per distinct style (a post's edge is wide, a mention's faint, from the colour of its
    source's kind), far fewer than the edges."""
    G = rdf_to_networkx(demo_graph)
    nodes, edges, _, meta = page_data(network_html(G))
    styles = meta["edgeStyles"]
    assert len(styles) < len(edges) / 5
    assert all(set(e) == {"from", "to", "label", "relation", "style"} for e in edges)
    assert len({json.dumps(s, sort_keys=True) for s in styles}) == len(styles)
    kind = {n["id"]: n["kind"] for n in nodes}
    for e in edges:
        style = styles[e["style"]]
        assert style["color"]["highlight"] == STYLES[kind[e["from"]]].color
        if e["relation"] == "mention":
            assert style["width"] == 0.6 and style["color"]["color"].endswith(",0.3)")
    assert {styles[e["style"]]["width"] for e in edges if e["relation"] == "post"} == {2}


def test_article_text_never_reaches_the_page_as_markup(demo_graph, tmp_path):
    html = network_html(rdf_to_networkx(demo_graph))
    assert "<img" not in html                      # the label only exists as \u003cimg... inside JSON
    assert "<script>alert" not in html
    nodes, _, _, _ = page_data(html)
    xss = [n for n in nodes if n["name"] == XSS]
    assert len(xss) == 1 and xss[0]["label"].startswith("<img src=x")  # the data survives as text
    assert "title" not in xss[0]                                       # tooltips are built in JS


def test_page_payload_styles_sizes_and_evidence(demo_graph):
    G = rdf_to_networkx(demo_graph)
    nodes, edges, options, meta = page_data(network_html(G))
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    by = {n["name"]: n for n in nodes}
    for n in nodes:
        assert n["shape"] == STYLES[n["kind"]].shape
        assert n["color"]["background"] == STYLES[n["kind"]].color
        assert len(n["evidence"]) <= 3
    assert len({(s.shape, s.color) for s in STYLES.values()}) == len(STYLES)
    assert by["邵阳市"]["size"] > by["隆回县"]["size"]                  # hubs stand out
    assert by["全流程贴心服务 全方位助企纾困"]["evidenceTotal"] > 3
    assert {e["label"] for e in edges if e["from"] == by["严华"]["id"]} == {"市委书记"}
    assert options["physics"]["enabled"] is True
    assert options["physics"]["stabilization"]["enabled"] is True
    assert [k["kind"] for k in meta["kinds"]] == list(NODE_CLASSES)
    assert meta["places"][0][0] == "湖南省"


def test_ego_render_writes_only_the_neighbourhood(demo_graph, tmp_path):
    out = tmp_path / "ego.html"
    result = render_network(demo_graph, out, focus="邵阳市", depth=2, types={"official", "program"})
    assert result["nodes"] == 10
    nodes, edges, _, meta = page_data(out.read_text(encoding="utf-8"))
    assert len(nodes) == 10 and len(edges) == result["edges"]
    assert "李文博" not in {n["name"] for n in nodes}
    assert meta["subtitle"] == "邵阳市 周边 2 层 · 官员、工作/项目"
    assert meta["focus"] in {n["id"] for n in nodes}


def test_types_without_focus_filter_the_whole_graph(demo_graph, tmp_path):
    result = render_network(demo_graph, tmp_path / "t.html", types={"place"})
    assert result["nodes"] == 11


def test_unknown_focus_leaves_the_old_file_alone(demo_graph, tmp_path):
    out = tmp_path / "network.html"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(NetworkError):
        render_network(demo_graph, out, focus="不存在的地方")
    assert out.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["network.html"]


def test_rerender_replaces_atomically(demo_graph, tmp_path):
    out = tmp_path / "network.html"
    render_network(demo_graph, out, focus="新邵县", depth=1)
    first = out.read_text(encoding="utf-8")
    render_network(demo_graph, out)
    assert out.read_text(encoding="utf-8") != first
    assert os.listdir(tmp_path) == ["network.html"]


def test_empty_graph_renders(tmp_path):
    assert render_network(Graph(), tmp_path / "empty.html")["nodes"] == 0


# ------------------------------------------------------------------ big graphs
def test_large_graph_is_laid_out_here_with_physics_off(large_graph_factory):
    G = rdf_to_networkx(large_graph_factory(LAYOUT_THRESHOLD // 3 + 20))
    assert G.number_of_nodes() > LAYOUT_THRESHOLD
    started = time.perf_counter()
    nodes, _, options, meta = page_data(network_html(G))
    assert time.perf_counter() - started < 20
    assert options["physics"] == {"enabled": False}
    assert meta["static"] is True
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)      # no two nodes on one spot


def test_static_layout_is_deterministic_and_separates_components():
    G = nx.MultiDiGraph()
    for a, b in (("a", "b"), ("b", "c"), ("x", "y")):
        G.add_edge(a, b, relation="containedInPlace")
    G.add_node("lonely")
    weight = {n: 1.0 for n in G}
    first = static_layout(G, weight)
    assert first == static_layout(G, weight)
    assert set(first) == set(G.nodes) and len(set(first.values())) == len(first)


# ------------------------------------------------------------------ reading the graph (linear index)
def _as_oxigraph(g: Graph) -> Graph:
    """The same triples in an rdflib Graph over an in-memory Oxigraph store (as a build holds them)."""
    from graph.rdf import as_graph

    return as_graph({(s.n3(), p.n3(), o.n3()) for s, p, o in g})


def _snapshot(G: nx.MultiDiGraph) -> tuple[list, list]:
    return list(G.nodes(data=True)), list(G.edges(keys=True, data=True))


def test_oxigraph_backed_and_plain_graphs_give_the_same_network(demo_graph):
    """The network reads an Oxigraph-backed graph straight from the store, any other through
    rdflib: both must draw the same nodes, attributes, evidence and edges, in the same order."""
    plain = rdf_to_networkx(demo_graph)
    direct = rdf_to_networkx(_as_oxigraph(demo_graph))
    assert direct.number_of_nodes() == plain.number_of_nodes() > 0
    assert _snapshot(direct) == _snapshot(plain)
    assert direct.graph["panels"] == plain.graph["panels"] and plain.graph["panels"]


def test_typed_literals_are_shown_as_rdflib_writes_them():
    """A metric without a written value shows gk:value as rdflib normalises it ("01" -> 1)."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, SKOS, XSD
    from graph.vocab import GK

    g = Graph()
    m = URIRef("https://w3id.org/govkg/id/metric/d/1-2")
    g.add((m, RDF.type, GK.Metric))
    g.add((m, SKOS.prefLabel, Literal("指标", lang="zh")))
    g.add((m, GK.value, Literal("01", datatype=XSD.integer)))
    g.add((m, GK.unit, Literal("个")))
    from graph.rdf import as_graph

    stored = as_graph({(s.n3(), p.n3(), o.n3()) for s, p, o in g if p != GK.value}
                      | {(m.n3(), GK.value.n3(), f'"01"^^<{XSD.integer}>')})   # as Oxigraph keeps it
    for graph in (g, stored):
        node = rdf_to_networkx(graph).nodes[str(m)]
        assert node["attributes"]["数值"] == "1个"


# ------------------------------------------------------------------ issue 13: people and programs first
PREFIXES = """PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX sdo: <https://schema.org/>
"""


def _rendered(build_dir, tmp_path, name: str = "page.html", **options) -> tuple[list[dict], dict, dict]:
    """Render the build's store like `govkg render`; (nodes of the page, its META, the result)."""
    from graph.store import open_store, store_graph

    out = tmp_path / name
    result = render_network(store_graph(open_store(build_dir)), out, **options)
    nodes, _, _, meta = page_data(out.read_text(encoding="utf-8"))
    return nodes, meta, result


def _store_metrics(build_dir) -> list[dict]:
    """Every metric of the build as the store holds it (asked independently of graph.network)."""
    import graph

    return graph.open_build(build_dir).query(PREFIXES + """
        SELECT ?m ?value ?indicator ?period ?subject ?sentence WHERE {
          ?m a gk:Metric ; gk:valueAsWritten ?value ; prov:wasDerivedFrom/rdf:value ?sentence .
          OPTIONAL { ?m gk:indicator ?indicator } OPTIONAL { ?m gk:period ?period }
          OPTIONAL { ?m gk:subject ?subject } }""")


def test_default_page_draws_no_metric_and_lists_each_in_its_subjects_panel(seed_build, tmp_path):
    nodes, meta, result = _rendered(seed_build, tmp_path)
    assert [n for n in nodes if n["kind"] == "metric"] == []
    assert "metric" not in {k["kind"] for k in meta["kinds"]} and meta["metricsDrawn"] is False
    metrics = _store_metrics(seed_build)
    assert len({m["m"] for m in metrics}) == result["metrics_listed"] == meta["metricsListed"] > 100
    by_id = {n["id"]: n for n in nodes}
    listed = {row["id"]: (n, row) for n in nodes for row in n["metrics"]}
    checked_subjects = 0
    for m in metrics:
        host, row = listed[m["m"]]                              # every metric is in some panel
        assert row["value"] == m["value"]
        assert row["indicator"] == (m["indicator"] or "") and row["period"] == (m["period"] or "")
        assert m["sentence"] in row["evidence"]
        assert row["docs"] and all(len(ref) == 2 for ref in row["docs"])
        if m["subject"] in by_id:                               # ... in its subject's panel when drawn
            assert any(r["id"] == m["m"] for r in by_id[m["subject"]]["metrics"])
            checked_subjects += 1
    assert checked_subjects > len(metrics) / 2


def test_metrics_option_draws_them_as_before(seed_build, tmp_path):
    from click.testing import CliRunner
    from graph.cli import main

    n_metrics = len({m["m"] for m in _store_metrics(seed_build)})
    plain, _, plain_result = _rendered(seed_build, tmp_path)
    run = CliRunner().invoke(main, ["render", "--metrics", "--store", str(seed_build),
                                    "--out", str(tmp_path / "m.html")])
    assert run.exit_code == 0, run.output
    drawn, _, _, meta = page_data((tmp_path / "m.html").read_text(encoding="utf-8"))
    assert sum(n["kind"] == "metric" for n in drawn) == n_metrics
    assert len(drawn) == len(plain) + n_metrics
    assert f"({len(drawn)} nodes, " in run.output and f"{n_metrics} metrics listed" in run.output
    assert meta["metricsDrawn"] is True and "metric" in {k["kind"] for k in meta["kinds"]}
    api = graph_api_render(seed_build, tmp_path / "api.html", metrics=True)
    assert api["nodes"] == len(drawn) and api["metrics_listed"] == n_metrics
    assert graph_api_render(seed_build, tmp_path / "api0.html")["nodes"] == plain_result["nodes"]
    typed = _rendered(seed_build, tmp_path, "t.html", types={"metric", "place"})[0]   # asked by type
    assert sum(n["kind"] == "metric" for n in typed) == n_metrics


def graph_api_render(build_dir, out, **options) -> dict:
    import graph

    with graph.open_build(build_dir) as kg:
        return kg.render(out, **options)


def test_a_persons_panel_lists_posts_with_status_and_dates_in_order(dated_build, tmp_path):
    import graph

    nodes, _, _ = _rendered(dated_build, tmp_path)
    li = next(n for n in nodes if n["name"] == "李明华")
    rows = li["posts"]
    assert [(r["role"], r["org"], r["status"]) for r in rows] == [
        ("市委书记", "株洲市委", "current"), ("市委书记", "株洲市委", "former")]
    assert [[d for d, _ in r["attested"]] for r in rows] == [["2019-03-05", "2020-06-18"], ["2021-09-02"]]
    assert rows[1]["statusLabel"] == "原任"
    firsts = [r["attested"][0][0] for r in rows]
    assert firsts == sorted(firsts)
    held = graph.open_build(dated_build).query(PREFIXES + """
        SELECT ?status ?date WHERE { ?m org:member ?p ; gk:postStatus ?status ; gk:attestedIn ?d .
          ?p sdo:name "李明华" . ?d dcterms:issued ?date }""")
    assert sorted((h["status"], h["date"]) for h in held) == sorted(
        (r["status"], d) for r in rows for d, _ in r["attested"])
    new = next(n for n in nodes if n["name"] == "王建国")["posts"]
    assert [(r["status"], r["statusLabel"], [d for d, _ in r["attested"]]) for r in new] == [
        ("new", "新任", ["2021-09-02"])]


def test_nodes_carry_the_years_they_are_attested_in(dated_build, seed_build, tmp_path):
    nodes, meta, _ = _rendered(dated_build, tmp_path)
    years = {n["name"]: n["years"] for n in nodes}
    assert years["王建国"] == ["2021"] and years["陈国强"] == ["2020"]
    assert years["李明华"] == ["2019", "2020", "2021"]
    assert years["株洲市"] == ["2019", "2020", "2021"] and years["湖南省"] == ["2019", "2020", "2021"]
    assert years["醴陵市"] == ["2020"]                       # the place of a 2020 node, not of 2019's
    assert [y for y, _ in meta["years"]] == ["2019", "2020", "2021"]
    assert dict(meta["years"])["2019"] == sum("2019" in n["years"] for n in nodes)
    undated, undated_meta, _ = _rendered(seed_build, tmp_path, "seeds.html")
    assert undated_meta["years"] == []                        # no dated document: no year control
    assert all(n["years"] == ["?"] for n in undated)


def test_demo_page_lists_metrics_and_falls_back_to_posts_without_memberships(demo_graph, tmp_path):
    out = tmp_path / "demo.html"
    assert render_network(demo_graph, out)["metrics_listed"] == 4
    nodes, edges, _, meta = page_data(out.read_text(encoding="utf-8"))
    by = {n["name"]: n for n in nodes}
    assert "5.31亿元" not in by and "metric" not in {n["kind"] for n in nodes}
    station = by["邵阳火车站客运综合交通枢纽工程"]["metrics"]
    assert [(r["indicator"], r["value"], r["period"]) for r in station] == [
        ("完成投资", "5.31亿元", "1至10月"), ("占年度投资计划", "132.75%", "1至10月")]
    assert station[0]["evidence"] == ["今年1至10月，已完成投资5.31亿元，占年度投资计划的132.75%。"]
    city = by["邵阳市"]["metrics"]
    assert [(r["value"], r["program"]) for r in city] == [("45.1亿元", "奋战五十天，决胜全年度")]
    assert by["刘明远"]["posts"] == [
        {"role": "市委副书记", "org": "中共邵阳市委", "status": "", "statusLabel": "", "attested": []},
        {"role": "市长", "org": "邵阳市人民政府", "status": "", "statusLabel": "", "attested": []}]
    assert meta["years"] == []


def test_the_builds_page_lists_metrics_in_panels_and_has_the_years(dated_build, tmp_path):
    """The page `govkg build` writes (the Oxigraph-backed graph of the build) is the default page."""
    from graph.pipeline import build

    build([dated_build.parent / "in"], tmp_path / "out", notify=lambda _m: None)
    nodes, _, _, meta = page_data((tmp_path / "out" / "network.html").read_text(encoding="utf-8"))
    assert nodes and not [n for n in nodes if n["kind"] == "metric"]
    assert meta["metricsListed"] == len({m["m"] for m in _store_metrics(tmp_path / "out")}) > 0
    assert [y for y, _ in meta["years"]] == ["2019", "2020", "2021"]
    again, _, _ = _rendered(tmp_path / "out", tmp_path)      # govkg render: the same page data
    assert [(n["id"], n["years"], n["metrics"], n["posts"]) for n in again] == [
        (n["id"], n["years"], n["metrics"], n["posts"]) for n in nodes]


def test_a_plain_oxigraph_store_draws_the_same_page_as_an_rdflib_graph(demo_graph, tmp_path):
    """The build draws the page from an in-memory Oxigraph store (no rdflib Graph around it):
    same nodes, edges and bytes as from the rdflib Graph holding the same triples."""
    import pyoxigraph as ox

    from graph.rdf import loaded_graph, loaded_store
    from graph.store import ntriples_of

    data = ntriples_of(demo_graph)
    store = loaded_store(data)
    assert isinstance(store, ox.Store) and len(store) == len(demo_graph)
    from_store = render_network(store, tmp_path / "store.html")
    from_graph = render_network(loaded_graph(data), tmp_path / "graph.html")
    assert from_store["nodes"] == from_graph["nodes"] == 37 and from_store["edges"] == from_graph["edges"]
    assert (tmp_path / "store.html").read_bytes() == (tmp_path / "graph.html").read_bytes()


def test_metrics_in_a_panel_follow_the_runs_of_digits_of_their_iri_by_value():
    """`_natural` orders as the key it replaced: ("e9" before "e10", digits compared as numbers)."""
    from graph.network import _natural

    def spelled_out(text):
        return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text))

    ids = ["m/e10", "m/e9", "m/e09x", "m/e9a", "m/", "m/e", "m/10/2", "m/9/30", "m/9/3", "m/٣", "m/3", "9", ""]
    assert sorted(ids, key=_natural) == sorted(ids, key=spelled_out)
    assert sorted(["doc/e10", "doc/e9"], key=_natural) == ["doc/e9", "doc/e10"]


def test_centrality_and_layout_neighbours_are_those_of_the_undirected_simple_graph(G):
    from graph.network import _centrality, _neighbours

    full, strong = _neighbours(G, {"mention"})
    assert full == {n: set(nx.Graph(G).neighbors(n)) for n in G}
    assert all(strong[n] <= full[n] for n in G) and strong != full
    raw = nx.degree_centrality(nx.Graph(G))
    top = max(raw.values())
    assert _centrality(full) == {n: c / top for n, c in raw.items()}
