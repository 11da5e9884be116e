"""Place mentions: gazetteer matching, homonyms, OCR variants, zones, relative references.

`extract_places(doc, gaz)` scans the normalised text with one Aho-Corasick automaton
over every gazetteer name and short form (longest match), then decides, match by match:

* names inside company / media / facility names (中石化益阳分公司, 益阳日报) are not
  mentions (lexicon facility_suffixes.txt); government bodies (邵阳市发改委) are;
* short forms (邵阳, 江华) must be whole words (江华县 whose 县 jieba glues to 县委书记 counts:
  the core is whole and 县委 a place context), and county short forms need their
  prefecture in the document or a place-like context (江华县委, 永州江华); a county outside
  Hunan needs its city in sight, a long unambiguous name, or its province right before it
  (湖北省公安县);
* homonyms (太和镇 in two counties) are resolved by ancestors mentioned in the article,
  else near by in the document; unresolved towns/villages are dropped, not guessed; one
  accepted with no ancestor in sight must be a whole word (not 又一村 of 柳暗花明又一村) and,
  if short, not sit in an article anchored in another prefecture; a county's short form that
  jieba reads as a name (凤凰) needs more than its prefecture in the article;
* an unknown word one character away from the short form of a place of the same
  document (涪口 for 渌口) is read as that place (OCR misreading);
* development zones and parks are recognised by suffix (lexicon zone_suffixes.txt),
  mapped to a coded gazetteer zone when one clearly matches (湘潭高新区 -> 430371),
  else returned as new entries under the place written before them (县工业集中区: under the
  article's county; 黄花综保区, named after a town of the article's county, under that county); a zone's full registered name unique in the gazetteer (西湖管理区) is
  that entry, and its core written alone in the same article (到西湖…) is that zone too;
* towns written right after their county and villages right after their town but
  missing from the gazetteer (资福镇植木桥村) become new entries under that unit, and so do
  a village placed in its town (大新田村位于土桥镇…) and the townships a town was merged from
  (土桥镇…由土桥乡、杨公庙乡建制合并而成: units of its county); a
  town's short name (兰溪 for 兰溪瑶族乡, 石潭乡 for 石潭镇) before one of its villages
  or after its county is that town; X寨 names the village X村;
* a coded zone named after its city (永州市金洞管理区) is matched as the city and the
  zone; former names of renamed units (株洲县, 宁乡县, 崇礼县) come from the gazetteer;
* the unit an article speaks as (我州) is a place even when its name is never written
  (a mention at that word, named by the unit's official name).

`article_places` gives each article its main jurisdiction: the headline's place (Hunan's
before a destination elsewhere), else the lead's; the outlet's place in the dateline
(红网平江站…讯) when the former lies outside it; raised to the unit the article speaks
as (我州). `resolve_relative` reads 该市 / 全县 / 市委 / 区政府 … as a place key in context
(a place the article travels to or lists, 赴深圳、…、佛山等地, is not the body's place);
`place_records` turns mentions into the gold schema's {name, type, parent} list;
`dateline_end` tells where a paragraph's opening dateline (红网时刻衡阳7月27日讯(记者 王敏)) ends;
a dateline opening the headline line (新华社长沙1月15日电 题:…) gives no headline place.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick

from .cache import cached_table, extractor_version
from .gazetteer import Gazetteer, PlaceEntry
from .lexicon import load_lines, load_list, load_longest_first
from .model import Document, PlaceMention, Span
from .segmenter import cut, default_word_tags, pos_window
from .text import CJK, is_page_meta, single_surnames

HUNAN = "430000"
LEVEL_RANK: dict[str, int] = {
    "province": 0, "prefecture_city": 1, "county": 2, "county_city": 2, "district": 2,
    "zone": 2, "town": 3, "township": 3, "subdistrict": 3, "village": 4, "community": 4,
}
COUNTY_LEVELS = frozenset({"county", "county_city", "district"})
TOWN_LEVELS = frozenset({"town", "township", "subdistrict"})
VILLAGE_LEVELS = frozenset({"village", "community"})

NEAR_CHARS = 400            # an ancestor this close (outside the article) still counts
ORG_NAME_MAX_GAP = 6        # at most this many characters between a place and its org suffix
# 湖南栖凤山文化旅游开发有限公司: a registered company name (province + trade name + trade + 有限公司)
# runs longer between its province and its suffix
REGISTERED_NAME_MAX_GAP = 12
_REGISTERED_SUFFIXES = ("有限公司", "有限责任公司")
ZONE_CORE_MAX = 8           # 韶山高新区|电子信息高科技|产业园
WINDOW = 8                  # characters either side for the whole-word check
DISTINCTIVE_NAME = 4        # a village / town name this long may be cited with no ancestor in sight
STOP_CHARS = frozenset("的在和与及是为对把将等各全了到向从让被给共并也都而或个年月日已由以于其该本这那此每")
PROJECT_WORDS = ("项目", "工程")
_WRAPPED_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])")   # a line break inside a word
# jieba tags of a proper name: a county short form jieba knows as a place, a person's name
# (安仁 nr, 江永 nr) or another proper noun (江华 nz) is read as the place it names when the
# text supports it; one tagged as a common word (会同 v, 通道 n) needs more
PROPER_TAGS = ("ns", "nr", "nz")


# ---------------------------------------------------------------- lexicons and automata

def zone_suffixes() -> tuple[str, ...]:
    """Zone suffixes, longest first."""
    return load_longest_first("zone_suffixes.txt")


def _automaton(words) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word in words:
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def _facility_automaton() -> ahocorasick.Automaton:
    return _automaton(load_lines("facility_suffixes.txt"))


@lru_cache(maxsize=1)
def _zone_automaton() -> ahocorasick.Automaton:
    return _automaton(zone_suffixes())


def zone_class(name: str) -> str | None:
    """The kind of zone a name denotes, with abbreviations folded: 高新 / 经开 / the suffix."""
    if re.search(r"高新(技术)?(产业)?(开发区|园区|区)$", name):
        return "高新"
    if re.search(r"经(济技术|济)?开(发)?区$", name) or name.endswith("经开区"):
        return "经开"
    for suffix in zone_suffixes():
        if name.endswith(suffix):
            return suffix
    return None


@dataclass
class _Index:
    """Everything derived from one gazetteer that matching needs."""

    gaz: Gazetteer
    automaton: ahocorasick.Automaton
    names: dict[str, tuple[str, ...]]         # surface -> candidate keys
    short: frozenset[str]                     # surfaces that are short forms only
    shorts_of: dict[str, tuple[str, ...]]     # key -> its short forms
    coded_zones: dict[tuple[str, str, str], str]   # (parent key, class, core) -> zone key


_INDEXES: dict[int, tuple[Gazetteer, _Index]] = {}


def _index(gaz: Gazetteer) -> _Index:
    cached = _INDEXES.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    if gaz.origin is None:
        index = _Index(gaz, *_index_tables(gaz))
    else:                   # the gazetteer as loaded: its tables are kept in the user's cache folder
        key = hashlib.sha256(f"{gaz.origin}|{extractor_version()}".encode()).hexdigest()[:20]
        index = _Index(gaz, *cached_table("place-index", key, tuple, lambda: _index_tables(gaz)))
    _INDEXES[id(gaz)] = (gaz, index)
    return index


def _index_tables(gaz: Gazetteer) -> tuple:
    """The fields of the `_Index` of `gaz` after the gazetteer itself (a tuple: they are pickled)."""
    names: dict[str, list[str]] = defaultdict(list)
    for name, keys in gaz.by_name.items():
        levels = {gaz.entries[k].level for k in keys}
        if len(name) < 2 or (levels <= VILLAGE_LEVELS and len(name) < 3):
            continue
        keys = [k for k in keys if not _starts_with_parent_name(gaz, gaz.entries[k])]
        if not keys:
            continue       # matched as its parent and its own name (永州市|金洞管理区)
        names[name].extend(keys)
    short_only = set()
    shorts_of: dict[str, list[str]] = defaultdict(list)
    for name, keys in gaz.by_short.items():
        if len(name) < 2:
            continue
        for key in keys:
            shorts_of[key].append(name)
        if name not in names:
            short_only.add(name)
            names[name].extend(keys)
    for entry in gaz.entries.values():
        if entry.level == "village" and entry.name.endswith("村") and len(entry.name) >= 3:
            alias = entry.name[:-1] + "寨"      # 勾蓝瑶寨 for 勾蓝瑶村: the settlement's own name
            if alias not in names:
                names[alias].append(entry.key)
        for alias in upgraded_town_names(entry):
            if alias not in names:
                names[alias].append(entry.key)
    coded_zones: dict[tuple[str, str, str], str] = {}
    for entry in gaz.entries.values():
        if entry.level != "zone" or entry.code is None:
            continue
        core, cls = _zone_core(gaz, entry)
        if cls is not None and entry.parent:
            coded_zones.setdefault((entry.parent, cls, core), entry.key)
            for alias in _zone_aliases(gaz, entry):
                if alias not in names:
                    names[alias].append(entry.key)
            if len(core) >= 2 and (core not in names or core in short_only) and entry.key[:2] == "43":
                names[core].append(entry.key)      # 云龙 for 云龙示范区: a short form
                short_only.add(core)
                shorts_of[entry.key].append(core)
    for name, keys in names.items():
        # a unit's administrative twin filed under it with its very name (长沙雨花经济开发区 has a
        # village-level record 长沙雨花经济开发区 inside it): the name means the unit
        twins = [k for k in keys if k in gaz.entries and gaz.entries[k].parent in keys]
        if twins and len(twins) < len(keys):
            names[name] = [k for k in keys if k not in twins]
    auto = ahocorasick.Automaton()
    for name in names:
        auto.add_word(name, name)
    auto.make_automaton()
    return (auto, {n: tuple(dict.fromkeys(k)) for n, k in names.items()},
            frozenset(short_only), {k: tuple(v) for k, v in shorts_of.items()}, coded_zones)


_UPGRADES = {"township": ("镇", "街道"), "town": ("街道",)}


def upgraded_town_names(entry: PlaceEntry) -> list[str]:
    """The names a town of the gazetteer bears once upgraded, as later news writes it: a 乡 made a
    镇, a 镇 made a 街道 (某某湾镇 -> 某某湾街道). Ethnic townships keep their name."""
    ups = _UPGRADES.get(entry.level, ())
    if not ups or "族" in entry.name or not entry.name.endswith(("镇", "乡")) or len(entry.name) < 3:
        return []
    return [entry.name[:-1] + up for up in ups]


def _starts_with_parent_name(gaz: Gazetteer, entry: PlaceEntry) -> bool:
    """Is a coded zone named "<its city's full name><its own name>" (永州市金洞管理区)? The text
    writing it so names two places, the city and the zone (金洞管理区, matched by its alias)."""
    if entry.level != "zone" or entry.code is None or entry.parent is None:
        return False
    parent = gaz.entries.get(entry.parent)
    return (parent is not None and parent.level != "province" and entry.name.startswith(parent.name)
            and len(entry.name) >= len(parent.name) + 4)


def _strip_place_prefix(gaz: Gazetteer, entry: PlaceEntry) -> str:
    """A coded zone's name without the province / ancestor names it starts with."""
    name = re.sub(r"^湖南省?", "", entry.name)
    for anc in gaz.ancestors(entry.key):
        for form in (anc.name, anc.short or "", *gaz_shorts(gaz, anc.key)):
            if form and name.startswith(form) and len(name) > len(form) + 1:
                name = name[len(form):]
                break
    return name


def gaz_shorts(gaz: Gazetteer, key: str) -> list[str]:
    """Short forms of `key`: the entry's own and those of the alias table."""
    entry = gaz.entries.get(key)
    out = [entry.short] if entry is not None and entry.short else []
    return out + [s for s in _short_table(gaz).get(key, ()) if s not in out]


_PER_GAZETTEER: dict[tuple[str, int], tuple[Gazetteer, dict[str, list[str]]]] = {}


def _per_gazetteer(gaz: Gazetteer, name: str, build: Callable[[Gazetteer], dict[str, list[str]]]) -> dict[str, list[str]]:
    """The table `name` of `gaz`, made by `build` once per gazetteer object."""
    cached = _PER_GAZETTEER.get((name, id(gaz)))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    table = build(gaz)
    _PER_GAZETTEER[(name, id(gaz))] = (gaz, table)
    return table


def _short_table(gaz: Gazetteer) -> dict[str, list[str]]:
    """key -> short forms, built once per gazetteer."""
    def build(gaz: Gazetteer) -> dict[str, list[str]]:
        table: dict[str, list[str]] = defaultdict(list)
        for short, keys in gaz.by_short.items():
            for key in keys:
                table[key].append(short)
        return table

    return _per_gazetteer(gaz, "shorts", build)


def _zone_core(gaz: Gazetteer, entry: PlaceEntry) -> tuple[str, str | None]:
    """(name core, zone class) of a coded zone: 湖南湘潭高新技术产业园区 -> ('', '高新')."""
    rest = _strip_place_prefix(gaz, entry)
    cls = zone_class(rest)
    if cls is None:
        return rest, None
    core = re.sub(r"(高新(技术)?(产业)?(开发区|园区|区)|经(济技术|济)?开(发)?区|经开区)$", "", rest)
    if core == rest:
        for suffix in zone_suffixes():
            if rest.endswith(suffix):
                core = rest[: -len(suffix)]
                break
    return core, cls


def _zone_aliases(gaz: Gazetteer, entry: PlaceEntry) -> list[str]:
    """Names a newspaper writes for a coded zone: 岳阳市屈原管理区 -> 屈原管理区;
    怀化市洪江管理区 -> 洪江管理区, 洪江区 (a management area is called a district)."""
    rest = _strip_place_prefix(gaz, entry)
    out = [rest] if rest != entry.name and len(rest) >= 4 else []
    if rest.endswith("管理区") and len(rest) >= 5:
        out.append(rest[: -len("管理区")] + "区")
    return out


# ---------------------------------------------------------------- the text as matched

class _View:
    """doc.text with line breaks inside words removed (OCR lines split 汨罗高新技术产业开发|区).

    A "\n" between two ideographs is dropped; `orig[i]` is the doc.text index of
    view character i, so spans map back exactly.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        text = doc.text
        pieces: list[str] = []
        orig: list[int] = []
        kept_from = 0
        for brk in _WRAPPED_BREAK.finditer(text):
            pieces.append(text[kept_from:brk.start()])
            orig.extend(range(kept_from, brk.start()))
            kept_from = brk.end()
        pieces.append(text[kept_from:])
        orig.extend(range(kept_from, len(text)))
        orig.append(len(text))
        self.text = "".join(pieces)
        self.orig = orig

    def article_at(self, pos: int):
        return self.doc.article_at(self.orig[min(pos, len(self.orig) - 1)])

    def span(self, start: int, end: int) -> Span:
        """The doc.text span of view characters [start, end)."""
        if end <= start:
            return Span(self.orig[start], self.orig[start])
        return Span(self.orig[start], self.orig[end - 1] + 1)


# ---------------------------------------------------------------- raw matching

@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    surface: str


def _longest_matches(index: _Index, text: str) -> list[_Match]:
    """Leftmost-longest, non-overlapping gazetteer matches."""
    found = sorted(((end - len(word) + 1, end + 1, word) for end, word in index.automaton.iter(text)),
                   key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[_Match] = []
    last_end = 0
    for start, end, word in found:
        if start >= last_end:
            out.append(_Match(start, end, word))
            last_end = end
        elif end > last_end and _overlap_yields(index, text, out[-1], _Match(start, end, word)):
            out[-1] = _Match(start, end, word)   # 组|建湖|南省: 湖南省, the word jieba reads
            last_end = end
    return out


def _overlap_yields(index: _Index, text: str, first: _Match, later: _Match) -> bool:
    """Does the match `first` give way to `later`, which starts inside it and runs on: `later` is
    the full name of a county or a unit above, or a province's short form (湖南省, 江西; not a
    village's 新田村 inside 大新田村), a whole word of the text, and `first` is none (组建|湖南省 holds
    no 建湖, 是从|江西 no 从江)?"""
    ranks = [LEVEL_RANK.get(_level(index.gaz, k), 4) for k in index.names[later.surface]]
    if max(ranks) > 2 or later.surface in index.short and max(ranks) > 0:
        return False   # a province's short form (从|江西) counts, a county's (建湖) needs its full name
    names = index.names
    return not _is_whole_word(text, first.start, first.end, names) and _is_whole_word(text, later.start, later.end, names)


def _is_whole_word(text: str, start: int, end: int, names: dict | frozenset = frozenset()) -> bool:
    """Does jieba (with the gazetteer dictionary) cut at both ends of text[start:end]?

    A word made of this place and another place name (辽宁抚顺) also counts as a cut.
    """
    lo = max(0, start - WINDOW)
    hi = min(len(text), end + WINDOW)
    pos = lo
    tokens: list[tuple[int, int]] = []
    for word in cut(text[lo:hi]):
        tokens.append((pos, pos + len(word)))
        pos += len(word)
    bounds = {a for a, _ in tokens} | {b for _, b in tokens}
    if start in bounds and end in bounds:
        return True
    for a, b in tokens:
        if a <= start and end <= b:
            rest_before, rest_after = text[a:start], text[end:b]
            return (not rest_before or rest_before in names) and (not rest_after or rest_after in names)
    return False


def _level_glued_to_body(text: str, start: int, end: int, names: dict | frozenset) -> bool:
    """A short form ending in its level character (江华县, 城步县) whose level character jieba
    glues to the body after it (江华|县委书记): the core a whole word and the level character
    opening a place-context word of that level (县委, 县政府, 县人大) -> the place's body."""
    level = text[end - 1:end]
    if end - start < 3 or level not in "县州市区":
        return False
    if not any(w.startswith(level) and len(w) > 1 and text.startswith(w, end - 1) for w in _context_words()):
        return False
    return _is_whole_word(text, start, end - 1, names)


_CLOSING_BRACKETS = (")", "）")


def _in_org_name(text: str, end: int, province: bool = False) -> bool:
    """Is the place ending at `end` the prefix of a company / media / facility name? A province
    (`province`) may open a registered company name with a longer trade name (湖南栖凤山文化旅游开发
    有限公司); a county's stays a place of its own there (it places the company's project). A place
    in brackets right before 有限公司 is the seat a registered company names: see `_registered_seats`."""
    run = []
    for ch in text[end:end + ORG_NAME_MAX_GAP + 8]:
        if not (CJK.match(ch) or ch.isalpha()):
            break
        run.append(ch)
    tail = "".join(run)
    if not tail:
        return False
    if province and _registered_name_after(tail):
        return True
    # the longest name ending at the first end found (专业合作社 over 合作社: 湖南民丰高效油茶|专业合作社)
    for stop, word in sorted(_facility_automaton().iter(tail), key=lambda t: (t[0], -len(t[1])))[:1]:
        start = stop - len(word) + 1
        gap = tail[:start]
        if start > (REGISTERED_NAME_MAX_GAP if province and word.endswith(_REGISTERED_SUFFIXES) else ORG_NAME_MAX_GAP):
            return False
        if any(ch in STOP_CHARS for ch in gap) or re.search(r"(委|政府|局|厅|办|院|部|会)", gap):
            return False
        return True
    return False


def _registered_name_after(tail: str) -> bool:
    """Does `tail` (the characters after a place) run on, without a function word, a stop
    character or a body's word, into a registered company's legal suffix within
    REGISTERED_NAME_MAX_GAP characters (长沙|华实领峰企业发展集团|有限公司, 东莞市|井田精密五金工具|有限公司)?"""
    for suffix in _REGISTERED_SUFFIXES:
        start = tail.find(suffix)
        if 0 < start <= REGISTERED_NAME_MAX_GAP:
            gap = tail[:start]
            return not re.search(r"(委|政府|局|厅|办|院|部|会)", gap) and _has_no_function_word(pos_window(gap))
    return False


@lru_cache(maxsize=1)
def _project_word_automaton() -> ahocorasick.Automaton:
    return _automaton(load_lines("places_project_words.txt"))


PROJECT_NAME_MAX_GAP = 10     # 湖南|邵阳虹基板玻璃|项目


