"""Resolve mentions to entities across documents: one key per real-world thing.

- a place is its gazetteer key;
- a person is (name, prefecture-level place of their posts): the same name in two
  prefectures stays two people, the same name and place in two articles is one;
- an organisation is its resolved full name;
- a program is its name without quotes, spaces and a leading place prefix-free
  form: the same program named in several articles is one node, its kind and place
  taken by majority over its mentions.
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


def merge_programs(extractions: list[Extraction]) -> dict[str, ProgramEntity]:
    """Programs of all documents merged by cleaned name; kind and place by majority."""
    merged: dict[str, ProgramEntity] = {}
    for extraction in extractions:
        for mention in extraction.programs:
            key = clean_name(mention.name)
            if not key:
                continue
            entity = merged.setdefault(key, ProgramEntity(key, key, mention.kind, mention.place_key, mention.org))
            entity.kinds[mention.kind] += 1
            if mention.place_key:
                entity.places[mention.place_key] += 1
            if mention.org and not entity.org:
                entity.org = mention.org
    for entity in merged.values():
        entity.kind = _majority(entity.kinds) or entity.kind
        entity.place_key = _majority(entity.places) or entity.place_key
    return merged


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
