"""Resolve mentions to entities across documents: one key per real-world thing.

- a place is its gazetteer key;
- a person is (name, prefecture-level place of their posts): the same name in two
  prefectures stays two people, the same name and place in two articles is one; a
  mention without a place joins a placed person only when that is unambiguous
  (`resolve_persons`), else it is the one placeless person of that name;
- an organisation is its resolved full name;
- a program is its name without quotes and spaces, within one prefecture: the same
  program named in several articles is one node, its kind and place taken by majority
  over its mentions (a tie of places going to the place of its earliest mention), but a
  mechanism run by counties of two prefectures (田长制) is two.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .dates import PublishedDate
from .gazetteer import Gazetteer, PlaceEntry
from .metrics import resolve_period
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


NO_PLACE = "-"    # the scope of a person no mention of whom has a place


@dataclass
class PersonIndex:
    """The scope of every person mention's node (see `resolve_persons`)."""

    gaz: Gazetteer
    places: dict[str, PlaceEntry]
    placeless: dict[tuple[str, str], str] = field(default_factory=dict)   # (doc id, name) -> scope

    def scope(self, doc_id: str, name: str, place_key: str | None) -> str:
        """The prefecture-level key scoping the person `name` mentioned in `doc_id` with
        `place_key` (None or "" when the mention has no place); NO_PLACE when none is known."""
        own = scope_place(place_key, self.gaz, self.places)
        return own or self.placeless.get((doc_id, name), NO_PLACE)


