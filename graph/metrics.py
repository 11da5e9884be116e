"""Metrics: numeric facts (value + unit) anchored to the place, organisation, program
or person they are about, with the indicator phrase and the period as written.

`extract_metrics(doc, places, orgs, programs, gaz, article_place, persons, officials)`:
1. finds every number + unit in the body sentences (graph.numbers.find_quantities),
   dropping the numbers that are part of a period (前10个月), of a name (湘窖酒业2万吨…项目),
   the base of a comparison (比5年前翻了两番),
   of a short quoted slogan (“七个一”), of a threshold (10亿元以上项目), that name the
   set a count is taken from (16项主要经济指标中) or a reach (15分钟养老服务圈);
2. takes the subject from the clause's structure: the first place / organisation /
   project / person mention of the clause before the number (objects after 与/为/获 …,
   examples listed before 等 and classes such as 投资10亿元以上项目 skipped, and so are the
   standard after 按照/根据 (按照县委…的原则), the body in the title of a speaker (石门县县长X介绍说)
   and a body named as where something happens (X局门前)), else of the
   sentence before it (a clause opening with a bare 项目/公司 shifts the topic to it; a project
   that an earlier sentence builds or launches, 开工建设X, is not carried to the next one);
   "该区/全县/我县/该项目/他 …" are resolved (我县 to the article's place first; 全省 with
   a ranking word is a yardstick, not a subject); in quoted speech the speaker (the person
   or body introducing or following the quote; the village when a village cadre's bare title
   follows it: ”村支书X); else the article's place (as the text names it: 株洲县, not 渌口区). A subject is
   looked for in the paragraph only a little way back (OCR pages interleave columns), except
   that a short paragraph opening with 该县/该公司 keeps that referent as its topic; a clause
   opening with 他/她 or a bare 项目/公司 shifts the topic for the clauses after it; a mention
   inside a 的-modifier gives way to the one after 的 (他“扎根”的秩堂镇); 该项目 can be a
   project named inside an event's name; a measure right before a project's name (200亩X基地)
   or an amount with a size word (50亿元规模的X基金) is that project's / body's size, and
   "投资N元的X项目" opening a clause is X's amount, X staying the topic of the clauses after it;
   the dateline (红网时刻衡阳7月27日讯(记者 王敏)) is metadata, never a subject or a period; a
   body telling the news (X传来消息, 据X介绍) is not the subject of what it tells; a village's
   party cell speaking of its figures speaks for the village; a citizen named once is an
   anchor at each later mention of the name; a place written right before 级 (湘潭市级层面)
   names a level of government, never the subject, and figures after it in the sentence are
   the article's place's own list at that level; projects classed by level (湖南省级重点项目)
   are a class, neither subject nor program; a site named by a proper name and a site head
   (metric_site_heads.txt: 水厂, 景区, 高速公路 …) opening a clause is the subject of its figures
   (源口水厂供水规模…, X铁路城区改线建设完成投资…); a count or total over a set the sentence
   lists (A、B等27个工业项目 opening its clause, 分别是:A、B、C,总投资X, and the clause right after
   such a count) is the place's that runs the set: never a listed item (a short-form place
   opening an item, 湖南金磊…, is the item's name), nor a project, company or person of an
   earlier clause; a figure of the village collective or its
   villagers (村集体经济年收益, 村民人均年收入) is the last village's, not the citizen's or
   company's the sentence is about (a named villager keeps his own: 村民张同科…4.5万元);
3. the program is the program named in quotes right after a count (3次“X”), else the program
   mention of the clause, else of the sentence unless the sentence is only framed by it
   (围绕“四区一花园”战略布局, 抢抓“135”工程…的机遇); a count of the people at a meeting (共300余人参加会议) takes
   the last event named before it in the paragraph;
4. the indicator is the phrase that says what was counted: between the subject (or clause
   start) and the number, trimmed of adverbs and particles; when that is only light verbs
   (将, 有, 居 …: metric_indicator_verbs.txt) or follows another number of the clause, the
   noun after the number, the previous number's indicator, or the clause before; a count
   of people followed by 参加/出席 (+ the event) is 参加会议人数, whoever the words before list;
   a rank verb's rank of items joined by 和/、 (总量和增速…排名第一) is one rank per item.
   The noun after a count is counted (工作提示数); after a measure it is the thing measured
   (`_amount_of`: 试验田面积, 环线里程, 管网长度; 专项资金, 硅砂 alone, 硅砂产量 when produced).
   An indicator is a noun phrase: words that open with a conjunction, adverb, pronoun,
   preposition or particle, close with a preposition, particle or verb of saying, hold a
   verb's aspect particle or no noun (metric_indicator_openers.txt / _closers.txt, tested on
   jieba's dictionary words and tags) give way to the first well-formed fallback, else to
   their well-formed tail (的财政收入 -> 财政收入); a change keeps its base (较去年同期提高)
   and a duration before 就/便/才 + an act is that act's 用时. When nothing is well formed,
   the indicator stays as found: no figure is dropped for its indicator.
   The period is the nearest time expression before the number in the sentence, else the
   last one of the paragraph so far (period words only as words of their own, not 目前 in
   项目前期, nor 年初 in 年初计划; not the base of a comparison, 较去年同期; 截至年底 and
   2011年至2015年 as written); with none before it, the first one after it in the sentence
   unless that one leads a figure of its own clause (总投资21.716亿元,2025年计划投资4.2亿元);
   a lead of figures closed by ……/—— takes the period after it.
5. repeats across sentences are dropped (see `_drop_repeats`; the same figure said of another
   indicator in the same paragraph is another fact), and so is the figure of a numbered section
   heading that the section's text states again (`_drop_restated_headings`).

`resolve_period(period, year)` turns a period as written into dates.
"""
from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from .gazetteer import Gazetteer
from .lexicon import entry_lengths, load_lines, load_list, load_longest_first
from .model import Document, MetricMention, OfficialMention, OrgMention, PersonMention, PlaceMention, ProgramMention, Sentence, Span
from .numbers import (COUNTED_AFTER_NAME, MEASURE_PREDICATES, RANK_VERBS, Quantity, QuantityMatch, closing_count,
                      counted_before, find_quantities, unit_table)
from .organizations import title_at
from .places import dateline_end
from .segmenter import default_word_tags as word_tags

__all__ = ["extract_metrics", "aged_persons", "resolve_period", "find_periods", "infer_year", "is_light_indicator"]

_METRIC_SENTENCE_KINDS = {"body", "caption"}
_CLAUSE_BREAKS = "，,；;：:。！？!?"
_QUOTE_PAIRS = {"“": "”", "\"": "\"", "「": "」", "『": "』"}
_SHORT_QUOTE = 12          # a quoted string this short is a name or slogan, not a statement
_OBJECT_MARKERS = ("与", "同", "跟", "向", "对", "为", "赴", "到", "给", "帮", "和", "位于", "地处", "来自", "获",
                   "按照", "根据", "依照", "依据",        # 按照县委…的原则: a standard, not the topic
                   "授予", "入选", "列入", "纳入",        # 被授予湖南省“诗词之镇”称号: the honour's scope
                   "获批", "获评",                        # 获批湖南省…示范区: the status granted, its scope
                   "设在")                                # 主会场设在资兴市: the venue, not the topic
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d年度?$")
_COPULA_BEFORE_为 = ("分别", "依次", "均", "都", "即")        # 分别为祁东县归阳站44.23米: 为 = "is"
# 恒光科技、消防智创园等 / A公司和B公司等2家企业: the later items may be joined by 和/及/与 too
# A、B、C5个项目: a list of two items or more counted (with the class it is of) right after its last
# item is closed as by 等
_LIST_COUNT = r"[\d一二两三四五六七八九十]+[个项家座所条](?:项目|工程|企业|园区|基地|景区|村|镇|乡|县|市|区)"
_EXAMPLES_CLOSER = re.compile(r"(?:[、和及与][^，,；;。、]{1,20}?)*(?:等|在内的)"      # …在内的22个: as …等22个
                              rf"|(?:[、和及与][^，,；;。、\d]{{1,20}}?)+(?={_LIST_COUNT})")
_PROJECT_KINDS = {"project"}


# ---------------------------------------------------------------- periods

_CN = "一二三四五六七八九十"
_MONTH = r"\d{1,2}月份?"
_PERIOD_RE = re.compile(
    rf"(?=[截到自从今去明前近上下第\d{_CN}])"
    r"(?:截至|截止到?|到|自|从)?"
    r"(?:\d{4}年(?:[至到—\-~－]\d{4}年)?(?:度内?)?|(?:今|去|明|前)年(?:度内?)?)?"   # 2014年度内: the year as written
    r"(?:"
    rf"前[{_CN}1-4]季度|第?[{_CN}1-4]季度|[上下]半年|前(?:\d{{1,2}}|[{_CN}]{{1,3}})个月"
    rf"|近(?:\d{{1,2}}|[{_CN}]{{1,3}})(?:个月|年)"
    rf"|\d{{1,2}}(?:月份?)?[至到—\-~－]{_MONTH}(?:[上中下]旬|底|末|初)?"
    rf"|{_MONTH}(?:\d{{1,2}}日)?(?:[上中下]旬|底|初|末)?(?:晚|上午|下午)?"
    rf"(?:[至到—\-]{_MONTH}(?:\d{{1,2}}日)?(?:[上中下]旬|底|初|末)?)?"
    r")?"
    r"(?:以来|来|期间)?"
)


@lru_cache(maxsize=1)
def _period_word_pattern() -> re.Pattern[str]:
    words = sorted(load_list("period_words.txt"), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


_PERIOD_UNIT = re.compile(r"年|月|季度|半年")
_BARE_YEARS = re.compile(r"\d+年(?:来)?")
_DIGITS = re.compile(r"\d+")


def find_periods(text: str) -> list[tuple[int, int, str]]:
    """Time expressions in `text` as (start, end, as written): 前三季度, 1至10月, 2022年, 今年以来 …"""
    found: list[tuple[int, int, str]] = []
    for m in (_PERIOD_RE.finditer(text) if any(ch in text for ch in "年月季") else ()):
        s = m.group(0)
        if not s or not _PERIOD_UNIT.search(s):
            continue
        # a bare "3年"/"10个月" without 前/近 is a duration, not a period
        if _BARE_YEARS.fullmatch(s) and int(_DIGITS.match(s).group(0)) < 1900:
            continue
        found.append((m.start(), m.end(), s))
    for m in _YEARS_SINCE.finditer(text):       # 5年来,全省累计…: the past five years, as 近5年来
        if _at_clause_start(text, m.start()) and not any(a <= m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), m.group(0)))
    bounds: dict[tuple[int, int], set[int]] = {}
    for m in _period_word_pattern().finditer(text):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in found):
            continue
        if not _is_word(text, m.start(), m.end(), bounds) or _PLAN_AFTER.match(text, m.end()) \
                and m.group(0) in _PLAN_SCOPES:
            continue
        lead = next((w for w in _UNTIL if text.endswith(w, 0, m.start())), "")     # 截至年底: as written
        found.append((m.start() - len(lead), m.end(), lead + m.group(0)))
    found.sort()
    return found


_YEARS_SINCE = re.compile(r"(?<![\d.])\d{1,2}年(?:以)?来")


def _at_clause_start(text: str, pos: int) -> bool:
    """Does `pos` start the text or follow a clause break or a line break?"""
    return pos == 0 or text[pos - 1] in _CLAUSE_BREAKS or text[pos - 1] == "\n"


_UNTIL = ("截止到", "截至", "截止")


# 完成年初计划的20% / 完成全年目标任务的75%: the period word names the plan, not the period
_PLAN_SCOPES = {"年初", "全年"}
_PLAN_AFTER = re.compile(r"的?(?:计划|目标|任务)")


def _is_word(text: str, start: int, end: int, bounds: dict[tuple[int, int], set[int]]) -> bool:
    """Does jieba's cut of `text` have a word start at `start` and a word end at `end`? A period
    word counts only when it is a word of its own (not 目前 in 项目|前期). Only the run that
    jieba segments together with text[start:end] is cut (`segmenter.run_around`), once:
    `bounds` keeps the word bounds of each run cut, by its (start, end)."""
    from .segmenter import run_around
    run = run_around(text, start, end)
    if run not in bounds:
        bounds[run] = _word_bounds(text[run[0]:run[1]], run[0])
    return start in bounds[run] and end in bounds[run]


def _word_bounds(text: str, base: int = 0) -> set[int]:
    """Offsets (plus `base`) where a word starts or ends in `text` (jieba)."""
    from .segmenter import cut
    bounds, at = {base}, base
    for word in cut(text):
        at += len(word)
        bounds.add(at)
    return bounds


def infer_year(text: str) -> int | None:
    """The year an article is about: the most frequent 19xx/20xx年 it mentions (latest on ties)."""
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)年", text)]
    if not years:
        return None
    counts = Counter(years)
    return max(counts, key=lambda y: (counts[y], y))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _cn_int(text: str) -> int | None:
    from .numbers import chinese_to_number
    return int(text) if text.isdigit() else chinese_to_number(text)


def resolve_period(period: str, year: int | None) -> tuple[date | None, date | None]:
    """Dates of a period as written, given the article's year (None, None when unknown).

    前三季度 -> Jan 1 .. Sep 30; 1至10月 -> Jan 1 .. Oct 31; 前10个月 -> Jan 1 .. Oct 31;
    今年 / 2022年 -> the whole year; 今年以来 -> Jan 1 .. None; 11月16日 -> that day;
    截至11月15日 -> None .. Nov 15; 11月上旬 -> Nov 1 .. Nov 10; 2011年至2015年 -> 2011-01-01 .. 2015-12-31.
    """
    p = period.strip()
    years = re.fullmatch(r"((?:19|20)\d\d)年[至到—\-~－]((?:19|20)\d\d)年", p)      # 2011年至2015年
    if years:
        return date(int(years.group(1)), 1, 1), date(int(years.group(2)), 12, 31)
    explicit = re.match(r"((?:19|20)\d\d)年", p)
    if explicit:
        year = int(explicit.group(1))
        p = p[explicit.end():]
    elif p.startswith("去年"):
        year = year - 1 if year else None
        p = p[2:]
    elif p.startswith("明年"):
        year = year + 1 if year else None
        p = p[2:]
    elif p.startswith("今年") or p.startswith("全年"):
        p = p[2:]
    if year is None:
        return None, None
    until = p.startswith(("截至", "截止"))
    p = re.sub(r"^(截至|截止到?|自|从|到)", "", p)
    since = p.endswith("以来") or (p.endswith("来") and not p.endswith("未来"))
    p = re.sub(r"(以来|来|期间)$", "", p)
    start, end = _resolve_core(p, year)
    if start is None and end is None:
        if p in {"", "全年"} and not until:
            start, end = date(year, 1, 1), date(year, 12, 31)
        else:
            return None, None
    if since:
        end = None
    if until:
        start = None
    return start, end


def _resolve_core(p: str, year: int) -> tuple[date | None, date | None]:
    """Dates of the part of a period after the year: quarters, month ranges, days."""
    q = re.fullmatch(rf"前([{_CN}1-4])季度", p)
    if q:
        n = _cn_int(q.group(1)) or 0
        return (date(year, 1, 1), _month_end(year, 3 * n)) if 1 <= n <= 4 else (None, None)
    q = re.fullmatch(rf"第?([{_CN}1-4])季度", p)
    if q:
        n = _cn_int(q.group(1)) or 0
        return (date(year, 3 * n - 2, 1), _month_end(year, 3 * n)) if 1 <= n <= 4 else (None, None)
    if p == "上半年":
        return date(year, 1, 1), date(year, 6, 30)
    if p == "下半年":
        return date(year, 7, 1), date(year, 12, 31)
    q = re.fullmatch(rf"前(\d{{1,2}}|[{_CN}]{{1,3}})个月", p)
    if q:
        n = _cn_int(q.group(1)) or 0
        return (date(year, 1, 1), _month_end(year, n)) if 1 <= n <= 12 else (None, None)
    q = re.fullmatch(r"(\d{1,2})(?:月份?)?[至到—\-~－](\d{1,2})月份?", p)
    if q:
        a, b = int(q.group(1)), int(q.group(2))
        return (date(year, a, 1), _month_end(year, b)) if 1 <= a <= b <= 12 else (None, None)
    q = re.fullmatch(r"(\d{1,2})月份?(?:(\d{1,2})日)?([上中下]旬|底|初|末)?(?:晚|上午|下午)?", p)
    if q:
        month = int(q.group(1))
        if not 1 <= month <= 12:
            return None, None
        if q.group(2):
            day = int(q.group(2))
            try:
                d = date(year, month, day)
            except ValueError:
                return None, None
            return d, d
        part = q.group(3)
        last = _month_end(year, month)
        if part == "上旬" or part == "初":
            return date(year, month, 1), date(year, month, 10)
        if part == "中旬":
            return date(year, month, 11), date(year, month, 20)
        if part in {"下旬", "底", "末"}:
            return date(year, month, 21), last
        return date(year, month, 1), last
    return None, None


# ---------------------------------------------------------------- anchors (subject candidates)


@dataclass(frozen=True)
class _Anchor:
    """A place / organisation / program mention that can be a metric's subject."""

    start: int
    end: int
    kind: str            # place | org | program
    label: str
    key: str
    sub_kind: str | None = None     # program kind (project …) or organisation kind (company …)


_FULL_PLACE_ENDINGS = ("省", "市", "县", "区", "州", "镇", "乡", "村", "街道", "社区", "园")


def _nested_referents(places: list[PlaceMention], programs: list[ProgramMention],
                      kept: list[_Anchor], gaz: Gazetteer) -> list[_Anchor]:
    """Mentions inside a longer kept mention that 该市/该项目 can still refer to: places written
    in full (资兴市 in 《资兴市公共租赁住房管理办法》; a short form such as 云龙 in 云龙杯 is a
    name's part, not a referent) and projects named inside an event (X公路改建工程项目 in
    X公路改建工程项目签约仪式: 该项目 is the project, not the ceremony)."""
    starts = [a.start for a in kept]

    def nested(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and kept[i].end >= end and (kept[i].start, kept[i].end) != (start, end)

    out = []
    for p in places:
        if (p.surface or "").endswith(_FULL_PLACE_ENDINGS) and nested(p.span.start, p.span.end):
            out.append(_Anchor(p.span.start, p.span.end, "place", _place_label(gaz, p.key, p.surface), p.key))
    for g in programs:
        if g.kind in _PROJECT_KINDS and nested(g.span.start, g.span.end):
            out.append(_Anchor(g.span.start, g.span.end, "program", g.name, g.name, g.kind))
    return out


def _anchors(places: list[PlaceMention], orgs: list[OrgMention], programs: list[ProgramMention],
             gaz: Gazetteer, persons: list[PersonMention] | None = None, text: str = "") -> list[_Anchor]:
    """All mentions as anchors, those nested inside a longer mention dropped. A person's
    key is the place key it is scoped by ("" when none), as the graph mints persons; a citizen
    named in full is an anchor at every later mention of the name in `text` too (长青藤志愿者
    谢仲甫 … 担任楼栋党员组长的谢仲甫,仅今年就出了近100个义务工)."""
    anchors: list[_Anchor] = []
    for h in persons or ():
        anchors.append(_Anchor(h.span.start, h.span.end, "person", h.name, h.place_key or ""))
    anchors.extend(_later_mentions(((h.name, h.span.end, h.place_key or "")
                                    for h in sorted(persons or [], key=lambda h: h.span.start)), text))
    for p in places:
        anchors.append(_Anchor(p.span.start, p.span.end, "place", _place_label(gaz, p.key, p.surface), p.key))
    for o in orgs:
        anchors.append(_Anchor(o.span.start, o.span.end, "org", o.name, o.name, o.kind))
    for g in programs:
        anchors.append(_Anchor(g.span.start, g.span.end, "program", g.name, g.name, g.kind))
    anchors.extend(_site_anchors(text, places))
    rank = {"org": 0, "program": 1, "place": 2, "person": 3}
    anchors.sort(key=lambda a: (a.start, -(a.end - a.start), rank[a.kind]))
    kept: list[_Anchor] = []
    furthest_end = -1          # kept anchors all start at or before `a`: nested iff one ends at/after it
    for a in anchors:
        if a.end <= furthest_end:
            continue
        kept.append(a)
        furthest_end = a.end
    return _with_short_forms(kept, text, gaz)


# 湖南佳竹盈竹木有限公司 … 佳竹盈竹木目前已吸纳11名 / 常德桃花源机场 … 常德机场已完成航班起降: a company
# or a site named in full is written later by a short form (the name without its place and its
# legal form; the place and the site's head only), which refers back to it
_COMPANY_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "公司")
_MIN_COMPANY_CORE = 4          # characters: a shorter core (建工, 华能) is too often another name's part


def _place_prefix(name: str, gaz: Gazetteer) -> int:
    """Length of the place name (湖南, 常德, 张家界) a longer name opens with; 0 when none."""
    for n in (3, 2):
        if len(name) > n + 1 and gaz.lookup(name[:n]):
            return n
    return 0


def _short_form(a: _Anchor, gaz: Gazetteer) -> str:
    """How a company (its name without place and legal form: 佳竹盈竹木) or a site (its place and
    head: 常德机场) named in full by anchor `a` is written later; "" when it has none."""
    if a.kind != "org":
        return ""
    name, n = a.label, _place_prefix(a.label, gaz)
    if a.sub_kind == "site":
        head = next((h for h in _SITE_HEADS if name.endswith(h)), "")
        return name[:n] + head if n and head and n + len(head) < len(name) else ""
    form = next((f for f in _COMPANY_FORMS if name.endswith(f)), "") if a.sub_kind == "company" else ""
    core = name[n:len(name) - len(form)] if form else ""
    return core if len(core) >= _MIN_COMPANY_CORE else ""


def _with_short_forms(kept: list[_Anchor], text: str, gaz: Gazetteer) -> list[_Anchor]:
    """`kept` with each later short form of a company or site named in full (`_short_form`) as
    an anchor of the full name: a site anchor written short is relabelled, a company's core
    written where no anchor is becomes one."""
    full: dict[str, _Anchor] = {}
    out: list[_Anchor] = []
    for a in kept:
        named = full.get(a.label) if a.kind == "org" and a.sub_kind == "site" else None
        if named is not None:
            a = replace(a, label=named.label, key=named.key, sub_kind=named.sub_kind)
        out.append(a)
        short = _short_form(a, gaz)
        if short and short not in full:
            full[short] = a
    starts = [a.start for a in out]
    added = []
    for short, named in full.items():
        if named.sub_kind != "company":
            continue
        at = text.find(short, named.end)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if (i < 0 or out[i].end <= at) and (i + 1 >= len(out) or out[i + 1].start >= at + len(short)):
                added.append(replace(named, start=at, end=at + len(short)))
            at = text.find(short, at + len(short))
    return sorted(out + added, key=lambda a: a.start) if added else out


# 源口水厂供水规模从每天5040吨…, 据统计,X旅游景区共接待游客5万余人次: a site named by a proper
# name and a site head (metric_site_heads.txt) opening a clause is what its figures are about,
# with the works on it when they follow (X铁路城区改线建设完成投资…: the works are the subject);
# a park's name may hold its province in brackets (中国(湖南)轻工产业园)
_SITE_HEADS = load_longest_first("metric_site_heads.txt")
_SITE_NAME_BODY = (
    r"(?P<name>(?P<head>[\u4e00-\u9fff]{2,8}?(?:[（(][\u4e00-\u9fff]{2,4}[)）][\u4e00-\u9fff]{0,6}?)?(?:"
    + "|".join(map(re.escape, _SITE_HEADS))
    + r"))(?:[\u4e00-\u9fff]{0,6}?(?:建设|工程|项目)(?![\u4e00-\u9fff]{0,2}[园区局办]))?)"
    r"(?!(?:路|线|段|方向|区))")       # 工业园区: the head is part of a longer word
_SITE_NAME = re.compile(r"(?<![\u4e00-\u9fff\d])" + _SITE_NAME_BODY)
_SITE_AFTER_PLACES = re.compile(_SITE_NAME_BODY)
# 新建中学, 全县水库, 该景区, 三级公立医院, X市各主要旅游景区, 力争启动X公路: a name opens with a word
# of its own (a place or person name, or a character the dictionary holds only inside longer
# words), not with a common noun, verb, determiner or number, and holds no verb, determiner or
# list word
_NAME_OPENING_TAGS = ("ns", "nr", "nz", "nt", "j")
_NOT_A_NAME_CHARS = "全各该本我每新这那其一二三四五六七八九十两几多"
_NOT_IN_A_NAME_CHARS = "各等和及与、"
_NOT_OPENING_A_NAME = ("p", "v", "c", "d")      # one-character words: 为, 从, 在, 是, 和, 也


def _place_chain_ends(text: str, places: list[PlaceMention]) -> list[int]:
    """Where a chain of places written one after the other from a clause's opening ends
    (湖南省长沙市望城区|铜官…): a site's name may open there."""
    by_end = {p.span.end: p.span.start for p in places}
    ends = []
    for p in places:
        start = p.span.start
        while start in by_end:
            start = by_end[start]
        if _at_clause_start(text, start):
            ends.append(p.span.end)
    return ends


def _site_anchors(text: str, places: list[PlaceMention] | None = None) -> list[_Anchor]:
    """Anchors of the sites named at the opening of a clause (源口水厂, 东常高速公路建设), or
    right after the places that open it (湖南省长沙市望城区铜官循环经济工业基地): a proper name
    followed by a site head (metric_site_heads.txt)."""
    tags = word_tags()
    out: list[_Anchor] = []
    opening = [m for m in _SITE_NAME.finditer(text) if _at_clause_start(text, m.start("name"))]
    after_places = (_SITE_AFTER_PLACES.match(text, end) for end in _place_chain_ends(text, places or []))
    for m in sorted(opening + [m for m in after_places if m is not None], key=lambda m: m.start()):
        start, name = m.start("name"), m.group("name")
        if name[0] in _NOT_A_NAME_CHARS or any(ch in _NOT_IN_A_NAME_CHARS for ch in name):
            continue
        word, tag = _word_at(text, start, tags, m.end("name"))
        if len(word) > 1 and not tag.startswith(_NAME_OPENING_TAGS):
            continue        # 农村公路, 实验小学, 第一中学: a common noun or a number opens it
        if len(word) == 1 and tag.startswith(_NOT_OPENING_A_NAME):
            continue        # 为省级工业园区, 从X产业园项目建设指挥部获悉: a preposition or verb opens it
        if any(len(w) > 1 and (t == "v" or w in _BUILDING_VERB_WORDS)
               for w, t in _iter_words(text[start:m.end("head")])):
            continue        # 力争启动X公路建设: a verb inside names no site
        out.append(_Anchor(start, m.end("name"), "org", name, name, "site"))
    return out


def _later_mentions(first: Iterable[tuple[str, int, str]], text: str) -> list[_Anchor]:
    """Person anchors at the later mentions of each full name (2+ characters), the names given
    in text order as (name, end of its first mention, place key)."""
    out: list[_Anchor] = []
    seen: set[str] = set()
    for name, end, key in first:
        if len(name) >= 2 and name not in seen:
            seen.add(name)
            at = text.find(name, end)
            while at >= 0:
                out.append(_Anchor(at, at + len(name), "person", name, key))
                at = text.find(name, at + len(name))
    return out


