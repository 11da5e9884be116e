"""Officials: named persons holding posts, read with a title grammar (not a name list).

Patterns (on the `TextView` of graph.organizations, so narrow-column line breaks are gone):
  [place][body][qualifier][title](、[place][body][title])* NAME   one post per title
  … TITLE NAME、NAME、NAME(和|及 NAME)                              副市长A、B、C; 县领导A、B等 (collective
                                                                   titles: lexicon/title_collective.txt, 省党政军
                                                                   领导有A、B; a collective title's name closes a
                                                                   list item: 省党政军领导齐聚 names nobody)
  NAME、NAME…等[place][level][党政|四大家…]领导                      A、B等省领导出席 -> that level's place (A、B等
                                                                   党政领导陪同: the article's; 等县级领导;
                                                                   A、B等邵东市领导: the place written)
  NAME、NAME…等[level]人大代表/政协委员                              A、B等省人大代表 -> 湖南省人大 (a seat)
  TITLE由NAME担任                                                   支部书记由张某担任
  NAME [post-nominal title]                                        柏连阳院士, 李克强总理, 何报翔副省长 (a level
                                                                   head: that level's government in the article;
                                                                   田爱珍乡长 also after a title: 委员田爱珍乡长)
  NAME(同志)任/不再担任 X，提名为 X候选人，提名免去 X职务            personnel decisions, one post per clause (X
                                                                   may be a 、 chain: 委员、常委、副书记)
  免去 NAME(同志) X职务                                             the decision before the name: post removed
  选举/任命/决定 NAME [POST] 为 X(，NAME 为 X)*                       election results and appointments: new posts
                                                                   (决定陈刚副主任为…代理主任: the post held skipped)
  NAME(、NAME)* 当选(为) X                                           election results: new posts (当选为副镇长:
                                                                   the level's government; 当选为人大副主席: the
                                                                   town's congress, 游家镇人大)
  NAME 任 [title]   (after a chain)                                王庭恺任政委 -> post in the task force
  成立由/以 [TITLE] NAME为TITLE(、[TITLE] NAME为TITLE)*的 BODY        周农为政委、郑建新为总河长的市河长制工作委员会:
                                                                   each name's post in the body founded (a title
                                                                   after NAME为 never chains into the next name's)
  PLACE NAME、PLACE NAME(等)N名TITLE                               大祥区李平、新宁县李斌等4名河长
  [citizen word] NAME                                              村民X, 烟农X -> PersonMention
  [modifier]的 NAME [verb着/了/过 | 告诉 … | 是一名]                 …社区的X抱着, 负责…工作的X带着 -> PersonMention
                                                                   (not when a body ends in the clause: its staff)
  NAME 一家/夫妇/夫妻/老两口                                        裕阁村X一家四口 -> PersonMention

Each title segment's body is, in order: an organisation found by
`extract_organizations` ending where the title begins (资福镇党委, 市工信局 -> 邵阳市工信局,
湖南华旦新材料有限公司), or whose party cell opens the title (X党组 + 党组成员); a place
(溪溪村 田长); a named body a few characters before, the unit between going into the role
(基金会 公募基金部长) — but a named unit of a party committee or government body (组/室/办/处/科:
县委|第一巡察组|组长, 市人大常委会|研究室|主任) is itself the body; the body of the segment before it in the chain (…人社局党组书记、局长);
for government heads (区长, 代县长), the government of the place of that level in context; for
village posts (村委会主任, 社区党委书记), the village or community in context; else the
article's main place. `role` is the title as written minus the proper place name (镇党委书记,
市委常委) and minus the name of a department or company (党组书记, 总经理). Bodies are
written X政府, not X人民政府; a government post written with its people's government is its title
(省人民政府副省长 -> 副省长 of 湖南省政府), other roles are written short (市政府办公室主任). A contracted department head
(组织部长, 宣传部长, 统战部长) of a party committee heads its department (湖南省委组织部), each its own in
a chain (组织部长、统战部长); a 县 body written short is never a county-level city written X市
(常宁市党政代表团来我县 … 县委书记X: 祁东县委); a bare
title right after the previous official's name and a comma holds a post of that official's body
(县人大常委会主任A，副主任B、C; 市环保局局长A，副局长B; 市政协副主席A、B，秘书长C), or of a unit of it
named before the title (省人大常委会副秘书长A，联工委主任B) — not after a party committee's post.
A post after a party cell's post in a chain (省人大常委会党组副书记、副主任) is held in the body
the cell leads (湖南省人大常委会), unless it is a party post itself. A bare 局/厅 opening a title
(局党组书记、局长X; 局党组成员、副局长X: departmental news) is the department (X局/X厅) named
last in the article before it. In a chain, a unit written between the 、 and a title with no body
of its own is a unit of the previous segment's body (省人大常委会委员、财经委主任委员;
省人大财经委副主任委员、常委会预工委主任: 常委会 = the standing committee of that congress), an
association (计生协会) the level's. The same post written with and without its body's name
(区政府副区长 / 副区长) is one role, the bare title.

Names: a known surname (lexicon/surnames.txt) and one or two given characters. jieba's tags
are one signal, not a veto (张/新生, 谭/精益 after a title are names): the length comes from
the boundary — punctuation or a word that follows names (lexicon/title_followers.txt: 表示,
出席, 等 …) ends a name; a frequent verb or adverb spanning the third character shortens it
(何勇|收到); a one-character surname cut by jieba from a given name that is a noun, after a verb or
function word or when jieba tags the surname a name, is read with it (接受|胡|卫兵|辞去;
党员|周|建国|担任); function words that are also rare surnames (和, 由, 任, 包) are read as names
only when jieba tags the window a name. Credit lines and bracketed bylines are excluded.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick

from .gazetteer import Gazetteer
from .lexicon import entry_lengths, load_lines, load_table
from .segmenter import default_word_freq as _word_freq, default_word_tags as _word_tags, pos_window
from .model import Document, OfficialMention, OrgKind, OrgMention, PersonMention, PlaceMention, PostStatus, Span
from .text import CJK, is_subsequence
from .organizations import (LEVEL_CHARS, LEVELS_OF_CHAR, TextView, body_kinds, cut, democratic_parties,
                            discipline_body, is_level_char, level_body_name, party_cell_in_full, place_name,
                            resolve_level, text_view, title_at, title_words)

_GOV_HEAD = re.compile(r"^(?:常务)?[副代]?([省市州县区镇乡])长(?:助理)?$")   # 市长助理: a post of the government too
_LEVEL_GOV = {"省": "省", "市": "市", "州": "州", "县": "县", "区": "区", "镇": "镇", "乡": "乡"}
_VILLAGE_LEVELS = {"village", "community"}
_VILLAGE_ONLY_POSTS = frozenset({"第一书记", "驻村第一书记"})   # held in a village, not in the team sent there
_BARE_COMPANY = re.compile(r"(?:^|(?<=[、，,。；;：:\s]))(公司|集团)$")   # 、公司党委副书记: the company named before
# ，学院党委书记X: an institution written by its class noun alone, the one the article named, else unnamed
_OWN_INSTITUTION = re.compile(r"(?:我|本)(院|校)$")   # 我院院长X: the writer's own institution
_OWN_CLASSES = {"院": ("医院", "学院", "研究院", "卫生院"), "校": ("学校", "中学", "小学", "大学", "学院", "职校")}
_BARE_INSTITUTION = re.compile(r"(?:^|(?<=[、，,。；;：:\s]))(学院|大学|学校|医院)$")
_MEMBER_BODIES = ("工会", "妇委会")   # 党委副书记、工会主席: the union of the body of the post before
_GENERAL_OFFICES = ("办公厅",)   # 省人大常委会副秘书长、办公厅主任: the general office of the body before
_TEAMS = ("工作队", "工作组")   # 工作队队长: a team a chain's village or body sends or hosts
_NAME_STOP_CHARS = set("的了是在与等说称对任把被从将到及或也都就又还这那各该每")
_TASK_FORCE = re.compile(r"(指挥部|领导小组|工作组|专班|督导组)$")
_ZONE_HEAD = re.compile(r"^(?:常务)?副?主任$")   # 长沙经开区主任X: the head of the zone's 管委会
_ZONE_BODY = "管委会"
_NOMINEE_WORDS = ("候选人", "提名人选")   # 副县长候选人X: a title's candidate, role written with the word
_HOLDING_VERBS = ("担任", "作为", "身为")   # 担任…书记的NAME: a relative clause that names the holder after 的
_RELATIVE_GAP = 12   # the most characters between the verb and the chain's first segment (乡村振兴|驻村第一书记)
_CHAIN_NOMINEE_WORDS = ("提名人选", "候选人", "人选")   # 县政协副主席人选、县教育局局长X: in a chain, before 、
_NAMED_AS = "为"   # 以A为组长: the title after NAME为 is the post the construction gives that name
_FOUNDED_BY = re.compile(r"[以由]")   # 成立以/由 … 为 …的 X: the construction that names a body's posts
_FOUNDED_BODY = re.compile(r"(指挥部|小组|工作组|专班|督导组|委员会|工作委员会)$")
_PARTY_CELLS = ("党委", "党组", "党支部", "党总支")
_NAMED_BODY_END = re.compile(r"(公司|集团|局|厅|办|办事处|中心|院|校|大学|中学|小学|(?<=[一二三四五六七八九十])中|"
                             r"银行|社|所|队|团|(?<![市广现会战商])场)$")   # 永兴二中: a school's short name
# A clause that opens with a body the organisation reader did not name, then the title (香港青年联会主席X,
# …农产品质量安全监管司司长X, 邵阳军分区政治部主任X, ，某某国家森林公园护林员X): the endings of a body's name, a closed class of the genre
_UNNAMED_BODY_END = re.compile(r"(公司|集团|商会|协会|学会|联会|联合会|研究会|促进会|基金会|青联|侨联|工商联|文联|科协|"
                               r"[^干内全局外]部|司|总队|支队|大队|军分?区|警备区|武警|局|厅|中心|院|所|社|银行|厂|药房|店|林场|公园)$")
_COMPANY_TITLES = frozenset(("董事长", "副董事长", "执行董事", "董事", "总经理", "副总经理", "副总", "总裁", "副总裁"))
_UNNAMED_BODY_MAX = 16
_DELEGATION = re.compile(r"(?<![集剧])团$")   # 考察团, 代表团, 访问团: a group visiting, led by a 团长 (not 集团)
_LINKED = "的"   # 某大药房的负责人X: a body, 的, its post
_HEAD = "负责人"   # a head written bare: of the body the text has just named
_GOVERNMENT = "政府"   # 副县长、政府办主任: a chain's unit of the government of the head before it
_ANY_COMPANY = "企业"   # _recent_org's word for an organisation of the kind company


@dataclass
class _Post:
    """One title segment of a chain, before its body is resolved."""

    start: int             # view index where the segment starts
    title_start: int
    title_end: int
    org: OrgMention | None = None
    org_start: int = 0     # view index of the org's first character
    place: PlaceMention | None = None
    role: str = ""
    org_name: str = ""
    org_kind: OrgKind = "other"
    place_key: str | None = None
    unit: str = ""         # a named unit of a party/government body between it and the title (研究室)
    own: OrgMention | None = None   # the article's department a bare 局/厅 stands for (局党组书记)
    own_end: int = 0       # view index where that bare 局/厅/医院 ends
    seat: bool = False     # a deputy's seat in a congress (省人大代表): no body for the chain's next post
    former: bool = False   # 原 written between the body and the title (教育部原副部长): a former post
    nominee: str = ""      # the candidate word after the title (副主席人选、): a post the person is nominated for


# ---------------------------------------------------------------- lexicons

@lru_cache(maxsize=1)
def title_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for title in title_words() | collective_titles():
        auto.add_word(title, title)
    auto.make_automaton()
    return auto


def collective_titles() -> frozenset[str]:
    """Titles of a group written before a list of names (县领导, 市委常委会组成人员)."""
    return load_lines("title_collective.txt")


@lru_cache(maxsize=1)
def postnominal_titles() -> dict[str, str]:
    """Titles written after a name, with the body they imply ("" = none)."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in load_table("title_postnominal.txt")}


@lru_cache(maxsize=1)
def _village_titles() -> frozenset[str]:
    return frozenset({"田长", "网格田长", "网格员", "专职网格员", "村民小组长", "小组长", "村主任", "村支书",
                      "村支部书记", "村干部", "社区干部", "林长", "河长", "村长", "邻长", "片长", "楼栋长", "网格长"})


def _surnames() -> frozenset[str]:
    return load_lines("surnames.txt")


# ---------------------------------------------------------------- names

def is_person_name(name: str, gaz: Gazetteer | None = None, known_surname: bool | None = None,
                   place_homonym: bool = False) -> bool:
    """A plausible full name: surname + 1-2 characters (compound surname + 1-2), not a title,
    place, citizen word or common dictionary word. With `place_homonym` a name that is also a
    place (the caller has the evidence: a title before, a name's end after) is not refused for that."""
    surnames = _surnames()
    compound = name[:2] in surnames and len(name[:2]) == 2
    if not 2 <= len(name) <= (4 if compound else 3):
        return False
    if not all(CJK.match(ch) for ch in name) or any(ch in _NAME_STOP_CHARS for ch in _given_part(name)):
        return False
    if name[-1] in "州" or any(ch in "区县省市镇乡村" for ch in name[1:]) and not _zhen_given_name(name) \
            or name.endswith(_honorifics()) or name[-1] in "某总":
        return False
    if known_surname is None:
        known_surname = compound or name[0] in surnames
    if not known_surname:
        return False
    if _contains_title(name) or name in _VOTE_WORDS:
        return False
    if _given_part(name) in _AUDIENCES:
        return False   # 书记向记者介绍, 向群众宣讲: a preposition and the people it addresses
    if name in load_lines("title_citizens.txt") or name in body_kinds():
        return False
    if any(len(body) >= 2 and body in name[1:] for body in body_kinds()):
        return False   # 和政协, 向人大: a surname character before a body
    if gaz is not None and gaz.lookup(name) and not place_homonym:
        return False
    tag = _word_tags().get(name)
    if tag is not None and not tag.startswith(("nr", "ns") if place_homonym else "nr") \
            and _word_freq().get(name, 0) > 3:
        return False
    return True


_PLACE_WORD_ENDS = frozenset("里区内村级街中上外口")   # 镇里, 镇区, 镇内: a place word, no given name


def _zhen_given_name(name: str) -> bool:
    """李镇江, 王镇南: 镇 opening the given name of a three-character name (a common given
    character) is no town's 镇 when the last character is no level or place word (镇里, 镇区) and
    the two are no verb or adjective (镇压, 镇定); the other level characters stay refused."""
    return (len(name) == 3 and name[1] == "镇" and name[2] not in LEVEL_CHARS and name[2] not in _PLACE_WORD_ENDS
            and not _word_tags().get(name[1:], "").startswith(("v", "a")))


def _given_part(name: str) -> str:
    """The characters of `name` after its first that may not be function words: all of them,
    except 任 opening the given name of a three-character name (宋任飞), where it is no verb
    of appointment (张三任县长 ends a name with it, 张任副… is no name)."""
    if len(name) == 3 and name[1] == "任" and name[2] not in "副正常":
        return name[2]
    return name[1:]


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    """Forms of address after a surname (lexicon/person_honorifics.txt)."""
    return tuple(load_lines("person_honorifics.txt"))


def read_name_after(text: str, pos: int, gaz: Gazetteer) -> str | None:
    """The person name starting at `pos` (after a title or citizen word), or None.

    A known surname opens the name; its given name has one or two characters, two unless
    the text after one character says the name ended there (punctuation, a word that
    follows names: 刘跃表示, 李挚、; a particle followed by more text: 李明在会上). jieba's
    tagging is not a veto (张/新生, 谭/精益 are names after a title). A window whose first
    word jieba tags as a name serves for surnames the list lacks (赖晓智).
    """
    window = text[pos:pos + 6]
    if len(window) < 2 or not CJK.match(window[0]):
        return None
    surnames = _surnames()
    size = 2 if window[:2] in surnames and len(window[:2]) == 2 else 1 if window[0] in surnames else 0
    if size == 1 and _addressee_after_title(text, pos, gaz):
        return None   # 蒋新华主任向杨龙主席汇报: 向 the preposition, the name after it holds its own title
    if size == 1 and window[0] in _FUNCTION_SURNAMES and _surname_after_title(text, pos):
        name = text[pos:pos + 3]
        return name if is_person_name(name, gaz) else None   # 县人大常委会主任任中元、: 任 the surname
    if size == 0 or size == 1 and window[0] in _FUNCTION_SURNAMES:
        return _tagged_name(window, gaz)   # 由张某担任, 和抢修, 任总指挥: a function word, not a surname
    if size == 1 and _closed_name(text, pos + 2) and _only_distant_place(window[:2], gaz):
        return window[:2] if is_person_name(window[:2], gaz, place_homonym=True) else None   # 乌兰主持: not 乌兰县
    if _opens_with_common_word(window) and not ((_closed_name(text, pos + size + 2)
                                                 or _etc_closes(text, pos + size + 2))   # 欧文安等参加
                                                and _word_freq().get(window[:2], 0) < _CROSSING_FREQ * 2
                                                or _closed_after_title(text, pos, size)
                                                or _rare_word_before_verb(text, pos, size)
                                                or size == 1 and _closed_name(text, pos + 2)
                                                and _rare_foreign_place(window[:2], gaz)):
        return None   # 干部…, 利用…, 幸福感，: a surname character starting an ordinary word (not 万家春，)
    given = _given_length(text, pos + size)
    if given == 2 and _crosses_word(text, pos + size + 2) and not _ends_time_clause(text, pos, pos + size + 2):
        given = 1     # 何勇收到, 文玲连续: the third character opens a common word
    if given == 2 and size == 1 and (_predicate_after_two(text, pos) or _verb_after_two(text, pos)):
        given = 1     # 唐博难掩自豪, 刘杨受邀出席: the third character opens a predicate
    if given == 2 and _word_tags().get(text[pos + size + 1:pos + size + 5]) == "i":
        given = 1     # 田团豪情满怀: the third character opens a four-character idiom
    if given == 2 and _next_post_glued(text, pos + size + 1, gaz):
        given = 1     # 副主任彭凯|副县长张纲学, 县委书记吴韬|洞口县人大常委会…: the comma between two officials lost
    if given == 2 and _crosses_place(text, pos, pos + size + 2, gaz):
        return None   # 委员齐聚长沙: a verb before a place, no name ending inside the place's name
    closed = _closed_name(text, pos + size + given) or _etc_closes(text, pos + size + given)
    doubled = given == 2 and text[pos + size] == text[pos + size + 1] and text[pos] != text[pos + size] \
        and (closed or _ends_name(text, pos + size + 2))    # 李微微出席, 李微微作报告 (not 常常在)
    if given == 0 or given == 2 and _function_word(text[pos + size:pos + size + 2]) and not doubled \
            and not (closed and _rare_adverb(text[pos + size:pos + size + 2])) \
            and not _noun_given_after_title(text, pos, size):
        return None   # 干部于今年, 干部向群众, 干部马不停蹄: a sentence goes on, no given name
    if window[0] in "万千百" and window[1] in "余多":
        return None   # 干部万余人: a number
    name = text[pos:pos + size + given]
    if given == 1 and _is_common_word(name) and not _ends_name(text, pos + size + 1):
        return None   # 满怀信心: a word, not a name
    if closed and (_only_distant_place(name, gaz) or _rare_foreign_place(name, gaz)):
        return name if is_person_name(name, gaz, place_homonym=True) else None   # 高阳出席: not 高阳县 (Hebei)
    return name if is_person_name(name, gaz) else None


_CLAUSE_MARKS = "，,。；;！？!?：:\n"
_CLAUSE_BREAKS = _CLAUSE_MARKS + "、"   # a clause or a list item: where a relative clause's verb is looked for
_TIME_CLAUSE_OPENER = "在"   # 在慰问…主任傅建平时，: a clause 在…时 about the moment of a visit
_TIME_CLAUSE_CLOSER = "时"


def _ends_time_clause(text: str, pos: int, end: int) -> bool:
    """在慰问老年病科主任傅建平时，他表示: the 时 after a name closes a clause opened by 在 (a comma right
    after it), so the character before 时 is the name's own even where the two make a word (平时)."""
    if text[end:end + 1] != _TIME_CLAUSE_CLOSER or text[end + 1:end + 2] not in _CLAUSE_MARKS:
        return False
    opening = max(text.rfind(mark, 0, pos) for mark in _CLAUSE_MARKS) + 1
    return text.startswith(_TIME_CLAUSE_OPENER, opening)


_GLUED_PLACE_LEVELS = frozenset("省市州县区镇乡")


@lru_cache(maxsize=1)
def _body_words() -> tuple[tuple[int, frozenset[str]], ...]:
    """The bodies that follow a place (lexicon/bodies.txt) and the titles, grouped by length."""
    groups: dict[int, set[str]] = {}
    for word in set(body_kinds()) | title_words():
        groups.setdefault(len(word), set()).add(word)
    return tuple((n, frozenset(words)) for n, words in sorted(groups.items()) if n >= 2)


