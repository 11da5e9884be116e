"""Python's cyclic garbage collector, paused while the build holds an archive in memory.

The stages after extraction build millions of small objects that reference counting alone
frees (extractions read back from the cache or from the workers' pipes, the triples' strings
and sets, the rows of the facts). Each full collection those allocations trigger walks the
whole heap, every extraction kept included, and finds nothing to free: on a 2,000-page build
that was 1.7 s of the 2.6 s spent reading the kept extractions, and 2 s of the 8 s spent
writing the N-Triples. So those stages run with the collector paused and put back as it was
(`paused_gc`); the extraction workers run with it on (`collecting`), each holding one
document at a time.

A process that ends right after its build (the `govkg` command leaves by os._exit) need not
free the build's in-memory graph at all: freeing 1.86M triples takes 0.6-0.9 s, which the
build paid before it published. `keep` holds such an object for the life of the process.
"""
from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

F = TypeVar("F", bound=Callable)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic collector inside the block; put it back as it was after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def without_gc(fn: F) -> F:
    """`fn` run inside `paused_gc`."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with paused_gc():
            return fn(*args, **kwargs)
    return wrapper  # type: ignore[return-value]


def collecting() -> None:
    """Make sure the collector runs in this process (a worker forked while it was paused)."""
    gc.enable()


_KEPT: list[object] = []


def keep(obj: object) -> None:
    """Hold `obj` until the process ends, instead of freeing it now (only for a process that
    ends soon: what is kept is never freed before)."""
    _KEPT.append(obj)
