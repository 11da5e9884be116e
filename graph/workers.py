"""Extraction in worker processes, each document under a time and a memory limit.

The extract stage of the pipeline runs here: documents are handed, one at a time, to a
pool of `jobs` worker processes (forked, so the gazetteer and lexicons the parent has
loaded are shared). A worker's address space is capped at its size when it starts plus
`Limits.memory_mb`, so a runaway document raises MemoryError inside the worker instead
of taking the machine; a document still running after `Limits.seconds` has its worker
killed. Either way the document is reported with the reason, the worker is replaced,
and the other documents go on: one bad document never sinks a build.

Results come back in completion order; the caller sorts them (the graph is built in
document-id order), so a build with any number of workers is byte-identical to a build
with one.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING

from .heap import collecting
from .limits import Limits

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import Document, Extraction


@dataclass(frozen=True)
class Task:
    """One document to extract: its id and decoded text, with where it came from."""

    doc_id: str
    raw: str
    source: str
    encoding: str


@dataclass(frozen=True)
class Outcome:
    """The extraction of one document, or the one-line reason it has none."""

    doc_id: str
    extraction: Extraction | None
    problem: str | None = None


Extractor = Callable[["Document", "Gazetteer"], "Extraction"]


def default_jobs() -> int:
    """Worker processes by default: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def extract_all(tasks: Iterable[Task], extract: Extractor, gaz: Gazetteer, jobs: int = 1,
                limits: Limits = Limits()) -> Iterator[Outcome]:
    """Extract every task in a pool of `jobs` workers; one Outcome per task, in completion order."""
    tasks = deque(tasks)
    if not tasks:
        return
    warm_up(extract, gaz)
    pool = _Pool(extract, gaz, max(1, jobs), limits)
    try:
        yield from pool.run(tasks)
    finally:
        pool.close()


WARM_UP_TEXT = "湖南省某市召开全市经济工作会议。市委书记、市长出席并讲话。全年完成投资12.5亿元，增长8%。\n"


def warm_up(extract: Extractor, gaz: Gazetteer) -> None:
    """Load the tagger's dictionaries, the extractors' tables and the lexicon automata once
    (in the parent of forked workers, which then share them; on each cluster worker)."""
    from .organizations import load as load_organization_tables
    from .places import load as load_place_tables
    from .segmenter import load as load_tagger
    from .text import make_document

    load_tagger()
    load_place_tables()
    load_organization_tables()
    extract(make_document(WARM_UP_TEXT, "warm-up"), gaz)


# ---------------------------------------------------------------- the worker side

def address_space() -> int:
    """This process's virtual memory size in bytes (VmSize)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _cap_memory(memory_mb: int) -> None:
    """Cap the address space at its current size plus `memory_mb` (Linux; elsewhere no cap)."""
    try:
        cap = address_space() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (OSError, ValueError):
        pass


def _serve(conn: Connection, extract: Extractor, gaz: Gazetteer, memory_mb: int,
           not_mine: list[Connection]) -> None:
    """A worker: receive tasks until None; send back ("ok", extraction), ("error", reason), or
    ("fatal", reason) just before exiting (after MemoryError its heap is not trusted).

    `not_mine` are the parent's ends of this worker's pipe and of the other workers' pipes,
    inherited by the fork: closed at once, so that when the parent dies every worker reads
    end-of-file and exits instead of waiting for a task forever."""
    for other in not_mine:
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # the parent decides what Ctrl-C stops
    collecting()                                    # forked while the parent paused it (graph.heap)
    _cap_memory(memory_mb)
    from .text import make_document
    while True:
        try:
            task: Task | None = conn.recv()
        except (EOFError, OSError):
            return                                  # the parent is gone
        if task is None:
            return
        try:
            doc = make_document(task.raw, task.doc_id, task.source, task.encoding)
            conn.send(("ok", extract(doc, gaz)))
        except MemoryError:
            conn.send(("fatal", f"needed more than {memory_mb} MB of memory (see --doc-memory)"))
            return
        except Exception as exc:   # noqa: BLE001 - any failure of one document is reported, not raised
            conn.send(("error", failure_message(exc)))


def failure_message(exc: BaseException) -> str:
    """The one-line problem of a document whose extraction raised `exc` (type, message, where)."""
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return (f"extraction failed ({type(exc).__name__}: {exc} at "
            f"{os.path.basename(where.filename)}:{where.lineno})")


# ---------------------------------------------------------------- the parent side

@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    task: Task | None = None
    started: float = 0.0


class _Pool:
    def __init__(self, extract: Extractor, gaz: Gazetteer, jobs: int, limits: Limits) -> None:
        self.extract, self.gaz, self.jobs, self.limits = extract, gaz, jobs, limits
        self.context = multiprocessing.get_context("fork")
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        not_mine = [parent, *(w.conn for w in self.workers)]
        process = self.context.Process(target=_serve, daemon=True,
                                       args=(child, self.extract, self.gaz, self.limits.memory_mb, not_mine))
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self.workers.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()

    def run(self, pending: deque[Task]) -> Iterator[Outcome]:
        while pending or any(w.task for w in self.workers):
            self._assign(pending)
            busy = [w for w in self.workers if w.task is not None]
            deadline = min(w.started for w in busy) + self.limits.seconds
            ready = wait([w.conn for w in busy], timeout=max(0.0, deadline - time.monotonic()))
            for worker in busy:
                if worker.conn in ready:
                    yield self._collect(worker)
                elif time.monotonic() - worker.started >= self.limits.seconds:
                    task = worker.task
                    self._retire(worker)
                    yield Outcome(task.doc_id, None, f"took longer than {self.limits.seconds:g} s (see --doc-timeout)")

    def _assign(self, pending: deque[Task]) -> None:
        idle = [w for w in self.workers if w.task is None]
        while pending and (idle or len(self.workers) < self.jobs):
            worker = idle.pop() if idle else self._spawn()
            worker.task, worker.started = pending.popleft(), time.monotonic()
            worker.conn.send(worker.task)

    def _collect(self, worker: _Worker) -> Outcome:
        task = worker.task
        assert task is not None
        worker.task = None
        try:
            status, value = worker.conn.recv()
        except (EOFError, OSError):
            self._retire(worker)
            return Outcome(task.doc_id, None, f"its worker process died ({_exit_reason(worker.process)})")
        except MemoryError:
            self._retire(worker)
            return Outcome(task.doc_id, None, "its extraction was too large to receive")
        if status == "ok":
            return Outcome(task.doc_id, value)
        if status == "fatal":
            self._retire(worker)
        return Outcome(task.doc_id, None, value)

    def close(self) -> None:
        for worker in list(self.workers):
            if worker.task is None and worker.process.is_alive():
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        for worker in list(self.workers):
            worker.process.join(timeout=1)
            self._retire(worker)


def _exit_reason(process: multiprocessing.process.BaseProcess) -> str:
    process.join(timeout=1)
    code = process.exitcode
    if code is not None and code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"