class _AnchorIndex:
    """The anchors of a document sorted by start, with bisect look-ups by offset.

    No kept anchor is nested in another, so sorted by start they are also sorted by end:
    the anchors inside a range and the one before a position are found by bisection.
    """

    def __init__(self, anchors: list[_Anchor], text: str = "",
                 nested: list[_Anchor] | None = None) -> None:
        self.anchors = anchors
        self.text = text
        self.starts = [a.start for a in anchors]
        self.ends = [a.end for a in anchors]
        self.by_end: dict[int, list[_Anchor]] = {}
        self.by_start: dict[int, _Anchor] = {a.start: a for a in anchors}
        for a in anchors:
            self.by_end.setdefault(a.end, []).append(a)
        # places / projects named inside a longer name (资兴市 in 《资兴市…办法》): 该市 can refer to them
        self.referents = sorted(anchors + (nested or []), key=lambda a: (a.end, a.start))
        self._fitting: dict[str, tuple[list[_Anchor], list[int]]] = {}
        self.quoted: list[tuple[int, int]] = []
        self.quoted_starts: list[int] = []
        self.officials: list[_Anchor] = []      # officials' names, sorted by start (`_party_member`)
        self.official_names: list[_Anchor] = []   # and each later mention of their names (`_acting_official`)
        self.official_starts: list[int] = []

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """The short quoted strings (names, slogans) of the document, sorted by start."""
        self.quoted = spans
        self.quoted_starts = [qs for qs, _ in spans]

    def inside_quoted_name(self, a: _Anchor) -> bool:
        """Is `a` part of a longer quoted name (株洲 in “幸福株洲”, 长沙市 in “长沙市…基地”)?"""
        i = bisect.bisect_left(self.quoted_starts, a.start) - 1
        if i < 0:
            return False
        qs, qe = self.quoted[i]
        return a.end <= qe - 1 and (a.start, a.end) != (qs + 1, qe - 1)

    def within(self, lo: int, hi: int) -> list[_Anchor]:
        """Anchors with lo <= start and end <= hi, in text order."""
        out = []
        for i in range(bisect.bisect_left(self.starts, lo), len(self.anchors)):
            a = self.anchors[i]
            if a.start >= hi:
                break
            if a.end <= hi:
                out.append(a)
        return out

    def officials_within(self, lo: int, hi: int) -> list[_Anchor]:
        """Mentions of officials' names (`official_names`) with lo <= start and end <= hi, in text order."""
        out = []
        for i in range(bisect.bisect_left(self.official_starts, lo), len(self.official_names)):
            a = self.official_names[i]
            if a.start >= hi:
                break
            if a.end <= hi:
                out.append(a)
        return out

    def containing(self, start: int, end: int) -> list[_Anchor]:
        """Anchors covering [start, end)."""
        out = []
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.anchors[i].end >= end:
            out.append(self.anchors[i])
            i -= 1
        return out

    def last_fitting(self, word: str, pos: int) -> _Anchor | None:
        """The closest mention ending at or before `pos` that 该/全 + `word` can refer to."""
        if word not in self._fitting:
            fits = [a for a in self.referents
                    if (_anaphor_fits(word, a) or _written_zone_fits(word, a, self.text))
                    and not _is_object(self.text, a, 0, self)]
            if word in _PRONOUNS:         # X公司负责人彭某告诉记者,…。她开书店5天内就拿到证: an official too
                fits = sorted(fits + self.official_names, key=lambda a: (a.end, a.start))
            self._fitting[word] = (fits, [a.end for a in fits])
        fits, ends = self._fitting[word]
        i = bisect.bisect_right(ends, pos) - 1
        return fits[i] if i >= 0 else None


def _place_label(gaz: Gazetteer, key: str, surface: str | None = None) -> str:
    """The gazetteer's full name of a place key; for places the gazetteer lacks (zones keyed
    "<parent>/<name>"), the surface form or the last part of the key."""
    entry = gaz.entries.get(key)
    if entry is not None:
        return surface if _is_former_name(gaz, key, surface) else entry.name
    return surface or key.rsplit("/", 1)[-1]


def _is_former_name(gaz: Gazetteer, key: str, surface: str | None) -> bool:
    """Is `surface` a full name `key` had before it was renamed (株洲县 for 渌口区)? The text's
    name is kept: the figures are of the unit as the article names it."""
    entry = gaz.entries.get(key)
    return bool(surface) and entry is not None and surface != entry.name and key in gaz.by_name.get(surface, ())


def _former_names(places: list[PlaceMention], gaz: Gazetteer) -> dict[str, str]:
    """Place key -> the former name the document writes it by (株洲县 for 渌口区's key)."""
    return {p.key: p.surface for p in places if _is_former_name(gaz, p.key, p.surface)}


# 该区/该项目/该公司 (this …), 全县/全区/全省 (the whole …) and a bare 公司 at the start of a
# clause (公司发展来势越来越好) or of a clause embedded by 使/让 (…,使园区面积达到10.68平方公里):
# references to a mention before. An unquoted 我 reporting a farmer's own holding or income
# (他逢人便说,搭帮加入了…,我承包的180多亩优质稻) is the person whose speech it is, as 他/她.
_ANAPHOR = re.compile(
    r"(?:该|本|全|我)(项目|工程|园区|产业园|开发区|街道|社区|公司|企业|集团|基地|区|市|县|州|镇|乡|村|省|局|委|办|中心)"
    r"|(?:^|(?<=[，,。；;：:“\n使让]))(?:目前|现在|如今|当前|今年|去年|由|该)?(公司|街道|项目|园区|工业园|产业园|基地)"
    r"(?![部组办内外])"
    r"|(?<![社小城园景山校超都])(村|镇|乡|县|区|市)里"
    r"|(?:^|(?<=[，,。；;：:“\n]))(他|她)(?![们人])"
    r"|(?:^|(?<=[，,。；;：:“\n]))(?:目前|现在|如今|当前|同时)?(村)(?=庄)"
    r"|(?<=[，,：:])(我)(?=承包|种|养|家|今年|去年|每年|一年)"
)
_PRONOUNS = {"他", "她"}
_BARE_NOUNS = {"公司", "街道", "项目", "园区", "工业园", "产业园", "基地"} | _PRONOUNS
_WHOLE_UNITS = {"区", "市", "县", "州", "镇", "乡", "村", "省", "街道", "社区", "园区", "开发区"}


_SCOPE_BEFORE = ("居", "排名", "排在", "排", "列", "位列", "位居", "高于", "低于", "超过", "占", "于", "在", "乃至")
_SCOPE_AFTER = ("第", "排名", "排", "首", "前列", "平均", "同类", "同期", "领先", "之最", "最",
                "率先", "唯一")          # 全省率先成立…, 全市唯一: the set it is first or alone in


_RANKING_WORDS = ("排名", "排位", "位次", "进位", "排第", "居第")


def _is_comparison_scope(text: str, start: int, end: int) -> bool:
    """居全省第8位, 全省排名第五, 高于全省平均水平, 全省省级高新区排名再进位: 全X is a
    yardstick, not the subject (a ranking word later in its clause counts too)."""
    before = text[max(0, start - 2):start]
    if any(before.endswith(w) for w in _SCOPE_BEFORE) or text.startswith(_SCOPE_AFTER, end) \
            or _is_class_after_copula(text, start) or _listed_after_scope(text, start):
        return True
    clause = text[end:_clause_end(text, end, min(len(text), end + 40))]
    return any(w in clause for w in _RANKING_WORDS)


def _is_class_after_copula(text: str, start: int) -> bool:
    """也是全市连续13年未发生森林火灾的县(市、区), 成为全省首个…: 全X right after a copula
    names the set the clause's subject is one of (a yardstick), not the subject."""
    return text[max(0, start - 2):start].endswith(("是", "成为"))


_WHOLE_SCOPES = ("全国", "全省", "全市", "全州", "全县", "全区")


def _listed_after_scope(text: str, start: int) -> bool:
    """高于全国、全省4.5和2.7个百分点: 全X listed right after another 全X that is a yardstick
    is a yardstick too."""
    if text[start - 1:start] not in {"、", "和", "及"} or not text.endswith(_WHOLE_SCOPES, 0, start - 1):
        return False
    return _is_comparison_scope(text, start - 3, start - 1)


def _inside_quote(text: str, pos: int) -> bool:
    """Is `pos` inside an open “…” quotation? (“…我每年可以增加收入一万多元。”村民李芳说: the
    speaker of a quotation may be named after it, so its 我 is not the person named before.)"""
    return text.rfind("“", 0, pos) > text.rfind("”", 0, pos)


def _find_anaphors(text: str) -> list[tuple[int, int, str]]:
    """(start, end, noun) of every 该X / 本X / 全X, clause-initial bare 公司/街道 and 村里/县里 …;
    全X and 本X only for places (全县, not 全公司)."""
    out = []
    for m in _ANAPHOR.finditer(text):
        if m.group(2):                       # 公司发展来势越来越好 / 街道抢抓时机 / 项目全长16公里
            out.append((m.start(2), m.end(2), m.group(2)))
            continue
        if m.group(3):                       # 村里今年全面完成 …
            out.append((m.start(), m.end(), m.group(3)))
            continue
        if m.group(4):                       # 他种植烟叶150亩: the person named before
            out.append((m.start(4), m.end(4), m.group(4)))
            continue
        if m.group(6):                       # 他逢人便说,…,我承包的180多亩: the speaker, as 他
            if not _inside_quote(text, m.start(6)):
                out.append((m.start(6), m.end(6), "他"))
            continue
        if m.group(5):                       # 当前,村庄基础设施不断完善: the village named before
            out.append((m.start(5), m.end(5) + 2, m.group(5)))
            continue
        noun = m.group(1)
        if m.group(0)[0] in "全本我" and noun not in _WHOLE_UNITS:
            continue
        if m.group(0)[0] == "全" and _is_comparison_scope(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), noun))
    return out


class _AnaphorIndex:
    """The 该X/全X references of a document, found once, looked up by range (bisect)."""

    def __init__(self, anaphors: list[tuple[int, int, str]]) -> None:
        self.items = anaphors
        self.starts = [s for s, _, _ in anaphors]

    def within(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        out = []
        for i in range(bisect.bisect_left(self.starts, lo), len(self.items)):
            s, e, word = self.items[i]
            if s >= hi:
                break
            if e <= hi:
                out.append(self.items[i])
        return out


def _anaphor_fits(word: str, a: _Anchor) -> bool:
    """Can mention `a` be what 该/全 + `word` (or the pronoun 他/她) refers to?"""
    if word in {"他", "她"}:
        return a.kind == "person"
    if a.kind == "person":
        return False
    if word in {"项目", "工程"}:
        return a.kind == "program" and a.sub_kind in _PROJECT_KINDS
    if word == "基地":            # 基地预计可产出沃柑约500万斤: the base (a project or a site) named before
        return a.label.endswith(word) and (a.kind == "program" and a.sub_kind in _PROJECT_KINDS or a.kind == "org")
    if word in {"公司", "企业", "集团"}:
        return a.kind == "org" and (a.sub_kind == "company" or a.label.endswith(("公司", "集团", "厂")))
    if word in {"局", "委", "办", "中心"}:
        return a.kind == "org" and a.label.endswith(word)
    if word in {"园区", "产业园", "工业园"} and a.kind == "org" and a.sub_kind == "site":
        return a.label.endswith("园")           # 中国(湖南)轻工产业园…园区建成后: the park named before
    if a.kind != "place":
        return False
    if word in {"园区", "产业园", "工业园", "开发区"}:
        return a.label.endswith(("区", "园")) and not a.label.endswith(("社区", "小区"))
    if word == "区":
        return a.label.endswith("区") and not a.label.endswith(("社区", "小区", "园区", "景区"))
    return a.label.endswith(word)


# 益阳高新区 (湖南益阳高新技术产业园区), 岳阳经开区, 湘江新区: a zone the writer names with a word
# ending in 区 is what their 全区/该区 refers back to, whatever the gazetteer's full name ends with
_WRITTEN_ZONE_ENDINGS = ("高新区", "经开区", "开发区", "新区", "新港区", "保税区", "综保区", "试验区", "示范区")


def _written_zone_fits(word: str, a: _Anchor, text: str) -> bool:
    """Can 全区/该区 refer to place `a` because it is written as a zone's name ending in 区
    (益阳高新区, whose full name 湖南益阳高新技术产业园区 ends in 园区)?"""
    return word == "区" and a.kind == "place" and text[a.start:a.end].endswith(_WRITTEN_ZONE_ENDINGS)


def _home_fitting(word: str, home: _Anchor | None, gaz: Gazetteer | None) -> _Anchor | None:
    """The article's place or its ancestor that 全/我 + `word` can be (全省 -> 湖南省)."""
    if home is None or gaz is None:
        return None
    chain = [home] + [_Anchor(home.start, home.end, "place", e.name, e.key) for e in gaz.ancestors(home.key)]
    return next((a for a in chain if _anaphor_fits(word, a)), None)


def _resolve_anaphor(word: str, pos: int, index: _AnchorIndex, lower: int,
                     home: _Anchor | None = None, gaz: Gazetteer | None = None,
                     own: bool = False) -> _Anchor | None:
    """该项目/全县 … -> the closest previous mention of that kind, in the article (from
    `lower`) first, then the article's place `home` or its ancestor of that kind
    (全省 -> 湖南省), else anywhere before (articles of OCR pages are often mis-cut).
    `own` (我县/我市: the writer's own place) -> the article's place first."""
    if own and (mine := _home_fitting(word, home, gaz)) is not None:
        return mine
    closest = index.last_fitting(word, pos)
    if closest is not None and closest.start >= lower:
        return closest
    if (mine := _home_fitting(word, home, gaz)) is not None:
        return mine
    if word in _BARE_NOUNS:
        return None      # a bare 公司/街道 only refers inside its article
    return closest


# ---------------------------------------------------------------- filters


_OPENERS = re.compile("|".join(re.escape(o) for o in _QUOTE_PAIRS))


def _quoted_spans(text: str, base: int) -> list[tuple[int, int]]:
    """Short quoted strings (names, slogans) of a sentence as absolute spans; quotes are
    paired left to right, so the text between two quotations is never taken for one."""
    spans = []
    i = 0
    while (m := _OPENERS.search(text, i)) is not None:
        j = text.find(_QUOTE_PAIRS[m.group(0)], m.end())
        if j < 0:
            break
        if j - m.end() <= _SHORT_QUOTE:
            spans.append((base + m.start(), base + j + 1))
        i = j + 1
    return spans


# 年收入逾10万元的有1200余户: the amount that defines the class the next figure counts
_CLASS_COUNTED_AFTER = re.compile(r"的(?:有|达|达到|共有|共)(?:约|近|超|逾)?[\d一二两三四五六七八九十]")


def _is_threshold(text: str, qm: QuantityMatch) -> bool:
    """10亿元以上项目 / 500万元以下企业: a quantity qualifying a noun, not a fact; so is one
    defining the class the figure after it counts (收入逾10万元的有1200余户)."""
    if _CLASS_COUNTED_AFTER.match(text, qm.end):
        return True
    if qm.quantity.approximate is None or not qm.quantity.as_written.endswith(("以上", "以下", "以内")):
        return False
    nxt = text[qm.end:qm.end + 1]
    return bool(nxt) and "\u4e00" <= nxt <= "\u9fff"


_BRACKET_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?区间")


def _is_bracket(text: str, qm: QuantityMatch) -> bool:
    """150多个村跻身5-20万元收入区间: a range naming a bracket things fall into is a class, not a
    fact (neither end is a figure of anything)."""
    return qm.quantity.high is not None and _BRACKET_AFTER.match(text, qm.end) is not None


def _inside_name(start: int, end: int, index: _AnchorIndex) -> bool:
    """A number inside an organisation/place name, or inside a program name past its start
    (湘窖酒业2万吨酱酒扩建项目); a program name opening with the number (116个重大项目集中开竣工) or
    with the capacity it states (年产100万吨优质矿泉水项目) counts."""
    return any(not (a.kind == "program" and a.label[:start - a.start] in ("", "年产"))
               for a in index.containing(start, end))


# ---------------------------------------------------------------- clause structure


def _clause_start(text: str, pos: int, lower: int) -> int:
    """Start of the clause containing absolute position `pos` (sentence starts at `lower`)."""
    i = pos - 1
    while i >= lower and text[i] not in _CLAUSE_BREAKS:
        i -= 1
    return i + 1


def _clause_end(text: str, pos: int, upper: int) -> int:
    i = pos
    while i < upper and text[i] not in _CLAUSE_BREAKS:
        i += 1
    return i


# 从杨林桥村约10分钟的车程来到花明楼村,…“我们村里已有40多家企业”: the place a visit arrives at
# (来到/走到, unlike 赴/到 as a destination or a scope) is the new topic of the text that follows
_ARRIVALS = ("来到", "走到")


def _is_object(text: str, a: _Anchor, lower: int, index: _AnchorIndex) -> bool:
    """A mention introduced by 与/向/为/位于 … is an object or a modifier, not the clause's
    topic; so are the later items of a list it opens (与雨花区、浏阳市). A place a visit
    arrives at (来到X村, `_ARRIVALS`) is not an object: it is what the text turns to. The
    body that approves (经国务院批准, `_is_approver`) is an adverbial, not the topic either."""
    before = text[max(lower, a.start - 2):a.start]
    if before.endswith(_OBJECT_MARKERS) and not before.endswith(_ARRIVALS) and not _is_copula(text, a.start) \
            or _is_task_owner(before, a) or _is_approver(text, a, lower) \
            or _is_counted_class(text, a, lower):
        return True
    dated = _YEAR_BEFORE.search(text, max(lower, a.start - 12), a.start)      # 获2022年国务院…激励
    if dated is not None and text[max(lower, dated.start() - 2):dated.start()].endswith(_OBJECT_MARKERS):
        return True
    gap = 1 if before.endswith("、") else 0          # 与雨花区、|浏阳市 or 长沙市|雨花区
    prev = [b for b in index.by_end.get(a.start - gap, ()) if b.start >= lower]
    return bool(prev) and _is_object(text, prev[0], lower, index)


# the later items of a list the mention opens (A、B和C…), before what is said of them all
_ITEMS_AFTER = r"(?:[、和及与][^，,。；;、]{1,12}?)*"


# 1991年3月经国务院批准为首批…高新区之一,2016年…实现企业总收入2816亿元 / 经省政府同意,…: the body
# whose approval (经X批准/同意/批复) frames the clause is an adverbial of the act, not what the
# figures are about; the subject is the one approved (named before, or the article's place)
_APPROVED_BY = re.compile(_ITEMS_AFTER + r"(?:正式|研究)?(?:批准|同意|批复|审批|审定|认定|命名|决定)")


_APPROVAL_OPENING = re.compile(r"经[^，,。；;\d]{1,16}?(?:批准|同意|批复)(?:为|成为)?")


# 湖南省政府批复同意…邵阳县等20个贫困县脱贫摘帽: a government or party body whose act is to approve
# (X批复同意 / X正式批准) is the approver, as after 经; what it approves (and counts) is not its own
_GRANTS_AFTER = re.compile(r"(?:\d{1,2}日|近日|日前)?(?:正式)?(?:批复同意|批准同意|批复|批准)")


def _is_approver(text: str, a: _Anchor, lower: int) -> bool:
    """Is mention `a` (with the items listed after it) the approving body of 经X批准 / 经X同意,
    or a government or party body whose verb is to approve (省政府批复同意…)?"""
    if text[max(lower, a.start - 1):a.start] == "经" and _APPROVED_BY.match(text, a.end) is not None:
        return True
    return a.kind == "org" and a.sub_kind in ("party", "government") and _GRANTS_AFTER.match(text, a.end) is not None


# 县劳动保障局、就业局门前人头攒动: a body named as where something happens (its gate, its square)
_LOCATION_AFTER = re.compile(_ITEMS_AFTER + r"(?:门前|门口|大门口|楼前|院内|广场)")


def _is_location(text: str, a: _Anchor) -> bool:
    """Is mention `a` (with the items listed after it) only the place where something happens
    (X门前, X、Y门口, X广场)?"""
    return a.kind == "org" and _LOCATION_AFTER.match(text, a.end) is not None


def _is_copula(text: str, pos: int) -> bool:
    """Is the 为 right before `pos` a copula (分别为X, 均为X), not "for X"?"""
    return text[pos - 1:pos] == "为" and text[max(0, pos - 3):pos - 1].endswith(_COPULA_BEFORE_为)


# 全面完成怀化市创建国家森林城市建设任务, 落实湖南省…部署, 助力江永县…: a place right after a
# verb of carrying out or helping is whose task or goal it is, an object, not the clause's topic
_TASK_VERBS = ("完成", "落实", "助力", "融入")
# 距邵东城区42公里, 离县城30公里: the place a distance is measured from
_DISTANCE_FROM = ("距", "离")


def _is_task_owner(before: str, a: _Anchor) -> bool:
    """Is place `a` written right after a verb of carrying out or helping (完成怀化市…任务) or
    after 距/离, the point a distance is measured from (距邵东城区42公里)?"""
    return a.kind == "place" and before.endswith(_TASK_VERBS + _DISTANCE_FROM)


def _is_counted_class(text: str, a: _Anchor, lower: int) -> bool:
    """新建20所乡镇公办中心幼儿园、68所民办普惠性幼儿园 / 新改扩建公办学校(幼儿园)164所: a body
    written right after or right before a count of it names the kind of thing counted, not a body
    the clauses after it are about; so does a project name right before its count (…工程132处)."""
    if a.kind == "program":          # 新建小型标准化供水工程132处: a kind of project, counted
        return a.sub_kind in _PROJECT_KINDS and COUNTED_AFTER_NAME.match(text, a.end) is not None
    return a.kind == "org" and (counted_before(text, a.start, "所家个座间支", lower)
                                or COUNTED_AFTER_NAME.match(text, a.end) is not None)


def _is_example(text: str, a: _Anchor, listed: bool = False) -> bool:
    """恒光科技、消防智创园等重点项目 / 双牌、欧阳海…等6座水库: items of a list closed by 等
    are examples of a class, not the clause's topic. `listed`: only items of a 、 list
    (a single quoted theme “守护碧水蓝天”等 stays a program)."""
    m = _EXAMPLES_CLOSER.match(text, a.end)
    return m is not None and (not listed or m.group(0).startswith("、") or text[a.start - 1:a.start] == "、")


# 乡镇由党委书记任总河长,村支部书记任河段长: a body and a post title with no name after it names a
# post (who holds which role), not a body the figures after it are about
_POST_TAKES = ("任", "兼任", "担任", "兼")


def _is_post(text: str, a: _Anchor) -> bool:
    """Is organisation `a` written with a post title and then a verb of holding a role
    (村支部书记任河段长, X局局长兼任Y)?"""
    if a.kind != "org":
        return False
    title = title_at(text, a.end)
    return title is not None and text.startswith(_POST_TAKES, a.end + len(title))


# 新引进企业4家,其中竹企业1家(湖南X竹木有限公司),新开工项目4家: a name in brackets right after a
# count is an example of what was counted, never the topic of the clauses after it
_GLOSS_REACH = 40            # characters back from a name to the bracket it may be written in
_GLOSS_COUNTED = "家个所座项处户名位"


def _is_counted_gloss(text: str, a: _Anchor) -> bool:
    """Is mention `a` written inside brackets opened right after a count (竹企业1家(X公司))?"""
    lo = max(0, a.start - _GLOSS_REACH)
    opened = max(text.rfind("(", lo, a.start), text.rfind("（", lo, a.start))
    if opened < 0 or ")" in text[opened:a.start] or "）" in text[opened:a.start]:
        return False
    return counted_before(text, opened, _GLOSS_COUNTED)


# 湖南金磊…生产线、苏仙先进智造园等75个 / 船山…小镇、耒阳“童车小镇”等36个: a place in short form
# (no 县/市/区… ending) written at the head of an item of a 、 list closed by 等 is the opening of
# that item's name (a company's, a project's), not the owner of what the list counts
_ITEM_REST = re.compile(r"[^，,；;。！？!?：:、等]{1,40}?(?=[、等])")
_LAST_ITEM_REST = re.compile(rf"[^，,；;。！？!?：:、等\d]{{1,40}}?(?={_LIST_COUNT})")     # …、炎陵X加工3个项目


def _opens_example_item(text: str, a: _Anchor) -> bool:
    """Is place `a`, written in short form, the opening of an item (名称 up to 、/等) of a 、 list
    closed by 等 (湖南金磊…改造、苏仙…园等75个)? A full form (新邵县辰州锑业等6家) names the owner."""
    if a.kind != "place" or text[a.start:a.end].endswith(_FULL_PLACE_ENDINGS):
        return False
    if text[a.start - 1:a.start] == "、" and _LAST_ITEM_REST.match(text, a.end) is not None:
        return True               # the last item, the list counted right after it
    item = _ITEM_REST.match(text, a.end)
    if item is None:
        return False
    closer = _EXAMPLES_CLOSER.match(text, item.end())
    return closer is not None and (closer.group(0).startswith("、") or text[a.start - 1:a.start] == "、")


# 益阳橡机…基地、弗兰德…基地等27个工业项目建成投产 / 集中开工项目分别是:A、B、C,总投资25.1亿元: a count
# or a total over a set the text lists is the figure of the place that runs them, never of one
# listed item, nor of a project, company or person of an earlier clause (the items' peers)
_LISTED_COUNT = re.compile(r"等(?:共|共计|合计)?$")
_COUNTED_LIST = re.compile(r"等(?:共|共计|合计)?[\d一二两三四五六七八九十百]")
_RESPECTIVELY = r"分别(?:是|为|有)"
_LIST_OPENER = re.compile(_RESPECTIVELY + "[：:]?")
_TOTAL_OPENER = re.compile(r"(?:总投资|总计|共计|合计|共|总)")
_OPENING_ACTS = ("v", "p", "d", "c", "r")      # 县交通局推进A、B等: a verb after a body ends it
_TIME_TAGS = ("t", "d")                         # 今年, 已: skipped before that verb (X公司今年引进A、B等)


@dataclass(frozen=True)
class _ListedSet:
    """A figure that counts or totals a set its sentence lists: the items from `start` to `end`."""

    start: int
    end: int
    clause: int              # where the figure's clause starts

    def may_own(self, text: str, a: _Anchor, lo: int, at: int | None = None) -> bool:
        """Can mention `a` (written at `at`, else at its start) own the listed set? Not an
        item of the list; before the figure's clause, only a place (an earlier project, company
        or person is a peer of the items)."""
        at = a.start if at is None else at
        if a.kind != "place" and at < self.clause:
            return False
        if self.start <= at < self.end:
            return a.kind == "place" and not _opens_example_item(text, a) if at < self.clause \
                else not _inside_item(text, a)
        return True


def _inside_item(text: str, a: _Anchor) -> bool:
    """Is mention `a` in an item of a 、 list closed by 等: the item's own name goes on after it
    up to 、/等 (熟料水泥|生产线…改造、), or it is itself an item (A、B等)? A body followed by a verb
    (县交通局|推进A、B等) owns the list."""
    if _is_example(text, a):
        return True
    if a.kind == "place" and text[a.start:a.end].endswith(_FULL_PLACE_ENDINGS):
        return False
    item = _ITEM_REST.match(text, a.end)
    if item is None or _EXAMPLES_CLOSER.match(text, item.end()) is None:
        return False
    tag = next((t for _, t in _iter_words(text[a.end:item.end()]) if t not in _TIME_TAGS), "")
    return not (tag.startswith(_OPENING_ACTS) and tag != "vn")


def _list_opens(text: str, lo: int, end: int) -> bool:
    """Does the 、 list closed by 等 before `end` open the clause at `lo`, its items the clause's
    topic (益阳橡机…基地、弗兰德…基地等27个)? Not when a verb opens the clause or a preposition
    or copula comes before the first item (供水范围为源口、桃川…等5个乡镇: the scope of the topic)."""
    sep = text.find("、", lo, end)
    words = list(_iter_words(text[lo:end if sep < 0 else sep]))
    if words and words[0][1].startswith("v") and words[0][1] != "vn":
        return False
    return not any(tag == "p" or word in _COPULAS + ("有",) for word, tag in words)


def _listed_set(text: str, lo: int, c_lo: int, qm: QuantityMatch) -> _ListedSet | None:
    """The set a figure counts or totals when the sentence lists it: A、B等27个 (the figure right
    after 等; the list opening its clause) or 分别是:A、B、C,总投资25.1亿元 (a total
    opening the clause after a list of names that 分别是 opens), and a clause right after such a
    count (…等75个为开工项目,年度计划投资145亿元: the set's figure too). None otherwise, and for
    people counted (衡山县公安局局长,…、办公室主任等8人: the body in their titles is theirs)."""
    if qm.quantity.base_unit == "person":
        return None
    if _LISTED_COUNT.search(text, c_lo, qm.start) is not None:
        return _ListedSet(c_lo, qm.start, c_lo) if _list_opens(text, c_lo, qm.start) else None
    if c_lo <= lo:
        return None
    clause = _clause_start(text, c_lo - 1, lo)
    if (counted := _COUNTED_LIST.search(text, clause, c_lo)) is not None:
        return _ListedSet(clause, c_lo - 1, clause) if _list_opens(text, clause, counted.start()) else None
    if _TOTAL_OPENER.match(text, c_lo) is not None:
        opener = None
        for opener in _LIST_OPENER.finditer(text, max(lo, clause - 6), c_lo - 1):
            pass
        if opener is not None and "、" in text[opener.end():c_lo] \
                and not _DIGITS.search(text, opener.end(), c_lo):      # 分别为79%、75%: respective figures
            return _ListedSet(opener.end(), c_lo - 1, c_lo)
    return None


# 浏阳市农业农村局今天传来消息,… / 省统计局17日发布, / 据县统计局统计,… / 记者从市商务局获悉: the
# body that tells the news is its source, not the subject of the figures it reports (those are the
# jurisdiction's); releases addressed outward (调查总队19日对外发布数据:, 向社会公布) are the same act
_TELLER_AFTER = re.compile(r"(?:今天|今日|近日|日前|昨天|昨日|最近|\d{1,2}日)?(?:对外|向社会)?(?:传来消息|传来喜讯|消息|通报|发布|获悉|透露|统计|介绍|数据)"
                           r"(?:的?(?:最新)?(?:统计)?数据)?(?:称|说|显示|表明)?[，,：:]")   # 统计局发布数据显示,
_TELLER_BEFORE = ("据", "从")
# 石门县县长郭碧勋介绍说,如今,…: the body in the title of the person who speaks
_SPEECH_VERBS = "介绍说|介绍|表示|指出|说"
_SPEAKER_AFTER = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:{_SPEECH_VERBS})[，,：:]")
# 他说, / 她笑着告诉记者: a pronoun whose act is speaking
_PRONOUN_SPEAKS = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{_SPEECH_VERBS}|告诉记者)[，,：:]")


