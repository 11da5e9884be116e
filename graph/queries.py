"""SPARQL over a build's store: named queries, result tables and their formats.

Imports only pyoxigraph and the standard library (no rdflib), so `govkg query` starts
fast. Read queries run in a forked child (`run_query_with_timeout`): a timeout or
Ctrl-C stops them at once, even inside Oxigraph. A query over the user's own graph
makes no network request and reads no file: SERVICE and LOAD are refused unless the
caller allows them (`check_remote`).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .namespaces import ONTOLOGY_DIR, QUERY_DIR  # noqa: F401 - ONTOLOGY_DIR re-exported
_UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I | re.M)


class QueryError(Exception):
    """A query that cannot run: syntax error, unknown name, refused update…"""


@dataclass
class ResultTable:
    columns: list[str]
    rows: list[list[str | None]]

    def as_dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def named_queries() -> dict[str, Path]:
    """Named queries shipped in ontology/queries/*.rq (name = file stem)."""
    return {p.stem: p for p in sorted(QUERY_DIR.glob("*.rq"))}


def load_named(name: str) -> str:
    """The text of a named query as shipped (its parameter lines inactive: no filter)."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; available: {', '.join(queries)}")
    return queries[name].read_text(encoding="utf-8-sig")


# ---------------------------------------------------------------- parameters of named queries
#
# A named query declares its parameters in its header:
#     # @param place label  a place's name; the places inside it match too
#     # @param year year    documents published that year
#     # @param person label required  the person's name
# and marks the lines that use one with `#+NAME ` (a comment, so the file as shipped runs with
# no filter). Given a value, those lines are switched on and the variable ?_NAME in them is
# replaced by the value as one RDF term written by Oxigraph (a literal, escaped as N-Triples
# escapes it): no value can change what the query does, and the query planner sees the
# value (with Oxigraph's `substitutions` it plans the query before the value is known and
# reads the whole graph: 2 s instead of 0.2 s for one place at 1.85M triples). A switched-on
# line that holds only the variable (a projection) is dropped.

_PARAM_DECL = re.compile(r"^#\s*@param\s+(\w+)\s+(\w+)((?:\s+required)?)\s*(.*)$")
_PARAM_LINE = re.compile(r"^(\s*)#\+(\w+)(?: |$)")
_XSD_GYEAR = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")
_YEAR = re.compile(r"[0-9]{4}")
MAX_PARAM_LENGTH = 200


@dataclass(frozen=True)
class Param:
    """A declared parameter of a named query: `label` (a name as written, bound as a literal
    "…"@zh, the language of every skos label of the graph) or `year` (four digits, bound as
    "2022"^^xsd:gYear)."""

    name: str
    kind: str
    required: bool
    doc: str

    def term(self, value: object) -> ox.Literal:
        """The RDF term `value` is bound as; QueryError (one line) for a value of the wrong form."""
        text = str(value).strip()
        if self.kind == "year":
            if not _YEAR.fullmatch(text):
                raise QueryError(f"parameter {self.name}: {_shown(text)} is not a year (four digits, e.g. 2022)")
            return ox.Literal(text, datatype=_XSD_GYEAR)
        if not text:
            raise QueryError(f"parameter {self.name}: the value is empty")
        if len(text) > MAX_PARAM_LENGTH:
            raise QueryError(f"parameter {self.name}: the value is over {MAX_PARAM_LENGTH} characters")
        return ox.Literal(text, language="zh")

    def usage(self) -> str:
        return f"{self.name}{' (required)' if self.required else ''}: {self.doc}"


def _shown(text: str) -> str:
    """A value quoted on one line (for an error message)."""
    return repr(text if len(text) <= 40 else text[:40] + "…")


PARAM_KINDS = ("label", "year")


def query_params(sparql: str) -> dict[str, Param]:
    """The parameters a query text declares (`# @param NAME KIND [required] what it does`);
    QueryError for a declaration of an unknown kind or a `#+NAME` line of an undeclared one."""
    params: dict[str, Param] = {}
    for line in sparql.splitlines():
        match = _PARAM_DECL.match(line.strip())
        if match:
            name, kind, required, doc = match.groups()
            if kind not in PARAM_KINDS:
                raise QueryError(f"parameter {name}: unknown kind {kind!r} (use {', '.join(PARAM_KINDS)})")
            params[name] = Param(name, kind, bool(required.strip()), doc.strip())
    for line in sparql.splitlines():
        match = _PARAM_LINE.match(line)
        if match and match[2] not in params:
            raise QueryError(f"a line uses #+{match[2]} but the query declares no parameter {match[2]}")
    return params


def named_params(name: str) -> dict[str, Param]:
    """The declared parameters of named query `name`."""
    return query_params(load_named(name))


@dataclass(frozen=True)
class BoundQuery:
    """A query text with the values of its parameters written in as RDF terms (see `bind`)."""

    sparql: str
    values: tuple[tuple[str, ox.Literal], ...] = ()     # parameter name -> the term written in


def bind(sparql: str, values: dict[str, object], query_name: str = "the query") -> BoundQuery:
    """`sparql` with the lines of the given parameters switched on and their values written
    in as RDF terms; QueryError (one line) for an unknown parameter, a bad value or a
    required one missing."""
    params = query_params(sparql)
    unknown = sorted(set(values) - set(params))
    if unknown:
        known = ", ".join(params) or "none"
        raise QueryError(f"{query_name} has no parameter {', '.join(unknown)}; its parameters: {known}")
    missing = [p.name for p in params.values() if p.required and values.get(p.name) is None]
    if missing:
        name = missing[0]
        raise QueryError(f"{query_name} needs the parameter {name} ({params[name].doc}): --param {name}=…")
    given = {name: params[name].term(value) for name, value in values.items() if value is not None}
    lines = []
    for line in sparql.splitlines():
        match = _PARAM_LINE.match(line)
        if match and match[2] in given:
            name, term = match[2], str(given[match[2]])
            body = line[match.end():]
            if re.fullmatch(rf"\s*[?$]_{name}\s*", body):
                continue
            line = match[1] + re.sub(rf"[?$]_{name}\b", lambda _m: term, body)
        lines.append(line)
    return BoundQuery("\n".join(lines) + "\n", tuple(given.items()))


def bind_named(name: str, values: dict[str, object] | None = None) -> BoundQuery:
    """Named query `name` with its parameters bound (see `bind`)."""
    return bind(load_named(name), values or {}, f"named query {name!r}")


def parse_param_options(options: tuple[str, ...] | list[str]) -> dict[str, str]:
    """NAME=VALUE strings (the CLI's --param) as a dict; QueryError for a malformed or repeated one."""
    values: dict[str, str] = {}
    for option in options:
        name, sep, value = option.partition("=")
        name = name.strip()
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(f"--param {_shown(option)}: write NAME=VALUE, e.g. --param place=邵阳市")
        if name in values:
            raise QueryError(f"--param {name} is given twice")
        values[name] = value
    return values


# strings, IRIs and comments: blanked out before looking for keywords
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*", re.S)


def _keyword(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w?$:.\-]){word}(?![\w:\-])", re.I)


_SERVICE, _LOAD = _keyword("SERVICE"), _keyword("LOAD")


def remote_operations(sparql: str) -> set[str]:
    """"service" and/or "load" when the query text (strings, IRIs and comments aside) uses
    SERVICE (a request to another endpoint) or LOAD (reads a URL or a local file)."""
    code = _OPAQUE.sub(" ", sparql)
    return {name for name, keyword in (("service", _SERVICE), ("load", _LOAD)) if keyword.search(code)}


def check_remote(sparql: str, allow_service: bool = False, allow_load: bool = False) -> None:
    """QueryError when the text uses SERVICE (a request to another endpoint over the
    network) or LOAD (reads any URL or local file) and the caller did not allow it."""
    used = remote_operations(sparql)
    if not allow_service and "service" in used:
        raise QueryError("SERVICE sends the query to another SPARQL endpoint over the network; "
                         "refused without --allow-service")
    if not allow_load and "load" in used:
        raise QueryError("LOAD reads a URL or a local file into the store; refused without --allow-load")


def is_update(sparql: str) -> bool:
    """Does this text (comments and prefixes aside) start an update operation?"""
    body = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    body = re.sub(r"^\s*(PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*", "", body, flags=re.I | re.M)
    return bool(_UPDATE.search(body)) and not re.match(r"^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.I)


def term_text(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.Literal | ox.NamedNode | ox.BlankNode):
        return term.value
    return str(term)


_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")


def syntax_message(exc: SyntaxError) -> str:
    """Oxigraph's "error at 2:9: expected …" as "SPARQL syntax error at line 2, column 9: expected …"."""
    text = str(exc.msg if exc.msg else exc).strip()
    match = _POSITION.match(text)
    if match:
        text = f"at line {match[1]}, column {match[2]}: {text[match.end():]}"
    elif exc.lineno:
        text = f"at line {exc.lineno}, column {exc.offset or 0}: {text}"
    return f"SPARQL syntax error {text}".replace("\n", " ")


def run_query(store: ox.Store, sparql: str | BoundQuery) -> ResultTable:
    """Run a SELECT/ASK/CONSTRUCT query (text, or a BoundQuery); rows of plain strings (None
    for unbound)."""
    bound = sparql if isinstance(sparql, BoundQuery) else BoundQuery(sparql)
    try:
        result = store.query(bound.sparql)
        if isinstance(result, ox.QueryBoolean):
            return ResultTable(["ask"], [["true" if bool(result) else "false"]])
        if isinstance(result, ox.QuerySolutions):
            columns = [v.value for v in result.variables]
            rows = [[term_text(solution[c]) for c in columns] for solution in result]
            return ResultTable(columns, rows)
        rows = [[str(t.subject), str(t.predicate), str(t.object)] for t in result]
        return ResultTable(["subject", "predicate", "object"], rows)
    except SyntaxError as exc:
        raise QueryError(syntax_message(exc)) from None
    except (OSError, ValueError, RuntimeError, TypeError) as exc:
        raise QueryError(f"query failed: {exc}") from None


# ---------------------------------------------------------------- formats

def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_table(table: ResultTable, fmt: str = "table") -> str:
    """Render as an aligned table (CJK-aware widths), csv, tsv or json."""
    if fmt == "json":
        return json.dumps(table.as_dicts(), ensure_ascii=False, indent=2) + "\n"
    if fmt in {"csv", "tsv"}:
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([["" if v is None else v for v in row] for row in table.rows])
        return buf.getvalue()
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}: use table, csv, tsv or json")
    cells = [[("" if v is None else v).replace("\n", " ") for v in row] for row in table.rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(table.columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(table.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _query_worker(store_dir: str, sparql: str | BoundQuery, conn,
                  parent_pid: int) -> None:  # pragma: no cover - runs in a child
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent answers Ctrl-C and kills this process
    _die_with_parent(parent_pid)
    try:
        store = ox.Store.read_only(store_dir)
        conn.send(("ok", run_query(store, sparql)))
    except QueryError as exc:
        conn.send(("error", str(exc)))
    except Exception as exc:  # report anything else as a message, never a traceback
        conn.send(("error", f"query failed: {exc}"))
    finally:
        conn.close()


def _die_with_parent(parent_pid: int) -> None:  # pragma: no cover - runs in a child
    """Have Linux kill this process when its parent ends (a parent interrupted while it was still
    forking never learns this child's pid); elsewhere nothing."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)           # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:                          # the parent ended before the call
        os._exit(1)


def run_query_with_timeout(store_dir: Path, sparql: str | BoundQuery, timeout: float | None) -> ResultTable:
    """Run a read query in a forked child; stop it after `timeout` seconds (None: no limit)
    or at once when the caller is interrupted (KeyboardInterrupt propagates)."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_query_worker, args=(str(store_dir), sparql, child, os.getpid()), daemon=True)
    try:
        proc.start()            # inside the try: a Ctrl-C that lands while it forks still stops the child
        child.close()
        if not parent.poll(timeout):
            raise QueryError(f"query stopped after {timeout:g} s (--timeout); narrow it or raise the limit")
        status, payload = parent.recv()
    except EOFError:
        raise QueryError(f"query process ended without a result (exit code {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
        if proc.pid is not None:
            proc.join()
    if status == "error":
        raise QueryError(payload)
    return payload


def run_update(store: ox.Store, sparql: str) -> None:
    try:
        store.update(sparql)
    except SyntaxError as exc:
        raise QueryError(syntax_message(exc)) from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"update failed: {exc}") from None
