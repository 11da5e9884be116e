"""Numbers with units as written in Chinese news text.

`parse_quantity("45.1亿元")` reads one quantity; `find_quantities(text)` finds every
number + unit in a string with offsets. Values stay in the unit as written
(45.1亿元 -> 45.1 / 亿元) and are also normalised to a base unit through the
`units.tsv` lexicon (45.1亿元 -> 4.51e9 CNY).

Handled: Arabic and Chinese numerals (五个, 两千, 十二条, 二〇二二), magnitude
prefixes (4.2万人, 1亿余元), ranges (3-6个月), approximations kept as a flag
(近/约/超/余/多/以上/左右 …), ranks (第8位, 排名第五, 全市第一名, 居全市七县(市)第二, 位居岳阳6县市首位 = 1 位 after a rank verb, each
bare 第N of a list one rank verb opens: 位居…第3、新型城镇化质量第4),
百分之N, a:b:c share ratios after 结构/比重/比例/产业比 (one number per part, when they add up
to 100: in % after 比重/占比, else with no unit, as written), magnitudes without digits after 破/超/近/逾/过/达 (近万亩 -> 1 万亩).
Skipped: dates and years (2022年, 11月12日), times, numbers glued to Latin letters
or '+' (5G, 1+1+N), bare numbers without a unit (12345热线), ordinals (第三次),
lone 一 (一个, 一批; but a count of objects written after its noun and closing the clause,
重点项目一个, is kept: `closing_count`), numerals inside slogans (三位一体, 七个一).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import load_lines, load_table

__all__ = ["Quantity", "QuantityMatch", "parse_quantity", "find_quantities", "chinese_to_number", "unit_table", "closing_count",
           "RANK_VERBS", "COUNTED_AFTER_NAME"]


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as written and normalised."""

    value: float                      # the stated number, in the unit as written (low end of a range)
    unit: str                         # unit as written, magnitude prefix included (亿元, 万人, %)
    as_written: str
    high: float | None = None         # upper end of a range (3-6个月 -> 3 .. 6)
    approximate: str | None = None    # 近/约/余/多/以上/左右 … as written, joined
    normalised: float | None = None   # value in base_unit (45.1亿元 -> 4.51e9)
    base_unit: str | None = None      # CNY, percent, person, mu, km …
    rank: bool = False                # 第8位 / 排名第五


@dataclass(frozen=True)
class QuantityMatch:
    """A quantity found in a string: [start, end) covers number + unit (+ 余/以上 …)."""

    start: int
    end: int
    quantity: Quantity


# ---------------------------------------------------------------- lexicon

