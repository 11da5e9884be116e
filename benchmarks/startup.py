"""How fast govkg starts: whole processes, start-up included, median of N runs, in one run.

Timed from just before the process is started:
  - `govkg --help`                       until it exits;
  - `govkg query 'ASK {}'`               until it exits (the answer printed);
  - `govkg query --named officials`      until it exits;
  - `govkg serve`                        until the first successful `ASK {}` over HTTP (the port is
                                         polled every 2 ms; the server is stopped with Ctrl-C after).
The runs are interleaved (one of each per round). The load average is printed before and after:
the machine may be shared. govkg's modules are byte-compiled first (`compileall`), as they are
after a first run: with PYTHONDONTWRITEBYTECODE set, every process would compile them again.

  python benchmarks/startup.py [--build BUILD_DIR] [--runs 5]
"""
from __future__ import annotations

import argparse
import compileall
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLL_SECONDS = 0.002
SERVE_LIMIT = 60.0


def govkg() -> list[str]:
    """The `govkg` console script next to this Python (else `python -m graph.cli`)."""
    script = Path(sys.executable).parent / "govkg"
    return [str(script)] if script.exists() else [sys.executable, "-m", "graph.cli"]


def seeds_build(tmp: Path) -> Path:
    """A build of seeds/ in `tmp` (by a `govkg build` process)."""
    out = tmp / "seeds"
    subprocess.run([*govkg(), "build", str(ROOT / "seeds"), "--out", str(out), "--quiet", "--no-network"],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return out


def timed_run(command: list[str]) -> float:
    """Seconds from start to exit of `command` (SystemExit when it fails)."""
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return took


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def first_answer(build: Path) -> float:
    """Seconds from starting `govkg serve` to its first 200 answer to `ASK {}`."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/sparql?query=ASK%20%7B%7D"
    start = time.perf_counter()
    process = subprocess.Popen([*govkg(), "serve", "--store", str(build), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        while time.perf_counter() - start < SERVE_LIMIT:
            if process.poll() is not None:
                raise SystemExit(f"govkg serve ended with {process.returncode}: {process.stderr.read().strip()}")
            try:
                with urllib.request.urlopen(url, timeout=SERVE_LIMIT) as response:
                    if response.status == 200 and b"true" in response.read():
                        return time.perf_counter() - start
            except urllib.error.HTTPError as exc:
                raise SystemExit(f"govkg serve answered {exc.code}: {exc.read().decode().strip()}") from None
            except OSError:
                time.sleep(POLL_SECONDS)
        raise SystemExit(f"govkg serve did not answer within {SERVE_LIMIT:g} s")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="build directory (default: build seeds/ into a temp dir)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (median reported)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govkg-startup-") as tmp:
        build = args.build or seeds_build(Path(tmp))
        store = ["--store", str(build)]
        cases: list[tuple[str, Callable[[], float]]] = [
            ("govkg --help", lambda: timed_run([*govkg(), "--help"])),
            ("govkg query 'ASK {}'", lambda: timed_run([*govkg(), "query", "ASK {}", *store])),
            ("govkg query --named officials", lambda: timed_run([*govkg(), "query", "--named", "officials", *store])),
            ("govkg serve, to the first `ASK {}` answer", lambda: first_answer(build)),
        ]
        compileall.compile_dir(str(ROOT / "graph"), quiet=1)
        load_before = os.getloadavg()[0]
        times: dict[str, list[float]] = {name: [] for name, _ in cases}
        for _ in range(args.runs):
            for name, run in cases:
                times[name].append(run())
        load_after = os.getloadavg()[0]
    print(f"start-up, whole processes, {build if args.build else 'seeds build'}, median of {args.runs} "
          f"(load average {load_before:.2f} before, {load_after:.2f} after)")
    print("| command | median | min | max |")
    print("|---|---|---|---|")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values):.3f} s | {min(values):.3f} s | {max(values):.3f} s |")


if __name__ == "__main__":
    main()
