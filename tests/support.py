"""Helpers shared by several test modules (importable by name: pytest puts tests/ on sys.path,
and the Dask workers of tests/test_cluster.py inherit it)."""
from __future__ import annotations

import os
import socket
import time


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def misbehaving_extractor(doc, gaz):
    """Extraction that hangs (永远), eats memory (吃内存), crashes (崩溃) or kills its worker
    process (自杀) on marked documents; an empty extraction otherwise. Stands in for
    `pipeline.extract_document` in the tests of the worker pool and of the cluster backend."""
    from graph.model import Extraction

    if "永远" in doc.text:
        time.sleep(600)
    if "吃内存" in doc.text:
        hog = []
        while True:
            hog.append(bytearray(50 * 1024 * 1024))
    if "崩溃" in doc.text:
        raise RuntimeError("a bug in an extractor")
    if "自杀" in doc.text:
        os._exit(7)
    return Extraction(doc=doc)


# ---------------------------------------------------------------- running the extractors on one text

def place_mentions(text: str, gaz, names) -> list:
    """PlaceMentions for every occurrence of the given gazetteer names (in text order)."""
    from graph.model import PlaceMention, Span

    out = []
    for name in names:
        key = gaz.lookup(name)[0].key
        start = text.find(name)
        while start >= 0:
            out.append(PlaceMention(Span(start, start + len(name)), name, key))
            start = text.find(name, start + len(name))
    return sorted(out, key=lambda p: p.span.start)


def places_of(text: str, gaz) -> tuple:
    """(document, place mentions, new places) of a one-text document."""
    from graph.places import extract_places
    from graph.text import make_document

    doc = make_document(text)
    mentions, new = extract_places(doc, gaz)
    return doc, mentions, new


def surfaces(mentions) -> list[str]:
    return [m.surface for m in mentions]


def place_parents(text: str, gaz) -> dict[str, str | None]:
    """place mention's surface -> the name of its parent (a new place's or the gazetteer's), or None."""
    _, mentions, new = places_of(text, gaz)
    entries = {e.key: e for e in new}
    out = {}
    for m in mentions:
        entry = entries.get(m.key) or gaz.entries.get(m.key)
        parent = entries.get(entry.parent) or gaz.entries.get(entry.parent) if entry.parent else None
        out[m.surface] = parent.name if parent is not None else None
    return out


def orgs_of(text: str, gaz) -> dict[str, str]:
    """name -> kind of the organisations of a one-text document (each mention's surface checked
    against the text it spans)."""
    from graph.organizations import extract_organizations
    from graph.places import article_places

    doc, places, _new = places_of(text, gaz)
    orgs = extract_organizations(doc, places, gaz, article_places(doc, places, gaz))
    for org in orgs:
        assert doc.slice(org.span).replace("\n", "") == org.surface
    return {org.name: org.kind for org in orgs}


def officials_and_citizens(text: str, gaz) -> tuple[set[tuple[str, str, str]], set[str], list]:
    """(officials as (person, role, org), citizens' names, official mentions) of a one-text
    document (each official's name checked against the text it spans)."""
    from graph.officials import extract_officials
    from graph.organizations import extract_organizations
    from graph.places import article_places

    doc, places, _new = places_of(text, gaz)
    article_place = article_places(doc, places, gaz)
    orgs = extract_organizations(doc, places, gaz, article_place)
    officials, persons = extract_officials(doc, places, orgs, gaz, article_place)
    for m in officials:
        assert doc.slice(m.name_span) == m.person
    return {(m.person, m.role, m.org) for m in officials}, {p.name for p in persons}, officials


def officials_of(text: str, gaz) -> set[tuple[str, str, str]]:
    """The officials of a one-text document as (person, role, org)."""
    return officials_and_citizens(text, gaz)[0]


def listed_orgs(text: str, gaz) -> dict[str, bool]:
    """name -> listed, of the organisations of a one-text document."""
    from graph.organizations import extract_organizations
    from graph.places import article_places

    doc, places, _new = places_of(text, gaz)
    return {o.name: o.listed for o in extract_organizations(doc, places, gaz, article_places(doc, places, gaz))}


def listed_org_names(text: str, gaz) -> set[str]:
    """The names of the organisations a one-text document lists."""
    return {name for name, listed in listed_orgs(text, gaz).items() if listed}


def metrics_of(gaz, text: str) -> list:
    """The metrics of a one-text document, every extractor run as the build runs them."""
    from graph.pipeline import extract_document
    from graph.text import make_document

    return extract_document(make_document(text, "t"), gaz).metrics


def indicators_of(gaz, text: str) -> dict[str, str]:
    """as written -> indicator of every metric of a one-text document (the last one when written twice)."""
    return {m.as_written: m.indicator for m in metrics_of(gaz, text)}


def metric_rows(text: str, gaz) -> list[tuple[str | None, str, float, str]]:
    """(subject, indicator, value, unit) of each metric of a one-text document."""
    return [(m.subject, m.indicator, m.value, m.unit) for m in metrics_of(gaz, text)]


def units_of(text: str) -> list[tuple[float, str]]:
    """(value, unit) of each quantity graph.numbers finds in `text`."""
    from graph.numbers import find_quantities

    return [(q.quantity.value, q.quantity.unit) for q in find_quantities(text)]


def one_metric(metrics: list, value: float, unit: str | None = None):
    """The one metric of `metrics` with this value (and unit); fails when there is not exactly one."""
    found = [m for m in metrics if m.value == value and (unit is None or m.unit == unit)]
    assert len(found) == 1, [(m.value, m.unit, m.subject) for m in metrics]
    return found[0]


def program_places_of(text: str, gaz, article_place: str) -> dict[str, str | None]:
    """{program name: key of the place that runs it} of a one-text document whose article is
    about `article_place`, with the real place and body extractors."""
    from graph.organizations import extract_organizations
    from graph.places import extract_places
    from graph.programs import extract_programs
    from graph.text import make_document

    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    art = {0: gaz.lookup(article_place)[0].key}
    orgs = extract_organizations(doc, places, gaz, art)
    return {m.name: m.place_key for m in extract_programs(doc, places, orgs, gaz, art)}


def place_key(gaz, name: str, under: str = "") -> str:
    """The key of the place called `name` (the one whose key holds `under` when several share it)."""
    return next(e.key for e in gaz.lookup(name) if under in e.key)


def programs_of(text: str, gaz, article_place: str) -> dict[str, tuple[str, str | None]]:
    """{name: (kind, place name)} of a one-text document, with the places the place extractor
    finds and `article_place` as the article's place."""
    from graph.places import extract_places
    from graph.programs import NATIONAL, extract_programs
    from graph.text import make_document

    doc = make_document(text)
    places, new = extract_places(doc, gaz)
    names = {e.key: e.name for e in new}
    art = {0: gaz.lookup(article_place)[0].key}
    found = extract_programs(doc, places, [], gaz, art)
    return {m.name: (m.kind, names.get(m.place_key) or (m.place_key if m.place_key in (None, NATIONAL)
                                                        else gaz.get(m.place_key).name))
            for m in found}
