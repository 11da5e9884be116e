"""Word segmentation with jieba, taught the gazetteer and the project's lexicons.

One `jieba.Tokenizer` is built once per process (`tokenizer()`): jieba's own
dictionary plus every place name of the gazetteer (full names and short forms,
tagged 'ns') and the titles lexicon (tagged 'nt'), so 资福镇, 渌口区 and
钱粮湖镇 come out as one word. `cut` segments any text; `pos_window` tags a
short window only (jieba.posseg over whole pages is too slow for the hot path).

Loading is what every process that tags text pays first, so the tables are kept in the
user's private cache folder (`cache.user_cache_dir`), each named by a hash of what it is
made from: the project's dictionary file and its prefix table, and jieba.posseg's tag
table of jieba's own dictionary (which jieba.posseg would otherwise parse from dict.txt at
import). jieba itself is imported without pkg_resources (see `_import_jieba`).
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .cache import user_cache_dir
from .gazetteer import load_gazetteer
from .lexicon import load_list


def _import_jieba():
    """jieba, imported without pkg_resources. jieba._compat imports pkg_resources (setuptools'
    whole resource machinery: 0.15 s) only to open jieba's own data files, and opens them by
    path when that import fails; any later `import pkg_resources` works as before."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None        # type: ignore[assignment]  # import raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


def _import_posseg(jieba_module):
    """jieba.posseg, imported without reading jieba's dictionary for its tags. At import, it
    builds its default tagger by parsing dict.txt (0.45 s); `default_word_tags` fills that
    tagger's table from a cache instead (`_jieba_tag_table`)."""
    if "jieba.posseg" in sys.modules:
        import jieba.posseg
        return jieba.posseg
    default = jieba_module.dt
    dictionary = default.dictionary
    default.dictionary = os.devnull             # the import's tag table: an empty file's
    try:
        import jieba.posseg
    finally:
        default.dictionary = dictionary
    jieba.posseg.dt.word_tag_tab = _jieba_tag_table(jieba.posseg.dt)
    return jieba.posseg


jieba = _import_jieba()
jieba.setLogLevel(logging.WARNING)

# Lexicon files whose entries become words, with the part-of-speech tag they get.
LEXICON_TAGS: tuple[tuple[str, str], ...] = (
    ("titles.txt", "nt"),
    ("zone_suffixes.txt", "n"),
)

PLACE_WORD_FREQ = 20000      # a gazetteer name beats jieba's split of it
SHORT_FORM_FREQ = 2000       # short forms (邵阳, 渌口) are words, but weaker than full names
LEXICON_WORD_FREQ = 5000
MIN_VILLAGE_WORD = 3         # two-character village names (新村) are too common to force


def _optional_lexicon(name: str) -> tuple[str, ...]:
    """Entries of lexicon `name`, or () when that file does not exist (yet)."""
    try:
        return load_list(name)
    except (FileNotFoundError, OSError):
        return ()


def place_words() -> dict[str, int]:
    """Gazetteer names to add to the dictionary, with their frequency."""
    gaz = load_gazetteer()
    words: dict[str, int] = {}
    for name, keys in gaz.by_name.items():
        levels = {gaz.entries[k].level for k in keys}
        if len(name) < 2 or (levels <= {"village", "community"} and len(name) < MIN_VILLAGE_WORD):
            continue
        words[name] = PLACE_WORD_FREQ
    for name in gaz.by_short:
        if len(name) >= 2 and name not in words:
            words[name] = SHORT_FORM_FREQ
    return words


def extra_words() -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of everything the project adds to jieba's dictionary."""
    words = [(word, freq, "ns") for word, freq in place_words().items()]
    for filename, tag in LEXICON_TAGS:
        words += [(word, LEXICON_WORD_FREQ, tag) for word in _optional_lexicon(filename) if len(word) >= 2]
    return words


def _dictionary_lines(words: tuple[tuple[str, int, str], ...]) -> str:
    """`words` as jieba dictionary lines (`word freq tag`)."""
    return "".join(f"{w} {f} {t}\n" for w, f, t in words)


def _dictionary_file(extra: str) -> Path:
    """jieba's dictionary plus the lines `extra`, written once to the cache folder (named by their
    hash); `_initialised` keeps its prefix table beside it for later processes."""
    path = _cache_file(f"govkg-jieba-{_digest(extra)}.txt")
    if not path.exists():
        _write_atomic(path, _jieba_dictionary().rstrip("\n") + "\n" + extra)
    return path


