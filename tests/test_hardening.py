"""Issue 10: nothing hangs, nothing leaks, nothing is lost (the build side).

Line ends and offsets, damaged bytes, archive layouts (same file name in several
folders, symlinked and unreadable folders), documents that exceed their time or
memory limit, atomic publishing, file modes.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from rdflib import Graph

from graph.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev" / "articles"
SEEDS = ROOT / "seeds"
OA = "http://www.w3.org/ns/oa#"


def quiet(_message: str) -> None:
    """A notify callback that drops messages."""


def evidence_slices(out: Path) -> list[tuple[int, int, str]]:
    """(start, end, exact) of every evidence node of the build in `out`, from graph.ttl."""
    g = Graph().parse(out / "graph.ttl", format="turtle")
    rows = g.query(f"""PREFIX oa: <{OA}>
        SELECT ?start ?end ?exact WHERE {{ ?ev oa:hasSelector ?p, ?q .
            ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }}""")
    return [(int(s), int(e), str(x)) for s, e, x in rows]


# ---------------------------------------------------------------- line ends

@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_offsets_slice_the_source_whatever_its_line_ends(tmp_path: Path, line_end: str) -> None:
    text = SEEDS.joinpath(sorted(os.listdir(SEEDS))[0]).read_text(encoding="utf-8")[:4000]
    text = text.replace("\n", line_end)
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt").write_bytes(text.encode("utf-8"))
    build([src], tmp_path / "out", network=False, notify=quiet)
    slices = evidence_slices(tmp_path / "out")
    assert len(slices) > 20
    source = (src / "page.txt").read_bytes().decode("utf-8")
    for start, end, exact in slices:
        assert source[start:end] == exact


def test_windows_line_ends_give_the_same_facts_as_unix_ones(tmp_path: Path) -> None:
    text = (DEV / "d13.txt").read_text(encoding="utf-8")
    for name, body in (("unix", text), ("windows", text.replace("\n", "\r\n"))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "d13.txt").write_bytes(body.encode("utf-8"))
        build([tmp_path / name], tmp_path / f"out-{name}", network=False, notify=quiet)
    unix = (tmp_path / "out-unix" / "facts" / "d13.json").read_text(encoding="utf-8")
    windows = (tmp_path / "out-windows" / "facts" / "d13.json").read_text(encoding="utf-8")
    assert re.sub(r'"source": "[^"]*"', "", unix) == re.sub(r'"source": "[^"]*"', "", windows)


# ---------------------------------------------------------------- damaged bytes

def test_a_stray_byte_is_replaced_and_the_document_kept(tmp_path: Path) -> None:
    data = (DEV / "d13.txt").read_bytes()
    middle = len(data) // 2
    middle = data.index("。".encode(), middle) + 3          # after a full stop: never inside a character
    damaged = data[:middle] + b"\xff" + data[middle:]
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt").write_bytes(damaged)
    messages: list[str] = []
    report = build([src], tmp_path / "out", network=False, notify=messages.append)
    assert report.skipped == [] and report.documents == ["page"]
    assert any("1 undecodable byte(s) replaced" in m and "page.txt" in m for m in messages)
    kept = (tmp_path / "out" / "sources" / "page.txt").read_text(encoding="utf-8")
    assert kept == data[:middle].decode() + "\ufffd" + data[middle:].decode()
    facts = (tmp_path / "out" / "facts" / "page.json").read_text(encoding="utf-8")
    assert "岳阳" in facts


def test_text_in_another_code_is_not_taken_for_damaged_utf8() -> None:
    from graph.text import decode_input

    gbk = (DEV / "d13.txt").read_text(encoding="utf-8").encode("gb18030")
    decoded = decode_input(gbk, "gbk.txt")
    assert decoded.encoding == "gb18030" and decoded.replaced == 0
