"""What one document may cost in a worker: the limits a build gives each extraction.

Standard library only: the CLI reads the defaults at start-up (its --doc-timeout and
--doc-memory options) without importing the worker pool (graph.workers) or the extractors.
"""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_SECONDS = 300.0        # a 1 MB page takes about 10 s on a laptop core
DEFAULT_MEMORY_MB = 4096       # a 1 MB page peaks under 500 MB


@dataclass(frozen=True)
class Limits:
    """What one document may cost: wall seconds and megabytes of address space above the worker's start."""

    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB
