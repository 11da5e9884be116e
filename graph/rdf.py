"""Turn extractions into RDF under the govkg ontology, every fact linked to its evidence.

IRIs are minted from stable keys (gazetteer codes, names, document ids and source
offsets), never from counters or hashes of Python objects, so the same input gives
the same graph. No blank nodes are used.

The builder writes terms in N-Triples syntax (an IRI is "<…>", a literal '"…"@zh')
and keeps the triples by subject: for each subject node, the set of its "<predicate> object"
strings (repeated facts stored once); `build_ntriples` writes them as an N-Triples document
with its lines in byte order (`sorted_lines`: subjects sorted once each, not every line),
from which the build writes every output (graph.ttl and graph.nt.gz list the triples in
that order): the build loads it in one go into an in-memory Oxigraph store (`loaded_store`,
faster on sorted lines), and `loaded_graph` puts an rdflib `Graph` (oxrdflib) around such a
store for the code that works through rdflib.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, SKOS, TIME, XSD

from .dates import PublishedDate
from .gazetteer import Gazetteer, PlaceEntry
from .model import Document, Extraction, MetricMention, Sentence, Span
from .resolve import (NO_PLACE, PersonIndex, ProgramIndex, clean_name, collect_places, merge_programs, period_dates,
                      period_key, resolve_persons)
from .vocab import (GK, ID, OA, ONTOLOGY_FILE, ORG_CLASS_BY_KIND, PLACE_CLASS_BY_LEVEL, PREFIXES,
                    PROGRAM_CLASS_BY_KIND, QB, SDO, TermForms)

Node = str      # an IRI in N-Triples syntax: "<https://…>"
Term = str      # an IRI or a literal in N-Triples syntax
Triple = tuple[Node, Node, Term]
BySubject = dict[Node, set[str]]   # subject -> "<predicate> object" of each of its triples

_UNSAFE = re.compile(r"[^\w\-.~]", re.UNICODE)


@lru_cache(maxsize=1 << 17)
def iri_segment(text: str) -> str:
    """A readable, valid IRI path segment: letters (CJK included) kept, the rest percent-encoded.
    (Cached: a build mints the same doc ids, names and offsets over and over, some 77,000
    distinct ones on 2,000 pages, four in five of them with nothing to encode.)"""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_percent_encoded, text)


def _percent_encoded(match: re.Match) -> str:
    return quote(match.group(), safe="")


_ID = str(ID)   # a plain str: the rdflib Namespace (a str subclass) is formatted at twice the cost


def mint(kind: str, *parts: str) -> Node:
    return f"<{_ID}{kind}/{'/'.join([iri_segment(part) for part in parts])}>"


@lru_cache(maxsize=None)
def term(iri: URIRef) -> Node:
    """The N-Triples form of a vocabulary term (rdflib URIRef); checked once by Oxigraph."""
    return str(ox.NamedNode(str(iri)))


def place_iri(key: str) -> Node:
    return mint("place", *key.split("/"))


def org_iri(name: str) -> Node:
    return mint("org", clean_name(name))


def program_iri(key: str) -> Node:
    return mint("program", key)


@lru_cache(maxsize=1 << 14)
def doc_iri(doc_id: str) -> Node:
    return mint("doc", doc_id)


@lru_cache(maxsize=1 << 16)
def article_iri(doc_id: str, index: int) -> Node:
    return mint("article", doc_id, str(index))


# How Oxigraph's N-Triples writer escapes a string (checked against it for every code point in
# tests/test_outputs_exact.py): the builder writes literals exactly as a dump of the store would.
_ESCAPED = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')
_ESCAPES = {chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_ESCAPES.update({"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"})


def _quoted(text: str) -> str:
    """`text` as an N-Triples string, escaped as Oxigraph writes it."""
    if _ESCAPED.search(text) is None:
        return '"' + text + '"'
    return '"' + _ESCAPED.sub(lambda m: _ESCAPES[m.group()], text) + '"'


def zh(text: str) -> Term:
    return _quoted(text) + "@zh"


def plain(text: str) -> Term:
    return _quoted(text)


def typed(value: object, datatype: URIRef) -> Term:
    """A typed literal, in the form the store writes it back (`typed_form`)."""
    return typed_form(str(value), term(datatype))


@lru_cache(maxsize=1 << 16)
def typed_form(lexical: str, datatype: Node) -> Term:
    """The literal `lexical`^^`datatype` (an N-Triples IRI: `DECIMAL`, `DATE` …) as the store
    writes it back: computed here for the lexical forms this module writes of the datatypes it
    emits (`canonical_lexical`: 1 µs), asked of Oxigraph itself for anything else
    (`stored_form`: 35 µs, a build has some 20,000 distinct values on 2,000 pages).
    Both paths agree (tests/test_rdf_speed_literals.py)."""
    canonical = canonical_lexical(lexical, datatype)
    if canonical is None:
        return stored_form(f"{_quoted(lexical)}^^{datatype}")
    return f'"{canonical}"^^{datatype}'


@lru_cache(maxsize=1 << 16)
def stored_form(literal: Term) -> Term:
    """An N-Triples literal as Oxigraph writes it once stored: it keeps numbers and dates as
    values, so "5.0"^^xsd:decimal comes back as "5", "1e+20"^^xsd:double as
    "100000000000000000000" (ill-formed ones as written). Asked of Oxigraph itself, in a
    store of its own."""
    store = ox.Store()
    store.load(f"<urn:govkg:s> <urn:govkg:p> {literal} .\n".encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    line = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode("utf-8")
    return line[len("<urn:govkg:s> <urn:govkg:p> "):-len(" .\n")]


DECIMAL, DOUBLE, DATE = term(XSD.decimal), term(XSD.double), term(XSD.date)
G_YEAR, G_YEAR_MONTH, G_MONTH_DAY = term(XSD.gYear), term(XSD.gYearMonth), term(XSD.gMonthDay)

# The lexical forms whose stored form is computed here; the bounds keep to values Oxigraph
# surely holds (its xsd:decimal is 128 bits with 18 fraction digits; years 1000-9999).
_DECIMAL_FORM = re.compile(r"([+-]?)0*([0-9]{0,19})(?:\.([0-9]{0,18}))?")
_DOUBLE_FORM = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DATE_FORMS = {
    DATE: re.compile(r"[1-9][0-9]{3}-([0-9][0-9])-([0-9][0-9])"),
    G_YEAR: re.compile(r"[1-9][0-9]{3}"),
    G_YEAR_MONTH: re.compile(r"[1-9][0-9]{3}-(0[1-9]|1[0-2])"),
    G_MONTH_DAY: re.compile(r"--([0-9][0-9])-([0-9][0-9])"),
}


_SURE_DIGITS = 15      # a double whose shortest digits are more may have two shortest forms (1e15 + 0.25:
                       # ...0.2 and ...0.3 both read back as it); Python and Oxigraph need not pick the same


def canonical_lexical(lexical: str, datatype: Node) -> str | None:
    """How Oxigraph writes back `lexical` of `datatype` once stored, for the common forms of
    xsd:decimal, xsd:double and the dates (`_DATE_FORMS`); None for any other form or datatype.
    A decimal loses its sign when zero, leading and trailing zeros and a bare point ("+012.50"
    -> "12.5"); a double is written as the shortest digits that give it back, without an exponent
    ("1e+20" -> "100000000000000000000", "5.0" -> "5", "-0.0" -> "-0"), when its shortest digits
    are at most _SURE_DIGITS (None above: the store is asked); a valid date as written."""
    if datatype == DECIMAL:
        match = _DECIMAL_FORM.fullmatch(lexical)
        if match is None or not any(c in "0123456789" for c in lexical):
            return None
        sign, whole, fraction = match.group(1), match.group(2) or "0", (match.group(3) or "").rstrip("0")
        digits = f"{whole}.{fraction}" if fraction else whole
        return "-" + digits if sign == "-" and digits != "0" else digits
    if datatype == DOUBLE:
        if _DOUBLE_FORM.fullmatch(lexical) is None:
            return None
        value = float(lexical)
        if value in (float("inf"), float("-inf")):
            return None
        shortest = Decimal(repr(value))
        if len(shortest.normalize().as_tuple().digits) > _SURE_DIGITS:
            return None
        digits = format(shortest, "f")
        return digits.rstrip("0").rstrip(".") if "." in digits else digits
    form = _DATE_FORMS.get(datatype)
    match = form.fullmatch(lexical) if form is not None else None
    if match is None:
        return None
    if datatype in (DATE, G_MONTH_DAY):
        try:
            date(int(lexical[:4]) if datatype == DATE else 2000, int(match.group(1)), int(match.group(2)))
        except ValueError:
            return None
    return lexical


_INTEGER = "^^" + term(XSD.integer)


def integer(value: int) -> Term:
    """An xsd:integer literal (what `typed(value, XSD.integer)` writes: digits are its stored form)."""
    return f'"{value:d}"{_INTEGER}'


# N-Triples forms of the vocabulary's terms (`gk.Evidence` is the IRI of GK.Evidence, written)
gk, sdo, oa, prov, skos, w3org, qb = (TermForms(ns, term) for ns in (GK, SDO, OA, PROV, SKOS, ORG, QB))
dcterms, owltime = TermForms(DCTERMS, term), TermForms(TIME, term)
TYPE = term(RDF.type)
LABEL = term(SKOS.prefLabel)
VALUE = term(RDF.value)
OTHER_ORG = term(GK.OtherOrganization)
# "<predicate> object" of a hot path's constant triples
_IS_EVIDENCE, _IS_POSITION, _IS_QUOTE, _IS_METRIC, _IS_METRIC_MENTION = (
    f"{TYPE} {cls}" for cls in (gk.Evidence, oa.TextPositionSelector, oa.TextQuoteSelector, gk.Metric,
                                gk.MetricMention))
_IN_METRICS = f"{qb.dataSet} {gk.metrics}"


class DocumentSentences:
    """The sentence containing a text position, found by bisecting the sentences' starts:
    what `Document.sentence_at` answers (the one sentence containing it, when sentences are in
    order and do not overlap, as text.segment makes them; else asked of it), at C speed."""

    def __init__(self, doc: Document | None) -> None:
        self.doc = doc
        sentences = doc.sentences if doc is not None else []
        self._starts = [s.span.start for s in sentences]
        self._ordered = all(a.span.end <= b.span.start for a, b in zip(sentences, sentences[1:]))

    def at(self, pos: int) -> Sentence | None:
        if not self._ordered:
            return self.doc.sentence_at(pos)
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        sentence = self.doc.sentences[i]
        return sentence if pos < sentence.span.end else None


class GraphBuilder:
    """Accumulates the triples of one build by subject (sets, so repeated facts are stored once)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.by_subject: defaultdict[Node, set[str]] = defaultdict(set)
        self.places: dict[str, PlaceEntry] = {}
        self._place_nodes: dict[str, Node] = {}
        self._evidence: dict[tuple[str, int, int], Node] = {}       # by the sentence's span
        self._sentences = DocumentSentences(None)                   # of the document at hand
        self._org_typed: dict[Node, bool] = {}       # org node -> has a subclass type
        self._org_placed: set[Node] = set()
        self._programs: set[Node] = set()
        self._metrics: set[Node] = set()             # observations already described
        self._metric_programs: set[Node] = set()     # observations whose program is set
        self.persons = PersonIndex(gaz, self.places)  # set by build_triples (resolve_persons)

    def add(self, s: Node, p: Node, o: Term) -> None:
        self.by_subject[s].add(f"{p} {o}")

    def add_all(self, s: Node, pos: Iterable[str]) -> None:
        """Triples of `s` given as their "<predicate> object" strings, in one set update (a
        hot path's few triples of a subject: one call instead of one each)."""
        self.by_subject[s].update(pos)

    # ------------------------------------------------------------ documents and evidence
    def add_document(self, doc: Document) -> Node:
        d = doc_iri(doc.doc_id)
        self.add(d, TYPE, gk.SourceDocument)
        self.add(d, sdo.identifier, plain(doc.doc_id))
        self.add(d, gk.sourcePath, plain(doc.source))
        self.add(d, gk.encoding, plain(doc.encoding))
        self.add(d, LABEL, plain(doc.doc_id))
        for article in doc.articles:
            a = article_iri(doc.doc_id, article.index)
            self.add(a, TYPE, gk.Article)
            self.add(a, sdo.isPartOf, d)
            self.add(a, sdo.position, integer(article.index))
            headline = doc.slice(article.headline) if article.headline else f"{doc.doc_id} #{article.index}"
            self.add(a, sdo.headline, plain(headline))
            self.add(a, LABEL, zh(headline))
            if article.subheadline:
                self.add(a, sdo.alternativeHeadline, plain(doc.slice(article.subheadline)))
            for credit in article.credits:
                person = mint("journalist", credit.name)
                self.add(person, TYPE, gk.Journalist)
                self.add(person, sdo.name, plain(credit.name))
                self.add(person, LABEL, zh(credit.name))
                self.add(a, sdo.author if credit.role == "author" else gk.photographer, person)
        return d

    def evidence(self, doc: Document, span: Span) -> Node:
        """The evidence node of the sentence containing `span` (created once per sentence)."""
        if doc is not self._sentences.doc:
            self._sentences = DocumentSentences(doc)
        sentence = self._sentences.at(span.start)
        text_span = sentence.span if sentence is not None else span
        ev = self._evidence.get((doc.doc_id, text_span.start, text_span.end))
        if ev is None:
            ev = self._sentence_evidence(doc, sentence, text_span)
        return ev

    def _sentence_evidence(self, doc: Document, sentence: Sentence | None, text_span: Span) -> Node:
        """A new evidence node: the sentence `text_span` (or the span itself, outside every sentence)."""
        raw = doc.raw_span(text_span)
        ev = mint("evidence", doc.doc_id, f"{raw.start}-{raw.end}")
        self._evidence[(doc.doc_id, text_span.start, text_span.end)] = ev
        position = ev[:-1] + "#position>"
        quote_ = ev[:-1] + "#quote>"
        self.add_all(ev, (_IS_EVIDENCE, f"{oa.hasSource} {doc_iri(doc.doc_id)}",
                          f"{VALUE} {plain(doc.slice(text_span))}",
                          f"{oa.hasSelector} {position}", f"{oa.hasSelector} {quote_}"))
        if sentence is not None:
            self.add(ev, gk.article, article_iri(doc.doc_id, sentence.article))
        self.add_all(position, (_IS_POSITION, f"{oa.start} {integer(raw.start)}", f"{oa.end} {integer(raw.end)}"))
        self.add_all(quote_, (_IS_QUOTE, f"{oa.exact} {plain(doc.raw[raw.start:raw.end])}"))
        return ev

    def derived(self, node: Node, doc: Document, span: Span) -> None:
        self.add(node, prov.wasDerivedFrom, self.evidence(doc, span))

    # ------------------------------------------------------------ entities
    def add_place(self, key: str) -> Node:
        node = self._place_nodes.get(key)
        if node is not None:
            return node
        node = self._place_nodes[key] = place_iri(key)
        entry = self.places.get(key) or self.gaz.entries.get(key)
        self.add(node, TYPE, gk.Place)
        if entry is None:
            self.add(node, LABEL, zh(key.rsplit("/", 1)[-1]))
            return node
        self.add(node, TYPE, term(PLACE_CLASS_BY_LEVEL[entry.level]))
        self.add(node, LABEL, zh(entry.name))
        if entry.short and entry.short != entry.name:
            self.add(node, skos.altLabel, zh(entry.short))
        if entry.code:
            self.add(node, gk.adminCode, plain(entry.code))
        if entry.parent:
            self.add(node, sdo.containedInPlace, self.add_place(entry.parent))
        return node

    def add_org(self, name: str, kind: str | None, place_key: str | None) -> Node:
        """An organisation node; `kind` None when the caller does not know it (see type_untyped_orgs).
        The first kind and the first place given for a name win."""
        node = org_iri(name)
        if node not in self._org_typed:
            self._org_typed[node] = False
            self.add(node, TYPE, gk.Organization)
            self.add(node, LABEL, zh(clean_name(name)))
        if kind and not self._org_typed[node]:
            self._org_typed[node] = True
            self.add(node, TYPE, term(ORG_CLASS_BY_KIND.get(kind, GK.OtherOrganization)))
        if place_key and node not in self._org_placed:
            self._org_placed.add(node)
            self.add(node, gk.jurisdiction, self.add_place(place_key))
        return node

    def type_untyped_orgs(self) -> None:
        """Organisations only ever referred to without a kind (runBy, metric subjects) are 'other'."""
        for node, has_type in self._org_typed.items():
            if not has_type:
                self.add(node, TYPE, OTHER_ORG)


