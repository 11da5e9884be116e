"""Read, normalise and segment OCR'd newspaper pages.

Stages (each a plain function):
  read_document(path)  -> Document with raw text (encoding detected)
  normalise(raw)       -> (text, offsets): CJK spacing removed, broken lines joined (never
                          into a dateline, an indented line or one opening with 今年以来,)
  segment(doc)         -> paragraphs, articles (headline, sub-headline, credits), sentences;
                          page meta lines (发布时间:…, a bare timestamp) are no headlines
"""
from __future__ import annotations

import codecs
import re
import statistics
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .lexicon import load_lines, load_list, load_longest_first
from .model import Article, Credit, Document, Sentence, Span

CJK = re.compile(r"[\u4e00-\u9fff]")       # a CJK ideograph (the extractors' test of a name's character)


class InputError(Exception):
    """An input file that cannot be used; the message names the file and the reason."""


# ---------------------------------------------------------------- reading

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_SAMPLE = 65536          # characters inspected by _looks_binary
DEFAULT_MAX_BYTES = 1024 * 1024   # a newspaper page is ~25 KB; larger files are refused unread


MAX_REPLACED_SHARE = 0.01   # UTF-8 with at most 1% bad bytes is UTF-8 with damage, not another code


class Decoded(NamedTuple):
    """An input file's text, its encoding, and how many undecodable bytes were replaced by U+FFFD."""

    text: str
    encoding: str
    replaced: int = 0


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode `data`, returning (text, encoding). Raises InputError when undecidable or binary."""
    decoded = decode_input(data, name)
    return decoded.text, decoded.encoding


def decode_input(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode `data`; InputError when undecidable or binary.

    A BOM decides; else strict UTF-8; else UTF-8 with a few damaged bytes (each replaced
    by U+FFFD and counted); else GB18030 or Big5 when the text reads as Chinese; else
    charset-normalizer (GBK/GB2312 are read as their superset GB18030, UTF-16 without BOM
    is recognised). Text that decodes but is mostly control characters is refused as binary.
    """
    decoded = _decode(data, name)
    if _looks_binary(decoded.text):
        raise InputError(f"{name}: not a text file (binary content)")
    return decoded


def _damaged_utf8(data: bytes) -> Decoded | None:
    """`data` as UTF-8 with its undecodable bytes replaced, when they are few; else None."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    if bad == 0 or bad > MAX_REPLACED_SHARE * len(data):
        return None
    return Decoded(_SURROGATE_RUN.sub("\ufffd", text), "utf-8", bad)


_SURROGATE_RUN = re.compile("[\udc80-\udcff]")


def _decode(data: bytes, name: str) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    if b"\x00" not in data:
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data" and exc.end == len(data):
                return Decoded(data[:exc.start].decode("utf-8"), "utf-8")  # cut inside its last character
        damaged = _damaged_utf8(data)
        if damaged is not None:
            return damaged
    for encoding, is_common in (("gb18030", _in_gb2312), ("big5", _is_han_or_punct)):
        chinese = _as_chinese(data, encoding, is_common)
        if chinese is not None:
            return Decoded(chinese, encoding)
    from charset_normalizer import from_bytes  # only needed for input that is neither UTF nor GB

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (binary file?)")
    encoding = best.encoding.replace("_", "-")
    if encoding in {"gb2312", "gbk", "hz"}:
        encoding = "gb18030"  # superset: never loses a character GBK had
    try:
        return Decoded(data.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{name}: cannot tell the text encoding (binary file?)") from None


def _as_chinese(data: bytes, encoding: str, is_common) -> str | None:
    """`data` decoded with a Chinese double-byte `encoding` when it decodes strictly and
    reads as Chinese (at least 95% of the non-ASCII characters of the first 64K are common
    ones), else None. Short GBK or Big5 text is easily taken for another double-byte code
    (cp949, UTF-16) by charset-normalizer; the pages are Chinese, so Chinese is tried first.
    """
    if b"\x00" in data:
        return None  # UTF-16/32 or binary, never a double-byte Chinese code
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text[:_BINARY_SAMPLE] if ord(ch) > 127]
    if not wide:
        return None
    common = sum(1 for ch in wide if is_common(ch))
    return text if common >= 0.95 * len(wide) else None


def _is_han_or_punct(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    """More than 5% control characters (other than line breaks and tabs) in the first 64K characters."""
    sample = text[:_BINARY_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f\v")
    return controls / len(sample) > 0.05


def read_document(path: Path, doc_id: str | None = None, source: str | None = None,
                  max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    """Read one input file into a normalised, segmented Document.

    Every way a file can be unusable raises InputError with a one-line message naming it:
    vanished, unreadable, a directory, a symlink loop, too large (checked before reading,
    so memory stays bounded), empty or whitespace only, binary, undecidable encoding.
    """
    raw, encoding = read_text(path, max_bytes)
    return make_document(raw, doc_id or path.stem, source or str(path), encoding)


def read_text(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """The decoded text of `path` and its encoding (see read_document for the errors)."""
    decoded = decode_text(read_input_bytes(path, max_bytes), str(path))
    return decoded.text, decoded.encoding


def read_input_bytes(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of an input file; InputError (one line, file named) when it cannot be read."""
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(f"{path}: too large ({_mb(size)}; the limit is {_mb(max_bytes)}, "
                             "see --max-size) — split it into pages")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: file vanished before it could be read") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode_text(data: bytes, name: str) -> Decoded:
    """Decode an input file's bytes; InputError for an empty, whitespace-only or binary file."""
    if not data:
        raise InputError(f"{name}: empty file")
    decoded = decode_input(data, name)
    if not decoded.text.strip(_WHITESPACE):
        raise InputError(f"{name}: contains only whitespace")
    return decoded


_WHITESPACE = " \t\r\n\f\v\u3000\u00a0\u2002\u2003\u2009\ufeff\u200b"


def _mb(size: int) -> str:
    """A size for people: "12 KB", "3.4 MB"."""
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / (1024 * 1024):.1f} MB"