def _next_post_glued(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Does the next official's post open at `pos`, the 、 or ， before it lost (OCR, a typesetter):
    a title followed by a name (副主任彭凯|副县长张纲学), or a place written with its level
    followed by a body or a title (县委书记吴韬|洞口县人大常委会主任…)? A name's third character
    then belongs to that post, not to the name."""
    for n, words in _by_length("titles.txt"):
        if n >= 2 and text[pos:pos + n] in words and text[pos + n:pos + n + 1] in _surnames() \
                and read_name_after(text, pos + n, gaz) is not None:
            return True   # (总书记关于…: 关 a surname, 关于 no name)
    for n in (2, 3, 4):
        place = text[pos:pos + n]
        if len(place) == n and place[-1] in _GLUED_PLACE_LEVELS and gaz.lookup(place) \
                and any(text[pos + n:pos + n + k] in words for k, words in _body_words()):
            return True
    return False


_TITLE_SURNAMES = frozenset("任包")   # surnames that are also verbs of the genre (任职, 包村), common as names


_PREPOSITION_SURNAMES = frozenset("向")   # surnames that are also the preposition of an address (向X主席汇报)


def _addressee_after_title(text: str, pos: int, gaz: Gazetteer) -> bool:
    """主任向杨龙主席介绍: after a title, 向 (a surname, and the preposition "to") opens a name that a title
    follows at once — NAME + title after a preposition is the person addressed, written the way a
    name is honoured (杨龙主席), so 向 is no surname and the title before it has no name there.
    A name of one's own after a title is closed by punctuation or a verb, not by another title
    (副院长向华，)."""
    if text[pos:pos + 1] not in _PREPOSITION_SURNAMES:
        return False
    for size in (2, 3):
        name = text[pos + 1:pos + 1 + size]
        if len(name) == size and is_person_name(name, gaz) and title_at(text, pos + 1 + size) is not None:
            return True
    return False


def _surname_after_title(text: str, pos: int) -> bool:
    """县人大常委会主任任中元、, 副局长任罗生发表: right after a title, 任/包 opens a three-character name
    closed by punctuation or a word that follows names, when the first two characters are no
    dictionary word (任务, 包村) and no title starts after 任 (县长任组长). A title is followed by its
    holder's name, never by the verb 任 and a name, so a surname second (罗) does not veto it."""
    window = text[pos:pos + 3]
    return (len(window) == 3 and window[0] in _TITLE_SURNAMES and all(CJK.match(ch) for ch in window)
            and title_at(text, pos + 1) is None and window[:2] not in _word_tags()
            and _closed_name(text, pos + 3) and any(text.endswith(t, 0, pos) for t in title_words())
            and not _word_runs_past(text, pos + 1, pos + 3))


def _word_runs_past(text: str, start: int, end: int) -> bool:
    """Does the word jieba reads at `start` run past `end` (任|法人代表: 法人 no given name, a word
    of the sentence that goes on)?"""
    tokens = pos_window(text[start:end + 4])
    return bool(tokens) and len(tokens[0][0]) > end - start


def _surname_glued_to_title(text: str, end: int, gaz: Gazetteer) -> bool:
    """邵阳市发改委副主任何志红，: the title's last character and the surname make a word (任何), but a
    three-character name closed by punctuation or a word that follows names stands after the title."""
    name = read_name_after(text, end, gaz)
    return name is not None and len(name) == 3 and _closed_name(text, end + 3)


def _rare_foreign_place(name: str, gaz: Gazetteer) -> bool:
    """苏东一行: a rare place word of the dictionary (jieba ns, seldom seen) that is no place of the
    gazetteer reads as a name when a name's end follows it (not 韩国, a frequent word)."""
    return (_word_tags().get(name, "").startswith("ns") and _word_freq().get(name, 0) <= 10
            and not gaz.lookup(name))


def _closed_after_title(text: str, pos: int, size: int) -> bool:
    """院长文学国等: three characters right after a title, closed by punctuation or 等, that are no
    dictionary word as a whole (幸福感 is one) — a name even though its first two form a word (文学)."""
    whole = text[pos:pos + size + 2]
    return (pos > 0 and any(text.endswith(t, 0, pos) for t in title_words())
            and text[pos + size + 2:pos + size + 3] in ("等", "、", "，", ",")
            and not _word_tags().get(whole) and not _word_tags().get(whole[1:]))


_RARE_OPENING = 100   # a surname + given character that jieba knows as a word this rarely (易发 30) may be a name


def _rare_word_before_verb(text: str, pos: int, size: int) -> bool:
    """村干部易发旺退休后: right after a title, three characters whose first two are a rare word of the
    dictionary (no name's part of the window is a word), followed by a verb, are a name."""
    whole = text[pos:pos + size + 2]
    return (size == 1 and pos > 0 and any(text.endswith(t, 0, pos) for t in title_words())
            and _word_freq().get(whole[:2], 0) < _RARE_OPENING and not _word_tags().get(whole)
            and not _word_tags().get(whole[1:]) and _word_tags().get(text[pos + 3:pos + 5]) == "v")


_OBJECT_PREPOSITIONS = frozenset("向对给")   # 向参加…的嘉宾介绍: a preposition whose object follows


def _predicate_after_two(text: str, pos: int) -> bool:
    """Does the name at `pos` end after surname + one given character because the next character
    opens a predicate? jieba tags the first two characters a name and the third a one-character
    adjective, verb or adverb followed by another verbal word (唐博/nr 难/a 掩/v 自豪: the speaker
    slot …”X难掩自豪), a one-character verb followed by a place (肖放/nr 来/v 湖南/ns: a visit) or a
    preposition followed by a verb (刘准/nr 向/p 参加/v). Not when a name's end follows the third
    character (张建美出席, 王小平说) — but 向/对/给 stay prepositions before a verb (刘准向参加…介绍;
    not 同, a given name's last character as often: 孔祥同出席)."""
    ended = _ends_name(text, pos + 3) or _closed_name(text, pos + 3) or text[pos + 3:pos + 4] in _SPEECH
    if ended and text[pos + 2:pos + 3] not in _OBJECT_PREPOSITIONS:
        return False    # decided without tagging the window (the third character is then no 向/对/给)
    tokens = pos_window(text[pos:pos + 6])
    if len(tokens) < 3 or tokens[0][0] != text[pos:pos + 2] or not tokens[0][1].startswith("nr") \
            or len(tokens[1][0]) != 1:
        return False
    one, after = tokens[1][1], tokens[2][1]
    if one == "p" and tokens[1][0] in _OBJECT_PREPOSITIONS and after == "v" and len(tokens[2][0]) == 2:
        return True
    if ended:
        return False
    return one in ("a", "v", "d", "ad") and after in _VERBAL_TAGS[:4] or one == "v" and after == "ns"


def _verb_after_two(text: str, pos: int) -> bool:
    """Does the name at `pos` end after surname + one given character because the next two make
    a verb of the dictionary? jieba reads the first two as a name and the third and fourth as
    one verb (刘杨/nr 受邀/v 出席, 黄杏/nr 打起/v 了 招呼). Not when a name's end follows the third
    character (张建美出席)."""
    if _ends_name(text, pos + 3) or _closed_name(text, pos + 3) or text[pos + 3:pos + 4] in _SPEECH:
        return False
    tokens = pos_window(text[pos:pos + 6])
    return (len(tokens) >= 2 and tokens[0][0] == text[pos:pos + 2] and tokens[0][1].startswith("nr")
            and len(tokens[1][0]) == 2 and tokens[1][1] == "v")


def read_bounded_name(text: str, pos: int, gaz: Gazetteer) -> str | None:
    """A name read by its boundaries where only a name can stand — right after a title or as an
    item of a 、-list of names: 2-3 Han characters closed by 、，。； or a word that follows names
    (出席, 参加, 等). The surname need not be in the list (县领导翦鹰、李阳) and a given name may be
    a dictionary word (县领导龚云林、康文化、马业平参加). Not a title, body, place, common word or a
    function word (县领导和有关部门负责人出席: no boundary; 一职: a numeral first); a surname outside the
    list must be a rare character (翦, not 长 of 理事长肖鹏 or 制 of 河长制以来)."""
    for size in (2, 3):
        item = text[pos:pos + size]
        if len(item) < size or not all(CJK.match(ch) for ch in item):
            return None
        if not _closed_name(text, pos + size):
            continue
        first_tag = _word_tags().get(item[0], "")
        if item[0] in _FUNCTION_SURNAMES or item[0] in _PARTICLES or first_tag in _FUNCTION_TAGS \
                or _follower_at(text, pos, min_len=1) or _is_common_word(item) or _is_common_word(item[:2]):
            return None
        unknown = item[:2] not in _surnames() and item[0] not in _surnames()
        if unknown and (first_tag in _VERBAL_TAGS or _word_freq().get(item[0], 0) >= _CROSSING_FREQ):
            return None   # 理事|长肖鹏, 河长|制以来, 干部|动起来: a common character, not a rare surname
        return item if is_person_name(item, gaz, known_surname=True) else None
    return None


def _only_distant_place(name: str, gaz: Gazetteer) -> bool:
    """Is `name` a place only outside the gazetteer's detailed province (Hunan), so that after a
    title and before a name's end (出席, 主持, 、) it reads as a person?"""
    entries = gaz.lookup(name)
    return bool(entries) and all(not e.key.startswith(HOME_PROVINCE_CODE) for e in entries)


HOME_PROVINCE_CODE = "43"   # Hunan: the gazetteer's towns and villages are this province's


_CROSSING_FREQ = 1000       # jieba dictionary count above which a word is taken as ordinary text
_CROSSING_VERB_FREQ = 100   # the same for verbs, adverbs, adjectives: what a sentence says after a name
_VERBAL_TAGS = ("v", "d", "a", "ad", "p", "c")


def _crosses_word(text: str, end: int) -> bool:
    """Does a frequent dictionary word (not a name or place) span `end` (收到, 连日, 事项)?
    A name or title ending there would cut it. Rare nouns do not count (沈志定|向考核组 keeps
    定, although 定向 is a word)."""
    if _closed_name(text, end) or text[end:end + 1] in _SPEECH or _follower_at(text, end, min_len=2):
        return False   # 李晓明|说, not 李晓|明说
    if text[end:end + 1] == "等" and (_group_after_etc(text, end + 1) or _verb_after_etc(text, end + 1)):
        return False   # 胡新平|等群众, 谭桂平|等相关领导, 汪少均|等结合, not 胡新|平等: 等 closes a list of persons
    word = text[end - 1:end + 1]
    tag = _word_tags().get(word, "")
    if len(word) < 2 or tag.startswith(("nr", "ns")):
        return False
    least = _CROSSING_VERB_FREQ if tag in _VERBAL_TAGS else _CROSSING_FREQ
    return _word_freq().get(word, 0) >= least


def _crosses_place(text: str, pos: int, end: int, gaz: Gazetteer) -> bool:
    """Does a place name begin on the last character of the name `text[pos:end]` and run past it
    (齐聚|长沙)? jieba reads the window with the place as one word (not 张建平|安排, where 平安 is a
    county's short name), and the gazetteer knows it. A name never ends inside a place's name."""
    offset = 0
    for word, tag in pos_window(text[pos:end + 4]):
        if pos + offset == end - 1:
            return len(word) >= 2 and tag.startswith("ns") and bool(gaz.lookup(word))
        offset += len(word)
        if pos + offset > end - 1:
            return False
    return False


_GROUPS_AFTER_ETC = ("群众", "村民", "居民", "同志", "人", "代表", "干部", "领导", "党员", "委员", "专家", "志愿者")
_AUDIENCES = frozenset(g for g in _GROUPS_AFTER_ETC + ("记者", "大家", "游客", "学生", "企业") if len(g) >= 2)
# 向记者, 给大家: the people a preposition (a surname character: 向, 于, 对) addresses, never a given name
_GROUP_MODIFIERS = ("相关", "有关", "其他", "一行", "各级", "部分")


def _etc_closes(text: str, end: int) -> bool:
    """Does 等 at `end` close a list of names: followed by a word that follows names, a verb or a
    group of persons (张晚清等陪同, 胡新平等群众)?"""
    return text[end:end + 1] == "等" and (_follower_at(text, end + 1, min_len=2) or _verb_after_etc(text, end + 1)
                                          or _group_after_etc(text, end + 1))


def _verb_after_etc(text: str, pos: int) -> bool:
    """Does a two-character verb follow 等 at `pos` (汪少均等|结合自身工作实际: the names listed 等 act)?"""
    return _word_tags().get(text[pos:pos + 2]) == "v"


def _group_after_etc(text: str, pos: int) -> bool:
    """Does a group of persons follow 等 at `pos` (群众; 相关领导; 一行)?"""
    for modifier in _GROUP_MODIFIERS:
        if text.startswith(modifier, pos):
            return modifier == "一行" or text.startswith(_GROUPS_AFTER_ETC, pos + len(modifier))
    return text.startswith(_GROUPS_AFTER_ETC, pos)
_FUNCTION_TAGS = ("t", "d", "p", "c", "r", "f", "q", "m", "u")


def _function_word(word: str) -> bool:
    """A frequent word that cannot be a given name: a time, adverb, pronoun, numeral …
    (今年, 不停), or one of the most frequent nouns (群众). Given names that are words (和平,
    新生, 英雄) stay names."""
    tag, freq = _word_tags().get(word, ""), _word_freq().get(word, 0)
    return tag in _FUNCTION_TAGS and freq >= 100 or tag in ("n", "vn") and freq >= 10000


def _noun_given_after_title(text: str, pos: int, size: int) -> bool:
    """常德市委副书记朱水平在开幕式上: right after a title, a frequent noun (水平) after the surname
    is the given name when a name's end follows it (在, 表示, punctuation)."""
    given = text[pos + size:pos + size + 2]
    season = _season_word(given) and not text[pos + size + 2:pos + size + 3].isdigit()   # not 春节3天
    return ((_word_tags().get(given) in ("n", "nz") or season) and _ends_name(text, pos + size + 2)
            and pos > 0 and any(text.endswith(t, 0, pos) for t in title_words()))


_SEASONS = frozenset("春夏秋冬")   # 春秋, 秋实, 冬梅: seasons open given names; deictic times (今年, 近日) never


def _season_word(word: str) -> bool:
    """A time word made of a season (春秋): after a title and a surname, with a name's end after it, a
    given name (市长黎春秋率团), unlike the deictic times (今年, 目前) a sentence goes on with."""
    return _word_tags().get(word) == "t" and word[:1] in _SEASONS


def _rare_adverb(word: str) -> bool:
    """An adverb or time word too rare to be read as one right after a title when a name's end
    follows (县长张永久参加: 永久 is the given name; 管委会主任张晚清等陪同: 晚清; 干部一直参加 keeps
    一直 an adverb, 干部于今年 今年 a time)."""
    tag, freq = _word_tags().get(word), _word_freq().get(word, 0)
    return tag == "d" and freq < _CROSSING_FREQ or tag == "t" and freq < _CROSSING_FREQ // 2


def _is_common_word(word: str) -> bool:
    return _word_freq().get(word, 0) >= 300


def _tagged_name(window: str, gaz: Gazetteer) -> str | None:
    """A 3-character first word jieba tags as a name (surname not in our list)."""
    if not _dictionary_name_at(window):
        return None
    word, tag = pos_window(window)[0]
    if len(word) == 3 and tag.startswith("nr") and is_person_name(word, gaz, known_surname=True):
        return word
    return None


def _given_length(text: str, start: int) -> int:
    """Characters (0, 1 or 2) of the given name starting at `start`."""
    first = text[start:start + 1]
    if not first or not CJK.match(first) or first in _PARTICLES:
        return 0
    second = text[start + 1:start + 2]
    if not second or not CJK.match(second) or _follower_at(text, start + 1, min_len=2) or second in _SPEECH:
        return 1
    if second in _NEVER_LAST:
        return 1   # 在南县县委书记汪军的陪同下, 李挚等参加: 的/等/在 never end a given name
    if second in _PARTICLES or _follower_at(text, start + 1, min_len=1):
        return 2 if _ends_name(text, start + 2) and text[start + 2:start + 3] not in _OPENING_MARKS else 1
    return 2


# after a particle, a clause goes on into a title or a quote (周澧就《决议》作了说明): no name's end
_OPENING_MARKS = frozenset("《“‘「『(（")


def _closed_name(text: str, end: int) -> bool:
    """Is `end` a list or clause boundary (、，。) or a word that follows names (参加, 表示), so
    that the three characters before it read as one name even when the first two make a
    word (万家春，)?"""
    return text[end:end + 1] in ("、", "，", ",", "。", "；", ";") or _follower_at(text, end, min_len=2)


_SPEECH = frozenset("说称讲道")   # 胡蝶称: a verb of saying after a name, never its last character
_VOTE_WORDS = ("高票", "全票", "满票")   # 以190票的高票当选: the count of a vote, never a name
_VOTES = (r"(?:以[0-9０-９]+票(?:的(?:" + "|".join(_VOTE_WORDS) + r"))?|以?(?:" + "|".join(_VOTE_WORDS) + r"))")
_APPOINT = re.compile(r"(同志)?(" + _VOTES + r"(?=当选))?"
                      r"(?=不再担任|不再兼任|不再任|(?<!不再)担任|(?<!不再)兼任|拟任|转任|调任|升任|改任"
                      r"|(?<![主责信担兼连出就上现新前继历首曾留续委拟转调升改])(?<!不再)任(?![务何期命])"
                      r"|提名为|当选为|当选)")
# NAME以N票当选为 TITLE: an election result, the vote written between the name and the verb
# 周敏转任…主任一职: a career move (转任/调任/升任/改任) names the new post, the name ends before the verb
# 县人大常委会办公室（信访办公室）主任: a body's second name (a bureau that also bears another office's
# plate) written in brackets between the body and the title — part of the clause, not its end
_BODY_ALIAS = r"[（(][\u4e00-\u9fff]{2,8}[)）](?=[\u4e00-\u9fff])"
_APPOINT_CLAUSE = re.compile(r"(不再担任|不再兼任|不再任|担任|兼任|拟任|转任|调任|升任|改任|任|提名为|提名免去|免去|当选为|当选)"
                             r"([\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])|" + _BODY_ALIAS + r"){1,40}?)"
                             r"(职务|一职|候选人|等职)?"
                             r"(?=[，,。；;])")   # 任中共长沙市委委员、常委、副书记: a title chain with 、
_ELECTED_CLAUSE = re.compile(r"(?:[\u4e00-\u9fff、]|" + _BODY_ALIAS + r"){2,40}?(?=[，,。；;])")   # 为 TITLE，
_DUTIES = re.compile(r"(?:[\u4e00-\u9fff、]|" + _BODY_ALIAS + r"){1,40}?(?=职务)")   # 免去 NAME TITLE职务
_ELECT = re.compile(r"(?:选举|选出|推选|任命|决定)")   # 会议选举许振勤为开福区人大常委会主任，廖建华为…区长: NAME为 TITLE
# (任命/决定 NAME为 TITLE: the appointments of a standing committee, 决定任命陈刚为…副主任; a post the name
# already holds may stand before 为: 决定陈刚副主任为…代理主任)
# A post predicated of a person, not written before the name: the person is the subject of a passive
# appointment (NAME退休后，被推选为村老年协会会长) or is described as one of a body's post-holders
# (NAME是白沙镇文化站的一名干事)
_PASSIVE_ADVERBS = ("分别", "先后", "均")   # A和B分别被任命为…: an adverb between the subjects and 被
_RESPECTIVELY = "分别"
_COMRADE = "同志"
_NAME_JOINERS = "和、"
_AND = "和"
# NAME现任 TITLE / NAME曾任 TITLE(等职): a post the person holds now or held before, told of them, not
# decided; and the record of a pre-appointment notice (任前公示), NAME，男，汉族，1966年12月出生，…，现任 TITLE，
# 拟任 …: the name opens the record, its sex right after it, and the record's clauses tell its posts
_HELD = re.compile(r"(?:现任|曾任|时任)")
_HELD_STATUS: dict[str, PostStatus] = {"现任": "current", "曾任": "former", "时任": "former"}
_PRONOUNS = ("他", "她")   # 他是民盟成员，时任…: the person named right before the pronoun's clause
_RECORD_HOLDER = re.compile(r"([\u4e00-\u9fff]{2,4})[，,](?:男|女)[，,（(]")
_PASSIVE_APPOINT = re.compile(r"被(?:推选|推举|选举|选|聘任|聘请|聘|任命|提拔|提名)为")
_DESCRIBED = re.compile(r"(?<=[\u4e00-\u9fff])是(?=[\u4e00-\u9fff]{2})")
_ONE_OF = ("一名", "一位")
_ENDS_PREDICATE = frozenset("，,。；;！？\n")
_COMMAS = "，,"
_LAST_JOINS = "和及"   # A、B和C: the join before a list's last name
_DISMISS = re.compile(r"(?:提名)?免去")   # 免去张剑飞同志长沙市人民政府市长职务: the name after the verb
_RESIGN = re.compile(r"(?:同志)?辞去")   # 接受周海兵辞去长沙市人民政府市长职务: the name before the verb
_COUNTED = re.compile(r"等?[0-9一二三四五六七八九十两]+名")
_SESSION_POSTS = frozenset(("执行主席", "主席团成员", "主席团常务主席"))   # posts of an assembly in session (本次大会执行主席)
_NUM = "一二三四五六七八九十"
_SESSION = re.compile(rf"([省市州县区])(?:第?[{_NUM}]+届(人大|政协)|(人大|政协)第?[{_NUM}]+届)第?[{_NUM}]+次(?:全体)?会议")
# 县十七届人大一次会议, 市政协五届三次会议
_VILLAGE_TITLE_HEADS = ("村", "社区", "居委会")   # 村委会主任, 社区党委书记: a post of the village in context
_FUNCTION_SURNAMES = frozenset("由和与及将把被从对在为任包都")   # 包: 包村, 包点 (a verb of the genre)
_NEVER_LAST = frozenset("的等在")   # particles that follow a name, never its last given character
_PARTICLES = frozenset("的了是在等说称对把被从将到及或也都就又还这那各该每不、")


_DEPUTY = "代表"   # 省人大代表, 全国人大代表: a seat in the congress written before it


def _deputy_of(org: OrgMention, title: str) -> bool:
    """Is `title` a deputy's seat in `org`: 代表 right after a people's congress (省人大|代表)?
    Alone, 代表 is a verb or a group (代表团, 村民代表), never a title of the lexicon."""
    return title == _DEPUTY and org.name.endswith("人大")


def _follower_at(text: str, pos: int, min_len: int) -> bool:
    """Does a word that follows names (表示, 等, 同志 …) of at least `min_len` characters start at `pos`?"""
    return any(text[pos:pos + n] in words for n, words in _by_length("title_followers.txt") if n >= min_len)


@lru_cache(maxsize=None)
def _by_length(lexicon: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The entries of a lexicon grouped by length: a prefix test is one set lookup per length."""
    groups: dict[int, set[str]] = {}
    for word in load_lines(lexicon):
        groups.setdefault(len(word), set()).add(word)
    return tuple((n, frozenset(words)) for n, words in sorted(groups.items()))


def _contains_title(name: str) -> bool:
    """Is `name` a title or does it contain one of two characters or more (every substring
    of a 2-4 character name is looked up, instead of every title searched in the name)?"""
    titles = title_words()
    return name in titles or any(name[i:j] in titles for i in range(len(name))
                                 for j in range(i + 2, len(name) + 1))


def _dictionary_name_at(window: str) -> bool:
    """Does a word jieba's dictionary tags as a person name (nr…) open `window`?"""
    tags = _word_tags()
    return any(tags.get(window[:n], "").startswith("nr") for n in (2, 3, 4))


def _opens_with_common_word(window: str) -> bool:
    """Does `window` open with a two-character dictionary word that is not a name (and no
    three-character name)? is_person_name rejects such words, and jieba keeps them whole."""
    tags, freq = _word_tags(), _word_freq()
    tag = tags.get(window[:2])
    name3 = tags.get(window[:3], "").startswith("nr") and freq.get(window[:3], 0) * 10 >= freq.get(window[:2], 0)
    return tag is not None and not tag.startswith("nr") and freq.get(window[:2], 0) > 3 and not name3


def _ends_name(text: str, pos: int) -> bool:
    """Does a name plausibly end at `pos` (punctuation, end, or a word that follows names)?"""
    nxt = text[pos:pos + 1]
    if not nxt or not CJK.match(nxt):
        return True
    return any(text.startswith(f, pos) for f in load_lines("title_followers.txt"))


_BEFORE_NAME_TAGS = ("v", "p", "c")   # 接受, 对, 和: a verb or function word before the name's surname


def read_name_before(text: str, pos: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """(name, start) of the person name ending at `pos` (before a post-nominal title)."""
    lo = max(0, pos - 8)
    tokens = cut(text[lo:pos])
    if not tokens:
        return None
    last = tokens[-1]
    tags = _word_tags()
    if 2 <= len(last) <= 3 and (is_person_name(last, gaz) or tags.get(last, "").startswith("nr")
                                 and is_person_name(last, gaz, known_surname=True)):
        return last, pos - len(last)
    if len(tokens) >= 2 and len(tokens[-2]) == 1 and len(last) == 2 and tags.get(last, "n")[:1] == "n" \
            and is_person_name(tokens[-2] + last, gaz) \
            and (len(tokens) == 2 or tags.get(tokens[-2], "").startswith("nr")
                 or tags.get(tokens[-3], "").startswith(_BEFORE_NAME_TAGS)):
        return tokens[-2] + last, pos - 3   # 接受|胡|卫兵|辞去, 党员|周|建国|担任: a surname cut from its given name
    for n in (3, 2):
        name = text[pos - n:pos]
        if len(name) == n and is_person_name(name, gaz) and (pos - n == 0 or not CJK.match(text[pos - n - 1])) \
                and not name.endswith(_qualifiers()):
            return name, pos - n   # (由分管|副市长: a qualifier of the title, not a given name)
    return None


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[str, ...]:
    """Words written between a body and its title that qualify the post (分管, 常务: title_qualifiers.txt),
    longest first (代理 before 代), in the same order in every process."""
    return tuple(sorted(load_lines("title_qualifiers.txt"), key=lambda q: (-len(q), q)))


# ---------------------------------------------------------------- extraction

_LEADERS_LISTED_BEFORE = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等([\u4e00-\u9fff]{1,6}?)??"
                                    r"(?:([省市州县区镇乡])级?)?(?:党政军|党政|四大家|四套班子)?领导")
_SEAT = r"(?:全国|[省市州县区])(?:人大代表|政协委员)"   # 省人大代表, 全国政协委员: a seat with its level
_DEPUTIES_LISTED_BEFORE = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等"
                                     rf"({_SEAT}(?:[和及、]{_SEAT})*)")   # 等全国人大代表和省人大代表
_SEAT_PARTS = re.compile(r"(全国|[省市州县区])(人大代表|政协委员)")
_NATIONAL = "全国"
_ASSEMBLY_OF = {"人大代表": "人大", "政协委员": "政协"}
_LISTED_NAMES = r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})"   # A、B、C: names joined by 、 (the text of a pattern)
_ROSTRUM_MEMBERS = re.compile(r"在(?:大会)?主席台(?:前排)?就[座坐]的有[:：]" + _LISTED_NAMES + r"。\s*(?:大会)?主席团其他成员")
_PRESIDIUM_MEMBER = "大会主席团成员"
_ATTENDING_NAMES = re.compile(r"(?<=[。\n])" + _LISTED_NAMES + r"(?:参加|出席)(?:会议)?。")
_CHAIRS_MEETING = re.compile(r"(政协)(?:召开|举行)[^。\n]{0,12}主席会议")
_CHAIRS_MEETING_MEMBER = "主席会议成员"
# A、B、C代表先后发言 (a session's report): names listed before a bare seat, then what they do on the floor
_DEPUTIES_NAMED_BEFORE = re.compile(_LISTED_NAMES + r"等?(代表|委员)")
_BARE_SEAT_ASSEMBLY = {"代表": "人大", "委员": "政协"}


