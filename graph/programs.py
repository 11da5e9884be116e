"""Programs: named campaigns, mechanisms, projects, policy documents and events.

Where programs are found
  * quoted names (“…”, "…", 「…」, ‘…’) that a program marker follows (“三员”工作机制,
    “项目大比拼”赛擂台) or ends (营商环境优化年, 网格日), quoted number codes
    (三高四新, 一单四制, 1+1+N) and short codes introduced by a working verb;
  * 《…》 titles ending in a policy-document word (方案, 办法, 意见 …) and laws (《旅游法》, run by
    the whole country);
  * unquoted names ending in a marker of `program_unquoted_markers.tsv`
    (三一生态智能产业园项目, 百日攻坚行动, …推进会), read leftwards until a verb,
    function word, punctuation or number with measure word;
  * staged events named by their head noun: …节/…展 with an ordinal, year or place
    (2018湖南首届油菜花节, not 春节/环节/发展), …活动 with an ordinal or a 集中开工 cue
    (2022年怀化市第二次重大项目集中开工活动), and a quoted slogan before a meeting noun
    (“奋战八十天 决战四季度”动员大会) or before 专项行动 (a campaign), with the topic words a
    whole-place scope opens (全区|严打整治“百日会战”专项行动); the quote alone elsewhere is
    that campaign's short form;
  * X长制 systems (田长制, 河长制, 林长制);
  * events named by their session or kind (政协…第二次会议, …六届五次全体会议, 经济工作会议,
    新闻发布会, 调度会, 全市领导干部大会), the numbered session a termed standing committee holds
    (湘西州十五届人大常委会|举行|第二十五次会议) and 政府工作报告; a signing ceremony also names
    what it signs (江永县与金荣集团战略合作|签约仪式);
  * items of lists: 、-lists closed by 等…项目 (projects; with a count the class may carry
    a theme: 等3个村道提质改造项目) or 等N项制度 (mechanisms), the items a counted set of
    projects is said to include (有5个项目竣工,包括A、B…), names labelled by a class of key
    projects before them (市重点项目湘粤桂综合物流园), and the items listed right before a
    quoted count code whose head they share (…攻坚“七大攻坚”);
  * titles a level of government awards (省级乡村振兴示范村, 市级党建示范村: campaigns);
  * 关于印发《…》的通知 notices; bases named with their area or location (200亩…示范基地);
    emergency response levels (启动防汛Ⅳ级响应);
  * bare national and common campaigns (program_national.txt, program_common_campaigns.txt);
  * meetings of a quoted campaign named by a few words and a meeting noun after the quote
    (“春风行动”首场招聘会, 召开推进“街巷长”共创共享会商大会); a place's quoted document
    (芷兰街道“街巷长”方案); drives for a civic title (创建省级文明城市, its 倡议书); selections of
    the ten (hundred) best (评选推出攸县十大名菜, 被评为…中国美丽乡村百佳范例);
  * quoted honour titles awarded in a list (被评为…、邵阳市“抓党建促脱贫先进单位”, 对永州“十佳…”
    “十佳…”进行了表彰: program_honour_heads.txt) and drives for an honour title of a level
    (争创全省、全国粮食生产先进市, 力创省级文明单位);
  * the items of a list closed by a count of campaigns that counts them all (A、B…和H等八大专项
    行动), the sites of an inspection tour with two or more projects among them (先后来到A项目、
    B中心…以及E项目等地), named roads and bridges after a verb of building (开工建设S305东洋渡
    大桥, 抓好龙阳公路建设) and built sites opening a clause before the verb of their stage of building
    (苏宝顶风电场并网发电, 疏港公路累计完成投资…), unquoted theme years before 活动 (产业项目建设年活动), the campaign a
    notice launches (关于组织开展…八大行动的通知), an X长制's unbracketed plan (林长制实施方案).

Unquoted …专项行动/…专项整治 name a campaign by a topic of four characters or more (提振消费专项行动),
…攻坚战 by a count or such a topic (内需扩量提效攻坚战), a quote right before them being the
campaign's own name; one program a document names bare and behind a single qualifier (a period
before an event, its own place before a campaign, a head word after a campaign) is one program.

Quoted speech (long, sentence punctuation, 我/我们), quoted epithets after 系 (,系“三湘第一镇”。),
quoted holidays before a period word (“十一”黄金周), congresses counted by 次 (party congresses),
norms the work conforms to (符合…制度), a congress named by its term alone (…第五届人民代表大会: a
body), quoted metaphors without a marker
(“及时雨”), quoted seasons before 期间 (“两节两会”期间), classes of projects (湖南省级重点项目,
2017年度重点项目, 八大重点项目, 等4个农旅融合发展项目) and generic political phrases
(`program_stoplist.txt`) are not programs.

Each program gets the place that runs it: the whole country (NATIONAL, a place labelled 全国
outside the gazetteer's tree) for national programs (中央…, 全国…, 国务院…, a year before them,
中央 right before the name, 《…法》 laws, program_national.txt), an explicit place in or just before
the name (the deepest of an address chain; a place outside the one before it, 东莞市|湖南祁阳商会…,
opens a body's name and leaves the chain), the province for 省/全省/省级 before or heading the name and for the provincial
programs of program_provincial.txt, the prefecture above the article's place for 市级/州级
(市级党建示范村), else the nearest place or organisation earlier in the sentence, else the
last place of the paragraph or the two before it, else the article's place (for a lone headline
line naming no place, 政府工作报告, the place of the body it heads); for a section's heading line with
no place, “三上”，帮企业找大市场, the first place of the section's next paragraphs). A place written
as a level label (湘潭市级层面) or inside a project's name (湘乡经开区城西…项目) runs no other
program; a park that is the whole name (道县广新运动用品产业园) is run by the place above it. A road
named by its two ends (永顺县城至石堤公路) is built by the report's place, not by the end inside it. An event whose organiser the text names (由省政府主办)
is run by the lead organiser's place (承办 bodies and the venue only host it); a strategy
the local work fits into (适应“一带一路”战略新要求) is not run locally; a place naming where a
product comes from (衡阳特产) runs nothing; a fair named without its host whose prize a local product
wins or at which a place signs deals (斩获农博会金奖) is attended, not run: no place. A company named just before the program, in the same
clause, makes it company-internal (no place, org = the company), as does a company's back
reference (该公司…) opening a clause of its paragraph with no place named after it; a company or place inside an
earlier listed project's name (瑞卓科技|塑胶制品生产线项目) runs none of the later items. A place in
brackets right before the name (中国·湖南(南县)|首届…艺术节) runs it; the province opening a
project's name (湖南揽胜科技) does not; a program named after a level's body (市委…现场推进会)
is that level's in context; the partner after 联合/会同/协同 and the venue of 在X举行 with a subject
before it (湘西州在上海举行…) do not run it; a village or community opening its sentence as the
subject (洪家洲社区依托…) runs what its paragraph reports; a body or place in a 在…下 clause only
guides the work; 在全县举办的 makes the whole county the runner; a place inside an earlier 《…》
title the text implements (贯彻落实《湖南省…》) is that document's author; a park of a county
(…/祁阳现代农业产业园) is run by the county; a county's back reference (该县, 本市) earlier in the
program's paragraph runs it when no runner is named in its sentence or after that word. A
congress session written short (县十八届人大七次会议) takes the full name the document writes.
A place that owns the economy a clause serves (为湘潭市经济社会高质量发展…, 充当着益阳经济发展的
“火车头”) runs nothing; a place above the article's own place heading a leader's title
(湘潭市委副书记、市长…出席 at a zone's ceremony) is a guest and runs no later paragraph's program.
A model or rule in a sentence naming a village's committees (协助村支两委制定…, 由村党总支书记任…,
…”长乐村党支部书记说) is that village's (农村党支部: a class, not one village).
A work team or first secretary stationed in a village (帮扶工作队进村以来…, a quote whose speaker
was introduced as 驻村第一书记) does that village's work, unless it follows a level's requirement.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from .gazetteer import Gazetteer
from .lexicon import load_lines, load_list, load_longest_first, load_table
from .model import Article, Document, OrgMention, PlaceMention, ProgramKind, ProgramMention, Span
from .numbers import MEASURE_PREDICATES, counted_before
from .text import CJK, is_subsequence
from .places import is_enumerated, zone_class

# ---------------------------------------------------------------- lexicons

_NUMERALS = "一二三四五六七八九十两百千万"
_SENTENCE_PUNCT = "。！？!?；;：:"
_COMMAS = "，,"
_SPEECH_WORDS = ("我", "你", "您", "咱")
_ABBREVIATION_CUES = ("简称", "以下简称", "称为", "俗称", "誉为", "授予", "评为", "荣获", "称号")
_INTRO_VERBS = ("推行", "推出", "开展", "实施", "实行", "启动", "深化", "创新", "探索", "建立",
                "开通", "举办", "组织", "出台", "落实", "评选")
# 打造“三个高地”, 推进“三大会战”, 创建“五好”园区, 建设“五个新衡阳”, 打好“六大战役”, 抓好“四个
# 提升”, 做好“十个统筹”: verbs that introduce numbered codes only (打造“人才链”, 建设“质量关” are
# metaphors)
_CODE_VERBS = _INTRO_VERBS + ("打造", "推进", "创建", "建设", "打好", "打赢", "抓好", "做好",
                              "狠抓", "紧抓")   # 狠抓“五个突出”“三个有力”
_PROVINCE_CUES = ("全省", "省")
_PLACE_TYPE_NOUNS = ("园区", "示范区", "乡镇", "村", "社区")
_OPEN_CLOSE = {"“": "”", "「": "」", "‘": "’", "《": "》", "『": "』"}
_OPENER_OF = {closer: opener for opener, closer in _OPEN_CLOSE.items()} | {'"': '"'}
_PROVINCE_NAME_PREFIXES = ("省级", "省委", "省政府", "全省", "省重点民生实事")   # 省级美丽乡村示范创建村: run by the province
_DEFAULT_PROVINCE = "430000"   # Hunan: the newspapers' own province
# The jurisdiction of national programs (精准扶贫, 中央经济工作会议, 全国…): the whole country, a
# place key outside the gazetteer (the graph writes it as a place labelled 全国, no level, no
# parent: Hunan is not placed under it, so no place's ancestry changes)
NATIONAL = "全国"


@dataclass(frozen=True)
class Marker:
    word: str
    kind: ProgramKind
    reach: str        # adjacent | near | inside
    strong: bool


@lru_cache(maxsize=1)
def quote_markers() -> tuple[Marker, ...]:
    """Markers of quoted names, longest first (program_markers.tsv)."""
    rows = [Marker(r[0], r[1], r[2], r[3] == "strong") for r in load_table("program_markers.tsv")]  # type: ignore[arg-type]
    return tuple(sorted(rows, key=lambda m: -len(m.word)))


@lru_cache(maxsize=1)
def unquoted_markers() -> tuple[tuple[str, ProgramKind, str], ...]:
    """(marker, kind, test) for unquoted names, longest first."""
    rows = [(r[0], r[1], r[2]) for r in load_table("program_unquoted_markers.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _unquoted_marker_table() -> dict[str, tuple[ProgramKind, str]]:
    """marker -> (kind, test) of `unquoted_markers`, longest first."""
    return {m: (k, t) for m, k, t in unquoted_markers()}


@lru_cache(maxsize=1)
def _unquoted_regex() -> re.Pattern[str]:
    words = "|".join(re.escape(m) for m, _, _ in unquoted_markers())
    return re.compile(f"(?:{words})")


@lru_cache(maxsize=1)
def _stoplist() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = load_lines("program_stoplist.txt")
    exact = frozenset(e for e in entries if not e.startswith("~"))
    contained = tuple(e[1:] for e in entries if e.startswith("~"))
    return exact, contained


# 一期工程基本竣工, 第一期工程开发建设8000亩, 二期项目: a phase of a project written alone is part of the
# project the text names elsewhere (or of none), not a program of its own
_PHASE_ONLY = re.compile(f"第?[0-9{_NUMERALS}]+期(?:工程|项目|工程项目)?")


def is_stoplisted(name: str) -> bool:
    """A generic political phrase or ideology slogan (program_stoplist.txt), or a project's phase
    written alone (一期工程)."""
    exact, contained = _stoplist()
    return name in exact or any(c in name for c in contained) or bool(_PHASE_ONLY.fullmatch(name))


# ---------------------------------------------------------------- quotes

@dataclass(frozen=True)
class Quote:
    """A quoted or 书名号 phrase: `span` covers the marks, `inner` the text between them."""

    span: Span
    inner: Span
    mark: str          # the opening mark


def find_quotes(doc: Document) -> list[Quote]:
    """All quoted phrases of the document in text order.

    Typographic pairs are matched innermost-first per mark type and may run over one
    line break (OCR lines that were not joined). Straight double quotes are paired in
    order within a paragraph, skipping a stray mark when the text it would enclose is a
    sentence rather than a phrase.
    """
    quotes: list[Quote] = []
    text = doc.text
    for opener, closer in _OPEN_CLOSE.items():
        marks = re.escape(opener + closer)
        pattern = re.compile(f"{re.escape(opener)}([^{marks}\n]{{1,80}}(?:\n[^{marks}\n]{{1,40}})?){re.escape(closer)}")
        for m in pattern.finditer(text):
            quotes.append(Quote(Span(m.start(), m.end()), Span(m.start() + 1, m.end() - 1), opener))
    for para in doc.paragraphs or [Span(0, len(text))]:
        marks = [i for i in range(para.start, para.end) if text[i] == '"']
        k = 0
        while k + 1 < len(marks):
            a, b = marks[k], marks[k + 1]
            inner = text[a + 1:b]
            if 0 < len(inner) <= 40 and not any(ch in inner for ch in "。！？；"):
                quotes.append(Quote(Span(a, b + 1), Span(a + 1, b), '"'))
                k += 2
            else:
                k += 1
    quotes.sort(key=lambda q: q.span.start)
    return quotes


def clean(name: str) -> str:
    """A program name without whitespace, quotes or 书名号, Latin Roman numerals after a
    Chinese word written as Roman numeral characters (永警利剑 II·定点清查 → 永警利剑Ⅱ·定点清查,
    so that both spellings of one page name one program)."""
    bare = re.sub(r"[\s“”\"'‘’《》「」『』〈〉]", "", name)
    return _LATIN_ROMAN.sub(lambda m: _ROMAN[m.group(0)], bare)


_ROMAN = {"III": "Ⅲ", "II": "Ⅱ", "IV": "Ⅳ"}
_LATIN_ROMAN = re.compile("(?<=[\u4e00-\u9fff])(?:III|II|IV)(?=[·\u4e00-\u9fff]|$)")


def numeral_count(name: str) -> int:
    """How many Chinese numerals the name has (三高四新 → 2)."""
    return sum(1 for ch in name if ch in _NUMERALS)


def is_code(name: str) -> bool:
    """A number code used as a program name: 三高四新, 一单四制, 1+1+N, 一书、三单、一表.

    Several numerals, a '+' formula, or a list of short items each with a numeral.
    """
    if "+" in name and len(name) <= 30:
        return True
    items = re.split("[、]", name)
    if len(items) > 1:
        return all(1 <= len(i) <= 6 for i in items) and sum(numeral_count(i) > 0 for i in items) >= len(items) - 1
    return numeral_count(name) >= 2 and len(name) <= 12 and _dense_numerals(name)


# 一方水土养不好一方人: numerals that repeat across a saying's two halves are no code; a code's
# numerals head its short parts (三高四新, 一村一品, 五个一批), a few characters apart at most
_CODE_PART_MAX = 4


def _dense_numerals(name: str) -> bool:
    """Are the numerals of `name` at most _CODE_PART_MAX characters apart?"""
    at = [i for i, ch in enumerate(name) if ch in _NUMERALS]
    return all(b - a - 1 <= _CODE_PART_MAX for a, b in zip(at, at[1:]))


_BIG_COUNT = re.compile(f"[{_NUMERALS}]+大")     # 六大战役, 五大方面: a count of big classes
_NUMBERED_DUTY = re.compile(f"[{_NUMERALS}]+要")  # 一要…二要…: the duties a speech lists


def code_kind(name: str) -> ProgramKind:
    """The kind of a quoted numbered code no marker names: 六大战役, 三大会战, 七大攻坚 (a count of
    big tasks, N大…) are campaigns; other codes (一单四制, 四个签字背书, 两个清单) name how work is
    done: mechanisms."""
    return "campaign" if _BIG_COUNT.match(name) else "mechanism"


def is_count_package(name: str) -> bool:
    """“30条”: a numbered package of measures named by the words before it (基础教育“30条”)."""
    return bool(re.fullmatch(f"[0-9{_NUMERALS}]+条", name))


# 打好“发展六仗”: a two-character topic, then the count of its tasks and their one-character class
# (仗, 招, 策): a code whose numeral is not its first character; 最后一米 and 第一仗 (a rank, not a
# count) are no code
_TOPIC_COUNT = re.compile(f"(?![最第])[\u4e00-\u9fff]{{2}}[{_NUMERALS}][\u4e00-\u9fff]")


def is_short_code(name: str) -> bool:
    """A numeral with a few characters (三员, 五心, 四个签字背书), digits (7531), or a topic
    with its count (发展六仗)."""
    if re.fullmatch(r"[0-9]{2,6}", name) or _TOPIC_COUNT.fullmatch(name):
        return True
    return numeral_count(name) >= 1 and len(name) <= 8 and name[0] in _NUMERALS + "新"


# “我为群众办实事”实践活动, “村庄清洁我行动 我是党员我捐绿”启动仪式: a marked slogan in the first person
# may run to two short halves (sixteen characters); longer marked quotes with a pronoun are speech
_MARKED_SLOGAN_MAX = 16


def looks_like_speech(name: str, marked: bool = False) -> bool:
    """Quoted speech or a sentence, not a name.

    Sentence punctuation, more than 30 characters, or a first/second person pronoun —
    unless a strong marker follows a short phrase (“我为群众办实事”实践活动).
    """
    if any(ch in name for ch in _SENTENCE_PUNCT) or name.endswith(("……", "…")) or len(name) > 30:
        return True
    if marked and len(name) <= _MARKED_SLOGAN_MAX and not any(c in name for c in _COMMAS):
        return False
    return any(w in name for w in _SPEECH_WORDS)


def following_phrase(text: str, pos: int, limit: int = 10) -> str:
    """The text after `pos` up to the next punctuation, quote or line end (at most `limit` chars)."""
    out = []
    for ch in text[pos:pos + limit]:
        if ch in "，,。、；;：:！？!?()（）“”\"「」‘’《》\n ·—":
            break
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _markers_after() -> tuple[Marker, ...]:
    """The markers written after a quote (every reach but "inside"), longest first."""
    return tuple(m for m in quote_markers() if m.reach != "inside")


def marker_after(text: str, pos: int) -> Marker | None:
    """The program marker that follows a closing quote at `pos` (adjacent or near)."""
    phrase = following_phrase(text, pos)
    if phrase.startswith("的"):
        phrase = phrase[1:]
    best: Marker | None = None
    best_at = len(phrase) + 1
    continuations = load_list("programs_marker_continuations.txt")
    for marker in _markers_after():
        at = phrase.find(marker.word)
        if at < 0 or (marker.reach == "adjacent" and at != 0):
            continue
        if phrase.startswith(continuations, at + len(marker.word)):
            continue
        if at < best_at:
            best, best_at = marker, at
    if best is None and _SYSTEM_PHRASE.fullmatch(phrase):
        best = next((m for m in _markers_after() if m.word == "制"), None)
    return best


# “小巷管家”巡查制, “网格员”包保制: a short system word (a verb or noun of the work, then 制) right
# after the quote, ending the phrase, names the system the quoted role works in
_SYSTEM_PHRASE = re.compile("[\u4e00-\u9fff]{1,3}制")


def marker_inside(name: str) -> Marker | None:
    """The marker a name ends with (营商环境优化年 → 年), if the name is long enough for it."""
    for marker in quote_markers():
        if marker.reach != "inside" or not name.endswith(marker.word):
            continue
        rest = name[: -len(marker.word)]
        if len(rest) < 2:
            continue
        if marker.word == "节" and (name.endswith(tuple(load_lines("program_holidays.txt")))
                                    or not _festival_word(name)):
            continue
        if marker.word == "项目" and len(rest) < 3:
            continue     # “重点项目”, “优秀项目”: a class of projects, not one (“徐特立项目”)
        if marker.word == "年" and (len(name) < 5 or rest[-1] in _NUMERALS + "0123456789今去明全半每少老青中成周新"):
            continue
        if marker.word == "季" and (len(name) < 4 or rest[-1] in _NUMERALS + "0123456789旺淡春夏秋冬雨第当"):
            continue
        return marker
    return None


# “迎春拔节”的进度, 关键环节: a word that merely ends in 节 (拔节 'to joint', a verb; 环节, 季节,
# 细节 …) names no festival; the festival's 节 stands alone (油菜花|节) or heads a noun (艺术节)
_NOT_FESTIVAL_WORDS = ("环节", "季节", "细节", "章节", "关节", "礼节", "情节", "时节", "节节", "调节", "音节")


def _festival_word(name: str) -> bool:
    """Does the 节 ending `name` end a festival's name (not a verb or a word like 环节)?"""
    last, flag = _tagged(name)[-1]
    return not flag.startswith("v") and not last.endswith(_NOT_FESTIVAL_WORDS)


def _chain_marker(doc: Document, quotes: list[Quote], i: int) -> Marker | None:
    """The marker after quote i, looking past a chain of quotes joined by 、/和/与/及/暨/等."""
    text = doc.text
    j = i
    while True:
        end = quotes[j].span.end
        marker = marker_after(text, end)
        if marker is not None:
            return marker
        gap = re.match(r"[、和与及之暨]?", text[end:end + 1])
        nxt = end + (len(gap.group(0)) if gap else 0)
        if j + 1 < len(quotes) and quotes[j + 1].span.start == nxt:
            j += 1
            continue
        after = text[end:end + 1]
        if after == "等":
            return marker_after(text, end + 1) or _class_marker_after(text, end + 1)
        closed = _LIST_TAIL.match(text, end)
        if closed is not None:
            return marker_after(text, closed.end())
        return None


# “公益小天使”“新时代文明好少年”等一批叫得响、立得住、传得开的活动品牌: after 等, a batch word
# (一批, 一系列) and a praising clause closed by 的 before the class noun the quoted items are
# examples of; the marker of that noun names them as it would right after 等
_BATCH_CLAUSE = re.compile("一(?:批|系列)[\u4e00-\u9fff、]{0,16}?(?=的)")


def _class_marker_after(text: str, pos: int) -> Marker | None:
    """The marker of the class noun after 一批…的 at `pos` (see _BATCH_CLAUSE), else None."""
    batch = _BATCH_CLAUSE.match(text, pos)
    return marker_after(text, batch.end()) if batch else None


# 娄底旅发大会、“娄超”、马拉松等活动: unquoted items after the quote, then 等 and the marker
_LIST_TAIL = re.compile("(?:、[\u4e00-\u9fff“”]{1,10}){1,3}等")


def _introduced_by_verb(text: str, start: int, verbs: tuple[str, ...] = _INTRO_VERBS) -> bool:
    before = text[max(0, start - 4):start]
    return any(before.endswith(v) for v in verbs)


_CHAIN_GAP = re.compile(r"[、和与及]?")
_CHAIN_MAX = 8          # quotes looked back over in a chain: the walk stays local


def _chain_introduced_by_verb(text: str, quotes: list[Quote], i: int,
                              verbs: tuple[str, ...] = _INTRO_VERBS) -> bool:
    """建立“支部小家连大家”“五重守初心”“红色星期五”等: quote i, or the first quote of the
    chain of adjacent quotes it ends, is the object of a working verb (推行, 建立, 组织 …)."""
    j = i
    for _ in range(_CHAIN_MAX):
        if _introduced_by_verb(text, quotes[j].span.start, verbs):
            return True
        if j == 0:
            return False
        prev_end = quotes[j - 1].span.end
        gap = text[prev_end:quotes[j].span.start]
        if prev_end > quotes[j].span.start or len(gap) > 1 or not _CHAIN_GAP.fullmatch(gap):
            return False
        j -= 1
    return False


_OBJECT_GAP_MAX = 6      # 实行|用水服务|“一网通办”, 推进|政务服务事项|“一窗通办”
_GAP_VERBS = _INTRO_VERBS + ("推进", "聚焦")   # 聚焦|市委|“四大定位”: the body whose code it is


def _object_of_verb_phrase(text: str, start: int) -> bool:
    """实行用水服务“一网通办”: a working verb, then a few nouns naming the field, then the
    quote: the quote names how that field is run."""
    window = text[max(0, start - _OBJECT_GAP_MAX - 2):start]
    for verb in _GAP_VERBS:
        at = window.rfind(verb)
        if at < 0:
            continue
        gap = window[at + len(verb):]
        if 2 <= len(gap) <= _OBJECT_GAP_MAX and all(CJK.match(ch) for ch in gap) \
                and all(flag in {"n", "vn", "nz"} for _, flag in _tagged(gap)):
            return True
    return False


_CLAUSE_OPENERS = frozenset("。；;！？!?：:\n#")
_NAME_FOLLOWERS_NOT = frozenset("的等和与及之、")


def _opens_a_clause(text: str, quote: Quote) -> bool:
    """“税惠春风”助力制造业企业… / ；“希望小屋”在望城区…: a quoted name that opens a headline
    or a clause and is the subject of the words right after it."""
    before = text[max(0, quote.span.start - 3):quote.span.start].rstrip(" #")
    after = text[quote.span.end:quote.span.end + 1]
    opened = not before or before[-1] in _CLAUSE_OPENERS
    return opened and bool(after) and bool(CJK.match(after)) and after not in _NAME_FOLLOWERS_NOT


# 利用“宣讲+体验”的方式: a quote without numerals followed by these words names a manner of
# working, not a program (a numbered code is a named method: 以“四不两直”的方式督查)
_MANNER_FOLLOWERS = ("的方式", "方式", "的形式", "形式", "的手段")
# 采取“支部+党员+基地+能人+农户”的形式: three or more parts joined by + are a model of
# organising the work (a mechanism) whatever word follows (“宣讲+体验”的方式 stays a manner)
_MODEL_PARTS = 3
_HEADLINE_PLACE = re.compile(r"(?:^|\n)[#\s]*[\u4e00-\u9fff]{2,8}[：:]\s*$")   # 桂阳：| 永州冷水滩区：
_NAME_MIN, _NAME_MAX = 3, 8


def _unmarked_name(text: str, quotes: list[Quote], i: int, name: str, abbreviated: frozenset[str]) -> bool:
    """A quoted name with no marker that still names a program: the object of a working verb
    (alone or heading a chain of quotes), or the subject opening a clause; 3–8 characters
    (two after a headline's place: 桂阳：“金叶”赋能…), not a manner word (保姆式), not the
    name of a team or office (…团, …办), not an abbreviation the text introduced (简称“党联会”).
    Codes (三员, 五重守初心) have their own rules before this one."""
    if not all(CJK.match(ch) for ch in name) or len(name) > _NAME_MAX:
        return False
    if len(name) < _NAME_MIN:
        start = quotes[i].span.start
        return len(name) == _NAME_MIN - 1 and _opens_a_clause(text, quotes[i]) \
            and bool(_HEADLINE_PLACE.search(text[max(0, start - 12):start]))
    if name.endswith("式") or name in abbreviated:
        return False
    if name.endswith(tuple(load_lines("programs_team_suffixes.txt"))):
        return False
    if _chain_introduced_by_verb(text, quotes, i) or _object_of_verb_phrase(text, quotes[i].span.start):
        return not _modifies_next_noun(text, quotes, i)
    return _opens_a_clause(text, quotes[i])


def _modifies_next_noun(text: str, quotes: list[Quote], i: int) -> bool:
    """推出“错位时空”特别版MV: a verb's quoted object that runs straight into more words
    (no 的/等/、, no further quote, no program marker in the phrase after it) is a modifier
    of the noun after it, and that noun is what the verb introduces."""
    end = quotes[i].span.end
    after = text[end:end + 1]
    if not after or not CJK.match(after) or after in _NAME_FOLLOWERS_NOT or after in _COPULAS:
        return False
    if i + 1 < len(quotes) and quotes[i + 1].span.start == end:
        return False
    phrase = following_phrase(text, end, limit=_MODIFIED_NOUN_MAX)
    return not any(m.word in phrase for m in _markers_after())


_COPULAS = frozenset("为是")   # 以评选“文明整洁小院巷”为抓手: the quote is the object, not a modifier
_MODIFIED_NOUN_MAX = 16   # 组织“雷锋精神代代传”大型线下线上火炬传递活动: a marker this far still names it


def abbreviations(doc: Document, quotes: list[Quote]) -> frozenset[str]:
    """Names the text introduces as abbreviations (简称“党联会”): bodies, not programs."""
    return frozenset(clean(doc.slice(q.inner)) for q in quotes if _after_abbreviation_cue(doc.text, q.span.start))


_ABBREVIATION_BEFORE = re.compile("(?:" + "|".join(map(re.escape, _ABBREVIATION_CUES)) + ")为?$")


# 入列中国百强镇,系“三湘第一镇”。: a quoted title after the copula 系 that closes the sentence says
# what the place is (an epithet), not a program it runs
_TITLE_COPULAS = ("系",)


def _predicate_title(text: str, quote: Quote) -> bool:
    """Is the quote the predicate of a copula opening its clause (,系“…”) and ending its
    sentence? (关系“连心桥”: 系 ends a word there.)"""
    return text[quote.span.start - 1:quote.span.start] in _TITLE_COPULAS \
        and text[quote.span.start - 2:quote.span.start - 1] in ("，", ",") \
        and text[quote.span.end:quote.span.end + 1] in ("。", "；", ";", "！", "")


def _after_abbreviation_cue(text: str, start: int) -> bool:
    """Does an abbreviation cue (简称, 以下简称为 …) end right before `start`?"""
    return _ABBREVIATION_BEFORE.search(text, max(0, start - 6), start) is not None


def document_short_forms(doc: Document, quotes: list[Quote]) -> dict[str, str]:
    """《益阳市…若干政策措施》(以下简称《政策措施》) … 《政策措施》结合…: the short title a document is
    given right after its full title names that document wherever it is written again:
    {short: full title}."""
    forms: dict[str, str] = {}
    for before, quote in zip(quotes, quotes[1:]):
        if quote.mark != "《" or before.mark != "《" or not _after_abbreviation_cue(doc.text, quote.span.start):
            continue
        if not _SHORT_FORM_GAP.fullmatch(doc.text[before.span.end:quote.span.start]):
            continue
        full = document_title(doc, before)
        if full:
            forms.setdefault(clean(doc.slice(quote.inner)), full)
    return forms


# between a full title and its short form: (以下简称, ，简称 …; the cue itself is checked apart)
_SHORT_FORM_GAP = re.compile("[ 　]*[(（，,]?[\u4e00-\u9fff]{0,5}")


def _explained_after(text: str, end: int) -> bool:
    """“五心”(核心、热心…) / “三干”，即… : a code followed by its explanation."""
    return bool(re.match(r"[（(]|[，,]即|[：:]", text[end:end + 2]))


# “两节两会”期间, “五一”期间: a quoted season followed by 期间 is a period of time, not a program
_PERIOD_AFTER = ("期间", "黄金周", "小长假", "长假", "假期", "前夕")   # “十一”黄金周: a holiday, not a program
# 学习贯彻习近平总书记“七一”重要讲话精神: a quote right before the speech noun names the speech by its day
# or place (“七一”, “3·18”), a text read and studied, not a program
_SPEECH_AFTER = ("重要讲话", "讲话精神", "重要指示", "重要论述", "重要回信")


# 新增“两品一标”6个, 全县“两品一标”认证产品达74个: a quoted code counted right after it (or after the
# noun it classes and 达/有/共) names a category of a statistic, not a program; a task completed and
# counted by its output (完成“个转企”357户) is still the program
_COUNTED_AFTER_QUOTE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:达到|达|共计|共有|有))?[0-9.]+[个家项件户所座]")
_TASK_VERBS = ("完成", "实施", "开展", "推进", "落实", "实现")


def _counted_category(text: str, quote: Quote) -> bool:
    """Is the quote a category counted right after it (新增“两品一标”6个)?"""
    if not _COUNTED_AFTER_QUOTE.match(text, quote.span.end):
        return False
    return not text[max(0, quote.span.start - 3):quote.span.start].endswith(_TASK_VERBS)


def classify_quote(doc: Document, quotes: list[Quote], i: int, counts: dict[str, int],
                   abbreviated: frozenset[str] = frozenset()) -> tuple[str, ProgramKind] | None:
    """(name, kind) when quote i names a program, else None (`abbreviated`: names the
    text introduced as abbreviations)."""
    quote = quotes[i]
    text = doc.text
    name = clean(doc.slice(quote.inner))
    if not name or quote.mark == "《":
        return None
    if _after_abbreviation_cue(text, quote.span.start) or text.startswith(_PERIOD_AFTER, quote.span.end) \
            or text.startswith(_SPEECH_AFTER, quote.span.end) or _predicate_title(text, quote) or _counted_category(text, quote):
        return None
    if "——" in name:
        head = name.split("——", 1)[0]
        name = head if len(head) >= 2 else name
    document = _document_named_after(text, quote.span.end)
    if document and not looks_like_speech(name) and len(name) >= 2:
        return name + document, "policy_document"
    noun = _place_type_noun(text, quote.span.end)
    if not noun and not numeral_count(name) and name.count("+") < _MODEL_PARTS - 1 \
            and text.startswith(_MANNER_FOLLOWERS, quote.span.end):
        return None
    after = marker_after(text, quote.span.end + len(noun))
    chained = after or _chain_marker(doc, quotes, i)
    if looks_like_speech(name, chained is not None) or is_stoplisted(name) \
            or len(name) < 2 and not name.isdigit():
        return None
    if name in load_lines("program_national.txt"):
        return name, "campaign"          # “六稳”“六保”: a national campaign, however short
    if is_count_package(name):
        head = name_before(text, quote.span.start)
        return (head + name, "policy_document") if len(head) >= 2 else None
    has_comma = any(c in name for c in _COMMAS)
    inside = marker_inside(name)
    if has_comma and not (chained and chained.strong):
        return None
    extended = name + noun
    if chained is not None and chained.strong:
        return extended, (inside.kind if inside else chained.kind)
    if inside is not None:
        return extended, inside.kind
    if is_code(name):
        return extended, chained.kind if chained else code_kind(name)
    if is_short_code(name):
        if name.isdigit():
            return (name, chained.kind) if chained else None
        if chained or _explained_after(text, quote.span.end + len(noun)) \
                or _chain_introduced_by_verb(text, quotes, i, _CODE_VERBS) or counts.get(name, 0) >= 2 \
                or _object_of_verb_phrase(text, quote.span.start):
            return extended, chained.kind if chained else code_kind(name)
        return None
    if name.endswith(_TOWN_BRANDS) and len(name) > 2 and _introduced_by_verb(text, quote.span.start, _GOAL_VERBS):
        return extended, "project"      # 打造“月饼小镇”: a themed town built as a project
    if not has_comma and _unmarked_name(text, quotes, i, name, abbreviated):
        return extended, "campaign"
    if not has_comma and _place_brand_goal(text, quotes, i, name):
        return name, "campaign"         # 打造中部地区“材料谷”, 全力打造“幸福中乡”: the place it sets out to be
    goal = _goal_after(text, quote)
    if goal and not has_comma:
        return name + goal, "campaign"
    return None


# 打造“近悦远来”老年友好城市: a quoted motto heading the kind of city a place sets out to
# become, after a building verb, names that goal as a campaign
_GOAL = re.compile("[\u4e00-\u9fff]{0,6}?(?:城市|之城|名城|示范区|示范县|示范市)(?=[，,。；;、])")
_GOAL_VERBS = ("打造", "建设", "创建")


_TOWN_BRANDS = ("小镇", "特色小镇")

