"""Throughput of the full pipeline vs jieba.posseg alone, measured in one run on the same text.

The seed pages are repeated to about 2 MB. Three timings on that text:
  - the govkg pipeline (normalise, segment, extract, resolve, RDF) — KB/s;
  - jieba.posseg.lcut — KB/s (the baseline the issue names);
  - jieba.lcut — KB/s (for reference).
Each contestant is timed --rounds times, interleaved, so a burst of load on a shared
machine hits them alike; the fastest time of each is compared. Prints the ratio
pipeline / posseg; the target is ≥ 2.0. Dictionaries are loaded before timing starts,
for every contestant alike.

  python benchmarks/throughput.py [--size-mb 2] [--rounds 3]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(size_mb: float) -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out: list[str] = []
    total = 0
    while total < size_mb * 1024 * 1024:
        for page in pages:
            out.append(page)
            total += len(page.encode("utf-8"))
    return out


def time_it(fn, pages: list[str]) -> float:
    start = time.perf_counter()
    for page in pages:
        fn(page)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3,
                        help="timings of each contestant, interleaved; the fastest of each is compared")
    args = parser.parse_args()

    import jieba
    import jieba.posseg

    from graph.gazetteer import load_gazetteer
    from graph.pipeline import build_graph_from
    from graph.text import make_document

    pages = corpus(args.size_mb)
    kb = sum(len(p.encode("utf-8")) for p in pages) / 1024
    gaz = load_gazetteer()
    # warm up every contestant (dictionary loading is not throughput)
    build_graph_from([make_document(pages[0], "warm")], gaz)
    jieba.posseg.lcut(pages[0][:200])
    jieba.lcut(pages[0][:200])

    def pipeline(pages: list[str]) -> None:
        # the pipeline reads the corpus as one build: normalise/segment every page, then
        # extract, resolve and convert the whole set to one RDF graph
        graph, _ = build_graph_from([make_document(page, f"d{i}") for i, page in enumerate(pages)], gaz)
        timings.setdefault("triples", len(graph))

    timings: dict[str, int] = {}
    contestants = {"govkg pipeline": pipeline,
                   "jieba.posseg": lambda pages: time_it(jieba.posseg.lcut, pages),
                   "jieba.lcut": lambda pages: time_it(jieba.lcut, pages)}
    best = {name: float("inf") for name in contestants}
    print(f"text: {kb:,.0f} KB in {len(pages)} pages; {args.rounds} round(s)")
    for round_ in range(1, args.rounds + 1):
        seconds = {}
        for name, run in contestants.items():
            start = time.perf_counter()
            run(pages)
            seconds[name] = time.perf_counter() - start
            best[name] = min(best[name], seconds[name])
        print(f"round {round_}: " + ", ".join(f"{n} {kb / t:,.0f} KB/s" for n, t in seconds.items())
              + f"; ratio {seconds['jieba.posseg'] / seconds['govkg pipeline']:.2f}")
    print(f"graph: {timings['triples']:,} triples")
    for name, t in best.items():
        print(f"{name:16} {kb / t:10,.0f} KB/s  (best {t:.2f} s)")
    ratio = best["jieba.posseg"] / best["govkg pipeline"]
    print(f"ratio pipeline/posseg = {ratio:.2f}  (target >= 2.0: {'met' if ratio >= 2.0 else 'NOT met'})")


if __name__ == "__main__":
    main()
