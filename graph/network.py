"""The interactive network page a journalist opens in a browser (issue 4).

`rdf_to_networkx` turns the RDF instance data into a networkx MultiDiGraph
(org:Post nodes are collapsed into person -> organisation edges labelled with
the role). It reads the graph once into a dictionary index (`_Index`: straight
from the Oxigraph store behind the build's graph, or through rdflib for any
other graph), so the stage is linear in the number of triples; `ego_subgraph` cuts the neighbourhood of one named node, and
`render_network` writes ONE self-contained HTML file: vis-network's JS/CSS as
shipped inside the pyvis package are inlined, our own template
(graph/templates/network.html) replaces pyvis' Bootstrap one, and the page asks
for nothing over the network (a Content-Security-Policy forbids it as well).

A whole-graph page of more than OVERVIEW_NODES nodes (an archive's build) draws an overview
(issue 11, `whole_view`): the most important nodes and the edges among them, the page saying how
many of how many it shows and that `govkg render --focus` draws the ego view of any other. The
graph is read once into every node and edge (`_drawable`: labels, kinds, edges); attributes,
evidence, panels, places and years are then filled for the nodes drawn only (`_filled`).

Metrics are listed in the details panel of their subject rather than drawn (issue 13:
they were 40-80% of the nodes); `render_network(..., metrics=True)` draws them too.
A person's panel lists their posts in time (org:Membership status and the dates of
the documents attesting them), and each node carries the years of the documents it is
attested in, for the page's year filter.

Article text is data: node and edge payloads go into the page as JSON
(Jinja's `tojson`, which escapes `<`, `>`, `&`, `'`), and the page builds every
label, tooltip and list item with `textContent`, never with innerHTML.
"""
from __future__ import annotations

import contextlib
import math
import os
import re
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pyvis
from markupsafe import Markup
from pyvis.network import Network
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.term import Node

from graph.heap import without_gc
from graph.vocab import (
    DCTERMS, GK, OA, ORG, ORG_CLASS_BY_KIND, PLACE_CLASS_BY_LEVEL, PROGRAM_CLASS_BY_KIND,
    PROV, RDF, RDFS, SDO, SKOS, TermForms,
)

NODE_CLASSES = ("place", "official", "person", "organization", "program", "metric", "article")

LAYOUT_THRESHOLD = 2000   # above this many nodes the layout is computed here, physics off
OVERVIEW_NODES = 3000     # a whole-graph page with more nodes draws an overview of this many (see `overview_nodes`)
MAX_PANEL_METRICS = 20    # metrics an overview's panel lists for a node (its newest; the ego view lists all)
MAX_EVIDENCE = 3          # evidence sentences shown per node
MAX_LABEL = 20            # characters of a label drawn on the canvas (full text in tooltip)
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "network.html"
FONT_FACE = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif"


class NetworkError(Exception):
    """A network view cannot be produced (unknown focus, bad options, missing assets)."""


@dataclass(frozen=True)
class KindStyle:
    zh: str      # legend text
    color: str   # fill colour
    shape: str   # vis-network shape (label below the shape, so `size` applies)
    glyph: str   # legend symbol


STYLES: dict[str, KindStyle] = {
    "place": KindStyle("地点", "#4e79a7", "dot", "●"),
    "official": KindStyle("官员", "#e15759", "diamond", "◆"),
    "person": KindStyle("其他人物（记者等）", "#b07aa1", "triangle", "▲"),
    "organization": KindStyle("机构", "#f28e2b", "square", "■"),
    "program": KindStyle("工作/项目", "#59a14f", "star", "★"),
    "metric": KindStyle("指标", "#d4a914", "triangleDown", "▼"),
    "article": KindStyle("文章", "#9c755f", "hexagon", "⬢"),
}

_CLASS_KIND: dict[URIRef, str] = {
    **{c: "place" for c in (GK.Place, *PLACE_CLASS_BY_LEVEL.values())},
    GK.Official: "official",
    GK.Person: "person", GK.Journalist: "person", SDO.Person: "person",
    **{c: "organization" for c in (GK.Organization, ORG.Organization, *ORG_CLASS_BY_KIND.values())},
    **{c: "program" for c in (GK.Program, *PROGRAM_CLASS_BY_KIND.values())},
    GK.Metric: "metric",
    GK.Article: "article",
}
_GENERIC_CLASSES = {GK.Place, GK.Person, SDO.Person, GK.Organization, ORG.Organization, GK.Program}
_KIND_PRIORITY = ("official", "place", "organization", "program", "metric", "article", "person")

# (predicate, edge label, relation) drawn as subject -> object when both ends are nodes.
_DIRECT_EDGES: tuple[tuple[URIRef, str, str], ...] = (
    (SDO.containedInPlace, "属于", "containedInPlace"),
    (GK.runBy, "主办", "runBy"),
    (ORG.subOrganizationOf, "隶属", "subOrganizationOf"),
    (GK.subject, "关于", "subject"),
    (GK.program, "属于项目", "program"),
    (SDO.author, "作者", "author"),
    (GK.photographer, "摄影", "photographer"),
)
_JURISDICTION_LABEL = {"organization": "管辖", "program": "实施于"}
# relations along which a node inherits the places of its neighbour (place filter)
_TIE_OUT = {"jurisdiction", "post", "runBy", "subject", "program", "mention", "subOrganizationOf"}
_TIE_IN = {"author", "photographer"}
_DEAD_ENDS = {"article", "person"}
_WEAK_RELATIONS = {"mention", "author", "photographer"}   # not followed by the static layout tree   # ego walks reach these but do not pass through them


# ---------------------------------------------------------------- the triples read, indexed once
Term = str                  # a node: its IRI, or "_:" + a blank node's id
Lit = tuple[str, str, str]  # a literal: (lexical form, language, datatype IRI or "" for strings)


gk, sdo, skos, w3org, prov, rdf, rdfs, oa, dcterms = (
    TermForms(ns) for ns in (GK, SDO, SKOS, ORG, PROV, RDF, RDFS, OA, DCTERMS))

_STRING_TYPES = {str(XSD.string), str(RDF.langString), ""}
_LITERALS = (SKOS.prefLabel, SDO.name, SDO.headline, RDFS.label, GK.adminCode, GK.valueAsWritten,
             GK.indicator, GK.period, GK.approximate, GK.sourcePath, SKOS.altLabel, SKOS.hiddenLabel,
             GK.mention, RDF.value, GK.postStatus, DCTERMS.issued)
_WHEN_NEEDED = (GK.unit, GK.value)   # literals read on first use: a metric's value as written is enough
_LINKS = (SDO.containedInPlace, ORG.holds, ORG.heldBy, ORG.role, ORG.postIn, GK.jurisdiction,
          ORG.subOrganizationOf, GK.runBy, GK.subject, GK.program, SDO.isPartOf, SDO.author, GK.photographer,
          PROV.wasDerivedFrom, GK.article, OA.hasSource, ORG.member, ORG.organization, GK.ofPost,
          GK.attestedIn)
_TYPES = (*_CLASS_KIND, ORG.Post)                            # the classes whose members are read
_BACKWARD = {str(p) for p in (RDF.type, ORG.heldBy, ORG.holds, ORG.postIn, SDO.author, GK.photographer,
                              GK.article, ORG.member, GK.ofPost)}   # read from object to subject
_PAIRED = {str(p) for p, _, _ in _DIRECT_EDGES} | {str(GK.jurisdiction), str(ORG.postIn)}   # edges