def _heads_project_name(text: str, end: int, names: dict) -> bool:
    """Is the short place form ending at `end` the head of a project / app name
    (湖南|邵阳虹基板玻璃|项目, 湖南|田长制|APP)? Only when the words between are a proper
    name (a place, an unknown word, a number or Latin letters) without function words or
    verbs: 长沙重点项目 (a generic word) is the place's projects."""
    run = []
    for ch in text[end:end + PROJECT_NAME_MAX_GAP + 4]:
        if not (CJK.match(ch) or ch.isalnum()) or ch in STOP_CHARS:
            break
        run.append(ch)
    tail = "".join(run)
    for stop, word in _project_word_automaton().iter(tail):
        start = stop - len(word) + 1
        gap = tail[:start]
        if not gap or start > PROJECT_NAME_MAX_GAP or re.search(r"(委|政府|局|厅|办)", gap):
            return False
        if word in PROJECT_WORDS:
            return _is_proper_phrase(gap, names)
        return _has_no_function_word(pos_window(gap))     # an app or a platform is a name
    return False


# A road named by its ends or the town it rings (吉首绕城公路, 龙山洗洛至里耶公路, 永顺县城至石堤公路, 吉首至凤凰
# 二级公路): the places name the road. A place before its roads in general (湘乡市农村公路, 湘乡市公路建设) stays,
# and so does a county written in full before a road named by places of its own (平江县|石牛寨至长庆公路).
_ROAD_NAME = re.compile(r"(?P<head>[\u4e00-\u9fff]{0,4}?)(?:至[\u4e00-\u9fff]{1,6}?|绕城)(?:[一二三四]级|高速)?公路")
_COUNTY_SEAT = "城"   # 永顺县|城至石堤公路: the county's seat, the road's end


def _heads_road_name(text: str, end: int, short: bool) -> bool:
    """Is the place ending at `end` (written in its short form: `short`) the head of a road's name
    (…至…公路, …绕城公路)?"""
    road = _ROAD_NAME.match(text, end)
    if road is None or any(ch in STOP_CHARS for ch in road.group(0)):
        return False
    return short or road.group("head") in ("", _COUNTY_SEAT)


_COMPANY_FIGURES = ("税收", "产值", "营收", "利税", "销售收入")


def _heads_company_figure(text: str, end: int) -> bool:
    """Is the short place form ending at `end` the head of a company's short name whose figures
    follow (天津|大桥|税收过千万元): one two-character word, then a company figure? Used for
    places outside Hunan in these papers, where a place of their own is not glued to a noun."""
    word = text[end:end + 2]
    if len(word) < 2 or not all(CJK.match(ch) for ch in word) or any(ch in STOP_CHARS for ch in word):
        return False
    if not text.startswith(_COMPANY_FIGURES, end + 2):
        return False
    return cut(text[end:end + 4])[:1] == [word]


BRAND_WORD_CHARS = (2, 3)      # 湖南|优车, 湖南|初源|新材: a trade name of two or three characters
BRAND_TRADE_CHARS = 2          # the trade word a brand may carry before the item ends (初源|新材)
_LIST_ITEM_ENDS = frozenset("、，,。；;等")


def _heads_brand_name(text: str, end: int, names: dict) -> bool:
    """Is the province short form ending at `end` the head of a company's short name written as
    an item of a list, province + brand (+ a two-character trade word): 签约了湖南|优车、…,
    湖南|初源|新材、…? The genre lists companies by the province they registered in and a trade
    name the dictionary does not know; a province of the text is followed by a word of the
    language (湖南|经济) or a place (湖南|株洲), and a name the dictionary lacks that runs on
    into the sentence (湖南|旅发|大会|执委会, 广东|新冠|疫情|的) is not a list item. The same short name
    as the subject of a sentence (湖南|广信|在…挂牌, 湖南|金磊|日产…) heads the company's predicate."""
    words = cut(text[end:end + max(BRAND_WORD_CHARS) + BRAND_TRADE_CHARS + 2])
    if len(words) < 2:
        return False
    brand, rest = words[0], words[1:]
    if not (len(brand) in BRAND_WORD_CHARS and _plain_word(brand, names) and _word_freq().get(brand, 0) == 0):
        return False
    if len(rest) >= 2 and len(rest[0]) == BRAND_TRADE_CHARS and _plain_word(rest[0], names):
        rest = rest[1:]
    return rest[0][:1] in _LIST_ITEM_ENDS or _company_acts(rest[0])


_BRAND_PREDICATES = ("在", "于")   # 湖南广信在“新三板”挂牌: the company, then where it acts
_COMPANY_OUTPUT = _COMPANY_FIGURES + ("日产", "年产")   # 湖南金磊日产4900吨: the company's output


def _company_acts(word: str) -> bool:
    """Does `word`, right after a province + brand, open the company's predicate: a verb, 在/于, or
    a figure of its output (湖南广信|在…挂牌上市, 湖南金磊|日产…)?"""
    if word in _BRAND_PREDICATES or word.startswith(_COMPANY_OUTPUT):
        return True
    tags = pos_window(word)
    return len(tags) == 1 and tags[0][1] == "v"


def _plain_word(word: str, names: dict) -> bool:
    """Ideographs only, no stop character, and no place name of the index."""
    return all(CJK.match(ch) for ch in word) and not any(ch in STOP_CHARS for ch in word) and word not in names


def _is_proper_phrase(phrase: str, names: dict) -> bool:
    """A phrase with a proper word (a place, a word the dictionary lacks, a number, Latin)
    and no verb, preposition, adverb or conjunction."""
    freq = _word_freq()
    tagged = pos_window(phrase)
    if not _has_no_function_word(tagged):
        return False
    return bool(re.search(r"[0-9A-Za-z]", phrase)) or any(
        len(word) >= 2 and (word in names or freq.get(word, 0) == 0) for word, _ in tagged) \
        or _split_unknown_word(tagged)


def _split_unknown_word(tagged: list[tuple[str, str]]) -> bool:
    """Two single characters in a row (万|橡 of 湖南万橡二期项目): jieba cut a word its dictionary
    lacks, a proper name, into characters."""
    return any(len(a) == 1 and len(b) == 1 for (a, _), (b, _) in zip(tagged, tagged[1:]))


def _has_no_function_word(tagged: list[tuple[str, str]]) -> bool:
    """No verb (nouns of action aside), preposition, adverb, conjunction, particle or pronoun."""
    return not any(flag.startswith(("v", "p", "d", "c", "u", "r")) and flag != "vn" for _, flag in tagged)


@lru_cache(maxsize=1)
def _context_words() -> tuple[str, ...]:
    return load_longest_first("place_context.txt")


def _place_context_after(text: str, end: int) -> bool:
    """A place-like context right after a short form: 江华县委, 江华籍, "江华：" (a brief), 芷江县城
    (the county's seat)."""
    after = text[end:end + 12]
    return after[:1] in {"：", ":"} or after.startswith(_context_words()) or after.startswith(zone_suffixes()) \
        or text[end - 1:end + 1] == "县城"


# ---------------------------------------------------------------- resolution

@dataclass
class _Pending:
    match: _Match
    candidates: tuple[str, ...]
    short: bool
    article: int


def _article_index(doc: "_View | Document", pos: int) -> int:
    article = doc.article_at(pos)          # a _View maps its positions back first
    return article.index if article is not None else -1


def _level(gaz: Gazetteer, key: str) -> str:
    return gaz.entries[key].level


def _chosen_by_ancestors(gaz: Gazetteer, candidates: tuple[str, ...], anchors: set[str]) -> str | None:
    """The one candidate with an ancestor among `anchors` (the deepest such ancestor wins)."""
    best: list[tuple[int, str]] = []
    for key in candidates:
        depths = [LEVEL_RANK.get(a.level, 0) for a in gaz.ancestors(key)
                  if a.key in anchors and a.level != "province"]
        if depths:
            best.append((max(depths), key))
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None
    return best[0][1]


class _Anchors:
    """Keys accepted so far, by article and by position, for homonym resolution."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.by_article: dict[int, set[str]] = defaultdict(set)
        self.buckets: dict[int, list[tuple[int, str]]] = defaultdict(list)   # pos // NEAR_CHARS -> (pos, key)
        self.all_keys: set[str] = set()

    def add(self, article: int, pos: int, key: str) -> None:
        keys = {key} | {a.key for a in self.gaz.ancestors(key)}
        self.by_article[article] |= keys
        self.all_keys |= keys
        bucket = self.buckets[pos // NEAR_CHARS]
        for k in keys:
            bucket.append((pos, k))

    def near(self, pos: int) -> set[str]:
        """Keys accepted within NEAR_CHARS of `pos` (three buckets looked at, not the document)."""
        b = pos // NEAR_CHARS
        return {k for i in (b - 1, b, b + 1) for p, k in self.buckets.get(i, ()) if abs(p - pos) <= NEAR_CHARS}

    def everywhere(self) -> set[str]:
        return self.all_keys


def _resolve(gaz: Gazetteer, pending: _Pending, anchors: _Anchors, direct_parent: str | None,
             text: str = "") -> str | None:
    """The key a match stands for, or None when it cannot be decided safely (`text`: the
    text matched, for the whole-word test of a place accepted without an ancestor)."""
    cands = pending.candidates
    pos = pending.match.start
    if direct_parent is None and pending.match.surface in load_lines("place_countryside_terms.txt"):
        return None                   # 新农村建设 in a county's news: the policy term, unless its town precedes
    scopes = [anchors.by_article.get(pending.article, set()), anchors.near(pos)]
    if direct_parent is not None:
        scopes.insert(0, {direct_parent} | {a.key for a in gaz.ancestors(direct_parent)})
    for scope in scopes:
        itself = [k for k in cands if k in scope]
        if len(cands) > 1 and len(itself) == 1:
            return itself[0]          # the same place again (长沙 after 长沙市)
        chosen = _chosen_by_ancestors(gaz, cands, scope)
        if chosen is not None:
            return None if _beside_its_county(gaz, chosen, scope) else chosen
    levels = {_level(gaz, k) for k in cands}
    if levels & (TOWN_LEVELS | VILLAGE_LEVELS | {"zone"}) and not levels & (COUNTY_LEVELS | {"province", "prefecture_city"}):
        return _unique_local_place(gaz, pending, anchors, text)
    hunan = [k for k in cands if k.startswith("43")]
    covering = [k for k in cands if all(k == o or gaz.is_within(o, k) for o in cands)]
    if len(cands) == 1:
        key = cands[0]
    elif covering:
        key = covering[0]           # 长沙: the city, not 长沙县 inside it
    elif len(hunan) == 1:
        key = hunan[0]
    else:
        return None
    if not key.startswith("43") and _level(gaz, key) in COUNTY_LEVELS:
        # a county outside Hunan without its city in sight: only a long, unambiguous full name
        name = pending.match.surface
        if not pending.short and _after_its_province(gaz, key, text, pending.match.start):
            return key                # 湖北省公安县: the province written right before the county
        return key if not pending.short and len(name) >= 4 and len(gaz.by_name.get(name, [])) == 1 else None
    return key


def _after_its_province(gaz: Gazetteer, key: str, text: str, start: int) -> bool:
    """Is the county `key` written right after its province's full name (湖北省公安县)?"""
    province = next((a for a in gaz.ancestors(key) if a.level == "province"), None)
    return province is not None and start >= len(province.name) \
        and text[start - len(province.name):start] == province.name


def _beside_its_county(gaz: Gazetteer, key: str, scope: set[str]) -> bool:
    """Is the town / village `key` placed by its prefecture alone while the text around names
    other counties of that prefecture and not its own (埠头村 of 蓝山县 in an article about
    冷水滩区, 永州)? Then the text speaks of another place of that name."""
    if LEVEL_RANK.get(_level(gaz, key), 0) < 3:
        return False
    chain = gaz.ancestors(key)
    county = next((a.key for a in chain if a.level in COUNTY_LEVELS), None)
    prefecture = next((a.key for a in chain if a.level == "prefecture_city"), None)
    if county is None or prefecture is None or county in scope or prefecture not in scope:
        return False
    return any(k != county and k in gaz.entries and _level(gaz, k) in COUNTY_LEVELS
               and gaz.entries[k].parent == prefecture for k in scope)


def _unique_local_place(gaz: Gazetteer, pending: _Pending, anchors: _Anchors, text: str = "") -> str | None:
    """A town / village without an ancestor in sight: only a distinctive, unique name, written
    as a word of its own (not 又一村 of 柳暗花明又一村, not 浏阳村 of 浏阳|村集体) in an article
    not anchored in another prefecture (local news introduces a village with its town or
    county; one whose county and city never appear while the text is about another city is a
    namesake)."""
    if len(pending.candidates) != 1:
        return None
    key = pending.candidates[0]
    name = pending.match.surface
    level = _level(gaz, key)
    if level in TOWN_LEVELS | VILLAGE_LEVELS and not _may_stand_alone(gaz, pending, key, anchors, text):
        return None
    if level == "zone" and (_registered_zone_name(name) or _management_area_district(gaz, key, name)):
        return key          # 西湖管理区 wherever it is written: not a new zone of the visitor's county
    if level in TOWN_LEVELS and len(name) >= 3 and re.search(r"(镇|乡|街道)$", name):
        return key
    if level in VILLAGE_LEVELS and len(name) >= 3 and re.search(r"(村|社区)$", name) \
            and _village_core(name) not in load_lines("place_generic_cores.txt"):
        return key          # not 街道社区 (the subdistricts' communities) standing alone: a kind, not a name
    return None


# The common nouns for the countryside that end in 村. (jieba's counts cannot tell them: the
# segmenter adds the gazetteer's short village names, 马村 of 白马村, as frequent words.)
_COUNTRYSIDE_NOUNS = frozenset({"农村", "乡村"})


def _countryside_word(name: str) -> bool:
    """Does `name`, read as a new village after its town, end in a common noun for the
    countryside (乡村, 农村: 泉湖镇|美丽乡村建设), so that it is that noun, not a village's name?"""
    return name[-2:] in _COUNTRYSIDE_NOUNS


def _registered_zone_name(name: str) -> bool:
    """Is `name` a zone's full registered name (a proper core of two or more characters and a
    zone suffix: 西湖管理区, 汝城经济开发区), unlike a bare 管理区 / 农场 of the gazetteer?"""
    cls = zone_class(name)
    if cls is None:
        return False
    core = re.sub(r"(高新(技术)?(产业)?(开发区|园区|区)|经(济技术|济)?开(发)?区|经开区)$", "", name)
    if core == name:
        core = name[: -len(cls)]
    return len(core) >= 2


def _management_area_district(gaz: Gazetteer, key: str, name: str) -> bool:
    """Is `name` the district name (X区) of a coded management area of Hunan (益阳市大通湖管理区 ->
    大通湖区, 岳阳市屈原管理区 -> 屈原区)? Such an area is a county-level unit the papers call a
    district; its X区 is that unit's own name, unique in the province, whatever else the article names."""
    entry = gaz.entries.get(key)
    return entry is not None and entry.code is not None and key.startswith(HUNAN[:2]) \
        and entry.name.endswith(MANAGEMENT_AREA) and name.endswith("区") and not name.endswith(MANAGEMENT_AREA) \
        and len(name) >= 3


def _verb_before_village_word(text: str, name: str, end: int) -> bool:
    """发展村集体经济 / 壮大村级经济 / 服务村民: a village named like a verb (发展村, 服务村), written
    alone before a character that makes 村 the head of a common word (村集体, 村级, 村民…), is that
    verb and that word, not the village."""
    return name.endswith("村") and text[end:end + 1] in _VILLAGE_WORD_TAILS and _verb_phrase(name[:-1])


def _may_stand_alone(gaz: Gazetteer, pending: _Pending, key: str, anchors: _Anchors, text: str) -> bool:
    """May the town / village `key` be accepted with no ancestor in sight: a whole jieba word,
    and, for a short name (三个字: 又一村, 浏阳村), no other prefecture anchors its article (a
    longer name such as 十八洞村 is distinctive enough to be cited from elsewhere)?"""
    m = pending.match
    if text and not _is_whole_word(text, m.start, m.end):
        return False
    if text and _verb_before_village_word(text, m.surface, m.end):
        return False
    if len(m.surface) >= DISTINCTIVE_NAME:
        return True
    own = {a.key for a in gaz.ancestors(key) if a.level == "prefecture_city"}
    others = {k for k in anchors.by_article.get(pending.article, ())
              if k in gaz.entries and _level(gaz, k) == "prefecture_city"}
    return not others or bool(own & others)