def _tail_of_longer_title(text: str, start: int, end: int) -> bool:
    """Does the title text[start:end] end a longer title written there (常务副|县长, 副|总理)?"""
    return any(len(t) > end - start and text[max(0, end - len(t)):end] == t
               for t in title_words() | frozenset(postnominal_titles()))


_ASSEMBLIES = ("政协", "人大常委会")
_ASSEMBLY_UNIT_END = "委"   # 联工委, 预工委, 财经委: the committees of an assembly


_CHAIN_MARKS = re.compile("[、兼]")   # 副书记、董事李一辉; 办公室主任兼秘书处处长王某: the posts of one chain


def _title_chain(text: str, m: OfficialMention) -> list[str]:
    """The titles written between the mention's start and its name, split at 、 and 兼."""
    return _CHAIN_MARKS.split(text[m.span.start:m.name_span.start])


def _unit_title(word: str) -> bool:
    """A title of the genre, bare (副院长) or after an internal unit of its body (政工室主任, 发展规划处处长:
    a 室/办/处/科/组 and a title word), as a department's officers are listed after its head."""
    if word in title_words():
        return True
    return any(word[:cut].endswith(_UNIT_ENDS) and word[cut:] in title_words()
               and all(CJK.match(ch) and ch not in _PARTICLES for ch in word[:cut])
               for cut in range(2, min(len(word) - 1, 9)))


def _bare_title(text: str, m: OfficialMention) -> bool:
    """Is the mention's title written alone before the name (no body read before it) and its body
    only the article's context (not a village, a government head or a group of leaders)?"""
    chain = _title_chain(text, m)
    return (m.org_kind == "other" and m.role in chain and all(_unit_title(t) for t in chain)
            and m.role not in collective_titles() and m.role not in _village_titles()
            and not m.role.startswith(_VILLAGE_TITLE_HEADS) and not _GOV_HEAD.match(m.role))


def _unit_of(before: OfficialMention, unit: str) -> bool:
    """Is `unit` (written between a comma and a bare title) a unit of the body of `before`?"""
    if not 2 <= len(unit) <= 6 or not all(CJK.match(ch) and ch not in _PARTICLES for ch in unit):
        return False
    if _contains_title(unit) or is_level_char(unit[:1]) or _OWN_DEPARTMENT.fullmatch(unit):
        return False   # …，局党组书记X: a bare 局 is the article's department, no unit of the body before
    return unit.endswith(_UNIT_ENDS) or unit.endswith(_ASSEMBLY_UNIT_END) and before.org.endswith(_ASSEMBLIES)


_LIST_JOINS_BEFORE_TITLE = ("以及", "及", "和")   # 市人大常委会副主任A、B以及秘书长C
_LIST_MARK = "、"   # 商会会长A、秘书长B: a list of a body's officers, written like the comma's


def _bodies_shared_in_the_list(text: str, officials: list[OfficialMention]) -> list[OfficialMention]:
    """县人大常委会主任A，副主任B; 市环保局局长A，副局长B; 市政协副主席A，秘书长C; 商会会长A、秘书长B: a title
    written without its body right after the previous official's name and a comma or 、 is a post of that
    official's body (a department, company, government or a named association)
    (the last post of the chain), not of the article's place; 省人大常委会副秘书长A，联工委主任B: a unit
    named before it (组/室/办/处/科, an assembly's 委) is a unit of that body. Not after a party
    committee's post (市委副书记A，秘书长B: the list of a city's leaders, not the committee's staff)."""
    by_name_end = {m.name_span.end: m for m in officials if m.org and (
        m.org_kind not in ("other", "party") or m.org_kind == "other" and _UNNAMED_BODY_END.search(m.org))}
    out: list[OfficialMention] = []
    last: tuple[OfficialMention, OfficialMention] | None = None   # (as read, as shared) of the list's head
    for m in officials:
        if last is not None and _listed_after(text, last[0], m):   # 副主任A、B: B holds A's post
            shared = replace(m, org=last[1].org, org_kind=last[1].org_kind, place_key=last[1].place_key)
            last = (m, shared)
            out.append(shared)
            continue
        last = None
        if _bare_title(text, m):
            comma = next((i for i in range(m.span.start - 1, max(-1, m.span.start - 8), -1)
                          if text[i] in _COMMAS + _LIST_MARK), None)
            before = by_name_end.get(comma) if comma is not None else None
            unit = text[comma + 1:m.span.start] if before is not None else ""
            if unit and not _unit_of(before, unit):
                before, unit = None, ""   # 副主任A、B以及秘书长C: the 、 of the list before, no unit
            join = next((j for j in _LIST_JOINS_BEFORE_TITLE if text.endswith(j, 0, m.span.start)), "")
            if before is None and join and m.span.start - len(join) in by_name_end:
                comma = m.span.start - len(join) - 1   # 副主任A、B以及秘书长C: joined, not a comma
                before, unit = by_name_end[comma + 1], ""
            if before is not None and (not unit or _unit_of(before, unit)):
                if m.role != _title_chain(text, m)[0]:
                    unit = ""   # 办公室主任兼秘书处处长A: the unit before the chain is its first post's
                shared = replace(m, span=Span(comma + 1, m.span.end), org=before.org + unit,
                                 org_kind=_kind_of_named(before.org + unit) if unit else before.org_kind,
                                 place_key=before.place_key)
                last = (m, shared)
                by_name_end.setdefault(m.name_span.end, replace(shared, org=before.org, org_kind=before.org_kind))
                m = shared   # 副院长A、党组成员B、基建办主任C: the list goes on in the same body
        out.append(m)
    return out


def _ends_list_item(text: str, start: int) -> bool:
    """Does a name starting at `start` open a list item (start of text, punctuation or 、 before it)?"""
    return start == 0 or not CJK.match(text[start - 1])


def _listed_after(text: str, head: OfficialMention, m: OfficialMention) -> bool:
    """Is `m` a name listed right after `head` (、) holding the same post as read?"""
    return (m.span.start == m.name_span.start and text[head.name_span.end:m.span.start] == "、"
            and (m.role, m.org) == (head.role, head.org))


_SESSION_WORD = "大会"   # 大会执行主席 (a qualifier in lexicon/title_qualifiers.txt): the session's post, 执行主席


def _session_role(role: str) -> str:
    """大会执行主席, 大会主席团常务主席: the session's post is its title (执行主席), as the chain
    大会主席团常务主席、执行主席X writes it the second time — one post, however it is written (the
    rostrum's untitled list keeps its role, 大会主席团成员)."""
    bare = role.removeprefix(_SESSION_WORD)
    return bare if bare != role and bare in _SESSION_POSTS and role != _PRESIDIUM_MEMBER else role


def _government_role(role: str) -> str:
    """A role written with its level's people's government: a government post (省人民政府副省长,
    州人民政府副州长, 县人民政府县长) is its title, the government being the body (湖南省政府) — the
    annotators write the role as written (州人民政府副州长), short (州政府副州长) or bare (副省长), and
    the bare title is the part they share; another role is written short like its body (市人民政府
    办公室主任 -> 市政府办公室主任); a role that is only 人民政府… stays."""
    i = role.find("人民政府")
    if i <= 0 or not is_level_char(role[i - 1]):
        return role
    title = role[i + 4:]
    bare = title.removesuffix("候选人")
    bare = next((bare[len(q):] for q in _qualifiers() if bare.startswith(q)), bare)   # 代理|市长, not 代|理市长
    return title if bare in title_words() else role[:i] + "政府" + role[i + 4:]


_BODY_LEADERS = "领导"   # 市工信局领导A、B: a body's leaders (lexicon/title_collective.txt)
_UNITS_BEFORE_NAME = ("科", "系", "室", "处", "局", "厅", "研究所", "研究院", "学院", "医院", "中心")   # …科 NAME 教授, 人教处 NAME 处长, 市教育局 NAME 处长
_UNIT_ONLY = "@unit"   # title_postnominal.txt: a title read after a name only when a unit opens the name (综合内科X主任)
_LIST_OPENER = "有"   # 出席的市领导有A、B: the names a collective title announces


def extract_officials(doc: Document, places: list[PlaceMention], orgs: list[OrgMention], gaz: Gazetteer,
                      article_place: dict[int, str]) -> tuple[list[OfficialMention], list[PersonMention]]:
    """Officials (one mention per post) and named citizens of `doc`."""
    view = text_view(doc)
    ctx = _Context(doc, view, places, orgs, gaz, article_place)
    officials: list[OfficialMention] = []
    taken: list[tuple[int, int]] = []   # view ranges of names already read
    for title_end, titles in _title_ends(view.text):
        title = next((t for t in titles if not ctx.inside_place(title_end - len(t), title_end)), None)
        if title == _BODY_LEADERS and len(titles) > 1:
            title = None   # 邵东县领导A、B: the place's leaders (县领导 glued), not 领导 of 邵东县
        glued = ctx.glued_collective(title_end, titles) if title is None else None
        head = ctx.glued_head(title_end, titles) if title is None and glued is None else None
        if head is not None:
            name = read_name_after(view.text, title_end, gaz)
            if name is not None and _closed_name(view.text, title_end + len(name)) \
                    and not _crosses_word(view.text, title_end):
                officials.append(ctx.mention(head, head.start, title_end, name))
                taken.append((title_end, title_end + len(name)))
            continue
        if glued is not None:
            title = view.text[glued.title_start:title_end]
        if title is not None and _zone_glued_head(view.text, title_end - len(title), title):
            continue   # 在该县高新区长康二期项目现场: the zone's 区, no 区长 (a zone is led by a 管委会)
        if title is None or ctx.excluded(title_end) \
                or _crosses_word(view.text, title_end) and not _surname_glued_to_title(view.text, title_end, gaz) \
                or _citizen_word_covers(view.text, title_end, title):
            continue   # 太和镇长乐村; 办理事项, 主任务: the title's last character opens another word; 老干部X
        name_start = title_end + _aside_length(view.text, title_end)   # 副县长（挂职）张伟
        name_start += _signature_gap(doc.text, view, name_start, gaz)   # 县长 陈永高 (a report's signature line)
        name_start += _colon_before_list(view.text, name_start, gaz)   # 大会执行主席：A、B、C
        nominee = next((w for w in _NOMINEE_WORDS if view.text.startswith(w, name_start)), "")
        name_start += len(nominee)   # 副县长候选人胡书伟: the candidate for the post
        collective = glued is not None or title in collective_titles()
        if collective and view.text.startswith(_LIST_OPENER, name_start):
            name_start += len(_LIST_OPENER)   # 省党政军领导有张春贤、周强…: the list after 有
        name = read_dotted_name(view.text, name_start) or read_name_after(view.text, name_start, gaz) \
            or read_bounded_name(view.text, name_start, gaz)
        if name is not None and collective and not _closed_name(view.text, name_start + len(name)):
            continue   # 省党政军领导齐聚省委: a collective title's names form a closed list, not a verb
        if name is None and view.text.startswith(_LINKED, name_start):
            name = ctx.holder_after_relative(title_end - len(title), title_end, name_start + len(_LINKED))
            name_start += len(_LINKED) if name is not None else 0   # 担任驻村第一书记的夏文娟: the name after 的
        if name is None:
            name = _assigned_name(view.text, name_start, gaz)
            if name is None:
                continue
            name_start += 1   # 支部书记由张某担任: the name follows 由
        name_end = name_start + len(name)
        posts = [glued] if glued is not None else ctx.chain(title_end - len(title), title_end)
        if not posts:
            continue
        if nominee:
            posts[-1].role += nominee
        mentions = [_nominated(ctx.mention(post, posts[0].start, name_start, name), nominee) for post in posts]
        officials.extend(mentions)
        officials.extend(ctx.appointed(name, name_start, name_end, mentions, officials))
        taken.append((name_start, name_end))
        for start, listed in listed_names(view.text, name_end, gaz):  # 副市长A、B、C: each holds the posts
            officials.extend(_nominated(ctx.mention(post, start, start, listed), nominee) for post in posts)
            taken.append((start, start + len(listed)))
    officials.extend(ctx.postnominal(taken))
    officials.extend(ctx.personnel(taken))
    officials.extend(ctx.predicated(taken))
    officials.extend(ctx.counted_list())
    officials.extend(ctx.listed_leaders(officials))
    officials.extend(ctx.listed_deputies(officials))
    officials = _bodies_shared_in_the_list(doc.text, officials)
    officials = _team_named_elsewhere(officials)
    officials = [_named_short_elsewhere(doc.text, m) for m in officials]
    persons = ctx.citizens({m.person for m in officials})
    officials = [replace(m, org=m.org.replace("人民政府", "政府"), role=_session_role(_government_role(m.role)))
                 for m in officials]   # X县政府 and 市政府副市长, as gold writes them
    officials = [_former_inside_body(_level_written_once(m, gaz), gaz, doc.text) for m in officials]
    officials = _hosts_of_visits(doc.text, officials, places, gaz)
    place_bodies = frozenset(filter(None, (place_name(gaz, p.key) for p in places)))
    officials = _weaker_repeats(_bodiless_repeats(_one_role_per_post(officials)), place_bodies)
    return [with_status(doc.text, m) for m in _unique(officials)], persons


# 一行来我县考察, 来镇参观, 莅临我市: a delegation comes to the paper's own place (the host), written by its
# level alone; the places written before it in that sentence are the visitors'
_VISIT_HERE = re.compile(r"(?:来|到|莅临)(?:我|本)[省市州县区镇乡]|(?:来|莅临)[市县区镇乡](?=[调考参视指检督交走座慰洽对学])")
_SENTENCE_ENDS = "。！？!?\n"
_ASSEMBLY_COMMITTEE = re.compile(r"(?<=[、，,])(((人大|政协))[\u4e00-\u9fff]{1,6}委)$")   # 、人大联工委|主任
_TIERS = (frozenset({"county", "county_city", "district"}), frozenset({"town", "township", "subdistrict"}),
          frozenset({"prefecture_city"}))   # the levels one bare level word may stand for (株洲县 is now a 区)


def _hosts_of_visits(text: str, officials: list[OfficialMention], places: list[PlaceMention],
                     gaz: Gazetteer) -> list[OfficialMention]:
    """A delegation's report (X县政协副主席A一行来镇参观，县政协副主席B陪同): the visitors' titles are
    written with their place, the hosts' by the level alone (县政协副主席B), which context reads as
    the place named last — the visitors'. A post whose place is a visitor's, with that place not
    written in its own sentence before it (after the visit's verb), is the host's: the place of the
    same level the article names that is no visitor's (株洲县, or the county of the town visited)."""
    visits = [(m.start(), _sentence_start(text, m.start())) for m in _VISIT_HERE.finditer(text)]
    if not visits or not officials:
        return officials
    out = []
    for m in officials:
        visit = next(((k, s0) for k, s0 in reversed(visits) if k < m.span.start), None)
        if visit is None or not m.place_key:
            out.append(m)
            continue
        k, s0 = visit
        visitors = {p.key for p in places if s0 <= p.span.start < k}
        if m.place_key not in visitors:
            out.append(m)
            continue
        lo = max(k, _sentence_start(text, m.span.start))
        if any(p.key == m.place_key and lo <= p.span.start < m.span.end for p in places):
            out.append(m)
            continue   # 靖州县政协经科委主任A，政协办公室主任B: the visitors' own list
        host = _host_place(m.place_key, visitors, places, gaz)
        written = max((p.surface for p in places if p.key == host), key=len, default=place_name(gaz, host))
        out.append(_moved_to_host(m, host, written, gaz) if host and written else m)
    return out


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in _SENTENCE_ENDS) + 1


def _place_chain(gaz: Gazetteer, key: str) -> list[str]:
    """`key` and its ancestors' keys (a new village or zone "<parent>/<name>" under its parent)."""
    base = key
    while base not in gaz.entries and "/" in base:
        base = base.rsplit("/", 1)[0]
    chain = [key] + ([base] if base != key and base in gaz.entries else [])
    return chain + [a.key for a in gaz.ancestors(base)] if base in gaz.entries else chain


