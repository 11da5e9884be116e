"""Issue 12: extraction on a Dask cluster (graph.cluster), against a real LocalCluster.

The cluster is two worker processes (one thread each) on 127.0.0.1, started once for the
module. A build through `govkg build --scheduler` must be byte-identical to a local one;
a document that fails on the cluster is named and the rest is built; a scheduler that
cannot be reached is one line on stderr and no output folder.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from support import free_port, misbehaving_extractor

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install -e '.[cluster]')")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    """Two single-thread worker processes and their scheduler, on loopback, no dashboard."""
    with warnings.catch_warnings():        # "port 8787 is in use": its health page moves to a free loopback port
        warnings.simplefilter("ignore", UserWarning)
        local = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                         dashboard_address=None, silence_logs=40)
    with local:
        yield local


def govkg(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command line in its own process."""
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def published_files(out: Path) -> dict[str, bytes]:
    """Every published file of a build but its binary store: graph.ttl, manifest, network page, facts, sources."""
    files = {}
    for name in ("graph.ttl", "manifest.json", "network.html"):
        files[name] = (out / name).read_bytes()
    for folder in ("facts", "sources"):
        for path in sorted((out / folder).iterdir()):
            files[f"{folder}/{path.name}"] = path.read_bytes()
    return files


@contextmanager
def extracted_on(cluster: distributed.LocalCluster) -> Iterator[list[str]]:
    """The ids of the documents the cluster's workers extract while in the block (its task stream)."""
    seen: list[str] = []
    with distributed.Client(cluster, set_as_default=False) as client, \
            distributed.get_task_stream(client) as stream:
        yield seen
    seen.extend(sorted(task["key"].rsplit("-", 1)[0].removeprefix("govkg-extract-") for task in stream.data
                       if task["key"].startswith("govkg-extract-")))


def test_a_build_on_the_cluster_is_byte_identical_to_a_local_build(tmp_path: Path, cluster) -> None:
    began = time.monotonic()
    with extracted_on(cluster) as docs:
        remote = govkg("build", str(SEEDS), "--out", str(tmp_path / "cluster"), "--scheduler", cluster.scheduler_address)
    seconds = time.monotonic() - began
    assert remote.returncode == 0, remote.stderr
    assert "built 5 document(s)" in remote.stdout
    assert docs == sorted(p.stem for p in SEEDS.glob("*.txt"))     # every seed went through the cluster
    local = govkg("build", str(SEEDS), "--out", str(tmp_path / "local"), "--jobs", "1", "--quiet")
    assert local.returncode == 0, local.stderr
    on_cluster, at_home = published_files(tmp_path / "cluster"), published_files(tmp_path / "local")
    assert {"graph.ttl", "manifest.json", "network.html"} <= set(on_cluster)
    assert sum(name.startswith("facts/") for name in on_cluster) == 5
    assert sorted(on_cluster) == sorted(at_home)
    for name, data in on_cluster.items():
        assert data == at_home[name], f"{name} differs between the cluster build and the local build"
    print(f"seeds on the LocalCluster: {seconds:.1f} s (whole process)")


def test_unchanged_documents_are_not_sent_to_the_cluster(tmp_path: Path, cluster) -> None:
    """Through the Python API (graph.build / graph.add with scheduler=), in this process."""
    import graph

    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    out = tmp_path / "out"
    graph.build([first], out, network=False, scheduler=cluster.scheduler_address)
    with extracted_on(cluster) as docs:
        report = graph.add([first, second], out, network=False, scheduler=cluster.scheduler_address)
    assert report.documents == [first.stem, second.stem] and report.cached == 1
    assert docs == [second.stem]


def test_documents_that_fail_on_the_cluster_are_named_and_the_rest_is_built(tmp_path: Path, cluster,
                                                                             monkeypatch) -> None:
    import graph.pipeline as pipeline
    from graph.pipeline import Settings, build
    from graph.limits import Limits

    monkeypatch.setattr(pipeline, "extract_document", misbehaving_extractor)
    src = tmp_path / "in"
    src.mkdir()
    pages = {"good1": "邵阳市召开会议。", "crash": "这篇文章让程序崩溃。", "hang": "这篇文章永远不会结束。",
             "hog": "这篇文章吃内存。", "good2": "株洲市召开会议。"}
    for name, text in pages.items():
        (src / f"{name}.txt").write_bytes(text.encode("utf-8"))
    messages: list[str] = []
    began = time.monotonic()
    report = build([src], tmp_path / "out", network=False, notify=messages.append,
                   settings=Settings(scheduler=cluster.scheduler_address, limits=Limits(seconds=4, memory_mb=300)))
    assert time.monotonic() - began < 60
    assert report.documents == ["good1", "good2"]
    assert sorted(report.failed) == ["crash", "hang", "hog"]
    reasons = "\n".join(messages)
    assert "crash.txt: extraction failed (RuntimeError: a bug in an extractor at support.py:" in reasons
    assert "hang.txt: took longer than 4 s (see --doc-timeout)" in reasons
    assert "hog.txt: needed more than 300 MB of memory (see --doc-memory)" in reasons
    manifest = (tmp_path / "out" / "manifest.json").read_text(encoding="utf-8")
    assert '"good1"' in manifest and '"crash"' not in manifest
    cluster.wait_for_workers(2, timeout=60)             # the hung worker was restarted by its nanny


def test_an_unreachable_scheduler_is_one_line_and_no_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = govkg("build", str(SEEDS), "--out", str(out), "--quiet", "--scheduler", f"tcp://127.0.0.1:{free_port()}")
    assert run.returncode == 1
    assert run.stderr.startswith("govkg: cannot reach the Dask scheduler at tcp://127.0.0.1:")
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert not out.exists()


def test_a_malformed_scheduler_address_is_one_line(tmp_path: Path) -> None:
    run = govkg("build", str(SEEDS), "--out", str(tmp_path / "out"), "--scheduler", "no-port-here")
    assert run.returncode == 1
    assert run.stderr.strip() == ("govkg: 'no-port-here' is not a Dask scheduler address (missing port number "
                                  "in address 'no-port-here'); give one like tcp://host:8786")
    assert not (tmp_path / "out").exists()


def test_the_command_line_does_not_import_dask() -> None:
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", "import graph.cli, graph"], capture_output=True,
                         text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    imported = {line.split("|")[-1].strip().split(".")[0] for line in run.stderr.splitlines() if "|" in line}
    assert "graph" in imported and not imported & {"dask", "distributed"}


def test_a_worker_address_is_not_taken_for_the_scheduler(tmp_path: Path, cluster) -> None:
    worker = sorted(cluster.scheduler_info["workers"])[0]
    run = govkg("build", str(SEEDS), "--out", str(tmp_path / "out"), "--scheduler", worker)
    assert run.returncode == 1
    assert run.stderr.strip() == f"govkg: {worker} is a Dask Worker, not its scheduler; give the scheduler's address"
    assert not (tmp_path / "out").exists()