def make_document(raw: str, doc_id: str = "doc", source: str = "<string>", encoding: str = "utf-8") -> Document:
    """Build a normalised, segmented Document from already-decoded text.

    `raw` is kept exactly as decoded (Windows or old Mac line ends included), so the
    offsets of every span slice the source file; the text is read with "\n" line ends.
    """
    unified, line_map = unify_line_breaks(raw)
    text, offsets = normalise(to_simplified(unified))
    if line_map is not None:
        offsets = [line_map[i] for i in offsets]
    doc = Document(doc_id=doc_id, source=source, raw=raw, text=text, offsets=offsets, encoding=encoding)
    segment(doc)
    return doc


# A page is read in simplified characters when converting it changes at least this share of its
# CJK characters (and TRADITIONAL_MIN of them): pages reposted in traditional characters change by
# a third or more; converting a page of simplified Chinese changes none (the seeds, dev and unseen
# sets: 0 of 159 pages), and a few characters (a name written 乾) never make a page traditional.
TRADITIONAL_SHARE = 0.03
TRADITIONAL_MIN = 10


def to_simplified(text: str) -> str:
    """`text` in simplified characters when it is written in traditional ones (縣委副書記 ->
    县委副书记), else `text` itself. The conversion is OpenCC's (t2s, phrases first: 乾燥 -> 干燥,
    乾隆 kept); it keeps the length, character for character, so every offset into the page
    still slices the source as written (evidence quotes the page in its own characters)."""
    if not CJK.search(text):
        return text
    converter = _t2s()
    converted = converter.convert(text)
    if converted == text:                 # a page in simplified characters: nothing to count
        return text
    if len(converted) != len(text):       # a phrase of another length: character by character
        converted = "".join(converter.convert(ch) for ch in text)
        if len(converted) != len(text):
            return text
    changed = sum(1 for a, b in zip(text, converted) if a != b)
    cjk = len(CJK.findall(text))
    return converted if changed >= TRADITIONAL_MIN and changed >= TRADITIONAL_SHARE * cjk else text


@lru_cache(maxsize=1)
def _t2s():
    """OpenCC's traditional-to-simplified converter (loaded once per process)."""
    import opencc

    return opencc.OpenCC("t2s")


def unify_line_breaks(raw: str) -> tuple[str, list[int] | None]:
    """`raw` with "\r\n" and "\r" read as "\n", and the index in `raw` of each character
    (plus one past the end); None when `raw` has no "\r". A "\r\n" maps to its "\n"."""
    if "\r" not in raw:
        return raw, None
    chars: list[str] = []
    where: list[int] = []
    n = len(raw)
    for i, ch in enumerate(raw):
        if ch == "\r":
            if i + 1 < n and raw[i + 1] == "\n":
                continue            # the "\n" that follows stands for the pair
            ch = "\n"
        chars.append(ch)
        where.append(i)
    where.append(n)
    return "".join(chars), where


# ---------------------------------------------------------------- normalising

_SPACE = " \t\u3000\u00a0\u2002\u2003\u2009\ufeff"
_TERMINAL = "。！？!?…；;"
_CLOSERS = "”’\"'）)」』】》"


