"""The extract stage: every extractor run on one document, in dependency order.

An extraction is a function of the document and of the code this module imports (the
extractors and what they import, the lexicons, jieba's and jionlp's data): that code alone
is what `graph.cache.extractor_version` hashes, so a new version of an output stage (the
store, the dumps, the network page …) keeps every build's kept extractions.
"""
from __future__ import annotations

from .gazetteer import Gazetteer
from .model import Document, Extraction


def extract_document(doc: Document, gaz: Gazetteer) -> Extraction:
    """Run every extractor on one document, in dependency order."""
    from .dates import document_date
    from .metrics import aged_persons, extract_metrics
    from .officials import extract_officials
    from .organizations import extract_organizations
    from .places import article_places, extract_places
    from .programs import extract_programs

    places, new_places = extract_places(doc, gaz)
    article_place = article_places(doc, places, gaz)
    orgs = extract_organizations(doc, places, gaz, article_place)
    officials, persons = extract_officials(doc, places, orgs, gaz, article_place)
    programs = extract_programs(doc, places, orgs, gaz, article_place)
    persons = persons + aged_persons(doc, gaz, [p.span for p in persons] + [o.name_span for o in officials])
    metrics = extract_metrics(doc, places, orgs, programs, gaz, article_place, persons, officials)
    return Extraction(doc=doc, places=places, new_places=new_places, organizations=orgs,
                      officials=officials, persons=persons, programs=programs, metrics=metrics,
                      published=document_date(doc))
