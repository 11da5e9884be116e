"""Lexicons as data files (one entry per line, '#' starts a comment).

Political scientists extend these files without reading Python; code loads
them once through `load_lines` / `load_table`.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


@lru_cache(maxsize=None)
def load_lines(name: str) -> frozenset[str]:
    """The entries of lexicon file `name` as a set."""
    return frozenset(_lines(name))


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """The entries of lexicon file `name` in file order."""
    return tuple(_lines(name))


@lru_cache(maxsize=None)
def load_longest_first(name: str) -> tuple[str, ...]:
    """The entries of lexicon file `name`, longest first (for `str.startswith`/`endswith` and
    regex alternations, where a longer entry must win over its own head or tail)."""
    return tuple(sorted(load_lines(name), key=lambda entry: (-len(entry), entry)))


@lru_cache(maxsize=None)
def entry_lengths(name: str) -> tuple[int, ...]:
    """The lengths of the entries of lexicon file `name`, shortest first: whether an entry
    opens or closes a text is then one set lookup per length, not a scan of every entry."""
    return tuple(sorted({len(entry) for entry in load_lines(name)}))


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated lexicon file `name` as rows of fields."""
    return tuple(tuple(field.strip() for field in line.split("\t")) for line in _lines(name))
