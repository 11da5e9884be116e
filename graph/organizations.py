"""Organisations named in the text, found by a suffix grammar.

An organisation is written  [place]* [core] suffix  where the suffix comes from
lexicon/org_suffixes.txt (局, 党委, 有限公司, 指挥部 …) and the core is the run of
words before it, walked back word by word (jieba, on a short window) until a
boundary: punctuation, a function word, a verb that introduces an actor
(lexicon/org_preceders.txt), a title or the start of a place prefix; 工作 right before a task
force (领导小组, 专班, 指挥部) after a word naming the task is part of its name (永州零陵机场迁建工作领导小组),
but such a task force with no place or body in its core is one of a class (各县都成立了…工作领导小组).

The left edge: a 和 inside a department's name is crossed when the name then opens
with a place or a level character (湖南省住房和城乡建设厅); before a suffix that is a
common noun (lexicon/org_common_nouns.txt: 银行, 医院, 政府) a verb or idiom ends the
name (致电银行, 允许地方政府), as do counted words (三四家银行) and words glued to a
preposition (后经医院); a government, congress or CPPCC needs a place (结合政府 is none).

Shorthand actors are resolved with their place: a core that starts with a level
character (市工信局, 县残联, 区纪委监委) takes the place of that level from context
(graph.places.resolve_relative, else the article's place; a bare 省委 takes the
province of the article's place), 该村党委 / 该县农业农村局 the place the text is about, a
bare village cell (村党总支) the village named before it, a village before 支书 (opening a clause or
right after its town: 筸子坪镇晒金塘村支书) its 党支部, a level character alone before a station
or office named by its trade (县农经站, 镇林业站, 镇派出所) that level's place (no place named: no body), a body on a bare zone word
(经开区党工委) the zone of that class named before it, a government written glued to a party
committee (凉伞镇党委政府, as 党委、政府) that committee's place, and a bare body in a title chain
(…党工委副书记、管委会主任) takes the place of the body before it, as does a level shorthand
body after a body of that level and one title (公安县县委书记、县人大常委会主任); an unprefixed
department right after a government head's title (副区长、公安分局局长) is that level's, implied by
the post. A core opening with a kind marker after a quote (“致富带富”型村党支部) or with an
ordinal and a counter (第一家…商会), or written after 首个 (成立了首个…服务站), names a class, not a body. A quoted name closed by a
party or government body word (“五村联创联合党委”) is a name; 和 right after 、 opens one.
An office chained after an assembly's post (省人大常委会副秘书长、办公厅主任) is the assembly's own
(湖南省人大常委会办公厅), implied by the post. A shorthand body written only as part of a post (市委书记, 省人大常委会主任,
县交通运输局党组书记, 市人大常委会党组|成员) is implied by the title: kept for officials, not listed, as is a
bare party department continuing its chain (市委常委、政法委书记; 区委副书记、统战部部长), unless it is
written bare again as an actor (政法委、公安局领导参加会议): then the body the chain gave it is named; one
followed by a rank-and-file word (市政府办干部, 县交警大队民警) or by 负责人 with no holder's
name after it (县乡村振兴局主要负责人参加) is named. A head-of-government title written after
its place's full name (衡阳市市长) names that government. A 办事处 followed by one of its villages
or communities (选址于麻塘办事处金龙村) is the subdistrict of an address, not a body.

Names: X人民政府 is named X政府; X人民代表大会常务委员会 and X(第)N届人大常委会 are X人大常委会 (the term
is walked over as part of the name: 省十三届人大常委会第三十二次会议, 长沙市第十四届人大常委会), but the
congress of one term is named as written (长沙县第十八届人民代表大会, never without place and term);
政协X县第N届委员会 (and its 常务委员会) is X县政协; X市委党校 is the school alone; X县宣传部 (组织部,
统战部) is X县委宣传部; a unit written right after its body takes the body's name (…国土房管局 +
白云区分局…所, 贸促会 + …部, 省工信厅 + 运行处); a team sent by a body keeps it
(洪江市委办驻下坪村工作队); a short company name takes the registered name found in the document
(中韶电气 -> 中韶电气股份有限公司), an abbreviated committee the full name written in it (市监委 ->
长沙市监察委员会); a place in brackets before a company's legal suffix is inside its name
(博世汽车部件(长沙)有限公司). Hospitals are named by their class after a level character (市中心医院,
县中医院), an ordinal before the suffix is part of the name (附属第二医院); schools by ordinal or class
after their place or level character (县一中, 临武二中, 县职业中专; never without one:
二十届二中、三中全会). In 、 lists: an unprefixed department or institution after a body named with its
place takes that place (祁阳县人社局、卫健局、中医医院); short names before a unit share its head word
(楚江、夹山、维新、磨市支行; 星沙、湘龙、泉塘商会), zones listed before a zone's committee share it
(湘潭高新区、经开区和昭山示范区管委会: a bare 经开区 takes the city of the zone before it), places written
whole listed before a body share its name (长沙市、衡阳市祁乡商会; 东莞市、深圳市湖南祁阳商会; 北京市、
昆明市等湖南祁阳商会: one body per place); an item
between two separators of a list of groups is a short name even when a trade word (湘电集团、粮食集团、
湘水集团). Besides the
suffix grammar, companies are found in brand lists closed by a class noun (甲、乙等企业), in a
visit's list beside a registered name (走访/前往/先后到 A有限公司、B以及C; a named venue in such a list,
某某剧场, 某某展示馆, is named too), as unknown brand + trade
word (湘容酒业; lexicon/org_brand_trades.txt), as a brand written as a whole list item before a
company's post (，亿利金威总裁简广明) and as short names listed before their own figures (金博、三一产值分别…,
天津大桥税收过千万元、得意电子税收过500万元).

Departments written by their trade alone after one level character, in a list closed by its class
(市发改、工信、财政等部门; 县公安、安监、消防大队等单位; lexicon/org_department_stems.txt), are each
that level's department, named as written with its place; a 县 shorthand resolves to a county written
as one that has since become a district or city (株洲县, now 渌口区). 国家 + bureau names a national
agency (国家矿山安全监察局) and a place + bare 局 right after it its regional bureau (…湖南局). A
hometown chamber keeps the place hosting it written whole before its one home place (浙江省湖南商会),
and one written without its home province beside its full name is that one (东莞市祁阳商会 ->
东莞市湖南祁阳商会). A level shorthand no place resolves (县委 in an article naming its county only
inside 衡山县人民医院) takes the one place of its level opening the article's other bodies' names. A term's organ (第十四届执行委员会) and a meeting's 选举委员会 written bare name no
body; 行政中心 is a building (org_false_endings), 率 and 围绕 end a name's walk back (org_preceders).

Narrow-column OCR pages break lines inside words ("有⏎限公司"); extraction runs on a
`TextView` with those breaks removed and maps spans back to `Document.text`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick

from .gazetteer import Gazetteer
from .lexicon import entry_lengths, load_lines, load_longest_first, load_table
from .model import Document, OrgKind, OrgMention, PlaceMention, Span
from .numbers import COUNTED_AFTER_NAME, counted_before
from .segmenter import cut                               # a short window, the project's tokenizer
from .segmenter import default_word_freq as _word_freq   # jieba's dictionary counts (a dict lookup)
from .segmenter import default_word_tags as _word_tags   # jieba's dictionary tags (a dict lookup)
from .text import CJK, single_surnames

LEVEL_CHARS = "省市州县区镇乡村"


def is_level_char(ch: str) -> bool:
    """A single level character (市, 县, 区 …); never the empty string."""
    return len(ch) == 1 and ch in LEVEL_CHARS
# gazetteer levels a level character may refer to
LEVELS_OF_CHAR: dict[str, tuple[str, ...]] = {
    "省": ("province",),
    "市": ("prefecture_city", "county_city"),
    "州": ("prefecture_city",),
    "县": ("county",),
    "区": ("district", "zone"),
    "镇": ("town",),
    "乡": ("township",),
    "村": ("village",),
}
MAX_CORE = 22
# characters after a suffix that make it part of another word (局长, 组员, 办理 …);
# the second part of a pair lists the words that start with that character and do not block
# (公司员工, 集团长期 …); `_BLOCKERS_AFTER` holds blockers of one suffix ending only
_SUFFIX_BLOCKERS: dict[str, tuple[str, ...]] = {
    "长": ("长期", "长远", "长效", "长沙", "长株潭"), "员": ("员工",), "士": (), "卡": (),
}
_BLOCKERS_AFTER: dict[str, str] = {"学": "生习城", "组": "织", "部": "门署分件", "局": "面势限级", "厅": "级",
                                   "委": "托屈婉",   # 委托, 委屈, 委婉: no 委 body
                                   "队": "伍",       # 技术服务队伍, 干部队伍: the ranks, no team
                                   "协": "议调作商同助办会理",   # 合作协议, 工作协调: no association written short
                                   "中": "心央国华级间期断部文医药共学全"}   # 县一中心, 市一中级, 二中全会: no school
# words after a whole suffix that make it part of another name (政府工作报告 is a document)
_WORDS_AFTER: dict[str, tuple[str, ...]] = {"政府": ("工作报告",), "委": ("党校",)}   # X市委党校: the school
_BAN_BLOCKERS = set("理事法学好成结案件实到了过")
_STOP_TAGS = {"s", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "t", "m", "mq", "q",
              "y", "e", "o", "z", "ad", "f", "zg", "tg", "dg", "rr", "rz"}


# ---------------------------------------------------------------- text view

@dataclass(frozen=True)
class TextView:
    """`doc.text` with line breaks inside narrow-column words removed.

    `to_doc[i]` is the index in doc.text of view character i.
    """

    text: str
    to_doc: tuple[int, ...]

    def doc_span(self, start: int, end: int) -> Span:
        """The doc.text span of view range [start, end)."""
        if end <= start:
            at = self.to_doc[start] if start < len(self.to_doc) else (self.to_doc[-1] + 1 if self.to_doc else 0)
            return Span(at, at)
        return Span(self.to_doc[start], self.to_doc[end - 1] + 1)

    def view_pos(self, doc_pos: int) -> int:
        """The view index of doc.text position `doc_pos` (the next kept character)."""
        return bisect_right(self.to_doc, doc_pos - 1)


_TERMINAL = set("。！？!?；;：:”’\"）)》】")
NARROW_LINE = 16


def text_view(doc: Document) -> TextView:
    """Join a line break cut mid-sentence when the source line before it is a short
    narrow-column line (the raw line, since the normaliser may have joined some already)."""
    text = doc.text
    pieces: list[str] = []
    to_doc: list[int] = []
    kept_from = 0
    for m in _LINE_BREAK.finditer(text, 1, max(1, len(text) - 1)):
        i = m.start()
        prev, nxt = text[i - 1], text[i + 1]
        if CJK.match(nxt) and prev not in _TERMINAL and (CJK.match(prev) or prev in "，、,") \
                and _raw_line_length(doc, i - 1) <= NARROW_LINE:
            pieces.append(text[kept_from:i])
            to_doc.extend(range(kept_from, i))
            kept_from = i + 1
    pieces.append(text[kept_from:])
    to_doc.extend(range(kept_from, len(text)))
    return TextView("".join(pieces), tuple(to_doc))


_LINE_BREAK = re.compile("\n")


def _raw_line_length(doc: Document, pos: int) -> int:
    """Length (spaces removed) of the source line holding text position `pos`."""
    at = doc.offsets[pos]
    start = doc.raw.rfind("\n", 0, at) + 1
    end = doc.raw.find("\n", at)
    line = doc.raw[start:end if end >= 0 else len(doc.raw)]
    return len("".join(line.split()))


# ---------------------------------------------------------------- lexicons

@dataclass(frozen=True)
class Suffix:
    word: str
    kind: OrgKind
    min_core: int
    needs_place: bool = False
    canonical: str = ""   # a national body's usual name when written otherwise (党中央 -> 中共中央)


@lru_cache(maxsize=1)
def suffix_automaton() -> ahocorasick.Automaton:
    """Aho-Corasick automaton over organisation suffixes and body words."""
    auto = ahocorasick.Automaton()
    for row in load_table("org_suffixes.txt"):
        word, kind = row[0], row[1]
        min_core = int(row[2]) if len(row) > 2 and row[2] else 1
        needs_place = len(row) > 3 and row[3] == "place"
        auto.add_word(word, Suffix(word, kind, min_core, needs_place))  # type: ignore[arg-type]
    for word, kind in load_table("bodies.txt"):
        if word not in auto:
            auto.add_word(word, Suffix(word, kind, 0))  # type: ignore[arg-type]
    for row in load_table("org_national.txt"):
        word, kind = row[0], row[1]
        canonical = row[2] if len(row) > 2 else ""
        auto.add_word(word, Suffix(word, kind, -1, canonical=canonical))  # type: ignore[arg-type]
    for word in democratic_party_centres():
        if word not in auto:
            auto.add_word(word, Suffix(word, "party", -1))  # type: ignore[arg-type]
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def body_kinds() -> dict[str, str]:
    """Bodies that may directly follow a place or level character, with their kind."""
    return {word: kind for word, kind in load_table("bodies.txt")}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return load_lines("titles.txt")


def title_at(text: str, pos: int) -> str | None:
    """The longest title word (titles.txt) written at `pos` of `text`, or None."""
    titles = title_words()
    return next((text[pos:pos + n] for n in reversed(entry_lengths("titles.txt")) if text[pos:pos + n] in titles),
                None)


# ---------------------------------------------------------------- place resolution

def place_name(gaz: Gazetteer, key: str | None) -> str | None:
    """The full name of a place key (the last path element for keys not in the gazetteer)."""
    if not key:
        return None
    entry = gaz.entries.get(key)
    if entry is not None:
        return entry.name
    return key.rsplit("/", 1)[-1] if "/" in key else None


def level_body_name(place: str, shorthand: str) -> str:
    """The full name of a level's body written short (县委宣传部) for the place `place` of that
    level: 新化县 + 县委宣传部 is 新化县委宣传部, but a place named by one character and its level
    keeps the level before a party committee, as it is written (道县县委宣传部, not 道县委…;
    道县政府)."""
    if len(place) == 2 and place[-1] == shorthand[:1] and shorthand[1:2] == "委":
        return place + shorthand
    return place + shorthand[1:]


FORMER_NAME_MIN = 3   # a county's former name written whole (株洲县), not a one-character short form


class PlaceIndex:
    """Place mentions of one document sorted by start, for windowed look-ups by position."""

    def __init__(self, doc: Document, places: list[PlaceMention], gaz: Gazetteer) -> None:
        self.mentions = sorted(places, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.mentions]
        self.provinces = [m for m in self.mentions if _level(gaz, m.key) == "province"]
        self.province_starts = [m.span.start for m in self.provinces]
        self.doc = doc

    def written_name(self, key: str | None, gaz: Gazetteer, level_char: str) -> str | None:
        """The name of place `key` as the document writes it in full, when a written full form ends
        with `level_char` and the gazetteer's name does not (祁阳县 in 2016, named 祁阳市 since):
        the body 县委 of an article about 祁阳县 is 祁阳县委. Else the gazetteer's name."""
        name = place_name(gaz, key)
        if not key or not name or name.endswith(level_char):
            return name
        written = [m.surface for m in self.mentions if m.key == key and m.surface.endswith(level_char)
                   and m.surface[:-1] == name[:-1]]
        if not written:   # 株洲县 in 2015, merged into 渌口区 since: the county as the document names it
            written = [m.surface for m in self.mentions if m.key == key and m.surface.endswith(level_char)
                       and len(m.surface) >= FORMER_NAME_MIN]
        return max(written, key=len) if written else name

    def article_start(self, pos: int) -> int:
        """Start of the article holding `pos` (0 when none does)."""
        article = self.doc.article_at(pos)
        return article.span.start if article is not None else 0

    def window(self, lo: int, pos: int) -> list[PlaceMention]:
        """Mentions starting in [lo, pos), in text order."""
        return self.mentions[bisect_right(self.starts, lo - 1):bisect_right(self.starts, pos - 1)]

    def context(self, pos: int) -> list[PlaceMention]:
        """The mentions `places.resolve_relative` may pick at `pos`: the last province mention
        before `pos`, then every mention of the article or of the NEAR_CHARS before `pos`."""
        from .places import NEAR_CHARS

        i = bisect_right(self.province_starts, pos - 1)
        last_province = [self.provinces[i - 1]] if i else []
        return last_province + self.window(min(self.article_start(pos), pos - NEAR_CHARS), pos)


def _level(gaz: Gazetteer, key: str) -> str | None:
    entry = gaz.entries.get(key)
    return entry.level if entry is not None else None


def resolve_level(doc: Document, pos: int, word: str, article_place: dict[int, str],
                  places: list[PlaceMention], gaz: Gazetteer, index: PlaceIndex | None = None) -> str | None:
    """The place key a level-relative word (市委, 县残联, 区, 镇党委) refers to at `pos`.

    With `index`, only the mentions that can matter are handed to the resolver (linear time)."""
    try:
        from .places import resolve_relative
    except ImportError:
        resolve_relative = None
    nearby = index.context(pos) if index is not None else places
    home = _home_province(doc, pos, article_place, gaz) if word[:1] == "省" else None
    if home is not None:
        return home   # 省委 in an article about 娄底 that names 广东 as a destination: 湖南省委
    if resolve_relative is not None:
        try:
            key = resolve_relative(doc, pos, word, article_place, nearby, gaz)
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the organisation
            key = None
        if key:
            return key
    return _fallback_resolve(doc, pos, word[:1], article_place, nearby, gaz)


def _home_province(doc: Document, pos: int, article_place: dict[int, str], gaz: Gazetteer) -> str | None:
    """The province of the article's own place, when the article has one."""
    article = doc.article_at(pos)
    key = article_place.get(article.index) if article is not None else None
    if not key:
        return None
    if "/" in key:
        key = key.split("/", 1)[0]
    if key not in gaz.entries:
        return None
    chain = [gaz.entries[key], *gaz.ancestors(key)]
    return next((entry.key for entry in chain if entry.level == "province"), None)


def _fallback_resolve(doc: Document, pos: int, level_char: str, article_place: dict[int, str],
                      places: list[PlaceMention], gaz: Gazetteer) -> str | None:
    """The article's place or an ancestor of the right level; else the nearest earlier mention."""
    levels = LEVELS_OF_CHAR.get(level_char)
    if not levels:
        return None
    article = doc.article_at(pos)
    key = article_place.get(article.index) if article is not None else None
    if key and key in gaz.entries:
        chain = [gaz.entries[key], *gaz.ancestors(key)]
        for entry in chain:
            if entry.level in levels:
                return entry.key
    lo = article.span.start if article is not None else 0
    best: PlaceMention | None = None
    for mention in places:
        if lo <= mention.span.start < pos and (_level(gaz, mention.key) in levels
                                               or _written_at_former_level(mention, level_char, gaz)):
            if best is None or mention.span.start > best.span.start:
                best = mention
    return best.key if best is not None else None


_FORMER_COUNTY_LEVELS = ("district", "county_city")


def _written_at_former_level(mention: PlaceMention, level_char: str, gaz: Gazetteer) -> bool:
    """Is `mention` a county written as a county (株洲县, 宁乡县) that is now a district or a
    county-level city? A 县 shorthand (县公安) of a document written before the change is its."""
    return level_char == "县" and mention.surface.endswith(level_char) \
        and len(mention.surface) >= FORMER_NAME_MIN and _level(gaz, mention.key) in _FORMER_COUNTY_LEVELS


# ---------------------------------------------------------------- extraction

@dataclass
class _Hit:
    start: int        # view index of the organisation's first character
    end: int          # view index after the suffix
    suffix: Suffix
    place_end: int    # view index where the place prefix ends (== start when none)
    place_key: str | None
    clause_place: PlaceMention | None = None   # the place opening the clause, for unprefixed bodies
    bare_level: bool = False   # 省厅 / 市局: a level character and the suffix only
    body: str = ""             # the body a session's committee stands for (政协X县第九届委员会 -> 政协)
    demonstrative: bool = False   # 该村党委: the body of the place the text is about
    head_level: str = ""       # 副区长、公安分局: the level of the government head the body is chained to
    article_agent: bool = False   # 经某某工作领导小组同意: a task force acting in its article, that place's