def is_cjk(ch: str) -> bool:
    """A CJK ideograph or CJK/full-width punctuation."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF
        or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0xF900 <= o <= 0xFAFF
        or ch in "“”‘’《》—…·"
    )


def is_subsequence(short: str, long: str) -> bool:
    """Are the characters of `short` those of `long`, in order, maybe with others between
    (东台山森林公园 in 东台山国家森林公园)?"""
    chars = iter(long)
    return all(ch in chars for ch in short)


def starts_with_surname(name: str) -> bool:
    """Does `name` begin with a known surname (compound surnames included)?"""
    surnames = load_lines("surnames.txt")
    return name[:2] in surnames or name[:1] in surnames


@lru_cache(maxsize=1)
def single_surnames() -> frozenset[str]:
    """The one-character surnames of surnames.txt (a character a given name may follow)."""
    return frozenset(s for s in load_lines("surnames.txt") if len(s) == 1)


_NAME_TOKEN = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
_CREDIT_LINE = re.compile(r"^[（(]?\s*((?:[\u4e00-\u9fff]{1,4}\s*){1,8}?)\s*(摄影|摄)?\s*[)）]?$")


_PHOTO_WORD = re.compile(r"\s*摄影?$")


def is_credit_line(line: str) -> bool:
    """A byline / photo credit / trailing credit: only short CJK names and spaces."""
    s = line.strip().lstrip("#").strip()
    if not s or len(s) > 40:
        return False
    parenthesised = s[0] in "（(" and s[-1] in ")）"
    photo = bool(_PHOTO.search(s))
    inner = s.strip("（()）").strip()
    inner = _PHOTO_WORD.sub("", inner).strip()
    tokens = inner.split()
    if not tokens or not all(_NAME_TOKEN.match(t) for t in tokens):
        return False
    if not _plausible_names(tokens, parenthesised):
        return False
    compact = "".join(tokens)
    if parenthesised or photo:
        return 2 <= len(compact) <= 30
    # a bare byline: at least two names, every token short
    return len(tokens) >= 2 and all(len(t) <= 4 for t in tokens) and len(compact) <= 30


def _plausible_names(tokens: list[str], parenthesised: bool = False) -> bool:
    """Tokens of a credit line read as names: no run of 3+ single characters (that is
    spaced-out OCR text) except, in brackets, pairs that each open with a surname
    ((张 伟 刘 洋)), and every name (single characters paired up) starts with a surname."""
    surnames = load_lines("surnames.txt")
    runs: list[list[str]] = [[]]
    for token in tokens:
        if len(token) == 1:
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        paired = parenthesised and len(run) % 2 == 0 and all(ch in surnames for ch in run[::2])
        if len(run) >= 3 and not paired:
            return False
    names: list[str] = []
    i = 0
    while i < len(tokens):
        if len(tokens[i]) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            names.append(tokens[i] + tokens[i + 1])
            i += 2
        else:
            names.append(tokens[i])
            i += 1
    if not all(2 <= len(n) <= 4 for n in names) or not any(starts_with_surname(n) for n in names):
        return False
    # four characters: a compound surname (欧阳…) or two surnames (曾李华滋), never a phrase (干群同心)
    return all(len(n) < 4 or n[:2] in surnames or (n[0] in surnames and n[1] in surnames) for n in names)


def _line_width(bodies: list[str]) -> int | None:
    """The column width of a page wrapped at fixed width, or None for paragraph-per-line pages
    (`bodies`: its lines without spaces, `_compact`)."""
    lengths = [len(body) for body in bodies if len(body) >= 8]
    if len(lengths) < 20:
        return None
    width = statistics.mode(lengths)
    near = sum(1 for n in lengths if abs(n - width) <= 2)
    if near / len(lengths) < 0.3 or width > 40:
        return None
    if _longer_share(lengths, width) >= _LONGER_SHARE:
        return None     # lines of every length up to twice the mode: one item per line, not a column
    return width


def _longer_share(lengths: list[int], width: int) -> float:
    """The share of the line lengths that are longer than `width` but not twice as long."""
    return sum(1 for n in lengths if width + 2 < n <= 2 * width + 4) / len(lengths)


# In a page wrapped at a fixed width (an OCR'd newspaper column) a line is at most the width, or a
# whole paragraph OCR'd as one line (more than twice it): 3-4 % of the seed pages' lines lie between;
# in a list of one point per line (速览…要点: a report's points) a third of them do.
_LONGER_SHARE = 0.2


def _is_list_page(bodies: list[str]) -> bool:
    """A page of one point per line (`bodies`: its lines without spaces), written without closing
    stops (粮食总产量14.07万吨 / 城镇化率达76.25%): at least 12 lines of 8 characters or more, most
    of them (60 %) ending without a stop, and of every length (a fifth of them longer than the
    commonest length but not twice as long; a column wrapped at a fixed width has almost none).
    Its lines are never joined."""
    bodies = [b for b in bodies if len(b) >= 8]
    if len(bodies) < 12:
        return False
    open_ = sum(1 for b in bodies if b[-1] not in _TERMINAL + _CLOSERS + "：:")
    lengths = [len(b) for b in bodies]
    return open_ >= 0.6 * len(bodies) and _longer_share(lengths, statistics.mode(lengths)) >= _LONGER_SHARE


def _line_widths(bodies: list[str]) -> list[int | None]:
    """The column width around each line (`bodies`: the lines without spaces): a page may mix
    wide and narrow columns, so the width is the median of the neighbouring lines' lengths when
    most of them agree, else the page's width (see _line_width)."""
    page = _line_width(bodies)
    lengths = [len(body) for body in bodies]
    widths: list[int | None] = []
    for i in range(len(bodies)):
        around = [n for j, n in enumerate(lengths[max(0, i - _WIDTH_WINDOW):i + _WIDTH_WINDOW + 1], max(0, i - _WIDTH_WINDOW))
                  if j != i and n >= 8]
        near = [n for n in around if n <= 40]
        if len(around) >= 6 and len(near) <= len(around) // 2:
            widths.append(None)     # a stretch of paragraph-per-line text inside a wrapped page
            continue
        width = page
        if len(near) >= 6:
            typical = int(statistics.median(near))
            if sum(1 for n in near if abs(n - typical) <= 2) / len(near) >= 0.6:
                width = typical
        widths.append(width)
    return widths


_WIDTH_WINDOW = 6   # neighbouring non-blank lines on each side that decide a line's column width
_BRIEF_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,12}[：:]")


def _looks_like_brief_headline(line: str) -> bool:
    """A short "地名：标题" line without a closing full stop: the headline of a news brief."""
    body = _compact(line)
    m = _BRIEF_HEADLINE.match(body)
    return (len(body) <= 36 and m is not None and body[-1] not in _TERMINAL + "，,、"
            and not m.group(0)[:-1].endswith(_SPEECH_VERBS) and len(body) - m.end() >= 4)


_SPEECH_VERBS = ("说", "表示", "介绍", "指出", "认为", "强调", "称", "道", "问", "答")


_SPACE_RUN = re.compile(f"[{_SPACE}]+")


def _compact(line: str) -> str:
    return _SPACE_RUN.sub("", line)


def _joins_next(line: str, nxt: str | None, width: int | None, bylines: bool) -> bool:
    """Does `line` continue on the next non-blank line (a break mid-sentence)? Never when
    either is a byline (`bylines`: is_byline of one or the other, known to the caller)."""
    if nxt is None:
        return False
    body = _compact(line)
    if not body or bylines or line.lstrip().startswith("#"):
        return False
    if body.endswith("\ufffd"):  # truncated by OCR: nothing follows
        return False
    if _looks_like_brief_headline(line) or (body.startswith("——") and len(body) <= 40):
        return False    # a brief's headline, or a sub-headline: its own line
    nxt_body = _compact(nxt)
    if not nxt_body or nxt.lstrip().startswith("#") or nxt_body.startswith("——"):
        return False
    if _looks_like_brief_headline(nxt) or opens_with_dateline(nxt_body):
        return False    # a line never runs on into a dateline (…讯 / …电): the story starts there
    if _splits_a_number(body, nxt_body):
        return True
    if width is not None and len(body) > 2 * width + 4 and len(nxt_body) <= width + 2:
        return False    # a whole paragraph OCR'd as one line, then a narrow column's line: another column
    if width is not None:
        return len(body) >= width - 2 or (body[-1] not in _TERMINAL + _CLOSERS and len(body) >= 0.8 * width)
    if body[-1] in _TERMINAL + _CLOSERS + "：:":
        return False
    if nxt[:1] in _SPACE or _opens_with_period(nxt_body):
        return False    # an indented line, or one opening with 今年以来, / 上半年,: a new paragraph
    return len(body) >= 30 and is_cjk(nxt_body[0])


# a dateline opening a line: outlet (and place) + month and day + 讯 (衡阳日报讯, 红网益阳6月10日讯,
# 红网时刻9月4日讯), or + 电 after a date (新华社长沙3月24日电); the outlet never holds a comma
_LINE_DATELINE = re.compile(r"[\u4e00-\u9fff·]{2,16}?(?:(?:\d{1,2}月\d{1,2}日)?讯|\d{1,2}月\d{1,2}日专?电)(?![\u4e00-\u9fff])")