# 记者从今天省农业农村厅召开的新闻发布会上获悉,…: the body that holds the briefing the news is
# learnt at is its source, however the briefing is described between 从 and 获悉
_SOURCE_FRAME_OPEN = re.compile(r"从[^，,。；;：:！？!?“”]{0,12}$")
_SOURCE_FRAME_CLOSE = re.compile(r"[^，,。；;：:！？!?“”]{0,30}?(?:获悉|了解到|得知)")
# 国家统计局公布2025年全国早稻数据,… / 省统计局今天发布了一季度经济运行情况: the body that releases
# the figures (its release named between the verb and the comma) is their source, not their subject
_RELEASE_AFTER = re.compile(r"(?:今天|今日|近日|日前|昨天|昨日|最近|\d{1,2}日)?(?:对外|向社会)?(?:公布|发布|公开)了?"
                            r"[^，,。；;：:！？!?“”]{0,20}?(?:数据|情况|结果)(?:显示|表明)?[，,：:]")


def _in_source_frame(text: str, a: _Anchor) -> bool:
    """Is mention `a` inside a clause 从…获悉 (or 了解到/得知) that says where the news was learnt,
    or the body that releases the figures (X公布…数据,)?"""
    if _RELEASE_AFTER.match(text, a.end) is not None:
        return True
    return _SOURCE_FRAME_OPEN.search(text, max(0, a.start - 13), a.start) is not None \
        and _SOURCE_FRAME_CLOSE.match(text, a.end) is not None


def _is_teller(text: str, a: _Anchor) -> bool:
    """Is mention `a` the body or person a report is told by (X传来消息, / 据X介绍, / 从X获悉, /
    从X召开的发布会上获悉, / X公布…数据,), or the government or party body in the title of the
    person who speaks (石门县县长郭碧勋介绍说,; a village's or community's cadre speaks for it:
    花桥社区书记说,社区里…)?"""
    if text[a.start - 1:a.start] in _TELLER_BEFORE:
        return True
    if _TELLER_AFTER.match(text, a.end) is not None or _in_source_frame(text, a):
        return True
    return a.kind == "org" and a.label.endswith(("政府", "委")) and _CELL.search(a.label) is None \
        and _SPEAKER_AFTER.match(text, a.end) is not None


# 省农业农村厅党组副书记李某介绍,10年来,湖南…: the body in a speaker's title (however long the chain
# of titles before the name) is not the topic of what is said, when what is said names its own
_SPOKEN_AFTER = re.compile(rf"[^，,。；;！？!?：:“”]{{0,30}}?(?:{_SPEECH_VERBS})[，,：:]")


_PUBLIC_BODIES = ("party", "government", "department")    # a company's head speaks of the company


def _speaks_for_public(a: "_Anchor") -> bool:
    """Is `a` a place or a public body (party, government, department), whose official speaks
    of the jurisdiction rather than of the body itself?"""
    return a.kind == "place" or a.kind == "org" and a.sub_kind in _PUBLIC_BODIES


def _past_speakers(text: str, candidates: list[tuple[int, int, "_Anchor"]]) -> list[tuple[int, int, "_Anchor"]]:
    """`candidates` less the public bodies and places in the title of a speaker (their clause ends
    with 介绍,/表示,…) when a candidate after the speech verb remains; all of them otherwise."""
    spoken = [c for c in candidates if _speaks_for_public(c[2]) and _SPOKEN_AFTER.match(text, c[1]) is not None]
    if not spoken:
        return candidates
    said = max(_SPOKEN_AFTER.match(text, c[1]).end() for c in spoken)
    after = [c for c in candidates if c[0] >= said]
    return after if after else candidates


@dataclass
class _Subject:
    anchor: _Anchor
    end: int                      # where the subject phrase ends in the text


def _pick_subject(doc: Document, lo: int, hi: int, index: _AnchorIndex,
                  anaphors: _AnaphorIndex, article_lo: int,
                  home: _Anchor | None = None, gaz: Gazetteer | None = None,
                  figure: int | None = None, carried: bool = False,
                  listed: "_ListedSet | None" = None) -> _Subject | None:
    """The first subject candidate in text[lo:hi]: a place/org/project anchor or a
    resolved 该X/全X. Campaign-like programs are not subjects (they go to `program`), nor the
    members listed after the figure at `figure` (`_is_member`); when the subject is `carried`
    from an earlier sentence, nor a project that sentence builds (`_is_built_project`); when
    the figure totals a `listed` set, nor the set's items, and only a place outside its own
    clause (`_ListedSet`)."""
    text = doc.text
    candidates: list[tuple[int, int, _Anchor]] = []
    for a in index.within(lo, hi):
        if listed is not None and not listed.may_own(text, a, lo):
            continue
        if not _is_object(text, a, 0, index) and not _is_example(text, a) and not _is_teller(text, a) \
                and not _is_counted_gloss(text, a) and not _is_post(text, a) and not _is_level_label(text, a) \
                and not _is_location(text, a) and not _is_rank_scope(text, a):
            if a.kind == "program" and (a.sub_kind not in _PROJECT_KINDS or _is_class_of_projects(a)
                                        or _is_batch_of_projects(text, a) or _is_member(text, a, figure)
                                        or carried and _is_built_project(text, a)):
                continue
            if a.kind != "program" and index.inside_quoted_name(a):
                continue
            if a.kind == "place" and (_is_example(text, _most_specific_place(a, index, hi))
                                      or _opens_example_item(text, a) or carried and _opens_brand(text, a)
                                      or text.startswith(_WITH_SURROUNDINGS, a.end)
                                      or _is_described_origin(text, a)):
                continue          # 郴州市临武县舜峰镇贝溪村等9个: the chain names an example
            candidates.append((a.start, a.end, a))
    for s, e, word in anaphors.within(lo, hi):
        if text[s - 1:s] in _TELLER_BEFORE:
            continue              # 据该市纪委初核调查, / 从该县获悉: the source, like a named teller
        if word in _PRONOUNS and _PRONOUN_SPEAKS.match(text, e) is not None:
            continue              # 他说,近年来…江华县…: the speaker, not the topic of what is said
        if _qualifies_place(candidates, e):
            continue              # 如该市廉桥镇东塘村流转3800余亩: 该市 says where the village is
        if not any(c[0] <= s < c[1] for c in candidates):
            resolved = _resolve_anaphor(word, s, index, article_lo, home, gaz, own=text[s] == "我")
            if resolved is not None and (listed is None or listed.may_own(text, resolved, lo, s)):
                candidates.append((s, e, resolved))
    if not candidates:
        return None
    candidates = _past_speakers(text, candidates)
    topical = [c for c in candidates if not _in_time_frame(text, c[0], hi)]
    s, e, a = min(topical or candidates, key=lambda c: c[0])
    head = _modified_head(text, e, hi, index)
    if head is not None and not _is_example(text, head):     # 醴陵市的A公司和B公司等2家: the place's
        s, e, a = head.start, head.end, head
    if a.kind == "place" and a.start == s:
        a = _most_specific_place(a, index, hi)
        e = a.end
        joint = _joint_parent(text, a, index, hi, figure, gaz)
        if joint is not None:
            a, e = joint
    return _Subject(a, e)


# 湘乡市、韶山市和湘潭县高标准农田项目,…财政总投资达8231万元: a total said of places listed together
# is the total of the area they all lie in (湘潭市), not of the first of them; figures said of each
# (分别) or of one of them are left alone
_JOINT_TOTAL = re.compile(r"总投资|总计|合计|共计|总额|总规模|共完成|共投入|共安排|累计投入")


def _joint_parent(text: str, a: _Anchor, index: _AnchorIndex, hi: int, figure: int | None,
                  gaz: Gazetteer | None) -> tuple[_Anchor, int] | None:
    """(the common parent place, the end of the list) when place `a` opens a list of places
    (A、B和C) whose figure at `figure` is a total (`_JOINT_TOTAL`) not split by 分别."""
    if gaz is None or figure is None:
        return None
    items, at = [a], a.end
    while text[at:at + 1] in _LIST_JOINERS:
        nxt = index.by_start.get(at + 1)
        if nxt is None or nxt.kind != "place" or nxt.key is None:
            break
        items.append(nxt)
        at = nxt.end
    if len(items) < 2 or a.key is None:
        return None
    between = text[at:figure]
    if _JOINT_TOTAL.search(between) is None or "分别" in between or "各" in between:
        return None
    others = [{x.key for x in gaz.ancestors(i.key)} for i in items[1:]]
    shared = [e for e in gaz.ancestors(a.key) if all(e.key in keys for keys in others)]
    if not shared or shared[0].level == "province":
        return None
    parent = shared[0]
    return _Anchor(a.start, at, "place", parent.name, parent.key), at


def _qualifies_place(candidates: list[tuple[int, int, "_Anchor"]], end: int) -> bool:
    """Is an anaphor ending at `end` (该市, 该县) written right before a place candidate (该市廉桥镇
    东塘村)? It then only says where that place lies, as a parent written before it does: the
    place named after it, the more specific one, is the topic."""
    return any(c[0] == end and c[2].kind == "place" for c in candidates)


# 解决了建龙村及周边30多个村(社区)7.1万余名群众的饮水难题: a place "and its surroundings" opens a set
# of places the figure is of, not its owner (the body or place that did it)
_WITH_SURROUNDINGS = ("及周边", "和周边", "及其周边", "与周边", "及附近", "和附近")


# X是一名“80后”,也是茶陵县一名经营着1000余亩茶园的新型职业农民: a place between a copula and the
# one-of-a-kind it describes (一名/一位/一家…) says where the topic is from, it is not the topic
_ONE_OF = ("一名", "一位", "一家", "一个", "一户", "首个", "首家", "唯一")


def _is_described_origin(text: str, a: _Anchor) -> bool:
    """Is place `a` written between a copula and a one-of-a-kind (也是茶陵县一名…农民)?"""
    return text[max(0, a.start - 2):a.start].endswith(_COPULAS) and text.startswith(_ONE_OF, a.end)


# 湖南广信在“新三板”挂牌上市。实现农业总产值…: a place in short form followed by two characters
# that make no word (a brand: 广信, 恒达) opens a company's name; not a topic carried to later figures
_BRAND = 2          # characters of a company's brand after the short form of its place


def _opens_brand(text: str, a: _Anchor) -> bool:
    """Is place `a`, written in short form (湖南, 株洲), the opening of a company's name: the two
    characters after it are Chinese and no word of the dictionary (湖南|广信在…)?"""
    if text[a.start:a.end].endswith(_FULL_PLACE_ENDINGS):
        return False
    brand = text[a.end:a.end + _BRAND]
    return len(brand) == _BRAND and all("\u4e00" <= c <= "\u9fff" for c in brand) and brand not in word_tags()


# 开工建设S305X大桥,完成Y大桥建设。改造油路6公里…: a project that an earlier sentence builds or
# launches (its object) is a work item of the body or place doing it, not the topic of the next
# sentence's figures (a clause after it in the same sentence is about it: 开工建设X,总投资5亿元)
_BUILDING_VERB_WORDS = ("开工建设", "开工", "建设", "建成", "新建", "续建", "改建", "扩建", "完成", "打造", "启动",
                        "实施", "推进", "加快", "抓好", "动工", "竣工", "投产", "落地", "引进", "签约")
_BUILDING_VERBS = re.compile(rf"(?:{'|'.join(_BUILDING_VERB_WORDS)})[“\"]?$")


def _is_built_project(text: str, a: _Anchor) -> bool:
    """Is the project `a` written right after a verb that builds or launches it (开工建设X)?"""
    return _BUILDING_VERBS.search(text, max(0, a.start - 5), a.start) is not None


# 增幅位居岳阳6县市首位 / 数量位列岳阳第一 / 整体序时进度排岳阳市第二: a place between a rank verb
# and the rank (with the set ranked in: 6县市, 七县(市)) is the yardstick, as 全省 in 居全省第8位;
# so is one before a quoted list's name (居湖南省“X”成绩榜单第二位)
_RANK_SCOPE_BEFORE = re.compile(rf"(?:{RANK_VERBS}|排)(?:均|都)?$")
_RANK_SCOPE_AFTER = re.compile(r"(?:[\u4e00-\u9fff\d]|[（(][\u4e00-\u9fff、]{1,6}[)）]|“[^”，,。；;]{1,12}”){0,6}?"
                               r"(?:第|首位|前列)")


def _is_rank_scope(text: str, a: _Anchor) -> bool:
    """Is the place `a` written between a rank verb and the rank it scopes (位列岳阳第一)?"""
    return a.kind == "place" and _RANK_SCOPE_BEFORE.search(text, max(0, a.start - 3), a.start) is not None \
        and _RANK_SCOPE_AFTER.match(text, a.end) is not None


# 自我省实施“三高四新”财源建设工程以来,靖州县…: a clause closed by 以来 dates what follows
# (and one opened by 在/随着 and closed by 下/中/之际 frames it: _FRAME_OPENERS below)
_TIME_FRAME_END = "以来"


def _in_time_frame(text: str, pos: int, hi: int) -> bool:
    """Is `pos` inside a clause that only dates or frames what follows (自我省实施X以来, /
    郴州市推行河长制以来, / 在市委的坚强领导下, / 随着…推进中,), closed before `hi`? Its mentions
    give way to a mention after it (…以来,靖州县…连续3年增长); with none after it, the frame's own
    place stays the subject (郴州市推行河长制以来,各级河长…)."""
    end = _clause_end(text, pos, hi)
    if end >= hi:
        return False
    if text.endswith(_TIME_FRAME_END, pos, end):
        return True
    start = _clause_start(text, pos, max(0, pos - _FRAME_REACH))
    return text.startswith(_FRAME_OPENERS, start) and text.endswith(_FRAME_CLOSERS, pos, end)


# 在省委省政府的坚强领导下, / 随着湘潭市…的推进中, : a clause opened by 在/随着 and closed by 下/中/之际
_FRAME_OPENERS = ("在", "随着")
_FRAME_CLOSERS = ("下", "中", "之际", "期间", "之后", "以后")
_FRAME_REACH = 40


_MODIFIER_REACH = 8          # characters between a modifier's mention and its 的


def _modified_head(text: str, end: int, hi: int, index: _AnchorIndex) -> _Anchor | None:
    """他“扎根”的秩堂镇 / 刘雪文创办的康成庄园…合作社: a mention inside a 的-modifier
    qualifies the mention after 的, which is what the clause is about."""
    de = text.find("的", end, min(hi, end + _MODIFIER_REACH + 1))
    if de < 0 or any(ch in _CLAUSE_BREAKS for ch in text[end:de]) or _predicated(text[end:de]):
        return None
    head = index.by_start.get(de + 1)
    if head is None or head.end > hi or head.kind == "program" and head.sub_kind not in _PROJECT_KINDS:
        return None
    return head


# 岳阳市是湖南的省域副中心 / 该县成为全省的产粮大县: a copula between a mention and 的 makes the
# mention the clause's topic and what follows 的 its predicate, not a 的-modifier of it
_COPULAS = ("是", "成为", "作为", "系")
# 凤凰山村由过去的长源、凤阳…合并而成: 由 after a mention opens its passive predicate (what it is
# made of, who runs it); the mention stays the topic
_PREDICATE_OPENERS = _COPULAS + ("由",)


def _predicated(gap: str) -> bool:
    """Does the text between a mention and the next 的 open with a copula or a passive 由
    (是湖南的…, 由过去的…)?"""
    return gap.lstrip("也就都还已").startswith(_PREDICATE_OPENERS)


def _most_specific_place(a: _Anchor, index: _AnchorIndex, hi: int) -> _Anchor:
    """岳阳市君山区钱粮湖镇观音村: of places written one after the other, the last one
    (the smallest unit) is what the clause is about; or a site named right after them."""
    nxt = index.by_start.get(a.end)
    while nxt is not None and nxt.kind == "place" and nxt.end <= hi:
        a = nxt
        nxt = index.by_start.get(a.end)
    if nxt is not None and nxt.kind == "org" and nxt.sub_kind == "site" and nxt.end <= hi:
        return nxt          # 长沙市望城区铜官循环经济工业基地: the site the places locate
    return a


def _pick_program(lo: int, hi: int, index: _AnchorIndex, framing: bool = True,
                  figure: int | None = None) -> _Anchor | None:
    """The first program mention inside text[lo:hi] (a class of projects is none, nor a
    member listed after the figure at `figure`); with `framing` False, not a program the
    sentence is framed by (围绕“四区一花园”战略布局)."""
    return next((a for a in index.within(lo, hi) if a.kind == "program" and not _is_class_of_projects(a)
                 and not _is_example(index.text, a, listed=True) and not _is_member(index.text, a, figure)
                 and (framing or not _is_framing(index.text, a))), None)


# 有5个项目竣工,包括A、B、C: the items a clause lists after 包括 / 如 are members of a counted set;
# so are those after 分别是: (集中开工项目分别是:A、B、C,总投资25.1亿元)
_MEMBERS_OPENER = re.compile("(?:其中)?(?:包括|包含|例如|比如|如)")
_RESPECTIVE_OPENER = re.compile(_RESPECTIVELY + "[：:]$")


def _is_member(text: str, a: _Anchor, figure: int | None) -> bool:
    """Is program mention `a` an item of a list its clause opens with 包括/如 (or that 分别是: opens), and the figure
    at `figure` outside that clause (有5个项目竣工,包括职业中专产教融合实训基地、…;有2个项目开工): a
    member of a set some figure counts, not what this figure is about? (A figure inside the
    list, 包括…桑圆门业投资1.24亿元建设的…, is about an item.)"""
    if figure is None:
        return False
    start = _clause_start(text, a.start, max(0, a.start - 60))
    inside = start <= figure < _clause_end(text, a.end, len(text))
    return not inside and (_MEMBERS_OPENER.match(text, start) is not None
                           or _RESPECTIVE_OPENER.search(text, max(0, start - 4), start) is not None)


# 围绕“四区一花园”战略布局, 紧紧围绕省委“五个100”和市委“3311”工程, 锚定“三高四新”: a strategy the
# sentence is framed by, not what the aggregate figures of its other clauses count
_FRAMING_VERBS = ("围绕", "锚定", "紧扣", "紧盯", "聚焦", "对标", "抢抓")
_OPEN_QUOTES = tuple(_QUOTE_PAIRS)


def _is_framing(text: str, a: _Anchor) -> bool:
    """Is program mention `a` introduced by a framing verb of its own clause (围绕/锚定 …)?"""
    before = text[_clause_start(text, a.start, max(0, a.start - 40)):a.start]
    return any(v in before for v in _FRAMING_VERBS) or bool(re.search(r"以[^，,；;。]{0,3}$", before)) \
        and text.startswith(("为统领", "为引领", "为抓手"), _quote_close(text, a.end))


def _quote_close(text: str, pos: int) -> int:
    """`pos` moved past a closing quotation mark right there."""
    return pos + 1 if text[pos:pos + 1] in set(_QUOTE_PAIRS.values()) else pos


def _counted_program(text: str, qm: QuantityMatch, index: _AnchorIndex) -> _Anchor | None:
    """创新开展3次“双月双擂台大比武”、2次“百家企业评百股”: the program named in quotes right
    after a count is what the count counts."""
    if not text.startswith(_OPEN_QUOTES, qm.end):
        return None
    a = index.by_start.get(qm.end) or index.by_start.get(qm.end + 1)
    return a if a is not None and a.kind == "program" else None


_THRESHOLD_NAME = re.compile(r"[\d零一二两三四五六七八九十百千万亿]+[^\d]{0,3}?(?:以上|以下|及以上)")
# 湖南省级重点项目, 湘潭市级重点项目, 县级重大工程: projects classed by the level that lists them
_LEVEL_CLASS = re.compile(r"(?:国家|省|市|州|县|区)级(?:重点|重大)?(?:建设)?(?:项目|工程)$")
_LEVEL_AFTER = re.compile(r"[省市州县区]?级")
# 湖南省著名商标63件, 湖南名牌产品12个: a place written right before a brand honour it awards is
# that honour's level (a class of titles counted), not what the figures are about
_BRAND_HONOUR_AFTER = re.compile(r"(?:省|市)?(?:著名商标|着名商标|驰名商标|名牌产品|名牌|老字号|地理标志产品|地理标志)")


# 引进A、B等一批代表性湘商回归项目,招商引资落地金额居…: projects counted as a batch name a class
# (the items listed before it), not one project the next clause is about
_BATCH_BEFORE = ("一批", "一大批", "一系列")


def _is_batch_of_projects(text: str, a: _Anchor) -> bool:
    """Is the program `a` written right after 一批/一系列 (一批代表性X项目): a class, not one project?"""
    return a.kind == "program" and text.endswith(_BATCH_BEFORE, 0, a.start)


def _is_class_of_projects(a: _Anchor) -> bool:
    """投资10亿元以上项目, 500万元以上企业: a class named by a threshold, not one program;
    湘潭市级重点项目: a class named by the level of government that lists it; 湖南在建旅游项目:
    a class named by the projects' stage (`_STAGE_CLASS`)."""
    return a.kind == "program" and bool(_THRESHOLD_NAME.search(a.label) or _LEVEL_CLASS.search(a.label)
                                        or a.label.startswith(_THRESHOLD_WORDS) or _STAGE_CLASS.search(a.label))


# 湖南在建旅游项目总投资达到5600亿元: the projects under construction (of a trade), all of them, are
# a class named by their stage, not one project: the figure is the place's
_STAGE_CLASS = re.compile(r"在建[\u4e00-\u9fff]{0,6}项目$")


# 其中200亩以上的水果基地就有10个: a name read from 以上/以下 on lost its threshold's number; it
# still names a class by a threshold (`_is_class_of_projects`)
_THRESHOLD_WORDS = ("以上", "以下", "及以上")


def _is_level_label(text: str, a: _Anchor) -> bool:
    """湘潭市级层面, 湘潭市级重点项目: a place written right before 级 names a level of
    government (a yardstick or a list's owner), not what the figures are about; so does one
    right before a brand honour it awards (湖南省著名商标63件: `_BRAND_HONOUR_AFTER`)."""
    return a.kind == "place" and (_LEVEL_AFTER.match(text, a.end) is not None
                                  or _BRAND_HONOUR_AFTER.match(text, a.end) is not None)


@lru_cache(maxsize=1)
def _trims() -> tuple[tuple[str, ...], tuple[str, ...]]:
    pre = tuple(sorted(load_list("metric_indicator_prefixes.txt"), key=len, reverse=True))
    suf = tuple(sorted(load_list("metric_indicator_suffixes.txt"), key=len, reverse=True))
    return pre, suf


_BULLETS = "●○■□◆◇▲△★☆•·"      # list marks opening a line (●全县…), no part of what was counted
_DATELINE_CREDIT = re.compile(r"(?:讯|电)\s*[(（]\s*(?:记者|通讯员|实习生|特约记者)[^)）]{0,40}[)）]")


_COMPARED = ("比", "较")       # 比去年|增加, 较2010年|提高: the time after 比/较 is a comparison's base, kept
_NOTE = re.compile(r"[（(]下同[)）]")     # 比2012年(下同)增长: a note on the wording, no part of it


def _trim_indicator(phrase: str, periods: list[tuple[int, int, str]], base: int) -> str:
    """Drop periods (not the base of a comparison: 比去年增加), leading adverbs, trailing particles, 分别 and quote marks' spaces; a trim
    that would leave a single character is not made (实到 stays 实到, not 实); a section's
    number (二、) is no part of what is measured (一、二、三产业 keeps its list). A dateline's
    credit (…7月27日讯(记者 王敏)) is the report's, never part of what is measured."""
    credit = None
    for credit in _DATELINE_CREDIT.finditer(phrase):
        pass
    if credit is not None:
        phrase, base = phrase[credit.end():], base + credit.end()
    for s, e, _ in sorted(periods, reverse=True):
        if base <= s and e <= base + len(phrase) and not phrase[:s - base].endswith(_COMPARED):
            phrase = phrase[:s - base] + phrase[e - base:]
    phrase = _NOTE.sub("", phrase) if "下同" in phrase else phrase
    pre, suf = _trims()
    phrase = phrase.strip(" ，,、；;：:" + _BULLETS)
    marker = _SECTION_MARKER.match(phrase)           # 二、规模工业增加值…: a section's number
    if marker is not None and len(phrase) > marker.end() + 1:
        phrase = phrase[marker.end():]
    approval = _APPROVAL_OPENING.match(phrase)       # 经国务院批准为首批: who approved, not what is measured
    if approval is not None and len(phrase) > approval.end() + 1:
        phrase = phrase[approval.end():]
    changed = True
    while changed and phrase:
        changed = False
        for p in pre if phrase.startswith(pre) else ():      # (most phrases have neither)
            if phrase.startswith(p) and len(phrase) > len(p) + 1:
                phrase, changed = phrase[len(p):], True
                break
        for s in suf if phrase.endswith(suf) else ():
            if phrase.endswith(s) and len(phrase) > len(s) + 1:
                phrase, changed = phrase[:-len(s)], True
                break
    if _RESPECTIVELY in phrase and len(phrase) > len(_RESPECTIVELY) + 1:
        phrase = phrase.replace(_RESPECTIVELY, "")   # 财政收入分别增长: 分别 says how figures pair, not what is measured
    return _without_modals(phrase).strip(" ，,、；;：:")


