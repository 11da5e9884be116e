"""A kept extraction is keyed by the code an extraction runs, not by the output stages' code."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from graph.cache import PACKAGE, extractor_modules

ROOT = Path(__file__).resolve().parents[1]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


def test_the_extract_stage_and_what_it_imports_are_hashed_and_the_outputs_are_not():
    names = {path.stem for path in extractor_modules()}
    assert {"extract", "places", "organizations", "officials", "programs", "metrics", "dates", "text",
            "numbers", "segmenter", "gazetteer", "model"} <= names
    assert not names & {"pipeline", "rdf", "resolve", "store", "dumps", "facts", "tables", "network",
                        "server", "endpoint", "publish", "cli", "api", "workers"}


def test_every_module_an_extraction_loads_is_hashed():
    """Run an extraction of a seed page in a fresh process: every module of the package it
    loads (top-level and function-level imports alike) is one extractor_version hashes."""
    code = ("import sys\n"
            "from graph.extract import extract_document\n"
            "from graph.gazetteer import load_gazetteer\n"
            "from graph.text import make_document\n"
            f"text = open({str(SEED)!r}, encoding='utf-8').read()\n"
            "extract_document(make_document(text, 'seed'), load_gazetteer())\n"
            "print(' '.join(sorted(m.split('.')[1] for m in sys.modules if m.startswith('graph.'))))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    loaded = set(run.stdout.split()) - {"lexicon"}          # the lexicon folder: every file of it is hashed
    assert loaded <= {path.stem for path in extractor_modules()}


def _versions(package: Path) -> tuple[str, str]:
    code = "from graph.cache import code_version, extractor_version; print(extractor_version(), code_version())"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=package.parent,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(package.parent)}, timeout=120)
    assert run.returncode == 0, run.stderr
    extractor, whole = run.stdout.split()
    return extractor, whole


def test_a_change_of_an_output_stage_keeps_the_extractor_version(tmp_path):
    copy = tmp_path / "graph"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = _versions(copy)
    with open(copy / "network.py", "a", encoding="utf-8") as module:
        module.write("\n# a change of the network page only\n")
    after_output = _versions(copy)
    assert after_output[0] == before[0] and after_output[1] != before[1]
    with open(copy / "numbers.py", "a", encoding="utf-8") as module:
        module.write("\n# a change of an extractor's helper\n")
    after_extractor = _versions(copy)
    assert after_extractor[0] != before[0] and after_extractor[1] != after_output[1]