def opens_with_dateline(line: str) -> bool:
    """Does `line` (spaces removed) open with a dateline (衡阳日报讯 (通讯员…), 红网益阳6月10日讯)?"""
    return _LINE_DATELINE.match(line) is not None


def _opens_with_period(line: str) -> bool:
    """Does `line` open with a period word and a comma (今年以来, / 近年来,): a sentence's start?"""
    return any(line.startswith(word) and line[len(word):len(word) + 1] in "，," for word in _period_openers())


def _period_openers() -> tuple[str, ...]:
    return load_longest_first("period_words.txt") + ("上半年", "下半年", "一季度")


_NUMBER_TAIL = "多余万亿千百%％"


def _splits_a_number(body: str, nxt_body: str) -> bool:
    """抢修漏点700 | 多处, 减免费用30 | 多万元: a line ending in a digit whose next line opens
    with an approximation, a magnitude or a unit goes on; a number is never cut from its unit."""
    if not body[-1].isdigit():
        return False
    if nxt_body[0] in _NUMBER_TAIL:
        return True
    from .numbers import unit_table  # loaded once (lru_cache)
    return any(nxt_body.startswith(u) for u in unit_table())


def normalise(raw: str) -> tuple[str, list[int]]:
    """Normalise OCR text; returns (text, offsets) with offsets[i] = raw index of text[i].

    - spaces between CJK characters are removed (spaces in credit lines are kept, one each);
    - a line broken mid-sentence is joined to the next non-blank line;
    - paragraphs are separated by exactly one "\\n".
    """
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in raw.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    compacted = [(start, line, _compact(line)) for start, line in lines]
    nonblank = [(start, line) for start, line, body in compacted if body]
    bodies = [body for _, _, body in compacted if body]     # the lines measured, without spaces
    widths = _line_widths(bodies)
    points = _is_list_page(bodies)

    bylines = [is_byline(line) for _, line in nonblank]

    out: list[str] = []
    offsets: list[int] = []
    for i, (start, line) in enumerate(nonblank):
        nxt = nonblank[i + 1][1] if i + 1 < len(nonblank) else None
        _emit_line(line, start, bylines[i], out, offsets)
        if nxt is None:
            continue
        after = nonblank[i + 2][1] if i + 2 < len(nonblank) else None
        if _ends_before_headline(line, nxt, after) or (points and not _splits_a_number(_compact(line), _compact(nxt))) \
                or not _joins_next(line, nxt, widths[i], bylines[i] or bylines[i + 1]):
            out.append("\n")
            offsets.append(start + len(line))
        elif _needs_space(out, nxt):
            out.append(" ")
            offsets.append(start + len(line))
    offsets.append(len(raw))
    return "".join(out), offsets


def _ends_before_headline(line: str, nxt: str, after: str | None) -> bool:
    """A sentence that ends the line, then a short unpunctuated line followed by a
    sub-headline (——…) or a byline: that short line is a headline, not the text's sequel."""
    body, head = _compact(line), _compact(nxt)
    if not body or body[-1] not in _TERMINAL + _CLOSERS or not head or len(head) > 30:
        return False
    if head[-1] in _TERMINAL + "，,、；;" or after is None:
        return False
    return _compact(after).startswith("——") or is_credit_line(after)


def _needs_space(out: list[str], nxt: str) -> bool:
    """Joining two Latin/digit runs across a line break keeps one space."""
    if not out:
        return False
    first = _compact(nxt)[:1]
    return bool(first) and not is_cjk(out[-1]) and not is_cjk(first) and out[-1].isalnum() and first.isalnum()


def _emit_line(line: str, start: int, keep_spaces: bool, out: list[str], offsets: list[int]) -> None:
    """Append one line's characters, dropping spaces that OCR put between CJK characters."""
    n = len(line)
    i = 0
    # skip leading spaces and markdown heading marks ("# ", "## ")
    while i < n and line[i] in _SPACE:
        i += 1
    while i < n and line[i] == "#":
        i += 1
    while i < n and line[i] in _SPACE:
        i += 1
    end = n
    while end > i and line[end - 1] in _SPACE:
        end -= 1
    credits = _bracketed_credit_ranges(line) if "(" in line or "（" in line or "报道" in line else []
    for run in _SPACE_RUN.finditer(line, i, end):
        _emit_chars(line, i, run.start(), start, out, offsets)
        prev = out[-1] if out else ""
        in_credit = any(a < run.start() < b for a, b in credits)
        if keep_spaces or in_credit or not (is_cjk(prev) or is_cjk(line[run.end()])):
            out.append(" ")
            offsets.append(start + run.start())
        i = run.end()
    _emit_chars(line, i, end, start, out, offsets)


def _emit_chars(line: str, i: int, j: int, start: int, out: list[str], offsets: list[int]) -> None:
    """Append line[i:j] (no spaces in it) character by character with their raw offsets."""
    out.extend(line[i:j])
    offsets.extend(range(start + i, start + j))


# ---------------------------------------------------------------- segmenting

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’\"'）)」』]*|…{2,}[”’\"）)]*")
_PHOTO = re.compile(r"摄影?\s*[)）]?$")
# a photo caption closed by its credit in brackets: "…走访企业。(韶山高新区供图)", "…（记者 王某 摄）"
_CAPTION_END = re.compile(r"[。！!]\s*[（(][^（()）]{2,20}(?:供图|摄影?)\s*[)）]$")


def segment(doc: Document) -> None:
    """Fill doc.paragraphs, doc.articles and doc.sentences."""
    doc.paragraphs = _paragraphs(doc.text)
    kinds = [_paragraph_kind(doc, i) for i in range(len(doc.paragraphs))]
    doc.articles = _articles(doc, kinds)
    doc.sentences = _sentences(doc, kinds)