# 每人年增收可达2万至3万元, 投产产量可以达到2000万平方米: a modal or a future word closing the
# phrase (its 达/达到 already trimmed) says the figure is possible or expected, not what is measured
_MODALS = frozenset({"可", "可以", "能", "能够", "将", "将会", "会", "就", "便", "预计", "有望"})


def _without_modals(phrase: str) -> str:
    """`phrase` without the modal words closing it (每人年增收可 -> 每人年增收), read as whole
    dictionary words (行政许可 keeps its 可); a trim that would leave one character is not made."""
    while True:
        word, _ = _last_word(phrase)
        if word not in _MODALS or len(phrase) - len(word) < 2:
            return phrase
        phrase = phrase[:-len(word)]


_RESPECTIVELY = "分别"


@lru_cache(maxsize=1)
def _light_word_lengths() -> tuple[int, ...]:
    """The lengths of the light words, longest first."""
    return entry_lengths("metric_indicator_verbs.txt")[::-1]


_LIGHT_SKIPPED = re.compile(r"[\s，,、；;：:“”\"（）()]")


def is_light_indicator(phrase: str) -> bool:
    """Does `phrase` only hold light verbs, prepositions and adverbs (将, 有, 居, 全面完成),
    so that it does not say what was counted? Empty and one-character phrases are light."""
    rest = _LIGHT_SKIPPED.sub("", phrase)
    if len(rest) <= 1:
        return True
    words, lengths = load_lines("metric_indicator_verbs.txt"), _light_word_lengths()
    while rest:       # the longest light word opening what is left, again and again
        size = next((n for n in lengths if rest[:n] in words), None)
        if size is None:
            return False
        rest = rest[size:]
    return True


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that cannot open / cannot close an indicator (metric_indicator_openers.txt,
    metric_indicator_closers.txt)."""
    return load_lines("metric_indicator_openers.txt"), load_lines("metric_indicator_closers.txt")


@lru_cache(maxsize=1)
def _closer_endings() -> tuple[str, ...]:
    return tuple(_function_words()[1])


def _word_at(phrase: str, at: int, tags: dict[str, str], stop: int | None = None) -> tuple[str, str]:
    """The longest dictionary word (≤4 characters) opening phrase[at:stop], with jieba's tag (""
    for a character the dictionary does not hold)."""
    for n in range(min(_WORD_REACH, (len(phrase) if stop is None else stop) - at), 0, -1):
        tag = tags.get(phrase[at:at + n])
        if tag:
            return phrase[at:at + n], tag
    return phrase[at:at + 1], ""


def _iter_words(phrase: str):
    """`phrase` cut into dictionary words, longest first from the left, with their tags, one by
    one (a plain dictionary walk: no HMM, cheap enough for every indicator)."""
    tags, at = word_tags(), 0
    while at < len(phrase):
        word = _word_at(phrase, at, tags)
        yield word
        at += len(word[0])


def _words(phrase: str) -> list[tuple[str, str]]:
    """`phrase` cut into dictionary words (`_iter_words`)."""
    return list(_iter_words(phrase))


_NOMINAL_TAGS = ("n", "vn", "j", "l", "b", "k", "eng", "i", "g", "x")   # words a name of a thing is made of
_NOMINAL_ENDS = frozenset("率数量额值比度费金款价")     # 化解率, 开复工率: a verb + one of these is a noun
_ASPECT = frozenset({"了", "着"})
_NOUN_SUFFIXES = frozenset("村镇乡组节点站园馆厂场室院校")   # one-character heads the dictionary tags otherwise
_ONE_CHARACTER_NOUNS = _NOUN_SUFFIXES | frozenset("县市区省州")   # and levels alone: 县|本级|投入
_NOT_A_WORD = re.compile(r"[\s，,、；;：:“”\"（）()《》\d.%]")


def _noun_part(noun: str) -> str:
    """A well-formed part of the words after a number that are no noun phrase: up to the verb
    of an aspect particle (工人忙着加班 -> 工人), else a well-formed tail (便修复用电故障 ->
    修复用电故障); "" when there is none."""
    words = _words(noun)
    aspect = next((i for i, (w, _) in enumerate(words) if w in _ASPECT), None)
    if aspect is not None and aspect > 1:
        head = "".join(w for w, _ in words[:aspect - 1])
        if len(head) >= 2 and not _ill_formed(head):
            return head
    tail = _well_formed_tail(noun)
    return tail if tail and not _nounless(tail) else ""


def _nounless(phrase: str) -> bool:
    """Does `phrase` hold no noun (返岗, 开展, 签约)? (A weaker flaw: only a noun written after the
    number replaces it.)"""
    return not (phrase[-1:] in _NOMINAL_ENDS
                or any(t.startswith(_NOMINAL_TAGS) or (not t and len(w) > 1) or w in _ONE_CHARACTER_NOUNS
                       for w, t in _iter_words(_NOT_A_WORD.sub("", phrase))))


def _ill_formed(phrase: str) -> bool:
    """Is `phrase` no noun phrase, so that it cannot name what was counted? It is badly
    bounded (`_badly_bounded`) or holds no noun at all (签约, 开展)."""
    return _badly_bounded(phrase) or _nounless(phrase)


def _badly_bounded(phrase: str, aspect: bool = True) -> bool:
    """Does `phrase` open with a conjunction, adverb, pronoun, preposition, localizer or particle
    (而…, 将在…, 我们…, 比增, 内就…, 的财政收入), close with a preposition, particle, adverb or
    verb of saying (需在, 较的, 张三指出), hold a verb with its aspect particle (告别了…, 有着), or
    is it one character or none? (`aspect` False: a verb with its particle is allowed, as in the
    noun after a count: 400多人签订了就业意向.)"""
    text = _NOT_A_WORD.sub("", phrase)
    if len(text) <= 1:
        return True
    openers, closers = _function_words()
    if _word_at(text, 0, word_tags())[0] in openers or _last_word(text)[0] in closers:
        return True
    if text.endswith(_closer_endings()) and _words(text)[-1][0] in closers:
        return True               # 企业|已 (where the longest word ending it is 业已)
    return aspect and ("了" in text or "着" in text) and any(w in _ASPECT for w, _ in _iter_words(text))


def _well_formed_tail(phrase: str) -> str:
    """The longest well-formed tail of `phrase`, word by word (…的财政收入 -> 财政收入), of at
    least two characters, best one that does not open with a lone character; "" when none is."""
    _, closers = _function_words()
    words = _words(phrase)
    while len(words) > 1 and (words[-1][0] in closers or words[-1][0] in _ASPECT):
        words.pop()               # 公路总里程由 -> 公路总里程, 财政收入在 -> 财政收入
    phrase = "".join(w for w, _ in words)
    if len(phrase) >= 2 and not _ill_formed(phrase):
        return phrase
    tails, at = [], 0
    for w, _ in words[:-1]:
        at += len(w)
        tail = phrase[at:].strip(" ，,、；;：:")
        if len(tail) >= 2 and not _ill_formed(tail):
            tails.append(tail)
    # one opening with a word of two characters or more, not a numeral, first (我|县|生猪出栏 ->
    # 生猪出栏, 这|一数|字 -> 数字)
    return next((t for t in tails if len(_words(t)[0][0]) > 1 and not _words(t)[0][1].startswith("m")),
                tails[0] if tails else "")


def _well_formed(phrase: str) -> str:
    """`phrase` when it is not badly bounded, else its well-formed tail when it has one (的财政收入总量
    -> 财政收入总量, 在全省各县市区GDP总量 -> 全省各县市区GDP总量), else `phrase` as it is."""
    if not phrase or phrase.startswith(_OPEN_QUOTES) or not _badly_bounded(phrase):
        return phrase             # “比营商环境、看满意程度”工作综合成绩: a quoted name opening it stays whole
    return _well_formed_tail(phrase) or phrase


def _clause_subject(noun: str) -> str:
    """The noun phrase opening the words after a count when they are a clause of their own, the
    count's noun then an act said of it with an aspect particle, a preposition or an adverb
    (贫困群众|通过产业帮扶迈上了致富路, 工人|忙着加班, 群众|的生活发生了变化): what was counted is that
    noun; "" when the words are one noun phrase (工作提示, 茶叶种植园的新型职业农民, 国家及地区;
    签订了就业意向 opens with the act)."""
    head = _noun_head(noun, 0, len(noun))
    if len(head) < 2 or len(head) >= len(noun) or _ill_formed(head):
        return ""
    rest = noun[len(head):]
    first = _words(rest)[0]
    if first[1].startswith(("p", "d")) or any(w in _ASPECT for w, _ in _iter_words(rest)):
        return head
    return ""


def _counted(noun: str, written: str = "", before: str = "") -> str:
    """A noun written after a number as its indicator (`_amount_of`: 工作提示数, 试验田面积,
    专项资金), the subject of the clause it opens when it is one (`_clause_subject`)."""
    noun = _clause_subject(noun) or noun
    return _shorten(_amount_of(noun, written, before))


# Measures whose number is an amount of the noun itself (资金 in 万元, 硅砂 in 吨, 土方 in 立方米):
# the noun alone names what was measured. Area and length are dimensions a thing has
# (`_DIMENSIONS`: 试验田 -> 试验田面积); 数 ("how many") is only for counts.
_AMOUNT_BASES = frozenset({"CNY", "USD", "kg", "t", "m3", "kWh", "kW", "gross_ton"})
_WEIGHT_BASES = frozenset({"kg", "t"})
_AREA_WORDS = ("面积", "规模", "用地")
_LENGTH_WORDS = ("长度", "里程", "总长", "长")
_ROUTES = ("路", "线", "绿道", "步道", "航道", "干道", "通道", "车道", "游道")      # roads, lines: 里程
_PRODUCING = re.compile(r"产(?![业品权值])")      # 年产, 生产, 产出: a weight produced is an 产量


def _amount_of(noun: str, written: str, before: str = "") -> str:
    """The indicator of the number `written` (80余名, 3000万元) named by `noun`, the noun after
    it: with a count (个 家 人 户 …, or no unit known) how many of it there are, noun + 数
    (工作提示数); with a measure, the noun with the dimension the unit measures where the noun is
    a thing that has it (亩 -> 试验田面积; 公里 -> 管网长度, a road's or line's 里程), else the
    noun alone (专项资金, 纯利润 in 万元; 硅砂 in 吨, or 硅砂产量 when `before`, the words of the
    clause before the number, say it was produced)."""
    base = _count_base(written) if written else None
    if base in _AMOUNT_BASES:
        if base in _WEIGHT_BASES and _PRODUCING.search(before) and not noun.endswith("量"):
            return noun + "产量"
        return noun
    dimension = _DIMENSIONS.get(base or "")
    if dimension == "面积":
        return noun if noun.endswith(_AREA_WORDS) else noun + dimension
    if dimension == "长度":
        if noun.endswith(_LENGTH_WORDS):
            return noun
        return noun + ("里程" if noun.endswith(_ROUTES) else dimension)
    return noun + "数" if not noun.endswith("数") else noun


_DURATIONS = frozenset({"day", "hour", "minute", "month", "week", "workday"})
# 3天内就获得贷款, 仅用4个工作日就全部完成审核, 短短3个月便建成: the time an act took
_TIME_TAKEN = re.compile(r"(?:内|以内|之内|时间)?(?:就|便|即|才)(?:已经?|能|可|全部|顺利|基本|全面)*"
                         r"(?P<act>[\u4e00-\u9fff“”\"]{2,30})")


_SOON = "就便即才"


def _time_taken(text: str, qm_start: int, qm_end: int, hi: int, quantities: list[tuple[int, int]]) -> str:
    """A duration followed by 就/便/才 and an act (短短3个月就完成了管网铺设) is the time the act
    took: 完成管网铺设用时; "" otherwise, or when the act is no verb phrase."""
    if _count_base(text[qm_start:qm_end]) not in _DURATIONS:
        return ""
    at = qm_end
    if qm_end == hi and hi + 2 <= len(text) and text[hi] in "，," and text[hi + 1] in _SOON \
            and len(_words(text[hi + 1:hi + 5])[0][0]) == 1:          # (not 3天,就业率…; not the text's end)
        at, hi = hi + 1, _clause_end(text, hi + 1, len(text))   # 短短3个月,便建成了…: the act opens the next clause
    seg = ""
    for s, e in sorted(q for q in quantities if at <= q[0] < hi):
        seg, at = seg + text[at:s], e            # 就完成12公里管网铺设: the act, without its figure
    m = _TIME_TAKEN.match(seg + text[at:hi])
    if m is None:
        return ""
    act = re.sub(r"[“”\"了]", "", m.group("act")).split("的")[0]     # 才能办好的证: 办好
    if len(act) < 2 or not _words(act)[0][1].startswith("v"):
        return ""
    return _shorten(act + "用时")


def _change_tail(phrase: str) -> str:
    """The words that say how something changed closing a badly opened phrase (的|增长, 其|增幅),
    "" when it has none: a change with no noun is still better said than its opening particle."""
    at = 0
    for word, _ in _iter_words(phrase):
        at += len(word)
        if at < len(phrase) and is_change_only(phrase[at:]):
            return phrase[at:]
    return ""


def _indicator(doc: Document, subject_end: int | None, clause_lo: int, clause_hi: int,
               qm_start: int, qm_end: int, quantities: list[tuple[int, int]],
               periods: list[tuple[int, int, str]], earlier: dict[int, str] | None = None,
               sentence_lo: int | None = None) -> str:
    """The indicator of the number at [qm_start, qm_end) (see `_named_indicator`); a number
    that sets a plan's target (力争…增长6%, “2159行动计划”,即实施重点项目200个) says so:
    地区生产总值增长目标, 实施重点项目目标."""
    phrase = _named_indicator(doc, subject_end, clause_lo, clause_hi, qm_start, qm_end, quantities,
                              periods, earlier, sentence_lo)
    lower = clause_lo if sentence_lo is None else sentence_lo
    if not _is_target(doc.text, lower, qm_start) or not phrase or "目标" in phrase:
        return phrase
    return _strip_light_head(phrase.removeprefix("即")) + "目标"


# a plan's targets: 力争/争取, 计划/目标是 opening a clause, or 即 spelling out a named plan
_TARGET_CUE = re.compile(r"力争|争取(?![到了得回来])|(?:^|[，,：:])(?:计划|目标[是为])"
                         r"|(?:计划|规划|方案|工程|行动|目标)”?[，,：:]?即")
_SEGMENT_BREAKS = "。；;！？!?"


def _is_target(text: str, lower: int, pos: int) -> bool:
    """Is the number at `pos` inside a stretch of the sentence (up to a ；) that sets targets?"""
    seg = max([lower] + [text.rfind(b, lower, pos) + 1 for b in _SEGMENT_BREAKS])
    return _TARGET_CUE.search(text, seg, pos) is not None


def _named_indicator(doc: Document, subject_end: int | None, clause_lo: int, clause_hi: int,
                     qm_start: int, qm_end: int, quantities: list[tuple[int, int]],
                     periods: list[tuple[int, int, str]], earlier: dict[int, str] | None = None,
                     sentence_lo: int | None = None) -> str:
    """The phrase naming what is measured. Shapes of the genre first: a part of an a:b:c share
    ratio (`_ratio_part`), a rank (`_rank_indicator`), the j-th number of an “A、B…分别为x和y”
    list (`_respective_item`); then the first that says what was counted of:
    0. after another number of the clause, the noun written right after this one (水库和164处
       农村供水工程, 5座病险水库加固、107公里渠道的修复); not a noun after a 、 or a comma, which
       opens the next item (油茶产业5460亩、杂交水稻制种基地4000亩: a measure follows its item);
    0b. words that only say how the previous number changed (规模工业总产值43.62亿元,同比增长12.6%)
       give the previous number's indicator + the change (规模工业总产值同比增长);
    1. the words between the subject (or clause start, or the number before) and the number;
    2. the noun after the number (将37项工作任务 -> 工作任务数);
    2b. a household and population profile (辖…,220户、848人): 户数, then 人口 for the 人
       after it (建档立卡贫困户66户、227人 -> 建档立卡贫困人口);
    3. the indicator of the number right before in the clause (12207户、40382人;
       由2.2万元提高至2.8万元): a second number of the same thing;
    4. the clause before, up to its first number (全市生产总值突破400亿元，达到410亿元).
    `earlier` maps the end of each earlier quantity of the sentence to its indicator."""
    lo = subject_end if subject_end is not None and clause_lo <= subject_end <= qm_start else clause_lo
    start = lo
    part = _ratio_part(doc.text, lo, qm_start, qm_end, quantities, periods, earlier or {})
    if part:
        return _shorten(part)
    rank = _rank_indicator(doc.text, lo, qm_start, quantities, periods, earlier or {})
    if rank:
        return _shorten(rank)
    respective = _respective_item(doc.text, lo, clause_hi, qm_start, quantities, periods)
    if respective:
        return _shorten(respective)
    attendance = _attendance(doc.text, qm_start, qm_end) or _honoured(doc.text, qm_start, qm_end) \
        or _role_holders(doc.text, clause_lo, qm_start, qm_end, periods)
    if attendance:
        return attendance
    prev_q = max((e for s, e in quantities if e <= qm_start and e > lo), default=None)
    if prev_q is not None:
        lo = prev_q
        rate = _RATE_AFTER.match(doc.text, lo, qm_start)
        lo = rate.end() if rate is not None else lo      # 703元每月、|515元: the rate of the number before
    phrase = _trim_indicator(doc.text[lo:qm_start], periods, lo)
    if phrase.startswith("的") and prev_q is not None and len(phrase) > 1:
        # 经营性收入超50万元的村达32个: the number before is inside a relative clause
        # qualifying what this number counts
        whole = _trim_indicator(doc.text[start:qm_start], periods, start)
        return _shorten(_amount_of(whole, doc.text[qm_start:qm_end]))
    noun = _noun_after(doc, qm_end, clause_hi, quantities, periods)
    written = doc.text[qm_start:qm_end]
    if _REFERENT.match(_LIGHT_SKIPPED.sub("", phrase)) and ((noun and not noun.startswith("的")) or written.endswith("户")):
        phrase = ""           # 社区311户居民, 该村32户已脱贫: the words before name the subject, not what was counted
    classed = _classed_count(doc.text, qm_end, clause_hi, written, phrase)
    if classed:
        return classed        # 其中30家为规上企业, …等36个为开工项目: the class they are counted as
    act = _one_character_act(phrase, noun) if prev_q is None else ""
    if act:
        return _counted(act, written)     # 他养了80多只羊 -> 养羊数, 种了20亩菜 -> 种菜面积
    if prev_q is None and _one_character_count(noun, written):
        # 7个组, 在10个省: a count of groups, of provinces; 现辖41个村: the governing verb names it too
        verb = phrase if phrase in _GOVERNING else ""
        return _counted(verb + noun, written)
    if noun.startswith("的"):
        built = _built_of_size(phrase, noun[1:], written)
        if built:
            return _shorten(built)      # 很快建成了150平方米的活动室: the room's area
        noun = ""             # 用100天的时间: a modifier's tail, not what was counted
        group = _GROUP_OF.match(doc.text, qm_end)
        if group is not None and doc.text[qm_start:qm_end].endswith(_PEOPLE):
            return _shorten(group.group(1) + "人数")   # 组成共82人的产业项目观摩团: the team's size
        share = _SHARE_OF.match(doc.text, qm_end)
        if share is not None and is_light_indicator(phrase):
            if doc.text[qm_start:qm_end].endswith(("%", "％")):
                return share.group(1) + "比例"    # 超过50%的村民都有…: the share of the villagers
            if doc.text[qm_start:qm_end].endswith(_PEOPLE):
                return share.group(1) + "数"      # 每年有超过40名的村民在基地…: a count of them
    opening = phrase
    if prev_q is not None and is_light_indicator(phrase):
        # 分别同比提升7.9个百分点和4个百分点: the second number shares the clause's opening words
        first = min(s for s, e in quantities if s >= start)
        opening = _trim_indicator(doc.text[start:first], periods, start)
        if _BARE_BASE.match(opening) and is_change_only(phrase):
            opening = opening.removesuffix("的") + phrase      # 较2010年的103.4亿元|增加1.75倍
    change = _change_indicator(opening, doc.text, clause_lo, qm_start, quantities, earlier)
    if change:
        return _shorten(change)
    if prev_q is not None and noun and not is_light_indicator(noun) and not _next_item(doc.text, qm_end):
        # 117座水库和164处农村供水工程, 23个社区56个小区: the words before are the previous
        # number's noun; what this number counts is written after it
        return _counted(noun, doc.text[qm_start:qm_end], doc.text[clause_lo:qm_start])
    named_after = bool(noun) and not is_light_indicator(noun)
    if named_after and phrase.endswith(_FRAMING_VERBS):
        # 要求全县党员干部围绕8项重点任务: the count is the object of 围绕, the noun after it is counted
        return _counted(noun, doc.text[qm_start:qm_end], doc.text[clause_lo:qm_start])
    if prev_q is None and _lists_counted_items(phrase, written):
        kind = _listed_kind(doc.text, qm_end, clause_hi)
        if kind:
            return _shorten(kind + "数")      # 青石、白沙两座水库 -> 水库数
    listed = _lists_examples(phrase) or _lists_names(doc.text[lo:qm_start])
    if phrase and not is_light_indicator(phrase) and not (listed and named_after):
        counted = _counted_object(doc.text, qm_start, qm_end, clause_hi, phrase) if named_after else ""
        if counted:
            # 邵东市举行14个重大项目集中开竣工仪式, 吸引2000余名求职者: the count is the object
            # of the act before it; the noun right after it names what was counted
            return _shorten(counted + "数") if not counted.endswith("数") else _shorten(counted)
        if not _ill_formed(phrase):
            return _shorten(phrase)
    # The phrase is light or no noun phrase (而…也是这, 需在, 的财政收入): the first well-formed
    # of the fallbacks; when none is, the first of them as it stands (or the phrase).
    taken = _time_taken(doc.text, qm_start, qm_end, clause_hi, quantities)
    if taken:
        return taken
    said = bool(phrase) and not is_light_indicator(phrase) and not (listed and named_after)
    first = None
    for candidate, new, good in _fallbacks(doc, phrase, noun, said, clause_lo, qm_start, qm_end, quantities,
                                     periods, prev_q, earlier, sentence_lo):
        if good:
            return candidate
        if first is None and not new:
            first = candidate
    return first if first is not None else _shorten(phrase)


def _fallbacks(doc: Document, phrase: str, noun: str, said: bool, clause_lo: int, qm_start: int,
               qm_end: int, quantities: list[tuple[int, int]], periods: list[tuple[int, int, str]],
               prev_q: int | None, earlier: dict[int, str] | None, sentence_lo: int | None):
    """`_named_indicator`'s fallbacks, best first, each with whether it is one the extractor
    gave before indicators had to be noun phrases (made only as far as they are asked for):
    the words before when they say something (`said`, but are no noun phrase), the noun after
    + 数 (unless it is badly bounded: 就办好), the words before when they only lack a noun, 人口, a
    household profile, the previous number's indicator, a well-formed tail of the words before
    (…的财政收入 -> 财政收入); the clause before only for words before that say nothing and no
    noun after."""
    if said:
        yield _shorten(phrase), False, False
    named = bool(noun) and not is_light_indicator(noun)
    if named:
        written, before = doc.text[qm_start:qm_end], doc.text[clause_lo:qm_start]
        head = _clause_subject(noun)
        if head:
            yield _counted(head, written, before), True, True        # 120名|工人忙着加班 -> 工人数
        yield _shorten(_amount_of(noun, written, before)), False, \
            not _badly_bounded(noun, aspect=False) and not _nounless(noun)
        part = _noun_part(noun)
        if part:
            yield _shorten(_amount_of(part, written, before)), True, True
    if said and _nounless(phrase) and not _badly_bounded(phrase):
        yield _shorten(phrase), False, True       # 返岗, 投入: a verb alone, no noun after to say better
    if prev_q is None and _is_population(doc.text, qm_start, qm_end, phrase, noun):
        yield "人口", False, True         # 横排村有1200多人,7个组
    profile = _household_profile(doc.text, qm_start, qm_end, prev_q, earlier)
    if profile:
        yield profile, False, not _ill_formed(profile)
    if prev_q is not None and earlier and earlier.get(prev_q):
        yield earlier[prev_q], False, not _badly_bounded(earlier[prev_q])   # (分散安置1123户4382人)
    if said:
        tail = _well_formed_tail(phrase) or _change_tail(phrase)
        if tail:
            yield _shorten(tail), True, True
    elif not named and sentence_lo is not None and clause_lo - 1 > sentence_lo:
        before = _clause_before(doc, clause_lo, sentence_lo, quantities, periods)
        if before and not is_light_indicator(before):
            yield _shorten(before), False, not _ill_formed(before)


# A count written before its noun (举行14个重大项目…, 组织102所城镇优质学校, 导致200多户村民):
# the number quantifies the noun after it. When the words before it end in a verb, a
# preposition, an adverb, a time or place word (an act or a frame, not a name of anything
# measured), the noun after is the indicator. Only counts of things (个 所 名 户 家 …), not
# measures (亿元, 亩, 小时): 投资5亿元建设… names the money before it.
_COUNT_BASES = frozenset({"unit", "person", "person_time", "household", "site", "building", "vehicle",
                          "team", "group", "batch", "case", "category", "event", "session", "head"})
_ACT_TAGS = ("v", "p", "c", "d", "t", "f", "r")       # jieba tags: verb (v, vn, vd), preposition …
_WORD_REACH = 4


def _last_word(phrase: str) -> tuple[str, str]:
    """The longest dictionary word (≤4 characters) ending `phrase`, with its tag."""
    tags = word_tags()
    for n in range(min(_WORD_REACH, len(phrase)), 0, -1):
        tag = tags.get(phrase[-n:])
        if tag:
            return phrase[-n:], tag
    return "", ""


_NOUN_PARTS = ("n", "b", "j", "l", "a", "k", "vn")       # words a noun phrase is built of
_HEAD_REACH = 16


def _noun_head(text: str, pos: int, hi: int) -> str:
    """The noun phrase opening text[pos:hi], word by word (≤4 characters, longest first),
    up to its first word that is not part of a noun (a verb, an adverb, 的, a comma):
    重大项目|集中开竣工仪式, 求职者|前来应聘, 城镇优质学校|结对帮扶."""
    tags = word_tags()
    end, stop = pos, min(hi, pos + _HEAD_REACH)
    while end < stop:
        word, tag = _word_at(text, end, tags, stop)
        if len(word) == 1 and end > pos and word in _NOUN_SUFFIXES:
            end += 1              # 季节性缺水|村, 柑橘|节: a one-character head noun closing it
            continue
        if not tag.startswith(_NOUN_PARTS) or (end == pos and tag == "vn"):
            break
        end += len(word)
    return text[pos:end]


def _counted_object(text: str, qm_start: int, qm_end: int, hi: int, phrase: str) -> str:
    """The noun a count at [qm_start, qm_end) is written right before, when the count is the
    object of an act (the words before end in a verb or an adverbial); "" otherwise."""
    if not phrase or _count_base(text[qm_start:qm_end]) not in _COUNT_BASES:
        return ""
    word, tag = _last_word(phrase)
    if not (tag.startswith(_ACT_TAGS) or _is_locative(word, tag)):
        return ""
    head = _noun_head(text, qm_end, hi)
    if len(head) < 2:
        return ""
    return word + head if tag.startswith("v") else head      # 举行|重大项目, 在各级|政务服务大厅


_JURISDICTION_CHARS = "省市州县区镇乡村"


def _is_locative(word: str, tag: str) -> bool:
    """Is `word` a place word framing an act (联合县内|6家植保合作社, 带动村内|…): jieba's place
    words (s), and a jurisdiction's 内/外 (县内, 市外), which jieba tags as nouns?"""
    return tag.startswith("s") or (len(word) == 2 and word[0] in _JURISDICTION_CHARS and word[1] in "内外")