def _host_place(visitor: str, visitors: set[str], places: list[PlaceMention], gaz: Gazetteer) -> str | None:
    """The place of the visitor's level the article names that is no visitor's nor holds one:
    named itself, else the ancestor of that level of a place named (南洲镇 -> 株洲县); the one
    named most often, None when there is none."""
    entry = gaz.entries.get(visitor)
    tier = next((t for t in _TIERS if entry is not None and entry.level in t), None)
    if tier is None:
        return None
    barred = {a for v in visitors for a in _place_chain(gaz, v)}
    counts: Counter[str] = Counter()
    for p in places:
        for key in _place_chain(gaz, p.key):
            e = gaz.entries.get(key)
            if e is not None and e.level in tier and key not in barred:
                counts[key] += 1
                break
    return counts.most_common(1)[0][0] if counts else None


def _moved_to_host(m: OfficialMention, host: str, written: str, gaz: Gazetteer) -> OfficialMention:
    """`m` with its body's place (in full inside the body's name) replaced by `host`, as written."""
    old = place_name(gaz, m.place_key) or ""
    at = m.org.find(old)
    if not old or at < 0:
        return m
    return replace(m, org=written + m.org[at + len(old):], place_key=host)


def _named_short_elsewhere(text: str, m: OfficialMention) -> OfficialMention:
    """执行董事江涛正和员工… 。江涛告诉记者: a three-character name written once, whose last character is a
    one-character adverb (正, 也, 还, 就), is the two-character name the article writes elsewhere opening
    a clause with a name's end after it; the adverb opens the sentence's predicate."""
    name = m.person
    if len(name) != 3 or name[0] not in _surnames() or _word_tags().get(name[2]) != "d" or text.count(name) != 1:
        return m
    short, start = name[:2], m.name_span.start
    if not any(at != start and not CJK.match(text[at - 1:at] or " ")
               and (_ends_name(text, at + 2) or text[at + 2:at + 3] in _SPEECH)
               for at in _occurrences(text, short)):
        return m
    end = start + len(short)
    span = Span(m.span.start, end) if m.span.end == m.name_span.end else m.span
    return replace(m, person=short, name_span=Span(start, end), span=span)


def _occurrences(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


_LEVEL_BODIES = ("委", "政府", "人大", "政协")


def _level_written_once(m: OfficialMention, gaz: Gazetteer) -> OfficialMention:
    """常宁市市委书记, 衡阳县县委第一巡察组: a place's level character written again before its
    committee or government is one body, 常宁市委 (as 常宁市委书记 names it); a place of one character
    and its level keeps it (道县县委, see organizations.level_body_name)."""
    place = place_name(gaz, m.place_key) or ""
    if len(place) < 3 or not is_level_char(place[-1]) or not m.org.startswith(place + place[-1]) \
            or not m.org[len(place) + 1:].startswith(_LEVEL_BODIES):
        return m
    return replace(m, org=place + m.org[len(place) + 1:])


_FORMER_INSIDE = "原"   # 常德经开区原工委书记: the place, then the former post written with its body


def _former_inside_body(m: OfficialMention, gaz: Gazetteer, text: str) -> OfficialMention:
    """常德经开区原工委书记周运来: 原 between a body's place and the rest of its name marks a former post of
    the body (常德经开区工委), not a body named 原工委 — whether the body comes with its 原 or, read so by
    the organizations, without it; 洲浒溪村原村干部: of the place itself; 原甘泉村党支部书记 (a village the
    gazetteer lacks, 原 read into the body's name): the body without it (not 原平市, 原阳县: places)."""
    if m.org.startswith(_FORMER_INSIDE) and len(m.org) > 3 and not any(gaz.lookup(m.org[:n]) for n in (2, 3)):
        return replace(m, org=m.org[1:], status="former")   # 原甘泉村党支部书记: the former post, 原 read into the body
    place = place_name(gaz, m.place_key) or ""
    rest = m.org[len(place):]
    if not place or not m.org.startswith(place):
        return m
    if rest.startswith(_FORMER_INSIDE):
        return replace(m, org=place + rest[len(_FORMER_INSIDE):], status="former")
    if rest and _FORMER_INSIDE + rest in text[m.span.start:m.span.end]:
        return replace(m, status="former")
    return m


def _team_named_elsewhere(officials: list[OfficialMention]) -> list[OfficialMention]:
    """驻村工作队队长黄杏 … 郴州市驻大王寨村驻村帮扶工作队队长黄杏: a team post read with only the
    village for its body is the post the same person holds in that village's team, named
    elsewhere in the document — one post, not two."""
    teams = {(m.person, m.org) for m in officials if m.org.endswith(_TEAMS)}
    out = []
    for m in officials:
        if any(t in m.role for t in _TEAMS) and not m.org.endswith(_TEAMS) \
                and any(person == m.person and m.org and m.org in org for person, org in teams):
            continue
        out.append(m)
    return out


def _bodiless_repeats(officials: list[OfficialMention]) -> list[OfficialMention]:
    """新当选的县人民政府县长庞波 … 由县长庞波领誓: a post read with no body (no place in the article)
    that the same person holds under the same title with a body elsewhere in the document is that
    post, not a second one."""
    held = {(m.person, m.role) for m in officials if m.org}
    return [m for m in officials if m.org or (m.person, m.role) not in held]


def _written_short(short: str, full: str) -> bool:
    """Is `short` the body `full` written short — its characters, in order, a shorter part of it
    (东台山森林公园 of 东台山国家森林公园)?"""
    return len(short) < len(full) and is_subsequence(short, full)


def _weaker_repeats(officials: list[OfficialMention],
                   place_bodies: frozenset[str] = frozenset()) -> list[OfficialMention]:
    """邻长A … A是某居委会的一名邻长; 某国家森林公园护林员A … 某森林公园护林员A: a post read with only
    the article's place for its body, or with its body written short, that the same person holds
    under the same title with a body named in full elsewhere in the document is that post, not a
    second one. Two bodies named in full (an old post and a new one) stay two posts. A body that is
    a bare place of the document (`place_bodies`: 新任校长A read with the article's city) is weaker than
    a named body that is no place (A被任命为X中学校长). Two posts of one written chain (the same
    phrase: 湖南省工商联副会长、香港长沙商会副会长A) are two posts the writer listed, never a repeat."""
    named: dict[tuple[str, str], list[OfficialMention]] = {}
    for m in officials:
        named.setdefault((m.person, m.role), []).append(m)
    out = []
    for m in officials:
        others = [o for o in named[(m.person, m.role)] if o.org and o.org != m.org and o.span != m.span]
        if m.org and any(m.org_kind == "other" and o.org_kind != "other" or _written_short(m.org, o.org)
                         or m.org in place_bodies and o.org not in place_bodies for o in others):
            continue
        out.append(m)
    return out


_BODY_PREFIX = re.compile(r"[省市州县区镇乡]?(?:人民政府|政府|委|党委|党组|人大常委会|人大|政协)")


def _one_role_per_post(officials: list[OfficialMention]) -> list[OfficialMention]:
    """渌口区人民政府副区长漆帅花 … 渌口区副区长漆帅花: one post written with and without its body's
    name (区政府副区长 / 副区长, same person, same body) is one role, the bare title."""
    bare: dict[tuple[str, str], set[str]] = {}
    for m in officials:
        bare.setdefault((m.person, m.org), set()).add(m.role)
    out = []
    for m in officials:
        roles = bare[(m.person, m.org)]
        short = next((r for r in roles if r != m.role and m.role.endswith(r)
                      and _BODY_PREFIX.fullmatch(m.role[: -len(r)])), None)
        out.append(replace(m, role=short) if short else m)
    return out


# ---------------------------------------------------------------- post status

_DECISION_WORDS = ("决定", "任命", "宣布", "宣读", "批准", "同意", "提名", "当选")


@lru_cache(maxsize=1)
def _status_markers() -> tuple[tuple[str, PostStatus], ...]:
    """Status markers, longest first (原任 before 原)."""
    rows = [(row[0], row[1]) for row in load_table("post_status_markers.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))  # type: ignore[misc]


def post_status(text: str, start: int, role: str) -> PostStatus:
    """The status of a post whose title (chain) starts at `start` of `text`: a marker written just
    before it (原/时任 former, 新任 new, 拟任 nominated, 现任 current; lexicon/post_status_markers.tsv,
    not when the marker ends a longer word such as 高原: post_status_blockers.txt), else acting for
    a role written with 代 (代市长), nominated for a 候选人 / 提名人选, else current."""
    before = text[max(0, start - 6):start]
    for marker, status in _status_markers():
        if before.endswith(marker) and not any(before.endswith(w) for w in load_lines("post_status_blockers.txt")):
            return status
    if role.startswith("代") and not role.startswith("代表") or _acting_inside(role):
        return "acting"
    if role.endswith(("候选人", "提名人选")):
        return "nominated"
    return "current"


def _acting_inside(role: str) -> bool:
    """县委组织部代部长: 代 written between the body and the title (a qualifier of the title)."""
    i = role.rfind("代")
    return i > 0 and role[i + 1:] in title_words()


def with_status(text: str, mention: OfficialMention) -> OfficialMention:
    """`mention` with its status read from the text, unless a decision already gave it one."""
    if mention.status != "current":
        return mention
    status = post_status(text, mention.span.start, mention.role)
    return mention if status == "current" else replace(mention, status=status)


def decision_status(verb: str, tail: str, sentence: str, comrade: bool = False) -> PostStatus:
    """The status a personnel clause gives a post: 不再担任 / 不再(兼)任 / 免去 / 提名免去 removed; 提名为,
    拟任 or a 候选人 nominated; 任 and a career move (转任, 调任, 升任, 改任) new; 担任 / 兼任 new in a
    decision (NAME同志, or a sentence with 决定 / 任命 …), else current (担任村支书 describes a post held)."""
    if verb in ("不再担任", "不再兼任", "不再任", "免去", "提名免去"):
        return "removed"
    if verb in ("提名为", "拟任") or tail == "候选人":
        return "nominated"
    if verb in ("任", "当选", "当选为", "转任", "调任", "升任", "改任"):   # 熊建伟当选政协开福区委员会主席; 转任: a move
        return "new"
    if comrade or any(w in sentence for w in _DECISION_WORDS):
        return "new"
    return "current"


_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[)）]")
_ASIDE_MAX = 6
_ASIDE_BEFORE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[)）]$")   # 党组副书记（主持工作）|、: a post's qualifier
_CLAUSE_OPENERS = ("", "。", "；", ";", "\n", "：", ":")   # an earlier segment opening its clause
_PARTY_SECRETARY = "书记"   # 党组书记|主任: the two posts of one body's head written with no mark
_CLERK = "员"   # 书记|员: a clerk, no chain


def _aside_length(text: str, pos: int) -> int:
    """Length of a short bracketed aside between a title and a name ((挂职), (正处级)), else 0."""
    m = _ASIDE.match(text, pos)
    return len(m.group(0)) if m else 0


def _held_title_length(text: str, pos: int) -> int:
    """Length of the post or 同志 written between the names of a decision and its 为 (决定陈刚副主任为
    …代理主任: the post he holds), else 0."""
    for size in range(min(8, len(text) - pos - 1), 1, -1):
        word = text[pos:pos + size]
        if text.startswith("为", pos + size) and (word == "同志" or word in title_words()):
            return size
    return 0


_HOLDERS_COUNTED = re.compile(r"等?(?:[0-9一二三四五六七八九十两]+[位名])?(?:同志)?(?=担任|兼任)")


def _signature_gap(source: str, view: TextView, pos: int, gaz: Gazetteer) -> int:
    """Length of the spaces at view position `pos` between a title and a name that ends its line
    of the source (a report's signature under its heading: 县长 陈永高), else 0."""
    rest = view.text[pos:pos + 4]
    gap = len(rest) - len(rest.lstrip(" \u3000"))
    if gap == 0 or gap == len(rest):
        return 0
    name = read_name_after(view.text, pos + gap, gaz)
    if name is None:
        return 0
    after = view.to_doc[pos + gap + len(name) - 1] + 1
    return gap if source[after:after + 1] in ("\n", "") else 0


def _assigned_name(text: str, pos: int, gaz: Gazetteer) -> str | None:
    """TITLE由NAME担任 (the post is held by NAME), also TITLE由A、B、C(等)(13位)(同志)担任 (each
    listed name holds it; the caller reads the names after the first): the first name, else None."""
    if text[pos:pos + 1] != "由":
        return None
    name = read_name_after(text, pos + 1, gaz)
    if name is None:
        return None
    end = pos + 1 + len(name)
    listed = listed_names(text, end, gaz)
    if listed:
        end = listed[-1][0] + len(listed[-1][1])
    counted = _HOLDERS_COUNTED.match(text, end)
    return name if counted is not None and (listed or counted.end() == end) else None


_DOTTED_HEAD = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8})?[·•・]")
_DOTTED_PART_MAX = 8
_DOTTED_WORD_FREQ = 300   # a two-character word this frequent (家园, 记忆, 参观) is no part of a transliterated name


def read_dotted_name(text: str, pos: int) -> str | None:
    """A transliterated name with its parts joined by a middle dot (阿依古丽·买买提, written with · or •)
    starting at `pos` where only a name can stand (after a title or a list's 、): its last part ends at
    the first name's end (、，。 or a word that follows names: 主持, 参加)."""
    m = _DOTTED_HEAD.match(text, pos)
    if m is None:
        return None
    for end in range(m.end() + 1, min(len(text), m.end() + _DOTTED_PART_MAX) + 1):
        if not CJK.match(text[end - 1]):
            return None
        if _closed_name(text, end):
            name = text[pos:end]
            pairs = [p[i:i + 2] for p in re.split(r"[·•・]", name) for i in range(len(p) - 1)]
            if _contains_title(name) or any(_word_freq().get(w, 0) >= _DOTTED_WORD_FREQ
                                            and not _word_tags().get(w, "").startswith(("nr", "ns")) for w in pairs):
                return None   # 《家园·记忆》: words joined by a dot, no name (transliterations hold no common word)
            return name
    return None


_COLONS = "：:"


def _colon_before_list(text: str, pos: int, gaz: Gazetteer) -> int:
    """1 when a colon at `pos` opens a list of names after a title (大会主席团常务主席、大会执行主席：
    郑弟祥、龚德汉、魏岳林…: each name holds the chain's posts), else 0. Two names at least, joined
    by 、, so that a speaker's title before a quotation (县长：我们要…) opens nothing."""
    if text[pos:pos + 1] not in _COLONS:
        return 0
    name = read_name_after(text, pos + 1, gaz)
    if name is None or text[pos + 1 + len(name):pos + 2 + len(name)] != "、":
        return 0
    return 1 if listed_names(text, pos + 1 + len(name), gaz) else 0


def listed_names(text: str, pos: int, gaz: Gazetteer) -> list[tuple[int, str]]:
    """(start, name) of the names listed with "、" after the name ending at `pos`
    (县领导A、B、C等参加): each must end where a list item ends."""
    out: list[tuple[int, str]] = []
    while True:
        joiner = next((j for j in ("、", "以及", "和", "及") if text.startswith(j, pos)), None)
        if joiner is None or joiner != "、" and not out:
            break   # 和/及 close a list of at least two (A、B和C), never join two posts' holders
        name = read_dotted_name(text, pos + len(joiner)) or read_name_after(text, pos + len(joiner), gaz) \
            or read_bounded_name(text, pos + len(joiner), gaz)
        if name is None:
            break
        end = pos + len(joiner) + len(name)
        nxt = text[end:end + 1]
        if nxt and CJK.match(nxt) and not _follower_at(text, end, min_len=1):
            break
        out.append((pos + len(joiner), name))
        pos = end
    return out


def _title_ends(text: str) -> list[tuple[int, list[str]]]:
    """(end, titles ending there, longest first) for every title occurrence, in text order
    (云田社区干部: 社区干部 overlaps the place, 干部 does not)."""
    ending: dict[int, list[str]] = {}
    for last, title in title_automaton().iter(text):
        ending.setdefault(last + 1, []).append(title)
    return sorted((end, sorted(titles, key=len, reverse=True)) for end, titles in ending.items())


def _unique(mentions: list[OfficialMention]) -> list[OfficialMention]:
    seen: set[tuple] = set()
    out = []
    for m in mentions:
        key = (m.span, m.person, m.role, m.org)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


_CONTRACTED_HEADS = {"组织部长": "组织部", "宣传部长": "宣传部", "统战部长": "统战部"}   # X部部长, written short


def _department_of_contracted_title(post: _Post, title: str) -> None:
    """省委常委、组织部长: a contracted department head's title (组织部长 = 组织部部长) resolved to
    a party committee heads that committee's department (湖南省委组织部), not the committee; after
    another department head in the chain (组织部长、统战部长) it heads its own department of the same
    committee (衡山县委统战部), not the department before it."""
    dept = _CONTRACTED_HEADS.get(title)
    if not dept or not post.org_name or post.org_kind != "party":
        return
    other = next((d for d in _CONTRACTED_HEADS.values() if post.org_name.endswith(d) and d != dept), None)
    if other is not None:   # 县委常委、组织部长、统战部长: each head its own department of the committee
        post.org_name = post.org_name[: -len(other)] + dept
    elif post.org_name.endswith("委"):
        post.org_name += dept


_ROLE_ALIAS = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[)）]")


def _alias_to_body(post: _Post) -> None:
    """烟草专卖局(分公司)负责人, 县人大常委会办公室（信访办公室）主任: the bracketed second name the body
    bears is part of the body's name, not of the role."""
    alias = _ROLE_ALIAS.match(post.role)
    if alias is not None and post.org_name and len(post.role) > alias.end():
        post.role = post.role[alias.end():]
        post.org_name += alias.group(0)


