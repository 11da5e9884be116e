"""The network page in a real browser: Debian's headless Chromium driven by playwright.

Skipped (with the reason) when /usr/bin/chromium or the playwright package is
missing; `.ci/run` installs chromium + fonts-noto-cjk. No browser is ever
downloaded. Pages are opened from file:// with the page's own CSP in force.
"""
from __future__ import annotations

import os
import struct
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import Graph

from graph.network import LAYOUT_THRESHOLD, ego_subgraph, rdf_to_networkx, render_network

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
XSS = "<img src=x onerror=alert(1)>"
READY_SECONDS = 60


# ------------------------------------------------------------------ fixtures and helpers
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium fonts-noto-cjk, or run .ci/run)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def G(demo_graph: Graph) -> nx.MultiDiGraph:
    return rdf_to_networkx(demo_graph, metrics=False)           # what the page draws by default


@pytest.fixture(scope="module")
def demo_page(demo_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("network") / "network.html"
    render_network(demo_graph, out)
    return out


@dataclass
class Opened:
    page: Any
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def poll(self, script: str, arg: Any = None, timeout: float = 10.0) -> Any:
        """evaluate until truthy (wait_for_function would need eval, which the page's CSP forbids)."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(script, arg)
            if value or time.monotonic() > deadline:
                return value
            self.page.wait_for_timeout(50)

    def drawn(self) -> list[str]:
        return self.js("() => govkgNetwork.body.nodeIndices.slice()")

    def dom_position(self, node_id: str) -> tuple[float, float]:
        x, y = self.js("""(id) => {
            const net = window.govkgNetwork, p = net.getPositions([id])[id], d = net.canvasToDOM(p);
            const r = document.getElementById('gk-canvas').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y]; }""", node_id)
        return x, y

    def centre_on(self, node_id: str, scale: float = 1.6) -> tuple[float, float]:
        self.js("(a) => govkgNetwork.moveTo({position: govkgNetwork.getPositions([a[0]])[a[0]], scale: a[1]})",
                [node_id, scale])
        self.page.wait_for_timeout(100)
        return self.dom_position(node_id)


@pytest.fixture
def opened(browser: Any) -> Iterator[Any]:
    pages: list[Any] = []

    def open_page(path: Path) -> Opened:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        pages.append(page)
        log = Opened(page)
        page.on("request", lambda r: log.requests.append(r.url))
        page.on("dialog", lambda d: (log.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: log.errors.append(f"pageerror: {e}"))
        page.on("console", lambda m: log.errors.append(f"console: {m.text}") if m.type == "error" else None)
        started = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=READY_SECONDS * 1000)
        log.seconds = time.perf_counter() - started
        return log

    yield open_page
    for page in pages:
        page.close()


def by_label(G: nx.MultiDiGraph, label: str) -> str:
    return next(n for n, lab in G.nodes(data="label") if lab == label)


def png_pixels(data: bytes) -> list[tuple[int, ...]]:
    """Decode an 8-bit, non-interlaced RGB/RGBA PNG (what Chromium writes) into pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, []
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
    assert depth == 8 and interlace == 0 and color in (2, 6), (depth, color, interlace)
    bpp = 3 if color == 2 else 4
    raw, stride = zlib.decompress(b"".join(idat)), width * bpp
    prev, pixels = bytearray(stride), []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        pixels += [tuple(line[i:i + 3]) for i in range(0, stride, bpp)]
        prev = line
    return pixels


def assert_not_blank(opened_page: Opened) -> None:
    box = opened_page.page.locator("#gk-canvas").bounding_box()
    clip = {"x": box["x"] + box["width"] / 2 - 240, "y": box["y"] + box["height"] / 2 - 180,
            "width": 480, "height": 360}
    pixels = png_pixels(opened_page.page.screenshot(clip=clip))
    background, count = Counter(pixels).most_common(1)[0]
    assert len(set(pixels)) >= 16, "the drawing area is (nearly) one colour"
    assert 1 - count / len(pixels) >= 0.01, f"under 1% of the drawing area differs from {background}"