def build_triples(extractions: list[Extraction], gaz: Gazetteer) -> set[Triple]:
    """The triples of a build (N-Triples terms): documents, articles, evidence and all
    facts, without the ontology."""
    return triples_of(build_by_subject(extractions, gaz))


def triples_of(by_subject: BySubject) -> set[Triple]:
    """The triples held by subject, as (subject, predicate, object) terms (a predicate is an
    IRI: no space in it)."""
    return {(s, *po.split(" ", 1)) for s, pos in by_subject.items() for po in pos}


def build_by_subject(extractions: list[Extraction], gaz: Gazetteer) -> BySubject:
    """The triples of a build by subject, without the ontology."""
    builder = GraphBuilder(gaz)
    builder.places = collect_places(extractions, gaz)
    builder.persons = resolve_persons(extractions, gaz, builder.places)
    programs = merge_programs(extractions, gaz, builder.places)
    for extraction in extractions:
        _add_extraction(builder, extraction, programs)
    builder.type_untyped_orgs()
    return builder.by_subject


def ntriples(triples: set[Triple] | frozenset[Triple]) -> bytes:
    """`triples` as an N-Triples document (in no particular order)."""
    return "".join([f"{s} {p} {o} .\n" for s, p, o in triples]).encode("utf-8")


def loaded_graph(data: bytes, lenient: bool = False) -> Graph:
    """An rdflib Graph over an in-memory Oxigraph store holding the N-Triples `data`, loaded
    in one pass by Oxigraph's parser. `lenient` for N-Triples of this module's writers only
    (`build_ntriples`): their IRIs are valid by construction (`iri_segment`, `term`), so
    they are not checked again (-35 %; `write_store` checks every line when it writes the
    on-disk store). In memory, `load` beats `bulk_load` by 10-20 %."""
    graph = Graph(store="Oxigraph", identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    inner = graph.store._inner          # oxrdflib's pyoxigraph.Store (pinned in pyproject)
    inner.load(data, format=ox.RdfFormat.N_TRIPLES, lenient=lenient)
    return graph


def loaded_store(data: bytes, lenient: bool = False) -> ox.Store:
    """An in-memory Oxigraph store holding the N-Triples `data` (as `loaded_graph`, without
    the rdflib Graph around it: what the build writes its outputs from, sparing the
    oxrdflib plugin's import, 0.2 s, on the build's critical path)."""
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES, lenient=lenient)
    return store


