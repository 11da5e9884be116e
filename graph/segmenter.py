"""Word segmentation with jieba, taught the gazetteer and the project's lexicons.

One `jieba.Tokenizer` is built once per process (`tokenizer()`): jieba's own
dictionary plus every place name of the gazetteer (full names and short forms,
tagged 'ns') and the titles lexicon (tagged 'nt'), so 资福镇, 渌口区 and
钱粮湖镇 come out as one word. `cut` segments any text; `pos_window` tags a
short window only (jieba.posseg over whole pages is too slow for the hot path).
"""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba
import jieba.posseg

from .gazetteer import load_gazetteer
from .lexicon import load_list

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


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """The project's jieba tokenizer (built once): gazetteer names + lexicon words."""
    tok = jieba.Tokenizer()
    tok.initialize()
    for word, freq in place_words().items():
        tok.add_word(word, freq, "ns")
    for filename, tag in LEXICON_TAGS:
        for word in _optional_lexicon(filename):
            if len(word) >= 2:
                tok.add_word(word, LEXICON_WORD_FREQ, tag)
    return tok


@lru_cache(maxsize=1)
def _pos_tokenizer() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(tokenizer())


def cut(text: str) -> list[str]:
    """Segment `text` into words (jieba.lcut with the project's dictionary)."""
    return tokenizer().lcut(text)


def pos_window(text: str) -> list[tuple[str, str]]:
    """(word, tag) pairs for a short window of text, with the same dictionary."""
    return [(pair.word, pair.flag) for pair in _pos_tokenizer().lcut(text)]
