"""An archive-sized build: a generated corpus of --pages pages (2,000 by default), built whole.

The corpus is made from the seed pages (seeds/*.txt) and the dev articles (--dev, default
../shared/dev/articles when it exists). Each generated page is one of those pages with,
chosen at random per page (seeded, so the corpus is the same on every run):
  - every person name the gold files list for that page (officials, persons, bylines;
    read from --gold folders at run time) replaced by a made-up name: a surname from
    graph/lexicon/surnames.txt and the given name of another listed person;
  - every prefecture, county, district and town named in the page (full names of
    graph.gazetteer.load_gazetteer() entries) replaced by a real place of the same level;
  - every number replaced by one of as many digits (years before 年 are kept).

Then, each as a whole process (its start-up included):
  - `govkg build CORPUS --out OUT --quiet`: wall time, pages/s, peak RSS (os.wait4, the
    build and its workers), triples;
  - `govkg query --named X --store OUT` for every named query (`govkg query --list`), over
    the whole graph and, for a query that takes a place or a person, for one place and one
    person (the first row of `officials`: what a user would look up after listing them); a
    query without parameters answers from the table the build kept (graph.tables), so it is
    also run live (`govkg query ontology/queries/X.rq`);
  - `govkg build --add ONE_NEW_PAGE --out OUT`: its time relative to the fresh build.
govkg's modules are byte-compiled first (`compileall`), as an installed package's are: with
PYTHONDONTWRITEBYTECODE set and an editable install, every process would compile again each module
changed since its last .pyc.

  python benchmarks/scale.py [--pages 2000] [--keep DIR [--reuse]] [--seed 1]
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOVKG = [sys.executable, "-m", "graph.cli"]
PLACE_LEVELS = ("prefecture_city", "county", "district", "county_city", "town")
NUMBER = re.compile(r"\d+(?!\d*年)")


@dataclass
class Page:
    """A source page and what may be permuted in it: person names and place names found in it."""

    text: str
    names: list[str]
    places: dict[str, str]          # place name in the text -> its level


@dataclass
class Proc:
    wall: float
    cpu: float
    max_rss_mb: float
    stdout: str


def run(cmd: list[str]) -> Proc:
    """Run `cmd`; wall seconds, cpu seconds and peak RSS of it and its waited-for descendants (os.wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd[2:5])} … failed ({proc.returncode}): {stderr.strip()[-500:]}")
    return Proc(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout)