_MAGNITUDES: dict[str, float] = {"千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8}


@lru_cache(maxsize=1)
def unit_table() -> dict[str, tuple[str, float]]:
    """unit as written -> (base unit, factor), from units.tsv."""
    table: dict[str, tuple[str, float]] = {}
    for row in load_table("units.tsv"):
        if len(row) >= 3:
            table[row[0]] = (row[1], float(row[2]))
    return table


def _unit_info(unit: str) -> tuple[str | None, float | None]:
    """(base unit, factor) of a unit as written, magnitude prefixes composed."""
    table = unit_table()
    if unit in table:
        return table[unit]
    for mag, factor in _MAGNITUDES.items():
        if unit.startswith(mag):
            rest = unit[len(mag):]
            if not rest:
                return "number", factor
            if rest in table:
                base, f = table[rest]
                return base, f * factor
    return None, None


# ---------------------------------------------------------------- Chinese numerals

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－～", "0123456789.,%-~")


def chinese_to_number(text: str) -> int | None:
    """二十 -> 20, 两千 -> 2000, 一百零五 -> 105, 十二 -> 12, 二〇二二 -> 2022; None if not a numeral."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS and ch not in _CN_BIG for ch in text):
        return None
    if all(ch in _CN_DIGITS for ch in text):
        if len(text) == 1:
            return _CN_DIGITS[text]
        if text[0] == "两":
            return None
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None and _CN_DIGITS[ch] != 0:
                return None  # two digits in a row inside a multiplier numeral
            digit = _CN_DIGITS[ch] if _CN_DIGITS[ch] != 0 else None
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            section += digit or 0
            total += (section or 1) * _CN_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


# ---------------------------------------------------------------- the pattern

# 27. 28亿元: a stray space after the decimal point of a scraped page (a figure of two or more
# digits, one or two decimals, right before its unit; "1. 2020年" is a list number and a year)
_AR_NUM = r"(?:\d{2,}\. \d{1,2}(?=[千百万亿%]|(?![年月日号])[\u4e00-\u9fff])|\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)"
_CN_NUM = r"[零〇○一二两三四五六七八九十百千]+"
_APPROX_PREFIXES = ("将近", "接近", "大约", "超过", "不足", "不到", "近", "约", "超", "逾")
# the reference set between the scope word and 第N may carry a bracketed qualifier (七县(市)第二)
_RANK_WORDS = re.compile(r"(排名|排在|排|位列|位居|居|列|全国|全省|全市|全州|全县|全区)"
                         r"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,6}[)）]){0,4}$")
_RANK_REACH = 16                 # characters looked at before 第 for the rank words
# 位居全国百强县投资潜力第3、新型城镇化质量第4、…第7,: a list of ranks one rank verb opens, each
# item named before its bare 第N (the verb may lie further back than _RANK_REACH)
_RANK_VERB_IN_CLAUSE = re.compile(r"位居|位列|排名|排在|名列|(?<![民住])居(?![民住])")
_RANK_ITEM_END = set("、，,。；;")
_CLAUSE_STOPS = "，,。；;：:\n"


_COUNT_CLOSERS = set("，,。；;")
_NOT_NOUN_BEFORE = set("是有为了这那其每哪任第之")
_OBJECT_CLASSIFIERS = ("个", "家", "座", "所", "处", "条")     # not 项 (光分红一项: "alone"), nor 倍/万元


def closing_count(text: str, start: int, end: int) -> bool:
    """Is the count at [start, end) a count of objects written after its noun and closing its
    clause (重点项目一个,)? Not after a verb or a determiner (是一个, 其中一个, 这一个)."""
    before = text[start - 1:start]
    return text[end:end + 1] in _COUNT_CLOSERS and text[start:end].endswith(_OBJECT_CLASSIFIERS) \
        and "\u4e00" <= before <= "\u9fff" and before not in _NOT_NOUN_BEFORE \
        and not text[max(0, start - 2):start].endswith("其中")


# 12万亩|为柑橘标准化生产基地, 5.41万亩|获得绿色食品基地认证: words after a measure that open with
# one of these are its predicate (a copula, a verb of certification), not the name of what it sizes
MEASURE_PREDICATES = ("为", "是", "获得", "获评", "获", "被", "成为", "列为", "评为", "通过", "属于", "达到")
_COUNT = r"(?:\d+|[一二两三四五六七八九十百千万几多数]+)余?"
_COUNT_REACH = 8                 # characters looked at before a name for its count


@lru_cache(maxsize=None)
def _counted(measures: str) -> re.Pattern[str]:
    return re.compile(f"{_COUNT}[{measures}][”’\"“‘]?$")


def counted_before(text: str, start: int, measures: str, lower: int = 0) -> bool:
    """Is the name at `start` written right after a count of it (新建20所|乡镇公办中心幼儿园,
    等4个|农旅融合发展项目): N of a class of things, not one? `measures`: the measure words that
    count such things; the count is looked for no further back than `lower`."""
    return _counted(measures).search(text, max(lower, start - _COUNT_REACH), start) is not None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    units = sorted(unit_table(), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    num = f"(?:{_AR_NUM}|{_CN_NUM})"
    return re.compile(
        rf"(?P<ord>第)?(?P<num>{num})"
        rf"(?:(?P<sep>[-—~至到])(?P<num2>{num}))?"
        rf"(?P<mid>余|多)?(?P<mag>千万|百万|万|亿)?(?P<mid2>余|多)?"
        rf"(?P<unit>{unit_alt})?"
        rf"(?P<post>以上|以下|以内|左右|上下|有余)?"
    )


_PERCENT_WORDS = re.compile(rf"百分之(?P<num>{_AR_NUM}|{_CN_NUM})")


def _number(text: str) -> float | None:
    """Arabic (with thousands commas) or Chinese numeral -> float."""
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text.replace(",", "").replace(" ", ""))
        except ValueError:
            return None
    n = chinese_to_number(text)
    return float(n) if n is not None else None


_CN_PAIR = re.compile(r"([一二三四五六七八])([两二三四五六七八九])([十百千]?)")


def _chinese_pair(text: str) -> tuple[float, float] | None:
    """六七千, 一两百, 七八: two neighbouring digits before one multiplier are an approximate
    range written in Chinese numerals (一亩丰产茶园有六七千元收入: 6000 .. 7000); None otherwise."""
    m = _CN_PAIR.fullmatch(text)
    if m is None or _CN_DIGITS[m.group(2)] != _CN_DIGITS[m.group(1)] + 1:
        return None
    factor = _CN_UNITS.get(m.group(3), 1)
    return float(_CN_DIGITS[m.group(1)] * factor), float(_CN_DIGITS[m.group(2)] * factor)


def _blocked_after(text: str, end: int) -> bool:
    """Does a non-unit word start at the unit (3部门, 5单位, 3周年)?"""
    blockers = load_lines("metric_unit_blockers.txt")
    return any(text.startswith(b, end) for b in _blockers_at(text, end, blockers))


def _blockers_at(text: str, pos: int, blockers: frozenset[str]) -> list[str]:
    return [text[pos:pos + n] for n in (2, 3) if text[pos:pos + n] in blockers]


def _approx_prefix(text: str, start: int) -> str | None:
    before = text[max(0, start - 2):start]
    for p in _APPROX_PREFIXES:
        if before.endswith(p):
            return p
    return None


def _ranked_item(text: str, start: int, end: int) -> bool:
    """Is the bare 第N at [start, end) an item of a list of ranks its clause's rank verb opens
    (位居全国百强县投资潜力第3、新型城镇化质量第4)? Only when a list separator or the clause's
    end follows the number (第3批, 第3季度 are ordinals)."""
    if end < len(text) and text[end] not in _RANK_ITEM_END:
        return False
    lo = max(text.rfind(ch, 0, start) for ch in _CLAUSE_STOPS) + 1
    return _RANK_VERB_IN_CLAUSE.search(text, lo, start) is not None


_INDICATOR_ACRONYMS = ("GDP", "CPI", "PPI", "PMI")


def _match_to_quantity(text: str, m: re.Match[str]) -> QuantityMatch | None:
    """Validate one regex match and build its QuantityMatch (None for dates, ordinals …)."""
    num_text, num2_text = m.group("num"), m.group("num2")
    unit, mag = m.group("unit") or "", m.group("mag") or ""
    is_chinese = not num_text[0].isdigit()
    start = m.start("num")
    prev = text[start - 1] if start > 0 else ""
    # glued to Latin letters, '+', '.', ':' or other digits: part of a code or a name; not after an
    # indicator's acronym (实现GDP93亿元, CPI上涨: GDP is what is measured, the amount its value)
    if prev and (prev.isascii() and (prev.isalnum() or prev in "+.:/#_")) \
            and not (text[max(0, start - 3):start].upper() in _INDICATOR_ACRONYMS and (m.group("unit") or m.group("mag"))):
        return None
    pair = _chinese_pair(num_text) if not num2_text else None
    value = pair[0] if pair is not None else _number(num_text)     # 六七千元: 6000 .. 7000 元
    if pair is not None:
        num2_text = num_text
    if value is None:
        return None
    if len(num_text) > 1 and num_text[0] == "0" and num_text[1].isdigit():
        return None  # 09家: OCR noise or a code, not a count
    high = pair[1] if pair is not None else _number(num2_text) if num2_text else None
    if num2_text and high is None:
        return None
    # a Chinese numeral glued to a preceding ideograph that makes a word (统一, 唯一, 万一)
    if is_chinese and m.group("ord") is None and prev in {"统", "唯", "万", "之", "专", "同", "逐", "单", "划", "第"}:
        return None
    rank = False
    end_unit = m.end("unit") if unit else m.end("mag") if mag else m.end("num2") if num2_text else m.end("num")
    if m.group("ord"):
        before = text[max(0, m.start() - _RANK_REACH):m.start()]
        if unit in {"位", "名"}:
            rank = True
        elif not unit and not mag and (_RANK_WORDS.search(before) or _ranked_item(text, m.start(), m.end("num"))):
            rank, unit = True, "名"
        else:
            return None  # 第三次, 第二批: an ordinal, not a quantity
        if num2_text:
            return None
    if unit == "组" and prev == "村" and not mag:
        return None  # 江头村3组: a villagers' group of the village (an address), not a count
    if unit == "度" and not mag:
        return None  # 30度高温, 360度: a degree; 43万度 (kWh of electricity) carries a magnitude
    if unit == "岁" and num2_text:
        return None  # 0—6岁儿童: an age bracket qualifying a group, not a fact
    if unit == "届" and (is_chinese or value >= 1900):
        return None  # 党的十九届, 2023届毕业生: a session's or a class's name; 连续举办17届 is a count
    if not unit and not mag:
        return None
    if unit and _blocked_after(text, m.start("unit")):
        if not mag:
            return None
        unit, end_unit = "", m.end("mag")
    full_unit = mag + unit
    # dates and years: 2022年, 二〇二二年, 3年5月 …
    if unit == "年":
        nxt = text[end_unit:end_unit + 1]
        about = bool(m.group("mid") or m.group("mid2"))      # 6000多年前: a duration, never a year
        if (value >= 200 and not about) or value != int(value) or nxt in {"月", "级", "度"} or mag:
            return None
        if is_chinese and not text[max(0, m.start() - 2):m.start()].endswith("连续"):
            return None
    if not rank:
        # lone 一 (一个, 一批) is an article, not a count; 一亿 is kept, and so is a count
        # written after its noun, closing the clause (列入省级考核重点项目一个,)
        if is_chinese and num_text == "一" and not mag and not num2_text \
                and not closing_count(text, m.start(), end_unit):
            return None
        # slogans: 三位一体, 七个一, 一月一督战
        nxt = text[end_unit:end_unit + 1]
        if is_chinese and nxt and nxt in _CN_DIGITS:
            return None
    post = m.group("post") or ""
    end = m.end("post") if post else end_unit
    base, factor = _unit_info(full_unit)
    approx_parts = [p for p in (_approx_prefix(text, m.start()), m.group("mid"), m.group("mid2"), post) if p]
    q = Quantity(
        value=value,
        unit=_canonical_unit(full_unit),
        as_written=text[m.start():end] if rank else text[start:end],
        high=high,
        approximate="".join(approx_parts) or None,
        normalised=value * factor if factor is not None else None,
        base_unit=base,
        rank=rank,
    )
    return QuantityMatch(m.start() if rank else start, end, q)


_CANONICAL_UNITS = {"大": "个", "口人": "人", "个小时": "小时"}


def _canonical_unit(unit: str) -> str:
    """％ -> %; 大 as a measure word (7大扶贫产业, 3大领域) counts items: 个; 口人 (984户3155口人,
    a village's population) counts people: 人; 个小时 (不到6个小时, 7000多个小时) is a count of
    hours, 小时, as 6小时 is (个 is only the classifier; 个月 stays: 月 alone is a date)."""
    unit = unit.replace("％", "%")
    for written, canonical in _CANONICAL_UNITS.items():
        if unit.endswith(written) and unit[:-len(written)] in ("", *_MAGNITUDES):
            return unit[:-len(written)] + canonical
    return unit


# a:b:c after 结构/比重/比例 (三次产业投资比重分别为1.6:45.2:53.2): shares of a whole; after
# 比重/占比 (a share, a percentage by definition) in %, after 结构比/比例 (三次产业结构比为
# 4.7:65.7:29.6: a ratio) as written, without a unit
_RATIO = re.compile(r"(?<![\d.:：])\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?){1,4}(?![\d.:：%％])")
# the cue may be followed, in the same clause, by the period the ratio is dated by (三次产业比由
# 2012年的14.6:53.1:32.3调整为2016年的13.3:47.6:39.1); 产业比 is the three sectors' ratio
_RATIO_CUE = re.compile(r"(?:结构|比重|比例|占比|产业比)[^，,。；;]{0,40}$")
_SHARE_CUE = re.compile(r"(?:比重|占比)[^，,。；;]{0,40}$")
_RATIO_TOTAL = (99.0, 101.0)     # the parts of a share ratio add up to 100


def _ratio_parts(text: str) -> list[QuantityMatch]:
    """Each part of an a:b:c share ratio written after 结构/比重/比例: in % after 比重/占比,
    else with no unit (a ratio is written bare); ratios whose parts do not add up to 100
    (1:1:1, 3:2) are proportions, not shares."""
    out: list[QuantityMatch] = []
    for m in _RATIO.finditer(text):
        cue = text[max(0, m.start() - 48):m.start()]
        if not _RATIO_CUE.search(cue):
            continue
        unit, base = ("%", "percent") if _SHARE_CUE.search(cue) else ("", None)
        parts = [(p.start() + m.start(), p.end() + m.start())
                 for p in re.finditer(r"\d+(?:\.\d+)?", m.group(0))]
        values = [float(text[s:e]) for s, e in parts]
        if not _RATIO_TOTAL[0] <= sum(values) <= _RATIO_TOTAL[1]:
            continue
        out.extend(QuantityMatch(s, e, Quantity(value=v, unit=unit, as_written=text[s:e],
                                                normalised=v if base else None, base_unit=base))
                   for (s, e), v in zip(parts, values))
    return out


# a magnitude written without digits after a threshold or approximation word: 破百万元 (100万元),
# 过千万元 (1000万元), 近万亩 (1万亩), 上万只 / 上万元 (reaching ten thousand: 1万); 百万/千万 are
# read by the main pattern (百 + 万元)
_BARE_MAGNITUDE = re.compile(r"(?<=[破超近逾过达上])(?P<mag>万|亿)"
                             r"(?P<unit>元|亩|人次|人|户|吨|平方米|公里|个|只|头|名)(?!大关)")
_REACHING = ("近", "上")         # 近万亩农田, 上万个就业岗位: an amount, also before a noun


_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def _bare_magnitudes(text: str) -> list[QuantityMatch]:
    """万亩 / 亿元 after 破/超/近/逾/过/达: one times the magnitude (近万亩农田 -> 1 万亩)."""
    out: list[QuantityMatch] = []
    for m in _BARE_MAGNITUDE.finditer(text):
        if text[m.start() - 1] not in _REACHING and _IDEOGRAPH.match(text, m.end()):
            continue          # 超万人企业, 破万亩的基地: a class named by a threshold
        unit = m.group("mag") + m.group("unit")
        base, factor = _unit_info(unit)
        start = m.start() - 1 if text[m.start() - 1] == "上" else m.start()   # 上万只: 上 is the number's, no verb
        out.append(QuantityMatch(start, m.end(), Quantity(
            value=1.0, unit=unit, as_written=text[start:m.end()],
            approximate=_approx_prefix(text, m.start()) or ("上" if start < m.start() else None),
            normalised=factor, base_unit=base)))
    return out


# A count written right after the name of a kind of thing (新改扩建公办学校(幼儿园)164所, 供水工程132处,
# “小区志愿服务队”56支): the name is the class counted (a kind of body set up many times, a kind of
# project), not one. Shared by the organisations (no body is named) and the metrics (no subject is named).
COUNTED_AFTER_NAME = re.compile(r"[”’\"]?(?:[(（][^()（）]{1,8}[)）])?"
                                r"(?:\d+(?:\.\d+)?万?|[一二三四五六七八九十两几多数]+)余?[所家个座间支处]")


# 增幅位居岳阳6县市首位 / 获批规模居6县市首位: 首位 after a rank verb (and the set ranked in) is
# rank 1 (位); 放在首位 / 摆在首位 (a priority) has no rank verb
# the verbs that place a subject in a ranking (位居, 排名, 列; not 民居, 住居, 排列, 系列)
RANK_VERBS = r"位居|位列|名列|排名|排在|(?<![民住])居|(?<![排系])列"
_FIRST_PLACE = re.compile(rf"(?:{RANK_VERBS})"
                          r"(?:[\u4e00-\u9fff\d]|[（(][\u4e00-\u9fff、]{1,6}[)）]){0,10}?(?P<rank>首位)")


def _first_places(text: str) -> list[QuantityMatch]:
    """居全省首位 / 位居岳阳6县市首位: rank 1 位, as written 首位."""
    return [QuantityMatch(m.start("rank"), m.end("rank"), Quantity(
        value=1.0, unit="位", as_written=m.group("rank"), normalised=1.0, base_unit="person", rank=True))
        for m in _FIRST_PLACE.finditer(text)]


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every number + unit in `text`, with offsets into `text`, left to right."""
    folded = text.translate(_FULLWIDTH)
    out: list[QuantityMatch] = []
    for m in _PERCENT_WORDS.finditer(folded):
        value = _number(m.group("num"))
        if value is not None:
            out.append(QuantityMatch(m.start(), m.end(), Quantity(
                value=value, unit="%", as_written=text[m.start():m.end()],
                normalised=value, base_unit="percent")))
    out.extend(_ratio_parts(folded))
    out.extend(_bare_magnitudes(folded))
    out.extend(_first_places(folded))
    taken = [(q.start, q.end) for q in out]
    for m in _pattern().finditer(folded):
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        qm = _match_to_quantity(folded, m)
        if qm is not None:
            q = qm.quantity
            if folded != text:
                q = Quantity(q.value, q.unit, text[qm.start:qm.end], q.high, q.approximate,
                             q.normalised, q.base_unit, q.rank)
                qm = QuantityMatch(qm.start, qm.end, q)
            out.append(qm)
    out.sort(key=lambda q: q.start)
    return _rate_units(folded, _negative_rates(folded, _completed_units(folded, _shared_units(folded, out))))


# 8元/斤, 30斤/亩, 1000元/头, 4万个/立方厘米: a figure per unit of something; the unit as written is
# the rate (元/斤), the denominator a measure word (never a digit: 3/5 is a fraction, 2/3的 a share;
# never the head of a noun in 数: 5元/次数不限 is 5 元 with no limit on the number of visits)
_RATE_DENOMINATORS = ("立方厘米", "立方米", "平方米", "平方公里", "公里", "千米", "公斤", "千克", "公顷",
                      "小时", "亩", "斤", "吨", "头", "只", "羽", "株", "户", "人", "天", "日", "月", "年",
                      "次", "件", "台", "套", "箱", "瓶", "袋", "盒", "张", "米", "度", "升")
_RATE_SLASH = ("/", "／")


def _rate_units(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A figure written with a slash and a measure word after its unit (8元/斤 提升到 11元/斤) is a rate:
    its unit becomes 元/斤, its end moves past the denominator, and it has no base unit."""
    out = []
    for qm in found:
        q = qm.quantity
        if q.unit and not q.rank and text[qm.end:qm.end + 1] in _RATE_SLASH \
                and text[qm.end - len(q.unit):qm.end] == q.unit:
            den = next((d for d in _RATE_DENOMINATORS if text.startswith(d, qm.end + 1)), None)
            after = text[qm.end + 1 + len(den):qm.end + 2 + len(den)] if den is not None else ""
            if den is not None and not after.isdigit() and after != "数":     # 5元/次数不限: 次数 is a noun
                end = qm.end + 1 + len(den)
                qm = QuantityMatch(qm.start, end, replace(q, unit=f"{q.unit}/{den}",
                                                          as_written=q.as_written + text[qm.end:end],
                                                          normalised=None, base_unit=None))
        out.append(qm)
    return out


_LIST_JOINERS = ("、", "和", "及", "与")
# 2万至3万元, 1亿到2亿元: the low end of a range written with its magnitude, the unit only after the high end
_RANGE_JOINERS = ("至", "到", "-", "—", "~")


def _completed_units(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """第一、二产业分别回落0.8个、2.2个百分点: a figure whose unit is the start of the next
    listed figure's unit (个 of 个百分点, 万 of 万元) is written in that unit, shortened. So is the
    low end of a range written with its magnitude only (每人年增收可达2万至3万元: 2 万元 .. 3 万元)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        ua, ub = a.quantity.unit, b.quantity.unit
        joiner = text[a.end:b.start]
        if not ua or len(ub) <= len(ua) or not ub.startswith(ua) or a.quantity.rank or b.quantity.rank \
                or not (joiner in _LIST_JOINERS or (joiner in _RANGE_JOINERS and ua in _MAGNITUDES)):
            continue
        base, factor = _unit_info(ub)
        q = a.quantity
        normalised = q.value * factor if factor is not None else None
        out[i] = QuantityMatch(a.start, a.end, replace(q, unit=ub, normalised=normalised, base_unit=base))
    return out


# 分别高于全国、全省4.5和2.7个百分点: a bare number joined to the next figure shares its unit
_BARE_BEFORE_JOINER = re.compile(r"(?<![\d.,:：/\-~年月日号第])(\d+(?:\.\d+)?)([和、及与])$")
_TIME_BASES = {"year", "month", "day", "hour", "minute", "second", "week", "workday"}


def _shared_units(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A bare number written right before 和/、/及/与 and a figure with a unit (4.5和2.7个百分点)
    is a figure in that unit too (not a year or a date: durations are left alone)."""
    out: list[QuantityMatch] = []
    taken = [(q.start, q.end) for q in found]
    for qm in found:
        q = qm.quantity
        m = _BARE_BEFORE_JOINER.search(text, max(0, qm.start - 12), qm.start)
        if m is not None and not q.rank and q.base_unit not in _TIME_BASES and text[qm.start:qm.start + 1].isdigit() \
                and not any(s < m.end(1) and m.start(1) < e for s, e in taken):
            value = float(m.group(1))
            factor = (q.normalised / q.value) if q.normalised is not None and q.value else None
            out.append(QuantityMatch(m.start(1), m.end(1), Quantity(
                value, q.unit, m.group(1), None, None, value * factor if factor is not None else None,
                q.base_unit, False)))
        out.append(qm)
    return out


_SIGNED_UNITS = {"%", "个百分点"}
_MINUS = "-"                     # folded: － is - already
_DECLINE_WORDS = ("下降", "减少", "降低", "回落", "下滑", "降", "减", "负")   # 同比下降-1.4%: the sign repeats the word


def _negative_rates(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """增长-3.0%, 增速为-2.1个百分点: a minus sign right before a rate, after a word (not after a
    digit: 1-10月 is a range), makes it negative; the sign is part of the figure as written. After a
    word of decline (同比下降-1.4%) the sign only repeats it: the decline stays 1.4%."""
    out = []
    for qm in found:
        q, at = qm.quantity, qm.start
        if q.unit in _SIGNED_UNITS and at >= 2 and text[at - 1] == _MINUS and "\u4e00" <= text[at - 2] <= "\u9fff" \
                and q.value > 0 and not q.rank and not text[:at - 1].endswith(_DECLINE_WORDS):
            normalised = -q.normalised if q.normalised is not None else None
            qm = QuantityMatch(at - 1, qm.end, Quantity(-q.value, q.unit, _MINUS + q.as_written, q.high,
                                                        q.approximate, normalised, q.base_unit, q.rank))
        out.append(qm)
    return out


def parse_quantity(text: str) -> Quantity | None:
    """The quantity written in `text` ("45.1亿元", "近50吨", "第8位"), or None.

    The whole string (surrounding space and approximation prefixes aside) must be
    one quantity: "2022年" and "5G" give None.
    """
    s = text.strip()
    matches = find_quantities(s)
    if len(matches) != 1:
        return None
    qm = matches[0]
    prefix = s[:qm.start]
    if s[qm.end:].strip() or (prefix and prefix not in _APPROX_PREFIXES and not qm.quantity.rank):
        return None
    return qm.quantity