class _Context:
    """Indexes of one document shared by the pattern readers."""

    def __init__(self, doc: Document, view: TextView, places: list[PlaceMention], orgs: list[OrgMention],
                 gaz: Gazetteer, article_place: dict[int, str]) -> None:
        self.doc, self.view, self.places, self.orgs, self.gaz = doc, view, places, orgs, gaz
        self.article_place = article_place
        self.org_at: dict[int, OrgMention] = {}
        for org in orgs:
            end = view.view_pos(org.span.end)
            if end not in self.org_at or len(org.surface) > len(self.org_at[end].surface):
                self.org_at[end] = org
        self.place_at: dict[int, PlaceMention] = {}
        for place in places:
            end = view.view_pos(place.span.end)
            if end not in self.place_at or len(place.surface) > len(self.place_at[end].surface):
                self.place_at[end] = place
        self.credits = [(view.view_pos(c.span.start), view.view_pos(c.span.end))
                        for a in doc.articles for c in a.credits]

        self.place_ranges = sorted((view.view_pos(p.span.start), view.view_pos(p.span.end)) for p in places)

    # ------------------------------------------------------------ helpers
    def excluded(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.credits)

    def inside_place(self, start: int, end: int) -> bool:
        """Does a place name overlap the title (太和镇长乐村 holds no 镇长)?"""
        return any(a < end and start < b and not (start <= a and b <= end) for a, b in self.place_ranges)

    def start_of(self, mention: OrgMention | PlaceMention) -> int:
        return self.view.view_pos(mention.span.start)

    def level(self, key: str | None) -> str | None:
        entry = self.gaz.entries.get(key or "")
        if entry is not None:
            return entry.level
        if not key or "/" not in key:
            return None
        name = key.rsplit("/", 1)[-1]
        if name.endswith("社区"):
            return "community"
        if name.endswith("村"):
            return "village"
        if name.endswith(("镇", "街道")):
            return "town"
        return "zone" if re.search(r"(区|园)$", name) else None

    def glued_collective(self, title_end: int, titles: list[str]) -> _Post | None:
        """邵东县领导, 岳阳市领导: a collective title (县领导) written on its place, the place's last
        character (县) counted once. The place is the body; the caller reads the names after it.
        Only collective titles of a level: 太和镇长乐村 holds no 镇长."""
        for title in titles:
            if title not in collective_titles() or not is_level_char(title[:1]):
                continue
            start = title_end - len(title)
            place = self.place_at.get(start + 1)
            if place is None or not place.surface.endswith(title[0]) or self.level(place.key) in _VILLAGE_LEVELS:
                continue
            return _Post(self.start_of(place), start, title_end, place=place, role=title,
                         org_name=self._place_label(place), org_kind="other", place_key=place.key)
        return None

    def glued_head(self, title_end: int, titles: list[str]) -> _Post | None:
        """新当选的益阳市长许显辉: a government head (市长, 县长) written on its place's name, the
        place's level character counted once; the place's government is the body. Only when no
        other place overlaps the title (太和镇长乐村 holds no 镇长) and the place's level is the
        title's (株洲市 for 市长, not a 县 read as 市)."""
        title = next((t for t in titles if len(t) == 2 and _GOV_HEAD.match(t)), None)
        if title is None:
            return None
        start = title_end - 2
        place = self.place_at.get(start + 1)
        if place is None or not place.surface.endswith(title[0]) \
                or self.level(place.key) not in LEVELS_OF_CHAR.get(title[0], ()) \
                or self.inside_place(self.start_of(place), title_end):
            return None
        return _Post(self.start_of(place), start, title_end, place=place, role=title,
                     org_name=self._place_label(place) + "政府", org_kind="government", place_key=place.key)

    # ------------------------------------------------------------ chains
    def chain(self, title_start: int, title_end: int) -> list[_Post]:
        """The posts of the title chain ending at `title_end`, left to right, bodies resolved."""
        text = self.view.text
        posts = [self._with_chained_unit(self.segment(title_start, title_end))]
        trusted = None   # the posts after the first qualifier the chain was read past
        while posts[0].start > 0:
            prev_end = self._chain_link(posts[0])
            if prev_end is None:
                break
            title = next((t for e, t in [(prev_end, self._title_ending(prev_end))] if t), None)
            nominee = "" if title is not None else self._nominee_ending(prev_end)
            prev_end -= len(nominee)   # 县政协副主席人选、县教育局局长X: the candidate for the earlier post
            if nominee:
                title = self._title_ending(prev_end)
            if title is None:
                break
            prev = self.segment(prev_end - len(title), prev_end)
            prev.nominee = nominee
            if text[prev.start - 1:prev.start] == _NAMED_AS:
                break   # 周农为政委、市长郑建新: the title after NAME为 is that name's post, no chain
            if text[prev_end:prev_end + 1] in _COMMAS and text[prev.start - 1:prev.start] not in _CLAUSE_OPENERS:
                break   # 他曾任县委书记，副县长X说: a title after a verb is no chain's first segment
            if prev_end < posts[0].start - 1 and trusted is None:
                trusted = len(posts)
            if trusted is not None and prev.org is None and prev.place is None \
                    and CJK.match(text[prev.start - 1:prev.start] or " "):
                posts = posts[len(posts) - trusted:]
                break   # 团省委副书记、党组副书记（主持工作）、…: past a qualifier, only a chain read whole
            posts.insert(0, self._with_chained_unit(prev))
        for i, post in enumerate(posts):
            self.resolve(post, posts[i - 1] if i > 0 else None)
            _department_of_contracted_title(post, text[post.title_start:post.title_end])
            _alias_to_body(post)
            post.role += post.nominee
        return [p for p in posts if p.org_name is not None]

    def _chain_link(self, post: _Post) -> int | None:
        """Where the title before `post` in its chain ends, else None. The genre joins a chain's
        segments with 、 or 兼 (副县长兼县公安局局长), and also: after a bracketed qualifier of the
        earlier post (党组副书记（主持工作）、省青联主席X); with a comma between the posts of two bodies
        (。省委宣传部副部长，省文化和旅游厅厅长X: the earlier segment opens its clause, checked by
        the caller); and with no mark at all between a party secretary's title and the head's title
        of the same body (人大常委会党组书记主任X)."""
        text = self.view.text
        pos = self._before_place_prefix(post)
        mark = text[pos - 1]
        if mark in "、兼":
            aside = _ASIDE_BEFORE.search(text, max(0, pos - 1 - _ASIDE_MAX), pos - 1)
            return aside.start() if aside is not None and self._title_ending(aside.start()) else pos - 1
        if mark in _COMMAS:
            return pos - 1 if post.org is not None or post.place is not None else None
        if post.start == post.title_start and not text.startswith(_CLERK, post.title_end) \
                and (self._title_ending(pos) or "").endswith(_PARTY_SECRETARY):
            return pos
        return None

    def holder_after_relative(self, title_start: int, title_end: int, pos: int) -> str | None:
        """担任乡村振兴驻村第一书记的夏文娟, 作为村党支部书记的X: a title chain opened by a verb of holding
        (担任, 作为, 身为) and closed by 的 describes the person named right after 的 — the name at view
        index `pos` closed as names are, else None. Not a title written after a citizen word
        (楼栋党员组长, 志愿者队长): the clause then tells a volunteer's role, the person stays a citizen."""
        text = self.view.text
        name = read_name_after(text, pos, self.gaz)
        if name is None or not _closed_name(text, pos + len(name)) and not _ends_name(text, pos + len(name)):
            return None
        posts = self.chain(title_start, title_end)
        start = posts[0].start if posts else title_start
        window = text[max(0, start - _RELATIVE_GAP):start]
        window = window[max(window.rfind(ch) for ch in _CLAUSE_BREAKS) + 1:]   # the verb in the same clause
        verb = next((v for v in _HOLDING_VERBS if v in window), None)
        if verb is None:
            return None
        described = text[start - len(window) + window.index(verb) + len(verb):title_start]
        if any(True for _ in _citizen_automaton().iter(described)):
            return None   # 担任楼栋党员组长的X: a leader among citizens (党员, 志愿者), a volunteer's role
        return name

    def _nominee_ending(self, end: int) -> str:
        """The candidate word (候选人, 人选, 提名人选) ending at view index `end` right after a title,
        else "": a chain's earlier segment may be a post the person is a candidate for."""
        text = self.view.text
        word = next((w for w in _CHAIN_NOMINEE_WORDS if text.endswith(w, 0, end)), "")
        return word if word and self._title_ending(end - len(word)) else ""

    def _before_place_prefix(self, post: _Post) -> int:
        """Where `post` starts once a place written right before its named body is counted in
        (、香港|长沙商会副会长: the organisation reader named the body without the place of the
        chapter; the chain's 、 stands before the place), else its start."""
        place = self.place_at.get(post.start) if post.org is not None else None
        return self.start_of(place) if place is not None else post.start

    def _with_chained_unit(self, post: _Post) -> _Post:
        """省人大常委会副秘书长、研究室主任; 财经委副主任委员、常委会预工委主任: a unit written with no body
        between a chain's 、 and the title is a unit of the body of the post before it (see resolve)."""
        if post.org is not None or post.place is not None:
            return post
        text = self.view.text
        team = next((t for t in _TEAMS if text.startswith(t, post.title_start)), None)
        if team is not None and post.start == post.title_start:   # 、乡村振兴|工作队队长: the team's name
            for k in range(post.start - 2, max(0, post.start - 7), -1):
                run = text[k:post.start]
                if not all(CJK.match(ch) and ch not in _PARTICLES for ch in run) or _contains_title(run):
                    break
                if text[k - 1] in "、兼" and self._title_ending(k - 1):
                    post.start, post.unit = k, run + team
                    return post
        k = post.start - len(_GOVERNMENT)
        if text.startswith(_GOVERNMENT, k) and k > 0 and text[k - 1] == "、" \
                and _GOV_HEAD.match(self._title_ending(k - 1) or ""):
            post.start, post.unit = k, _GOVERNMENT   # 市长助理、政府秘书长X: the government of the head before
            return post
        for k in range(post.start - 2, max(0, post.start - 9), -1):
            unit = text[k:post.start]
            if not CJK.match(text[k]) or text[k] in _PARTICLES:
                return post
            if text[k - 1] in "、兼" and self._title_ending(k - 1) and _chained_unit(unit):
                post.start, post.unit = k, unit
                return post
        return post

    def _title_ending(self, end: int) -> str | None:
        text = self.view.text
        best = None
        for title in title_words():
            if end >= len(title) and text[end - len(title):end] == title and (best is None or len(title) > len(best)):
                best = title
        return best

    def segment(self, title_start: int, title_end: int) -> _Post:
        """[place][body][qualifier]title: find the body ending where the title (or qualifier) begins."""
        text = self.view.text
        for inner in range(title_start + 1, title_end):  # 香樟社区党支部|书记, not 党|支部书记
            if inner in self.org_at and (text[inner:title_end] in title_words()
                                         or _deputy_of(self.org_at[inner], text[inner:title_end])):
                title_start = inner   # (省人大|代表: a deputy of that congress, 代表 alone no title)
                break
        post = _Post(title_start, title_start, title_end)
        outer = self._cell_owner(title_start)
        if outer is not None:  # 湖南省贸促会党组|成员 read as 湖南省贸促会 + 党组成员
            post.org, post.org_start, post.start = outer, self.start_of(outer), self.start_of(outer)
            return post
        pos = title_start
        for qualifier in sorted(load_lines("title_qualifiers.txt"), key=len, reverse=True):
            if text[max(0, pos - len(qualifier)):pos] == qualifier:
                pos -= len(qualifier)
                break
        if pos == title_start and text[max(0, pos - 3):pos] == "、常委" and _GOV_HEAD.match(text[pos:title_end]):
            pos -= 2   # 县委常委、常委副县长: a government head who sits on the standing committee
        native = pos > 0 and text[pos - 1] == "籍" and pos - 1 in self.place_at
        if native:  # 望城籍警官: a native place, not the body
            pos = self.start_of(self.place_at[pos - 1])
            if pos not in self.org_at:
                return self._with_unnamed_body(post, pos, "")   # 武警湖南省总队望城籍警官; else from context
        paren = re.search(r"[(（][\u4e00-\u9fff]{1,6}[)）]$", text[max(0, pos - 8):pos])
        if paren and pos - len(paren.group(0)) in self.org_at:  # 烟草专卖局(分公司)负责人
            pos -= len(paren.group(0))
        post.former = self._former_marker_after_body(pos) == 1   # 教育部原副部长: the body, 原, the former post
        pos -= 1 if post.former else 0
        org = self.org_at.get(pos)
        if org is not None and self._cell_inside_body(org, pos):
            org = None   # 市发展和改革委员会党组书记: the cell of the whole body, not of 改革委员会
        if org is None:  # X公司党委 / X局党组: the party cell of a named body
            cell = next((c for c in _PARTY_CELLS if text[max(0, pos - len(c)):pos] == c), None)
            named = self.org_at.get(pos - len(cell)) if cell else None
            if named is not None and named.kind != "party":
                post.org, post.org_start, post.start = named, self.start_of(named), self.start_of(named)
                return post
        if org is not None:
            post.org, post.org_start, post.start = org, self.start_of(org), self.start_of(org)
            return post
        place = self.place_at.get(pos)
        if place is not None:
            post.place, post.start = place, self.start_of(place)
            return post
        near = self._place_just_before(pos)
        if near is not None:  # 植木桥村合兴祥组 村民小组长
            post.place, post.start = near, self.start_of(near)
            return post
        unit_of = self._org_with_unit_before(pos)
        if unit_of is not None:  # X基金会 公募基金 部长: a unit of the body, written into the role
            post.org, post.org_start, post.start = unit_of, self.start_of(unit_of), self.start_of(unit_of)
            if unit_of.kind in ("party", "government"):   # 市人大常委会 研究室 主任: the unit is the body
                post.unit = text[post.org_start + len(unit_of.surface):pos]
            return post
        own = _OWN_DEPARTMENT.search(text, max(0, pos - 5), pos)
        if own is not None:   # 市生态环境局召开会议，局党组书记、局长X: the department of the article
            post.own = self._recent_org(own.start(1), own.group(1))
            post.own_end = own.end(1)
            if post.own is not None:
                post.start = own.start(1)
                return post
        post.start = pos
        return self._with_unnamed_body(post, pos, text[title_start:title_end])

    def _former_marker_after_body(self, pos: int) -> int:
        """1 when 原 stands between a named body and the title at view index `pos` (湖南省政协原副主席,
        教育部原副部长: the genre writes a former post as body + 原 + title, and the body is still the
        post's body), else 0. Only after a body the organisation reader found ending right there, so
        the 原 of a name (太原, 高原) is never taken for it."""
        text = self.view.text
        if pos < 2 or text[pos - 1] != _FORMER_INSIDE or pos in self.org_at:
            return 0
        return 1 if pos - 1 in self.org_at else 0

    def _with_unnamed_body(self, post: _Post, pos: int, title: str) -> _Post:
        """A clause that opens with a body's name the organisation reader did not find, the title
        right after it (，香港青年联会主席X; ；武警湖南省总队望城籍警官X): the run of characters from the
        clause's opening mark to `pos` is the body when it ends as a body's name does (会, 司, 部, 总队 …),
        or, before a company's title (副总, 董事长), when it is no dictionary word (，中交郴筑副总X: a
        company's short name). A run holding a particle, a title or a place's end is a clause, not a name.
        A 的 may join a body with such an ending to the title (。新晃康健大药房的负责人X)."""
        text = self.view.text
        linked = bool(title) and pos > 0 and text[pos - 1] == _LINKED
        pos -= linked
        start = pos
        while start > 0 and pos - start < _UNNAMED_BODY_MAX and CJK.match(text[start - 1]) \
                and text[start - 1] not in _PARTICLES and text[start - 1] not in "和与及由为有":
            start -= 1
        if start > 0 and CJK.match(text[start - 1]) or pos - start < 2:
            return post   # no opening mark before the run: a verb or particle opens it (看望, 的)
        run = text[start:pos]
        if start > 0 and text[start - 1] == "、" and self._title_ending(start - 1):
            if _DELEGATION.search(run) and not _contains_title(run):   # 商会会长、考察团副团长X
                return self._delegation_body(post, start, pos)
            return post   # 党组成员、计生协会常务副会长: a unit of the chain's body (_with_chained_unit)
        if _contains_title(run) or pos in self.place_at and self.start_of(self.place_at[pos]) == start:
            return post   # a title's chain, or a place alone (its own readers)
        end = _UNNAMED_BODY_END.search(run)
        if end is not None and (end.start() == 0 or run in _word_tags()):
            return post   # 公司党委副书记, 合作社理事长: a class noun, the body named before (_context_body)
        if end is None and (linked or not (
                title in _COMPANY_TITLES and 2 < len(run) <= 8 and run[:2] not in _word_tags() and run not in _word_tags())):
            return post
        inside = next((self.place_at[e] for e in range(start + 1, pos + 1)
                       if e in self.place_at and self.start_of(self.place_at[e]) >= start), None)
        org = OrgMention(self.view.doc_span(start, pos), run, run, _kind_of_named(run),
                         inside.key if inside is not None else None, listed=False)
        post.org, post.org_start, post.start = org, start, start
        return post

    def _delegation_body(self, post: _Post, start: int, pos: int) -> _Post:
        """商会会长、考察团副团长X: a delegation (考察团, 代表团) written after a chain's 、 is no unit of the
        body before it but the group the person leads — the one the article named in full before
        (香港…经济考察团), else the delegation as written."""
        run = self.view.text[start:pos]
        named = self._recent_org(start, run)
        org = named if named is not None else OrgMention(self.view.doc_span(start, pos), run, run, "other", None,
                                                         listed=False)
        post.org, post.org_start, post.start = org, start, start
        return post

    def _cell_inside_body(self, org: OrgMention, pos: int) -> bool:
        """Is `org` (ending at `pos`) a party cell read from inside a longer named body that ends
        where the cell begins (改革委员会党组 inside 长沙市发展和改革委员会 + 党组: a name holding 和)?"""
        cell = next((c for c in _PARTY_CELLS if org.kind == "party" and org.name.endswith(c)), None)
        named = self.org_at.get(pos - len(cell)) if cell else None
        return named is not None and named.kind != "party" and self.start_of(named) < self.start_of(org)

    def _org_with_unit_before(self, pos: int, gap: int = 6) -> OrgMention | None:
        """A named body (company, department, association) ending 2-6 characters before `pos`,
        the characters between naming one of its units (no particle, title or place)."""
        text = self.view.text
        for end in range(pos - 2, max(0, pos - gap) - 1, -1):
            between = text[end:pos]
            if not all(CJK.match(ch) and ch not in _PARTICLES and ch not in "和与及" for ch in between):
                return None
            org = self.org_at.get(end)
            if org is not None:
                if end in self.place_at or org.kind in ("party", "government") and not _named_unit(between, org.name):
                    return None
                if any(t in between for t in title_words()) or any(a < pos and end < b for a, b in self.place_ranges):
                    return None
                return org
        return None

    def _cell_owner(self, title_start: int) -> OrgMention | None:
        """The body whose party cell opens the title (X党组 + 党组成员 -> X), else None."""
        text = self.view.text
        for cell in _PARTY_CELLS:
            org = self.org_at.get(title_start + len(cell))
            if (org is not None and text.startswith(cell, title_start) and org.name.endswith(cell)
                    and len(org.surface) > len(cell) and not is_level_char(org.surface[-len(cell) - 1])):
                name = org.name[: -len(cell)]
                return replace(org, span=Span(org.span.start, org.span.end - len(cell)),
                               surface=org.surface[: -len(cell)], name=name, kind=_kind_of_named(name))
        return None

    def _place_just_before(self, pos: int, gap: int = 6) -> PlaceMention | None:
        """A village/community written a few characters before `pos` with only CJK between."""
        text = self.view.text
        for end in range(pos - 1, max(0, pos - gap) - 1, -1):
            if not CJK.match(text[end]):
                return None
            place = self.place_at.get(end)
            if place is not None:
                return place if self.level(place.key) in _VILLAGE_LEVELS else None
        return None

    def resolve(self, post: _Post, before: _Post | None) -> None:
        """Fill role / org_name / org_kind / place_key of a segment."""
        text = self.view.text
        title = text[post.title_start:post.title_end]
        role_tail = text[(post.org_start + len(post.org.surface)) if post.org else post.start:post.title_end]
        role_tail = role_tail.removeprefix(_LINKED)   # 大药房|的|负责人: the title alone
        if post.former:
            role_tail = role_tail.removeprefix(_FORMER_INSIDE)   # 政协|原|副主席: 副主席, a former post
        if "籍" in role_tail[:-len(title)]:   # 武警湖南省总队|望城籍|警官: the native place is no part of the role
            role_tail = role_tail[role_tail.index("籍") + 1:]
        if post.org is not None and post.org.kind != "party" and role_tail.startswith(_PARTY_CELLS):
            post.role, post.org_name = role_tail, post.org.name
            post.org_kind, post.place_key = post.org.kind, post.org.place_key
            return
        if post.own is not None:   # 局党组书记 -> 党组书记 of the article's 局
            post.role, post.org_name = text[post.own_end:post.title_end], post.own.name
            post.org_kind, post.place_key = post.own.kind, post.own.place_key
            return
        if post.unit and post.org is not None:   # 县委第一巡察组 组长: the unit of the committee
            post.role, post.org_name = title, post.org.name + post.unit
            post.org_kind, post.place_key = _kind_of_named(post.org_name), post.org.place_key
            return
        if post.unit == _GOVERNMENT and before is not None and before.org_name.endswith(_GOVERNMENT):
            post.role, post.org_name = title, before.org_name   # 市长助理、政府秘书长X: 醴陵市政府
            post.org_kind, post.place_key = before.org_kind, before.place_key
            return
        if post.unit and before is not None and before.org_name and self._level_seat(before):
            post.role = text[post.start + len(post.unit):post.title_end]   # 县政协委员、扶贫办纪检书记X
            post.org_name = (place_name(self.gaz, before.place_key) or "") + post.unit   # the level's office
            post.org_kind, post.place_key = _kind_of_named(post.org_name), before.place_key
            return
        if post.unit and before is not None and before.org_name and (
                before.org_kind != "other" or self.level(before.place_key) in _VILLAGE_LEVELS):
            post.role = text[post.start + len(post.unit):post.title_end]   # with its qualifier (常务副会长)
            post.org_name = _unit_of_body(before.org_name, post.unit)   # …、研究室主任
            if _association(post.unit) or _chief_office(post.unit):   # …、计生协会常务副会长; …、河长办主任: the level's
                post.org_name = (place_name(self.gaz, before.place_key) or "") + post.unit
            post.org_kind, post.place_key = _kind_of_named(post.org_name), before.place_key
            return
        if _cell_of_chained_body(post, before, text):   # 市农委主任、党组书记X: the 农委's party group
            assert post.org is not None and before is not None
            post.role, post.org_name = post.org.surface + role_tail, before.org_name
            post.org_kind, post.place_key = before.org_kind, before.place_key
            if before.org_kind == "government":   # 县人大常委会主任、党组书记X: 湘阴县人大常委会党组
                post.org_name, post.org_kind = before.org_name + post.org.surface, "party"
            return
        if post.org is not None:
            org = post.org
            cell = next((c for c in _PARTY_CELLS if org.name.endswith(c)), None)
            outer = org.name[: -len(cell)] if cell else ""
            if cell and (_NAMED_BODY_END.search(outer) or _department_commission(outer)):
                post.role, post.org_name, post.org_kind = cell + role_tail, outer, _kind_of_named(outer)
            elif org.kind in ("party", "government"):
                post.role = self._role_with_level(org, role_tail)
                post.org_name, post.org_kind = org.name, org.kind
            else:
                post.role, post.org_name, post.org_kind = role_tail, org.name, org.kind
            post.place_key = org.place_key
            self._county_of_shorthand(post, org)
            self._name_village_body(post)
            post.seat = _deputy_of(org, title)
            if post.seat and not is_level_char(org.surface[:1]):   # 全国人大代表: no place name to strip
                post.role = org.surface + title
            return
        post.role = text[post.start:post.title_end]
        if post.place is not None:
            place_end = self.view.view_pos(post.place.span.end)
            between = text[place_end:post.title_start]
            post.role = title
            post.org_name, post.org_kind = self._place_label(post.place) + between, "other"
            post.place_key = post.place.key
            if between in load_lines("title_qualifiers.txt"):   # 岳阳经开区扶贫干部: the place's, 扶贫干部
                post.role, post.org_name = between + title, self._place_label(post.place)
            if not between and _GOV_HEAD.match(title):   # 湖南省副省长: the province's government
                post.org_name, post.org_kind = post.org_name + "政府", "government"
            if not between and _ZONE_HEAD.match(title) and _is_zone(post.org_name):   # 株洲经开区副主任
                post.org_name, post.org_kind = post.org_name + _ZONE_BODY, "government"
            return
        gov = _GOV_HEAD.match(title)
        if gov:
            key = self._level_place(before, gov.group(1), post.title_start)
            name = self._county_name(key) if gov.group(1) == "县" else place_name(self.gaz, key)
            post.org_name = f"{name}政府" if name else ""
            post.org_kind, post.place_key = "government", key
            return
        village_post = title.startswith(_VILLAGE_TITLE_HEADS) and self.level(before.place_key if before else None) \
            not in _VILLAGE_LEVELS
        if before is not None and before.org_name and not village_post and not before.seat:
            if title in _VILLAGE_ONLY_POSTS and self.level(before.place_key) in _VILLAGE_LEVELS and before.place_key:
                post.org_name = place_name(self.gaz, before.place_key) or before.org_name   # …工作队队长、第一书记
                post.org_kind, post.place_key = "other", before.place_key
                return
            if before.org_kind in ("department", "company", "other") and not before.place:
                post.org_name, post.org_kind, post.place_key = before.org_name, before.org_kind, before.place_key
                return
            if self.level(before.place_key) in _VILLAGE_LEVELS:
                post.org_name = place_name(self.gaz, before.place_key) or before.org_name
                post.org_kind, post.place_key = "other", before.place_key
                return
            post.org_name, post.org_kind, post.place_key = before.org_name, before.org_kind, before.place_key
            owner = _cell_owner_name(before.org_name)
            if owner and before.org_kind == "party" and not _party_post(title):   # …党组副书记、副主任
                post.org_name, post.org_kind = owner, "government" if owner.endswith(_ASSEMBLIES) else "department"
            return
        self._context_body(post, title)

    def _level_seat(self, post: _Post) -> bool:
        """Is `post` a seat in an assembly (县人大代表, 市政协委员; 政协委员 written bare, read with the
        article's place)? Such a seat is no body for a unit written after the chain's 、: the unit is
        an office of the seat's level (县政协委员、扶贫办主任: the county's 扶贫办)."""
        text = self.view.text
        title = text[post.title_start:post.title_end]
        written = text[max(0, post.title_start - 2):post.title_start]
        return post.seat or (title == "委员" and written == "政协"
                             and (post.org_name.endswith("政协") or post.org_name == place_name(self.gaz, post.place_key)))

    def _county_of_shorthand(self, post: _Post, org: OrgMention) -> None:
        """县委书记X, 县委常委 written short in an article that names a county-level city only as X市
        (常宁市党政代表团来我县考察 … 县委书记雷高飞): 县 is the county in context (祁东县), not the city —
        a county-level city's committee is its 市委."""
        if org.surface[:1] != "县" or not org.place_key or org.name != level_body_name(
                place_name(self.gaz, org.place_key) or "", org.surface):
            return
        county = self._county_instead(org.place_key, self.start_of(org))
        if county != org.place_key:
            post.org_name = level_body_name(self._county_name(county), org.surface)
            post.place_key = county

    def _county_instead(self, key: str | None, pos: int) -> str | None:
        """`key` for a word of the level 县, unless it is a county-level city the article writes only
        as X市 (常宁市, never 常宁县): then the article's county, else the county named last before
        `pos` in the article, else the first named after it; `key` when there is none."""
        if self.level(key) != "county_city" or self._a_county(key):
            return key
        if not any(m.key == key and m.surface.endswith("市") for m in self.places):
            return key
        article = self.doc.article_at(self.view.to_doc[min(pos, len(self.view.to_doc) - 1)])
        home = self.article_place.get(article.index) if article is not None else None
        entry = self.gaz.entries.get(home or "")
        for place in ([entry] + self.gaz.ancestors(entry.key)) if entry is not None else []:
            if self._a_county(place.key):
                return place.key
        lo = self._article_start(pos)
        hi = self.view.view_pos(article.span.end) if article is not None else len(self.view.text)
        counties = [p for p in self.places if lo <= self.start_of(p) < hi and self._a_county(p.key)]
        before = [p for p in counties if self.start_of(p) < pos]
        chosen = before[-1] if before else (counties[0] if counties else None)
        return chosen.key if chosen is not None else key

    def _county_name(self, key: str | None) -> str:
        """The name of a place of the level 县 as the article writes it (祁阳县, though now 祁阳市)."""
        name = place_name(self.gaz, key) or ""
        written = [m.surface for m in self.places if m.key == key and m.surface.endswith("县")]
        return max(written, key=len) if self.level(key) == "county_city" and written else name

    def _a_county(self, key: str | None) -> bool:
        """A place a word of the level 县 may name: a county, or a county-level city the article
        writes as X县 (祁阳县, now 祁阳市)."""
        level = self.level(key)
        return level == "county" or level == "county_city" and any(
            m.key == key and m.surface.endswith("县") for m in self.places)

    def _name_village_body(self, post: _Post) -> None:
        """社区党委 / 村党支部 written without the village's name: the village or community in
        context (牛婆塘社区党委), if there is one."""
        head = next((h for h in ("社区", "村") if post.org_name.startswith(h)), None)
        if head is None or post.org is None or post.org.surface != post.org_name:
            return
        place = self._recent_place(post.start, _VILLAGE_LEVELS)
        if place is not None and self._place_label(place).endswith(head):
            post.org_name = self._place_label(place) + post.org_name[len(head):]
            post.place_key = place.key

    def _role_with_level(self, org: OrgMention, role_tail: str) -> str:
        """Party/government posts keep the level character of the body (镇党委书记, 市委常委)."""
        body = org.surface
        for end in sorted((e for e in self.place_at if self.start_of(org) < e <= self.start_of(org) + len(body)),
                          reverse=True):
            inner = body[end - self.start_of(org):]
            prev = body[end - self.start_of(org) - 1]
            place = self.place_at[end]
            keep = prev in LEVEL_CHARS and not is_level_char(inner[:1]) and self.level(place.key) not in _VILLAGE_LEVELS
            return (prev if keep else "") + inner + role_tail
        return body + role_tail if is_level_char(body[:1]) else role_tail

    def _place_label(self, place: PlaceMention) -> str:
        name = place_name(self.gaz, place.key)
        return name if name and place.surface in name else place.surface

    def _level_place(self, before: _Post | None, level_char: str, pos: int) -> str | None:
        """The place of level `level_char` for a government head: the chain's, else from context."""
        if before is not None and before.place_key:
            level = self.level(before.place_key)
            if level in LEVELS_OF_CHAR.get(level_char, ()):
                return before.place_key
        key = resolve_level(self.doc, self.view.to_doc[pos], level_char + "政府", self.article_place,
                            self.places, self.gaz)
        return self._county_instead(key, pos) if level_char == "县" else key

    def _context_body(self, post: _Post, title: str) -> None:
        """A title with nothing before it: 该公司总经理, 田长X (the village in context), else the article."""
        text = self.view.text
        if title in ("主席", "副主席") and text[max(0, post.title_start - 2):post.title_start] == "人大":
            congress = self._town_congress_post(post.title_start - 2, post.title_end)   # 该镇五届人大主席X
            if congress is not None:
                post.start, post.role, post.org_name = congress.start, congress.role, congress.org_name
                post.org_kind, post.place_key = congress.org_kind, congress.place_key
                return
        if title in collective_titles() and is_level_char(title[:1]):   # 省领导 -> 湖南省, 县领导 -> the county
            key = self._article_place_of_level(post.title_start, title[0])
            if place_name(self.gaz, key):
                post.org_name, post.org_kind, post.place_key = place_name(self.gaz, key) or "", "other", key
                return
        committee = self._assembly_committee(post)
        if committee is not None:   # 市人大副主任A、组织部副部长B、人大联工委主任C: 武冈市人大联工委
            post.start, post.role = post.start - len(committee[0]), title
            post.org_name, post.org_kind, post.place_key = committee[1], "government", committee[2]
            return
        before = text[max(0, post.start - 4):post.start]
        m = re.search(r"(?:该|本)(公司|企业|局|中心|村|社区|镇|乡|街道|县|区|市)$", before) \
            or _BARE_COMPANY.search(before) or _BARE_INSTITUTION.search(before)
        if m:
            post.start -= len(m.group(0))
            post.role = title
            org = self._recent_org(post.start, m.group(1))
            if org is None and _BARE_COMPANY.fullmatch(m.group(0)):
                org = self._recent_org(post.start, _ANY_COMPANY)   # 湖南某集团…，公司党委书记X: the group
            if org is not None:
                post.org_name, post.org_kind, post.place_key = org.name, org.kind, org.place_key
                return
            if _BARE_INSTITUTION.fullmatch(m.group(0)) or _BARE_COMPANY.fullmatch(m.group(0)):
                post.org_name, post.org_kind, post.place_key = m.group(1), "other", None
                return   # 学院党委书记X visiting a township: the unnamed institution, never the place visited
        own = _OWN_INSTITUTION.search(before)
        if own:   # 我院院长X, 本校党委书记Y: the writer's institution, the one of that class the article names
            org = self._own_institution(post.start, own.group(1))
            if org is not None:
                post.start -= len(own.group(0))
                post.role = title
                post.org_name, post.org_kind, post.place_key = org.name, org.kind, org.place_key
                return
        cell = next((c for c in ("支部", "总支", "党委") if title.startswith(c) and title.endswith(("书记", "委员"))),
                    None)
        if cell is not None:   # 成立X党支部…支部书记由某担任, 该中心党委…党委委员X: the cell named before in the article
            org = self._recent_org(post.start, cell)
            if org is not None and self._article_start(post.start) <= self.start_of(org):
                post.org_name, post.org_kind, post.place_key = org.name, org.kind, org.place_key
                return
        team = next((t for t in _TEAMS if t in title), None)
        if team is not None:   # 油斯村来了X驻村帮扶工作队 … 驻村帮扶工作队队长Y: the team the article named before
            written = text[post.start:post.title_start + title.index(team) + len(team)]
            org = self._recent_org(post.start, written)
            if written != team and org is not None and len(org.name) > len(written):
                post.org_name, post.org_kind, post.place_key = org.name, org.kind, org.place_key
                return
        if title == _HEAD:   # 在某某有限公司车间里…。负责人X: the company named since the last village
            company = self._recent_org(post.start, _ANY_COMPANY)
            village = self._recent_place(post.start, _VILLAGE_LEVELS)
            if company is not None and (village is None or self.start_of(company) > self.start_of(village)):
                post.org_name, post.org_kind, post.place_key = company.name, company.kind, company.place_key
                return
        if title in _village_titles() or title in ("主任", "干部", "负责人") or title.startswith(_VILLAGE_TITLE_HEADS):
            place = self._recent_place(post.start, _VILLAGE_LEVELS)
            if place is None and _strict_village_title(title):   # 村支书张明忠 (a headline), 仙人溪村 named later
                place = self._only_village_after(post.start)
            if place is not None:
                post.org_name, post.org_kind, post.place_key = self._place_label(place), "other", place.key
                return
        article = self.doc.article_at(self.view.to_doc[min(post.start, len(self.view.to_doc) - 1)])
        key = self.article_place.get(article.index) if article is not None else None
        post.org_name = place_name(self.gaz, key) or ""
        post.org_kind, post.place_key = "other", key
        if not post.org_name and title in _SESSION_POSTS:
            assembly = self._session_assembly(post.start)   # 县十七届人大一次会议…执行主席X: 县人大
            if assembly:
                post.org_name, post.org_kind = assembly, "government"

    def _assembly_committee(self, post: _Post) -> tuple[str, str, str] | None:
        """(written, body, place key) of an assembly's committee written without its level right after a
        list mark (、人大联工委主任C, ，政协文史委主任D): the committee of the assembly the sentence named
        before it with its place (市人大副主任A -> 武冈市人大), else None."""
        text = self.view.text
        m = _ASSEMBLY_COMMITTEE.search(text, max(0, post.start - 10), post.start)
        if m is None:
            return None
        lo = _sentence_start(text, m.start())
        named = [o for o in self.orgs if lo <= self.start_of(o) < m.start() and o.place_key
                 and m.group(2) in o.name and is_level_char(o.surface[:1]) and place_name(self.gaz, o.place_key)]
        if not named:
            return None
        org = max(named, key=self.start_of)
        return m.group(1), (place_name(self.gaz, org.place_key) or "") + m.group(1), org.place_key or ""

    def _session_assembly(self, pos: int) -> str | None:
        """The congress or CPPCC whose session the article at `pos` reports, as written with its
        level (县十七届人大一次会议 -> 县人大; 市政协十届三次会议 -> 市政协), or None."""
        lo = self._article_start(pos)
        article = self.doc.article_at(self.view.to_doc[min(pos, len(self.view.to_doc) - 1)])
        hi = self.view.view_pos(article.span.end) if article is not None else len(self.view.text)
        m = _SESSION.search(self.view.text, lo, hi)
        return m.group(1) + (m.group(2) or m.group(3)) if m else None

    def _article_place_of_level(self, pos: int, level_char: str) -> str | None:
        """The article's main place, or its ancestor, of the level `level_char` names (省 of 长沙市
        is 湖南省); a county-level city counts as a 县 when the article writes it so (祁阳县, now 祁阳市:
        县领导 of a 2016 report is its own county's); else the place of that level in context."""
        article = self.doc.article_at(self.view.to_doc[min(pos, len(self.view.to_doc) - 1)])
        key = self.article_place.get(article.index) if article is not None else None
        entry = self.gaz.entries.get(key or "")
        chain = ([entry] + self.gaz.ancestors(entry.key)) if entry is not None else []
        for place in chain:
            if place.level in LEVELS_OF_CHAR.get(level_char, ()):
                return place.key
            if level_char == "县" and place.level == "county_city" \
                    and any(m.key == place.key and m.surface.endswith("县") for m in self.places):
                return place.key
        key = resolve_level(self.doc, self.view.to_doc[pos], level_char + "政府", self.article_place, self.places,
                            self.gaz)
        return self._county_instead(key, pos) if level_char == "县" else key

    def _own_institution(self, pos: int, cls: str) -> OrgMention | None:
        """The institution a 我院/本校 written at `pos` stands for: the one body of that class (院: a
        hospital, college or institute; 校: a school) the article names anywhere — in a page of its
        own the name often comes only later (湘东医院作为一所三级医院) — and not in the sentence of
        `pos`: 我校委托管理X中学 names another school. None when the article names none or several."""
        lo = self._article_start(pos)
        article = self.doc.article_at(self.view.to_doc[min(pos, len(self.view.to_doc) - 1)])
        hi = self.view.view_pos(article.span.end) if article is not None else None
        sentence = (_sentence_start(self.view.text, pos), self._sentence_end(pos))
        names: dict[str, OrgMention] = {}
        for org in self.orgs:
            start = self.start_of(org)
            if start < lo or hi is not None and start >= hi or not org.name.endswith(_OWN_CLASSES[cls]):
                continue
            if sentence[0] <= start < sentence[1]:
                return None
            names.setdefault(org.name, org)
        return next(iter(names.values())) if len(names) == 1 else None

    def _sentence_end(self, pos: int) -> int:
        text = self.view.text
        ends = [i for i in (text.find(ch, pos) for ch in "。！？\n") if i >= 0]
        return min(ends) if ends else len(text)

    def _recent_org(self, pos: int, suffix: str) -> OrgMention | None:
        """The last body before `pos` in its article whose name ends with `suffix` (a bare 省委 is the
        Communist Party's committee: never a democratic party's written short, 九三学社湖南省委)."""
        lo = self._article_start(pos)
        best = None
        for org in self.orgs:
            start = self.start_of(org)
            if lo <= start < pos and (org.name.endswith(suffix) or suffix == "企业" and org.kind == "company") \
                    and not org.name.startswith(democratic_parties()):
                best = org
        return best

    def _recent_place(self, pos: int, levels: set[str]) -> PlaceMention | None:
        lo = self._article_start(pos)
        best = None
        for place in self.places:
            start = self.start_of(place)
            if lo <= start < pos and self.level(place.key) in levels:
                best = place
        return best

    def _only_village_after(self, pos: int) -> PlaceMention | None:
        """The village (or community) the rest of the article names, when it names only one or one
        at least twice as often as any other (仙人溪村, merged from 犀牛潭 and 熊壁岩 named once); a
        headline read as an article of its own looks into the article it heads."""
        doc_pos = self.view.to_doc[min(pos, len(self.view.to_doc) - 1)]
        article = self.doc.article_at(doc_pos)
        end = article.span.end if article is not None else len(self.doc.text)
        if article is not None and "\n" not in self.doc.text[article.span.start:article.span.end].strip():
            following = [a for a in self.doc.articles if a.index == article.index + 1]
            end = following[0].span.end if following else end   # 追逐…的村支书张明忠 (the headline)
        hi = self.view.view_pos(end)
        after = [p for p in self.places if pos <= self.start_of(p) < hi and self.level(p.key) in _VILLAGE_LEVELS]
        counts = Counter(p.key for p in after).most_common(2)
        if not counts or len(counts) == 2 and counts[0][1] < 2 * counts[1][1]:
            return None   # two villages named about as often: the post's village is not known
        return next(p for p in after if p.key == counts[0][0])

    def _article_start(self, pos: int) -> int:
        doc_pos = self.view.to_doc[min(pos, len(self.view.to_doc) - 1)]
        article = self.doc.article_at(doc_pos)
        return self.view.view_pos(article.span.start) if article is not None else 0

    def mention(self, post: _Post, chain_start: int, name_start: int, name: str) -> OfficialMention:
        span = self.view.doc_span(min(chain_start, name_start), name_start + len(name))
        name_span = self.view.doc_span(name_start, name_start + len(name))
        return OfficialMention(span, name_span, name, post.role, party_cell_in_full(post.org_name), post.org_kind,
                               post.place_key, _written_status(post))

    # ------------------------------------------------------------ other patterns
    def appointed(self, name: str, title_end: int, name_end: int, mentions: list[OfficialMention],
                  found: list[OfficialMention]) -> list[OfficialMention]:
        """NAME任组长/政委: a post in the task force named earlier in the paragraph; shared by the
        officials listed right before with a comma (A，B任组长)."""
        text = self.view.text
        if text[name_end:name_end + 1] == _NAMED_AS:
            return self._named_as(name, title_end, name_end)
        if text[name_end:name_end + 1] != "任":
            return []
        title = title_at(text, name_end + 1)
        if title is None:
            return []
        force = None
        for org in self.orgs:
            start = self.start_of(org)
            if name_end - 200 <= start < name_end and _TASK_FORCE.search(org.name) and "\n" not in text[start:name_end]:
                force = org
        if force is None:
            return []
        span = self.view.doc_span(title_end, name_end + 1 + len(title))
        name_span = self.view.doc_span(title_end, name_end)
        out = [OfficialMention(span, name_span, name, title, force.name, force.kind, force.place_key)]
        # officials before, joined by "，" (邹志超，…曾毅鹏任组长)
        chain_start = self.view.view_pos(mentions[0].span.start) if mentions else title_end
        for prev in reversed(found[: len(found) - len(mentions)]):
            prev_end = self.view.view_pos(prev.name_span.end)
            if prev_end + 1 == chain_start and text[prev_end] in _COMMAS:
                out.append(OfficialMention(prev.span, prev.name_span, prev.person, title, force.name, force.kind,
                                           force.place_key))
                chain_start = self.view.view_pos(prev.span.start)
            elif prev_end + 1 < chain_start:
                break
        return out

    def _named_as(self, name: str, name_start: int, name_end: int) -> list[OfficialMention]:
        """成立以/由 [TITLE] A为组长、[TITLE] B为副组长的 X领导小组: each name holds the title after its 为 in
        the body the construction founds (the task force or committee named after 的)."""
        text = self.view.text
        clause_start = max(text.rfind(p, 0, name_start) for p in "，,。；;\n") + 1
        if not _FOUNDED_BY.search(text, clause_start, name_start):
            return []
        title = title_at(text, name_end + 1)
        if title is None:
            return []
        after = name_end + 1 + len(title)
        clause_end = min((i for i in (text.find(p, after) for p in "，,。；;\n") if i >= 0), default=len(text))
        of = text.find("的", after, clause_end)
        if of < 0:
            return []
        body = next((org for org in self.orgs if of < self.start_of(org) <= of + 3
                     and _FOUNDED_BODY.search(org.name)), None)
        if body is None:
            return []
        span = self.view.doc_span(name_start, after)
        return [OfficialMention(span, self.view.doc_span(name_start, name_end), name, title, body.name, body.kind,
                                body.place_key)]

    def postnominal(self, taken: list[tuple[int, int]]) -> list[OfficialMention]:
        """NAME + post-nominal title (柏连阳院士, 习近平总书记)."""
        text = self.view.text
        out = []
        units: list[tuple[int, str]] = []   # (end, unit) of the posts read with a unit before the name
        for title, body in sorted(postnominal_titles().items(), key=lambda item: len(item[0])):
            for m in re.finditer(re.escape(title), text):
                held = next((a for a, b in taken if b == m.start()), None) if is_level_char(body[:1]) else None
                if self.excluded(m.start()) or held is None and any(a <= m.start() - 1 < b for a, b in taken) \
                        or self.inside_place(m.start(), m.end()):
                    continue   # 古阳镇长潭村: no 镇长 inside a place name
                found = ((text[held:m.start()], held) if held is not None
                         else read_name_before(text, m.start(), self.gaz))
                unit = ""
                unit_only = body == _UNIT_ONLY
                body = "" if unit_only else body
                if held is None and not body:   # 老年医学科宁爱丽教授: a unit written before the name
                    after_unit, unit = self._name_after_unit(m.start())
                    found = after_unit or found
                if unit_only and not unit:
                    continue   # 办公室X主任, X主任说: no unit before the name, 主任 there is no title after a name
                if found is None or title == "同志" or _tail_of_longer_title(text, m.start(), m.end()):
                    continue   # 常务副县长: 县长 ends a longer title, no name before it
                if title in title_words() and _next_post_glued(text, m.start(), self.gaz):
                    continue   # 副主任彭凯副县长张纲学: the title of the name after it, the comma lost
                name, start = found
                if held is None and any(a <= start < b for a, b in taken):
                    continue   # (新任州政协委员田爱珍乡长: a name read after a title also holds the head's post after it)
                if name.endswith("为") and (text[start - 1:start] == "、" or _ELECT.search(text, max(0, start - 2), start)):
                    continue   # 任命王芳、李强为副县长: NAME为 TITLE, read by the decision's grammar
                span = self.view.doc_span(start, m.end())
                kind: OrgKind = "party" if body.endswith(("中央", "委")) else "other"
                key, org = None, body   # (each occurrence resolves the lexicon's body afresh)
                if is_level_char(body[:1]):   # 何报翔副省长: the government of that level in the article
                    key = self._article_place_of_level(m.start(), body[0])
                    if not place_name(self.gaz, key):
                        continue
                    org, kind = (place_name(self.gaz, key) or "") + body[1:], "government"
                if not unit and not body and text[start - 1:start] == _LIST_MARK:
                    unit = next((u for e, u in units if e == start - 1), "")   # 人教处A处长、B副处长: the unit's
                if unit:
                    named = self.org_at.get(start)
                    span = self.view.doc_span(self.start_of(named) if named is not None and named.name == unit
                                              else start - len(unit), m.end())
                    org, kind = unit, _kind_of_named(unit)
                    units.append((m.end(), unit))
                out.append(OfficialMention(span, self.view.doc_span(start, m.start()), name, title, org, kind, key))
        return out

    def _name_after_unit(self, pos: int) -> tuple[tuple[str, int] | None, str]:
        """((name, start), unit) of a name ending at `pos` written right after the name of a unit
        of an institution (老年医学科宁爱丽教授, 化学系张三院士: 科/系/室/所/院/中心 closing 2-8
        characters opened by punctuation or the start of the text), else (None, "")."""
        text = self.view.text
        for n in (3, 2):
            start = pos - n
            name = text[start:pos]
            if start < 3 or not is_person_name(name, self.gaz) or not text[:start].endswith(_UNITS_BEFORE_NAME):
                continue
            named = self.org_at.get(start)
            if named is not None and named.kind != "party" and named.name.endswith(_UNITS_BEFORE_NAME):
                return (name, start), named.name   # 长沙市教育局周小青处长: the body the organisation reader named
            lo = start
            while lo > 0 and CJK.match(text[lo - 1]) and start - lo < 8:
                lo -= 1
            unit = text[lo:start]
            if (lo == 0 or not CJK.match(text[lo - 1])) and len(unit) >= 2 and not any(ch in _PARTICLES for ch in unit) \
                    and not _contains_title(unit):
                return (name, start), unit
        return None, ""

    def personnel(self, taken: list[tuple[int, int]]) -> list[OfficialMention]:
        """Personnel decisions: NAME(同志)任/不再担任 TITLE，提名为 TITLE候选人，提名免去 TITLE职务 —
        each clause of the sentence names a post the person takes, holds or leaves."""
        text = self.view.text
        out: list[OfficialMention] = []
        for m in _APPOINT.finditer(text):
            found = read_name_before(text, m.start(), self.gaz)
            if found is None or self.excluded(m.start()):
                continue
            name, start = found
            if name in _VOTE_WORDS:
                continue
            pos = m.start() + len(m.group(1) or "") + len(m.group(2) or "")
            listed = self._names_listed_before(start) if not m.group(1) else []
            for clause in self._clauses(pos):
                posts = self._clause_posts(name, start, clause.start(2), clause.end(2), clause.group(3))
                status = decision_status(clause.group(1), clause.group(3) or "", self._sentence_text(m.start()),
                                         comrade=bool(m.group(1)))
                out.extend(replace(p, status=status) for p in posts)
                for other, other_start in listed:   # 罗正忠、邹安定、阳岚当选为副镇长: each name holds the post
                    span = self.view.doc_span(other_start, other_start + len(other))
                    out.extend(replace(p, person=other, name_span=span, status=status) for p in posts)
        return out + self._held(taken) + self._dismissed(taken) + self._resigned(taken) + self._elected(taken)

    def _clauses(self, pos: int) -> Iterator[re.Match[str]]:
        """The personnel clauses (_APPOINT_CLAUSE) from view index `pos` on, one after another while
        a comma joins them (任…，提名为…候选人，免去…职务)."""
        text = self.view.text
        while (clause := _APPOINT_CLAUSE.match(text, pos)) is not None:
            yield clause
            pos = clause.end()
            if text[pos:pos + 1] not in ("，", ","):
                return
            pos += 1

    def _held(self, taken: list[tuple[int, int]]) -> list[OfficialMention]:
        """Posts told of a person (see _HELD): NAME现任/曾任 TITLE, or a notice's record whose name
        opens its sentence (NAME，男，…，现任 TITLE，拟任 TITLE), and the decisions that follow in
        the record (拟任 …: nominated)."""
        text = self.view.text
        out: list[OfficialMention] = []
        for m in _HELD.finditer(text):
            if self.excluded(m.start()):
                continue
            found = read_name_before(text, m.start(), self.gaz) or self._record_holder(m.start()) \
                or self._opening_name_before_comma(m.start()) or self._pronoun_holder(m.start())
            if found is None:
                continue
            name, start = found
            status = _HELD_STATUS[m.group()]
            for i, clause in enumerate(self._clauses(m.end() - 1)):   # the clause is read from its 任
                if i > 0:
                    status = decision_status(text[clause.start():clause.start() + 2], "", "")
                    if status != "nominated":
                        break   # only the record's own decisions (拟任) go on from a held post
                posts = self._clause_posts(name, start, clause.start(2), clause.end(2), clause.group(3))
                out.extend(replace(p, status=status) for p in posts)
        return out

    def _opening_name_before_comma(self, pos: int) -> tuple[str, int] | None:
        """李华，现任邵东县委书记: the name that is its sentence's whole first clause, right before the
        comma before `pos`."""
        text = self.view.text
        if text[pos - 1:pos] not in ("，", ","):
            return None
        found = read_name_before(text, pos - 1, self.gaz)
        if found is None or text[found[1] - 1:found[1]] not in _CLAUSE_OPENERS:
            return None
        return found

    def _pronoun_holder(self, pos: int) -> tuple[str, int] | None:
        """…的马俭平，他是民盟成员，时任 TITLE: the clause before `pos` opens with 他/她, whose person is the
        name right before that clause's comma."""
        text = self.view.text
        if text[pos - 1:pos] not in ("，", ","):
            return None
        comma = max(text.rfind("，", 0, pos - 1), text.rfind(",", 0, pos - 1))
        if comma < 0 or text[comma + 1:comma + 2] not in _PRONOUNS or _sentence_start(text, pos) > comma:
            return None
        return read_name_before(text, comma, self.gaz)

    def _record_holder(self, pos: int) -> tuple[str, int] | None:
        """(name, start) of the person whose record (NAME，男，…) opens the sentence holding `pos`, when
        that sentence is one clause chain, with no other sentence mark between (see _RECORD_HOLDER)."""
        text = self.view.text
        lo = max(text.rfind(ch, 0, pos) for ch in _SENTENCE_ENDS + "；;") + 1
        m = _RECORD_HOLDER.match(text, lo)
        if m is None or not is_person_name(m.group(1), self.gaz):
            return None
        return m.group(1), m.start(1)

    def predicated(self, taken: list[tuple[int, int]]) -> list[OfficialMention]:
        """Posts predicated of a person: NAME(…，)被推选为 TITLE — the subject is the name before 被, or
        the name that opens the clause just before it (a subject written once for two clauses); and
        NAME是 BODY 的(一名|一位) TITLE — the body a named organisation or place, the title ending the
        clause."""
        text = self.view.text
        out: list[OfficialMention] = []
        for m in _PASSIVE_APPOINT.finditer(text):
            if self.excluded(m.start()):
                continue
            subjects, distributive = self._passive_subjects(m.start())
            if subjects and (len(subjects) > 1 or subjects[0][1] + len(subjects[0][0]) < m.start()):
                out.extend(self._passive_posts(subjects, distributive, m.end()))
                continue
            found = read_name_before(text, m.start(), self.gaz)
            if found is None and m.start() > 0 and text[m.start() - 1] in _COMMAS:
                lo = max(text.rfind(mark, 0, m.start() - 1) for mark in _CLAUSE_MARKS) + 1
                inside = [(a, b) for a, b in taken if lo <= a and b < m.start()]
                if inside:   # the clause's first name (a title may open the clause: 原村干部NAME退休后)
                    a, b = min(inside)
                    found = (text[a:b], a)
            if found is None:
                continue
            clause = _ELECTED_CLAUSE.match(text, m.end())
            if clause is None:
                continue
            name, start = found
            posts = self._clause_posts(name, start, m.end(), clause.end(), "")
            out.extend(replace(p, status="new") for p in posts)
        for m in _DESCRIBED.finditer(text):
            found = read_name_before(text, m.start(), self.gaz)
            if found is None or self.excluded(m.start()):
                continue
            body_start = m.end()
            of = text.find(_LINKED, body_start, body_start + _UNNAMED_BODY_MAX + 1)
            if of < 0:
                continue
            org, place = self.org_at.get(of), self.place_at.get(of)
            if org is not None and self.start_of(org) == body_start:
                body, kind, key = org.name, org.kind, org.place_key
            elif place is not None and self.start_of(place) == body_start:
                body, kind, key = self._place_label(place), "other", place.key
            else:
                continue
            pos = of + 1
            pos += next((len(w) for w in _ONE_OF if text.startswith(w, pos)), 0)
            title = title_at(text, pos)
            if title is None or text[pos + len(title):pos + len(title) + 1] not in _ENDS_PREDICATE:
                continue
            name, start = found
            out.append(OfficialMention(self.view.doc_span(start, pos + len(title)),
                                       self.view.doc_span(start, start + len(name)), name, title, body, kind, key))
        return out

    def _passive_subjects(self, pos: int) -> tuple[list[tuple[str, int]], bool]:
        """The names before a passive appointment at `pos` (A同志和B同志分别被任命为): each name may bear
        同志, names are joined by 和 or 、, and an adverb (分别 "respectively", 均, 先后) may stand before
        被 — (names with their starts in text order, whether 分别 pairs them with the titles)."""
        text = self.view.text
        adverb = next((a for a in _PASSIVE_ADVERBS if text.endswith(a, 0, pos)), "")
        pos -= len(adverb)
        names: list[tuple[str, int]] = []
        while True:
            pos -= len(_COMRADE) if text.endswith(_COMRADE, 0, pos) else 0
            found = read_name_before(text, pos, self.gaz)
            if found is None:
                break
            names.insert(0, found)
            if found[1] < 1 or text[found[1] - 1] not in _NAME_JOINERS:
                break
            pos = found[1] - 1
        return names, adverb == _RESPECTIVELY and len(names) > 1

    def _passive_posts(self, subjects: list[tuple[str, int]], distributive: bool, lo: int) -> list[OfficialMention]:
        """The posts a passive appointment gives its subjects: the clause's title chain for each, or, after
        分别 with as many titles joined by 和 as names (任命为X中学校长和副校长), the n-th title for the
        n-th name, in the body the first title names."""
        text = self.view.text
        clause = _ELECTED_CLAUSE.match(text, lo)
        if clause is None:
            return []
        parts = text[lo:clause.end()].split(_AND)
        if distributive and len(parts) == len(subjects) and all(p in title_words() for p in parts[1:]):
            first = self._clause_posts(subjects[0][0], subjects[0][1], lo, lo + len(parts[0]), "")
            if len(first) != 1:
                return []
            out = [replace(first[0], status="new")]
            for (name, start), title in zip(subjects[1:], parts[1:]):
                out.append(replace(first[0], person=name, role=title, status="new",
                                   name_span=self.view.doc_span(start, start + len(name)),
                                   span=self.view.doc_span(start, start + len(name))))
            return out
        out = []
        for name, start in subjects:
            out.extend(replace(p, status="new") for p in self._clause_posts(name, start, lo, clause.end(), ""))
        return out

    def _elected(self, taken: list[tuple[int, int]]) -> list[OfficialMention]:
        """选举 NAME 为 TITLE(，NAME 为 TITLE)*: an election's result, each clause a new post."""
        text = self.view.text
        out: list[OfficialMention] = []
        for m in _ELECT.finditer(text):
            pos = m.end()
            while not self.excluded(pos):
                elected, end = self._elected_names(pos)
                if not elected or any(a <= pos < b for a, b in taken) or not text.startswith("为", end):
                    break
                lo = end + 1
                clause = _ELECTED_CLAUSE.match(text, lo)
                if clause is None:
                    break
                for start, name in elected:
                    posts = self._clause_posts(name, start, lo, clause.end(), "")
                    out.extend(replace(p, status="new") for p in posts)
                pos = clause.end()
                if text[pos:pos + 1] not in ("，", ",", "；", ";"):
                    break
                pos += 1
        return out

    def _decided_name(self, pos: int) -> str | None:
        """The name read at `pos`, two characters when the third is 为 or opens the post held before
        为 (王芳、李强为副县长: 李强; 决定陈刚副主任为: 陈刚, not 陈刚副)."""
        name = read_name_after(self.view.text, pos, self.gaz)
        if name is not None and len(name) == 3 and (name[2] == "为" or _held_title_length(self.view.text, pos + 2)):
            return name[:2]   # 选举王芳、李强为副县长: 为 opens the post
        return name

    def _elected_names(self, pos: int) -> tuple[list[tuple[int, str]], int]:
        """(start, name) of the names elected together from `pos` (选举A、B（女）、C为副省长: one
        post for each, a bracketed aside after a name skipped), and where the list ends."""
        text = self.view.text
        name = self._decided_name(pos)
        if name is None:
            return [], pos
        names = [(pos, name)]
        end = pos + len(name)
        end += _aside_length(text, end)
        while text.startswith("、", end):
            name = self._decided_name(end + 1)
            if name is None:
                return [], pos
            names.append((end + 1, name))
            end += 1 + len(name)
            end += _aside_length(text, end)
        return names, end + _held_title_length(text, end)

    def _names_listed_before(self, start: int) -> list[tuple[str, int]]:
        """A、B、C任/当选 X: the names joined by 、 before the name at `start`, nearest last; the last
        name may be joined by 和/及 (A、B和C当选为副县长)."""
        text = self.view.text
        out: list[tuple[str, int]] = []
        if start > 0 and text[start - 1] in _LAST_JOINS:
            found = read_name_before(text, start - 1, self.gaz)
            if found is None or not _ends_list_item(text, found[1]):
                return out
            out.insert(0, found)
            start = found[1]
        while start > 0 and text[start - 1] == "、":
            found = read_name_before(text, start - 1, self.gaz)
            if found is None or not _ends_list_item(text, found[1]):
                break
            out.insert(0, found)
            start = found[1]
        return out

    def _dismissed(self, taken: list[tuple[int, int]]) -> list[OfficialMention]:
        """免去 NAME(同志) TITLE职务: the decision written before the name; the post is removed."""
        text = self.view.text
        out: list[OfficialMention] = []
        for m in _DISMISS.finditer(text):
            if self.excluded(m.start()) or any(a <= m.end() < b for a, b in taken):
                continue
            pos = m.end()
            while True:   # 免去A同志X职务，B同志Y职务: the verb shared by the clauses after it
                name = read_name_after(text, pos, self.gaz)
                if name is None:
                    break
                lo = pos + len(name)
                lo += 2 if text.startswith("同志", lo) else 0
                hi = self._duties_end(lo)
                if hi is None:
                    break
                posts = self._clause_posts(name, pos, lo, hi, "职务")
                out.extend(replace(p, status="removed") for p in posts)
                pos = hi + len("职务")
                if not posts or text[pos:pos + 1] not in ("，", ","):
                    break
                pos += 1
        return out

    def _resigned(self, taken: list[tuple[int, int]]) -> list[OfficialMention]:
        """NAME(同志)辞去 TITLE职务: a resignation, the name before the verb; the post is left."""
        text = self.view.text
        out: list[OfficialMention] = []
        for m in _RESIGN.finditer(text):
            found = read_name_before(text, m.start(), self.gaz)
            if found is None or self.excluded(m.start()) or any(a <= found[1] < b for a, b in taken):
                continue
            name, start = found
            hi = self._duties_end(m.end())
            if hi is None:
                continue
            posts = self._clause_posts(name, start, m.end(), hi, "职务")
            out.extend(replace(p, status="removed") for p in posts)
        return out

    def _duties_end(self, lo: int) -> int | None:
        """Where the title chain of a dismissal or resignation starting at `lo` meets its 职务
        (…长沙市人民政府市长|职务): within 40 characters, nothing but words and 、 before it."""
        m = _DUTIES.match(self.view.text, lo)
        return m.end() if m else None

    def _sentence_text(self, pos: int) -> str:
        """The text of the sentence around view position `pos` (for the words of a decision)."""
        text = self.view.text
        lo = max(text.rfind(ch, 0, pos) for ch in "。！？\n") + 1
        ends = [i for i in (text.find(ch, pos) for ch in "。！？\n") if i >= 0]
        return text[lo:min(ends) if ends else len(text)]

    def _clause_posts(self, name: str, name_start: int, lo: int, hi: int, tail: str) -> list[OfficialMention]:
        """The posts of the title chain ending a clause (衡阳市委书记; 市人大常委会主任 + 候选人)."""
        text = self.view.text
        ends = [(end, titles[0]) for end, titles in _title_ends(text[lo:hi]) if end == hi - lo]
        if not ends:
            return []
        title = ends[0][1]
        posts = self.chain(hi - len(title), hi)
        if posts and posts[0].start < lo:   # the body read across the clause start: read it in the clause
            post = self._level_body_post(lo, hi - len(title), hi) or self._clause_body_post(lo, hi - len(title), hi)
            posts = [post] if post is not None else []
        elif len(posts) == 1 and posts[0].org is None and posts[0].place is None:   # 升任省公安厅副厅级干部:
            # the chain read no body of its own (the article's place, or none): the clause's, when it names one
            post = self._clause_body_post(lo, hi - len(title), hi)
            posts = [post] if post is not None else posts
        if text[lo:hi - len(title)] == "人大" and title in ("主席", "副主席"):   # 当选为人大副主席: the town's
            post = self._town_congress_post(lo, hi)
            posts = [post] if post is not None else posts
        if not posts or posts[-1].start == hi - len(title) and len(posts) == 1 and not is_level_char(title[:1]) \
                and not _GOV_HEAD.match(title):
            return []   # a bare title (任组长) names no body here; a government head (当选为副镇长) its level's
        name_span = self.view.doc_span(name_start, name_start + len(name))
        span = self.view.doc_span(name_start, hi)
        suffix = "候选人" if tail == "候选人" else ""
        return [OfficialMention(span, name_span, name, post.role + suffix, post.org_name, post.org_kind, post.place_key)
                for post in posts]

    def _town_congress_post(self, lo: int, hi: int) -> _Post | None:
        """人大主席 / 人大副主席 written without a level: a town's or township's people's congress
        (a county and above has a standing committee, 人大常委会主任), the town of the article."""
        key = next((k for k in (self._article_place_of_level(lo, c) for c in "镇乡")
                    if self.level(k) in ("town", "township")), None)
        place = place_name(self.gaz, key)
        if not place:
            return None
        return _Post(lo, lo + 2, hi, role=self.view.text[lo:hi], org_name=place + "人大", org_kind="government",
                     place_key=key)

    def _clause_body_post(self, lo: int, title_start: int, title_end: int) -> _Post | None:
        """付宏渊升任长沙理工大学党委书记: the organisation reader ran the body back over the name and the
        verb (付宏渊升任长沙理工大学党委); in a decision's clause the body is what stands between the verb
        and the title — a named body (…大学, …局, …公司), or the party cell of one (…大学党委)."""
        text = self.view.text
        body = text[lo:title_start]
        qualifier = next((q for q in _qualifiers() if body.endswith(q) and len(body) > len(q)), "")
        body = body[:len(body) - len(qualifier)]   # 省公安厅|副厅级|干部: a rank between the body and the title
        cell = next((c for c in _PARTY_CELLS if body.endswith(c)), "")
        named = body[:len(body) - len(cell)]
        if len(named) < 3 or not _NAMED_BODY_END.search(named) or not all(CJK.match(ch) for ch in named):
            return None
        place = next((p for p in self.place_at.values() if self.start_of(p) == lo), None)   # 长沙市教育局
        return _Post(lo, title_start, title_end, role=cell + qualifier + text[title_start:title_end], org_name=named,
                     org_kind=_kind_of_named(named), place_key=place.key if place is not None else None)

    def _level_body_post(self, lo: int, title_start: int, title_end: int) -> _Post | None:
        """[level][body]title written alone (市人大常委会主任): the body of that level in context."""
        text = self.view.text
        body = text[lo:title_start]
        kind = body_kinds().get(body[1:])
        if not body or not is_level_char(body[:1]) or kind is None:
            return None
        key = resolve_level(self.doc, self.view.to_doc[lo], body[:1] + "政府", self.article_place, self.places,
                            self.gaz)
        place = place_name(self.gaz, key)
        if not place:
            return None
        post = _Post(lo, title_start, title_end, role=body + text[title_start:title_end],
                     org_name=place + body[1:], org_kind=kind, place_key=key)  # type: ignore[arg-type]
        return post

    def counted_list(self) -> list[OfficialMention]:
        """PLACE NAME、PLACE NAME…(等)N名TITLE (大祥区李平、新宁县李斌等4名河长): each name holds the
        title in the place written before it."""
        text = self.view.text
        out: list[OfficialMention] = []
        for m in _COUNTED.finditer(text):
            title = title_at(text, m.end())
            if title is None:
                continue
            lo = max(text.rfind(ch, 0, m.start()) for ch in "，。；：,;:\n") + 1
            items, pos = [], lo
            for item in text[lo:m.start()].split("、"):
                items.append((pos, pos + len(item)))
                pos += len(item) + 1
            found = [self._place_and_name(a, b) for a, b in items]
            if len(found) < 2 or any(f is None for f in found):
                continue
            for place, name_start, name in found:  # type: ignore[misc]
                span = self.view.doc_span(self.start_of(place), name_start + len(name))
                out.append(OfficialMention(span, self.view.doc_span(name_start, name_start + len(name)), name, title,
                                           self._place_label(place), "other", place.key))
        return out

    def _place_and_name(self, start: int, end: int) -> tuple[PlaceMention, int, str] | None:
        """A list item that is a place followed by a person's name, else None."""
        for place_end in range(start + 2, end - 1):
            place = self.place_at.get(place_end)
            if place is not None and self.start_of(place) == start:
                name = self.view.text[place_end:end]
                if is_person_name(name, self.gaz):
                    return place, place_end, name
        return None

    def listed_leaders(self, found: list[OfficialMention]) -> list[OfficialMention]:
        """A、B、C等领导: names listed before 等领导 that hold no post found elsewhere."""
        text = self.view.text
        known = {m.person for m in found}
        out = []
        for m in _LEADERS_LISTED_BEFORE.finditer(text):
            names = m.group(1).split("、")
            if not all(is_person_name(n, self.gaz) for n in names):
                continue
            article = self.doc.article_at(self.view.to_doc[m.start()])
            key = self.article_place.get(article.index) if article is not None else None
            if m.group(2):   # A、B等邵东市领导: the leaders of the place written on the collective title
                place = self._place_written_on_level(m.start(2), m.end(3) if m.group(3) else -1)
                if place is None:
                    continue   # 等相关领导, 等有关领导: no place, no level
                key = place.key
            elif m.group(3):   # 等省领导: the leaders of that level's place in context, not the article's city
                key = self._article_place_of_level(m.start(3), m.group(3)) or key
            pos = m.start(1)
            for name in names:
                if name not in known:
                    span = self.view.doc_span(pos, pos + len(name))
                    out.append(OfficialMention(span, span, name, "领导", place_name(self.gaz, key) or "", "other", key))
                pos += len(name) + 1
        return out

    def _place_written_on_level(self, start: int, end: int) -> PlaceMention | None:
        """The place text[start:end] names when it ends with a level character (邵东市 in 等邵东市领导),
        not a village: the level's leaders are a county's, a city's or a province's."""
        place = self.place_at.get(end)
        if place is None or self.start_of(place) != start or self.level(place.key) in _VILLAGE_LEVELS:
            return None
        return place

    def listed_deputies(self, found: list[OfficialMention]) -> list[OfficialMention]:
        """A、B、C等省人大代表 / 等县政协委员: names listed before a level's deputies or members hold that
        seat in that level's congress or CPPCC (湖南省人大), unless they hold a post found elsewhere;
        seats written together (等全国人大代表和省人大代表) are one role, in the assemblies together
        (全国人大和湖南省人大): the list does not say who sits where."""
        text = self.view.text
        out = []
        for m in _DEPUTIES_LISTED_BEFORE.finditer(text):
            seats = [self._seat_body(m.start(2) + s.start(), s.group(1), s.group(2))
                     for s in _SEAT_PARTS.finditer(m.group(2))]
            if not all(body for body, _key in seats):
                continue
            key = next((k for _b, k in seats if k), None)
            body = "和".join(b for b, _k in seats)
            out.extend(self._listed_seat_holders(m.group(1), m.start(1), m.group(2), body, key, found))
        return out + self._deputies_on_the_floor(found + out) + self._untitled_members()

    def _untitled_members(self) -> list[OfficialMention]:
        """Names listed with no title whose membership the report states: the rostrum list of a
        session followed by 大会主席团其他成员也在主席台就座 (the names are the presidium's members, in
        the session's assembly: 张家界市人大), and the names that attend (A、B、C参加。) a CPPCC's
        主席会议 the article reports (娄底市政协召开…主席会议: its members, 主席会议成员 of that 政协)."""
        text = self.view.text
        out: list[OfficialMention] = []
        for m in _ROSTRUM_MEMBERS.finditer(text):
            session = self._session_body(m.start())
            if session is not None:
                out.extend(self._untitled_list(m.group(1), m.start(1), _PRESIDIUM_MEMBER, *session))
        for m in _ATTENDING_NAMES.finditer(text):
            meeting = _CHAIRS_MEETING.search(text, self._article_start(m.start()), m.start())
            org = self.org_at.get(meeting.end(1)) if meeting is not None else None
            if org is not None and org.name.endswith("政协"):
                out.extend(self._untitled_list(m.group(1), m.start(1), _CHAIRS_MEETING_MEMBER, org.name, org.place_key))
        return out

    def _untitled_list(self, listed: str, pos: int, role: str, body: str, key: str | None) -> list[OfficialMention]:
        """The names of a 、-list with no title at view index `pos`, each holding `role` in `body`;
        none when an item is no name."""
        names = listed.split("、")
        if not all(is_person_name(n, self.gaz, known_surname=True) for n in names):
            return []
        return self._holders(names, pos, role, body, key)

    def _seat_body(self, pos: int, level: str, seat: str) -> tuple[str, str | None]:
        """(assembly, place key) of a seat written with its level at view index `pos` (省 -> 湖南省人大,
        全国 -> 全国人大); no assembly when the level's place is not known."""
        if level == _NATIONAL:
            return level + _ASSEMBLY_OF[seat], None
        key = self._article_place_of_level(pos, level)
        name = place_name(self.gaz, key)
        return (name + _ASSEMBLY_OF[seat], key) if name else ("", None)

    def _deputies_on_the_floor(self, found: list[OfficialMention]) -> list[OfficialMention]:
        """A、B、C代表先后发言 / A、B委员分别建议: in the report of an assembly's session (省十四届人大二次
        会议), names listed before a bare 代表 (委员 for a CPPCC) and a word that follows names (发言,
        先后, 表示) hold that seat in the session's assembly; 代表 then a body (A、B代表市政府致辞) is the
        verb, not the seat."""
        text = self.view.text
        out: list[OfficialMention] = []
        for m in _DEPUTIES_NAMED_BEFORE.finditer(text):
            if not _follower_at(text, m.end(), min_len=2):
                continue
            session = self._session_body(m.start())
            if session is None or not session[0].endswith(_BARE_SEAT_ASSEMBLY[m.group(2)]):
                continue
            out.extend(self._listed_seat_holders(m.group(1), m.start(1), m.group(2), *session, found))
        return out

    def _session_body(self, pos: int) -> tuple[str, str] | None:
        """(body, place key) of the assembly whose session the report at view index `pos` is of, named
        with the article's place of its level (张家界市人大); None when there is none."""
        assembly = self._session_assembly(pos)
        key = self._article_place_of_level(pos, assembly[0]) if assembly else None
        place = place_name(self.gaz, key) if key else None
        return (place + assembly[1:], key) if assembly and key and place else None

    def _listed_seat_holders(self, listed: str, pos: int, role: str, body: str, key: str | None,
                             found: list[OfficialMention]) -> list[OfficialMention]:
        """The names of a 、-list at view index `pos` holding `role` in `body`, none if an item is no
        name; names holding a post found elsewhere are theirs already."""
        names = listed.split("、")
        first = names[0] if is_person_name(names[0], self.gaz) else next(
            (names[0][-n:] for n in (3, 2) if len(names[0]) > n and is_person_name(names[0][-n:], self.gaz)),
            names[0])   # 会上A、B代表发言: the first item may carry the words before it
        pos += len(names[0]) - len(first)
        names[0] = first
        if not all(is_person_name(n, self.gaz) for n in names):
            return []
        return self._holders(names, pos, role, body, key, {m.person for m in found})

    def _holders(self, names: list[str], pos: int, role: str, body: str, key: str | None,
                 known: set[str] | frozenset[str] = frozenset()) -> list[OfficialMention]:
        """Each of `names`, listed with 、 from view index `pos`, holding `role` in `body`; but those in
        `known` (holding a post found elsewhere)."""
        out = []
        for name in names:
            if name not in known:
                span = self.view.doc_span(pos, pos + len(name))
                out.append(OfficialMention(span, span, name, role, body, "government", key))
            pos += len(name) + 1
        return out

    def citizens(self, officials: set[str]) -> list[PersonMention]:
        """村民X, 烟农X, 党员X …: named persons without a post."""
        text = self.view.text
        auto = _citizen_automaton()
        out = []
        seen: set[str] = set()
        for last, word in auto.iter(text):
            end = last + 1
            if self.excluded(end) or _word_freq().get(text[end - len(word):end + 1], 0) > 3:
                continue   # 居民楼进水: the word goes on (居民楼), no name follows
            name = read_name_after(text, end, self.gaz)
            if name is None or name in officials or name in seen:
                continue
            seen.add(name)
            place = self._place_before(end)
            out.append(PersonMention(self.view.doc_span(end, end + len(name)), name, place))
            for start, listed in listed_names(text, end + len(name), self.gaz):   # 村民A、B和十多位居民: each
                if listed not in officials and listed not in seen and not self.excluded(start):
                    seen.add(listed)
                    out.append(PersonMention(self.view.doc_span(start, start + len(listed)), listed, place))
        # 板塘街道的许慧接过…: a person the sentence is about; 裕阁村何运南一家四口: one with their household
        for start, name in self._introduced_persons() + self._family_heads():
            if name not in officials and name not in seen:
                seen.add(name)
                out.append(PersonMention(self.view.doc_span(start, start + len(name)), name, self._place_before(start)))
        for start, name in self._listed_persons():
            if name not in officials and name not in seen:
                seen.add(name)
                out.append(PersonMention(self.view.doc_span(start, start + len(name)), name, None))
        for m in _SPEAKER.finditer(text):      # “……”刘雪文说: the speaker of a quote is a person
            name = read_name_after(text, m.end(), self.gaz)
            if name is None or name in officials or name in seen or not text.startswith(_SPEECH_VERBS, m.end() + len(name)):
                continue
            seen.add(name)
            out.append(PersonMention(self.view.doc_span(m.end(), m.end() + len(name)), name, None))
        return out

    def _place_before(self, start: int) -> str | None:
        """The key of the place written right before view index `start` (at most 2 characters
        between: 板塘街道的|许慧), else None."""
        doc_pos = self.view.to_doc[start]
        return next((p.key for p in reversed(self.places) if p.span.end <= doc_pos and doc_pos - p.span.end <= 2), None)

    def _introduced_persons(self) -> list[tuple[int, str]]:
        """(start, name) of each person a feature introduces by a modifier and 的, then makes the
        subject of an action (板塘街道的许慧接过…, …社区的吴某某抱着…, 负责…工作的张某告诉记者):
        the name must be followed by a verb with its aspect particle (抱着, 带着, 告别了, 接过), a
        word that follows names (告诉, 表示, 介绍; two characters or more) or 是一名/是一位 — an
        ordinary noun after 的 (的甘霖对旱情, 的银鑫机械公司) takes no such predicate."""
        text, surnames = self.view.text, _surnames()
        out: list[tuple[int, str]] = []
        for m in _INTRODUCED_BY.finditer(text):
            start = m.end()
            if text[start:start + 1] not in surnames and text[start:start + 2] not in surnames \
                    or text[start:start + 1] in _FUNCTION_SURNAMES or self.excluded(start):
                continue   # 的发展, 的和谐: no surname opens the word
            if not any(_subject_predicate_at(text, start + size) for size in (2, 3, 4)):
                continue   # the cheap test first: no predicate where a name could end
            name = read_name_after(text, start, self.gaz)
            if name is not None and len(name) >= 2 and _subject_predicate_at(text, start + len(name)) \
                    and not self._body_in_clause(m.start()):
                out.append((start, name))
        return out

    def _family_heads(self) -> list[tuple[int, str]]:
        """(start, name) of each name written right before a word for the person's household or
        couple (村民A一家, 裕阁村A一家四口, A夫妇, A老两口): a family report's citizen, named
        with no citizen word before (a place, or nothing)."""
        text, out = self.view.text, []
        for m in _FAMILY.finditer(text):
            found = read_name_before(text, m.start(), self.gaz)
            if found is not None and not self.excluded(found[1]):
                out.append((found[1], found[0]))
        return out

    def _body_in_clause(self, end: int) -> bool:
        """Does an organisation end in the clause before view index `end` (中博建设集团主管招聘工作的|NAME)?
        A person described by a function in a body is its staff, who speaks for it (the figures
        told are the body's), not a citizen the report is about."""
        text = self.view.text
        lo = max(text.rfind(mark, 0, end) for mark in _CLAUSE_MARKS) + 1
        return any(pos in self.org_at for pos in range(lo + 1, end + 1))

    def _listed_persons(self) -> list[tuple[int, str]]:
        """(start, name) of each name of a list of three or more names closed by 等 or by a count of
        people (杨昌永、严龙、邹菊芳等列席会议; 慰问了袁名希、陈自军、廖国娟5户搬迁户): persons, even
        without a post; the list is void unless every item reads as a name (no place, word or body).
        The first item may carry the verb before it (了袁名): its last two characters are tried."""
        out: list[tuple[int, str]] = []
        for m in _NAME_LIST.finditer(self.view.text):
            items, pos, names = m.group(1).split("、"), m.start(1), []
            for i, item in enumerate(items):
                start = pos
                if i == 0 and len(item) == 3 and not is_person_name(item, self.gaz):
                    item, start = item[1:], pos + 1
                if not is_person_name(item, self.gaz) or self.excluded(start):
                    names = []
                    break
                names.append((start, item))
                pos += len(items[i]) + 1
            out.extend(names)
        return out


