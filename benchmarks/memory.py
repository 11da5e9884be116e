"""Peak memory (RSS) of `govkg build` on the seeds, with a 50 MB input file, and with a large page.

Each build runs in its own child process; its peak RSS comes from os.wait4's resource usage.
The 50 MB file (the seed pages repeated) is refused before it is read (--max-size, default 1 MB),
so the build with it must peak no higher than the seeds alone; the "large page"
run shows what a file just under a given limit costs when it is read and extracted.

Usage: python benchmarks/memory.py [--large-mb 1] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOVKG = [sys.executable, "-m", "graph.cli"]


def make_file(path: Path, megabytes: float) -> Path:
    """A file of about `megabytes` MB made of the seed pages repeated (streamed, not held in memory)."""
    pages = b"\n\n".join(p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))) + b"\n\n"
    target = int(megabytes * 1024 * 1024)
    with path.open("wb") as fh:
        written = 0
        while written < target:
            chunk = pages if written + len(pages) <= target else pages[: pages.rfind(b"\n", 0, target - written) + 1]
            if not chunk:
                break
            fh.write(chunk)
            written += len(chunk)
    return path


def peak_rss_mb(args: list[str]) -> tuple[float, float, int]:
    """(peak RSS in MB, wall seconds, exit code) of one govkg run in a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(GOVKG + args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 3):
        print(stderr, file=sys.stderr)
    return usage.ru_maxrss / 1024, time.perf_counter() - start, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large-mb", type=float, default=1.0, help="size of the large page that is processed")
    parser.add_argument("--keep", type=Path, help="keep the generated files and builds in this folder")
    opts = parser.parse_args()
    work = opts.keep or Path(tempfile.mkdtemp(prefix="govkg-memory-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        big_dir = work / "with-50mb"
        big_dir.mkdir(exist_ok=True)
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, big_dir / seed.name)
        make_file(big_dir / "huge_50mb.txt", 50)
        large = make_file(work / "large_page.txt", opts.large_mb)
        runs = [
            ("seeds (5 pages, 115 KB)", [str(SEEDS)]),
            ("seeds + 50 MB file (refused by --max-size 1)", [str(big_dir)]),
            (f"one {opts.large_mb:g} MB file, read and extracted", [str(large), "--max-size", str(opts.large_mb + 1)]),
        ]
        print(f"{'build':52} {'peak RSS':>10} {'wall':>8}  exit")
        for label, args in runs:
            out = work / f"out-{len(label)}"
            rss, wall, code = peak_rss_mb(["build", *args, "--out", str(out), "--no-network"])
            print(f"{label:52} {rss:8.0f} MB {wall:7.1f}s  {code}")
    finally:
        if opts.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
