"""Turn extractions into RDF under the govkg ontology, every fact linked to its evidence.

IRIs are minted from stable keys (gazetteer codes, names, document ids and source
offsets), never from counters or hashes of Python objects, so the same input gives
the same graph. No blank nodes are used.
"""
from __future__ import annotations

import re
from decimal import Decimal
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD

from .gazetteer import Gazetteer, PlaceEntry
from .model import Document, Extraction, Span
from .resolve import ProgramEntity, clean_name, collect_places, merge_programs, scope_place
from .vocab import (GK, ID, OA, ORG_CLASS_BY_KIND, PLACE_CLASS_BY_LEVEL, PREFIXES,
                    PROGRAM_CLASS_BY_KIND, SDO, QB)

_SAFE = re.compile(r"[\w\-.~]", re.UNICODE)


def iri_segment(text: str) -> str:
    """A readable, valid IRI path segment: letters (CJK included) kept, the rest percent-encoded."""
    return "".join(ch if _SAFE.fullmatch(ch) else quote(ch, safe="") for ch in text)


def mint(kind: str, *parts: str) -> URIRef:
    return ID[kind + "/" + "/".join(iri_segment(p) for p in parts)]


def place_iri(key: str) -> URIRef:
    return mint("place", *key.split("/"))


def org_iri(name: str) -> URIRef:
    return mint("org", clean_name(name))


def program_iri(key: str) -> URIRef:
    return mint("program", key)


def doc_iri(doc_id: str) -> URIRef:
    return mint("doc", doc_id)


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