class _Index:
    """The triples the network reads, indexed in one pass over the graph.

    Every lookup the page makes is a dictionary access, so turning a graph into the
    network costs time linear in its size (asking rdflib triple by triple, through
    oxrdflib's term conversions, cost more than the rest of the build put together).
    Terms are plain strings (see `Term`, `Lit`); only the predicates and classes drawn
    are read.
    """

    def __init__(self) -> None:
        self.links: dict[tuple[Term, str], list[Term]] = {}      # (s, p) -> objects that are nodes
        self.back: dict[tuple[str, Term], list[Term]] = {}       # (p, o) -> subjects, for _BACKWARD
        self.lits: dict[tuple[Term, str], list[Lit]] = {}        # (s, p) -> literal objects
        self.pairs: dict[str, list[tuple[Term, Term]]] = {}      # p -> (s, o), for _PAIRED
        self.doc_refs: dict[Term, list[str]] = {}                # document -> [issued, name], see _doc_ref
        self._store: ox.Store | None = None                      # what the triples are read from
        self._graph: Graph | None = None
        self._unread: set[str] = set()                           # _WHEN_NEEDED not read yet

    @classmethod
    def of(cls, g: Graph | ox.Store) -> "_Index":
        ix = cls()
        ix._store = g if isinstance(g, ox.Store) else _oxigraph_default_graph(g)
        ix._graph = g if ix._store is None else None
        for p in _LITERALS:
            ix._read_literals(str(p))
        ix._unread = {str(p) for p in _WHEN_NEEDED}
        if ix._store is not None:
            named, default = ox.NamedNode, ox.DefaultGraph()
            for p in _LINKS:
                key = str(p)
                ix._add_ox_links(key, ix._store.quads_for_pattern(None, named(key), None, default))
            rdf_type = named(rdf.type)
            for c in _TYPES:
                ix._add_ox_links(rdf.type, ix._store.quads_for_pattern(None, rdf_type, named(str(c)), default))
            return ix
        for p in _LINKS:
            ix._add_links(str(p), _rdflib_triples(g, p, None))
        for c in _TYPES:
            ix._add_links(rdf.type, _rdflib_triples(g, RDF.type, c))
        return ix

    def read(self, *predicates: str) -> None:
        """Read the literals of those of `predicates` (in _WHEN_NEEDED) not read yet."""
        for p in predicates:
            if p in self._unread:
                self._unread.discard(p)
                self._read_literals(p)

    def _read_literals(self, p: str) -> None:
        """Index the literal objects of `p`; from Oxigraph with its terms converted inline (this
        and `_add_ox_links` read every triple the page uses: the network stage's largest cost)."""
        lits = self.lits
        if self._store is None:
            for s, o in _rdflib_triples(self._graph, URIRef(p), None):
                if isinstance(o, tuple):
                    lits.setdefault((s, p), []).append(o)
            return
        named, literal = ox.NamedNode, ox.Literal
        for q in self._store.quads_for_pattern(None, named(p), None, ox.DefaultGraph()):
            o = q.object
            if type(o) is literal:
                s, dt = q.subject, o.datatype.value
                lits.setdefault((s.value if type(s) is named else "_:" + s.value, p), []).append(
                    (o.value, o.language or "", "" if dt in _STRING_TYPES else dt))

    def _add_ox_links(self, p: str, quads: Iterable[ox.Quad]) -> None:
        """`_add_links` for Oxigraph quads (literal objects skipped)."""
        named, literal = ox.NamedNode, ox.Literal
        links, back, pairs = self.links, self.back if p in _BACKWARD else None, \
            self.pairs.setdefault(p, []) if p in _PAIRED else None
        for q in quads:
            o = q.object
            if type(o) is literal:
                continue
            s = q.subject
            s = s.value if type(s) is named else "_:" + s.value
            o = o.value if type(o) is named else "_:" + o.value
            links.setdefault((s, p), []).append(o)
            if back is not None:
                back.setdefault((p, o), []).append(s)
            if pairs is not None:
                pairs.append((s, o))

    def _add_links(self, p: str, triples: Iterable[tuple[Term, Term | Lit]]) -> None:
        links, back, pairs = self.links, self.back if p in _BACKWARD else None, \
            self.pairs.setdefault(p, []) if p in _PAIRED else None
        for s, o in triples:
            if isinstance(o, tuple):
                continue
            links.setdefault((s, p), []).append(o)
            if back is not None:
                back.setdefault((p, o), []).append(s)
            if pairs is not None:
                pairs.append((s, o))

    def objects(self, s: Term, p: str) -> list[Term]:
        return self.links.get((s, p), [])

    def subjects(self, p: str, o: Term) -> list[Term]:
        return self.back.get((p, o), [])

    def literals(self, s: Term, p: str) -> list[Lit]:
        return self.lits.get((s, p), [])

    def subject_objects(self, p: str) -> list[tuple[Term, Term]]:
        return self.pairs.get(p, [])


def _oxigraph_default_graph(g: Graph):
    """The pyoxigraph Store behind `g` when `g` is its default graph (read directly), else None."""
    from graph.store import oxigraph_of

    return oxigraph_of(g) if g.identifier == DATASET_DEFAULT_GRAPH_ID else None


def _rdflib_term(t: Node) -> Term | Lit:
    if isinstance(t, Literal):
        return (str(t), t.language or "", "")      # str() is already rdflib's lexical form
    return "_:" + str(t) if isinstance(t, BNode) else str(t)


def _rdflib_triples(g: Graph, p: URIRef, o: URIRef | None) -> Iterator[tuple[Term, Term | Lit]]:
    for s, _, obj in g.triples((None, p, o)):
        yield _rdflib_term(s), _rdflib_term(obj)


def _node_id(t: Term) -> str:
    """The node's id in the network: its IRI, or a blank node's id (as str() of the rdflib term)."""
    return t[2:] if t.startswith("_:") else t


@lru_cache(maxsize=None)
def _typed_text(value: str, datatype: str) -> str:
    """How rdflib writes a typed literal (it normalises the lexical form: "01"^^xsd:integer is 1)."""
    return str(Literal(value, datatype=URIRef(datatype)))


def _text(lit: Lit) -> str:
    return _typed_text(lit[0], lit[2]) if lit[2] else lit[0]


# ---------------------------------------------------------------- RDF helpers
def _local_name(term: str) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def _lang_rank(lit: Lit) -> tuple[int, str]:
    lang = lit[1].lower()
    return (0 if lang.startswith("zh") else 1 if not lang else 2, _text(lit))


def _first_literal(ix: _Index, s: Term, preds: Iterable[str]) -> str | None:
    for p in preds:
        values = ix.literals(s, p)
        if values:
            return _text(min(values, key=_lang_rank))
    return None


def _name(ix: _Index, s: Term) -> str:
    """Display name of any resource: prefLabel, name, headline, rdfs:label, local name."""
    found = _first_literal(ix, s, (skos.prefLabel, sdo.name, sdo.headline, rdfs.label))
    return found if found is not None else _local_name(_node_id(s))


def _values(ix: _Index, s: Term, p: str) -> list[str]:
    found = ix.lits.get((s, p), ())
    if len(found) < 2:                   # most properties have one value: no sort to set up
        return [_text(found[0])] if found else []
    return sorted(map(_text, found))


def _joined(ix: _Index, s: Term, p: str) -> str:
    """`_join(_values(ix, s, p))`."""
    found = ix.lits.get((s, p), ())
    if len(found) < 2:
        return _text(found[0]) if found else ""
    return _join(sorted(map(_text, found)))


def _refs(ix: _Index, s: Term, p: str) -> list[str]:
    return sorted(_name(ix, o) for o in ix.objects(s, p))


def _join(items: Iterable[str]) -> str:
    if type(items) is list and len(items) < 2:      # the usual case, without the dictionary
        return items[0] if items else ""
    return "、".join(dict.fromkeys(i for i in items if i))


def _posts_of(ix: _Index, person: Term) -> set[Term]:
    return set(ix.objects(person, w3org.holds)) | set(ix.subjects(w3org.heldBy, person))


def _holders(ix: _Index, post: Term) -> set[Term]:
    return set(ix.objects(post, w3org.heldBy)) | set(ix.subjects(w3org.holds, post))


def _role_label(ix: _Index, post: Term) -> str:
    roles = sorted(_name(ix, r) for r in ix.objects(post, w3org.role))
    return roles[0] if roles else "任职"


# ---------------------------------------------------------------- classification
_KIND_OF = {str(c): k for c, k in _CLASS_KIND.items()}
_GENERIC = {str(c) for c in _GENERIC_CLASSES}


def _classify(ix: _Index) -> dict[Term, tuple[str, str]]:
    """Every drawable resource -> (kind, its most specific class)."""
    classes: dict[Term, set[str]] = {}
    for cls in _CLASS_KIND:
        for s in ix.subjects(rdf.type, str(cls)):
            classes.setdefault(s, set()).add(str(cls))
    for post in ix.subjects(rdf.type, w3org.Post):       # a typed person holding a post is an official
        for person in _holders(ix, post):
            if person in classes and {_KIND_OF[c] for c in classes[person]} == {"person"}:
                classes[person].add((gk.Official))
    out: dict[Term, tuple[str, str]] = {}
    for s, found in classes.items():
        if len(found) == 1:                      # most resources have one drawn class
            (cls,) = found
            out[s] = (_KIND_OF[cls], cls)
            continue
        kind = min((_KIND_OF[c] for c in found), key=_KIND_PRIORITY.index)
        mine = [c for c in found if _KIND_OF[c] == kind]
        specific = sorted(mine, key=lambda c: (c in _GENERIC, c))[0]
        out[s] = (kind, specific)
    return out


