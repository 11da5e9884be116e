"""Score a build's per-document facts against hand-made gold annotations.

A build writes ``output/facts/<doc>.json`` in exactly the gold schema (see
``shared/gold/README.md``).  :func:`evaluate` pairs system and gold files by file
name and counts, per category, true positives, false positives and false
negatives under the lenient matching rules of the gold README:

* every string is normalised by removing whitespace and the quote marks
  ``“”"《》「」‘’'〈〉``;
* places are equal after dropping ONE trailing administrative suffix
  (街道/社区 first, then 省/市/县/区/州/镇/乡/村), so 邵阳 matches 邵阳市;
* organisations and programs match when one name contains the other;
* an official triple matches on the exact person, a role that contains or is
  contained in the gold role and a body that loosely matches (containment or
  place equality);
* a metric value matches on numeric value and unit; "anchored" additionally
  needs the subject (or, when both are given, the program) to loosely match;
  "indicators" needs an indicator sharing a two-character word (bigram of
  Chinese characters) with the gold indicator;
* an autonomous prefecture or county matches with or without its ethnic
  qualifier (湘西土家族苗族自治州委 = 湘西州委).

Matching is one-to-one and greedy: exact matches are paired first, then the
remaining items leniently, each gold item (in file order) taking the first
unmatched system item that fits.  Metrics are multisets; every other category
is a set after normalisation.

Only the standard library is used, so importing this module is cheap.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .lexicon import load_list

__all__ = [
    "CATEGORIES",
    "CategoryScore",
    "EvalError",
    "EvalReport",
    "evaluate",
    "format_errors",
    "format_table",
    "report_to_json",
    "score_document",
]

CATEGORIES: tuple[str, ...] = (
    "official persons",
    "official triples",
    "places",
    "place parents",
    "organizations",
    "programs",
    "program places",
    "metric values",
    "metrics anchored",
    "metric indicators",
)

_IGNORED = re.compile(r"[\s“”\"《》「」‘’'〈〉]+")
# The ethnic qualifier of an autonomous unit (城步苗族自治县 → 城步县); groups from a lexicon file.
_ETHNIC_QUALIFIER = re.compile(
    "(?:" + "|".join(sorted(load_list("ethnic_groups.txt"), key=len, reverse=True)) + ")+自治(?=[州县旗])")
# Longest suffixes first, so 街道 is dropped whole rather than as 道.
_ADMIN_SUFFIXES: tuple[str, ...] = ("街道", "社区", "省", "市", "县", "区", "州", "镇", "乡", "村")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LIST_OF_STR = ("persons", "bylines", "organizations", "articles", "notes")
_LIST_OF_OBJ = ("officials", "places", "programs", "metrics")

T = TypeVar("T")


class EvalError(Exception):
    """A user mistake (missing directory, unreadable or malformed file), with a one-line message."""


@dataclass
class CategoryScore:
    """Counts for one category; precision, recall and F1 are 0.0 when undefined."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)   # gold items no system item matched
    false: list[str] = field(default_factory=list)    # system items no gold item matched

    @property
    def precision(self) -> float:
        """tp / (tp + fp), or 0.0 when the system produced nothing."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), or 0.0 when the gold has nothing."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, or 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    """Micro-averaged ``categories``, per-document scores, and gold docs with no system file."""

    categories: list[CategoryScore]
    per_doc: dict[str, list[CategoryScore]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- normalisation


def _norm(text: Any) -> str:
    """Remove whitespace and quote marks; None becomes ''."""
    if text is None:
        return ""
    return _ETHNIC_QUALIFIER.sub("", _IGNORED.sub("", str(text)))


def _place_key(name: str) -> str:
    """A normalised place name minus one trailing administrative suffix, when at least two
    characters are left: a short form that keeps its suffix character (永州, 郴州 for 永州市,
    郴州市; 道县) is not cut to one character, so it matches its full name (永州市 → 永州)."""
    for suffix in _ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _contains(a: str, b: str) -> bool:
    """Equal, or both non-empty and one contains the other."""
    return a == b or (bool(a) and bool(b) and (a in b or b in a))


def _same_place(a: str, b: str) -> bool:
    """Equal after dropping one administrative suffix (empty only matches empty)."""
    return a == b or (bool(a) and bool(b) and _place_key(a) == _place_key(b))


def _loose(a: str, b: str) -> bool:
    """Containment or place equality: how bodies, subjects and metric programs match."""
    return _contains(a, b) or _same_place(a, b)


def _as_number(value: Any) -> float | None:
    """A metric value as a float, accepting numeric strings such as '1,200'; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", ""))
        except ValueError:
            return None
    return None


