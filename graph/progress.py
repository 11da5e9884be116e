"""What a build shows while it extracts: a progress bar on a terminal, one summary line elsewhere.

The pipeline only calls `start(total)` and `advance(doc_id)` (graph.pipeline.Progress);
the bar is tqdm's (documents done, rate, time left), drawn on stderr.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

BAR_FROM = 6     # fewer documents than this finish before a bar would be worth drawing


class TerminalProgress:
    """tqdm's bar when `stream` is a terminal and there are enough documents; else one line at the end."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.bar = None
        self.total = 0
        self.done = 0
        self.began = 0.0

    def start(self, total: int) -> None:
        self.total, self.done, self.began = total, 0, time.monotonic()
        if total >= BAR_FROM and self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", desc="extracting", file=self.stream, dynamic_ncols=True)

    def advance(self, doc_id: str) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
        if self.done == self.total:
            self.finish()

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
            return
        seconds = time.monotonic() - self.began
        rate = self.done / seconds if seconds > 0 else float("inf")
        print(f"govkg: extracted {self.done} document(s) in {seconds:.1f} s ({rate:.1f}/s)",
              file=self.stream, flush=True)