def as_graph(triples: set[Triple], with_ontology: bool = False) -> Graph:
    """An rdflib Graph over an in-memory Oxigraph store holding `triples` (every term checked)."""
    if with_ontology:
        triples = triples | ontology_triples()
    return loaded_graph(ntriples(triples))


def build_ntriples(extractions: list[Extraction], gaz: Gazetteer, with_ontology: bool = False) -> bytes:
    """The N-Triples of a build (and of the ontology), lines in byte order (`sorted_lines`):
    exactly what a dump of a store holding them gives once sorted (store.sort_ntriples), as
    this module's writers (`mint`, `term`, `plain`, `zh`, `integer`, `typed`) write each
    term as the store writes it back (tests/test_outputs_exact.py)."""
    by_subject = build_by_subject(extractions, gaz)
    if with_ontology:
        for s, p, o in ontology_triples():
            by_subject.setdefault(s, set()).add(f"{p} {o}")
    return sorted_lines(by_subject)


def sorted_lines(by_subject: BySubject) -> bytes:
    """The triples held by subject as N-Triples, lines in byte order (as store.sort_ntriples
    orders them), sorting the subjects and each subject's few "<predicate> object" strings
    rather than every line (on 160 pages, 456k lines: 0.1 s more than joining them
    unsorted, where sorting the joined lines costs 0.3-0.45 s). The same order: Python
    orders strings by code point as UTF-8 orders bytes; a line is its subject, a space, the rest and " .", so two lines
    compare as their subjects when these differ (no subject IRI is a prefix of another: it
    ends with its only ">"), else as their rests, where a rest that is a prefix of another
    sorts first either way (what goes on in the longer one, "@zh", "^^<…>", is above the
    space: N-Triples escapes control characters)."""
    chunks = []
    for s in sorted(by_subject):
        lines = f" .\n{s} ".join(sorted(by_subject[s]))
        chunks.append(f"{s} {lines} .\n".encode("utf-8"))   # encoded apart: no wide str of it all
    return b"".join(chunks)