def _own_frequencies_file(extra: str, words: tuple[tuple[str, int, str], ...]) -> Path:
    """`word freq` lines of jieba's own dictionary for the project's words (whose dictionary
    lines are `extra`) it already has, written once to the cache folder beside the dictionary file."""
    path = _cache_file(f"govkg-jieba-{_digest(extra)}.own.txt")
    if not path.exists():
        ours = {w for w, _f, _t in words}
        lines = [line for line in _jieba_dictionary().splitlines() if line.split(" ", 1)[0] in ours]
        _write_atomic(path, "".join(" ".join(line.split(" ")[:2]) + "\n" for line in lines))
    return path


def _jieba_dictionary() -> str:
    return _jieba_dictionary_file().read_text(encoding="utf-8")


def _jieba_dictionary_file() -> Path:
    return Path(jieba.__file__).with_name("dict.txt")


def _jieba_tag_table(tagger) -> dict[str, str]:
    """Part-of-speech tag of every word of jieba's own dictionary, as jieba.posseg reads it
    (`load_word_tag`), kept marshalled in the user's private cache folder under the hash of
    dict.txt: read back in one piece in a fraction of the time. Without a private cache
    folder, or when the cache is missing or damaged, jieba's own parser builds it."""
    folder = user_cache_dir()
    try:
        data = _jieba_dictionary_file().read_bytes()
    except OSError:
        data = None
    cache = folder / f"jieba-tags-{hashlib.sha1(data).hexdigest()[:16]}.marshal" \
        if folder is not None and data is not None else None

    def parsed() -> dict[str, str]:
        tagger.load_word_tag(tagger.tokenizer.get_dict_file())
        return tagger.word_tag_tab

    return _marshalled(cache, lambda table: isinstance(table, dict), parsed)


def _marshalled(cache: Path | None, valid: Callable[[Any], bool], make: Callable[[], Any]) -> Any:
    """`make()`, kept marshalled in `cache` and read back from it in one piece (`marshal.loads`
    of the file's bytes) when what it holds is `valid`; made and written again when the file is
    missing or damaged, and simply made when `cache` is None or cannot be written."""
    if cache is not None:
        try:
            value = marshal.loads(cache.read_bytes())
            if valid(value):
                return value
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = make()
    if cache is not None:
        try:
            _write_atomic(cache, marshal.dumps(value))
        except OSError:
            pass            # a read-only cache folder: made again next time
    return value


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _cache_file(name: str) -> Path:
    """`name` in the user's private cache folder, else (none can be made) in the temp dir, where
    jieba keeps its own caches."""
    return (user_cache_dir() or Path(tempfile.gettempdir())) / name


def _write_atomic(path: Path, text: str | bytes) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    if isinstance(text, bytes):
        tmp.write_bytes(text)
    else:
        tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _initialised(dictionary: Path) -> jieba.Tokenizer:
    """A jieba Tokenizer of `dictionary` (a file of `_dictionary_file`, named by its content),
    its prefix table read from a cache of our own beside it, in one piece: `marshal.loads`
    of the file's bytes takes 0.3 s where jieba's own cache, unmarshalled from the open
    file (`marshal.load` reads it a few bytes at a time), takes 0.85 s. The first process
    builds the table with jieba and writes the cache; a damaged cache is built again."""
    tok = jieba.Tokenizer(dictionary=str(dictionary))

    def built() -> tuple[dict[str, int], int]:
        tok.initialize()            # jieba's own cache serves when ours cannot be written
        return tok.FREQ, tok.total

    tok.FREQ, tok.total = _marshalled(dictionary.with_suffix(".freq"), _is_prefix_table, built)
    tok.initialized = True
    return tok


def _is_prefix_table(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], dict) and isinstance(value[1], int)


@lru_cache(maxsize=1)
def _extra_words() -> tuple[tuple[str, int, str], ...]:
    """The project's words as dictionary lines can hold them (no space in a word)."""
    return tuple((w, f, t) for w, f, t in extra_words() if " " not in w)


@lru_cache(maxsize=1)
def _project_tables() -> tuple[jieba.Tokenizer, dict[str, int]]:
    """The project's tokenizer (jieba's dictionary + our words) and jieba's own frequency
    of the words of ours that jieba's dictionary already has."""
    words = _extra_words()
    try:
        extra = _dictionary_lines(words)
        tok = _initialised(_dictionary_file(extra))
        own_lines = _own_frequencies_file(extra, words).read_text(encoding="utf-8").splitlines()
        own = {word: int(freq) for word, freq in (line.split(" ") for line in own_lines)}
    except OSError:           # no writable folder: add the words one by one
        tok = jieba.Tokenizer()
        tok.initialize()
        own = {w: tok.FREQ[w] for w, _f, _t in words if tok.FREQ.get(w)}
        for word, freq, tag in words:
            tok.add_word(word, freq, tag)
    return tok, own


