"""Publishing a build in one atomic step.

A build directory keeps each build in a folder of its own under `.versions/`, and a
symbolic link `current` names the published one. The outputs a user opens are fixed
links into it (`graph.ttl → current/graph.ttl`, `store → current/store`, …), so
publishing a new build is: write everything into `.versions/<v>.staging`, rename it to
`.versions/<v>`, and replace the link `current` with one rename. A build killed at any
instant leaves `current` naming a complete build — the previous one or the new one,
never a mix — and the next build (or `clean`) deletes what the killed one left.

A build directory written by an older govkg (real folders instead of links) is turned
into this layout by its next build.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

VERSIONS = ".versions"
CURRENT = "current"
STAGING_SUFFIX = ".staging"
NETWORK = "network.html"
PUBLISHED = ("store", "facts", "sources", "graph.ttl", "graph.nt.gz", NETWORK, "manifest.json")


def new_version(out: Path) -> Path:
    """A fresh, empty staging folder for the next build of `out`."""
    versions = out / VERSIONS
    versions.mkdir(parents=True, exist_ok=True)
    staging = versions / f"{time.time_ns():x}-{os.getpid()}{STAGING_SUFFIX}"
    staging.mkdir()
    return staging


def publish(staging: Path, out: Path, keep_network: bool = False) -> None:
    """Make the build in `staging` the published build of `out` (one atomic rename of `current`).

    With `keep_network`, a build that wrote no network page keeps the page of the
    build it replaces (as `--no-network` always did).
    """
    previous = current_version(out)
    if keep_network and previous is not None and not (staging / NETWORK).exists() \
            and (previous / NETWORK).is_file():
        os.link(previous / NETWORK, staging / NETWORK)
    final = staging.with_name(staging.name[: -len(STAGING_SUFFIX)])
    os.rename(staging, final)
    _replace_link(out / CURRENT, f"{VERSIONS}/{final.name}")
    link_outputs(out)
    remove_stale(out)


def current_version(out: Path) -> Path | None:
    """The folder of the published build of `out`, or None."""
    link = out / CURRENT
    if not link.is_symlink():
        return None
    target = out / os.readlink(link)
    return target if target.is_dir() else None


def link_outputs(out: Path) -> None:
    """Make each output name of `out` a link into `current` (older real files are replaced);
    an output the current build does not have (a network page after --no-network) has no link."""
    for name in PUBLISHED:
        path = out / name
        target = f"{CURRENT}/{name}"
        if not (out / target).exists():
            if path.is_symlink():
                path.unlink()
            continue
        if path.is_symlink() and os.readlink(path) == target:
            continue
        if path.exists() or path.is_symlink():
            aside = out / f".{name}.old.{os.getpid()}"
            os.replace(path, aside)
            _replace_link(path, target)
            _delete(aside)
        else:
            _replace_link(path, target)


def remove_stale(out: Path) -> None:
    """Delete staging folders, unpublished versions and leftovers of killed builds (caller holds the lock)."""
    current = current_version(out)
    versions = out / VERSIONS
    if versions.is_dir():
        for folder in versions.iterdir():
            if current is None or folder.name != current.name:
                _delete(folder)
    for leftover in [*out.glob(".*.old.*"), *out.glob(".*.tmp"), *out.glob(".staging.*"), *out.glob(".store.*.new")]:
        _delete(leftover)
    if current is not None:
        link_outputs(out)


def _replace_link(path: Path, target: str) -> None:
    """Point the symbolic link `path` at `target` in one rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, path)


def _delete(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