def build_graph(extractions: list[Extraction], gaz: Gazetteer, with_ontology: bool = False) -> Graph:
    """The RDF graph of a build as an rdflib Graph over an in-memory Oxigraph store."""
    return loaded_graph(build_ntriples(extractions, gaz, with_ontology), lenient=True)


@lru_cache(maxsize=1)
def ontology_triples() -> frozenset[Triple]:
    """The ontology's triples as the store writes them (loaded and dumped by Oxigraph once)."""
    store = ox.Store()
    store.bulk_load(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)
    text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode("utf-8")
    return frozenset(tuple(line[:-2].split(" ", 2)) for line in text.split("\n") if line)


def _add_extraction(b: GraphBuilder, ex: Extraction, programs: ProgramIndex) -> None:
    doc = ex.doc
    b.add_document(doc)
    _add_published(b, doc, ex.published)
    for mention in ex.places:
        if not mention.listed:
            continue   # a place prefix of a body's name (北京衡阳商会): the body's, not a place of the text
        node = b.add_place(mention.key)
        b.derived(node, doc, mention.span)
        entry = b.places.get(mention.key) or b.gaz.entries.get(mention.key)
        if entry is not None and mention.surface != entry.name and mention.surface != entry.short:
            b.add(node, skos.hiddenLabel, zh(mention.surface))   # OCR variant as written
    for org in ex.organizations:
        if not org.listed:
            continue   # a body only implied by a title (市委书记…): it enters the graph through the post
        node = b.add_org(org.name, org.kind, org.place_key)
        b.derived(node, doc, org.span)
        if clean_name(org.surface) != clean_name(org.name):
            b.add(node, skos.altLabel, zh(clean_name(org.surface)))
    for official in ex.officials:
        _add_official(b, doc, official, ex.published)
    for person in ex.persons:
        node = mint("person", person.name, b.persons.scope(doc.doc_id, person.name, person.place_key))
        b.add(node, TYPE, gk.Person)
        b.add(node, sdo.name, plain(person.name))
        b.add(node, LABEL, zh(person.name))
        b.derived(node, doc, person.span)
    for mention in ex.programs:
        _add_program(b, doc, mention, programs)
    stated: dict[tuple[int, int], int] = {}
    for metric in ex.metrics:
        nth = stated[(metric.span.start, metric.span.end)] = stated.get((metric.span.start, metric.span.end), 0) + 1
        _add_metric(b, doc, metric, programs, ex.published, nth)