def extract_organizations(doc: Document, places: list[PlaceMention], gaz: Gazetteer,
                          article_place: dict[int, str]) -> list[OrgMention]:
    """Organisations named in `doc`, shorthand resolved with their place, in text order."""
    view = text_view(doc)
    index = PlaceIndex(doc, places, gaz)
    place_at = _place_index(view, places)
    excluded = _credit_ranges(doc, view)
    titles = _document_title_ranges(view)
    hits = _suffix_hits(view)
    mentions: list[OrgMention] = []
    previous: tuple[OrgMention, str] | None = None
    previous_end = -1
    department_core: dict[int, str] = {}   # article start -> core of its latest department (自然资源)
    ends_at: dict[int, OrgMention] = {}       # view end -> the mention ending there
    for start_suffix, end, suffix in hits:
        if _inside(excluded, start_suffix) or _inside(titles, start_suffix):
            continue
        if suffix.word in _SUB_UNIT_SUFFIXES:
            unit = _sub_unit(view, start_suffix, end, previous, previous_end)
            if unit is not None:
                mentions.append(unit)
            continue
        hit = _org_span(view, start_suffix, end, suffix, place_at)
        if hit is not None and hit.suffix.word in _MEDIA_SUFFIXES and _MEDIA_CREDIT_AFTER.match(view.text, hit.end):
            continue   # 湘潭县融媒体中心3月23日讯, 湘潭日报社全媒体记者: a dateline or credit
        if hit is None or _names_a_class(view.text, hit) or _counted_after(view.text, hit) \
                or _counted_before(view.text, hit):
            continue
        gap = view.text[previous_end:hit.start] if previous is not None else ""
        chained = previous if previous is not None and 0 <= hit.start - previous_end <= 12 \
            and not any(ch in gap for ch in "。；;！？") else None
        article_start = index.article_start(view.to_doc[hit.start])
        if hit.bare_level:
            resolved = _resolve_bare_level(doc, view, hit, index, gaz, article_place,
                                           department_core.get(article_start))
        else:
            resolved = _resolve(doc, view, hit, index, gaz, article_place, chained)
        if resolved is None:
            continue
        mention, prefix = resolved
        if mention.name == mention.surface and _bare_level_station(view.text[hit.start:hit.end], hit.suffix):
            continue   # 干部和镇农技站的同志: no town named, the station of no place
        parent = ends_at.get(hit.start)
        if parent is not None and _is_unit(hit.suffix.word):
            mention = replace(mention, name=parent.name + mention.surface)   # 国土房管局 + 白云区分局
        ends_at[hit.end] = mention
        if mention.kind == "department" and hit.suffix.word in _BARE_LEVEL_SUFFIXES and not hit.bare_level:
            core = mention.name[len(prefix):-len(hit.suffix.word)] if mention.name.startswith(prefix) else ""
            if core and not is_level_char(core[:1]):
                department_core[article_start] = core
        mentions.append(mention)
        previous, previous_end = (mention, prefix), hit.end
    mentions = _join_dispatched(_drop_nested(_join_national(_drop_party_cells(mentions))), view)
    mentions = _merge_listed(mentions, _listed_bodies(view, place_at) + _quoted_listed_bodies(view)
                             + _brand_companies(view, place_at)
                             + _titled_companies(view, place_at) + _figure_companies(view, place_at))
    mentions = _merge_listed(mentions, _visited_companies(view, mentions, place_at))
    mentions = _merge_listed(mentions, _visited_venues(view))
    mentions = _merge_listed(mentions, _shared_head_items(view, mentions, place_at))
    mentions = _merge_listed(mentions, _place_list_bodies(view, mentions, place_at))
    mentions = _merge_listed(mentions, _company_list_siblings(view, mentions, place_at))
    mentions = _merge_listed(mentions, _titled_list_siblings(view, mentions, place_at))
    mentions = _merge_listed(mentions, _zone_list_bodies(view, mentions, place_at, gaz))
    mentions = _merge_listed(mentions, _governments_of_heads(view, places, gaz))
    mentions = _with_committees(mentions, _democratic_party_committees(doc, view, places, gaz, article_place))
    mentions = _merge_listed(mentions, _demonstrative_cells(doc, view, mentions))
    mentions = _merge_listed(mentions, _village_branches(view, places, gaz))
    mentions = _merge_listed(mentions, _bare_village_bodies(view, mentions, index, gaz))
    mentions = _merge_listed(mentions, _bare_village_teams(view, mentions, index, gaz))
    mentions = _with_team_senders(mentions, view)
    mentions = _mark_title_bodies(mentions, view)
    mentions = [_congress_of_deputies_or_session(m, view) for m in mentions]
    mentions = mentions + _shared_level_bodies(doc, view, mentions, index, gaz, article_place)
    mentions = _merge_listed(mentions, _level_stem_lists(doc, view, mentions, index, gaz, article_place))
    mentions = [m for m in mentions if not _office_in_address(view, m)]
    mentions = _shorthands_by_named_bodies(mentions, index, gaz)
    return _one_name_per_place_form(_name_by_fullest([_canonical(m) for m in mentions], index), index, gaz)


PLACE_IN_NAME_MAX = 6   # 衡山县 of 衡山县人民医院: a county's or a city's name opening a body's


def _shorthands_by_named_bodies(mentions: list[OrgMention], index: PlaceIndex, gaz: Gazetteer) -> list[OrgMention]:
    """A level shorthand left without a place (县委、县政府 in an article that names its county only
    inside a body's name: 衡山县人民医院) takes the one place of that level opening the names of the
    other bodies of its article; none, or two different ones: it stays as written."""
    out: list[OrgMention] = []
    for mention in mentions:
        if mention.place_key is None and mention.name == mention.surface and _is_shorthand(mention.surface):
            article = index.article_start(mention.span.start)
            found = {_place_opening(other.name, mention.surface[:1], gaz) for other in mentions
                     if other is not mention and index.article_start(other.span.start) == article} - {None}
            if len(found) == 1:
                name, key = found.pop()   # type: ignore[misc]
                mention = replace(mention, name=level_body_name(name, mention.surface), place_key=key)
        out.append(mention)
    return out


