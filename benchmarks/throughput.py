"""What a user pays: a whole `govkg build` process against a whole `jieba.posseg.lcut` process.

The seed pages are copied as distinct files (seeds/*.txt × 8 = 40 pages, × 32 = 160
pages by default). Two contestants read the same files, each as a fresh process with
its start-up included:
  - `govkg build PAGES --out OUT --quiet --no-cache` into an empty OUT (every core, the default);
  - `python -c "… jieba.posseg.lcut(text) for each page"` (one core; jieba's
    dictionaries are loaded inside the timed process, as the build loads its own).
They run --rounds times, interleaved (build, posseg, build, posseg …), so a burst of
load on a shared machine hits both alike; the median of each is compared. Wall time
comes from the clock, cpu time (user + system, every worker included) from
resource.getrusage(RUSAGE_CHILDREN) before and after each process.

govkg's modules are byte-compiled first (`compileall`), as an installed package's are (pip compiles
at install; jieba's were, for the contestant): with PYTHONDONTWRITEBYTECODE set and an editable
install, every timed build would otherwise compile each module changed since its last .pyc (0.2 s
of cpu for the whole package, before the workers start).

The ratio printed is posseg time / build time: ≥ 2.0 means the build is at least twice
as fast as jieba.posseg alone (the target of issue 11), on wall time. The ratio must not
fall from the smaller to the larger input.

The per-stage split (--stages, on by default) is measured separately, in this process,
by calling the library functions the build calls (extraction in the worker pool, RDF,
in-memory graph, store, the sort with graph.ttl and graph.nt.gz, facts, network page, named-query tables), once per size after the timed
rounds, each in a fresh process (imports and the gazetteer are loaded inside it and timed
too): the pipeline module has no timing hook of its own, so the split is an in-process
re-enactment of `pipeline.build`, not a breakdown of the timed processes.

  python benchmarks/throughput.py [--pages 40 160] [--rounds 3] [--no-stages]
"""
from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOVKG = [sys.executable, "-m", "graph.cli"]
POSSEG = ("import sys, jieba, jieba.posseg\n"
          "jieba.setLogLevel(60)\n"
          "for path in sys.argv[1:]:\n"
          "    with open(path, encoding='utf-8') as fh:\n"
          "        jieba.posseg.lcut(fh.read())\n")


@dataclass
class Run:
    wall: float
    cpu: float


