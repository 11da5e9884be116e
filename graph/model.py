"""The data model: one `Document` owns the text; everything else points into it.

A `Document` holds the decoded source (`raw`) and the normalised text (`text`),
with `offsets[i]` = index in `raw` of `text[i]`. Mentions found by the
extractors are `Span`s into `text`; `Document.raw_span` maps them back so the
graph's evidence offsets slice the source file.
"""
from __future__ import annotations

from bisect import bisect_right

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .dates import PublishedDate


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range [start, end) in `Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


CreditRole = Literal["author", "photographer"]


@dataclass(frozen=True)
class Credit:
    """A person named in a byline, trailing author credit or photo credit."""

    name: str
    role: CreditRole
    span: Span


@dataclass
class Sentence:
    """A sentence (or headline / caption line) of the normalised text."""

    index: int
    span: Span
    article: int
    paragraph: int
    kind: Literal["body", "headline", "subheadline", "heading", "caption", "credit"] = "body"


@dataclass
class Article:
    """One article of a page: headline, optional sub-headline, credits and body."""

    index: int
    span: Span
    headline: Span | None = None
    subheadline: Span | None = None
    credits: list[Credit] = field(default_factory=list)


@dataclass
class Document:
    """One input file: raw decoded text, normalised text and the map between them."""

    doc_id: str
    source: str
    raw: str
    text: str
    offsets: list[int]
    encoding: str = "utf-8"
    paragraphs: list[Span] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.offsets) != len(self.text) + 1:
            raise ValueError("offsets must have len(text) + 1 entries")

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def raw_span(self, span: Span) -> Span:
        """The range of `raw` that `span` of `text` came from."""
        if span.end == span.start:
            at = self.offsets[span.start]
            return Span(at, at)
        return Span(self.offsets[span.start], self.offsets[span.end - 1] + 1)

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing text position `pos` (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid].span
            if pos < s.start:
                hi = mid
            elif pos >= s.end:
                lo = mid + 1
            else:
                return self.sentences[mid]
        return None

    def article_at(self, pos: int) -> Article | None:
        """The article containing text position `pos` (binary search over article starts)."""
        i = bisect_right(self.articles, pos, key=lambda a: a.span.start) - 1
        if i >= 0 and pos < self.articles[i].span.end:
            return self.articles[i]
        return None


# ---------------------------------------------------------------- extracted records
# Place keys are gazetteer keys (see graph/gazetteer.py): the GB/T 2260 code where
# one exists ("430182"), else a path under the nearest coded ancestor ("430182/资福镇").

PlaceLevel = Literal[
    "province", "prefecture_city", "county", "county_city", "district", "town",
    "township", "subdistrict", "village", "community", "zone",
]
OrgKind = Literal["party", "government", "department", "company", "other"]
# a post's status as the text gives it (graph.officials.post_status): held now, held before,
# held in an acting capacity (代), just taken (新任, 任 in a decision), proposed (拟任, 提名为 …候选人),
# or left (免去, 不再担任)
PostStatus = Literal["current", "former", "acting", "new", "nominated", "removed"]
ProgramKind = Literal["campaign", "mechanism", "project", "policy_document", "event"]


@dataclass(frozen=True)
class PlaceMention:
    """A place written in the text, resolved to a gazetteer entry."""

    span: Span
    surface: str          # as written (OCR variant, short form …)
    key: str              # gazetteer key
    listed: bool = True   # False: a place prefix of a body's own name (北京衡阳商会): kept for the bodies, not a place of the text


@dataclass(frozen=True)
class OrgMention:
    span: Span
    surface: str          # as written (市工信局)
    name: str             # resolved full name (邵阳市工信局)
    kind: OrgKind
    place_key: str | None = None
    listed: bool = True   # False: a body only implied by a title (市委书记): kept for officials, not named


@dataclass(frozen=True)
class OfficialMention:
    """One (person, title, body) triple: a person holding one post."""

    span: Span            # the whole title+name phrase
    name_span: Span
    person: str
    role: str             # title as written minus the proper place name (市委书记)
    org: str              # resolved body (邵阳市委, 湘阴县政府, company name)
    org_kind: OrgKind
    place_key: str | None = None
    status: PostStatus = "current"


@dataclass(frozen=True)
class PersonMention:
    """A named person without a post (citizen, historical figure)."""

    span: Span
    name: str
    place_key: str | None = None


@dataclass(frozen=True)
class ProgramMention:
    span: Span
    name: str             # without quotes / 书名号
    kind: ProgramKind
    place_key: str | None = None
    org: str | None = None


@dataclass(frozen=True)
class MetricMention:
    span: Span            # the number + unit as written
    value: float          # in the unit as written (45.1 for 45.1亿元)
    unit: str
    as_written: str
    indicator: str
    subject: str | None = None       # label of the subject (place / program / org / person)
    subject_kind: Literal["place", "program", "org", "person"] | None = None
    subject_key: str | None = None   # place key, org/program name, or a person's scoping place key ("" if none)
    program: str | None = None
    period: str = ""
    approximate: str | None = None   # 余/多/近/约/以上/左右 as written
    normalised_value: float | None = None
    base_unit: str | None = None


@dataclass
class Extraction:
    """Everything the extractors found in one document."""

    doc: Document
    places: list[PlaceMention] = field(default_factory=list)
    # places the extractor recognised that the gazetteer lacks (development zones, parks):
    # graph.gazetteer.PlaceEntry objects keyed "<parent key>/<name>"
    new_places: list = field(default_factory=list)
    organizations: list[OrgMention] = field(default_factory=list)
    officials: list[OfficialMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    programs: list[ProgramMention] = field(default_factory=list)
    metrics: list[MetricMention] = field(default_factory=list)
    published: "PublishedDate | None" = None      # the document's date and how it was known (graph.dates)