def _type_label(ix: _Index, cls: str) -> str:
    """'县 County' when the ontology (with its @zh labels) is in the graph, else 'County'."""
    zh = sorted(_text(o) for o in ix.literals(cls, rdfs.label) if o[1].startswith("zh"))
    return f"{zh[0]} {_local_name(cls)}" if zh else _local_name(cls)


# ---------------------------------------------------------------- attributes
def _place_attrs(ix: _Index, s: Term) -> list[tuple[str, list[str]]]:
    return [("行政区划代码", _values(ix, s, gk.adminCode)), ("上级地区", _refs(ix, s, sdo.containedInPlace))]


def _official_attrs(ix: _Index, s: Term) -> list[tuple[str, list[str]]]:
    posts = sorted(_posts_of(ix, s))
    held = [f"{_role_label(ix, p)}（{_join(_refs(ix, p, w3org.postIn))}）" if _refs(ix, p, w3org.postIn)
            else _role_label(ix, p) for p in posts]
    return [("姓名", _values(ix, s, sdo.name)), ("职务", held)]


def _person_attrs(ix: _Index, s: Term) -> list[tuple[str, list[str]]]:
    works = set(ix.subjects(sdo.author, s)) | set(ix.subjects(gk.photographer, s))
    return [("姓名", _values(ix, s, sdo.name)), ("署名文章数", [str(len(works))] if works else [])]


def _org_attrs(ix: _Index, s: Term) -> list[tuple[str, list[str]]]:
    return [("管辖地区", _refs(ix, s, gk.jurisdiction)), ("上级机构", _refs(ix, s, w3org.subOrganizationOf))]


def _program_attrs(ix: _Index, s: Term) -> list[tuple[str, list[str]]]:
    return [("实施地区", _refs(ix, s, gk.jurisdiction)), ("主办单位", _refs(ix, s, gk.runBy))]


def _written(ix: _Index, m: Term) -> list[str]:
    """A metric's values as written, else its values followed by their unit."""
    written = _values(ix, m, gk.valueAsWritten)
    if written:
        return written
    ix.read(gk.unit, gk.value)
    return [f"{v}{_joined(ix, m, gk.unit)}" for v in _values(ix, m, gk.value)]


def _metric_attrs(ix: _Index, s: Term) -> list[tuple[str, list[str]]]:
    return [("指标", _values(ix, s, gk.indicator)), ("数值", _written(ix, s)), ("时期", _values(ix, s, gk.period)),
            ("约数", _values(ix, s, gk.approximate)), ("对象", _refs(ix, s, gk.subject)),
            ("所属项目", _refs(ix, s, gk.program))]


def _article_attrs(ix: _Index, s: Term) -> list[tuple[str, list[str]]]:
    sources = [p for d in ix.objects(s, sdo.isPartOf) for p in _values(ix, d, gk.sourcePath)]
    return [("标题", _values(ix, s, sdo.headline)), ("作者", _refs(ix, s, sdo.author)),
            ("摄影", _refs(ix, s, gk.photographer)), ("来源文件", sorted(sources))]


_ATTRS: dict[str, Callable[[_Index, Term], list[tuple[str, list[str]]]]] = {
    "place": _place_attrs, "official": _official_attrs, "person": _person_attrs,
    "organization": _org_attrs, "program": _program_attrs, "metric": _metric_attrs,
    "article": _article_attrs,
}


def _attributes(ix: _Index, s: Term, kind: str, label: str) -> dict[str, str]:
    pairs = _ATTRS[kind](ix, s) + [("别名", _values(ix, s, skos.altLabel)),
                                   ("原文写法", _values(ix, s, gk.mention) + _values(ix, s, skos.hiddenLabel))]
    joined = ((k, _join(v)) for k, v in pairs)
    return {k: v for k, v in joined if v and v != label}


# ---------------------------------------------------------------- evidence
def _aliases(ix: _Index, s: Term, label: str) -> list[str]:
    found = {_text(o) for p in (skos.altLabel, skos.hiddenLabel, gk.mention) for o in ix.literals(s, p)}
    return sorted(found - {label})


def _evidence_nodes(ix: _Index, s: Term, kind: str) -> list[Term]:
    if kind == "article":
        return sorted(set(ix.subjects(gk.article, s)))
    sources = {s}
    if kind in ("official", "person"):
        sources |= _posts_of(ix, s)
    if kind == "organization":
        sources |= set(ix.subjects(w3org.postIn, s))
    return sorted({ev for src in sources for ev in ix.objects(src, prov.wasDerivedFrom)})


def _sentences(ix: _Index, evidence: Iterable[Term]) -> list[str]:
    """The texts (rdf:value) of `evidence`, each once, in order."""
    found: dict[str, None] = {}
    lits, key = ix.lits, rdf.value
    for ev in evidence:
        for v in lits.get((ev, key), ()):
            found[_text(v) if v[2] else v[0]] = None
    return list(found)


# ---------------------------------------------------------------- dates (year filter, posts, metrics)
UNDATED = "?"        # the year of a document whose year is not known (the filter's 日期不详)
STATUS_ZH = {"current": "现任", "acting": "代理", "new": "新任", "removed": "免去", "nominated": "拟任",
             "former": "原任"}


def _issued(ix: _Index, doc: Term) -> str:
    """The document's dcterms:issued as written ("2021-10-08", "2024", "--03-24"), "" when unknown."""
    values = sorted(_text(v) for v in ix.literals(doc, dcterms.issued))
    return values[0] if values else ""


def _year(issued: str) -> str:
    """The year of an issued date ("2021-10-08" -> "2021"), UNDATED without one ("--03-24", "")."""
    return issued[:4] if len(issued) >= 4 and issued[:4].isdigit() else UNDATED


def _docs_of_evidence(ix: _Index, evidence: Iterable[Term]) -> set[Term]:
    return {doc for ev in evidence for doc in ix.objects(ev, oa.hasSource)}


def _docs_of_node(ix: _Index, s: Term, kind: str, evidence: list[Term]) -> set[Term]:
    """The source documents a node is attested in: its evidence's, its memberships' (gk:attestedIn),
    an article's own document, a byline's articles' documents."""
    docs = _docs_of_evidence(ix, evidence)
    for m in ix.subjects(w3org.member, s):
        docs.update(ix.objects(m, gk.attestedIn))
    articles = [s] if kind == "article" else []
    if kind == "person":
        articles += ix.subjects(sdo.author, s) + ix.subjects(gk.photographer, s)
    for art in articles:
        docs.update(ix.objects(art, sdo.isPartOf))
    return docs


def _doc_ref(ix: _Index, doc: Term) -> list[str]:
    """[issued date or "", the document's name] as the page shows an attestation (made once a document)."""
    ref = ix.doc_refs.get(doc)
    if ref is None:
        ref = ix.doc_refs[doc] = [_issued(ix, doc), _name(ix, doc)]
    return list(ref)


def _by_date(refs: Iterable[list[str]]) -> list[list[str]]:
    """Attestations oldest first; undated ones ("" or a month and day only) last."""
    refs = list(refs)
    if len(refs) < 2:
        return refs
    return sorted({tuple(r): r for r in refs}.values(), key=lambda r: (_year(r[0]) == UNDATED, r[0], r[1]))


# ---------------------------------------------------------------- a person's posts in time (panel)
def _post_rows(ix: _Index, s: Term) -> list[dict[str, Any]]:
    """The posts a person held as the documents attest them (org:Membership, graph/rdf.py): one row
    per role, body and status with the dates attested, oldest first; posts without a membership
    (graphs made before dates) give a row without status or date."""
    rows: dict[tuple[str, str, str], list[list[str]]] = {}
    covered: set[Term] = set()
    for m in ix.subjects(w3org.member, s):
        covered.update(ix.objects(m, gk.ofPost))
        role = _join(_refs(ix, m, w3org.role)) or "任职"
        body = _join(_refs(ix, m, w3org.organization))
        status = _joined(ix, m, gk.postStatus)
        refs = rows.setdefault((role, body, status), [])
        refs += [_doc_ref(ix, d) for d in ix.objects(m, gk.attestedIn)]
    for post in _posts_of(ix, s) - covered:
        rows.setdefault((_role_label(ix, post), _join(_refs(ix, post, w3org.postIn)), ""), [])
    out = [{"role": role, "org": body, "status": status, "statusLabel": STATUS_ZH.get(status, status),
            "attested": _by_date(refs)} for (role, body, status), refs in rows.items()]
    return sorted(out, key=_row_key)