def make_corpus(folder: Path, pages: int) -> list[Path]:
    """`pages` files in `folder`: the seed pages copied round-robin under distinct names."""
    seeds = sorted(SEEDS.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(pages):
        src = seeds[i % len(seeds)]
        dst = folder / f"r{i // len(seeds):03d}_{src.name}"
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def timed(cmd: list[str]) -> Run:
    """Run `cmd` to completion; wall seconds and cpu seconds of it and all its descendants."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} … failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu)


def build_cmd(folder: Path, out: Path, jobs: int | None) -> list[str]:
    cmd = [*GOVKG, "build", str(folder), "--out", str(out), "--quiet", "--no-cache"]   # every round extracts
    return cmd + (["--jobs", str(jobs)] if jobs else [])


def stage_split(folder: Path, jobs: int | None) -> list[tuple[str, float, float]]:
    """(stage, wall s, cpu s of this process and its workers) of a build of `folder`, re-enacted in-process."""
    stages: list[tuple[str, float, float]] = []

    def clock(name, fn):
        usage = lambda: sum(resource.getrusage(w)[0] + resource.getrusage(w)[1]   # noqa: E731
                            for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        c0, t0 = usage(), time.perf_counter()
        result = fn()
        stages.append((name, time.perf_counter() - t0, usage() - c0))
        return result

    out = Path(tempfile.mkdtemp(prefix="govkg-stages-"))
    try:
        clock("import pipeline", lambda: __import__("graph.pipeline"))
        from graph.gazetteer import load_gazetteer
        from graph.pipeline import extract_document, find_inputs, ntriples_of_build, read_inputs
        from graph.workers import Task, default_jobs, extract_all

        gaz = clock("load gazetteer", load_gazetteer)
        files, _ = find_inputs([folder])
        tasks = clock("read inputs", lambda: [
            Task(i.entry.doc, i.raw, i.entry.source, i.entry.encoding) for i, _ in read_inputs(files) if i])
        extractions = clock("extract (workers)", lambda: sorted(
            (o.extraction for o in extract_all(tasks, extract_document, gaz, jobs or default_jobs())
             if o.extraction is not None), key=lambda e: e.doc.doc_id))
        ntriples = clock("RDF (N-Triples)", lambda: ntriples_of_build(extractions, gaz))
        from graph.facts import write_facts
        from graph.network import render_network
        from graph.pipeline import write_sorted_exports
        from graph.rdf import loaded_store
        from graph.store import write_store
        from graph.tables import write_tables
        store = clock("in-memory graph", lambda: loaded_store(ntriples, lenient=True))
        clock("store", lambda: write_store(ntriples, out, True))
        clock("sort, graph.ttl, .nt.gz", lambda: write_sorted_exports(ntriples, out))
        clock("facts/*.json", lambda: write_facts(store, out / "facts"))
        clock("network.html", lambda: render_network(store, out / "network.html"))
        clock("named-query tables", lambda: write_tables(store, out / "tables"))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[40, 160], help="input sizes, in pages")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each contestant per size")
    parser.add_argument("--jobs", type=int, default=None, help="govkg build --jobs (default: every core)")
    parser.add_argument("--no-stages", dest="stages", action="store_false", help="skip the per-stage split")
    parser.add_argument("--split-of", type=Path, help=argparse.SUPPRESS)   # one fresh process per split
    args = parser.parse_args()
    if args.split_of:
        for name, wall, cpu in stage_split(args.split_of, args.jobs):
            print(f"  {name:20} {wall:6.2f} s wall {cpu:6.2f} s cpu")
        return

    compileall.compile_dir(str(ROOT / "graph"), quiet=1)
    work = Path(tempfile.mkdtemp(prefix="govkg-throughput-"))
    ratios: dict[int, tuple[float, float]] = {}
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; "
          f"{args.rounds} interleaved round(s), medians compared")
    try:
        for pages in args.pages:
            folder = work / f"pages{pages}"
            files = make_corpus(folder, pages)
            mb = sum(f.stat().st_size for f in files) / 1e6
            runs: dict[str, list[Run]] = {"govkg build": [], "jieba.posseg": []}
            for round_ in range(1, args.rounds + 1):
                shutil.rmtree(work / f"out{pages}", ignore_errors=True)     # each round a first build
                runs["govkg build"].append(timed(build_cmd(folder, work / f"out{pages}", args.jobs)))
                runs["jieba.posseg"].append(timed([sys.executable, "-c", POSSEG, *map(str, files)]))
                b, p = runs["govkg build"][-1], runs["jieba.posseg"][-1]
                print(f"  {pages} pages, round {round_}: build {b.wall:6.1f} s wall {b.cpu:6.1f} s cpu | "
                      f"posseg {p.wall:6.1f} s wall {p.cpu:6.1f} s cpu | ratio wall {p.wall / b.wall:.2f} "
                      f"cpu {p.cpu / b.cpu:.2f}", flush=True)
            med = {k: Run(statistics.median(r.wall for r in v), statistics.median(r.cpu for r in v))
                   for k, v in runs.items()}
            b, p = med["govkg build"], med["jieba.posseg"]
            ratios[pages] = (p.wall / b.wall, p.cpu / b.cpu)
            print(f"{pages} pages ({mb:.1f} MB): build {b.wall:.1f} s wall / {b.cpu:.1f} s cpu, "
                  f"posseg {p.wall:.1f} s wall / {p.cpu:.1f} s cpu; "
                  f"posseg/build = {ratios[pages][0]:.2f} wall, {ratios[pages][1]:.2f} cpu", flush=True)
        print()
        print("pages  posseg/build wall  posseg/build cpu   (target: wall >= 2.0 at every size, not falling)")
        for pages, (w, c) in ratios.items():
            print(f"{pages:5}  {w:17.2f}  {c:16.2f}   {'met' if w >= 2.0 else 'NOT met'}")
        sizes = list(ratios)
        if len(sizes) > 1:
            falls = ratios[sizes[-1]][0] < ratios[sizes[0]][0]
            print(f"ratio from {sizes[0]} to {sizes[-1]} pages: {'falls' if falls else 'does not fall'}")
        if args.stages:
            for pages in args.pages:
                print(f"\nper-stage split, {pages} pages (in-process re-enactment of the build, see --help):",
                      flush=True)
                cmd = [sys.executable, __file__, "--split-of", str(work / f"pages{pages}")]
                subprocess.run(cmd + (["--jobs", str(args.jobs)] if args.jobs else []), check=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
