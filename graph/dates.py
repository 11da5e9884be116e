"""Document dates: when a document was published, and how we know it.

`document_date(doc)` reads the date from the text and from the file's path; the user can
override it (`GivenDates`, from `govkg build --date` / `--dates FILE.csv`). The result is a
`PublishedDate` whose `basis` says how it was known:

  stated    the text writes a full date as the document's date: a dateline or page header
            with the year (2021年10月8日讯, 2021-10-08 第3版), or a document's own date line
            (a line that is only a full date, as under a 通知 signed by an office);
  inferred  the text writes part of it and the rest follows from a rule of the genre, named
            in `rule` (a dateline 1月9日讯 in a text that deploys 2015年政府工作报告: a year's
            work is deployed in that year's first months);
  given     the user said so: a date in the file's path (2021/05/15/, 20210515), a row of
            --dates, or --date (these two are kept in the build's manifest, so `--add` and
            `govkg remove` rebuild with them; `give_date` applies them after extraction).

When only part of the date is known (a dateline 3月24日讯 without a year; a work report
reviewing 2023, so delivered in 2024), `date` is None and `year` / `month` / `day` hold
what is known: a year is never guessed. A document with nothing known has no PublishedDate.

The facts JSON of a document reads it back from the store (graph.facts, query
facts/published.rq): {"date": "2021-10-08", "basis": "stated", "rule": …} (null when unknown).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Literal

from .model import Document, Extraction, Span

__all__ = ["PublishedDate", "GivenDates", "document_date", "path_date", "give_date",
           "load_dates_csv", "parse_iso_date"]

Basis = Literal["stated", "inferred", "given"]

HEAD_CHARS = 400          # datelines and page headers sit at the top of a page
DATELINE_LINES = 6        # … within its first lines (headline, sub-headline, byline, lead)


@dataclass(frozen=True)
class PublishedDate:
    """A document's publication date as far as it is known, with how it was known."""

    basis: Basis
    rule: str                       # which rule gave it: "dateline", "path 2021/05/15", "--date" …
    year: int | None = None
    month: int | None = None
    day: int | None = None
    evidence: Span | None = None    # where the text states it

    @property
    def date(self) -> date | None:
        """The full date, or None when the year, month or day is not known."""
        if self.year and self.month and self.day:
            try:
                return date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None

    def lexical(self) -> tuple[str, str] | None:
        """The most precise XSD form known: ("2021-10-08", "date"), ("2024", "gYear"),
        ("--03-24", "gMonthDay"); None when nothing usable is known."""
        full = self.date
        if full is not None:
            return full.isoformat(), "date"
        if self.year and not self.month:
            return f"{self.year:04d}", "gYear"
        if self.month and self.day and not self.year:
            return f"--{self.month:02d}-{self.day:02d}", "gMonthDay"
        if self.year and self.month:
            return f"{self.year:04d}-{self.month:02d}", "gYearMonth"
        return None

    def as_fact(self) -> dict:
        """The facts-JSON form: date (full ISO or None), basis, rule, and the partial date when
        the full one is not known ("--03-24", "2024")."""
        full = self.date
        out: dict = {"date": full.isoformat() if full else None, "basis": self.basis, "rule": self.rule}
        if full is None:
            lexical = self.lexical()
            out["partial"] = lexical[0] if lexical else None
        return out


# ---------------------------------------------------------------- reading dates in the text

_FULL_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                        r"|(?<!\d)((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_DATELINE = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:讯|专?电)")
_DATE_LINE = re.compile(r"\s*(?:((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                        r"|((?:19|20)\d\d)-(\d{1,2})-(\d{1,2}))\s*")
_PAGE_HEADER_MARK = re.compile(r"第\s*[0-9一二三四五六七八九十百]+\s*[版期]|星期[一二三四五六日天]|周[一二三四五六日]")
# a year's plan or report named in a dateline's first months is that year's (部署2015年政府工作报告…)
_YEAR_PLAN = re.compile(r"((?:19|20)\d\d)年(?:度)?(?:政府工作报告|工作要点|工作计划|工作安排|重点工作)")
_PLAN_MONTHS = range(1, 4)
# a work report's review of a year is delivered the next year (一、2023年工作回顾)
_YEAR_REVIEW = re.compile(r"^\s*(?:[一二三四五六七八九十]+、)?((?:19|20)\d\d)年(?:度)?工作回顾\s*$", re.M)


def _groups(m: re.Match) -> tuple[int, int, int]:
    g = [x for x in m.groups() if x is not None]
    return int(g[0]), int(g[1]), int(g[2])


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)          # 2000: a leap year, so 2月29日 is a day
    except ValueError:
        return False
    return True


def _head(doc: Document) -> tuple[int, str]:
    """The end offset and text of the top of the document: its first lines, at most HEAD_CHARS."""
    end = min(len(doc.text), HEAD_CHARS)
    lines = doc.text[:end].split("\n")
    kept = [line for line in lines if line.strip()][:DATELINE_LINES]
    if kept:
        last = kept[-1]
        end = min(end, doc.text.find(last) + len(last))
    return end, doc.text[:end]


def stated_date(doc: Document) -> PublishedDate | None:
    """A full date the text states as its own: a dateline with the year, a page header line with
    a full date, or a line that is only a full date (a document's date line)."""
    end, head = _head(doc)
    m = _DATELINE.search(head)
    if m and m.group(1):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(year, month, day):
            return PublishedDate("stated", "dateline", year, month, day, Span(m.start(), m.end()))
    pos = 0
    for line in head.split("\n"):
        full = _FULL_DATE.search(line)
        if full and _PAGE_HEADER_MARK.search(line) and len(line) <= 60:
            year, month, day = _groups(full)
            if _valid(year, month, day):
                return PublishedDate("stated", "page header", year, month, day,
                                     Span(pos + full.start(), pos + full.end()))
        pos += len(line) + 1
    pos = 0
    for line in doc.text.split("\n"):
        m = _DATE_LINE.fullmatch(line)
        if m:
            year, month, day = _groups(m)
            if _valid(year, month, day):
                lead = len(line) - len(line.lstrip())
                return PublishedDate("stated", "date line", year, month, day,
                                     Span(pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return None


def dateline(doc: Document) -> PublishedDate | None:
    """The month and day of a dateline without a year (红网3月24日讯, 新华社长沙3月24日电),
    with the year when the text makes it certain (see `_certain_year`)."""
    _, head = _head(doc)
    m = _DATELINE.search(head)
    if m is None or m.group(1):
        return None
    month, day = int(m.group(2)), int(m.group(3))
    if not _valid(None, month, day):
        return None
    span = Span(m.start(), m.end())
    found = _certain_year(doc.text, month, day)
    if found is None:
        return PublishedDate("stated", "dateline without year", None, month, day, span)
    year, rule = found
    if not _valid(year, month, day):
        return PublishedDate("stated", "dateline without year", None, month, day, span)
    return PublishedDate("inferred", f"dateline + {rule}", year, month, day, span)


def _certain_year(text: str, month: int, day: int) -> tuple[int, str] | None:
    """The year of a dateline's month and day when a rule of the genre makes it certain:
    the same day written with its year (2021年3月24日); in January–March, the one year whose
    plan or report the text deploys (2015年政府工作报告, 2018年工作要点). Several candidate
    years: none is certain."""
    same_day = {int(m.group(1)) for m in re.finditer(rf"((?:19|20)\d\d)\s*年\s*0?{month}\s*月\s*0?{day}\s*日", text)}
    if len(same_day) == 1:
        return same_day.pop(), "same day written with its year"
    if month in _PLAN_MONTHS:
        plans = {int(m.group(1)) for m in _YEAR_PLAN.finditer(text)}
        if len(plans) == 1:
            return plans.pop(), "the year's plan or report deployed in its first months"
    return None


def reviewed_year(doc: Document) -> PublishedDate | None:
    """A government work report reviewing a year (一、2023年工作回顾) is delivered the next year."""
    years = {int(m.group(1)) for m in _YEAR_REVIEW.finditer(doc.text)}
    if len(years) != 1:
        return None
    year = years.pop()
    m = _YEAR_REVIEW.search(doc.text)
    assert m is not None
    return PublishedDate("inferred", "work report reviewing the year before", year + 1, None, None,
                         Span(m.start(1), m.end()))


# ---------------------------------------------------------------- dates given by the user

_PATH_DATES = (
    re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)/(\d\d)/(\d\d)(?![0-9])"),                 # 2021/05/15/
    re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?![0-9])"),           # 2021-05-15
    re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)(\d\d)(\d\d)(?![0-9A-Za-z])"),             # 20210515
)