def _count_base(written: str) -> str | None:
    """The base unit of the measure word closing a quantity as written (80余名 -> person)."""
    table = unit_table()
    rest = written.rstrip("余多以上左右")
    for n in range(min(3, len(rest)), 0, -1):
        if rest[-n:] in table:
            return table[rest[-n:]][0]
    return None


_SIZED_BASES = frozenset({"mu", "hectare", "m2", "km2", "km", "m", "person"})
_SIZE_NAMED = _AREA_WORDS + _LENGTH_WORDS + ("人数", "总数", "占地")


def _built_of_size(phrase: str, modified: str, written: str) -> str:
    """An act (建成, 组建, 流转 …) whose object is written after a measure and a 的 (建成了150平方米的
    活动室, 组建300人的督查员队伍): the measure is a size of the object, named by it (活动室面积,
    督查员队伍人数); "" when the words before do not end in a plain verb, already name a dimension
    (面积达…), the measure is no area, length or head count (用100天的时间, 投资5亿元的项目, 50%的
    村民), or the words after 的 are no noun phrase."""
    if _count_base(written) not in _SIZED_BASES or not phrase or any(w in phrase for w in _SIZE_NAMED):
        return ""
    if _last_word(phrase)[1] != "v" or len(modified) < 2 or _ill_formed(modified):
        return ""
    return _amount_of(modified, written).removesuffix("数") + "人数" if written.endswith(_PEOPLE) \
        else _amount_of(modified, written)


# 共82人的产业项目观摩团, 此次50人的招聘计划: the size of a team (or of a plan's intake) named after 的
_GROUP_OF = re.compile(r"的([\u4e00-\u9fff]{0,10}?(?:团|队|组|队伍|计划))(?![员长部书表])")

# 超过50%的村民都有…, 60%的农户已参保: a percentage of a group of people, named after 的
_SHARE_OF = re.compile(r"的([\u4e00-\u9fff]{0,4}?(?:村民|居民|农户|农民|群众|企业|家庭|学生|干部|党员|贫困户|人口))"
                       r"(?=都|均|已|有|是|在|将|参|[，,。；;])")

# 共300余人参加会议, 500余名干部群众出席仪式: a count of the people at an event
_ATTENDANCE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:干部|群众|代表|人员|党员|村民|居民|嘉宾|学生|职工|干警|志愿者))?"
                         r"(?P<verb>参加|出席|参与|参会|到会|列席)了?"
                         r"(?P<what>[\u4e00-\u9fff]{0,8}?(?:会议|大会|活动|仪式|典礼|培训|论坛|比赛))?"
                         r"(?=[，,。；;！!]|$)")
_PEOPLE = ("人", "人次", "名")


def _attendance(text: str, qm_start: int, qm_end: int) -> str:
    """…乡镇办事处分管领导共300余人参加会议: a count of people (or of 干部群众 …) followed by
    参加/出席 and the event (or nothing more) is the number of people at it (参加会议人数), whatever group the
    words before list. "" otherwise (300人参加医保 names no event: left to the other shapes)."""
    if not text[qm_start:qm_end].endswith(_PEOPLE):
        return ""
    m = _ATTENDANCE.match(text, qm_end)
    if m is None:
        return ""
    return m.group("verb") + (m.group("what") or "") + "人数"


# 1人获评2023年度郴州市“十大返乡入乡创新创业人才”: people given a title
_HONOUR = re.compile(r"(?:获评|荣获|被评为|被授予|入选|当选)[^，,。；;！!]{2,40}")


def _honoured(text: str, qm_start: int, qm_end: int) -> str:
    """A count of people followed by the title they were given (1人获评…“十大…人才”) counts
    the people given it: 获评十大…人才人数. "" otherwise."""
    if not text[qm_start:qm_end].endswith(_PEOPLE):
        return ""
    m = _HONOUR.match(text, qm_end)
    if m is None:
        return ""
    title = re.sub(r"(?:19|20)\d\d年度?|[“”\"《》「」\s]", "", m.group(0))     # the award's year is its period
    return _shorten(title + "人数")


# 本次会议的执行主席由徐云波、胡忠雄…熊勇军13位同志担任: the post, then the names of its holders
_HOLDERS = re.compile(r"(?P<role>[^，,。；;]{2,30}?)由(?:[\u4e00-\u9fff]{2,4}[、，,])+[\u4e00-\u9fff]{2,4}(?:等)?$")


def _role_holders(text: str, clause_lo: int, qm_start: int, qm_end: int,
                  periods: list[tuple[int, int, str]]) -> str:
    """A count of people after the names of the holders of a post (执行主席由A、B…13位同志担任):
    the number of holders of that post (执行主席人数), not the names. "" otherwise."""
    if not text[qm_start:qm_end].endswith(_PEOPLE + ("位",)):
        return ""
    m = _HOLDERS.match(text, clause_lo, qm_start)
    if m is None:
        return ""
    role = _trim_indicator(m.group("role"), periods, m.start("role"))
    role = role[role.rfind("的") + 1:] if "的" in role else role       # 本次会议的执行主席 -> 执行主席
    return _shorten(role + "人数") if len(role) >= 2 else ""


def _attended_event(doc: Document, sent: Sentence, qm: QuantityMatch, index: _AnchorIndex) -> _Anchor | None:
    """召开…“百日会战”动员大会。…共300余人参加会议: the people at 会议 were at the last event
    named before them in the paragraph."""
    lo = doc.paragraphs[sent.paragraph].start if 0 <= sent.paragraph < len(doc.paragraphs) else sent.span.start
    events = [a for a in index.within(lo, qm.start) if a.kind == "program" and a.sub_kind == "event"]
    if events:
        return events[-1]
    article_lo = doc.articles[sent.article].span.start if 0 <= sent.article < len(doc.articles) else lo
    lead = [a for a in index.within(article_lo, lo) if a.kind == "program" and a.sub_kind == "event"]
    return lead[0] if lead else None        # 本次会议应到代表413人: the article's own meeting, named in its lead


# 本次会议应到代表413人,实到384人,因病事请假29人: the roll of a meeting, people counted by whether they came
_ROLL_CALL = re.compile(r"(?:应到|实到|应出席|实出席|缺席|请假)[\u4e00-\u9fff]{0,6}$")
_MEETING_WORD = re.compile(r"会议|大会|会上")


def _roll_call(text: str, c_lo: int, lo: int, qm: QuantityMatch) -> bool:
    """Is the count of people at `qm` a meeting's roll (应到/实到/请假 right before it, a meeting
    named earlier in its sentence: 本次会议应到代表413人,实到384人)?"""
    return text[qm.start:qm.end].endswith(_PEOPLE) and _ROLL_CALL.search(text, c_lo, qm.start) is not None \
        and _MEETING_WORD.search(text, lo, qm.start) is not None


# the time a change is measured from: 同比, 比上年, 较去年同期, 比2010年, 比前一年, 比“十一五”末
_CHANGE_BASE = (r"(?:同比|环比|(?:比|较|与)(?:上年度?|去年|前一年|往年|上月|上季度|上半年|(?:19|20)\d\d年"
                r"|“[^”，,。；;]{2,6}”|[一二三四五六七八九十]{2,3}五)(?:同期|底|末)?(?:相比)?)")
_CHANGE_WORD = (r"(?:增长|下降|提升|提高|回落|减少|增加|上升|降低|增幅|增速|降幅|下滑|回升|增|降|减)"
                r"(?:幅度)?")
_BASED_CHANGE_WORD = r"(?:增收|减收|增产|减产|多|少)"      # only after a base: 比上年增收, 比前一年多
_CHANGE_SCOPE = r"(?:(?:高于|低于|快于|慢于)(?:全国|全省|全市|全州|全县|全区)(?:平均水平?)?)"
_CHANGE_ONLY = re.compile(rf"^(?:分别)?(?:{_CHANGE_BASE}?(?:分别)?(?:{_CHANGE_WORD}{_CHANGE_SCOPE}?|{_CHANGE_SCOPE})"
                          rf"|{_CHANGE_BASE}(?:分别)?{_BASED_CHANGE_WORD})(?:了|为|达|达到)?$")
_CHANGE_TAIL = re.compile(rf"(?:{_CHANGE_BASE}?(?:{_CHANGE_WORD}{_CHANGE_SCOPE}?|{_CHANGE_SCOPE})"
                          rf"|{_CHANGE_BASE}{_BASED_CHANGE_WORD})$")

_BARE_BASE = re.compile(rf"^(?!同比|环比){_CHANGE_BASE}的?$")


def is_change_only(phrase: str) -> bool:
    """Does `phrase` only say how something changed (同比增长, 比上年下降, 增速高于全市),
    without naming what changed?"""
    return bool(phrase) and _CHANGE_ONLY.match(phrase) is not None


_RANK_VERB = re.compile(r"(?:均|都|分别)?(?:位居|位列|居|排名|排在|排|列)(?P<scope>全国|全省|全市|全州|全县|全区)?")


def _rank_indicator(text: str, lo: int, qm_start: int, quantities: list[tuple[int, int]],
                    periods: list[tuple[int, int, str]], earlier: dict[int, str]) -> str:
    """A rank (…增速均居全市七县(市)第二) is the ranking of what is named before the rank
    verb, in the scope written after it: 规模工业增加值增速全市排名. With nothing named
    before the verb (…同比增长9.8%,居全省第8位) it ranks the growth of the number before."""
    if not text.startswith(("第", "首位"), qm_start):
        return ""
    verbs = list(_RANK_VERB.finditer(text, lo, qm_start))
    if not verbs:
        return ""
    verb = verbs[-1]
    scope = verb.group("scope") or ""
    listed = max((e for s, e in quantities if verb.end() <= s and e <= qm_start), default=None)
    item = _well_formed(_trim_indicator(text[listed:qm_start], periods, listed)) if listed is not None else ""
    if item and not is_light_indicator(item):
        return item + "排名"           # 位居…第3、新型城镇化质量第4: the item named before its own 第N
    prev_q = max((e for s, e in quantities if lo <= e <= verb.start()), default=None)
    named_from = prev_q if prev_q is not None else lo
    before = _well_formed(_trim_indicator(text[named_from:verb.start()], periods, named_from))
    last = max((e for e in earlier if e <= qm_start), default=None)
    base = earlier.get(last, "") if last is not None else ""
    if before and not is_light_indicator(before) and not is_change_only(before):
        return before + scope + "排名"
    if not base or is_light_indicator(base):
        return ""
    if base.endswith("排名"):
        return base                    # 分别排全省第2位、第4位: the ranking named just before
    if _CHANGE_TAIL.search(base) or is_change_only(before):
        base = _strip_light_head(_CHANGE_TAIL.sub("", base)) + (before or "增速")
    return base + scope + "排名"


_RATIO_COLONS = {":", "："}
_SECTOR_LIST = re.compile(r"三次产业|一、二、三产业|一二三产业")      # the three sectors a ratio splits
_SECTORS = "一二三"


def _ratio_part(text: str, lo: int, qm_start: int, qm_end: int, quantities: list[tuple[int, int]],
                periods: list[tuple[int, int, str]], earlier: dict[int, str]) -> str:
    """三次产业投资比重分别为1.6:45.2:53.2: each part is named by the words before the ratio,
    the j-th of 三次产业 (一、二、三产业) being 第j产业 (第一产业投资比重); the parts after the first take the
    first's name (`earlier`). "" for a number not in a ratio."""
    if text[qm_end:qm_end + 1] not in _RATIO_COLONS and text[qm_start - 1:qm_start] not in _RATIO_COLONS:
        return ""
    parts = [(qm_start, qm_end)]
    while text[parts[0][0] - 1:parts[0][0]] in _RATIO_COLONS:
        prev = [(s, e) for s, e in quantities if e == parts[0][0] - 1]
        if not prev:
            return ""
        parts.insert(0, prev[0])
    j = len(parts) - 1
    if j == 0:
        chained = _earlier_ratio_name(text, qm_start, quantities, earlier)
        if chained:
            return chained
        phrase = _trim_indicator(text[lo:qm_start], periods, lo).removesuffix("分别").removesuffix("由")
        return _SECTOR_LIST.sub("第一产业", phrase, count=1)       # 由 opens 由a:b:c调整为d:e:f
    first = earlier.get(parts[0][1], "")
    if "第一产业" in first and j < len(_SECTORS):
        return first.replace("第一产业", f"第{_SECTORS[j]}产业", 1)
    return first


def _earlier_ratio_name(text: str, qm_start: int, quantities: list[tuple[int, int]],
                        earlier: dict[int, str]) -> str:
    """三次产业比由2012年的14.6:53.1:32.3调整为2016年的13.3:47.6:39.1: the first part of a ratio
    written after another ratio of its clause (the same shares at another time) takes the name
    of the earlier ratio's first part. "" when no ratio comes before in the clause."""
    before = [(s, e) for s, e in quantities if e <= qm_start]
    if not before or any(ch in _CLAUSE_BREAKS for ch in text[before[-1][1]:qm_start]):
        return ""
    i = len(before) - 1
    if text[before[i][0] - 1:before[i][0]] not in _RATIO_COLONS:
        return ""
    while i > 0 and text[before[i][0] - 1:before[i][0]] in _RATIO_COLONS and before[i - 1][1] == before[i][0] - 1:
        i -= 1
    return earlier.get(before[i][1], "")


def _next_item(text: str, pos: int) -> bool:
    """Does a list separator follow the number at `pos` (5460亩、杂交水稻…)?"""
    return text[pos:pos + 1] in {"、", "，", ",", "；", ";"}


_PROFILE_GAP = {"", "、", "，", ","}


def _household_profile(text: str, qm_start: int, qm_end: int, prev_q: int | None,
                       earlier: dict[int, str] | None) -> str:
    """共有62个村民小组,1209户5109人: a count of 户 that names nothing is the 户数 of the place
    profiled, and a count of 人 right after a count of 户 is its 人口 (贫困户…户 -> 贫困人口).
    Called only when neither the words before nor the noun after say what was counted."""
    written = text[qm_start:qm_end]
    if written.endswith("户"):
        return "户数"
    if not written.endswith("人") or prev_q is None or not text[:prev_q].endswith("户"):
        return ""
    if text[prev_q:qm_start] not in _PROFILE_GAP:
        return ""
    households = (earlier or {}).get(prev_q, "")
    for ending in ("户数", "户"):
        if households.endswith(ending):
            return households[:-len(ending)] + "人口"
    return ""


_HAS = ("有", "共有", "现有", "拥有", "总共有", "总计有", "常住", "户籍")


def _is_population(text: str, qm_start: int, qm_end: int, phrase: str, noun: str) -> bool:
    """横排村有1200多人, 全镇共有3.2万人, 全村1568人: a count of people a place "has" (or that the
    whole place, 全村/该镇, counts), first figure of its sentence, named by light words only (not
    其中) and by no noun after it, is the place's population."""
    written = text[qm_start:qm_end]
    if not written.endswith("人") or noun or "其中" in phrase:
        return False
    before = re.sub(r"(?:超过|近|约|逾|达)$", "", text[max(0, qm_start - 5):qm_start])
    return is_light_indicator(phrase) and (phrase.endswith(_HAS) or before.endswith(_HAS)
                                           or _WHOLE_REFERENT_BEFORE.search(before) is not None)


# The place or body itself, written bare or as a whole (公司, 社区, 全村, 该镇): the subject of the
# figure after it, never what the figure counts (目前公司933人在岗, 社区311户居民, 全村1568人)
_REFERENT_UNITS = "|".join(sorted(_WHOLE_UNITS | {"公司"}, key=len, reverse=True))
_REFERENT = re.compile(rf"^(?:全|该|本|我|整个)?(?:{_REFERENT_UNITS})$")
_WHOLE_REFERENT_BEFORE = re.compile(rf"(?:全|该|本|整个)(?:{_REFERENT_UNITS})$")


def _one_character_count(noun: str, written: str) -> bool:
    """辖22个村, 7个组, 3个县: a count of things named by a one-character noun of a place or unit
    (村 镇 乡 组 站 县 …) counts that noun, though one character says nothing elsewhere."""
    return noun in _ONE_CHARACTER_NOUNS and _count_base(written) in _COUNT_BASES


def _one_character_act(phrase: str, noun: str) -> str:
    """A one-character verb closing the words before a number and a one-character noun after it
    (他养了80多只羊, 老李种了20亩菜): neither says what was counted alone, the act on the noun does
    (养羊, 种菜); "" otherwise (有100只羊: a light verb; 新建3座桥: a verb of its own)."""
    if len(noun) != 1 or not phrase:
        return ""
    verb, tag = _last_word(phrase)
    if len(verb) != 1 or tag != "v" or verb in load_lines("metric_indicator_verbs.txt"):
        return ""
    return verb + noun if word_tags().get(noun, "").startswith("n") else ""


def _respective_item(text: str, lo: int, hi: int, qm_start: int, quantities: list[tuple[int, int]],
                     periods: list[tuple[int, int, str]]) -> str:
    """A、B投资完成率分别为29.7%和32.9%: the j-th number of a 分别 group is the j-th item of
    the 、-list before 分别; items before the last take the last item's head noun when they
    share its ending (政府投资项目 + 投资完成率), one-character items all of the last item but
    its first character (城、乡居民人均可支配收入: 城 + 居民人均可支配收入). "" when the clause is
    not such a list."""
    at = text.find("分别", lo, qm_start)
    if at < 0 or any(lo <= s < at for s, e in quantities):
        return ""
    group = [s for s, e in quantities if at < s < hi]
    head = _trim_indicator(text[lo:at], periods, lo)
    items = [i for i in head.split("、") if i]
    if len(group) < 2 or len(items) != len(group) or qm_start not in group:
        return ""
    last, key = items[-1], items[0][-2:]
    cut = last.rfind(key)
    tail = last[cut + len(key):] if 0 <= cut and len(key) == 2 else ""
    if all(len(i) == 1 for i in items[:-1]):
        tail = last[1:]                     # 城、乡居民人均可支配收入: one-character items share the rest
    j = group.index(qm_start)
    item = items[j] if j == len(items) - 1 else items[j] + tail
    verb = _trim_indicator(text[at + 2:group[0]], periods, at + 2)
    return item + (verb if verb and not is_light_indicator(verb) else "")


_LIST_JOINERS = frozenset("、和及与")


_LISTED_SUBJECTS = ("place", "org")   # what a 分别 list of subjects lists: places, organisations


def _respective_subject(text: str, lo: int, hi: int, qm_start: int, spans: list[tuple[int, int]],
                        index: _AnchorIndex) -> _Anchor | None:
    """娄底、邵阳、永州完成投资情况较好,分别为79.49%、75.34%、75.30%: the j-th number of a
    分别 group is the j-th subject of the list of places or organisations (joined by 、/和/及/与;
    国能岳阳电厂、雪花啤酒…分别增长256.15%和34.62%) written before 分别 in its sentence, with no
    other figure between the list and 分别; None unless the list and the group have the same
    length (two or more), when the list is an object (与A、B分别…) or when another list stands
    between it and 分别 (A、B两市投资和消费分别增长…)."""
    at = text.rfind("分别", lo, qm_start)
    if at < 0:
        return None
    group = [s for s, _ in spans if at < s < _clause_end(text, at + 2, hi)]
    if len(group) < 2 or qm_start not in group:
        return None
    runs: list[list[_Anchor]] = []
    for a in index.within(lo, at):
        if runs and a.kind in _LISTED_SUBJECTS and runs[-1][-1].kind in _LISTED_SUBJECTS \
                and text[runs[-1][-1].end:a.start] in _LIST_JOINERS:
            runs[-1].append(a)
        else:
            runs.append([a])
    run = runs[-1] if runs else []
    if len(run) != len(group) or any(run[-1].end <= s < at for s, _ in spans) or run[0].kind not in _LISTED_SUBJECTS:
        return None
    if _is_object(text, run[0], lo, index):            # 与雨花区、浏阳市分别实现39个、66个: partners
        return None
    if any(ch in _LIST_JOINERS for ch in text[run[-1].end:at]):
        return None         # 娄底、邵阳两市…投资和消费分别增长5%、6%: 分别 distributes another list
    return run[group.index(qm_start)]


def _carried_respective_subject(text: str, lo: int, hi: int, qm_start: int, spans: list[tuple[int, int]],
                                index: _AnchorIndex) -> _Anchor | None:
    """岳阳楼区和经开区的财政收入…分别为9.70亿和8.0亿,增长为17.1%和21.0%: a clause right after a
    分别 group whose figures, as many as the group's and joined by 和/、/及, open no list of
    their own, distributes over the same places (the j-th figure, the j-th place)."""
    c_lo, c_hi = _clause_start(text, qm_start, lo), _clause_end(text, qm_start, hi)
    group = [s for s, _ in spans if c_lo <= s < c_hi]
    if len(group) < 2 or "分别" in text[c_lo:qm_start] or c_lo - 1 <= lo:
        return None
    prev_lo = _clause_start(text, c_lo - 1, lo)
    previous = [s for s, _ in spans if prev_lo <= s < c_lo - 1]
    if len(previous) != len(group) or "分别" not in text[prev_lo:previous[0]] \
            or index.within(c_lo, group[0]):
        return None
    return _respective_subject(text, lo, hi, previous[group.index(qm_start)], spans, index)


def _list_said_end(text: str, item: _Anchor, lo: int, qm_start: int, index: _AnchorIndex) -> int:
    """Where the indicator of a figure of list item `item` (`_respective_subject`) starts: after
    分别 when the list runs right up to it (双峰县、新化县分别完成投资12亿元、15亿元: 完成投资,
    not 新化县分别完成投资), else right after the list and its 的, whose items share the words
    before 分别 (国能岳阳电厂、雪花啤酒入库税款同比分别增长…: 入库税款同比…, for the first company too)."""
    at = text.rfind("分别", lo, qm_start)
    pos = item.end
    for anchor in index.within(item.end, at):
        if anchor.kind not in _LISTED_SUBJECTS or text[pos:anchor.start] not in _LIST_JOINERS:
            break
        pos = anchor.end
    if pos < at and text[pos] == "的":
        pos += 1              # 岳阳楼区和经开区的财政收入…分别为: 财政收入
    return at + 2 if pos == at else pos


def _strip_light_head(phrase: str) -> str:
    """完成固定资产投资 -> 固定资产投资: leading light verbs and adverbs dropped (a change
    is of the quantity, not of the act), keeping at least two characters."""
    words, lengths = load_lines("metric_indicator_verbs.txt"), _light_word_lengths()
    while True:       # the longest light word that leaves two characters, again and again
        size = next((n for n in lengths if len(phrase) - n >= 2 and phrase[:n] in words), None)
        if size is None:
            return phrase
        phrase = phrase[size:]


def _change_indicator(phrase: str, text: str, clause_lo: int, qm_start: int,
                      quantities: list[tuple[int, int]], earlier: dict[int, str] | None) -> str:
    """规模工业总产值43.62亿元,同比增长12.6% -> 规模工业总产值同比增长: the change of the
    number written right before in the sentence. For a 分别 clause with k numbers (分别同比提升
    7.9个百分点和4个百分点) the j-th takes the j-th of the k numbers before the clause."""
    bare = _BARE_BASE.match(phrase) is not None     # 较2010年的|103.4亿元: the figure compared with
    if not earlier or not (bare or is_change_only(phrase)):
        return ""
    before = sorted(e for e in earlier if e <= qm_start)
    if not before:
        return ""
    own = [s for s, e in quantities if clause_lo <= s <= qm_start]
    mine = [s for s, e in quantities if s >= clause_lo and text[clause_lo:s].find("分别") >= 0
            and _clause_end(text, s, len(text)) == _clause_end(text, qm_start, len(text))]
    base_end = before[-1]
    prior = [e for e in before if e <= clause_lo]
    nth = len(prior) - len(mine) + len(own) - 1   # own can count numbers of another clause: out of range
    if "分别" in text[clause_lo:qm_start] and len(mine) > 1 and len(prior) >= len(mine) and nth < len(prior):
        base_end = prior[nth]
    base = _strip_light_head(_CHANGE_TAIL.sub("", earlier.get(base_end, "").removesuffix("目标")))
    if not base or is_light_indicator(base) or is_change_only(base):
        return ""
    if bare:
        return base
    return base + re.sub(r"[“”\"]", "", phrase.removeprefix("分别")).rstrip("了为达到")


def _measure_indicator(doc: Document, qm: QuantityMatch, clause_lo: int, quantities: list[tuple[int, int]],
                       periods: list[tuple[int, int, str]], index: _AnchorIndex) -> str:
    """The indicator of a project's size (总投资5亿元的X项目 -> 总投资; 建成200亩X基地 -> 面积):
    the words before the number back to the clause start, list item, number or name before
    (150亩X园及200亩Y基地), else the dimension of the unit."""
    lo = max([clause_lo, _segment_start(doc.text, qm.start, clause_lo)]
             + [e for s, e in quantities if e <= qm.start]
             + [a.end for a in index.within(clause_lo, qm.start)])
    phrase = _trim_indicator(doc.text[lo:qm.start], periods, lo)
    dimension = _DIMENSIONS.get(qm.quantity.base_unit or "")
    if phrase and not is_light_indicator(phrase) and not (dimension and _only_acts(phrase)):
        return _shorten(phrase)
    return dimension or phrase


# 村里开发出80亩油茶基地: words ending in a verb of making say what was done, not what is measured
_MAKING_VERB_END = re.compile(r"(?:开发|建设|打造|发展|种植|栽种|栽植|新种|扩建|改造|流转|整合)(?:出|了|起)?$")


def _only_acts(phrase: str) -> bool:
    """Does `phrase` before a measured project end in a verb of making (村里开发出, 种植了) and
    name no measure of its own (规模, 面积 …)?"""
    return _MAKING_VERB_END.search(phrase) is not None and not any(w in phrase for w in _SIZE_WORDS)


_LIST_VERB = 4          # characters of the verb before a list of quoted names (却拥有)
_QUOTED_NAMES = re.compile(r"(?:[“「『《][^”」』》]{1,30}[”」』》][、，,和及与]?){2,}\s*$")


def _lists_names(raw: str) -> bool:
    """拥有“全国工业固废综合利用基地”“省级循环经济产业园”“省级化工园区”3块金字招牌: two or
    more quoted names right before the number are the items counted; the noun after names them."""
    m = _QUOTED_NAMES.search(raw)
    return m is not None and len(raw[:m.start()].strip(" ，,")) <= _LIST_VERB


# 30家为规上企业, 36个为开工项目, 5家是上市公司: a count said to be of a class, closing its clause
_CLASSED_AS = re.compile(r"(?:为|是)(?P<cls>[\u4e00-\u9fff]{2,12})(?=[，,。；;、]|$)")
_NO_CLASS = re.compile(r"提供|服务|办理|解决|捐")     # 其中30人为群众义诊/提供服务: 为 "for", not a class


def _classed_count(text: str, qm_end: int, hi: int, written: str, phrase: str) -> str:
    """A count written right before 为/是 and a noun phrase closing the clause (其中30家为规上企业,
    物流园、大桥建设等36个为开工项目, 有48个为产业项目) counts the members of that class: 规上企业数;
    "" unless the words before only frame the count (light: 其中, 有; examples closed by 等;
    a frame closed by 中), or when the words after are no noun phrase."""
    if _count_base(written) not in _COUNT_BASES:
        return ""
    if not (is_light_indicator(phrase) or _lists_examples(phrase) or phrase.endswith("中")):
        return ""
    m = _CLASSED_AS.match(text, qm_end, hi)
    if m is None or _NO_CLASS.search(m.group("cls")) or _ill_formed(m.group("cls")):
        return ""
    return _shorten(_amount_of(m.group("cls"), written))