# 地处祁阳、邵阳、衡阳“三阳”交界处, 与湘潭、株洲接壤: places listed as neighbours of a border
_NEIGHBOURS_LISTED = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,4})*(?:[“\"][^”\"]{1,6}[”\"])?"
                                r"(?:[两三四五六七八九]?[省市县区州地])?(?:交界|接壤|毗邻|相邻|交汇)")


def _short_form_ok(doc: _View, gaz: Gazetteer, pending: _Pending, key: str,
                   anchors: _Anchors, prev_key: str | None) -> bool:
    """A short form (邵阳, 江华) counts only as a whole word, and county ones need support."""
    m = pending.match
    glued = _level_glued_to_body(doc.text, m.start, m.end, _index(gaz).names) \
        or doc.text.startswith("籍", m.end)        # 陕西籍女孩: jieba glues 籍 to the place
    if not glued and not _is_whole_word(doc.text, m.start, m.end, _index(gaz).names):
        return False
    level = _level(gaz, key)
    hunan = key.startswith("43")
    ancestors = {a.key for a in gaz.ancestors(key)}
    in_article = anchors.by_article.get(pending.article, set())
    context = glued or _place_context_after(doc.text, m.end) or _in_dateline(doc, m.start, m.end) \
        or _NEIGHBOURS_LISTED.match(doc.text, m.end) is not None or _event_venue(doc.text, m.start, m.end) \
        or (hunan and _headline_subject(doc, m.start, m.end, level)) \
        or (level in COUNTY_LEVELS and _own_unit_after(gaz, key, doc.text, m.end))
    if level == "province" or (level == "prefecture_city" and hunan):
        return True
    if _after_surname(doc.text, m.start):
        return False          # 局长张|江永, 李|安仁: a person's given name
    if doc.text[m.start - 1:m.start] == "《" and doc.text[m.end:m.end + 1] == "》":
        return False          # 电影《嘉禾》: a work's title
    if level == "prefecture_city":
        # 苏州 / 宁波 outside Hunan: with their province in the document, or a place context,
        # or listed with other cities (在杭州、广州、北京设立…)
        return context or bool(ancestors & anchors.everywhere()) \
            or _listed_with_cities(doc.text, m.start, m.end, gaz)
    ancestors.discard(key[:2] + "0000")
    if prev_key is not None and prev_key in ancestors:
        return True
    common = not _default_tags().get(m.surface, "ns").startswith(PROPER_TAGS)
    if common:
        # 会同 (to join with), 通道 (channel): only after their city, as a brief's place ("江华："),
        # or listed next to another county (桂东、炎陵、城步、通道、桃源等5县; 针对茶陵、炎陵等山区)
        return hunan and (doc.text[m.end:m.end + 1] in {"：", ":"} or _heads_zone_name(doc.text, m.end)
                          or (level in COUNTY_LEVELS and _own_unit_after(gaz, key, doc.text, m.end))
                          or _listed_with_cities(doc.text, m.start, m.end, gaz, COUNTY_LEVELS)
                          or (level in COUNTY_LEVELS and not in_article and _default_tags().get(m.surface) == "n"
                              and doc.text[m.start - 1:m.start] in _OWN_UNIT_BEFORE
                              and _unnamed_own_unit(doc, m.start, level)))
    if ancestors & in_article:
        # a county's short form jieba reads as a person's name or another proper noun (凤凰 nr
        # of 引得凤凰来) needs more than its prefecture: the county itself (or a place in it)
        # in the article, a place context, or an item of a list of places
        return (level not in COUNTY_LEVELS or _default_tags().get(m.surface, "ns").startswith("ns")
                or key in in_article or context or is_enumerated(doc.text, Span(m.start, m.end)))
    if context:
        return hunan or bool(ancestors & anchors.everywhere())
    return hunan and (bool(ancestors & anchors.everywhere())
                      or _listed_with_cities(doc.text, m.start, m.end, gaz, COUNTY_LEVELS))


OWN_UNIT_MAX_CHARS = 8     # the longest town or village name looked up after a county's short form


def _own_unit_after(gaz: Gazetteer, key: str, text: str, end: int) -> bool:
    """Is a town or village the gazetteer files under the county `key` written right after the
    county's short form ending at `end` (宁乡|花园村, 安化|梅城镇)? The genre addresses a village
    by its county's short name; a namesake of the short form (a person, a word) is not followed
    by a village of that very county."""
    names = _index(gaz).names
    for n in range(OWN_UNIT_MAX_CHARS, 1, -1):
        word = text[end:end + n]
        if len(word) == n and word.endswith(("镇", "乡", "街道", "村", "社区")) \
                and any(gaz.is_within(k, key) for k in names.get(word, ())):
            return True
    return False


def _heads_zone_name(text: str, end: int) -> bool:
    """Does a zone's name follow the short form ending at `end`, a proper core then a zone suffix
    (桃源|漳江|创业园, 武陵|移动互联网|创业园)? A county's short form that is also a common word
    (桃源 n) is the county there: the genre names a county's parks after it."""
    for size in range(2, ZONE_CORE_MAX + 1):
        core = text[end:end + size]
        if len(core) < size or not _zone_core_ok(core):
            return False
        if text.startswith(zone_suffixes(), end + size):
            return not _is_farm_park(text, end + size + next(len(x) for x in zone_suffixes()
                                                             if text.startswith(x, end + size)))
    return False


_VENUE_BEFORE = ("在", "于")
_EVENT_VERBS = ("举行", "召开", "举办", "开幕", "闭幕")


def _event_venue(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the venue of an event, 在<place>举行 / 于<place>召开 (在深圳举行的论坛)?
    A word between the place and the verb (在某某公司举行) makes it no venue of the place's."""
    return text[start - 1:start] in _VENUE_BEFORE and text.startswith(_EVENT_VERBS, end)


_CITY_LEVELS = frozenset({"province", "prefecture_city"})
_LIST_ITEM = (2, 3, 4)          # characters of a city's name in a list (杭州, 石家庄, 呼和浩特)


def _city_item(gaz: Gazetteer, text: str, start: int, end: int, levels: frozenset[str] = _CITY_LEVELS) -> bool:
    """Is text[start:end] the name or short form of a province or prefecture-level city (of a
    unit of `levels`)?"""
    keys = _index(gaz).names.get(text[start:end], ())
    return bool(keys) and all(_level(gaz, k) in levels for k in keys)


def _listed_with_cities(text: str, start: int, end: int, gaz: Gazetteer,
                        levels: frozenset[str] = _CITY_LEVELS) -> bool:
    """Is the short form at [start, end) an item of a 、 list whose neighbouring item is itself
    a province or city (在杭州、广州、北京设立招商小分队)? A list of cities names cities; a
    mountain or a person listed beside a non-city (黄山、泰山) is not read as one. With
    `levels`, the neighbour is a unit of those levels (counties: 桂东、炎陵、城步、通道、桃源等5县)."""
    if text[start - 1:start] == "、" and any(
            text[start - 1 - n - 1:start - 1 - n] in _LIST_OPENERS_OR_BREAK
            and _city_item(gaz, text, start - 1 - n, start - 1, levels)
            for n in _LIST_ITEM):
        return True
    return text[end:end + 1] == "、" and any(
        text[end + 1 + n:end + 2 + n] in _LIST_CLOSERS_OR_BREAK and _city_item(gaz, text, end + 1, end + 1 + n, levels)
        for n in _LIST_ITEM)


_LIST_OPENERS_OR_BREAK = ("、", "在", "到", "赴", "从", "与", "和", "及", "，", ",", "：", ":", "（", "(", "“", "")
_LIST_CLOSERS_OR_BREAK = ("、", "等", "和", "及", "与", "，", ",", "。", "；", ";", "）", ")", "”", "")


def _headline_subject(doc: _View, start: int, end: int, level: str) -> bool:
    """Is the short form at view [start, end) in its article's headline, in an article whose
    relative words (全县, 我县, 县委 …) speak of a unit of its level? A county's page titles its
    report by the county's short name and calls it 全县 in the body (一季度衡南经济运行情况 …
    全县实现地区生产总值): the headline names the unit the body is about."""
    article = doc.article_at(start)
    if article is None or article.headline is None:
        return False
    a, b = doc.orig[start], doc.orig[end - 1] + 1
    if a < article.headline.start or b > article.headline.end:
        return False
    body = doc.doc.text[article.headline.end:article.span.end]
    return level in _relative_scope_levels(body)


# what an unnamed county's short name follows when it is the county (为桃源今后…, 在桃源, “桃源…): a
# preposition or a clause's start, never a body's name (县政府会同县财政局: 会同 is "together with")
_OWN_UNIT_BEFORE = frozenset("为在把让使对给将与和及、，,。；;：:“\"（(\n") | {""}


def _unnamed_own_unit(doc: _View, start: int, level: str) -> bool:
    """Does the article around `start` speak of a unit of `level` by relative words (县十七届人大,
    县委书记, 县长)? With no place written before `start` (the caller's test), a county paper that
    calls its county 县 and writes its name only as a noun of its own (为桃源今后一个时期的发展,
    jieba: 桃源 n) names that county by it."""
    article = doc.article_at(start)
    if article is None:
        return False
    return level in _relative_scope_levels(doc.doc.text[article.span.start:article.span.end])


def _after_surname(text: str, start: int) -> bool:
    """Is the short form at `start` the given name after a one-character surname (张|江永):
    that character a word of its own and not a verb, preposition or conjunction (来|江永)?"""
    if start == 0 or text[start - 1] not in single_surnames():
        return False
    before = pos_window(text[max(0, start - 4):start])
    if not before or before[-1][0] != text[start - 1]:
        return False
    return not before[-1][1].startswith(("v", "p", "c", "d"))


def load() -> None:
    """Load the tables places are read with now (before forking workers, which then share them)."""
    _default_tags()


@lru_cache(maxsize=1)
def _default_tags() -> dict[str, str]:
    """jieba's own part-of-speech tag of every gazetteer short form that is a jieba word
    (江华 nz, 会同 v, 通道 n): a short form that is a common word needs more support."""
    from .gazetteer import load_gazetteer

    default = default_word_tags()
    return {s: default[s] for s in load_gazetteer().by_short if 2 <= len(s) <= 3 and s in default}


def _adjacent_previous(accepted: list[PlaceMention], start: int) -> str | None:
    """The key of an accepted mention ending right where `start` begins (宁乡市|资福镇)."""
    if accepted and accepted[-1].span.end == start:
        return accepted[-1].key
    return None


# ---------------------------------------------------------------- zones and new villages

def _zone_parent_in_article(gaz: Gazetteer, zones: dict[str, PlaceEntry], in_article: list[PlaceMention],
                            before: int, within: str | None, name: str = "") -> str | None:
    """The latest zone mentioned earlier in the same article (and inside `within`), other than
    the park `name` itself written again (娄星产业园 … 娄星产业园 is one park, not a park in a park)."""
    for m in reversed(in_article):
        if m.span.start >= before:
            continue
        entry = zones.get(m.key) or gaz.entries.get(m.key)
        if entry is None or entry.level != "zone" or entry.name == name:
            continue
        if within is None or entry.parent == within or _within(gaz, zones, m.key, within):
            return m.key
    return None


def _within(gaz: Gazetteer, zones: dict[str, PlaceEntry], key: str, ancestor: str) -> bool:
    seen = 0
    entry = zones.get(key) or gaz.entries.get(key)
    while entry is not None and entry.parent is not None and seen < 10:
        if entry.parent == ancestor:
            return True
        entry = zones.get(entry.parent) or gaz.entries.get(entry.parent)
        seen += 1
    return False


def _zone_core_ok(core: str) -> bool:
    """A zone's name between its place and its suffix: no function words, no verbs."""
    if len(core) > ZONE_CORE_MAX or any(ch in STOP_CHARS for ch in core) or not all(CJK.match(c) for c in core):
        return False
    if not core:
        return True
    tagged = pos_window(core)
    return not any(flag.startswith("v") and not _noun_modifier(tagged, i) or flag in {"d", "p", "c", "m"}
                   for i, (_, flag) in enumerate(tagged))


def _noun_modifier(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is the i-th word a noun of action modifying the noun after it (移动|互联网 of 武陵移动互联网创业园), not a
    verb taking an object (大力|建设|东盟)?"""
    return tagged[i][1] == "vn" and i + 1 < len(tagged) and tagged[i + 1][1] == "n"


def _unprefixed_zone_name(text: str, start: int, suffix: str) -> str | None:
    """The proper name before a zone suffix when no place is written: 东盟|产业园."""
    lo = max(0, start - 6)
    words = pos_window(text[lo:start])
    if not words:
        return None
    word, flag = words[-1]
    if len(word) >= 2 and flag in {"ns", "nz", "j", "nt", "nrt"} and all(CJK.match(c) for c in word) \
            and not _describes_suffix(word, suffix) and word not in load_lines("place_generic_cores.txt"):
        return word       # not 城市|新区: a generic core names no zone
    return None


def _town_named_zone(gaz: Gazetteer, text: str, start: int, in_article: list[PlaceMention]) -> str | None:
    """黄花综保区 in a report of 长沙县: a zone named after a town of the article's county (黄花镇),
    written by the town's name without 镇/乡, right after a list separator or a clause break."""
    county = _article_place_so_far(gaz, in_article)
    towns = _town_shorts(gaz).get(county or "", {})
    for size in (2, 3):
        core = text[max(0, start - size):start]
        if len(core) == size and core in towns and text[start - size - 1:start - size] in _ZONE_NAME_OPENERS:
            return core
    return None


_ZONE_NAME_OPENERS = set("、，,。；;：:和及与在\n")


def _describes_suffix(word: str, suffix: str) -> bool:
    """Does `word` qualify the first word of the suffix rather than name a zone: 新兴|产业园
    (新兴产业, emerging industries), 现代|物流园 (现代物流)? Then the park is generic."""
    freq = _word_freq()
    return any(freq.get(word + suffix[:n], 0) > 0 for n in (1, 2) if n < len(suffix))


# ---------------------------------------------------------------- OCR variants

@lru_cache(maxsize=1)
def _place_suffix_chars() -> tuple[str, ...]:
    return load_longest_first("place_suffixes.txt")


def _ocr_variants(doc: _View, gaz: Gazetteer, index: _Index, found: list[PlaceMention],
                  taken: list[Span]) -> list[PlaceMention]:
    """Unknown words one character away from a short form of a place in the same document.

    Every two-character word sharing its first or its second character with a two-character
    short form of a found place is looked at (`_pairs_at`), from left to right.
    """
    text = doc.text
    known = sorted({m.key for m in found if _level(gaz, m.key) in COUNTY_LEVELS | {"prefecture_city"}})
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_second: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in known:
        for short in index.shorts_of.get(key, ()):
            if len(short) == 2:
                by_first[short[0]].append((short, key))
                by_second[short[1]].append((short, key))
    if not by_first:
        return []
    spans = sorted(taken, key=lambda sp: sp.start)
    starts = [sp.start for sp in spans]
    max_end: list[int] = []
    for sp in spans:
        max_end.append(max(sp.end, max_end[-1] if max_end else sp.end))
    counts: dict[str, int] = {}
    out: list[PlaceMention] = []
    freq = _word_freq()
    own = _found_cores(found)
    for start in _pairs_at(text, by_first, by_second):
        end = start + 2
        word = text[start:end]
        if word in index.names or freq.get(word, 0) > 0 or word in own:
            continue          # 秀美活力修山 in an article on 修山镇: the town's own short name, no misreading
        i = bisect_left(starts, end)
        if i and max_end[i - 1] > start:
            continue          # overlaps a mention already found
        for short, key in (*by_first.get(word[0], ()), *by_second.get(word[1], ())):
            if word == short or not (short[0] == word[0] or short[1] == word[1]):
                continue
            if not _ocr_variant_ok(text, start, end, word, counts, freq):
                break
            out.append(PlaceMention(Span(start, end), word, key))
            break
    return out


def _found_cores(found: list[PlaceMention]) -> set[str]:
    """The names of the places found, each without its administrative suffix (修山 of 修山镇)."""
    suffixes = _place_suffix_chars()
    cores = set()
    for m in found:
        name = m.surface or ""
        suffix = next((x for x in suffixes if name.endswith(x) and len(name) - len(x) >= 2), None)
        if suffix is not None:
            cores.add(name[:-len(suffix)])
    return cores


def _pairs_at(text: str, firsts: Iterable[str], seconds: Iterable[str]) -> list[int]:
    """Sorted starts of the two-character CJK words of `text` that open with one of `firsts`
    or close with one of `seconds` (found with str.find: a pattern made of them would be
    compiled again for every document)."""
    starts: set[int] = set()
    for char in firsts:
        at = text.find(char)
        while at != -1:
            if "\u4e00" <= text[at + 1:at + 2] <= "\u9fff":
                starts.add(at)
            at = text.find(char, at + 1)
    for char in seconds:
        at = text.find(char, 1)
        while at != -1:
            if "\u4e00" <= text[at - 1] <= "\u9fff":
                starts.add(at - 1)
            at = text.find(char, at + 1)
    return sorted(starts)


def _ocr_variant_ok(text: str, start: int, end: int, word: str, counts: dict[str, int],
                    freq: dict[str, int]) -> bool:
    """Does the unknown word at [start, end) stand alone like a place name (suffix, or a
    repeated bounded word), rather than inside a longer word (粮化 in 非粮化)?"""
    after = text[end:end + 2]
    before = text[start - 1:start] if start else ""
    suffixed = after.startswith(_place_suffix_chars())
    bounded = not CJK.match(after[:1] or "。")
    if not suffixed:
        if not bounded:
            return False
        if word not in counts:
            counts[word] = text.count(word)
        if counts[word] < 2:
            return False
    if before and freq.get(before + word[0], 0) > 0:
        return False
    return _is_whole_word(text, start, end)


@lru_cache(maxsize=1)
def _word_freq() -> dict[str, int]:
    from .segmenter import tokenizer
    return tokenizer().FREQ


# ---------------------------------------------------------------- the extractor

def extract_places(doc: Document, gaz: Gazetteer) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """Place mentions of `doc` (sorted by span) and new zone / village entries not in `gaz`."""
    index = _index(gaz)
    view = _View(doc)
    mentions, new_entries = _extract(view, gaz, index)
    overrides = {e.key: e for e in new_entries}
    _written_parents(view, gaz, mentions, overrides)
    _written_zone_names(gaz, index, mentions, overrides)
    out = [PlaceMention(view.span(m.span.start, m.span.end), m.surface, m.key) for m in mentions]
    out += publisher_places(doc, gaz, out)
    _article_zone_parents(doc, gaz, out, overrides)
    out = sorted(out + _implied_self_places(doc, gaz, out, overrides), key=lambda m: m.span)
    out = sorted(out + zone_prefix_places(doc, gaz, out, overrides), key=lambda m: m.span)
    return _registered_seats(doc.text, _chamber_prefixes(doc.text, out)), list(overrides.values())


_ZONE_HOME_LEVELS = COUNTY_LEVELS | {"prefecture_city"}
ROUNDUP_HOMES = 2            # a roundup of parks names the zones of at least this many units


def zone_prefix_places(doc: Document, gaz: Gazetteer, mentions: list[PlaceMention],
                       extra: dict[str, PlaceEntry]) -> list[PlaceMention]:
    """In a roundup of parks across units, one paragraph naming the zones of two or more of them
    (绥宁县工业园…；城步工业园…; 汉寿高新区、鼎城高新区、…), the county or city whose name opens each
    zone's name locates that park, so it is a place of the text even where the article names it
    nowhere else (a place inside the unit named, 长沙经开区 beside 长沙县, already puts the unit
    in the text). One mention per article and unit, at its first zone in such a paragraph; the
    zone's own mention keeps the whole name. An article about one zone (湘乡经开区…) names the
    zone, not its unit."""
    named = {(_article_index(doc, m.span.start), m.key) for m in mentions
             if _level_of(gaz, m.key, extra) != "zone"}
    para_starts = [p.start for p in doc.paragraphs]
    in_para: dict[int, dict[str, PlaceMention]] = defaultdict(dict)    # paragraph -> home -> first prefix
    for m in mentions:
        found = _zone_home_prefix(gaz, m, extra)
        if found is not None:
            in_para[bisect_right(para_starts, m.span.start)].setdefault(found.key, found)
    firsts: dict[tuple[int, str], PlaceMention] = {}
    for homes in in_para.values():
        if len(homes) >= ROUNDUP_HOMES:
            for key, p in homes.items():
                firsts.setdefault((_article_index(doc, p.span.start), key), p)
    return [p for (article, key), p in firsts.items()
            if not any(a == article and (k == key or _is_within(gaz, k, key)) for a, k in named)]


def _zone_home_prefix(gaz: Gazetteer, mention: PlaceMention, extra: dict[str, PlaceEntry]) -> PlaceMention | None:
    """The mention of the county or city whose name or short form opens the zone `mention`
    (绥宁县|工业园, 汉寿|高新区), None when `mention` is no zone so written."""
    entry = _entry(gaz, mention.key, extra)
    if entry is None or entry.level != "zone" or entry.parent is None:
        return None
    home = gaz.entries.get(entry.parent)
    if home is None or home.level not in _ZONE_HOME_LEVELS:
        return None
    prefix = next((n for n in (home.name, *gaz_shorts(gaz, home.key))
                   if mention.surface.startswith(n) and len(mention.surface) > len(n)), None)
    if prefix is None:
        return None
    return PlaceMention(Span(mention.span.start, mention.span.start + len(prefix)), prefix, home.key)


# 北京衡阳商会, 深圳、东莞新邵商会, 北京市、南宁市等湖南祁阳商会: a chamber of commerce of people from
# one place is named by the places it sits in and its members come from. Those places are part of
# the body's own name, as a company's place prefix is, not places the text speaks of; the bodies'
# reader still builds the chamber's name from them (organizations._place_list_bodies). 总商会 is a
# place's own chamber (衡阳市总商会, beside its 工商联): its place stays.
_CHAMBER = re.compile(r"(?P<filler>[\u4e00-\u9fff]{0,2}?)(?:商会|同乡会)")
_PLACE_LIST_JOINERS = ("、", "等")


def _chamber_prefixes(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """`mentions` with each place that opens, alone or in a list of places (、, 等), the name of a
    chamber of commerce (<places><at most two characters>商会) marked not listed."""
    by_start = {m.span.start: m for m in mentions}
    out = []
    for m in mentions:
        pos = m.span.end
        while True:
            nxt = by_start.get(pos)
            if nxt is None and text[pos:pos + 1] in _PLACE_LIST_JOINERS:
                nxt = by_start.get(pos + 1)
            if nxt is None or nxt.span.end <= pos:
                break
            pos = nxt.span.end
        found = _CHAMBER.match(text, pos)
        filler = found.group("filler") if found else ""
        named = found is not None and not any(ch in STOP_CHARS for ch in filler) and not filler.endswith("总")
        out.append(replace(m, listed=False) if named else m)
    return out


def _registered_seats(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """`mentions` with each place written in brackets right before a company's legal suffix marked not
    listed: 湘江低空经济发展(长沙)有限公司 names the seat the company is registered in, part of its name
    (the bodies' reader builds the name from it, organizations._bracketed_place_start), not a place
    the text speaks of."""
    return [replace(m, listed=False)
            if text[m.span.end:m.span.end + 1] in _CLOSING_BRACKETS
            and text.startswith(_REGISTERED_SUFFIXES + ("股份有限公司",), m.span.end + 1) else m
            for m in mentions]


# ---------------------------------------------------------------- entries the text corrects
# Returned with the new entries: they replace the gazetteer's entry of the same key in a build.

def _current(gaz: Gazetteer, overrides: dict[str, PlaceEntry], key: str) -> PlaceEntry | None:
    return overrides.get(key) or gaz.entries.get(key)


def _chain(gaz: Gazetteer, overrides: dict[str, PlaceEntry], key: str) -> list[PlaceEntry]:
    """Ancestors of `key`, nearest first, as corrected so far."""
    out: list[PlaceEntry] = []
    entry = _current(gaz, overrides, key)
    while entry is not None and entry.parent and len(out) < 10:
        entry = _current(gaz, overrides, entry.parent)
        if entry is not None:
            out.append(entry)
    return out


def _prefecture(gaz: Gazetteer, overrides: dict[str, PlaceEntry], key: str) -> str | None:
    entry = _current(gaz, overrides, key)
    for up in ([entry] if entry is not None else []) + _chain(gaz, overrides, key):
        if up.level in {"prefecture_city", "province"}:
            return up.key
    return None


def _written_parents(view: _View, gaz: Gazetteer, mentions: list[PlaceMention],
                     overrides: dict[str, PlaceEntry]) -> None:
    """赫山区|谢林港镇: a county written right before a town or village that the gazetteer
    files under another unit (a zone) of the same prefecture; the text states the parent. So does
    a town written right before a village the gazetteer files under another town of the same county
    (宜章县城南乡|寿福村, the village's township merged since: the text's address is its parent)."""
    ends = {m.span.end: m for m in mentions}
    for m in mentions:
        before = ends.get(m.span.start)
        entry = _current(gaz, overrides, m.key)
        if before is None or entry is None or entry.level not in TOWN_LEVELS | VILLAGE_LEVELS:
            continue
        up = _current(gaz, overrides, before.key)
        if up is None or any(a.key == before.key for a in _chain(gaz, overrides, m.key)):
            continue
        if up.level in COUNTY_LEVELS and _prefecture(gaz, overrides, before.key) == _prefecture(gaz, overrides, m.key):
            overrides[m.key] = replace(entry, parent=before.key)
        elif up.level in TOWN_LEVELS and entry.level in VILLAGE_LEVELS \
                and _county(gaz, overrides, before.key) == _county(gaz, overrides, m.key) is not None:
            overrides[m.key] = replace(entry, parent=before.key)


def _county(gaz: Gazetteer, overrides: dict[str, PlaceEntry], key: str) -> str | None:
    """The county-level unit `key` lies in, as corrected so far."""
    return next((up.key for up in _chain(gaz, overrides, key) if up.level in COUNTY_LEVELS), None)


def _written_zone_names(gaz: Gazetteer, index: _Index, mentions: list[PlaceMention],
                        overrides: dict[str, PlaceEntry]) -> None:
    """A coded zone named as the newspaper writes it (湘潭高新区, not 湖南湘潭高新技术产业园区)
    when only that form is written: its name is what the text and its children's parents show."""
    written: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        written[m.key].add(m.surface)
    for key, surfaces in written.items():
        entry = _current(gaz, overrides, key)
        if entry is None or entry.level != "zone" or entry.code is None or entry.name in surfaces:
            continue
        aliases = [s for s in surfaces if s not in index.short and (zone_class(s) is not None
                                                                   or s.endswith("区") and s in index.names)]
        if aliases:
            overrides[key] = replace(entry, name=max(aliases, key=lambda a: (len(a), a)))


def _article_zone_parents(doc: Document, gaz: Gazetteer, mentions: list[PlaceMention],
                          overrides: dict[str, PlaceEntry]) -> None:
    """A street, town or community in an article about a development zone, filed by the
    gazetteer under another zone of the same prefecture that the document never mentions
    (zones merge and take over areas): its parent is the article's zone."""
    mentioned = {m.key for m in mentions}
    main = article_places(doc, mentions, gaz, overrides)
    for m in mentions:
        article = doc.article_at(m.span.start)
        zone_key = main.get(article.index) if article is not None else None
        zone = _current(gaz, overrides, zone_key) if zone_key else None
        entry = _current(gaz, overrides, m.key)
        if zone is None or zone.level != "zone" or entry is None or entry.level not in TOWN_LEVELS | VILLAGE_LEVELS:
            continue
        chain = _chain(gaz, overrides, m.key)
        between = []
        for up in chain:
            if up.key in mentioned or up.level not in TOWN_LEVELS:
                break
            between.append(up)
        home = chain[len(between)] if len(between) < len(chain) else None
        if home is None or home.key == zone_key or home.key in mentioned or home.level != "zone":
            continue
        if _prefecture(gaz, overrides, home.key) == _prefecture(gaz, overrides, zone_key):
            overrides[m.key] = replace(entry, parent=zone_key)


def _may_open_registered_name(gaz: Gazetteer, index: _Index, surface: str) -> bool:
    """May the place written `surface` open a registered company name with a long trade name
    (湖南栖凤山文化旅游开发有限公司)? A province, a place outside Hunan (东莞市井田精密五金工具有限公司:
    the genre names a company from elsewhere by its seat) and a prefecture written in its short
    form (长沙华实领峰企业发展集团有限公司) may; a Hunan county or a city written in full stays a place
    of its own there (it places the company's project in the text's county)."""
    keys = index.names[surface]
    levels = {_level(gaz, k) for k in keys}
    return levels == {"province"} or not any(k.startswith(HUNAN[:2]) for k in keys) \
        or (surface in index.short and levels <= {"province", "prefecture_city"})


def _compound_direction(text: str, start: int, end: int) -> bool:
    """湘西北, 湘西南: a short form ending in 东/西 glued to 北/南 is a compass region of the province
    (north-west Hunan), not the prefecture its first two characters name."""
    return text[end - 1:end] in ("东", "西") and text[end:end + 1] in ("北", "南")


def _extract(doc: _View, gaz: Gazetteer, index: _Index) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """extract_places on the view (positions are view positions)."""
    text = doc.text
    matches = _longest_matches(index, text)
    units_after = _village_match_starts(gaz, index, matches)
    pendings = [
        _Pending(m, index.names[m.surface], m.surface in index.short, _article_index(doc, m.start))
        for m in matches
        if not (_in_org_name(text, m.end, _may_open_registered_name(gaz, index, m.surface))
                and m.end not in units_after)
        and not (m.surface in index.short and _compound_direction(text, m.start, m.end))
        and not _heads_road_name(text, m.end, m.surface in index.short)
        and not (m.surface in index.short and _heads_project_name(text, m.end, index.names))
        and not (m.surface in index.short and all(_level(gaz, k) == "province" for k in index.names[m.surface])
                 and _heads_brand_name(text, m.end, index.names))
        and not (m.surface in index.short and _heads_company_figure(text, m.end)
                 and not any(k.startswith(HUNAN[:2]) for k in index.names[m.surface]))
    ]
    by_end = {p.match.end: p for p in pendings}
    anchors = _Anchors(gaz)
    resolved: dict[int, str] = {}
    # pass 1: province .. county (unambiguous first, so they anchor the rest); short forms of
    # provinces and prefectures before those of counties, so that 桂阳 written before 郴州 in
    # the same article finds its prefecture
    for tier in (0, 1, 2, 3):
        for p in pendings:
            if p.match.start in resolved:
                continue
            top = min(LEVEL_RANK[_level(gaz, k)] for k in p.candidates)
            if tier == 0 and (top > 2 or p.short or len(p.candidates) > 1):
                continue
            if tier == 1 and (top > 2 or p.short):
                continue
            if tier == 2 and top > 1:
                continue
            if tier == 3 and top > 2:
                continue
            key = _resolve(gaz, p, anchors, None, text)
            if key is None:
                continue
            if p.short and not _short_form_ok(doc, gaz, p, key, anchors, None):
                continue
            resolved[p.match.start] = key
            anchors.add(p.article, p.match.start, key)
    # pass 2: towns, then villages, each seeing what was accepted before
    for rank in (3, 4):
        for p in sorted(pendings, key=lambda p: p.match.start):
            if p.match.start in resolved:
                continue
            if min(LEVEL_RANK[_level(gaz, k)] for k in p.candidates) != rank:
                continue
            prev = _previous_resolved(resolved, by_end, p)
            if prev is not None and _level(gaz, prev) in TOWN_LEVELS and rank == 4 and not any(
                    gaz.is_within(k, prev) for k in p.candidates):
                continue      # 学林街道|香樟社区: the text names the town, the gazetteer lacks the pair
            key = _resolve(gaz, p, anchors, prev, text)
            if key is not None:
                resolved[p.match.start] = key
                anchors.add(p.article, p.match.start, key)
    by_start = {p.match.start: p for p in pendings}
    mentions = [PlaceMention(Span(s, by_start[s].match.end), by_start[s].match.surface, k)
                for s, k in sorted(resolved.items())]
    mentions += _towns_before_their_villages(text, gaz, mentions)
    # short forms written right after their ancestor (永州冷水滩) that pass 1 skipped
    mentions = _add_chained_shorts(doc, gaz, pendings, by_end, resolved, mentions)
    taken = [m.span for m in mentions]
    mentions += _ocr_variants(doc, gaz, index, mentions, taken)
    mentions.sort(key=lambda m: m.span)
    mentions, new_entries = _add_zones(doc, gaz, index, mentions)
    mentions, towns = _add_new_towns(doc, gaz, mentions)
    mentions, between = _towns_between_counties_and_villages(doc, gaz, mentions)
    towns += between
    mentions, offices = _office_towns(doc, gaz, mentions)
    towns += offices
    mentions, merged = _merged_townships(doc, gaz, mentions)
    towns += merged
    mentions, merged = _merged_villages(doc, gaz, mentions)
    towns += merged
    mentions += _short_villages_after_their_towns(text, gaz, mentions)
    mentions.sort(key=lambda m: m.span)
    mentions, longer = _longer_written_villages(text, gaz, mentions)
    towns += longer
    mentions, communities = _villages_become_communities(text, gaz, mentions)
    towns += communities
    mentions, villages = _add_new_villages(doc, gaz, mentions, {e.key: e for e in towns})
    mentions, placed = _villages_placed_in_towns(doc, gaz, mentions)
    villages += placed
    mentions, defined = _villages_defined_in_places(doc, gaz, mentions)
    villages += defined
    mentions, said = _villages_said_to_be_villages(doc, gaz, mentions)
    villages += said
    mentions, listed = _full_villages_said_to_be_villages(doc, gaz, mentions)
    villages += listed
    mentions, peopled = _villages_by_their_people(doc, gaz, matches, mentions, index)
    villages += peopled
    mentions, shared = _shared_villages_after_their_county(doc, gaz, matches, mentions, index)
    villages += shared
    villages = towns + villages
    mentions += _enumerated_towns(doc, gaz, mentions)
    mentions = _listed_counties(doc, gaz, mentions)
    mentions += _towns_said_to_be_towns(doc, gaz, mentions)
    mentions += _management_area_shorts(doc, gaz, mentions)
    mentions, bare = _bare_zones(doc, gaz, mentions, new_entries)
    mentions, fused = _fuse_adjacent_zones(text, gaz, sorted(mentions, key=lambda m: m.span), new_entries + villages)
    return mentions, new_entries + villages + fused + bare


def _village_match_starts(gaz: Gazetteer, index: _Index, matches: list[_Match]) -> set[int]:
    """Where a village or community name of the gazetteer starts (a community named after a works
    or a station, 某某街道|火车站社区: the facility word after the town opens that community's
    name, not a facility of the town's)."""
    return {m.start for m in matches
            if all(_level(gaz, k) in VILLAGE_LEVELS for k in index.names[m.surface])}


# 岳阳楼区和经开区的财政收入…, 其中新港区的增长达到52.5%: a zone written by its class word alone
_BARE_ZONE_WORDS = ("经开区", "高新区", "新港区", "综保区")
_BARE_ZONE_OPENERS = ("、", "，", ",", "。", "；", ";", "：", ":", "和", "及", "与", "\n", "其中", "是", "而")
_BARE_ZONE_HOMES = frozenset({"prefecture_city"})


def _bare_zones(doc: _View, gaz: Gazetteer, mentions: list[PlaceMention],
                known: list[PlaceEntry]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """A zone written by its class word alone (经开区, 高新区, 新港区), opening its phrase
    (after a list separator, 和/及/与, 其中): the zone of that class named in full earlier in
    the article (城陵矶新港区 … 其中新港区), else the zone of that class of the city the
    article names most (岳阳市's 经开区 in a report on 岳阳's counties), named as written."""
    text = doc.text
    taken = _SpanIndex(m.span for m in mentions)
    extra = {e.key: e for e in known}
    out = list(mentions)
    added: dict[str, PlaceEntry] = {}
    for word in _BARE_ZONE_WORDS:
        for found in re.finditer(word, text):
            start, end = found.start(), found.end()
            if taken.covers(start, end) or not text[:start].endswith(_BARE_ZONE_OPENERS):
                continue
            article = _article_index(doc, start)
            in_article = [m for m in out if _article_index(doc, m.span.start) == article and m.span.start < start]
            named = [m for m in in_article if m.surface.endswith(word) and len(m.surface) > len(word)
                     and _level_of(gaz, m.key, extra) == "zone"]
            if in_article and _after_own_city(text, in_article[-1], start, gaz, extra):
                continue          # 邵阳市及经开区相关职能部门: the city with its zone's office, the city's act
            name = word
            if named:
                key = named[-1].key
            else:
                homes = Counter(m.key for m in in_article if _level_of(gaz, m.key, extra) in _BARE_ZONE_HOMES)
                if not homes:
                    continue
                parent = homes.most_common(1)[0][0]
                name = _listed_zone_prefix(text, in_article[-1], start, gaz, extra, parent) + word
                key = _only_zone_of(gaz, parent, zone_class(word) or word, "") or f"{parent}/{name}"
                if key not in gaz.entries and key not in added:
                    added[key] = PlaceEntry(key, name, "zone", parent)
            out.append(PlaceMention(Span(start, end), name, key))
            taken.add(Span(start, end))
    return sorted(out, key=lambda m: m.span), list(added.values())


def _after_own_city(text: str, prev: PlaceMention, start: int, gaz: Gazetteer,
                    extra: dict[str, PlaceEntry]) -> bool:
    """Is the bare zone at `start` written right after a city joined to it by 及/、/和
    (邵阳市及经开区, 邵阳市、经开区)?"""
    return _level_of(gaz, prev.key, extra) in _BARE_ZONE_HOMES and start - prev.span.end == 1 \
        and text[prev.span.end] in "及、和与"


def _listed_zone_prefix(text: str, prev: PlaceMention, start: int, gaz: Gazetteer,
                        extra: dict[str, PlaceEntry], parent: str) -> str:
    """湘潭高新区、经开区和昭山示范区: the city's short name opening the zone listed right before
    a bare zone word distributes over it (湘潭经开区); "" otherwise."""
    if start - prev.span.end != 1 or text[prev.span.end] not in "、和及与" \
            or _level_of(gaz, prev.key, extra) != "zone":
        return ""
    entry = _entry(gaz, parent, extra)
    shorts = [entry.name, entry.short or ""] if entry is not None else []
    return next((p for p in shorts if p and prev.surface.startswith(p)
                 and prev.surface[len(p):].endswith(zone_suffixes())), "")


MANAGEMENT_AREA = "管理区"


def _management_area_shorts(doc: _View, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A management area the gazetteer lists without code, written by its core alone (到西湖开展调研)
    in an article that writes its full name (西湖管理区), is that area, not a namesake elsewhere
    (杭州's 西湖): a whole word not already part of another mention, the core a place-like word."""
    text = doc.text
    taken = _SpanIndex(m.span for m in mentions)
    out: list[PlaceMention] = []
    seen: set[tuple[int, str]] = set()
    for m in mentions:
        core = m.surface[: -len(MANAGEMENT_AREA)]
        entry = _entry(gaz, m.key)
        if not m.surface.endswith(MANAGEMENT_AREA) or len(core) < 2 or entry is None or entry.level != "zone" \
                or entry.code is not None or _default_tags_of(core) not in ("", "ns"):
            continue   # a coded zone's core is already a short form (屈原); a common word (城区) is none
        article = doc.article_at(m.span.start)
        if article is None or (article.index, core) in seen:
            continue
        seen.add((article.index, core))
        for found in re.finditer(re.escape(core), text):
            start, end = found.start(), found.end()
            if _article_index(doc, start) != article.index or taken.covers(start, end):
                continue
            if text.startswith(MANAGEMENT_AREA, end) or not _is_whole_word(text, start, end):
                continue
            out.append(PlaceMention(Span(start, end), core, m.key))
            taken.add(Span(start, end))
    return out


def _towns_before_their_villages(text: str, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A town written by its short name right before one of its villages (兰溪|勾蓝瑶寨 for
    兰溪瑶族乡): places written in a row, the town named without its 乡 / 镇."""
    ends = {m.span.end for m in mentions}
    out: list[PlaceMention] = []
    for m in mentions:
        entry = gaz.entries.get(m.key)
        if entry is None or entry.level not in VILLAGE_LEVELS or m.span.start in ends or entry.parent is None:
            continue
        town = gaz.entries.get(entry.parent)
        if town is None or town.level not in TOWN_LEVELS:
            continue
        short = _TOWN_SUFFIX.sub("", town.name)
        start = m.span.start - len(short)
        if short != town.name and len(short) >= 2 and start >= 0 and text[start:m.span.start] == short:
            out.append(PlaceMention(Span(start, m.span.start), short, town.key))
    return out


def _short_villages_after_their_towns(text: str, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A village of the gazetteer whose name is too short to be matched on its own (two
    characters: 敏村, 新村), written right after its town (花桥街镇敏村)."""
    short_villages = _per_gazetteer(gaz, "short villages", _short_villages_by_town)
    starts = {m.span.start for m in mentions}
    out: list[PlaceMention] = []
    for m in mentions:
        if m.span.end in starts:
            continue
        for key in short_villages.get(m.key, ()):
            name = gaz.entries[key].name
            end = m.span.end + len(name)
            if text.startswith(name, m.span.end) and text[end:end + 1] not in _VILLAGE_WORD_TAILS:
                out.append(PlaceMention(Span(m.span.end, end), name, key))
                break
    return out


# what makes 村 the head of a common word (某镇新村|民 is 村民 of the town, 大村|级 村级 …)
_VILLAGE_WORD_TAILS = frozenset("民级委部干集务组")


def _short_villages_by_town(gaz: Gazetteer) -> dict[str, list[str]]:
    """town key -> keys of its villages and communities named with fewer than three characters."""
    table: dict[str, list[str]] = defaultdict(list)
    for entry in gaz.entries.values():
        if entry.level in VILLAGE_LEVELS and len(entry.name) < 3 and entry.parent:
            table[entry.parent].append(entry.key)
    return table


def _previous_resolved(resolved: dict[int, str], pendings: "dict[int, _Pending]", p: _Pending) -> str | None:
    """The key of the resolved match ending where `p` starts (`pendings` indexed by end)."""
    q = pendings.get(p.match.start)
    if q is not None and q.match.start in resolved:
        return resolved[q.match.start]
    return None


def _add_chained_shorts(doc: _View, gaz: Gazetteer, pendings: list[_Pending], by_end: dict[int, _Pending],
                        resolved: dict[int, str], mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Short county forms right after an accepted ancestor: 永州|冷水滩."""
    out = list(mentions)
    for p in pendings:
        if p.match.start in resolved or not p.short:
            continue
        prev = _previous_resolved(resolved, by_end, p)
        if prev is None:
            continue
        for key in p.candidates:
            if prev in {a.key for a in gaz.ancestors(key)} and _is_whole_word(doc.text, p.match.start, p.match.end):
                resolved[p.match.start] = key
                out.append(PlaceMention(Span(p.match.start, p.match.end), p.match.surface, key))
                break
    return out


def _add_zones(doc: _View, gaz: Gazetteer, index: _Index,
               mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """Zones written as <place><core><suffix> or <proper name><suffix>."""
    text = doc.text
    ends = {m.span.end: m for m in mentions}
    zones: dict[str, PlaceEntry] = {}
    by_article: dict[int, list[PlaceMention]] = defaultdict(list)   # in `out` order, per article
    for m in mentions:
        by_article[_article_index(doc, m.span.start)].append(m)
    spans = _SpanIndex(m.span for m in mentions)
    removed: set[Span] = set()
    added: list[PlaceMention] = []
    by_canon: dict[tuple[str, str, str], str] = {}
    last_end = -1
    for stop, suffix in sorted(_zone_automaton().iter(text), key=lambda t: (t[0] - len(t[1]), -len(t[1]))):
        start, end = stop - len(suffix) + 1, stop + 1
        if start < last_end or text.startswith(PROJECT_WORDS, end):
            continue
        if _is_farm_park(text, end):
            last_end = end
            continue
        if spans.covers(start, end):
            continue  # already a gazetteer zone (屈原管理区)
        owner = home = None
        for gap in range(0, ZONE_CORE_MAX + 1):
            cand = ends.get(start - gap)
            if cand is not None and _village_before_zone(gaz, zones, cand, suffix):
                break
            if cand is not None and _zone_core_ok(text[start - gap:start]):
                owner = cand
                break
        article = _article_index(doc, start)
        in_article = by_article[article]
        if owner is not None:
            core = text[owner.span.end:start]
            name_start = owner.span.start
            parent = owner.key
            owner_entry = zones.get(parent) or gaz.entries.get(parent)
            if _park_inside_zone(owner_entry, core, suffix):
                # 某某高新区|东区|产业园: a park named after its zone is a place of its own in it
                name_start = owner.span.end
            elif _is_park(suffix) and owner_entry is not None and owner_entry.level != "zone":
                # 株洲北斗产业园 in an article about 株洲经开区: the park lies in that zone
                parent = _zone_parent_in_article(gaz, zones, in_article, start, parent,
                                                 text[owner.span.start:end]) or parent
            glued_short = owner.surface != owner_entry.name and not _after_zone(ends, zones, owner) \
                if owner_entry is not None else False
            if owner_entry is not None and owner.span not in removed and name_start == owner.span.start and (
                    LEVEL_RANK.get(owner_entry.level, 2) >= 2 or glued_short):
                # the prefix of a zone's name is not a mention of its own, nor is a city's short
                # name glued into it (长沙经开区; 永州市金洞管理区 names the city in full)
                removed.add(owner.span)
                if owner in in_article:
                    in_article.remove(owner)
        else:
            home = _shorthand_zone_home(gaz, text, start, in_article)
            core = "" if home is not None else _unprefixed_zone_name(text, start, suffix) \
                or _town_named_zone(gaz, text, start, in_article)
            if core is None:
                continue
            name_start = start - (1 if home is not None else len(core))
            earlier = None if home is not None else _zone_named_before(zones, in_article, text[name_start:end])
            if earlier is not None:       # 湖南湘江新区 … 湘江新区: the zone again, its prefix dropped
                zone = PlaceMention(Span(name_start, end), text[name_start:end], earlier)
                added.append(zone)
                spans.add(zone.span)
                ends[end] = zone
                last_end = end
                continue
            parent = home or _place_named(gaz, index, core) or _article_place_so_far(gaz, in_article, text)
            if parent is None:
                continue
        name = text[name_start:end]
        if home is not None:
            name = gaz.entries[parent].name + suffix     # 县工业集中区 -> 衡南县工业集中区
        cls = zone_class(name) or suffix
        canon = (parent, cls, core)
        key = index.coded_zones.get(canon) or by_canon.get(canon) or _only_zone_of(gaz, parent, cls, core)
        if key is None:
            key = f"{parent}/{name}"
            zones[key] = PlaceEntry(key, name, "zone", parent)
            by_canon[canon] = key
        zone = PlaceMention(Span(name_start, end), name, key)   # a shorthand one is named, not written
        added.append(zone)
        in_article.append(zone)
        spans.add(zone.span)
        ends[end] = zone
        last_end = end
    out = [m for m in mentions if m.span not in removed] + [z for z in added if z.span not in removed]
    return out, list(zones.values())


def _zone_named_before(zones: dict[str, PlaceEntry], in_article: list[PlaceMention], bare: str) -> str | None:
    """The key of the one new zone of the article whose name is `bare` after a place prefix
    (湖南湘江新区 for a later 湘江新区): the article names its zone in full once, then without
    its prefix."""
    keys = {m.key for m in in_article if m.key in zones and zones[m.key].name.endswith(bare)
            and len(zones[m.key].name) > len(bare)}
    return keys.pop() if len(keys) == 1 else None


def _village_before_zone(gaz: Gazetteer, zones: dict[str, PlaceEntry], cand: PlaceMention, suffix: str) -> bool:
    """Is `cand` a village written right before a development zone's name (某某村|洞口经济开发区: a
    list of sites visited)? A development zone is a county's or a city's, never a village's: the
    zone is then named by the words after the village."""
    entry = _entry(gaz, cand.key, zones)
    return entry is not None and entry.level in VILLAGE_LEVELS and not _is_park(suffix)


_PARK_CORE_MIN = 2       # 某某经开区|东部|产业园: the park's own name after its zone


def _park_inside_zone(owner: PlaceEntry | None, core: str, suffix: str) -> bool:
    """Is <zone><core><park suffix> a park with a name of its own written after the zone it lies
    in (某某高新区|东部产业园, 某某经开区|某某硅谷产业园)? Then the zone stays a place of the text and
    the park is named without it; a zone's own class word (经开区|高新区) after it is no park."""
    return owner is not None and owner.level == "zone" and _is_park(suffix) and len(core) >= _PARK_CORE_MIN


def _is_farm_park(text: str, end: int) -> bool:
    """Does the park name ending at `end` end in an agricultural park's ending (洞庭现代农业产业园:
    place_farm_parks.txt)? Such a park is a project, not a zone."""
    return text[:end].endswith(load_longest_first("place_farm_parks.txt"))


def _after_zone(ends: dict[int, PlaceMention], zones: dict[str, PlaceEntry], owner: PlaceMention) -> bool:
    """Is `owner` written right after a zone the text has just named (株洲经开区|株洲北斗产业园)?
    Its short name then opens the next zone's own name, not a zone of the city."""
    before = ends.get(owner.span.start)
    return before is not None and before.key in zones


_ZONE_SHORTHAND_LEVELS: dict[str, frozenset[str]] = {
    "县": frozenset({"county", "county_city"}),
    "市": frozenset({"prefecture_city", "county_city"}),
    "区": frozenset({"district"}),
}


def _shorthand_zone_home(gaz: Gazetteer, text: str, start: int, in_article: list[PlaceMention]) -> str | None:
    """The place of 县工业集中区 / 市经开区 (a level character written alone before the suffix, as
    in 县残联): the article's most frequent place of that level so far, if any."""
    levels = _ZONE_SHORTHAND_LEVELS.get(text[start - 1:start]) if start else None
    if levels is None:
        return None
    words = cut(text[max(0, start - 4):start])
    if not words or words[-1] != text[start - 1] or len(words) > 1 and words[-2] in {"各", "每", "等"}:
        return None          # 城市|产业园 is no shorthand; 各县工业园 is a class of zones
    counts = Counter(m.key for m in in_article if m.key in gaz.entries and gaz.entries[m.key].level in levels)
    return counts.most_common(1)[0][0] if counts else None


class _SpanIndex:
    """Spans sorted by start, for "is [start, end) inside a span already taken?" in log time."""

    LONGEST = 40      # no place name is longer: only spans starting this far back can cover

    def __init__(self, spans) -> None:
        self.items = sorted((sp.start, sp.end) for sp in spans)

    def add(self, span: Span) -> None:
        self.items.insert(bisect_left(self.items, (span.start, span.end)), (span.start, span.end))

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.items, (start, float("inf")))
        while i > 0 and self.items[i - 1][0] >= start - self.LONGEST:
            i -= 1
            if self.items[i][1] >= end:
                return True
        return False


def _fuse_adjacent_zones(text: str, gaz: Gazetteer, mentions: list[PlaceMention],
                         known: list[PlaceEntry]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """西洞庭|西湖管理区 written as one word: two zones of one prefecture fused into the name of
    a joint administration (its tax bureau, its committee) are one place under that prefecture;
    the same name written again is that place even where its first part was not matched."""
    extra = {e.key: e for e in known}
    out: list[PlaceMention] = []
    fused: dict[str, PlaceEntry] = {}
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.span.end == m.span.start and zone_class(m.surface) is not None:
            first, second = _entry(gaz, prev.key, extra), _entry(gaz, m.key, extra)
            home = _prefecture_of(gaz, prev.key, extra)
            if (first is not None and second is not None and first.level == second.level == "zone"
                    and second.parent != first.key and home is not None and home == _prefecture_of(gaz, m.key, extra) and home[:2] != "00"
                    and _entry(gaz, home, extra) is not None and _entry(gaz, home, extra).level == "prefecture_city"):
                name = prev.surface + m.surface
                key = f"{home}/{name}"
                fused.setdefault(key, PlaceEntry(key, name, "zone", home))
                out[-1] = PlaceMention(Span(prev.span.start, m.span.end), name, key)
                continue
        out.append(m)
    if fused:
        out = [_as_fused(text, m, fused) for m in out]
    return out, list(fused.values())


def _as_fused(text: str, mention: PlaceMention, fused: dict[str, PlaceEntry]) -> PlaceMention:
    """`mention` widened to a fused zone name written around it, if any."""
    for key, entry in fused.items():
        if mention.key == key or not entry.name.endswith(mention.surface):
            continue
        start = mention.span.start - (len(entry.name) - len(mention.surface))
        if start >= 0 and text[start:mention.span.end] == entry.name:
            return PlaceMention(Span(start, mention.span.end), entry.name, key)
    return mention


def _is_park(suffix: str) -> bool:
    """A park (产业园, 职教园) rather than an administrative zone (经开区, 高新区, 管理区)."""
    return suffix.endswith(("园", "园区", "城")) and zone_class(suffix) not in {"高新", "经开"}


def _place_named(gaz: Gazetteer, index: _Index, core: str) -> str | None:
    """The one county-level place of Hunan whose name or short form an unprefixed zone's proper
    name is (雨花经济开发区: 雨花区, whose short form 雨花 was not read as a place on its own)."""
    keys = {k for k in index.names.get(core, ()) if k.startswith(HUNAN[:2])
            and k in gaz.entries and gaz.entries[k].level in COUNTY_LEVELS}
    return next(iter(keys)) if len(keys) == 1 else None


def _only_zone_of(gaz: Gazetteer, parent: str, cls: str, core: str) -> str | None:
    """The gazetteer's zone of class `cls` in `parent` named with `core` (长沙雨花经济开发区 for
    雨花经济开发区 or 雨花经开区 in 雨花区), when it is the only one; zones without a code are
    not in the coded table."""
    found = [k for k in _zones_by_parent(gaz).get(parent, ())
             if zone_class(gaz.entries[k].name) == cls and core in gaz.entries[k].name]
    return found[0] if len(found) == 1 else None


def _zones_by_parent(gaz: Gazetteer) -> dict[str, list[str]]:
    """parent key -> keys of the gazetteer's zones in it, built once per gazetteer."""
    def build(gaz: Gazetteer) -> dict[str, list[str]]:
        table: dict[str, list[str]] = defaultdict(list)
        for entry in gaz.entries.values():
            if entry.level == "zone" and entry.parent:
                table[entry.parent].append(entry.key)
        return table

    return _per_gazetteer(gaz, "zones", build)


# 常宁市党政代表团来祁东县调研考察: a place naming a visiting delegation is where the visitors come from
_VISITORS = re.compile(r"(?:党政|考察|学习|参观)?(?:代表团|考察团|参观团|考察组|学习团)")


def _article_place_so_far(gaz: Gazetteer, in_article: list[PlaceMention], text: str = "") -> str | None:
    """The most frequent city / county mentioned in the article (the unprefixed zone's home); a
    place naming a visiting delegation (常宁市党政代表团来祁东县…) is not counted."""
    counts = Counter(m.key for m in in_article
                     if m.key in gaz.entries and gaz.entries[m.key].level in COUNTY_LEVELS | {"prefecture_city"}
                     and not (text and _VISITORS.match(text, m.span.end)))
    return counts.most_common(1)[0][0] if counts else None


_NEW_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:村|社区|居委会)")     # 居委会: a community by its office


_NEW_TOWN = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道)")


def _unknown_after(doc: _View, mentions: list[PlaceMention], entry_of: Callable[[str], PlaceEntry | None],
                   levels: frozenset[str], pattern: re.Pattern[str]) -> Iterator[tuple[PlaceMention, re.Match[str]]]:
    """Each mention of a place of `levels` (its entry from `entry_of`) directly followed by a
    name matching `pattern` that no mention covers: a unit below it written together with it."""
    starts = {m.span.start for m in mentions}
    for m in mentions:
        entry = entry_of(m.key)
        if entry is None or entry.level not in levels or m.span.end in starts:
            continue
        found = pattern.match(doc.text, m.span.end)
        if found is not None:
            yield m, found


def _town_core(core: str, generic: frozenset[str], freq: dict[str, int]) -> bool:
    """Can `core` name a town the gazetteer lacks? Not a generic core, no function character, not
    a word of jieba's dictionary unless a place name, no verb, adverb, preposition, conjunction or
    numeral in it (驻京, 扶贫)."""
    return core not in generic and not any(ch in STOP_CHARS for ch in core) \
        and not (freq.get(core, 0) > 0 and not _default_tags_of(core).startswith("ns")) \
        and not any(flag.startswith(("v", "d", "p", "c", "m")) for _, flag in pos_window(core))


def _add_new_towns(doc: _View, gaz: Gazetteer,
                   mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """<county><name>镇|乡|街道 written together, the town missing from the gazetteer (merged or
    created since: 桂阳县|某某乡): a new entry under that county. Not a generic word (城镇, 集镇,
    乡镇: the core's last character and the suffix make a word) nor a phrase with a verb."""
    generic = load_lines("place_generic_cores.txt")
    freq = _word_freq()
    out = list(mentions)
    new: dict[str, PlaceEntry] = {}
    for m, found in _unknown_after(doc, mentions, gaz.entries.get, COUNTY_LEVELS, _NEW_TOWN):
        name = found.group(0)
        suffix = "街道" if name.endswith("街道") else name[-1]
        core = name[: -len(suffix)]
        if freq.get(core[-1] + suffix[0], 0) > 0 or not _town_core(core, generic, freq):
            continue
        known = _town_shorts(gaz).get(m.key, {}).get(core)
        if known is not None:      # 千家峒乡 for 千家峒瑶族乡: the town, its ethnic qualifier dropped
            out.append(PlaceMention(Span(found.start(), found.end()), name, known))
            continue
        key = f"{m.key}/{name}"
        if key in gaz.entries or gaz.by_name.get(name):
            continue
        level = "subdistrict" if suffix == "街道" else "township" if suffix == "乡" else "town"
        new.setdefault(key, PlaceEntry(key, name, level, m.key))
        out.append(PlaceMention(Span(found.start(), found.end()), name, key))
    return out, list(new.values())


# 永定区|沙堤乡|郝坪村, 蒸湘区|雨母山乡|雨母村: a township written between its county and one of that
# county's villages, as a list of villages (an honour roll, a project list) writes each one's
# address. The gazetteer (today's divisions) may lack it (merged since), file it under another
# name (a 乡 made a 镇 since) or the core may be a common word (沙堤, 山乡): placed so, it is a
# township all the same.
_TOWN_BETWEEN = re.compile(r"(?P<core>[\u4e00-\u9fff]{2,4}?)(?P<ethnic>(?:"
                           + "|".join(load_longest_first("ethnic_groups.txt"))
                           + r")*)(?P<suffix>乡|镇)$")
_TOWN_BETWEEN_MAX = 9       # characters of such a township's name (索溪峪土家族乡)


def _towns_between_counties_and_villages(doc: _View, gaz: Gazetteer,
                                         mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """<county><name>乡|镇<village>, the village one of the county's in the gazetteer and the text
    between them covered by no mention: that text is a township of the county. The county's town of
    the same core (雨母山镇 for 雨母山乡, 保和瑶族乡 for 保和乡) when the gazetteer has one, else a new
    entry under the county. A new one's core with a function character or a generic core is no name."""
    text = doc.text
    generic = load_lines("place_generic_cores.txt")
    ordered = sorted(mentions, key=lambda m: m.span.start)
    starts = {m.span.start for m in ordered}
    out, new = list(mentions), {}
    for i, m in enumerate(ordered[:-1]):
        county, village = gaz.entries.get(m.key), ordered[i + 1]
        if county is None or county.level not in COUNTY_LEVELS or m.span.end in starts:
            continue
        gap = village.span.start - m.span.end
        vil = gaz.entries.get(village.key)
        if not 3 <= gap <= _TOWN_BETWEEN_MAX or vil is None or vil.level not in VILLAGE_LEVELS \
                or not gaz.is_within(village.key, m.key):
            continue
        found = _TOWN_BETWEEN.match(text[m.span.end:village.span.start])
        if found is None:
            continue
        name, core = found.group(0), found.group("core")
        key = next((k for k in gaz.by_name.get(name, ()) if gaz.entries[k].parent == m.key), None) \
            or _town_shorts(gaz).get(m.key, {}).get(core)
        if key is None and (core in generic or any(ch in STOP_CHARS for ch in core)):
            continue
        if key is None:
            key = f"{m.key}/{name}"
            new.setdefault(key, PlaceEntry(key, name, "township" if name.endswith("乡") else "town", m.key))
        out.append(PlaceMention(Span(m.span.end, village.span.start), name, key))
    return sorted(out, key=lambda m: m.span), list(new.values())


# 选址于麻塘办事处金龙村: a township-level unit written by the name of its office (街道办事处, in
# county papers 办事处), right before one of its villages or communities
_OFFICE_TOWN = re.compile(r"办事处(?=[\u4e00-\u9fff]{2,4}?(?:村|社区))")
_OFFICE_CORE = (3, 2)        # characters of the office's place name, the longer tried first
_OFFICE_OPENERS = frozenset("于在到和及与、，,。；;：:（(“\"\n") | {""}


def _office_towns(doc: _View, gaz: Gazetteer,
                  mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """<name>办事处 right before <name>村|社区, the unit missing from the gazetteer: a new
    subdistrict under the county (or city) named last before it in its article, else the one
    the article names most, or under the development zone written right before it (娄底经济开发区
    大埠桥办事处: zones run such offices). Its name opens a clause or follows a preposition or that county
    (于麻塘办事处…, 岳阳县麻塘办事处…); a generic or verbal core (驻京, 扶贫) is no place name."""
    text = doc.text
    generic = load_lines("place_generic_cores.txt")
    freq = _word_freq()
    ends = {m.span.end: m for m in mentions}
    covered = [(m.span.start, m.span.end) for m in mentions]
    out, new = list(mentions), {}
    for found in _OFFICE_TOWN.finditer(text):
        at = found.start()
        core = next((text[at - n:at] for n in _OFFICE_CORE
                     if at - n >= 0 and (text[at - n - 1:at - n] in _OFFICE_OPENERS or at - n in ends)), None)
        if core is None or not all(CJK.match(ch) for ch in core) or not _town_core(core, generic, freq):
            continue
        start, end = at - len(core), found.end()
        if any(a < end and start < b for a, b in covered):
            continue
        article = _article_index(doc, start)
        before = [m for m in mentions if m.span.end <= start and _article_index(doc, m.span.start) == article
                  and m.key in gaz.entries and gaz.entries[m.key].level in COUNTY_LEVELS | {"prefecture_city"}]
        home = before[-1].key if before else _article_place_so_far(
            gaz, [m for m in mentions if _article_index(doc, m.span.start) == article], text)
        glued = ends.get(start)
        if glued is not None and (zone_class(glued.surface) is not None
                                  or glued.key in gaz.entries and _level(gaz, glued.key) == "zone"):
            home = glued.key      # 娄底经济开发区|大埠桥办事处: the zone written with it runs it
        if home is None:
            continue
        name = core + "办事处"
        key = f"{home}/{name}"
        new.setdefault(key, PlaceEntry(key, name, "subdistrict", home))
        out.append(PlaceMention(Span(start, end), name, key))
    return sorted(out, key=lambda m: m.span), list(new.values())


# 土桥镇…2015年由土桥乡、杨公庙乡建制合并设立而成: the former townships a town was merged from
_MERGED_FROM = re.compile(r"由原?(?P<items>[\u4e00-\u9fff]{2,4}?[乡镇](?:[、和及与]原?[\u4e00-\u9fff]{2,4}?[乡镇])+)"
                          r"(?:等)?(?:[两三四五六七八九]个?乡镇?)?(?:建制)?(?:合并|撤并|并为|组建)")
_MERGED_ITEM = re.compile(r"原?([\u4e00-\u9fff]{2,4}?[乡镇])(?:[、和及与]|$)")
_MERGED_REACH = 60          # characters between the town and the merger it was made by


def _merger_subject(text: str, at: int, units: list[PlaceMention]) -> PlaceMention | None:
    """The unit (town, village) a merger clause starting at `at` is written about: the last of
    `units` (sorted by start) before it, in the same sentence and at most _MERGED_REACH characters away."""
    unit = next((u for u in reversed(units) if u.span.end <= at), None)
    if unit is None or at - unit.span.end > _MERGED_REACH or any(ch in "。！？\n" for ch in text[unit.span.end:at]):
        return None
    return unit


def _merged_townships(doc: _View, gaz: Gazetteer,
                      mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """The townships a town was merged from (X镇…由A乡、B乡合并而成), written after the town:
    units of the town's county (the gazetteer has their key when it still lists them, else new
    entries; the town itself among them keeps its key)."""
    out, new = list(mentions), {}
    towns = sorted((m for m in mentions if m.key in gaz.entries and _level(gaz, m.key) in TOWN_LEVELS),
                   key=lambda m: m.span.start)
    taken = {(m.span.start, m.span.end) for m in mentions}
    for found in _MERGED_FROM.finditer(doc.text):
        town = _merger_subject(doc.text, found.start(), towns)
        if town is None:
            continue
        county = gaz.entries[town.key].parent
        base = found.start("items")
        for item in _MERGED_ITEM.finditer(found.group("items")):
            name = item.group(1)
            span = (base + item.start(1), base + item.end(1))
            if span in taken:
                continue
            known = next((k for k in gaz.by_name.get(name, ()) if gaz.entries[k].parent == county), None)
            key = known or f"{county}/{name}"
            if known is None and key not in new:
                new[key] = PlaceEntry(key, name, "township" if name.endswith("乡") else "town", county)
            out.append(PlaceMention(Span(*span), name, key))
    return out, list(new.values())


# 仙人溪村…2016年由原仙人溪、犀牛潭、熊壁岩三个村合并而成 / 凤凰山村由过去的长源、凤阳、中坪、山峰等4个贫困村
# 合并而成: the former villages a village was merged from, listed by their bare names
_MERGED_VILLAGES = re.compile(r"由(?:原来的|过去的|原)?(?P<items>[\u4e00-\u9fff]{2,4}?(?:、[\u4e00-\u9fff]{2,4}?)+)"
                              r"等?(?:[\d两二三四五六七八九十]{1,2}个)(?:贫困|行政|自然)?村(?:建制)?(?:合并|撤并|并为|组建)")
# 地灵乡团结村,由原罗家村、龙貌村、团结村、新开村合并而成: the former villages written in full (each
# with its 村), the count of villages optional
# 由原白鹤村、燕山村、碑头居委会合并而成: a residents' committee (居委会) or community merged in beside the villages
_MERGED_FULL_VILLAGES = re.compile(r"由(?:原来的|过去的|原)?(?P<items>[\u4e00-\u9fff]{1,4}?村"
                                   r"(?:[、和及与]原?[\u4e00-\u9fff]{1,4}?(?:村|社区|居委会))+)"
                                   r"(?:等?[\d两二三四五六七八九十]{1,2}个(?:贫困|行政|自然)?村)?(?:建制)?(?:合并|撤并|并为|组建)")
_FULL_ITEM = re.compile(r"(^|[、和及与])原?([\u4e00-\u9fff]+?(?:村|社区|居委会))(?=[、和及与]|$)")
_VILLAGE_TAIL = ("村", "社区")


def _village_core(name: str) -> str:
    """A village's or community's name without its 村 / 社区 / 居委会 (仙人溪村 -> 仙人溪)."""
    return re.sub(r"(村|社区|居委会)$", "", name)


def _merged_villages(doc: _View, gaz: Gazetteer,
                     mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """The former villages a village was merged from (X村…由原A、B、C三个村合并而成), written in
    the village's sentence and counted as villages by the text: places of the village's county
    (the nearest certain ancestor: a former village may have lain in a former township), new
    entries named as written; the village itself among them (原仙人溪 of 仙人溪村) keeps its key."""
    out, new = list(mentions), {}
    villages = sorted((m for m in mentions if _level_of(gaz, m.key) in VILLAGE_LEVELS),
                      key=lambda m: m.span.start)
    taken = _SpanIndex(m.span for m in mentions)
    by_span = {(m.span.start, m.span.end): m for m in mentions}
    towns_at = {m.span.end: m for m in mentions if _level_of(gaz, m.key) in TOWN_LEVELS}
    found_all = [(f, False) for f in _MERGED_VILLAGES.finditer(doc.text)] \
        + [(f, True) for f in _MERGED_FULL_VILLAGES.finditer(doc.text)]
    for found, full in found_all:
        village = _merger_subject(doc.text, found.start(), villages)
        if village is None:
            continue
        county = next((a.key for a in gaz.ancestors(village.key) if a.level in COUNTY_LEVELS), None)
        own = _village_core(village.surface)
        if county is None:
            continue
        parent = county
        town = towns_at.get(village.span.start)
        if full and town is not None:
            parent = town.key     # 地灵乡团结村,由原罗家村、…合并而成: the town written with the village
        base = found.start("items")
        for item in re.finditer(_FULL_ITEM if full else r"()([^、]+)", found.group("items")):
            name, span = item.group(2), (base + item.start(2), base + item.end(2))
            core = _village_core(name) if full else name
            elsewhere = by_span.get(span)
            if elsewhere is not None and _entry(gaz, elsewhere.key) is not None \
                    and _level_of(gaz, elsewhere.key) in VILLAGE_LEVELS and not gaz.is_within(elsewhere.key, county):
                out.remove(elsewhere)     # a namesake of another county the gazetteer offered: the merged village
            elif taken.covers(*span):
                continue
            if core == own or (not full and name.endswith(_VILLAGE_TAIL)) \
                    or len(core) < 2 or any(ch in STOP_CHARS for ch in name):
                continue
            key = f"{parent}/{name}"
            if key not in gaz.entries and key not in new:
                new[key] = PlaceEntry(key, name, _village_level(name), parent)
            out.append(PlaceMention(Span(*span), name, key))
    return out, list(new.values())


def _default_tags_of(word: str) -> str:
    """jieba's tag of `word` when it is a dictionary word, else ""."""
    return dict(pos_window(word)).get(word, "")



@lru_cache(maxsize=1)
def _feature_chars() -> frozenset[str]:
    return frozenset(load_lines("place_feature_chars.txt"))


# 走马坪白族乡前村坪村: the gazetteer's village (前村) is the start of the longer name the text writes
_RUN_ON_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,2}?(?:村|社区)")


_COMMUNITY = "社区"


def _villages_become_communities(text: str, gaz: Gazetteer,
                                 mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """A gazetteer village written with 社区 after its name (咸嘉新村|社区: a village made an urban
    community keeps the village's name) is that community, in the village's town: the text names
    the unit as it stands."""
    out: list[PlaceMention] = []
    new: dict[str, PlaceEntry] = {}
    for m in mentions:
        entry = gaz.entries.get(m.key)
        if entry is None or entry.level != "village" or not m.surface.endswith("村") \
                or not text.startswith(_COMMUNITY, m.span.end) or entry.parent is None:
            out.append(m)
            continue
        name = m.surface + _COMMUNITY
        key = f"{entry.parent}/{name}"
        if key not in gaz.entries:
            new.setdefault(key, PlaceEntry(key, name, "community", entry.parent))
        out.append(PlaceMention(Span(m.span.start, m.span.end + len(_COMMUNITY)), name, key))
    return out, list(new.values())


def _longer_written_villages(text: str, gaz: Gazetteer,
                             mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """A gazetteer village written right after its town whose name runs on to a longer village
    name (走马坪白族乡|前村|坪村: 前村坪村) is that longer village, new in the town (renamed or
    merged since the gazetteer), when the run-on is one or two topographic generic characters
    (坪, 冲, 塘 …: place_feature_chars.txt), not a function word or a verb (马村|和牛村, 马村|建村)."""
    out: list[PlaceMention] = []
    new: dict[str, PlaceEntry] = {}
    ends = {m.span.end: m for m in mentions}
    for m in mentions:
        entry = gaz.entries.get(m.key)
        town = ends.get(m.span.start)
        found = _RUN_ON_VILLAGE.match(text, m.span.end)
        if entry is None or entry.level not in VILLAGE_LEVELS or town is None or town.key != entry.parent \
                or not m.surface.endswith(_VILLAGE_TAIL) or found is None:
            out.append(m)
            continue
        name = m.surface + found.group(0)
        run_on = _village_core(found.group(0))
        if not run_on or any(ch not in _feature_chars() for ch in run_on):
            out.append(m)
            continue
        key = f"{town.key}/{name}"
        if key not in gaz.entries:
            new.setdefault(key, PlaceEntry(key, name, _village_level(name), town.key))
        out.append(PlaceMention(Span(m.span.start, found.end()), name, key))
    return out, list(new.values())


def _add_new_villages(doc: _View, gaz: Gazetteer, mentions: list[PlaceMention],
                      new_towns: dict[str, PlaceEntry] | None = None) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """<town><name>村 written together, the village missing from the gazetteer: 资福镇植木桥村;
    also <county><name>村 (桑植县仓关峪村: the county is its nearest certain ancestor)."""
    generic = load_lines("place_generic_cores.txt")
    out = list(mentions)
    new: dict[str, PlaceEntry] = {}
    towns = new_towns or {}

    def entry_of(key: str) -> PlaceEntry | None:
        return gaz.entries.get(key) or towns.get(key)

    for m, found in _unknown_after(doc, mentions, entry_of, TOWN_LEVELS | COUNTY_LEVELS, _NEW_VILLAGE):
        name = found.group(0)
        core = _village_core(name)
        if not _plain_village_core(core, name, generic) or any(core.endswith(g) for g in generic if len(g) >= 2):
            continue
        if _verb_phrase(core):
            continue          # 漳江街道|实现社区…: a verb, not a name
        if entry_of(m.key).level in COUNTY_LEVELS and any(flag.startswith(("l", "i")) for _, flag in pos_window(core)):
            continue          # 保靖县|发展壮大村集体经济: a set phrase after a county, not a name
        key = f"{m.key}/{name}"
        if key not in gaz.entries:
            new.setdefault(key, PlaceEntry(key, name, _village_level(name), m.key))
        out.append(PlaceMention(Span(found.start(), found.end()), name, key))
    return _same_new_village(out, new), list(new.values())


_NAME_TOKENS = ("n", "nr", "ns", "nz")


def _plain_village_core(core: str, name: str, generic: frozenset[str]) -> bool:
    """Can `core` name a village the gazetteer lacks, by the checks every reader of new villages
    makes: not a generic core, no function character, and `name` not the countryside (泉湖镇|美丽乡村建设:
    乡村, 农村). Each reader adds its own test of the core's words (`_verb_phrase` …)."""
    return core not in generic and not any(ch in STOP_CHARS for ch in core) and not _countryside_word(name)


def _verb_phrase(core: str) -> bool:
    """Is a village core a verb phrase (实现, 推进美丽, 到各) rather than a name? An adverb, a
    preposition or a conjunction makes it one, and so does a verb, unless the verb is one character
    opening a name written after it (晒|金塘: 筸子坪镇晒金塘村, a village named for a sunning pond)."""
    tokens = pos_window(core)
    for i, (word, flag) in enumerate(tokens):
        if flag.startswith(("d", "p", "c")):
            return True
        if flag.startswith("v") and not (len(word) == 1 and i == 0 and len(tokens) == 2
                                         and tokens[1][1] in _NAME_TOKENS and len(tokens[1][0]) >= 2):
            return True
    return False


# 大新田村位于土桥镇西南方向: a village placed in its town by 位于, opening its clause
_PLACED_VILLAGE = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?P<name>[\u4e00-\u9fff]{2,4}?村)位于")


def _villages_placed_in_towns(doc: _View, gaz: Gazetteer,
                              mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """<name>村位于<town>…, the village missing from the gazetteer and opening its clause: a new
    village under that town (the same checks as `_add_new_villages` keep common nouns out)."""
    generic = load_lines("place_generic_cores.txt")
    by_start = {m.span.start: m for m in mentions}
    covered = [(m.span.start, m.span.end) for m in mentions]
    out, new = list(mentions), {}
    for found in _PLACED_VILLAGE.finditer(doc.text):
        town = by_start.get(found.end())
        start, end = found.span("name")
        if town is None or town.key not in gaz.entries or _level(gaz, town.key) not in TOWN_LEVELS \
                or any(a < end and start < b for a, b in covered):
            continue
        name = found.group("name")
        core = name[:-1]
        if not _plain_village_core(core, name, generic) \
                or any(flag.startswith(("v", "d", "p", "c", "r")) for _, flag in pos_window(core)):
            continue
        key = f"{town.key}/{name}"
        if key not in gaz.entries:
            new.setdefault(key, PlaceEntry(key, name, "village", town.key))
        out.append(PlaceMention(Span(start, end), name, key))
    return out, list(new.values())


# 青亭村是市委统战部在雨湖区的联点村: a village the text defines as a village of a county or town named in
# the definition (…的联点村, …的贫困村, …的示范村)
_DEFINED_VILLAGE = re.compile(r"(?<=[\u4e00-\u9fff])村是"
                              r"(?P<clause>[^，,。；;：:！？\n]{2,24}?的[\u4e00-\u9fff]{0,4}村)(?=[，,。；;])")


def _opens_clause(doc: _View, start: int) -> bool:
    """Does view position `start` open a clause: a mark before it, or a line of its own in doc.text
    (the view joins lines between ideographs)?"""
    before = doc.text[start - 1:start]
    return not before or before in "，,。；;：:\n" or doc.doc.text[doc.orig[start] - 1:doc.orig[start]] == "\n"


def _villages_defined_in_places(doc: _View, gaz: Gazetteer,
                                mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """<name>村是…<county or town>…的…村, the village missing from the gazetteer and opening its
    clause: a new village under the last county or town the definition names (the same checks as
    `_villages_placed_in_towns` keep common nouns out)."""
    generic = load_lines("place_generic_cores.txt")
    covered = [(m.span.start, m.span.end) for m in mentions]
    out, new = list(mentions), {}
    for found in _DEFINED_VILLAGE.finditer(doc.text):
        end = found.start() + 1
        start = next((end - n for n in (3, 4, 5) if end - n >= 0 and _opens_clause(doc, end - n)), None)
        if start is None:
            continue
        lo, hi = found.span("clause")
        units = [m for m in mentions if lo <= m.span.start and m.span.end <= hi and m.key in gaz.entries
                 and (_level(gaz, m.key) in COUNTY_LEVELS or _level(gaz, m.key) in TOWN_LEVELS)]
        if not units or any(a < end and start < b for a, b in covered):
            continue
        name = doc.text[start:end]
        core = name[:-1]
        if not _plain_village_core(core, name, generic) \
                or any(flag.startswith(("v", "d", "p", "c", "r")) for _, flag in pos_window(core)):
            continue
        parent = units[-1].key
        key = f"{parent}/{name}"
        if key not in gaz.entries:
            new.setdefault(key, PlaceEntry(key, name, "village", parent))
        out.append(PlaceMention(Span(start, end), name, key))
    return out, list(new.values())


# 油榨岩、云峰、堙上、花树脚等村 / 来自傍上等12个村: short names the text itself calls villages
# (not 等村级事务, 等村民: 村 heading a common word, _VILLAGE_WORD_TAILS)
_VILLAGES_CLOSER = re.compile(r"等(?:[\d一二三四五六七八九十]{1,3}个)?(?:行政)?村"
                              + "(?![" + "".join(sorted(_VILLAGE_WORD_TAILS)) + "])")
_VILLAGE_LIST = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]{2,4})*$")
_OPENING_TAGS = ("p", "v", "c", "d", "u", "r", "m", "q")


def _villages_said_to_be_villages(doc: _View, gaz: Gazetteer,
                                  mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """Short names listed before 等村 / 等N个村 (油榨岩、云峰、堙上、花树脚等村; 来自傍上等12个村)
    are villages of the town the article named last before them: the gazetteer's village of that
    name where it has one, else a new village under the town (a name passing the checks that
    keep common nouns out of new villages)."""
    text = doc.text
    taken = _SpanIndex(m.span for m in mentions)
    out, new = list(mentions), {}
    for closer in _VILLAGES_CLOSER.finditer(text):
        town = _unit_before(doc, gaz, mentions, closer.start())
        line_start = _list_clause_start(text, closer.start())
        run = _VILLAGE_LIST.search(text, line_start, closer.start())
        if town is None or run is None:
            continue
        items = _said_village_items(run.group(0), run.start(), gaz, town)
        if not items or any(taken.covers(a, b) for a, b, _ in items):
            continue
        for a, b, name in items:
            key = f"{town}/{name}村"
            if key not in gaz.entries:
                new.setdefault(key, PlaceEntry(key, f"{name}村", "village", town))
            out.append(PlaceMention(Span(a, b), name, key))
    return out, list(new.values())


# 深入仓田村、马安村、城陵矶村、延寿寺村等4个村庄: villages written in full, each with its 村, in a list
# the text closes by counting them as villages (等N个村 / 等N个村庄)
_FULL_VILLAGES_CLOSER = re.compile(r"等[\d一二三四五六七八九十两]{1,3}个(?:行政)?村(?:庄|落)?")
_FULL_VILLAGE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,5}村$")


def _full_villages_said_to_be_villages(doc: _View, gaz: Gazetteer,
                                       mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """Villages written in full in a 、-list the text closes with 等N个村(庄) (深入仓田村、马安村、城陵矶村、
    延寿寺村等4个村庄): villages of the town, else the county, the article named last before the list
    (its nearest certain ancestor: the genre introduces a district's villages under the district
    alone); the gazetteer's village of that name there when it has one, else a new village. A list
    whose items are not all village names, or one the article places nowhere, is left alone."""
    text = doc.text
    taken = _SpanIndex(m.span for m in mentions)
    out, new = list(mentions), {}
    for closer in _FULL_VILLAGES_CLOSER.finditer(text):
        line_start = _list_clause_start(text, closer.start())
        parts = text[line_start:closer.start()].split("、")
        if len(parts) < 2:
            continue
        items = _full_village_items(parts, line_start)
        unit = _unit_before(doc, gaz, mentions, items[0][0], TOWN_LEVELS | COUNTY_LEVELS) if items else None
        if unit is None or any(taken.covers(a, b) for a, b, _ in items):
            continue
        for a, b, name in items:
            own = [k for k in gaz.by_name.get(name, ()) if gaz.is_within(k, unit)]
            key = own[0] if len(own) == 1 else f"{unit}/{name}"
            if key not in gaz.entries:
                new.setdefault(key, PlaceEntry(key, name, "village", unit))
            out.append(PlaceMention(Span(a, b), name, key))
    return out, list(new.values())


def _full_village_items(parts: list[str], offset: int) -> list[tuple[int, int, str]] | None:
    """(start, end, name) of each village of a 、-list of full village names; the first item may
    end a longer run (深入|仓田村: the last word jieba cuts). None when an item is no village name."""
    generic = load_lines("place_generic_cores.txt")

    def village(i: int, part: str) -> str | None:
        name = part
        if i == 0:
            words = cut(part)
            name = words[-1] if words and len(words[-1]) >= 3 else ""
        if not _FULL_VILLAGE_ITEM.match(name) or len(name) < 3 \
                or not _plain_village_core(name[:-1], name, generic) or _verb_phrase(name[:-1]):
            return None
        return name

    return _item_spans(parts, offset, village)


def _item_spans(parts: list[str], offset: int, pick: Callable[[int, str], str | None]
                ) -> list[tuple[int, int, str]] | None:
    """(start, end, name) of each item of a 、-list whose pieces are `parts` (the first starting at
    `offset`), the name being what `pick(i, piece)` reads at the end of the i-th piece; None as
    soon as a piece names none."""
    out: list[tuple[int, int, str]] = []
    pos = offset
    for i, part in enumerate(parts):
        name = pick(i, part)
        if name is None:
            return None
        start = pos + len(part) - len(name)
        out.append((start, start + len(name), name))
        pos += len(part) + 1
    return out


_COMMUNITY_ENDS = ("社区", "居委会")


def _village_level(name: str) -> str:
    """The level of a new place of the village tier named `name`: a community (…社区, a residents'
    committee …居委会) or a village."""
    return "community" if name.endswith(_COMMUNITY_ENDS) else "village"


_QUOTE_OPENERS = frozenset("“\"「『‘")


def _villages_by_their_people(doc: _View, gaz: Gazetteer, matches: list[_Match], mentions: list[PlaceMention],
                              index: _Index) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """A gazetteer village name left unresolved (several counties have one, none in sight) written
    right before its villagers or cadres (某某村|村民, 某某村|支书): a village of the county the
    article names most, that county's own village of that name if it has one, else a new village
    under it. Without such a word, or in a city's article, a homonym stays unresolved."""
    text = doc.text
    covered = _SpanIndex(m.span for m in mentions)
    by_article: dict[int, list[PlaceMention]] = defaultdict(list)
    for m in mentions:
        by_article[_article_index(doc, m.span.start)].append(m)
    out, new = list(mentions), {}
    for match in matches:
        keys = index.names[match.surface]
        if not match.surface.endswith(_VILLAGE_TAIL) or not all(_level(gaz, k) in VILLAGE_LEVELS for k in keys) \
                or not text.startswith(load_longest_first("place_village_people.txt"), match.end) \
                or covered.covers(match.start, match.end) \
                or text[match.start - 1:match.start] in _QUOTE_OPENERS \
                or _glued_before(text, match.start, mentions):
            continue        # “明星村支书”: a coined title in quotes, not a village's secretary
        home = _article_place_so_far(gaz, by_article[_article_index(doc, match.start)], text)
        if home is None or _level(gaz, home) not in COUNTY_LEVELS:
            continue        # a city's article: the village's county is not certain
        own = [k for k in keys if gaz.is_within(k, home)]
        key = own[0] if len(own) == 1 else f"{home}/{match.surface}"
        if key not in gaz.entries:
            new.setdefault(key, PlaceEntry(key, match.surface, _village_level(match.surface), home))
        out.append(PlaceMention(Span(match.start, match.end), match.surface, key))
    return out, list(new.values())


def _shared_villages_after_their_county(doc: _View, gaz: Gazetteer, matches: list[_Match],
                                       mentions: list[PlaceMention], index: _Index) -> tuple[list[PlaceMention], list[PlaceEntry]]:
    """A gazetteer village name written right after a county (桂阳县|和谐村) that the county has two
    or more villages of (in different towns, the text naming none of them) or none at all (a
    village renamed or merged since, its name shared with villages elsewhere): a village of that
    county, its nearest certain ancestor. The genre addresses a village by county and name; the
    county written with it outranks namesakes elsewhere. A new entry under the county, the name
    passing the checks that keep common nouns out of new villages."""
    generic = load_lines("place_generic_cores.txt")
    covered = _SpanIndex(m.span for m in mentions)
    counties = {m.span.end: m for m in mentions
                if m.key in gaz.entries and _level(gaz, m.key) in COUNTY_LEVELS}
    out, new = list(mentions), {}
    for match in matches:
        county = counties.get(match.start)
        keys = index.names[match.surface]
        if county is None or not match.surface.endswith(_VILLAGE_TAIL) or covered.covers(match.start, match.end) \
                or not all(_level(gaz, k) in VILLAGE_LEVELS for k in keys):
            continue
        own = [k for k in keys if gaz.is_within(k, county.key)]
        core = _village_core(match.surface)
        if len(own) == 1 or (not own and (not _plain_village_core(core, match.surface, generic)
                                          or _verb_phrase(core))):
            continue          # none of the county's: the name must pass as a new village's
        key = f"{county.key}/{match.surface}"
        new.setdefault(key, PlaceEntry(key, match.surface, _village_level(match.surface), county.key))
        out.append(PlaceMention(Span(match.start, match.end), match.surface, key))
    return out, list(new.values())


def _glued_before(text: str, start: int, mentions: list[PlaceMention]) -> bool:
    """A single noun or adjective character right before `start` that no place mention ends at
    (原青|枫坳村: the gazetteer name is the tail of a longer village name the text writes)."""
    if start == 0 or any(m.span.end == start for m in mentions):
        return False
    words = pos_window(text[max(0, start - 3):start])
    if not words:
        return False
    word, tag = words[-1]
    return len(word) == 1 and tag.startswith(("n", "a")) and CJK.match(word) is not None


_LIST_CLAUSE_MARKS = "，,。；;：:\n"


def _list_clause_start(text: str, pos: int) -> int:
    """Where the clause holding a list closed at `pos` opens (after a comma, a sentence mark or a colon)."""
    return max(text.rfind(ch, 0, pos) for ch in _LIST_CLAUSE_MARKS) + 1


def _unit_before(doc: _View, gaz: Gazetteer, mentions: list[PlaceMention], pos: int,
                 levels: frozenset[str] = TOWN_LEVELS) -> str | None:
    """The gazetteer place of one of `levels` (a town by default) mentioned last before `pos` in
    the article at `pos`."""
    article = _article_index(doc, pos)
    units = [m for m in mentions if m.span.end <= pos and _article_index(doc, m.span.start) == article
             and m.key in gaz.entries and _level(gaz, m.key) in levels]
    return max(units, key=lambda m: m.span.start).key if units else None


def _said_village_items(run: str, offset: int, gaz: Gazetteer, town: str) -> list[tuple[int, int, str]] | None:
    """(start, end, name) of each item of a 、-list closed by 等村; the first item may end a longer
    run (在|油榨岩, 来自|傍上). None when an item is no village's name."""
    def village(i: int, part: str) -> str | None:
        name = _first_village_item(part, gaz, town) if i == 0 else part
        return name if name is not None and _village_name_ok(name, gaz, town) else None

    return _item_spans(run.split("、"), offset, village)


def _first_village_item(part: str, gaz: Gazetteer, town: str) -> str | None:
    """The village name ending the first item: the longest tail the town has a village of, else
    the words after the last preposition, verb or other function word (来自|傍上)."""
    for n in (4, 3, 2):
        if len(part) >= n and f"{town}/{part[-n:]}村" in gaz.entries:
            return part[-n:]
    tail = ""
    for word, flag in reversed(pos_window(part[-6:])):
        if flag.startswith(_OPENING_TAGS) and tail:
            break
        tail = word + tail
    return tail if 2 <= len(tail) <= 4 else None


def _village_name_ok(name: str, gaz: Gazetteer, town: str) -> bool:
    """A village of `town` in the gazetteer, or a name that may be a new village's (two to four
    characters, no function character, not a generic core, a verb phrase or the countryside)."""
    if f"{town}/{name}村" in gaz.entries:
        return True
    if not 2 <= len(name) <= 4 or name.endswith(("村", "乡", "镇", "区", "县", "市")):
        return False
    return _plain_village_core(name, name + "村", load_lines("place_generic_cores.txt")) and not _verb_phrase(name)


def _same_new_village(mentions: list[PlaceMention], new: dict[str, PlaceEntry]) -> list[PlaceMention]:
    """A village named again on its own after it was introduced under its town (高坪乡杨坪村 …
    老同志对杨坪村): the same village, not a namesake the gazetteer files elsewhere."""
    by_name: dict[str, str] = {}
    for key, entry in new.items():
        by_name.setdefault(entry.name, key)
    if not by_name:
        return mentions
    ends = {m.span.end for m in mentions}
    out = []
    for m in mentions:
        key = by_name.get(m.surface)
        if key is not None and m.key != key and "/" in m.key and m.span.start not in ends:
            m = PlaceMention(m.span, m.surface, key)
        out.append(m)
    return out


_TOWN_SUFFIX = re.compile(    # 兰溪瑶族乡 -> 兰溪
    "(?:" + "|".join(sorted(load_list("ethnic_groups.txt"), key=len, reverse=True)) + ")*(镇|乡|街道)$")
# three or more 、-items; matching starts only where a run of ideographs starts and its
# possessive quantifiers never backtrack, so one pass is linear in the text
_ENUMERATION = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]++(?:、[\u4e00-\u9fff]++){2,}")
_TOWN_SHORTS: dict[int, tuple[Gazetteer, dict[str, dict[str, str]]]] = {}


def _town_shorts(gaz: Gazetteer) -> dict[str, dict[str, str]]:
    """county key -> {town name without 镇/乡/街道 (two or three characters): town key}."""
    cached = _TOWN_SHORTS.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for entry in gaz.entries.values():
        if entry.level in TOWN_LEVELS and entry.parent:
            short = _TOWN_SUFFIX.sub("", entry.name)
            if short != entry.name and 2 <= len(short) <= 3:
                table[entry.parent][short] = entry.key
    _TOWN_SHORTS[id(gaz)] = (gaz, dict(table))
    return table


# 绥宁、洞口、邵阳、北塔等县区: a 、 list closed by 等 and a class of counties names counties, each
# by its short form, so 邵阳 there is 邵阳县 (not the city) and 洞口 (a common word) the county
_COUNTY_CLASS = re.compile(r"等(?:[\d一二三四五六七八九十两]+个)?(?:县市区|县区|区县|县市|市县|县)(?![\u4e00-\u9fff]?[长委级城])")
_COUNTY_ITEM = (3, 2)        # characters of a county's short form in such a list, the longer tried first


def _county_list_items(text: str, end: int) -> tuple[list[tuple[int, int]], int]:
    """The spans of the 、-items ending at `end` (where 等 stands), last first, each two or three
    characters, and where the list's first 、 stands (the first item ends there: its start is
    not delimited, 造成绥宁、…)."""
    items, at = [], end
    while True:
        start = text.rfind("、", max(0, at - 4), at)
        if start < 0 or at - start - 1 not in _COUNTY_ITEM:
            break
        items.append((start + 1, at))
        at = start
    return items, at


def _listed_counties(doc: _View, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """In a list closed by 等县区 (等县, 等县市区 …), an item that is the short form of a county: that
    county. A city's short form there is the county of its name (邵阳 -> 邵阳县); a short form the
    other readers left out as a common word (洞口) is the county when another item of the list
    is a county of the same prefecture. The list's first item is the county short form (three
    or two characters) ending at the list's first 、."""
    text = doc.text
    names = _index(gaz).names
    by_span = {(m.span.start, m.span.end): m for m in mentions}
    out = {(m.span.start, m.span.end): m for m in mentions}
    for found in _COUNTY_CLASS.finditer(text):
        items, first_end = _county_list_items(text, found.start())
        if not items:
            continue
        for n in _COUNTY_ITEM:
            keys = names.get(text[first_end - n:first_end], ())
            if first_end - n >= 0 and keys and all(_level(gaz, k) in COUNTY_LEVELS | {"prefecture_city"} for k in keys):
                items.append((first_end - n, first_end))
                break
        prefectures: Counter[str] = Counter()
        for span in items:
            m = by_span.get(span)
            if m is not None and m.key in gaz.entries and _level(gaz, m.key) in COUNTY_LEVELS:
                prefectures[gaz.entries[m.key].parent] += 1
        if not prefectures:
            continue
        for span in items:
            item, m = text[span[0]:span[1]], by_span.get(span)
            if m is not None and m.key in gaz.entries and _level(gaz, m.key) == "prefecture_city":
                county = next((k for k in gaz.by_name.get(item + "县", ()) if gaz.entries[k].parent == m.key), None)
                if county is not None:
                    out[span] = PlaceMention(m.span, m.surface, county)
            elif m is None and not any(a < span[1] and span[0] < b for a, b in out):
                keys = [k for k in names.get(item, ()) if _level(gaz, k) in COUNTY_LEVELS
                        and gaz.entries[k].parent in prefectures]
                if len(keys) == 1:
                    out[span] = PlaceMention(Span(*span), item, keys[0])
    return sorted(out.values(), key=lambda m: m.span)


def _enumerated_towns(doc: _View, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """尧市、锦和、岩门、高村、兰里等: three or more items listed with 、, every one the short
    name of a town of one county mentioned in the same article (or a town of it already
    found, 尧市镇、锦和、岩门), are those towns."""
    text = doc.text
    towns = _town_shorts(gaz)
    counties: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        if m.key in gaz.entries and _level(gaz, m.key) in COUNTY_LEVELS:
            counties[_article_index(doc, m.span.start)].add(m.key)
    if not counties:
        return []
    found_towns = {(m.span.start, m.span.end): m.key for m in mentions
                   if m.key in gaz.entries and _level(gaz, m.key) in TOWN_LEVELS}
    taken = _SpanIndex(m.span for m in mentions)
    out: list[PlaceMention] = []
    for run in _ENUMERATION.finditer(text):
        start, end = run.span()
        article = _article_index(doc, start)
        for county in sorted(counties.get(article, ())):
            items = _enumeration_items(text[start:end], start, towns.get(county, {}), found_towns, gaz, county)
            if items is None:
                continue
            new = [(a, b, key) for a, b, key in items if (a, b) not in found_towns]
            if any(taken.covers(a, b) for a, b, _ in new):
                continue
            out += [PlaceMention(Span(a, b), text[a:b], key) for a, b, key in new]
            break
    return out


# 宜潭、蓬塘、柏坊、三角塘、庙前、白沙等乡镇: a list the text itself calls towns
_TOWNS_CLOSER = re.compile(r"等(?:[\d一二三四五六七八九十]{1,3}个)?乡镇")


def _towns_said_to_be_towns(doc: _View, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Three or more short names listed with 、 and closed by 等乡镇 / 等N个乡镇 (宜潭、蓬塘、柏坊、
    三角塘、庙前、白沙等乡镇), none found yet, are the towns of the one county whose towns they all
    are, even when the article never names that county (a county paper's 我市)."""
    text = doc.text
    towns = _town_shorts(gaz)
    taken = _SpanIndex(m.span for m in mentions)
    out: list[PlaceMention] = []
    for run in _ENUMERATION.finditer(text):
        start, end = run.span()
        parts = run.group(0).split("、")
        closing = next(((k, part[:n]) for k, part in enumerate(parts) if k >= 2 for n in (3, 2)
                        if _TOWNS_CLOSER.match(part, n)), None)       # the list may run on: 全省、全国
        if closing is None or taken.covers(start, end):
            continue
        parts, last = parts[:closing[0] + 1], closing[1]
        fits = [(county, items) for county, shorts in towns.items()
                if all(p in shorts for p in parts[1:-1]) and last in shorts
                for items in [_said_town_items(parts, start, shorts, last)] if len(items) >= 3]
        if len(fits) == 1 and not any(taken.covers(a, b) for a, b, _ in fits[0][1]):
            out += [PlaceMention(Span(a, b), text[a:b], key) for a, b, key in fits[0][1]]
    return out


def _said_town_items(parts: list[str], offset: int, shorts: dict[str, str], last: str) -> list[tuple[int, int, str]]:
    """(start, end, town key) of the items of a list closed by 等乡镇 whose middle items and
    last name are towns in `shorts`; the first item, which may end a longer word (深入|宜潭), only
    when its end is one (a town the gazetteer no longer lists is left out)."""
    out: list[tuple[int, int, str]] = []
    first = next((parts[0][-n:] for n in (3, 2) if parts[0][-n:] in shorts), None)
    if first is not None:
        out.append((offset + len(parts[0]) - len(first), offset + len(parts[0]), shorts[first]))
    pos = offset + len(parts[0]) + 1
    for part in parts[1:-1]:
        out.append((pos, pos + len(part), shorts[part]))
        pos += len(part) + 1
    out.append((pos, pos + len(last), shorts[last]))
    return out


def _enumeration_items(run: str, offset: int, shorts: dict[str, str], found_towns: dict[tuple[int, int], str],
                       gaz: Gazetteer, county: str) -> list[tuple[int, int, str]] | None:
    """(start, end, town key) of every item of `run` (split at 、) when each is in `shorts`
    or is a town of `county` already found there; the first item may end a longer word
    (划成|尧市), the last may start one (兰里|等)."""
    parts = run.split("、")
    second = offset + len(parts[0]) + 1
    if parts[1] not in shorts and (second, second + len(parts[1])) not in found_towns:
        return None           # a middle item is a whole name: the cheap test first
    out: list[tuple[int, int, str]] = []
    pos = offset
    for i, part in enumerate(parts):
        first, last = i == 0, i == len(parts) - 1
        item = _found_item(found_towns, pos, pos + len(part), first, last, gaz, county)
        if item is None:
            if first:
                name = next((part[-n:] for n in (3, 2) if part[-n:] in shorts), None)
                start = pos + len(part) - len(name) if name else pos
            elif last:
                name = next((part[:n] for n in (3, 2) if part[:n] in shorts), None)
                start = pos
            else:
                name = part if part in shorts else None
                start = pos
            if name is None:
                return None
            item = (start, start + len(name), shorts[name])
        out.append(item)
        pos += len(part) + 1
    return out


def _found_item(found_towns: dict[tuple[int, int], str], start: int, end: int, first: bool, last: bool,
                gaz: Gazetteer, county: str) -> tuple[int, int, str] | None:
    """A town of `county` already found as the item [start, end) of an enumeration (the
    first item may start later, the last end earlier: up to 5 characters of other words)."""
    spans = [(start, end)]
    if first:
        spans += [(start + k, end) for k in range(1, 6)]
    if last:
        spans += [(start, end - k) for k in range(1, 6)]
    for span in spans:
        key = found_towns.get(span)
        if key is not None and gaz.is_within(key, county):
            return span[0], span[1], key
    return None


# ---------------------------------------------------------------- article places and relative references

def _entry(gaz: Gazetteer, key: str, extra: dict[str, PlaceEntry] | None = None) -> PlaceEntry | None:
    return gaz.entries.get(key) or (extra or {}).get(key)


def _level_of(gaz: Gazetteer, key: str, extra: dict[str, PlaceEntry] | None = None) -> str:
    entry = (extra or {}).get(key) or gaz.entries.get(key)
    if entry is not None:
        return entry.level
    return "zone" if "/" in key else "county"


def _in_span(mentions: list[PlaceMention], starts: list[int], span: Span) -> list[PlaceMention]:
    """The mentions (sorted, with their `starts`) that start inside `span`."""
    return mentions[bisect_left(starts, span.start):bisect_left(starts, span.end)]


def article_places(doc: Document, mentions: list[PlaceMention], gaz: Gazetteer,
                   extra: dict[str, PlaceEntry] | None = None) -> dict[int, str]:
    """Article index -> key of its main jurisdiction (headline place first, else the first paragraphs),
    raised to the unit the article speaks as (我州 in a report naming only counties and villages:
    their prefecture; a 我市 quoted from someone does not count); `extra`: entries not in the gazetteer (new zones), for their level."""
    out: dict[int, str] = {}
    ordered = sorted(mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in ordered]
    para_starts = [p.start for p in doc.paragraphs]
    for article in doc.articles:
        in_article = _in_span(ordered, starts, article.span)
        if not in_article:
            continue
        key = _headline_place(doc, article, in_article, gaz, extra) \
            or _lead_place(doc, article, in_article, gaz, extra, para_starts)
        outlet = _dateline_place(doc, article, in_article, gaz, extra)
        if outlet is not None and key != outlet and not _is_within(gaz, key, outlet):
            key = outlet       # a county station's report of a signing in 长沙: the county's
        key = _publisher_below(doc, article, key, gaz, extra) or key
        for _, levels in self_references(doc.text[article.span.start:article.span.end]):
            key = _raised_to(gaz, key, levels, extra)
        key = _county_of_own_towns(doc, article, in_article, key, gaz, extra) or key
        out[article.index] = key
    return out


def _county_of_own_towns(doc: Document, article, in_article: list[PlaceMention], key: str | None,
                         gaz: Gazetteer, extra: dict[str, PlaceEntry] | None) -> str | None:
    """A county paper speaking as 我市/我县 that lists towns (深入宜潭、蓬塘、柏坊…等乡镇) all of one
    county of that level inside the place found so far (衡阳市, named in 衡阳市农业局…及我市农业局),
    never writing that county's name, is that county's (常宁市); None otherwise."""
    if key is None or _level_of(gaz, key, extra) != "prefecture_city":
        return None
    levels = frozenset().union(*(lv for _, lv in self_references(doc.text[article.span.start:article.span.end])))
    listed = [m for m in in_article if _level_of(gaz, m.key, extra) in TOWN_LEVELS and is_enumerated(doc.text, m.span)]
    counties = {_county_of(gaz, m.key, extra) for m in listed}
    if len(listed) < 3 or len(counties) != 1:
        return None
    county = counties.pop()
    if county is None or _level_of(gaz, county, extra) not in levels - {"prefecture_city"} \
            or not _is_within(gaz, county, key) or any(m.key == county for m in in_article):
        return None
    return county


def _county_of(gaz: Gazetteer, key: str, extra: dict[str, PlaceEntry] | None) -> str | None:
    """The county-level unit a town lies in."""
    entry = _entry(gaz, key, extra)
    parent = entry.parent if entry is not None else None
    return parent if parent is not None and _level_of(gaz, parent, extra) in COUNTY_LEVELS else None


def _publisher_below(doc: Document, article, key: str | None, gaz: Gazetteer,
                     extra: dict[str, PlaceEntry] | None) -> str | None:
    """The place of the source field (来源:洞口县人民政府) when the article's relative words
    (县委, 县长, 全县) speak of its level and the place found so far is above it (湖南省, named
    only in the title of a provincial document the county government studied)."""
    levels = _relative_scope_levels(doc.text[article.span.start:article.span.end])
    if not levels or key is None or _level_of(gaz, key, extra) in levels:
        return None
    published = _source_field_place(doc, article.span, gaz)
    if published is None or _level_of(gaz, published.key, extra) not in levels \
            or not _is_within(gaz, published.key, key):
        return None
    return published.key


def _headline_place(doc: Document, article, in_article: list[PlaceMention], gaz: Gazetteer,
                    extra: dict[str, PlaceEntry] | None) -> str | None:
    """The deepest place of the headline (its ancestors answer the higher levels); a place
    outside Hunan is where a Hunan article's people went (赴广东招商) when the article names
    places of Hunan, whose papers these are."""
    heads = [m for m in in_article
             if any(h is not None and h.start <= m.span.start < h.end
                    and not m.span.start < (dateline_end(doc.text, h.start, h.end) or h.start)
                    for h in (article.headline, article.subheadline))]     # 新华社长沙…电 题:…: the outlet's
    if any(m.key.startswith(HUNAN[:2]) for m in in_article):
        heads = [m for m in heads if m.key.startswith(HUNAN[:2])]
    if not heads:
        return None
    return max(heads, key=lambda m: (LEVEL_RANK.get(_level_of(gaz, m.key, extra), 2), -m.span.start)).key


def _in_dateline(view: _View, start: int, end: int) -> bool:
    """Is view text [start, end) inside the dateline opening its line (红网平江站9月4日讯)?"""
    text = view.doc.text
    a, b = view.orig[start], view.orig[end - 1] + 1
    line = text.rfind("\n", 0, a) + 1
    found = _DATELINE.match(text, line)
    return found is not None and b <= found.end()


_DATELINE = re.compile(r"[^\n。,，:：(（]{2,24}?(?:\d{1,2}月\d{1,2}日)?(?<!通)讯(?!员)")   # not 通讯员
_DATED_WIRE = re.compile(r"[^\n。,，:：(（]{2,24}?\d{1,2}月\d{1,2}日专?电")             # 新华社长沙3月24日电, …7日专电
_OUTLET_ENDS = ("日", "报", "网", "台", "社", "端", "站", "刊", "视", "播")   # …7月27日讯 / 本报讯 / 红网讯
_CREDIT_AFTER = re.compile(r"\s*[（(]([^（）()\n]{2,40})[)）]\s*")
_CREDIT_WORDS = ("记者", "通讯员", "报道", "编辑", "摄", "实习生", "见习", "撰稿")


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the dateline opening text[start:end] (a paragraph) ends: outlet + place + date +
    讯/电 (红网时刻衡阳7月27日讯, 新华社长沙3月24日电, 本报讯) with the bracketed credit right
    after it ((记者 王敏)); None when the paragraph does not open with one. The dateline is the
    report's metadata: its place is the outlet's, its date the day of the report."""
    found = _DATELINE.match(text, start, end) or _DATED_WIRE.match(text, start, end)
    dated = found.group(0)[:-1].removesuffix("专") if found is not None else ""    # …7日专电: a special dispatch
    if found is None or dated[-1:] not in _OUTLET_ENDS:
        return None
    at = found.end()
    credit = _CREDIT_AFTER.match(text, at, end)
    if credit is not None and any(w in credit.group(1) for w in _CREDIT_WORDS):
        at = credit.end()
    return at


def _dateline_place(doc: Document, article, in_article: list[PlaceMention], gaz: Gazetteer,
                    extra: dict[str, PlaceEntry] | None) -> str | None:
    """The place of the outlet in the article's dateline (红网江永站3月12日讯, 红网时刻娄底5月15日讯),
    the deepest if several; None for an outlet without a place (华声在线, 本报讯)."""
    heads = {h for h in (article.headline, article.subheadline) if h is not None}
    lo, hi = bisect_left([p.start for p in doc.paragraphs], article.span.start), len(doc.paragraphs)
    body = [p for p in doc.paragraphs[lo:hi] if p not in heads and p.start < article.span.end][:1]
    if not body:
        return None
    found = _DATELINE.match(doc.text, body[0].start, body[0].end)
    if found is None:
        return None
    inside = [m for m in in_article if body[0].start <= m.span.start and m.span.end <= found.end()]
    if not inside:
        return None
    return max(inside, key=lambda m: LEVEL_RANK.get(_level_of(gaz, m.key, extra), 2)).key


def _is_within(gaz: Gazetteer, key: str, ancestor: str) -> bool:
    """Does `key` (a gazetteer or a new entry) lie inside `ancestor`?"""
    chain = gaz.ancestors(key) if key in gaz.entries else _ancestors_of_new(gaz, key)
    return any(a.key == ancestor for a in chain)


def _lead_place(doc: Document, article, in_article: list[PlaceMention], gaz: Gazetteer,
                extra: dict[str, PlaceEntry] | None, para_starts: list[int]) -> str:
    """The place named most often in the first paragraphs (enumerated places and the province
    aside; on ties a place of Hunan, whose papers these are, then the deeper place)."""
    first_end = _first_paragraphs_end(doc, article, para_starts)
    first = [m for m in in_article if m.span.start < first_end] or in_article
    first = [m for m in first if not is_enumerated(doc.text, m.span)] or first
    counts = Counter(m.key for m in first)
    non_province = [k for k in counts if _level_of(gaz, k, extra) != "province"] or list(counts)
    return max(non_province, key=lambda k: (counts[k], k.startswith(HUNAN[:2]),
                                            LEVEL_RANK.get(_level_of(gaz, k, extra), 2)))


_SELF_REFERENCE = re.compile(r"[我本]([州市县区])(?![委长场域间块级])")


def self_references(text: str) -> list[tuple[int, frozenset[str]]]:
    """(offset, levels) of each word by which a text speaks as its own unit: 我州, 我县, 本市
    (not 全市, which a county paper also writes of its prefecture's rankings, nor 本市委; not
    inside “quoted speech”, where the speaker's unit may be another)."""
    out = []
    for m in _SELF_REFERENCE.finditer(text):
        before = text[:m.start()]
        if before.count("“") > before.count("”"):
            continue
        out.append((m.start(), _LEVEL_CHARS[m.group(1)]))
    return out


def _raised_to(gaz: Gazetteer, key: str, levels: frozenset[str], extra: dict[str, PlaceEntry] | None) -> str:
    """`key`, or its nearest ancestor of one of `levels` when `key` lies below them."""
    if _level_of(gaz, key, extra) in levels:
        return key
    chain = gaz.ancestors(key) if key in gaz.entries else _ancestors_of_new(gaz, key)
    rank = LEVEL_RANK.get(_level_of(gaz, key, extra), 2)
    for anc in chain:
        if anc.level in levels and LEVEL_RANK.get(anc.level, 2) < rank:
            return anc.key
    return key


def _implied_self_places(doc: Document, gaz: Gazetteer, mentions: list[PlaceMention],
                         extra: dict[str, PlaceEntry]) -> list[PlaceMention]:
    """The unit an article speaks as (我州) when it never writes its name: a mention at the
    first such word (团结报's 我州 in a report naming 花垣县 and 永顺县 -> 湘西州)."""
    main = article_places(doc, mentions, gaz, extra)
    written = {(doc.article_at(m.span.start).index if doc.article_at(m.span.start) else -1, m.key)
               for m in mentions}
    out: list[PlaceMention] = []
    for article in doc.articles:
        key = main.get(article.index)
        if key is None or (article.index, key) in written:
            continue
        for offset, levels in self_references(doc.text[article.span.start:article.span.end]):
            if _level_of(gaz, key, extra) in levels:
                start = article.span.start + offset
                entry = _entry(gaz, key, extra)
                name = entry.name if entry is not None else doc.text[start:start + 2]
                out.append(PlaceMention(Span(start, start + 2), name, key))   # named, not written
                break
    return out


# A page's source field (来源：双牌政府网) and the outlet words that may follow the publisher's place.
_SOURCE_FIELD = re.compile(r"(?:来源|稿源|信息来源|新闻来源|文章来源|本文来源)\s*[：:]\s*([\u4e00-\u9fff]{3,24})")
_OUTLETS = ("人民政府门户网站", "人民政府网站", "人民政府网", "人民政府", "政府门户网站", "政府门户网", "政府网站",
            "政府网", "政府", "新闻网", "融媒体中心", "融媒", "发布", "日报", "广播电视台", "电视台", "网")
# A word by which an article refers to its own unit without naming it: 全县, 我县, 县委, 县长, 县政府 …
_RELATIVE_SCOPE = re.compile(r"[全我本]([县市区州])|([县市区州])(?:委|政府|人大|政协|长)")


def publisher_places(doc: Document, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The publisher's place, for an article that never names a place of its own but refers to
    its unit (全县, 县委, 县长): a county site's page whose source field names the county
    (来源：双牌政府网 on a report of 全县…动员大会 -> 双牌县). One mention at the place's name in
    the source field, only when the name opens the field right before an outlet word, the place
    is one of Hunan (these are Hunan papers and sites) and its level is one the article's
    relative words refer to (县 words need a county: "来源：湖南日报" names no county)."""
    placed = {article.index for article in map(doc.article_at, (m.span.start for m in mentions)) if article}
    out: list[PlaceMention] = []
    for article in doc.articles:
        if article.index in placed:
            continue
        levels = _relative_scope_levels(doc.text[article.span.start:article.span.end])
        found = _source_field_place(doc, article.span, gaz) if levels else None
        entry = _entry(gaz, found.key) if found is not None else None
        if entry is not None and entry.level in levels:
            out.append(found)
    return out


def _relative_scope_levels(text: str) -> frozenset[str]:
    """The place levels an article's relative words (全县, 县委, 市长 …) refer to."""
    chars = {m.group(1) or m.group(2) for m in _RELATIVE_SCOPE.finditer(text)}
    return frozenset().union(*(_LEVEL_CHARS[c] for c in chars)) if chars else frozenset()


def _source_field_place(doc: Document, span: Span, gaz: Gazetteer) -> PlaceMention | None:
    """The Hunan place opening the source field of a page meta line inside `span`
    (双牌|政府网, 长沙市|人民政府), as a mention of its written name; None when there is none
    or the name is ambiguous."""
    for para in doc.paragraphs:
        if para.start < span.start or para.end > span.end or not is_page_meta(doc.slice(para)):
            continue
        field = _SOURCE_FIELD.search(doc.text, para.start, para.end)
        if field is None:
            continue
        name = field.group(1)
        for size in range(len(name) - 1, 1, -1):
            head, rest = name[:size], name[size:]
            keys = [k for k in gaz.by_name.get(head, []) + gaz.by_short.get(head, []) if k.startswith(HUNAN[:2])]
            if keys and rest.startswith(_OUTLETS):
                if len(set(keys)) != 1:
                    return None
                start = field.start(1)
                return PlaceMention(Span(start, start + size), head, keys[0])
    return None


def is_enumerated(text: str, span: Span) -> bool:
    """Is the place at `span` an item of an enumeration (尧市、锦和、岩门等): a 、 written
    right before or after it? One of several places listed, not the one the text is about."""
    before = text[span.start - 1:span.start] if span.start else ""
    return before == "、" or text[span.end:span.end + 1] == "、"


def _first_paragraphs_end(doc: Document, article, para_starts: list[int] | None = None, n: int = 3) -> int:
    """Where the first `n` body paragraphs of `article` end (`para_starts`: starts of doc.paragraphs)."""
    if para_starts is None:
        para_starts = [p.start for p in doc.paragraphs]
    lo, hi = bisect_left(para_starts, article.span.start), bisect_left(para_starts, article.span.end)
    paras = doc.paragraphs[lo:hi]
    body = [p for p in paras if not any(h is not None and h == p for h in (article.headline, article.subheadline))]
    chosen = body[:n] or paras[:n]
    return chosen[-1].end if chosen else article.span.end


_LEVEL_CHARS: dict[str, frozenset[str]] = {
    "省": frozenset({"province"}),
    "州": frozenset({"prefecture_city"}),
    "市": frozenset({"prefecture_city", "county_city"}),
    "县": frozenset({"county", "county_city"}),
    "区": frozenset({"district", "zone"}),
    "镇": frozenset({"town"}),
    "乡": frozenset({"township", "town"}),
    "街": frozenset({"subdistrict"}),
    "村": frozenset({"village"}),
    "社": frozenset({"community"}),
}


def relative_levels(word: str) -> frozenset[str] | None:
    """The place levels a relative word refers to: 该市/全市/市委 -> city levels."""
    body = re.sub(r"^(该|全|本|我|此|各)", "", word)
    if not body:
        return None
    return _LEVEL_CHARS.get(body[0])


class _LevelIndex:
    """Mention starts by place level, for "the latest mention of these levels before pos"."""

    def __init__(self, mentions: list[PlaceMention], gaz: Gazetteer) -> None:
        self.mentions = mentions
        self.size = len(mentions)
        by_level: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, m in enumerate(mentions):
            by_level[_level_of(gaz, m.key)].append((m.span.start, i))
        for entries in by_level.values():
            entries.sort()
        self.by_level = dict(by_level)

    def latest(self, levels: frozenset[str], lo: int, pos: int) -> PlaceMention | None:
        """The mention of one of `levels` starting in [lo, pos) latest (last in list order on ties)."""
        best: tuple[int, int] | None = None
        for level in levels:
            entries = self.by_level.get(level, ())
            i = bisect_left(entries, (pos, -1)) - 1
            if i >= 0 and entries[i][0] >= lo and (best is None or entries[i] > best):
                best = entries[i]
        return self.mentions[best[1]] if best is not None else None


_LEVEL_INDEXES: dict[int, _LevelIndex] = {}


def _level_index(mentions: list[PlaceMention], gaz: Gazetteer) -> _LevelIndex:
    """The level index of `mentions`, built once per list (rebuilt if the list changed size)."""
    cached = _LEVEL_INDEXES.get(id(gaz))
    if cached is None or cached.mentions is not mentions or cached.size != len(mentions):
        cached = _LevelIndex(mentions, gaz)
        _LEVEL_INDEXES[id(gaz)] = cached
    return cached


def resolve_relative(doc: Document, pos: int, word: str, article_place: dict[int, str],
                     mentions: list[PlaceMention], gaz: Gazetteer) -> str | None:
    """该市 / 全县 / 市委 / 区政府 … at `pos` -> the place key of that level in context.

    `mentions` is the (sorted) list extract_places returned; lookups are binary searches.
    """
    levels = relative_levels(word)
    if levels is None:
        return None
    article = doc.article_at(pos)
    index = _level_index(mentions, gaz)
    home = _home_at(gaz, article_place.get(article.index) if article is not None else None, levels)
    if "province" in levels:
        m = index.latest(frozenset({"province"}), 0, pos)
        if m is None or (not word.startswith("该") and _visited(doc, m, home or HUNAN)):
            return home or HUNAN     # 省委 after 赴广东招商: Hunan's, whose papers these are
        return m.key
    lo = article.span.start if article is not None else 0
    if word.startswith("该") and article is not None and article.index in article_place \
            and _level_of(gaz, article_place[article.index]) in levels:
        return article_place[article.index]   # 该区 in an article about a district: that district
    m = index.latest(levels, lo, pos)
    if m is not None:
        if home is not None and not word.startswith("该") and _visited(doc, m, home):
            return home       # 市领导 after 赴深圳、…、佛山等地: the article's own city
        visit_verbs = ("深入", "来到", "前往", "赴", "走进", "视察", "考察", "调研", "察看", "督导", "走访")
        if home is not None and not word.startswith("该") and m.key != home \
                and doc.text[max(0, m.span.start - 2):m.span.start].endswith(visit_verbs) \
                and any(a.key == home for a in (gaz.ancestors(m.key) if m.key in gaz.entries
                                                else _ancestors_of_new(gaz, m.key))):
            return home       # 岳阳 report, 深入临湘市龙源水库…市政府秘书长: a site inspected inside the home unit
        return m.key
    if home is not None:
        return home
    m = index.latest(levels, pos - NEAR_CHARS, pos)
    return m.key if m is not None else None


def _home_at(gaz: Gazetteer, key: str | None, levels: frozenset[str]) -> str | None:
    """The article's place `key`, or its ancestor, of one of `levels`."""
    if key is None:
        return None
    if _level_of(gaz, key) in levels:
        return key
    for anc in gaz.ancestors(key) if key in gaz.entries else _ancestors_of_new(gaz, key):
        if anc.level in levels:
            return anc.key
    return None


def _visited(doc: Document, mention: PlaceMention, home: str) -> bool:
    """Is `mention` a place the article goes to or lists rather than its own: outside Hunan in
    an article of a Hunan place, or one item of an enumeration (深圳、东莞、佛山等地)?"""
    if mention.key == home:
        return False
    outside = home.startswith(HUNAN[:2]) and not mention.key.startswith(HUNAN[:2])
    return outside or is_enumerated(doc.text, mention.span)


def _ancestors_of_new(gaz: Gazetteer, key: str) -> list[PlaceEntry]:
    """Ancestors of a new zone / village key "<parent key>/<name>"."""
    parent = key.rsplit("/", 1)[0]
    while parent and parent not in gaz.entries and "/" in parent:
        parent = parent.rsplit("/", 1)[0]
    if parent in gaz.entries:
        return [gaz.entries[parent], *gaz.ancestors(parent)]
    return []


# ---------------------------------------------------------------- gold-schema records

def place_label(key: str, mentions: list[PlaceMention], gaz: Gazetteer,
                new_entries: dict[str, PlaceEntry] | None = None) -> str:
    """The fullest form of `key` written in the text (OCR variants aside), else its name."""
    entry = _entry(gaz, key, new_entries)
    known = _index(gaz).names
    written = [m.surface for m in mentions
               if m.key == key and (m.surface in known or entry is None or entry.level == "zone"
                                    or key not in gaz.entries)]
    if written:
        return max(written, key=len)
    return entry.name if entry is not None else key


def _prefecture_of(gaz: Gazetteer, key: str, extra: dict[str, PlaceEntry]) -> str | None:
    entry = _entry(gaz, key, extra)
    hops = 0
    while entry is not None and hops < 8:
        if entry.level in {"prefecture_city", "province"}:
            return entry.key
        entry = _entry(gaz, entry.parent, extra) if entry.parent else None
        hops += 1
    return None


def _written_parent(key: str, mentions: list[PlaceMention], gaz: Gazetteer,
                    extra: dict[str, PlaceEntry]) -> str | None:
    """A higher place written right before this one (赫山区谢林港镇): the text states the parent."""
    entry = _entry(gaz, key, extra)
    rank = LEVEL_RANK.get(entry.level, 2)
    ends = {m.span.end: m for m in mentions}
    for m in mentions:
        if m.key != key or m.span.start not in ends:
            continue
        before = ends[m.span.start]
        up = _entry(gaz, before.key, extra)
        if up is None or before.key == key or LEVEL_RANK.get(up.level, 2) >= rank:
            continue
        if rank >= 3 and _prefecture_of(gaz, before.key, extra) == _prefecture_of(gaz, key, extra):
            return before.key
    return None


def place_parent(key: str, mentions: list[PlaceMention], gaz: Gazetteer,
                 new_entries: dict[str, PlaceEntry] | None = None) -> str | None:
    """The nearest certain ancestor: written right before it, else the gazetteer's parent,
    skipping towns the document never mentions (花桥社区 -> 冷水滩区)."""
    extra = new_entries or {}
    entry = _entry(gaz, key, extra)
    if entry is None or entry.parent is None:
        return None
    if key in extra:
        return entry.parent
    written = _written_parent(key, mentions, gaz, extra)
    if written is not None:
        return written
    mentioned = {m.key for m in mentions}
    parent = entry.parent
    hops = 0
    while parent is not None and hops < 8:
        up = _entry(gaz, parent, extra)
        if up is None or parent in mentioned or up.level not in TOWN_LEVELS:
            return parent
        parent = up.parent
        hops += 1
    return entry.parent


def parent_label(key: str, mentions: list[PlaceMention], gaz: Gazetteer,
                 new_entries: dict[str, PlaceEntry] | None = None) -> str:
    """How a parent is named: the official name of an administrative unit, the written
    name of a zone (湘潭高新区 rather than 湖南湘潭高新技术产业园区)."""
    entry = _entry(gaz, key, new_entries)
    if entry is not None and entry.level != "zone" and key in gaz.entries:
        return entry.name
    return place_label(key, mentions, gaz, new_entries)


def place_records(mentions: list[PlaceMention], new_entries: list[PlaceEntry], gaz: Gazetteer) -> list[dict]:
    """The gold schema's places list: {name, type, parent} per distinct place, in text order."""
    extra = {e.key: e for e in new_entries}
    out = []
    seen: set[str] = set()
    for m in mentions:
        if m.key in seen:
            continue
        seen.add(m.key)
        entry = _entry(gaz, m.key, extra)
        if entry is None:
            continue
        parent = place_parent(m.key, mentions, gaz, extra)
        out.append({
            "name": place_label(m.key, mentions, gaz, extra),
            "type": entry.level,
            "parent": parent_label(parent, mentions, gaz, extra) if parent else None,
        })
    return out
