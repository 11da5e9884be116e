"""Where the ontology lives and the prefixes of its namespaces, as plain strings.

Kept free of rdflib so that the query and export paths (`govkg query`, `govkg export`)
start without importing it; graph.vocab builds the rdflib terms on top of these.
"""
from __future__ import annotations

from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "govkg.ttl"
QUERY_DIR = ONTOLOGY_DIR / "queries"

# prefix -> namespace IRI for serialisation (tests/test_vocab.py checks them against graph.vocab)
PREFIX_IRIS: dict[str, str] = {
    "gk": "https://w3id.org/govkg/ontology#",
    "id": "https://w3id.org/govkg/id/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "qb": "http://purl.org/linked-data/cube#",
    "oa": "http://www.w3.org/ns/oa#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "dcterms": "http://purl.org/dc/terms/",
}