def _lists_examples(phrase: str) -> bool:
    """双牌、欧阳海、酒埠江等(6座大型水库) / 五阳塑胶制品生产线等(6个项目竣工): examples closed by 等
    (one or a list) name what the number counts only by example; a noun after the number says
    better what was counted (清查娱乐场所、网吧等547家, with no noun after, keeps the list)."""
    return len(phrase) > 1 and phrase.endswith("等")


# 青石、白沙两座水库 / 金江、银山、铜岭3条在建高速公路: a 、 list of short names right before a count
# of as many items names the items counted, one by one; the noun after the count says what they are
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{1,8}")
_WRITTEN_COUNT = re.compile(r"\d+|[一二两三四五六七八九十]{1,3}")


def _lists_counted_items(phrase: str, written: str) -> bool:
    """Is `phrase` a 、 list of two or more short names, as many as the count `written` after it
    says (两座, 4条)?"""
    items = phrase.split("、")
    m = _WRITTEN_COUNT.match(written)
    if len(items) < 2 or m is None or not all(_LIST_ITEM.fullmatch(i) for i in items):
        return False
    return _cn_int(m.group(0)) == len(items)


_UNDER_WAY = ("在建", "新建", "续建")      # 3条在建高速公路: a state of the things counted, part of their noun


def _listed_kind(text: str, qm_end: int, hi: int) -> str:
    """The noun phrase right after a count of listed items (两座|水库, 3条|在建高速公路项目), "" when
    there is none of two characters or more."""
    state = next((w for w in _UNDER_WAY if text.startswith(w, qm_end)), "")
    head = _noun_head(text, qm_end + len(state), hi)
    return state + head if len(head) >= 2 else ""


_RATE_AFTER = re.compile(r"每(?:人|户|亩|年|月|天|日|斤|公斤|吨)[、，,]?")


# 15项中有9项, 100户中的20户: a count followed by 中 is the set the next count is drawn from
_AMONG_AFTER = re.compile(r"中(?:有|的|[，,]|$)|之中|当中")


_ITEM_BREAKS = ("、",)          # a count closing its list item: the words after name the next item


def _noun_after(doc: Document, qm_end: int, clause_hi: int, quantities: list[tuple[int, int]],
                periods: list[tuple[int, int, str]]) -> str:
    """The words after a number up to the next number or verb, without quotes or 《titles》
    closing them (6个省重点项目完成投资 -> 省重点项目; 25家政府组成部门及园区管委会
    “一对一”“点对点”向企业推送《…》 -> 政府组成部门及园区管委会)."""
    nxt_q = min((s for s, e in quantities if s >= qm_end), default=clause_hi)
    after = doc.text[qm_end:min(clause_hi, nxt_q)]
    rate = _RATE_AFTER.match(after)
    if rate is not None:
        after = after[rate.end():]         # 703元每月、515元每月: 每月 is the amount's rate, not a noun
    if _AMONG_AFTER.match(after):
        return ""                          # 省实事11件15项中有9项…: "among them", no noun
    if after[:1] in _ITEM_BREAKS:
        return ""                          # 农机合作社5个、农机大户10个: the next item's name, not this count's noun
    cut = _VERB_AFTER_NOUN.search(after)
    if cut is not None:
        after = after[:cut.start()]
    opened = after.rfind("“")
    if opened > 0 and "”" not in after[opened:]:
        after = after[:opened]             # 村“各自为政”: the verb cut a quote open
    while (tail := _QUOTED_TAIL.search(after)) is not None and tail.start() > 0:
        after = after[:tail.start()]       # “一对一”“点对点” closing the noun: manner, not the noun
    return _trim_indicator(after, periods, qm_end)


def _clause_before(doc: Document, clause_lo: int, sentence_lo: int, quantities: list[tuple[int, int]],
                   periods: list[tuple[int, int, str]]) -> str:
    """The clause before the one starting at `clause_lo`, up to its first number, trimmed."""
    end = clause_lo - 1
    start = _clause_start(doc.text, end, sentence_lo)
    first_q = min((s for s, e in quantities if start <= s < end), default=end)
    return _trim_indicator(doc.text[start:first_q], periods, start)


_VERB_AFTER_NOUN = re.compile(r"完成|实现|达到|占|共|累计|已|为|获|被|在|于|和|与|分别|参与|开展|进行"
                              r"|安排|真正|做到|结成|纳入|参加|签约|落户|开工|竣工|投产|将|正在|正"
                              r"|推送|发放|合并|(?<![方导意走定志倾动去取纵横单双面转])向")
_QUOTED_TAIL = re.compile(r"(?:“[^”]{1,12}”|「[^」]{1,12}」|《[^》]{1,30}》)\s*$")
_MAX_INDICATOR = 24


def _shorten(phrase: str) -> str:
    """Long indicators (a whole clause before the number) keep their last words, from the
    last bracket or quote opening on when there is one."""
    if len(phrase) <= _MAX_INDICATOR:
        return phrase
    tail = phrase[-_MAX_INDICATOR:]
    for opener in "（(":
        i = phrase.rfind(opener)
        if i >= 0 and len(phrase) - i - 1 <= _MAX_INDICATOR:
            return phrase[i + 1:].lstrip("即")
    return tail


# ---------------------------------------------------------------- the extractor

_FROM_VALUE_BEFORE = re.compile(r"[由从](?:原来的?|原先的?|原|过去的?)?$")
_FROM_VALUE_AFTER = re.compile(r"^(?:缩短|下降|减少|降低|降|压缩|减|提高|提升|增加|增长|上升|扩大|增)(?:了)?[至到为]")
_LONE_CN = {"百", "千", "万"}


def _is_old_value(text: str, qm: QuantityMatch) -> bool:
    """由1个工作日缩短至0.5个工作日: the first number is the old value, not the fact."""
    return bool(_FROM_VALUE_BEFORE.search(text[max(0, qm.start - 5):qm.start])
                and _FROM_VALUE_AFTER.match(text[qm.end:qm.end + 6]))


_AGO_UNITS = ("年", "个月", "天")


def _is_compared_time(text: str, qm: QuantityMatch) -> bool:
    """村民人均收入比5年前翻了两番: "N years ago" after 比/较 is the time a change is measured
    from, not a fact (6000多年前 alone, a time span, stays)."""
    return text[qm.start - 1:qm.start] in {"比", "较"} and text[qm.end:qm.end + 1] == "前" \
        and qm.quantity.as_written.endswith(_AGO_UNITS)


def _is_plain_chinese_count(text: str, qm: QuantityMatch) -> bool:
    """四个工作组, 两个楼盘, 千名员工: small Chinese-numeral counts are wording, rarely facts
    (ranks, percentages, numerals with 万/亿, money ranges 六七千元, 连续两年 streaks and the N大 of a class of
    industries, 四大支柱产业, are kept)."""
    q = qm.quantity
    written = q.as_written
    if q.rank or q.base_unit == "percent" or not written or written[0].isdigit():
        return False
    if q.unit == "年" and text[max(0, qm.start - 2):qm.start] == "连续":
        return False
    numeral = re.match(r"[零〇○一二两三四五六七八九十百千]+", written)
    if numeral is None or closing_count(text, qm.start, qm.end):
        return False          # 列入省级考核重点项目一个,: a count after its noun is a fact
    rest = written[numeral.end():]
    if rest[:1] in {"余", "多"} and rest[1:2] in {"万", "亿"}:
        rest = rest[1:]       # 一年收入十多万元: an amount with its magnitude, as 十万元 is
    if q.base_unit == "CNY" and q.high is not None:
        return False          # 一亩丰产茶园有六七千元收入: an approximate amount of money, a fact
    if rest == "大" and _COUNTED_INDUSTRIES.match(text, qm.end):
        return False          # 四大支柱产业, 五大传统特色产业: a count of a place's industries
    if rest[:1] in {"万", "亿"} and numeral.group(0) not in _LONE_CN:
        return False
    if rest[:1] in {"万", "亿"} and _is_round_amount(text, qm):
        return False          # 税收过千万元, 收入破百万元: an amount, not wording
    if numeral.group(0) in _CN_SMALL and rest in _CONCRETE_CLASSIFIERS:
        return False          # 古宅、源口两座水库, 两名副检察长, 租用小区的两间铺面: objects counted
    return True


_CN_SMALL = {"两", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
_CONCRETE_CLASSIFIERS = {"座", "间", "桌", "名"}


# 四大支柱产业, 粮油、香菇…五大传统特色产业: N大 before a class of industries (not a name in quotes)
_COUNTED_INDUSTRIES = re.compile(r"[\u4e00-\u9fff]{0,6}产业(?![\u4e00-\u9fff]{0,4}[”」』》])")
_MAGNITUDE_CUE = re.compile(r"(?:[破超近逾过达]|突破)$")
_CLASS_AFTER = re.compile(r"[\u4e00-\u9fff]")


def _is_round_amount(text: str, qm: QuantityMatch) -> bool:
    """过千万元 / 破百万元 at the end of a clause or list item is an amount reached; followed by
    a noun or 的 (税收过千万元企业, 年产值超百亿元的企业) it names a class of things."""
    return (_MAGNITUDE_CUE.search(text[max(0, qm.start - 2):qm.start]) is not None
            and not _CLASS_AFTER.match(text, qm.end))


def _is_passed_mark(text: str, qm: QuantityMatch, before: list[QuantityMatch]) -> bool:
    """35个村(社区)更是突破百万元大关: a round mark (大关) passed by a set counted earlier in
    the clause is the class the count is of, not a second fact."""
    if not text.startswith("大关", qm.end):
        return False
    lo = _clause_start(text, qm.start, 0)
    return any(lo <= b.start and b.end <= qm.start for b in before)


def _sentence_quantities(doc: Document, sent: Sentence, index: _AnchorIndex,
                         periods: list[tuple[int, int, str]]) -> list[QuantityMatch]:
    """Quantities of one sentence (absolute offsets) that can be metrics."""
    base = sent.span.start
    text = doc.slice(sent.span)
    quotes = _quoted_spans(text, base)
    out: list[QuantityMatch] = []
    found = find_quantities(text)
    for qm in found:
        s, e = base + qm.start, base + qm.end
        if any(ps < e and s < pe for ps, pe, _ in periods):
            continue
        if any(qs <= s and e <= qe for qs, qe in quotes):
            continue
        if _inside_name(s, e, index) or _is_threshold(text, qm) or _is_bracket(text, qm) or _is_old_value(text, qm) \
                or _is_compared_time(text, qm):
            continue
        if _is_plain_chinese_count(text, qm) or text[qm.end:qm.end + 1] == "一":   # 3天一督: a frequency
            continue
        if _inside_definition(text, qm) or _is_response_time(text, qm) or _is_reference_set(text, qm) \
                or _is_reach_circle(text, qm):
            continue
        if _is_passed_mark(text, qm, [b for b in found if b.end <= qm.start]):
            continue
        out.append(QuantityMatch(s, e, _people_if_said(text, qm, _money_if_said(text, qm))))
    return out


_DEFINITION_OPENERS = ("(即", "（即")
_DURATION_BASES = {"day", "hour", "minute"}


def _inside_definition(text: str, qm: QuantityMatch) -> bool:
    """“7531”工作机制(即7天滚动预测、5天研判预警 …): numbers spelling out what a name means
    are a definition, not facts."""
    opener = max(text.rfind(o, 0, qm.start) for o in _DEFINITION_OPENERS)
    if opener < 0:
        return False
    closer = min((i for i in (text.find(")", opener), text.find("）", opener)) if i >= 0), default=len(text))
    return qm.end <= closer


_REFERENCE_SET = re.compile(r"[\u4e00-\u9fff]{0,12}中(?:[，,：:]|排名|排在|排第|位居|居)")


def _is_reference_set(text: str, qm: QuantityMatch) -> bool:
    """前三季度16项主要经济指标中，…有12项 / 在14个市州中排名第3: the set a count or a rank
    is taken from, not a fact."""
    return not qm.quantity.rank and _REFERENCE_SET.match(text, qm.end) is not None


def _is_response_time(text: str, qm: QuantityMatch) -> bool:
    """10分钟能到、20分钟能控: a response-time standard, not a measured fact."""
    return qm.quantity.base_unit in _DURATION_BASES and text.startswith("能", qm.end)


_CIRCLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?圈")


def _is_reach_circle(text: str, qm: QuantityMatch) -> bool:
    """城市15分钟养老服务圈, 1小时经济圈: a duration naming an "N-minute circle" (how far a service
    or market reaches) is part of the programme's name, not a measured fact."""
    return qm.quantity.base_unit in _DURATION_BASES and _CIRCLE_AFTER.match(text, qm.end) is not None


_PEOPLE_NOUNS = ("群众", "居民", "市民", "村民", "农民", "党员", "干部", "职工", "学生", "游客")
# 67.35万农村建档立卡贫困人口, 26.56万贫困劳动力, 2.1万无劳动能力对象, 8.17万“…”的贫困群众: a short
# noun phrase (its modifiers, a quoted label, 的) headed by a word for people
_PEOPLE_HEADS = _PEOPLE_NOUNS + ("劳动力", "贫困人口", "对象", "人员", "老人", "儿童", "患者", "农民工")
_PEOPLE_PHRASE = re.compile(r"[\u4e00-\u9fff“”\"]{0,16}?(?:" + "|".join(_PEOPLE_HEADS) + ")")
_NOT_PEOPLE_MODIFIER = re.compile(r"[元亩吨斤资金款项]")


def _people_if_said(text: str, qm: QuantityMatch, q: Quantity) -> Quantity:
    """A bare 万 count of people (覆盖全县34万群众, 47.14万贫困群众, 26.56万贫困劳动力) is in 万人:
    the head noun of the phrase after the figure says what is counted (28万人口 stays 28 万 of 人口:
    the population is what is measured, as met4's gold has it; 300万补贴资金…群众 is money)."""
    if q.unit != "万":
        return q
    m = _PEOPLE_PHRASE.match(text, qm.end)
    if m is None or _NOT_PEOPLE_MODIFIER.search(m.group()):
        return q
    return replace(q, unit="万人", normalised=q.value * 1e4, base_unit="person")


def _money_if_said(text: str, qm: QuantityMatch) -> Quantity:
    """A bare 万/亿 amount in a clause about money (合同金额约520万) is 万元/亿元."""
    q = qm.quantity
    if q.unit not in {"万", "亿"}:
        return q
    lo = _clause_start(text, qm.start, 0)
    context = text[lo:qm.start] + text[qm.end:qm.end + 4]
    if not any(word in context for word in load_lines("metric_money_words.txt")):
        return q
    factor = 1e4 if q.unit == "万" else 1e8
    return replace(q, unit=q.unit + "元", normalised=q.value * factor, base_unit="CNY")


# 总量和增速在四县(市、区)中排名, 地方一般公共预算收入、规模工业增加值增速全市排名: items joined
# by 和/、 before the scope of a rank
_RANK_HEAD = re.compile(r"^(?P<items>[^\d在]+?)(?P<rest>(?:在|全国|全省|全市|全州|全县|全区|排名).*)$")
_RANK_ITEMS = re.compile(r"和|、|及|与")
_RANK_TAILS = ("增速", "增幅", "总量")


_QUOTED = re.compile(r"[“\"]([^”\"\n]{2,20})[”\"]")
_RANK_REACH = 60           # characters before a rank looked at for the quoted name of its item


def _quoted_list_item(text: str, metric: MetricMention, items: str) -> bool:
    """安全生产“强执法、防事故”综合考核排全市第一: is a quoted name written before the rank,
    with 、/和 inside it, part of what is ranked? A slogan's parts are one item, not a list."""
    before = text[max(0, metric.span.start - _RANK_REACH):metric.span.start]
    return any(_RANK_ITEMS.search(q.group(1)) and q.group(1) in items for q in _QUOTED.finditer(before))


def _coordinated_ranks(metric: MetricMention, text: str) -> list[MetricMention]:
    """总量和增速在四县(市、区)中排名第一 / 地方一般公共预算收入、规模工业增加值增速均居全市
    七县(市)第二: one rank written for items joined by 和/、 ranks each item (the last item's
    增速/增幅 is the earlier items' too). The metric alone when its indicator names one item
    or was not read from a rank verb (…考核均为全省第一 stays one fact)."""
    m = _RANK_HEAD.match(metric.indicator or "")
    if m is None or not metric.indicator.endswith("排名"):          # a rank verb's (排名/居/位列) only
        return [metric]
    if _quoted_list_item(text, metric, m.group("items")):
        return [metric]
    items = _RANK_ITEMS.split(m.group("items"))
    if not 2 <= len(items) <= 4 or any(not 2 <= len(i) <= 14 for i in items):
        return [metric]
    tail = next((t for t in _RANK_TAILS if items[-1].endswith(t)), "")
    named = [i if i.endswith(_RANK_TAILS) else i + tail for i in items[:-1]] + [items[-1]]
    return [replace(metric, indicator=i + m.group("rest")) for i in named]


def extract_metrics(doc: Document, places: list[PlaceMention], orgs: list[OrgMention],
                    programs: list[ProgramMention], gaz: Gazetteer,
                    article_place: dict[int, str],
                    persons: list[PersonMention] | None = None,
                    officials: list[OfficialMention] | None = None) -> list[MetricMention]:
    """All metrics of a document, each anchored to a subject (see the module docstring);
    `persons` (citizens named without a post) can be subjects too (他种植烟叶150亩); the names
    of `officials` only of a party standing (有着20年党龄, `_party_member`)."""
    datelines = _datelines(doc)
    kept = [a for a in _anchors(places, orgs, programs, gaz, persons, doc.text) if not _in_spans(a.start, datelines)]
    index = _AnchorIndex(kept, doc.text, _nested_referents(places, programs, kept, gaz))
    index.officials = sorted((_Anchor(o.name_span.start, o.name_span.end, "person", o.person, o.place_key or "")
                              for o in officials or ()), key=lambda a: a.start)
    index.official_names = sorted({(a.start, a.end, a.label, a.key): a for a in
                                   index.officials + _later_mentions(((a.label, a.end, a.key) for a in index.officials), doc.text)}.values(),
                                  key=lambda a: a.start)
    index.official_starts = [a.start for a in index.official_names]
    index.set_quoted(_quoted_spans(doc.text, 0))
    anaphors = _AnaphorIndex(_find_anaphors(doc.text))
    article_place = _beyond_venues(doc, article_place, index, gaz)
    article_place = _provincial_reports(doc, article_place, gaz)
    former = _former_names(places, gaz)
    metrics: list[MetricMention] = []
    last_period: dict[int, str] = {}          # paragraph -> last period seen
    rank_unit: dict[int, str] = {}            # paragraph -> unit of the last rank written with one
    for sent in doc.sentences:
        if sent.kind not in _METRIC_SENTENCE_KINDS:
            continue
        lo = sent.span.start
        periods = [(lo + s, lo + e, p) for s, e, p in find_periods(doc.slice(sent.span))
                   if not _in_spans(lo + s, datelines)]
        quantities = [_rank_in_house_unit(qm, rank_unit, sent.paragraph)
                      for qm in _sentence_quantities(doc, sent, index, periods)]
        spans = [(q.start, q.end) for q in quantities]
        earlier: dict[int, str] = {}          # end of each quantity of the sentence -> its indicator
        for qm in quantities:
            metric = _metric(doc, sent, qm, index, anaphors, periods, spans,
                             article_place, gaz, last_period.get(sent.paragraph, ""), earlier,
                             _dateline_end_before(qm.start, datelines), former)
            earlier[qm.end] = metric.indicator
            found = _coordinated_ranks(metric, doc.text) if qm.quantity.rank else _range_ends(metric, qm.quantity)
            metrics.extend(shared for m in found for shared in _shared_figure(m, doc.text, lo, index))
        _name_shares(metrics, lo)
        dated = _figure_periods(doc.text, periods)
        if dated:
            last_period[sent.paragraph] = dated[-1][2]
    return _drop_repeats(doc, _lead_periods(doc, _drop_restated_headings(doc, metrics)))


# 张家界市、怀化市、郴州市开工率均达100%: one figure that 均/都 says of each item of a list of places
# or bodies opening the clause (the items joined by 、/和/及/与, nothing but the indicator between the
# list and 均) is each item's figure
_SHARED_BY_ALL = re.compile(r"(?:均|都)[\u4e00-\u9fff]{0,3}$")


def _shared_figure(metric: MetricMention, text: str, lo: int, index: _AnchorIndex) -> list[MetricMention]:
    """The metric once per listed subject when its figure is said of all of them with 均/都
    (A市、B市、C市开工率均达100%: three facts, one per city, as annotators record one per
    place); the metric alone otherwise: its subject not an item of such a list, the list an
    object (与A、B均…), another list or figure between the list and 均, or 分别 in the clause."""
    c_lo = _clause_start(text, metric.span.start, lo)
    shared = _SHARED_BY_ALL.search(text, c_lo, metric.span.start)
    if shared is None or metric.subject_kind not in _LISTED_SUBJECTS or "分别" in text[c_lo:metric.span.start]:
        return [metric]
    run: list[_Anchor] = []
    for a in index.within(c_lo, shared.start()):
        if run and a.kind in _LISTED_SUBJECTS and text[run[-1].end:a.start] in _LIST_JOINERS:
            run.append(a)
        elif not run and a.kind in _LISTED_SUBJECTS and not text[c_lo:a.start].strip():
            run = [a]
        else:
            break
    between = text[run[-1].end:shared.start()] if run else ""
    if len(run) < 2 or _DIGITS.search(between) or any(ch in _LIST_JOINERS for ch in between) \
            or _is_object(text, run[0], lo, index) or metric.subject_key not in {a.key for a in run}:
        return [metric]
    return [replace(metric, subject=a.label, subject_kind=a.kind, subject_key=a.key) for a in run]


def _range_ends(metric: MetricMention, q: Quantity) -> list[MetricMention]:
    """每人年增收可达2万至3万元, 达到2~3个, 六七千元: a range is two facts, its low end and its high
    end, with the same subject, indicator and period (as annotators record a range)."""
    if q.high is None or q.high == q.value:
        return [metric]
    factor = metric.normalised_value / metric.value if metric.normalised_value is not None and metric.value else None
    high = replace(metric, value=q.high, normalised_value=q.high * factor if factor is not None else None)
    return [metric, high]


# 占GDP的57.3%, 分别占52.1%和47.9%: a share whose indicator only names the whole it is part of
_SHARE_INDICATOR = re.compile(r"^(?P<each>分别)?(?P<share>占.*)$")
_RATE_UNITS = ("%", "‰", "个百分点")


def _name_shares(metrics: list[MetricMention], sentence_lo: int) -> None:
    """非公有制经济增加值866.95亿元、增长8.4%,占GDP的57.3% / 男性259.44万人,女性238.52万人,分别占
    52.1%和47.9%: a percentage written as 占X names the part by the figure before it in the
    sentence (the last amount, rates between them skipped; with 分别, the k amounts before a run
    of k shares, in order): its indicator becomes 非公有制经济增加值占GDP, 男性占 …"""
    first = next((i for i, m in enumerate(metrics) if m.span.start >= sentence_lo), len(metrics))
    i = first
    while i < len(metrics):
        m = metrics[i]
        share = _SHARE_INDICATOR.match(m.indicator or "")
        if share is None or m.unit != "%":
            i += 1
            continue
        run = i
        while run + 1 < len(metrics) and metrics[run + 1].indicator == m.indicator and metrics[run + 1].unit == "%":
            run += 1
        size = run - i + 1 if share.group("each") else 1
        bases = [j for j in range(first, i) if metrics[j].unit not in _RATE_UNITS]
        if len(bases) >= size and (share.group("each") or run == i):
            for j, t in zip(bases[-size:], range(i, i + size)):
                if metrics[j].indicator:
                    metrics[t] = replace(metrics[t], indicator=metrics[j].indicator + share.group("share"))
        i = run + 1


# 一、农林牧渔业增加值同比增长1.9%。1-6月,全县…同比增长1.9%: a numbered section heading opening its paragraph
_SECTION_MARKER = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})、(?![一二三四五六七八九十\d]{1,3}、)"
                             r"|[（(][一二三四五六七八九十]{1,3}[)）]")


def _drop_restated_headings(doc: Document, metrics: list[MetricMention]) -> list[MetricMention]:
    """A figure of a numbered section heading (一、…同比增长1.9%。) that the section's text then
    states again (…同比增长1.9%) with the same value, unit and subject is the heading's summary
    of that fact: the text's statement is kept (with its period), the heading's dropped."""
    out = []
    for i, m in enumerate(metrics):
        sent = doc.sentence_at(m.span.start)
        if sent is None or not _SECTION_MARKER.match(doc.text, sent.span.start):
            out.append(m)
            continue
        para_end = doc.paragraphs[sent.paragraph].end if 0 <= sent.paragraph < len(doc.paragraphs) else sent.span.end
        restated = any(sent.span.end <= n.span.start < para_end and (n.value, n.unit, n.subject_key)
                       == (m.value, m.unit, m.subject_key) for n in metrics[i + 1:])
        if not restated:
            out.append(m)
    return out


# 新闻发布会在长沙召开 / 现场会在X举行: a place written only as where a meeting was held
_VENUE_AFTER = re.compile(r"[^，,。；;！？\n]{0,4}?(?:召开|举行|举办|开幕)")


def _is_venue(text: str, a: _Anchor) -> bool:
    """Is `a` the place a meeting was held at (…新闻发布会在长沙召开)?"""
    return text[a.start - 1:a.start] == "在" and _VENUE_AFTER.match(text, a.end) is not None


def _beyond_venues(doc: Document, article_place: dict[int, str], index: _AnchorIndex,
                   gaz: Gazetteer) -> dict[int, str]:
    """An article whose own place is written only as the venue of the meeting that told the
    news (“…湖南民政这五年”新闻发布会在长沙召开 … 全省累计…) speaks of that place's province,
    not of the venue: the province is the place its figures fall to when they name none."""
    out = dict(article_place)
    for article in doc.articles:
        key = out.get(article.index)
        if key is None:
            continue
        own = [a for a in index.referents if a.kind == "place" and a.key == key
               and article.span.start <= a.start < article.span.end]
        if not own or not all(_is_venue(doc.text, a) for a in own):
            continue
        province = next((e.key for e in gaz.ancestors(key) if e.level == "province"), None)
        if province is not None:
            out[article.index] = province
    return out


# 今年,全省实施省重点建设项目395个 / 今年我省重点建设项目共196个: a provincial report opens its
# clauses with 全省/我省 (after its time words) and names prefectures and counties only in its lists
# and project names (衡阳绿色盐碱产业基地、岳阳乙烯…); a report of a lower unit opens some clause
# with that unit's own word (全市, 我县, 该区 …) however often it writes 全省 of a ranking or meeting
_SCOPE_TIME_WORDS = (r"(?:(?:目前|当前|截至[^，,。；;]{0,10}|今年|去年|近年来|上半年|前三季度|全年|"
                     r"[\d一二三四五六七八九十〇零]{2,4}年(?:[\d一二三四五六七八九十]{1,2}月)?(?:以来|底|末)?|"
                     r"\d{1,2}(?:至|—|-)\d{1,2}月)(?:以来)?[，,]?)*")
_PROVINCE_OPENING = re.compile(_SCOPE_TIME_WORDS + r"(?:全省|我省)")
_LOWER_OPENING = re.compile(_SCOPE_TIME_WORDS + r"(?:全|我|本|该)[市县区州镇乡村]")
_CLAUSE_BREAK = re.compile("[\n，,；;：:。！？!?]")     # a clause opens after one of these