_NAME_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、){2,}[\u4e00-\u9fff]{2,3})"
                        r"(?=等|[0-9一二三四五六七八九十两]+(?:户|人|名|位))")


_INTRODUCED_BY = re.compile(r"(?<=[\u4e00-\u9fff])的")   # 得胜营社区的|NAME, 工作的|NAME: a modifier, then the name
_FAMILY = re.compile(r"(?<=[\u4e00-\u9fff])(?:一家(?=[人口两几三四五六七八九十，,。；;、的])|夫妇|夫妻|老两口)")
_CLAUSE_MARKS = ("，", ",", "。", "；", ";", "：", ":", "！", "？", "\n")
_ASPECT = frozenset("着了过")   # 抱着, 告别了, 接过: a verb the name's person does
_INTRODUCED_AS = ("是一名", "是一位")   # 回乡创业的NAME是一名…: the sentence describes the person


def _subject_predicate_at(text: str, pos: int) -> bool:
    """Does a predicate whose subject is the name ending at `pos` start there: a verb of one or
    two characters with its aspect particle (抱着, 带着, 告别了), a word that follows names
    (告诉, 表示; two characters or more) or 是一名/是一位?"""
    if text.startswith(_INTRODUCED_AS, pos) or _follower_at(text, pos, min_len=2):
        return True
    tags = _word_tags()
    return any(text[pos + size:pos + size + 1] in _ASPECT and tags.get(text[pos:pos + size], "").startswith("v")
               for size in (1, 2))


