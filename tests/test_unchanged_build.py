"""A build run again on what it was built from keeps its outputs (issue 11: a re-run on
unchanged input costs nothing), and only then: another text, another option, another
version of govkg, an update query or a missing output each make it build again."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import graph.cache
from graph.pipeline import add, build
from graph.queries import run_update
from graph.store import update_store

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev" / "articles"
FILES = sorted(DEV.glob("*.txt"))[:3]


def published(out: Path) -> str:
    """The version folder `out/current` names."""
    return os.readlink(out / "current")


@pytest.fixture
def built(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for path in FILES:
        shutil.copy(path, src / path.name)
    out = tmp_path / "out"
    build([src], out, network=False, notify=lambda _m: None)
    return out


def test_a_build_run_again_on_the_same_input_keeps_its_outputs(built: Path) -> None:
    version, ttl = published(built), (built / "graph.ttl").read_bytes()
    messages: list[str] = []
    report = build([built.parent / "in"], built, network=False, notify=messages.append)
    assert published(built) == version
    assert any("nothing changed since the last build" in m for m in messages)
    assert report.documents == sorted(p.stem for p in FILES) and report.cached == len(FILES)
    assert report.triples == _manifest_triples(built) > 0
    assert (built / "graph.ttl").read_bytes() == ttl


def _manifest_triples(out: Path) -> int:
    import json

    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["triples"]


def test_adding_a_page_already_in_keeps_the_outputs(built: Path) -> None:
    version = published(built)
    add([built.parent / "in" / FILES[0].name], built, network=False, notify=lambda _m: None)
    assert published(built) == version


def test_a_changed_text_an_option_or_a_new_version_builds_again(built: Path, monkeypatch) -> None:
    src = built.parent / "in"
    version = published(built)
    build([src], built, network=True, notify=lambda _m: None)            # the network page is wanted now
    assert published(built) != version and (built / "network.html").is_file()
    version = published(built)
    page = src / FILES[0].name
    page.write_text(page.read_text(encoding="utf-8") + "\n邵阳市召开会议。\n", encoding="utf-8")
    build([src], built, network=True, notify=lambda _m: None)
    assert published(built) != version
    version = published(built)
    monkeypatch.setattr(graph.cache, "extractor_version", lambda: "another version")
    build([src], built, network=True, notify=lambda _m: None)
    assert published(built) != version


def test_after_an_update_query_a_build_of_the_same_input_builds_again(built: Path, tmp_path: Path) -> None:
    fresh = (built / "graph.ttl").read_bytes()
    update_store(built, lambda store: run_update(store, "INSERT DATA { <urn:x> <urn:y> <urn:z> }"))
    assert b"urn:x" in (built / "graph.ttl").read_bytes()
    version = published(built)
    build([built.parent / "in"], built, network=False, notify=lambda _m: None)
    assert published(built) != version
    assert (built / "graph.ttl").read_bytes() == fresh


def test_a_failed_update_does_not_mark_the_build_changed(built: Path) -> None:
    from graph.store import CHANGED_MARK, UPDATED_MARK

    def failing(store) -> None:
        raise ValueError("refused")

    with pytest.raises(ValueError):
        update_store(built, failing)
    assert not (built / "current" / CHANGED_MARK).exists() and not (built / "current" / UPDATED_MARK).exists()


def test_a_missing_output_is_written_again(built: Path) -> None:
    version = published(built)
    shutil.rmtree(built / "current" / "tables")
    build([built.parent / "in"], built, network=False, notify=lambda _m: None)
    assert published(built) != version and (built / "current" / "tables").is_dir()


def test_no_cache_builds_again(built: Path) -> None:
    from graph.pipeline import Settings

    version = published(built)
    build([built.parent / "in"], built, network=False, notify=lambda _m: None, settings=Settings(cache=False))
    assert published(built) != version


@pytest.mark.parametrize("damage", ["[]", "{", '{"outputs": "x", "triples": 1, "documents": []}'])
def test_a_damaged_manifest_builds_again(built: Path, damage: str) -> None:
    version = published(built)
    manifest = built / "current" / "manifest.json"
    manifest.unlink()                     # a hard link shared with no one: written anew
    manifest.write_text(damage, encoding="utf-8")
    build([built.parent / "in"], built, network=False, notify=lambda _m: None)
    assert published(built) != version