def _opened_scopes(text: str, lo: int, hi: int, scope: re.Pattern[str]) -> bool:
    """Does some clause of text[lo:hi] open (after its time words) with a `scope` word that is
    no yardstick of a ranking (居全省第三, 占全省)?"""
    for i in (lo, *(m.end() for m in _CLAUSE_BREAK.finditer(text, lo, hi - 1))):
        m = scope.match(text, i, hi)
        if m is not None and not _is_comparison_scope(text, m.end() - 2, m.end()):
            return True
    return False


def _provincial_reports(doc: Document, article_place: dict[int, str], gaz: Gazetteer) -> dict[int, str]:
    """An article whose place was found below the province (the first prefecture it lists) but
    that speaks only as the province (全省…/我省…, never 全市/我县/该区… opening a clause) is the
    province's: its figures that name no place fall to the province."""
    out = dict(article_place)
    for article in doc.articles:
        key = out.get(article.index)
        province = key[:2] + "0000" if key else None
        entry = gaz.entries.get(province) if province else None
        if entry is None or entry.level != "province" or key == province:
            continue
        lo, hi = article.span.start, article.span.end
        if _opened_scopes(doc.text, lo, hi, _PROVINCE_OPENING) \
                and not _opened_scopes(doc.text, lo, hi, _LOWER_OPENING):
            out[article.index] = province
    return out


def _later_period(text: str, dated: list[tuple[int, int, str]], spans: list[tuple[int, int]],
                  hi: int, carried: str) -> str:
    """The period of a figure with none before it in its sentence: one written after it
    (面积约24亩,已于8月12日恢复), unless that one leads a figure of its own clause
    (总投资21.716亿元,2025年计划投资4.2亿元: 2025年 is the plan's); else the paragraph's."""
    if not dated:
        return carried
    start, end, written = dated[0]
    clause_end = _clause_end(text, end, hi)
    return "" if any(end <= s < clause_end for s, _ in spans) else written


# 较上年同期上升5.9个百分点, 服务业较去年同期提高0.2个百分点, 与去年相比: the time a change is
# measured against, not the period of the figure
_COMPARISON_BASE = re.compile(r"(?:较|比|与|同比)(?:上年|去年|上月|上季度|上年度)(?:同期)?")


def _figure_periods(text: str, periods: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The periods of a sentence that can date its figures: not those inside a comparison base."""
    if not periods:
        return periods
    lo, hi = periods[0][0], periods[-1][1]
    bases = [(m.start(), m.end()) for m in _COMPARISON_BASE.finditer(text, max(0, lo - 3), hi)]
    return [p for p in periods if not any(a <= p[0] and p[1] <= b for a, b in bases)]


# 地区生产总值137.31亿元,同比增长8.7%;……社会消费品零售总额59.02亿元……今年1—6月,祁东经济运行…:
# a lead of bare figures closed by an ellipsis or a dash, then the period they are of
_LEAD_CLOSER = re.compile(r"(?:……|\.{3,6}|——)[，,]?")


def _lead_periods(doc: Document, metrics: list[MetricMention]) -> list[MetricMention]:
    """Figures without a period written before a closer (……/——) that a period opens right
    after take that period (a lead of figures, then 今年1—6月,祁东经济运行总体平稳)."""
    closers: list[tuple[int, int, str]] = []          # (paragraph start, closer, period)
    for para in doc.paragraphs:
        for m in _LEAD_CLOSER.finditer(doc.text, para.start, para.end):
            found = find_periods(doc.text[m.end():min(para.end, m.end() + 16)])
            if found and found[0][0] == 0:
                closers.append((para.start, m.start(), found[0][2]))
    if not closers:
        return metrics
    out = []
    for metric in metrics:
        period = next((p for lo, at, p in closers if lo <= metric.span.start < at
                       and "。" not in doc.text[metric.span.end:at]), None)      # the same run of figures
        out.append(replace(metric, period=period) if period and not metric.period else metric)
    return out


def _datelines(doc: Document) -> list[tuple[int, int]]:
    """The datelines (红网时刻衡阳7月27日讯(记者 王敏)) opening the document's paragraphs, as
    sorted (start, end) spans: report metadata, never a metric's subject, period or indicator."""
    out = []
    for para in doc.paragraphs:
        end = dateline_end(doc.text, para.start, para.end)
        if end is not None:
            out.append((para.start, end))
    return out


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Does `pos` lie in one of the sorted, disjoint `spans`?"""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _dateline_end_before(pos: int, spans: list[tuple[int, int]]) -> int:
    """The end of the dateline of `pos`'s paragraph when it lies before `pos` (else 0)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return spans[i][1] if i >= 0 and spans[i][1] <= pos else 0


def _rank_in_house_unit(qm: QuantityMatch, rank_unit: dict[int, str], paragraph: int) -> QuantityMatch:
    """A rank written without unit (居全省第3) takes the unit of the ranks written before it in
    the paragraph (居全省第8位 … 居全省第3 -> 3位), else keeps 名; a rank written with one
    sets the paragraph's unit (首位, a word for the first place, does not)."""
    q = qm.quantity
    if not q.rank or q.as_written == "首位":
        return qm
    if q.as_written.endswith(("名", "位")):
        rank_unit[paragraph] = q.as_written[-1]
        return qm
    unit = rank_unit.get(paragraph, q.unit)
    return qm if unit == q.unit else replace(qm, quantity=replace(q, unit=unit))


def _drop_repeats(doc: Document, metrics: list[MetricMention]) -> list[MetricMention]:
    """A fact repeated in a later sentence (lead paragraph and body: 5341名干部 twice) is kept
    once: same value, unit and subject, for specific numbers (not %, not small counts); a
    distinctive value (131.67亿元, 5341名) repeats one fact whatever subject was found; so does a
    rare small one (6.01亿元, 8.85%: a deck under the headline repeating the body) with the same
    subject. A count that opens its clause and repeats an earlier count of the article with
    the same noun (我们周边5个村 … 但过去5个村“各自为政” … 目前,5个村发展…) is that set again,
    not a new fact. Repeats inside one sentence are distinct facts (179个问题已解决179个)."""
    first_sentence: dict[tuple, tuple[int, MetricMention]] = {}
    counted: dict[tuple[int, str], int] = {}           # (article, 5个村) -> first sentence
    out = []
    for m in metrics:
        sent = doc.sentence_at(m.span.start)
        index = sent.index if sent is not None else -1
        counted_set = _counted_set(doc, m)
        if counted_set is not None and sent is not None:
            key_set = (sent.article, counted_set)
            if counted.get(key_set, index) != index and _opens_clause(doc.text, m.span.start, sent.span.start):
                continue
            counted.setdefault(key_set, index)
        distinctive = _is_distinctive(m)
        if _is_allocation(doc.text, m):
            out.append(m)          # 1500万元用于化解教育债务;1500万元用于改造校舍危房: two uses
            continue
        if not distinctive and (m.unit in {"%", "％"} or m.value <= 10):
            out.append(m)
            continue
        # a rare small value (6.01亿元, 8.85%) repeats one fact only with the same subject
        key = (m.value, m.unit) if distinctive and m.value > 10 and m.unit not in {"%", "％"} \
            else (m.value, m.unit, m.subject_key)
        first = first_sentence.get(key)
        if first is not None and first[0] != index and not _other_fact_of_paragraph(doc, m, first[1], sent):
            continue
        first_sentence.setdefault(key, (index, m))
        out.append(m)
    return out


_ALLOCATION_AFTER = re.compile(r"(?:资金|经费)?(?:专门|专项|全部|主要)?用于")


def _is_allocation(text: str, m: MetricMention) -> bool:
    """每年投入3000万元,1500万元用于化解教育债务;1500万元用于改造校舍危房: an amount followed by
    用于 says what it is spent on; the same amount said of another use is another fact."""
    return m.base_unit == "CNY" and _ALLOCATION_AFTER.match(text, m.span.end) is not None


def _allocated_use(text: str, end: int, c_hi: int) -> str:
    """1500万元用于改造校舍危房和化解“大班额”问题: an amount opening its clause is named by its use
    (用于改造校舍危房和化解大班额问题), cut to the indicator's length."""
    return _shorten(re.sub(r"[“”\"《》]", "", text[end:c_hi]))


# 改造县乡公路3290公里,为任务的164.5%: a share of the task, said in a clause of its own, is how much
# of the task of the clause before was done; it is named by what that clause did
_TASK_SHARE = re.compile(r"(?:为|是|达|占|完成)(?:年度|全年|省定|市定)?(?:目标)?任务(?:数)?的$")
# 城市低保对象月人均补差185元,超任务17元: the margin over the task, named the same way
_TASK_OVER = re.compile(r"(?:超|超过|超额完成)(?:年度|全年)?(?:目标)?任务")
_TASK_DONE_HEAD = re.compile(r"[^\d，,；;：:。！？!?]{2,20}?(?=\d|[一二两三四五六七八九十]+[万千百])")


def _task_share_indicator(text: str, qm: QuantityMatch, c_lo: int, lo: int) -> str:
    """为任务的164.5% after 改造县乡公路3290公里, -> 改造县乡公路完成任务比例 (超任务17元 after
    城市低保对象月人均补差185元, -> 城市低保对象月人均补差超任务); "" when the figure is no share
    of or margin over a task, or the clause before names nothing done."""
    if c_lo - 1 <= lo:
        return ""
    if qm.quantity.unit == "%" and _TASK_SHARE.search(text, c_lo, qm.start) is not None:
        name = "完成任务比例"
    elif _TASK_OVER.fullmatch(text, c_lo, qm.start) is not None:
        name = "超任务"
    else:
        return ""
    done = _TASK_DONE_HEAD.match(text, _clause_start(text, c_lo - 1, lo))
    head = re.sub(r"(?:为|达到|达|是|共|约)$", "", done.group(0)) if done is not None else ""
    if len(head) < 2 or is_light_indicator(head):
        return ""
    return head + name


_OPENING_BRACKETS, _CLOSING_BRACKETS = "(（", ")）"
_LIST_SAID_HEAD = re.compile(r"[一二两三四五六七八九十\d]{1,2}(?:地|县|市|区|县市区|个县市区|家|个)?的?|等?的?")
_LIST_SAID_STOP = re.compile(r"位居|居|排名|排在|排|分别|均|都|为|达|占|共|同比|比|较|增长|下降")


def _bracketed_figure_indicator(text: str, start: int, end: int, hi: int, lo: int) -> str:
    """临湘市(7.61亿)、岳阳县(7.54亿)、华容县(6.50亿)四地的财政收入位居岳阳市中游: a figure in
    brackets after each item of a list is named by what the sentence says of the list after it
    (财政收入), else by the heading before the colon that opens the list (`_list_heading`);
    "" when the figure is not bracketed alone or nothing is said."""
    if text[start - 1:start] not in _OPENING_BRACKETS or text[end:end + 1] not in _CLOSING_BRACKETS:
        return ""
    at = end
    while True:            # to the bracket closing the list's last item
        nxt = re.match(r"[)）](?:[、和及与][^()（），,。；;、]{1,12}[(（][^()（）]{1,16})?", text[at:hi])
        if nxt is None or nxt.end() == 1:
            break
        at += nxt.end()
    tail = text[at + 1:_clause_end(text, at + 1, hi)]
    tail = tail[_LIST_SAID_HEAD.match(tail).end():]
    stop = _LIST_SAID_STOP.search(tail)
    said = tail[:stop.start()] if stop else tail
    if 2 <= len(said) <= _MAX_INDICATOR and not is_light_indicator(said):
        return said
    return _list_heading(text, start, lo)


# 全面小康实现程度前7位:长沙市(96.1%)、株洲市(93.3%)、…: a list of bracketed figures opened by a
# colon and saying nothing after it is named by its heading, less the rank it announces (前7位)
_HEADING_RANK = re.compile(r"(?:排名)?(?:前|后)[一二两三四五六七八九十\d]{1,2}(?:位|名)?(?:的?(?:市州|县市区|地区|单位))?(?:依次|分别)?(?:为|是)?$"
                           r"|(?:依次|分别)(?:为|是)$|排名(?:为|是)?$")


def _list_heading(text: str, start: int, lo: int) -> str:
    """The heading before the colon that opens the list a bracketed figure at `start` is in
    (全面小康实现程度前7位: -> 全面小康实现程度); "" when the list has no such heading."""
    colon = max(text.rfind("：", lo, start), text.rfind(":", lo, start))
    if colon < 0 or re.search(r"[，,。；;！？!?\n]", text[colon + 1:start]):
        return ""
    begin = max(text.rfind(ch, lo, colon) for ch in "，,。；;！？!?\n)）") + 1
    head = _HEADING_RANK.sub("", text[max(begin, lo):colon]).strip()
    return head if 2 <= len(head) <= _MAX_INDICATOR and not is_light_indicator(head) else ""


_PURPOSE_CUT = re.compile(r"\d|[“”\"]|[一二两三四五六七八九十百千万]+(?:[个所座套间栋项家名人亩户条处批台辆株]|万|千)")
# 改造6500亩南竹低产林: the size of what was made is left out of what the money was for
_PURPOSE_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?[万千]?(?:亩|个|所|套|座|间|栋|项|家|条|处|台|辆|株|平方米|公里|米)(?=[\u4e00-\u9fff])")
_SPENDING_VERBS = ("投入", "投资", "安排", "筹集", "整合", "拨付", "下达")
_PURPOSE_VERBS = re.compile(r"(?:用于|新建|建设|建成|修建|改造|改建|扩建|发放|购置|装备|实施|完成|打造|缴纳|奖励|资助|补贴|解决)")


def _purpose_indicator(text: str, end: int, c_hi: int, indicator: str) -> str:
    """投入207万元发放边远山区教师岗位津贴, 投入1866万元建设教师公租房370套: an amount named only by
    the verb of spending is named by what it was spent on, then that verb (发放边远山区教师岗位津贴投入);
    "" when no purpose follows it in its clause."""
    verb = next((v for v in _SPENDING_VERBS if indicator.endswith(v)), None)
    if verb is None or len(indicator) > len(verb) + 2:
        return ""
    m = _PURPOSE_VERBS.match(text, end)
    if m is None:
        return ""
    said = _PURPOSE_CUT.split(_PURPOSE_COUNT.sub("", text[m.start():c_hi], count=1))[0]
    said = said.removeprefix("用于")
    return _shorten(said + verb) if len(said) >= 2 else ""


_GOVERNING = ("辖", "下辖", "现辖", "管辖", "共辖", "代管")
_GOVERNED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,6}?(?=[、，,；;。和及与\d]|$)")


def _governed_units(text: str, end: int, c_hi: int, indicator: str) -> str:
    """现辖41个行政村, 下辖3个区、4个县: a count after a verb of governing is named by the verb and
    the units governed (现辖行政村数, 下辖县数); "" otherwise."""
    verb = next((v for v in sorted(_GOVERNING, key=len, reverse=True) if indicator.startswith(v)), None)
    if verb is None or indicator != verb and not indicator.endswith("数"):
        return ""           # 下辖3个区、4个县: the second count takes the first's name, then its own units
    noun = _GOVERNED_NOUN.match(text[:c_hi], end)
    return verb + noun.group(0) + "数" if noun else ""


def _other_fact_of_paragraph(doc: Document, m: MetricMention, first: MetricMention, sent: "Sentence | None") -> bool:
    """新增农村劳动力转移就业50万人;新增创业主体30万个,带动城乡就业50万人: the same figure again
    in the same paragraph, said of something else (another indicator) and not opening its clause
    (35个市级重点项目开复工32个 names the set counted before), is another fact, not a repeat (a
    restated figure is a headline's or lead's, in another paragraph)."""
    if sent is None or not 0 <= sent.paragraph < len(doc.paragraphs):
        return False
    same_paragraph = first.span.start >= doc.paragraphs[sent.paragraph].start
    return same_paragraph and (m.indicator or "") != (first.indicator or "") \
        and not _opens_clause(doc.text, m.span.start, sent.span.start)     # 35个市级重点项目开复工32个: the set again


_MAGNITUDES = ("万", "亿", "千")


def _is_distinctive(m: MetricMention) -> bool:
    """A value unlikely to recur by chance: 131.67亿元, 5341名, 6.01亿元 (a decimal of a
    magnitude unit), 8.85% (a rate with 2+ decimals)."""
    decimals = re.search(r"\.(\d+)", m.as_written or "")
    if m.unit in {"%", "％"}:
        return decimals is not None and len(decimals.group(1)) >= 2
    if m.value != int(m.value) and (m.value > 10 or (m.unit or "").startswith(_MAGNITUDES)):
        return True
    return m.value >= 100 and m.value % 10 != 0


def _counted_set(doc: Document, m: MetricMention) -> str | None:
    """'5个村': a small count with the noun written right after it, else None."""
    if m.value != int(m.value) or m.value > 10 or m.unit in {"%", "％"}:
        return None
    noun = doc.text[m.span.end:m.span.end + 1]
    if not noun or not "\u4e00" <= noun <= "\u9fff" or noun in STOP_AFTER_COUNT:
        return None
    named = _NAMED_SET.match(doc.text, m.span.end)        # 3个重大科技创新项目 ≠ 3个重大产品创新项目
    return doc.text[m.span.start:m.span.end] + (named.group(0) if named else noun)


# a counted set named in full by a head noun of projects or bodies: compared whole, not by its first character
_NAMED_SET = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:项目|工程|企业|基地|园区|平台)")

STOP_AFTER_COUNT = frozenset("的是在和与及为了都也就已将又还")
_CLAUSE_OPENERS = re.compile(r"(?:但|而|可|过去|目前|如今|现在|今年|当前|其中|这|该)*$")


def _opens_clause(text: str, pos: int, lower: int) -> bool:
    """Is the count at `pos` its clause's subject (only a connective or a time word before it)?"""
    return _CLAUSE_OPENERS.fullmatch(text, _clause_start(text, pos, lower), pos) is not None


def _segment_start(text: str, pos: int, lower: int) -> int:
    """Start of the list item (、-separated) containing `pos`, not before `lower`."""
    i = pos - 1
    while i >= lower and text[i] != "、":
        i -= 1
    return i + 1


_PARAGRAPH_REACH = 120          # characters: a subject further back in the paragraph is likely another column's

NATIONAL = "national"           # where a subject lies: the whole country's figure, of no place of the article's
# 目前,全国共有…; 2023年我国粮食产量…: a clause opening (after its time words) with the whole country
# (全国 only before what says it is the subject, not 全国文明城市 …, a title); 全国 right before
# the figure counts the whole country's set (…副中心城市,全国17个“中国旅游强县”之一): 17 is national
_NATIONAL_OPENING = re.compile(r"(?:(?:目前|当前|截至[^，,。；;]{0,10}|今年|去年|近年来|[\d一二三四五六七八九十〇零]{2,4}年"
                               r"(?:[\d一二三四五六七八九十]{1,2}月)?(?:以来|底|末)?)[，,]?)*"
                               r"(?:我国|全球|全世界|全国(?=[共累已有各范总，,]|城乡|上下|$))")


_COUNTRY = "全国"                 # the place label of the whole country (as programs.NATIONAL and the gold write it)
_COUNTRY_WORDS = ("全国", "我国")   # the words that open a clause on the country's figures (not 全球, 全世界)


def _national_end(text: str, c_lo: int, qm_start: int, index: _AnchorIndex) -> int | None:
    """The end of 全国/我国 when the figure's clause opens with it (全国共有3000个示范村),
    outside any name and not as a yardstick (居全国第三): its subject is then no place of the
    article, nor the last one named before it. None otherwise."""
    m = _NATIONAL_OPENING.match(text, c_lo, qm_start)
    if m is None:
        return None
    start = m.end() - 2
    if index.containing(start, m.end()) or _is_comparison_scope(text, start, m.end()):
        return None
    return m.end()


def _find_subject(doc: Document, sent: Sentence, qm: QuantityMatch, index: _AnchorIndex,
                  anaphors: _AnaphorIndex, article_lo: int, c_lo: int,
                  home: _Anchor | None, gaz: Gazetteer) -> tuple[_Subject | None, str]:
    """Subject of a quantity and where it lies: "clause" (the quantity's own clause),
    "sentence" (earlier in the sentence), "before" (an earlier sentence) or "" (none found).

    Looked for, in order: the list item (、) before the number, the clause before it, the
    sentence before the clause, the earlier sentences of the same paragraph and article
    (nearest first) but no more than _PARAGRAPH_REACH characters back: OCR pages join
    interleaved columns into one paragraph, and a name far back is as likely another column's.
    """
    text, lo = doc.text, sent.span.start
    seg_lo = _segment_start(text, qm.start, c_lo)
    listed = _listed_set(text, lo, c_lo, qm)
    for a, b, where in ((seg_lo, qm.start, "clause"), (c_lo, qm.start, "clause")):
        if a >= b:
            continue
        found = _pick_subject(doc, a, b, index, anaphors, article_lo, home, gaz, qm.start, listed=listed)
        if found is not None:
            return found, where
    acting = _acting_official(text, c_lo, qm.start, index) if listed is None else None
    if acting is not None:
        return acting, "clause"
    shifted = _topic_shift(lo, c_lo, index, anaphors, article_lo) if listed is None else None
    if shifted is not None:
        return shifted, "sentence"
    acting = _acting_official(text, lo, c_lo, index) if listed is None else None
    if acting is not None:
        return acting, "sentence"
    if lo < c_lo:
        found = _latest_topic(doc, lo, c_lo, index, anaphors, article_lo, home, gaz, qm.start, listed) \
            or _pick_subject(doc, lo, c_lo, index, anaphors, article_lo, home, gaz, qm.start, listed=listed)
        if found is not None:
            return found, "sentence"
    if any(_is_level_label(text, a) for a in index.within(lo, qm.start)):
        return None, ""          # 湘潭市级层面,77个重点项目…: the article's own list at that level
    reach = sent.span.start - _PARAGRAPH_REACH
    for i in range(sent.index - 1, -1, -1):
        prev = doc.sentences[i]
        if prev.paragraph != sent.paragraph or prev.article != sent.article or prev.span.end <= reach:
            break
        found = _opening_place(text, prev.span.start, prev.span.end, index) \
            if prev.span.start < reach and listed is None else None      # the reach cuts the sentence
        found = found or _pick_subject(doc, max(prev.span.start, reach), prev.span.end, index, anaphors,
                                       article_lo, home, gaz, qm.start, carried=True, listed=listed)
        if found is not None:
            return found, "before"
    opener = _paragraph_topic(doc, sent, index, anaphors, article_lo, home, gaz)
    if opener is not None and (listed is None or opener.anchor.kind == "place"):
        return opener, "before"
    return None, ""


def _latest_topic(doc: Document, lo: int, c_lo: int, index: _AnchorIndex, anaphors: _AnaphorIndex,
                  article_lo: int, home: _Anchor | None, gaz: Gazetteer, figure: int,
                  listed: "_ListedSet | None") -> _Subject | None:
    """…获驰名商标2件,全市拥有实体332家,实现经营收入5亿元: a later clause of the sentence that opens
    with its own place (a place's mention or 全X/该X at the clause start) sets the topic of the
    subjectless clauses after it; the nearest such clause before `c_lo` (after the first). A body
    opening a clause is often an official's title (X党工委副书记…任组长), not a topic."""
    text = doc.text
    end = c_lo - 1
    while end > lo:
        start = _clause_start(text, end, lo)
        if start <= lo:
            return None
        found = _pick_subject(doc, start, end, index, anaphors, article_lo, home, gaz, figure, listed=listed)
        if found is not None and found.anchor.kind == "place" and _opens_at(text, start, found):
            return found
        end = start - 1
    return None


# “沪洽周”期间邵阳共签约项目26个 / 今年1至9月衡阳市…: time words before a clause's place leave it the
# clause's opening (the topic of the subjectless clauses after it)
_TIME_LEAD = re.compile(_SCOPE_TIME_WORDS + r"(?:[“\"]?[\u4e00-\u9fff]{1,10}[”\"]?期间)?")


# 一方面是湘乡市被列为…试点县(市),增加了2450万元财政投资 / 二是全县…: the word that numbers a point
# of an enumeration opens the clause before its topic, as time words do
_ENUMERATION_LEAD = re.compile(r"(?:另?一方面|[一二三四五六七八九十]是|其[一二三四五六七八九])是?[，,：:]?")


def _opens_at(text: str, start: int, found: _Subject) -> bool:
    """Does the subject `found` open the clause at `start` (its mention, or its 全X/该X, first;
    only the number of an enumerated point (`_ENUMERATION_LEAD`) and time words before it)?"""
    if found.anchor.start >= start:
        point = _ENUMERATION_LEAD.match(text, start, found.anchor.start)
        lead = _TIME_LEAD.match(text, point.end() if point is not None else start, found.anchor.start)
        return lead is not None and lead.end() == found.anchor.start
    return text[start] in "全该本我" and found.end - start <= 4


# 2019年,周金云投入6000多万元,流转荒地500多亩: an official named bare (no title before the
# name: the article introduced them) opening a clause and acting there is the agent of the
# figures of that sentence, the person's own; not one who speaks, leads or attends for a body
# (X介绍, X带队调研, X出席), whose figures are the body's or place's
_OFFICIAL_BODY_ACTS = ("说", "表示", "介绍", "指出", "强调", "要求", "认为", "告诉", "透露", "称", "坦言", "笑称",
                       "带队", "率", "率队", "带领", "主持", "出席", "参加", "调研", "看望", "慰问", "走访", "来到",
                       "深入", "前往", "召开", "部署", "会见", "陪同", "一行", "宣布", "讲话", "致辞", "代表",
                       "分管", "负责", "担任", "任", "兼任", "作", "听取", "检查", "督导", "指导", "赴", "到")


def _acting_official(text: str, lo: int, hi: int, index: _AnchorIndex) -> _Subject | None:
    """The official named bare at the opening of a clause of text[lo:hi] and acting there
    (the name followed by a verb that is none of `_OFFICIAL_BODY_ACTS`), the last one; None
    when there is none."""
    found = None
    tags = word_tags()
    for a in index.officials_within(lo, hi):
        if a.end >= hi or a.start > lo and text[a.start - 1] not in _CLAUSE_BREAKS:
            continue
        word, tag = _word_at(text, a.end, tags, hi)
        if tag.startswith("v") and word not in _OFFICIAL_BODY_ACTS and not text.startswith(_OFFICIAL_BODY_ACTS, a.end):
            found = _Subject(a, a.end)
    return found


_TOPIC_PARAGRAPH = 400          # characters: a paragraph this short is one column's text


def _paragraph_topic(doc: Document, sent: Sentence, index: _AnchorIndex, anaphors: "_AnaphorIndex",
                     article_lo: int, home: _Anchor | None, gaz: Gazetteer) -> _Subject | None:
    """为推动河长制工作…转变,该县建立健全了…。今年来,…联合巡河15次: a short paragraph whose
    first sentence refers back with 该X (该县, 该公司) keeps that referent as the topic of its
    later sentences, however far back (a topic chain); a name written out there may be another
    column's (OCR) and longer paragraphs may join columns: both are left to _PARAGRAPH_REACH."""
    if not 0 <= sent.paragraph < len(doc.paragraphs):
        return None
    para = doc.paragraphs[sent.paragraph]
    if para.end - para.start > _TOPIC_PARAGRAPH:
        return None
    first = next((s for s in doc.sentences[:sent.index] if s.paragraph == sent.paragraph), None)
    if first is None or first.article != sent.article:
        return None
    for s, _, word in anaphors.within(first.span.start, first.span.end):
        if doc.text[s] == "该" and doc.text[s - 1:s] not in _TELLER_BEFORE:
            resolved = _resolve_anaphor(word, s, index, article_lo, home, gaz)
            if resolved is not None:
                return _Subject(resolved, s + 1 + len(word))
    return None