_SPEAKER = re.compile(r"[”」]")     # a closing quote: the name after it, then a verb of saying
_SPEECH_VERBS = ("说", "表示", "介绍", "告诉记者", "笑着说", "感慨")


def _citizen_word_covers(text: str, end: int, title: str) -> bool:
    """Does a citizen or status word longer than `title` end at `end` (移民老干部郑所进, 退休干部X:
    a status, not the post 干部)?"""
    words = load_lines("title_citizens.txt")
    return any(len(title) < size <= end and text[end - size:end] in words
               for size in entry_lengths("title_citizens.txt"))


@lru_cache(maxsize=1)
def _citizen_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word in load_lines("title_citizens.txt"):
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


# 局党组|书记: a bare 局; 、医院院长, 、学校党委书记: the hospital or school the article has named
_OWN_DEPARTMENT = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]))(局|厅|医院|学校)(?:党组|党委)?$", re.M)
_UNIT_ENDS = tuple("组室办处科")   # 巡察组, 研究室, 督查办, 秘书处, 综合科: the units of a committee or government


def _named_unit(between: str, body: str) -> bool:
    """Is `between` (read between a party/government body and a title) the name of one of its
    units (县委|第一巡察组|组长, 市人大常委会|研究室|主任, an assembly's committee: 县政协|经科委|主任),
    not another body (区政府办) or a level?"""
    unit_end = between.endswith(_UNIT_ENDS) or between.endswith(_ASSEMBLY_UNIT_END) and body.endswith(_ASSEMBLIES)
    return unit_end and len(between) >= 3 and "政府" not in between and not is_level_char(between[:1])


