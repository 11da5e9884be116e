"""The cyclic collector is paused while the build holds the archive, and on in the workers."""
from __future__ import annotations

import gc

from graph.gazetteer import load_gazetteer
from graph.heap import paused_gc, without_gc
from graph.workers import Task, extract_all


def test_paused_gc_pauses_and_puts_back_as_it_was():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()          # the inner block does not turn it on under the outer one
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()          # paused before: stays paused
    finally:
        gc.enable()


def test_paused_gc_puts_it_back_after_an_error():
    try:
        with paused_gc():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_without_gc_runs_the_function_paused():
    assert without_gc(gc.isenabled)() is False
    assert gc.isenabled()


def _collector_on(doc, gaz):
    return gc.isenabled()


def test_workers_collect_when_forked_from_a_paused_parent():
    """A worker holds one document at a time and runs for the whole build: it collects."""
    tasks = [Task(f"d{i}", "湖南省邵阳市召开会议。", "x.txt", "utf-8") for i in range(3)]
    with paused_gc():
        outcomes = list(extract_all(tasks, _collector_on, load_gazetteer(), jobs=2))
    assert [o.extraction for o in outcomes] == [True, True, True]


def test_a_build_that_leaves_keeps_its_graph_and_one_from_python_frees_it(tmp_path, monkeypatch):
    """`Settings.leaving` (the CLI, which ends by os._exit): the in-memory store the outputs were
    written from is kept for the life of the process, not freed before the build returns; a
    build from Python keeps nothing (its store goes with the build's frame)."""
    import pyoxigraph as ox

    from graph import heap, pipeline
    from graph.pipeline import Settings, build

    seed = sorted((pipeline.Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))[0]
    monkeypatch.setattr(heap, "_KEPT", [])
    stores = []
    real = pipeline._stage_outputs

    def recorded(*args, **kwargs):
        triples, graph = real(*args, **kwargs)
        stores.append(id(graph))
        return triples, graph

    monkeypatch.setattr(pipeline, "_stage_outputs", recorded)
    build([seed], tmp_path / "python", network=False, notify=lambda m: None)
    assert heap._KEPT == []
    report = build([seed], tmp_path / "cli", network=False, notify=lambda m: None,
                   settings=Settings(leaving=True))
    assert report.triples > 0
    assert len(heap._KEPT) == 1 and isinstance(heap._KEPT[0], ox.Store) and id(heap._KEPT[0]) == stores[-1]
