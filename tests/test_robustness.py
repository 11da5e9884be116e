"""Bad input and faults (issue 5): every unusable file is named and skipped, nothing is lost.

Reading, encodings, vanished/unreadable/looping/huge files, documents without facts,
byte-identical rebuilds, `add`/`remove` equivalence with a fresh build, the output lock,
and builds really killed (SIGKILL) at many points leaving the previous build usable.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

import graph.pipeline as pipeline
from graph.pipeline import BuildError, add, build, remove
from graph.queries import run_query
from graph.store import open_store
from graph.text import InputError, decode_bytes, read_document
from graph.validate import validate_store

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
PAGE = SEED_FILES[0].read_text(encoding="utf-8")[:3000]
ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("every_build_passes_shacl")


def quiet(_message: str) -> None:
    """A notify callback that drops progress messages."""


def documents(out: Path) -> dict[str, str]:
    """doc id -> recorded encoding, from the store."""
    table = run_query(open_store(out), """
        PREFIX gk: <https://w3id.org/govkg/ontology#>
        PREFIX schema: <https://schema.org/>
        SELECT ?id ?enc WHERE { ?d a gk:SourceDocument ; schema:identifier ?id ; gk:encoding ?enc }""")
    return {row[0]: row[1] for row in table.rows}


def assert_usable(out: Path) -> None:
    """The build in `out` opens, answers a query, its Turtle parses and it passes SHACL."""
    assert documents(out)
    Graph().parse(out / "graph.ttl", format="turtle")
    conforms, report = validate_store(out)
    assert conforms, report


# ---------------------------------------------------------------- encodings

@pytest.mark.parametrize("codec, recorded", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030"),
    ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
])
def test_encodings_are_detected_and_recorded_in_the_graph(tmp_path, no_extraction, codec, recorded):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt").write_bytes(PAGE.encode(codec))
    report = build([src], tmp_path / "out", network=False, notify=quiet)
    assert report.skipped == []
    assert documents(tmp_path / "out") == {"page": recorded}
    kept = (tmp_path / "out" / "sources" / "page.txt").read_text(encoding="utf-8")
    assert kept == PAGE
    assert_usable(tmp_path / "out")


def test_binary_file_is_named_and_skipped_and_the_rest_is_built(tmp_path, no_extraction):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED_FILES[1], src / "good.txt")
    (src / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    messages: list[str] = []
    report = build([src], tmp_path / "out", network=False, notify=messages.append)
    assert report.documents == ["good"]
    assert len(report.skipped) == 1 and "scan.txt" in report.skipped[0]
    assert any("scan.txt" in m and ("not a text file" in m or "encoding" in m) for m in messages)
    assert_usable(tmp_path / "out")


def test_control_characters_in_valid_utf8_are_refused_as_binary():
    with pytest.raises(InputError, match="x.txt: not a text file"):
        decode_bytes(("\x01\x02\x03\x04abc" * 100).encode(), "x.txt")


def test_utf8_cut_inside_its_last_character_is_still_utf8():
    data = "邵阳市委书记".encode()
    assert decode_bytes(data[:-1], "cut.txt") == ("邵阳市委书", "utf-8")


def test_a_bad_byte_order_mark_is_a_clear_error():
    with pytest.raises(InputError, match="byte-order mark"):
        decode_bytes(b"\xef\xbb\xbf" + "邵阳".encode("gbk"), "bom.txt")


# ---------------------------------------------------------------- degenerate files

@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"  \n\t\r\n\xe3\x80\x80 \n", "contains only whitespace"),
])
def test_empty_and_blank_files_are_skipped_with_a_message(tmp_path, content, message):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=f"blank.txt: {message}"):
        read_document(path)


def test_latin_only_file_is_a_document_node_without_facts(tmp_path, seed_build):
    src = tmp_path / "in"
    src.mkdir()
    (src / "english.txt").write_text("Weather report\n\nSunny, 23 degrees. Light wind from the north.\n")
    shutil.copy(SEED_FILES[2], src / SEED_FILES[2].name)
    messages: list[str] = []
    report = build([src], tmp_path / "out", network=False, notify=messages.append)
    assert report.skipped == []
    assert "english" in documents(tmp_path / "out")
    assert any("english.txt: no Chinese text" in m for m in messages)
    facts = json.loads((tmp_path / "out" / "facts" / "english.json").read_text())
    assert facts["officials"] == facts["places"] == facts["metrics"] == []
    assert_usable(tmp_path / "out")


def test_a_document_without_facts_still_is_a_document_node(tmp_path, no_extraction):
    report = build([SEED_FILES[0]], tmp_path / "out", network=False, notify=quiet)
    assert report.documents == [SEED_FILES[0].stem]
    assert SEED_FILES[0].stem in documents(tmp_path / "out")
    assert_usable(tmp_path / "out")


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes("邵阳".encode() * 15000)   # 90,000 bytes
    read = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or b"")
    with pytest.raises(InputError, match=r"big.txt: too large \(88 KB; the limit is 1 KB"):
        read_document(big, max_bytes=1000)
    assert read == []  # never read into memory


# ---------------------------------------------------------------- files that go away or cannot be read

def test_file_vanishing_mid_build_is_skipped_by_name(tmp_path, no_extraction, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    for seed in SEED_FILES[:3]:
        shutil.copy(seed, src / seed.name)
    victim = src / SEED_FILES[1].name
    real_find = pipeline.find_inputs

    def find_then_delete(paths):
        found = real_find(paths)
        victim.unlink()  # gone after listing, before reading
        return found

    monkeypatch.setattr(pipeline, "find_inputs", find_then_delete)
    messages: list[str] = []
    report = build([src], tmp_path / "out", network=False, notify=messages.append)
    assert report.documents == [SEED_FILES[0].stem, SEED_FILES[2].stem]
    assert report.skipped == [f"{victim}: file vanished before it could be read"]
    assert messages == [f"govkg: skipped {victim}: file vanished before it could be read"]


def test_unreadable_file_is_skipped_by_name(tmp_path, no_extraction, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED_FILES[0], src / "a.txt")
    shutil.copy(SEED_FILES[1], src / "secret.txt")
    real = Path.read_bytes

    def guarded(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    report = build([src], tmp_path / "out", network=False, notify=quiet)
    assert report.documents == ["a"]
    assert report.skipped == [f"{src / 'secret.txt'}: permission denied"]


def test_symlink_loops_are_reported_not_followed(tmp_path, no_extraction):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED_FILES[0], src / "a.txt")
    os.symlink("loop2.txt", src / "loop1.txt")
    os.symlink("loop1.txt", src / "loop2.txt")
    os.symlink(".", src / "again")               # a folder loop: must not recurse forever
    report = build([src, src / "loop1.txt"], tmp_path / "out", network=False, notify=quiet)
    assert report.documents == ["a"]
    assert f"{src / 'loop1.txt'}: broken or looping symbolic link" in report.skipped
    assert f"{src / 'loop2.txt'}: broken or looping symbolic link" in report.skipped
    assert len(report.skipped) == 3   # loop1 found in the folder and given directly, loop2


def test_missing_input_and_nothing_readable_is_a_build_error(tmp_path):
    with pytest.raises(BuildError, match=r"no readable input documents \(1 skipped\)"):
        build([tmp_path / "nope"], tmp_path / "out", network=False, notify=quiet)
    assert not (tmp_path / "out" / "store").exists()


# ---------------------------------------------------------------- reproducible builds, add and remove

def _published_files(out: Path) -> dict[Path, bytes]:
    """Every file a user reaches through the build's output names (graph.ttl, facts/, …), store aside."""
    from graph.publish import PUBLISHED

    found = {}
    for name in PUBLISHED:
        top = out / name
        if name == "store" or not top.exists():
            continue
        for p in [top] if top.is_file() else top.rglob("*"):
            if p.is_file():
                found[p.relative_to(out)] = p.read_bytes()
    return found