def _cell_owner_name(body: str) -> str:
    """The assembly or government body whose party cell `body` is (湖南省人大常委会党组 -> 湖南省人大常委会),
    else "" (镇党委, 县委: a place's committee, no other body)."""
    cell = next((c for c in ("党组", "党委") if body.endswith(c)), None)
    owner = body[: -len(cell)] if cell else ""
    return owner if owner.endswith(_ASSEMBLIES + ("政府",)) or _NAMED_BODY_END.search(owner) \
        or _department_commission(owner) else ""


def _department_commission(name: str) -> bool:
    """Is `name` a government commission (岳阳市卫健委, 市发改委, 国资委: a department's trade
    (lexicon org_department_stems.txt) + 委), not a party committee (市委, 党工委, 纪委)? Its party
    group (卫健委党组) is a cell of the department, whose head (主任) holds the post in the department."""
    return name.endswith("委") and name[:-1].endswith(_department_stems())


@lru_cache(maxsize=1)
def _department_stems() -> tuple[str, ...]:
    return tuple(s for s in load_lines("org_department_stems.txt") if len(s) >= 2)


def _written_status(post: _Post) -> PostStatus:
    """The status a segment's own words give its post: 原 after the body former, a candidate word
    after the title nominated, else current (markers before the chain are read by with_status)."""
    return "former" if post.former else "nominated" if post.nominee else "current"


def _nominated(m: OfficialMention, nominee: str) -> OfficialMention:
    """A post written with its candidate word (副县长候选人) is nominated, not held."""
    return replace(m, status="nominated") if nominee and m.role.endswith(nominee) else m


def _is_zone(name: str) -> bool:
    """Is `name` a development zone or park (its name ends with a zone suffix: 经开区, 高新区, 工业园)?"""
    from .places import zone_suffixes

    return name.endswith(zone_suffixes())


def _zone_glued_head(text: str, title_start: int, title: str) -> bool:
    """高新区长康…: a 区长 whose 区 ends a development zone's name (lexicon zone_suffixes.txt) written
    right before it is no head of a district — zones are led by their 管委会."""
    from .places import zone_suffixes

    head = _GOV_HEAD.match(title)
    if head is None or head.group(1) != "区" or title.startswith(("常务", "副", "代")):
        return False
    end = title_start + 1
    return any(z.endswith("区") and text.endswith(z, 0, end) for z in zone_suffixes())


def _strict_village_title(title: str) -> bool:
    """A title only a village or community holds (村支书, 村党支部书记, 社区主任), not 主任 or 干部."""
    return title.startswith(_VILLAGE_TITLE_HEADS)


def _cell_of_chained_body(post: _Post, before: _Post | None, text: str) -> bool:
    """市农委主任、党组书记X; 县财政局局长、党组书记X: a bare party cell (党组, 党委) opening a chain's
    segment right after the 、 is the cell of the department or company of the post before it,
    not a body of its own (the gold writes 党组书记 / 常德市农委); after a post of a government or
    an assembly (县人大常委会主任、党组书记X) it is that body's cell (湘阴县人大常委会党组)."""
    return (post.org is not None and before is not None and post.org.surface in _PARTY_CELLS
            and text[post.start - 1:post.start] == "、" and bool(before.org_name)
            and (before.org_kind in ("department", "company")
                 or before.org_kind == "government" and before.org_name.endswith(_ASSEMBLIES + ("政府",))))


def _party_post(title: str) -> bool:
    """A post held in the party cell itself (副书记, 党组成员, 委员), not in the body it leads."""
    return "书记" in title or title.startswith("党") or title.endswith("委员")


_ASSOCIATION_ENDS = ("协会", "学会", "联合会", "研究会", "促进会")


def _association(unit: str) -> bool:
    """计生协会, 老年学会: an association of the level of the body before it, not one of its units."""
    return unit.endswith(_ASSOCIATION_ENDS)


def _chief_office(unit: str) -> bool:
    """河长办, 林长办, 田长办: the office of a chief system (河长制), named by the chief's title and 办
    (a 制 may stand between: 河长制办) — the place's office, though a title is written inside it."""
    core = unit[:-1].removesuffix("制")
    return unit.endswith("办") and core.endswith("长") and core in title_words() and not core.startswith(("副", "总"))


def _chained_unit(unit: str) -> bool:
    """A unit named after a chain's 、 (研究室, 常委会预工委): a committee's or a government's unit
    ending in 组/室/办/处/科/委, or the level's association (计生协会) or chief office (河长办); no title
    or level inside (but the chief's in 河长办)."""
    own = unit[3:] if unit.startswith("常委会") else unit   # 常委会|预工委: not the title 常委
    if _chief_office(unit):
        return True
    return (2 <= len(unit) <= 8 and (unit.endswith(_UNIT_ENDS + ("委",)) or _association(unit)
                                     or unit in _MEMBER_BODIES or unit in _GENERAL_OFFICES)
            and not _contains_title(own)
            and not is_level_char(unit[:1]) and "政府" not in unit)


def _unit_of_body(body: str, unit: str) -> str:
    """The unit's body: 湖南省人大财经委 + 常委会预工委 = 湖南省人大常委会预工委 (常委会: the standing
    committee of the congress the body belongs to); a committee of an assembly after another of its
    committees is the assembly's (…人大常委会代表资格审查委员会 + 联工委 = …人大常委会联工委); else the
    body's own unit (县委 + 办公室)."""
    if unit.startswith("常委会") and "人大" in body and "常委会" not in body:
        return body[: body.index("人大") + 2] + unit
    assembly = next((a for a in _ASSEMBLIES if a in body and not body.endswith(a)), None)
    if assembly is not None and unit.endswith(_ASSEMBLY_UNIT_END):
        return body[: body.index(assembly) + len(assembly)] + unit   # …人大常委会代表资格审查委员会 + 联工委
    return discipline_body(body, unit)


def _kind_of_named(name: str) -> OrgKind:
    if re.search(r"(公司|集团|银行|社)$", name):
        return "company"
    if re.search(r"(局|厅|办|中心|所|队)$", name):
        return "department"
    return "other"