# ------------------------------------------------------------------ tests
def test_page_draws_every_node_offline_and_stops_physics(opened, demo_page, G):
    page = opened(demo_page)
    assert page.js("() => govkgNodes.length") == G.number_of_nodes()
    assert sorted(page.drawn()) == sorted(G.nodes)
    assert page.js("() => govkgEdges.length") == G.number_of_edges()
    assert page.js("() => govkgNetwork.physics.options.enabled") is False     # stabilised, then off
    before = page.js("() => govkgNetwork.getPositions()")
    page.page.wait_for_timeout(500)
    assert page.js("() => govkgNetwork.getPositions()") == before              # nothing keeps moving
    assert [u for u in page.requests if not u.startswith(("file:", "data:"))] == []
    assert not any(u.startswith(("http:", "https:")) for u in page.requests)
    assert page.errors == [] and page.dialogs == []
    assert page.seconds < 15, f"page needed {page.seconds:.1f}s to become usable"


def test_screenshot_is_not_blank(opened, demo_page):
    assert_not_blank(opened(demo_page))


def test_search_by_part_of_a_chinese_name_selects_and_focuses(opened, demo_page, G):
    page = opened(demo_page)
    city = by_label(G, "邵阳市")
    page.page.fill("#gk-search", "邵阳")
    assert page.poll("(id) => govkgNetwork.getSelectedNodes().join() === id", city)
    assert page.page.locator("#gk-results li").first.inner_text().startswith("邵阳市")
    box = page.page.locator("#gk-canvas").bounding_box()

    def off_centre() -> tuple[float, float]:
        x, y = page.dom_position(city)
        return abs(x - (box["x"] + box["width"] / 2)), abs(y - (box["y"] + box["height"] / 2))

    for _ in range(50):                      # the focus animation ends when it ends (slow under load)
        dx, dy = off_centre()
        if dx < box["width"] * 0.1 and dy < box["height"] * 0.1:
            break
        page.page.wait_for_timeout(100)
    assert dx < box["width"] * 0.1 and dy < box["height"] * 0.1, (dx, dy)
    assert "邵阳市" in page.page.locator("#gk-details").inner_text()

    page.page.fill("#gk-search", "")
    page.page.locator("#gk-search").focus()
    page.page.keyboard.insert_text("明远")                             # what an IME commits
    liu = by_label(G, "刘明远")
    assert page.poll("(id) => govkgNetwork.getSelectedNodes().join() === id", liu)


def test_search_finds_aliases(opened, demo_page, G):
    page = opened(demo_page)
    page.page.fill("#gk-search", "经开区")
    page.page.keyboard.press("Enter")
    zone = by_label(G, "邵阳经济技术开发区")
    assert page.poll("(id) => govkgNetwork.getSelectedNodes().join() === id", zone)


def test_xss_label_stays_text(opened, demo_page, G):
    page = opened(demo_page)
    xss = by_label(G, XSS)
    assert page.js("(id) => govkgNodes.get(id).name", xss) == XSS
    x, y = page.centre_on(xss)
    page.page.mouse.move(x - 40, y - 40)
    page.page.mouse.move(x, y, steps=4)
    tip = page.poll("""() => { const t = document.querySelector('div.vis-tooltip');
        return t && t.style.visibility !== 'hidden' && t.textContent.length ? t.textContent : ''; }""")
    assert XSS in tip                                       # shown literally in the hover box
    assert "<script>alert(2)</script>" in tip               # evidence sentence is text too
    page.page.fill("#gk-search", "onerror")
    page.page.keyboard.press("Enter")
    assert page.poll("(id) => govkgNetwork.getSelectedNodes().join() === id", xss)
    assert XSS in page.page.locator("#gk-results").inner_text()
    assert XSS in page.page.locator("#gk-details h3").inner_text()
    page.page.wait_for_timeout(300)
    assert page.js("() => document.querySelectorAll('img, [onerror]').length") == 0
    assert page.js("() => document.querySelectorAll('script').length") == 2   # vis + ours, nothing injected
    assert page.dialogs == []
    assert page.errors == []