def _same_value(a: Any, b: Any) -> bool:
    """Numeric equality within 1e-6 (absolute below 1, relative above); else normalised text."""
    x, y = _as_number(a), _as_number(b)
    if x is not None and y is not None:
        return abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))
    if x is None and y is None:
        return _norm(a) == _norm(b)
    return False


# --------------------------------------------------------------------------- matching


def _match(
    gold: Sequence[T],
    system: Sequence[T],
    exact: Callable[[T, T], bool],
    lenient: Callable[[T, T], bool],
) -> tuple[list[bool], list[bool]]:
    """Greedy one-to-one matching, exact pass first, then lenient; which gold and system items paired.

    In each pass every still-unmatched gold item, in order, takes the first
    unmatched system item for which ``predicate(gold, system)`` holds.
    """
    gold_done = [False] * len(gold)
    system_used = [False] * len(system)
    for predicate in (exact, lenient):
        for gi, g in enumerate(gold):
            if gold_done[gi]:
                continue
            for si, s in enumerate(system):
                if not system_used[si] and predicate(g, s):
                    gold_done[gi] = system_used[si] = True
                    break
    return gold_done, system_used


def _score(
    name: str,
    gold: Sequence[T],
    system: Sequence[T],
    exact: Callable[[T, T], bool],
    lenient: Callable[[T, T], bool],
) -> CategoryScore:
    """Match gold against system items and turn the pairs into tp/fp/fn, keeping the unmatched items."""
    gold_done, system_used = _match(gold, system, exact, lenient)
    tp = sum(gold_done)
    return CategoryScore(name, tp=tp, fp=len(system) - tp, fn=len(gold) - tp,
                         missed=[_show(g) for g, done in zip(gold, gold_done) if not done],
                         false=[_show(s) for s, used in zip(system, system_used) if not used])


def _show(item: Any) -> str:
    """An item as one readable line (tuples joined by ' | ')."""
    if isinstance(item, tuple):
        return " | ".join("" if x is None else str(x) for x in item)
    return str(item)


def _unique(items: Sequence[T]) -> list[T]:
    """De-duplicate, keeping first-seen order."""
    return list(dict.fromkeys(items))


def _eq(a: Any, b: Any) -> bool:
    """Plain equality of already-normalised items."""
    return a == b


# --------------------------------------------------------------------------- item extraction
# Each extractor turns one facts dict into the normalised items of a category.

Metric = tuple[Any, str, str, str, str]  # value, unit, subject, program, indicator


def _official_persons(facts: dict) -> list[str]:
    return _unique([p for o in facts["officials"] if (p := _norm(o.get("person")))])


def _official_triples(facts: dict) -> list[tuple[str, str, str]]:
    return _unique(
        [
            (p, _norm(o.get("role")), _norm(o.get("org_or_place")))
            for o in facts["officials"]
            if (p := _norm(o.get("person")))
        ]
    )


def _places(facts: dict) -> list[str]:
    return _unique([n for p in facts["places"] if (n := _norm(p.get("name")))])


def _place_parents(facts: dict) -> list[tuple[str, str]]:
    return _unique(
        [
            (n, parent)
            for p in facts["places"]
            if (n := _norm(p.get("name"))) and (parent := _norm(p.get("parent")))
        ]
    )


def _organizations(facts: dict) -> list[str]:
    return _unique([n for o in facts["organizations"] if (n := _norm(o))])


def _programs(facts: dict) -> list[str]:
    return _unique([n for p in facts["programs"] if (n := _norm(p.get("name")))])


