"""What `govkg export` costs as the graph grows: whole processes, measured in one run.

The graph of a build of the seed pages is copied with distinct instance IRIs
(graph.store.replicate) to about 361k and 1M triples, each written as a build folder: the
store plus graph.ttl and graph.nt.gz in sorted order (what `govkg build` writes). For each
size, four whole `govkg export` processes are timed, start-up included:
  - Turtle of the unchanged build (graph.ttl copied);
  - N-Triples of the unchanged build (graph.nt.gz decompressed);
  - N-Triples of a build without graph.nt.gz (graph.ttl parsed and written again, streamed);
  - N-Triples after an update (the build marked as updated: the store is dumped).
Each line gives triples per second of wall and of cpu time (user + system of the child)
and the child's peak RSS, read from /usr/bin/time.

  python benchmarks/export.py [--store BUILD_DIR] [--sizes 26,73]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from graph.store import (NTRIPLES_GZ, STORE_DIR, TURTLE, UPDATED_MARK, open_store, replicate,  # noqa: E402
                         serialize_ntriples, sort_ntriples, write_ntriples_gz)


def seeds_build(tmp: Path) -> Path:
    from graph.pipeline import build

    out = tmp / "seeds"
    build([ROOT / "seeds"], out, network=False, notify=lambda _m: None)
    return out


def make_build(source: ox.Store, copies: int, folder: Path) -> int:
    """A build folder of `copies` copies of `source`: store and sorted graph.ttl."""
    store = replicate(source, copies, path=folder / STORE_DIR)
    data = sort_ntriples(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
    (folder / TURTLE).write_bytes(serialize_ntriples(data, "turtle"))
    write_ntriples_gz(data, folder / NTRIPLES_GZ)
    store.flush()
    store.optimize()
    return data.count(b"\n")


def timed_export(build: Path, fmt: str, out: Path) -> tuple[float, float, int]:
    """(wall s, cpu s, peak RSS KB) of one whole `govkg export` process."""
    start = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", sys.executable, "-m", "graph.cli", "export",
                           "--format", fmt, "--store", str(build), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    wall = time.monotonic() - start
    if proc.returncode != 0:
        raise SystemExit(f"export failed: {proc.stderr.strip()}")
    user, system, peak = proc.stderr.strip().splitlines()[-1].split()
    return wall, float(user) + float(system), int(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="build directory to copy (default: build seeds/)")
    parser.add_argument("--sizes", default="26,73", help="numbers of copies, comma-separated")
    args = parser.parse_args()
    print("| triples | export | triples/s wall | triples/s cpu | peak RSS |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="govkg-export-") as tmp:
        source = open_store(args.store or seeds_build(Path(tmp)))
        for copies in (int(c) for c in args.sizes.split(",")):
            build = Path(tmp) / f"x{copies}"
            build.mkdir()
            n = make_build(source, copies, build)
            cases = [("turtle", "Turtle, unchanged build (graph.ttl)"),
                     ("ntriples", "N-Triples, unchanged build (graph.nt.gz)"),
                     ("ntriples", "N-Triples, build without graph.nt.gz (graph.ttl parsed)"),
                     ("ntriples", "N-Triples, after an update (store dump)")]
            for fmt, label in cases:
                if "without" in label:
                    (build / NTRIPLES_GZ).unlink()
                if "update" in label:
                    (build / UPDATED_MARK).write_text("benchmark\n", encoding="utf-8")
                wall, cpu, peak = timed_export(build, fmt, Path(tmp) / "out")
                print(f"| {n:,} | {label} | {n / wall:,.0f} | {n / cpu:,.0f} | {peak / 1024:,.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