def _row_key(row: dict[str, Any]) -> tuple:
    dated = [r[0] for r in row["attested"] if _year(r[0]) != UNDATED]
    return (not dated, min(dated, default=""), row["role"], row["org"], row["status"])


# ---------------------------------------------------------------- metrics listed in their subject's panel
def _metric_row(ix: _Index, m: Term, host: Term) -> dict[str, Any]:
    """One metric as its host's panel lists it: indicator, value as written, period, evidence."""
    written = _written(ix, m)
    evidence = ix.objects(m, prov.wasDerivedFrom)
    row: dict[str, Any] = {
        "id": _node_id(m), "indicator": _joined(ix, m, gk.indicator), "value": _join(written),
        "period": _joined(ix, m, gk.period), "approximate": _joined(ix, m, gk.approximate),
        "evidence": _sentences(ix, sorted(evidence)),
        "docs": _by_date(_doc_ref(ix, d) for d in _docs_of_evidence(ix, evidence)),
    }
    subjects = [o for o in ix.objects(m, gk.subject) if o != host]
    programs = [o for o in ix.objects(m, gk.program) if o != host]
    row["subject"] = _join(sorted(_name(ix, o) for o in subjects))
    row["program"] = _join(sorted(_name(ix, o) for o in programs))
    return row


def _metric_host(ix: _Index, m: Term, hosts: dict[Term, tuple[str, str]]) -> list[Term]:
    """Where a metric is listed: its gk:subject, else its gk:program, else the articles quoting it."""
    for p in (gk.subject, gk.program):
        found = sorted(o for o in ix.objects(m, p) if o in hosts and hosts[o][0] != "metric")
        if found:
            return found
    arts = {a for ev in ix.objects(m, prov.wasDerivedFrom) for a in ix.objects(ev, gk.article)}
    return sorted(a for a in arts if a in hosts)


def _metric_rows(ix: _Index, kinds: dict[Term, tuple[str, str]], drawn: set[Term] | None = None,
                 limit: int | None = None) -> tuple[dict[Term, list[dict[str, Any]]], dict[Term, int]]:
    """host node -> the metrics listed in its panel (dated ones first, then by indicator), and
    host -> how many metrics it has. Only the hosts in `drawn` (every host when None) get rows,
    at most `limit` each (its newest, `_newest`): a row is built only for a metric listed."""
    found: dict[Term, list[Term]] = {}
    for m in ix.subjects(rdf.type, gk.Metric):
        for host in _metric_host(ix, m, kinds):
            if drawn is None or host in drawn:
                found.setdefault(host, []).append(m)
    out: dict[Term, list[dict[str, Any]]] = {}
    for host, metrics in found.items():
        if limit is not None and len(metrics) > limit:
            metrics = _newest(ix, metrics, limit)
        out[host] = sorted((_metric_row(ix, m, host) for m in metrics), key=_metric_key)
    return out, {host: len(metrics) for host, metrics in found.items()}


def _newest(ix: _Index, metrics: list[Term], limit: int) -> list[Term]:
    """The `limit` metrics of `metrics` attested in the latest documents (undated ones last)."""
    def latest(m: Term) -> tuple[bool, str, tuple[str | int, ...]]:
        issued = [_doc_ref(ix, d)[0] for d in _docs_of_evidence(ix, ix.objects(m, prov.wasDerivedFrom))]
        dated = [i for i in issued if _year(i) != UNDATED]
        return (bool(dated), max(dated, default=""), _natural(_node_id(m)))
    return sorted(metrics, key=latest, reverse=True)[:limit]


def _metric_key(row: dict[str, Any]) -> tuple:
    """Dated documents first, oldest first; within a document in reading order (the IRI's offsets)."""
    first = row["docs"][0] if row["docs"] else ["", ""]
    return (_year(first[0]) == UNDATED, first[0], first[1], _natural(row["id"]))


_DIGIT_RUN = re.compile(r"(\d+)")


def _natural(text: str) -> tuple[str | int, ...]:
    """`text` as a key that orders runs of digits by their value ("e9" before "e10").

    Splitting on runs of digits gives text at the even places and digits at the odd ones,
    so two keys compare text with text and numbers with numbers, place by place."""
    parts: list[str | int] = _DIGIT_RUN.split(text)
    parts[1::2] = map(int, parts[1::2])
    return tuple(parts)


# ---------------------------------------------------------------- edges
def _edges(ix: _Index, kinds: dict[Term, tuple[str, str]],
           evidence: dict[Term, list[Term]]) -> Iterator[tuple[Term, Term, str, str]]:
    """(source, target, label, relation) for every drawn edge; `evidence`: each node's evidence nodes."""
    for pred, label, relation in _DIRECT_EDGES:
        for s, o in ix.subject_objects(str(pred)):
            if s in kinds and o in kinds and s != o:
                yield s, o, label, relation
    for s, o in ix.subject_objects(gk.jurisdiction):
        if s in kinds and o in kinds and s != o:
            yield s, o, _JURISDICTION_LABEL.get(kinds[s][0], "管辖"), "jurisdiction"
    posts = set(ix.subjects(rdf.type, w3org.Post)) | {s for s, _ in ix.subject_objects(w3org.postIn)}
    for post in posts:
        for person in _holders(ix, post):
            for org in ix.objects(post, w3org.postIn):
                if person in kinds and org in kinds:
                    yield person, org, _role_label(ix, post), "post"
    for n, (kind, _) in kinds.items():
        if kind == "article":
            continue
        for ev in evidence[n]:
            for art in ix.objects(ev, gk.article):
                if art in kinds and art != n:
                    yield art, n, "提及", "mention"


# ---------------------------------------------------------------- places (for the place filter)
def _place_ties(G: nx.MultiDiGraph, nodes: Iterable[str] | None = None) -> dict[str, set[str]]:
    """node -> the place nodes it is tied to, with their ancestors, for `nodes` (default: all),
    found through the whole of `G`."""
    memo: dict[str, set[str]] = {}
    succ, pred = G.succ, G.pred

    def direct(n: str, busy: set[str]) -> set[str]:
        if n in memo:
            return memo[n]
        if G.nodes[n]["kind"] == "place":
            return {n}
        if n in busy:
            return set()
        busy.add(n)
        found: set[str] = set()
        for m, keyed in succ[n].items():                  # the order of G.out_edges(n)
            for data in keyed.values():
                if data["relation"] in _TIE_OUT:
                    found |= direct(m, busy)
        for m, keyed in pred[n].items():                  # the order of G.in_edges(n)
            for data in keyed.values():
                if data["relation"] in _TIE_IN:
                    found |= direct(m, busy)
        busy.discard(n)
        memo[n] = found
        return found

    lineage: dict[str, frozenset[str]] = {}      # place -> it and its ancestors, found once per place

    def with_ancestors(places: set[str]) -> set[str]:
        out: set[str] = set()
        for place in places:
            if place not in lineage:
                lineage[place] = frozenset(_with_ancestors(G, {place}))
            out |= lineage[place]
        return out

    return {n: with_ancestors(direct(n, set())) for n in (G.nodes if nodes is None else nodes)}


def _with_ancestors(G: nx.MultiDiGraph, places: set[str]) -> set[str]:
    out, todo = set(places), deque(places)
    while todo:
        for parent, keyed in G.succ[todo.popleft()].items():
            if parent not in out and any(d["relation"] == "containedInPlace" for d in keyed.values()):
                out.add(parent)
                todo.append(parent)
    return out


# ---------------------------------------------------------------- public: RDF -> networkx
def induced_subgraph(G: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    """A copy of the subgraph of `G` on `nodes`, its nodes and edges in `G`'s order.

    (`G.subgraph(nodes).copy()` orders them as the set of `nodes` iterates, which changes
    from one process to the next with Python's string hashing: a page drawn from it would
    not be the same twice.)"""
    keep = set(nodes)
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(data)) for n, data in G.nodes(data=True) if n in keep)
    H.add_edges_from((u, v, k, dict(data)) for u, v, k, data in G.edges(keys=True, data=True)
                     if u in keep and v in keep)
    return H


