"""Facts written per change (issue 11): after `build --add` / `remove`, `write_facts` given the
previous build's facts and the change computes only the documents the change reaches and
links the others, and every file is the one a full write gives (graph/facts.py)."""
from __future__ import annotations

import gzip
import random
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import facts
from graph.pipeline import add, build, remove

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DEV_ARTICLES = Path("/work/shared/dev/articles")       # the development articles, when this machine has them


def _quiet(_message: str) -> None:
    pass


def _snapshot(out: Path, into: Path) -> tuple[Path, bytes]:
    """The published facts folder (copied to `into`) and graph.nt.gz lines of the build in `out`."""
    shutil.copytree(out / "facts", into)
    return into, gzip.decompress((out / "graph.nt.gz").read_bytes())


def _changed(old: bytes, new: bytes) -> bytes:
    """The N-Triples lines that left or entered the graph."""
    before, after = set(old.splitlines()), set(new.splitlines())
    return b"\n".join(sorted(before ^ after)) + b"\n"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _check_step(out: Path, previous: Path, old_lines: bytes, work: Path) -> tuple[int, set[str]]:
    """Facts of the build now in `out` written per change (from `previous` and the lines that
    changed since `old_lines`) equal the full write and the build's own
    files, file by file. Returns the number of files linked, not computed, and the names of
    the files of `previous` whose facts changed."""
    new_lines = gzip.decompress((out / "graph.nt.gz").read_bytes())
    store = ox.Store()
    store.load(new_lines, format=ox.RdfFormat.N_TRIPLES)
    full = work / "full"
    facts.write_facts(store, full)
    expected = _files(full)
    assert expected == _files(out / "facts")
    changed = _changed(old_lines, new_lines)
    folder = work / "lines"
    facts.write_facts(store, folder, previous=previous, changed=changed)
    assert _files(folder) == expected
    linked = sum(p.stat().st_nlink > 1 for p in folder.iterdir())
    before = _files(previous)
    return linked, {name for name, text in expected.items() if name in before and before[name] != text}


def _changed_text(text: str, other: str) -> str:
    """`text` without its longest paragraph and with the longest of `other` appended: facts
    leave and enter, many of them shared with other documents."""
    lines = text.splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    extra = max(other.splitlines(), key=len)
    return "\n".join(lines[:longest] + lines[longest + 1:] + [extra]) + "\n"


@pytest.fixture
def every_document_per_change(monkeypatch):
    """No fallback to the full write however many documents a change reaches (small builds)."""
    monkeypatch.setattr(facts, "MAX_REACHED", 1.0)


def _corpus(root: Path) -> list[Path]:
    files = sorted(SEEDS.glob("*.txt"))
    if DEV_ARTICLES.is_dir():
        files += sorted(DEV_ARTICLES.glob("*.txt"))
    root.mkdir()
    copies = []
    for path in files:
        copy = root / f"{path.parent.name}-{path.name}"
        shutil.copyfile(path, copy)
        copies.append(copy)
    return copies


