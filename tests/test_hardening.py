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


# ---------------------------------------------------------------- archive layouts

def _page(text: str) -> bytes:
    return text.encode("utf-8")


PAGE_A = "邵阳市委书记严华主持召开会议。\n"
PAGE_B = "株洲市长曹慧泉调研项目建设。\n"


def test_same_file_name_in_two_folders_gives_two_documents(tmp_path: Path, no_extraction) -> None:
    for month, text in (("05", PAGE_A), ("06", PAGE_B)):
        (tmp_path / "in" / "2021" / month).mkdir(parents=True)
        (tmp_path / "in" / "2021" / month / "page1.txt").write_bytes(_page(text))
    (tmp_path / "in" / "top.txt").write_bytes(_page(PAGE_A))
    report = build([tmp_path / "in"], tmp_path / "out", network=False, notify=quiet)
    assert report.skipped == []
    assert report.documents == ["2021-05-page1", "2021-06-page1", "top"]
    again = build([tmp_path / "in"], tmp_path / "out2", network=False, notify=quiet)
    assert again.documents == report.documents          # stable


def test_same_stem_given_directly_from_two_folders_is_kept_apart(tmp_path: Path, no_extraction) -> None:
    for folder, text in (("a", PAGE_A), ("b", PAGE_B)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_bytes(_page(text))
    report = build([tmp_path / "a" / "page.txt", tmp_path / "b" / "page.txt"], tmp_path / "out",
                   network=False, notify=quiet)
    assert len(report.documents) == 2 and all(d.startswith("page-") for d in report.documents)


def test_symlinked_folders_are_followed_once(tmp_path: Path, no_extraction) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "linked.txt").write_bytes(_page(PAGE_B))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "own.txt").write_bytes(_page(PAGE_A))
    os.symlink(tmp_path / "elsewhere", tmp_path / "in" / "more")
    os.symlink(tmp_path / "in", tmp_path / "in" / "up")        # a loop back up the tree
    report = build([tmp_path / "in"], tmp_path / "out", network=False, notify=quiet)
    assert report.documents == ["more-linked", "own"]
    assert report.skipped == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_an_unreadable_folder_is_named(tmp_path: Path, no_extraction) -> None:
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "own.txt").write_bytes(_page(PAGE_A))
    (tmp_path / "in" / "locked" / "x.txt").write_bytes(_page(PAGE_B))
    os.chmod(tmp_path / "in" / "locked", 0)
    try:
        messages: list[str] = []
        report = build([tmp_path / "in"], tmp_path / "out", network=False, notify=messages.append)
    finally:
        os.chmod(tmp_path / "in" / "locked", 0o755)
    assert report.documents == ["own"]
    assert any("locked" in m and "cannot list folder" in m for m in messages)


def test_an_unlistable_folder_is_named(tmp_path: Path, no_extraction, monkeypatch) -> None:
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "own.txt").write_bytes(_page(PAGE_A))
    (tmp_path / "in" / "locked" / "x.txt").write_bytes(_page(PAGE_B))
    real_scandir = os.scandir

    def refuse(path=".", *args):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", refuse)
    messages: list[str] = []
    report = build([tmp_path / "in"], tmp_path / "out", network=False, notify=messages.append)
    assert report.documents == ["own"]
    assert any("locked: cannot list folder (Permission denied)" in m for m in messages)
    assert report.skipped
