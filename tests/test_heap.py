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