def _program_places(facts: dict) -> list[tuple[str, str]]:
    return _unique(
        [
            (n, place)
            for p in facts["programs"]
            if (n := _norm(p.get("name"))) and (place := _norm(p.get("place")))
        ]
    )


def _metrics(facts: dict) -> list[Metric]:
    """All metrics as a multiset (duplicates kept)."""
    return [
        (m.get("value"), _norm(m.get("unit")), _norm(m.get("subject")), _norm(m.get("program")),
         _norm(m.get("indicator")))
        for m in facts["metrics"]
    ]


# --------------------------------------------------------------------------- predicates


def _triple_match(g: tuple[str, str, str], s: tuple[str, str, str]) -> bool:
    return g[0] == s[0] and _contains(g[1], s[1]) and _loose(g[2], s[2])


def _pair_place_match(g: tuple[str, str], s: tuple[str, str]) -> bool:
    return _same_place(g[0], s[0]) and _same_place(g[1], s[1])


def _program_place_match(g: tuple[str, str], s: tuple[str, str]) -> bool:
    return _contains(g[0], s[0]) and _same_place(g[1], s[1])


def _metric_value_match(g: Metric, s: Metric) -> bool:
    return g[1] == s[1] and _same_value(g[0], s[0])


def _anchored_exact(g: Metric, s: Metric) -> bool:
    return _metric_value_match(g, s) and bool(g[2]) and g[2] == s[2] and g[3] == s[3]


def _bigrams(text: str) -> set[str]:
    """Two-character words of a string's runs of Chinese characters."""
    return {run[i:i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)}


def _indicator_exact(g: Metric, s: Metric) -> bool:
    return _metric_value_match(g, s) and bool(g[4]) and g[4] == s[4]


def _indicator_lenient(g: Metric, s: Metric) -> bool:
    return _metric_value_match(g, s) and bool(_bigrams(g[4]) & _bigrams(s[4]))


def _anchored_lenient(g: Metric, s: Metric) -> bool:
    if not _metric_value_match(g, s):
        return False
    subject_ok = bool(g[2]) and bool(s[2]) and _loose(g[2], s[2])
    program_ok = bool(g[3]) and bool(s[3]) and _loose(g[3], s[3])
    return subject_ok or program_ok


# --------------------------------------------------------------------------- scoring


def score_document(gold: dict, system: dict) -> list[CategoryScore]:
    """Score one system facts dict against one gold dict, in :data:`CATEGORIES` order."""
    gm, sm = _metrics(gold), _metrics(system)
    return [
        _score(CATEGORIES[0], _official_persons(gold), _official_persons(system), _eq, _eq),
        _score(CATEGORIES[1], _official_triples(gold), _official_triples(system), _eq, _triple_match),
        _score(CATEGORIES[2], _places(gold), _places(system), _eq, _same_place),
        _score(CATEGORIES[3], _place_parents(gold), _place_parents(system), _eq, _pair_place_match),
        _score(CATEGORIES[4], _organizations(gold), _organizations(system), _eq, _contains),
        _score(CATEGORIES[5], _programs(gold), _programs(system), _eq, _contains),
        _score(CATEGORIES[6], _program_places(gold), _program_places(system), _eq, _program_place_match),
        _score(CATEGORIES[7], gm, sm, _metric_value_match, _metric_value_match),
        _score(CATEGORIES[8], gm, sm, _anchored_exact, _anchored_lenient),
        _score(CATEGORIES[9], gm, sm, _indicator_exact, _indicator_lenient),
    ]


# --------------------------------------------------------------------------- loading


def _check_facts(data: Any, path: Path) -> dict:
    """Validate the shape of a facts/gold object; absent or null lists become empty lists."""
    if not isinstance(data, dict):
        raise EvalError(f"{path}: expected a JSON object at top level, got {type(data).__name__}")
    facts = dict(data)
    for key in _LIST_OF_OBJ + _LIST_OF_STR:
        value = facts.get(key)
        if value is None:
            facts[key] = []
        elif not isinstance(value, list):
            raise EvalError(f"{path}: '{key}' must be a list, got {type(value).__name__}")
    for key in _LIST_OF_OBJ:
        for i, item in enumerate(facts[key]):
            if not isinstance(item, dict):
                raise EvalError(f"{path}: {key}[{i}] must be an object, got {type(item).__name__}")
    for i, item in enumerate(facts["organizations"]):
        if item is not None and not isinstance(item, str):
            raise EvalError(f"{path}: organizations[{i}] must be a string, got {type(item).__name__}")
    return facts


