"""Each document's extraction, kept between builds of the same build directory.

An extraction is a pure function of the document (id, source path, encoding, text) and
of the extractor code and data. Both go into its key: the document's fields are hashed
with the *extractor version*, a hash of the modules an extraction runs (graph/extract.py
and every module it imports), of every lexicon file and of the versions of the libraries
whose data it reads (jieba's dictionary, jionlp's gazetteer). So `govkg build --add` of
one page to a build of 1,000 extracts one page, a re-run on unchanged input extracts
nothing, any change of extraction code or lexicon extracts everything again, and a change
of an output stage only (the store, the network page …) extracts nothing again. Entries are compressed pickles under `<out>/.cache/extractions/`,
written atomically; a build keeps only the entries of its own documents.

The cache is the build directory's own data: like the store, it trusts whoever can
write to that directory.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import tempfile
import zlib
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from .model import Extraction

CACHE_DIR = ".cache/extractions"
PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("jieba", "jionlp")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the code an extraction runs (`extractor_modules`), the lexicons and the data
    libraries' versions: what a kept extraction is a function of, besides its document."""
    return _version(extractor_modules())


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of every module of this package, the lexicons and the data libraries' versions:
    what a build's outputs are a function of, besides their documents and the ontology."""
    return _version(sorted(PACKAGE.glob("*.py")))


EXTRACT_STAGE = "extract"       # graph/extract.py: extract_document


_RELATIVE_IMPORT = re.compile(rb"^[ \t]*from[ \t]+\.(\w*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.MULTILINE)


def extractor_modules() -> list[Path]:
    """graph/extract.py and every module of this package it imports, directly or through
    another (any `from .x import …` or `from . import x, y`, at the top of a module or inside
    a function), sorted. Found from the import lines (a scan of the text, a few ms), not by
    parsing the modules (a third of a second, paid by every build before its workers start):
    a line inside a string that looks like an import only adds a module to the hash."""
    seen: set[str] = set()
    todo = [EXTRACT_STAGE]
    while todo:
        name = todo.pop()
        path = PACKAGE / f"{name}.py"
        if name in seen or not path.is_file():
            continue
        seen.add(name)
        for module, names in _RELATIVE_IMPORT.findall(path.read_bytes()):
            if module:
                todo.append(module.decode())
            else:
                listed = re.sub(rb"#[^\n]*|[()]", b"", names)          # `from . import (a, b as c)`
                todo += [item.split()[0].decode() for item in listed.split(b",") if item.strip()]
    return sorted(PACKAGE / f"{name}.py" for name in seen)


def _version(modules: list[Path]) -> str:
    digest = hashlib.sha256()
    files = [*modules, *sorted((PACKAGE / "lexicon").glob("*"))]
    for path in files:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for version in library_versions(LIBRARIES):
        digest.update(version.encode())
    return digest.hexdigest()[:16]


def library_versions(libraries: tuple[str, ...]) -> list[str]:
    """"name=version" of each library installed, "name=none" of each missing."""
    versions = []
    for library in libraries:
        try:
            versions.append(f"{library}={metadata.version(library)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{library}=none")
    return versions


def document_key(doc_id: str, source: str, encoding: str, raw: str) -> str:
    """The cache key of one document's extraction under the current extractor version."""
    digest = hashlib.sha256(extractor_version().encode())
    for part in (doc_id, source, encoding, raw):
        digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ExtractionCache:
    """Extractions stored by key in a folder; unreadable entries count as misses."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pickle.z"

    def get(self, key: str) -> Extraction | None:
        try:
            data = self._path(key).read_bytes()
            extraction = pickle.loads(zlib.decompress(data))
        except (OSError, zlib.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None
        return extraction if isinstance(extraction, Extraction) else None

    def put(self, key: str, extraction: Extraction) -> None:
        """Store an extraction (best effort: a full disk costs speed next time, not this build)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f".{key}.{os.getpid()}.tmp"
            tmp.write_bytes(zlib.compress(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL), 1))
            os.replace(tmp, self._path(key))
        except OSError:
            return

    def keep_only(self, keys: set[str]) -> None:
        """Delete every entry (and leftover temporary file) whose key is not in `keys`."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name.split(".", 1)[0] not in keys or path.name.startswith("."):
                path.unlink(missing_ok=True)


# ---------------------------------------------------------------- the user's own cache folder

T = TypeVar("T")


def user_cache_dir() -> Path | None:
    """The user's own cache folder for govkg ($GOVKG_CACHE, else $XDG_CACHE_HOME/govkg, else
    ~/.cache/govkg), created private (0700); None when it cannot be made or is not ours.
    Tables derived from data files (the parsed gazetteer, jieba's tag table, the place
    matcher) are kept there, each named by a hash of what it is derived from."""
    base = os.environ.get("GOVKG_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "govkg")
    folder = Path(base)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
        return None          # someone else's or writable by others: never unpickle from it
    return folder


def read_pickle(path: Path, kind: type[T]) -> T | None:
    """The object pickled in `path` if it is a `kind`; None when missing, damaged or another type."""
    try:
        with open(path, "rb") as handle:
            value = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError,
            TypeError, IndexError, KeyError):
        return None
    return value if isinstance(value, kind) else None


def write_pickle(path: Path, value: object) -> None:
    """Pickle `value` to `path` atomically (a temporary file renamed, so a reader never sees
    half a file); best effort: a full or read-only disk costs speed next time, nothing else."""
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def cached_table(name: str, key: str, kind: type[T], make: Callable[[], T]) -> T:
    """`make()`, kept pickled in the user's cache folder as `<name>-<key>.pickle` (`key`: a
    hash of everything the table is derived from) and read back from there next time; built
    and written again when missing or damaged, and simply built without a private folder."""
    folder = user_cache_dir()
    path = folder / f"{name}-{key}.pickle" if folder is not None else None
    value = read_pickle(path, kind) if path is not None else None
    if value is None:
        value = make()
        if path is not None:
            write_pickle(path, value)
    return value