def _add_official(b: GraphBuilder, doc: Document, official, published: PublishedDate | None = None) -> None:
    scope = b.persons.scope(doc.doc_id, official.person, official.place_key)
    person = mint("person", official.person, scope)
    b.add(person, TYPE, gk.Person)
    b.add(person, TYPE, gk.Official)
    b.add(person, sdo.name, plain(official.person))
    b.add(person, LABEL, zh(official.person))
    b.derived(person, doc, official.name_span)
    org = b.add_org(official.org, official.org_kind, official.place_key)
    role = mint("role", official.role)
    b.add(role, TYPE, gk.Role)
    b.add(role, LABEL, zh(official.role))
    b.add(role, skos.inScheme, gk.roles)
    post = mint("post", clean_name(official.org), official.role, official.person, scope)
    b.add(post, TYPE, w3org.Post)
    b.add(post, w3org.role, role)
    b.add(post, w3org.postIn, org)
    b.add(post, w3org.heldBy, person)
    b.add(post, LABEL, zh(f"{clean_name(official.org)}{official.role}"))
    b.add(person, w3org.holds, post)
    b.derived(post, doc, official.span)
    _add_membership(b, doc, official, (person, org, role, post), published)


# ---------------------------------------------------------------- time (graph.dates)

_XSD_OF = {"date": DATE, "gYear": G_YEAR, "gMonthDay": G_MONTH_DAY, "gYearMonth": G_YEAR_MONTH}