def _opening_place(text: str, start: int, end: int, index: _AnchorIndex) -> _Subject | None:
    """X高新区加入“国家队”,…,始终充当着Y经济发展的“火车头”。…200个优质项目落户: the place whose
    name, written in full, opens the sentence text[start:end] (the smallest of a chain written
    there) is its subject; None when the sentence opens with anything else."""
    a = index.by_start.get(start)
    if a is None or a.kind != "place" or a.end >= end or text[a.end] in _CLAUSE_BREAKS \
            or not text[a.start:a.end].endswith(_FULL_PLACE_ENDINGS):
        return None           # 湖南广信在…上市: a short form opening a sentence may open a company's name
    a = _most_specific_place(a, index, end)
    return _Subject(a, a.end)


def _topic_shift(lo: int, hi: int, index: _AnchorIndex, anaphors: "_AnaphorIndex",
                 article_lo: int) -> _Subject | None:
    """A clause opening with a bare 项目/公司 (…黄洞村,项目全长16公里,投资3亿元) or with 他/她
    (…烂泥湖村…贫困户朱元珍…,她把自家土地流转后,…,每年务工收入近2万元) makes the
    project/company/person the topic of the clauses after it: the last such shift before `hi`."""
    for s, e, word in reversed(anaphors.within(lo, hi)):
        if word in _PRONOUNS and _PRONOUN_SPEAKS.match(index.text, e) is not None:
            continue              # 他说,近年来…: the speaker, not the topic of what is said
        if word in _BARE_NOUNS and _modified_head(index.text, e, hi, index) is None:   # not 他“扎根”的X
            resolved = _resolve_anaphor(word, s, index, article_lo)
            if resolved is not None:
                return _Subject(resolved, e)
    return None


_WE = ("我们", "咱们", "我")      # 我们村集体经济合作社: in quoted speech, the speaker's own body
_QUOTE_REACH = 300          # characters looked at each side for the quotation marks (bounded work)


def _enclosing_quote(doc: Document, sent: Sentence, qm: QuantityMatch) -> tuple[int, int] | None:
    """(opening, closing) quotation mark of the quoted speech the figure is in, within its
    paragraph and _QUOTE_REACH characters; None outside quotes."""
    if not 0 <= sent.paragraph < len(doc.paragraphs):
        return None
    para, text = doc.paragraphs[sent.paragraph], doc.text
    lo = max(para.start, qm.start - _QUOTE_REACH)
    opened = text.rfind("“", lo, qm.start)
    assumed = opened < 0 and text.rfind("”", lo, qm.start) < 0
    if assumed:
        opened = lo          # a quote opened in an earlier paragraph (OCR breaks lines inside quotes)
    if opened < 0 or text.find("”", opened, qm.start) >= 0:
        return None
    closed = text.find("”", qm.end, min(para.end, qm.end + _QUOTE_REACH))
    if assumed and text.find("“", qm.end, closed) >= 0:
        return None          # 10余名村民…。“做了20多天了…”: the closing mark ends a quote opened after the figure
    return (opened, closed) if closed >= 0 else None


# ”9月27日,隆回县麻塘山乡横排村党支部书记周石云…说: the day the words were said, then the speaker
_SAID_ON = re.compile(r"(?:\d{1,2}月\d{1,2}日|当天|当日|昨天|今天)(?:上午|下午|晚上?)?[，,]")


def _dated_quote_speaker(doc: Document, sent: Sentence, qm: QuantityMatch, index: _AnchorIndex) -> _Anchor | None:
    """The speaker of quoted speech closed by the day it was said and the speaker's body or name
    (“…种植金银花150多亩…”9月27日,隆回县麻塘山乡横排村党支部书记周石云…说): the village of a
    village's party cell, else the body, else the person named in that clause."""
    bounds = _enclosing_quote(doc, sent, qm)
    if bounds is None:
        return None
    opened, closed = bounds
    text = doc.text
    said = _SAID_ON.match(text, closed + 1)
    if said is None:
        return None
    at = said.end()
    after = index.within(at, _clause_end(text, at, min(len(text), at + 40)))
    if after and after[0].start == at and after[0].kind == "org":
        return _cell_village(text[opened:closed], after[0], index) or after[0]
    return next((a for a in after if a.kind == "person"), None)


def _quote_speaker(doc: Document, sent: Sentence, qm: QuantityMatch, index: _AnchorIndex) -> _Anchor | None:
    """In quoted speech (“去年，我们享受留抵退税700余万元。”X公司财务总监说) “we” is the
    speaker: the organisation named right after the closing quote, or the person named in
    the clause after it (”太和镇长乐村烟农彭卫华笑着说), the last village written when a village
    cadre's bare title follows the quote (”村支书龙绍英: 咱们村…; the cell's members stay the
    cell's, as in `_cell_village`), or the person / organisation that
    opens the clause introducing the quote (养殖户胡廷晗告诉记者：“…)."""
    if not 0 <= sent.paragraph < len(doc.paragraphs):
        return None
    para = doc.paragraphs[sent.paragraph]
    text = doc.text
    bounds = _enclosing_quote(doc, sent, qm)
    if bounds is None:
        return None
    opened, closed = bounds
    after = index.within(closed + 1, _clause_end(text, closed + 1, min(para.end, closed + 1 + 40)))
    if _VILLAGE_CADRE.match(text, closed + 1) and "党员" not in text[opened:closed]:   # ”村支书X说: the village's
        village = index.last_fitting("村", closed)
        if village is not None and village.start >= para.start - _QUOTE_REACH:
            return village
    if after and after[0].start == closed + 1 and after[0].kind == "org":
        return _cell_village(text[opened:closed], after[0], index) or after[0]
    cell = next((a for a in after if a.kind == "org"), None)      # ”省级示范村X村党总支书记Y介绍
    if cell is not None and (village := _cell_village(text[opened:closed], cell, index)) is not None:
        return village
    person = next((a for a in after if a.kind == "person"), None)
    if person is not None:
        return person
    if text[opened - 1:opened] in {"：", ":"}:
        lead = index.within(_clause_start(text, opened - 1, para.start), opened - 1)
        return next((a for a in lead if a.kind in {"person", "org"} and not _is_object(text, a, 0, index)), None)
    return None


# a village's cadre named by a bare title right after a quote (”村支书龙绍英, ”村党支部书记X)
_VILLAGE_CADRE = re.compile(r"[，,。]?(?:村支书|村主任|村委会主任|村(?:党总支|党支部|党委)(?:副)?书记)")

# a village's or community's own party cell or committee (村党总支, 才常村党支部, 社区党委, 村委会)
_CELL = re.compile(r"(村|社区)(?:党总支|党支部|党委|支部|委会|两委|居委会|村委会)$")


def _cell_village(quote: str, org: _Anchor, index: _AnchorIndex) -> _Anchor | None:
    """“…带动村集体经济增收370余万元!”村党总支书记唐博…: the figures a village's party cell
    or committee speaks of are its village's (the last village or community written up to the
    cell's name); the cell keeps its own membership counts (党员)."""
    m = _CELL.search(org.label)
    if m is None or "党员" in quote:
        return None
    return index.last_fitting(m.group(1), org.end)


# 村集体经济年收益, 村级集体经济收入, 村民人均年收入, 全村, 村里: the village's own figures
_COLLECTIVE = re.compile(r"村(?:级?集体|民|里)|全村")


def _collective_village(text: str, qm: QuantityMatch, c_lo: int, subject: "_Subject | None",
                        index: _AnchorIndex, article_lo: int) -> _Anchor | None:
    """他…带领全村发展水产养殖,村集体经济年收益超过20万元: a figure of the village collective or
    of its villagers is the last village's written before it (see also `_moved_on`), not of the citizen, company or
    body the clause or the sentence before is about; a place subject (全县村集体经济…) stays,
    and so does a named villager's own figure (村民张同科…收入4.5万元)."""
    if subject is not None and subject.anchor.kind == "place":
        return None
    if not any(not _names_person(m.end(), index) for m in _COLLECTIVE.finditer(text, c_lo, qm.start)):
        return None
    village = index.last_fitting("村", qm.start)
    return village if village is not None and village.start >= article_lo else None


# 驻村工作队还因地制宜…。2022年实现农业产值过亿元: the team a body sends to a village (驻村工作队,
# 驻X村帮扶工作队) works for that village: its figures, and those of its paragraph that name no
# subject, are the village's
_VILLAGE_TEAM = re.compile(r"驻(?:[\u4e00-\u9fff]{1,8}?)?村(?:帮扶|扶贫)?工作队")


def _team_village(doc: Document, sent: Sentence, qm: QuantityMatch, subject: "_Subject | None",
                  index: _AnchorIndex, article_lo: int) -> _Anchor | None:
    """The village (the last one written in the article) of a village work team that is the
    figure's subject, or that is named earlier in the paragraph of a figure without a subject;
    None otherwise."""
    if subject is not None:
        if subject.anchor.kind != "org" or _VILLAGE_TEAM.search(subject.anchor.label) is None:
            return None
    elif not 0 <= sent.paragraph < len(doc.paragraphs) \
            or _VILLAGE_TEAM.search(doc.text, doc.paragraphs[sent.paragraph].start, qm.start) is None:
        return None
    village = index.last_fitting("村", qm.start)
    return village if village is not None and village.start >= article_lo else None


def _moved_on(doc: Document, village: _Anchor, pos: int, index: _AnchorIndex) -> bool:
    """Has the text moved on from `village` before `pos`: a town or a higher place named in a
    later paragraph than the village (排捧村 …, then a paragraph on 碗米坡镇 …为村集体增加40余万元)?"""
    starts = [p.start for p in doc.paragraphs]
    home = bisect.bisect_right(starts, village.start)
    return any(a.kind == "place" and not _anaphor_fits("村", a) and bisect.bisect_right(starts, a.start) > home
               for a in index.within(village.end, pos))


def _names_person(pos: int, index: _AnchorIndex) -> bool:
    """Does a person's name start at `pos` (村民|张同科)?"""
    a = index.by_start.get(pos)
    return a is not None and a.kind == "person"


_AGE = "year_of_age"

# base unit of a measure (not a count) -> the dimension it measures of the thing named after it
_DIMENSIONS = {"mu": "面积", "hectare": "面积", "m2": "面积", "km2": "面积", "km": "长度", "m": "长度",
               "m3": "容量", "kW": "装机容量", "t": "规模"}


def _measure_predicate(text: str, qm: QuantityMatch, c_lo: int, c_hi: int,
                       periods: list[tuple[int, int, str]]) -> str:
    """其中5.41万亩获得绿色食品基地认证 / 12万亩为柑橘标准化生产基地: a measure that opens its clause
    (after 其中 …) and is followed by a predicate says what it measures after it: the predicate
    + the dimension (获得绿色食品基地认证面积). "" otherwise."""
    dimension = _DIMENSIONS.get(qm.quantity.base_unit or "")
    if not dimension or not text.startswith(MEASURE_PREDICATES, qm.end) \
            or not is_light_indicator(_trim_indicator(text[c_lo:qm.start], periods, c_lo)):
        return ""
    said = _trim_indicator(text[qm.end:c_hi], periods, qm.end)
    return _shorten(said + dimension) if len(said) > 2 else ""


_SIZE_WORDS = ("总规模", "规模", "总投资", "总面积", "面积", "总长", "长度", "产能", "容量", "装机容量")


def _measured_item(text: str, qm: QuantityMatch, c_hi: int, index: _AnchorIndex) -> tuple[_Anchor, str] | None:
    """建成了200亩猕猴桃示范基地、150亩黄桃观光采摘园 / 50亿元规模的湖南省制造业转型升级基金:
    a measure (area, length, capacity …) written right before a project's name, or any amount
    with a size word (规模, 总投资 …) and 的 before a project or organisation, is that one's
    size: (the mention, the size word or ""). A count (3个示范基地) is not: what is counted
    belongs to the clause's subject."""
    at = qm.end
    word = next((w for w in _SIZE_WORDS if text.startswith(w + "的", at)), "")
    if word:
        at += len(word) + 1
    elif qm.quantity.base_unit in _DIMENSIONS:
        at += 1 if text.startswith("的", at) else 0
    else:
        return None
    a = index.by_start.get(at)
    if a is None or a.end > c_hi or _is_class_of_projects(a) or a.label.startswith(MEASURE_PREDICATES):
        return None
    if a.kind == "program" and a.sub_kind in _PROJECT_KINDS or word and a.kind == "org":
        return a, word
    if a.kind == "org" and a.sub_kind == "company" and text[at - 1] == "的":
        return a, word          # 年处理茶籽能力达1800吨的X公司: the company's capacity
    return None


# 投资1亿元的湖南石门超级计算公共平台项目 / 总投资约7亿元的X项目: the amount of the project after 的
_INVESTED_BEFORE = re.compile(r"(?:总投资|计划投资|投资|年产值)(?:约|达|近|超|逾)?$")
_NAMED_PROJECT = re.compile(r"的[^，,；;。！？、的]{2,30}?(?:项目|工程)")


def _invested_project(text: str, qm: QuantityMatch, c_lo: int, c_hi: int,
                      index: _AnchorIndex) -> tuple[_Anchor | None] | None:
    """“(总)投资N元的<project>”: (the project mention after 的,) when there is one; (None,) when a
    named project follows that no mention covers (its amount is no earlier project's); None when
    the amount does not qualify a named project (投资1亿元的项目有5个)."""
    if not _INVESTED_BEFORE.search(text, c_lo, qm.start) or not text.startswith("的", qm.end):
        return None
    a = index.by_start.get(qm.end + 1)
    if a is not None and a.kind == "program" and a.sub_kind in _PROJECT_KINDS and a.end <= c_hi \
            and not _is_class_of_projects(a):
        return (a,)
    named = _NAMED_PROJECT.match(text, qm.end, c_hi)
    return (_written_project(text, named, index),) if named is not None else None


# 的项目全部为产业项目 / 的这个项目: what follows 的 is a predicate or a determiner, not a name
_NOT_A_PROJECT_NAME = re.compile(r"^(?:项目|工程|[这那该此本其每各全])|[是为和及与、]")


def _written_project(text: str, named: re.Match[str], index: _AnchorIndex) -> _Anchor | None:
    """总投资约60亿元的X物流项目: the project named after 的 (`named`, matched by _NAMED_PROJECT)
    as the amount's subject, when no mention starts there: the project mention that ends its
    name (投资15亿元的中国供销·X物流园项目, the mention X物流园项目), else the name as written, a
    site of its own like the sites of `_site_anchors`; None when the words are no name."""
    start, end = named.start() + 1, named.end()
    name = text[start:end]
    inner = next((a for a in index.by_end.get(end, ()) if a.start >= start and a.kind == "program"
                  and a.sub_kind in _PROJECT_KINDS and not _is_class_of_projects(a)), None)
    if inner is not None:
        return inner
    if _NOT_A_PROJECT_NAME.search(name) or index.within(start, end):
        return None
    return _Anchor(start, end, "org", name, name, "site")


_INVESTED_AMOUNT = re.compile(r"(?:总投资|计划投资|投资)(?:约|达|近|超|逾)?[\d.]+[万亿]?元(?=的)")


def _invested_topic(text: str, lo: int, hi: int, index: _AnchorIndex) -> tuple[int, _Anchor | None] | None:
    """投资1亿元的安防线束…项目,投产达效后年产值达3500万元以上,可提供就业岗位100个: the project an
    earlier clause of the sentence introduces by its investment stays the topic of the clauses
    after it: (where it starts, its mention or None when no mention covers it), else None."""
    for m in reversed(list(_INVESTED_AMOUNT.finditer(text, lo, hi))):
        a = index.by_start.get(m.end() + 1)
        if a is not None and a.kind == "program" and a.sub_kind in _PROJECT_KINDS and not _is_class_of_projects(a):
            return m.start(), a
        named = _NAMED_PROJECT.match(text, m.end(), hi)
        if named is not None:
            return m.start(), _written_project(text, named, index)
    return None


def _aged_person(text: str, qm: QuantityMatch, c_hi: int, index: _AnchorIndex) -> _Anchor | None:
    """75岁的甲鱼养殖户胡廷晗: an age is the age of the person it qualifies (in its clause), a
    citizen or an official (今年24岁的汤某, the cadre named with a title earlier); without 的, of
    the person named right after a citizen word (92岁村民盛忠秀: _AGED_WORD_REACH)."""
    if qm.quantity.base_unit != _AGE:
        return None
    named = sorted(index.within(qm.end, c_hi) + index.officials_within(qm.end, c_hi), key=lambda a: a.start)
    if not text.startswith("的", qm.end):
        return next((a for a in named
                     if a.kind == "person" and a.start - qm.end <= _AGED_WORD_REACH), None)
    return next((a for a in named if a.kind == "person"), None)


_AGED_WORD_REACH = 3       # characters of a citizen word between an age and the name (92岁村民盛忠秀)


_PARTY_STANDING = "党龄"


def _is_party_standing(text: str, qm: QuantityMatch) -> bool:
    """有着20多年党龄 / 党龄30年: years of party membership."""
    return qm.quantity.unit == "年" and (text.startswith(_PARTY_STANDING, qm.end)
                                         or text.endswith(_PARTY_STANDING, 0, qm.start))


def _party_member(doc: Document, sent: Sentence, qm: QuantityMatch, index: _AnchorIndex) -> _Anchor | None:
    """负责人吴金峰是一名有着20多年党龄的党员 / (…队长黄杏…) 这个党龄30年的工作队队长: a party standing
    is the person's named last before it in the article (a citizen or an official)."""
    if not _is_party_standing(doc.text, qm):
        return None
    lo = doc.articles[sent.article].span.start if 0 <= sent.article < len(doc.articles) else 0
    named = [a for a in index.within(lo, qm.start) if a.kind == "person"] \
        + [a for a in index.officials if lo <= a.start and a.end <= qm.start]
    return max(named, key=lambda a: a.end, default=None)


# 20岁的陕西籍女孩张佩佩是… / 74岁的左光购与64岁的谢归菊夫妻… / 今年51岁的郭塨告别了…: the person an age
# qualifies, named after a few descriptor characters (籍贯, 女孩, 养殖户 …) and closed by a word
# that follows a name (是, 与, 夫妻, 告别, 说 …)
_AGE_BEFORE_NAME = re.compile(r"(?<![\d.])(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的")
_AGED_NAME_REACH = 10      # characters of descriptors between 岁的 and the name
_AFTER_AGED_NAME = set("是与和及跟同夫在正已也还就告说表从今每一把因被为对曾都仍便又等的")


def aged_persons(doc: Document, gaz: Gazetteer, known: list[Span]) -> list[PersonMention]:
    """Persons named right after their age (N岁的[descriptors]<name>), where no mention in
    `known` (the spans of the persons and officials found) covers the name: the age is theirs.
    A name must be closed by a word that follows names (是, 与, 告别 …), so a surname character
    inside the descriptors (甲鱼养殖户: 鱼) opens none, and such a word before any name ends the
    search (90岁的高龄老人也赶来参加: no name)."""
    from .officials import read_name_after     # officials imports the organisation and place modules

    text, out = doc.text, []
    for m in _AGE_BEFORE_NAME.finditer(text):
        for k in range(m.end(), min(len(text), m.end() + _AGED_NAME_REACH)):
            if text[k] in _CLAUSE_BREAKS or text[k] in "、“”" or text[k] in _AFTER_AGED_NAME:
                break                              # the noun phrase ended with no name (90岁的老人也…)
            if any(sp.start <= k < sp.end for sp in known):
                break                              # a person or official already named there
            name = read_name_after(text, k, gaz)
            end = k + len(name) if name else k
            if name and end < len(text) and text[end] in _AFTER_AGED_NAME:
                out.append(PersonMention(Span(k, end), name, None))
                break
    return out


# 分别为祁东县归阳站44.23米,超0.23米: a flood report gives a gauging station's water level in metres
# right after its name, and then how far it is over the warning level (超N米)
_STATION_BEFORE = re.compile(r"(?<![距离])[\u4e00-\u9fff]{0,11}(?<![车铁油务电驿作])站(?:水位)?(?:为|达|达到)?$")
_STATION_LEVEL_BEFORE = re.compile(r"站(?:水位)?(?:为|达|达到)?[\d.]+米[，,]$")
_OVER_WARNING = re.compile(r"(?:超|超过|超出|高出)(?:警戒(?:水位)?)?$")


def _water_level(text: str, qm: QuantityMatch, c_lo: int) -> str:
    """水位 for metres written right after a station's name (归阳站44.23米), 超警戒水位 for the
    metres over it in the next clause (,超0.23米); "" for any other figure."""
    if qm.quantity.unit != "米":
        return ""
    before = text[c_lo:qm.start]
    if _STATION_BEFORE.search(before) and not any(w in before for w in _DISTANCE_FROM):
        return "水位"
    if _OVER_WARNING.fullmatch(before) and _STATION_LEVEL_BEFORE.search(text, max(0, c_lo - 24), c_lo):
        return "超警戒水位"
    return ""


def _metric(doc: Document, sent: Sentence, qm: QuantityMatch, index: _AnchorIndex,
            anaphors: _AnaphorIndex, periods: list[tuple[int, int, str]],
            spans: list[tuple[int, int]], article_place: dict[int, str],
            gaz: Gazetteer, carried_period: str, earlier: dict[int, str] | None = None,
            dateline: int = 0, former: dict[str, str] | None = None) -> MetricMention:
    """One MetricMention: subject, program, indicator and period of quantity `qm`; `dateline`:
    where the dateline of the paragraph ends (the clause starts after it); `former`: the former
    names the document writes places by (`_former_names`)."""
    text = doc.text
    lo, hi = sent.span.start, sent.span.end
    article = doc.articles[sent.article] if 0 <= sent.article < len(doc.articles) else None
    article_lo = article.span.start if article else 0
    c_lo = max(_clause_start(text, qm.start, lo), dateline)
    c_hi = _clause_end(text, qm.end, hi)
    home_key = article_place.get(sent.article)
    home = _Anchor(0, 0, "place", _place_label(gaz, home_key, (former or {}).get(home_key)), home_key) \
        if home_key else None
    national = _national_end(text, c_lo, qm.start, index)
    subject, where = (None, NATIONAL) if national is not None else \
        _find_subject(doc, sent, qm, index, anaphors, article_lo, c_lo, home, gaz)
    in_clause = where == "clause"
    if where in {"sentence", "before"} and subject is not None and subject.anchor.kind == "org":
        village = _cell_village(text[c_lo:c_hi], subject.anchor, index)      # 村党总支… 基地从15亩扩建至140亩
        subject = _Subject(village, subject.end) if village is not None else subject
    if where in {"before", ""}:
        speaker = _quote_speaker(doc, sent, qm, index) or _dated_quote_speaker(doc, sent, qm, index)
        if speaker is not None:
            subject = _Subject(speaker, speaker.end)
    elif subject is not None and subject.anchor.kind == "org" \
            and text[max(lo, subject.anchor.start - 2):subject.anchor.start].endswith(_WE):
        speaker = _quote_speaker(doc, sent, qm, index)       # “我们村集体经济合作社…收入106万元”X村党支部书记
        if speaker is not None:
            subject = _Subject(speaker, subject.end)
    listed = _respective_subject(text, lo, hi, qm.start, spans, index) \
        or _carried_respective_subject(text, lo, hi, qm.start, spans, index)
    if listed is not None:                  # 娄底、邵阳、永州…,分别为79.49%、75.34%、75.30%
        subject = _Subject(listed, _list_said_end(text, listed, lo, qm.start, index))
    team = _team_village(doc, sent, qm, subject, index, article_lo) if where != NATIONAL else None
    if team is not None:
        subject = _Subject(team, subject.end if subject is not None else team.end)
    village = _collective_village(text, qm, c_lo, subject, index, article_lo)
    if village is not None and _moved_on(doc, village, qm.start, index):
        village = None
    if village is not None:
        subject = _Subject(village, subject.end if subject is not None else village.end)
    aged = _aged_person(doc.text, qm, c_hi, index) or _party_member(doc, sent, qm, index)
    if aged is not None:
        subject = _Subject(aged, aged.end)
    topic = _invested_topic(text, lo, c_lo, index)      # also over 该项目 resolved to a project before it
    said_end = subject.end if (subject is not None and in_clause) else None     # the indicator follows 该项目
    if topic is not None and (subject is None or subject.anchor.start < topic[0]):
        subject = _Subject(topic[1], said_end or topic[1].end) if topic[1] is not None else None
    own = subject is not None and in_clause and subject.anchor.start >= c_lo    # 江永县签约总投资5亿元的X项目
    invested = None if own else _invested_project(text, qm, c_lo, c_hi, index)
    if invested is not None:
        subject, in_clause = (_Subject(invested[0], invested[0].end) if invested[0] else None), False
    measured = _measured_item(text, qm, c_hi, index)
    if measured is not None:
        subject, in_clause = _Subject(measured[0], measured[0].end), False
    program = _counted_program(text, qm, index)
    if program is None and not text.startswith(_OPEN_QUOTES, qm.end):
        program = _pick_program(c_lo, c_hi, index, figure=qm.start) \
            or _pick_program(lo, hi, index, framing=False, figure=qm.start)
    if program is None and (_attendance(text, qm.start, qm.end) or _roll_call(text, c_lo, lo, qm)):
        program = _attended_event(doc, sent, qm, index)
    label = kind = key = None
    if subject is not None:
        a = subject.anchor
        label, kind, key = a.label, a.kind, a.key
        if a.kind == "program":
            program = a
    elif home is not None and where != NATIONAL:
        label, kind, key = home.label, "place", home.key
    elif national is not None and text[national - 2:national] in _COUNTRY_WORDS:
        label, kind, key = _COUNTRY, "place", _COUNTRY       # 全国共有…, 我国粮食产量…: the country's figure
    dated = _figure_periods(text, periods)
    before = [p for p in dated if p[1] <= qm.start]
    period = before[-1][2] if before else _later_period(text, dated, spans, hi, carried_period)
    industries = _COUNTED_INDUSTRIES.match(text, qm.end) if qm.quantity.as_written.endswith("大") else None
    if qm.quantity.base_unit == _AGE:
        indicator = "年龄"
    elif _is_party_standing(text, qm):
        indicator = _PARTY_STANDING
    elif industries is not None:
        indicator = industries.group(0) + "数"          # 四大支柱产业 -> 支柱产业数
    elif (predicate := _measure_predicate(text, qm, c_lo, c_hi, periods)):
        indicator = predicate
    elif measured is not None:
        indicator = measured[1] or _measure_indicator(doc, qm, c_lo, spans, periods, index)
    else:
        indicator = _indicator(doc, subject.end if (subject and in_clause) else (said_end if in_clause else national),
                               c_lo, c_hi,
                               qm.start, qm.end, spans, periods, earlier, lo)
    if not indicator and _ALLOCATION_AFTER.match(text, qm.end):
        indicator = _allocated_use(text, qm.end, c_hi)
    indicator = _bracketed_figure_indicator(text, qm.start, qm.end, hi, lo) or indicator
    if qm.quantity.base_unit == "CNY":
        indicator = _purpose_indicator(text, qm.end, c_hi, indicator) or indicator
    indicator = _governed_units(text, qm.end, c_hi, indicator) or indicator
    indicator = _water_level(text, qm, c_lo) or indicator
    indicator = _task_share_indicator(text, qm, c_lo, lo) or indicator
    q = qm.quantity
    return MetricMention(
        span=Span(qm.start, qm.end),
        value=q.value,
        unit=q.unit,
        as_written=q.as_written,
        indicator=indicator,
        subject=label,
        subject_kind=kind,
        subject_key=key,
        program=program.label if program is not None else None,
        period=period,
        approximate=q.approximate,
        normalised_value=q.normalised,
        base_unit=q.base_unit,
    )