class GraphBuilder:
    """Accumulates the triples of one build."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.graph = Graph()
        for prefix, ns in PREFIXES.items():
            self.graph.bind(prefix, ns, override=True)
        self.places: dict[str, PlaceEntry] = {}

    def add(self, s: URIRef, p: URIRef, o) -> None:
        self.graph.add((s, p, o))

    # ------------------------------------------------------------ documents and evidence
    def add_document(self, doc: Document) -> URIRef:
        d = doc_iri(doc.doc_id)
        self.add(d, RDF.type, GK.SourceDocument)
        self.add(d, SDO.identifier, Literal(doc.doc_id))
        self.add(d, GK.sourcePath, Literal(doc.source))
        self.add(d, GK.encoding, Literal(doc.encoding))
        self.add(d, SKOS.prefLabel, Literal(doc.doc_id))
        for article in doc.articles:
            a = mint("article", doc.doc_id, str(article.index))
            self.add(a, RDF.type, GK.Article)
            self.add(a, SDO.isPartOf, d)
            self.add(a, SDO.position, Literal(article.index))
            headline = doc.slice(article.headline) if article.headline else f"{doc.doc_id} #{article.index}"
            self.add(a, SDO.headline, Literal(headline))
            self.add(a, SKOS.prefLabel, zh(headline))
            if article.subheadline:
                self.add(a, SDO.alternativeHeadline, Literal(doc.slice(article.subheadline)))
            for credit in article.credits:
                person = mint("journalist", credit.name)
                self.add(person, RDF.type, GK.Journalist)
                self.add(person, SDO.name, Literal(credit.name))
                self.add(person, SKOS.prefLabel, zh(credit.name))
                self.add(a, SDO.author if credit.role == "author" else GK.photographer, person)
        return d

    def evidence(self, doc: Document, span: Span) -> URIRef:
        """The evidence node of the sentence containing `span` (created once per sentence)."""
        sentence = doc.sentence_at(span.start)
        text_span = sentence.span if sentence is not None else span
        raw = doc.raw_span(text_span)
        ev = mint("evidence", doc.doc_id, f"{raw.start}-{raw.end}")
        if (ev, RDF.type, GK.Evidence) in self.graph:
            return ev
        self.add(ev, RDF.type, GK.Evidence)
        self.add(ev, OA.hasSource, doc_iri(doc.doc_id))
        self.add(ev, RDF.value, Literal(doc.slice(text_span)))
        if sentence is not None:
            self.add(ev, GK.article, mint("article", doc.doc_id, str(sentence.article)))
        position = URIRef(f"{ev}#position")
        self.add(ev, OA.hasSelector, position)
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, Literal(raw.start, datatype=XSD.integer))
        self.add(position, OA.end, Literal(raw.end, datatype=XSD.integer))
        quote_ = URIRef(f"{ev}#quote")
        self.add(ev, OA.hasSelector, quote_)
        self.add(quote_, RDF.type, OA.TextQuoteSelector)
        self.add(quote_, OA.exact, Literal(doc.raw[raw.start:raw.end]))
        return ev

    def derived(self, node: URIRef, doc: Document, span: Span) -> None:
        self.add(node, PROV.wasDerivedFrom, self.evidence(doc, span))

    # ------------------------------------------------------------ entities
    def add_place(self, key: str) -> URIRef:
        node = place_iri(key)
        if (node, RDF.type, GK.Place) in self.graph:
            return node
        entry = self.places.get(key) or self.gaz.entries.get(key)
        self.add(node, RDF.type, GK.Place)
        if entry is None:
            self.add(node, SKOS.prefLabel, zh(key.rsplit("/", 1)[-1]))
            return node
        self.add(node, RDF.type, PLACE_CLASS_BY_LEVEL[entry.level])
        self.add(node, SKOS.prefLabel, zh(entry.name))
        if entry.short and entry.short != entry.name:
            self.add(node, SKOS.altLabel, zh(entry.short))
        if entry.code:
            self.add(node, GK.adminCode, Literal(entry.code))
        if entry.parent:
            self.add(node, SDO.containedInPlace, self.add_place(entry.parent))
        return node

    def add_org(self, name: str, kind: str | None, place_key: str | None) -> URIRef:
        """An organisation node; `kind` None when the caller does not know it (see _type_untyped_orgs)."""
        node = org_iri(name)
        if (node, RDF.type, GK.Organization) not in self.graph:
            self.add(node, RDF.type, GK.Organization)
            self.add(node, SKOS.prefLabel, zh(clean_name(name)))
        if kind:
            if not any(t in ORG_SUBCLASSES for t in self.graph.objects(node, RDF.type)):
                self.add(node, RDF.type, ORG_CLASS_BY_KIND.get(kind, GK.OtherOrganization))
        if place_key and not any(self.graph.objects(node, GK.jurisdiction)):
            self.add(node, GK.jurisdiction, self.add_place(place_key))
        return node


ORG_SUBCLASSES = frozenset(ORG_CLASS_BY_KIND.values())


def build_graph(extractions: list[Extraction], gaz: Gazetteer) -> Graph:
    """The RDF graph of a build: documents, articles, evidence and all facts."""
    builder = GraphBuilder(gaz)
    builder.places = collect_places(extractions, gaz)
    programs = merge_programs(extractions)
    for extraction in extractions:
        _add_extraction(builder, extraction, programs)
    _type_untyped_orgs(builder.graph)
    return builder.graph


def _type_untyped_orgs(graph: Graph) -> None:
    """Organisations only ever referred to without a kind (runBy, metric subjects) are 'other'."""
    for node in set(graph.subjects(RDF.type, GK.Organization)):
        if not any(t in ORG_SUBCLASSES for t in graph.objects(node, RDF.type)):
            graph.add((node, RDF.type, GK.OtherOrganization))


def _add_extraction(b: GraphBuilder, ex: Extraction, programs: dict[str, ProgramEntity]) -> None:
    doc = ex.doc
    b.add_document(doc)
    for mention in ex.places:
        node = b.add_place(mention.key)
        b.derived(node, doc, mention.span)
        entry = b.places.get(mention.key) or b.gaz.entries.get(mention.key)
        if entry is not None and mention.surface != entry.name and mention.surface != entry.short:
            b.add(node, SKOS.hiddenLabel, zh(mention.surface))   # OCR variant as written
    for org in ex.organizations:
        node = b.add_org(org.name, org.kind, org.place_key)
        b.derived(node, doc, org.span)
        if clean_name(org.surface) != clean_name(org.name):
            b.add(node, SKOS.altLabel, zh(clean_name(org.surface)))
    for official in ex.officials:
        _add_official(b, doc, official)
    for person in ex.persons:
        node = mint("person", person.name, scope_place(person.place_key, b.gaz, b.places) or "-")
        b.add(node, RDF.type, GK.Person)
        b.add(node, SDO.name, Literal(person.name))
        b.add(node, SKOS.prefLabel, zh(person.name))
        b.derived(node, doc, person.span)
    for mention in ex.programs:
        _add_program(b, doc, mention, programs)
    for metric in ex.metrics:
        _add_metric(b, doc, metric, programs)


def _add_official(b: GraphBuilder, doc: Document, official) -> None:
    scope = scope_place(official.place_key, b.gaz, b.places) or "-"
    person = mint("person", official.person, scope)
    b.add(person, RDF.type, GK.Person)
    b.add(person, RDF.type, GK.Official)
    b.add(person, SDO.name, Literal(official.person))
    b.add(person, SKOS.prefLabel, zh(official.person))
    b.derived(person, doc, official.name_span)
    org = b.add_org(official.org, official.org_kind, official.place_key)
    role = mint("role", official.role)
    b.add(role, RDF.type, GK.Role)
    b.add(role, SKOS.prefLabel, zh(official.role))
    b.add(role, SKOS.inScheme, GK.roles)
    post = mint("post", clean_name(official.org), official.role, official.person, scope)
    b.add(post, RDF.type, ORG.Post)
    b.add(post, ORG.role, role)
    b.add(post, ORG.postIn, org)
    b.add(post, ORG.heldBy, person)
    b.add(post, SKOS.prefLabel, zh(f"{clean_name(official.org)}{official.role}"))
    b.add(person, ORG.holds, post)
    b.derived(post, doc, official.span)


def _add_program(b: GraphBuilder, doc: Document, mention, programs: dict[str, ProgramEntity]) -> None:
    entity = programs.get(clean_name(mention.name))
    if entity is None:
        return
    node = program_iri(entity.key)
    if (node, RDF.type, GK.Program) not in b.graph:
        b.add(node, RDF.type, GK.Program)
        b.add(node, RDF.type, PROGRAM_CLASS_BY_KIND[entity.kind])
        b.add(node, SKOS.prefLabel, zh(entity.name))
        if entity.place_key:
            b.add(node, GK.jurisdiction, b.add_place(entity.place_key))
        if entity.org:
            b.add(node, GK.runBy, b.add_org(entity.org, None, entity.place_key))
    b.derived(node, doc, mention.span)


def _subject_node(b: GraphBuilder, metric, programs: dict[str, ProgramEntity]) -> URIRef | None:
    if metric.subject_kind == "place" and metric.subject_key:
        return b.add_place(metric.subject_key)
    if metric.subject_kind == "program" and metric.subject_key:
        entity = programs.get(clean_name(metric.subject_key))
        return program_iri(entity.key) if entity else None
    if metric.subject_kind == "org" and metric.subject_key:
        return b.add_org(metric.subject_key, None, None)
    return None


def _add_metric(b: GraphBuilder, doc: Document, metric, programs: dict[str, ProgramEntity]) -> None:
    raw = doc.raw_span(metric.span)
    node = mint("metric", doc.doc_id, f"{raw.start}-{raw.end}")
    b.add(node, RDF.type, GK.Metric)
    b.add(node, QB.dataSet, GK.metrics)
    b.add(node, SKOS.prefLabel, zh(metric.as_written))
    b.add(node, GK.valueAsWritten, Literal(metric.as_written))
    b.add(node, GK.value, Literal(Decimal(repr(metric.value)), datatype=XSD.decimal))
    b.add(node, GK.unit, Literal(metric.unit))
    if metric.indicator:
        b.add(node, GK.indicator, Literal(metric.indicator))
    if metric.period:
        b.add(node, GK.period, Literal(metric.period))
    if metric.approximate:
        b.add(node, GK.approximate, Literal(metric.approximate))
    if metric.normalised_value is not None:
        b.add(node, GK.normalisedValue, Literal(float(metric.normalised_value), datatype=XSD.double))
    if metric.base_unit:
        b.add(node, GK.baseUnit, Literal(metric.base_unit))
    subject = _subject_node(b, metric, programs)
    if subject is not None:
        b.add(node, GK.subject, subject)
    if metric.program:
        entity = programs.get(clean_name(metric.program))
        if entity is not None:
            b.add(node, GK.program, program_iri(entity.key))
    b.derived(node, doc, metric.span)