def tokenizer() -> jieba.Tokenizer:
    """The project's jieba tokenizer (built once): gazetteer names + lexicon words."""
    return _project_tables()[0]


@lru_cache(maxsize=1)
def default_tokenizer() -> jieba.Tokenizer:
    """A tokenizer with jieba's own dictionary, derived from the project's in memory instead
    of loaded a second time (0.8 s): the project's table with our words given back jieba's
    own frequency, or 0 when jieba does not have them. A word of frequency 0 and a missing
    word are the same to jieba (`FREQ.get(w) or 1` when it scores a split, a DAG edge only
    for a frequency > 0) and to our lookups (`get(w, 0)`), so it cuts and answers as
    jieba's default tokenizer does; tests/test_segmenter.py compares them."""
    project, own = _project_tables()
    freq = dict(project.FREQ)
    total = project.total
    for word, added, _tag in _extra_words():
        freq[word] = own.get(word, 0)
        total -= added
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = freq, total, True
    return tok


@lru_cache(maxsize=1)
def _pos_tokenizer() -> jieba.posseg.POSTokenizer:
    tok = tokenizer()
    if tok.dictionary == jieba.DEFAULT_DICT:
        return jieba.posseg.POSTokenizer(tok)       # words added one by one: jieba merges their tags
    # The dictionary file is jieba's dict.txt followed by our words, so its tag table is
    # jieba's own (read when jieba.posseg was imported) updated with our words' tags:
    # built here in memory instead of parsing the 30 MB file a second time.
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = tok
    pos.word_tag_tab = word_tags()
    return pos


def default_word_tags() -> dict[str, str]:
    """Part-of-speech tag of every word of jieba's own dictionary (read when jieba.posseg is
    imported; shared, do not change it)."""
    return jieba.posseg.dt.word_tag_tab


def default_word_freq() -> dict[str, int]:
    """Frequency of every word of jieba's own dictionary (0 or missing for a prefix of a word
    or a word jieba does not have; shared, do not change it)."""
    return default_tokenizer().FREQ


@lru_cache(maxsize=1)
def _default_pos_tokenizer() -> jieba.posseg.POSTokenizer:
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = default_tokenizer()
    pos.word_tag_tab = default_word_tags()
    return pos


def default_cut(text: str) -> list[str]:
    """Segment `text` with jieba's own dictionary (what jieba.lcut gives)."""
    return default_tokenizer().lcut(text)


def default_pos_cut(text: str, hmm: bool = True) -> list[tuple[str, str]]:
    """(word, tag) pairs of `text` with jieba's own dictionary (what jieba.posseg.lcut gives)."""
    return [(pair.word, pair.flag) for pair in _default_pos_tokenizer().lcut(text, HMM=hmm)]


def word_tags() -> dict[str, str]:
    """Part-of-speech tag of every word of the project's dictionary (jieba's own words,
    then the gazetteer's and the lexicons', as `load_word_tag` would read the file)."""
    table = dict(default_word_tags())
    table.update((word, tag) for word, _freq, tag in _extra_words() if " " not in word)
    return table


def load() -> None:
    """Load the project's tokenizer and tagger and jieba's default ones now (before forking
    workers, which then share them)."""
    _pos_tokenizer()
    _default_pos_tokenizer()


def cut(text: str) -> list[str]:
    """Segment `text` into words (jieba.lcut with the project's dictionary)."""
    return tokenizer().lcut(text)


def run_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of `text` that `cut` segments together with text[start:end]. jieba cuts each
    run of ideographs, letters and digits (`jieba.re_han_default`) on its own, so the words of
    that run are the same in a cut of the run as in a cut of the whole text; (0, len(text))
    when text[start:end] is not inside one run."""
    for run in jieba.re_han_default.finditer(text):
        if run.start() > start:
            break
        if end <= run.end():
            return run.start(), run.end()
    return 0, len(text)


@lru_cache(maxsize=1 << 15)
def pos_window(text: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs for a short window of text, with the same dictionary. (Cached: the
    extractors ask about the same few characters after a name or before a place many times, and
    tagging them with the HMM costs about a millisecond.)"""
    return tuple((pair.word, pair.flag) for pair in _pos_tokenizer().lcut(text))


# After the functions it needs: jieba.posseg with its default tag table from the cache.
_import_posseg(jieba)