def test_rerun_on_the_same_input_is_byte_identical(tmp_path, seed_build):
    out = tmp_path / "out"
    shutil.copytree(seed_build, out, symlinks=True)
    before = _published_files(out)
    build([SEEDS], out, network=False, notify=quiet)
    after = _published_files(out)
    assert before.keys() == after.keys()
    assert before[Path("graph.ttl")] == after[Path("graph.ttl")]
    assert before == after


def _entities(out: Path) -> dict[str, int]:
    """Number of place, person and program nodes in the store."""
    counts = {}
    for name, cls in (("places", "Place"), ("persons", "Person"), ("programs", "Program")):
        table = run_query(open_store(out), f"""PREFIX gk: <https://w3id.org/govkg/ontology#>
            SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a gk:{cls} }}""")
        counts[name] = int(table.rows[0][0])
    return counts


def test_add_equals_a_fresh_build_and_duplicates_nothing(tmp_path, seed_build):
    out = tmp_path / "out"
    build(SEED_FILES[:3], out, network=False, notify=quiet)
    partial = _entities(out)
    report = add(SEED_FILES[3:], out, network=False, notify=quiet)
    assert report.documents == [p.stem for p in SEED_FILES]
    assert (out / "graph.ttl").read_bytes() == (seed_build / "graph.ttl").read_bytes()
    assert _entities(out) == _entities(seed_build)
    assert _entities(out)["places"] >= partial["places"]
    assert sorted(p.name for p in (out / "facts").iterdir()) == sorted(p.name for p in (seed_build / "facts").iterdir())
    assert_usable(out)


def test_adding_a_file_already_there_changes_nothing(tmp_path, seed_build):
    out = tmp_path / "out"
    shutil.copytree(seed_build, out, symlinks=True)
    messages: list[str] = []
    add([SEED_FILES[0]], out, network=False, notify=messages.append)
    assert (out / "graph.ttl").read_bytes() == (seed_build / "graph.ttl").read_bytes()
    assert any("already in the build, unchanged" in m for m in messages)


def test_adding_a_changed_file_replaces_the_document(tmp_path, no_extraction):
    out = tmp_path / "out"
    page = tmp_path / "page.txt"
    page.write_text("第一版\n\n内容。\n", encoding="utf-8")
    build([page], out, network=False, notify=quiet)
    page.write_text("第二版\n\n新内容。\n", encoding="gb18030")
    add([page], out, network=False, notify=quiet)
    assert documents(out) == {"page": "gb18030"}
    assert (out / "sources" / "page.txt").read_text(encoding="utf-8") == "第二版\n\n新内容。\n"


def test_add_links_the_kept_texts_and_writes_the_new_and_changed_ones(tmp_path, no_extraction):
    out = tmp_path / "out"
    pages = {name: tmp_path / f"{name}.txt" for name in ("a", "b", "c")}
    for name in ("a", "b"):
        pages[name].write_text(f"{name}页\n\n内容。\n", encoding="utf-8")
    build([pages["a"], pages["b"]], out, network=False, notify=quiet)
    before = {name: (out / "sources" / f"{name}.txt").stat() for name in ("a", "b")}
    pages["b"].write_text("b页第二版\n\n新内容。\n", encoding="utf-8")
    pages["c"].write_text("c页\n\n内容。\n", encoding="utf-8")
    add([pages["b"], pages["c"]], out, network=False, notify=quiet)
    kept = (out / "sources" / "a.txt").stat()
    assert (kept.st_ino, kept.st_dev) == (before["a"].st_ino, before["a"].st_dev)     # linked, not written
    assert (out / "sources" / "b.txt").stat().st_ino != before["b"].st_ino
    assert {n: (out / "sources" / f"{n}.txt").read_text(encoding="utf-8") for n in pages} == \
        {"a": "a页\n\n内容。\n", "b": "b页第二版\n\n新内容。\n", "c": "c页\n\n内容。\n"}


def test_remove_equals_a_build_without_the_document(tmp_path, seed_build):
    out = tmp_path / "out"
    shutil.copytree(seed_build, out, symlinks=True)
    gone = SEED_FILES[4]
    report = remove([gone.stem], out, network=False, notify=quiet)
    assert gone.stem not in report.documents
    assert not (out / "facts" / f"{gone.stem}.json").exists()
    assert not (out / "sources" / f"{gone.stem}.txt").exists()
    fresh = tmp_path / "fresh"
    build(SEED_FILES[:4], fresh, network=False, notify=quiet)
    assert (out / "graph.ttl").read_bytes() == (fresh / "graph.ttl").read_bytes()
    assert gone.stem not in (out / "manifest.json").read_text()
    assert_usable(out)


def test_remove_unknown_or_last_document_is_refused(tmp_path, no_extraction):
    out = tmp_path / "out"
    build([SEED_FILES[0]], out, network=False, notify=quiet)
    with pytest.raises(BuildError, match=r"no document 'nope' in .*documents: 000_"):
        remove(["nope"], out, network=False, notify=quiet)
    with pytest.raises(BuildError, match="would leave .* without documents"):
        remove([str(SEED_FILES[0])], out, network=False, notify=quiet)   # a file path names its doc too
    assert documents(out)


def test_add_to_a_build_without_manifest_is_refused(tmp_path, no_extraction):
    out = tmp_path / "out"
    build([SEED_FILES[0]], out, network=False, notify=quiet)
    (out / "manifest.json").resolve().unlink()        # the build itself has none (an older govkg)
    with pytest.raises(BuildError, match="has no manifest.json"):
        add([SEED_FILES[1]], out, network=False, notify=quiet)


def test_a_second_writer_is_refused_while_a_build_holds_the_lock(tmp_path, no_extraction):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".govkg.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(BuildError, match="another govkg build or update is writing to"):
            build([SEED_FILES[0]], out, network=False, notify=quiet)


def test_store_set_aside_by_a_killed_swap_is_recovered(tmp_path, no_extraction):
    out = tmp_path / "out"
    build([SEED_FILES[0]], out, network=False, notify=quiet)
    os.replace(out / "store", out / ".store.old.999")     # killed between the two renames
    assert SEED_FILES[0].stem in documents(out)             # open_store puts it back
    assert (out / "store").is_dir() and not list(out.glob(".store.old.*"))


# ---------------------------------------------------------------- builds killed with SIGKILL