# 打造中部地区“材料谷”, 全力打造“幸福中乡”: a quoted name ending in a kind of place (a valley of an
# industry, a city, a capital, a township, a port) after a building verb is the brand a place sets
# out to become, a campaign it runs; a few nouns may say where it stands (中部地区). Not a quote
# heading the noun after it (打造“同幸蜂蜜”品牌) nor a metaphor of another head (打造“人才链”).
_PLACE_BRAND_HEADS = ("谷", "城", "都", "乡", "镇", "港")
_PLACE_BRAND_GAP = re.compile(f"(?:{'|'.join(_GOAL_VERBS)})([\u4e00-\u9fff]{{0,6}})$")
_BRAND_MIN, _BRAND_MAX = 3, 6


def _place_brand_goal(text: str, quotes: list[Quote], i: int, name: str) -> bool:
    """Is quote i a place brand (…谷, …乡) after 打造/建设/创建 and at most a few nouns of where?"""
    if not _BRAND_MIN <= len(name) <= _BRAND_MAX or not name.endswith(_PLACE_BRAND_HEADS) \
            or not all(CJK.match(ch) for ch in name):
        return False
    start = quotes[i].span.start
    m = _PLACE_BRAND_GAP.search(text, max(0, start - 2 - 6), start)
    if m is None:
        return False
    gap = m.group(1)
    if gap and not all(flag in {"n", "ns", "nz", "f", "s"} for _, flag in _tagged(gap)):
        return False
    return not _modifies_next_noun(text, quotes, i)


def _goal_after(text: str, quote: Quote) -> str:
    """The goal phrase (老年友好城市) after a quote introduced by 打造/建设/创建, else ''."""
    if not _introduced_by_verb(text, quote.span.start, _GOAL_VERBS):
        return ""
    m = _GOAL.match(text, quote.span.end)
    return m.group(0) if m else ""


def _document_named_after(text: str, end: int) -> str:
    """“雷锋”德育品牌建设实施方案: the words after a closing quote that end in a policy
    document word (实施方案, 管理办法 …) make the quote the head of that document's name."""
    phrase = following_phrase(text, end, limit=14)
    if len(phrase) < 4:
        return ""
    for suffix in load_list("program_document_suffixes.txt"):
        if len(suffix) >= 3 and phrase.endswith(suffix):
            return phrase
    return ""


# words that open with a place-type noun but are no place: “三清一改”村庄清洁行动 is the village
# clean-up drive (村庄 'villages', 村民 'villagers'), not a “三清一改”村
_NOT_PLACE_TYPE_WORDS = ("村庄", "村民", "村容", "村级", "村务", "村干部", "社区居民")


def _place_type_noun(text: str, end: int) -> str:
    """“五好”园区 → 园区: the kind-of-place noun a quoted code names, kept in the name (not the
    first character of a longer word: “三清一改”村庄清洁行动)."""
    if text.startswith(_NOT_PLACE_TYPE_WORDS, end):
        return ""
    for noun in _PLACE_TYPE_NOUNS:
        if text.startswith(noun, end):
            return noun
    return ""


# 《长沙市…建设实施方案(送审稿)》: the stage of a draft in brackets after the title is not
# part of the document's name (the same 实施方案 is later adopted without it); another short
# bracket (试行, 暂行, 2023年版) stays in the name, and the words before it say what it is
_DRAFT_STAGE = re.compile("[(（](?:送审稿|征求意见稿|草案|讨论稿|修订稿|审议稿|初稿)[)）]$")
_TRAILING_BRACKET = re.compile("[(（](?:[^()（）]{1,6}|[0-9]{4}年?(?:[—–\\-~至到][0-9]{4}年?)?(?:年度|版)?)[)）]$")
# (试行), (2018—2022年), (2021年版): a short gloss or the period after the title's document word


def document_title(doc: Document, quote: Quote) -> str | None:
    """The name of a 《…》 policy document (without a draft stage in brackets after it), or
    None for books, poems and notices."""
    if _after_abbreviation_cue(doc.text, quote.span.start):
        return None       # (以下简称《任务分工》): the short form of the title just named
    name = _DRAFT_STAGE.sub("", clean(doc.slice(quote.inner)))
    head = _TRAILING_BRACKET.sub("", name)
    suffixes = load_list("program_document_suffixes.txt")
    if 3 <= len(head) <= 80 and any(head.endswith(s) for s in suffixes) or is_law(head):
        return name
    return None


# 《旅游法》, 《中华人民共和国安全生产法》: a 《…》 title ending in 法 is a law the national
# legislature passes (not 《…管理办法》, a method, a book of calligraphy or strategy)
_LAW = re.compile("[\u4e00-\u9fff]{2,20}法")
_NOT_LAW_ENDINGS = ("办法", "方法", "做法", "工作法", "作战法", "说法", "看法", "想法", "书法", "写法", "画法", "兵法",
                    "算法", "疗法", "手法", "技法", "用法", "玩法", "吃法")


def is_law(title: str) -> bool:
    """Does a 《…》 title (without its marks) name a law (see _LAW)?"""
    return _LAW.fullmatch(title) is not None and not title.endswith(_NOT_LAW_ENDINGS)


# ---------------------------------------------------------------- unquoted names

_STOP_CHARS = set("，,。、；;：:！？!?（）()“”\"「」‘’《》\n 　·—…%％")
_MEASURE = re.compile(r"^[0-9０-９.]+[个项家批条座所]?$|^[" + _NUMERALS + r"]+[个项家批条座所]$")


_BOUNDARY_FLAGS = ("p", "r", "d", "c", "u", "t", "y", "e", "o", "x")
_COUNTERS = "个项家批条座所次户"
_NAME_JOINERS = {"暨"}   # joins two parts of one event name (…三周年暨…竣工仪式)
# the words of a tagged window that end a program's name read backwards (_name_before_plain)
_LATIN_OR_DIGIT = re.compile("[0-9A-Za-z]")
_NUMBERED_ISSUE = re.compile(f"[{_NUMERALS}]+期")                  # 三期: part of the name
_NUMBER_WORD = re.compile(f"[0-9.{_NUMERALS}]+")
_COUNT_WORD = re.compile(f"[0-9.]+[{_COUNTERS}名位人]|[{_NUMERALS}]+[个项家批]")
_TIMES_WORD = re.compile(f"[{_NUMERALS}]+次")
_TERM_COUNT = re.compile(f"[0-9{_NUMERALS}]+")                     # 十八 before 届


@lru_cache(maxsize=1)
def _boundary_ending_lengths() -> tuple[int, ...]:
    """Lengths (≥2) of boundary words: a word ending in one of them is a boundary too."""
    return tuple(sorted({len(b) for b in load_lines("program_boundary_words.txt") if len(b) >= 2}))


_NAME_WINDOW = 30   # characters before a marker that its name may span


def name_before(text: str, marker_start: int, window: int = _NAME_WINDOW) -> str:
    """The name phrase ending at `marker_start`, read leftwards over whole words.

    Stops at punctuation, a boundary word (`program_boundary_words.txt`, or a word ending
    in one: 积极开展), a function word (preposition, pronoun, adverb, conjunction,
    particle, time word: jieba tags of this short window), or a count with its measure
    word (6个, 34个). A short bracketed gloss right before the marker is kept in the
    name: 市领导联系产业集群(产业链)|制度.
    """
    gloss = _BRACKET_GLOSS.search(text, max(0, marker_start - _GLOSS_MAX - 2), marker_start)
    if gloss is not None and gloss.end() == marker_start:
        head = _name_before_plain(text, gloss.start(), window)
        return head + gloss.group(0) if len(head) >= 2 else ""
    return _name_before_plain(text, marker_start, window)


_GLOSS_MAX = 8
_BRACKET_GLOSS = re.compile(f"[(（][\u4e00-\u9fff]{{1,{_GLOSS_MAX}}}[)）]")


_PAGE = "版"


def _name_before_plain(text: str, marker_start: int, window: int) -> str:
    """name_before without the bracketed gloss."""
    chunk = _reading_window(text, marker_start, window)
    dates = list(_FULL_DATE.finditer(chunk))
    if dates:
        chunk = chunk[dates[-1].end():]   # 领导小组 2021年9月3日|城步…: a document's signature date
    if not chunk:
        return ""
    boundary = load_lines("program_boundary_words.txt")
    tagged = _tagged(chunk)
    ending_lengths = _boundary_ending_lengths()
    kept: list[str] = []
    for n in range(len(tagged) - 1, -1, -1):
        word, flag = tagged[n]
        prev = tagged[n - 1][0] if n else ""
        if word in _ROUTE_JOINERS and n and _ROUTE.match("".join(reversed(kept))):
            kept.append(word)
            continue
        if (word in boundary or any(word[-k:] in boundary for k in ending_lengths if len(word) >= k)) \
                and (not _overlaps_next(word, kept) or word[-1] + kept[-1] in boundary):
            break      # 承办|好|…大会: an overlap that is itself a boundary word (办好) cuts as well
        if len(word) == 1 and len(prev) == 1 and prev + word in boundary:
            break      # 着力打|好|蓝天碧水净土保卫战: the tagger split a boundary verb (打好) in two
        if word in _titles() and n + 1 < len(tagged) and tagged[n + 1][1] == "nr":
            break      # 常务副县长|肖卫…: a program's name never holds an official and his name
        if flag.startswith(_BOUNDARY_FLAGS) and not _LATIN_OR_DIGIT.search(word) and word not in _NAME_JOINERS \
                and word not in _MODIFIER_TIME_WORDS \
                and not _NUMBERED_ISSUE.fullmatch(word) and not _session_word(word, prev) \
                and not _glued_time_character(word, flag, prev) and not _anniversary_word(word, prev):
            break
        if word in _COUNTERS + "名位人" + _PAGE and _NUMBER_WORD.fullmatch(prev or "-"):
            break      # 3版|第十三届中部博览会: a page of an e-paper's index opens no name
        if _COUNT_WORD.fullmatch(word):
            break
        if _TIMES_WORD.fullmatch(word) and not prev.endswith("届") \
                and not _term_before(text, marker_start - sum(len(w) for w in kept) - len(word)):
            break      # 举办一次|民营企业座谈会: a frequency, not the session (六届五次全体会议)
        kept.append(word)
    name = "".join(reversed(kept))
    return name[_straddled(text, marker_start - len(name)):]


# 湘西北|现代|装饰建材商贸城项目, 农安家富|现代|养殖立体生态农业项目: 现代 'modern' is tagged a time
# word but inside a name it qualifies the trade (现代农业, 现代物流); no clause opens with it
_MODIFIER_TIME_WORDS = frozenset({"现代"})


def _glued_time_character(word: str, flag: str, prev: str) -> bool:
    """A single character the tagger calls a time word inside a phrase (防汛|备|汛/t|工作会议):
    a clause is opened by a time phrase (今年, 下午, 近日), never by one such character glued to
    the word before it. 节 and other one-character markers end another program's name
    (2018湖南油菜花节|媒体踩线五大活动) and stay a boundary."""
    return len(word) == 1 and flag == "t" and bool(prev) and CJK.match(prev[-1]) is not None \
        and word not in _unquoted_marker_table()


def _anniversary_word(word: str, prev: str) -> bool:
    """周年 after a number (庆祝中国共产党成立100|周年|座谈会, 建县70|周年|大会): the anniversary an event
    marks, part of its name; the tagger reads 周年 as a time word that would open the clause."""
    return word == "周年" and bool(_NUMBER_WORD.fullmatch(prev))


# 县十八届人大一次会议: the term (十八|届) and the body elected for it (人大, 政协, 党代会) before
# a session's count; the tagger reads 届 as an adverb
_TERM_BEFORE = re.compile(f"[0-9{_NUMERALS}]届(?:人大|政协|党代会|人大常委会)?$")


def _term_before(text: str, end: int) -> bool:
    """Does a term (十八届, 十八届人大) end at `end`: the count after it is a session's?"""
    return _TERM_BEFORE.search(text, max(0, end - 10), end) is not None


def _session_word(word: str, prev: str) -> bool:
    """届 after a numeral (十八|届): part of a session's name, not an adverb."""
    return word == "届" and bool(_TERM_COUNT.fullmatch(prev))


def _reading_window(text: str, marker_start: int, window: int) -> str:
    """The `window` characters before a marker, after the last stop character among them:
    where a name read leftwards from the marker can lie."""
    chunk = text[max(0, marker_start - window):marker_start]
    for i in range(len(chunk) - 1, -1, -1):
        if chunk[i] in _STOP_CHARS:
            return chunk[i + 1:]
    return chunk