def _paragraphs(text: str) -> list[Span]:
    spans = []
    start = 0
    for m in re.finditer("\n", text):
        if m.start() > start:
            spans.append(Span(start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans


# 记者问他为何坚持，他说：“……就要干好。”: a short paragraph whose sentence ends inside its closing
# quote is body text, not a heading
_CLOSING_QUOTES = "”’」』\"'"


def _paragraph_kind(doc: Document, i: int) -> str:
    """headline | subheadline | credit | caption | body (a first guess, refined by _articles)."""
    span = doc.paragraphs[i]
    para = doc.slice(span)
    raw_line = doc.raw[doc.offsets[span.start]:doc.raw_span(span).end]
    raw_prefix = doc.raw[max(0, doc.offsets[span.start] - 4):doc.offsets[span.start]]
    if is_credit_line(para) or role_credits(para) or is_page_meta(para):
        return "credit"
    if _CAPTION_END.search(para) and len(para) <= 120:
        return "caption"
    if para.startswith("—") and len(para) < 60:      # a long ——paragraph is a bulleted body paragraph
        return "subheadline"
    if "#" in raw_prefix and "###" not in raw_prefix:
        return "headline"
    if _is_kicker(para):
        return "heading"
    if len(para) <= 36 and para.rstrip(_CLOSING_QUOTES)[-1:] not in tuple(_TERMINAL + "，,、：:") \
            and not raw_line.endswith("\ufffd"):
        nxt = doc.slice(doc.paragraphs[i + 1]) if i + 1 < len(doc.paragraphs) else ""
        if nxt and _PHOTO.search(nxt) and is_credit_line(nxt):
            return "caption"
        if _in_run_of_points(doc, i):
            return "body"   # 粮食总产量14.07万吨 / 城镇化率达76.25%: a report's points, one per line
        return "heading"
    return "body"


_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|[万亿千百]?[^\d\s%，,。、:：;；!！?？()（）“”\"《》])")
_NUMBERED_TITLE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))")


_TIME_WORDS = tuple("年月日号时")   # 2025年, 7月, 28日: a date, no figure stated
_POINT_STOPS = tuple(_TERMINAL + "，,、：:")   # a line closed by one of these is a sentence or a lead-in, no point


def _in_run_of_points(doc: Document, i: int) -> bool:
    """Is paragraph `i` one of three or more stated points in a row (a headline stating a figure
    over one short line that states another stays a headline)?"""
    point = [_stated_point(doc, j) for j in range(i - 2, i + 3)]
    return point[2] and ((point[1] and point[3]) or (point[0] and point[1]) or (point[3] and point[4]))


def _stated_point(doc: Document, i: int) -> bool:
    """Is paragraph `i` a line without a closing stop that states a figure (a number and the word
    after it, a date not counted) and is no numbered section title (一、2025年成就)?"""
    if not 0 <= i < len(doc.paragraphs):
        return False
    para = doc.slice(doc.paragraphs[i])
    return (para[-1:] not in _POINT_STOPS and _NUMBERED_TITLE.match(para) is None
            and any(not m.group().rstrip().endswith(_TIME_WORDS) for m in _FIGURE.finditer(para)))


_PAGE_META = re.compile(r"(?:发布时间|发布日期|发稿时间|更新时间|时间|日期|来源|稿源|信息来源|编辑|责任编辑|责编"
                        r"|作者|浏览次数|点击数|阅读数|字号)\s*[：:]")