def test_per_change_facts_equal_full_facts_through_adds_removes_and_edits(tmp_path, every_document_per_change):
    """A seeded random run of changes to a real build (seeds and, when here, the development
    articles): add one or several documents, remove one, replace one by a changed text. After
    each, the facts written per change are the full write's, file by file (new documents get
    theirs, removed ones have none), and most files are links."""
    corpus = _corpus(tmp_path / "corpus")
    rng = random.Random(11)
    rng.shuffle(corpus)
    inside, outside = corpus[: len(corpus) // 2], corpus[len(corpus) // 2:]
    out = tmp_path / "out"
    build(inside, out, network=False, notify=_quiet)
    linked_total, changed_elsewhere = 0, set()
    for step in range(8):
        previous, old_lines = _snapshot(out, tmp_path / f"previous-{step}")
        kind = ("add", "remove", "edit", "add several")[step % 4]
        if kind == "add" and outside:
            chosen = [outside.pop()]
            add(chosen, out, network=False, notify=_quiet)
            inside += chosen
        elif kind == "add several" and len(outside) > 1:
            chosen = [outside.pop(), outside.pop()]
            add(chosen, out, network=False, notify=_quiet)
            inside += chosen
        elif kind == "remove" and len(inside) > 2:
            gone = inside.pop(rng.randrange(len(inside)))
            remove([gone.stem], out, network=False, notify=_quiet)
            chosen = []
        else:
            edited, other = rng.choice(inside), rng.choice(corpus)
            edited.write_text(_changed_text(edited.read_text(encoding="utf-8"), other.read_text(encoding="utf-8")),
                              encoding="utf-8")
            chosen = [edited]
            add(chosen, out, network=False, notify=_quiet)
        linked, changed_files = _check_step(out, previous, old_lines, tmp_path / f"work-{step}")
        linked_total += linked
        changed_elsewhere |= changed_files - {f"{path.stem}.json" for path in chosen}
    assert linked_total > 0          # the per-change path was taken, not only full writes
    assert changed_elsewhere         # and a change altered the facts of documents it did not touch


def test_a_new_mention_of_a_shared_place_reaches_only_its_document(seed_build: Path) -> None:
    """Evidence added to a place many documents mention (a province) changes the facts of the
    evidence's document only; a change of the place's name reaches every document citing it or
    a place inside it."""
    store = ox.Store()
    store.load(gzip.decompress((seed_build / "graph.nt.gz").read_bytes()), format=ox.RdfFormat.N_TRIPLES)
    documents = {doc for doc, _, _ in facts.documents_in_store(store)}
    rows = store.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#>  PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX gk: <https://w3id.org/govkg/ontology#>
        SELECT ?place (COUNT(DISTINCT ?doc) AS ?n) (SAMPLE(?ev) AS ?one) WHERE {
          ?place a gk:Place ; prov:wasDerivedFrom ?ev . ?ev oa:hasSource ?doc }
        GROUP BY ?place ORDER BY DESC(?n) ?place LIMIT 1""")
    place, count, ev = next(iter(rows))
    assert int(count.value) >= 2
    (doc,) = [q.object.value for q in store.quads_for_pattern(ev, ox.NamedNode(facts.TO_DOCUMENT[0]), None)]
    evidence = f"<{place.value}> <{facts.DERIVED_FROM}> <{ev.value}> .\n".encode()
    assert facts.documents_reached(store, facts.changed_nodes(evidence), documents) == {doc}
    label = f'<{place.value}> <http://www.w3.org/2004/02/skos/core#prefLabel> "新名"@zh .\n'.encode()
    assert len(facts.documents_reached(store, facts.changed_nodes(label), documents)) >= int(count.value)
    assert facts.documents_reached(store, facts.changed_nodes(label), documents, limit=0) is None


def test_a_change_reaching_many_documents_writes_all(seed_build: Path, tmp_path: Path) -> None:
    """Above MAX_REACHED of the documents, every file is written whole (none linked); a change
    of a predicate no facts query reads reaches no document."""
    store = ox.Store()
    lines = gzip.decompress((seed_build / "graph.nt.gz").read_bytes())
    store.load(lines, format=ox.RdfFormat.N_TRIPLES)
    renamed = "".join(f'<{doc}> <https://schema.org/identifier> "{doc_id}-new" .\n'     # every document's
                      for doc, doc_id, _ in facts.documents_in_store(store)).encode()      # identifier changed
    facts.write_facts(store, tmp_path / "facts", previous=seed_build / "facts", changed=renamed)
    assert _files(tmp_path / "facts") == _files(seed_build / "facts")
    assert all(p.stat().st_nlink == 1 for p in (tmp_path / "facts").iterdir())
    unread = b'<https://w3id.org/govkg/id/x> <https://w3id.org/govkg/ontology#adminCode> "1" .\n'
    assert facts.changed_nodes(unread) == {}
    facts.write_facts(store, tmp_path / "linked", previous=seed_build / "facts", changed=unread)
    assert _files(tmp_path / "linked") == _files(seed_build / "facts")
    assert all(p.stat().st_nlink > 1 for p in (tmp_path / "linked").iterdir())


def test_every_predicate_the_facts_queries_read_is_known() -> None:
    """documents_reached and neighbourhood follow the predicates listed in graph/facts.py: a facts
    query reading another one needs it listed there (LINKS when it leads to another node)."""
    prefixes = {"gk": "https://w3id.org/govkg/ontology#", "org": "http://www.w3.org/ns/org#",
                "prov": "http://www.w3.org/ns/prov#", "skos": "http://www.w3.org/2004/02/skos/core#",
                "schema": "https://schema.org/", "oa": "http://www.w3.org/ns/oa#",
                "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "dcterms": "http://purl.org/dc/terms/"}
    used = set()
    for path in sorted(facts.FACTS_QUERIES.glob("*.rq")):
        text = "\n".join(line.split("#", 1)[0] if not line.lstrip().startswith("PREFIX") else ""
                         for line in path.read_text(encoding="utf-8").splitlines())
        for prefix, local in re.findall(r"\b([a-z]+):([a-z]\w*)", text):   # lower case: a property, not a class
            used.add(prefixes[prefix] + local)
    assert used and used <= facts.QUERIED, sorted(used - facts.QUERIED)


def _edited(triple: ox.Triple) -> ox.Triple | None:
    """The triple with its literal changed (a text gets 改 appended, a number 1 added), or None
    (an IRI or a date: the triple is dropped)."""
    term = triple.object
    if not isinstance(term, ox.Literal):
        return None
    if term.language or term.datatype.value.endswith("#string"):
        changed = ox.Literal(term.value + "改", language=term.language) if term.language else ox.Literal(term.value + "改")
    elif re.fullmatch(r"-?\d+(\.\d+)?", term.value):
        changed = ox.Literal(str(float(term.value) + 1) if "." in term.value else str(int(term.value) + 1),
                             datatype=term.datatype)
    else:
        return None
    return ox.Triple(triple.subject, triple.predicate, changed)


def test_each_kind_of_edit_of_a_real_graph_reaches_every_document_it_changes(seed_build: Path, tmp_path: Path,
                                                                              every_document_per_change) -> None:
    """Edits of single triples of the seed build, a sample of every predicate the facts queries
    read (a place's or a role's label, a post's body, a metric's subject, a parent place…):
    after each, the facts written per change from the build's facts are those of a full write."""
    lines = gzip.decompress((seed_build / "graph.nt.gz").read_bytes())
    triples = list(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES))
    by_predicate: dict[str, list[ox.Triple]] = {}
    for triple in triples:
        if triple.predicate.value in facts.QUERIED:
            by_predicate.setdefault(triple.predicate.value, []).append(triple)
    rng = random.Random(7)
    edits = [t for group in by_predicate.values() for t in rng.sample(group, min(2, len(group)))]
    changed_other = 0
    for i, triple in enumerate(edits):
        store = ox.Store()
        store.load(lines, format=ox.RdfFormat.N_TRIPLES)
        store.remove(ox.Quad(triple.subject, triple.predicate, triple.object))
        change = str(triple) + " .\n"
        new = _edited(triple)
        if new is not None:
            store.add(ox.Quad(new.subject, new.predicate, new.object))
            change += str(new) + " .\n"
        facts.write_facts(store, tmp_path / f"full-{i}")
        facts.write_facts(store, tmp_path / f"delta-{i}", previous=seed_build / "facts", changed=change.encode())
        expected = _files(tmp_path / f"full-{i}")
        assert _files(tmp_path / f"delta-{i}") == expected, change
        changed_other += sum(expected.get(name) != text for name, text in _files(seed_build / "facts").items())
    assert changed_other > 0