@dataclass
class _Drawable:
    """Every node and edge a graph's network has, with what a node costs nothing to know (label,
    kind, class): what the overview is chosen from and the place filter walks through. The
    per-node work (attributes, evidence, panels, places, years) is `_filled`'s, for the nodes
    drawn only."""

    ix: _Index
    kinds: dict[Term, tuple[str, str]]       # node term -> (kind, its most specific class)
    evidence: dict[Term, list[Term]]         # node term -> its evidence nodes
    terms: dict[str, Term]                   # node id -> node term
    G: nx.MultiDiGraph                       # every node (attributes not filled yet) and edge
    metrics: bool                            # metrics are nodes


def _drawable(g: Graph | ox.Store, metrics: bool) -> _Drawable:
    """The nodes and edges of `g` (see `rdf_to_networkx`), node attributes other than label,
    kind, type and type_label left empty (in the order `rdf_to_networkx` gives them)."""
    ix = _Index.of(g)
    kinds = _classify(ix)
    if not metrics:
        kinds = {s: kc for s, kc in kinds.items() if kc[0] != "metric"}
    evidence = {s: _evidence_nodes(ix, s, kind) for s, (kind, _) in kinds.items()}
    G = nx.MultiDiGraph()
    ids = {s: _node_id(s) for s in kinds}
    for s in sorted(kinds, key=ids.__getitem__):
        kind, cls = kinds[s]
        G.add_node(ids[s], label=_name(ix, s), kind=kind, type=_local_name(cls), type_label=_type_label(ix, cls),
                   attributes={}, aliases=[], evidence=[], places=[], years=[])
    drawn = [(ids[s], ids[o], label, relation) for s, o, label, relation in _edges(ix, kinds, evidence)]
    for u, v, label, relation in sorted(drawn, key=itemgetter(0, 1, 2)):    # stable: ties as found
        G.add_edge(u, v, key=f"{relation}:{label}", label=label, relation=relation)
    return _Drawable(ix, kinds, evidence, {n: s for s, n in ids.items()}, G, metrics)


def _filled(d: _Drawable, nodes: list[str] | None = None, metric_limit: int | None = None) -> nx.MultiDiGraph:
    """The network of `d` with every node attribute filled: all of it (`nodes` None, `d.G`
    itself), or the subgraph of `nodes`, whose panels list at most `metric_limit` metrics a node
    (each panel that lists fewer than its node has says how many in "metricsTotal"). A place's
    years take those of the nodes of the network returned that are tied to it."""
    ix = d.ix
    G = d.G if nodes is None else induced_subgraph(d.G, nodes)
    drawn = None if nodes is None else {d.terms[n] for n in G}
    listed, totals = _metric_rows(ix, d.kinds, drawn, metric_limit)
    panels: dict[str, dict[str, Any]] = {}
    years: dict[str, set[str]] = {}
    for n, data in G.nodes(data=True):
        s, kind, label = d.terms[n], data["kind"], data["label"]
        data.update(attributes=_attributes(ix, s, kind, label), aliases=_aliases(ix, s, label),
                    evidence=_sentences(ix, d.evidence[s]))
        rows = listed.get(s, [])
        years[n] = {_year(_doc_ref(ix, doc)[0]) for doc in _docs_of_node(ix, s, kind, d.evidence[s])} | {
            _year(ref[0]) for row in rows for ref in row["docs"]}
        posts = _post_rows(ix, s) if kind in ("official", "person") else []
        if rows or posts:
            panels[n] = {"metrics": rows, "posts": posts}
            if len(rows) < totals.get(s, 0):
                panels[n]["metricsTotal"] = totals[s]
    for n, ties in _place_ties(d.G, G.nodes).items():
        G.nodes[n]["places"] = sorted({d.G.nodes[p]["label"] for p in ties})
        for p in ties:                       # a place is kept by the year filter with what is tied to it
            if p != n and p in years:
                years[p] |= years[n]
    for n, found in years.items():
        G.nodes[n]["years"] = sorted(found)
    G.graph.update(panels=panels, metrics=d.metrics)
    return G


@without_gc   # hundreds of thousands of small acyclic objects: see graph.heap
def rdf_to_networkx(g: Graph | ox.Store, metrics: bool = True) -> nx.MultiDiGraph:
    """The drawable part of `g` (an rdflib Graph, or an Oxigraph store whose default graph
    is read) as a MultiDiGraph keyed by IRI strings.

    Node attributes: label, kind (one of NODE_CLASSES), type (rdf class local
    name), type_label, attributes (dict str->str), aliases (other names, searched
    too), evidence (list of sentences), places (labels of the places the node is
    tied to), years (the years of the documents it is attested in, with those of
    the nodes tied to a place for the place; UNDATED for a document without a year).
    Edge attributes: label (relation or role name), relation. Posts, roles,
    memberships, evidence, source documents and ontology terms are not nodes.

    With `metrics` False, metrics are not nodes either. Either way each metric is
    listed in the panel of its subject (else its program, else the articles quoting
    it) and each person's posts in time: `G.graph["panels"]` maps a node to
    {"metrics": [...], "posts": [...]} (see `_metric_row`, `_post_rows`), kept out of
    the node attributes so that exports of the graph (GraphML) stay flat.
    """
    return _filled(_drawable(g, metrics))