def test_class_and_place_filters(opened, demo_page, G):
    page = opened(demo_page)
    total = G.number_of_nodes()
    articles = {n for n, k in G.nodes(data="kind") if k == "article"}
    page.page.uncheck("#gk-legend input[value=article]")
    assert set(page.drawn()) == set(G.nodes) - articles
    page.page.check("#gk-legend input[value=article]")
    assert len(page.drawn()) == total
    page.page.select_option("#gk-place", "新邵县")
    expected = {n for n, places in G.nodes(data="places") if "新邵县" in places}
    assert set(page.drawn()) == expected and 0 < len(expected) < total
    edges = page.js("() => govkgNetwork.body.edgeIndices.slice()")
    assert all(set(page.js("(id) => { const e = govkgEdges.get(id); return [e.from, e.to]; }", e)) <= expected
               for e in edges)
    positions = page.js("() => govkgNetwork.getPositions()")
    page.page.click("#gk-reset")
    assert len(page.drawn()) == total
    after = page.js("() => govkgNetwork.getPositions()")
    assert all(after[n] == xy for n, xy in positions.items())     # nodes come back where they were
    assert page.errors == []


def test_click_highlights_the_neighbourhood(opened, demo_page, G):
    page = opened(demo_page)
    yan = by_label(G, "严华")
    x, y = page.centre_on(yan, 2.0)
    page.page.mouse.click(x, y)
    assert page.poll("(id) => govkgNetwork.getSelectedNodes().join() === id", yan)
    colour = "(id) => govkgNodes.get(id).color.background"
    assert page.js(colour, by_label(G, "中共邵阳市委")) == "#f28e2b"           # neighbour keeps its colour
    assert page.js(colour, by_label(G, "浏阳市")) == "#e9e9e9"                 # the rest is dimmed
    details = page.page.locator("#gk-details").inner_text()
    assert "严华" in details and "市委书记" in details
    assert "市委书记严华深入邵阳火车站改造工程施工现场调研。" in details       # evidence sentence


def test_ego_view_page(opened, demo_graph, G, tmp_path):
    out = tmp_path / "ego.html"
    result = render_network(demo_graph, out, focus="邵阳市", depth=2, types={"official", "program"})
    page = opened(out)
    H = ego_subgraph(G, "邵阳市", 2, {"official", "program"})
    assert sorted(page.drawn()) == sorted(H.nodes) and len(H) == result["nodes"]
    assert page.js("() => govkgNetwork.getSelectedNodes()") == [by_label(G, "邵阳市")]
    assert not any(u.startswith(("http:", "https:")) for u in page.requests)
    assert_not_blank(page)


def test_big_graph_uses_a_precomputed_layout_and_is_usable_fast(opened, large_graph_factory, tmp_path):
    out = tmp_path / "big.html"
    result = render_network(large_graph_factory(LAYOUT_THRESHOLD // 3 + 50), out)
    assert result["nodes"] > LAYOUT_THRESHOLD
    page = opened(out)
    assert len(page.drawn()) == result["nodes"]
    assert page.js("() => govkgNetwork.physics.options.enabled") is False
    assert page.seconds < 20, f"{result['nodes']} nodes needed {page.seconds:.1f}s"
    page.page.fill("#gk-search", "官员7号")
    assert page.poll("() => govkgNetwork.getSelectedNodes().length === 1")
    assert page.errors == [] and not any(u.startswith(("http:", "https:")) for u in page.requests)
    assert_not_blank(page)


# ------------------------------------------------------------------ issue 13: panels and the year filter
@pytest.fixture(scope="module")
def dated(dated_build: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, nx.MultiDiGraph]:
    from graph.store import open_store, store_graph

    g = store_graph(open_store(dated_build))
    out = tmp_path_factory.mktemp("dated-page") / "network.html"
    render_network(g, out)
    return out, rdf_to_networkx(g, metrics=False)


def test_year_filter_keeps_the_nodes_of_the_chosen_years_and_their_places(opened, dated):
    path, H = dated
    page = opened(path)
    assert page.page.locator("#gk-year-box").is_visible()
    assert page.page.locator("#gk-years input").evaluate_all("(xs) => xs.map((x) => x.value)") == [
        "2019", "2020", "2021"]
    total = set(H.nodes)
    assert set(page.drawn()) == total
    page.page.check("#gk-years input[value='2019']")
    shown = set(page.drawn())
    assert shown == {n for n, ys in H.nodes(data="years") if "2019" in ys} and shown < total
    labels = {H.nodes[n]["label"] for n in shown}
    assert {"李明华", "赵立新", "株洲市", "湖南省"} <= labels            # the year's people and their places
    assert not {"王建国", "陈国强", "醴陵市"} & labels                 # 2021's and 2020's only are hidden
    edges = page.js("() => govkgNetwork.body.edgeIndices.slice()")
    assert all(set(page.js("(id) => { const e = govkgEdges.get(id); return [e.from, e.to]; }", e)) <= shown
               for e in edges)
    page.page.check("#gk-years input[value='2021']")
    both = {H.nodes[n]["label"] for n in page.drawn()}
    assert "王建国" in both and "陈国强" not in both
    assert "显示 " + str(len(page.drawn())) + " / " + str(len(total)) in page.page.locator("#gk-status").inner_text()
    page.page.click("#gk-reset")
    assert set(page.drawn()) == total
    assert page.js("() => Array.from(document.querySelectorAll('#gk-years input')).some((x) => x.checked)") is False
    assert page.errors == [] and not any(u.startswith(("http:", "https:")) for u in page.requests)


def test_panels_show_posts_in_time_and_the_metrics_of_a_place(opened, dated):
    path, H = dated
    page = opened(path)
    assert page.js("() => govkgNodes.get().filter((n) => n.kind === 'metric').length") == 0
    page.page.fill("#gk-search", "李明华")
    page.page.keyboard.press("Enter")
    assert page.poll("() => document.querySelectorAll('#gk-posts li').length === 2")
    rows = page.page.locator("#gk-posts li").all_inner_texts()
    assert "现任" in rows[0] and "2019-03-05" in rows[0] and "2020-06-18" in rows[0]
    assert rows[0].index("2019-03-05") < rows[0].index("2020-06-18")
    assert "原任" in rows[1] and "2021-09-02" in rows[1]
    page.page.fill("#gk-search", "株洲市")
    page.page.keyboard.press("Enter")
    assert page.poll("() => document.querySelectorAll('#gk-metrics li').length >= 2")
    metrics = page.page.locator("#gk-metrics").inner_text()
    assert "350亿元" in metrics and "今年" in metrics and "2019-03-05" in metrics
    assert "会议指出，今年全市计划实施重点项目120个，完成投资350亿元。" in metrics
    page.page.fill("#gk-search", "320亿元")                        # a metric's value finds its subject
    page.page.keyboard.press("Enter")
    liling = next(n for n, lab in H.nodes(data="label") if lab == "醴陵市")
    assert page.poll("(id) => govkgNetwork.getSelectedNodes().join() === id", liling)
    assert "详情中的指标" in page.page.locator("#gk-results").inner_text()
    assert page.errors == []


def test_no_year_control_without_dated_documents(opened, demo_page):
    page = opened(demo_page)
    assert page.page.locator("#gk-year-box").is_hidden()
    assert page.page.locator("#gk-years input").count() == 0


def test_metric_and_post_text_in_panels_stays_text(opened, demo_graph, tmp_path, G):
    """A metric whose indicator, value and sentence are markup, listed in the XSS program's panel."""
    from rdflib import Literal
    from graph.vocab import GK, ID, PROV, RDF, SKOS

    g = Graph()
    for t in demo_graph:
        g.add(t)
    m, ev, xss = ID["metric/xss"], ID["evidence/xss"], next(
        s for s, o in demo_graph.subject_objects(SKOS.prefLabel) if str(o) == XSS)
    for p, o in ((RDF.type, GK.Metric), (GK.subject, xss), (GK.indicator, Literal(XSS)),
                 (GK.valueAsWritten, Literal("<b>9</b>亿元")), (GK.period, Literal("<i>今年</i>")),
                 (PROV.wasDerivedFrom, ev)):
        g.add((m, p, o))
    g.add((ev, RDF.value, Literal("<script>alert(3)</script>" + XSS)))
    out = tmp_path / "xss.html"
    render_network(g, out)
    page = opened(out)
    page.js("(id) => govkg.goTo(id)", str(xss))
    assert page.poll("() => document.querySelectorAll('#gk-metrics li').length === 1")
    text = page.page.locator("#gk-metrics").inner_text()
    assert XSS in text and "<b>9</b>亿元" in text and "<script>alert(3)</script>" in text
    assert page.js("() => document.querySelectorAll('img, b, i, [onerror]').length") == 0
    assert page.js("() => document.querySelectorAll('script').length") == 2
    assert page.dialogs == [] and page.errors == []


# ------------------------------------------------------------------ issue 11: the overview of a large graph
def test_overview_page_says_what_it_shows_and_how_to_reach_the_rest(opened, seed_build, tmp_path):
    """The seeds build copied (places shared) drawn as an overview of 300 nodes: the notice, the
    counts, search among the nodes drawn, the hint for the others, a panel cut to the newest
    metrics. (The build's own limit is OVERVIEW_NODES; 300 keeps the test quick.)"""
    import json
    import re

    from graph.network import MAX_PANEL_METRICS
    from graph.store import open_store, replicate

    store = replicate(open_store(seed_build), 6, shared=("place/", "role/", "program/"))
    whole = rdf_to_networkx(store, metrics=False)
    out = tmp_path / "overview.html"
    result = render_network(store, out, limit=300)
    assert result["nodes"] == 300 and result["total_nodes"] == whole.number_of_nodes() > 300
    page = opened(out)
    assert len(page.drawn()) == 300 and page.errors == []
    assert not any(u.startswith(("http:", "https:")) for u in page.requests)
    notice = page.page.locator("#gk-overview")
    assert notice.is_visible()
    assert f"全图 {whole.number_of_nodes()} 个节点中最重要的 300 个" in notice.inner_text()
    assert "govkg render --focus 名称" in notice.inner_text()
    assert f"全图 {whole.number_of_nodes()} 个节点" in page.page.locator("#gk-status").inner_text()
    kinds = Counter(k for _, k in whole.nodes(data="kind"))
    legend = page.page.locator("#gk-legend").inner_text()
    assert all(f" / {kinds[k]})" in legend for k in kinds), legend

    raw = json.loads(re.search(r"var RAW_NODES = (.*?);\n", out.read_text(encoding="utf-8")).group(1))
    drawn = {n["id"] for n in raw}
    texts = [t.lower() for n in raw for t in [n["name"], *n["aliases"]] + [
        f"{m['indicator']} {m['value']}" for m in n["metrics"]]]
    found = next(n for n in raw if n["kind"] == "official")
    page.page.fill("#gk-search", found["name"])
    assert page.poll("(id) => govkgNetwork.getSelectedNodes().join() === id", found["id"])
    missing = next(lab for n, lab in whole.nodes(data="label")
                   if n not in drawn and len(lab) > 1 and not any(lab.lower() in t for t in texts))
    page.page.fill("#gk-search", missing)
    assert page.poll("() => document.querySelector('#gk-results li').textContent.indexOf('govkg render --focus') > 0")

    cut = next(n for n in raw if n.get("metricsTotal"))
    page.js("(id) => govkg.goTo(id)", cut["id"])
    assert page.poll("(n) => document.querySelectorAll('#gk-metrics li').length === n", MAX_PANEL_METRICS)
    details = page.page.locator("#gk-details").inner_text()
    assert f"全部 {cut['metricsTotal']} 项：govkg render --focus {cut['name']}" in details
    assert_not_blank(page)


def test_small_page_has_no_overview_notice(opened, demo_page):
    page = opened(demo_page)
    assert page.page.locator("#gk-overview").count() == 0
    assert "全图" not in page.page.locator("#gk-status").inner_text()