KILL_RUNNER = """
import os, signal, sys
sys.path.insert(0, {root!r})
import graph.store
kill_at = int(os.environ["KILL_AT_RENAME"])
calls = [0]

def counted(real):
    def rename(*args, **kw):
        calls[0] += 1
        with open(os.environ["RENAME_LOG"], "a") as log:     # each process's renames, counted from its fork
            log.write(f"{{os.getpid()}} {{calls[0]}}\\n")
        if calls[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kw)
    return rename

os.replace = counted(os.replace)                       # file renames, staged store swap
graph.store._exchange = counted(graph.store._exchange)  # folder swaps (renameat2)
if os.environ.get("NO_EXTRACTION"):
    import graph.pipeline
    from graph.model import Extraction
    graph.pipeline.extract_document = lambda doc, gaz: Extraction(doc=doc)
from graph.cli import main
try:
    main()
finally:
    sys.stderr.write(f"renames: {{calls[0]}}\\n")
"""


def _killable_build(tmp_path: Path, out: Path, inputs: list[Path], kill_at: int,
                    extraction: bool = True) -> subprocess.Popen:
    runner = tmp_path / "runner.py"
    runner.write_text(KILL_RUNNER.format(root=str(ROOT)))
    env = {**os.environ, "KILL_AT_RENAME": str(kill_at), "NO_EXTRACTION": "" if extraction else "1",
           "RENAME_LOG": str(out) + ".renames"}
    return subprocess.Popen([sys.executable, str(runner), "build", *map(str, inputs), "--out", str(out)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)


def _cli_query_works(out: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "graph.cli", "query", "--store", str(out), "--format", "csv",
                           "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/govkg/ontology#SourceDocument> }"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.splitlines()[1]) >= 1


def _check_previous_or_new(out: Path, old_docs: set[str], new_docs: set[str]) -> None:
    docs = set(documents(out))
    assert docs in (old_docs, new_docs)
    Graph().parse(out / "graph.ttl", format="turtle")
    manifest = {e["doc"] for e in json.loads((out / "manifest.json").read_text())["documents"]}
    assert manifest in (old_docs, new_docs)
    facts = {p.stem for p in (out / "facts").glob("*.json")}
    assert facts in (old_docs, new_docs)
    _cli_query_works(out)


def test_build_killed_at_every_rename_leaves_a_usable_build(tmp_path, seed_build):
    """SIGKILL at the k-th rename of the publishing step (and inside the store swap)."""
    old_docs = {p.stem for p in SEED_FILES}
    new_docs = {p.stem for p in SEED_FILES[:2]}
    kill_at = renames = 0
    while not renames:
        kill_at += 1
        out = tmp_path / f"out{kill_at}"
        shutil.copytree(seed_build, out, symlinks=True)
        proc = _killable_build(tmp_path, out, SEED_FILES[:2], kill_at, extraction=False)
        _, stderr = proc.communicate(timeout=120)
        _check_previous_or_new(out, old_docs, new_docs)
        if proc.returncode == 0:   # got through: kill_at is past the last rename of every process
            log = [line.split() for line in Path(f"{out}.renames").read_text().splitlines()]
            by_process = {pid: int(count) for pid, count in log}          # the last count of each
            renames = max(by_process.values())
            assert int(stderr.decode().rsplit("renames: ", 1)[1]) <= renames
            assert set(documents(out)) == new_docs
        else:       # the build killed, or a child of it killed and the build failed with one line
            assert proc.returncode == -signal.SIGKILL or (
                proc.returncode == 1 and "failed (killed by SIGKILL); the build was not published" in stderr.decode()
            ), stderr.decode()
    # every rename of the build was a kill point once: current's (in the build's process), the
    # store's (in the child that writes it) and the network page's (in the child that draws it),
    # each process counting from its count when it was forked, killed where it counts k; the
    # facts files are written in place inside the staging folder, which is published whole
    assert kill_at == renames + 1 and sum(by_process.values()) >= 3


def test_build_killed_after_a_delay_leaves_a_usable_build(tmp_path, seed_build):
    """Real SIGKILLs at several moments of a real build (reading, extracting, writing)."""
    old_docs = {p.stem for p in SEED_FILES}
    new_docs = {p.stem for p in SEED_FILES[1:]}
    for delay in (0.3, 1.0, 2.0, 3.5, 5.0):
        out = tmp_path / f"out{delay}"
        shutil.copytree(seed_build, out, symlinks=True)
        proc = _killable_build(tmp_path, out, SEED_FILES[1:], 0)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        _check_previous_or_new(out, old_docs, new_docs)
        # the next build cleans up what the killed one left behind
        build(SEED_FILES[1:], out, network=False, notify=quiet)
        assert set(documents(out)) == new_docs
        assert not list(out.glob(".staging.*")) and not list(out.glob(".*.old.*"))
