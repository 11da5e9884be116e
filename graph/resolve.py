"""Resolve mentions to entities across documents: one key per real-world thing.

- a place is its gazetteer key;
- a person is (name, prefecture-level place of their posts): the same name in two
  prefectures stays two people, the same name and place in two articles is one;
- an organisation is its resolved full name;
- a program is its name without quotes and spaces, within one prefecture: the same
  program named in several articles is one node, its kind and place taken by majority
  over its mentions, but a mechanism run by counties of two prefectures (田长制) is two.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, PlaceEntry
from .model import Extraction

_QUOTES = re.compile(r"[\s“”\"'‘’《》「」『』〈〉]")


def clean_name(name: str) -> str:
    """A name without whitespace, quotes or 书名号."""
    return _QUOTES.sub("", name)


def scope_place(place_key: str | None, gaz: Gazetteer, places: dict[str, PlaceEntry]) -> str:
    """The prefecture-level (or province) key that scopes a person's identity."""
    if not place_key:
        return ""
    entry = places.get(place_key) or gaz.entries.get(place_key)
    while entry is not None and entry.level not in {"prefecture_city", "province"}:
        entry = places.get(entry.parent or "") or gaz.entries.get(entry.parent or "")
    return entry.key if entry is not None else place_key


@dataclass
class ProgramEntity:
    key: str
    name: str
    kind: str
    place_key: str | None
    org: str | None
    kinds: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)


ProgramIndex = dict[tuple[str, str], ProgramEntity]   # (doc id, cleaned name) -> entity


def merge_programs(extractions: list[Extraction], gaz: Gazetteer,
                   places: dict[str, PlaceEntry] | None = None) -> ProgramIndex:
    """Programs of all documents merged by cleaned name; kind and place by majority.

    A name run in places of different prefectures (田长制 in two counties of two cities)
    stays one program per prefecture; a document that names it without a place joins the
    most-mentioned one. Look entities up by (doc id, cleaned name).
    """
    places = places or {}
    mentions: dict[str, dict[str, list]] = {}          # name -> doc id -> mentions
    for extraction in extractions:
        for mention in extraction.programs:
            name = clean_name(mention.name)
            if name:
                mentions.setdefault(name, {}).setdefault(extraction.doc.doc_id, []).append(mention)
    index: ProgramIndex = {}
    for name, by_doc in mentions.items():
        doc_scope = {doc_id: _majority(Counter(scope_place(m.place_key, gaz, places) for m in ms if m.place_key))
                     for doc_id, ms in by_doc.items()}
        scopes = sorted({s for s in doc_scope.values() if s})
        groups: dict[str, list] = {}
        for doc_id, ms in by_doc.items():
            groups.setdefault(doc_scope[doc_id] or "", []).extend(ms)
        if len(scopes) <= 1:
            groups = {"": [m for ms in groups.values() for m in ms]}
        elif "" in groups:   # documents without a place join the most-mentioned scope
            biggest = max(scopes, key=lambda s: (len(groups[s]), s))
            groups[biggest].extend(groups.pop(""))
        entities = {scope: _program_entity(name if len(groups) == 1 else f"{name}/{scope}", name, ms)
                    for scope, ms in groups.items()}
        for doc_id in by_doc:
            scope = doc_scope[doc_id] or ""
            entity = entities.get(scope if len(entities) > 1 else "")
            if entity is None:
                entity = entities[max(scopes, key=lambda s: (len(groups[s]), s))]
            index[(doc_id, name)] = entity
    return index


def _program_entity(key: str, name: str, mentions: list) -> ProgramEntity:
    entity = ProgramEntity(key, name, mentions[0].kind, mentions[0].place_key, None)
    for mention in mentions:
        entity.kinds[mention.kind] += 1
        if mention.place_key:
            entity.places[mention.place_key] += 1
        if mention.org and not entity.org:
            entity.org = mention.org
    entity.kind = _majority(entity.kinds) or entity.kind
    entity.place_key = _majority(entity.places) or entity.place_key
    return entity


def _majority(counts: Counter) -> str | None:
    if not counts:
        return None
    # ties broken by the key so the result does not depend on input order
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def collect_places(extractions: list[Extraction], gaz: Gazetteer) -> dict[str, PlaceEntry]:
    """Every place entry a build refers to: gazetteer entries plus the zones extractors added,
    with their ancestors, so each place's parent is in the graph too."""
    places: dict[str, PlaceEntry] = {}
    for extraction in extractions:
        for entry in extraction.new_places:
            places.setdefault(entry.key, entry)
    wanted = {m.key for e in extractions for m in e.places}
    wanted |= {m.place_key for e in extractions for m in e.organizations if m.place_key}
    wanted |= {m.place_key for e in extractions for m in e.programs if m.place_key}
    for key in sorted(wanted | set(places)):
        entry = places.get(key) or gaz.entries.get(key)
        while entry is not None:
            places.setdefault(entry.key, entry)
            parent = entry.parent or ""
            entry = places.get(parent) or gaz.entries.get(parent)
    return places
