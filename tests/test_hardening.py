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


# ---------------------------------------------------------------- documents over their limits

def _misbehaving_extractor(doc, gaz):
    """Extraction that hangs, eats memory or crashes on marked documents; empty otherwise."""
    import time as _time

    from graph.model import Extraction

    if "永远" in doc.text:
        _time.sleep(600)
    if "吃内存" in doc.text:
        hog = []
        while True:
            hog.append(bytearray(50 * 1024 * 1024))
    if "崩溃" in doc.text:
        raise RuntimeError("a bug in an extractor")
    if "自杀" in doc.text:
        os._exit(7)
    return Extraction(doc=doc)


def test_documents_over_their_limits_are_named_and_the_rest_lands(tmp_path: Path, monkeypatch) -> None:
    import time

    import graph.pipeline as pipeline
    from graph.pipeline import Settings
    from graph.workers import Limits

    monkeypatch.setattr(pipeline, "extract_document", _misbehaving_extractor)
    src = tmp_path / "in"
    src.mkdir()
    pages = {"good1": "邵阳市召开会议。", "hang": "这篇文章永远不会结束。", "hog": "这篇文章吃内存。",
             "crash": "这篇文章让程序崩溃。", "die": "这篇文章让进程自杀。", "good2": "株洲市召开会议。"}
    for name, text in pages.items():
        (src / f"{name}.txt").write_bytes(text.encode("utf-8"))
    messages: list[str] = []
    began = time.monotonic()
    report = build([src], tmp_path / "out", network=False, notify=messages.append,
                   settings=Settings(jobs=2, limits=Limits(seconds=3, memory_mb=300)))
    assert time.monotonic() - began < 60
    assert report.documents == ["good1", "good2"]
    assert sorted(report.failed) == ["crash", "die", "hang", "hog"]
    reasons = "\n".join(messages)
    assert "hang.txt: took longer than 3 s" in reasons
    assert "hog.txt: needed more than 300 MB of memory" in reasons
    assert "crash.txt: extraction failed (RuntimeError: a bug in an extractor" in reasons
    assert "die.txt: its worker process died (exit code 7)" in reasons
    manifest = (tmp_path / "out" / "manifest.json").read_text(encoding="utf-8")
    assert '"good1"' in manifest and '"hang"' not in manifest


def test_the_cli_exits_3_when_a_document_is_over_its_limit(tmp_path: Path) -> None:
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_bytes("邵阳市委书记严华主持会议。".encode())
    (src / "big.txt").write_bytes(((DEV / "d13.txt").read_text(encoding="utf-8") * 400).encode())
    run = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(src), "--out", str(tmp_path / "out"),
                          "--no-network", "--doc-timeout", "4"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 3, run.stderr
    assert "big.txt: took longer than 4 s" in run.stderr
    assert "Traceback" not in run.stderr
    assert "built 1 document(s)" in run.stdout


def test_builds_with_one_and_with_two_workers_are_byte_identical(tmp_path: Path) -> None:
    from graph.pipeline import Settings

    files = sorted(DEV.glob("*.txt"))[:6]
    for jobs in (1, 2):
        build(files, tmp_path / f"out{jobs}", network=False, notify=quiet, settings=Settings(jobs=jobs))
    assert (tmp_path / "out1" / "graph.ttl").read_bytes() == (tmp_path / "out2" / "graph.ttl").read_bytes()
    for facts in (tmp_path / "out1" / "facts").iterdir():
        assert facts.read_bytes() == (tmp_path / "out2" / "facts" / facts.name).read_bytes()
