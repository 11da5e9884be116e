"""Extraction on a Dask distributed cluster: the second backend of the extract stage.

`connect(address)` opens a client on a running Dask scheduler (`dask scheduler`, with
`dask worker` processes on any number of machines) and gives a `ClusterPool`, whose
`extract_all` has the meaning of `graph.workers.extract_all`: one `Outcome` per task, in
completion order, a failed document an Outcome with its one-line problem. The pipeline
(graph.pipeline) chooses this backend when `Settings.scheduler` is set; nothing else of
the build changes, so its outputs are byte-identical to a local build.

What travels. Each document is shipped as a `graph.workers.Task` (its id and decoded
text, never a path: a path of this machine means nothing on another), and the extractor
by reference (`graph.extract.extract_document`): every worker needs the same govkg
installed (`pip install 'govkg[cluster]'`). When a build connects, every worker loads the
gazetteer and the tagger (all in parallel, before any document's time starts; a worker
that joins later does so on its first document) and keeps them, and says its extractor
version (graph.cache): a worker with another version is named instead of giving other
facts. Extractions come back pickled, as they do from the local pool's pipes.

Limits. At most one document per worker thread is handed out at a time, so a document's
time counts from when it is handed to the cluster; past `Limits.seconds` it is reported
and the worker running it is restarted by its nanny (a thread cannot be stopped). On a
worker with one thread, the worker's address space is capped at its size plus
`Limits.memory_mb` while a document is extracted, so a runaway document raises
MemoryError and is reported; with more threads, Dask's own `--memory-limit` of the worker
is the guard (a worker killed too often makes the document fail with its reason).

Importing this module does not import Dask: `connect` does.
"""
from __future__ import annotations

import queue
import resource
import socket
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .limits import Limits
from .workers import Extractor, Outcome, Task, address_space, failure_message

if TYPE_CHECKING:
    from distributed import Client, Future

    from .gazetteer import Gazetteer

CONNECT_SECONDS = 10.0        # how long to try to reach the scheduler (and to wait for a first worker)
WARM_UP_SECONDS = 300.0       # how long a worker may take to load the gazetteer and the tagger
INSTALL_HINT = "pip install 'govkg[cluster]'"


class ClusterError(Exception):
    """The cluster cannot be used (scheduler unreachable, no workers, lost mid-build); one line."""


# ---------------------------------------------------------------- the client side

@contextmanager
def connect(address: str, timeout: float = CONNECT_SECONDS) -> Iterator[ClusterPool]:
    """A ClusterPool on the Dask scheduler at `address` (tcp://host:8786), for one `extract_all`
    (it disconnects when that is done) and closed on exit in any case;
    ClusterError when Dask is not installed, the scheduler cannot be reached in `timeout`
    seconds or has no worker."""
    try:
        import distributed  # noqa: F401 - to say at once what is missing
    except ImportError:
        raise ClusterError(f"--scheduler needs Dask distributed on this machine: {INSTALL_HINT}") from None
    with _quiet_dask_logs():
        yield from _connected(address, timeout)


def _connected(address: str, timeout: float) -> Iterator[ClusterPool]:
    """The body of `connect`, its logs held back."""
    from distributed import Client

    host, port = check_address(address)
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:    # refused, no route, unknown host: say so at once, not after the client's retries
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc.strerror or _one_line(exc)}") from None
    identify(address, timeout)
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, ValueError … from the connection
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {_one_line(exc)}") from None
    pool = ClusterPool(client, address)
    try:
        pool.prepare_workers(timeout)
        yield pool
    finally:
        pool.close()


@contextmanager
def _quiet_dask_logs() -> Iterator[None]:
    """Dask's own log lines (a lost connection is logged with its traceback) are held back while a
    build uses the cluster: what goes wrong is told once, in one line, by ClusterError."""
    import logging

    loggers = [logging.getLogger("distributed")]
    loggers += [logger for name, logger in logging.root.manager.loggerDict.items()
                if name.startswith("distributed.") and isinstance(logger, logging.Logger) and logger.level]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def check_address(address: str) -> tuple[str, int]:
    """The host and port of a scheduler's `address` (tcp://host:8786, tls://…, host:8786); ClusterError
    when it names none."""
    from distributed.comm import get_address_host_port

    try:
        host, port = get_address_host_port(address)
    except ValueError as exc:
        raise ClusterError(f"{address!r} is not a Dask scheduler address ({_one_line(exc)}); "
                           "give one like tcp://host:8786") from None
    if not host:
        raise ClusterError(f"{address!r} names no host; give one like tcp://host:8786")
    return host, port


def identify(address: str, timeout: float) -> None:
    """ClusterError unless a Dask scheduler answers at `address` within `timeout` s (asked before
    a Client is made: a Client that fails to start lingers and blocks the interpreter's exit)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from distributed.core import rpc

    async def ask() -> dict[str, Any]:
        scheduler = rpc(address, timeout=timeout)
        try:
            return await asyncio.wait_for(scheduler.identity(), timeout)
        finally:
            await scheduler.close_rpc()

    with ThreadPoolExecutor(1) as thread:        # its own event loop, even under a notebook's running one
        try:
            answer = thread.submit(asyncio.run, ask()).result()
        except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, garbage from another service …
            raise ClusterError(f"no Dask scheduler answers at {address} ({type(exc).__name__}: "
                               f"{_one_line(exc)})") from None
    if not isinstance(answer, dict) or answer.get("type") != "Scheduler":
        raise ClusterError(f"{address} is a Dask {answer.get('type') if isinstance(answer, dict) else 'server'}, "
                           "not its scheduler; give the scheduler's address")


class ClusterPool:
    """Extraction of documents on the workers of one Dask scheduler."""

    def __init__(self, client: Client, address: str) -> None:
        self.client = client
        self.address = address

    def prepare_workers(self, timeout: float) -> None:
        """Wait up to `timeout` s for a worker; on every worker, load the gazetteer and the tagger
        (in parallel, before any document's time starts) and check that it runs this govkg.
        ClusterError when there is no worker or one cannot be used."""
        from .cache import extractor_version

        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except Exception:  # noqa: BLE001 - TimeoutError, or the scheduler went away
            raise ClusterError(f"the Dask scheduler at {self.address} has no worker "
                               f"(start some with `dask worker {self.address}`)") from None
        ready = {worker: self.client.submit(warm_worker, workers=[worker], allow_other_workers=False, pure=False,
                                            key=f"govkg-warm-up-{time.time_ns()}-{n}")
                 for n, worker in enumerate(sorted(self.client.nthreads()))}
        stale = []
        for worker, future in ready.items():
            try:
                version = future.result(timeout=WARM_UP_SECONDS)
            except Exception as exc:  # noqa: BLE001 - no govkg there, its gazetteer unreadable, a timeout …
                if future.status == "cancelled" or "cancelled" in type(exc).__name__.lower():
                    raise ClusterError(f"lost the Dask scheduler at {self.address} while its workers were "
                                       "getting ready; nothing was written") from None
                raise ClusterError(f"the Dask worker {worker} cannot extract: {type(exc).__name__}: "
                                   f"{_one_line(exc)} (it needs {INSTALL_HINT})") from None
            if version != extractor_version():
                stale.append(worker)
        if stale:
            raise ClusterError(f"Dask worker(s) {', '.join(stale)} run another version of govkg; install the same "
                               f"one there ({INSTALL_HINT}) and restart them")

    def slots(self) -> int:
        """Worker threads of the cluster now: how many documents are handed out at a time."""
        return max(1, sum(self.client.nthreads().values()))

    def extract_all(self, tasks: Iterable[Task], extract: Extractor, gaz: Gazetteer | None = None,
                    jobs: int | None = None, limits: Limits = Limits()) -> Iterator[Outcome]:
        """Extract every task on the cluster; one Outcome per task, in completion order.

        `gaz` and `jobs` are the local pool's: the workers load their own gazetteer and the
        cluster's threads say how many documents run at once."""
        from .cache import extractor_version

        pending = deque(tasks)
        running: dict[str, tuple[Future, Task, float]] = {}
        finished: queue.Queue[Future] = queue.Queue()
        version = extractor_version()
        try:
            while pending or running:
                slots = self.slots() if pending else 0
                while pending and len(running) < slots:
                    task = pending.popleft()
                    future = self.client.submit(run_task, task, extract, limits.memory_mb, version, pure=False,
                                                retries=0, key=f"govkg-extract-{task.doc_id}-{time.time_ns()}")
                    running[future.key] = (future, task, time.monotonic())
                    future.add_done_callback(finished.put)
                yield from self._collect(running, finished, limits.seconds)
        finally:
            for future, _, _ in running.values():
                future.cancel()
            self.close()            # the rest of the build needs no cluster: do not hold (or watch) it

    def close(self) -> None:
        """Disconnect from the scheduler (the workers and the scheduler go on)."""
        self.client.close()

    def _collect(self, running: dict[str, tuple[Future, Task, float]], finished: queue.Queue[Future],
                 seconds: float) -> Iterator[Outcome]:
        """Wait for the next finished or overdue document and give its Outcome."""
        deadline = min(started for _, _, started in running.values()) + seconds
        try:
            future = finished.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            future = None
        if future is not None and future.key in running:
            _, task, _ = running.pop(future.key)
            yield self._outcome(task, future)
        now = time.monotonic()
        for key, (future, task, started) in list(running.items()):
            if now - started >= seconds and not future.done():
                running.pop(key)
                self._stop(future)
                yield Outcome(task.doc_id, None, f"took longer than {seconds:g} s (see --doc-timeout)")

    def _outcome(self, task: Task, future: Future) -> Outcome:
        """The Outcome of a finished future: its extraction, or its problem in one line."""
        if future.status == "finished":
            try:
                status, value = future.result()
            except Exception as exc:  # noqa: BLE001 - e.g. an extraction too large to receive
                return Outcome(task.doc_id, None, f"its extraction could not be received ({_one_line(exc)})")
            return Outcome(task.doc_id, value) if status == "ok" else Outcome(task.doc_id, None, value)
        if future.status == "cancelled":     # not by us: the scheduler went away or was restarted
            raise ClusterError(f"lost the Dask scheduler at {self.address} while extracting {task.doc_id!r} "
                               "(its task was cancelled); nothing was written")
        exc = future.exception()
        if type(exc).__name__ == "KilledWorker":
            return Outcome(task.doc_id, None, "its Dask worker died each time it ran it (see the workers' logs)")
        return Outcome(task.doc_id, None, f"its Dask task failed ({type(exc).__name__}: {_one_line(exc)})")

    def _stop(self, future: Future) -> None:
        """Cancel an overdue document and restart the worker running it (best effort)."""
        workers = [worker for worker, keys in self.client.processing().items() if future.key in keys]
        future.cancel()
        if workers:
            try:
                self.client.restart_workers(workers, raise_for_error=False)
            except Exception:  # noqa: BLE001,S110 - a worker without a nanny cannot be restarted; it finishes late
                pass


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


# ---------------------------------------------------------------- the worker side

_LOCK = threading.Lock()


def warm_worker() -> str:
    """Load this worker's gazetteer and the extractors' dictionaries (run on every worker when
    a build connects); the worker's extractor version."""
    from .cache import extractor_version
    from .pipeline import extract_document
    from .workers import warm_up

    warm_up(extract_document, worker_gazetteer())
    return extractor_version()


def worker_gazetteer() -> Gazetteer:
    """This process's gazetteer, loaded on first use and kept (load_gazetteer caches it)."""
    from .gazetteer import load_gazetteer

    with _LOCK:
        return load_gazetteer()


def run_task(task: Task, extract: Extractor, memory_mb: int, version: str) -> tuple[str, Any]:
    """Extract one document on a Dask worker: ("ok", Extraction) or ("error", one-line problem)."""
    from .cache import extractor_version
    from .text import make_document

    if version != extractor_version():
        return "error", "its Dask worker runs another version of govkg"
    gaz = worker_gazetteer()
    try:
        doc = make_document(task.raw, task.doc_id, task.source, task.encoding)
        with _memory_cap(memory_mb):
            return "ok", extract(doc, gaz)
    except MemoryError:
        return "error", f"needed more than {memory_mb} MB of memory (see --doc-memory)"
    except Exception as exc:  # noqa: BLE001 - any failure of one document is reported, not raised
        return "error", failure_message(exc)


@contextmanager
def _memory_cap(memory_mb: int) -> Iterator[None]:
    """Cap this worker's address space at its size plus `memory_mb` while a document is
    extracted, when the worker runs one thread (else other documents would share the cap)."""
    try:
        from distributed import get_worker

        alone = get_worker().state.nthreads == 1
    except (ImportError, ValueError, AttributeError):
        alone = False
    before = resource.getrlimit(resource.RLIMIT_AS) if alone else None
    if before is not None:
        try:
            cap = address_space() + memory_mb * 1024 * 1024
            if before[0] != resource.RLIM_INFINITY:
                cap = min(cap, before[0])
            resource.setrlimit(resource.RLIMIT_AS, (cap, before[1]))
        except (OSError, ValueError):
            before = None
    try:
        yield
    finally:
        if before is not None:
            resource.setrlimit(resource.RLIMIT_AS, before)
