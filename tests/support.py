"""Helpers shared by several test modules (importable by name: pytest puts tests/ on sys.path,
and the Dask workers of tests/test_cluster.py inherit it)."""
from __future__ import annotations

import os
import socket
import time


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def misbehaving_extractor(doc, gaz):
    """Extraction that hangs (永远), eats memory (吃内存), crashes (崩溃) or kills its worker
    process (自杀) on marked documents; an empty extraction otherwise. Stands in for
    `pipeline.extract_document` in the tests of the worker pool and of the cluster backend."""
    from graph.model import Extraction

    if "永远" in doc.text:
        time.sleep(600)
    if "吃内存" in doc.text:
        hog = []
        while True:
            hog.append(bytearray(50 * 1024 * 1024))
    if "崩溃" in doc.text:
        raise RuntimeError("a bug in an extractor")
    if "自杀" in doc.text:
        os._exit(7)
    return Extraction(doc=doc)
