"""Shared fixtures. Add new fixtures below; keep each one self-contained."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib.namespace as rdfns     # not `import XSD`: pytest probes module globals, XSD warns
from rdflib import Graph, Literal, URIRef

from graph.vocab import GK, ID, OA, ONTOLOGY_FILE, ORG, PROV, QB, RDF, SDO, SKOS


XSS_LABEL = "<img src=x onerror=alert(1)>"


# ------------------------------------------------------------------ demo graph (network page)
class _DemoBuilder:
    """Hand-made instance data in the shape graph/rdf.py emits (see issue 4)."""

    def __init__(self) -> None:
        self.g = Graph()
        self.g.parse(ONTOLOGY_FILE)            # class labels (@zh) for tooltips; must not become nodes
        self.doc = ID["doc/000"]
        self.g.add((self.doc, RDF.type, GK.SourceDocument))
        self.g.add((self.doc, GK.sourcePath, Literal("seeds/000_demo.txt")))
        self.g.add((self.doc, SKOS.prefLabel, Literal("000")))
        self._ev = 0

    def add(self, s: URIRef, p: URIRef, o) -> None:
        self.g.add((s, p, o if isinstance(o, (URIRef, Literal)) else Literal(o)))

    def label(self, s: URIRef, cls: URIRef, label: str) -> URIRef:
        self.add(s, RDF.type, cls)
        self.g.add((s, SKOS.prefLabel, Literal(label, lang="zh")))
        return s

    def evidence(self, node: URIRef, sentence: str, article: URIRef) -> None:
        self._ev += 1
        ev = ID[f"evidence/000/{self._ev:03d}"]
        sel = ID[f"evidence/000/{self._ev:03d}/pos"]
        self.add(ev, RDF.type, GK.Evidence)
        self.add(ev, RDF.value, Literal(sentence))
        self.add(ev, GK.article, article)
        self.add(ev, OA.hasSource, self.doc)
        self.add(ev, OA.hasSelector, sel)
        self.add(sel, RDF.type, OA.TextPositionSelector)
        self.add(sel, OA.start, Literal(self._ev * 10, datatype=rdfns.XSD.nonNegativeInteger))
        self.add(node, PROV.wasDerivedFrom, ev)

    def place(self, code: str, cls: URIRef, label: str, parent: URIRef | None) -> URIRef:
        p = self.label(ID[f"place/{code}"], cls, label)
        self.add(p, RDF.type, GK.Place)
        self.add(p, GK.adminCode, Literal(code))
        if parent is not None:
            self.add(p, SDO.containedInPlace, parent)
        return p

    def org(self, key: str, cls: URIRef, label: str, place: URIRef) -> URIRef:
        o = self.label(ID[f"org/{key}"], cls, label)
        self.add(o, RDF.type, GK.Organization)
        self.add(o, GK.jurisdiction, place)
        return o

    def official(self, key: str, name: str, posts: list[tuple[str, URIRef, str, URIRef]]) -> URIRef:
        """posts: (role label, org, evidence sentence, article)."""
        person = self.label(ID[f"person/{key}"], GK.Official, name)
        self.add(person, RDF.type, GK.Person)
        self.add(person, SDO.name, Literal(name))
        for i, (role_label, org, sentence, article) in enumerate(posts):
            role = self.label(ID[f"role/{role_label}"], GK.Role, role_label)
            self.add(role, SKOS.inScheme, GK.roles)
            post = ID[f"post/{key}/{i}"]
            self.add(post, RDF.type, ORG.Post)
            self.add(post, ORG.role, role)
            self.add(post, ORG.postIn, org)
            self.add(post, ORG.heldBy, person)
            self.add(person, ORG.holds, post)
            self.evidence(post, sentence, article)
        return person

    def program(self, key: str, cls: URIRef, label: str, place: URIRef, run_by: URIRef | None = None) -> URIRef:
        p = self.label(ID[f"program/{key}"], cls, label)
        self.add(p, RDF.type, GK.Program)
        self.add(p, GK.jurisdiction, place)
        if run_by is not None:
            self.add(p, GK.runBy, run_by)
        return p

    def metric(self, key: str, subject: URIRef, indicator: str, value: str, unit: str, period: str,
               program: URIRef | None = None) -> URIRef:
        m = self.label(ID[f"metric/{key}"], GK.Metric, f"{value}{unit}")
        self.add(m, QB.dataSet, GK.metrics)
        self.add(m, GK.subject, subject)
        self.add(m, GK.indicator, Literal(indicator))
        self.add(m, GK.value, Literal(value, datatype=rdfns.XSD.decimal))
        self.add(m, GK.unit, Literal(unit))
        self.add(m, GK.valueAsWritten, Literal(f"{value}{unit}"))
        self.add(m, GK.period, Literal(period))
        if program is not None:
            self.add(m, GK.program, program)
        return m

    def article(self, key: str, headline: str, authors: list[str], photographers: list[str] = ()) -> URIRef:
        a = self.label(ID[f"article/000/{key}"], GK.Article, headline)
        self.add(a, SDO.headline, Literal(headline))
        self.add(a, SDO.isPartOf, self.doc)
        for prop, names in ((SDO.author, authors), (GK.photographer, photographers)):
            for name in names:
                j = self.label(ID[f"journalist/{name}"], GK.Journalist, name)
                self.add(j, SDO.name, Literal(name))
                self.add(a, prop, j)
        return a


def build_demo_graph() -> Graph:
    """~40 nodes around 邵阳市 (plus a 长沙/浏阳 branch outside its 2-step neighbourhood)."""
    b = _DemoBuilder()
    a1 = b.article("1", "全流程贴心服务 全方位助企纾困", ["肖洋桂", "杨平"])
    a2 = b.article("2", "新邵：乡村振兴跑出加速度", ["陈功春"], ["杨平"])
    a3 = b.article("3", "浏阳花炮产业转型升级步伐加快", ["赵一鸣"])

    hunan = b.place("430000", GK.Province, "湖南省", None)
    shaoyang = b.place("430500", GK.PrefectureCity, "邵阳市", hunan)
    daxiang = b.place("430503", GK.District, "大祥区", shaoyang)
    shuangqing = b.place("430502", GK.District, "双清区", shaoyang)
    shaodong = b.place("430582", GK.CountyLevelCity, "邵东市", shaoyang)
    xinshao = b.place("430522", GK.County, "新邵县", shaoyang)
    b.place("430524", GK.County, "隆回县", shaoyang)
    zone = b.label(ID["place/shaoyang-zone"], GK.DevelopmentZone, "邵阳经济技术开发区")
    b.add(zone, SDO.containedInPlace, shaoyang)
    b.g.add((zone, SKOS.altLabel, Literal("邵阳经开区", lang="zh")))
    niangxi = b.place("430522100", GK.Town, "酿溪镇", xinshao)
    changsha = b.place("430100", GK.PrefectureCity, "长沙市", hunan)
    liuyang = b.place("430181", GK.CountyLevelCity, "浏阳市", changsha)
    for place, sentence, art in ((shaoyang, "今年以来，邵阳市面对多轮疫情冲击，坚决落实“疫情要防住、经济要稳住、发展要安全”要求。", a1),
                                 (xinshao, "新邵县坚持把乡村振兴作为“三农”工作总抓手。", a2),
                                 (liuyang, "浏阳市花炮产业总产值突破500亿元。", a3)):
        b.evidence(place, sentence, art)

    sy_party = b.org("sy-party", GK.PartyCommittee, "中共邵阳市委", shaoyang)
    sy_gov = b.org("sy-gov", GK.Government, "邵阳市人民政府", shaoyang)
    sy_ndrc = b.org("sy-ndrc", GK.Department, "邵阳市发改委", shaoyang)
    xs_party = b.org("xs-party", GK.PartyCommittee, "中共新邵县委", xinshao)
    sd_gov = b.org("sd-gov", GK.Government, "邵东市人民政府", shaodong)
    ly_party = b.org("ly-party", GK.PartyCommittee, "中共浏阳市委", liuyang)
    sany = b.org("sany", GK.Company, "三一专汽", zone)

    b.official("yanhua", "严华", [("市委书记", sy_party, "市委书记严华深入邵阳火车站改造工程施工现场调研。", a1)])
    b.official("liumingyuan", "刘明远", [("市委副书记", sy_party, "市委副书记、市长刘明远主持召开项目调度会。", a1),
                                         ("市长", sy_gov, "市委副书记、市长刘明远主持召开项目调度会。", a1)])
    b.official("wangxiaodong", "王晓东", [("主任", sy_ndrc, "邵阳市发改委主任王晓东表示，将全力保障项目要素。", a1)])
    b.official("zhoujianping", "周建平", [("县委书记", xs_party, "县委书记周建平带队督查乡村振兴示范创建工作。", a2)])
    b.official("liwenbo", "李文博", [("市委书记", ly_party, "浏阳市委书记李文博调研花炮企业。", a3)])

    campaign = b.program("fenzhan", GK.Campaign, "奋战五十天，决胜全年度", shaoyang, sy_party)
    station = b.program("station", GK.Project, "邵阳火车站客运综合交通枢纽工程", shaoyang, sy_ndrc)
    glass = b.program("glass", GK.Project, "邵阳虹基板玻璃项目", zone)
    mechanism = b.program("zhuanban", GK.Mechanism, "一项目一专班", shaoyang, sy_gov)
    rural = b.program("rural", GK.Campaign, "乡村振兴示范创建", xinshao, xs_party)
    fireworks = b.program("fireworks", GK.Project, "浏阳花炮产业升级", liuyang, ly_party)
    xss = b.program("xss", GK.Event, XSS_LABEL, shaoyang)
    b.evidence(campaign, "全市上下掀起“奋战五十天，决胜全年度”经济建设热潮。", a1)
    b.evidence(station, "邵阳火车站客运综合交通枢纽工程配套基础设施建设项目为省重点建设项目。", a1)
    b.evidence(glass, "邵阳虹基板玻璃项目完成年度投资计划。", a1)
    b.evidence(mechanism, "邵阳市正全力以赴按照“一项目一专班”机制推进。", a1)
    b.evidence(rural, "新邵县乡村振兴示范创建工作取得明显成效。", a2)
    b.evidence(fireworks, "浏阳花炮产业升级项目进展顺利。", a3)
    b.evidence(xss, "<script>alert(2)</script> 与 " + XSS_LABEL + " 只是文字。", a1)
    b.evidence(sany, "三一专汽生产车间内一派繁忙景象。", a1)

    m1 = b.metric("station-invest", station, "完成投资", "5.31", "亿元", "1至10月")
    m2 = b.metric("station-share", station, "占年度投资计划", "132.75", "%", "1至10月")
    m3 = b.metric("fenzhan-invest", shaoyang, "完成投资", "45.1", "亿元", "前10个月", campaign)
    m4 = b.metric("fireworks-output", liuyang, "花炮产业总产值", "500", "亿元", "2022年")
    b.evidence(m1, "今年1至10月，已完成投资5.31亿元，占年度投资计划的132.75%。", a1)
    b.evidence(m2, "今年1至10月，已完成投资5.31亿元，占年度投资计划的132.75%。", a1)
    b.evidence(m3, "前10个月，全市重点项目完成投资45.1亿元。", a1)
    b.evidence(m4, "浏阳市花炮产业总产值突破500亿元。", a3)
    _ = (daxiang, shuangqing, niangxi, sd_gov)
    return b.g


@pytest.fixture(scope="session")
def demo_graph() -> Graph:
    """The hand-made demo graph (shared across the session: do not mutate, copy first)."""
    return build_demo_graph()


@pytest.fixture(scope="session")
def xss_label() -> str:
    return XSS_LABEL


def build_large_graph(n_places: int) -> Graph:
    """A synthetic graph with about 3 * n_places nodes (places, orgs, officials, metrics)."""
    b = _DemoBuilder()
    province = b.place("p0", GK.Province, "测试省", None)
    art = b.article("big", "大图测试文章", ["测试记者"])
    cities = [b.place(f"c{i}", GK.PrefectureCity, f"第{i}市", province) for i in range(max(1, n_places // 100))]
    role = "县委书记"
    for i in range(n_places):
        county = b.place(f"x{i}", GK.County, f"测试{i}县", cities[i % len(cities)])
        org = b.org(f"o{i}", GK.PartyCommittee, f"中共测试{i}县委", county)
        b.official(f"p{i}", f"官员{i}号", [(role, org, f"测试{i}县县委书记官员{i}号出席会议。", art)])
    return b.g


@pytest.fixture(scope="session")
def large_graph_factory() -> Callable[[int], Graph]:
    return build_large_graph


# ------------------------------------------------------------------ builds (issue 5: robustness)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def no_extraction(monkeypatch):
    """Replace extraction by an empty Extraction: builds that test reading, storing and the CLI only."""
    import graph.pipeline
    from graph.model import Extraction

    monkeypatch.setattr(graph.pipeline, "extract_document", lambda doc, gaz: Extraction(doc=doc))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """A real build of the five seed pages (do not modify it: copy it first)."""
    from graph.pipeline import build

    out = tmp_path_factory.mktemp("seed-build") / "out"
    from graph.validate import validate_store

    build([SEEDS], out, network=False, notify=lambda _m: None)
    conforms, report = validate_store(out)
    assert conforms, report
    return out


@pytest.fixture
def every_build_passes_shacl(monkeypatch):
    """Every graph a test builds is checked against the SHACL shapes as it is built
    (used module-wide by tests/test_cli.py and tests/test_robustness.py)."""
    import graph.pipeline as pipeline
    from graph.validate import validate_graph

    real = pipeline.graph_of

    def checked(extractions, gaz):
        graph = real(extractions, gaz)
        conforms, report = validate_graph(graph)
        assert conforms, report
        checked.calls += 1
        return graph

    checked.calls = 0
    monkeypatch.setattr(pipeline, "graph_of", checked)
    return checked


# ------------------------------------------------------------------ a dated corpus (issue 13: network page)
DATED_TEXTS = {   # written for the tests; the dates are given by the paths (README "Dates")
    "2019/03/05/a.txt": "株洲市召开全市项目建设推进会\n\n3月5日，株洲市委书记李明华主持召开全市项目建设推进会。"
                        "市委副书记、市长赵立新出席会议。会议指出，今年全市计划实施重点项目120个，完成投资350亿元。\n",
    "2020/06/18/b.txt": "李明华到醴陵市调研陶瓷产业\n\n6月18日，株洲市委书记李明华到醴陵市调研陶瓷产业发展。"
                        "醴陵市委书记陈国强陪同调研。上半年，醴陵陶瓷产业实现产值320亿元。\n",
    "2021/09/02/c.txt": "株洲市召开全市领导干部会议\n\n9月2日，株洲市召开全市领导干部会议。新任株洲市委书记王建国讲话，"
                        "原株洲市委书记李明华出席会议。\n",
}


@pytest.fixture(scope="session")
def dated_build(tmp_path_factory) -> Path:
    """A real build of three short texts dated 2019, 2020 and 2021 by their paths, in which one
    official (李明华) is current, current again, then former (do not modify it: copy it first)."""
    from graph.pipeline import build

    root = tmp_path_factory.mktemp("dated")
    for rel, text in DATED_TEXTS.items():
        (root / "in" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "in" / rel).write_text(text, encoding="utf-8")
    build([root / "in"], root / "out", network=False, notify=lambda _m: None)
    return root / "out"


@pytest.fixture(scope="session")
def gaz():
    """The gazetteer as the build loads it (a module may still define its own `gaz`)."""
    from graph.gazetteer import load_gazetteer

    return load_gazetteer()
