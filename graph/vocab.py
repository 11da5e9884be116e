"""Vocabulary as code: our ontology terms and the standard namespaces we reuse.

`GK` is a closed namespace: a misspelt term fails at import time, and
`tests/test_vocab.py` checks that every term here is declared in
`ontology/govkg.ttl` (and vice versa), so code and ontology cannot drift.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD, DCTERMS, OWL

from .namespaces import ONTOLOGY_DIR, ONTOLOGY_FILE  # noqa: F401 - re-exported

SDO = Namespace("https://schema.org/")
QB = Namespace("http://purl.org/linked-data/cube#")
OA = Namespace("http://www.w3.org/ns/oa#")
ID = Namespace("https://w3id.org/govkg/id/")


class GK(DefinedNamespace):
    """Terms of ontology/govkg.ttl."""

    _NS = Namespace("https://w3id.org/govkg/ontology#")
    _fail = True

    # places
    Place: URIRef
    Province: URIRef
    PrefectureCity: URIRef
    County: URIRef
    CountyLevelCity: URIRef
    District: URIRef
    Town: URIRef
    Township: URIRef
    Subdistrict: URIRef
    Village: URIRef
    Community: URIRef
    DevelopmentZone: URIRef
    adminCode: URIRef
    # persons, organisations, posts
    Person: URIRef
    Official: URIRef
    Journalist: URIRef
    Organization: URIRef
    PartyCommittee: URIRef
    Government: URIRef
    Department: URIRef
    Company: URIRef
    OtherOrganization: URIRef
    Role: URIRef
    roles: URIRef
    jurisdiction: URIRef
    # programs
    Program: URIRef
    Campaign: URIRef
    Mechanism: URIRef
    Project: URIRef
    PolicyDocument: URIRef
    Event: URIRef
    runBy: URIRef
    # metrics
    metrics: URIRef
    Metric: URIRef
    subject: URIRef
    program: URIRef
    indicator: URIRef
    period: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    value: URIRef
    unit: URIRef
    valueAsWritten: URIRef
    normalisedValue: URIRef
    baseUnit: URIRef
    approximate: URIRef
    MetricMention: URIRef
    ofMetric: URIRef
    # sources and evidence
    SourceDocument: URIRef
    encoding: URIRef
    sourcePath: URIRef
    Article: URIRef
    photographer: URIRef
    Evidence: URIRef
    article: URIRef
    mention: URIRef
    # time: document dates and posts in time (graph.dates, W3C ORG memberships, OWL-Time)
    dateBasis: URIRef
    dateRule: URIRef
    ofPost: URIRef
    postStatus: URIRef
    attestedIn: URIRef


# Place level (as used in facts JSON / gold "type") <-> ontology class.
PLACE_CLASS_BY_LEVEL: dict[str, URIRef] = {
    "province": GK.Province,
    "prefecture_city": GK.PrefectureCity,
    "county": GK.County,
    "county_city": GK.CountyLevelCity,
    "district": GK.District,
    "town": GK.Town,
    "township": GK.Township,
    "subdistrict": GK.Subdistrict,
    "village": GK.Village,
    "community": GK.Community,
    "zone": GK.DevelopmentZone,
}

# Program kind (facts JSON / gold "kind") <-> ontology class.
PROGRAM_CLASS_BY_KIND: dict[str, URIRef] = {
    "campaign": GK.Campaign,
    "mechanism": GK.Mechanism,
    "project": GK.Project,
    "policy_document": GK.PolicyDocument,
    "event": GK.Event,
}

ORG_CLASS_BY_KIND: dict[str, URIRef] = {
    "party": GK.PartyCommittee,
    "government": GK.Government,
    "department": GK.Department,
    "company": GK.Company,
    "other": GK.OtherOrganization,
}

PREFIXES: dict[str, Namespace | str] = {
    "gk": str(GK._NS),
    "id": str(ID),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "schema": str(SDO),
    "qb": str(QB),
    "oa": str(OA),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "dcterms": str(DCTERMS),
    "time": str(TIME),
}

__all__ = [
    "ONTOLOGY_DIR", "ONTOLOGY_FILE",
    "GK", "SDO", "QB", "OA", "ID", "ORG", "PROV", "RDF", "RDFS", "SKOS", "TIME", "XSD", "DCTERMS",
    "PLACE_CLASS_BY_LEVEL", "PROGRAM_CLASS_BY_KIND", "ORG_CLASS_BY_KIND", "PREFIXES",
]


class TermForms:
    """The terms of a (closed) rdflib namespace in one written form (`form`: str for plain IRI
    strings, an N-Triples writer …), each made on first use and kept as an attribute:
    `TermForms(GK).Evidence`; a misspelt term still fails."""

    def __init__(self, namespace, form=str) -> None:
        self._namespace = namespace
        self._form = form

    def __getattr__(self, name: str):
        value = self._form(getattr(self._namespace, name))
        setattr(self, name, value)
        return value