def _add_published(b: GraphBuilder, doc: Document, published: PublishedDate | None) -> None:
    """The document's date (dcterms:issued, as precise as known) with how it was known."""
    lexical = published.lexical() if published is not None else None
    if published is None or lexical is None:
        return
    d = doc_iri(doc.doc_id)
    b.add(d, dcterms.issued, typed_form(lexical[0], _XSD_OF[lexical[1]]))
    b.add(d, gk.dateBasis, plain(published.basis))
    b.add(d, gk.dateRule, plain(published.rule))


def _instant(b: GraphBuilder, published: PublishedDate | None) -> Node | None:
    """The time:Instant of a document's date (or year); None when neither is known."""
    lexical = published.lexical() if published is not None else None
    if lexical is None or lexical[1] not in ("date", "gYear"):
        return None
    node = mint("instant", lexical[0])
    b.add(node, TYPE, owltime.Instant)
    if lexical[1] == "date":
        b.add(node, owltime.inXSDDate, typed_form(lexical[0], DATE))
    else:
        b.add(node, owltime.inXSDgYear, typed_form(lexical[0], G_YEAR))
    return node


_INTERVAL_LINK = {"new": "hasBeginning", "removed": "hasEnd", "current": "inside", "acting": "inside"}


def _add_membership(b: GraphBuilder, doc: Document, official, nodes: tuple[Node, Node, Node, Node],
                    published: PublishedDate | None) -> None:
    """The holding of a post as this document attests it (W3C ORG membership), with its status and,
    when the document's date is known, an OWL-Time interval: begun at that date (new), ended at
    it (removed) or containing it (current, acting); none for former and nominated posts."""
    person, org, role, post = nodes
    status = getattr(official, "status", "current")
    scope = b.persons.scope(doc.doc_id, official.person, official.place_key)
    m = mint("membership", doc.doc_id, clean_name(official.org), official.role, official.person, scope, status)
    b.add(m, TYPE, w3org.Membership)
    b.add(m, w3org.member, person)
    b.add(m, w3org.organization, org)
    b.add(m, w3org.role, role)
    b.add(m, gk.ofPost, post)
    b.add(m, gk.postStatus, plain(status))
    b.add(m, gk.attestedIn, doc_iri(doc.doc_id))
    b.derived(m, doc, official.span)
    link = _INTERVAL_LINK.get(status)
    instant = _instant(b, published) if link else None
    if instant is None:
        return
    interval = m[:-1] + "#during>"
    b.add(m, w3org.memberDuring, interval)
    b.add(interval, TYPE, owltime.Interval)
    b.add(interval, getattr(owltime, link), instant)