# ---------------------------------------------------------------- public: the overview of a large graph
def importance(G: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """node -> (the articles it is attested in, its neighbours): how a node ranks in the overview.

    The articles are those whose edges reach it (提及, a byline); an article counts itself.
    Neighbours are counted ignoring direction and parallel edges."""
    succ, pred = G.succ, G.pred
    out: dict[str, tuple[int, int]] = {}
    for n, kind in G.nodes(data="kind"):
        into = pred[n]
        articles = 1 if kind == "article" else sum(
            1 for keyed in into.values() if any(d["relation"] in _WEAK_RELATIONS for d in keyed.values()))
        out[n] = (articles, len(succ[n].keys() | into.keys()))
    return out


def overview_nodes(G: nx.MultiDiGraph, limit: int, candidates: Iterable[str] | None = None) -> list[str]:
    """The `limit` most important nodes of `G` (of `candidates`, default all), by `importance`
    (ties by id), with every kind represented: each kind first gets its best
    limit // (2 * kinds) nodes, and the seats left go to the best of all the others. A node
    with no edge to another chosen one then gives way to the best one with such an edge
    (`_tied_together`)."""
    rank = importance(G)
    pool = list(G if candidates is None else candidates)
    if len(pool) <= limit:
        return pool

    def key(n: str) -> tuple[int, int, str]:
        docs, degree = rank[n]
        return (-docs, -degree, n)

    return _tied_together(G, *by_rank(G, pool, limit, key), key)


def by_rank(G: nx.MultiDiGraph, pool: list[str], limit: int,
            key: Callable[[str], Any]) -> tuple[list[str], list[str]]:
    """The `limit` best nodes of `pool` by `key` (each kind first gets its best
    limit // (2 * kinds)), and the others in the order of `key`."""
    by_kind: dict[str, list[str]] = {}
    for n in sorted(pool, key=key):
        by_kind.setdefault(G.nodes[n]["kind"], []).append(n)
    floor = limit // (2 * len(by_kind))
    chosen = [n for ranked in by_kind.values() for n in ranked[:floor]]
    rest = sorted((n for ranked in by_kind.values() for n in ranked[floor:]), key=key)
    seats = limit - len(chosen)
    return chosen + rest[:seats], rest[seats:]


def _tied_together(G: nx.MultiDiGraph, chosen: list[str], waiting: list[str],
                   key: Callable[[str], Any]) -> list[str]:
    """`chosen` with each node that has no edge to another chosen node replaced by the best
    of `waiting` (in its order) that has one. An overview draws a network: a node alone on
    the page (a byline, a program or a body whose articles and partners were not chosen)
    shows nothing of it, and on 2,000 pages a fifth of the nodes chosen by rank alone were
    such. A node taken in is tied to one drawn before it, and a node left alone was tied to
    none, so one pass leaves none alone; only when `waiting` has too few tied nodes are the
    best of the alone ones (by `key`) drawn as well, so the page keeps its size."""
    succ, pred = G.succ, G.pred
    drawn = set(chosen)

    def tied(n: str) -> bool:
        return any(m in drawn and m != n for m in succ[n]) or any(m in drawn and m != n for m in pred[n])

    alone = [n for n in chosen if not tied(n)]
    if not alone:
        return chosen
    drawn.difference_update(alone)
    taken: list[str] = []
    for n in waiting:
        if len(taken) == len(alone):
            break
        if tied(n):
            drawn.add(n)
            taken.append(n)
    still = set(sorted(alone, key=key)[:len(alone) - len(taken)])
    return [n for n in chosen if n in drawn or n in still] + taken


@without_gc   # hundreds of thousands of small acyclic objects: see graph.heap
def whole_view(g: Graph | ox.Store, metrics: bool = False, types: set[str] | None = None,
               limit: int | None = OVERVIEW_NODES) -> nx.MultiDiGraph:
    """The network of `g` as the build's page draws it (only the kinds in `types`, when given).

    Up to `limit` nodes (no limit when None): all of it, as `select_view(rdf_to_networkx(g))`.
    Above: its overview, the `overview_nodes` and the edges among them, each panel listing
    at most MAX_PANEL_METRICS metrics; the per-node work is done for those nodes only, and
    `G.graph["overview"]` holds the counts the page states (shown and total, by kind)."""
    wanted = _check_types(types)
    d = _drawable(g, metrics)
    candidates = [n for n, kind in d.G.nodes(data="kind") if wanted is None or kind in wanted]
    if limit is None or len(candidates) <= limit:
        return select_view(_filled(d), None, 0, types)
    view = _filled(d, overview_nodes(d.G, limit, candidates), MAX_PANEL_METRICS)
    keep = set(candidates)
    totals = {kind: 0 for kind in NODE_CLASSES}
    for n in candidates:
        totals[d.G.nodes[n]["kind"]] += 1
    view.graph["overview"] = {
        "shown": view.number_of_nodes(), "total": len(candidates), "edgesShown": view.number_of_edges(),
        "edgesTotal": d.G.number_of_edges() if wanted is None else sum(
            1 for u, v in d.G.edges() if u in keep and v in keep), "byKind": totals,
        "metricLimit": MAX_PANEL_METRICS}
    return view


# ---------------------------------------------------------------- public: ego view
def _check_types(types: Iterable[str] | None) -> set[str] | None:
    if types is None:
        return None
    wanted = {t.strip() for t in types if t.strip()}
    unknown = wanted - set(NODE_CLASSES)
    if unknown:
        raise NetworkError(f"unknown node type(s) {', '.join(sorted(unknown))}; "
                           f"choose from {', '.join(NODE_CLASSES)}")
    return wanted or None


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node called `name`: exact label first, else the shortest label containing it."""
    wanted = name.strip()
    exact = [n for n, lab in G.nodes(data="label") if lab == wanted]
    pool = exact or [n for n, lab in G.nodes(data="label") if wanted and wanted in lab]
    if not pool:
        raise NetworkError(f"no node named {name!r}")
    return min(pool, key=lambda n: (len(G.nodes[n]["label"]), -G.degree(n), n))


def ego_subgraph(nx_graph: nx.MultiDiGraph, focus: str, depth: int,
                 types: set[str] | None) -> nx.MultiDiGraph:
    """Nodes within `depth` steps (either direction) of the node named `focus`.

    Walks do not pass through articles or journalists (unless one is the focus):
    being mentioned in the same article is not a relation between two things.

    With `types`, only nodes of those kinds are kept (plus the focus); kept nodes
    that were linked through dropped ones get one dashed "via" edge whose label
    spells the path (e.g. 市委书记→中共邵阳市委→管辖), so official -> role -> place
    paths stay visible.
    """
    if depth < 0:
        raise NetworkError(f"depth must be >= 0, not {depth}")
    wanted = _check_types(types)
    centre = find_node(nx_graph, focus)
    ball = _ball(nx_graph, centre, depth)
    keep = {n for n in ball if n == centre or wanted is None or nx_graph.nodes[n]["kind"] in wanted}
    sub = induced_subgraph(nx_graph, keep)
    if wanted is not None:
        _add_via_edges(nx_graph, sub, ball, depth)
    sub.graph.update(focus=centre, depth=depth, types=sorted(wanted) if wanted else None)
    return sub


def _passable(G: nx.MultiDiGraph, n: str, centre: str) -> bool:
    """Walks go on from n? Not through articles and bylines: co-mention is not a relation."""
    return n == centre or G.nodes[n]["kind"] not in _DEAD_ENDS


def _ball(G: nx.MultiDiGraph, centre: str, depth: int) -> set[str]:
    undirected = G.to_undirected(as_view=True)
    seen, frontier = {centre}, [centre]
    for _ in range(depth):
        nxt: list[str] = []
        for u in frontier:
            if not _passable(G, u, centre):
                continue
            for v in undirected.neighbors(u):
                if v not in seen:
                    seen.add(v)
                    nxt.append(v)
        frontier = nxt
    return seen


def _hop(G: nx.MultiDiGraph, a: str, b: str) -> tuple[str, bool]:
    """Label of one edge between a and b, and whether it points a -> b."""
    forward = G.get_edge_data(a, b)
    if forward:
        return forward[sorted(forward)[0]]["label"], True
    backward = G.get_edge_data(b, a)
    return backward[sorted(backward)[0]]["label"], False


def _add_via_edges(G: nx.MultiDiGraph, sub: nx.MultiDiGraph, ball: set[str], depth: int) -> None:
    undirected = G.to_undirected(as_view=True)
    linked: set[frozenset[str]] = {frozenset((u, v)) for u, v in sub.edges()}
    for start in sorted(sub.nodes):
        parent: dict[str, str] = {start: start}
        frontier = [start]
        for _ in range(depth):
            nxt: list[str] = []
            for u in frontier:
                if not _passable(G, u, start):
                    continue
                for v in sorted(undirected.neighbors(u)):
                    if v in parent or v not in ball:
                        continue
                    parent[v] = u
                    if v in sub:
                        _link(G, sub, linked, _path(parent, v))
                    else:
                        nxt.append(v)
            frontier = nxt


def _path(parent: dict[str, str], end: str) -> list[str]:
    path = [end]
    while parent[path[-1]] != path[-1]:
        path.append(parent[path[-1]])
    return path[::-1]


def _link(G: nx.MultiDiGraph, sub: nx.MultiDiGraph, linked: set[frozenset[str]], path: list[str]) -> None:
    pair = frozenset((path[0], path[-1]))
    if len(path) < 3 or pair in linked:
        return
    linked.add(pair)
    hops = [_hop(G, a, b) for a, b in zip(path, path[1:])]
    if all(not fwd for _, fwd in hops):                      # read it the way the edges point
        path, hops = path[::-1], [(lab, True) for lab, _ in hops[::-1]]
    sub.add_edge(path[0], path[-1], key="via", label=_via_label(G, path, hops), relation="via",
                 via=[G.nodes[n]["label"] for n in path[1:-1]], directed=all(fwd for _, fwd in hops))


def _via_label(G: nx.MultiDiGraph, path: list[str], hops: list[tuple[str, bool]]) -> str:
    """'市委书记→中共邵阳市委→管辖'; an arrow shows each hop's direction ('…→中共邵阳市委←主办')."""
    text = hops[0][0]
    for node, (prev_fwd, (lab, fwd)) in zip(path[1:-1], zip([f for _, f in hops], hops[1:])):
        text += ("→" if prev_fwd else "←") + G.nodes[node]["label"] + ("→" if fwd else "←") + lab
    return text


# ---------------------------------------------------------------- layout
_FINAL_SPACING = (60.0, 180.0)    # (spacing, ring) of a static page's final layout
_START_SPACING = (30.0, 110.0)    # (spacing, ring) of the start that the page's physics refines


def static_layout(G: nx.MultiDiGraph, weight: dict[str, float], spacing: float = _FINAL_SPACING[0],
                  ring: float = _FINAL_SPACING[1]) -> dict[str, tuple[float, float]]:
    """Deterministic radial-tree layout per connected component, components packed in rows.

    The tree follows structural relations (place hierarchy, posts, jurisdiction
    ...) first; articles and bylines hang off the busiest node they touch.
    Linear in the graph size, so it stays fast for tens of thousands of nodes
    (networkx's spring/kamada layouts need numpy/scipy and are quadratic).
    """
    return _layout(*_neighbours(G, _WEAK_RELATIONS), weight, spacing, ring)


def _layout(full: dict[str, set[str]], strong: dict[str, set[str]], weight: dict[str, float],
            spacing: float, ring: float) -> dict[str, tuple[float, float]]:
    """`static_layout` over the neighbours of each node (see `_neighbours`)."""
    comps = sorted((sorted(c) for c in _components(full)), key=lambda c: (-len(c), c[0]))
    placed = [_radial(_layout_tree(strong, full, comp, weight), spacing, ring) for comp in comps]
    return _pack(placed, spacing)


def _neighbours(G: nx.MultiDiGraph, weak: set[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each node's neighbours ignoring direction and parallel edges (as in `nx.Graph(G)`), over
    all edges and over the edges whose relation is not in `weak`; cheaper than two nx.Graph."""
    full: dict[str, set[str]] = {n: set() for n in G}
    strong: dict[str, set[str]] = {n: set() for n in G}
    for u, v, rel in G.edges(data="relation"):
        full[u].add(v)
        full[v].add(u)
        if rel not in weak:
            strong[u].add(v)
            strong[v].add(u)
    return full, strong


def _degree(adjacent: dict[str, set[str]], n: str) -> int:
    """The degree of `n` in the simple graph `adjacent` (a self-loop counts twice, as in networkx)."""
    return len(adjacent[n]) + (n in adjacent[n])


def _components(adjacent: dict[str, set[str]]) -> Iterator[set[str]]:
    """The connected components of the simple graph `adjacent`."""
    seen: set[str] = set()
    for start in adjacent:
        if start in seen:
            continue
        comp, todo = {start}, [start]
        while todo:
            for m in adjacent[todo.pop()]:
                if m not in comp:
                    comp.add(m)
                    todo.append(m)
        seen |= comp
        yield comp


@dataclass
class _Tree:
    order: list[str]                 # parents before children
    children: dict[str, list[str]]
    depth: dict[str, int]


def _layout_tree(strong: dict[str, set[str]], full: dict[str, set[str]], comp: list[str],
                 weight: dict[str, float]) -> _Tree:
    def rank(n: str) -> tuple[float, str]:
        return (-weight.get(n, 0.0), n)

    tree = _Tree([], {}, {})

    def grow(start: str, parent: str | None) -> None:          # BFS over structural edges
        tree.depth[start] = 0 if parent is None else tree.depth[parent] + 1
        tree.children[start] = []
        if parent is not None:
            tree.children[parent].append(start)
        queue = deque([start])
        tree.order.append(start)
        while queue:
            u = queue.popleft()
            for v in sorted(strong[u], key=rank):
                if v not in tree.depth:
                    tree.depth[v] = tree.depth[u] + 1
                    tree.children[u].append(v)
                    tree.children[v] = []
                    tree.order.append(v)
                    queue.append(v)

    grow(min(comp, key=lambda n: (-_degree(strong, n), *rank(n))), None)
    pending = sorted((n for n in comp if n not in tree.depth), key=rank)
    while pending:
        for n in pending:
            anchors = [m for m in full[n] if m in tree.depth]
            if n not in tree.depth and anchors:
                grow(n, min(anchors, key=rank))
        left = [n for n in pending if n not in tree.depth]
        if len(left) == len(pending):                           # cannot happen in a connected component
            raise NetworkError("layout: component is not connected")
        pending = left
    return tree


def _radial(tree: _Tree, spacing: float, ring: float) -> tuple[dict[str, tuple[float, float]], float]:
    root = tree.order[0]
    leaves = {n: 1 for n in tree.order}
    for u in reversed(tree.order):
        if tree.children[u]:
            leaves[u] = sum(leaves[c] for c in tree.children[u])
    deepest = max(tree.depth.values())
    if deepest == 0:
        return {root: (0.0, 0.0)}, spacing / 2
    step = max(ring, leaves[root] * spacing / (2 * math.pi * deepest))
    span = {root: (0.0, 2 * math.pi)}
    pos: dict[str, tuple[float, float]] = {}
    for u in tree.order:
        lo, hi = span[u]
        mid, radius = (lo + hi) / 2, tree.depth[u] * step
        pos[u] = (radius * math.cos(mid), radius * math.sin(mid))
        for c in tree.children[u]:
            width = (hi - lo) * leaves[c] / leaves[u]
            span[c] = (lo, lo + width)
            lo += width
    return pos, deepest * step + spacing


def _pack(placed: list[tuple[dict[str, tuple[float, float]], float]],
          spacing: float) -> dict[str, tuple[float, float]]:
    area = sum((2 * r) ** 2 for _, r in placed)
    width = max([2 * r for _, r in placed] + [math.sqrt(area) * 1.2])
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for pos, r in placed:
        if x > 0 and x + 2 * r > width:
            x, y, row = 0.0, y + row + spacing, 0.0
        cx, cy = x + r, y + r
        out.update({n: (round(px + cx, 1), round(py + cy, 1)) for n, (px, py) in pos.items()})
        x += 2 * r + spacing
        row = max(row, 2 * r)
    return out


# ---------------------------------------------------------------- vis-network payload
@lru_cache(maxsize=None)
def _rgba(hex_color: str, alpha: float) -> str:
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _display_label(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[:MAX_LABEL - 1] + "…"


def _vis_node(n: str, data: dict[str, Any], centrality: float, pos: tuple[float, float] | None,
              is_focus: bool, panel: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    style = STYLES[data["kind"]]
    node: dict[str, Any] = {
        "id": n, "label": _display_label(data["label"]), "name": data["label"], "shape": style.shape,
        "kind": data["kind"], "type": data["type"], "typeLabel": data.get("type_label", data["type"]),
        "attributes": [[k, v] for k, v in data["attributes"].items()],
        "evidence": data["evidence"][:MAX_EVIDENCE], "evidenceTotal": len(data["evidence"]),
        "places": data["places"], "aliases": data.get("aliases", []), "centrality": round(centrality, 4),
        "years": data.get("years", []),
        "metrics": (panel or {}).get("metrics", []), "posts": (panel or {}).get("posts", []),
        "size": round(10 + 30 * math.sqrt(centrality), 1),
        "color": {"background": style.color, "border": "#111111" if is_focus else "#ffffff",
                  "highlight": {"background": style.color, "border": "#111111"},
                  "hover": {"background": style.color, "border": "#333333"}},
        "borderWidth": 4 if is_focus else 1,
        "font": {"size": round(13 + 9 * math.sqrt(centrality)), "color": "#1f1f1f"},
    }
    if pos is not None:
        node["x"], node["y"] = pos
    if panel and "metricsTotal" in panel:           # an overview's panel listing only the newest
        node["metricsTotal"] = panel["metricsTotal"]
    return node


def _edge_style(data: dict[str, Any], kind: str) -> dict[str, Any]:
    """How an edge of `data`'s relation, from a node of `kind`, is drawn."""
    color = STYLES[kind].color
    weak = data.get("relation") in _WEAK_RELATIONS
    return {
        "arrows": "to" if data.get("directed", True) else "", "dashes": data.get("relation") == "via",
        "color": {"color": _rgba(color, 0.3 if weak else 0.6), "highlight": color, "hover": color},
        "width": 2 if data["relation"] in ("post", "via") else 0.6 if weak else 1,
    }


def _vis_edges(G: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The page's edges and the table of their styles: an edge names its style by its index in the
    table (a dozen styles for any number of edges), and the page gives each edge its id (e0, e1 …)
    and the style's fields before drawing it. An overview's page holds thousands of edges, whose
    repeated style made a third of its bytes and most of its growth with the archive."""
    made: dict[tuple[str, str, bool], int] = {}      # what a style is made from -> its place in the table
    drawn: dict[str, int] = {}                        # a style (as written) -> its place in the table
    table: list[dict[str, Any]] = []
    edges = []
    for u, v, d in G.edges(data=True):
        kind = G.nodes[u]["kind"]
        key = (kind, d["relation"], d.get("directed", True))
        if key not in made:             # styles are made once per key; keys drawn alike share one entry
            style = _edge_style(d, kind)
            made[key] = drawn.setdefault(repr(sorted(style.items())), len(table))
            if made[key] == len(table):
                table.append(style)
        edges.append({"from": u, "to": v, "label": d["label"], "relation": d["relation"], "style": made[key]})
    return edges, table


def _centrality(full: dict[str, set[str]]) -> dict[str, float]:
    """Degree centrality of the graph whose nodes' neighbours are `full` (`_neighbours`), as
    `nx.degree_centrality(nx.Graph(G))` computes it, scaled so that the top node has 1."""
    if len(full) > 1:
        scale = 1.0 / (len(full) - 1.0)
        raw = {n: _degree(full, n) * scale for n in full}
    else:
        raw = {n: 0.0 for n in full}
    top = max(raw.values(), default=0.0) or 1.0
    return {n: c / top for n, c in raw.items()}


def _iterations(n_nodes: int) -> int:
    """Physics iterations before the page freezes the layout: fewer for bigger graphs."""
    return max(60, min(300, 60000 // max(n_nodes, 1)))


def _vis_options(static: bool, n_nodes: int) -> dict[str, Any]:
    large = n_nodes > 500
    physics: dict[str, Any] = {"enabled": False}
    if not static:
        physics = {"enabled": True, "solver": "forceAtlas2Based",
                   "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 150,
                                        "springConstant": 0.05, "avoidOverlap": 0.6},
                   "stabilization": {"enabled": True, "iterations": _iterations(n_nodes),
                                     "updateInterval": 10, "fit": True},
                   "minVelocity": 1.0, "timestep": 0.5}
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": physics,
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": False, "navigationButtons": False},
        "edges": {"smooth": False if (static or large) else {"type": "continuous"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 11, "face": FONT_FACE, "color": "#444444", "strokeWidth": 3,
                           "strokeColor": "#ffffff", "align": "middle"}},
        "nodes": {"font": {"face": FONT_FACE, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 6}}},
    }


def _subtitle(G: nx.MultiDiGraph) -> str:
    focus = G.graph.get("focus")
    if not focus:
        return "全图概览" if "overview" in G.graph else "全图"
    text = f"{G.nodes[focus]['label']} 周边 {G.graph.get('depth', 0)} 层"
    types = G.graph.get("types")
    return text + (" · " + "、".join(STYLES[t].zh for t in types) if types else "")


def _meta(G: nx.MultiDiGraph, static: bool) -> dict[str, Any]:
    counts = {k: 0 for k in NODE_CLASSES}
    place_counts: dict[str, int] = {}
    year_counts: dict[str, int] = {}
    for _, data in G.nodes(data=True):
        counts[data["kind"]] += 1
        for p in data["places"]:
            place_counts[p] = place_counts.get(p, 0) + 1
        for y in data.get("years", []):
            year_counts[y] = year_counts.get(y, 0) + 1
    drawn = G.graph.get("metrics", True)
    kinds = [{"kind": k, "zh": s.zh, "color": s.color, "shape": s.shape, "glyph": s.glyph, "count": counts[k]}
             for k, s in STYLES.items() if drawn or k != "metric"]
    overview = G.graph.get("overview")
    if overview:
        for k in kinds:
            k["total"] = overview["byKind"][k["kind"]]
    dated = sorted(y for y in year_counts if y != UNDATED)
    years = [[y, year_counts[y]] for y in dated] + (
        [[UNDATED, year_counts[UNDATED]]] if dated and UNDATED in year_counts else [])
    return {"title": "govkg 关系网络", "subtitle": _subtitle(G), "kinds": kinds,
            "places": sorted(place_counts.items(), key=lambda kv: (-kv[1], kv[0])),
            "years": years, "metricsDrawn": drawn, "metricsListed": _listed(G),
            "static": static, "focus": G.graph.get("focus"), "maxEvidence": MAX_EVIDENCE,
            "nodeCount": G.number_of_nodes(), "edgeCount": G.number_of_edges(),
            **({"overview": overview} if overview else {})}


def _listed(G: nx.MultiDiGraph) -> int:
    """How many metrics the panels of the nodes of `G` list (a metric is counted once)."""
    panels = G.graph.get("panels", {})
    return len({row["id"] for n in G if n in panels for row in panels[n]["metrics"]})


# ---------------------------------------------------------------- page
@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the pyvis package (newest bundled version)."""
    root = Path(pyvis.__file__).resolve().parent
    for base in (root / "templates" / "lib", root / "lib"):
        found = sorted(base.glob("vis-*/vis-network.min.js"),
                       key=lambda p: tuple(int(x) for x in p.parent.name[4:].split(".") if x.isdigit()))
        if found:
            js = found[-1].read_text(encoding="utf-8")
            css = found[-1].with_name("vis-network.css").read_text(encoding="utf-8")
            if "</script" in js.lower() or "</style" in css.lower():
                raise NetworkError(f"{found[-1]} cannot be inlined safely")
            return js, css
    raise NetworkError(f"no vis-network.min.js inside the pyvis package at {root}")


@without_gc   # hundreds of thousands of small acyclic objects: see graph.heap
def network_html(G: nx.MultiDiGraph) -> str:
    """The page for `G` (pyvis Network filled with our nodes/edges, rendered with our template)."""
    static = G.number_of_nodes() > LAYOUT_THRESHOLD
    full, strong = _neighbours(G, _WEAK_RELATIONS)
    centrality = _centrality(full)
    # static: final positions; otherwise a structured start that physics only has to refine
    positions = _layout(full, strong, centrality, *(_FINAL_SPACING if static else _START_SPACING))
    focus = G.graph.get("focus")
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    # pyvis' add_node/add_edge do linear membership checks; fill its lists directly.
    panels = G.graph.get("panels", {})
    net.nodes = [_vis_node(n, d, centrality[n], positions.get(n), n == focus, panels.get(n))
                 for n, d in G.nodes(data=True)]
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges, edge_styles = _vis_edges(G)
    net.options = _vis_options(static, G.number_of_nodes())
    net.set_template_dir(f"{TEMPLATE_DIR}{os.sep}", TEMPLATE_NAME)
    env = net.templateEnv
    env.autoescape = True
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False, "separators": (",", ":")}
    js, css = _vis_assets()
    env.globals.update(govkg={**_meta(G, static), "edgeStyles": edge_styles}, vis_js=Markup(js), vis_css=Markup(css))
    return net.generate_html(notebook=False)


def write_atomic(out: Path, text: str) -> None:
    """Write `text` as UTF-8 to a temp file next to `out`, then os.replace it into place."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def select_view(G: nx.MultiDiGraph, focus: str | None, depth: int,
                types: set[str] | None) -> nx.MultiDiGraph:
    """The ego view when `focus` is given, else the whole graph (optionally only some kinds)."""
    if focus:
        return ego_subgraph(G, focus, depth, types)
    wanted = _check_types(types)
    if wanted is None:
        return G
    return induced_subgraph(G, [n for n, k in G.nodes(data="kind") if k in wanted])


def render_network(g: Graph | ox.Store, out: Path, *, focus: str | None = None, depth: int = 2,
                   types: set[str] | None = None, metrics: bool = False,
                   limit: int | None = OVERVIEW_NODES) -> dict:
    """Write the interactive page for `g` (or the ego view of `focus`) to `out`.

    Metrics are listed in the panel of their subject; with `metrics` (or "metric" among
    `types`) they are also drawn as nodes, as the page did before issue 13. Without `focus`,
    a graph of more than `limit` nodes is drawn as its overview (`whole_view`); the ego view
    is always drawn whole.
    Returns {"nodes": n, "edges": m, "metrics_listed": k, "path": str(out)} for what was drawn,
    and for an overview "total_nodes" and "total_edges", those of the whole graph.
    """
    draw_metrics = metrics or "metric" in (types or ())
    if focus:
        view = select_view(rdf_to_networkx(g, metrics=draw_metrics), focus, depth, types)
    else:
        view = whole_view(g, draw_metrics, types, limit)
    out = Path(out)
    write_atomic(out, network_html(view))
    result = {"nodes": view.number_of_nodes(), "edges": view.number_of_edges(),
              "metrics_listed": _listed(view), "path": str(out)}
    if "overview" in view.graph:
        result.update(total_nodes=view.graph["overview"]["total"], total_edges=view.graph["overview"]["edgesTotal"])
    return result


__all__ = [
    "NODE_CLASSES", "LAYOUT_THRESHOLD", "NetworkError", "STYLES", "rdf_to_networkx", "find_node",
    "ego_subgraph", "select_view", "static_layout", "network_html", "write_atomic", "render_network",
    "UNDATED", "STATUS_ZH", "OVERVIEW_NODES", "MAX_PANEL_METRICS", "importance", "overview_nodes",
    "whole_view", "induced_subgraph", "by_rank",
]
