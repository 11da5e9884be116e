"""What `govkg export` costs as the graph grows: whole processes, measured in one run.

The graph of a build of the seed pages is copied with distinct instance IRIs
(graph.store.replicate) to about 361k and 1M triples, each written as a build folder: the
store plus graph.ttl and graph.nt.gz in sorted order (what `govkg build` writes). For each
size, whole processes are timed, start-up included:
  - `govkg export` Turtle of the unchanged build (graph.ttl copied);
  - `govkg export` N-Triples of the unchanged build (graph.nt.gz decompressed);
  - `govkg export` N-Triples of a build without graph.nt.gz (graph.ttl parsed and written again);
  - the update itself, `govkg query --allow-update 'INSERT DATA {...}'`: it dumps the store,
    sorts the dump and rewrites graph.nt.gz and graph.ttl (the store dump's cost is here now);
  - `govkg export` N-Triples and Turtle after that update (the rewritten files streamed).
Each line gives the wall time, triples per second of wall and of cpu time (user + system
of the child) and the child's peak RSS, read from /usr/bin/time.

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


def timed(args: list[str]) -> tuple[float, float, int]:
    """(wall s, cpu s, peak RSS KB) of one whole `govkg ARGS...` process."""
    start = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", sys.executable, "-m", "graph.cli", *args],
                          capture_output=True, text=True, cwd=ROOT)
    wall = time.monotonic() - start
    if proc.returncode != 0:
        raise SystemExit(f"govkg {args[0]} failed: {proc.stderr.strip()}")
    user, system, peak = proc.stderr.strip().splitlines()[-1].split()
    return wall, float(user) + float(system), int(peak)


def export_args(build: Path, fmt: str, out: Path) -> list[str]:
    return ["export", "--format", fmt, "--store", str(build), "--out", str(out)]


UPDATE = 'INSERT DATA { <https://example.org/benchmark> <https://example.org/note> "added by benchmarks/export.py" }'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="build directory to copy (default: build seeds/)")
    parser.add_argument("--sizes", default="26,73", help="numbers of copies, comma-separated")
    args = parser.parse_args()
    print("| triples | process | wall s | triples/s wall | triples/s cpu | peak RSS |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="govkg-export-") as tmp:
        source = open_store(args.store or seeds_build(Path(tmp)))
        for copies in (int(c) for c in args.sizes.split(",")):
            build = Path(tmp) / f"x{copies}"
            build.mkdir()
            n = make_build(source, copies, build)
            out = Path(tmp) / "out"
            cases = [("Turtle export, unchanged build (graph.ttl)", export_args(build, "turtle", out)),
                     ("N-Triples export, unchanged build (graph.nt.gz)", export_args(build, "ntriples", out)),
                     ("N-Triples export, build without graph.nt.gz (graph.ttl parsed)",
                      export_args(build, "ntriples", out)),
                     ("update: `query --allow-update 'INSERT DATA {...}'` (dump, sort, rewrite both files)",
                      ["query", "--allow-update", "--store", str(build), UPDATE]),
                     ("N-Triples export after the update (graph.nt.gz)", export_args(build, "ntriples", out)),
                     ("Turtle export after the update (graph.ttl)", export_args(build, "turtle", out))]
            for label, command in cases:
                if "without" in label:
                    (build / NTRIPLES_GZ).unlink()
                wall, cpu, peak = timed(command)
                if label.startswith("update"):
                    n += 1
                    if (build / UPDATED_MARK).exists() or not (build / NTRIPLES_GZ).exists():
                        raise SystemExit("the update did not rewrite graph.nt.gz and graph.ttl")
                print(f"| {n:,} | {label} | {wall:.2f} | {n / wall:,.0f} | {n / cpu:,.0f} | {peak / 1024:,.0f} MB |",
                      flush=True)


if __name__ == "__main__":
    main()