def resolve_persons(extractions: list[Extraction], gaz: Gazetteer,
                    places: dict[str, PlaceEntry] | None = None) -> PersonIndex:
    """Where the persons mentioned without a place belong. A mention with a place is the
    person (name, prefecture of that place). The mentions of a name without a place in one
    document (its posts without a place, the same name as a speaker or a metric's subject):

    1. join the person of that name the document itself places, when it places the name in
       exactly one prefecture (one post placed, another not: 万家春 of 湖南华夏美湘公司 and of
       a national foundation);
    2. else, when the document places the name nowhere, join the one person of that name in
       the whole build who holds a post of the same role as a placeless post of theirs
       (常务副市长谢学龙 → 娄底's 常务副市长谢学龙), when exactly one placed person of that name
       holds that role and the roles of their placeless posts point to no other;
    3. else stay the placeless person of that name (NO_PLACE), which the placeless mentions
       of that name in every document share: a mention that could be either of two
       namesakes in two prefectures joins neither.
    The result depends only on the set of documents, not on their order."""
    index = PersonIndex(gaz, places or {})
    placed_in_doc: dict[tuple[str, str], set[str]] = {}      # (doc, name) -> scopes
    holders: dict[tuple[str, str], set[str]] = {}            # (name, role) -> scopes holding it
    unplaced: dict[tuple[str, str], set[str]] = {}           # (doc, name) -> roles of placeless posts
    for extraction in extractions:
        doc_id = extraction.doc.doc_id
        mentions = [(o.person, o.place_key, o.role) for o in extraction.officials]
        mentions += [(p.name, p.place_key, "") for p in extraction.persons]
        for name, place_key, role in mentions:
            scope = scope_place(place_key, gaz, index.places)
            if not scope:
                unplaced.setdefault((doc_id, name), set()).update([role] if role else [])
                continue
            placed_in_doc.setdefault((doc_id, name), set()).add(scope)
            if role:
                holders.setdefault((name, role), set()).add(scope)
    for (doc_id, name), roles in unplaced.items():
        in_doc = placed_in_doc.get((doc_id, name), set())
        if not in_doc:
            in_doc = {scope for role in roles for scope in holders.get((name, role), ())
                      if len(holders[(name, role)]) == 1}
        if len(in_doc) == 1:
            index.placeless[(doc_id, name)] = next(iter(in_doc))
    return index


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
    stays one program per prefecture. A document that names it without a place joins the
    most-mentioned one only when it writes the name in quotation marks (“万名干部联万企”行动: a
    coined name, one program wherever it is named); a name written bare or in 书名号 is one every
    government may use (政府工作报告, 县十六届人大一次会议, 智慧水务), so that document's program
    stays its own, without a place. Look entities up by (doc id, cleaned name).
    """
    places = places or {}
    mentions: dict[str, dict[str, list]] = {}          # name -> doc id -> mentions
    for extraction in extractions:
        for mention in extraction.programs:
            name = clean_name(mention.name)
            if name:
                mentions.setdefault(name, {}).setdefault(extraction.doc.doc_id, []).append(mention)
    texts = {extraction.doc.doc_id: extraction.doc.text for extraction in extractions}
    index: ProgramIndex = {}
    for name, by_doc in mentions.items():
        doc_scope = {doc_id: _most_common([scope_place(m.place_key, gaz, places) for m in ms if m.place_key])
                     for doc_id, ms in by_doc.items()}
        scopes = sorted({s for s in doc_scope.values() if s})
        for doc_id, ms in by_doc.items():
            if not doc_scope[doc_id] and scopes and any(_quoted_at(texts[doc_id], m.span.start) for m in ms):
                doc_scope[doc_id] = JOINS
        groups: dict[str, list] = {}
        for doc_id, ms in by_doc.items():
            groups.setdefault(doc_scope[doc_id] or "", []).extend(ms)
        if JOINS in groups:   # quoted without a place: the most-mentioned scope
            biggest = max(scopes, key=lambda s: (len(groups[s]), s))
            groups[biggest].extend(groups.pop(JOINS))
            doc_scope = {doc_id: biggest if scope == JOINS else scope for doc_id, scope in doc_scope.items()}
        first = _first_mentions(by_doc)
        entities = {scope: _program_entity(name if len(groups) == 1 or not scope else f"{name}/{scope}",
                                           name, ms, first)
                    for scope, ms in groups.items()}
        for doc_id in by_doc:
            index[(doc_id, name)] = entities[doc_scope[doc_id] or ""]
    return index


JOINS = "+"   # the scope of a document that names a program in quotation marks but gives it no place
_OPENING_QUOTES = "“\"「『‘"


def _quoted_at(text: str, start: int) -> bool:
    """Is the program name starting at `start` written in quotation marks (not 书名号)?"""
    return start > 0 and text[start - 1] in _OPENING_QUOTES


def _first_mentions(by_doc: dict[str, list]) -> dict[str, tuple[str, int]]:
    """place key -> (doc id, offset) of the first mention of the program placed there: the
    order of documents by id, then of mentions in a document (whatever the input order)."""
    first: dict[str, tuple[str, int]] = {}
    for doc_id, ms in by_doc.items():
        for m in ms:
            if m.place_key:
                at = (doc_id, m.span.start)
                first[m.place_key] = min(first.get(m.place_key, at), at)
    return first


def _program_entity(key: str, name: str, mentions: list,
                    first: dict[str, tuple[str, int]] | None = None) -> ProgramEntity:
    """The entity of a program's mentions: kind by majority, place by majority, a tie between
    places going to the place of the earliest mention (a document introduces a program with its
    runner, 中国·湖南(南县)首届国际涂鸦艺术节, and refers back to it later with less context)."""
    entity = ProgramEntity(key, name, mentions[0].kind, mentions[0].place_key, None)
    for mention in mentions:
        entity.kinds[mention.kind] += 1
        if mention.place_key:
            entity.places[mention.place_key] += 1
        if mention.org and not entity.org:
            entity.org = mention.org
    entity.kind = _majority(entity.kinds) or entity.kind
    entity.place_key = _majority(entity.places, first) or entity.place_key
    return entity


def _most_common(keys: list[str]) -> str | None:
    """`_majority` of the keys counted, without counting them when they are all one (a program's
    mentions in one document almost always are: 33,000 mentions on 2,000 pages)."""
    if not keys:
        return None
    if keys.count(keys[0]) == len(keys):
        return keys[0]
    return _majority(Counter(keys))


def _majority(counts: Counter, first: dict[str, tuple[str, int]] | None = None) -> str | None:
    """The most counted key; ties broken by the earliest mention when `first` is given, then
    by the key, so the result does not depend on input order."""
    if not counts:
        return None
    first = first or {}
    return sorted(counts.items(), key=lambda kv: (-kv[1], first.get(kv[0], ("", 0)), kv[0]))[0][0]


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


@lru_cache(maxsize=1 << 12)
def period_dates(period: str, year: int | None) -> tuple[date | None, date | None]:
    """`metrics.resolve_period`, asked once per period and year (a build states the same
    few periods, 今年 1至10月 …, in every document of a year)."""
    return resolve_period(period, year)


def period_key(period: str, published: PublishedDate | None, doc_id: str) -> str:
    """The time a metric is about, as a key: two statements of the same subject, indicator,
    value and unit are one observation when their keys are equal.

    - a period that resolves to both ends (2021年, or 今年/上半年 in a document whose year is
      known) is its dates, whatever document states it: "2021-01-01..2021-12-31";
    - a period that ends on a day it names (截至11月15日) is that day: "..2021-11-15";
    - anything else (no period: the figure as of the document's date; 今年以来: from a start
      up to the document's date; 近年来 …) is read at the document's date, so it is keyed by the
      document's full date when known, else by the document itself: the same figure stated
      twice in one document is one fact, two undated documents are never taken to state it.
    """
    year = published.year if published is not None else None
    start, end = period_dates(period, year) if period else (None, None)
    if start is not None and end is not None:
        return f"{start.isoformat()}..{end.isoformat()}"
    if end is not None:
        return f"..{end.isoformat()}"
    full = published.date if published is not None else None
    at = full.isoformat() if full is not None else f"doc:{doc_id}"
    since = start.isoformat() if start is not None else period
    return f"{since}..@{at}"