_FULL_DATE = re.compile("(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Official titles (the officials' lexicon titles.txt) of two characters or more."""
    return frozenset(t for t in load_lines("titles.txt") if len(t) >= 2)


def _overlaps_next(word: str, kept: list[str]) -> bool:
    """金|汇报|废汽车: the boundary word's last character and the one-character word after
    it make a dictionary word (报废) not much rarer than the boundary word (_OVERLAP_RATIO):
    the tagger cut an overlap, the boundary word is not really written here."""
    from .segmenter import default_word_freq

    if not kept or len(kept[-1]) != 1 or len(word) < 2:
        return False
    freq = default_word_freq()
    return freq.get(word[-1] + kept[-1], 0) * _OVERLAP_RATIO >= freq.get(word, 0) > 0


# How much rarer than the boundary word the word it overlaps may be and still be what is
# written: 报废 (107) beside 汇报 (1,563) is; 开河 (28) and 开市 (24) beside 召开 (9,138) are not
# (召开|河长制工作推进会, 召开|市十六届人大常委会…会议: the tagger cut them right).
_OVERLAP_RATIO = 20


def _straddled(text: str, start: int) -> int:
    """How many characters after `start` a boundary word reaches that begins before it: the
    tagger (or the reading window) split it (在维新镇出|席正大集团…: 出席 still ends the clause)."""
    words, lengths = _long_boundary_words()
    reach = 0
    for size in lengths:
        for at in range(max(0, start - size + 1), start):
            if text[at:at + size] in words:
                reach = max(reach, at + size - start)
    return reach


@lru_cache(maxsize=1)
def _long_boundary_words() -> tuple[frozenset[str], tuple[int, ...]]:
    """The boundary words of two characters or more, and their lengths."""
    words = frozenset(b for b in load_lines("program_boundary_words.txt") if len(b) >= 2)
    return words, tuple(sorted({len(w) for w in words}))


# 石牛寨至长庆公路改建工程: 至 joins the two ends of a route named before a road word; a line named
# by its ends is also a railway written 高铁 (长沙至赣州高铁) or a power or gas line (宁夏至湖南特高压
# 输电工程, A至B输气管道): the same two ends, another kind of line
_ROUTE_JOINERS = frozenset({"至", "到"})
_LINE_WORDS = "公路|高速|高铁|铁路|国道|省道|大道|快速路|干线|航道|通道|输电|输气|管道"
_ROUTE = re.compile(f"[\u4e00-\u9fff]{{1,6}}(?:{_LINE_WORDS})")


def _tagged(chunk: str) -> tuple[tuple[str, str], ...]:
    """(word, jieba flag) of a short window, from the dictionary alone (no HMM: only the tags
    of known function words matter here, and the HMM pass is the costly part). Not cached:
    a cache would only pay off on repeated text and would flatter the throughput benchmark."""
    from .segmenter import default_pos_cut

    return tuple(default_pos_cut(chunk, hmm=False))


def has_proper_word(name: str, gaz: Gazetteer) -> bool:
    """Does the phrase contain a proper-name word (unknown word, place, number, Latin)?"""
    if re.search(r"[0-9A-Za-z" + _NUMERALS + "]", name):
        return True
    from .segmenter import default_cut, default_word_freq

    freq = default_word_freq()
    for token in default_cut(name):
        if len(token) >= 2 and (freq.get(token, 0) == 0 or gaz.lookup(token)):
            return True
    return False


# words after 项目/工程 that show it is not the end of a name (项目负责人, 工程建设指挥部, 中交第二
# 航务工程局: a company)
# (长沙市人民代表大会|常务委员会副秘书长, …大会主席团: the congress as a body, whose standing
# committee or presidium follows)
_NAME_CONTINUATIONS = ("负责人", "指挥部", "建设指挥", "办公室", "公司", "单位", "部门", "经理", "名单", "局",
                       "常务委员会", "常委会", "主席团")


def _starts_with_count(phrase: str) -> bool:
    """10亿元以上…, 三类500强…, 164处…: a count, not a name; 投资10亿元以上|项目 is a
    class of projects by size, not a name either. A leading year is not a count."""
    if _LEADING_YEAR_WORD.match(phrase):
        return False      # 2021年|产业分红大会, 2017年度|易地扶贫搬迁安置点: the year of the program
    return bool(re.match(f"[0-9]|[{_NUMERALS}]+[{_COUNTERS}类处批]", phrase)) \
        or bool(_THRESHOLD.search(phrase))


# 2021年|产业分红大会, 2024|湖南文旅产业投融资大会 (an event's year written without 年), not 2000|万元
_LEADING_YEAR_WORD = re.compile("(?:19|20)[0-9]{2}(?:年度?(?![0-9])|(?=[\u4e00-\u9fff])(?![万亿千百个项家批条座所人元吨亩平米公户名位次届期年月日号]))")


_THRESHOLD = re.compile(r"[0-9.]+[万亿]?元以[上下]")


def _contains_place(phrase: str, gaz: Gazetteer) -> bool:
    return any(_is_place_name(phrase[i:j], gaz)
               for i in range(len(phrase)) for j in range(i + 2, min(len(phrase), i + 8) + 1))


def _is_place_name(name: str, gaz: Gazetteer) -> bool:
    """Is `name` a place's full or short name (what `gaz.lookup` finds, without listing the places)?"""
    return name in gaz.by_name or name in gaz.by_short


def _span_lookup(spans: list[Span]):
    """A function telling whether a position lies inside one of `spans` (bisection over
    the spans sorted by start, with the running maximum end so nested spans count)."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    reach: list[int] = []
    furthest = -1
    for s in ordered:
        furthest = max(furthest, s.end)
        reach.append(furthest)

    def inside(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < reach[i]

    return inside


# 等项目 / 等重点项目 / 等37个项目 closing a list: every item of the list is a project;
# 等8项制度 / 等3项机制: every item is a mechanism (河长会议、河库监管巡查等8项制度).
# …、邹岗山小天池景区登山大道等4个|农旅融合发展|项目: with a count, the class may carry its theme;
# an unnumbered count (银星公司技改、景湘源食品饮料、天塘山风电场等一批|优质新型工业|项目) is a count too;
# 推介了A、B、C在内的22个项目 (a list closed by 在内的 and a count) and A、B等重大技改项目 (projects of
# technical renovation, a class of the genre's reports) close it the same way;
# …、衡缘物流及新区完全中学等工程项目建设 and …、保靖汽车站、花垣佳民汽车站等站场建设: a class of works
# under construction closes the list as well
_LIST_OF_PROJECTS = re.compile(f"(?:等|在内的)(?:([0-9{_NUMERALS}]+个|一批|多个)[\u4e00-\u9fffA-Z]{{0,8}}?|(?:省|市|县|区)?(?:重点|重大)?(?:产业|建设|PPP|技改)?)(?:工程)?项目"
                               "|等(?:站场|场站|基础设施|设施)建设")
_LIST_OF_MECHANISMS = re.compile(f"等[0-9{_NUMERALS}]+项(?:制度|机制)")
_LIST_ITEM_MAX = 20
_MECHANISM_ITEM_MIN = 4


def listed_projects(text: str, gaz: Gazetteer, is_taken) -> list[tuple[Span, str, ProgramKind]]:
    """恒光科技、消防智创园等重点项目 / 湘容酒业…扩建项目、新新高速公路等项目: the items of a
    、-list closed by 等…项目 are named projects. An item must be a proper name (a word the
    dictionary lacks, a place, a number) or end in 项目 after a name of at least three
    characters; counts and generic words are not projects. Items of a list closed by
    等N项制度 are mechanisms when they have at least four characters."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for pattern, kind in ((_LIST_OF_PROJECTS, "project"), (_LIST_OF_MECHANISMS, "mechanism")):
        for m in pattern.finditer(text):
            items = _list_items(text, m.start(), kind, gaz, is_taken)
            if kind == "project" and m.group(1) and len(items) < 2 \
                    and not (items and items[0][1].endswith(_LABELLED_HEADS) and len(items[0][1]) >= _SIBLING_MIN):
                continue     # 华熙生物等19个项目签约: one example of a counted set (a company), unless
                # its name ends in a project's head (湖南省五阳塑胶制品生产线等6个项目竣工)
            if kind == "project" and m.group(1):
                items = _with_last_pair_split(items, m.group(1))
            found.extend(items)
    found.extend(_counted_list_without_deng(text, gaz, is_taken))
    return found


# 电线电缆、两岸时代广场和文化产业建设3个建设项目成功签约: a 、-list closed by its count and 项目 without
# 等 is a list of projects when it holds just as many items as the count says (a list closed by 等 or
# 在内的 is listed_projects' own)
_COUNT_AFTER_LIST = re.compile(f"(?<=[\u4e00-\u9fff])(?<![等的])([0-9]+个|[两{_NUMERALS}]+个)[\u4e00-\u9fff]{{0,6}}?项目")


def _counted_list_without_deng(text: str, gaz: Gazetteer, is_taken) -> list[tuple[Span, str, ProgramKind]]:
    """The items of a list closed by a count of projects without 等 (see _COUNT_AFTER_LIST)."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _COUNT_AFTER_LIST.finditer(text):
        items = _with_last_pair_split(_list_items(text, m.start(), "project", gaz, is_taken), m.group(1))
        digits = m.group(1).rstrip("个")
        count = int(digits) if digits.isdigit() else _SMALL_COUNTS.get(digits)
        if len(items) >= 2 and len(items) == count:
            found.extend(items)
    return found


_SMALL_COUNTS = {ch: i + 1 for i, ch in enumerate("一二三四五六七八九")} | {"两": 2, "十": 10}


def _with_last_pair_split(items: list[tuple[Span, str, ProgramKind]], counted: str) -> list[tuple[Span, str, ProgramKind]]:
    """签约了A、B和C等3个项目: when the list holds one item fewer than its count says, its last
    item is two joined by 和 (one 和, a name of two or more characters on each side)."""
    digits = counted.rstrip("个")
    count = int(digits) if digits.isdigit() else _SMALL_COUNTS.get(digits)
    if count is None or len(items) != count - 1 or not items:
        return items
    span, name, kind = items[-1]
    head, sep, tail = name.partition("和")
    if not sep or "和" in tail or len(head) < 2 or len(tail) < 2:
        return items
    return items[:-1] + [(Span(span.start, span.start + len(head)), head, kind),
                         (Span(span.end - len(tail), span.end), tail, kind)]


def _list_items(text: str, end: int, kind: ProgramKind, gaz: Gazetteer, is_taken) -> list[tuple[Span, str, ProgramKind]]:
    """The named items of the 、-list ending at `end` (see listed_projects). An item that is a place's
    name and nothing more (深入石鼓区、珠晖区、衡阳县等重点项目一线) is where the projects are, not one."""
    items: list[tuple[Span, str, bool]] = []
    last = True
    while end > 0 and not is_taken(end - 1):
        limit = _LABELLED_ITEM_MAX if last and text.endswith(_LABELLED_ITEM_HEADS, 0, end) else _LIST_ITEM_MAX
        item = name_before(text, end, window=limit + 2)
        between = _between_commas(text, end)
        if len(between) > len(item):
            item = between        # 春天制药 (春天 is a time word): the whole item between 、
        start = end - len(item)
        joined = _joined_last_item(text, start, item) if last else False
        if start > 0 and text[start - 1] != "、" and not joined:
            start = _first_item_start(text, start, end)
            item = text[start:end]
        if len(item) < 2 or len(item) > limit:
            break
        last = False
        if kind == "mechanism":
            named = len(item) >= _MECHANISM_ITEM_MIN
        else:
            core = item[:-2] if item.endswith(("项目", "工程")) else item
            named = len(core) >= 3 if core != item else \
                has_proper_word(item, gaz) or _is_infrastructure(item)
        scope = _SCOPE_PREFIX.match(item)
        if scope and (start == 0 or text[start - 1] != "、"):
            item, start = item[scope.end():], start + scope.end()
        if len(item) >= 2 and (not _starts_with_count(item) or _ROUTE_NUMBER.match(item)) \
                and not is_stoplisted(item) and not _is_place_name(item, gaz):
            items.append((Span(start, end), item, named))
        if start == 0 or text[start - 1] != "、" and not joined:
            break
        end = start - 1
        joined = False
    items = _with_shared_route_numbers(text, items[::-1])
    siblings = kind == "project" and any(named for _, _, named in items)
    return [(span, item, kind) for span, item, named in items
            if named or siblings and len(item) >= _SIBLING_MIN]


# …、大安乡社会足球场和|某某县油茶三产融合示范基地万亩油茶新造项目等4个…项目: the last item of a list of
# projects is often the longest, a full project name ending in its head (项目, 工程) and joined to the
# item before it by 和/及/与 rather than 、; it may run to _LABELLED_ITEM_MAX characters, and the list
# goes on before the joiner when a 、 of the same list stands not far before it
_LABELLED_ITEM_HEADS = ("项目", "工程")
_LABELLED_ITEM_MAX = 30
_PAIR_JOINERS = "和及与"


def _joined_last_item(text: str, start: int, item: str) -> bool:
    """Is `item` (read from `start`) the last item of a 、-list, a named project (…项目, …工程 after a
    name of three characters or more) joined to the item before it by 和/及/与?"""
    if start < 2 or text[start - 1] not in _PAIR_JOINERS or not item.endswith(_LABELLED_ITEM_HEADS) \
            or len(item) - 2 < 3:
        return False
    return "、" in text[max(0, start - 1 - _LIST_ITEM_MAX - 1):start - 1]


def _with_shared_route_numbers(text: str, items: list[tuple[Span, str, bool]]) -> list[tuple[Span, str, bool]]:
    """Items in text order, a bare route (国道319) joined to the numbered item after it that
    shares its name (国道319、209吉首绕城公路: one project on two routes)."""
    joined: list[tuple[Span, str, bool]] = []
    for span, item, named in items:
        if joined and _BARE_ROUTE.fullmatch(joined[-1][1]) and _ROUTE_NUMBER.match(item) \
                and joined[-1][0].end + 1 == span.start:
            first = joined.pop()[0]
            span, item = Span(first.start, span.end), text[first.start:span.end]
        joined.append((span, item, named))
    return joined


# 其中,|邵东市自愿|戒毒所、邵东市智康医疗二期等8个项目开工; ,|中通新能源专用车总装生产及|销售、年产100万吨
# 优质矿泉水等一批项目: the first item of a list of projects opens its clause, and the words the
# name reader cut off before it (an adverb, a joiner, an unknown word) are part of its name unless
# they read as the clause's own predicate: a verb (走进, 举行, 包括), a preposition, a particle or
# a time word (双峰县举行|职业中专产教融合实训基地、…, 察看了|天泉草业…)
_CLAUSE_START = "，,：:；;。！？!?\n"
_NOT_IN_FIRST_ITEM = frozenset({"p", "t", "ul", "uj", "ug", "uz", "uv", "ud"})


# ,其中|电线电缆、…: words that open a list after the clause's comma, not part of its first item
_LIST_OPENERS = ("其中", "分别是", "分别为", "包括")


def _first_item_start(text: str, start: int, end: int) -> int:
    """Where the first item of a list (read from `start` to `end`) begins: at its clause's
    start when the words between are no predicate of the clause (see _NOT_IN_FIRST_ITEM)."""
    opening = max(text.rfind(ch, max(0, end - _LIST_ITEM_MAX - 1), start) for ch in _CLAUSE_START) + 1
    if opening > 0 and text.startswith(_LIST_OPENERS, opening):
        opening += next(len(w) for w in _LIST_OPENERS if text.startswith(w, opening))
    lead = text[opening:start]
    if opening == 0 or not lead or not all(CJK.match(ch) for ch in lead) or "等" in lead:
        return start
    for word, flag in _tagged(_without_route_joiner(lead)):
        if flag in _NOT_IN_FIRST_ITEM or flag.startswith("v") and flag != "vn" and len(word) > 1:
            return start
    return opening


# 包括|桂新高速郴州至|桂阳段、…等3个高速公路项目: a section of a road is named by the road and its two
# ends joined by 至 (A至B段); the name reader stops at 至 (a preposition), but a 至 right before the
# cut-off item joins the two ends of one name, not a predicate of the clause
_ROUTE_JOINER = "至"


def _without_route_joiner(lead: str) -> str:
    """The words before a list's first item without the 至 that joins a road's two ends, when 至
    stands right before the item and a name (two characters or more) stands before it."""
    if lead.endswith(_ROUTE_JOINER) and len(lead) > 2:
        return lead[:-len(_ROUTE_JOINER)]
    return lead


def _between_commas(text: str, end: int) -> str:
    """The CJK text between the 、 before `end` and `end` (a middle or last list item), else ''.
    A short bracketed gloss inside it stays (中储粮(湘乡)粮食仓储物流: the owner's branch)."""
    sep = text.rfind("、", max(0, end - _LIST_ITEM_MAX - 1), end)
    item = text[sep + 1:end] if sep >= 0 else ""
    plain = _BRACKET_GLOSS.sub("", item)
    return item if plain and all(CJK.match(ch) for ch in plain) else ""


# 先后来到“桂阳—临武”输气管道工程建设项目、湖南临武乡村振兴物流集散中心、…、微电影城以及秀岩花园项目
# 等地: the sites of an inspection tour listed after a verb of visiting and closed by 等地/等处 are
# projects, all of them, when at least two items are projects by their marker (…项目, …工程): the
# tour visits sites under construction (a tour of villages or companies names no project)
_VISIT = re.compile("(?:来到|走进|深入|前往|察看|查看|考察|视察|走访|调研)了?"
                    "([^，,。；;：:\n]{4,200}?)等(?:地|处|项目(?:建设)?(?:现场|工地)?|工地|现场)")
_VISITED_ITEM_MAX = 30
_VISITED_PROJECTS_MIN = 2


def visited_projects(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """The items of an inspection tour's list of sites with two or more projects among them."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _VISIT.finditer(text):
        items = _visited_items(text, m.start(1), m.end(1))
        marked = sum(1 for _, name in items if name.endswith(("项目", "工程")) and len(name) > 4)
        if marked < _VISITED_PROJECTS_MIN:
            continue
        found.extend((span, name, "project") for span, name in items if len(name) >= 3 and not is_stoplisted(name))
    return found


def _visited_items(text: str, start: int, end: int) -> list[tuple[Span, str]]:
    """(span, name) of each item of the list text[start:end], split at 、 and a last 以及/和/及;
    [] when an item is too long to be a site's name."""
    bounds: list[tuple[int, int]] = []
    at = start
    for sep in re.finditer("、", text[start:end]):
        bounds.append((at, start + sep.start()))
        at = start + sep.end()
    last = text[at:end]
    joiner = _last_joiner(last)
    if joiner[0] > 0 and len(bounds) >= 1:
        bounds.append((at, at + joiner[0]))
        at += joiner[0] + len(joiner[1])
    bounds.append((at, end))
    items = [(Span(a, b), clean(text[a:b])) for a, b in bounds]
    return items if all(0 < len(name) <= _VISITED_ITEM_MAX for _, name in items) else []


# 开工建设S305东洋渡大桥, 完成象市大桥建设, 开工建设S304线和S306线慈利段, 抓好龙阳公路建设: a road
# or bridge with a name of its own (two or three characters, or a route code: S304线, G207) right
# after a verb of building is a project; roads named by their ends or grade (龙门至石牛寨二级公路,
# 县到乡镇公路) or by a generic word (农村公路) are not; names joined by 和/、/及 share the verb
_BUILD_VERBS = "(?:开工建设|动工兴建|新建|建成|改建|扩建|续建|启动|完成|加快|推进|抓好)了?"
_ROUTE_CODE = "[GS][0-9]{2,3}"
_NAMED_ROAD = (f"(?:(?:{_ROUTE_CODE})?[\u4e00-\u9fff]{{2,3}}(?:大桥|高速公路|公路|隧道)"
               f"|{_ROUTE_CODE}线(?:[\u4e00-\u9fff]{{2,4}}段)?)")
_BUILT_ROADS = re.compile(f"{_BUILD_VERBS}({_NAMED_ROAD}(?:[和、及]{_NAMED_ROAD})*)(?=建设|工程|改造|[，,。；;、]|$)")
_ROAD_NOT_NAMES = ("农村", "乡村", "城乡", "县乡", "通村", "通乡", "村级", "乡镇", "国省", "干线", "旅游", "产业",
                   "农田", "城区", "高速")


def built_roads(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Named roads and bridges after a verb of building (see _BUILT_ROADS): projects."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _BUILT_ROADS.finditer(text):
        at = m.start(1)
        for name in re.split("[和、及]", m.group(1)):
            core = re.sub(f"^{_ROUTE_CODE}", "", name)
            generic = re.search("[级至到]", core) or core.startswith(_ROAD_NOT_NAMES)
            if not generic:
                found.append((Span(at, at + len(name)), name, "project"))
            at += len(name) + 1
    return found


# 怀邵衡铁路洞口段建设如火如荼;洞口三桥完成桥墩桩基浇筑;苏宝顶风电场并网发电 / 虞公港铁路专用线预计6月份
# 实质性开工建设,疏港公路累计完成投资约1.1亿元 / 长赣高铁、邵永高铁、宜常高铁取得重要进展: a project-progress report names each built site as the
# subject opening its clause, the verb of its stage of building right after it (the mirror of
# built_roads, where the verb comes first). The subject ends in the head of a built site (a road,
# bridge, line, plant, park, centre …), holds a proper-name word (洞口三桥, not 村级活动中心) and no
# count or size (26栋厂房, 投资5亿元…) and no 的 (白沙镇投资5亿元的产业园: a description, not a name), and
# opens its clause; up to four sites joined by 、/及 share the verb (and one proper
# name among them vouches for the other: 平溪北路、洞口大道西段路全面开工建设).
_SITE_HEAD = ("(?:铁路|高速公路|高速|公路|快速路|国道|省道)[\u4e00-\u9fff]{2,4}段"
              "|高速公路|高速铁路|铁路|高铁|高速|公路|大桥|桥|隧道|风电场|光伏电站|电站|电厂|水库|专用线|大道|路"
              "|广场|产业园|工业园|科技园|物流园|创业园|中心|医院|学校|码头|港区|水厂|污水处理厂")
_SITE_NAME = f"(?:(?!的)[\u4e00-\u9fffA-Z0-9·]){{1,12}}?(?:{_SITE_HEAD})"
_STAGE_ADVERBS = "(?:预计[0-9一二三四五六七八九十]{1,2}月(?:份|底|中旬|上旬|下旬)?|已经|已|正在|目前|全面|顺利|圆满|基本|实质性|累计|即将)*"
_STAGE_VERBS = ("建设如火如荼|开工建设|动工建设|开工|动工|竣工|建成通车|建成投产|建成|通车|投产|并网发电|主体封顶|封顶"
                "|完成(?=[\u4e00-\u9fff])|进入试运营|加快建设|取得(?:重要|重大|积极)?进展")
_PROGRESSING_SITES = re.compile(f"(?:^|(?<=[。；;，,\n]))({_SITE_NAME}(?:[、及]{_SITE_NAME}){{0,3}})"
                                f"(?={_STAGE_ADVERBS}(?:{_STAGE_VERBS}))", re.M)
_SITE_SIZE = re.compile("[0-9.]+[万亿千百]?[元亩米吨栋辆]")   # 投资5亿元…, 占地300亩…: a description, not a name
_SITE_NOT_NAMES = _ROAD_NOT_NAMES + ("全县", "全市", "全区", "全省", "该", "其中", "项目", "本", "我", "各", "所有",
                                     "部分", "一批", "新建", "在建", "重点", "主要", "相关", "园区", "中心", "社区", "村")


def progressing_sites(text: str, gaz: Gazetteer) -> list[tuple[Span, str, ProgramKind]]:
    """Built sites opening their clause before the verb of their stage of building (see
    _PROGRESSING_SITES): projects."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _PROGRESSING_SITES.finditer(text):
        names = re.split("[、及]", m.group(1))
        if not any(has_proper_word(name, gaz) for name in names):
            continue      # 村级活动中心完成改造: no site of its own
        at = m.start(1)
        for name in names:
            if not (name.startswith(_SITE_NOT_NAMES) or _COUNT_WORD.search(name) or _SITE_SIZE.search(name)
                    or len(name) < 3):
                found.append((Span(at, at + len(name)), name, "project"))
            at += len(name) + 1
    return found


# 吉茶、吉怀高速公路建成通车: expressways and railways are named by one character of each end
# (吉首–茶洞: 吉茶); several such two-character names listed with 、 share the head written once
# right after the last: each is a project of its own (吉茶高速公路, 吉怀高速公路). Not generic words
# (城乡、农村公路), nor a list whose count stands before the head (A、B4条在建高速公路: the count is
# the figure of the whole list, which the metrics would give to the last item).
_ABBREVIATED_HEADS = "高速公路|高速铁路|城际铁路|铁路|高速"
_ABBREVIATED_ROUTES = re.compile("(?<![\u4e00-\u9fff0-9A-Za-z])((?:[\u4e00-\u9fff]{2}、)+[\u4e00-\u9fff]{2})"
                                 f"({_ABBREVIATED_HEADS})")


def abbreviated_routes(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Two-character route names sharing one head (see _ABBREVIATED_ROUTES): projects."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _ABBREVIATED_ROUTES.finditer(text):
        names = m.group(1).split("、")
        if any(name.startswith(_ROAD_NOT_NAMES) for name in names):
            continue
        at = m.start(1)
        for name in names:
            found.append((Span(at, at + len(name)), name + m.group(2), "project"))
            at += len(name) + 1
    return found


# 通过问题交办制“办出”群众乐, 推行…、速测把关制, 民生实事人大代表票决制全覆盖: a working system
# written bare is its object and the verb of its work (交办, 把关, 票决: one two-character verb)
# then 制; the object makes the name (at least two characters before the verb: 回访制, 分类制 alone
# name no system). Not words that end in 制 (体制, 控制, 责任制, 股份制: 制 is not its own word
# there) nor the parts of a code spelled out after it (“一单四制”(…备案制、回访制), “四项制度”,即…).
_SYSTEM_WORD = re.compile("(?<=[\u4e00-\u9fff]{2})制")
_SYSTEM_VERB_FLAGS = frozenset({"v", "vn"})
_SYSTEM_OBJECT_MIN = 2
_SPELLED_OUT_BEFORE = re.compile("[(（][^)）]*$|[，,]即[^，,。；;]*$")


def _without_scope(name: str) -> str:
    """The name without the places or the scope it opens with (各乡镇|民生实事…票决制), nor the
    verb of the clause read before them (实现|各乡镇…): where the system runs and what is done
    with it, not what it is called. The object and the verb before 制 stay."""
    words = _tagged(name)
    k = 0
    while k < len(words) - 2 and (words[k][1] == "ns" or words[k][0] in _SCOPE_WORDS
                                  or words[k][1] == "v" and len(words[k][0]) >= 2):
        k += 1
    return name[sum(len(w) for w, _ in words[:k]):]


_SCOPE_WORDS = frozenset({"各", "全", "全市", "全县", "全区", "全州", "全省", "乡镇", "村", "社区"})


def verb_systems(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Working systems named by their object, a verb and 制 (see _SYSTEM_WORD): mechanisms."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _SYSTEM_WORD.finditer(text):
        rest = _without_scope(name_before(text, m.start()))
        words = _tagged(rest + following_phrase(text, m.start(), limit=3))
        at = next((k for k in range(len(words)) if sum(len(w) for w, _ in words[:k]) == len(rest)), None)
        if at is None or at < 1 or words[at][0] != "制":
            continue       # 牵头|制定, 选拔|制度, 设备|制造: 制 is part of another word
        verb, flag = words[at - 1]
        if len(verb) != 2 or flag not in _SYSTEM_VERB_FLAGS or len(rest) - len(verb) < _SYSTEM_OBJECT_MIN:
            continue
        start = m.start() - len(rest)
        if _SPELLED_OUT_BEFORE.search(text, max(0, start - _NAME_WINDOW), start):
            continue
        found.append((Span(start, m.end()), rest + "制", "mechanism"))
    return found


# 27项省市民生实事, 省市重点民生实事项目, 16项省、市重点民生实事项目: the yearly livelihood works the
# province and the city assign (a standing program of the genre) are named by the levels that assign
# them; levels joined by 、 share the head (省、市重点民生实事 = 省重点民生实事 and 市重点民生实事), levels
# written together (省市) name one program. Without a level (各项重点民生实事工作) it is a field of work
_LIVELIHOOD_WORKS = re.compile("(省市|省、市|省|市|州|县)(重点民生实事(?:项目)?|民生实事(?:项目)?)")
_LIVELIHOOD_BEFORE = re.compile(f"(?:^|[^\u4e00-\u9fff]|[0-9{_NUMERALS}]+[项件]|列入|完成|承办|推进|落实)$")


def livelihood_works(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """The livelihood works of the province and the city (see _LIVELIHOOD_WORKS): campaigns."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _LIVELIHOOD_WORKS.finditer(text):
        levels, head = m.group(1), m.group(2).removesuffix("项目")    # 省市民生实事(项目): one program
        if len(levels) == 1 or not _LIVELIHOOD_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        if levels == "省、市":
            found.append((Span(m.start(), m.start() + 1), "省" + head, "campaign"))
            found.append((Span(m.start() + 2, m.end()), "市" + head, "campaign"))
        else:
            found.append((Span(m.start(), m.end()), levels + head, "campaign"))
    return found


# 大坪坳水厂提质改造后, 推进雁峰区棚户区改造, 大江口危桥改造工作情况, 分水乡敬老院改扩建: the renovation of
# a named place's facility is a project; a kind of renovation (老旧小区改造, 县到乡镇公路改造, 53座危桥改造) or
# the act of renovating an object after it (投资390万元改造南竹低产林) is not
_RENOVATION = re.compile("(?:提质改造|提标改造|改扩建|改造)(?=[^\u4e00-\u9fff]|工作|工程|项目|后|$)")
_RENOVATED_MIN = 4
_NUMBERED_OR_LATIN = re.compile(f"[0-9A-Za-z{_NUMERALS}]")   # 53座危桥, G319: a count or a code, no name


def _opens_with_township(name: str, gaz: Gazetteer) -> bool:
    """Does `name` open with the full name of a township, village or community?"""
    return any(name[:k].endswith(("乡", "镇", "村", "街道", "社区")) and _is_place_name(name[:k], gaz)
               for k in range(2, min(len(name), 8) + 1))


def renovations(text: str, gaz: Gazetteer) -> list[tuple[Span, str, ProgramKind]]:
    """Renovations of a facility named with its place (see _RENOVATION): projects."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _RENOVATION.finditer(text):
        rest = name_before(text, m.start())
        if len(rest) < _RENOVATED_MIN or _NUMBERED_OR_LATIN.search(rest) or is_stoplisted(rest):
            continue
        if _opens_with_township(rest, gaz):
            continue      # 分水乡敬老院改扩建: one item of a higher level's works, whose runner the name does not say
        if _contains_place(rest, gaz) or any(flag == "ns" for _, flag in _tagged(rest)):
            found.append((Span(m.start() - len(rest), m.end()), rest + m.group(0), "project"))
    return found


# 关于组织开展促进县域经济发展八大行动的通知: the campaign a notice launches (开展/实施/启动 X的通知,
# X ending in a campaign head) is a program of its own, beside the notice
_LAUNCHING_NOTICE = re.compile("关于(?:组织)?(?:开展|实施|启动)([^，,。；;：:《》“”\n]{2,40}?(?:行动|活动|攻坚|工程|竞赛))"
                               "的(?:通知|意见|方案)")


def notice_campaigns(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Campaigns a notice launches (关于组织开展…八大行动的通知): campaigns."""
    return [(Span(m.start(1), m.end(1)), m.group(1), "campaign") for m in _LAUNCHING_NOTICE.finditer(text)
            if not is_stoplisted(m.group(1))]


# 开展产业项目建设年活动, 荣获全市产业项目建设年活动二等奖: a theme year (…建设年, …提升年,
# …攻坚年) named before 活动 is a campaign, named without 活动 (as the quoted “作风建设年”活动)
_THEME_YEAR = re.compile("(?:建设|提升|攻坚|落实|优化|提质|突破|招商|治理|整治|规范|巩固|效能|服务|改革|创新)年(?=活动)")
_THEME_MIN = 4


def theme_years(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Unquoted theme years before 活动 (产业项目建设年活动): campaigns."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _THEME_YEAR.finditer(text):
        if text[m.start() - 1:m.start()] in _CLOSING_QUOTES:
            continue      # “作风建设年”活动: the quote rules name it
        rest = name_before(text, m.end() - 1)
        name = rest + "年"
        if len(name) >= _THEME_MIN and not is_stoplisted(name) and rest.endswith(m.group(0)[:-1]):
            found.append((Span(m.end() - len(name), m.end()), name, "campaign"))
    return found


# 吉恩高速公路、…、古阳河水库等重点项目: an item ending in an infrastructure head is a
# project even when its proper part is a dictionary word
_INFRASTRUCTURE_HEADS = ("高速公路", "高速铁路", "铁路", "公路", "水库", "大桥", "机场", "电站", "电厂",
                         "发电厂", "小镇", "产业园", "物流园", "污水处理厂")
# 市中心城区|袁小饺、富佳农机…等37个项目: the area a list opens with is where its items are,
# not part of the first item's name (program_place reads it as the list's place)
_SCOPE_PREFIX = re.compile("[市县区](?:中心城区|城区)")
_SIBLING_MIN = 4   # 春天制药、胜必达服饰 beside 胜玉高科: items of a list of named projects

# 国道319、|209吉首绕城公路|、国道319泸溪绕城公路: a number right before a name (no counter or unit after
# it) heading a road or another infrastructure item is the route's number, not a count (53座|危桥改造 is)
_BARE_ROUTE = re.compile("(?:国道|省道|县道|[GSX])[0-9]+")
_ROUTE_NUMBER = re.compile("[0-9]+(?![0-9.]*[万亿千百个项家批条座所处人元吨亩平米公户名位次届期年月日号余多])"
                           f".*(?:{'|'.join(_INFRASTRUCTURE_HEADS)})$")


def _is_infrastructure(item: str) -> bool:
    """Does the list item end in an infrastructure head after at least two characters?"""
    return any(item.endswith(h) and len(item) >= len(h) + 2 for h in _INFRASTRUCTURE_HEADS)


_BODY_KINDS = frozenset({"party", "government", "department"})


def _after_body(rest: str, start: int, index: "MentionIndex | None") -> str:
    """君山区自然资源局密切关注重点 → 密切关注重点: a government body read into the front of
    a name is the subject of the clause, not part of the program's name."""
    if index is None:
        return rest
    end = start + len(rest)
    bodies = [o for o in index.orgs_within(start, end) if o.kind in _BODY_KINDS and o.span.end < end]
    return rest[bodies[-1].span.end - start:] if bodies else rest


# 中共…全会暨省委经济工作会议: an event joined to a plenum by 暨 is named by its own part
_JOINER = "暨"


def _event_name(text: str, rest: str, start: int) -> tuple[str, int]:
    """The words of an event's name before its marker, widened and narrowed as events are
    named: 江永县与金荣集团|签约仪式 (two parties joined by 与/和 sign together), a part
    after 暨 that is not a stoplisted plenum."""
    if _JOINER in rest and (is_stoplisted(rest) or len(rest.split(_JOINER, 1)[0]) < 2):
        # …工作推进|会暨一季度|讲评会: a head the reader cut through is no part of the second name
        tail = rest.rsplit(_JOINER, 1)[1]
        return tail, start + len(rest) - len(tail)
    if text[start - 1:start] == "及" and text.startswith(_SIGNED, start + len(rest)):
        # 农业招商及|农产品购销签约仪式; with nothing between 及 and the marker (重点招商引资项目推介及|签约
        # 仪式) the part before 及 is the ceremony's other activity and names it, however long
        low, high = (2, _SIGNED_TOPIC_MAX) if rest else (_JOINT_ACTIVITY_MIN, _JOINT_ACTIVITY_MAX)
        topic = name_before(text, start - 1, window=high + 2)
        if low <= len(topic) <= high and not is_stoplisted(topic) and not _ends_with_marker(topic):
            return topic + "及" + rest, start - 1 - len(topic)
    if text[start - 1:start] in ("与", "和") and rest:
        party = name_before(text, start - 1, window=16)
        party = party[party.rfind(_JOINER) + 1:]     # …讲评会暨|湘江保护和|治理…: an event joined before
        if 2 <= len(party) <= 12 and not is_stoplisted(party) and not _ends_with_marker(party) \
                and not _LEVEL_BODY.match(rest):
            # 重要指示和|中央农村工作会议, 中央和|省委经济工作会议: a level's own meeting has no partner
            return party + text[start - 1] + rest, start - 1 - len(party)
    return rest, start


# 娄底市创建…工作某县动员大会暨某县迎接…复查工作动员大会, …集中开工仪式暨…签约仪式: two meetings or
# ceremonies held as one and joined by 暨, each ending in an event marker, are one event named by the
# whole chain (the reader's window, _NAME_WINDOW, would cut the first part through a word). Not for
# festivals (…旅游节暨首届…丰收节: two events, as the gold conventions read them; _staged_event), nor
# over a numbered session or plenum before 暨 (…全体会议暨…: a session names its own event).
_JOINED_EVENTS_MAX = 3
_UNJOINED_TESTS = frozenset({"session", "self"})


def _event_marker_ending(phrase: str) -> str:
    """The longest event marker of program_unquoted_markers.tsv that ends `phrase` (not a numbered
    session's), else ''."""
    return next((mk for mk, kind, test in unquoted_markers()
                 if kind == "event" and test not in _UNJOINED_TESTS and phrase.endswith(mk)), "")


def _through_joined_events(text: str, rest: str, start: int) -> tuple[str, int]:
    """The words of an event's name widened over the events joined before it by 暨 (in `rest` or
    right before `start`), each closed by an event marker (at most _JOINED_EVENTS_MAX); unchanged
    when the part before 暨 ends in no event marker. The name found at the first marker lies inside
    the widened one and gives way to it."""
    end = start + len(rest)
    first = start + rest.rfind(_JOINER) + 1 if _JOINER in rest else start
    for _ in range(_JOINED_EVENTS_MAX):
        if first < 2 or text[first - 1] != _JOINER:
            break
        marker = _event_marker_ending(text[max(0, first - 1 - 8):first - 1])
        if not marker:
            break
        head = name_before(text, first - 1 - len(marker))
        head = head[head.rfind(_JOINER) + 1:]
        if len(head) < 2 or is_stoplisted(head + marker):
            break
        first = first - 1 - len(marker) - len(head)
    if first >= start:
        return rest, start
    return text[first:end], first


# the body a program of a level is named after (中央经济工作会议, 省委经济工作会议, 市政府…全体会议)
_LEVEL_BODY = re.compile("中央|国务院|[省市州县区](?:委|政府|人大|政协)")
_BODY_JOINERS = ("和", "、", "及")


def _sharing_bodies(text: str, span: Span, name: str, kind: ProgramKind) -> list[tuple[Span, str, ProgramKind]]:
    """中央和省委经济工作会议, 省委、省政府…: bodies joined by 和/、 before a program named after a
    body share the rest of its name, each its own program (中央经济工作会议 of the whole country
    beside 省委经济工作会议)."""
    own = _LEVEL_BODY.match(name)
    if own is None:
        return []
    tail, out, end = name[own.end():], [], span.start
    while end > 0 and text[end - 1] in _BODY_JOINERS:
        before = next((m for m in _LEVEL_BODY.finditer(text, max(0, end - 4), end - 1) if m.end() == end - 1), None)
        if before is None or before.group(0) == own.group(0):
            break
        out.append((Span(before.start(), before.end()), before.group(0) + tail, kind))
        end = before.start()
    return out


def _ends_with_marker(phrase: str) -> bool:
    """Does `phrase` end with a program marker (市委经济工作会议|和|市政府第七次全体会议: a
    program of its own joined by 和, not a party of the event after it)?"""
    return phrase.endswith(tuple(_unquoted_marker_table()))


def _ends_the_name(text: str, end: int) -> bool:
    """推进乡村振兴战略，… / …战略的实施: the marker ends the phrase (战略合作, 战略意义 are
    longer common words, not names)."""
    after = text[end:end + 1]
    return not after or not CJK.match(after) or after in _NAME_FOLLOWERS_NOT


_CLOSING_QUOTES = ("”", '"', "」", "’")


def _is_bare_count(rest: str) -> bool:
    """三大, 四项: a count with nothing named."""
    return bool(re.fullmatch(f"[{_NUMERALS}]+[大项个类级]?", rest))


_LEVEL_COUNT = re.compile(f"[{_NUMERALS}]+级")
_LEVELS_LISTED = re.compile("(?:[省市州县区乡镇村组]、)+$")


def _levels_from_count(text: str, rest: str, end: int) -> str:
    """市、县、乡、村四级河长|体系: a count of levels starts the name, with the levels it
    counts when they are listed right before it (the 、 stopped name_before there)."""
    m = _LEVEL_COUNT.search(rest)
    if m is None:
        return rest
    head = rest[m.start():]
    start = end - len(head)
    listed = _LEVELS_LISTED.search(text, max(0, start - 12), start - 1) if start > 0 else None
    if listed is not None and m.start() == 1:
        return text[listed.start():start - 1] + rest
    return head


def _from_count(rest: str) -> str:
    """污染防治三大|攻坚战 → 三大: a counted code ends the words before the marker; the
    items it counts (listed before) are not part of its name."""
    m = re.search(f"[{_NUMERALS}]+[大个项级]$", rest)
    return m.group(0) if m else rest


_SELF_PREFIX = re.compile(r"(?:全市|全县|全区|全州|全省|[0-9]{4}年)$")


def _self_name(text: str, m: re.Match[str], kind: ProgramKind) -> tuple[Span, str, ProgramKind]:
    """A marker that names the program by itself (领导干部大会, 政府工作报告), with the
    whole-place scope or the year written right before it (全市领导干部大会, 2015年政府工作报告);
    other words before it (热议|政府工作报告) are not part of the name."""
    prefix = _SELF_PREFIX.search(text, max(0, m.start() - 5), m.start())
    start = prefix.start() if prefix else m.start()
    return Span(start, m.end()), text[start:m.end()], kind


_ONE_BOUT = re.compile(f"[{_NUMERALS}]+[场次]")


# 工作情况|交流会, 落实工作|责任制: a topic made only of the genre's words for "the work" (工作, 情况,
# 落实, 有关) names no particular meeting or system
_GENERIC_TOPIC = re.compile("(?:工作|情况|落实|有关|相关|各项)+")


def unquoted_name(text: str, m: re.Match[str], kind: ProgramKind, test: str, gaz: Gazetteer,
                  index: "MentionIndex | None") -> tuple[Span, str, ProgramKind] | None:
    """(span, name, kind) of the unquoted name ending in marker match `m`, when its words
    pass the marker's test (program_unquoted_markers.tsv), else None."""
    if test == "self":
        return _self_name(text, m, kind)
    if test in ("festival", "occasion"):
        return _staged_event(text, m, test, gaz) if _may_be_staged(text, m.start(), gaz) else None
    rest = name_before(text, m.start())
    start = m.start() - len(rest)
    if test == "awarded":   # 省政府|财源建设真抓实干|激励奖励: an award is named with the body giving it
        rest = re.sub(r"^[0-9]{4}年", "", rest)
        if not _LEVEL_BODY.match(rest):
            return None
        test = "body"
    if kind == "event":
        rest, start = _event_name(text, rest, start)
        rest, start = _through_joined_events(text, rest, start)
        dated = _DATED_AFTER_ACTIVITY.search(rest)
        if dated:      # 举办主体活动|2024湖南工业旅游推广月启动仪式: the year opens the name
            rest, start = rest[dated.end():], start + dated.end()
        if not _ends_word(text, start, m.end(), m.group(0)):
            return None
    elif test != "body":
        rest = _after_body(rest, start, index)
        rest = rest[rest.rfind(_JOINER) + 1:]    # …集中开工暨|荆坪古村…PPP项目: 暨 joins event names only
        start = m.start() - len(rest)
    if test == "body":
        rest = re.sub(r"^[0-9]{4}年", "", rest)     # 获2022年|国务院…激励: the year it was won
        start = m.start() - len(rest)
    if test in ("document", "placed"):
        rest, start = _through_plan_count(text, start, rest)
    if test == "topic" and _ONE_BOUT.fullmatch(rest):
        return None       # 这是一场|保卫战: a bout counted, no campaign named
    if test == "topic":   # 三大攻坚战 (a count), 内需扩量提效攻坚战 (a topic of four characters or more)
        test = "counted" if re.search(f"[0-9{_NUMERALS}]", rest) or _contains_place(rest, gaz) else "long"
    if test in ("counted", "named"):
        if test == "named" and _is_bare_count(_from_count(rest)):
            return None
        rest = _from_count(rest) if test == "counted" else _levels_from_count(text, rest, m.start())
        start = m.start() - len(rest)
        if _is_bare_count(rest) and text[start - 1:start] in _CLOSING_QUOTES:
            return None
    if not rest or is_stoplisted(rest) or is_stoplisted(rest + m.group(0)):
        return None
    if text.startswith(_NAME_CONTINUATIONS, m.end()) or m.group(0).endswith(("园", "片")) and text.startswith("区", m.end()):
        return None      # …电子信息产业园|区, …镇示范片|区: a zone (a place), not the park or plot being built
    if m.group(0) in _PARK_MARKERS and (_PARK_NOT_BUILT.search(rest) or not _park_name_ends(text, m.end())):
        return None
    if text.startswith("化", m.end()):
        return None      # 实现整治工作制度|化、规范化: a manner of the work (-ization), no system named
    if test == "proper":
        invested = _invested_object(text, start)
        if kind == "project" and invested is not None and len(text[invested:start] + rest) >= _DESCRIPTIVE_MIN:
            rest, start = text[invested:start] + rest, invested
        elif not (has_proper_word(rest, gaz) or kind == "project" and _names_a_site(text, start, rest)
                  or kind == "event" and _convened_by_level(text, start, rest)) \
                or _starts_with_count(rest) \
                or kind == "project" and (_generic_project(text, rest, m.end(), gaz) or counted_before(text, start, "个")):
            return None
    if _is_bare_count(rest) and test != "counted":
        return None
    if test in ("counted", "named", "session") and not (re.search(f"[0-9{_NUMERALS}]", rest) or _contains_place(rest, gaz)):
        launched = _launched_campaign(text, start, rest, m.group(0))
        if launched is None:
            return None
        rest, start = launched + rest, start - len(launched)
    if test == "placed":     # 湘乡经开区调区扩区|方案, not 动态调整烘烤技术|方案: a bare 方案 names a plan of a place
        if not _contains_place(rest, gaz):
            return None
        test = "document"
    if test == "document" and (len(rest) < _DOCUMENT_MIN and not _HEAD_SYSTEM.fullmatch(rest)
                               or text[start - 1:start] in _CLOSING_QUOTES):
        return None      # “雷锋”德育品牌建设实施方案: the quote heads the name (classify_quote)
    if test in ("long", "end", "session", "body") and len(rest) < (5 if test == "session" else 4) \
            and not _launched_study(text, start, rest, m.group(0)) and not _fought_battle(text, start, rest, m.group(0)):
        return None
    if test == "long" and _GENERIC_TOPIC.fullmatch(rest):
        return None      # 工作情况|交流会, 落实工作|责任制: words of any work name no meeting or system
    if m.group(0) == "工作法" and text[start - 1:start] in _CLOSING_QUOTES:
        return None      # “1+3+5”综治工作法: the quote heads the method's name (classify_quote)
    if test == "long" and kind == "campaign" and text[start - 1:start] in _CLOSING_QUOTES:
        return None      # “用心用情、湘薪湘护”集中整治…专项行动: the quote is the campaign's name (classify_quote)
    if test == "end" and not _ends_the_name(text, m.end()):
        return None
    if len(rest) < 2 or _TERM_CONGRESS.search(rest + m.group(0)):
        return None
    span, name = without_province_prefix(Span(start, m.end()), rest + m.group(0))
    return span, name, kind


# 研究…水环境综合治理|五个|专项|行动方案: a count of the plans inside a plan's title (the body adopts
# several plans under one topic); the name is read on through the count to the topic before it, which
# must itself be a title's length (研究|五个|专项行动方案 names none)
_PLAN_COUNT = re.compile(f"(?:[0-9]+|[{_NUMERALS}]+)个$")


def _through_plan_count(text: str, start: int, rest: str) -> tuple[str, int]:
    """(rest, start) read on leftwards through a count of plans (N个) right before `start` to a
    topic of at least _DOCUMENT_MIN characters; unchanged when there is none."""
    count = _PLAN_COUNT.search(text, max(0, start - 4), start)
    if count is None:
        return rest, start
    topic = name_before(text, count.start())
    if len(topic) < _DOCUMENT_MIN:
        return rest, start
    begin = count.start() - len(topic)
    return text[begin:start] + rest, begin


# 召开全省|优化营商环境|大会, 举行全市|招商引资|大会: a congress a whole level convenes is named by its
# topic though every word of it is a common one (the level is its proper part); a 大会 in passing
# (参加各类大会, 在大会上) has no convening verb and whole-level scope right before its topic
_CONVENED_BY_LEVEL = re.compile("(?:召开|举行|举办)(?:了)?全[省市县区州]$")
_CONVENED_TOPIC_MIN = 4


def _convened_by_level(text: str, start: int, rest: str) -> bool:
    """The words `rest` (starting at `start`) before 大会 follow a convening verb and a whole-level
    scope word (召开全省|优化营商环境大会), and are a topic of at least four characters."""
    return len(rest) >= _CONVENED_TOPIC_MIN and _CONVENED_BY_LEVEL.search(text, max(0, start - 6), start) is not None


# 绿色盐碱产业基地|项目, 山河工业城|项目, 城市停车场|项目: words before 项目 that end in the head noun
# of a built site (program_project_site_heads.txt) with a describing word of their own before it
# name the one site being built, even when every word is a common one; a level or category word
# alone before the head (重点产业园|项目) names a class
_SITE_MODIFIER_MIN = 2


_SITE_JOINERS = ("及", "和", "与")


def _names_a_site(text: str, start: int, rest: str) -> bool:
    """Do the words before 项目 name one built site (a describing word and a site's head noun)?
    Not when a conjunction stops the reading (…总部基地及|生产中心项目): the site is the second
    half of a longer name."""
    if text[start - 1:start] in _SITE_JOINERS:
        return False
    head = next((h for h in load_longest_first("program_project_site_heads.txt") if rest.endswith(h)), None)
    if head is None:
        return False
    modifier = rest[:-len(head)]
    return len(modifier) >= _SITE_MODIFIER_MIN and bool(_CATEGORY_WORDS.sub("", _COLLECTIVE_WORDS.sub("", modifier)))


# 祁阳现代农业产业园, 木脚森林康养示范基地: a park or base named by a proper word is the project that
# builds it; not a park of a development zone (益阳高新区|东部产业园: a part of the zone, a place),
# a company's own base (…有限公司|药材种植基地) or a class of parks (有色金属重点|产业园)
_PARK_MARKERS = frozenset({"产业园", "示范园", "产业基地", "示范基地", "种植基地", "综合体"})
_PARK_NOT_BUILT = re.compile("高新区|经开区|开发区|园区|工业园|公司|重点|省级|市级|国家级")
# the park's name ends the phrase or its site follows (…产业园工地); not …产业园|党群服务中心 (a body
# in the park) nor …产业园|入选 (the park as a place that wins a title)
_PARK_SITE_WORDS = ("工地", "现场", "建设")


def _park_name_ends(text: str, end: int) -> bool:
    return _ends_the_name(text, end) or text.startswith(_PARK_SITE_WORDS, end)


# 郴州开展|城乡风貌提质|行动, 实施新一轮|优化提升营商环境|行动: a campaign of its own topic (four
# characters or more) launched by a verb right before it is named without a count
_LAUNCHING_VERB = re.compile("(?:开展|启动|实施|部署|推行|推进)(新一轮|新一批)?$")
_LAUNCHED_TOPIC_MIN = 4
# 分阶段开展|集中攻坚|行动: words of manner alone name no topic
_MANNER_WORDS = re.compile("集中|专项|攻坚|突击|全面|深入|联合|统一|系列|主题")
_LAUNCH_REACH = 8


def _launched_campaign(text: str, start: int, rest: str, marker: str) -> str | None:
    """The words to put before `rest` (新一轮, or '') when `rest` + 行动 is a campaign launched by
    a verb right before it (see _LAUNCHING_VERB), else None."""
    if marker != "行动" or len(rest) < _LAUNCHED_TOPIC_MIN or len(_MANNER_WORDS.sub("", rest)) < 2:
        return None
    launched = _LAUNCHING_VERB.search(text, max(0, start - _LAUNCH_REACH), start)
    return (launched.group(1) or "") if launched else None


# 开展|党史|学习教育, 深入开展|党纪|学习教育: a study campaign run down to every level is named by a short
# topic (two or three characters) when a launching verb right before it says it is being run; without
# the verb a short topic (加强|学习教育) names the kind of work, not a campaign
_STUDY_MARKER = "学习教育"
_STUDY_TOPIC_MIN = 2


def _launched_study(text: str, start: int, rest: str, marker: str) -> bool:
    """Is `rest` + 学习教育 (a topic shorter than a campaign's usual four characters) a study
    campaign launched by a verb right before it (see _LAUNCHING_VERB)?"""
    if marker != _STUDY_MARKER or len(rest) < _STUDY_TOPIC_MIN or _MANNER_WORDS.search(rest):
        return False
    return _LAUNCHING_VERB.search(text, max(0, start - _LAUNCH_REACH), start) is not None


# 打赢|脱贫攻坚战、|项目攻坚战, 打好|蓝天保卫战: a battle the place sets out to win is named by a short topic
# (two or three characters) when a verb of fighting it (打赢, 打好 …) stands right before it, or when it
# follows another battle of the same list (…攻坚战、|项目攻坚战); a short topic alone (这场|攻坚战) names none
_BATTLE_VERB = re.compile("(?:打赢|打好|打响|打胜|决战|坚决打赢|全力打好)$")
_BATTLE_TOPIC_MIN = 2
_POINTED_BOUT = re.compile("^[这那此该本各每]|场")    # 打赢|这场|攻坚战: a bout pointed at, no topic


def _fought_battle(text: str, start: int, rest: str, marker: str) -> bool:
    """Is `rest` + a battle marker (…攻坚战, …保卫战) with a topic shorter than four characters a
    campaign fought by a verb right before it, or the next battle of a 、-list of them?"""
    if not marker.endswith("战") or len(rest) < _BATTLE_TOPIC_MIN or _MANNER_WORDS.search(rest) \
            or re.search(f"[{_NUMERALS}0-9]", rest) or _POINTED_BOUT.search(rest):
        return False
    if any(national in rest + marker for national in load_lines("program_national.txt")):
        return False     # 打赢|脱贫攻坚战: the national program (脱贫攻坚) is named by national_programs
    if _BATTLE_VERB.search(text, max(0, start - _LAUNCH_REACH), start):
        return True
    return text[start - 1:start] == "、" and text[start - 2:start - 1] == "战"


# 益阳市第五届人民代表大会|部分专门委员会: a congress named by its term alone is the body elected
# for that term (an organisation); its sessions are the events (…第五届人民代表大会第四次会议)
_TERM_CONGRESS = re.compile(f"第?[0-9{_NUMERALS}]+届人民代表大会$")


# 2018湖南首届油菜花节, 第三届…洽谈会, 2022年…第二次…活动: the session or year of an event
_ORDINAL = re.compile(f"第[0-9{_NUMERALS}]+[届次期]|首[届次]|[0-9]{{4}}年?")


_LOCATIVES = "上中后前里"


def _ends_word(text: str, start: int, end: int, marker: str) -> bool:
    """Does the marker ending at `end` end a word of the phrase starting at `start`: its last
    word lies inside the marker (第二次|会议), or is a noun of 3+ characters ending in it
    (旅游节, 展销会)? Not the head of a longer word (成果展|示区, 节|约) nor a two-character
    word around a one-character marker (环节, 发展, 春节)."""
    stop = end
    while stop < min(len(text), end + 3) and text[stop] not in _STOP_CHARS:
        stop += 1
    pos = start
    for word, flag in _tagged(text[start:stop]):
        nxt = pos + len(word)
        if pos < end <= nxt:
            if nxt == end + 1 and text[end] in _LOCATIVES:
                return True          # 对接会|上: the meeting, then where in it
            return nxt == end and (pos >= end - len(marker) or len(word) >= len(marker) + 2 and flag.startswith("n")
                                   or _counted_marker_word(word, marker))
        pos = nxt
    return False


def _counted_marker_word(word: str, marker: str) -> bool:
    """四次会议 (one word to the segmenter): a numeral glued before a marker that counts
    sessions (…五届人大|四次会议) still ends in that marker."""
    head = word[: len(word) - len(marker)]
    return word.endswith(marker) and bool(head) and all(ch in _NUMERALS + "第0123456789" for ch in head)


# 2013冷水江市“欢乐潇湘·腾飞冷江”金秋文化节: a festival's quoted theme stands inside its name,
# between the year and place and the kind of festival
# (one character is enough: 湖南·阳明山第十三届“和”|文化节, the culture of harmony the festival celebrates)
_THEME = re.compile("[“\"]([^“”\"，,。；;！？!?]{1,16})[”\"]$")


def _through_theme(text: str, start: int) -> str:
    """The words before a festival's head words at `start` when a quoted theme closes right
    there: the year and place before the quote and the theme (quotes kept), else ""."""
    theme = _THEME.search(text, max(0, start - 20), start)
    if theme is None:
        return ""
    head = name_before(text, theme.start())
    return head + theme.group(0) if head else ""


def _may_be_staged(text: str, marker_start: int, gaz: Gazetteer) -> bool:
    """A necessary condition of `_staged_event`, checked before its costly reading of words
    (发展, 环节: 节 and 展 end thousands of ordinary words): every staged event has an ordinal
    or year, or a place, in the words before its head noun, which lie after the last stop
    character of the reading window (or before a bracketed gloss, then not checked here)."""
    gloss = _BRACKET_GLOSS.search(text, max(0, marker_start - _GLOSS_MAX - 2), marker_start)
    if gloss is not None and gloss.end() == marker_start:
        return True
    chunk = _reading_window(text, marker_start, _NAME_WINDOW)
    if _ORDINAL.search(chunk) is not None or _contains_place(chunk, gaz) or _WHOLE_SCOPE.search(chunk) is not None:
        return True
    if _through_bracketed_place(text, marker_start - len(chunk), gaz) < marker_start - len(chunk):
        return True
    if re.search(_STAGING_VERB, text[max(0, marker_start - _HELD_REACH - _NAME_WINDOW):marker_start]):
        return True
    theme = _THEME.search(text, max(0, marker_start - len(chunk) - 20), marker_start - len(chunk))
    if theme is None:
        return False
    before = _reading_window(text, theme.start(), _NAME_WINDOW)
    return _ORDINAL.search(before) is not None or _contains_place(before, gaz)


_WHOLE_SCOPE = re.compile("全[省市县区州]")      # 全省|产业发展现场观摩活动: a level stages it


# 每年都会举办|桃花节, 连续4年举办的|…艺术节, 举办了三届…旅游节和|水上运动节: a festival or show
# that is the object of a staging verb is an event though it names no ordinal, year or place
# (the article tells it is held); a quantifier between verb and name (举办各类|文化节) names none
_STAGING_VERB = "(?:举办|举行|承办|主办|开办)"
_SESSIONS_HELD = re.compile(f"^[0-9{_NUMERALS}]+届(?=[\u4e00-\u9fff]{{2}})")   # 三届 (not 第三届: the ordinal)
_HELD_OBJECT = re.compile(f"{_STAGING_VERB}[了过的]?(?:[0-9{_NUMERALS}]+[届年季次])?"
                          "(?:[^，,。；;：:、“”\"各多]{2,16}(?:节|展)[和与及、])?$")
_HELD_REACH = 32
_HELD_HEADS = ("节", "展")   # a festival or a show; a talks week (招商引资洽谈周) still wants its year or place


# 2015年湖南(香港)|投资贸易洽谈周, 株洲(渌口)|…论坛: the host's place and, in brackets, the place
# the event is held in open its name together
_BRACKETED_PLACE = re.compile("[(（]([\u4e00-\u9fff]{2,4})[)）]$")


def _through_bracketed_place(text: str, start: int, gaz: Gazetteer) -> int:
    """Where an event's name read leftwards to `start` begins when a bracketed place and a
    host's place before it stand right before `start`; else `start`."""
    bracket = _BRACKETED_PLACE.search(text, max(0, start - 6), start)
    if bracket is None or not _is_place_name(bracket.group(1), gaz):
        return start
    head = _name_before_plain(text, bracket.start(), _NAME_WINDOW)
    if not _contains_place(head, gaz) or _inside_host(bracket.group(1), head, gaz):
        return start
    return bracket.start() - len(head)


def _inside_host(bracketed: str, head: str, gaz: Gazetteer) -> bool:
    """湖南(南县)|首届…艺术节: a bracketed place inside the host's place names the event's runner
    (program_place reads it), not a venue abroad that is part of the name (湖南(香港)…洽谈周)."""
    hosts = {e.key for i in range(len(head)) for j in range(i + 2, min(len(head), i + 8) + 1)
             for e in gaz.lookup(head[i:j])}
    return any(_within(e.key, host, gaz) for e in gaz.lookup(bracketed) for host in hosts)


def _held_object(text: str, start: int) -> bool:
    """Is the phrase starting at `start` the object of a staging verb (举办|桃花节), or the
    second of two festivals joined after one (举办…旅游节和|水上运动节)?"""
    return _HELD_OBJECT.search(text, max(0, start - _HELD_REACH), start) is not None


_DATED_AFTER_ACTIVITY = re.compile("^.*活动(?=(?:19|20)[0-9]{2}|第[0-9一二三四五六七八九十]+届|首届)")


def _staged_event(text: str, m: re.Match[str], test: str, gaz: Gazetteer) -> tuple[Span, str, ProgramKind] | None:
    """An event named by its head noun (…节, …展, …活动; tests `festival` and `occasion` of
    program_unquoted_markers.tsv). The name starts after an event joined before it (…洽谈会
    暨|湘南新兴轻工产品展, …集中开工活动|中方县分会场活动)."""
    rest = name_before(text, m.start())
    if test == "festival":
        rest = text[_through_bracketed_place(text, m.start() - len(rest), gaz):m.start()]
        rest = _through_theme(text, m.start() - len(rest)) + rest
        rest = _SESSIONS_HELD.sub("", rest)     # 举办了三届|…旅游节: how often it was held
    for joiner in (_JOINER, *(("活动",) if test == "occasion" else ())):
        if joiner in rest:
            rest = rest.rsplit(joiner, 1)[1]
    dated = _DATED_AFTER_ACTIVITY.search(rest)
    if dated:
        rest = rest[dated.end():]      # 举办主体活动|2024湖南工业旅游推广月: the year opens the name
    start = m.start() - len(rest)
    if test == "occasion":
        site = _site_start(rest, gaz)
        if site is not None:
            return _event_of_site(start, rest, site)
    if len(rest) < 2 or is_stoplisted(rest) or not _ends_word(text, start, m.end(), m.group(0)) \
            or text[:m.end()].endswith(_NOT_SHOW_WORDS):
        return None
    name = rest + m.group(0)
    ordinal = _ORDINAL.search(rest)
    if test == "festival":
        core = _ORDINAL.sub("", rest)
        core = "".join(ch for i, ch in enumerate(core) if not _in_place(core, i, gaz))
        if len(core) < 2 or name.endswith(tuple(load_lines("program_holidays.txt"))):
            return None
        held = m.group(0) in _HELD_HEADS and _held_object(text, start)
        if not ordinal and not _contains_place(rest, gaz) and not held:
            return None
    else:
        cued = any(c in name for c in load_lines("program_event_cues.txt")) \
            and (_contains_place(rest, gaz) or _SCOPE_BEFORE.search(text, max(0, start - 2), start) is not None)
        if len(rest) < 4 or rest.endswith("系列") or not (ordinal or cued):
            return None
    span, name = without_province_prefix(Span(start, m.end()), name)
    return span, clean(name), "event"


# 建设取得重大进展, 迎来新进展: words ending in 展 that are no show (the segmenter may read 重大进展 as
# one noun, which _ends_word would take for a show's name like 成果展)
_NOT_SHOW_WORDS = ("进展", "发展", "开展", "拓展", "扩展", "施展", "伸展")


# …集中开工|中方县分会场|活动: a place's site (分会场) of an event named before it
_SITE_WORDS = ("分会场", "主会场")


def _site_start(rest: str, gaz: Gazetteer) -> int | None:
    """Where the place of a site (中方县|分会场) starts when `rest` ends in one, else None."""
    word = next((w for w in _SITE_WORDS if rest.endswith(w)), "")
    end = len(rest) - len(word)
    if not word:
        return None
    starts = [k for k in range(max(0, end - 8), end - 1) if gaz.lookup(rest[k:end])]
    return min(starts) if starts else None


def _event_of_site(start: int, rest: str, site: int) -> tuple[Span, str, ProgramKind] | None:
    """2022年怀化市第二次重大项目集中开工|中方县分会场活动: the site of a place is part of the
    event named before it (the gold conventions name the event, not its site); that event,
    when it has an ordinal or year and is not already closed by a marker of its own."""
    head = rest[:site]
    if len(head) < 4 or not _ORDINAL.search(head) or _unquoted_regex().search(head[-3:]):
        return None
    return Span(start, start + len(head)), head, "event"


def _in_place(phrase: str, i: int, gaz: Gazetteer) -> bool:
    """Is character i of the phrase inside a place name of the phrase (湖南|首届油菜花)?"""
    for a in range(max(0, i - 7), i + 1):
        for b in range(max(i + 1, a + 2), min(len(phrase), a + 8) + 1):
            if _is_place_name(phrase[a:b], gaz):
                return True
    return False


_DOCUMENT_MIN = 6   # 城步苗族自治县巩固提升就业帮扶车间专项行动|实施方案, not 具体|实施方案
# 出台林长制|实施方案: an X长制 system, however short, names the document that sets it up
_HEAD_SYSTEM = re.compile("[\u4e00-\u9fff]{1,3}长制")

# 投资1亿元的|安防线束及汽车线束生产制造|项目: a project described by what it builds, named
# by the amount invested in it
_INVESTED = re.compile(r"(?:总投资|计划投资|投资)约?[0-9.]+[万亿]*元的$")
_DESCRIPTIVE_MIN = 6
_OBJECT_JOINERS = "及和与"
_JOINED_MAX = 10
_CUT_REACH = 8   # how far before the words read (cut at a function word: 电子|用) 投资N元的 may stand


def _invested_object(text: str, start: int) -> int | None:
    """Where the name of a project starts when 投资N元的 stands right before it (also before a
    first part joined by 及/和/与: 投资1亿元的|安防线束及|汽车线束…, or before words the reading
    stopped at: 总投资12亿元的|泸溪县电子用|新型材料), else None."""
    if _INVESTED.search(text, max(0, start - 16), start):
        return start
    if start and text[start - 1] in _OBJECT_JOINERS:
        de = text.rfind("的", max(0, start - _JOINED_MAX - 2), start - 1)
        part = text[de + 1:start - 1] if de >= 0 else ""
        if part and all(CJK.match(ch) for ch in part) and _INVESTED.search(text, max(0, de - 15), de + 1):
            return de + 1
    de = text.rfind("的", max(0, start - _CUT_REACH - 1), start)
    if de >= 0 and all(CJK.match(ch) for ch in text[de + 1:start]) \
            and _INVESTED.search(text, max(0, de - 15), de + 1):
        return de + 1      # 总投资12亿元的|泸溪县电子用|新型材料项目: the reading stopped at 用
    return None


# 一季度|项目, 上半年|项目: a period heading the words before 项目 dates a set of projects
_PERIOD_HEAD = re.compile(f"(?:[{_NUMERALS}]季度|[上下]半年|今年|去年|明年|年初|年底|全年|年内|近年|当前|目前)")
_COUNTED_AFTER = re.compile(f"[0-9{_NUMERALS}]+个")
# 湖南省级|重点项目, 湘潭市级|重点项目, 本级重点项目: a level label and a category word name a
# class of projects (the projects a level of government lists), not one project
_CATEGORY = "[省市州县区乡镇村]?级|本级|重点|重大|新开工|续建|在建|建设"
_CATEGORY_WORDS = re.compile(_CATEGORY)
# 中方县力推固定资产投资八大|重点项目, 全县206个|重点项目: a count right before the category
# words counts a class of projects
_COUNTED_CLASS = re.compile(f"(?:[0-9]+|[{_NUMERALS}]+)[个大项批](?:{_CATEGORY})*$")
# (2023年以来|重点|项目: the projects of a period up to now, a class like a year's batch)
# 桃源县2022年第一季度|重点建设|项目, 湘潭经开区四季度|重点|项目: the quarter or half-year whose batch of
# projects a place lists is a period of the batch, like its year (the batch's 集中开工仪式 is the event)
_COLLECTIVE_WORDS = re.compile(f"[0-9]+年(?:度|以来)?|第?[{_NUMERALS}]季度|[上下]半年|[0-9.]+[个大项批家]?"
                               f"|[{_NUMERALS}]+[个大项批家]|[0-9]+月份?")


_COUNTED_INSIDE = re.compile("项目[0-9]")


def _without_zone_word(bare: str, rest: str) -> str:
    """湘潭|经开区|四季度重点: the zone word (经开区, 高新区 …) a place heads, left at the start of
    `bare` once the place is taken out, is part of that place: drop it too."""
    from .places import zone_suffixes

    if bare == rest:
        return bare
    for zone in zone_suffixes():          # longest first
        if bare.startswith(zone) and rest.find(zone) > 0:
            return bare[len(zone):]
    return bare


def _generic_project(text: str, rest: str, end: int, gaz: Gazetteer) -> bool:
    """The words before 项目 name a set of projects, not one: only a place and/or a count
    (石门县6大|项目, 郴州|项目), a verb phrase (签订合作协议|项目), a period (一季度|项目), a
    category count (五大方面铺排|项目), Latin letters alone (PPP|项目: a financing mode), a
    level label with category words (湖南省级重点|项目), a working verb after the place
    (湘乡市深化|项目全生命周期服务), or a count right after 项目 (签订合作协议项目|1个: a
    category being counted)."""
    if _COUNTED_AFTER.match(text, end) or re.fullmatch("[A-Za-z]+", rest) or _PERIOD_HEAD.match(rest):
        return True
    if _COUNTED_INSIDE.search(rest):
        return True       # 产业发展项目138基础设施项目119…: counts of classes run together, no name
    if _BIG_COUNT.match(rest) or _COUNTED_CLASS.search(rest):
        return True
    if _NUMBERED_DUTY.match(rest):
        return True       # 二要加大|项目整合力度: a numbered duty of a speech, no name
    bare = _without_zone_word("".join(ch for i, ch in enumerate(rest) if not _in_place(rest, i, gaz)), rest)
    if not _CATEGORY_WORDS.sub("", _COLLECTIVE_WORDS.sub("", bare)):
        return True
    if bare.startswith(_INTRO_VERBS):
        return True       # 湘乡市|深化|项目全生命周期服务: the verb takes 项目 as its object
    words = _tagged(rest)
    if all(flag in ("v", "vn") for _, flag in words):
        return True       # 外来投资与|合作签约|项目: verbs of what was done to it, no name
    first = words[0]
    return first[1] == "v" and len(first[0]) >= 2


# 河湖长制: two heads of a chief system joined (河 and 湖) are one system's head, not a verb's
# last character before it (推行|河长制, 造|林长制)
_SYSTEM_HEADS = "河湖林田路山街巷库"


def unquoted_programs(doc: Document, gaz: Gazetteer, taken: list[Span],
                      index: "MentionIndex | None" = None) -> list[tuple[Span, str, ProgramKind]]:
    """Unquoted names ending in a marker (…项目, …行动, …推进会) and X长制 systems."""
    text = doc.text
    found: list[tuple[Span, str, ProgramKind]] = []
    markers = _unquoted_marker_table()
    is_taken = _span_lookup(taken)
    for m in _unquoted_regex().finditer(text):
        if is_taken(m.start()):
            continue
        kind, test = markers[m.group(0)]
        named = unquoted_name(text, m, kind, test, gaz, index)
        if named is not None and not _measured_against(text, named[0].start):
            found.append(named)
            found.extend(_sharing_bodies(text, *named))
    found.extend(item for item in listed_projects(text, gaz, is_taken) if not _company_item(item, index))
    for m in re.finditer(r"([\u4e00-\u9fff]{1,2})长制", text):
        if is_taken(m.start()):
            continue
        head = m.group(1)
        head = head[-1] if len(head) == 2 and head[0] not in "大" + _SYSTEM_HEADS else head
        start = m.end() - len(head) - 2
        found.append((Span(start, m.end()), head + "长制", "mechanism"))
    return found


def _company_item(item: tuple[Span, str, ProgramKind], index: "MentionIndex | None") -> bool:
    """Is a listed project item exactly a company the organisation extractor found (明鑫不锈钢、尚鑫纸业
    among 标准厂房、公租房…等工程项目建设: a company visited, not a project), its name ending in
    no project head?"""
    span, name, _ = item
    if index is None or name.endswith(_LABELLED_HEADS):
        return False
    return any(o.span == span and o.kind == "company" for o in index.orgs_within(span.start, span.end))


# …树立了标杆,符合|干部梯队选拔制度: a system the work conforms to (or breaks) is a norm it is
# measured against, not a program anyone runs here
_NORM_VERBS = ("符合", "违反", "违背")


def _measured_against(text: str, start: int) -> bool:
    """Is the name at `start` the object of a verb of conformity (符合, 违反)?"""
    return text[max(0, start - 2):start] in _NORM_VERBS


# ---------------------------------------------------------------- places and organisations

def _province_of(key: str | None, gaz: Gazetteer) -> str:
    """The province of a place key (a coded ancestor, or the code's first two digits for
    keys of places the gazetteer lacks, "430200/株洲经开区"); Hunan when unknown."""
    if key:
        entry = gaz.entries.get(key)
        chain = ([entry] if entry else []) + gaz.ancestors(key)
        for e in chain:
            if e.level == "province":
                return e.key
        guess = key[:2] + "0000"
        if guess in gaz.entries and gaz.entries[guess].level == "province":
            return guess
    return _DEFAULT_PROVINCE


_CITY_LEVELS = frozenset({"prefecture_city", "autonomous_prefecture", "prefecture"})
# 市级党建示范村, 列入市级考核“六大战役”: a city-level scope names the prefecture above the
# article's place
_CITY_LEVEL_PHRASE = re.compile("(?:市级|州级)[^，,。；;：:、“”\"]{0,6}[“\"]?$")


def _city_of(key: str | None, gaz: Gazetteer) -> str | None:
    """The prefecture-level city or prefecture of a place key (itself when it is one)."""
    if not key:
        return None
    entry = gaz.entries.get(key)
    chain = ([entry] if entry else []) + gaz.ancestors(key)
    return next((e.key for e in chain if e.level in _CITY_LEVELS), None)


def _bare_city_word(text: str, start: int, index: MentionIndex) -> bool:
    """Is a bare 市 (no place name ending there, not 全市) written right before a quoted name
    at `start` (对标市“…”专项整治行动): the city's program, as 省“…” is the province's."""
    return text[start:start + 1] in "“\"" and text[start - 1:start] == "市" and text[start - 2:start] != "全市" \
        and not any(p.span.end == start for p in index.places_within(max(0, start - 12), start))


# 强省会, 开放强市、产业立市, 工业富县: a slogan that sets out to strengthen (enrich, found, revive) a
# level names the level whose strategy it is (not 百强县, a ranking, nor 强市场…, a market)
_SLOGAN_LEVEL = re.compile("(?<![百十千])(?:强|兴|立|富)([省市县区州])(?![场级委直长])")


def slogan_level(name: str) -> str | None:
    """The level character a strengthening slogan names (强省会 → 省, 产业立市 → 市), else None;
    None as well when its clauses name different levels."""
    levels = {m.group(1) for m in _SLOGAN_LEVEL.finditer(name)}
    return levels.pop() if len(levels) == 1 else None


def _below_city(key: str | None, gaz: Gazetteer) -> bool:
    """Is the place a county or a district (whose 市 is the city above; a county-level city's 市 is itself)?"""
    return bool(key) and _level_of(gaz, key) in ("county", "district")


def _city_level(text: str, start: int, name: str) -> bool:
    """Does a city-level word head the name or the phrase just before it?"""
    return name.startswith(("市级", "州级")) or _CITY_LEVEL_PHRASE.search(text, max(0, start - 10), start) is not None


# 作为全省14个实施|乡村振兴战略示范创建县之一: a province-wide scope heading the phrase
_PROVINCIAL_PHRASE = re.compile("(?:全省|省级)([^，,。；;：:、“”\"]{0,10})$")


_PROVINCIAL_MIN = 4   # 引领开放崛起战略 (read without its 创新) is still the provincial strategy


def is_provincial(name: str) -> bool:
    """A Hunan provincial program (program_provincial.txt), also when written shorter or
    longer than the listed name."""
    return any(p == name or p in name or (len(name) >= _PROVINCIAL_MIN and name in p)
               for p in load_lines("program_provincial.txt"))


def _provincial_phrase(text: str, start: int) -> bool:
    """Does a province-wide scope (全省, 省级) head the phrase that ends in the name at
    `start`? Not when the phrase claims a first (全省首个…: the province is the yardstick)."""
    m = _PROVINCIAL_PHRASE.search(text, max(0, start - 14), start)
    return m is not None and not any(w in m.group(1) for w in _FIRST_CLAIMS + ("首", "第一"))


# 该区 / 全县 / 本市 / 我县 (a county paper writing of its own county): a place named by its
# level, resolved by graph.places.resolve_relative
_RELATIVE_PLACE = re.compile(r"(?:该|本|我)(?:省|市|县|区|镇|乡|街道)")
# 县里还总结出…,鼓励“一村一个招”; 村里开发出80亩油茶基地; 区里推出的“三干”: the spoken 县里/村里 … opening
# a clause is the county (village …) of the report, doing what follows, as 该县 is; not 村里的 (a
# possession), 村里人 (people), nor inside a word (农村里, 城里, 这里)
# 根据县里“一村一品”的要求, 按照市里部署: after a verb of following (根据/按照/对接 …) it names the level
# whose requirement the program is, as 县委/市委 would
_FOLLOWING_VERBS = ("根据", "按照", "依据", "对接", "落实", "对照", "响应", "配合")
_COLLOQUIAL_PLACE = re.compile("(?:(?<=[，,。；;：:“\"‘\n])|^|" + "|".join(f"(?<={v})" for v in _FOLLOWING_VERBS)
                               + ")(?:省|市|州|县|区|镇|乡|村)里(?![的人头外面边])", re.M)
# 社区持续健全“…”五级联动治理, 社区党总支牵头开展…: a bare 社区 opening a clause, alone or with its
# own committee, before an adverb or a verb of doing, is the community of the report (as 村里 is
# its village), not a kind of place
# 街道以小区党支部为“诉求接收前端”,建立“党员联户+即时反馈”机制: a bare 街道 (alone or with its 党工委 or
# 办事处) opening a clause is the subdistrict of the report in the same way, and so is either opening
# a clause with 以 (…以X为Y: the instrument follows, the subject runs the work; not 以上/以下 …)
_BARE_UNIT_VERBS = ("(?:持续|积极|先后|还|也|又|已|将|通过|依托|牵头|组织|开展|建立|推行|成立|坚持|探索"
                    "|创新|打造|实施|推出|健全|构建|完善|以(?![上下外内来后前及]))")
_BARE_COMMUNITY = re.compile("(?:(?<=[，,。；;：:\n])|^)(?:社区(?=(?:党委|党总支|党支部|居委会|两委)?"
                             f"{_BARE_UNIT_VERBS})|街道(?=(?:党工委|办事处)?{_BARE_UNIT_VERBS}))", re.M)


_SMALL_UNITS = "村镇乡"   # levels whose places a report may name that the gazetteer does not know
_BARE_UNITS = ("社区", "街道")   # units written bare for the report's own (see _BARE_COMMUNITY)


def _named_unit_before(doc: Document, pos: int, word: str, index: MentionIndex) -> str | None:
    """大新田村位于土桥镇…,村里开发出80亩油茶基地: the village (town) a 村里 / 镇里 refers to, when
    the gazetteer does not know its level: the last place of the article before it whose name
    ends with that unit."""
    unit = word if word in _BARE_UNITS else word.rstrip("里")[-1:]
    if not unit or unit not in _SMALL_UNITS and unit not in _BARE_UNITS:
        return None
    article = index.article_at(pos)
    for p in reversed(index.places_within(article.span.start if article else 0, pos)):
        if p.surface.endswith(unit):
            return p.key
    return None


def _resolve_relative(doc: Document, pos: int, word: str, article_place: dict[int, str],
                      index: MentionIndex, gaz: Gazetteer) -> str | None:
    """The place 该区 / 本市 … at `pos` names, given the places of its article and the
    text just before it (only those are passed, so that the lookup stays local)."""
    from .places import NEAR_CHARS, resolve_relative  # the places module owns relative resolution

    article = index.article_at(pos)
    lo = min(article.span.start if article else pos, pos - NEAR_CHARS)
    return resolve_relative(doc, pos, word, article_place, index.places_within(max(0, lo), pos), gaz)


# 全市“三比三看”: the whole city/county/district named just before a program runs it
_WHOLE_PLACE_CUES = frozenset({"全市", "全县", "全区", "全州"})
# 在全县举办的“春风行动”首场招聘会: the whole county a program is held across runs it (not a
# place named earlier in the sentence: 从广东东莞返乡…,在全县举办的…)
# 近年来,全州坚持把…旅游业作为…,全力构建“一龙头、一中心…”: the whole prefecture (county …) opening
# a clause of the program's sentence is its subject, and runs what that sentence does (as 该州 would),
# rather than a place named in an earlier sentence; not 全市的 (a possession: 全市的重点项目)
_WHOLE_SUBJECT = re.compile("全[市县区州](?![的])(?=[\u4e00-\u9fff])")
# 在长沙分会场集中开工的9个全省交通能源项目,…,包括A、B、C: a counted class of projects said to be the
# whole province's (city's …) names the level that runs each item listed after it in the sentence,
# not the venue or a place named inside an earlier item
_COUNTED_WHOLE_CLASS = re.compile(f"(?:[0-9]+|[{_NUMERALS}]+)个(全[省市县区州])[\u4e00-\u9fff]{{0,8}}?项目")
_HELD_ACROSS = re.compile("在(全[市县区州])(?=举办|举行|开展|组织|召开|实施|推行|启动)")
# 在株洲市率先推出…: the place a first is claimed in is a yardstick, not the program's runner
_FIRST_CLAIMS = ("率先", "首推", "首创", "首个", "首家", "第一个", "最先")


def _is_benchmark_scope(text: str, place: PlaceMention) -> bool:
    """Is the place the scope of a 'first in …' claim (在株洲市率先推出)?"""
    return text[place.span.start - 1:place.span.start] == "在" and text.startswith(_FIRST_CLAIMS, place.span.end)


# 卧龙村位于茶陵县北端,与攸县和江西莲花县接壤: the places a place borders are its neighbours, written to
# say where it lies; they run none of the work the report goes on to tell
_NEIGHBOURS = re.compile("与[^，,。；;：:“”\n]{1,24}?(?:接壤|毗邻|相邻|交界|接界|相连|为邻)")
_NEIGHBOUR_REACH = 26


def _is_neighbour(text: str, place: PlaceMention) -> bool:
    """Is the place inside a 与…接壤/毗邻 clause (a neighbour of the place described)?"""
    lo = max(0, place.span.start - _NEIGHBOUR_REACH)
    return any(m.start() < place.span.start and place.span.end <= m.end()
               for m in _NEIGHBOURS.finditer(text, lo, place.span.end + _NEIGHBOUR_REACH))


def _can_run(text: str, place: PlaceMention) -> bool:
    """May the place be taken as the runner of a program named after it in its context?
    Not the yardstick of a 'first' claim, nor an item of an enumeration (尧市、锦和、岩门等
    五个“战区”: one of several places listed, not the one that runs what follows), nor a
    level label (湘潭市级|层面)."""
    return not _is_benchmark_scope(text, place) and not is_enumerated(text, place.span) \
        and not _is_parenthetical(text, place) and not text.startswith(_PRODUCT_HEADS, place.span.end) \
        and not _is_focus(text, place) and not is_level_label(text, place) and not _guides(text, place) \
        and not _economy_owner(text, place) and not _is_neighbour(text, place)


# 进一步加快怀化国际陆港中方临港产业园建设,…,为奋力建设“四城两区”提供…: a park or site written
# between a verb of pushing work on (加快, 推进 …) and 建设 is the thing being built, the object of
# the clause; the subject that builds it runs the work the sentence goes on to name
_BUILT_AFTER = re.compile("[^，,。；;：:“”、和及与\n]{0,12}?建设")
_PUSH_VERB_BEFORE = re.compile("(?:加快|推进|推动|加强|抓好|抓紧|完成|启动)[^，,。；;：:“”\n]{0,12}$")


def _built_object(text: str, place: PlaceMention, start: int) -> bool:
    """Is the place (or a name it opens: 怀化|国际陆港…) the object of 加快/推进…建设 (a site under
    construction) in a clause ending before the program at `start`?"""
    built = _BUILT_AFTER.match(text, place.span.end)
    return built is not None and built.end() <= start \
        and _PUSH_VERB_BEFORE.search(text, max(0, place.span.start - 14), place.span.start) is not None


# 充当着益阳|经济发展的“火车头”, 为湘潭市|经济社会高质量发展蓄积势能, 推动新邵|经济社会…: a place
# right before 经济, after a word that makes that economy the object or beneficiary of the clause
# (为, 推动, 助力, 着/了/的 …), owns the economy a project serves, not the work: it runs nothing.
# A place opening its clause (衡阳市雁峰区|经济保卫战全面打响, 全市|经济运行…) is still the subject
_ECONOMY_AFTER = "经济"
_ECONOMY_GOVERNOR = re.compile("(?:为|给|对|着|了|的|推动|带动|拉动|促进|助力|服务于?|支撑|引领|壮大)$")


def _economy_owner(text: str, place: PlaceMention) -> bool:
    """Is the place the owner of the economy named right after it, governed by a word before it?"""
    return text.startswith(_ECONOMY_AFTER, place.span.end) \
        and _ECONOMY_GOVERNOR.search(text, max(0, place.span.start - 3), place.span.start) is not None


# 沙河社区在芷兰街道党工委创新党建引领社会治理下,…启动“街巷长”工作: the body or place in a
# 在…下 clause guides the work; the subject before 在 runs it
_GUIDANCE = re.compile("在([^，,。；;：:“”\n]{2,30})下(?=[，,])")
_GUIDANCE_REACH = 32


def _guides(text: str, place: PlaceMention | OrgMention) -> bool:
    """Does the place stand inside a 在…下 clause (under its guidance or leadership)?"""
    lo = max(0, place.span.start - _GUIDANCE_REACH)
    return any(m.start(1) <= place.span.start and place.span.end <= m.end(1)
               for m in _GUIDANCE.finditer(text, lo, place.span.end + _GUIDANCE_REACH))


# 人社部门联合蓝山经开区开展…“春风行动”: the body or place after 联合/会同/协同/携手/配合 is a
# partner of the work; the subject before it leads it
_PARTNER_CUES = ("联合", "会同", "协同", "携手", "配合")


# 湘西土家族苗族自治州在上海举行产业园区招商推介会: the place after 在, right before the verb of
# holding, is the venue; the subject before 在 runs the event
_HOLDING = re.compile("[^，,。；;：:“”]{0,8}?(?:举行|召开|举办|开展|组织|启动)")


def _is_venue(text: str, place: PlaceMention, sent_start: int, start: int, index: MentionIndex) -> bool:
    """Is the place the venue of 在X举行/召开/举办… with a place, a body or a back reference
    (我市在桂阳县成功举办了…, 该县在…) as subject before 在 in the same clause? (Without a
    subject the venue may well be the runner: 在祁东县召开…)"""
    if text[place.span.start - 1:place.span.start] != "在" or not _HOLDING.match(text, place.span.end, start):
        return False
    clause = max([text.rfind(c, sent_start, place.span.start) for c in _COMMAS] + [sent_start - 1]) + 1
    return bool(index.places_within(clause, place.span.start - 1) or index.orgs_within(clause, place.span.start - 1)
                or _RELATIVE_PLACE.search(text, clause, place.span.start - 1))


# 湖南省龙山县联合湖北省来凤县共同举行…: a partner from another province or city is written with
# that province (city) before it; the cue stands before the prefix, and the place after the prefix
# is still the partner
_PARTNER_PREFIX = re.compile("[\u4e00-\u9fff]{1,7}?[省市州]$")
# 双牌县与芷江侗族自治县举行共建“和”文化友好城市结盟仪式: a unit joined by 与 right after the unit the
# report is about (a name ending in its level: 县与, 市与) is the other party; the one named first runs
_PAIRED_UNIT = re.compile("[\u4e00-\u9fff][省市县区州镇乡村]与$")
# (only when the pair holds or signs something together right after: 希望公安县与澧县在…方面加强合作
# is a wish for both, and the report's own county after 与 keeps its place)
_PAIRED_HOLDING = re.compile("(?:共同|联合)?(?:举行|举办|召开|签订|签署|签约)")


def _is_partner(text: str, mention: PlaceMention | OrgMention) -> bool:
    """Is the place or body the object of 联合/会同/协同/携手/配合 (a partner, not the runner),
    also behind the province or city that prefixes it (联合湖北省|来凤县), or the second of two
    units joined by 与 (双牌县与|芷江侗族自治县)?"""
    start = mention.span.start
    if text.endswith(_PARTNER_CUES, 0, start) or _PAIRED_UNIT.search(text, max(0, start - 3), start) \
            and _PAIRED_HOLDING.match(text, mention.span.end):
        return True
    prefix = _PARTNER_PREFIX.search(text, max(0, start - 8), start)
    return prefix is not None and any(text.endswith(cue, 0, m) for cue in _PARTNER_CUES
                                      for m in range(prefix.start(), prefix.end() - 1))


# 湘潭市级层面, 湖南省级重点项目, 怀化市级: a place written right before 级 names a level of
# government (the list of projects that level keeps), not the runner of what follows
_LEVEL_AFTER = re.compile("[省市州县区]?级")


def is_level_label(text: str, place: PlaceMention) -> bool:
    """Is the place written as a level label (湘潭市级|层面, 湘潭|市级)?"""
    return _LEVEL_AFTER.match(text, place.span.end) is not None


# 堡子镇以堡子村为主,打造…: the place a program centres on is not the one that runs it
_FOCUS_AFTER = ("为主", "为核心", "为中心", "为重点", "为龙头", "为主体")


# 街道以小区党支部为“诉求接收前端”,建立…机制: the body of 以X为Y is made the means of the work (its
# front end, its carrier); the subject before 以 runs what the clause sets up
def _is_instrument(text: str, org: OrgMention) -> bool:
    """Is the body written as X of 以X为 (the means the subject works through)?"""
    return text[org.span.start - 1:org.span.start] == "以" and text.startswith("为", org.span.end)


def _is_focus(text: str, place: PlaceMention) -> bool:
    """Is the place the focus of 以X为主/为核心 (the subject before 以 runs the work)?"""
    return text[place.span.start - 1:place.span.start] == "以" and text.startswith(_FOCUS_AFTER, place.span.end)


# 衡阳特产, 台湾特色食品: a place that says where a product comes from runs nothing
_PRODUCT_HEADS = ("特产", "土特产", "特色食品", "特色产品", "特色农产品", "名优特产", "特色小吃", "美食")


def _is_parenthetical(text: str, place: PlaceMention) -> bool:
    """在西河涛圩段(水头村)开展…: a place in brackets is an aside locating the work, not the
    body that runs it."""
    before, after = text[place.span.start - 1:place.span.start], text[place.span.end:place.span.end + 1]
    return place.span.start > 0 and before in ("(", "（") and after in (")", "）")


class MentionIndex:
    """Places, organisations, articles, paragraphs and 《…》 titles of one document, sorted
    by offset so that the ones near a program are found by bisection (linear extraction)."""

    def __init__(self, doc: Document, places: list[PlaceMention], orgs: list[OrgMention]) -> None:
        self.doc = doc
        self.places = sorted(places, key=lambda p: (p.span.start, p.span.end))
        self.place_starts = [p.span.start for p in self.places]
        self.orgs = sorted(orgs, key=lambda o: (o.span.start, o.span.end))
        self.org_starts = [o.span.start for o in self.orgs]
        self.paragraph_starts = [p.start for p in doc.paragraphs]
        self.titles = [Span(m.start(), m.end()) for m in re.finditer("《[^》\n]{1,80}》", doc.text)]
        self.title_starts = [t.start for t in self.titles]

    def places_within(self, lo: int, hi: int) -> list[PlaceMention]:
        """Places lying wholly inside [lo, hi), in text order."""
        i, j = bisect_left(self.place_starts, lo), bisect_left(self.place_starts, hi)
        return [p for p in self.places[i:j] if p.span.end <= hi]

    def places_starting_at(self, pos: int) -> list[PlaceMention]:
        i, j = bisect_left(self.place_starts, pos), bisect_right(self.place_starts, pos)
        return self.places[i:j]

    def orgs_within(self, lo: int, hi: int) -> list[OrgMention]:
        """Organisations lying wholly inside [lo, hi), in text order."""
        i, j = bisect_left(self.org_starts, lo), bisect_left(self.org_starts, hi)
        return [o for o in self.orgs[i:j] if o.span.end <= hi]

    def article_at(self, pos: int) -> Article | None:
        return self.doc.article_at(pos)

    def paragraph_index(self, pos: int) -> int | None:
        i = bisect_right(self.paragraph_starts, pos) - 1
        if i >= 0 and pos < self.doc.paragraphs[i].end:
            return i
        return None

    def inside_title(self, pos: int) -> bool:
        """Is `pos` inside a 《…》 title?"""
        i = bisect_right(self.title_starts, pos) - 1
        return i >= 0 and pos < self.titles[i].end


# “三帮”，助企融入“大循环” / “三上”，帮企业找大市场: a program named in a section's heading (a short
# line of its own inside the article, no sentence ending in it) is the work the section goes on to
# report; the first place the section's next paragraphs name runs it (湘潭经开区采取帮助企业“上台”
# …), not the place the section before it ended with
_HEADING_MAX = 30
_SECTION_PARAGRAPHS = 2
_SENTENCE_ENDS = "。！？!?"


def _section_place(doc: Document, span: Span, index: MentionIndex, gaz: Gazetteer,
                   names: tuple[Span, ...]) -> str | None:
    """The first place (not a province, village or community) of the two paragraphs after the
    program's heading line (a short line closing its paragraph without a sentence's end), in its
    article; None when the program stands in no such line."""
    idx = index.paragraph_index(span.start)
    article = index.article_at(span.start)
    sentence = doc.sentence_at(span.start)
    if idx is None or article is None or sentence is None or idx + 1 >= len(doc.paragraphs):
        return None
    own = doc.paragraphs[idx]
    line = doc.text[sentence.span.start:own.end].strip()
    if sentence.span.start <= article.span.start or len(line) > _HEADING_MAX \
            or any(c in line for c in _SENTENCE_ENDS):
        return None   # the article's headline, a sentence, or a line that does not close its paragraph
    end = min(doc.paragraphs[min(idx + _SECTION_PARAGRAPHS, len(doc.paragraphs) - 1)].end, article.span.end)
    for p in index.places_within(own.end, end):
        if _level_of(gaz, p.key) not in _NOT_RUNNERS and _can_run(doc.text, p) \
                and not _inside_other_name(p, names) and not index.inside_title(p.span.start):
            return p.key
    return None


def _leaves_the_chain(key: str, before: str, gaz: Gazetteer) -> bool:
    """Does a place written right after another lie outside it (东莞市|湖南, a hometown chamber's
    province after its host city), rather than deeper in one address (株洲市|茶陵县)?"""
    return key != before and not _within(key, before, gaz)


def _own_article_place(doc: Document, article: Article | None, article_place: dict[int, str]) -> str | None:
    """The place of the program's article; for a lone headline line that names no place (政府工作报告,
    split from the body that begins 2016年11月25日在桂阳县…会议上), the place of the article it heads."""
    if article is None:
        return None
    own = article_place.get(article.index)
    if own is None and "\n" not in doc.text[article.span.start:article.span.end].strip():
        return article_place.get(article.index + 1)
    return own


def program_place(doc: Document, span: Span, name: str, index: MentionIndex, gaz: Gazetteer,
                  article_place: dict[int, str],
                  names: tuple[Span, ...] = ()) -> tuple[str | None, str | None]:
    """(place key, org) of the program named at `span`.

    Order: a place inside/just before the name; 省/全省 before it (the province); the
    nearest place or organisation earlier in the sentence; the last place of the paragraph
    or the two before it; the article's place. A place inside a project's name (`names`,
    the spans of project names) runs no other program.
    """
    sentence = doc.sentence_at(span.start)
    sent_start = sentence.span.start if sentence else max(0, span.start - 60)
    sent_start = min(sent_start, span.start)
    head = enumeration_head(doc.text, span.start, sent_start)
    if is_national(name) or _NATIONAL_LEAD.search(doc.text, max(0, span.start - 6), span.start) \
            or doc.text[span.start] == "《" and is_law(name) or _central_leader_event(doc.text, span) \
            or head < span.start and _NATIONAL_LEAD.search(doc.text, max(sent_start, head - 6), head):
        return NATIONAL, None
    article = index.article_at(span.start)
    art_place = _own_article_place(doc, article, article_place)
    at = span.start + (1 if doc.text[span.start] in "“\"「‘《" else 0)
    year = _LEADING_YEAR.match(doc.text, at, span.end)
    at = year.end() if year else at
    ordinal = _LEADING_ORDINAL.match(doc.text, at, span.end)
    at = ordinal.end() if ordinal else at
    leading: PlaceMention | None = _bracketed_head(doc.text, span, index)
    while True:
        nxt = [p for p in index.places_starting_at(at) if p.span.end <= span.end and p.span.end > at]
        if not nxt or leading is not None and _leaves_the_chain(nxt[-1].key, leading.key, gaz):
            break   # 东莞市|湖南祁阳商会成立大会: a place outside the one before it opens a body's name
        leading = nxt[-1]
        at = leading.span.end
    if leading is not None and (_provincial_company_head(doc.text, leading, span, gaz)
                                or span in names and _level_of(gaz, leading.key) == "province"):
        leading = None   # 湖南先导新材料科技有限公司一期项目, 湖南揽胜科技: the brand's home, not the project's
    if leading is not None and _road_between_ends(name) and _inside_article_place(leading.key, art_place, gaz):
        return art_place, None   # 永顺县城至石堤公路 in the prefecture's list: an end of the road, not its builder
    if leading is not None:
        if leading.span == span and "/" in leading.key:
            return leading.key.rsplit("/", 1)[0], None   # 道县广新运动用品产业园: the park is the project
        return leading.key, None
    own_word = _TITLE_OWN_PLACE.search(doc.text, span.start, span.end) if doc.text[span.start] == "《" else None
    if own_word:   # 《关于进一步规范我市城市基础设施配套费执收工作的通知》: the writer's own city
        key = _resolve_relative(doc, own_word.start(), own_word.group(0), article_place, index, gaz)
        if key:
            return key, None
    if _attended_fair(doc.text, span, name, index):
        return None, None   # 斩获农博会金奖, 中部博览会娄底签约项目12个: a guest's prize or deals at another's fair
    if span in names and _opens_with_own_short_form(doc.text[at:span.end], art_place, gaz):
        return art_place, None
    lead = doc.text[max(sent_start, span.start - 2):span.start]
    slogan = slogan_level(name)
    if any(lead.endswith(cue) for cue in _PROVINCE_CUES) or name.startswith(_PROVINCE_NAME_PREFIXES) \
            or is_provincial(name) or _provincial_phrase(doc.text, span.start) or slogan == "省" \
            or head < span.start and doc.text[max(sent_start, head - 2):head].endswith(_PROVINCE_CUES):
        return _province_of(art_place, gaz), None
    if _bare_city_word(doc.text, span.start, index) and _city_of(art_place, gaz):
        return _city_of(art_place, gaz), None   # 雨湖区对标市|“正作风、提精神、鼓士气”专项整治行动
    body = _BODY_HEAD.match(name)
    if body:   # 市委县域经济…现场推进会 in a county's report: the city's
        key = _resolve_relative(doc, span.start, body.group(0), article_place, index, gaz)
        if key:
            return key, None
    if (_city_level(doc.text, span.start, name) or slogan == "市" and _below_city(art_place, gaz)) \
            and _city_of(art_place, gaz):
        return _city_of(art_place, gaz), None
    if _fits_higher_strategy(doc.text, span):
        return None, None
    if lead in _WHOLE_PLACE_CUES:
        key = _resolve_relative(doc, span.start - 2, lead, article_place, index, gaz)
        if key:
            return key, None
    stationed = _stationed_team_village(doc, span, index, gaz)
    if stationed:
        return stationed, None
    glued = _glued_quote_start(doc.text, sent_start, span.start)
    near_places = [p for p in index.places_within(sent_start, glued) if _can_run(doc.text, p)
                   and not _inside_company(p, index)
                   and (not _inside_other_name(p, names) or _heads_its_group(doc.text, p, span, sent_start, index))
                   and not _is_partner(doc.text, p) and not _is_venue(doc.text, p, sent_start, span.start, index)
                   and not _in_other_title(doc.text, p, span) and not _in_theme_quote(doc.text, p)
                   and not _built_object(doc.text, p, span.start)]
    near_orgs = [o for o in index.orgs_within(sent_start, glued)
                 if (o.kind != "company" or not _clause_break(doc.text, o.span.end, span.start)
                     and not _sibling_item(doc.text, o, span.start))
                 and not _inside_other_name(o, names) and not _is_partner(doc.text, o) and not _guides(doc.text, o)
                 and not _is_instrument(doc.text, o)]
    candidates: list[tuple[int, str, object]] = []
    for p in near_places:
        candidates.append((p.span.end, "place", p))
    for o in near_orgs:
        candidates.append((o.span.end, "org", o))
    for m in _SCOPE_PREFIX.finditer(doc.text, sent_start, span.start):
        if m.start() == sent_start or doc.text[m.start() - 1] in _CLAUSE_OPENERS | set(_COMMAS):
            key = _resolve_relative(doc, m.start(), "全" + m.group(0)[0], article_place, index, gaz)
            if key:
                candidates.append((m.end(), "scope", key))
    for m in _WHOLE_SUBJECT.finditer(doc.text, sent_start, span.start):
        if m.start() == sent_start or doc.text[m.start() - 1] in _CLAUSE_OPENERS | set(_COMMAS):
            key = _resolve_relative(doc, m.start(), m.group(0), article_place, index, gaz)
            if key:
                candidates.append((m.end(), "scope", key))
    for m in _COUNTED_WHOLE_CLASS.finditer(doc.text, sent_start, span.start):
        key = _resolve_relative(doc, m.start(1), m.group(1), article_place, index, gaz)
        if key:
            candidates.append((m.end(), "scope", key))
    for m in _HELD_ACROSS.finditer(doc.text, sent_start, span.start):
        key = _resolve_relative(doc, m.start(1), m.group(1), article_place, index, gaz)
        if key:
            candidates.append((m.end(1), "scope", key))
    for m in _RELATIVE_PLACE.finditer(doc.text, sent_start, span.start):
        if not any(p.span.start <= m.start() < p.span.end for p in near_places) and \
                not any(o.span.start <= m.start() < o.span.end for o in near_orgs):
            candidates.append((m.end(), "relative", m))
    for m in _COLLOQUIAL_PLACE.finditer(doc.text, max(sent_start - 1, 0), span.start):
        candidates.append((m.end(), "relative", m))
    for m in _BARE_COMMUNITY.finditer(doc.text, max(sent_start - 1, 0), span.start):
        candidates.append((m.end(), "relative", m))
    for frame in _framing_clauses(doc.text, sent_start, span.start):
        candidates = [c for c in candidates if not frame[0] < c[0] <= frame[1]]
    if candidates:
        _, what, item = max(candidates, key=lambda c: (c[0], c[1] == "org"))
        if what == "scope":
            return item, None  # type: ignore[return-value]
        if what == "relative":
            key = _resolve_relative(doc, item.start(), item.group(0), article_place, index, gaz)  # type: ignore[union-attr]
            return key or _named_unit_before(doc, item.start(), item.group(0), index) or art_place, None  # type: ignore[union-attr]
        if what == "org":
            org = item  # type: ignore[assignment]
            if org.kind == "company":
                return None, org.name
            return (org.place_key or art_place), org.name
        return item.key, None  # type: ignore[union-attr]
    if _policy_nickname(doc.text, span):
        return NATIONAL, None
    listed_class = _class_place(doc, span, sent_start, index)
    if listed_class:
        return listed_class, None
    if _provincial_list(doc, span, index):
        return _province_of(art_place, gaz), None
    speaker = _speaker_place(doc, sent_start, index) or _paragraph_speaker_place(doc, span, index)
    if speaker:
        return speaker, None
    if _company_reported(doc, span, index):
        return None, None
    relative = _paragraph_relative(doc, span, index, gaz, article_place, names)
    if relative:
        return relative, None
    heading = _section_place(doc, span, index, gaz, names)
    if heading:
        return heading, None
    return _paragraph_place(doc, span, index, gaz, names, art_place) or art_place, None


# 大安乡2024年十大民生工程项目建设集中开工仪式…。据介绍,十大民生工程项目包括A、B…: a class of
# projects first written after its place (PLACE + year + class) and then repeated bare to head a list
# (class + 包括/有/为) names who runs the items: the township that staged the works, not the county
# the report is filed under. Read only when the item's sentence names no place of its own.
_CLASS_HEAD = re.compile("([\u4e00-\u9fff]{2,12}?(?:项目|工程|实事))(?:主要)?(?:包括|包含|涵盖)")
_CLASS_YEAR = re.compile("(?:[0-9]{4}年度?)?$")
_CLASS_PLACE_GAP = 8
_FULL_STOPS = "。！？!?\n"


def _class_place(doc: Document, span: Span, sent_start: int, index: MentionIndex) -> str | None:
    """The place written right before an earlier mention of the class whose 包括 heads the
    list holding the program (its sentence naming no place before it; the list's later groups,
    after ；, share its head); None otherwise."""
    head = None
    full_start = min(sent_start, max(doc.text.rfind(c, 0, span.start) for c in _FULL_STOPS) + 1)
    for m in _CLASS_HEAD.finditer(doc.text, full_start, span.start):   # groups after ; share the head
        head = m
    if head is None:
        return None
    cls = head.group(1)
    article = index.article_at(span.start)
    lo = article.span.start if article is not None else 0
    at = doc.text.find(cls, lo, head.start(1))
    while at >= 0:
        year = _CLASS_YEAR.search(doc.text, max(lo, at - _CLASS_PLACE_GAP), at)
        before = year.start() if year else at
        places = [p for p in index.places_within(max(lo, before - 12), before) if p.span.end == before]
        if places:
            return places[-1].key
        at = doc.text.find(cls, at + len(cls), head.start(1))
    return None


# 名单显示,今年我省重点建设项目共四大类196个…。…交通网,铁路方面抓好张吉怀、常益长等项目建设: the
# province's list of key projects (省重点建设项目 counted or published as a list) runs the items the
# report goes on to name without a place of their own, wherever its first sentence was filed
# (a city's count of its share, 34个省重点项目完成投资…, is the city's report: not a cue)
_PROVINCIAL_LIST = re.compile("(?:我省|全省)重点(?:建设)?项目(?:共|名单)|省重点(?:建设)?项目名单")


def _provincial_list(doc: Document, span: Span, index: MentionIndex) -> bool:
    """Does the program's paragraph, before it, count or publish the province's key projects?"""
    idx = index.paragraph_index(span.start)
    lo = doc.paragraphs[idx].start if idx is not None else span.start
    return _PROVINCIAL_LIST.search(doc.text, lo, span.start) is not None


# 传达学习习近平总书记在新时代推动中部地区崛起座谈会上…的重要讲话精神: a meeting at which the General
# Secretary speaks (总书记在…会上) is a meeting of the centre, whatever local body relays its spirit;
# the place of the relaying report (the dateline's prefecture) does not run it
_CENTRAL_SPEAKER = re.compile("总书记在[^，,。；;：:“”\n]{0,16}$")
_MEETING_END = re.compile("(?:会|会议|论坛|峰会)$")


# 《关于进一步规范我市…的通知》, 《本县…实施方案》: a title naming its writer's own level (我市, 本县) is
# that level's document, whatever place the sentences before it name
_TITLE_OWN_PLACE = re.compile("(?:本|我)(?:省|市|州|县|区)")


def _central_leader_event(text: str, span: Span) -> bool:
    """Is the program a meeting written between 总书记在 and 上 (the leader speaks at it)?"""
    return _MEETING_END.search(text, span.start, span.end) is not None and text.startswith("上", span.end) \
        and _CENTRAL_SPEAKER.search(text, max(0, span.start - 20), span.start) is not None


# 多个农产品斩获农博会金奖, 第十三届中部博览会娄底签约项目12个: a fair named without its host, whose
# prize a local product wins or at which a local place signs deals, is someone else's fair the place
# attends as a guest: it runs nothing the report could name (a host written in or before the name,
# 中国湖南省(国际)农博会, is read before this test)
_FAIR_NAME = re.compile("(?:博览会|博会|交会|交易会|展销会|展会)$")
_ATTENDED_AFTER = re.compile("(?:金奖|银奖|铜奖|大奖|特等奖|[一二三]等奖|优秀奖|奖项|[\u4e00-\u9fff]{2,4}?签约)")


_HOST_GAP = re.compile("(?:[(（][^()（）]{1,4}[)）])?")   # 中国湖南省(国际)|农博会: a host right before the name


def _attended_fair(text: str, span: Span, name: str, index: MentionIndex) -> bool:
    """Is the program a fair, no host written just before it, whose prize (or deals a place signs
    at it) follow its name?"""
    if _FAIR_NAME.search(name) is None or _ATTENDED_AFTER.match(text, span.end) is None:
        return False
    return not any(_HOST_GAP.fullmatch(text, p.span.end, span.start)
                   for p in index.places_within(max(0, span.start - 20), span.start))


# 永顺县城至石堤公路, 龙山洗洛至里耶公路, S316平江县石牛寨至长庆公路改建工程: a road named by its two
# ends (A至B) names where it runs, not who builds it; a place opening the name inside the report's
# own place is an end, and the report's place (the prefecture listing its trunk roads) builds it
# (邵阳至永州高铁, 宁夏至湖南特高压输电工程 in the province's list: the province's, not 邵阳's)
_ROAD_BETWEEN = re.compile("[\u4e00-\u9fff]+至[\u4e00-\u9fff]+?(?:高速公路|公路|高铁|铁路|大道|快速路|高速|输电|输气管道)"
                           "(?:改建|扩建|提质|新建|建设|改造|工程|项目)*$")


def _road_between_ends(name: str) -> bool:
    """Is the program a road named by its two ends (A至B公路 …)?"""
    return _ROAD_BETWEEN.search(name) is not None


def _inside_article_place(key: str, art_place: str | None, gaz: Gazetteer) -> bool:
    """Does the place lie strictly inside the article's own place?"""
    return bool(art_place) and key != art_place and _within(key, art_place, gaz)


# 中央“一带”战略政策、“两型”…政策、“崛起”战略政策: a level written before the first quoted item of an
# enumeration (items joined by 、/和/及/与, each a quote and at most a few words of kind) heads every item
_ENUM_ITEM_BEFORE = re.compile("“[^“”]{1,16}”[^，,。；;：:“”]{0,16}?[、和及与]$")
_ENUM_REACH = 40


def enumeration_head(text: str, start: int, lo: int) -> int:
    """Where the enumeration of quoted items that the quoted name at `start` closes begins (the
    opening quote of its first item, not before `lo`); `start` itself when the name is no later item."""
    if text[start:start + 1] != "“":
        return start
    pos = start
    while (m := _ENUM_ITEM_BEFORE.search(text, max(lo, pos - _ENUM_REACH), pos)) is not None:
        pos = m.start()
    return pos


# 再加上“高速免费”政策的继续实施, 对接“两重”“两新”政策扩面: a quoted nickname right before 政策
# (alone or in a chain of quotes) with no place or body before it in its sentence is a policy of the
# centre that the local report applies (a local package names its maker: 某县量身定制的“1+N”政策包)
_QUOTED_CHAIN = re.compile("(?:[、和与及]?[“\"][^“”\"]{1,12}[”\"])*")
_POLICY_WORD = "政策"


def _policy_nickname(text: str, span: Span) -> bool:
    """Is the program at `span` a quoted nickname that 政策 follows (past a chain of quotes)?"""
    if text[span.start:span.start + 1] not in ("“", '"') or text[span.end - 1:span.end] not in ("”", '"'):
        return False
    chain = _QUOTED_CHAIN.match(text, span.end)
    return text.startswith(_POLICY_WORD, chain.end() if chain else span.end)


_TITLE_REACH = 80
_IMPLEMENTING = ("贯彻", "落实", "执行", "按照", "根据", "依据", "对照")


_GLUED_QUOTE_MAX = 60


def _glued_quote_start(text: str, lo: int, start: int) -> int:
    """Where the quote ending right before the name at `start` opens (健全“社区党组织——小区党支部
    ——…——居民”五级联动治理: the quote spells out the name's parts), else `start`: the bodies and
    places inside such a quote are parts of the program, not its runner."""
    close = text[start - 1:start]
    if start <= lo or close not in _CLOSING_QUOTES:
        return start
    at = text.rfind(_OPENER_OF[close], max(lo, start - _GLUED_QUOTE_MAX), start - 1)
    return at if at >= 0 else start


def _in_other_title(text: str, place: PlaceMention, span: Span) -> bool:
    """为贯彻落实《湖南省2022年政务公开工作要点》,…现将《…任务分工》印发: a place inside an
    earlier 《…》 title that the text implements (贯彻落实, 按照 …) names that higher document's
    author, not the runner of what follows (制定《牛婆塘社区…方案》: the author runs it); nor does a place
    inside the title before it in a run of titles (see _TITLE_LIST_JOINERS)."""
    if span.start <= place.span.start:
        return False
    opened = text.rfind("《", max(0, place.span.start - _TITLE_REACH), place.span.start)
    if opened < 0 or "》" in text[opened:place.span.start]:
        return False
    closed = text.find("》", place.span.end, place.span.end + _TITLE_REACH)
    if closed < 0 or closed >= span.start:
        return False
    return text[max(0, opened - 4):opened].endswith(_IMPLEMENTING) \
        or text[span.start:span.start + 1] == "《" and text[closed + 1:span.start] in _TITLE_LIST_JOINERS


# 审议并通过了《关于临湘高新技术产业开发区及安全控制区禁建控违的通告》《关于进一步规范我市…的通知》: in a run
# of titles, a place inside one title is that document's subject; the next title's runner is the body
# that adopts them all, not that place
_TITLE_LIST_JOINERS = frozenset({"", "、", "和", "及", "与"})


# 益阳市先后以“…”“洞庭沅江 水上之城”为主题,举办了…: a place inside a quoted theme is a word of
# the slogan, not the body that runs what the sentence holds
_THEME_AFTER = re.compile("(?:“[^“”]{1,20}”)*为?主题")
_THEME_QUOTE_MAX = 20


def _in_theme_quote(text: str, place: PlaceMention) -> bool:
    """Is the place inside a quote that (alone or with the quotes following it) is a theme (“…”为主题)?"""
    opened = text.rfind("“", max(0, place.span.start - _THEME_QUOTE_MAX), place.span.start)
    if opened < 0 or "”" in text[opened:place.span.start]:
        return False
    closed = text.find("”", place.span.end, place.span.end + _THEME_QUOTE_MAX)
    return closed >= 0 and _THEME_AFTER.match(text, closed + 1) is not None


def _bracketed_head(text: str, span: Span, index: MentionIndex) -> PlaceMention | None:
    """The place in brackets right before the name (株洲(渌口)|高分子新材料产业技术论坛,
    中国·湖南(南县)|首届国际涂鸦艺术节): the host a name writes in brackets is part of it and
    runs the program. None when the bracket stands apart from the name (…段(水头村)开展…)."""
    if span.start < 2 or text[span.start - 1] not in ")）":
        return None
    inside = [p for p in index.places_within(max(0, span.start - 12), span.start - 1)
              if p.span.end == span.start - 1 and text[p.span.start - 1:p.span.start] in ("(", "（")]
    return inside[-1] if inside else None


# 祁东紧紧围绕省委“五个100”和市委“3311”工程,大力开展“产业项目建设年”活动: the bodies inside the
# object of 围绕/按照/贯彻/落实 own the programs of that clause, not those of the next clause
_FRAME_VERBS = re.compile("(?:围绕|按照|根据|依据|贯彻|落实|对照|对标|响应)")


def _framing_clauses(text: str, sent_start: int, start: int) -> list[tuple[int, int]]:
    """(cue end, clause end) of every framing clause (…围绕 X, 为深入贯彻落实省政府…精神,) earlier
    in the program's sentence, each ended by a comma before the program: the body or place a
    framing clause names is the source of the guidance, not the runner of the work that follows
    it, however many clauses later (为…贯彻落实省政府…精神,锚定…,持续推进“六大新行动”)."""
    frames: list[tuple[int, int]] = []
    clause_start = sent_start
    for pos in range(sent_start, start):
        if text[pos] not in _COMMAS:
            continue
        cues = list(_FRAME_VERBS.finditer(text, clause_start, pos))
        if cues:
            frames.append((cues[-1].end(), pos))
        clause_start = pos + 1
    return frames


# 王兆铭指出,要…坚持“一月一现场观摩”…: a leader's speech names the work of the leader's own
# jurisdiction, introduced earlier as 澧县县委书记王兆铭 (place + title + name)
_SPEECH = re.compile("([\u4e00-\u9fff]{2,3})(?:在讲话中|在会上|在会议上)?(?:指出|强调|要求)[,，:：]")
# 湖南省道县县委副书记、县长李天明, 沅江市委常委、市政法委书记刘武: the titles of one person may be
# chained with 、 (the last a head's title right before the name), all of them the place's
_TITLE_BEFORE_NAME = re.compile("(?:[^,，。;；、“”\n]{1,10}、)?"
                                "[^,，。;；、“”\n]{0,10}?(?:书记|县长|市长|区长|镇长|乡长|州长|主任)")


# 在随后召开的汇报会上,刘武指出,今年…。要针对…进行整改;要认真落实…,落实防汛工作责任制。: a speech
# opening its paragraph (after the meeting it was given at) goes on over the paragraph's later
# sentences, each a demand of the speaker; with no place named in between, the speaker's place
# runs them, not the last site of the inspection told in the paragraph before
_SPEECH_SETTING = re.compile("(?:在[^，,。；;：:“”\n]{1,20}上|会上|随后)[，,]")


def _paragraph_speaker_place(doc: Document, span: Span, index: MentionIndex) -> str | None:
    """The place of the leader whose speech opens the program's paragraph (maybe after the
    meeting's setting: 在…会上,), when no place is named between the speech and the program."""
    idx = index.paragraph_index(span.start)
    if idx is None:
        return None
    own = doc.paragraphs[idx].start
    setting = _SPEECH_SETTING.match(doc.text, own)
    opening = setting.end() if setting else own
    if _SPEECH.match(doc.text, opening) is None or index.places_within(opening, span.start):
        return None
    return _speaker_place(doc, opening, index)


def _speaker_place(doc: Document, sent_start: int, index: MentionIndex) -> str | None:
    """The place of the leader whose speech opens the sentence, from the first mention of
    that name after a place and a title; None when the sentence is no such speech or the
    name was never so introduced (会议指出: 会议 has no title before it)."""
    m = _SPEECH.match(doc.text, sent_start)
    if m is None:
        return None
    name = m.group(1)
    first = doc.text.find(name)
    if first < 0 or first >= sent_start:
        return None
    for p in reversed(index.places_within(max(0, first - 16), first)):
        between = doc.text[p.span.end:first]
        if _TITLE_BEFORE_NAME.fullmatch(between):
            return p.key
    return None


# 市委县域经济高质量发展工作现场推进会, 县委经济工作会议: a program named after a body of a level
# (its party committee or government, without a place name) is run by that level in context
_BODY_HEAD = re.compile("[市县区州](?:委|政府)(?![书副常委员])")


# 2022年怀化市第二次…活动, 2018湖南首届油菜花节: the year of an event heads its name, the
# place after it runs the event
_LEADING_YEAR = re.compile("[0-9]{4}年?")

# 第三届湖南旅游发展大会, 首届…节: the edition number of an event heads its name, and the
# place after it (湖南) runs the event, not the dateline's city
_LEADING_ORDINAL = re.compile("(?:第[0-9一二三四五六七八九十百]+|首)[届次期批]")


# 主动适应“一带一路”战略新要求, 抢抓…战略机遇: local work that fits into a higher strategy
_FIT_VERBS = re.compile("(?:适应|融入|对接|服务|借力|抢抓|服从)(?:好|于)?[“\"「]?$")
_FIT_OBJECTS = re.compile("[”\"」]?(?:战略|倡议)?(?:新要求|要求|机遇|大局|部署)")


def _fits_higher_strategy(text: str, span: Span) -> bool:
    """Is the program the object of 适应/融入/对接/服务/借力/抢抓 + …战略/机遇/要求? Then it is a
    higher level's strategy that the local place only fits into, not one it runs (the
    province's own programs, program_provincial.txt, are placed before this test)."""
    before = _FIT_VERBS.search(text, max(0, span.start - 4), span.start + (1 if text[span.start:span.start + 1] in "“\"「" else 0))
    return before is not None and _FIT_OBJECTS.match(text, span.end) is not None


# 湖南|先导新材料科技有限公司一期项目: a company suffix after the province opening a project's name
_COMPANY_AFTER = re.compile("[^,，。;；、“”]{1,16}?(?:有限责任公司|有限公司|股份公司|集团)")


def _provincial_company_head(text: str, place: PlaceMention, span: Span, gaz: Gazetteer) -> bool:
    """Does the province open the name of a company inside the program's name? A company
    registered as 湖南…有限公司 builds its project in some county or park, which the context
    names; a county opening the company's name (石门县…公司) still places the project."""
    if _level_of(gaz, place.key) != "province":
        return False
    m = _COMPANY_AFTER.match(text, place.span.end, span.end)
    return m is not None and m.end() < span.end


def _inside_company(place: PlaceMention, index: MentionIndex) -> bool:
    """湖南|华夏美湘文化发展有限公司: a place heading a company's name does not run programs."""
    nearby = index.orgs_within(max(0, place.span.start - _ORG_REACH), place.span.end + 2 * _ORG_REACH)
    return any(o.kind == "company" and o.span.start <= place.span.start and place.span.end <= o.span.end
               for o in nearby)


# 包括湖南飞沃…有限公司三期建设、…、德平机械制造项目; 参观了明鑫不锈钢、尚鑫纸业、公租房…; 引进
# 湖南修山纸品…有限公司等湘商回归企业: a company in an earlier item of the same enumeration (a 、
# between them), or one given as an example of a list (等 after it), is a sibling or an instance of
# what the list names, not the subject that runs the program
_ITEM_JOINERS = "、"


def _sibling_item(text: str, company: OrgMention, end: int) -> bool:
    """Does the company belong to another item of the enumeration that the name at `end` is
    part of (a 、 between them, the company not opening its clause as the subject of a verb
    governing the whole list: 三一集团开展A、B), or stand as an example (X公司等…)?"""
    start = company.span.start
    if text[company.span.end:company.span.end + 1] == "等":
        return True
    opens = start == 0 or text[start - 1] in _CLAUSE_OPENERS or text[start - 1] in _COMMAS
    return not opens and any(ch in _ITEM_JOINERS for ch in text[company.span.end:end])


def _clause_break(text: str, start: int, end: int) -> bool:
    """Is there a comma between `start` and `end`? (引进了…等公司建设扶贫车间,建成了…基地:
    a company in an earlier clause does not run what the next clause builds)."""
    return any(ch in _COMMAS for ch in text[start:end])


_LOOKBACK_PARAGRAPHS = 2


# levels too broad or too small to be the runner of a program named nearby
_NOT_RUNNERS = frozenset({"province", "village", "community"})


def _inside_other_name(mention: PlaceMention | OrgMention, names: tuple[Span, ...]) -> bool:
    """Does the place (or body) open or sit inside a project's name, before its end
    (湘乡经开区|城西…项目, 梓门桥镇|万亩红心脐橙基地…产业园, 瑞卓科技|塑胶制品生产线项目、知味大师…项目)?
    It locates (or builds) that project only, not the next items of a list (a place opening a
    document's title, 《牛婆塘社区“…”评选活动方案》, still runs the campaign beside it)."""
    return any(n.start <= mention.span.start and mention.span.end < n.end for n in names)


_COUNTY_REFERENCES = "县市区"   # 该村/该镇 resolve less surely (a village's report names its town too)


def _heads_its_group(text: str, place: PlaceMention, span: Span, sent_start: int, index: MentionIndex) -> bool:
    """…五一北路、源湘路项目,珠晖区滨江新区的…、耒水以南基础设施项目,衡阳县角山米业、高新区核心片…、新德力
    预应力构件等项目现场: in a sentence listing sites in groups, each group after a comma opened by its
    place, the place glued to the first item of its group heads every item of the group (joined by
    、 up to the program), not that item's name alone. Only when the segment right before the place's
    comma is such a group too (opened by a place, items joined by 、): a lone place before a list
    (包括某镇…基地、某公司…生产线) still locates its own item only, and so does a place after a
    clause that lists nothing (株洲市重点项目库公布,茶陵县…项目、…项目等8个项目入选)."""
    comma = place.span.start - 1
    if text[comma:place.span.start] not in _COMMAS:
        return False
    between = text[place.span.end:span.start]
    if "、" not in between or any(ch in _COMMAS or ch in _CLAUSE_OPENERS for ch in between):
        return False
    opened = max(text.rfind(c, sent_start, comma) for c in _COMMAS) + 1
    return opened > sent_start and "、" in text[opened:comma] and bool(index.places_starting_at(opened))


def _paragraph_relative(doc: Document, span: Span, index: MentionIndex, gaz: Gazetteer,
                        article_place: dict[int, str], names: tuple[Span, ...] = ()) -> str | None:
    """今年,该县将重点办好五件大事:…。开工建设S305东洋渡大桥: the place a 该县/本市 earlier in the
    program's own paragraph refers to, when no place that may run it is named after that word
    (the paragraph's subject, written as a back reference, runs what it reports)."""
    idx = index.paragraph_index(span.start)
    if idx is None:
        return None
    own = doc.paragraphs[idx].start
    refs = [r for r in _RELATIVE_PLACE.finditer(doc.text, own, span.start) if r.group(0)[-1] in _COUNTY_REFERENCES]
    refs += _BARE_COMMUNITY.finditer(doc.text, own, span.start)
    if not refs:
        return None
    ref = max(refs, key=lambda r: r.start())
    if any(_can_run(doc.text, p) and not _inside_other_name(p, names)
           for p in index.places_within(ref.end(), span.start)):
        return None
    if ref.group(0) in _BARE_UNITS:   # 社区党总支牵头…。…依托“社区合伙人”机制: the community of the report
        return _named_unit_before(doc, ref.start(), ref.group(0), index)
    return _resolve_relative(doc, ref.start(), ref.group(0), article_place, index, gaz)


# 该公司把重点品类经营放在首位…。…在二季度攻坚创效行动中加大…; 该公司铺开服务事项“三零一减”行动: a
# company written as a back reference opening a clause of the program's paragraph is the subject
# whose own work the paragraph reports: its campaigns are company-internal, run by no place
_COMPANY_REFERENCE = re.compile("(?:(?<=[，,。；;：:\n])|^)(?:该公司|该企业|该集团)", re.M)


def _company_reported(doc: Document, span: Span, index: MentionIndex) -> bool:
    """Does a company back reference (该公司 …) open a clause earlier in the program's paragraph,
    with no place named between it and the program?"""
    idx = index.paragraph_index(span.start)
    if idx is None:
        return False
    refs = list(_COMPANY_REFERENCE.finditer(doc.text, doc.paragraphs[idx].start, span.start))
    return bool(refs) and not index.places_within(refs[-1].end(), span.start)


_SHORT_FORM_LENGTHS = (3, 2)


def _opens_with_own_short_form(name: str, art_place: str | None, gaz: Gazetteer) -> bool:
    """炎陵|特色水果黄桃基地建设项目 in a report on 炎陵县: does a project's name open with the short
    form of the article's own place, which the place extractor left unread (glued to the words
    after it)? That place builds it, not a city named earlier in the sentence. Short forms of
    places below the article's place are left alone: a prefecture's report lists its counties'
    stations and roads (保靖|汽车站) as its own."""
    return bool(art_place) and any(art_place in gaz.by_short.get(name[:n], ()) for n in _SHORT_FORM_LENGTHS)


def _paragraph_place(doc: Document, span: Span, index: MentionIndex, gaz: Gazetteer,
                     names: tuple[Span, ...] = (), art_place: str | None = None) -> str | None:
    """The last place named earlier in the program's paragraph or the two before it, within
    its article (columns of OCR pages interleave articles, so nearby text is a safer
    context than the article's place). A place inside another program's name
    (湘乡经开区|城西…配套项目) locates that one project, not the projects of later sentences."""
    idx = index.paragraph_index(span.start)
    if idx is None:
        return None
    article = index.article_at(span.start)
    lo = max(doc.paragraphs[max(0, idx - _LOOKBACK_PARAGRAPHS)].start, article.span.start if article else 0)
    own = doc.paragraphs[idx].start
    village = _village_runs(doc, span, own, index, gaz)
    bodies = _village_body_named(doc, span)
    if bodies is not None:
        named = [p for p in index.places_within(own, bodies) if _level_of(gaz, p.key) in _VILLAGE_LEVELS
                 and not index.inside_title(p.span.start) and not _inside_other_name(p, names)]
        before = [p for p in named if p.span.end <= span.start]
        if named:   # 在李花村…成立衡东县…合作社。…由村党总支书记任…; ”长乐村党支部书记…说: the village's
            return (before[-1] if before else named[0]).key
    for p in reversed(index.places_within(lo, span.start)):
        level = _level_of(gaz, p.key)
        runs = level not in _NOT_RUNNERS or level in _VILLAGE_LEVELS and (
            p.span.start >= own and (village or _village_subject(doc, p, index))
            or _opens_its_paragraph(doc, p, index) and _village_subject(doc, p, index))
        if runs and not index.inside_title(p.span.start) and _can_run(doc.text, p) \
                and not _inside_other_name(p, names) and not _list_example(doc.text, p) \
                and not _is_partner(doc.text, p) and not _scene_below(doc, p, art_place, index, gaz) \
                and not _guest_above(doc.text, p, art_place, gaz) and not _container_of_place(doc.text, p, index) \
                and not _address_of_village(p, index, art_place, gaz):
            return _body_after(doc, p.span.end, span.start, index, names, art_place) or p.key
    return None


def _address_of_village(place: PlaceMention, index: MentionIndex, art_place: str | None, gaz: Gazetteer) -> bool:
    """Is the place only the address of the report's own village written right after it (驻汝城县|
    热水镇|水龙村工作队 in a report headed 汝城县水龙村: the county and the town locate the village,
    whose own work the report goes on to tell)? The chain of places glued to it must end in the
    article's place, a village or community (a town before another village, 会同县堡子镇黄旗村 in a
    town's report, still runs the town's work)."""
    at, last = place.span.end, place
    while True:
        nxt = [p for p in index.places_starting_at(at) if p.span.end > at]
        if not nxt:
            break
        last = nxt[-1]
        at = last.span.end
    return last is not place and last.key == art_place and _level_of(gaz, art_place) in _VILLAGE_LEVELS \
        and _within(art_place, place.key, gaz)


# 泉湖镇位于衡南县西部,…。…以“泉湖二月八”…为平台: a place written after 位于/地处 right behind another
# place says where that place lies; the place described (the paragraph's subject) runs the work the
# next sentences report, not the county that contains it
_LOCATED_CUES = ("位于", "地处", "坐落于", "坐落在")


def _container_of_place(text: str, place: PlaceMention, index: MentionIndex) -> bool:
    """Is the place the container a 位于/地处 after another place names (泉湖镇位于|衡南县西部)?"""
    cue = next((c for c in _LOCATED_CUES if text.endswith(c, 0, place.span.start)), None)
    if cue is None:
        return False
    at = place.span.start - len(cue)
    return any(p.span.end == at for p in index.places_within(max(0, at - 16), at))


def _body_after(doc: Document, lo: int, start: int, index: MentionIndex, names: tuple[Span, ...],
                art_place: str | None) -> str | None:
    """元旦假期,某县某镇河堤上…。…市河长办成立了工作专班…。将“…”专项行动纳入…: the article's own
    place when the last public body (not a company) named after the paragraphs' last place and before
    the program at `start` is that place's: the article's body acting in the later sentences runs
    their programs, not the scene named before it. Any other body (a guest from above, a province
    setting the frame, a village committee) leaves the place as it is."""
    for o in reversed(index.orgs_within(lo, start)):
        if o.kind != "company" and o.place_key and not index.inside_title(o.span.start) \
                and not _inside_other_name(o, names) and not _is_partner(doc.text, o) and not _guides(doc.text, o):
            return art_place if o.place_key == art_place else None
    return None


# 湘潭市委副书记、市长胡贺波出席开工仪式: a leader of the level above the article's place (a city
# over its zone or county) attending its event is a guest; the city heading the leader's title
# does not run the programs the next paragraphs report, the article's place does
_LEADER_TITLE_AFTER = re.compile("(?:委|政府|人大常委会|政协)(?:副?书记|常委|副?主任|副?主席|秘书长)"
                                 "|(?:常务)?副?(?:市长|州长|县长|区长)")


def _guest_above(text: str, place: PlaceMention, art_place: str | None, gaz: Gazetteer) -> bool:
    """Is the place above the article's own place and written as the head of a leader's title?"""
    return bool(art_place) and place.key != art_place and _within(art_place, place.key, gaz) \
        and _LEADER_TITLE_AFTER.match(text, place.span.end) is not None


_SCENE_LEVELS = frozenset({"county", "county_city", "district", "town", "township", "subdistrict", "zone"})


def _scene_below(doc: Document, place: PlaceMention, art_place: str | None, index: MentionIndex,
                 gaz: Gazetteer) -> bool:
    """在横塘镇…核心区,种粮大户…; 针对长城乡红旗村…等问题; 记者走进石门县秀坪园艺场…: a town or county
    inside the article's own place, named in an earlier sentence as a scene, an object or part of
    a longer name rather than as the subject opening its clause, does not run the programs of the
    next sentences: the article's place does. (A village keeps its own tests, _village_runs; a
    zone or a place the gazetteer lacks is left as it is.)"""
    if not art_place or place.key == art_place or _level_of(gaz, place.key) not in _SCENE_LEVELS \
            or not _within(place.key, art_place, gaz):
        return False
    sentence = doc.sentence_at(place.span.start)
    at = place.span.start
    while True:   # the first place of an address chain (湘阴县|鹤龙湖镇) opens it
        before = [p for p in index.places_within(max(0, at - 12), at) if p.span.end == at]
        if not before:
            break
        at = before[0].span.start
    opens = at == 0 or (sentence is not None and at == sentence.span.start) \
        or doc.text[at - 1] in _CLAUSE_OPENERS or doc.text[at - 1] in _COMMAS \
        or doc.text[at - 1] == "的"   # 推选的城陵矶街道…在全省评选中脱颖而出: a modified subject
    return not opens


# 授予长沙市望城区茶亭镇九峰山村等301个“…”称号: the places before 等+count name examples of a
# list (honourees, members), not the place that runs the programs of later sentences
_LIST_EXAMPLE = re.compile("[^,，。;；、“”\"(（]{0,16}?等[0-9一二三四五六七八九十百千两]+(?:个|家|名|处|所)")


def _opens_its_paragraph(doc: Document, place: PlaceMention, index: MentionIndex) -> bool:
    """Does the village open its paragraph as its subject (谭家园村还构建了…)? Its report goes on
    in the next paragraphs (村庄基础设施…,通过建立河长制…), whose work it runs."""
    idx = index.paragraph_index(place.span.start)
    return idx is not None and doc.paragraphs[idx].start == place.span.start


def _list_example(text: str, place: PlaceMention) -> bool:
    """Does the place open an example of a counted list (X…等N个) in its own clause?"""
    return _LIST_EXAMPLE.match(text, place.span.end) is not None


_VILLAGE_LEVELS = frozenset({"village", "community"})
_VILLAGE_BACK_REFERENCES = ("村里", "该村", "本村", "该社区", "社区里")
# 与全村探索实行的积分制管理模式密不可分。村支两委将…。考核…以“一户一积分表”的方式…: the whole
# village or its own committees acting in an earlier sentence of the paragraph make the paragraph
# a report of the village's own work; its later sentences' models are the village's too
_VILLAGE_ACTOR = re.compile("全村|(?<![农乡])村(?:支两委|两委|党支部|党总支|委会)(?:将|把|以|通过|坚持|积极|探索|制定|推行|实行|建立|创新)")
# 协助村支两委制定“新村规民约”, “我们采取‘党支部+合作社+公司+农户’的模式,村支两委带头干”: the
# village's own committees, named anywhere in the program's sentence (a quote's speaker after it
# too: …”该村支部书记介绍道), make it the village's work
_VILLAGE_BODY = re.compile("(?<![农乡])村(?:支两委|两委|党支部|党总支|党委|委会|支部)")
_SPEAKER_AFTER = re.compile(f"[{''.join(_CLOSING_QUOTES)}]([^，,。；;！？!?“”\n]{{2,30}})")


def _village_body_named(doc: Document, span: Span) -> int | None:
    """Where the village's own committees (村支两委, 村党支部 …) end when the program's sentence
    names them, before or after the program, or the speaker's title right after the quote the
    sentence closes names them (…美景。”长乐村党支部书记、村委会主任曹四海说); else None."""
    sentence = doc.sentence_at(span.start)
    lo = sentence.span.start if sentence else max(0, span.start - 60)
    hi = sentence.span.end if sentence else span.end
    body = _VILLAGE_BODY.search(doc.text, lo, hi)
    if body is None:
        speaker = _SPEAKER_AFTER.match(doc.text, hi - 1 if doc.text[hi - 1:hi] in _CLOSING_QUOTES else hi)
        body = _VILLAGE_BODY.search(doc.text, hi, speaker.end()) if speaker else None
    return body.end() if body else None


# 帮扶工作队进村以来,从党建引领、人居环境整治…入手; “…推行人居环境整治为重点…”这个工作队队长…; “…加强
# 人居环境整治…”李光林说 (introduced as 梳子山村驻村第一书记、乡村振兴工作队队长李光林): a work team (or
# first secretary) stationed in a village is the actor of its sentence, or the speaker of its quote,
# and does the village's work: the village of the report runs it, not the city or department that
# sent the team (a counted set of teams, 驻村工作队911支, is a level's, and keeps its context; so is a
# model the sentence says the whole county takes up)
_STATIONED_TEAM = re.compile("工作队|第一书记")   # not 驻村 alone: 区驻村办 is an office
_COUNTED_TEAMS = re.compile(f"[0-9{_NUMERALS}]+支")
_SPEAKER_NAME = re.compile("([\u4e00-\u9fff]{2,3})(?:说|介绍|表示|告诉记者)")
_SPEAKER_TITLE_REACH = 30


def _team_named(text: str, lo: int, hi: int) -> bool:
    """Does a stationed team (not a counted set of teams) appear in text[lo:hi]?"""
    return any(_COUNTED_TEAMS.search(text, m.end(), m.end() + 8) is None
               and _COUNTED_TEAMS.search(text, max(lo, m.start() - 8), m.start()) is None
               for m in _STATIONED_TEAM.finditer(text, lo, hi))


def _speaker_is_team(text: str, quote_end: int) -> bool:
    """Is the speaker right after a closing quote a stationed team's member, by the title written
    there or at the first mention of the speaker's name?"""
    speaker = _SPEAKER_AFTER.match(text, quote_end)
    if speaker is None:
        return False
    if _team_named(text, speaker.start(1), speaker.end(1)):
        return True
    name = _SPEAKER_NAME.match(text, speaker.start(1))
    first = text.find(name.group(1)) if name else -1
    return 0 <= first < quote_end and _team_named(text, max(0, first - _SPEAKER_TITLE_REACH), first)


def _follows_requirement(text: str, lo: int, start: int) -> bool:
    """驻村工作队…,根据县里“一村一品”的要求: is the program, after the team, the requirement of a
    level that the team follows (a verb of following between the team and the program)?"""
    teams = list(_STATIONED_TEAM.finditer(text, lo, start))
    return bool(teams) and any(text.find(verb, teams[-1].end(), start) >= 0 for verb in _FOLLOWING_VERBS)


def _is_village(place: PlaceMention, gaz: Gazetteer) -> bool:
    """A village or community: by its level, or by its name when the gazetteer lacks it."""
    level = _level_of(gaz, place.key)
    return level in _VILLAGE_LEVELS or level is None and place.surface.endswith(("村", "社区"))


def _stationed_team_village(doc: Document, span: Span, index: MentionIndex, gaz: Gazetteer) -> str | None:
    """The village a stationed work team of the program's sentence (or of its quote's speaker)
    works in: the last village named in the program's paragraph or the two before it."""
    sentence = doc.sentence_at(span.start)
    if sentence is None:
        return None
    lo, hi = sentence.span.start, sentence.span.end
    closing = hi - 1 if doc.text[hi - 1:hi] in _CLOSING_QUOTES else hi
    if not (_team_named(doc.text, lo, hi) or _speaker_is_team(doc.text, closing)) \
            or _follows_requirement(doc.text, lo, span.start) or _WHOLE_SUBJECT.search(doc.text, span.end, hi):
        return None   # …推广“…”的治理方式,全县农村党支部纷纷学习: a model the whole county takes up is the county's
    idx = index.paragraph_index(span.start)
    if idx is None:
        return None
    article = index.article_at(span.start)
    start = max(doc.paragraphs[max(0, idx - _LOOKBACK_PARAGRAPHS)].start, article.span.start if article else 0)
    villages = [p for p in index.places_within(start, span.start)
                if _is_village(p, gaz) and not index.inside_title(p.span.start)]
    return villages[-1].key if villages else None


_OPENING_CHARS = 12     # 深冬时节,|枨冲镇才常村…: how far into its paragraph a report's place opens it


def _village_runs(doc: Document, span: Span, para_start: int, index: MentionIndex, gaz: Gazetteer) -> bool:
    """Does a village run what its paragraph reports? When the program's sentence refers to it
    (村里打造…, 该村…), or the paragraph opens with a town + village chain (枨冲镇才常村…):
    a village report, whose village runs its own projects and models."""
    sentence = doc.sentence_at(span.start)
    lo = sentence.span.start if sentence else max(para_start, span.start - 60)
    if any(w in doc.text[lo:span.start] for w in _VILLAGE_BACK_REFERENCES):
        return True
    if _VILLAGE_ACTOR.search(doc.text, para_start, lo):
        return True
    opening = index.places_within(para_start, para_start + _OPENING_CHARS + 8)
    return any(a.span.end == b.span.start and _level_of(gaz, a.key) == "town"
               and _level_of(gaz, b.key) in _VILLAGE_LEVELS and a.span.start < para_start + _OPENING_CHARS
               for a, b in zip(opening, opening[1:]))


# 洪家洲社区依托…优势,大力践行…; 雨花区东塘街道牛婆塘社区党委持续推动…: a village or community
# opening its sentence (after its own chain of ancestors at most), then its work or its body
_NOT_SUBJECT_AFTER = tuple("的、等和与及")


def _village_subject(doc: Document, place: PlaceMention, index: MentionIndex) -> bool:
    """Is the village/community the subject of its sentence: only its ancestors' names before it
    in the sentence, and neither 的 (a modifier: 社区的…) nor a list joiner after it? Its
    paragraph then reports its own work, which it runs."""
    sentence = doc.sentence_at(place.span.start)
    start = sentence.span.start if sentence else place.span.start
    at = start
    while at < place.span.start:
        chain = [p for p in index.places_starting_at(at) if p.span.end <= place.span.start]
        if not chain:
            break
        at = max(p.span.end for p in chain)
    if doc.text[at:place.span.start].strip():
        return False
    return not doc.text.startswith(_NOT_SUBJECT_AFTER, place.span.end)


def _is_park_name(name: str) -> bool:
    """A park (…产业园, …职教园, …科技城) rather than an administrative zone (经开区, 高新区)."""
    return name.endswith(("园", "园区", "城")) and zone_class(name) not in {None, "高新", "经开"}


def _is_zone_key(key: str, gaz: Gazetteer) -> bool:
    """Is the place an administrative zone (a coded zone, or a new "…/株洲经开区" key)?"""
    entry = gaz.entries.get(key)
    if entry is not None:
        return entry.level == "zone" and not _is_park_name(entry.name)
    name = key.rsplit("/", 1)[-1]
    return "/" in key and zone_class(name) is not None and not _is_park_name(name)


def running_body(key: str | None, gaz: Gazetteer) -> str | None:
    """The jurisdiction that runs what happens in a place: a park inside a development zone
    (株洲经开区/株洲北斗产业园) is run by the zone's administration, so the zone."""
    if not key or "/" not in key or key in gaz.entries:
        return key
    parent, name = key.rsplit("/", 1)
    if _is_park_name(name) and (_is_zone_key(parent, gaz) or _level_of(gaz, parent) in _PARK_RUNNERS):
        return parent
    return key


# 在祁阳现代农业产业园,…唐家山油茶文化园: a park of a county is no jurisdiction; the county runs
# what is built in it
_PARK_RUNNERS = frozenset({"county", "county_city", "district"})


def _level_of(gaz: Gazetteer, key: str) -> str | None:
    entry = gaz.entries.get(key)
    return entry.level if entry else None


# ---------------------------------------------------------------- the extractor

# ---------------------------------------------------------------- lists, notices, national programs

_COUNT_CODE = re.compile(f"([{_NUMERALS}]+)[大个项]([\u4e00-\u9fff]{{2,4}})")
_LIST_ITEMS_MAX = 12


def chinese_count(numeral: str) -> int | None:
    """一 … 十九 as an int (the counts of codes: 七大攻坚, 十大行动), else None."""
    digits = "一二三四五六七八九"
    if len(numeral) == 1 and numeral in digits:
        return digits.index(numeral) + 1
    if numeral == "十":
        return 10
    if len(numeral) == 2 and numeral[0] == "十" and numeral[1] in digits:
        return 10 + digits.index(numeral[1]) + 1
    return None


def items_before_codes(doc: Document, quotes: list[Quote]) -> list[tuple[Span, str, ProgramKind]]:
    """实施A攻坚、B攻坚、…、G攻坚“七大攻坚”行动: the 、-list right before a quoted count code
    names its items when there are as many items as the code counts and each ends in the
    code's head word (攻坚); each item is a campaign of its own."""
    text = doc.text
    found: list[tuple[Span, str, ProgramKind]] = []
    for quote in quotes:
        m = _COUNT_CODE.fullmatch(clean(doc.slice(quote.inner)))
        count = chinese_count(m.group(1)) if m else None
        if not m or count is None or count > _LIST_ITEMS_MAX:
            continue
        head, end, items = m.group(2), quote.span.start, []
        while len(items) < count:
            item = _list_item_before(text, end, last=len(items) == count - 1)
            if len(item) <= len(head) or not item.endswith(head):
                break
            items.append((Span(end - len(item), end), item, "campaign"))
            end -= len(item)
            if text[end - 1:end] != "、":
                break
            end -= 1
        if len(items) == count:
            found.extend(items)
    return found


# 开展促进县域经济发展基础建设、工业升级、…、创新创业和绿色发展等八大专项行动: a list closed by
# 等 and a count of campaigns (N大行动, N项攻坚, N个专项行动) names them when it has exactly as
# many items as the count; each item is a campaign. The first item sheds the words the list
# opens with (促进县域经济发展|基础建设) down to as many words as the item after it has; a
# national campaign among the items (乡村振兴) stays the national one. A count of actions (N个行动)
# may also follow the last item without 等 (产业培塑、改革攻坚、区域共进三个行动): the count checked
# against the items makes the list a list of those campaigns; a battle counted so (防范化解重大风险、
# 精准脱贫、污染防治三大攻坚战) names the national battles the count stands for, not campaigns of the place.
_COUNTED_CAMPAIGNS = re.compile(f"(等)?([{_NUMERALS}]+)[大项个](?:专项)?(行动|攻坚战?|战役|会战)")
_LAST_JOINERS = ("以及", "和", "及", "与")
_COUNTED_ITEM_MAX = 10


def _last_joiner(phrase: str) -> tuple[int, str]:
    """(position, word) of the last 以及/和/及/与 of `phrase` (以及 over the 及 inside it), else (-1, '')."""
    found = [(phrase.rfind(j), j) for j in _LAST_JOINERS if phrase.rfind(j) >= 0]
    return max(found, key=lambda r: (r[0] + len(r[1]), len(r[1])), default=(-1, ""))


def counted_campaign_lists(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """The items of a 、-list closed by 等N大专项行动 (see _COUNTED_CAMPAIGNS): campaigns."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _COUNTED_CAMPAIGNS.finditer(text):
        if m.group(1) is None and m.group(3) != "行动":
            continue
        count = chinese_count(m.group(2))
        opening = max(text.rfind(ch, 0, m.start()) for ch in _SENTENCE_PUNCT + _COMMAS + "\n")
        items = _counted_items(text, opening + 1, m.start())
        if count is None or len(items) != count:
            continue
        found.extend((span, item, "campaign") for span, item in items if not is_national(item))
    return found


def _counted_items(text: str, start: int, end: int) -> list[tuple[Span, str]]:
    """The items of the list text[start:end]: split at 、, the last one at 和/及/与, the first
    one cut to the words of its neighbour; [] when an item is not a short CJK phrase."""
    pieces: list[tuple[int, int]] = []
    at = start
    for sep in re.finditer("、", text[start:end]):
        pieces.append((at, start + sep.start()))
        at = start + sep.end()
    last = text[at:end]
    joiner = _last_joiner(last)
    if joiner[0] > 0:
        pieces.append((at, at + joiner[0]))
        pieces.append((at + joiner[0] + len(joiner[1]), end))
    else:
        pieces.append((at, end))
    if len(pieces) < 2:
        return []
    first_start, first_end = pieces[0]
    pieces[0] = (first_end - _first_item_length(text[first_start:first_end],
                                                text[pieces[1][0]:pieces[1][1]]), first_end)
    items = [(Span(a, b), text[a:b]) for a, b in pieces]
    if any(not 2 <= len(item) <= _COUNTED_ITEM_MAX or not all(CJK.match(ch) for ch in item) for _, item in items):
        return []
    return items


def _first_item_length(first: str, second: str) -> int:
    """How much of the list's first piece `first` is its first item: as many words as the
    item after it (促进县域经济发展|基础建设 beside 工业升级), or, when the tagger cut the second
    item into fewer words, the longest run of whole words no longer than it in characters
    (汇报了|产业培塑 beside 改革攻坚, one word to the tagger)."""
    first_words = [w for w, _ in _tagged(first)]
    words = len(_tagged(second))
    if len(first_words) <= words:
        return len(first)
    length = sum(len(w) for w in first_words[-words:])
    for i in range(len(first_words) - words - 1, -1, -1):
        longer = length + len(first_words[i])
        if longer > len(second):
            break
        length = longer
    return length


_ITEM_MAX = 16


def _list_item_before(text: str, end: int, last: bool) -> str:
    """The list item ending at `end`: the words back to the 、 before it (科技创新赋能攻坚,
    whose 创新 would stop name_before), or, for the first item of the list (`last` in
    backward order), the name read back to the verb that opens the list."""
    if not last:
        sep = text.rfind("、", max(0, end - _ITEM_MAX - 1), end)
        item = text[sep + 1:end] if sep >= 0 else ""
        if item and all(CJK.match(ch) for ch in item):
            return item
    return name_before(text, end, window=_ITEM_MAX)


# 关于印发《…》的通知: the notice that issues a document is a document of its own
_NOTICE_BEFORE = re.compile("关于(?:印发|转发|下发|公布)$")
_NOTICE_AFTER = "的通知"
# 中共岳阳市委办公室岳阳市人民政府办公室印发《…》的通知 (a headline): the issuing office opens the
# line and the notice's name
_ISSUER_MAX = 40
_ISSUED_HEADLINE = re.compile(f"(?:^|(?<=\n))[\u4e00-\u9fff]{{2,{_ISSUER_MAX}}}?(?:办公室|办公厅|政府|委员会)(?:印发|转发)$")


def notices(doc: Document, quotes: list[Quote]) -> list[tuple[Span, str, ProgramKind]]:
    """关于印发《衡阳市…方案》的通知 → the notice, named without its 书名号."""
    text = doc.text
    found: list[tuple[Span, str, ProgramKind]] = []
    for quote in quotes:
        if quote.mark != "《" or not text.startswith(_NOTICE_AFTER, quote.span.end):
            continue
        before = _NOTICE_BEFORE.search(text, max(0, quote.span.start - 4), quote.span.start) \
            or _ISSUED_HEADLINE.search(text, max(0, quote.span.start - _ISSUER_MAX - 2), quote.span.start)
        if before is None:
            continue
        span = Span(before.start(), quote.span.end + len(_NOTICE_AFTER))
        found.append((span, clean(doc.slice(span)), "policy_document"))
    return found


# 湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见 (a line of its own, or before the
# document number the normaliser joined to it): a document's title written as a headline,
# without 书名号 around it
_HEADLINE_TITLE = re.compile("(?m)^[\u4e00-\u9fff]{0,30}关于[^\n，,。；;：:！？!?]{2,60}?"
                             "(?:意见|决定|办法|规定|批复|通报|方案|通知)"
                             "(?=[ \t]*$|[\u4e00-\u9fff]{1,6}[〔［][0-9]{4}[〕］]"   # …的意见|湘政发〔2019〕1号
                             "|各[^\n，,。；;]{1,30}[:：]\n)")   # …的通知|各乡镇人民政府、县单位: (its addressees, line joined)
_ISSUING_QUOTE = re.compile("(?:印发|转发|下发|公布)《")


def headline_titles(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Document titles standing alone on a line (see _HEADLINE_TITLE); the notices that issue
    a 《…》 document are named by `notices`."""
    return [(Span(m.start(), m.end()), clean(m.group(0)), "policy_document")
            for m in _HEADLINE_TITLE.finditer(text) if not _ISSUING_QUOTE.search(m.group(0))]


@lru_cache(maxsize=1)
def _listed_bare_names() -> frozenset[str]:
    """The names the national, common and provincial lists find written bare."""
    return frozenset(load_lines("program_national.txt") | load_lines("program_common_campaigns.txt")
                     | _provincial_forms())


@lru_cache(maxsize=1)
def _national_regex() -> re.Pattern[str]:
    words = sorted(_listed_bare_names(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _provincial_forms() -> set[str]:
    """The Hunan programs of program_provincial.txt as written bare (长株潭一体化发展, 三个高地),
    a strategy also without its word 战略 (坚持创新引领开放崛起)."""
    names = set(load_lines("program_provincial.txt"))
    return names | {n[: -len("战略")] for n in names if n.endswith("战略") and len(n) > 6}


_BARE_MECHANISM_ENDINGS = ("办", "责任制", "医联体")


def _bare_kind(name: str) -> ProgramKind:
    """一件事一次办 (a way of serving: …办), 粮食安全责任制 (a responsibility system) and
    紧密型医联体 (a way hospitals work together) are mechanisms; the other listed names are campaigns."""
    return "mechanism" if name.endswith(_BARE_MECHANISM_ENDINGS) else "campaign"


def is_national(name: str) -> bool:
    """A campaign the whole country runs (program_national.txt, also written without the 战略
    that ends its listed name: “乡村振兴”战略), or a name that says so (中央…, 全国…, 国务院…, 国家…)."""
    listed = load_lines("program_national.txt")
    year = _LEADING_YEAR.match(name)
    if year and year.end() < len(name):
        name = name[year.end():]   # 2022中国农民丰收节, 2020年全国…: the year of an edition heads the name
    ordinal = _LEADING_ORDINAL.match(name)
    if ordinal and _NATIONAL_AFTER_ORDINAL.match(name, ordinal.end()):
        name = name[ordinal.end():]   # 第四届全国…高峰论坛, 第三届国家…对接活动: the edition heads a national name
    nth = _NTH_YEARLY.match(name)
    if nth and _NATIONAL_FESTIVAL.fullmatch(name, nth.end()):
        name = name[nth.end():]   # 第六个中国农民丰收节: the count of a yearly national day heads its name
    return name in listed or name + "战略" in listed or name.startswith(_NATIONAL_PREFIXES) \
        or _NATIONAL_SESSION.match(name) is not None or _NATIONAL_SELECTION.match(name) is not None \
        or _NATIONAL_FESTIVAL.fullmatch(name) is not None


_NATIONAL_PREFIXES = ("中央", "全国", "国务院", "国家", "党中央")
_NATIONAL_AFTER_ORDINAL = re.compile("全国|国家")
# 在第六个中国农民丰收节来临之际: a yearly day or festival is counted with 个 (第N个…节), not 届
_NTH_YEARLY = re.compile(f"第[0-9{_NUMERALS}]+个")
# a session of a national body named by its term first: 十四届全国人大一次会议,
# 中国共产党第二十届中央委员会第二次全体会议 (not 政协新宁县第九届委员会…, 省委十一届五次全会)
_NATIONAL_SESSION = re.compile(f"(?:中国共产党|中共)?第?[0-9{_NUMERALS}]+届(?:全国人大|全国人民代表大会|全国政协|中央委员会)")
# 第二届中国美丽乡村百佳范例: a selection of the best of all China is the whole country's
_NATIONAL_SELECTION = re.compile(f"(?:第[0-9{_NUMERALS}]+届)?中国[\u4e00-\u9fff]{{0,12}}(?:十大|百佳|[0-9]+佳|百强)")
# 中国农民丰收节: a festival named for all China (no bracketed host: 中国(湖南)…节 is a province's)
_NATIONAL_FESTIVAL = re.compile("中国[\u4e00-\u9fff]{2,8}节")
# 入选全国首批“一县一品”…: a name right after 全国 (and at most a batch word) is national
# 严格落实中央“十个严禁、十个一律”: a national body written right before the name is its author
_NATIONAL_LEAD = re.compile(r"(?:全国|国家级)[^，,。；;、：:\s]{0,4}$|(?:中央|党中央|国务院)的?$")
# 乡村振兴|局, 脱贫攻坚|成果: a national campaign's name heading a longer word is a modifier
_NATIONAL_CONTINUATIONS = ("局", "办", "领导小组", "指挥部", "工作队", "成果", "示范", "样板", "专项", "资金",
                           "目标", "实施", "过程", "工作", "大局", "思路", "先行区", "建设资金",
                           "先进",   # 农村人居环境整治|先进县: the title of an award for it
                           "特色",   # 全域旅游|特色镇: a kind of place it names
                           "安置", "点",   # 易地扶贫搬迁|安置村, 高产创建|点: a site it builds
                           "衔接", "促进", "领域")   # 乡村振兴|衔接资金, …|促进工作情况的报告, …|领域腐败问题:
# a fund, a law's work or a field of cases named after it


_CONJUNCTIONS = ("和", "与", "及")
_URGING_VERBS = ("吸引", "鼓励", "引导", "动员", "号召")
_JOINED_NAME = re.compile("[\u4e00-\u9fff]{2,12}?(?:联谊会|座谈会|推介会|大会|会议|行动|活动)")


def _joined_head(text: str, m: re.Match[str]) -> bool:
    """湘商回归和|返乡创业新春联谊会: a common campaign joined by 和 to the words of a meeting or
    drive right after it heads that name."""
    return _JOINED_NAME.match(text, m.end() + 1) is not None


def national_programs(text: str, taken: list[Span], index: MentionIndex) -> list[tuple[Span, str, ProgramKind]]:
    """The national campaigns of program_national.txt (精准扶贫, 脱贫攻坚, 乡村振兴战略 …) and
    the common ones of program_common_campaigns.txt (产业扶贫, 美丽乡村建设), written bare, outside quotes, found names and organisation names, and not heading a
    longer word (乡村振兴局, 脱贫攻坚成果) nor closing a quoted name (“1+2+3”产业扶贫思路)."""
    is_taken = _span_lookup(taken)
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _national_regex().finditer(text):
        if is_taken(m.start()) or is_taken(m.end() - 1) or _inside_org(m.start(), m.end(), index):
            continue
        if text.startswith(_NATIONAL_CONTINUATIONS, m.end()) or text[m.start() - 1:m.start()] in _CLOSING_QUOTES:
            continue
        if text[m.end():m.end() + 1] in _CONJUNCTIONS and (is_taken(m.end() + 1) or _joined_head(text, m)):
            continue     # 湘商回归和|返乡创业专项行动: the first half of a found name joined to it
        if text.endswith(_URGING_VERBS, max(0, m.start() - 2), m.start()):
            continue     # 吸引|湘商回归: people urged to act (merchants to return), not the campaign named
        found.append((Span(m.start(), m.end()), m.group(0), _bare_kind(m.group(0))))
        found.extend(_listed_siblings(text, m, is_taken))
    return found


def with_longest_listed_form(found: list[tuple[Span, str, ProgramKind]]) -> list[tuple[Span, str, ProgramKind]]:
    """乡村振兴 beside 乡村振兴战略, 人居环境整治 beside 农村人居环境整治 in one document: a bare
    name of the national or common lists written in the same document also in a longer listed
    form that contains it is that one campaign, named by the longer form (a longer name that is
    not listed, 乡村振兴示范村, renames nothing)."""
    listed = _listed_bare_names()
    names = {name for _, name, _ in found if name in listed}
    out: list[tuple[Span, str, ProgramKind]] = []
    for span, name, kind in found:
        longer = [other for other in names if name in other and other != name] if name in listed else []
        out.append((span, max(longer, key=len), kind) if longer else (span, name, kind))
    return out


_SIBLING_HEAD = 2   # 产业|扶贫: the head word the items of a list share


def _listed_siblings(text: str, m: re.Match[str], is_taken) -> list[tuple[Span, str, ProgramKind]]:
    """产业扶贫、金融扶贫、教育扶贫、健康扶贫等工作: the items of a 、-list that a common campaign
    heads, each a two-character field before the same head word (扶贫), are campaigns of the
    same kind (before and after it, up to the first item that is not)."""
    name = m.group(0)
    head = name[-_SIBLING_HEAD:]
    if len(name) != 2 * _SIBLING_HEAD:
        return []
    item = re.compile(f"[\u4e00-\u9fff]{{{_SIBLING_HEAD}}}{re.escape(head)}")
    out: list[tuple[Span, str, ProgramKind]] = []
    at = m.end()
    while text.startswith("、", at) and item.match(text, at + 1) and not is_taken(at + 1):
        out.append((Span(at + 1, at + 1 + len(name)), text[at + 1:at + 1 + len(name)], "campaign"))
        at += 1 + len(name)
    at = m.start()
    while text[at - 1:at] == "、" and at - 1 - len(name) >= 0 and item.fullmatch(text, at - 1 - len(name), at - 1) \
            and not is_taken(at - 1 - len(name)):
        out.append((Span(at - 1 - len(name), at - 1), text[at - 1 - len(name):at - 1], "campaign"))
        at -= 1 + len(name)
    return out


# 启动防汛Ⅳ级响应: an emergency response of a field at a level is a mechanism the place runs
_RESPONSE = re.compile("(?<=启动)([\u4e00-\u9fff]{2,6}?)([ⅠⅡⅢⅣIV1-4一二三四]{1,3}级(?:应急)?响应)")


# “社区党组织——小区党支部——…——居民”五级联动治理: a count of levels after the quoted
# list of those levels names the multi-level system
_LEVEL_SYSTEM = re.compile(f"(?<=[”\"])[{_NUMERALS}]+级[\u4e00-\u9fff]{{0,6}}(?:治理|体系|机制|网格|管理)(?=[，,。；;])")


def level_systems(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """五级联动治理 after a quoted chain of levels: a mechanism."""
    return [(Span(m.start(), m.end()), m.group(0), "mechanism") for m in _LEVEL_SYSTEM.finditer(text)]


# 农博会, 房交会, 广交会: a fair named by one character and 博会/交会 (…博览会, …交易会)
_FAIR = re.compile("[\u4e00-\u9fff](?:博会|交会)")


def fairs(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Fairs written by their short names (农博会, 房交会): events."""
    return [(Span(m.start(), m.end()), m.group(0), "event") for m in _FAIR.finditer(text)]


# 全县田长制林长制暨县总河长会议召开: a meeting of a whole jurisdiction (全县, 全市 …) named
# as the subject of 召开/举行 (the headline and lead of a meeting report) is an event
# (not 全县上下在会议召开前: the words between hold no function word of a clause; not 传达学习
# 全国、全省相关会议精神: 相关/有关 refer to meetings left unnamed)
# …; 学习领会全省“雁过拔毛”式腐败问题和“纠‘四风’、治陋习”专项整治工作电视电话会议、全省加强换届风气
# 监督工作视频会议精神: a meeting whose spirit is studied (会议精神) is reported as held too, and so
# is the one listed before it; quoted words (with their own 、) belong to the name
_SCOPED_MEETING = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=领会|学习|贯彻|传达|落实|参加|出席))全[省市县区州](?:(?!上下|各级|在|的|将|于|相关|有关)(?:[\u4e00-\u9fff]|“[^“”]{1,16}”)){2,24}?"
                             "会议(?=召开|举行|开幕|闭幕|精神|、全[省市县区州][^，,。；;]{2,40}?会议精神)")


def scoped_meetings(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Meetings of a whole jurisdiction reported as held (see _SCOPED_MEETING): events."""
    return [(Span(m.start(), m.end()), clean(m.group(0)), "event") for m in _SCOPED_MEETING.finditer(text)]


# 溪口村成了省级乡村振兴示范村、市级党建示范村: a title a level of government awards (its
# level word, a theme, 示范村/示范县 …) names that level's designation scheme; a scope word
# serves as the level (116个村入选全省旅游扶贫示范村, 全国一村一品示范村)
_LEVEL_TITLE = re.compile("(?:省级|市级|州级|县级|全省|全市|全州|全国)[\u4e00-\u9fff]{2,8}?示范(?:创建)?"
                          "(?:村|县|乡镇|镇|乡|社区|点|基地)(?![\u4e00-\u9fff])")


# 市重点项目|湘粤桂综合物流园、…、省重点产业项目|道县广新运动用品产业园等处, 省级重点项目——|…配套项目:
# a level's class of projects written right before a name labels that name as one of them
_CLASS_LABEL = re.compile("(?:[省市县州]级?|国家级?)(?:重点|重大)(?:产业|建设)?项目(?:——)?")
_LABELLED_NAME = re.compile(f"(?:[\u4e00-\u9fff]|{_BRACKET_GLOSS.pattern}){{4,20}}?(?=[、等，,。；;]|$)")
_LABELLED_HEADS = ("项目", "工程", "园", "基地", "中心", "生产线", "电站", "大桥", "公路", "水库", "小镇")


def labelled_projects(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Names labelled by a class of projects before them (市重点项目湘粤桂综合物流园): the
    name is an item of a list (、/等 after it) or ends in a project head, and opens with
    no verb or function word (省重点项目|调研组深入道县 is no name)."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for label in _CLASS_LABEL.finditer(text):
        m = _LABELLED_NAME.match(text, label.end())
        if m is None:
            continue
        name = m.group(0)
        listed = text.startswith(("、", "等"), m.end())
        if not (listed or name.endswith(_LABELLED_HEADS)) or is_stoplisted(name):
            continue
        first = _tagged(name)[0]
        if first[1].startswith(("v", "d", "p", "c", "u", "r")) or name.startswith(_INTRO_VERBS):
            continue
        found.append((Span(m.start(), m.end()), name, "project"))
    return found


# 有5个项目竣工,包括A、B、C;有2个项目开工,包括D、E。: the items a counted set of projects
# is said to include are named projects; so are the items after a colon that closes a counted
# set (7个重点项目包括:A、B;竣工重点项目1个:C), and those a class of projects counted after its
# name includes (产业发展项目178个,包括A项目、B基地、C项目等: a provincial list of key projects)
_INCLUDED_AFTER = re.compile(
    f"(?:[0-9]+|[{_NUMERALS}]+)个(?:重点|重大)?(?:建设)?项目(?:[^，,。；;：:]{{0,6}}[，,](?:主要)?包括[：:]?|包括[：:]?)"
    f"|(?:开工|竣工|投产|签约)(?:重点|重大)?(?:建设)?项目(?:[0-9]+|[{_NUMERALS}]+)个[：:]"
    f"|[\u4e00-\u9fff]{{2,6}}项目(?:[0-9]+|[{_NUMERALS}]+)个[，,](?:主要)?包括[：:]?")
_INCLUDED_ITEM = re.compile(r"[^、，,。；;：:\s]{4,30}")


def included_projects(text: str, gaz: Gazetteer) -> list[tuple[Span, str, ProgramKind]]:
    """The 、-separated items after a counted set of projects and 包括 (see _INCLUDED_AFTER):
    each item up to the clause end, the part after its last 的 when a description heads it
    (桑圆门业投资1.24亿元建设的|年产50万樘门生产线); counts are not items."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _INCLUDED_AFTER.finditer(text):
        at = m.end()
        while True:
            item = _INCLUDED_ITEM.match(text, at)
            if item is None:
                break
            start, name = item.start(), item.group(0)
            if "的" in name:
                start += name.rfind("的") + 1
                name = text[start:item.end()]
            name = name.removesuffix("等")      # …、C项目等。: the list's close, not the name
            if len(name) >= 4 and not _starts_with_count(name) and not is_stoplisted(name):
                found.append((Span(start, start + len(name)), name, "project"))
            if not text.startswith("、", item.end()):
                break
            at = item.end() + 1
    return found


# 湘西州十五届人大常委会|举行|第二十五次会议, 市十六届人大常委会举行第十三次会议: a standing
# committee elected for a term holds its numbered session; the session is named by the body
# and the count, without the verb between them
_HELD_SESSION = re.compile(f"(?:举行|召开)了?(第[0-9{_NUMERALS}]+次(?:常务委员会|主任|常务|全体)?会议)")
_TERM_IN_BODY = re.compile(f"[0-9{_NUMERALS}]届")
_SESSION_BODIES = ("人大常委会", "人民代表大会常务委员会", "政协常委会", "常委会")


# 主持召开县人民政府第40次常务会议, 召开县政府党组暨2023年第4次常务会议: a government's numbered executive
# meeting (a government is no termed body: its sessions are numbered without a term)
_EXECUTIVE_MEETING = re.compile(f"(?<=召开)((?:[\u4e00-\u9fff]{{0,8}}?)(?:人民政府|政府)(?:党组暨)?"
                                f"(?:[0-9]{{4}}年)?第[0-9{_NUMERALS}]+次常务会议)")


# 市政协召开|五届十六次主席会议, 县委全面深化改革领导小组第三次(扩大)会议,
# 岳阳代表团在驻地举行|第四次全体会议: a body's numbered session (a count of sessions, maybe after
# its term, and an (扩大) gloss) is named by the body and the session, without a verb or venue between
_NUMBERED_SESSION = re.compile(f"((?:召开|举行)了?)?((?:[0-9{_NUMERALS}]+届)?第?[0-9{_NUMERALS}]+次"
                               "(?:[(（]扩大[)）])?(?:全体|主席|常委|主任|常务)?会议)")
# (not a party committee's own plenum, 县委…全体会议: the gold conventions annotate no party plenum)
_SESSION_HOLDERS = ("政协", "人大", "委员会", "常委会", "领导小组", "代表团", "主席团", "党组")
_VENUE_BEFORE = re.compile("在[\u4e00-\u9fff]{1,6}$")


# 二十届中央全面深化改革委员会第一次会议, 县委全面深化改革领导小组第三次(扩大)会议: the name reader stops
# at 全面 (an adverb), but 全面深化改革 is one word of the genre naming the reform committee; its body
# reads on over 全面 and the level's committee written before it (中央, 县委 …), which makes the
# session the centre's (or that level's) rather than the place of the report relaying it
_REFORM_BODY = re.compile("(?:中央|省委|市委|州委|县委|区委)?全面$")


def _with_reform_body(text: str, end: int, body: str) -> str:
    """`body` (the name read before `end`) with 全面 and the committee before it when it opens
    with 深化改革."""
    if not body.startswith("深化改革"):
        return body
    lead = _REFORM_BODY.search(text, max(0, end - len(body) - 4), end - len(body))
    return lead.group(0) + body if lead else body


def numbered_sessions(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Numbered sessions of a body that holds them (see _NUMBERED_SESSION): events."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _NUMBERED_SESSION.finditer(text):
        end = m.start(2)
        if m.group(1):
            venue = _VENUE_BEFORE.search(text, max(0, m.start() - 8), m.start())
            end = venue.start() if venue else m.start()
        body = _with_reform_body(text, end, name_before(text, end))
        if len(body) < 2 or not body.endswith(_SESSION_HOLDERS) or body in _SESSION_HOLDERS:
            continue
        found.append((*without_province_prefix(Span(end - len(body), m.end()), body + m.group(2)), "event"))
    return found


def held_sessions(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Numbered sessions a termed body is said to hold (see _HELD_SESSION) and a government's
    numbered executive meetings (see _EXECUTIVE_MEETING): events."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _HELD_SESSION.finditer(text):
        body = name_before(text, m.start())
        if body.endswith(_SESSION_BODIES) and _TERM_IN_BODY.search(body):
            found.append((Span(m.start() - len(body), m.end()), body + m.group(1), "event"))
    found.extend((Span(m.start(1), m.end(1)), m.group(1), "event") for m in _EXECUTIVE_MEETING.finditer(text))
    return found


def level_titles(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Titles awarded by a level of government (省级乡村振兴示范村, 市级党建示范村), and the
    batches of a designation (第七批湖南省乡村旅游重点村, 湖南省第二批…试点镇)."""
    found = [(Span(m.start(), m.end()), m.group(0), "campaign") for m in _LEVEL_TITLE.finditer(text)]
    return found + [(Span(m.start(), m.end()), m.group(0), "campaign") for m in _BATCH_TITLE.finditer(text)]


# 公布第七批湖南省乡村旅游重点村名单, 列入湖南省第二批经济发达镇行政管理体制改革试点镇的…: a numbered
# batch (第N批) of pilot, model or key places (试点/示范/重点 + 村/镇/县 …) is a designation a level
# of government runs, listed or entered; its level (湖南省, 全国, 省级) may open the name
_BATCH_TITLE = re.compile("(?:湖南省|全省|省级|国家级|全国|国家)?第[一二三四五六七八九十0-9]+批"
                          "[^，,。；;、“”\n]{2,30}?(?:试点|示范|重点)(?:乡镇|社区|村|镇|县|乡|市|单位|基地|园区|点)"
                          "(?=名单|的|称号|[，,。；;、]|$)")


def response_levels(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """启动防汛Ⅳ级响应 → 防汛Ⅳ级响应 (the field is part of the name; 启动Ⅲ级响应 alone is
    not named)."""
    return [(Span(m.start(), m.end()), m.group(0), "mechanism") for m in _RESPONSE.finditer(text)]


_ORG_REACH = 12   # how far an organisation's name may reach around a phrase inside it


def _inside_org(start: int, end: int, index: MentionIndex) -> bool:
    """Does [start, end) lie inside an organisation's name (县乡村振兴局)?"""
    nearby = index.orgs_within(max(0, start - _ORG_REACH), end + _ORG_REACH)
    return any(o.span.start <= start and end <= o.span.end for o in nearby)


@lru_cache(maxsize=1)
def _facility_regex() -> re.Pattern[str]:
    """200亩|猕猴桃示范基地 / 位于…村的|龙灿生态茶业基地: a base named after its area or its
    location (program_facility_suffixes.txt)."""
    ends = "|".join(map(re.escape, sorted(load_lines("program_facility_suffixes.txt"), key=len, reverse=True)))
    name = f"([\u4e00-\u9fff]{{2,10}}?(?:{ends}))"
    return re.compile(f"(?:[0-9.]+万?亩{name}|位于[^，,。；;]{{2,15}}?的{name})")


def facilities(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Farm and industry bases named with their area (建成了200亩猕猴桃示范基地) or their
    location (位于严塘镇杨塘村的龙灿生态茶业基地): projects."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _facility_regex().finditer(text):
        group = 1 if m.group(1) else 2
        if group == 1 and _predicate_after_area(m.group(1)):
            continue
        found.append((Span(m.start(group), m.end(group)), m.group(group), "project"))
    return found


def _predicate_after_area(name: str) -> bool:
    """Does the phrase after an area open with a predicate (为, 获得 …) rather than a name?"""
    return name.startswith(MEASURE_PREDICATES)


# “奋战八十天 决战四季度”动员大会: a quoted slogan right before a meeting noun names that
# meeting (the quote itself stays the campaign it names)
_QUOTED_EVENT_NOUNS = ("动员大会", "动员会", "誓师大会", "推进大会", "推进会", "启动仪式", "庆祝活动", "庆祝大会",
                       "开园仪式", "开业仪式", "开幕仪式", "授牌仪式", "挂牌仪式", "揭牌仪式", "通车仪式", "投产仪式",
                       # “庆国庆 迎丰收”龙舟赛, “…”文艺晚会: contests and shows staged under a slogan
                       "龙舟赛", "比赛", "晚会", "运动会", "盛会", "集市",
                       # 第二批“星级志愿者”认证会, “…”表彰大会: a meeting that certifies or honours the quoted title
                       "认证会", "表彰大会", "表彰会")
_QUOTED_EVENT_MAX = 20


# “春风行动”首场招聘会, “网格走亲、党群同心”大走访动员大会, 推进“街巷长”共创共享会商大会: a few
# words between the quoted campaign and the meeting noun say which of its meetings it is
_GAPPED_EVENT_NOUNS = _QUOTED_EVENT_NOUNS + ("招聘会", "大会")
_EVENT_GAP_MAX = 6
# “雁城之春”纪念建市70周年新闻发布会, “湘江—珠江”经贸情况交流会, 《某某条例》新闻发布会: the meetings
# held to talk about a quoted theme or a cited document (a release, an exchange, a forum); the
# words between them say on what occasion and may be longer and hold a year count
_TALK_EVENT_NOUNS = ("新闻发布会", "发布会", "交流会", "座谈会", "推介会", "研讨会", "洽谈会", "对接会")
_TALK_GAP_MAX = 12
_RELEASE_NOUNS = ("新闻发布会", "发布会")   # 《…条例》新闻发布会: a cited title heads only its release
# words that put a clause, not a name, between the quote and the noun (“两会”期间召开大会)
_EVENT_GAP_BREAKS = ("的", "在", "和", "与", "及", "期间", "召开", "举行", "举办", "参加", "出席", "为", "是", "后", "前")


def _tail_of_event(item: tuple[Span, str, ProgramKind], events: list[tuple[Span, str, ProgramKind]]) -> bool:
    """“奋进新征程”系列新闻发布会: is `item` an event read from the words after the quote
    (系列新闻发布会) that a quoted event's full name ends with, at the same place?"""
    span, name, kind = item
    return kind == "event" and any(e.start <= span.start and span.end <= e.end and full != name
                                   and full.endswith(name) for e, full, _ in events)


def quoted_events(doc: Document, quotes: list[Quote]) -> list[tuple[Span, str, ProgramKind]]:
    """Meetings named by the quoted slogan before them: “X”动员大会 → event X动员大会, with
    the topic words a whole-place scope opens (全区|严打整治|“百日会战”动员大会), also with a
    few words naming which meeting between them (“春风行动”首场招聘会)."""
    return _quoted_heads(doc, quotes, _QUOTED_EVENT_NOUNS, "event", gapped=True)


_GAPPED_NOUN = re.compile("|".join(map(re.escape, sorted(set(_GAPPED_EVENT_NOUNS + _TALK_EVENT_NOUNS),
                                                          key=len, reverse=True))))


def _gapped_noun(text: str, end: int) -> tuple[str, str]:
    """(gap, noun): a meeting noun within a few words after a closing quote at `end`, the gap
    a plain phrase (no punctuation, function word or verb of holding), else ("", ""); a
    talking meeting (_TALK_EVENT_NOUNS) may stand further off, past a year count."""
    phrase = following_phrase(text, end, limit=_TALK_GAP_MAX + 5)
    found = _GAPPED_NOUN.search(phrase, 1)
    if found is None:
        return "", ""
    at, noun = found.start(), found.group(0)
    gap = phrase[:at]
    talk = noun in _TALK_EVENT_NOUNS
    if at > (_TALK_GAP_MAX if talk else _EVENT_GAP_MAX) or any(w in gap for w in _EVENT_GAP_BREAKS) \
            or not all(CJK.match(ch) or talk and ch.isdigit() for ch in gap):
        return "", ""
    return gap, noun


# 全区严打整治“百日会战”专项行动: a quoted name before 专项行动 names that campaign with the
# topic words before it; the quote alone elsewhere (确保“百日会战”取得胜利) is its short form
_QUOTED_CAMPAIGN_HEADS = ("专项整治行动", "专项行动", "专项整治")   # 市“正作风、提精神、鼓士气”专项整治行动
_SCOPE_BEFORE = re.compile("(?:全区|全市|全县|全州|全省)$")
_TOPIC_MAX = 6


def quoted_campaigns(doc: Document, quotes: list[Quote]) -> list[tuple[Span, str, ProgramKind]]:
    """Campaigns named by a quoted name before 专项行动 (严打整治“百日会战”专项行动)."""
    return _quoted_heads(doc, quotes, _QUOTED_CAMPAIGN_HEADS, "campaign")


def _quoted_heads(doc: Document, quotes: list[Quote], heads: tuple[str, ...],
                  kind: ProgramKind, gapped: bool = False) -> list[tuple[Span, str, ProgramKind]]:
    """Programs named by a quoted name and the head noun right after it (see quoted_events),
    or, when `gapped`, a meeting noun (_GAPPED_EVENT_NOUNS, _TALK_EVENT_NOUNS) a few words
    after it (the words stay in the name)."""
    found: list[tuple[Span, str, ProgramKind]] = []
    titles = [q.span for q in quotes if q.mark == "《"]
    for quote in quotes:
        if any(t.start < quote.span.start < t.end for t in titles):
            continue      # 《零陵区严打整治“百日会战”专项行动工作方案》: the title names a document
        noun = next((n for n in heads if doc.text.startswith(n, quote.span.end)), "")
        if not noun and gapped:
            noun = next((n for n in _TALK_EVENT_NOUNS if doc.text.startswith(n, quote.span.end)), "")
        gap = ""
        if not noun and gapped:
            gap, noun = _gapped_noun(doc.text, quote.span.end)
        if quote.mark == "《" and not gap and noun in _RELEASE_NOUNS:
            found.append((Span(quote.span.start, quote.span.end + len(noun)),
                          clean(doc.slice(quote.inner)) + noun, kind))
            continue
        slogan = re.sub("[，,、]", "", clean(doc.slice(quote.inner)))
        if gap or kind == "campaign":
            slogan = re.sub("[，,]", "", clean(doc.slice(quote.inner)))     # 网格走亲、党群同心 keeps its 、
        if not noun or quote.mark == "《" or not 2 <= len(slogan) <= _QUOTED_EVENT_MAX \
                or looks_like_speech(slogan, True) or is_stoplisted(slogan):
            continue
        topic = scoped_topic(doc.text, quote.span.start) or (_held_purpose(doc.text, quote.span.start) if gap else "")
        found.append((Span(quote.span.start - len(topic), quote.span.end + len(gap) + len(noun)),
                      topic + slogan + gap + noun, kind))
    return found


# 召开推进“街巷长”共创共享会商大会: the purpose verb between the verb of holding and the quoted
# campaign opens the meeting's name (推进…会商大会)
_PURPOSE_VERBS = ("推进", "推动", "深化", "落实")
_HOLDING_VERBS = ("召开", "举行", "举办")


def _held_purpose(text: str, start: int) -> str:
    """The purpose verb (推进) right before a quote at `start`, when a verb of holding precedes it."""
    verb = next((v for v in _PURPOSE_VERBS if text.endswith(v, 0, start)), "")
    if verb and text.endswith(_HOLDING_VERBS, 0, start - len(verb)):
        return verb
    return ""


def scoped_topic(text: str, start: int) -> str:
    """The topic words between a whole-place scope and a quote at `start` (全区|严打整治|“…”):
    a phrase holding a verb (严打整治, 禁毒), not a locative or a group (全市|上下, 干部群众)."""
    topic = name_before(text, start, window=_TOPIC_MAX)
    if len(topic) < 2 or not _SCOPE_BEFORE.search(text, max(0, start - len(topic) - 2), start - len(topic)):
        return ""
    tags = [flag for _, flag in _tagged(topic)]
    if not any(flag in ("v", "vn") for flag in tags) or not all(flag in ("v", "vn", "n", "an") for flag in tags):
        return ""
    return topic


# 2023年第一季度|招商项目集中签约仪式 beside the headline's 招商项目集中签约仪式; 衡阳市|自建房安全专项
#整治 beside 自建房安全专项整治: one program written with and without a qualifier in front
_PERIOD_QUALIFIER = re.compile(f"(?:19|20)[0-9]{{2}}年度?(?:第?[{_NUMERALS}]季度|[上下]半年)?")
_FOLDED_MIN = 4
# the head words a campaign's name may carry or drop (人居环境整治 / 人居环境整治攻坚战)
_CAMPAIGN_HEADS = frozenset({"攻坚战", "专项行动", "行动", "战役"})


def with_qualifiers_folded(mentions: list[ProgramMention], gaz: Gazetteer) -> list[ProgramMention]:
    """One program the document names both bare and behind a qualifier is one program: a
    period qualifier (2023年第一季度…签约仪式) belongs to an event's full name (one occasion),
    which its bare mentions take (a year's report or campaign stays apart from the bare one:
    2015年政府工作报告 / 政府工作报告); a place qualifier naming the campaign's own place (衡阳市|自建房安全专项整治,
    run by 衡阳市) is the place's share of a wider campaign, which keeps the bare name. Several
    qualified names sharing one bare tail stay apart (湘潭市…/株洲市…推进会). A campaign named
    with and without its head word (人居环境整治攻坚战 / 人居环境整治) is one campaign too."""
    names = {(m.name, m.kind) for m in mentions}
    rename: dict[tuple[str, ProgramKind], str] = {}
    for m in mentions:
        for bare, kind in names:
            if kind == m.kind == "campaign" and m.name[len(bare):] in _CAMPAIGN_HEADS and m.name.startswith(bare) \
                    and len(bare) >= _FOLDED_MIN:
                rename.setdefault((m.name, kind), bare)    # 人居环境整治|攻坚战 beside 人居环境整治
                continue
            if kind != m.kind or bare == m.name or len(bare) < _FOLDED_MIN or not m.name.endswith(bare):
                continue
            qualifier = m.name[:-len(bare)]
            if sum(1 for other, k in names if k == kind and other != bare and other.endswith(bare)) > 1:
                continue     # 湘潭市…/株洲市…推进会, 2022年…/2023年…: several qualified ones stay apart
            if kind == "event" and _PERIOD_QUALIFIER.fullmatch(qualifier):
                rename.setdefault((bare, kind), m.name)
            elif kind == "campaign" and m.place_key and any(e.key == m.place_key for e in gaz.lookup(qualifier)):
                rename.setdefault((m.name, kind), bare)
    return [replace(m, name=rename[(m.name, m.kind)]) if (m.name, m.kind) in rename else m for m in mentions]


def with_full_campaign_names(mentions: list[ProgramMention],
                             campaigns: list[tuple[Span, str, ProgramKind]],
                             quotes: list[Quote], doc: Document) -> list[ProgramMention]:
    """The quoted short form of a campaign the document names in full (“百日会战” beside
    严打整治“百日会战”专项行动) is that campaign: its mentions take the full name."""
    full: dict[str, str] = {}
    for span, name, _ in campaigns:
        core = next((clean(doc.slice(q.inner)) for q in quotes if span.start <= q.span.start < span.end), "")
        if core:
            full.setdefault(core, name)
    return [replace(m, name=full[m.name], kind="campaign") if m.name in full and m.kind != "event" else m
            for m in mentions]


_SIGNED = "签约仪式"
_SIGNED_TOPIC_MAX = 6   # 农业招商及|农产品购销签约仪式: a trade joined by 及 to the one signed in
_JOINT_ACTIVITY_MIN = 4    # …项目推介及|签约仪式: the activity the signing is held with
_JOINT_ACTIVITY_MAX = 12
_BATCH_SIGNED = "集中" + _SIGNED


def signed_items(found: list[tuple[Span, str, ProgramKind]], gaz: Gazetteer) -> list[tuple[Span, str, ProgramKind]]:
    """…公路改建工程项目签约仪式 / 江永县与金荣集团战略合作签约仪式: what a signing ceremony
    signs is a program of its own (a project, or a cooperation agreement), when it is named
    (a proper word: 农业招商及农产品购销 names the trades signed in, no program)."""
    out: list[tuple[Span, str, ProgramKind]] = []
    for span, name, kind in found:
        if name.endswith(_BATCH_SIGNED):
            continue       # 招商引资项目集中|签约仪式: a batch of projects is signed, not one
        if kind == "event" and name.endswith(_SIGNED) and not has_proper_word(name[: -len(_SIGNED)], gaz):
            continue
        if kind == "event" and name.endswith(_SIGNED) and len(name) - len(_SIGNED) >= 4:
            out.append((Span(span.start, span.end - len(_SIGNED)), name[: -len(_SIGNED)], "project"))
    return out


# 进度偏慢的3项分别是:改(新)建农村户用厕所、…、新增直播卫星用户; 7个重点项目包括:A、B、…: a
# count of projects (项目, 工程, 实事 in the count's words or its paragraph before) that a 、-list spells
# out item by item — exactly as many items as counted — names a project with each item
_SPELLED_OUT = re.compile(f"([0-9]+|[{_NUMERALS}]+)([项个件])([^，,。；;：:、\n]{{0,12}}?)(?:分别是|分别为|包括|即)[:：]")
_PROJECT_CLASSES = ("项目", "工程", "实事")
_SPELLED_ITEM = re.compile("[^、，,。；;：:\n]{3,30}")


def spelled_out_projects(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """The projects a counted class spells out after 分别是/包括 (`_SPELLED_OUT`)."""
    out: list[tuple[Span, str, ProgramKind]] = []
    for m in _SPELLED_OUT.finditer(text):
        count = int(m.group(1)) if m.group(1).isdigit() else chinese_count(m.group(1))
        para_start = text.rfind("\n", 0, m.start()) + 1
        if count is None or count < 2 or not any(c in text[para_start:m.end()] for c in _PROJECT_CLASSES):
            continue
        items: list[tuple[Span, str, ProgramKind]] = []
        at = m.end()
        while len(items) <= count:
            item = _SPELLED_ITEM.match(text, at)
            if item is None:
                break
            items.append((Span(at, item.end()), item.group(0), "project"))
            at = item.end()
            if not text.startswith("、", at):
                break
            at += 1
        ended = text[at:at + 1] in ("。", "；", ";", "\n", "")
        if len(items) == count and ended:
            out.extend(items)
    return out


# 推出湖南省第八届语言艺术节|、洞庭湖诗歌艺术节、《南洞庭赋》大型情景演出、沅江微型马拉松赛…: the
# items of a list that a staged event opens or joins are staged events too when each ends in an
# event's head noun (节, 赛, 演出, 晚会, 论坛 …); the list goes on up to the first item that does not
_SIBLING_EVENT_HEADS = ("节", "赛", "演出", "晚会", "论坛", "音乐会", "嘉年华", "庙会", "灯会", "汇演", "会演",
                        "展演", "展览", "博览会", "美食周", "文化周", "旅游周")
_SIBLING_SEPARATORS = ("以及", "、", "和", "及", "与")
_SIBLING_ITEM = re.compile("[^、，,。；;：:！？!?\n和及与等]{2,24}")
_SIBLING_NAME_MIN = 4


def _sibling_event_at(text: str, at: int) -> tuple[Span, str] | None:
    """The event named right at `at` (after a list's separator), when the item ends in an event's
    head noun and stops at the list's next separator, its 等 or the end of the clause."""
    m = _SIBLING_ITEM.match(text, at)
    if m is None:
        return None
    name = clean(m.group(0))
    end = m.end()
    if name.endswith("节") and not _festival_word(name):
        return None
    if not name.endswith(_SIBLING_EVENT_HEADS) or len(name) < _SIBLING_NAME_MIN or is_stoplisted(name) \
            or _LATIN_OR_DIGIT.match(name) or name[0] in _NUMERALS:
        return None
    return Span(at, end), name


def event_lists(text: str, found: list[tuple[Span, str, ProgramKind]]) -> list[list[tuple[Span, str, ProgramKind]]]:
    """Each list of staged events: an event found (…三届洞庭湖生态文化旅游节), then the items after it
    that each follow a separator (、, 和, 及, 以及) and end in an event's head noun (|和水上运动节), up to
    the first that does not. A place inside one item's name runs none of the others (湖南省|第八届
    语言艺术节、洞庭湖诗歌艺术节: the second is the host's)."""
    taken = _span_lookup([span for span, _, _ in found])
    chains: list[list[tuple[Span, str, ProgramKind]]] = []
    for span, name, kind in found:
        if kind != "event":
            continue
        out: list[tuple[Span, str, ProgramKind]] = [(span, name, kind)]
        chains.append(out)
        at = span.end
        while True:
            at += 1 if text[at:at + 1] in _CLOSING_QUOTES or text[at:at + 1] == "》" else 0
            sep = next((s for s in _SIBLING_SEPARATORS if text.startswith(s, at)), "")
            if not sep:
                break
            item = _sibling_event_at(text, at + len(sep))
            if item is None:
                break
            if not taken(item[0].start):
                out.append((item[0], item[1], "event"))
            at = item[0].end
    return [chain for chain in chains if len(chain) > 1]


_LAUNCHED = ("启动仪式", "开幕式")
_LAUNCHED_CAMPAIGN_HEADS = ("行动", "工程", "计划", "竞赛")


def launched_items(found: list[tuple[Span, str, ProgramKind]]) -> list[tuple[Span, str, ProgramKind]]:
    """2024湖南工业旅游推广月|启动仪式, …专项行动|启动仪式: what a launch ceremony launches is a
    program of its own (an event, or a campaign when its name ends in 行动/工程 …)."""
    out: list[tuple[Span, str, ProgramKind]] = []
    for span, name, kind in found:
        word = next((w for w in _LAUNCHED if name.endswith(w)), "")
        if kind != "event" or not word or len(name) - len(word) < 4:
            continue
        launched = name[: -len(word)]
        out.append((Span(span.start, span.end - len(word)), launched,
                    "campaign" if launched.endswith(_LAUNCHED_CAMPAIGN_HEADS) else "event"))
    return out


# 村级集体经济参与打造的“同幸蜂蜜”品牌, 打响“南县小龙虾”品牌: a quoted brand that opens with a place of
# the text (同幸村 → 同幸, 南县) and goes on with what the place makes is a product's brand, sold, not a
# program run (a brand of service or a slogan, 创响“湖光山色，淳美巴陵”品牌, opens with no place)
_BRAND_FOLLOWERS = ("品牌", "区域品牌", "公用品牌", "区域公用品牌")
_PLACE_STEM_SUFFIXES = ("社区", "村", "镇", "乡", "县", "市", "区")
_PRODUCT_MIN = 2


def _place_stems(places: list[PlaceMention]) -> set[str]:
    """The places as written and without their level suffix (同幸村, 同幸; 南县 keeps 南县)."""
    stems: set[str] = set()
    for place in places:
        stems.add(place.surface)
        for suffix in _PLACE_STEM_SUFFIXES:
            if place.surface.endswith(suffix) and len(place.surface) - len(suffix) >= 2:
                stems.add(place.surface[:-len(suffix)])
                break
    return stems


def product_brand(text: str, quote: Quote, name: str, places: list[PlaceMention]) -> bool:
    """Is the quoted `name`, right before 品牌, a place's product brand (see _BRAND_FOLLOWERS)?"""
    if not text.startswith(_BRAND_FOLLOWERS, quote.span.end) or any(c in name for c in _COMMAS + "、+"):
        return False
    return any(name.startswith(stem) and len(name) - len(stem) >= _PRODUCT_MIN for stem in _place_stems(places))


def quoted_periods(doc: Document, quotes: list[Quote]) -> frozenset[str]:
    """Quoted names the document writes before a period word somewhere (确保“两节一会”期间…): a
    stretch of time (two holidays and a session), so the same quote elsewhere (召开“两节一会”暨四季度
    安全生产工作会议) names no program either."""
    return frozenset(clean(doc.slice(q.inner)) for q in quotes
                     if q.mark != "《" and doc.text.startswith(_PERIOD_AFTER, q.span.end))


def extract_programs(doc: Document, places: list[PlaceMention], orgs: list[OrgMention], gaz: Gazetteer,
                     article_place: dict[int, str]) -> list[ProgramMention]:
    """All program mentions of `doc`, in text order (one per occurrence)."""
    quotes = find_quotes(doc)
    counts: dict[str, int] = defaultdict(int)
    for q in quotes:
        counts[clean(doc.slice(q.inner))] += 1
    abbreviated = abbreviations(doc, quotes)
    periods = quoted_periods(doc, quotes)
    raw: list[tuple[Span, str, ProgramKind]] = []
    short_forms = document_short_forms(doc, quotes)
    for i, quote in enumerate(quotes):
        if quote.mark == "《":
            title = short_forms.get(clean(doc.slice(quote.inner))) or document_title(doc, quote)
            if title and not _after_abbreviation_cue(doc.text, quote.span.start):
                raw.append((quote.span, title, "policy_document"))
            continue
        found = classify_quote(doc, quotes, i, counts, abbreviated)
        if found and not product_brand(doc.text, quote, found[0], places) and found[0] not in periods:
            raw.append(_named_by_preceding_words(doc, quote, found[0], found[1], gaz))
    index = MentionIndex(doc, places, orgs)
    raw.extend(unquoted_programs(doc, gaz, [q.span for q in quotes], index))
    raw.extend(items_before_codes(doc, quotes))
    raw.extend(counted_campaign_lists(doc.text))
    raw.extend(facilities(doc.text))
    raw.extend(fairs(doc.text))
    raw.extend(scoped_meetings(doc.text))
    raw.extend(level_titles(doc.text))
    raw.extend(held_sessions(doc.text))
    raw.extend(numbered_sessions(doc.text))
    raw.extend(labelled_projects(doc.text))
    raw.extend(included_projects(doc.text, gaz))
    raw.extend(spelled_out_projects(doc.text))
    raw.extend(visited_projects(doc.text))
    raw.extend(built_roads(doc.text))
    raw.extend(progressing_sites(doc.text, gaz))
    raw.extend(abbreviated_routes(doc.text))
    raw.extend(verb_systems(doc.text))
    raw.extend(theme_years(doc.text))
    raw.extend(livelihood_works(doc.text))
    raw.extend(renovations(doc.text, gaz))
    raw.extend(placed_documents(doc, quotes, places))
    raw.extend(title_drives(doc.text))
    raw.extend(selections(doc.text))
    raw.extend(designations(doc.text))
    raw.extend(honour_titles(doc, quotes, places))
    raw.extend(honour_lists(doc.text))
    raw.extend(five_year_plans(doc.text))
    raw.extend(numbered_rules(doc.text))
    campaigns = quoted_campaigns(doc, quotes)
    raw.extend(campaigns)
    kept = _outermost(raw)
    kept.extend(notices(doc, quotes))
    kept.extend(notice_campaigns(doc.text))
    kept.extend(reinspection_drives(doc.text))
    kept.extend(headline_titles(doc.text))
    kept.extend(response_levels(doc.text))
    kept.extend(level_systems(doc.text))
    kept.extend(national_programs(doc.text, [s for s, _, _ in kept], index))
    kept = with_longest_listed_form(kept)
    kept.extend(signed_items(kept, gaz))
    kept.extend(launched_items(kept))
    chains = event_lists(doc.text, kept)
    kept.extend(item for chain in chains for item in chain[1:])
    events = quoted_events(doc, quotes)
    kept = [item for item in kept if not _tail_of_event(item, events)] + events
    mentions: list[ProgramMention] = []
    names = tuple(span for span, name, kind in kept if kind == "project" and not is_stoplisted(name))
    listed = {item[0]: tuple(span for span, _, _ in chain) for chain in chains for item in chain[1:]}
    for span, name, kind in sorted(kept, key=lambda r: (r[0].start, -r[0].end)):
        if is_stoplisted(name) or kind == "event" and _UNNUMBERED_TERM.match(name):
            continue
        place_key, org = program_place(doc, span, name, index, gaz, article_place, names + listed.get(span, ()))
        place_key = running_body(place_key, gaz)
        mentions.append(ProgramMention(span=span, name=name, kind=kind, place_key=place_key, org=org))
    mentions = with_one_spelling(mentions)
    mentions = with_full_event_names(mentions)
    mentions = with_full_session_names(mentions)
    mentions = with_full_campaign_names(mentions, campaigns, quotes, doc)
    mentions = with_qualifiers_folded(mentions, gaz)
    organised = organiser_places(doc, mentions, index, gaz, article_place)
    if organised:
        mentions = [m if _names_own_place(doc, m.span, index) else _organised_by(m, organised, index)
                    for m in mentions]
    return with_higher_events(doc, with_whole_scope(doc, mentions, index, gaz), gaz)


_HIGHER_EVENT_MIN = 4   # 纠“四风”: a shorter name is too common a word of an event's name


def with_higher_events(doc: Document, mentions: list[ProgramMention], gaz: Gazetteer) -> list[ProgramMention]:
    """全省“…”和“纠‘四风’、治陋习”专项整治工作电视电话会议 … 要深入开展“纠‘四风’、治陋习”专项整治: a
    campaign the document quotes inside the name of an event of the province (or the nation) is that
    level's campaign; the local place a later mention falls to (the city relaying the meeting) only
    carries it out. Only places inside the event's level change; a name the event writes bare (no
    quote in the event as written) or shorter than four characters is left alone."""
    higher = [m for m in mentions if m.kind == "event" and m.place_key
              and (m.place_key == NATIONAL or _level_of(gaz, m.place_key) == "province")
              and "“" in doc.text[m.span.start:m.span.end]]
    if not higher:
        return mentions
    out: list[ProgramMention] = []
    for m in mentions:
        for e in higher:
            if m is not e and len(m.name) >= _HIGHER_EVENT_MIN and m.name in e.name and m.name != e.name \
                    and m.place_key and m.place_key != e.place_key and m.place_key != NATIONAL \
                    and (e.place_key == NATIONAL or _within(m.place_key, e.place_key, gaz)):
                m = replace(m, place_key=e.place_key)
                break
        out.append(m)
    return out


def _within(key: str, whole: str, gaz: Gazetteer) -> bool:
    """Is the place `key` inside the place `whole` (a gazetteer key or a new "<parent>/<name>" key)?"""
    if key.startswith(whole + "/"):
        return True
    base = key.split("/", 1)[0]
    return base != key and base == whole or any(e.key == whole for e in gaz.ancestors(base))


def with_whole_scope(doc: Document, mentions: list[ProgramMention], index: MentionIndex,
                     gaz: Gazetteer) -> list[ProgramMention]:
    """凉伞镇“一主两辅”擂台赛 … 全县“一主两辅”擂台赛; 华阁镇开展“百日攻坚”行动 … 在全县“百日攻坚”行动中:
    a program the article also calls the whole county's (全县/全市/全区/全州 right before its
    name) is run by that county; the towns and villages of the other mentions, inside it, carry
    out their share of it. Only places inside the whole one change, within one article."""
    whole: dict[tuple[int, str], str] = {}
    for m in mentions:
        if m.place_key and m.place_key != NATIONAL and doc.text[max(0, m.span.start - 2):m.span.start] in _WHOLE_PLACE_CUES:
            article = index.article_at(m.span.start)
            whole.setdefault((article.index if article else 0, m.name), m.place_key)
    if not whole:
        return mentions
    out: list[ProgramMention] = []
    for m in mentions:
        article = index.article_at(m.span.start)
        key = whole.get((article.index if article else 0, m.name))
        if key and m.place_key and m.place_key != key and m.place_key != NATIONAL and _within(m.place_key, key, gaz):
            m = replace(m, place_key=key)
        out.append(m)
    return out


# 开好新一届县级人大第一次会议, 全市150个乡镇全部顺利召开新一届代表大会: the sessions of "the new
# term" in general (every county's, every township's), named by no term number, are no one session
_UNNUMBERED_TERM = re.compile("新一届[^，,。；;]*(?:代表大会|会议|全会)$")


# 芷兰街道“街巷长”方案, 沙河社区“街巷长”倡议书: a place, a quoted topic and a bare document word
# name that place's document (no 书名号: it is read out, not cited)
_PLACED_DOCUMENT_WORDS = ("倡议书", "方案", "办法", "细则", "公约")


def placed_documents(doc: Document, quotes: list[Quote],
                     places: list[PlaceMention]) -> list[tuple[Span, str, ProgramKind]]:
    """Documents named by a place, a quoted topic and a document word (芷兰街道“街巷长”方案)."""
    ends = {p.span.end: p for p in places}
    found: list[tuple[Span, str, ProgramKind]] = []
    for quote in quotes:
        place = ends.get(quote.span.start)
        word = next((w for w in _PLACED_DOCUMENT_WORDS if doc.text.startswith(w, quote.span.end)), "")
        topic = clean(doc.slice(quote.inner))
        after = doc.text[quote.span.end + len(word):quote.span.end + len(word) + 1]
        if place is None or not word or quote.mark == "《" or looks_like_speech(topic) \
                or not 2 <= len(topic) <= _NAME_MAX or (after and CJK.match(after)):
            continue
        found.append((Span(place.span.start, quote.span.end + len(word)),
                      doc.slice(place.span) + topic + word, "policy_document"))
    return found


# 创建省级文明城市、省级园林城市, 创建全国文明城市倡议书: the drive of a place to win a state
# title of a civic kind (文明/卫生/园林/森林 城市, 县城, 村镇) is a campaign, named with 创建; the
# titles listed after it share the verb; a 倡议书/方案 after the drive is its document
_CIVIC_TITLE = "(?:全国|国家级?|省级|市级)?(?:文明|卫生|园林|森林|生态园林)(?:城市|县城|村镇|城镇)"
_DRIVE_VERBS = "(创建|争创|力创)"
_TITLE_DRIVE = re.compile(f"{_DRIVE_VERBS}({_CIVIC_TITLE})((?:、{_CIVIC_TITLE})*)(倡议书|实施方案|工作方案|方案)?")
_TITLE_ITEM = re.compile(f"、({_CIVIC_TITLE})")
# 全国文明城市创建工作, 推进国家卫生县城、省级园林城市创建: the same drive with the title first and
# 创建 after it (a noun of the work) is the same campaign, named verb first as the genre names it;
# the title names its level (a bare 文明县城创建|知识 is the work in general) and 创建 ends the
# phrase or heads 工作 (not 创建办, the drive's office)
_LEVELLED_TITLE = "(?:全国|国家级?|省级|市级)(?:文明|卫生|园林|森林|生态园林)(?:城市|县城|村镇|城镇)"
_TITLE_FIRST = re.compile(f"({_LEVELLED_TITLE})((?:[、和及]{_LEVELLED_TITLE})*)创建(?=工作|[^\u4e00-\u9fff]|$)")
_TITLE_LISTED = re.compile(f"[、和及]({_LEVELLED_TITLE})")
# 争创全省、全国粮食生产先进市, 力创省级文明单位: the drive for an honour title of a named level
# (one or more levels, a topic of a few words, an honour head of program_honour_heads.txt)
_TITLE_LEVELS = "(?:全国|国家级?|省级|市级|州级|全省|全市|全州)"
_HONOUR_DRIVE = re.compile(f"{_DRIVE_VERBS}{_TITLE_LEVELS}(?:、{_TITLE_LEVELS})*")
# 迎接省级文明县城复查, 迎接国家卫生县城复审工作: a place that holds a civic title is inspected again every
# few years, and its drive to pass (迎接 the re-inspection) is a campaign of its own, named by the
# title and the inspection (the verb is the place's part, not the name's)
_REINSPECTION_DRIVE = re.compile(f"迎接?({_CIVIC_TITLE}(?:复查|复审|复评|复检))")


def title_drives(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Campaigns to win a civic title (创建省级文明城市) and the titles listed after one, and
    drives for an honour title of a level (争创全省、全国粮食生产先进市)."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _TITLE_DRIVE.finditer(text):
        verb = m.group(1)
        found.append((Span(m.start(), m.end(2)), verb + m.group(2), "campaign"))
        for item in _TITLE_ITEM.finditer(text, m.start(3), m.end(3)):
            found.append((Span(item.start(1), item.end(1)), verb + item.group(1), "campaign"))
        if m.group(4):
            found.append((Span(m.start(), m.end()), verb + m.group(2) + m.group(4), "policy_document"))
    found.extend(_titles_before_drive(text))
    heads = tuple(sorted(load_lines("program_honour_heads.txt"), key=lambda h: (-len(h), h)))   # 文明村镇 before 文明村
    for m in _HONOUR_DRIVE.finditer(text):
        end = _honour_head_end(text, m.end(), heads)
        if end is not None:
            found.append((Span(m.start(), end), text[m.start():end], "campaign"))
    return found


def reinspection_drives(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Drives to pass a civic title's re-inspection (迎接省级文明县城复查): campaigns. Kept beside
    the event whose name holds them (…迎接省级文明县城复查工作动员大会), as the gold lists both."""
    return [(Span(m.start(1), m.end(1)), m.group(1), "campaign") for m in _REINSPECTION_DRIVE.finditer(text)]


def _titles_before_drive(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Drives written title first (全国文明城市创建工作): each title listed before 创建 is the
    campaign 创建+title, its span the title's words up to 创建."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for m in _TITLE_FIRST.finditer(text):
        if text[max(0, m.start() - 2):m.start()] in ("创建", "争创", "力创"):
            continue      # 创建全国文明城市|创建: the verb-first drive is read by title_drives
        found.append((Span(m.start(), m.end(1)), "创建" + m.group(1), "campaign"))
        for item in _TITLE_LISTED.finditer(text, m.start(2), m.end(2)):
            found.append((Span(item.start(1), item.end(1)), "创建" + item.group(1), "campaign"))
    return found


def _honour_head_end(text: str, start: int, heads: tuple[str, ...]) -> int | None:
    """The end of the honour head that starts right at `start` or within the few words after
    it (…粮食生产|先进市), when the title ends there (no CJK after but 的/工作/准备…)."""
    for k in range(start, min(len(text), start + 8)):
        for head in heads:
            if text.startswith(head, k):
                end = k + len(head)
                if end >= len(text) or not CJK.match(text[end]) or text.startswith(("的", "工作", "准备"), end):
                    return end
        if not CJK.match(text[k]):
            return None
    return None


# 入选2020年全国农业产业强镇, 列入全省数字乡村综合试点, 纳入全国53个生态综合补偿重点区域, 获批创建
# 国家农产品质量安全县, 入列全国美丽河湖优秀案例: a designation of the whole country or province
# (its level word opens it) that a place is entered into after a verb of being designated names
# a campaign of that level; its year and count stay out. Model and merit titles (…示范县, …先进县)
# and 百强 standings are not read here: the genre's annotators list them in some reports only.
# 作为湖南省新时代文明实践工作试点县: the place standing as the designated one (作为) opens it too.
_DESIGNATION = re.compile("(?:入选|入列|列入|纳入|获批创建|被列为|列为|获评|作为)(?:了)?(?:[0-9]{4}年度?)?"
                          "(全国|国家级|国家|全省|湖南省|省级)(?:[0-9]+个)?"
                          "([^，,。；;、“”\n0-9]{2,12}?(?:(?<!百)强镇|(?<!百)强县|试点县|试点市|试点镇|试点村|试点"
                          "|优秀案例|重点区域|质量安全县))"
                          "(?=[^\u4e00-\u9fff]|$|的|名单|称号|以来|为|全国|全省)")   # not …强县|建设示范县


def designations(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Designations a place is entered into (see _DESIGNATION): campaigns, named by the level
    word and the words after the count; the count (53个) stays outside the span, a figure of its own."""
    return [(Span(m.start(2) if m.end(1) < m.start(2) else m.start(1), m.end(2)), m.group(1) + m.group(2), "campaign")
            for m in _DESIGNATION.finditer(text)]


# 评选推出攸县十大名菜, 获评2023年度郴州市“十大返乡入乡创新创业人才”, 被评为第二届中国美丽乡村
# 百佳范例: a selection of the ten (hundred) best of a kind, named after the verb of selecting or
# being selected, is a campaign (百强 rankings, 百强县/百强镇, are standings, not selections)
_SELECTION = re.compile("(?:评选推出|评选出|评出|获评|评为|入选)"
                        "(?:[0-9]{4}年度?)?((?:第[0-9一二三四五六七八九十]+届)?[\u4e00-\u9fff]{0,6}?"
                        "[“\"]?(?:十大|百佳)[\u4e00-\u9fff]{2,12}[”\"]?)(?=[，,。；;、\\s]|$)")


def selections(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Selections of the ten (hundred) best (攸县十大名菜, 中国美丽乡村百佳范例): campaigns."""
    return [(Span(m.start(1), m.end(1)), clean(m.group(1)), "campaign") for m in _SELECTION.finditer(text)]


# 被评为“全国乡村治理示范镇”、邵阳市“抓党建促脱贫先进单位”、邵东市“干事创业好班子”; 对永州“十佳
# 新型农民”“十佳家庭农场”进行了表彰: the quoted titles of a list after a verb of being awarded, or
# right before 表彰, each after the awarding place if any, are campaigns of that level when a title
# ends in an honour head (program_honour_heads.txt) or opens a selection of the best (十佳, 百佳,
# 十大). A designation without such a head (授予“…宣讲基地”, 命名为“中华名果”) is not one.
# The verbs of an honour conferred (被评为, 荣获, 授予 …; 获 last, after the words it begins), shared by
# the selections a quote is entered in (入选, 上榜, 列为: _AWARD_VERBS) and the titles a place or body
# receives (获得, 喜获, 命名为: _HONOUR_VERB)
_CONFERRED = ("被评为", "评为", "获评", "荣获", "荣膺", "被授予", "授予", "获")
_AWARD_VERBS = re.compile(f"(?:{'|'.join(('入选', '上榜', '被列为', '列为') + _CONFERRED)})(?:[0-9]{{4}}年度?)?$")
_HONOURED_AFTER = re.compile("(?:进行了?|予以|给予)表彰")
_HONOUR_GAP = re.compile(f"[、和及]?[\u4e00-\u9fff]{{0,{_NAME_MAX}}}")
_BEST_OF = ("十佳", "百佳", "十大")


def _is_honour_title(name: str) -> bool:
    """A title by its head (…先进单位, …好班子) or a selection of the best (十佳…)."""
    heads = tuple(load_lines("program_honour_heads.txt"))
    return (name.endswith(heads) and len(name) > 4) or (name.startswith(_BEST_OF) and len(name) >= 4) \
        or (_HONOUR_LEVEL.match(name) is not None and name.endswith(_HONOURED_HEADS) and len(name) >= 6) \
        or (_RANKED_BEST.search(name) is not None and len(name) >= 6)


# 中国深呼吸小城100佳, 全国市辖区旅游综合实力百强区: a selection of the best N of a kind
_RANKED_BEST = re.compile(f"(?:[0-9]+|[{_NUMERALS}]+)(?:佳|强)")


def _award_chains(text: str, quotes: list[Quote]) -> list[list[Quote]]:
    """Runs of quotes written back to back or joined by 、/和/及 with at most a short word (the
    awarding place) before the next one."""
    chains: list[list[Quote]] = []
    for quote in quotes:
        if quote.mark == "《":
            continue
        gap = text[chains[-1][-1].span.end:quote.span.start] if chains else None
        if gap is not None and (gap == "" or gap[0] in "、和及" and _HONOUR_GAP.fullmatch(gap)):
            chains[-1].append(quote)
        else:
            chains.append([quote])
    return chains


def _awarded_before(text: str, start: int) -> bool:
    """Does a verb of being awarded end right before `start`, or before the short word (the
    awarding place: 邵阳市“…”) that ends there?"""
    lead = re.search(f"[\u4e00-\u9fff]{{0,{_NAME_MAX}}}$", text[max(0, start - _NAME_MAX):start])
    width = len(lead.group(0)) if lead else 0
    return any(_AWARD_VERBS.search(text, max(0, start - k - 12), start - k) for k in range(width + 1))


def honour_titles(doc: Document, quotes: list[Quote],
                  places: list[PlaceMention]) -> list[tuple[Span, str, ProgramKind]]:
    """Quoted honour titles awarded in a list (被评为“…”、…, “…”“…”进行了表彰): campaigns; the
    span of a title takes in the awarding place written right before it (邵阳市“…”), which
    runs it."""
    text = doc.text
    ends = {p.span.end: p for p in places}
    found: list[tuple[Span, str, ProgramKind]] = []
    for chain in _award_chains(text, quotes):
        if not (_awarded_before(text, chain[0].span.start) or _HONOURED_AFTER.match(text, chain[-1].span.end)):
            continue
        for quote in chain:
            name = clean(doc.slice(quote.inner))
            if _is_honour_title(name) and not looks_like_speech(name):
                place = ends.get(quote.span.start)
                start = place.span.start if place else quote.span.start
                found.append((Span(start, quote.span.end), name, "campaign"))
    return found


# 市“十三五”规划《纲要》, 把改革年度目标任务和“十三五”规划结合起来, “十五五”规划纲要草案: the
# five-year plan a government draws up, named by its quoted period code (十三五, 十四五 …) and 规划,
# with its 纲要 if written, is a policy document of that government; not as the time frame of goals
# (确保高质量完成“十四五”规划目标任务: dev's gold leaves that out), nor as a stage of the period
# (“十五五”规划编制之年: the year it is drafted; “十四五”规划工作回顾: a review of the period's work)
_FIVE_YEAR_PLAN = re.compile("[“\"‘]?(十[一二三四五六七八九]五)[”\"’]?规划(?:《?(纲要)》?)?"
                             "(?!目标|任务|期|开局|收官|以来|编制|工作回顾)")


# 严格执行中央八项规定及其实施细则精神, 违反了中央八项规定和省委九项规定精神: the rules of conduct a
# party centre or committee lays down, named by the body and the count of their articles (and their
# detailed rules when written with them), are policy documents of that level
_NUMBERED_RULES = re.compile(f"(?:党中央|中央|省委|市委|州委|县委|区委)[{_NUMERALS}]+项规定(?:及其实施细则)?")


def numbered_rules(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Rules of conduct named by their body and their count (中央八项规定): policy documents."""
    return [(Span(m.start(), m.end()), m.group(0), "policy_document") for m in _NUMBERED_RULES.finditer(text)]


def five_year_plans(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Five-year plans named by their period code (“十三五”规划《纲要》): policy documents."""
    return [(Span(m.start(), m.end()), m.group(1) + "规划" + (m.group(2) or ""), "policy_document")
            for m in _FIVE_YEAR_PLAN.finditer(text)]


# 先后获得国家生态文明建设示范县、全省农村人居环境整治先进县等称号, 荣获全国县域商业“领跑县”
# 典型案例区县称号, 获评湖南省乡村振兴示范创建村和湖南省第二届最美村规民约村等重要荣誉: the titles
# a place is awarded, listed between a verb of being awarded and 称号 / 荣誉 that closes the list,
# each opening with the awarding level (全国, 国家级, 中国, 全省, 省级, 湖南省 …) and ending with the
# kind of place or body it honours (…县, …区, …村, …社区, …集体), are designation campaigns of that
# level; a quoted title after the awarding level (湖南省“…先锋县”) is named by its quoted words.
# Titles of a company or a product (省级制造业单项冠军企业, “湖南老字号”) have another head.
_HONOUR_CLOSE = re.compile("(?:等(?:多项|重要|荣誉)?)?(?:荣誉)?称号|等(?:多项|重要)?荣誉")
_HONOUR_VERB = re.compile(f"(?:{'|'.join(('获得', '喜获', '被命名为', '命名为') + _CONFERRED)})(?:了|为)?")
_HONOUR_LEVEL = re.compile(r"(?:[0-9]{4}\s*年度?\s*)?(?:第[0-9" + _NUMERALS + r"]+批)?"
                           "(全国|国家级?|中国|全省|省级|湖南省|湖南|市级|全市|州级|全州)")
_HONOURED_HEADS = ("县", "区", "市", "镇", "乡", "村", "社区", "街道", "集体", "单位", "县城", "城市", "小城")
_HONOUR_SPAN_MAX = 80
_CLAUSE_TAIL = re.compile("[^，,。；;：:！？!?\n]*$")   # the clause a 称号 closes, back to its start
_QUOTED_TITLE = re.compile("([^“”]*)“([^“”]{4,20})”")   # 湖南省“…先锋县”: a level, then the quoted title
_HONOUR_ITEM_SPLIT = re.compile("、|(?:和|及|以及)(?=" + _HONOUR_LEVEL.pattern + ")|(?<=”)(?=“)")


def honour_lists(text: str) -> list[tuple[Span, str, ProgramKind]]:
    """Titles of a level awarded to a place, listed between a verb of being awarded and the
    称号 / 荣誉 that closes the list (获得国家生态文明建设示范县、全省…先进县等称号): campaigns."""
    found: list[tuple[Span, str, ProgramKind]] = []
    for close in _HONOUR_CLOSE.finditer(text):
        start = max(0, close.start() - _HONOUR_SPAN_MAX)
        clause = _CLAUSE_TAIL.search(text[start:close.start()])
        if clause is None:
            continue
        base = start + clause.start()
        verbs = list(_HONOUR_VERB.finditer(text, base, close.start()))
        if not verbs:
            continue
        found.extend(item for item in _honour_items(text, verbs[-1].end(), close.start()) if item not in found)
    return found


def _honour_items(text: str, start: int, end: int) -> list[tuple[Span, str, ProgramKind]]:
    """The titles between `start` and `end` that open with a level and end with an honoured head."""
    items: list[tuple[Span, str, ProgramKind]] = []
    pos = start
    for part in [*_HONOUR_ITEM_SPLIT.finditer(text, start, end), None]:
        stop = part.start() if part is not None else end
        item = text[pos:stop]
        lead = _HONOUR_LEVEL.match(item)
        quoted = _QUOTED_TITLE.fullmatch(item)
        if quoted:
            name = quoted.group(2)
        elif lead:
            name = clean(item[lead.start(1):])
        else:
            name = ""
        if name and name.endswith(_HONOURED_HEADS) and len(name) >= 5 and CJK.match(name[-1]) \
                and (lead or quoted) and not looks_like_speech(name):
            offset = lead.start(1) if lead and not quoted else 0
            if quoted and not _HONOUR_LEVEL.fullmatch(quoted.group(1)):
                offset = len(quoted.group(1))   # 九峰山村等301个|“省级美丽乡村示范村”: the honouree, not the level
            items.append((Span(pos + offset, stop), name, "campaign"))
        pos = part.end() if part is not None else end
    return items


# 衡阳县十八届人大七次会议 (a headline) and 衡阳县第十八届人民代表大会第七次会议 (the body): a
# session of a people's congress (or of its standing committee) written in the short form is the
# session the document names in full, when term, body and session agree; it takes the full name
_FULL_SESSION = re.compile(f"第([0-9{_NUMERALS}]+)届人民代表大会(常务委员会)?第([0-9{_NUMERALS}]+)次会议$")
_SHORT_SESSION = re.compile(f"(?<!第)([0-9{_NUMERALS}]+)届人大(常委会)?第?([0-9{_NUMERALS}]+)次会议$")


def with_full_session_names(mentions: list[ProgramMention]) -> list[ProgramMention]:
    """Short-form congress sessions renamed to the full form written in the same document."""
    full: dict[tuple[str, bool, str, str | None], str] = {}
    for m in mentions:
        match = _FULL_SESSION.search(m.name)
        if match and m.kind == "event":
            full.setdefault((match.group(1), bool(match.group(2)), match.group(3), m.place_key), m.name)
    if not full:
        return mentions
    out: list[ProgramMention] = []
    for m in mentions:
        match = _SHORT_SESSION.search(m.name) if m.kind == "event" else None
        name = full.get((match.group(1), bool(match.group(2)), match.group(3), m.place_key)) if match else None
        out.append(replace(m, name=name) if name else m)
    return out


_DATED_KINDS = frozenset({"event", "campaign"})


_NAME_DOTS = "·•˙・"


def with_one_spelling(mentions: list[ProgramMention]) -> list[ProgramMention]:
    """“庆国庆 迎丰收”龙舟赛 … 此次“庆国庆·迎丰收”龙舟赛: the halves of a slogan written once
    apart and once joined by a middle dot are one name, and so are “五个10” and “5个10”; every
    mention takes the spelling the document writes first."""
    first: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.span.start):
        first.setdefault(_undotted(m.name), m.name)
    return [replace(m, name=first[_undotted(m.name)]) if first[_undotted(m.name)] != m.name else m
            for m in mentions]


def _undotted(name: str) -> str:
    """The name without middle dots, a count of one digit (五个 / 5个) written the same way."""
    bare = "".join(ch for ch in name if ch not in _NAME_DOTS)
    return _ONE_DIGIT_COUNT.sub(lambda m: str("一二三四五六七八九".index(m.group(1)) + 1) + "个", bare)


# “五个100”“五个10”工作部署 … “5个10”工程项目: a count of one digit in either script
_ONE_DIGIT_COUNT = re.compile("(?<![一二三四五六七八九十百千万0-9])([一二三四五六七八九])个")


def with_full_event_names(mentions: list[ProgramMention]) -> list[ProgramMention]:
    """湖南首届油菜花节 / 2018湖南油菜花节 after 2018湖南首届油菜花节: an event (or a campaign:
    产业项目建设年 beside 娄底市“2018年产业项目建设年”) written without its year or ordinal is
    the one event (campaign) of the document whose full name holds all its characters in order
    and differs only by year and ordinal (第三届 and 第四届 stay apart)."""
    full = {(m.name, m.kind) for m in mentions if m.kind in _DATED_KINDS and _ORDINAL.search(m.name)}
    renamed: list[ProgramMention] = []
    for m in mentions:
        base = _ORDINAL.sub("", m.name)
        matches = [f for f, kind in full if f != m.name and kind == m.kind and _ORDINAL.sub("", f) == base
                   and is_subsequence(m.name, f)] \
            or [f for f, kind in full if kind == m.kind and _bare_festival_of(m.name, f)]
        if m.kind in _DATED_KINDS and len(matches) == 1 and len(base) >= _NAME_MIN:
            m = ProgramMention(span=m.span, name=matches[0], kind=m.kind, place_key=m.place_key, org=m.org)
        elif m.kind == "event":
            m = _as_congress_named_before(m, mentions, full)
        renamed.append(m)
    return _with_full_tails(renamed)


# the genre's short forms of an event's words (旅发大会: 旅游发展大会, Hunan's tourism congresses)
_EVENT_SHORT_FORMS = (("旅发", "旅游发展"),)
_BARE_CONGRESS_HEAD = "大会"
_BARE_CONGRESS_MIN = 4


def spelled_out(name: str) -> str:
    """The event name with the genre's short forms (旅发) written out (旅游发展)."""
    for short, full in _EVENT_SHORT_FORMS:
        name = name.replace(short, full)
    return name


def _bare_congress_of(name: str, full: str) -> bool:
    """旅发大会 beside 第二届岳阳市旅游发展大会: a congress written without year or ordinal is the
    dated congress of the document whose name ends with it, short forms spelled out."""
    return name != full and name.endswith(_BARE_CONGRESS_HEAD) and len(name) >= _BARE_CONGRESS_MIN \
        and not _ORDINAL.search(name) and spelled_out(full).endswith(spelled_out(name))


def _as_congress_named_before(m: ProgramMention, mentions: list[ProgramMention],
                              full: set[tuple[str, ProgramKind]]) -> ProgramMention:
    """The bare congress `m` renamed to the dated congress it is a short mention of: the one the
    document names last before it (本次旅发大会 after 第二届…旅游发展大会), else the only one; it
    is that congress, run where that congress is."""
    names = {f for f, kind in full if kind == "event" and _bare_congress_of(m.name, f)}
    if not names:
        return m
    first: dict[str, ProgramMention] = {}
    for other in sorted(mentions, key=lambda o: o.span.start):
        if other.name in names:
            first.setdefault(other.name, other)
    before = sorted((o.span.start, f) for f, o in first.items() if o.span.start < m.span.start)
    name = before[-1][1] if before else next(iter(names)) if len(names) == 1 else None
    if name is None:
        return m
    named = first[name]
    return replace(m, name=name, place_key=named.place_key, org=named.org)


def _bare_festival_of(name: str, full: str) -> bool:
    """柑橘节 beside 2017第十七届湖南石门柑橘节暨文化旅游周: a festival written bare (no year,
    ordinal) is the festival of the document's dated name that holds it whole."""
    return name.endswith("节") and not _ORDINAL.search(name) and name in full


_TAIL_MIN = 6


# what a longer name of the same event may add before it: a joined event (…项目暨…), the place
# or the year (and its quarter or half: 2023年第一季度…签约仪式) that stages it (冷水江市…会议, 2020年…);
# not a verb read into a name (听取研究|首届…节)
_FULLER_HEAD = re.compile(r".*暨.*|.*[省市州县区镇乡]|(?:.*[省市州县区镇乡])?(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年?"
                          r"(?:第?[一二三四1-4]季度|[上下]半年)?")


def _names_more(head: str, name: str) -> bool:
    """Is `head`, written before an event's name in a longer name of it, part of the name? Also
    the place's own name before a name that opens with its level (衡阳|县十八届人大七次会议)."""
    if name[:1] in "省市州县区镇乡" and re.fullmatch("[\u4e00-\u9fff]{1,4}", head):
        return True
    if _NUMBERED_MEETING_OPENING.match(name) and re.fullmatch("[\u4e00-\u9fff]{2,}", head):
        return True
    return _FULLER_HEAD.fullmatch(head) is not None


# 衡东县…总指挥部|2023年第四次调度会 in the lead beside …总指挥部召开|2023年第四次调度会 in the headline:
# a meeting written by its year and session count alone is the one numbered meeting of the body
# the document names in full before it
_NUMBERED_MEETING_OPENING = re.compile(f"(?:[0-9]{{4}}年度?)?第[0-9{_NUMERALS}]+次")


def _chain_parts(name: str) -> list[str]:
    """The name, and each part of it that ends before a 暨 (…集中签约仪式 of …集中签约仪式暨…誓师大会):
    the tails an event of the chain may be written short by."""
    return [name] + [name[:i] for i, ch in enumerate(name) if ch == _JOINER]


def _with_full_tails(mentions: list[ProgramMention]) -> list[ProgramMention]:
    """重点建设项目集中开竣工 (a headline) beside …项目暨常德市2020年三季度重点建设项目集中开竣工: an
    event named by the tail of the one longer event name of the document that ends with it (or
    with whose part before a 暨 it ends: 招商项目集中签约仪式 beside 2023年第一季度招商项目集中签约仪式暨
    …誓师大会, one event held as two) is that event, written short."""
    events = {m.name for m in mentions if m.kind == "event"}
    out: list[ProgramMention] = []
    for m in mentions:
        longer = [f for f in events if f != m.name and any(part.endswith(m.name) and _names_more(part[:-len(m.name)], m.name)
                                                          for part in _chain_parts(f))]
        if m.kind == "event" and len(m.name) >= _TAIL_MIN and len(longer) == 1:
            m = replace(m, name=longer[0])
        out.append(m)
    return out


def _names_own_place(doc: Document, span: Span, index: MentionIndex) -> bool:
    """Does the name at `span` open (after a quotation mark, its year and its edition) with a
    place (首届娄底新化农民丰收节)? That place runs it, whoever the 由…主办 clause names: an
    organiser places only an event whose name names no place."""
    at = span.start + (1 if doc.text[span.start] in "“\"「‘《" else 0)
    year = _LEADING_YEAR.match(doc.text, at, span.end)
    at = year.end() if year else at
    ordinal = _LEADING_ORDINAL.match(doc.text, at, span.end)
    at = ordinal.end() if ordinal else at
    return any(p.span.end <= span.end for p in index.places_starting_at(at))


def _organised_by(m: ProgramMention, organised: dict[tuple[int, str], str], index: MentionIndex) -> ProgramMention:
    """The mention with the place of its organiser, when the text names one."""
    article = index.article_at(m.span.start)
    key = organised.get((article.index if article else 0, m.name)) if m.kind == "event" else None
    if key is None or key == m.place_key:
        return m
    return ProgramMention(span=m.span, name=m.name, kind=m.kind, place_key=key, org=m.org)


# 由省政府主办, 由湖南省农业委员会、…、衡阳市人民政府主办: the lead organiser runs the event
# (承办 bodies and the venue only host it)
_ORGANISED_BY = re.compile("由([^，,。；;]{2,60}?)(?:共同|联合)?主办")
_THIS_EVENT = re.compile("^(?:[^，,。；;]{0,4}(?:这届|本届|该届|此次|这次|本次))")


def organiser_places(doc: Document, mentions: list[ProgramMention], index: MentionIndex, gaz: Gazetteer,
                     article_place: dict[int, str]) -> dict[tuple[int, str], str]:
    """{(article index, event name): place} for events whose organiser the text names: the
    place of the first body after 由 in a 由…主办 clause, for the last event named earlier in
    that sentence, or, when the sentence speaks of 这届/本届 … without naming it, for the
    article's first event."""
    out: dict[tuple[int, str], str] = {}
    events = [m for m in mentions if m.kind == "event"]
    for m in _ORGANISED_BY.finditer(doc.text):
        key = _organiser_place(doc, m.start(1), index, gaz, article_place)
        sentence = doc.sentence_at(m.start())
        lo = sentence.span.start if sentence else max(0, m.start() - 60)
        article = index.article_at(m.start())
        art = article.index if article else 0
        before = [e for e in events if lo <= e.span.start < m.start()]
        if before:
            target = before[-1]
        elif _THIS_EVENT.match(doc.text[lo:m.start()]):
            own = [e for e in events if (index.article_at(e.span.start).index if index.article_at(e.span.start) else 0) == art]
            target = own[0] if own else None
        else:
            target = None
        if key and target is not None:
            out.setdefault((art, target.name), key)
    return out


def _organiser_place(doc: Document, pos: int, index: MentionIndex, gaz: Gazetteer,
                     article_place: dict[int, str]) -> str | None:
    """The place of the body named at `pos` (the first organiser after 由): an organisation
    with its place, a place heading it, or 省 (the article's province)."""
    orgs = [o for o in index.orgs_within(pos, pos + 30) if o.span.start == pos and o.place_key]
    if orgs:
        return orgs[0].place_key
    places = [p for p in index.places_starting_at(pos)]
    if places:
        return places[-1].key
    if doc.text.startswith("省", pos):
        article = index.article_at(pos)
        return _province_of(article_place.get(article.index) if article else None, gaz)
    return None


_PROVINCE_PREFIX_KEEPS = ("省委", "省政府", "省级", "省市", "省内", "省外")


def without_province_prefix(span: Span, name: str) -> tuple[Span, str]:
    """省万名干部联万企 → 万名干部联万企: a bare 省 read into the front of a name is the
    province that runs it (program_place reads the 省 just before the span), not the name."""
    if name.startswith("省") and len(name) >= 5 and not name.startswith(_PROVINCE_PREFIX_KEEPS):
        return Span(span.start + 1, span.end), name[1:]
    return span, name


# 2024年某县|“名菜、名厨、名店”评选推介活动: a year and a place before a quoted list date and place the
# event the list names; a year is no count of the name before (万名干部联万企)
_YEAR = re.compile("(?:19|20)[0-9]{2}年度?")


def _named_by_preceding_words(doc: Document, quote: Quote, name: str, kind: ProgramKind,
                              gaz: Gazetteer) -> tuple[Span, str, ProgramKind]:
    """万名干部联万企“送政策、解难题、优服务”行动: a quoted slogan list right after a
    counted name (a count other than a year) is that program's motto; the program is the
    name before it."""
    if "、" in name and not numeral_count(name):
        head = name_before(doc.text, quote.span.start, window=16)
        if len(head) >= 4 and re.search(f"[0-9{_NUMERALS}]", _YEAR.sub("", head)) and not is_stoplisted(head):
            span, head = without_province_prefix(Span(quote.span.start - len(head), quote.span.start), head)
            return span, head, "campaign"
    return quote.span, name, kind


# …暨湘商回归和返乡创业专项行动誓师大会, 河长制工作推进会: a campaign or mechanism an event is named after is
# a program of its own (the gold lists both), not a part of the event's name to drop
_NAMED_IN_EVENTS = frozenset({"campaign", "mechanism"})


def _outermost(found: list[tuple[Span, str, ProgramKind]]) -> list[tuple[Span, str, ProgramKind]]:
    """Drop names whose span lies inside another found name (…枢纽工程 inside …建设项目)."""
    ordered = sorted(found, key=lambda r: (r[0].start, -r[0].end))
    out: list[tuple[Span, str, ProgramKind]] = []
    for item in ordered:
        outer = next((o for o in reversed(out) if o[0].contains(item[0])), None)
        if outer is not None and not (outer[2] == "event" and item[2] in _NAMED_IN_EVENTS):
            continue
        out.append(item)
    return out


def program_key(name: str) -> str:
    """The merge key of a program name: no whitespace, quotes or 书名号."""
    return clean(name)


def merge_programs(mentions: list[ProgramMention]) -> dict[str, list[ProgramMention]]:
    """Group mentions of the same program (same cleaned name) across articles and documents.

    Returns {program key: mentions in input order}; a key that is a shorter form contained
    in a longer key of the same place (三员 / 三员制) is folded into the longer one.
    """
    groups: dict[str, list[ProgramMention]] = defaultdict(list)
    for m in mentions:
        groups[program_key(m.name)].append(m)
    keys = sorted(groups, key=len)
    for short in keys:
        for long in keys:
            if long != short and short in long and long in groups and short in groups \
                    and {m.place_key for m in groups[short]} <= {m.place_key for m in groups[long]} \
                    and len(long) - len(short) <= 1:
                groups[long].extend(groups.pop(short))
                break
    return dict(groups)
