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
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; available: {', '.join(queries)}")
    return queries[name].read_text(encoding="utf-8-sig")


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


def run_query(store: ox.Store, sparql: str) -> ResultTable:
    """Run a SELECT/ASK/CONSTRUCT query; rows of plain strings (None for unbound)."""
    try:
        result = store.query(sparql)
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


def _query_worker(store_dir: str, sparql: str, conn) -> None:  # pragma: no cover - runs in a child
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent answers Ctrl-C and kills this process
    try:
        store = ox.Store.read_only(store_dir)
        conn.send(("ok", run_query(store, sparql)))
    except QueryError as exc:
        conn.send(("error", str(exc)))
    except Exception as exc:  # report anything else as a message, never a traceback
        conn.send(("error", f"query failed: {exc}"))
    finally:
        conn.close()


def run_query_with_timeout(store_dir: Path, sparql: str, timeout: float | None) -> ResultTable:
    """Run a read query in a forked child; stop it after `timeout` seconds (None: no limit)
    or at once when the caller is interrupted (KeyboardInterrupt propagates)."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_query_worker, args=(str(store_dir), sparql, child), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise QueryError(f"query stopped after {timeout:g} s (--timeout); narrow it or raise the limit")
        status, payload = parent.recv()
    except EOFError:
        raise QueryError(f"query process ended without a result (exit code {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
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