def gold_names(gold_dirs: list[Path]) -> dict[str, list[str]]:
    """doc id -> person names its gold lists (officials, persons, bylines)."""
    names: dict[str, list[str]] = {}
    for folder in gold_dirs:
        for path in sorted(folder.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            found = [o["person"] for o in data.get("officials", [])] + list(data.get("persons", [])) \
                + list(data.get("bylines", []))
            names[path.stem] = sorted({n for n in found if isinstance(n, str) and len(n) >= 2}, key=lambda n: (-len(n), n))
    return names


def source_pages(folders: list[Path], gold: dict[str, list[str]], places: dict[str, str]) -> list[Page]:
    pattern = re.compile("|".join(map(re.escape, sorted(places, key=len, reverse=True))))
    pages = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            found = {m.group(): places[m.group()] for m in pattern.finditer(text)}
            pages.append(Page(text, gold.get(path.stem, []), found))
    return pages


def gazetteer_places() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Full place names (3+ characters, one entry only) -> level; level -> names."""
    from graph.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    by_name: dict[str, set[str]] = {}
    for entry in gaz.entries.values():
        if entry.level in PLACE_LEVELS and len(entry.name) >= 3:
            by_name.setdefault(entry.name, set()).add(entry.level)
    unique = {name: next(iter(levels)) for name, levels in by_name.items() if len(levels) == 1}
    by_level: dict[str, list[str]] = {}
    for name, level in sorted(unique.items()):
        by_level.setdefault(level, []).append(name)
    return unique, by_level


def permute(page: Page, rng: random.Random, surnames: list[str], given: list[str],
            by_level: dict[str, list[str]]) -> str:
    """`page` with its names, places and numbers replaced at random (one choice per page)."""
    swap = {n: rng.choice(surnames) + rng.choice(given) for n in page.names}
    swap.update({p: rng.choice(by_level[level]) for p, level in page.places.items()})
    text = page.text
    if swap:
        pattern = re.compile("|".join(map(re.escape, sorted(swap, key=len, reverse=True))))
        text = pattern.sub(lambda m: swap[m.group()], text)

    def number(m: re.Match) -> str:
        digits = m.group()
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in digits[1:])
    return NUMBER.sub(number, text)


def make_corpus(folder: Path, pages: int, seed: int, sources: list[Path], gold: list[Path]) -> int:
    """Write `pages` generated pages into `folder`; returns their total size in bytes."""
    from graph.lexicon import load_list

    places, by_level = gazetteer_places()
    names = gold_names(gold)
    base = source_pages(sources, names, places)
    surnames = [s for s in load_list("surnames.txt") if len(s) == 1]
    given = sorted({n[1:] for ns in names.values() for n in ns if 2 <= len(n) <= 3}) or ["明", "华"]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(pages):
        text = permute(base[i % len(base)], rng, surnames, given, by_level)
        path = folder / f"{i // 100:02d}" / f"page{i:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def named_queries(store: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Name -> (its required parameters, its other parameters), from `govkg query --list`."""
    listing = run([*GOVKG, "query", "--list", "--store", str(store)]).stdout
    queries: dict[str, tuple[list[str], list[str]]] = {}
    name = ""
    for line in listing.splitlines():
        if line.strip() and not line.startswith(" "):
            name = line.split()[0]
            queries[name] = ([], [])
        elif "--param" in line and name:
            param = line.split("--param", 1)[1].split()[0].rstrip(":")
            queries[name][0 if "(required)" in line else 1].append(param)
    return queries


def parameter_values(store: Path) -> dict[str, str]:
    """Values for required parameters, taken from the build: the person and place of the first
    row of `officials` (what a user would look up after listing the officials)."""
    rows = run([*GOVKG, "query", "--named", "officials", "--store", str(store), "--format", "tsv"]).stdout
    lines = [line.split("\t") for line in rows.splitlines()]
    if len(lines) < 2:
        return {}
    first = dict(zip([c.lstrip("?") for c in lines[0]], lines[1]))
    return {"person": first.get("person", "").strip('"'), "place": first.get("place", "").strip('"')}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dev", type=Path, default=SHARED / "dev" / "articles",
                        help="dev articles used as source pages too (skipped when missing)")
    parser.add_argument("--gold", type=Path, nargs="*", default=[SHARED / "gold", SHARED / "dev" / "gold"],
                        help="gold folders whose person names are permuted")
    parser.add_argument("--keep", type=Path, help="keep the corpus and the build in this folder")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: time the queries and --add on the build kept there, without rebuilding")
    args = parser.parse_args()

    compileall.compile_dir(str(ROOT / "graph"), quiet=1)
    work = args.keep or Path(tempfile.mkdtemp(prefix="govkg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, out, extra = work / "corpus", work / "out", work / "extra"
    reuse = args.reuse and args.keep is not None and (out / "store").is_dir()
    for path in () if reuse else (corpus, out, extra):
        shutil.rmtree(path, ignore_errors=True)
    try:
        fresh = None
        if reuse:
            print(f"reusing the build in {out}", flush=True)
        else:
            sources = [SEEDS] + ([args.dev] if args.dev.is_dir() else [])
            fresh = build_corpus(args, corpus, out, extra, sources)
        queries_and_add(out, extra, fresh)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def build_corpus(args: argparse.Namespace, corpus: Path, out: Path, extra: Path, sources: list[Path]) -> Proc:
    """Generate the corpus and one extra page, build the corpus; the build's Proc."""
    size = make_corpus(corpus, args.pages, args.seed, sources, [g for g in args.gold if g.is_dir()])
    make_corpus(extra, 1, args.seed + 10_000, sources, [g for g in args.gold if g.is_dir()])
    print(f"corpus: {args.pages} pages, {size / 1e6:.1f} MB, from {len(sources)} source folder(s); "
          f"load average {os.getloadavg()[0]:.1f} at start", flush=True)

    fresh = run([*GOVKG, "build", str(corpus), "--out", str(out), "--quiet"])
    triples = re.search(r"([\d,]+) triples", fresh.stdout)
    print(f"build: {fresh.wall:.1f} s wall, {fresh.cpu:.1f} s cpu, {args.pages / fresh.wall:.2f} pages/s, "
          f"peak RSS {fresh.max_rss_mb:.0f} MB, {triples.group(1) if triples else '?'} triples", flush=True)

    return fresh


def time_query(out: Path, name: str, params: list[str], values: dict[str, str], live: bool = False) -> None:
    """Run named query `name` with `params` (values from the build) as a whole process; print its
    time. `live`: run the query file itself (`govkg query FILE.rq`), not from the build's table."""
    args = [arg for p in params for arg in ("--param", f"{p}={values.get(p, '')}")]
    what = [str(ROOT / "ontology" / "queries" / f"{name}.rq")] if live else ["--named", name]
    q = run([*GOVKG, "query", *what, *args, "--store", str(out), "--format", "tsv"])
    rows = max(0, len(q.stdout.splitlines()) - 1)
    shown = " ".join(f"{p}={values.get(p, '')}" for p in params) + (" (run live)" if live else "")
    print(f"query {name:24} {q.wall:6.2f} s wall {q.cpu:6.2f} s cpu  {rows} rows {shown}".rstrip(), flush=True)


def queries_and_add(out: Path, extra: Path, fresh: Proc | None) -> None:
    """Time every named query (required parameters from the build) and `build --add` of one page."""
    values = parameter_values(out)
    for name, (required, optional) in named_queries(out).items():
        time_query(out, name, required, values)
        if not required:            # answered from the build's table: the same query run live too
            time_query(out, name, [], values, live=True)
        for extra_param in [p for p in ("place", "person") if p in optional and values.get(p)]:
            time_query(out, name, [*required, extra_param], values)

    page = next(extra.rglob("*.txt"))
    added = page.with_name("added-page.txt")
    if not added.exists():
        page.rename(added)
    add = run([*GOVKG, "build", "--add", str(added), "--out", str(out), "--quiet"])
    share = f" = {100 * add.wall / fresh.wall:.1f}% of the fresh build's wall time (target < 10%)" if fresh else ""
    print(f"build --add of one page: {add.wall:.1f} s wall, {add.cpu:.1f} s cpu{share}, "
          f"peak RSS {add.max_rss_mb:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