_TIMESTAMP_LINE = re.compile(r"(?:19|20)\d\d(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)"
                             r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# (作者:(朱 彪): the names may stand in brackets)
_META_AUTHORS = re.compile(r"(?:作者|记者|通讯员|撰稿)\s*[：:]\s*[（(]?\s*((?:[\u4e00-\u9fff]{2,4}[\s、,，]*)+)")


def is_page_meta(line: str) -> bool:
    """A web page's meta line, not a headline: 发布时间:… 来源:…, 编辑:…, 作者:…, or a bare
    timestamp (2021-12-23 15:22:20)."""
    s = line.strip()
    return bool(_PAGE_META.match(s) or _TIMESTAMP_LINE.fullmatch(s))


def _meta_credits(doc: Document, span: Span) -> list[Credit]:
    """The authors of a page meta line (作者:谢文清 杨理馨 贺伟); an editor or a source is no byline."""
    text = doc.slice(span)
    out: list[Credit] = []
    for field in _META_AUTHORS.finditer(text):
        following = _PAGE_META.search(text, field.start(1))     # the next field (作者:周荃 来源:办公室)
        names = text[field.start(1):min(following.start(), field.end(1)) if following else field.end(1)]
        for run in re.finditer(r"[\u4e00-\u9fff]+", names):
            start = field.start(1) + run.start()
            for offset, name in split_names(run.group(0)) if len(run.group(0)) > 3 else [(0, run.group(0))]:
                if starts_with_surname(name):
                    at = span.start + start + offset
                    out.append(Credit(name=name, role="author", span=Span(at, at + len(name))))  # type: ignore[arg-type]
    return out


_KICKER = re.compile(r"[\u4e00-\u9fff]{2,12}[：:]")


def _is_kicker(para: str) -> bool:
    """A place name and a colon alone on a line ("平江童市镇:"): the first half of a news
    brief's headline, the title itself on the next line."""
    return bool(_KICKER.fullmatch(para)) and _leading_place(para) is not None


def _articles(doc: Document, kinds: list[str]) -> list[Article]:
    """Group paragraphs into articles.

    A heading starts a new article when it is followed by a sub-headline or a byline
    (within two paragraphs), when it has the "地名：标题" shape of a news brief, or
    when the previous article ended with a trailing credit. Other headings are
    section headings inside the current article.
    """
    paras = doc.paragraphs
    starts: list[int] = []
    credit_before = True
    for i, kind in enumerate(kinds):
        text = doc.slice(paras[i])
        if kind == "headline":
            starts.append(i)
        elif kind == "heading":
            nxt = kinds[i + 1:i + 3]
            brief = bool(re.match(r"^[\u4e00-\u9fff]{2,12}[：:]", text))
            current = _article_title(doc, kinds, starts[-1]) if starts else ""
            after_kicker = i > 0 and kinds[i - 1] == "headline" and _is_kicker(doc.slice(paras[i - 1]))
            if after_kicker:
                pass       # the title of the brief its kicker opened, or a stray kicker of another column
            elif ("subheadline" in nxt[:1] or (nxt[:1] == ["credit"] and not _is_photo(doc, i + 1)
                                               and not _is_meta(doc, i + 1)) or brief
                    or credit_before or _names_another_place(text, current)):
                starts.append(i)
        elif kind == "credit" and not starts and not is_page_meta(text):
            starts.append(i)
        credit_before = kind == "credit" and not _is_photo(doc, i) and not _is_meta(doc, i) and i > 0 \
            and kinds[i - 1] == "body"
        if kind == "heading":
            kinds[i] = "headline" if starts and starts[-1] == i else "heading"
    if _headlines_follow_bodies(doc, kinds):
        starts = _trailing_headline_starts(doc, kinds)
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    articles: list[Article] = []
    for n, first in enumerate(starts):
        last = starts[n + 1] - 1 if n + 1 < len(starts) else len(paras) - 1
        if last < first:
            continue
        span = Span(paras[first].start, paras[last].end)
        article = Article(index=len(articles), span=span)
        for i in range(first, last + 1):
            if kinds[i] == "headline" and article.headline is None:
                article.headline = paras[i]
            elif kinds[i] == "subheadline" and article.subheadline is None:
                article.subheadline = paras[i]
            elif kinds[i] == "credit":
                meta = is_page_meta(doc.slice(paras[i]))
                article.credits.extend(_meta_credits(doc, paras[i]) if meta else parse_credits(doc, paras[i]))
            else:   # 湘潭日报讯（记者 王吉瑛 通讯员 李四）: a byline inside the dateline
                article.credits.extend(inline_credits(doc, paras[i]))
        articles.append(article)
    return articles


def _is_bare_byline(doc: Document, kinds: list[str], i: int) -> bool:
    """A byline of reporters' names: a credit line neither parenthesised nor a photo credit."""
    return (0 <= i < len(kinds) and kinds[i] == "credit" and not _is_photo(doc, i)
            and doc.slice(doc.paragraphs[i])[:1] not in "（(" and not is_page_meta(doc.slice(doc.paragraphs[i])))


def _headlines_follow_bodies(doc: Document, kinds: list[str]) -> bool:
    """A page laid out headline-last: it opens with body text, and bylines come straight
    after body paragraphs (the byline precedes the next body, the headline follows it)."""
    if not kinds or kinds[0] != "body":
        return False
    return sum(1 for i in range(1, len(kinds)) if _is_bare_byline(doc, kinds, i) and kinds[i - 1] == "body") >= 1


def _trailing_headline_starts(doc: Document, kinds: list[str]) -> list[int]:
    """Article starts on a headline-last page: after each headline (+ sub-headline) group,
    and at each byline that directly follows body text. The group's first line is marked
    "headline" so it becomes the headline of the article it closes."""
    starts = [0]
    for i in range(len(kinds)):
        group_end = kinds[i] in {"headline", "heading"} and kinds[i + 1:i + 2] == ["subheadline"]
        lone_sub = kinds[i] == "subheadline" and (i == 0 or kinds[i - 1] not in {"headline", "heading"})
        titled = kinds[i] in {"headline", "heading"} and (_is_bare_byline(doc, kinds, i + 1) or i + 1 == len(kinds))
        if group_end or titled:
            kinds[i] = "headline"
            starts.append(i + 2 if group_end else i + 1)
        elif lone_sub:
            starts.append(i + 1)
        elif kinds[i] == "headline":
            kinds[i] = "heading"
        if _is_bare_byline(doc, kinds, i) and i > 0 and kinds[i - 1] == "body":
            starts.append(i)
    starts = sorted({n for n in starts if n < len(kinds)})
    # a photo caption between a headline group and the next byline is the photo of the
    # article that headline closes, not an article of its own
    return [n for k, n in enumerate(starts)
            if not all(kinds[j] == "caption" for j in range(n, starts[k + 1] if k + 1 < len(starts) else len(kinds)))]


def _article_title(doc: Document, kinds: list[str], first: int) -> str:
    """Headline and sub-headline text of the article starting at paragraph `first`."""
    parts = [doc.slice(doc.paragraphs[j]) for j in range(first, min(first + 3, len(kinds)))
             if kinds[j] in {"headline", "heading", "subheadline"}]
    return "".join(parts)


def _leading_place(heading: str) -> str | None:
    """The place name a heading starts with (宁乡市…, 资兴市…, 茶庵铺镇…), if any: a full
    gazetteer name of any level, or the short form of a county or larger."""
    from .gazetteer import load_gazetteer  # loaded once (lru_cache), only when a heading needs it

    gazetteer = load_gazetteer()
    for n in range(min(8, len(heading)), 1, -1):
        prefix = heading[:n]
        if gazetteer.by_name.get(prefix):
            return prefix
        if n >= 2 and any(gazetteer.get(k).level not in _SMALL_PLACES for k in gazetteer.by_short.get(prefix, [])):
            return prefix
    return None


_SMALL_PLACES = {"town", "township", "subdistrict", "village", "community"}


def _names_another_place(heading: str, current_title: str) -> bool:
    """A heading that starts with a place the current article's title does not name opens a
    new article; section headings rarely start with a place name."""
    place = _leading_place(heading)
    return place is not None and len(heading) >= 8 and place not in current_title


def _is_meta(doc: Document, i: int) -> bool:
    """Is paragraph `i` a page meta line (发布时间:…, a bare date), no byline?"""
    return 0 <= i < len(doc.paragraphs) and is_page_meta(doc.slice(doc.paragraphs[i]))


def _is_photo(doc: Document, i: int) -> bool:
    return 0 <= i < len(doc.paragraphs) and bool(_PHOTO.search(doc.slice(doc.paragraphs[i])))


_CREDIT_ROLE_WORDS = ("记者", "通讯员", "实习生", "摄影", "编辑", "责编", "撰稿", "作者")
_CREDIT_ROLE = rf"(?:[\u4e00-\u9fff·/ ]{{0,14}}?(?:{'|'.join(_CREDIT_ROLE_WORDS)}))"
# names, maybe unspaced; an outlet word (本报, 本台) opens the next role, it is no name; a duty word
# closing the line (本报记者 龚某 整理; 报道, 摄) says what the names did, it is no name either
_CREDIT_DUTIES = "报道|摄|整理|供稿|采写|执笔"
_CREDIT_NAME_CHAR = r"(?:(?!记者|通讯员|实习生|摄影|编辑|责编|作者|报道|整理|供稿|采写|执笔|本报|本台|本刊)[\u4e00-\u9fff])"
_CREDIT_NAME = rf"{_CREDIT_NAME_CHAR}{{2,12}}"
_ROLE_GROUP = re.compile(rf"({_CREDIT_ROLE})\s*[：:]?\s*((?:{_CREDIT_NAME}(?:\s+|、|，|,)?)+)")
_BULLETS = "■□●○◆◇▲△★☆•"     # a bullet opening a credit line (■本报记者 …)
# The names of a whole credit line as maximal runs (possessive: a run of names is never re-split, which
# is the same set of lines as names of 2-12 characters repeated, without the exponential backtracking
# of re-splitting a long run when the line is no credit line)
_CREDIT_NAME_RUN = rf"{_CREDIT_NAME_CHAR}{{2,}}+"
_ROLE_CREDIT_LINE = re.compile(rf"\s*[{_BULLETS}]?\s*(?:{_CREDIT_ROLE}\s*[：:]?\s*(?:{_CREDIT_NAME_RUN}(?:\s+|、|，|,)?)+\s*)+"
                               rf"(?:{_CREDIT_DUTIES})?\s*")
_BRACKETED = re.compile(r"[（(]([^（）()\n]{3,60})[)）]")


_SOURCE_LABEL = re.compile(r"\s*来源\s*[:：]\s*")   # (来源:郴州日报 通讯员 李明华): the label of a credit


def role_credits(text: str) -> list[tuple[str, int, str]]:
    """(name, offset, role) of a credit written with its role words (本报记者 张胜男; 记者 王吉瑛
    通讯员 李四; 湖南日报全媒体记者 卢嘉俊), or [] when `text` is not wholly such a credit. A source label
    may open it (来源:郴州日报 通讯员 李明华 张孝义)."""
    label = _SOURCE_LABEL.match(text)
    if label is not None:
        return [(name, at + label.end(), role) for name, at, role in role_credits(text[label.end():])]
    if not _ROLE_CREDIT_LINE.fullmatch(text) or not _ROLE_GROUP.match(text.strip().lstrip(_BULLETS).lstrip()):
        return []
    out: list[tuple[str, int, str]] = []
    photo = text.rstrip().endswith("摄")
    located = _report_location(text)
    for group in _ROLE_GROUP.finditer(text):
        role = "photographer" if photo or "摄影" in group.group(1) else "author"
        for run in re.finditer(r"[\u4e00-\u9fff]+", group.group(2)):
            at = group.start(2) + run.start()
            if at == located:
                continue     # …肖小军 衡阳报道: where the report was filed, not a name
            if at > 0 and text[at - 1].isspace() and text.startswith(_CREDIT_ROLE_WORDS, at + len(run.group(0))):
                continue     # …万珂铭 红网时刻新闻记者 周纯: the outlet of the next role (not 记者李柯夫通讯员…)
            spaced = at > 0 and text[at - 1].isspace()
            alone = len(run.group(0)) <= 3 and not split_names(run.group(0))[1:] \
                and (spaced or starts_with_surname(run.group(0)))   # 记者 蒋理 首积亮: one name each
            names = [(0, run.group(0))] if alone else split_names(run.group(0))
            if not names and _four_character_name(text, at, run.group(0)):
                names = [(0, run.group(0))]   # 全媒体记者 郑镱慧子 通讯员 吕莉: one name of four characters
            if not names:
                return []   # 通讯员队伍不断壮大: not names
            out.extend((name, group.start(2) + run.start() + offset, role) for offset, name in names)
    return out


def _four_character_name(text: str, at: int, run: str) -> bool:
    """A run of four characters standing alone between spaces (or the end) that opens with a
    one-character surname and is no two names (郑镱慧子: a given name of three characters)."""
    end = at + len(run)
    return (len(run) == 4 and at > 0 and text[at - 1].isspace() and (end == len(text) or text[end].isspace())
            and run[:1] in single_surnames() and run[:2] not in load_lines("surnames.txt"))


_REPORTED_FROM = re.compile(r"([\u4e00-\u9fff]{2,6})\s*报道\s*$")


def _report_location(text: str) -> int | None:
    """The offset of the place a credit line closes with "<place>报道" (…肖小军 衡阳报道), if any."""
    found = _REPORTED_FROM.search(text)
    if found is None or _leading_place(found.group(1)) != found.group(1):
        return None
    return found.start(1)


def is_byline(line: str) -> bool:
    """A credit line, with or without role words (刘爱明 张 咪; 本报记者 张胜男)."""
    return is_credit_line(line) or bool(role_credits(line.strip()))


def _bracketed_credit_ranges(line: str) -> list[tuple[int, int]]:
    """Ranges of bracketed credits in a line ((记者 蒋理 首积亮)), whose spaces part names."""
    ranges = [m.span(1) for m in _BRACKETED.finditer(line) if role_credits(m.group(1))]
    leading = _LEADING_CREDIT.match(line)
    if leading is not None and role_credits(leading.group(1)):
        ranges.append((leading.start(1), leading.end(1) + 1))   # 记者 任洁 汨罗报道 地处…: the space after it kept
    closing = _CLOSING_NAMES.search(line)
    if closing is not None and _authors_in_brackets(closing.group(1)):
        ranges.append(closing.span(1))   # …增添新动力。(张立 何兴安): the spaces part the names
    return ranges


@lru_cache(maxsize=1)
def _surname_rank() -> dict[str, int]:
    """Each surname's rank in surnames.txt (most common first); shared, do not change it."""
    return {name: i for i, name in enumerate(load_list("surnames.txt"))}


def split_names(run: str) -> list[tuple[int, str]]:
    """A run of names written without spaces (李中陈哲 -> 李中, 陈哲): the split into names of
    2-3 characters (4 with a compound surname), each opening with a surname, with the fewest
    names, then the most common surnames (徐斌|傅南朝, not 徐斌傅|南朝); [] if there is none."""
    rank = _surname_rank()
    best: dict[int, tuple[int, int, list[tuple[int, str]]]] = {0: (0, 0, [])}
    for end in range(1, len(run) + 1):
        for size in (2, 3, 4):
            start = end - size
            name = run[start:end]
            if start < 0 or start not in best or not starts_with_surname(name):
                continue
            if size == 4 and name[:2] not in rank:
                continue
            count, cost, names = best[start]
            option = (count + 1, cost + rank.get(name[:2], rank.get(name[:1], len(rank))), names + [(start, name)])
            if end not in best or option[:2] < best[end][:2]:
                best[end] = option
    return best[len(run)][2] if len(run) in best else []


def inline_credits(doc: Document, span: Span) -> list[Credit]:
    """Credits in brackets inside a paragraph (…讯（记者 王吉瑛 通讯员 李四）…)."""
    text = doc.slice(span)
    out = []
    for m in _BRACKETED.finditer(text):
        for name, offset, role in role_credits(m.group(1)):
            start = span.start + m.start(1) + offset
            out.append(Credit(name=name, role=role, span=Span(start, start + len(name))))  # type: ignore[arg-type]
    leading = _LEADING_CREDIT.match(text)
    if leading is not None and not out:
        for name, offset, role in role_credits(leading.group(1)):
            start = span.start + leading.start(1) + offset
            out.append(Credit(name=name, role=role, span=Span(start, start + len(name))))  # type: ignore[arg-type]
    closing = _CLOSING_NAMES.search(text)
    if closing is not None and not out and _authors_in_brackets(closing.group(1)):
        for run in re.finditer(r"[\u4e00-\u9fff]+", closing.group(1)):
            start = span.start + closing.start(1) + run.start()
            out.append(Credit(name=run.group(0), role="author", span=Span(start, start + len(run.group(0)))))
    return out


# a byline opening a paragraph without brackets, closed by 报道 and the story's first words
# (红网时刻新闻记者 任洁 汨罗报道 地处湘北的…; 衡阳新闻网讯 通讯员曾璐茜 单师薇报道 发展…)
_LEADING_CREDIT = re.compile(r"\s*(?:[^\s，。,:：()（）]{2,16}讯\s*)?"
                             r"([^\s，。,:：()（）]{0,14}?(?:记者|通讯员)\s*[\u4e00-\u9fff ]{2,30}?报道)(?=\s)")
# the authors' names in brackets closing a story's last paragraph, after its last sentence
# (…增添新动力。(张立 何兴安); …激发了社区干部队伍的生机和活力。(康少兵))
_CLOSING_NAMES = re.compile(r"[。！？!?”]\s*[（(]\s*([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})\s*[)）]\s*$")


def _authors_in_brackets(inner: str) -> bool:
    """Are the bracketed tokens all names (each opening with a surname, none a title or role word)?"""
    tokens = inner.split()
    return _plausible_names(tokens, parenthesised=True) and all(
        starts_with_surname(t) and len(t) <= 3 and t not in load_lines("titles.txt") for t in tokens)


def parse_credits(doc: Document, span: Span) -> list[Credit]:
    """Names of a credit line: "刘爱明 张 咪 傅相玮" -> 刘爱明, 张咪, 傅相玮 (single characters pair up);
    with role words, the names after them (本报记者 张胜男)."""
    text = doc.slice(span)
    with_roles = role_credits(text)
    if with_roles:
        return [Credit(name=name, role=role, span=Span(span.start + offset, span.start + offset + len(name)))  # type: ignore[arg-type]
                for name, offset, role in with_roles]
    role = "photographer" if _PHOTO.search(text) else "author"
    credits: list[Credit] = []
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[\u4e00-\u9fff]+", text)]
    if any(text[s:e] in load_lines("titles.txt") for s, e in tokens):
        return []   # 县长 黄四平 under a report's title: an office holder signing it, no reporter
    if role == "photographer" and tokens:
        s, e = tokens[-1]
        stripped = re.sub(r"摄影?$", "", text[s:e])
        tokens[-1] = (s, s + len(stripped))
        tokens = [t for t in tokens if t[1] > t[0]]
    i = 0
    while i < len(tokens):
        s, e = tokens[i]
        if e - s == 1 and i + 1 < len(tokens) and tokens[i + 1][1] - tokens[i + 1][0] == 1:
            e2 = tokens[i + 1][1]
            credits.append(Credit(name=text[s:e] + text[tokens[i + 1][0]:e2], role=role,
                                  span=Span(span.start + s, span.start + e2)))
            i += 2
            continue
        if e - s >= 2:
            credits.append(Credit(name=text[s:e], role=role, span=Span(span.start + s, span.start + e)))
        i += 1
    return credits


def _sentences(doc: Document, kinds: list[str]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for p, span in enumerate(doc.paragraphs):
        article = _article_index(doc, span.start)
        kind = kinds[p] if kinds[p] in {"headline", "subheadline", "heading", "caption", "credit"} else "body"
        if kind != "body":
            sentences.append(Sentence(len(sentences), span, article, p, kind))
            continue
        text = doc.slice(span)
        start = 0
        for m in _SENTENCE_END.finditer(text):
            if m.end() > start:
                sentences.append(Sentence(len(sentences), Span(span.start + start, span.start + m.end()), article, p))
            start = m.end()
        if start < len(text):
            sentences.append(Sentence(len(sentences), Span(span.start + start, span.end), article, p))
    return sentences


def _article_index(doc: Document, pos: int) -> int:
    """The index of the article holding `pos`, else the last article's."""
    article = doc.article_at(pos)
    return article.index if article is not None else max(0, len(doc.articles) - 1)