def _add_program(b: GraphBuilder, doc: Document, mention, programs: ProgramIndex) -> None:
    entity = programs.get((doc.doc_id, clean_name(mention.name)))
    if entity is None:
        return
    node = program_iri(entity.key)
    if node not in b._programs:
        b._programs.add(node)
        b.add(node, TYPE, gk.Program)
        b.add(node, TYPE, term(PROGRAM_CLASS_BY_KIND[entity.kind]))
        b.add(node, LABEL, zh(entity.name))
        if entity.place_key:
            b.add(node, gk.jurisdiction, b.add_place(entity.place_key))
        if entity.org:
            b.add(node, gk.runBy, b.add_org(entity.org, None, entity.place_key))
    b.derived(node, doc, mention.span)


def _subject_node(b: GraphBuilder, doc_id: str, metric, programs: ProgramIndex) -> Node | None:
    if metric.subject_kind == "place" and metric.subject_key:
        return b.add_place(metric.subject_key)
    if metric.subject_kind == "program" and metric.subject_key:
        entity = programs.get((doc_id, clean_name(metric.subject_key)))
        return program_iri(entity.key) if entity else None
    if metric.subject_kind == "org" and metric.subject_key:
        return b.add_org(metric.subject_key, None, None)
    if metric.subject_kind == "person" and metric.subject:
        # the node the person was minted as (persons are added before metrics)
        return mint("person", metric.subject, b.persons.scope(doc_id, metric.subject, metric.subject_key or None))
    return None


def _add_period_dates(b: GraphBuilder, node: Node, period: str, published: PublishedDate | None) -> None:
    """gk:periodStart / gk:periodEnd of a period as written (今年, 上半年, 前三季度 resolve against
    the document's year when it is known; 2022年 resolves alone)."""
    year = published.year if published is not None else None
    start, end = period_dates(period, year)
    if start is not None:
        b.add(node, gk.periodStart, typed_form(start.isoformat(), DATE))
    if end is not None:
        b.add(node, gk.periodEnd, typed_form(end.isoformat(), DATE))