def _place_opening(name: str, level_char: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(place, key) of the place of level `level_char` written whole at the start of `name`
    (衡山县 of 衡山县人民医院 for 县), when the gazetteer knows that name as one Hunan place."""
    levels = LEVELS_OF_CHAR.get(level_char, ())
    for size in range(PLACE_IN_NAME_MAX, 1, -1):
        head = name[:size]
        if len(name) <= size or not head.endswith(level_char):
            continue
        keys = [key for key in gaz.by_name.get(head, ()) if key.startswith(_HUNAN_CODE)
                and _level(gaz, key) in levels]
        if len(keys) == 1:
            return head, keys[0]
    return None


_HUNAN_CODE = "43"


# Levels written bare and listed before one body share its head (省、市、县人民政府决策部署;
# 州、市人民医院的医师): each level's body is named, resolved to that level's place as the
# last one is. A level run after a name (长沙市、县) is a place and its level, not such a list.
_LEVEL_RUN = re.compile("((?:[省市州县区]、)+)$")


def _shared_level_bodies(doc: Document, view: TextView, mentions: list[OrgMention], index: PlaceIndex,
                         gaz: Gazetteer, article_place: dict[int, str]) -> list[OrgMention]:
    """The bodies of the bare levels listed before a level shorthand body (省、市|县人民政府)."""
    out: list[OrgMention] = []
    for mention in mentions:
        if not (mention.place_key and _is_shorthand(mention.surface)):
            continue
        start = view.view_pos(mention.span.start)
        run = _LEVEL_RUN.search(view.text, max(0, start - 8), start)
        if run is None:
            continue
        first_end = view.doc_span(run.start(), run.start() + 1).end
        if any(place.span.end == first_end and len(place.surface) > 1 for place in index.mentions):
            continue   # 衡阳市、县…: the first level closes a place's name
        for at in range(run.start(), run.end(), 2):
            surface = view.text[at] + mention.surface[1:]
            span = view.doc_span(at, at + 1)
            key = resolve_level(doc, span.start, surface, article_place, index.mentions, gaz, index)
            name = index.written_name(key, gaz, surface[:1])
            if key and name and key != mention.place_key and not _city_for_prefecture(surface, key, gaz):
                out.append(OrgMention(span, surface, level_body_name(name, surface), mention.kind, key,
                                      listed=mention.listed))
    return out


# A list of departments written by their trade (lexicon/org_department_stems.txt) after one level
# character and closed by the class (市发改、工信、财政等部门; 县公安、安监、消防大队等单位): the level
# opens every item, each one that level's department, named as written with its place.
_STEM_LIST_CLOSER = re.compile("等?(?:相关|有关)?(?:职能)?(?:部门|单位)")
_STEM_LIST_SEPARATORS = "、和及与"
_NOT_A_LEVEL_BEFORE = "全各该本每两"   # 全市, 各县: a class of places, no one level


def _department_stem_at(text: str, pos: int) -> str | None:
    """The department stem written at text[pos:] as a whole list item (followed by a separator or
    the list's closer), longest first; None otherwise."""
    for stem in load_longest_first("org_department_stems.txt"):
        if text.startswith(stem, pos):
            after = pos + len(stem)
            if text[after:after + 1] in tuple(_STEM_LIST_SEPARATORS) or _STEM_LIST_CLOSER.match(text, after):
                return stem
            return None
    return None


def _stem_list_items(text: str, pos: int, mention_at: dict[int, int]) -> tuple[list[tuple[int, int]], int, int]:
    """(the bare stems as (start, end), the number of items, the end of the list) of the list
    starting at `pos`: stems and bodies found by their suffix (mention_at: view start -> view end),
    joined by 、 (or and); the end is -1 when an item is neither."""
    stems: list[tuple[int, int]] = []
    items = 0
    while True:
        stem = _department_stem_at(text, pos)
        if stem is not None:
            stems.append((pos, pos + len(stem)))
            pos += len(stem)
        elif pos in mention_at:
            pos = mention_at[pos]
        else:
            return stems, items, -1
        items += 1
        if text[pos:pos + 1] not in tuple(_STEM_LIST_SEPARATORS):
            return stems, items, pos
        pos += 1


STEM_LIST_MIN = 2   # 县公安、安监…: one item alone (市财政等部门) is no list sharing a level


def _level_stem_lists(doc: Document, view: TextView, mentions: list[OrgMention], index: PlaceIndex,
                      gaz: Gazetteer, article_place: dict[int, str]) -> list[OrgMention]:
    """The departments written by their trade in a list after one level character (市发改、工信、
    财政等部门): each named with the level's place (邵阳市发改, 邵阳市工信, 邵阳市财政); the level
    closing a place written whole (邵阳市发改、…) is that place."""
    text = view.text
    mention_at = {view.view_pos(m.span.start): view.view_pos(m.span.end - 1) + 1 for m in mentions}
    out: list[OrgMention] = []
    for level in re.finditer("[省市州县区]", text):
        at = level.start()
        if text[at - 1:at] in tuple(_NOT_A_LEVEL_BEFORE) or _department_stem_at(text, at) is not None:
            continue   # 全市发改…, 市场监管: no level opens the list
        stems, items, end = _stem_list_items(text, at if at in mention_at else at + 1, mention_at)
        if end < 0 or not stems or items < STEM_LIST_MIN or not _STEM_LIST_CLOSER.match(text, end):
            continue
        doc_at = view.doc_span(at, at + 1).start
        written = next((p for p in index.mentions if p.span.end == doc_at + 1 and len(p.surface) > 1), None)
        if written is not None:
            key, name, opens = written.key, written.surface, view.view_pos(written.span.start)
        else:
            key = resolve_level(doc, doc_at, text[at:stems[0][1]], article_place, index.mentions, gaz, index)
            name, opens = index.written_name(key, gaz, text[at]), at
        if not key or not name or _city_for_prefecture(text[at], key, gaz):
            continue
        for lo, hi in stems:
            start = opens if lo == at + 1 else lo
            out.append(OrgMention(view.doc_span(start, hi), text[start:hi], name + text[lo:hi], "department", key))
    return out


# News outlets (org_suffixes.txt) are actors in the text, never in a dateline or a credit: the outlet
# followed by 讯 (with its date), a date, a reporter's or correspondent's title, or the · or ︱ of a
# masthead (湖南日报·华声在线) opens the report and is not listed.
_MEDIA_SUFFIXES = ("报社", "电视台")
_MEDIA_CREDIT_AFTER = re.compile(r"(?:\d{1,2}月\d{1,2}日)?讯|\d{1,2}月|[(（]?(?:全媒体|融媒体)?(?:记者|通讯员|首席|编辑)|[·︱|｜]")


_ADDRESS_AFTER_OFFICE = re.compile("[\u4e00-\u9fff]{1,4}(?:村|社区)")


def _office_in_address(view: TextView, mention: OrgMention) -> bool:
    """Is a 办事处 followed by one of its villages or communities (选址于麻塘办事处金龙村, 长青街道办事处
    甘子冲社区)? Then it is the subdistrict of an address, a place, not an acting body."""
    end = view.view_pos(mention.span.end)
    if not mention.surface.endswith("办事处") or not _ADDRESS_AFTER_OFFICE.match(view.text, end):
        return False
    first = cut(view.text[end:end + 6])[0]
    return _word_tags().get(first) not in _STOP_TAGS | {"v", "vn", "a"} and first[:1] not in "各全每该本"


# A people's congress written short (省人大, 州十五届人大) before 代表 or a session number names a
# deputy (省人大代表, 州十五届人大代表) or a session (县十七届人大二次会议), not the acting body; before
# 制度, 工作 or 换届 it names the institution (发挥人大制度优势, 市人大工作的好经验, 县乡人大换届).
_DEPUTY_OR_SESSION = re.compile(r"代表|第?[一二三四五六七八九十百\d]+次|制度|工作|换届")


def _congress_of_deputies_or_session(mention: OrgMention, view: TextView) -> OrgMention:
    """A congress (X人大, X十五届人大, X第十七届人民代表大会) written only in a deputy's title or a
    session's name (省人大代表, 州十五届人大三次会议, 县第十七届人民代表大会第一次会议) is implied
    there: it stays for the officials (listed=False). A party committee's conference on the congresses'
    work (省委人大工作会议) names the committee (湖南省委)."""
    if not mention.listed or not mention.surface.endswith(("人大", _CONGRESS)):
        return mention
    if mention.surface.endswith("委人大") and mention.name.endswith("委人大"):
        return replace(mention, span=Span(mention.span.start, mention.span.end - 2), surface=mention.surface[:-2],
                       name=mention.name[:-2], kind="party")
    if _DEPUTY_OR_SESSION.match(view.text, view.view_pos(mention.span.end)):
        return replace(mention, listed=False)
    return mention


# A congress's standing committee is one body across its terms, whether written in full or short:
# X人民代表大会常务委员会, X十四届人大常委会, X第十六届人大常委会 are all X人大常委会.
_STANDING_COMMITTEE = re.compile(r"^(.+?)(?:第?[一二三四五六七八九十百\d]+届)?(?:人民代表大会常务委员会|人大常委会)$")


# 原 (former) written between a body's place and the body (常德经开区原工委书记) dates the post,
# not the body: the body is the place's (常德经开区工委).
_FORMER_AFTER_PLACE = re.compile(r"^(.{2,}?(?:[省市州县区镇乡村]|管理区|园区))原(.{1,8})$")


_SHORT_CELL = re.compile("(?<=[^党总])(支部|总支)$")   # a party cell written without 党 (烟站支部, 团结村支部, 村总支)


def party_cell_in_full(name: str) -> str:
    """A party cell written without 党 named in full as the cell it is (团结村支部 -> 团结村党支部,
    烟站支部 -> 烟站党支部, 村总支 -> 村党总支); any other body as written. The officials' bodies
    (团结村支部书记) and the organisations' names share it."""
    return _SHORT_CELL.sub(r"党\1", name)


# A party committee written with its level twice (新邵县县委, 常宁市市委) is named X县委 (the form of its
# posts); an autonomous county's keeps 自治县县委, its standard written form, and a one-character county's
# its level as written (道县县委, 澧县县委: round 5).
_DOUBLED_LEVEL = re.compile("^(.+([省市州县区]))\\2委(.*)$")


def _one_character_place(place: str) -> bool:
    """Is the last place of `place` a one-character name plus its level (道县, 永州市道县, 攸县)?"""
    return len(place) == 2 or place[-3] in "省市州"


def _canonical(mention: OrgMention) -> OrgMention:
    """A people's government is named X政府 (the form of its posts: 县政府副县长), whether written
    X人民政府 or not; its offices keep their written name (衡阳市人民政府办公室). A party department
    written after the place alone (新化县宣传部) is named after the committee (新化县委宣传部). A branch
    written without 党 (团结村支部书记) is the party branch (团结村党支部)."""
    former = _FORMER_AFTER_PLACE.match(mention.name) if mention.place_key else None
    if former and (former.group(2) in body_kinds() or former.group(2).endswith(("委", "局"))) \
            and not any(ch in LEVEL_CHARS for ch in former.group(2)[:-2]):   # 邵阳县|原平镇党委: a place
        mention = replace(mention, name=former.group(1) + former.group(2))   # not 湘潭市原子能研究所
    if mention.name.endswith("人民政府") and len(mention.name) > 4:
        return replace(mention, name=mention.name[:-4] + "政府")
    doubled = _DOUBLED_LEVEL.match(mention.name)
    if doubled and (mention.kind == "party" or doubled.group(3)) and not mention.name.endswith("自治县县委") \
            and not _one_character_place(doubled.group(1)):
        # 新邵县县委 -> 新邵县委; its office too: 衡阳县县委第一巡察组 -> 衡阳县委第一巡察组
        return replace(mention, name=doubled.group(1) + "委" + doubled.group(3))
    if len(mention.name) > 3 and party_cell_in_full(mention.name) != mention.name:   # 团结村支部 (书记)
        # a party cell written short (a bare 村支部 is a class: its name stays for the officials)
        return replace(mention, name=party_cell_in_full(mention.name))
    standing = _STANDING_COMMITTEE.match(mention.name)
    if standing:
        return replace(mention, name=standing.group(1) + "人大常委会")
    department = next((d for d in _COMMITTEE_DEPARTMENTS if mention.name.endswith(d)), None)
    if department and len(mention.name) > len(department) + 1 \
            and mention.name[-len(department) - 1] in _PARTY_LEVELS and mention.kind == "party":
        return replace(mention, name=mention.name[:-len(department)] + "委" + department)
    return mention


# A place's organisation, propaganda and united-front departments are its party committee's:
# 新化县宣传部 is 新化县委宣传部 (a company's 宣传部 is not: 公司宣传部).
_COMMITTEE_DEPARTMENTS = ("组织部", "宣传部", "统战部")
_PARTY_LEVELS = "省市州县区"


def _department_head_after(suffix: str, text: str, end: int) -> bool:
    """Is the party department ending at `end` followed by its head's title written with one 部
    (县委常委、组织部长、统战部长 = 组织部部长, 统战部部长)? Not a meeting of such heads (宣传部长会议)."""
    return suffix.endswith(_COMMITTEE_DEPARTMENTS) and text.startswith("长", end) and not text.startswith("会", end + 1)


# ---------------------------------------------------------------- bodies implied by a title

TITLE_MAX = 8


_LEVEL_BODIES = ("委", "党委", "党工委", "政府", "人民政府")


LIST_OF_BODIES = 2   # bodies listed before the last one: 市妇联、市科协、市侨联负责人


def _closes_list_of_bodies(text: str, start: int) -> bool:
    """Is the body at `start` the last of a 、 list of three or more bodies? Then the post after it
    is that of each body's head, and the bodies are named (市委、市政府主要领导 stays implied)."""
    count, pos = 0, start
    while count < LIST_OF_BODIES and pos > 0 and text[pos - 1] == "、":
        lo = pos - 1
        while lo > 0 and CJK.match(text[lo - 1]) and pos - 1 - lo < LIST_ITEM_MAX + 4:
            lo -= 1
        if not _ends_with_body(text[lo:pos - 1]):
            return False
        count, pos = count + 1, lo
    return count >= LIST_OF_BODIES


def _title_follows(text: str, end: int) -> bool:
    """Does a title (书记, 副市长 …) start at `end`, or after the body's party cell (党组书记)?"""
    words = title_words()
    if text.startswith("长", end) and text.endswith(_COMMITTEE_DEPARTMENTS, 0, end):
        return True   # 组织部长: the head's title shares the department's 部
    if text.startswith(_STANDING_MEETING, end) and not text.startswith(_STANDING_MEMBERS, end):
        return False   # 主持召开市委常委会议: the committee meets, 常委 is no member's title here
    cell = next((c for c in _PARTY_CELLS if text.startswith(c, end)), "")
    end += len(cell)
    end += len(next((q for q in _POST_QUALIFIERS if text.startswith(q, end)
                     and any(text[end + len(q):end + len(q) + n] in words for n in range(1, TITLE_MAX + 1))), ""))
    if any(text.startswith(word, end) for word in load_lines("org_leadership_words.txt")):
        return True
    found = [text[end:end + n] for n in range(1, TITLE_MAX + 1) if text[end:end + n] in words]
    if found and found[-1] in _UNNAMED_POSTS and not _holder_named(text, end + len(found[-1])):
        return False   # 县乡村振兴局主要负责人介绍了情况: no holder is named, the body acts
    return bool(found) and found[-1] not in load_lines("org_member_words.txt")


def _cell_title_follows(surface: str, text: str, end: int) -> bool:
    """Does a body ending with its party cell (市人大常委会党组) continue into a title of the cell
    (党组|成员杨长江: 党组成员)? Then it is written only as part of that post."""
    cell = next((c for c in _PARTY_CELLS if surface.endswith(c)), "")
    return bool(cell) and any(cell + text[end:end + n] in title_words() for n in range(1, TITLE_MAX + 1))


_STANDING_MEETING = ("常委会议", "常委会")   # a party committee's standing committee meeting
_STANDING_MEMBERS = ("常委会委员", "常委会组成人员", "常委会成员")
_POST_QUALIFIERS = ("常务", "专职", "执行")   # 督导组|常务|副组长: a qualifier before the title


# Posts written for a body's unnamed spokesman (负责人介绍, 负责人参加): without a holder's name
# after them, the body itself is the actor and is named.
_UNNAMED_POSTS = ("负责人", "主要负责人")
_NAME_TAGS = ("nr", "nrfg", "nrt")


def _holder_named(text: str, pos: int) -> bool:
    """Does a person's name follow at `pos` (负责人王五, 负责人周贞霖): a word the dictionary does
    not know, or a personal name, of two or three characters?"""
    tokens = cut(text[pos:pos + 6])
    if not tokens or not CJK.match(tokens[0][:1]):
        return False
    token = tokens[0]
    tag = _word_tags().get(token)
    return 2 <= len(token) <= 3 and (tag is None or tag in _NAME_TAGS)


def _mark_title_bodies(mentions: list[OrgMention], view: TextView) -> list[OrgMention]:
    """A level shorthand body (市委, 县政府, 省人大常委会, 州委宣传部, 县交通运输局) written only as
    part of a post (市委书记、市长任组长; 县委县政府书记; 县交通运输局党组书记) is implied by the
    title, not named: it stays for the officials (listed=False) but is not listed as an
    organisation. A body named with its place (衡阳市委书记) is listed."""
    out: list[OrgMention] = []
    implied_start = -1   # view start of the implied body right after the current one, if any
    for mention in sorted(mentions, key=lambda m: m.span.start, reverse=True):
        if _is_shorthand(mention.surface) or mention.surface in _DISCIPLINE \
                or mention.surface in _BARE_CELLS:   # 市委常委、纪委书记; 管委会主任、党委书记: in the chain
            end = view.view_pos(mention.span.end)
            chained = mention.surface[1:] in _LEVEL_BODIES and (
                implied_start == end or implied_start == end + 1 and view.text[end] == "、")
            if (chained or _title_follows(view.text, end) or _cell_title_follows(mention.surface, view.text, end)) \
                    and not _closes_list_of_bodies(view.text, view.view_pos(mention.span.start)) \
                    and not _named_by_its_task(mention.surface) and not _SENT_TEAM.search(mention.surface):
                mention = replace(mention, listed=False)   # (a team named by its posting, 驻某村工作队, is named)
        implied_start = view.view_pos(mention.span.start) if not mention.listed else -1
        out.append(mention)
    return _heads_down_an_implied_chain(out[::-1], view)


TASK_MIN = 2   # characters naming the task (扶贫开发, 招商引资): 县委|专班 names none


def _named_by_its_task(surface: str) -> bool:
    """Is the shorthand body a task force named by its task (县招商引资联合作战指挥部, 省扶贫开发领导小组,
    县委全面深化改革领导小组)? Its head's title (指挥长, 副组长) does not imply it as 县委书记 implies 县委:
    the body is set up under that name, and named."""
    head = next((word for word in _TASK_FORCES if surface.endswith(word)), "")
    if not head:
        return False
    task = surface[1:len(surface) - len(head)]
    return len(task.removeprefix("委")) >= TASK_MIN


# The party committee's own working bodies, written bare after the committee in a chain of one
# person's posts (市委常委、政法委书记; 区委副书记、统战部部长): the committee's, by the chain.
_CHAINED_DEPARTMENTS = _COMMITTEE_DEPARTMENTS + ("政法委", "社会工作部")


def _chained_department_head(surface: str, text: str, end: int) -> bool:
    """Is the party department `surface` (ending at `end`) followed by its head's title, written
    contracted (组织部长), or, written bare, in full (组织部部长, 政法委书记, 宣传部副部长)?"""
    return _department_head_after(surface, text, end) \
        or surface in _CHAINED_DEPARTMENTS and _title_follows(text, end) and not _acts_bare_later(surface, text, end)


_LATER_MENTIONS = 3   # bare mentions of the department read after its chain


def _acts_bare_later(surface: str, text: str, end: int) -> bool:
    """Is the bare department written again after `end` with no title after it, as an actor
    (…政法委书记汤五 … 政法委、公安局领导参加会议)? Then the body is named, the chain's mention with it."""
    at = text.find(surface, end)
    for _ in range(_LATER_MENTIONS):
        if at < 0:
            return False
        after = at + len(surface)
        if not (at > 0 and (is_level_char(text[at - 1]) or text[at - 1] == "委")) \
                and not text.startswith("门", after) and not _title_follows(text, after):   # 宣传部门: any department
            return True
        at = text.find(surface, after)
    return False


def _heads_down_an_implied_chain(mentions: list[OrgMention], view: TextView) -> list[OrgMention]:
    """A party department written only in its head's title (组织部长, 组织部部长, 政法委书记) that
    continues a chain opened by an implied shorthand body (市委常委、组织部长廖桂生; 市委常委、政法委书记
    刘五; 区委副书记、统战部部长蔡六) is implied by the title too: the chain names no place. After a body
    named with its place (衡山县委常委、组织部长) it is named."""
    out: list[OrgMention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        end = view.view_pos(mention.span.end)
        if previous is not None and not previous.listed and mention.listed \
                and _chained_department_head(mention.surface, view.text, end) \
                and _titles_between(view.text[view.view_pos(previous.span.end):view.view_pos(mention.span.start)]):
            mention = replace(mention, listed=False)
        out.append(mention)
    return out


def _titles_between(gap: str) -> bool:
    """Is `gap` the rest of a post and a 、 (常委、, 副书记、) linking two bodies of one title chain?"""
    return gap.endswith("、") and all(piece in title_words() or piece == "长"   # 组织部|长、统战部长
                                     for piece in gap[:-1].split("、"))



# ---------------------------------------------------------------- lists of named bodies

LIST_ITEM_MAX = 8
_NUMBER = r"(?:\d+|[一二三四五六七八九十两几多数]+)余?"


@lru_cache(maxsize=1)
def _list_pattern() -> re.Pattern[str]:
    """甲、乙、丙 + 等[N家|一批][modifier] + class noun, or 甲、乙 + N家 + class noun
    (lexicon/organizations_list_classes); the last separator may be a comma."""
    classes = "|".join(sorted((row[0] for row in load_table("organizations_list_classes.txt")), key=len, reverse=True))
    item = f"[\u4e00-\u7b48\u7b4a-\u9fff]{{2,{LIST_ITEM_MAX + 4}}}"   # CJK but 等
    modifier = "(?!行业|产业|领域|类)[\u4e00-\u9fff]{1,2}"   # 等龙头企业, 等娄商企业; not 等行业企业 (trades)
    items = f"(?:{item}、)+(?:{item}[，,])?{item}|{item}{_PAIR_CONJUNCTION}{item}"
    return re.compile(f"({items})(等(?:{_NUMBER}[家个所批])?(?:{modifier})?|{_NUMBER}家)"
                      f"({classes})")


# Two bodies joined by a conjunction close a list as well as 、 does: 五祥新材料和飘峰电气等26家企业.
# Only in the two-item form (甲和乙等企业); a 、 list keeps 和 inside its items (和平).
_PAIR_CONJUNCTION = "[和及与]"


def _list_items(listed: str) -> list[str]:
    """The items of a matched list: split at 、 (or a comma standing for it); a list without one is
    the two-item form 甲和乙, split at its last conjunction."""
    if _LIST_SEPARATOR.search(listed):
        return _LIST_SEPARATOR.split(listed)
    at = max(listed.rfind(c) for c in "和及与")
    return [listed[:at], listed[at + 1:]]


@lru_cache(maxsize=1)
def _list_classes() -> dict[str, tuple[OrgKind, bool]]:
    return {row[0]: (row[1], len(row) > 2 and row[2] == "yes")  # type: ignore[misc]
            for row in load_table("organizations_list_classes.txt")}


def _listed_bodies(view: TextView, place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """Bodies named by brand in a list closed by a class noun: 湘窖酒业、天骄汽车、兴达精密等企业,
    交通、邮储、农商3家银行 (-> 交通银行 …). Items that are dictionary words (钢铁、化工等企业: trades)
    or places are not names."""
    out: list[OrgMention] = []
    tags = _word_tags()
    for match in _list_pattern().finditer(view.text):
        kind, append = _list_classes()[match.group(3)]
        if append and "等" in match.group(2):
            continue  # 国有、股份制等银行: kinds of bank
        items = _list_items(match.group(1))
        longest_other = max(len(item) for item in items[1:])
        first = items[0]
        items[0] = _first_list_item(first, longest_other + 2)
        pos = match.start(1) + len(first) - len(items[0])
        for item in items:
            start, end = pos, pos + len(item)
            pos = end + 1
            if not 2 <= len(item) <= LIST_ITEM_MAX or end in place_at and view.view_pos(place_at[end].span.start) == start:
                continue
            if not append and (len(item) < 3 or item in tags):
                continue
            name = item if not append or item.endswith(match.group(3)) else item + match.group(3)
            out.append(OrgMention(view.doc_span(start, end), item, name, kind, None))
    return out


_LIST_SEPARATOR = re.compile("[、，,]")   # a comma may stand for the last 、 (甲、乙，丙等企业)
QUOTED_ITEM_MAX = 10


@lru_cache(maxsize=1)
def _quoted_list_pattern() -> re.Pattern[str]:
    """“甲”“乙”“丙” (or “甲”、“乙”) + 等[N家][modifier] + class noun: a list of quoted names."""
    classes = "|".join(sorted(_list_classes(), key=len, reverse=True))
    item = f"“[\u4e00-\u9fff]{{2,{QUOTED_ITEM_MAX}}}”"
    return re.compile(f"((?:{item}、?)+{item})等(?:{_NUMBER}[家个支])?(?:[\u4e00-\u9fff]{{1,2}})??({classes})")


def _quoted_listed_bodies(view: TextView) -> list[OrgMention]:
    """Bodies named in quotes in a list closed by a class noun: “河小青”“云豹救援队”“五老协会”等志愿组织.
    Quoted dictionary words (“五老”) are kinds, not names."""
    out: list[OrgMention] = []
    tags = _word_tags()
    for match in _quoted_list_pattern().finditer(view.text):
        kind, append = _list_classes()[match.group(2)]
        if append:
            continue
        for item in re.finditer("“([\u4e00-\u9fff]+)”", match.group(1)):
            name = item.group(1)
            if name in tags:
                continue
            start = match.start(1) + item.start(1)
            out.append(OrgMention(view.doc_span(start, start + len(name)), name, name, kind, None))
    return out


# The objects of a visit (走访了甲公司、乙、丙,并…): once one item is a company by its registered
# name, the short names beside it in the same 、 list are the companies visited too.
_VISIT_LIST = re.compile("(?:走访|考察|参观|来到|深入|前往|(?<=先后|相继|分别)到)+了?([^，,。；;！？：:等并\n]{4,90})")
_VISIT_SEPARATOR = re.compile("、|以及")
_OUTLET = re.compile(r"[(（][^()（）]{1,10}[店][)）]$")   # 步步高星城天地(湘府东路店): the outlet, not the name
_NOT_A_COMPANY_END = ("车间", "展厅", "基地", "中心", "项目", "园", "区", "村", "社区", "站", "现场", "一线", "生产线",
                      "片")   # 高新区核心片: a parcel of a zone
_COUNTED_PROJECTS_AFTER = re.compile(f"等{_NUMBER}个?[^。；;，,]{{0,4}}项目")   # 广祥电子等20个项目: labels


def _visited_companies(view: TextView, mentions: list[OrgMention],
                       place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """Companies written by short name in a visit's 、 list that also names a company in full:
    走访了湖南先导新材料科技有限公司、金凯循环、蔡伦纸品、美蓓达. Items that are dictionary words,
    places or sites (车间, 展厅, 基地 …) are not names."""
    companies = sorted((view.view_pos(m.span.start), view.view_pos(m.span.end))
                       for m in mentions if m.kind == "company")
    tags = _word_tags()
    out: list[OrgMention] = []
    for match in _VISIT_LIST.finditer(view.text):
        if "、" not in match.group(1) or _COUNTED_PROJECTS_AFTER.match(view.text, match.end(1)):
            continue
        bounds, items, pos = [], [], match.start(1)
        for piece in re.finditer(f"(.*?)(?:{_VISIT_SEPARATOR.pattern}|$)", match.group(1)):
            if piece.end() == piece.start():
                break
            item = piece.group(1)
            outlet = _OUTLET.search(item)
            name = item[:outlet.start()] if outlet else item
            bounds.append((pos + piece.start(1), pos + piece.start(1) + len(name)))
            items.append(name)
        if not any((a, b) in companies for a, b in bounds):
            continue   # no item is a company by its registered name: a list of sites or trades
        for (start, end), item in zip(bounds, items):
            if (start, end) in companies or not 2 <= len(item) <= LIST_ITEM_MAX \
                    or not all(CJK.match(ch) for ch in item) or item in tags \
                    or item.endswith(_NOT_A_COMPANY_END) \
                    or end in place_at and view.view_pos(place_at[end].span.start) == start:
                continue
            out.append(OrgMention(view.doc_span(start, end), item, item, "company", None))
    return out


# A venue visited on an inspection (考察了某新区规划展示馆, 深入某某剧场、某某科技馆和某乡) is one of the units
# the tour names, as its companies are; a venue where a meeting is held (在某某大剧院闭幕) or that is
# built (打造了某某展览馆) is a site.
_VENUES = ("博物馆", "纪念馆", "展示馆", "展览馆", "科技馆", "图书馆", "文化馆", "美术馆", "剧场", "剧院")
_VISIT_ITEM_SEPARATOR = re.compile("、|和|以及|及")
VENUE_NAME_MAX = 12


def _visited_venues(view: TextView) -> list[OrgMention]:
    """Named venues among the objects of a visit (see `_VISIT_LIST`): an item of two or more characters
    before its venue word, ideographs only, that is not a dictionary word (影剧院, 图书馆)."""
    tags = _word_tags()
    out: list[OrgMention] = []
    for match in _VISIT_LIST.finditer(view.text):
        pos = match.start(1)
        for piece in _VISIT_ITEM_SEPARATOR.split(match.group(1)):
            start, pos = pos, pos + len(piece)
            sep = _VISIT_ITEM_SEPARATOR.match(view.text, pos)
            pos += len(sep.group(0)) if sep else 0
            venue = next((word for word in _VENUES if piece.endswith(word)), "")
            if not venue or not 2 <= len(piece) - len(venue) <= VENUE_NAME_MAX \
                    or not all(CJK.match(ch) for ch in piece) or piece in tags or piece[-len(venue) - 1:] in tags:
                continue
            out.append(OrgMention(view.doc_span(start, start + len(piece)), piece, piece, "other", None))
    return out


# A 、 list of short company names in any clause (以锦江泉酒业、鸿达实业、苗家王食品为代表的食品产业集群;
# 为百水泥厂、肉食冷冻公司等规模工业企业): once one item is a company, its siblings are companies too.
_LIST_CLAUSE = re.compile("[^，,。；;！？!?：:\n“”\"‘’（）()《》]+")
_LIST_CLOSER = re.compile("等|及|为代表|为主|为龙头|为首")
_LAST_ITEM = re.compile("([\u4e00-\u9fff]{2,%d}?)(?:%s|$)" % (LIST_ITEM_MAX, _LIST_CLOSER.pattern))
SIBLING_MIN = 3   # 钢铁、化工: two-character items are trades


def _company_list_siblings(view: TextView, mentions: list[OrgMention],
                           place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """Companies written by short name in a 、 list of which one item is a company by its suffix or
    its brand (鸿达实业 among 锦江泉酒业、鸿达实业、苗家王食品、虹瑞湘葛). Items that are dictionary words,
    places or sites (车间, 基地, 站 …), or shorter than three characters, are not names."""
    companies = {(view.view_pos(m.span.start), view.view_pos(m.span.end)) for m in mentions if m.kind == "company"}
    known = {(view.view_pos(m.span.start), view.view_pos(m.span.end)) for m in mentions}
    out: list[OrgMention] = []
    for clause in _LIST_CLAUSE.finditer(view.text):
        if "、" in clause.group(0):
            for bounds in _sibling_lists(clause.start(), clause.group(0)):
                out.extend(_siblings(view, bounds, companies, known, place_at))
    return out


def _siblings(view: TextView, bounds: list[tuple[int, int]], companies: set[tuple[int, int]],
              known: set[tuple[int, int]], place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """The items of one 、 list that are companies beside a company of the list."""
    out: list[OrgMention] = []
    if not any(bound in companies for bound in bounds):
        return out
    for start, end in bounds:
        item = view.text[start:end]
        if (start, end) in known or not SIBLING_MIN <= len(item) <= LIST_ITEM_MAX \
                or not all(CJK.match(ch) for ch in item) or item in _word_tags() \
                or item.endswith(_NOT_A_COMPANY_END) or _inside_known(known, start, end) \
                or end in place_at and view.view_pos(place_at[end].span.start) == start \
                or _citizen_opens(item):
            continue
        out.append(OrgMention(view.doc_span(start, end), item, item, "company", None))
    return out


# A 、 list of company heads, each written company + post + name (泰嘉新材料董事长方鸿、某某酒店董事长曹坤、
# 某某建设总经济师聂志强): the items are of one kind, so when one item's company is known (by its suffix or
# brand) the others' are companies too, even a brand the dictionary splits (麓|湘|小镇|酒店).
_CORPORATE_POSTS = "副?(?:董事长|总裁|总经理|总经济师|总工程师|执行董事|副总)"
_TITLED_ITEM = re.compile(f"([\u4e00-\u9fff]{{3,{LIST_ITEM_MAX}}}?){_CORPORATE_POSTS}[\u4e00-\u9fff]{{2,3}}")
TITLED_ITEMS_MIN = 2


def _titled_list_siblings(view: TextView, mentions: list[OrgMention],
                          place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """Companies of a 、 list of company heads (see `_TITLED_ITEM`) beside one already known (its span,
    or its short form: 泰嘉新材料 of 湖南泰嘉新材料股份有限公司 named before); an item's
    company is no dictionary word, no place, no level shorthand and no person (王建军总经理)."""
    companies = [(view.view_pos(m.span.start), view.view_pos(m.span.end)) for m in mentions if m.kind == "company"]
    names = [m.name for m in mentions if m.kind == "company"]
    out: list[OrgMention] = []
    for clause in _LIST_CLAUSE.finditer(view.text):
        items, pos = [], clause.start()
        for piece in clause.group(0).split("、"):
            m = _TITLED_ITEM.match(piece) or (_TITLED_ITEM.search(piece) if not items else None)
            if m is not None:
                items.append((pos + m.start(1), pos + m.end(1)))
            pos += len(piece) + 1
        if len(items) < TITLED_ITEMS_MIN or not any(
                any(a <= start < b or start <= a < end for a, b in companies)
                or any(view.text[start:end] in name for name in names) for start, end in items):
            continue   # no item is a company found before (by its span, or as the short form of its name)
        for start, end in items:
            item = view.text[start:end]
            if item in _word_tags() or _is_shorthand(item) or any(a <= start < b for a, b in companies) \
                    or any(item in name for name in names) \
                    or start in place_at or end in place_at and view.view_pos(place_at[end].span.start) <= start \
                    or len(item) <= 3 and item[0] in single_surnames():
                continue
            out.append(OrgMention(view.doc_span(start, end), item, item, "company", None))
    return out


def _citizen_opens(item: str) -> bool:
    """Does a list item open with a word that introduces a citizen (村民魏玉萍、樊开斌先后创办了…厂): a
    person of the list, not a company beside the one named?"""
    return any(item.startswith(word) and len(item) > len(word) for word in load_lines("title_citizens.txt"))


def _sibling_lists(at: int, clause: str) -> list[list[tuple[int, int]]]:
    """View bounds of the items of each 、 list in `clause` (starting at view position `at`): a list
    ends at an item closed by 等 or 为代表, and a new one may open after it (甲、乙等企业解决丙、丁等问题:
    two lists); a piece too long to be a name is skipped. A first item is cut from the words before it."""
    lists: list[list[tuple[int, int]]] = [[]]
    pos = at
    for piece in clause.split("、"):
        start, end = pos, pos + len(piece)
        pos = end + 1
        if lists[-1]:
            last = _LAST_ITEM.match(piece)
            if last is None and _LIST_CLOSER.search(piece) is None:
                continue   # 公租房湘桂复线祁东火车站站前广场: too long for a name, the list goes on
            if last is not None and last.end(1) == len(piece):
                lists[-1].append((start, end))
                continue
            if last is not None:
                lists[-1].append((start, start + len(last.group(1))))
            lists.append([])
        item = _first_list_item(piece, LIST_ITEM_MAX)
        if item:
            lists[-1].append((end - len(item), end))
    return [items for items in lists if len(items) >= 2]


def _inside_known(known: set[tuple[int, int]], start: int, end: int) -> bool:
    """Does the item overlap a body already found (its own name or a name inside it)?"""
    return any(a < end and start < b for a, b in known)


BRAND_MIN, BRAND_MAX = 2, 4
_PROJECT_LIST_AFTER = re.compile("[^。；;，,！？]{0,20}?等[^。；;，,]{0,8}项目")
_BRAND_WINDOW = 12


_CORPORATE_TITLE = re.compile("(?:^|(?<=[，,、。；;：:\\s]))([\u4e00-\u9fff]{2,6})(?=副?(?:董事长|总裁|总经理))")
_BRAND_TAGS = (None, "nz", "nr", "nrt", "nt", "j", "eng")


def _titled_companies(view: TextView, place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """A brand written as a whole list item right before a company's post (，亿利金威总裁简广明): the
    company, by its short name. Its words are names or unknown to the dictionary (not 北京总部, not a
    place alone), and it is no person's name (王建军总经理); a name with a company suffix is found by the
    suffix grammar."""
    out: list[OrgMention] = []
    tags = _word_tags()
    for m in _CORPORATE_TITLE.finditer(view.text):
        brand = m.group(1)
        if place_at.get(m.end(1)) is not None and view.view_pos(place_at[m.end(1)].span.start) <= m.start(1):
            continue   # 长沙总经理: a place, no company
        if _is_shorthand(brand) or any(tags.get(token, "x") not in _BRAND_TAGS for token in cut(brand)):
            continue
        if len(brand) <= 3 and brand[0] in single_surnames():
            continue   # ，王建军总经理表示: a person and a post written after the name
        out.append(OrgMention(view.doc_span(m.start(1), m.end(1)), brand, brand, "company", None))
    return out


# A company's own figures (产值, 税收, 入库税款 …) written after its short name: several names listed before
# the figures they share (金博、三一产值分别同比增长, 国能岳阳电厂、雪花啤酒上半年入库税款同比分别), or each
# before its own in a 、 list of clauses (天津大桥税收过千万元、得意电子税收过500万元). Only a list names
# companies this way: one subject alone is a place's or a sector's (全县税收, 园区规模工业产值达).
_FIGURE_WORDS = "(?:产值|税收|入库税款|入库税收|纳税|营业收入|营收|销售收入|利润|利税)"
_FIGURE_PERIOD = "(?:今年|去年|上半年|下半年|前三季度|一季度|全年)?"
_FIGURE_ITEM = "[\u4e00-\u9fff]{2,8}?"
_SHARED_FIGURES = re.compile(f"(?:^|(?<=[，,。；;：:\\n]))((?:{_FIGURE_ITEM}、)+{_FIGURE_ITEM}){_FIGURE_PERIOD}"
                             f"{_FIGURE_WORDS}(?:同比)?(?:分别|均)")
_OWN_FIGURES = re.compile(f"(?:^|(?<=[，,。；;：:\\n]))({_FIGURE_ITEM}){_FIGURE_PERIOD}{_FIGURE_WORDS}"
                          f"(?:过|超|达|突破)[^、，,。；;]{{1,12}}、({_FIGURE_ITEM}){_FIGURE_PERIOD}{_FIGURE_WORDS}"
                          "(?:过|超|达|突破)")
_NOT_A_FIGURE_SUBJECT_START = "全该各本其我总每"
_SECTOR_ENDS = ("业", "园", "基地")   # 工业, 服务业, 企业, 产业园: a sector or a site, no company
_FIGURE_VERBS = ("完成", "实现", "累计", "创造", "贡献", "上缴", "缴纳")   # 建筑建材完成|产值: the verb is no name's


def _figure_companies(view: TextView, place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """Companies written by their short name as the subjects of their own figures, in a list (see
    `_SHARED_FIGURES`); an item is no place, no level shorthand, no sector (工业, 机械制造: one word of the
    dictionary, or a word ending with 业) and does not open with a determiner (全县, 该企业)."""
    out: list[OrgMention] = []
    tags = _word_tags()
    items: list[tuple[int, int]] = []
    for m in _SHARED_FIGURES.finditer(view.text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
    for m in _OWN_FIGURES.finditer(view.text):
        items.extend([(m.start(1), m.end(1)), (m.start(2), m.end(2))])
    for start, end in items:
        item = view.text[start:end]
        place = place_at.get(start)
        if place is not None and view.view_pos(place.span.end) >= end:
            continue   # 长沙、株洲产值分别…: places
        if item[0] in _NOT_A_FIGURE_SUBJECT_START or is_level_char(item[0]) or is_level_char(item[-1]) \
                or item.endswith(_SECTOR_ENDS + _FIGURE_VERBS) or tags.get(item) in ("n", "vn", "v", "b", "ns"):
            continue
        out.append(OrgMention(view.doc_span(start, end), item, item, "company", None))
    return out


def _brand_companies(view: TextView, place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """Companies written by their short name, brand + trade (湘容酒业, 比沃电子, 华熙生物): the
    brand is a word the dictionary does not know, neither a place nor a title (lexicon/org_brand_trades)."""
    trades = load_lines("org_brand_trades.txt")
    tags = _word_tags()
    out: list[OrgMention] = []
    for trade in trades:
        at = view.text.find(trade)
        while at >= 0:
            mention = _brand_before(view, at, trade, tags, place_at)
            if mention is not None:
                out.append(mention)
            at = view.text.find(trade, at + 1)
    return sorted(out, key=lambda m: m.span.start)


def _brand_before(view: TextView, at: int, trade: str, tags: dict[str, str],
                  place_at: dict[int, PlaceMention]) -> OrgMention | None:
    """The company whose trade word starts at `at`, when the token before it is an unknown brand."""
    lo = max(0, at - _BRAND_WINDOW)
    end = at + len(trade)
    pos, tokens = lo, []
    for token in cut(view.text[lo:min(len(view.text), end + 4)]):
        tokens.append((pos, token))
        pos += len(token)
    if not any(start == at and token == trade for start, token in tokens) \
            or any(view.text[at:end + n] in tags for n in (1, 2)):
        return None   # the trade word is part of a longer word (电子信息产业, 电子技术)
    if _PROJECT_LIST_AFTER.match(view.text, end):
        return None   # 广祥电子等20个项目: a project's label, not an actor
    before = [(start, token) for start, token in tokens if start + len(token) == at]
    if not before:
        return None
    start, brand = before[0]
    if not BRAND_MIN <= len(brand) <= BRAND_MAX or not all(CJK.match(ch) for ch in brand) \
            or brand in tags and not (_rare_name_word(brand) and not view.text.startswith(_SITES, end)) \
            or brand in title_words() or at in place_at \
            or any(ch in LEVEL_CHARS for ch in brand[-1:]) or is_level_char(brand[:1]):
        return None
    name = brand + trade
    return OrgMention(view.doc_span(start, end), name, name, "company", None)


_RARE_BRAND_FREQ = 20   # 湘妃 (16): a dictionary noun this rare before a trade word is a brand
_SITES = ("基地", "园", "车间", "项目", "片区", "产业")   # 井头石材基地: a rare word's site of a trade, no company


def _rare_name_word(word: str) -> bool:
    """A noun of the dictionary too rare to be ordinary text (湘妃, a legend's name, in 湘妃酒业)."""
    return _word_tags().get(word) in ("n", "nz", "nr") and _word_freq().get(word, 0) <= _RARE_BRAND_FREQ


# The head of a government written after its place (衡阳市市长, 澧县县长, 湖南省省长): the title names
# the place, so the government is named (the gold convention: 湖南省政府 from 湖南省省长).
_HEAD_AFTER = re.compile(r"(?:常务)?[副代]?([省市州县区镇乡])长")


def _governments_of_heads(view: TextView, places: list[PlaceMention], gaz: Gazetteer) -> list[OrgMention]:
    """X政府 for each place written right before the head title of its own level (衡阳市|市长)."""
    out: list[OrgMention] = []
    for place in places:
        end = view.view_pos(place.span.end)
        m = _HEAD_AFTER.match(view.text, end)
        entry = gaz.entries.get(place.key)
        if _glued_head(view.text, end, place, gaz, places):   # 益阳市长许显辉: the place's 市 is the title's
            name = (place_name(gaz, place.key) or place.surface) + "政府"
            span = view.doc_span(view.view_pos(place.span.start), end + 1)
            out.append(OrgMention(span, view.text[view.view_pos(place.span.start):end + 1], name, "government",
                                  place.key))
            continue
        if m is None or entry is None or not entry.name.endswith(m.group(1)) \
                or not place.surface.endswith(m.group(1)):
            continue   # 衡阳|市长 (the short form) is read as 衡阳市 + 长 by the places, not a head
        name = (place_name(gaz, place.key) or place.surface) + "政府"
        span = view.doc_span(view.view_pos(place.span.start), m.end())
        out.append(OrgMention(span, view.text[view.view_pos(place.span.start):m.end()], name, "government", place.key))
    return out


def _glued_head(text: str, end: int, place: PlaceMention, gaz: Gazetteer, places: list[PlaceMention]) -> bool:
    """益阳市长许显辉: a head title (市长, 县长) written on its place, the place's level character
    counted once — the place's level is the title's, a surname follows 长 and 长 opens no word
    (株洲市长江路, 长春) nor another place."""
    level_char = place.surface[-1:]
    entry = gaz.entries.get(place.key)
    if text[end:end + 1] != "长" or entry is None or entry.level not in LEVELS_OF_CHAR.get(level_char, ()) \
            or level_char not in "省市州县区镇乡":
        return False
    if text[end + 1:end + 2] not in single_surnames() or _word_tags().get(text[end:end + 2]) is not None:
        return False
    return not any(p is not place and place.span.end - 1 <= p.span.start <= place.span.end + 1 for p in places)


def _with_committees(mentions: list[OrgMention], committees: list[OrgMention]) -> list[OrgMention]:
    """`mentions` with the democratic parties' committees, each replacing the bodies read inside
    it (民进市委会 holds no 市委)."""
    if not committees:
        return mentions
    kept = [m for m in mentions
            if not any(c.span.start <= m.span.start and m.span.end <= c.span.end for c in committees)]
    return sorted(kept + committees, key=lambda m: m.span.start)


_PARTY_CENTRE = "中央"


@lru_cache(maxsize=1)
def democratic_parties() -> tuple[str, ...]:
    """The eight democratic parties as local news writes them (lexicon org_democratic_parties.txt)."""
    return tuple(load_lines("org_democratic_parties.txt"))


@lru_cache(maxsize=1)
def democratic_party_centres() -> tuple[str, ...]:
    """民革中央, 九三学社中央: each democratic party's central committee (`democratic_parties` + 中央),
    a national body written with no place, as 中共中央 is; the genre names it in a national leader's
    chain (全国政协副主席、民革中央常务副主席X)."""
    return tuple(party + _PARTY_CENTRE for party in democratic_parties())


@lru_cache(maxsize=1)
def _democratic_party_pattern() -> re.Pattern[str]:
    parties = "|".join(sorted(democratic_parties(), key=len, reverse=True))
    return re.compile(f"({parties})([\u4e00-\u9fff]{{0,8}}?)([省市州县区])委(?:员会|会)?")


def _democratic_party_committees(doc: Document, view: TextView, places: list[PlaceMention], gaz: Gazetteer,
                                 article_place: dict[int, str]) -> list[OrgMention]:
    """民进市委会, 民盟株洲市委会: a democratic party's committee of a level (lexicon
    org_democratic_parties.txt), named 民进 + the place + 委会 — the place written between, else
    the place of that level in context (民进市委会 in a 株洲 article: 民进株洲市委会)."""
    place_at = _place_index(view, places)
    out: list[OrgMention] = []
    for m in _democratic_party_pattern().finditer(view.text):
        party, written, level_char = m.group(1), m.group(2), m.group(3)
        place = place_at.get(m.start(3) + 1)
        if written:
            if place is not None and view.view_pos(place.span.start) == m.start(2):
                key = place.key
            else:   # 民建湖南省委会: the places read 湖南省委, a body; the gazetteer names the place
                key = next((e.key for e in gaz.lookup(written + level_char)
                            if e.level in LEVELS_OF_CHAR[level_char]), None)
            if key is None:
                continue   # 民进…: only a place between the party and its committee
        else:
            key = resolve_level(doc, view.to_doc[m.start()], level_char + "委", article_place, places, gaz)
        name = place_name(gaz, key)
        if not name or not name.endswith(level_char) or _level(gaz, key or "") not in LEVELS_OF_CHAR[level_char]:
            continue
        committee = m.group(0)[len(party) + len(written) + 1:]   # 委会 / 委员会
        out.append(OrgMention(view.doc_span(m.start(), m.end()), m.group(0), party + name + committee, "party", key))
    return out


# Units that share the head word of the last item of a 、 list (楚江、夹山、维新、磨市支行): each
# item, a place name, is a unit of its own with that head; a common word (存款、贷款) is none.
_SHARED_HEADS = ("支行", "分行", "分局", "派出所", "分公司", "商会")
_NAME_LIKE_TAGS = (None, "ns", "nr", "nz", "nt", "j", "v")
SHARED_ITEM_MIN, SHARED_ITEM_MAX = 2, 4


def _shared_head_items(view: TextView, mentions: list[OrgMention],
                       place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """The items before a unit whose short name (two to four characters) ends with a shared head
    and follows a 、: 楚江、夹山、维新、磨市支行 -> 楚江支行, 夹山支行, 维新支行."""
    out: list[OrgMention] = []
    for mention in mentions:
        head = next((h for h in _SHARED_HEADS if mention.surface.endswith(h)), None)
        if head is None or not SHARED_ITEM_MIN <= len(mention.surface) - len(head) <= SHARED_ITEM_MAX:
            continue
        sep = view.view_pos(mention.span.start) - 1
        while sep > 0 and view.text[sep] == "、":
            lo = sep
            while lo > 0 and sep - lo < SHARED_ITEM_MAX + 6 and CJK.match(view.text[lo - 1]):
                lo -= 1
            item = view.text[lo:sep]
            if view.text[lo - 1:lo] != "、":
                item = _first_list_item(item, SHARED_ITEM_MAX)
            start = sep - len(item)
            if not SHARED_ITEM_MIN <= len(item) <= SHARED_ITEM_MAX or any(ch in item for ch in "等和及与") or _word_tags().get(item) not in _NAME_LIKE_TAGS:
                break
            out.append(OrgMention(view.doc_span(start, sep), item, item + head, mention.kind, None))
            sep = start - 1
    return out


_FULL_PLACE_ENDS = "省市州县区"   # 东莞市, 广东省: a place written whole, no short form


def _place_list_bodies(view: TextView, mentions: list[OrgMention],
                       place_at: dict[int, PlaceMention]) -> list[OrgMention]:
    """Places listed with 、 before a body share its name: 长沙市、衡阳市祁乡商会 (the last place opens
    the body) -> 长沙市祁乡商会; 东莞市、深圳市湖南祁阳商会 and 北京市、南宁市、昆明市等湖南祁阳商会 (the
    places stand before the whole name) -> 东莞市湖南祁阳商会 …. Each place is written whole (…市, …省)."""
    starts = {view.view_pos(p.span.start): p for p in place_at.values()}
    out: list[OrgMention] = []
    for mention in mentions:
        start = view.view_pos(mention.span.start)
        own = starts.get(start)
        opened = own is not None and len(own.surface) < len(mention.surface) and view.text[start - 1:start] == "、"
        if opened:
            core, last = mention.surface[len(own.surface):], start - 1     # 长沙市、|衡阳市祁乡商会
        elif view.text[start - 1:start] == "等":
            core, last = mention.surface, start - 1                        # 昆明市|等|湖南祁阳商会
        else:
            core, last = mention.surface, start                            # 深圳市|湖南祁阳商会
        items = _listed_places(view, last, place_at)
        if len(items) < (1 if opened else 2):
            continue
        out.extend(OrgMention(place.span, place.surface, place.surface + core, mention.kind, place.key)
                   for place in items)
    return out


def _listed_places(view: TextView, end: int, place_at: dict[int, PlaceMention]) -> list[PlaceMention]:
    """The places written whole of the 、 list whose last item ends at view position `end`."""
    items: list[PlaceMention] = []
    while True:
        place = place_at.get(end)
        if place is None or len(place.surface) < 2 or place.surface[-1] not in _FULL_PLACE_ENDS:
            return items
        items.append(place)
        begin = view.view_pos(place.span.start)
        if view.text[begin - 1:begin] != "、":
            return items
        end = begin - 1


_ZONE_BODY_HEADS = ("管理委员会", "管委会", "党工委")
_ZONE_LIST_SEPARATORS = "、和及与"


def _zone_list_bodies(view: TextView, mentions: list[OrgMention],
                      place_at: dict[int, PlaceMention], gaz: Gazetteer) -> list[OrgMention]:
    """The zones listed before a zone's committee share its head: 湘潭高新区、经开区和昭山示范区管委会
    -> 湘潭高新区管委会, 湘潭经开区管委会 (a zone written by its suffix alone takes the place — a city or
    county, not a zone's own name — of the zone named before it in the list)."""
    out: list[OrgMention] = []
    for mention in mentions:
        head = next((h for h in _ZONE_BODY_HEADS if mention.surface.endswith(h)), None)
        if head is None or not mention.surface[:-len(head)].endswith(tuple(_zone_words())):
            continue
        items: list[tuple[int, int, str, str]] = []   # start, end, zone as written, its place prefix
        sep = view.view_pos(mention.span.start) - 1
        while sep > 0 and view.text[sep] in _ZONE_LIST_SEPARATORS:
            item = _zone_item(view, sep, place_at)
            if item is None:
                break
            items.append(item)
            sep = item[0] - 1
        prefix = ""
        for start, end, zone, place in reversed(items):
            if place:
                out.append(OrgMention(view.doc_span(start, end), zone, zone + head, mention.kind, None))
                shared = place_at.get(start + len(place))
                found = place_at.get(end)          # 湘潭高新区: its 湘潭 names its city, even when not a mention
                names_ancestor = found is not None and any(place in (a.name, a.short) for a in gaz.ancestors(found.key))
                prefix = place if (shared is not None and shared.surface == place) or names_ancestor else ""
            elif prefix:
                out.append(OrgMention(view.doc_span(start, end), zone, prefix + zone + head, mention.kind, None))
    return out


def _zone_item(view: TextView, end: int, place_at: dict[int, PlaceMention]) -> tuple[int, int, str, str] | None:
    """(start, end, zone, its name before the suffix) of the zone ending at `end` in a list: a zone the
    places found (湘潭高新区: 湘潭), or a zone suffix alone after a separator or punctuation (经开区: '')."""
    place = place_at.get(end)
    zones = sorted(_zone_words(), key=len, reverse=True)
    if place is not None:
        start = view.view_pos(place.span.start)
        written = view.text[start:end]
        suffix = next((z for z in zones if written.endswith(z)), None)
        if suffix is None:
            return None
        if len(written) > len(suffix):
            return start, end, written, written[:-len(suffix)]
        if len(place.surface) > len(suffix) and place.surface.endswith(suffix):   # 经开区 resolved: 湘潭经开区
            return start, end, place.surface, place.surface[:-len(suffix)]
    suffix = next((z for z in zones if view.text.endswith(z, 0, end)), None)
    if suffix is None:
        return None
    start = end - len(suffix)
    if start > 0 and CJK.match(view.text[start - 1]) and view.text[start - 1] not in _ZONE_LIST_SEPARATORS:
        return None
    return start, end, suffix, ""


def _first_list_item(text: str, max_len: int) -> str:
    """The first item of a list, cut from the words before it at a stop word (与, 分别, ，)."""
    stops = load_lines("org_preceders.txt")
    tags = _word_tags()
    tokens = cut(text)
    kept = ""
    for token in reversed(tokens):
        if token in stops or tags.get(token) in ("p", "c", "uj") or len(kept) + len(token) > max_len \
                or _resultative_verb(token, tags):
            break
        kept = token + kept
    return kept


def _resultative_verb(token: str, tags: dict[str, str]) -> bool:
    """A verb word with a result complement (涌现出): it introduces the list, never opens a
    company's name. Two-character ones (日出 of 日出东方) may."""
    return len(token) >= 3 and token[-1] in "出到起" and tags.get(token, "").startswith("v")


def _merge_listed(mentions: list[OrgMention], listed: list[OrgMention]) -> list[OrgMention]:
    """Add listed bodies that no suffix-found mention overlaps, in text order."""
    if not listed:
        return mentions
    spans = sorted((m.span.start, m.span.end) for m in mentions)
    starts = [a for a, _ in spans]
    out = list(mentions)
    for item in listed:
        i = bisect_right(starts, item.span.end - 1)
        if i and spans[i - 1][1] > item.span.start:
            continue
        out.append(item)
    return sorted(out, key=lambda m: m.span.start)


_DOCUMENT_TITLE = re.compile(r"《[^《》\n]{1,80}》")


def _document_title_ranges(view: TextView) -> list[tuple[int, int]]:
    """View ranges of 《…》 titles: a body named inside a document's title is not an actor."""
    return [(m.start(), m.end()) for m in _DOCUMENT_TITLE.finditer(view.text)]


@lru_cache(maxsize=1)
def _collective_levels() -> tuple[str, ...]:
    """Words naming several levels at once (县市区, 乡镇), longest first."""
    return load_longest_first("organizations_collective_levels.txt")


def _counted_before(text: str, hit: _Hit) -> bool:
    """Is the name counted (新建20所乡镇公办中心幼儿园、68所民办普惠性幼儿园): N of a class of bodies,
    not one? A company's registered name (引进一家湖南某某有限公司) and a body named with its place
    (组建一支湘阴县应急救援队) keep their count."""
    return hit.suffix.kind != "company" and hit.place_key is None \
        and (counted_before(text, hit.start, "支个家所座") or text.endswith(_FIRST_OF_CLASS, 0, hit.start))


def _counted_after(text: str, hit: _Hit) -> bool:
    """Is the name followed by its count (湘阴县的村级合作社3家): N of a class of bodies, not one?
    The last of a list of bodies each named with its place (…、邵阳市文联、邵阳市贸促会16个单位)
    is one body: the count after it is the whole list's."""
    if not COUNTED_AFTER_NAME.match(text, hit.end):
        return False
    return not (hit.place_key is not None and _list_item_opens(text, hit.start))


_LIST_COMMA = "、"


# 成立了首个景区志愿者服务站: the first of a class of bodies, not one named (as 第一家…商会)
_FIRST_OF_CLASS = ("首个", "首家", "首所", "首支")


def _names_a_class(text: str, hit: _Hit) -> bool:
    """Does the name open with 县市区 / 乡镇 / 市州 … after its place, or hold one when it has no
    place (要求县市区政府): a class of bodies, not one?"""
    if any(text.startswith(word, hit.place_end) and _word_ends(text, hit.place_end, hit.end, word)
           for word in _collective_levels()):
        return True
    if _closes_a_collective_level(text, hit):
        return True
    core = text[hit.start:hit.end - len(hit.suffix.word)]
    return hit.place_key is None and any(
        word in core and _word_ends(text, hit.start + core.index(word), hit.end, word)
        for word in _collective_levels())


def _closes_a_collective_level(text: str, hit: _Hit) -> bool:
    """Does a shorthand body of no place open with the last level character of a collective
    word written before it (各市|州政府, 14个县|市政府)? The name match starts after the word's
    first characters, but the body is the class the whole word names, not one level's."""
    if hit.place_key is not None:
        return False
    for word in _collective_levels():
        opens = hit.start + 1 - len(word)
        if opens >= 0 and len(word) >= 2 and text.startswith(word, opens):
            return True   # not `_word_ends`: the dictionary holds 州政府 as one word (市|州政府)
    return False


def _word_ends(text: str, pos: int, end: int, word: str) -> bool:
    """Does a word end where `word`, written at `pos`, ends (县市区|政府), rather than inside the
    next word (省|市场监督管理局: the province's market regulator, not 省市)?"""
    edge, bound = pos + len(word), pos
    for token in cut(text[pos:end]):
        bound += len(token)
        if bound >= edge:
            return bound == edge
    return True


def _drop_nested(mentions: list[OrgMention]) -> list[OrgMention]:
    """Drop a mention written inside a longer one (区委 in 区委督查室, 两办 in 两办督查室)."""
    kept: list[OrgMention] = []
    for mention in sorted(mentions, key=lambda m: (m.span.end, -m.span.start)):
        while kept and kept[-1].span.start >= mention.span.start and kept[-1].span.end <= mention.span.end:
            kept.pop()
        kept.append(mention)
    return kept


# A resident team written with the body that sends it (市政府办驻村帮扶工作队, 县农业农村局驻村工作队,
# 县法院驻某村乡村振兴工作队) names that body as well: the sender is an organisation of its own.
_SENT_TEAM = re.compile("驻[\u4e00-\u9fff]{0,12}?(?:工作队|工作组)$")


def _team_sender(mention: OrgMention, view: TextView) -> OrgMention | None:
    """The body that sends the team `mention` (the part of its name before 驻), when that part ends
    with an organisation suffix and is no place alone; None otherwise."""
    found = _SENT_TEAM.search(mention.surface)
    if found is None or found.start() < 2 or not mention.name.endswith(mention.surface[found.start():]):
        return None
    written = mention.surface[:found.start()]
    if not _ends_with_body(written) or is_level_char(written[-1]):
        return None   # 郴州市驻某村工作队, 某村驻村工作队: a place sends it, no body is named
    ends = [hit for last, hit in suffix_automaton().iter(written) if last + 1 == len(written)]
    kind = max(ends, key=lambda hit: len(hit.word)).kind
    start = view.view_pos(mention.span.start)
    name = mention.name[:len(mention.name) - len(mention.surface) + found.start()]
    return OrgMention(view.doc_span(start, start + len(written)), written, name, kind, None)


def _with_team_senders(mentions: list[OrgMention], view: TextView) -> list[OrgMention]:
    """`mentions` and the senders of their resident teams not named otherwise (see `_SENT_TEAM`)."""
    names = {mention.name for mention in mentions}
    out = list(mentions)
    for mention in mentions:
        sender = _team_sender(mention, view)
        if sender is not None and sender.name not in names:
            names.add(sender.name)
            out.append(sender)
    return sorted(out, key=lambda m: m.span.start)


def _join_dispatched(mentions: list[OrgMention], view: TextView) -> list[OrgMention]:
    """A team sent by a body is named with it (洪江市委办 驻 下坪村工作队 -> 洪江市委办驻下坪村工作队);
    the sending body stays a mention of its own."""
    out: list[OrgMention] = []
    for mention in mentions:
        start = view.view_pos(mention.span.start)
        sender = out[-1] if out else None
        if sender is not None and mention.place_key is not None and start > 0 and view.text[start - 1] == "驻" \
                and view.view_pos(sender.span.end) == start - 1:
            mention = OrgMention(Span(sender.span.start, mention.span.end), sender.surface + "驻" + mention.surface,
                                 sender.name + "驻" + mention.surface, mention.kind, mention.place_key)
        out.append(mention)
    return out


def _join_national(mentions: list[OrgMention]) -> list[OrgMention]:
    """A national body written right before a local branch with a place (国家税务总局 常德市…税务局)
    is one organisation."""
    out: list[OrgMention] = []
    for mention in mentions:
        if out and out[-1].place_key is None and out[-1].name == out[-1].surface \
                and out[-1].span.end == mention.span.start and mention.place_key is not None \
                and (out[-1].name in _national_names() or _national_agency(out[-1].name)):
            national = out.pop()
            mention = OrgMention(Span(national.span.start, mention.span.end), national.surface + mention.surface,
                                 national.name + mention.name, mention.kind, mention.place_key)
        out.append(mention)
    return out


@lru_cache(maxsize=1)
def _national_names() -> frozenset[str]:
    return frozenset(row[0] for row in load_table("org_national.txt"))


MIN_ALIAS = 3   # a shorter tail (局, 委) is not read as another name of a body


def _name_by_fullest(mentions: list[OrgMention], index: PlaceIndex) -> list[OrgMention]:
    """A name that is the tail of a fuller name in the same article (桂阳县烟草专卖局 after
    郴州桂阳县烟草专卖局, 乡村振兴局 beside 娄星区乡村振兴局) takes the fuller name."""
    by_article: dict[int, list[OrgMention]] = {}
    for mention in mentions:
        by_article.setdefault(index.article_start(mention.span.start), []).append(mention)
    out: list[OrgMention] = []
    for group in by_article.values():
        fullest: dict[str, OrgMention] = {}
        for mention in group:
            name = mention.name
            if name.startswith(democratic_parties()):
                continue   # 九三学社湖南省委: its tail 湖南省委 is the Communist Party's committee, not a short form of it
            for i in range(1, len(name) - MIN_ALIAS + 1):
                tail = name[i:]
                if tail not in fullest or len(fullest[tail].name) < len(name):
                    fullest[tail] = mention
        written = {m.name for m in group}
        for mention in group:
            full = fullest.get(mention.name) or _full_company(mention, mentions)
            spelled = _spelled_out(mention.name, written) or _province_as_written(mention, written) \
                or _with_home_province(mention.name, written)
            if full is None and spelled is not None:
                mention = replace(mention, name=spelled)
            if full is not None:
                mention = replace(mention, name=full.name, place_key=full.place_key or mention.place_key)
            out.append(mention)
    return sorted(out, key=lambda m: m.span.start)


def _one_name_per_place_form(mentions: list[OrgMention], index: PlaceIndex, gaz: Gazetteer) -> list[OrgMention]:
    """One body written after its place's full and its short form (娄底市旅游局 and 娄底旅游局,
    某某土家族苗族自治州政府 and 某某州政府) is one body of the document: both take the fullest name.
    Bodies of different places, or of different kinds, or with different words after the place stay apart."""
    forms = _place_forms(index, gaz)
    keys = [_place_form_key(mention, forms) for mention in mentions]
    fullest: dict[tuple[str, str, str], str] = {}
    for mention, key in zip(mentions, keys):
        if key is not None and len(mention.name) > len(fullest.get(key, "")):
            fullest[key] = mention.name
    return [replace(mention, name=fullest[key]) if key is not None else mention
            for mention, key in zip(mentions, keys)]


def _place_forms(index: PlaceIndex, gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """place key -> the forms the document writes it in and its gazetteer name, longest first."""
    forms: dict[str, set[str]] = {}
    for place in index.mentions:
        if place.key:
            forms.setdefault(place.key, set()).add(place.surface)
    for key, written in forms.items():
        name = place_name(gaz, key)
        if name:
            written.add(name)
    return {key: tuple(sorted(written, key=len, reverse=True)) for key, written in forms.items()}


def _place_form_key(mention: OrgMention, forms: dict[str, tuple[str, ...]]) -> tuple[str, str, str] | None:
    """(place key, kind, words after the place) of a mention named after a written form of its place."""
    if mention.place_key is None:
        return None
    for form in forms.get(mention.place_key, ()):
        rest = mention.name[len(form):]
        if mention.name.startswith(form) and rest and not is_level_char(rest[:1]):
            return mention.place_key, mention.kind, rest
    return None


def _province_as_written(mention: OrgMention, written: set[str]) -> str | None:
    """The name a province's shorthand body (省建工集团 -> 湖南省建工集团) takes when the article also
    writes it with the province's short name (湖南建工集团): one body, named as written."""
    if not mention.surface.startswith("省"):
        return None
    at = mention.name.find("省")
    short = mention.name[:at] + mention.name[at + 1:] if 2 <= at <= 3 else None
    return short if short in written else None


# Abbreviated committee names and their full form: 市监委 is the 市监察委员会 written in the same article.
_SPELLED_OUT = {"监委": "监察委员会", "发改委": "发展和改革委员会", "政法委": "政法委员会", "旅发委": "旅游发展委员会"}


def _with_home_province(name: str, written: set[str]) -> str | None:
    """The name of a hometown chamber written in the same article with its home province
    (东莞市祁阳商会 beside 东莞市湖南祁阳商会: one body, named in full); None otherwise."""
    if not name.endswith(_HOMETOWN_BODIES):
        return None
    return next((other for other in sorted(written) if len(other) > len(name) and other.endswith(_HOMETOWN_BODIES)
                 and any(province in other and other.replace(province, "", 1) == name
                         for province in _province_names())), None)


def _spelled_out(name: str, written: set[str]) -> str | None:
    """The full form of an abbreviated committee's name when the article writes it (长沙市监委 ->
    长沙市监察委员会); the joint 纪委监委 is a name of its own."""
    for short, full in _SPELLED_OUT.items():
        if name.endswith(short) and not name.endswith("纪委监委") and name[:-len(short)] + full in written:
            return name[:-len(short)] + full
    return None


MIN_COMPANY_STEM = 4


def _full_company(mention: OrgMention, group: list[OrgMention]) -> OrgMention | None:
    """A company written short, X or X公司, beside its registered name X…公司 in the same document
    (湖南某某公司 for 湖南某某文化发展有限公司, 中韶电气 for 中韶电气股份有限公司), is that company."""
    name = mention.name
    if mention.kind != "company" or len(name) < MIN_COMPANY_STEM:
        return None
    stem = name[:-2] if name.endswith("公司") else name   # 中韶电气 for 中韶电气股份有限公司
    if len(stem) < MIN_COMPANY_STEM:
        return None
    fuller = [m for m in group if m.kind == "company" and m.name != name and m.name.startswith(stem)
              and m.name.endswith("公司") and not _subsidiary_of(stem, m.name)]
    return max(fuller, key=lambda m: len(m.name)) if fuller else None


_LEGAL_FORM = re.compile("(?:集团)?(?:股份)?(?:有限)?(?:责任)?公司")


def _subsidiary_of(stem: str, full: str) -> bool:
    """Does the registered name `full` name a company of the group `stem` rather than the group
    itself (湖南建工集团 | 第三工程有限公司: more than a legal form after 集团)?"""
    return stem.endswith("集团") and not _LEGAL_FORM.fullmatch(full[len(stem):])


def _credit_ranges(doc: Document, view: TextView) -> list[tuple[int, int]]:
    """View ranges of byline / credit names (journalists, not actors), sorted."""
    out = []
    for article in doc.articles:
        for credit in article.credits:
            out.append((view.view_pos(credit.span.start), view.view_pos(credit.span.end)))
    return sorted(out)


def _inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    """Is `pos` inside one of the sorted, non-nested `ranges`?"""
    i = bisect_right(ranges, (pos, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def _place_index(view: TextView, places: list[PlaceMention]) -> dict[int, PlaceMention]:
    """Place mentions keyed by the view index where they end."""
    out: dict[int, PlaceMention] = {}
    for mention in places:
        end = view.view_pos(mention.span.end)
        if end not in out or len(out[end].surface) < len(mention.surface):
            out[end] = mention
    return out


def _suffix_hits(view: TextView) -> list[tuple[int, int, Suffix]]:
    """The longest suffix ending at each position, minus words that only look like one."""
    longest: dict[int, tuple[int, Suffix]] = {}
    for last, suffix in suffix_automaton().iter(view.text):
        end = last + 1
        start = end - len(suffix.word)
        if end not in longest or len(longest[end][1].word) < len(suffix.word):
            longest[end] = (start, suffix)
    false_endings = _false_endings()
    hits = []
    for end in sorted(longest):
        start, suffix = longest[end]
        if _blocked(suffix.word, view.text, end, national=suffix.min_core < 0):
            continue
        if suffix.word.endswith("办") and view.text[end:end + 1] in _BAN_BLOCKERS:
            continue
        if _ends_with_any(view.text, end, false_endings.get(suffix.word, ()), suffix) \
                and not _abbreviated_office(view.text, end, false_endings.get(suffix.word, ())):
            continue
        if _ends_with_any(view.text, end, _titles_ending(title_words(), suffix.word), suffix):
            continue
        hits.append((start, end, suffix))
    # a shorter hit inside a longer one (委 in 纪委监委) is dropped
    kept: list[tuple[int, int, Suffix]] = []
    for hit in hits:
        while kept and kept[-1][0] >= hit[0] and kept[-1][1] <= hit[1]:
            kept.pop()
        kept.append(hit)
    return kept


def _abbreviated_office(text: str, end: int, false_endings: tuple[str, ...]) -> bool:
    """Is the false ending before `end` the tail of an office's abbreviation: a level character and
    one character of its task written right before a verb ending in 办 (省|经|协办, the economic
    co-operation office; 市|长|督办 is the mayor's: a dictionary word, no abbreviation)? The level
    character opens the name: nothing but punctuation or a province's name stands before it."""
    for word in false_endings:
        if len(word) != 2 or not word.endswith("办") or not text.startswith(word, end - len(word)):
            continue
        level = end - len(word) - 2
        if level < 0 or text[level] not in _SHORTHAND_LEVELS or not CJK.match(text[level + 1]) \
                or text[level:level + 2] in _word_tags():
            return False
        before = text[:level + 1]
        return level == 0 or not CJK.match(text[level - 1]) \
            or any(before.endswith(name) and name.endswith(text[level]) for name in _province_names())
    return False


@lru_cache(maxsize=64)
def _titles_ending(titles: frozenset[str], word: str) -> tuple[str, ...]:
    """Titles longer than suffix `word` that end with it (常委 for 委)."""
    return tuple(t for t in titles if t.endswith(word) and len(t) > len(word))


@lru_cache(maxsize=1)
def _false_endings() -> dict[str, tuple[str, ...]]:
    """Suffix -> the false endings (org_false_endings.txt) that end with it: 格局 for 局."""
    words = load_lines("org_false_endings.txt")
    out: dict[str, list[str]] = {}
    for row in load_table("org_suffixes.txt"):
        out[row[0]] = [w for w in words if w.endswith(row[0])]
    for row in [*load_table("bodies.txt"), *load_table("org_national.txt")]:
        out.setdefault(row[0], [w for w in words if w.endswith(row[0])])
    return {k: tuple(v) for k, v in out.items()}


def _ends_with_any(text: str, end: int, words: tuple[str, ...], suffix: Suffix) -> bool:
    """Does text[:end] end with one of `words` longer than the suffix (or equal to a suffix that
    needs a core)?"""
    for word in words:
        if (len(word) > len(suffix.word) or word == suffix.word and suffix.min_core > 0) \
                and text.startswith(word, end - len(word)) and end >= len(word):
            return True
    return False


def _blocked(suffix: str, text: str, end: int, national: bool = False) -> bool:
    """Does the character after the suffix make it part of another word (局长, 部门, 学生)?
    A national body written whole is only checked for the second kind (水利部门)."""
    nxt = text[end:end + 1]
    if not nxt:
        return False
    if _department_head_after(suffix, text, end):
        return False   # 组织部长: the department's head, 部长 written once (组织部部长)
    if any(text.startswith(word, end) for word in _WORDS_AFTER.get(suffix, ())):
        return True
    if nxt in _BLOCKERS_AFTER.get(suffix[-1], ""):
        return True
    if national:
        return False
    allowed = _SUFFIX_BLOCKERS.get(nxt)
    return allowed is not None and not any(text.startswith(word, end) for word in allowed)


def _org_span(view: TextView, s: int, end: int, suffix: Suffix,
              place_at: dict[int, PlaceMention]) -> _Hit | None:
    """The organisation whose suffix is view[s:end] (see `_grammar_span`), or the whole quoted
    name a party or government body word closes (在“五村联创联合党委”的带领下: the body named in
    quotes, core and all)."""
    abbreviated = _abbreviated_office_hit(view, s, end, suffix, place_at)
    if abbreviated is not None:
        return abbreviated
    hit = _grammar_span(view, s, end, suffix, place_at)
    listed = _company_list_item(view, s, end, suffix, place_at)
    if listed is not None and (hit is None or hit.start > listed.start):
        return listed
    bracket = _bracketed_place_start(view, s, suffix, place_at)
    if bracket is not None:
        inner = _grammar_span(view, bracket, end, suffix, place_at)
        if inner is not None and inner.start < bracket:
            return inner   # 泰金宝光电(岳阳)有限公司: the place the company is registered in, inside its name
    quoted = _quoted_start(view, s, end) if suffix.min_core >= 0 and suffix.kind in _QUOTED_KINDS else None
    if quoted is not None and (hit is None or hit.start > quoted):
        return _Hit(quoted, end, suffix, quoted, None)
    return hit


def _abbreviated_office_hit(view: TextView, s: int, end: int, suffix: Suffix,
                           place_at: dict[int, PlaceMention]) -> _Hit | None:
    """An office written as its abbreviation (省经协办, 湖南省经协办: see `_abbreviated_office`), which the
    dictionary cuts as a verb (经|协办): the level character and the character of its task are the core,
    after the province's name when it is written; None for any other suffix."""
    if suffix.kind != "department" or not _abbreviated_office(view.text, end, _false_endings().get(suffix.word, ())):
        return None
    level = s - 3   # 省 | 经 | 协 | 办
    mention = place_at.get(level + 1)
    if mention is not None and view.view_pos(mention.span.start) < level:
        return _Hit(view.view_pos(mention.span.start), end, suffix, level + 1, mention.key)
    return _Hit(level, end, suffix, level, None)


_NOT_IN_NAME_TAGS = ("c", "p", "v", "u", "uj", "r", "m", "q")
_PLAIN_WORD_TAGS = ("n", "vn", "v", "d", "a", "b")


def _company_list_item(view: TextView, s: int, end: int, suffix: Suffix,
                       place_at: dict[int, PlaceMention]) -> _Hit | None:
    """A company of a 、 list of companies with the same suffix (湘电集团、现代农业集团、粮食集团、湘水集团):
    between two 、 the whole item is a short name, even a trade word (粮食) or an adverb (高速) that
    alone names no body, when a neighbour item with that suffix is named by a brand (湘电, 湘水)."""
    text = view.text
    if suffix.kind != "company" or suffix.min_core < 0:
        return None
    lo = s
    while lo > 0 and s - lo < LIST_ITEM_MAX and CJK.match(text[lo - 1]):
        lo -= 1
    if lo == s or lo == 0 or text[lo - 1] != "、" or any(
            view.view_pos(m.span.start) == lo for m in place_at.values()):
        return None
    first = cut(text[lo:s])[0]
    if _word_tags().get(first) in _NOT_IN_NAME_TAGS:
        return None
    neighbours = []
    before = _item_before(text, lo - 1)
    if text[lo - 2 - len(before):lo - 1 - len(before)] == "、":
        neighbours.append(before)   # an item between two 、 (the first one may open with a verb: 引进了…)
    if text[end:end + 1] == "、":
        neighbours.append(_item_after(text, end + 1))
    if not any(_branded(item, suffix.word) for item in neighbours):
        return None
    return _Hit(lo, end, suffix, lo, None)


def _item_before(text: str, sep: int) -> str:
    """The CJK item ending at the separator at `sep`."""
    lo = sep
    while lo > 0 and sep - lo < LIST_ITEM_MAX + 4 and CJK.match(text[lo - 1]):
        lo -= 1
    return text[lo:sep]


def _item_after(text: str, start: int) -> str:
    """The CJK item starting at `start`, up to the next separator."""
    hi = start
    while hi < len(text) and hi - start < LIST_ITEM_MAX + 4 and CJK.match(text[hi]):
        hi += 1
    return text[start:hi]


def _branded(item: str, word: str) -> bool:
    """Is `item` a company with suffix `word` named by a brand: a core of two or more characters
    that is no plain dictionary word (湘电, 湘水, not 农业)?"""
    core = item[:-len(word)] if item.endswith(word) else ""
    return len(core) >= 2 and _word_tags().get(core) not in _PLAIN_WORD_TAGS


BRACKET_TRADE_MAX = 6   # 宝瑞嘉(新田)丝绸有限公司: the trade written between the place and the legal suffix
_BRACKETED = re.compile(r"[(（]([\u4e00-\u9fff]{2,6})[)）][\u4e00-\u9fff]{0,%d}$" % BRACKET_TRADE_MAX)


# A company's group form written in brackets right before its legal suffix (某某(集团)有限公司,
# 某某(控股)股份有限公司): part of the registered name.
_BRACKETED_FORMS = frozenset({"集团", "控股"})


def _bracketed_place_start(view: TextView, s: int, suffix: Suffix, place_at: dict[int, PlaceMention]) -> int | None:
    """Where the opening bracket stands when a company's legal suffix follows a place in brackets,
    right before it (博世汽车部件(长沙)有限公司) or before the company's trade (宝瑞嘉(新田)丝绸有限公司:
    the brand, the place it is registered in, the trade): the name goes on before it; None otherwise."""
    if suffix.kind != "company":
        return None
    m = _BRACKETED.search(view.text, max(0, s - 8 - BRACKET_TRADE_MAX), s)
    if m is None:
        return None
    if m.group(1) in _BRACKETED_FORMS and m.end() == s:
        return m.start()   # 上海鹏欣(集团)有限公司: the group form in brackets, inside the name
    mention = place_at.get(m.end(1))
    if mention is None or view.view_pos(mention.span.start) != m.start(1):
        return None
    return m.start()


QUOTED_CORE_MIN = 2
_QUOTED_KINDS = ("party", "government")   # “某某联合党委”; a quoted team (“好人宣讲团”) is a brand


def _quoted_start(view: TextView, s: int, end: int) -> int | None:
    """The start of a quoted name “…<suffix>” ending with the suffix at `end`: ideographs only
    between the opening quote and the suffix, at least QUOTED_CORE_MIN of them."""
    text = view.text
    if text[end:end + 1] != "”":
        return None
    q = text.rfind("“", max(0, s - MAX_CORE), s)
    if q < 0 or s - q - 1 < QUOTED_CORE_MIN or not all(CJK.match(ch) for ch in text[q + 1:s]):
        return None
    tokens = cut(text[q + 1:s])
    if tokens and len(tokens[-1]) == 1 and _word_tags().get(tokens[-1]) == "v":
        return None   # “有困难找政府”: a saying whose verb takes the body as object, no name
    return q + 1


def _grammar_span(view: TextView, s: int, end: int, suffix: Suffix,
                  place_at: dict[int, PlaceMention]) -> _Hit | None:
    """Walk back from the suffix over the core and the place prefix; None when not an organisation."""
    if suffix.min_core < 0:  # national body written whole
        return _Hit(s, end, suffix, s, None)
    if suffix.word in _GENERIC_GOVERNMENTS and view.text.endswith(_PARTY_BEFORE_GOVERNMENT, 0, s):
        # 凉伞镇党委政府: the pair written without 、 (党委、政府), the government bare like the second of a pair
        return _Hit(s, end, Suffix(suffix.word, body_kinds()[suffix.word], 0), s, None)  # type: ignore[arg-type]
    lo = s
    while lo > 0 and s - lo < MAX_CORE and CJK.match(view.text[lo - 1]):
        lo -= 1
    start, place_end, place_key = _walk_back(view, lo, s, end, place_at, strict=_is_common_noun(suffix.word),
                                             joins_and=suffix.kind == "department",
                                             company=suffix.kind == "company" and suffix.min_core >= 0)
    if place_key is not None and _opens_with_province(view.text[place_end:s]):
        start, place_key = place_end, None   # 益阳市赫山区 | 湖南某某集团: a location, then the name
    if place_key is not None and suffix.word in _HOMETOWN_BODIES and _one_home_place(view, start, place_end, place_at):
        start = _host_place_start(view, start, place_at)
    core = view.text[place_end:s]
    if place_key is None and "该" in core:
        return None   # 受该商会: 该 refers back to a body named before; it opens no name
    if place_key is None and suffix.kind != "company" and _word_tags().get(core) == "a":
        return None   # 推动友好工商联建设: an adjective qualifies a kind of body; it names none
    if place_key is not None and _SESSION.fullmatch(core):
        return _session_committee(view, start, end, suffix, place_end, place_key)
    if suffix.word == _CONGRESS:
        return None   # 全省人民代表大会, 召开人民代表大会: a congress is named by its place and term
    bodies = body_kinds()
    if place_key is None and _kind_after_quote(view.text, start, core):
        return None   # “致富带富”型村党支部: a kind of body, not a name
    if _ORDINAL_COUNTED.match(core):
        return None   # 第一家省级异地商会成立: the first of a class, not a name (第一人民医院 is one)
    if place_key is None and suffix.word in _FOUNDED_BODIES and not _is_shorthand(core):
        founder = _founder(view, start, place_at)
        if isinstance(founder, PlaceMention):
            return _Hit(start, end, suffix, start, None, clause_place=founder)   # 株洲市、县两级组建…专班
        if founder:
            return _Hit(start, end, suffix, start, None, head_level=founder)   # 市河长办成立了…工作专班
    agent = _acting_task_force_start(view.text, s, suffix) if place_key is None else None
    if agent is not None and (any(agent < at <= s for at in place_at) or view.text.startswith(_TASK_FORCE_OFFICES, end)):
        agent = None   # 由某地某机场迁建工作领导小组办公室副主任: the office's name, read as such
    if agent is not None and agent <= start:
        return _Hit(agent, end, suffix, agent, None, article_agent=True)   # 经…工作领导小组同意, 由…领导小组选取
    if place_key is None and _unplaced_task_force(view.text[place_end:end], core):
        return None   # 各县都成立了…大会战工作领导小组: a task force of no place named is one of a class
    if place_key is None and view.text[place_end:end] in _SESSION_COMMITTEES:
        return None   # 通过了代表资格审查委员会建议名单: a session's committee, no body of its own named
    if place_key is None and _TERM_OPENING.match(core):
        return None   # 市工商联第十四届执行委员会: the organ of a term of the body named before it, no body of its own
    if place_key is None and _national_agency(core + suffix.word):
        return _Hit(start, end, suffix, start, None)   # 国家矿山安全监察局: the State's, named by 国家
    if core in load_lines("org_generic_cores.txt") or core.endswith("级") and len(core) <= 3:  # 县级, 乡镇级
        return None
    if place_key is None and _opens_generic(core):
        return None   # 全市各级党委, 各地相关部门: a class of bodies
    if place_key is None and start > 0 and view.text[start - 1] == "该" and is_level_char(core):
        return _Hit(start - 1, end, suffix, start - 1, None, demonstrative=True)   # 该村党委, 该镇政府
    if place_key is None and not core and start >= 2 and view.text[start - 2] == "该" \
            and is_level_char(view.text[start - 1]) and suffix.word in bodies:
        return _Hit(start - 2, end, suffix, start - 2, None, demonstrative=True)   # 该村|党支部 (该村 one word)
    if place_key is None and core and not is_level_char(core[:1]) and start >= 2 \
            and view.text[start - 2] == "该" and is_level_char(view.text[start - 1]) and _core_ok(core, suffix):
        return _Hit(start - 2, end, suffix, start - 2, None, demonstrative=True)   # 该县|农业农村局
    if suffix.word in bodies and (core == "" or core in LEVEL_CHARS) and (place_key or core):
        kind = bodies[suffix.word]
        return _Hit(start, end, Suffix(suffix.word, kind, 0), place_end, place_key)  # type: ignore[arg-type]
    relative = place_key is None and _is_shorthand(core)
    if suffix.kind == "government" and _is_common_noun(suffix.word) and core and place_key is None \
            and not relative:
        return None   # 结合政府, 符合政协: a government, congress or CPPCC is named by its place
    if _ORDINAL_SCHOOL.fullmatch(suffix.word) and place_key is None and not relative:
        return None   # 十九届二中、三中全会: a plenary session; a school by ordinal follows its place (县一中)
    core_len = len(core) - 1 if relative else len(core)
    if relative and core_len == 0 and suffix.word in _BARE_LEVEL_SUFFIXES:
        return _Hit(start, end, suffix, place_end, None, bare_level=True)
    if core_len < suffix.min_core and not (place_key is not None and not core and suffix.word in _HOMETOWN_BODIES
                                           and view.text[max(0, start - 2):start] not in _CLASS_HOSTS) \
            and not (place_key is not None and not core and _regional_bureau(view.text, start, suffix)) \
            and not (relative and core_len == 0 and _level_station(suffix)):
        return None   # (a place + 商会 is a name: 郑州邵阳商会; 异地湖南商会 is a class of them)
    if place_key is None and core in _MACRO_REGIONS and suffix.needs_place:
        return _Hit(start, end, suffix, place_end, None)   # 中南局: a national agency's regional bureau
    clause_place = None
    if suffix.needs_place and place_key is None and not relative:
        clause_place = _clause_place(view, start, place_at)
        head = _head_level(view.text, start) if clause_place is None and suffix.kind == "department" else None
        if head is not None and _core_ok(core, suffix):
            return _Hit(start, end, suffix, start, None, head_level=head)
        if clause_place is None and not _listed_among_bodies(view, start, end) \
                and not _post_in_a_chain(view.text, start, end):
            return None
    if not core and place_key is None and suffix.word not in bodies \
            and not (suffix.kind == "other" and _listed_among_bodies(view, start, end)):
        return None   # (a class name alone, 人民医院, is a body listed among bodies: 卫健局、中医医院等单位)
    if suffix.word in _OFFICE_ROOMS and _PARTY_STANDING in core and _CONGRESS_SHORT not in core:
        return None   # 县委常委会研究室主任: a party committee's standing committee meets, it keeps no office
    if suffix.word == _FACTORY and not _brand_opens(core):
        return None   # 小型制衣厂, 河西污水处理厂, 水稻育秧工厂: a kind of factory or a works, no brand named
    if suffix.kind == "company" and _class_of_companies(core, suffix.word):
        return None   # 发展农民专业合作社, 鼓励合作社, 国有企业集团: a kind of company, the object of a verb
    if suffix.kind in ("company", "other") and place_key is None and clause_place is None and not relative \
            and _is_trade_word(core) and suffix.word not in _NAMED_BY_TRADE \
            and not (suffix.kind == "company" and _rare_name_word(core) and not suffix.word.endswith(_COOPERATIVE)):
        # 农业公司, 志愿服务队, 行业协会: a kind of body, not a name (银星公司: a rare noun, a brand);
        # a co-operative is named by what it grows, however rare the word (种粮专业合作社): a kind of co-op
        return None
    return _Hit(start, end, suffix, place_end, place_key, clause_place)


_FACTORY = "厂"
# The research and chronicle offices of a body (某市人大常委会研究室, 某市委党史研究室, 某市地方志编纂室): a party
# committee's standing committee (县委常委会, 常委 a title) is a meeting of the committee, with no office.
_OFFICE_ROOMS = ("研究室", "编纂室")
_PARTY_STANDING = "常委会"
_CONGRESS_SHORT = "人大"
_FACTORY_BRAND_TAGS = (None, "nz")
_NUMERALS = "一二三四五六七八九十百千万两0123456789"


def _brand_opens(core: str) -> bool:
    """Does a factory's core (after its place) open with a brand, the trade after it: a word the
    dictionary does not know, or a rare proper noun (雅婷|尚品|制衣厂, 嘉盟|饰品厂, 银丰|食用菌厂)? A factory is named
    by its brand; a trade, an adjective or a site before 厂 (水泥厂, 小型制衣厂, 河西污水处理厂) is a
    kind of factory or a public works, not a company's name."""
    tokens = cut(core) if core else []
    if len(tokens) < 2 or len(tokens[0]) < 2 or tokens[0][0] in _NUMERALS:
        return False   # 千吨|万人水厂: a works by its size; 办茶|厂: a verb glued to the trade, no brand before it
    tag = _word_tags().get(tokens[0])
    return tag in _FACTORY_BRAND_TAGS and (tag is None or _word_freq().get(tokens[0], 0) <= _RARE_BRAND_FREQ)


# The working committees of a congress or CPPCC session, written bare in its agenda (通过了代表资格审查
# 委员会、提案审查委员会建议名单): the session's, named by no owner. With their owner written before
# them (某省人大常委会代表资格审查委员会) they are named bodies.
_SESSION_COMMITTEES = ("资格审查委员会", "提案审查委员会", "议案审查委员会",
                       "选举委员会")   # 表决通过了选举委员会成员名单: the meeting's own, no body named


_PLACE_LEADERSHIPS = ("党委", "党工委", "县委", "市委", "区委", "州委", "省委", "政府")   # a place's party or government


def _post_in_a_chain(text: str, start: int, end: int) -> bool:
    """Is the body at text[start:end] the next link of a title chain (该镇党委副书记、河长办主任): a title
    and a 、 right before it, a title right after it? Its place is the chain's (resolved later)."""
    if not text.startswith("、", start - 1) or not _title_follows(text, end):
        return False
    before = text[max(0, start - 1 - TITLE_MAX):start - 1]
    return any(before.endswith(word) for word in title_words() if len(word) >= 2)


# The macro-regions a national agency's regional bureau is named for (民航中南局, 华东局): never a
# local place's office, whatever place the clause names.
# A national agency is named by 国家 and its bureau (国家矿山安全监察局, 国家烟草专卖局): the State's,
# no place needed, beside the closed list of ministries (org_national.txt). Its regional bureau is
# written right after it with the place it serves and the bare suffix (国家矿山安全监察局湖南局).
_NATIONAL_AGENCY = re.compile("国家[\u4e00-\u9fff]{2,12}?(?:总局|局)")
_NATIONAL_AGENCY_BEFORE = re.compile(_NATIONAL_AGENCY.pattern + "$")


def _national_agency(name: str) -> bool:
    """Is `name` a national agency named by 国家 (国家矿山安全监察局), not 国家级…?"""
    return _NATIONAL_AGENCY.fullmatch(name) is not None and not name.startswith("国家级")


def _regional_bureau(text: str, start: int, suffix: Suffix) -> bool:
    """Is the place + 局 at text[start:] the regional bureau of the national agency written right
    before it (国家矿山安全监察局|湖南局)?"""
    if suffix.word != "局":
        return False
    before = _NATIONAL_AGENCY_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and _national_agency(before.group())


_MACRO_REGIONS = ("华北", "东北", "华东", "华中", "华南", "中南", "西南", "西北")


# Bodies of people from one place named by that place after the host's (黔南州湖南商会,
# 陕西省湖南邵阳商会): the home place is their core, not a location before the name.
_HOMETOWN_BODIES = ("商会",)


def _one_home_place(view: TextView, start: int, place_end: int, place_at: dict[int, PlaceMention]) -> bool:
    """Is the home of a hometown body one place (湖南商会, 湘潭商会), not a chain (湖南祁阳商会, whose
    hosts the list rules name: 广东省、深圳市、东莞市湖南祁阳商会)?"""
    home = place_at.get(place_end)
    return home is not None and view.view_pos(home.span.start) == start


def _host_place_start(view: TextView, start: int, place_at: dict[int, PlaceMention]) -> int:
    """The start of a hometown body's name (浙江省湖南商会, 深圳市湘潭商会): the place hosting the
    body, written whole right before the home place that opens its core, is part of its name (a
    short host, 深圳、东莞新邵商会, is left to the list of hosts)."""
    host = place_at.get(start)
    if host is None or not host.surface.endswith(tuple(_FULL_PLACE_ENDS)):
        return start
    return view.view_pos(host.span.start)
_ORDINAL_SCHOOL = re.compile("[一二三四五六七八九十]中")
_CLASS_HOSTS = ("异地", "各地", "外地", "省外", "海外", "境外")
_ORDINAL_COUNTED = re.compile(f"第{_NUMBER}[家个所批]")
_KIND_MARKERS = "型式"   # “学习”型, “一站”式: the quoted words name a kind


def _kind_after_quote(text: str, start: int, core: str) -> bool:
    """Does the core open with a kind marker right after a closing quote (“致富带富”型村党支部)?
    Then the quoted words qualify a class of bodies and the marker is no name's first character."""
    return core[:1] in _KIND_MARKERS and text[start - 1:start] in ("”", "’", "\"")


_GENERIC_STATIONS = ("服务", "工作")   # 服务站, 工作站: no trade, named by what comes before


def _level_station(suffix: Suffix) -> bool:
    """Is `suffix` a level's station or office named by its trade (林业站, 农经站, 派出所, 司法所), so
    that a level character alone before it names that level's (县农经站, 镇林业站, 镇派出所)?"""
    return suffix.kind == "department" and suffix.word.endswith(("站", "所")) and len(suffix.word) >= 3 \
        and suffix.word[:-1] not in _GENERIC_STATIONS


def _bare_level_station(written: str, suffix: Suffix) -> bool:
    """Is `written` a level character and a station's word alone (镇农技站, 县农经站)?"""
    return len(written) == len(suffix.word) + 1 and is_level_char(written[:1]) and _level_station(suffix)


def _core_ok(core: str, suffix: Suffix) -> bool:
    """Is `core` long enough for `suffix` (its minimum core length) and free of punctuation?"""
    return len(core) >= max(1, suffix.min_core) and all(CJK.match(ch) for ch in core)


_NAMED_BY_TRADE = ("银行",)   # 农业银行, 农商银行: banks are named by a common noun


_SESSION = re.compile(r"第[一二三四五六七八九十百\d]+届(?:委员会)?(?:常务)?")   # …届委员会常务委员会: its standing committee
_CONGRESS = "人民代表大会"
_STANDING_COMMITTEE_WORD = "人大常委会"
_SESSION_BODIES = {"政协": ("政协", "government"), "中共": ("委", "party")}


def _session_committee(view: TextView, start: int, end: int, suffix: Suffix, place_end: int,
                       place_key: str) -> _Hit | None:
    """政协新宁县第九届委员会 is 新宁县政协, 中共X县第十三届委员会 is X县委: the committee of one
    term stands for the body; without 政协 / 中共 before it, the committee is not named. A people's
    congress of one term is named as written (长沙县第十八届人民代表大会)."""
    if suffix.word == _CONGRESS:   # 长沙县第十八届人民代表大会: the congress of one term, named as written
        return _Hit(start, end, suffix, place_end, place_key)
    if suffix.word == _STANDING_COMMITTEE_WORD:   # 长沙市第十四届人大常委会: the one standing committee
        return _Hit(start, end, suffix, place_end, place_key)
    before = view.text[max(0, start - 2):start]
    if suffix.word != "委员会" or before not in _SESSION_BODIES:
        return None
    body, kind = _SESSION_BODIES[before]
    return _Hit(start - 2, end, Suffix(suffix.word, kind, 0), place_end, place_key, body=body)  # type: ignore[arg-type]


_SUB_UNIT_SUFFIXES = ("部", "处")
_DIVISION_TOKENS = ("处", "处长", "处处长")
DIVISION_WINDOW = 8   # characters read after 处 to cut it in context   # 运行|处|毛六平处长, 价格|处处长: 处 opens its own word
_UNIT_ENDINGS = ("分局", "所", "站", "大队", "支队", "中队", "分公司", "分行", "支行")


def _is_unit(suffix: str) -> bool:
    """Is a suffix that of a unit of another body (分局, 国土所, 执法大队), named after it when
    written right after it (某市国土房管局白云区分局)?"""
    return suffix.endswith(_UNIT_ENDINGS)
MIN_SUB_UNIT = 2


MAX_SUB_UNIT = 8


def _sub_unit(view: TextView, s: int, end: int, previous: tuple[OrgMention, str] | None,
              previous_end: int) -> OrgMention | None:
    """部 alone (全部, 干部, 总部) is no body: only a unit named right after its body
    (湖南省贸促会 + 贸易投资促进 + 部), which takes the body's name before its own; a company's
    own department (…有限公司人力资源部) is not named, the company is."""
    if previous is None or not MIN_SUB_UNIT <= s - previous_end <= MAX_SUB_UNIT:
        return None
    unit = view.text[previous_end:s]
    word = view.text[s:end]
    verb = _word_tags().get(cut(unit)[0]) in _STRICT_TAGS if unit else False
    if not all(CJK.match(ch) for ch in unit) or _blocked(word, view.text, end) or verb and word != "处":
        return None   # 州委安排部分…: a verb after the body, not a unit's name
    if word == "处" and not _opens_division_word(view.text, previous_end, s, alone=verb):
        return None   # 县财政局工作人员到处走访: 到处 is a word, no division; 运行|处 (a verb's division) alone
    body = previous[0]
    if body.kind == "company":
        return None   # 湖南伍子醉食品有限公司人力资源部: a company's own department; the company is named
    span = Span(body.span.start, view.doc_span(s, end).end)
    return OrgMention(span, body.surface + unit + word, body.name + unit + word, "department", body.place_key)


def _opens_division_word(text: str, lo: int, s: int, alone: bool = False) -> bool:
    """Does 处 at `s` open a word of its own (运行|处, 价格|处处长) in the words from `lo`, not close
    one (到处, 一处)? With `alone`, only 处 as a word of its own counts (运行|处|毛六平, not 安排|处长)."""
    pos = lo
    for token in cut(text[lo:s + DIVISION_WINDOW]):
        if pos == s:
            return token == "处" if alone else token in _DIVISION_TOKENS or token not in _word_tags()
        if pos > s:
            return False
        pos += len(token)
    return False


def _listed_among_bodies(view: TextView, start: int, end: int) -> bool:
    """Is [start, end) an item of a 、 list whose neighbour item is a body too (县人武部、崀管局、
    县人民法院): a body named without its place, listed with bodies of the same place?"""
    text = view.text
    neighbours = []
    if start > 0 and text[start - 1] == "、":
        sep = start - 1
        aside = _ASIDE_BEFORE.search(text, max(0, sep - ASIDE_MAX - 2), sep)
        if aside is not None:
            sep = aside.start()   # 疾控中心(健康教育所)、人民医院: the item before the aside
        lo = sep
        while lo > 0 and CJK.match(text[lo - 1]) and sep - lo < LIST_ITEM_MAX + 4:
            lo -= 1
        neighbours.append(text[lo:sep])
    if text[end:end + 1] == "、":
        hi = end + 1
        while hi < len(text) and CJK.match(text[hi]) and hi - end - 1 < LIST_ITEM_MAX + 4:
            hi += 1
        neighbours.append(text[end + 1:hi])
    return any(_ends_with_body(item) for item in neighbours) or bool(_UNITS_AFTER.match(text, end))


# A body closing a list of units (循环经济产业园区和工信局等7个单位, 发改局等部门) is named without its
# place as the units of one place are: it is that place's.
_UNITS_AFTER = re.compile(f"等(?:{_NUMBER}个)?(?:单位|部门)")


def _ends_with_body(item: str) -> bool:
    """Does a list item end with an organisation suffix or body word (县人民法院, 县人武部)?"""
    false_endings = _false_endings()
    return len(item) >= 2 and any(
        last + 1 == len(item) and len(found.word) < len(item) and found.word not in _SUB_UNIT_SUFFIXES
        and not any(item.endswith(word) for word in false_endings.get(found.word, ()))
        for last, found in suffix_automaton().iter(item))


_NAME_OPENERS = ("联合", "有限", "地方", "产业链")   # generic alone, yet they open names (联合利华公司)


def _opens_generic(core: str) -> bool:
    """Does a core without place open with a generic word (全市各级, 各地, 相关)?"""
    words, lengths = _generic_openers()
    return any(size < len(core) and core[:size] in words for size in lengths)


@lru_cache(maxsize=1)
def _generic_openers() -> tuple[frozenset[str], tuple[int, ...]]:
    """The generic cores that open no name, and their lengths."""
    words = frozenset(w for w in load_lines("org_generic_cores.txt") if w not in _NAME_OPENERS)
    return words, tuple(sorted({len(w) for w in words}))


def _is_common_noun(word: str) -> bool:
    """Is a suffix a common noun of its own (银行, 医院, 政府), so that any word may stand before it?"""
    return word in load_lines("org_common_nouns.txt")


_ENTERPRISE = "企业"
_FOSTERING_TAGS = ("v", "vn")
_COOPERATIVE = "合作社"
_COMMON_NOUN_TAGS = ("n", "vn")


def _class_of_companies(core: str, suffix: str = "") -> bool:
    """Is a company's core a class, no name: a kind of enterprise (国有企业|集团, 龙头企业|集团), or a
    co-operative's core that is a verb taking the class as its object (发展|农民专业合作社, 扶持|专业合作社,
    鼓励|合作社; after the clause's place: 平江县|引导|农民专业合作社) with nothing after it but common
    nouns of the dictionary?
    A brand or a place after the verb names one. A co-operative whose core is common nouns only
    (农民科技|专业合作社, 山羊|养殖合作社) is the class too: one is named by its place or its brand
    (金领|农民种植合作社). A bare 村 before it (村集体经济合作社) is its article's village: resolved, not here."""
    if core.endswith(_ENTERPRISE) and _is_trade_word(core):
        return True
    if not suffix.endswith(_COOPERATIVE):
        return False   # 长沙市收获农业科技有限公司: a company's name may open with a verb
    tokens = cut(core) if core else []
    if len(tokens) >= 2 and all(_common_noun(word) for word in tokens):
        return True   # 各类|农民科技专业合作社, 国家农民合作社示范社: a co-operative is named by a place or a brand
    if not tokens or len(tokens[0]) < 2:
        return False
    tags = _word_tags()
    if tags.get(tokens[0]) == "ns" and len(tokens) > 1:
        tokens = tokens[1:]   # 平江县|引导农民专业合作社: the clause's place, then the verb
    verb, rest = tokens[0], tokens[1:]
    if tags.get(verb) not in _FOSTERING_TAGS or (tags.get(verb) == "vn" and not rest):
        return False   # 养殖|合作社: a verbal noun alone is the trade (left to the trade-word rule)
    return all(tags.get(word) == "n" for word in rest)


def _common_noun(word: str) -> bool:
    """A common noun of the dictionary, or a word it tags as a place that is none (山羊 of 山羊养殖)."""
    from .gazetteer import load_gazetteer

    tag = _word_tags().get(word)
    if tag == "ns":
        gaz = load_gazetteer()
        return word not in gaz.by_name and word not in gaz.by_short
    return tag in _COMMON_NOUN_TAGS


def _is_trade_word(core: str) -> bool:
    """Is the core one common noun of the dictionary (农业, 物流, 科技)?"""
    return _word_tags().get(core) in ("n", "vn")


_HEAD_BEFORE = re.compile(r"(?:常务)?[副代]?([省市州县区镇乡])长、$")


def _head_level(text: str, start: int) -> str | None:
    """The level character of a government head's title chained right before an unprefixed
    department (副区长、公安分局局长): the department is that place's."""
    m = _HEAD_BEFORE.search(text[max(0, start - 6):start])
    return m.group(1) if m else None


_TASK_FORCES = ("领导小组", "专班", "指挥部")   # a body set up for one task, named by it (…工作领导小组)

# A task force written by its task alone (河道保洁工作专班) right after the verb that sets it up is the
# body of the clause's subject: a place (株洲市、县两级组建…) or a level (市河长办成立了…, 市、县两级均成立…).
# 各/每 before the verb makes it one of a class (各县都成立了…领导小组): no place is named.
_FOUNDED_BODIES = (*_TASK_FORCES, "工作组")
_FOUNDING_VERB = re.compile("(?:成立|组建|设立)了?$")
_CLAUSE_BREAK = re.compile("[，,。；;！？!?：:\n“”\"（）()]")
FOUNDER_CLAUSE_MAX = 16
_FOUNDER_LEVELS = "省市州县区"


def _founder(view: TextView, start: int, place_at: dict[int, PlaceMention]) -> PlaceMention | str | None:
    """The subject that sets up the task force starting at `start` (see `_FOUNDED_BODIES`): the
    place mention opening its clause, else the level character opening it; None without a
    founding verb right before, or for a class (各, 每)."""
    verb = _FOUNDING_VERB.search(view.text, max(0, start - 3), start)
    if verb is None:
        return None
    lo = max(0, verb.start() - FOUNDER_CLAUSE_MAX)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(view.text, lo, verb.start())]
    if not breaks and lo > 0:
        return None   # a clause longer than a subject and its adverbs
    clause_start = breaks[-1] if breaks else lo
    clause = view.text[clause_start:verb.start()]
    if not clause or "各" in clause or "每" in clause:
        return None
    for end in range(verb.start(), clause_start, -1):
        mention = place_at.get(end)
        if mention is not None and view.view_pos(mention.span.start) == clause_start:
            return mention
    return clause[0] if clause[0] in _FOUNDER_LEVELS else None


def _clause_place(view: TextView, start: int, place_at: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place opening the clause of an unprefixed body (株洲经开区迅速成立 疫情防控指挥部)."""
    lo = start
    while lo > 0 and start - lo < 16 and CJK.match(view.text[lo - 1]):
        lo -= 1
    for end in range(start, lo + 1, -1):
        mention = place_at.get(end)
        if mention is not None and view.view_pos(mention.span.start) == lo:
            return mention
    return None


def _walk_back(view: TextView, lo: int, s: int, end: int, place_at: dict[int, PlaceMention],
               strict: bool = False, joins_and: bool = False, company: bool = False) -> tuple[int, int, str | None]:
    """(start, place_end, place_key) of the organisation whose suffix starts at `s`.

    Tokens of view[lo:end] are read right to left from the one holding the suffix's
    first character; the walk ends at a stop word, a title, a level character
    starting a shorthand body (市工信局), or after the place prefix. With `strict`
    (a suffix that is a common noun: 银行, 医院, 政府) a verb or an idiom ends it too
    (致电银行, 允许地方政府). With `joins_and` (a department) a 和 between two words
    of the name is crossed when the name then opens with a place or a level
    character (湖南省住房和城乡建设厅, 市人力资源和社会保障局). With `company` (a company's
    suffix) the trade and brand words of a company name are read as such (see `_company_word`).
    """
    if lo >= s:
        return s, s, None
    bounds: list[tuple[int, int]] = []
    pos = lo
    for token in cut(view.text[lo:end]):
        bounds.append((pos, pos + len(token)))
        pos += len(token)
    start, stop = _walk_tokens(view, bounds, lo, s, place_at, strict, end if company else None)
    if start < 0:
        return s, s, None
    if stop is not None and joins_and and view.text[stop[0]:stop[1]] == "和" and _joins_name(view, bounds, stop, lo):
        start2, _ = _walk_tokens(view, bounds, lo, stop[0], place_at, strict)
        found = _prefix_at(view, start2, place_at)
        if found[2] is not None or _is_shorthand(view.text[start2:s]) or _list_item_opens(view.text, start2):
            return found
    return _prefix_at(view, start, place_at)


_WORK = "工作"


# A task force of no place written as the agent of its article's decision (经某某工作领导小组同意,
# 由某某领导小组选取): the article's own jurisdiction's, as a notice's 经…同意 is its issuer's.
_AGENT_MARKERS = ("经", "由")
_AGENT_TASK_MIN = 4    # characters naming the task (政务公开, 村企合作): 由|领导小组 names none
_AGENT_TASK_MAX = 16
_TASK_FORCE_OFFICES = ("办公室", "办")   # …领导小组办公室: a longer name goes on
_AGENT_STOP_TAGS = ("u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "c", "r", "rr", "rz", "m", "q", "mq")   # 的, 和, 其 …


def _acting_task_force_start(text: str, s: int, suffix: Suffix) -> int | None:
    """Start of a task force (领导小组, 专班, 指挥部) whose suffix starts at `s`, when its name runs
    from right after 经 or 由 and is a task's words only: no place, title, generic opener or
    function word (由县长任组长的…领导小组 is no name); None otherwise."""
    if suffix.word not in _TASK_FORCES:
        return None
    lo = s
    while lo > 0 and s - lo < _AGENT_TASK_MAX and CJK.match(text[lo - 1]) and text[lo - 1] not in _AGENT_MARKERS:
        lo -= 1
    core = text[lo:s]
    if lo == 0 or text[lo - 1] not in _AGENT_MARKERS or len(core) < _AGENT_TASK_MIN \
            or _opens_generic(core) or _is_shorthand(core):
        return None
    tags = _word_tags()
    if any(tags.get(token) in _AGENT_STOP_TAGS or token in title_words() for token in cut(core)):
        return None
    return lo


def _unplaced_task_force(name: str, core: str) -> bool:
    """Is `name` a task force named by its task (…工作领导小组, …工作专班) with no place or body in its
    core (永州零陵机场迁建工作领导小组, 中共湖南省委农村工作领导小组) and no level character
    standing for one?"""
    return any(_WORK + word in name for word in _TASK_FORCES) and not _is_shorthand(core) \
        and not any(_word_tags().get(token) in ("ns", "nt") for token in cut(core))


def _task_before(view: TextView, bounds: list[tuple[int, int]], at: int, stops: list[str]) -> bool:
    """Is the token ending at `at` a word naming a task (迁建, 饮水), no stop word or punctuation
    (各项|工作领导小组 names no task)?"""
    token = next((view.text[a:b] for a, b in bounds if b == at), "")
    return len(token) >= 2 and all(CJK.match(ch) for ch in token) and token not in stops \
        and _word_tags().get(token) not in _STOP_TAGS


_PROMOTION = "促进"   # 投资促进局, 贸易促进委员会, 交流促进会: a body named for the activity it promotes


def _walk_tokens(view: TextView, bounds: list[tuple[int, int]], lo: int, s: int,
                 place_at: dict[int, PlaceMention], strict: bool,
                 company_end: int | None = None) -> tuple[int, tuple[int, int] | None]:
    """(start of the name, the stop token that ended the walk or None) reading tokens right to
    left from position `s`; a place prefix ending the walk is left to `_prefix_at`. `company_end`
    is the end of a company's suffix, None for other bodies."""
    stops = load_lines("org_preceders.txt")
    titles = title_words()
    bodies = body_kinds()
    tags = _word_tags()
    listed = _listed_after_and(view, bounds, lo, s, tags)
    if listed is not None:
        return listed, None
    pos = s
    for tstart, tend in reversed(bounds):
        if tstart >= s:
            continue
        mention = place_at.get(pos)
        if mention is not None and _is_prefix_place(view, mention, pos):
            return pos, None
        token = view.text[tstart:min(tend, s)] if tend > s else view.text[tstart:tend]
        if tend > s and view.text[tstart:tend] in titles:
            return -1, None  # the suffix is inside a title (常委)
        level_body = token[0] in LEVEL_CHARS and (len(token) == 1 or token[1:] in bodies)
        partial = tend > s   # a word holding the suffix's first character (委|办 of 委办)
        if _POINT_ORDINAL.fullmatch(token):
            return pos, (tstart, tend)   # 一是…；二是医院要从人才培养…: the ordinal of a speech's points opens no name
        if _ORDINAL.fullmatch(token) and (tend == s or pos < s):
            pos = tstart      # 市第一人民医院, 建工集团第三工程有限公司: the ordinal is part of the name
            continue
        if company_end is not None and _counts_registered_names(view.text, token, tend):
            return pos, (tstart, tend)   # 西湖管理区共有|湖南上优食品科技有限公司: the count, then the names
        if company_end is not None and _company_word(view, token, tstart, tend, company_end, tags, place_at):
            pos = tstart      # 鑫远|投资|集团有限公司, 湖南|春晓|新能源有限公司: the company's trade or brand
            continue
        if _TERM.fullmatch(token) and tend == s and view.text.startswith(_STANDING_COMMITTEE_WORD, s):
            pos = tstart      # 市|六届|人大常委会, 长沙市|第十四届|人大常委会: the term is part of the name
            continue
        if len(token) == 2 and token not in tags and token[0] in _DATE_ENDS and token[1] in _SHORTHAND_LEVELS \
                and tend == pos:
            return tstart + 1, None      # 7月28|日省|十三届人大常委会: a date glued to the level character
        if token == _DEPUTIES and view.text[:tstart].endswith(_ASSEMBLY_BODIES):
            pos = tstart      # 市人大常委会|代表|资格审查委员会: an assembly's committee of its deputies
            continue
        if _committee_of_place(view, token, tstart, tend, s, place_at):
            pos = tstart      # 湘乡市|委|巡察办, 邵阳市|委|老干部局: the party committee's own office
            continue
        if token == _WORK and view.text.startswith(_TASK_FORCES, tend) and _task_before(view, bounds, tstart, stops):
            pos = tstart      # 机场迁建|工作|领导小组, 农村饮水|工作|专班: the task is part of the name
            continue
        if token in stops and not partial and view.text.startswith(_PROMOTION, tend):
            pos = tstart      # 市|投资|促进事务局, 交流促进会: the verb is the object of 促进, the body's task
            continue
        if token in stops and not partial or token in titles and not _title_in_name(view, tend, s) or (
                len(token) <= 2 and tags.get(token) in _STOP_TAGS and not level_body and not partial):
            return pos, (tstart, tend)
        if strict and _ends_strict_name(token, tags):
            return pos, (tstart, tend)
        if _COUNTED.fullmatch(token):
            return pos, (tstart, tend)   # 三四家银行, 两所学校
        if len(token) == 2 and token[0] in _CONJUNCTIONS and token[1] in LEVEL_CHARS and (
                tend == s or _body_word_ends(view.text, tstart)):
            return tstart + 1, None      # 县人大和|县政协, 县体育总会和|县|足球协会: a conjunction + a level character
        if token not in tags and tstart + 1 < s and not _is_zone_word(token) and (
                len(token) >= 3 and token[0] in stops or len(token) == 2 and token[0] in stops
                and token[1] in LEVEL_CHARS):
            return tstart + 1, None      # jieba's HMM glued a preposition to the name (由|国网…, 及|区人大)
        if len(token) == 3 and token[:2] in stops and token[2] in _SHORTHAND_LEVELS and tend == s \
                and place_at.get(tend) is None:
            return tstart + 2, None      # 新建|县一中: a verb glued to the level character of a shorthand
        if len(token) == 2 and token not in tags and token[0] in stops and token[1] == _FORMER:
            return pos, (tstart, tend)   # 建投集团|由原|建工集团: a preposition glued to 原, a former name follows
        if len(token) == 2 and token not in tags and token[1] in _PREPOSITIONS + "及与":
            return pos, (tstart, tend)   # 后经医院, 魏移|宗及|高新区管委会: glued to a preposition or and
        if tstart < lo:
            return pos, None
        pos = tstart
        if level_body:
            if not (pos > lo and view.text[pos - 1] == "驻") and place_at.get(pos) is None:
                return pos, None  # 市工信局: a shorthand body, resolved later
    return pos, None


_SHORTHAND_LEVELS = "省市州县区"   # not 村镇乡: 新建村, 新建镇 are names of their own

# Verbs that count what a place holds (某区共有…企业3家, 现有…): they introduce a list of companies.
_COUNTING_VERBS = frozenset({"共有", "现有", "已有"})


def _counts_registered_names(text: str, token: str, tend: int) -> bool:
    """Is `token` a counting verb (共有, 现有) right before a company's registered name, which opens
    with its province (湖南…有限公司)? The verb ends the walk back: the place before it is the
    clause's subject, not the company's prefix. Elsewhere 共有 is a word of the name (某市共有产权住房
    建设有限公司: co-owned housing), so the rule wants the province right after it."""
    return token in _COUNTING_VERBS and any(text.startswith(name, tend) for name in _province_names())


_COMMITTEE = "委"


def _committee_of_place(view: TextView, token: str, tstart: int, tend: int, s: int,
                        place_at: dict[int, PlaceMention]) -> bool:
    """Is `token` the 委 of a place's party committee written right before one of its offices
    (湘乡市委巡察办, 邵阳市委老干部局, 邵阳市委党史研究室)? The dictionary reads a lone 委 as a
    function word that would end the walk and leave the office to the place alone (湘乡市巡察办),
    a body that does not exist: the office is the committee's."""
    if token != _COMMITTEE or tend > s:
        return False
    mention = place_at.get(tstart)
    return mention is not None and _is_prefix_place(view, mention, tstart)


_FORMER = "原"   # 由原某某集团: the body's former name


# A company's legal form written after its trade (集团有限公司, 股份有限公司, 公司): what a trade word
# right before it belongs to.
_LEGAL_FORM_AFTER_TRADE = re.compile("(?:集团|控股)?(?:股份)?(?:有限)?(?:责任)?(?:公司)?")


def _company_word(view: TextView, token: str, tstart: int, tend: int, end: int, tags: dict[str, str],
                  place_at: dict[int, PlaceMention]) -> bool:
    """Is `token` a word of a company's name that would otherwise end the walk back over it?
    A verbal noun that opens actors elsewhere (投资, 合作: 投资湖南…) is the company's trade when its
    legal form follows it right away (鑫远投资集团有限公司); a word the dictionary tags as a time
    (春晓, 中天) is the brand when a place opens the name right before it (湖南春晓新能源有限公司):
    no date stands between a company's registered place and its trade, and a date word that common
    (今年, 目前) is read as one."""
    if tags.get(token) == "vn" and tend < end and _LEGAL_FORM_AFTER_TRADE.fullmatch(view.text, tend, end) \
            and tstart > 0 and CJK.match(view.text[tstart - 1]):
        return True
    if tags.get(token) == "t" and len(token) >= 2 and _word_freq().get(token, 0) <= _RARE_TIME_FREQ:
        mention = place_at.get(tstart)
        if mention is not None and _is_prefix_place(view, mention, tstart):
            return True
        return any(view.text.endswith(name, 0, tstart) for name in _province_names())
    return False


_RARE_TIME_FREQ = 200   # 春晓 (27), 中天 (113): a time word this rare is a brand; 今年, 目前, 春节 are thousands


_TERM = re.compile(r"第?[一二三四五六七八九十百\d]+届")   # an assembly's term (十三届, 第十四届)
_TERM_OPENING = re.compile(r"第[一二三四五六七八九十百\d]+届")   # a core opening with a written term (第十四届执行)
_DATE_ENDS = "年月日"
_DEPUTIES = "代表"   # a preceder (代表全县人民), but also the deputies an assembly's committee serves
_ASSEMBLY_BODIES = ("人大常委会", "人大", "常委会", "政协")


@lru_cache(maxsize=1)
def _zone_words() -> frozenset[str]:
    """Zone suffixes (经开区, 高新区, 管理区): a word of its own, never a preposition + a name."""
    from .places import zone_suffixes

    return frozenset(zone_suffixes())


def _is_zone_word(token: str) -> bool:
    """Is `token` a zone suffix written as a word (经开区 of 经开区党工委, not 经 + 开区)?"""
    return token in _zone_words()


_FUNCTION_TAGS = ("v", "p", "c", "u", "r", "d")


def _listed_after_and(view: TextView, bounds: list[tuple[int, int]], lo: int, s: int,
                      tags: dict[str, str]) -> int | None:
    """The start of a list item that opens with 和 right after 、 (…有限公司、和天电镀中心、…): no
    conjunction follows an enumeration comma, so 和 begins the name; None otherwise (the words
    between 和 and the suffix must be names and nouns, no function word)."""
    inside = [(a, b) for a, b in bounds if lo <= a < s]
    for i, (a, b) in enumerate(inside):
        if view.text[a:b] != "和" or a == 0 or view.text[a - 1] != "、":
            continue
        rest = [view.text[x:min(y, s)] for x, y in inside[i + 1:]]
        if rest and all(CJK.match(word[:1]) and not tags.get(word, "n").startswith(_FUNCTION_TAGS)
                        for word in rest):
            return a
    return None


def _title_in_name(view: TextView, tend: int, s: int) -> bool:
    """Is a title word part of the name (河长制工作委员会, 河长办, 林长办): followed by 制, or
    right before the suffix 办?"""
    return view.text[tend:tend + 1] == "制" or tend == s and view.text[s:s + 1] == "办"


_PREPOSITIONS = "经由在向对从被让给把将于"
_CONJUNCTIONS = "和及与"
_FEDERATION = "总会"


@lru_cache(maxsize=1)
def _body_words() -> tuple[str, ...]:
    """The words that end a body's name: every organisation suffix and body word (协会, 委, 政府, 局 …),
    and 总会 (体育总会, 红十字总会), a federation's name though no suffix of its own (总会 alone is also
    the adverb 'always')."""
    return tuple({row[0] for row in [*load_table("org_suffixes.txt"), *load_table("bodies.txt")]} | {_FEDERATION})


def _body_word_ends(text: str, pos: int) -> bool:
    """Does a body's name end right before `pos` (…体育总会|和县…): then 和县 there joins two bodies."""
    return text.endswith(_body_words(), 0, pos)


_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+")   # an ordinal written right before the suffix
_POINT_ORDINAL = re.compile(r"[一二三四五六七八九十]是|其[一二三四五六七八九十]")   # 二是|医院要…: the point of a speech, no name

_COUNTED = re.compile(f"{_NUMBER}[家个所位名]")
_STRICT_TAGS = ("v", "l", "i")


def _ends_strict_name(token: str, tags: dict[str, str]) -> bool:
    """Does a verb or idiom (致电, 允许, 比方说) end the name of a common-noun body?"""
    return tags.get(token) in _STRICT_TAGS


def _list_item_opens(text: str, start: int) -> bool:
    """Does a 、 stand right before `start`, opening an item of a list of bodies (…、住房和城乡建设局、
    金融办, …、发展和改革局等13家单位)? A department's 和 is then inside its name: two bodies joined by
    和 would be two items of the list."""
    return start > 0 and text[start - 1] == _LIST_COMMA


def _joins_name(view: TextView, bounds: list[tuple[int, int]], and_token: tuple[int, int], lo: int) -> bool:
    """Is the 和 at `and_token` inside a department's name: the word before it is a plain word of
    two or more characters, not a body, a place or a title (县委和县政府 are two bodies)?"""
    i = bounds.index(and_token)
    if i == 0 or bounds[i - 1][0] < lo:
        return False
    before = view.text[bounds[i - 1][0]:bounds[i - 1][1]]
    if len(before) < 2 or not all(CJK.match(ch) for ch in before) or before in title_words():
        return False
    automaton = suffix_automaton()
    return not any(before.endswith(word) for _, found in automaton.iter(before) for word in [found.word])


def _prefix_at(view: TextView, pos: int, place_at: dict[int, PlaceMention]) -> tuple[int, int, str | None]:
    """(start, place_end, place_key) of a name whose core starts at `pos`: with the place
    prefix ending there, if any."""
    if pos < 0:
        return -1, -1, None
    mention = place_at.get(pos)
    if mention is not None and _is_prefix_place(view, mention, pos):
        return _place_chain(view, pos, place_at)
    return pos, pos, None


def _city_for_prefecture(surface: str, key: str, gaz: Gazetteer) -> bool:
    """Is a 州 shorthand (州委, 州门司镇中学) resolved to a city (郴州市)? 州 stands for an
    autonomous prefecture (湘西州) only; before a city's name it is a character of a name."""
    named = place_name(gaz, key) or ""
    return surface[:1] == "州" and not named.endswith("州")


def _is_shorthand(core: str) -> bool:
    """Does the core open with a level character standing for a place (市工信局, 县残联, 区委),
    not with a word that merely starts with one (乡村振兴局, 市场监管局)?"""
    if not is_level_char(core[:1]) or core[:1] == "村":
        return False
    first = cut(core)[0] if len(core) > 1 else core
    return len(first) < 2 or first not in _word_tags() or first[1:] in body_kinds()


def _is_prefix_place(view: TextView, mention: PlaceMention, pos: int) -> bool:
    """A place ending at `pos` is the prefix of the name, unless a different level character
    follows a short form (会同 + 区委 is the verb 会同, not 会同县)."""
    nxt = view.text[pos:pos + 1]
    if nxt in LEVEL_CHARS and not mention.surface.endswith(tuple(LEVEL_CHARS)):
        full = _full_name(mention)
        return full.endswith(nxt) if full else True
    return True


def _full_name(mention: PlaceMention) -> str | None:
    from .gazetteer import load_gazetteer

    entry = load_gazetteer().entries.get(mention.key)
    return entry.name if entry is not None else None


def _place_chain(view: TextView, pos: int, place_at: dict[int, PlaceMention]) -> tuple[int, int, str | None]:
    """Include the place ending at `pos` and any places written right before it (永州市冷水滩区)."""
    mention = place_at[pos]
    place_key = mention.key
    start = view.view_pos(mention.span.start)
    while start in place_at and place_at[start] is not mention and _may_contain(place_at[start].key, mention.key):
        mention = place_at[start]
        start = view.view_pos(mention.span.start)
    return start, pos, place_key


def load() -> None:
    """Load the tables organisations are read with now (before forking workers, which share them)."""
    _province_names()


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """Full and short names of the provinces (湖南省, 湖南)."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    keys = {key for key, entry in gaz.entries.items() if entry.level == "province"}
    names = {name for name, found in [*gaz.by_name.items(), *gaz.by_short.items()] if keys & set(found)}
    return frozenset(name for name in names if len(name) >= 2)


def _opens_with_province(core: str) -> bool:
    """Does the core of a name open with a province (湖南某某集团 after a city and district)?"""
    return any(core.startswith(name) for name in _province_names() if len(core) > len(name) + 1)


def _may_contain(outer: str, inner: str) -> bool:
    """Can place `outer`, written before `inner`, be its ancestor? Not when both are known and it is
    not (益阳市赫山区 | 湖南某某集团: the province opens the company's name)."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    if inner.startswith(outer + "/"):
        return True
    if outer not in gaz.entries or inner not in gaz.entries:
        return True
    return outer == inner or any(entry.key == outer for entry in gaz.ancestors(inner))


def _resolve(doc: Document, view: TextView, hit: _Hit, index: PlaceIndex, gaz: Gazetteer,
             article_place: dict[int, str], chained: tuple[OrgMention, str] | None
             ) -> tuple[OrgMention, str] | None:
    """(OrgMention, place prefix of its name) of a hit; level-relative and bare bodies resolved."""
    surface = view.text[hit.start:hit.end]
    span = view.doc_span(hit.start, hit.end)
    kind = hit.suffix.kind
    if hit.suffix.min_core < 0:
        return OrgMention(span, surface, hit.suffix.canonical or surface, kind, None), ""
    if hit.clause_place is not None:
        name = hit.clause_place.surface + surface
        return OrgMention(span, surface, name, kind, hit.clause_place.key), hit.clause_place.surface
    if hit.place_key is not None:
        prefix = view.text[hit.start:hit.place_end]
        entry = gaz.entries.get(hit.place_key)
        nxt = view.text[hit.place_end:hit.place_end + 1]
        if entry is not None and nxt in LEVEL_CHARS and entry.name.endswith(nxt) and not prefix.endswith(nxt):
            prefix += nxt  # 株洲 + 市委
        if hit.body:
            place = view.text[hit.start + 2:hit.place_end]
            return OrgMention(span, surface, place + hit.body, kind, hit.place_key), place
        named = place_name(gaz, hit.place_key)
        if _is_zone_word(prefix) and named and len(named) > len(prefix) and named.endswith(prefix):
            # 经开区党工委 whose 经开区 the places resolved (岳阳经开区): that zone's body
            return OrgMention(span, surface, named + surface[len(prefix):], kind, hit.place_key), named
        return OrgMention(span, surface, surface, kind, hit.place_key), prefix
    core = view.text[hit.start:hit.end - len(hit.suffix.word)]
    if hit.head_level:
        key = resolve_level(doc, span.start, hit.head_level + surface, article_place, index.mentions, gaz, index)
        name = index.written_name(key, gaz, hit.head_level)
        if not key or not name:
            return None
        listed = not _title_follows(view.text, hit.end)   # written only as part of a post: implied
        return OrgMention(span, surface, name + surface, kind, key, listed=listed), name
    if hit.article_agent:
        article = doc.article_at(span.start)
        key = article_place.get(article.index) if article is not None else None
        name = place_name(gaz, key)
        return (OrgMention(span, surface, name + surface, kind, key), name) if key and name else None
    if hit.demonstrative:
        key = resolve_level(doc, span.start, surface, article_place, index.mentions, gaz, index)
        name = index.written_name(key, gaz, surface[1:2])
        if not key or not name:
            return None
        return OrgMention(span, surface, name + surface[2:], kind, key), name
    if _is_shorthand(core):
        key = _chained_level_place(view, hit, chained, gaz) \
            or resolve_level(doc, span.start, surface, article_place, index.mentions, gaz, index)
        name = index.written_name(key, gaz, surface[:1])
        if key and name and not _city_for_prefecture(surface, key, gaz):
            return OrgMention(span, surface, level_body_name(name, surface), kind, key), name
        if key and name and core == "州":
            return None   # 各市州政府 in a province's article: a class of governments, none named
        return OrgMention(span, surface, surface, kind, None), ""
    if not core:
        if chained is not None and surface in _GENERIC_GOVERNMENTS and not _chain_gap(view, chained[0], hit.start):
            chained = None   # 卫健局局长奉毅从政府重视…: "the government" in a clause, not a title chain
        mention = _resolve_bare(span, surface, kind, chained)
        if mention is None and kind == "other":
            return OrgMention(span, surface, surface, kind, None), ""   # 卫健局、中医医院等单位: listed
        return (mention, chained[1]) if mention is not None and chained is not None else None
    if core == "村":
        village = _village_named_before(index, gaz, span.start)
        if village is not None:   # 村党总支书记唐博 after 枨冲镇才常村: that village's cell
            name = place_name(gaz, village.key) or village.surface
            return OrgMention(span, surface, name + surface[1:], kind, village.key), name
        # 村支部书记任河段长 with no village named: every village's cell, a class, not a named body
        return OrgMention(span, surface, surface, kind, None, listed=False), ""
    if core == _COMMUNITY and kind == "party" and not _title_follows(view.text, hit.end):
        community = _community_named_before(index, gaz, span.start)
        if community is not None:   # 西园社区位于…。社区党委以党建引领: that community's committee
            name = place_name(gaz, community.key) or community.surface
            return OrgMention(span, surface, name + surface[len(core):], kind, community.key), name
    if hit.suffix.needs_place and hit.clause_place is None and _post_in_a_chain(view.text, hit.start, hit.end) \
            and not _listed_among_bodies(view, hit.start, hit.end):
        if chained is not None and chained[0].name.endswith(_ASSEMBLY_BODIES) and _title_follows(view.text, hit.end):
            own = OrgMention(span, surface, chained[0].name + surface, kind, chained[0].place_key, listed=False)
            return own, chained[1]   # 省人大常委会副秘书长、办公厅主任: the committee's own office, in the post
        if chained is None or not chained[0].name.endswith(_PLACE_LEADERSHIPS):
            return None   # 人大常委会委员、财经委主任: the committee's own committee, not the place's office
        linked = _resolve_bare(span, surface, kind, chained)   # 该镇党委副书记、河长办主任: the town's office
        return (linked, chained[1]) if linked is not None else None
    if core in _MACRO_REGIONS:
        return OrgMention(span, surface, surface, kind, None), ""   # 市委市政府、中南局: not the city's
    listed_after = _listed_after_placed(view, hit, chained, gaz)
    if listed_after is not None:   # 祁阳县人社局、卫健局: the list's place
        return OrgMention(span, surface, listed_after[1] + surface, kind, listed_after[0].place_key), listed_after[1]
    if _is_zone_word(core):
        zone = _zone_named_before(index, gaz, span.start, core)
        if zone is not None:      # 经开区党工委 after 岳阳经开区: that zone's body
            name = place_name(gaz, zone.key) or zone.surface
            return OrgMention(span, surface, name + surface[len(core):], kind, zone.key), name
    if hit.suffix.needs_place and _UNITS_AFTER.match(view.text, hit.end):
        key = article_place.get(index.article_start(span.start))
        name = place_name(gaz, key)
        if key and name:   # 工信局等7个单位 in an article of 汨罗市: 汨罗市工信局
            return OrgMention(span, surface, name + surface, kind, key), name
        if view.text[hit.start - 1:hit.start] != "、":
            return None   # 公安局等单位 with no place to the article: no body named
    return OrgMention(span, surface, surface, kind, None), ""


ASIDE_MAX = 12
_ASIDE_BEFORE = re.compile(f"[(（][^()（）]{{1,{ASIDE_MAX}}}[)）]$")   # a bracketed aside closing a list item


def _listed_after_placed(view: TextView, hit: _Hit, chained: tuple[OrgMention, str] | None, gaz: Gazetteer
                         ) -> tuple[OrgMention, str] | None:
    """The body named with its place right before an unprefixed department or institution in a 、
    list (祁阳县人社局、卫健局、中医医院): the items of one list share that place. None when the
    item before is no body of a place or more than a 、 (and a bracketed aside) stands between them."""
    if chained is None or chained[0].place_key is None or not chained[1] \
            or hit.suffix.kind not in ("department", "other"):
        return None
    gap = view.text[view.view_pos(chained[0].span.end):hit.start]
    if not (gap == "、" or gap.endswith("、") and _ASIDE_BEFORE.fullmatch(gap[:-1])) \
            or _opens_with_place_name(view.text[hit.start:hit.end]):
        return None   # 衡阳县人民政府、湖南农业大学: a name opening with a place has its own
    return _branch_place_in_full(chained, gaz)


def _branch_place_in_full(chained: tuple[OrgMention, str], gaz: Gazetteer) -> tuple[OrgMention, str]:
    """The place a list's next items share, after a branch named inside its parent's name
    (湘潭市生态环境局湘乡分局、应急管理局、城管局): the branch's place is written short (湘乡), as a
    branch's name is; the items after it are that place's own bodies, named with its full name
    (湘乡市应急管理局), not with the branch's short form (湘乡应急管理局, no body's name)."""
    org, prefix = chained
    if org.name.startswith(prefix) or not org.name.endswith(prefix + org.surface[len(prefix):]):
        return chained   # 祁阳县人社局: the place opens the body's own name
    full = place_name(gaz, org.place_key)
    if not full or full == prefix or not full.startswith(prefix):
        return chained
    return org, full


def _opens_with_place_name(name: str) -> bool:
    """Does `name` open with a place's full or short name (湖南农业大学, 城步大邵公益联合会)?"""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return any(name[:n] in gaz.by_name or name[:n] in gaz.by_short for n in range(2, min(len(name), 8)))


def _chained_level_place(view: TextView, hit: _Hit, chained: tuple[OrgMention, str] | None,
                         gaz: Gazetteer) -> str | None:
    """湖北省公安县县委书记、县人大常委会主任: a level shorthand body (县人大常委会) in a title chain
    right after a body of a place of that level is that place's, not the article's county. Only
    when a title and 、 alone stand between them."""
    if chained is None or chained[0].place_key is None:
        return None
    org = chained[0]
    between = view.text[view.view_pos(org.span.end):hit.start]
    if not between.endswith("、") or between[:-1] not in title_words():
        return None
    level_char = view.text[hit.start]
    return org.place_key if _level(gaz, org.place_key) in LEVELS_OF_CHAR.get(level_char, ()) else None


def _village_named_before(index: PlaceIndex, gaz: Gazetteer, pos: int) -> PlaceMention | None:
    """The latest village named earlier in the article (a new one too: its key ends in 村)."""
    for mention in reversed(index.window(index.article_start(pos), pos)):
        level = _level(gaz, mention.key)
        if level == "village" or level is None and mention.key.endswith("村"):
            return mention
    return None


_COMMUNITY = "社区"


def _community_named_before(index: PlaceIndex, gaz: Gazetteer, pos: int) -> PlaceMention | None:
    """The latest urban community (…社区) named earlier in the article, when it names one only: a
    community's party cell written bare (社区党委, 社区党总支) acts for the community the article is
    about, as a village's bare cell does for its village."""
    found = {(place_name(gaz, m.key) or m.surface): m for m in index.window(index.article_start(pos), pos)
             if (place_name(gaz, m.key) or m.surface).endswith(_COMMUNITY)}
    return next(iter(found.values())) if len(found) == 1 else None


def _zone_named_before(index: PlaceIndex, gaz: Gazetteer, pos: int, word: str) -> PlaceMention | None:
    """The latest zone of the class of `word` (经开区 -> an 经开 zone) named earlier in the article."""
    from .places import zone_class

    cls = zone_class(word)
    for mention in reversed(index.window(index.article_start(pos), pos)):
        name = place_name(gaz, mention.key) or mention.surface
        if cls is not None and len(name) > len(word) and zone_class(name) == cls:
            return mention
    return None


_BARE_LEVEL_SUFFIXES = ("厅", "局")
_SUFFIX_OF_LEVEL = {"省": "厅"}   # a provincial department is a 厅, the others 局


_GENERIC_GOVERNMENTS = ("政府", "人民政府")   # bare, the word also means "the government" in general
# A place's party committee and its government written as one word, 党委政府 (镇党委政府, 党工委政府): the
# government is the second body of a pair, bare, and takes the place of the committee before it.
_PARTY_BEFORE_GOVERNMENT = ("党委", "党工委")


def _chain_gap(view: TextView, org: OrgMention, start: int) -> bool:
    """Is the text between a body and a bare government after it a title chain's (…镇党委书记、政府镇长):
    nothing, or words ending with 、 and holding no preposition or comma?"""
    gap = view.text[view.view_pos(org.span.end):start]
    return gap == "" or gap.endswith("、") and not any(ch in gap for ch in _PREPOSITIONS + "，,")


def _resolve_bare_level(doc: Document, view: TextView, hit: _Hit, index: PlaceIndex, gaz: Gazetteer,
                        article_place: dict[int, str], department_core: str | None
                        ) -> tuple[OrgMention, str] | None:
    """省厅 / 市局: the department of that level for the field of the article's latest department
    (洪江区自然资源局 … 与省厅联网 -> 湖南省自然资源厅); None when the article names none."""
    if not department_core:
        return None
    surface = view.text[hit.start:hit.end]
    span = view.doc_span(hit.start, hit.end)
    key = resolve_level(doc, span.start, surface, article_place, index.mentions, gaz, index)
    name = place_name(gaz, key)
    if not key or not name:
        return None
    suffix = _SUFFIX_OF_LEVEL.get(surface[0], "局")
    return OrgMention(span, surface, name + department_core + suffix, "department", key), name


_PARTY_DEPARTMENTS = ("政法委", "组织部", "宣传部", "统战部", "纪委")
_ZONE_COMMITTEE = "管委会"
_DISCIPLINE = ("纪委", "纪委监委")


def discipline_body(committee: str, unit: str) -> str:
    """The unit of a party committee (岳阳市委 + 组织部 = 岳阳市委组织部), but the discipline
    commission is the place's own (岳阳市委 + 纪委 = 岳阳市纪委, as 南县纪委监委 is written)."""
    base = committee[:-1]
    if unit in _DISCIPLINE and committee.endswith("委") and is_level_char(base[-1:]):
        return base + unit
    return committee + unit


def _resolve_bare(span: Span, surface: str, kind: OrgKind, chained: tuple[OrgMention, str] | None) -> OrgMention | None:
    """A bare body (管委会, 村委会, 政法委) after another body in a title chain."""
    if chained is None:
        return None
    org, prefix = chained
    if org.place_key is None or not prefix:
        zone = _named_zone_of(org)
        if surface == _ZONE_COMMITTEE and zone:
            return OrgMention(span, surface, zone + surface, kind, None)   # 天易经开区党工委副书记、管委会主任
        if surface == _ZONE_COMMITTEE and org.kind == "party":
            # 区党委副书记、管委会主任 with the zone unresolved: the zone's committee, never the party body
            return OrgMention(span, surface, surface, kind, None, listed=False)
        return None
    if surface in _PARTY_DEPARTMENTS and org.kind == "party" and org.name.endswith("委"):
        return OrgMention(span, surface, discipline_body(org.name, surface), kind, org.place_key)
    if prefix.endswith(surface[:1]) and is_level_char(surface[:1]):
        return OrgMention(span, surface, prefix + surface[1:], kind, org.place_key)   # 下坪村 + 村委会
    return OrgMention(span, surface, prefix + surface, kind, org.place_key)


ZONE_NAME_MIN = 2   # characters naming the zone before its suffix (天易 of 天易经开区)


def _named_zone_of(org: OrgMention) -> str:
    """The zone a zone's party working committee is named by (天易经开区 of 天易经开区党工委), when
    the places did not resolve it: its administrative committee, written bare next in the same chain
    of posts (党工委副书记、管委会主任), is that zone's. Empty for a body of no named zone."""
    from .places import zone_suffixes      # longest first

    if org.kind != "party" or not org.name.endswith("党工委"):
        return ""
    zone = org.name[:-len("党工委")]
    word = next((w for w in zone_suffixes() if zone.endswith(w)), "")
    return zone if word and len(zone) - len(word) >= ZONE_NAME_MIN else ""


_PARTY_CELLS = ("党委", "党组", "党支部", "党总支")
_BARE_CELLS = _PARTY_CELLS + ("党工委",)   # written bare, with no place: a party cell named only in a post


# 支书 is short for 党支部书记: a village written before it (膏田村支书田光斗, 江口村村支书熊初开)
# names that village's party branch, as 衡阳市委书记 names 衡阳市委. The village is one the places
# found, or a two- or three-character name opening a clause or list item (，双湖村支书汪少均).
_BRANCH_SECRETARY = re.compile(r"(?:(?<=[，,、；;。：:\s])|^)((?:(?!村)[\u4e00-\u9fff]){2,3}村)(?=村?党?支书)")
_VILLAGE_SECRETARY = re.compile(r"((?:(?!村)[\u4e00-\u9fff]){2,3}村)(?=村?党?支书)")
_TOWN_ENDS = ("镇", "乡", "街道")
_NOT_A_VILLAGE_NAME = set("各每全该本这那个些其此")
_VILLAGE_NAME_TAGS = ("ns", "nr", "nz")   # a place-like or proper word (双湖, 江口), not 明星村支书


def _village_branches(view: TextView, places: list[PlaceMention], gaz: Gazetteer) -> list[OrgMention]:
    """X村党支部 for each village X written right before 支书 / 村支书 / 党支书, opening a clause or
    right after its town (筸子坪镇晒金塘村支书)."""
    known = {p.surface: p for p in places if p.surface.endswith("村")}
    out: list[OrgMention] = []
    after_towns = (_VILLAGE_SECRETARY.match(view.text, view.view_pos(p.span.end)) for p in places
                   if p.surface.endswith(_TOWN_ENDS))   # 筸子坪镇|晒金塘村支书: a village after its town
    for m in [*_BRANCH_SECRETARY.finditer(view.text),
              *(m for m in after_towns if m is not None and _word_tags().get(cut(m.group(1))[0]) not in _STOP_TAGS)]:
        village = m.group(1)
        place = known.get(village) or next((known[v] for v in known if village.endswith(v)), None)
        if place is None and (set(village) & _NOT_A_VILLAGE_NAME
                              or _word_tags().get(village[:-1], "ns") not in _VILLAGE_NAME_TAGS):
            continue
        if place is not None:
            village = place.surface
        span = view.doc_span(m.end(1) - len(village), m.end(1))
        out.append(OrgMention(span, village, village + "党支部", "party", place.key if place else None))
    return out


# A village's party cell written bare while the article is at that village (通过党总支引领, 依靠党支部):
# the village named last before it. (A bare 驻村工作队: see _bare_village_teams.)
_BARE_VILLAGE_BODY = re.compile("(党总支|党支部)")
_BARE_BEFORE_TAGS = ("p", "v", "c", "d")


def _bare_village_bodies(view: TextView, mentions: list[OrgMention], index: PlaceIndex,
                         gaz: Gazetteer) -> list[OrgMention]:
    """X村党总支 / X村党支部 for a party cell written bare, acting (no title after it), right after a
    preposition, verb or conjunction or opening a clause, in an article naming village X before it."""
    taken = [(view.view_pos(m.span.start), view.view_pos(m.span.end)) for m in mentions]
    tags = _word_tags()
    out: list[OrgMention] = []
    for m in _BARE_VILLAGE_BODY.finditer(view.text):
        if any(a < m.end() and m.start() < b for a, b in taken) or _title_follows(view.text, m.end()) \
                or view.text.startswith(("书记", "委员", "成员", "+", "＋"), m.end()):
            continue   # (“党支部+公司+合作社”: a model's formula, no actor)
        before = cut(view.text[max(0, m.start() - 6):m.start()])
        if before and CJK.match(before[-1][-1:]) and tags.get(before[-1]) not in _BARE_BEFORE_TAGS:
            continue   # 村党支部, 公司党支部, 五星党支部: a body with a core of its own
        village = _village_named_before(index, gaz, view.to_doc[m.start()])
        if village is None:
            continue
        name = place_name(gaz, village.key) or village.surface
        out.append(OrgMention(view.doc_span(m.start(), m.end()), m.group(1), name + m.group(1), "party",
                              village.key))
    return out


# The village's resident team written bare (组建驻村工作队进驻该村, 与驻村工作队一起) in an article that
# names no team otherwise: the team of the village named last before it (祠湾村驻村工作队). Where the
# article names its team (洪江市委办驻下坪村工作队, 驻团结村工作队), the bare one is that team.
_BARE_VILLAGE_TEAM = re.compile("驻村(?:帮扶|乡村振兴)?工作队")
_TEAM = "工作队"
_COUNTED_BEFORE = re.compile(f"{_NUMBER}支$")
_BARE_TEAM_BEFORE_TAGS = (*_BARE_BEFORE_TAGS, "vn")   # 指导|驻村工作队


def _bare_team_at(view: TextView, start: int, tags: dict[str, str]) -> bool:
    """Is the 驻村…工作队 at `start` written bare: after punctuation, a preposition, verb, conjunction
    or adverb, not counted (292支驻村工作队) and not inside a longer word (市派驻村工作队)?"""
    if _COUNTED_BEFORE.search(view.text, max(0, start - 8), start):
        return False
    before = cut(view.text[max(0, start - 6):start])
    return not (before and CJK.match(before[-1][-1:]) and tags.get(before[-1]) not in _BARE_TEAM_BEFORE_TAGS)


def _bare_village_teams(view: TextView, mentions: list[OrgMention], index: PlaceIndex,
                        gaz: Gazetteer) -> list[OrgMention]:
    """X村驻村工作队 for a resident team written bare and acting (no title after it) in an article
    naming village X before it, when the article names no team (no 工作队 but 驻村…工作队, none
    found as an organisation)."""
    taken = [(view.view_pos(m.span.start), view.view_pos(m.span.end)) for m in mentions]
    tags = _word_tags()
    written = {m.end(): m for m in _BARE_VILLAGE_TEAM.finditer(view.text)}
    bare = {end: m for end, m in written.items() if _bare_team_at(view, m.start(), tags)}
    named = [i for i in _team_ends(view.text) if i not in written] \
        + [b for a, b in taken if view.text.endswith(_TEAM, 0, b)]
    named_team_articles = {index.article_start(view.to_doc[i - 1]) for i in named}
    out: list[OrgMention] = []
    for end, m in bare.items():
        pos = view.to_doc[m.start()]
        if index.article_start(pos) in named_team_articles or _title_follows(view.text, end) \
                or any(a < end and m.start() < b for a, b in taken):
            continue
        village = _village_named_before(index, gaz, pos)
        if village is None:
            continue
        name = place_name(gaz, village.key) or village.surface
        out.append(OrgMention(view.doc_span(m.start(), end), m.group(0), name + m.group(0), "department",
                              village.key))
    return out


def _team_ends(text: str) -> list[int]:
    """The end of every 工作队 in `text`."""
    return [m.end() for m in re.finditer(_TEAM, text)]


_DEMONSTRATIVE_CELL = re.compile(r"该(公司|集团|局|中心|医院|学校|院|校|厂)(党委|党组|党总支|党支部)")


def _demonstrative_cells(doc: Document, view: TextView, mentions: list[OrgMention]) -> list[OrgMention]:
    """该中心党委, 该公司党支部: the party cell of the body of that kind named last before it in the
    article (市交通事务中心 … 该中心党委 -> 株洲市交通事务中心党委), an actor of its own."""
    out: list[OrgMention] = []
    for m in _DEMONSTRATIVE_CELL.finditer(view.text):
        article = doc.article_at(view.to_doc[m.start()])
        lo = article.span.start if article is not None else 0
        owner = None
        for mention in mentions:
            if lo <= mention.span.start and view.view_pos(mention.span.start) < m.start() \
                    and mention.kind not in ("party", "government") and mention.name.endswith(m.group(1)):
                owner = mention
        if owner is None:
            continue
        out.append(OrgMention(view.doc_span(m.start(), m.end()), m.group(0), owner.name + m.group(2), "party",
                              owner.place_key))
    return out


def _drop_party_cells(mentions: list[OrgMention]) -> list[OrgMention]:
    """"X公司党委" / "X局党组" is X's party cell: listed as X (found on its own), not as a body."""
    out = []
    for mention in mentions:
        cell = next((c for c in _PARTY_CELLS if mention.name.endswith(c)), None)
        if cell and _NAMED_BODY_END.search(mention.name[: -len(cell)]):
            continue
        out.append(mention)
    return out


_NAMED_BODY_END = re.compile(r"(公司|集团|局|厅|办|中心|院|校|银行|社|委员会)$")   # (委员会: 某市人口和计划生育委员会党组)
