"""Time of every named query (ontology/queries/*.rq) as the graph grows, measured in one run.

The graph of a build of the seed pages (14k triples) is copied with distinct instance
IRIs (graph.store.replicate) to about 361k, 1M and 5M triples: the shape of a build of
that many more pages. Each query runs once per size in a forked child, so a query that
passes --limit seconds is stopped and shown as "> N s"; the table gives milliseconds of
CPU time of the query (results read to the end), as whole numbers.

  python benchmarks/queries.py [--store BUILD_DIR] [--sizes 1,26,73,361] [--limit 120]
                               [--queries DIR] [--shared place/,role/]

--store     a build directory to copy (default: a fresh build of seeds/ in a temporary folder)
--sizes     numbers of copies (1, 26, 73, 361 give 14k, 361k, 1.0M and 5.0M triples)
--queries   folder of .rq files to time instead of ontology/queries (e.g. an older version)
--shared    kinds of instance IRIs the copies share, as a real build shares its places
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from graph.queries import QUERY_DIR  # noqa: E402
from graph.store import open_store, replicate  # noqa: E402


def seeds_build(tmp: Path) -> Path:
    from graph.pipeline import build

    out = tmp / "seeds"
    build([ROOT / "seeds"], out, network=False, notify=lambda _m: None)
    return out


def _timed(store: ox.Store, sparql: str, conn) -> None:  # runs in a forked child
    start = time.process_time()
    rows = sum(1 for _ in store.query(sparql))
    conn.send((rows, time.process_time() - start))


def time_query(store: ox.Store, sparql: str, limit: float) -> tuple[int, float] | None:
    """(rows, CPU seconds) of one run of `sparql`, or None when it passes `limit` seconds."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_timed, args=(store, sparql, child), daemon=True)
    proc.start()
    child.close()
    try:
        return parent.recv() if parent.poll(limit) else None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="build directory to copy (default: build seeds/)")
    parser.add_argument("--sizes", default="1,26,73,361", help="numbers of copies, comma-separated")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a query is given up")
    parser.add_argument("--queries", type=Path, default=QUERY_DIR, help="folder of .rq files to time")
    parser.add_argument("--shared", default="", help="instance IRI kinds the copies share (e.g. place/,role/)")
    args = parser.parse_args()

    queries = {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.queries.glob("*.rq"))}
    shared = tuple(k for k in args.shared.split(",") if k)
    with tempfile.TemporaryDirectory(prefix="govkg-bench-") as tmp:
        source = open_store(args.store or seeds_build(Path(tmp)))
        results: dict[str, list[str]] = {name: [] for name in queries}
        sizes = []
        for copies in (int(c) for c in args.sizes.split(",")):
            store = replicate(source, copies, shared=shared)
            sizes.append(f"{len(store):,} triples")
            for name, sparql in queries.items():
                timed = time_query(store, sparql, args.limit)
                cell = f"> {args.limit:g} s" if timed is None else f"{timed[1] * 1000:,.0f} ({timed[0]:,} rows)"
                results[name].append(cell)
                print(f"{sizes[-1]:>20}  {name:24} {cell}", file=sys.stderr, flush=True)
            del store
    print("| named query, ms cpu (rows) | " + " | ".join(sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for name, cells in results.items():
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