def path_date(source: str) -> PublishedDate | None:
    """A date written in a file's path (archive/2021/05/15/page1.txt, 20210515.txt); the last
    one when several (the file's own name before its folders)."""
    path = source.replace("\\", "/")
    for pattern in _PATH_DATES:
        matches = [m for m in pattern.finditer(path) if _valid(*(int(g) for g in m.groups()))]
        if matches:
            y, mo, d = (int(g) for g in matches[-1].groups())
            return PublishedDate("given", f"path {matches[-1].group(0)}", y, mo, d)
    return None


def parse_iso_date(text: str) -> date:
    """YYYY-MM-DD (ValueError otherwise)."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise ValueError(f"{text!r} is not a date YYYY-MM-DD")
    return date.fromisoformat(text.strip())


@dataclass(frozen=True)
class GivenDates:
    """Dates the user gives for a build: one for every input (--date) and per file (--dates)."""

    default: date | None = None
    by_file: tuple[tuple[str, date], ...] = ()      # file name or path as written in the CSV -> date

    def lookup(self, doc_id: str, source: str) -> PublishedDate | None:
        """The date given for a document: its --dates row (matched on the path as shown, a
        trailing part of it, the file name, its stem or the doc id), else --date."""
        src = PurePosixPath(source.replace("\\", "/"))
        for key, day in self.by_file:
            k = key.replace("\\", "/").strip().lstrip("./")
            if k and (k in (str(src), src.name, src.stem, doc_id) or str(src).endswith("/" + k)):
                return PublishedDate("given", "--dates", day.year, day.month, day.day)
        if self.default is not None:
            return PublishedDate("given", "--date", self.default.year, self.default.month, self.default.day)
        return None


def load_dates_csv(path: Path) -> tuple[tuple[str, date], ...]:
    """Rows `file,date` (YYYY-MM-DD) of a CSV; a header row and blank or # lines are skipped.
    ValueError names the first bad row."""
    rows: list[tuple[str, date]] = []
    with path.open(encoding="utf-8-sig", newline="") as f:
        for n, row in enumerate(csv.reader(f), 1):
            cells = [c.strip() for c in row]
            if not cells or not cells[0] or cells[0].startswith("#"):
                continue
            if len(cells) < 2:
                raise ValueError(f"{path}:{n}: expected 'file,date'")
            try:
                rows.append((cells[0], parse_iso_date(cells[1])))
            except ValueError:
                if n == 1 and not re.search(r"\d", cells[1]):
                    continue                      # a header row (file,date)
                raise ValueError(f"{path}:{n}: {cells[1]!r} is not a date YYYY-MM-DD") from None
    return tuple(rows)


# ---------------------------------------------------------------- putting it together

def document_date(doc: Document) -> PublishedDate | None:
    """The document's date from its text and path: a stated full date first, then a date in the
    path (a fuller date than a dateline's month and day), then a dateline (with its year when
    certain), then a year inferred from a reviewed year; None when nothing is known."""
    stated = stated_date(doc)
    if stated is not None:
        return stated
    from_path = path_date(doc.source)
    if from_path is not None:
        return from_path
    partial = dateline(doc)
    if partial is not None and partial.date is not None:
        return partial
    year_only = reviewed_year(doc)
    if partial is not None and year_only is not None and year_only.year:
        return replace(partial, basis="inferred", rule=f"dateline + {year_only.rule}", year=year_only.year)
    return partial or year_only


def give_date(extraction: Extraction, given: str | None, rule: str | None = None) -> Extraction:
    """The extraction with the date the user gave for its document (YYYY-MM-DD, as kept in the
    build's manifest), if any: it wins over the text's and the path's."""
    if not given:
        return extraction
    day = parse_iso_date(given)
    return replace(extraction, published=PublishedDate("given", rule or "--date", day.year, day.month, day.day))