def _load_facts(path: Path) -> dict:
    """Read and validate one JSON file, raising EvalError that names the file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: not valid UTF-8 ({exc.reason})") from exc
    except OSError as exc:
        raise EvalError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}: malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    return _check_facts(data, path)


def _gold_files(gold_dir: Path) -> list[Path]:
    if not gold_dir.exists():
        raise EvalError(f"gold directory not found: {gold_dir}")
    if not gold_dir.is_dir():
        raise EvalError(f"gold path is not a directory: {gold_dir}")
    files = sorted(p for p in gold_dir.glob("*.json") if p.is_file())
    if not files:
        raise EvalError(f"gold directory has no *.json files: {gold_dir}")
    return files


def _sum_scores(per_doc: Sequence[Sequence[CategoryScore]]) -> list[CategoryScore]:
    totals = [CategoryScore(name) for name in CATEGORIES]
    for scores in per_doc:
        for total, score in zip(totals, scores, strict=True):
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
    return totals


def evaluate(facts_dir: Path, gold_dir: Path) -> EvalReport:
    """Score every gold ``<doc>.json`` against ``facts_dir/<doc>.json``.

    A gold doc without a system file counts all its items as false negatives and
    is listed in ``missing``; system files without a gold file are not read.
    Raises :class:`EvalError` for a missing directory or an unreadable/malformed file.
    """
    facts_dir, gold_dir = Path(facts_dir), Path(gold_dir)
    gold_paths = _gold_files(gold_dir)
    if not facts_dir.is_dir():
        raise EvalError(f"facts directory not found: {facts_dir}")
    per_doc: dict[str, list[CategoryScore]] = {}
    missing: list[str] = []
    for gold_path in gold_paths:
        doc = gold_path.stem
        gold = _load_facts(gold_path)
        system_path = facts_dir / gold_path.name
        if system_path.is_file():
            system = _load_facts(system_path)
        else:
            missing.append(doc)
            system = _check_facts({}, system_path)
        per_doc[doc] = score_document(gold, system)
    return EvalReport(categories=_sum_scores(list(per_doc.values())), per_doc=per_doc, missing=missing)


# --------------------------------------------------------------------------- presentation


def format_table(report: EvalReport) -> str:
    """An aligned plain-text table of the micro-averaged scores, one row per category."""
    header = ("category", "P", "R", "F1", "tp", "fp", "fn")
    rows = [header] + [
        (c.name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn))
        for c in report.categories
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if report.per_doc:
        lines.append(f"{len(report.per_doc)} gold docs, micro-averaged")
    if report.missing:
        lines.append(f"missing system files for {len(report.missing)} docs: {', '.join(report.missing)}")
    return "\n".join(lines)


def format_errors(report: EvalReport) -> str:
    """Per document and category, the gold items missed (-) and the system items no gold matched (+)."""
    lines = []
    for doc, scores in report.per_doc.items():
        for score in scores:
            if not score.missed and not score.false:
                continue
            lines.append(f"{doc}  {score.name}")
            lines += [f"  - {item}" for item in score.missed]
            lines += [f"  + {item}" for item in score.false]
    return "\n".join(lines)


def _score_to_json(score: CategoryScore) -> dict:
    return {
        "name": score.name,
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
    }


def report_to_json(report: EvalReport) -> dict:
    """A JSON-serialisable dict: ``categories``, ``per_doc`` (doc -> list) and ``missing``."""
    return {
        "categories": [_score_to_json(c) for c in report.categories],
        "per_doc": {doc: [_score_to_json(c) for c in scores] for doc, scores in report.per_doc.items()},
        "missing": list(report.missing),
    }