def observation_iri(subject: Node, metric: MetricMention, published: PublishedDate | None, doc_id: str) -> Node:
    """The observation a statement about a known subject states: minted from what it states
    (subject, indicator, value, unit and `period_key`), so the same statistic reported by
    several articles is one node. The subject's own IRI path is kept as written."""
    parts = (metric.indicator or "", _decimal(metric.value), metric.unit,
             period_key(metric.period, published, doc_id))
    return f"<{_ID}metric/{subject[len(_ID) + 1:-1]}/{'/'.join([iri_segment(part) for part in parts])}>"


def _decimal(value: float) -> str:
    return str(Decimal(repr(value)))


def _add_metric(b: GraphBuilder, doc: Document, metric, programs: ProgramIndex,
                published: PublishedDate | None = None, nth: int = 1) -> None:
    """One statement of a metric: its mention (what this document writes, where) and the
    observation it states. A statement whose subject is known states the observation minted
    from its content (`observation_iri`), shared by every document that states the same; one
    whose subject is unknown is its own observation (two unanchored 17% are not one fact), and
    so is one about a person known by name only (the placeless person of that name).
    The observation's attributes that may differ between statements (value as written,
    approximation, period as written) are those of its first statement in document order,
    its program that of the first statement naming one: a build gives the same graph
    whatever the order of extraction. `nth` > 1 for a further fact read from the same written
    number (one rank for two items: 总量和增速均排名第一), whose mention is minted apart."""
    raw = doc.raw_span(metric.span)
    offsets = f"{raw.start}-{raw.end}" + (f"-{nth}" if nth > 1 else "")
    subject = _subject_node(b, doc.doc_id, metric, programs)
    program = None
    if metric.program:
        entity = programs.get((doc.doc_id, clean_name(metric.program)))
        program = program_iri(entity.key) if entity is not None else None
    anchored = subject is not None and not (metric.subject_kind == "person" and subject.endswith(f"/{NO_PLACE}>"))
    node = observation_iri(subject, metric, published, doc.doc_id) if anchored else mint("metric", doc.doc_id, offsets)
    if node not in b._metrics:
        b._metrics.add(node)
        _add_observation(b, node, metric, subject, published)
    if program is not None and node not in b._metric_programs:
        b._metric_programs.add(node)
        b.add(node, gk.program, program)
    evidence = b.evidence(doc, metric.span)
    b.add(node, prov.wasDerivedFrom, evidence)
    mention = [_IS_METRIC_MENTION, f"{gk.ofMetric} {node}", f"{gk.valueAsWritten} {plain(metric.as_written)}",
               f"{oa.start} {integer(raw.start)}", f"{oa.end} {integer(raw.end)}", f"{prov.wasDerivedFrom} {evidence}"]
    if metric.period:
        mention.append(f"{gk.period} {plain(metric.period)}")
    if metric.approximate:
        mention.append(f"{gk.approximate} {plain(metric.approximate)}")
    if program is not None:
        mention.append(f"{gk.program} {program}")
    b.add_all(mint("metric-mention", doc.doc_id, offsets), mention)


def _add_observation(b: GraphBuilder, node: Node, metric, subject: Node | None,
                     published: PublishedDate | None) -> None:
    """The triples of an observation, from its first statement."""
    b.add_all(node, (_IS_METRIC, _IN_METRICS, f"{LABEL} {zh(metric.as_written)}",
                     f"{gk.valueAsWritten} {plain(metric.as_written)}",
                     f"{gk.value} {typed_form(_decimal(metric.value), DECIMAL)}", f"{gk.unit} {plain(metric.unit)}"))
    if metric.indicator:
        b.add(node, gk.indicator, plain(metric.indicator))
    if metric.period:
        b.add(node, gk.period, plain(metric.period))
        _add_period_dates(b, node, metric.period, published)
    if metric.approximate:
        b.add(node, gk.approximate, plain(metric.approximate))
    if metric.normalised_value is not None:
        b.add(node, gk.normalisedValue, typed_form(repr(float(metric.normalised_value)), DOUBLE))
    if metric.base_unit:
        b.add(node, gk.baseUnit, plain(metric.base_unit))
    if subject is not None:
        b.add(node, gk.subject, subject)
