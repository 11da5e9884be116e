"""Facts of each document in the gold schema, derived by SPARQL from the built store.

What `facts/<doc>.json` shows is what the graph holds: every field below comes
from a query in ontology/queries/facts/. Each query runs once over the whole
store and returns the rows of every document (its ?doc column); the rows are
then grouped by document, so writing the facts of a build costs time linear in
the number of facts, not documents × graph. Each query orders a document's rows
completely (no ties), so a document's facts are the same whatever else the store holds.

After a small change to the graph (`build --add`, `remove`), only the documents the
change can reach get their facts computed again (`documents_reached`), from a small store
holding what the facts queries can match for them (`neighbourhood`); the others' files are
hard links to the previous build's.
"""
from __future__ import annotations

import json
import os
import shutil
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .namespaces import PREFIX_IRIS
from .queries import QUERY_DIR, QueryError, run_query

FACTS_QUERIES = QUERY_DIR / "facts"
COUNTY_DEPTH = 2   # ancestors above a county: province (0), prefecture (1), county (2)
PER_DOCUMENT = ("articles", "bylines", "metrics", "officials", "organizations", "persons", "places",
                "place_mentions", "programs", "published")
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

Row = dict[str, str | None]


@dataclass
class FactTables:
    """The rows of every facts query: per document (by doc IRI) and the place ancestry."""
    by_doc: dict[str, dict[str, list[Row]]]   # query name -> doc IRI -> rows, in query order
    ancestry: dict[str, list[Row]]            # place IRI -> one row per ancestor

    def rows(self, name: str, doc: str) -> list[Row]:
        return self.by_doc[name].get(doc, [])


def _rows(store: ox.Store, name: str) -> list[Row]:
    """The rows of facts query `name` as {column: value or None}: the rows `run_query` gives,
    read straight off Oxigraph's solutions (a third of the cost of a table then dicts)."""
    try:
        solutions = store.query((FACTS_QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    except (SyntaxError, OSError, ValueError, RuntimeError, TypeError) as exc:
        raise QueryError(f"facts query {name!r} failed: {exc}") from None
    columns = [v.value for v in solutions.variables]
    return [dict(zip(columns, [None if t is None else t.value for t in solution])) for solution in solutions]


def load_fact_tables(store: ox.Store) -> FactTables:
    """Run each facts query once over the whole store and group its rows."""
    by_doc: dict[str, dict[str, list[Row]]] = {}
    for name in PER_DOCUMENT:
        grouped: dict[str, list[Row]] = defaultdict(list)
        for row in _rows(store, name):
            grouped[row["doc"]].append(row)
        by_doc[name] = dict(grouped)
    ancestry: dict[str, list[Row]] = defaultdict(list)
    for row in _rows(store, "place_ancestry"):
        ancestry[row["place"]].append(row)
    return FactTables(by_doc, dict(ancestry))


def _ancestor_rows(tables: FactTables, doc: str) -> list[Row]:
    """For each place `doc` mentions: every ancestor, its depth and whether `doc` mentions it too."""
    mentioned = {r["place"] for r in tables.rows("place_mentions", doc)}
    return [{**row, "mentioned": "true" if row["ancestor"] in mentioned else None}
            for place in sorted(mentioned) for row in tables.ancestry.get(place, [])]


def _number(text: str | None) -> float | int | None:
    if text is None:
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def _written_name(row: dict) -> str:
    """The fullest label of a place that is written in the document, else its name."""
    written = [w for w in (row.get("labels") or "").split("|") if w]
    return max(written, key=lambda w: (len(w), w)) if written else row["name"]


def _referred_name(row: dict) -> str:
    """How to name a place that is a parent or a program's jurisdiction: its official name
    when the document writes it or a short form of it (湖南 → 湖南省), else the fullest
    form the document writes (湘西州 for 湘西土家族苗族自治州)."""
    fullest = _written_name(row)
    return row["name"] if row["name"].startswith(fullest) else fullest


def _nearest_parents(rows: list[dict], names: dict[str, str]) -> dict[str, str]:
    """place IRI -> its parent as the gold reports it: the direct parent, except that
    sub-county ancestors the document never mentions are skipped (花桥社区 → 冷水滩区).
    A parent the document mentions is named as `_referred_name` says (`names`)."""
    chains: dict[str, list[tuple[int, bool, str, str]]] = {}
    for row in rows:
        chains.setdefault(row["place"], []).append(
            (int(row["depth"]), row["mentioned"] == "true", row["label"], row["ancestor"]))
    parents = {}
    for place, chain in chains.items():
        for depth, mentioned, label, ancestor in sorted(chain, reverse=True):   # nearest ancestor first
            if mentioned or depth <= COUNTY_DEPTH:
                parents[place] = names.get(ancestor, label)
                break
    return parents


def _published(rows: list[Row]) -> dict | None:
    """The document's date as {"date", "basis", "rule"} (+ "partial": "--03-24" or "2024" when
    only part of it is known); None when nothing is known. A year is never guessed."""
    if not rows:
        return None
    row = rows[0]
    full = row["type"] == XSD_DATE
    out = {"date": row["issued"] if full else None, "basis": row["basis"], "rule": row["rule"] or ""}
    if not full:
        out["partial"] = row["issued"]
    return out


def facts_of(tables: FactTables, doc: str, doc_id: str, source: str) -> dict:
    """The facts of the document with IRI `doc` as a dict in the gold schema."""
    q = lambda name: tables.rows(name, doc)  # noqa: E731
    articles = [r["headline"] + (r["subheadline"] or "") for r in q("articles")]
    places = q("places")
    referred = {r["place"]: _referred_name(r) for r in places}
    parents = _nearest_parents(_ancestor_rows(tables, doc), referred)
    bylines: list[str] = []
    for row in q("bylines"):
        if row["name"] not in bylines:
            bylines.append(row["name"])
    return {
        "doc": doc_id,
        "source": source,
        "published": _published(q("published")),
        "articles": articles,
        "officials": [{"person": r["person"], "role": r["role"], "org_or_place": r["org"]} for r in q("officials")],
        "persons": [r["name"] for r in q("persons")],
        "bylines": bylines,
        "places": [{"name": _written_name(r), "type": r["level"], "parent": parents.get(r["place"], r["parent"])}
                   for r in places],
        "organizations": [r["name"] for r in q("organizations")],
        "programs": [{"name": r["name"], "kind": r["kind"], "place": referred.get(r["placeIri"], r["place"])}
                     for r in q("programs")],
        "metrics": [
            {"subject": referred.get(r["subjectIri"], r["subject"]), "program": r["program"], "indicator": r["indicator"] or "",
             "value": _number(r["value"]), "unit": r["unit"], "period": r["period"] or ""}
            for r in q("metrics")
        ],
        "notes": ["derived by SPARQL from the govkg store"],
    }


def document_facts(store: ox.Store, doc_id: str, source: str) -> dict:
    """The facts of one document (runs every facts query: for many, use `write_facts`)."""
    docs = {identifier: iri for iri, identifier, _ in documents_in_store(store)}
    return facts_of(load_fact_tables(store), docs.get(doc_id, ""), doc_id, source)


def facts_json(facts: dict) -> str:
    """`facts` as the JSON of a facts file: one key a line and each fact of a list on a line of
    its own (a row of a table, as grep and diff read it), Chinese as written, a final newline.
    Each key and value is written as `json.dumps(value, ensure_ascii=False)` writes it, by one
    encoder made once (`_compact`): `json.dumps` with options makes a new encoder at every
    call, twice the cost of the encoding itself here; and without `indent`, which would run
    the standard library's pure-Python encoder, ten times slower than its C one."""
    lines = []
    for key, value in facts.items():
        if isinstance(value, list) and value:
            items = ",\n    ".join(map(_compact, value))
            lines.append(f"  {_compact(key)}: [\n    {items}\n  ]")
        else:
            lines.append(f"  {_compact(key)}: {_compact(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n" if lines else "{}\n"


_compact = json.JSONEncoder(ensure_ascii=False).encode   # = json.dumps(value, ensure_ascii=False)


def documents_in_store(store: ox.Store) -> list[tuple[str, str, str]]:
    """(doc IRI, doc id, source path) of every document in the store."""
    table = run_query(store, """
        PREFIX gk: <https://w3id.org/govkg/ontology#>
        PREFIX schema: <https://schema.org/>
        SELECT ?d ?id ?source WHERE { ?d a gk:SourceDocument ; schema:identifier ?id ; gk:sourcePath ?source }
        ORDER BY ?id""")
    return [(row[0], row[1], row[2]) for row in table.rows]


def write_facts(store: ox.Store, out_dir: Path, previous: Path | None = None,
                changed: bytes | None = None) -> list[Path]:
    """Write facts/<doc>.json for every document in the store. Each file is written in place:
    `out_dir` is inside the build's staging folder, which is published whole by one rename
    (graph.publish) or deleted, so no reader ever sees a file half written.

    Given `previous`, the facts folder of the build the store differs from by a known change,
    and that change, as the N-Triples lines that left or entered the graph (`changed`: each
    triple's predicate tells what it can reach), only the documents the change reaches
    (`documents_reached`) are computed again; every other document's file is a hard link
    to (or, where linking fails, a copy of) its file in `previous`. The files are the same
    as without `previous`. `previous` must hold the facts of the graph the change is from
    (not those of a build an update query changed since). When the change reaches more than
    MAX_REACHED of the documents, all are computed (the whole store's queries cost less)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    documents = documents_in_store(store)
    reached = None
    if previous is not None and previous.is_dir() and changed is not None:
        reached = documents_reached(store, changed_nodes(changed), {doc for doc, _, _ in documents},
                                    limit=int(MAX_REACHED * len(documents)))
    if reached is None:
        tables = load_fact_tables(store)
    else:
        reached |= {doc for doc, doc_id, _ in documents if not (previous / f"{doc_id}.json").is_file()}
        tables = load_fact_tables(neighbourhood(store, reached))
    written = []
    for doc, doc_id, source in documents:
        path = out_dir / f"{doc_id}.json"
        if reached is None or doc in reached:
            path.write_text(facts_json(facts_of(tables, doc, doc_id, source)), encoding="utf-8")
        else:
            _link_or_copy(previous / path.name, path)
        written.append(path)
    return written


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


# ---------------------------------------------------------------- what a change reaches
#
# For a document D, the facts queries match triples of a tree rooted at D: D's own
# attributes; its articles (schema:isPartOf D) and their bylines; its evidence nodes
# (oa:hasSource D) and their selectors; the fact nodes derived from those (prov:wasDerivedFrom)
# and the nodes these lead to through LINKS (a mention's observation and the observation's
# subject, a post's holder, role and body, a program's jurisdiction, a place's parents up to
# the province), with every triple of which these nodes are the subject. A triple that left or
# entered the graph changes D's facts only if it is (or was) in D's tree; and then the part
# of the tree from D down to it is in the new graph, or a triple nearer D changed too. So the
# documents a changed triple (s p o) reaches are found from s (from o for the links to a
# document and to evidence) by walking the tree's edges backwards in the new store.

def _iri(name: str) -> str:
    prefix, local = name.split(":")
    return PREFIX_IRIS[prefix] + local


TO_DOCUMENT = (_iri("oa:hasSource"), _iri("schema:isPartOf"))       # evidence, article -> document
DERIVED_FROM = _iri("prov:wasDerivedFrom")                           # fact node -> evidence
LINKS = tuple(map(_iri, ("gk:ofMetric", "gk:subject", "gk:program", "org:heldBy", "org:role", "org:postIn",
                         "gk:jurisdiction", "schema:containedInPlace", "schema:author", "gk:photographer",
                         "oa:hasSelector")))
# predicates the queries read of a document's own fact nodes (and of the document) only
OWN_ONLY = tuple(map(_iri, ("rdf:type", "skos:altLabel", "skos:hiddenLabel")))
# every predicate the facts queries (and documents_in_store) match: a triple of any other changes no facts
QUERIED = frozenset(TO_DOCUMENT + (DERIVED_FROM,) + LINKS + OWN_ONLY + tuple(map(_iri, (
    "rdf:value", "skos:prefLabel", "schema:name", "schema:headline", "schema:alternativeHeadline",
    "schema:position", "schema:identifier", "gk:sourcePath", "oa:start", "gk:value", "gk:unit",
    "gk:indicator", "gk:period", "dcterms:issued", "gk:dateBasis", "gk:dateRule"))))
MAX_REACHED = 0.25      # above this fraction of the documents, every document's facts are computed


def changed_nodes(lines: bytes) -> dict[str, set[str] | None]:
    """node IRI -> the predicates of the changed triples (N-Triples `lines`) that reach documents
    from it: the subject's, except for the links to a document or to evidence, which reach
    from their object."""
    nodes: dict[str, set[str] | None] = {}
    for triple in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES):
        predicate = triple.predicate.value
        if predicate not in QUERIED:
            continue
        node = triple.object if predicate in TO_DOCUMENT or predicate == DERIVED_FROM else triple.subject
        if isinstance(node, ox.NamedNode):
            nodes.setdefault(node.value, set()).add(predicate)
    return nodes


def documents_reached(store: ox.Store, nodes: dict[str, set[str] | None], documents: set[str],
                      limit: int | None = None) -> set[str] | None:
    """The documents (IRIs, of `documents`) whose facts a change at `nodes` can alter: node IRI ->
    the predicates of its changed triples (None: any). A node reaches the documents whose
    trees hold it (see above); a change of a predicate of OWN_ONLY only the documents of
    which the node is a fact (or which it is). None when more than `limit` are reached."""
    reached: set[str] = set()
    seen: set[str] = set()
    queue: list[str] = []
    for iri, predicates in nodes.items():
        if predicates is not None and predicates <= set(OWN_ONLY):
            reached |= _own_documents(store, iri, documents)
        elif iri not in seen:
            seen.add(iri)
            queue.append(iri)
    while queue:
        node = ox.NamedNode(queue.pop())
        if node.value in documents:
            reached.add(node.value)
        for predicate in TO_DOCUMENT:
            reached.update(q.object.value for q in store.quads_for_pattern(node, ox.NamedNode(predicate), None))
        above = [q.object for q in store.quads_for_pattern(node, ox.NamedNode(DERIVED_FROM), None)]
        for link in LINKS:
            above += [q.subject for q in store.quads_for_pattern(None, ox.NamedNode(link), node)]
        for term in above:
            if isinstance(term, ox.NamedNode) and term.value not in seen:
                seen.add(term.value)
                queue.append(term.value)
        if limit is not None and len(reached) > limit:
            return None
    reached &= documents
    return None if limit is not None and len(reached) > limit else reached


def _own_documents(store: ox.Store, iri: str, documents: set[str]) -> set[str]:
    """The document `iri` is, or the documents of its evidence."""
    node = ox.NamedNode(iri)
    own = {iri} & documents
    for derived in store.quads_for_pattern(node, ox.NamedNode(DERIVED_FROM), None):
        own.update(q.object.value for q in store.quads_for_pattern(derived.object, ox.NamedNode(TO_DOCUMENT[0]), None))
    return own & documents


def neighbourhood(store: ox.Store, docs: Iterable[str]) -> ox.Store:
    """A store holding every triple the facts queries can match for the documents `docs`: the
    triples of which a node of their trees is the subject. Each facts query gives each of
    these documents the rows it gives it over the whole store (and none to the others)."""
    derived, to_source, part_of = (ox.NamedNode(DERIVED_FROM), ox.NamedNode(TO_DOCUMENT[0]),
                                   ox.NamedNode(TO_DOCUMENT[1]))
    links = {ox.NamedNode(link) for link in LINKS}
    seen: set = set()
    queue: list = []

    def visit(term) -> None:
        if not isinstance(term, ox.Literal) and term not in seen:
            seen.add(term)
            queue.append(term)

    evidence = set()
    for doc in docs:
        node = ox.NamedNode(doc)
        visit(node)
        for q in store.quads_for_pattern(None, part_of, node):
            visit(q.subject)
        for q in store.quads_for_pattern(None, to_source, node):
            evidence.add(q.subject)
            visit(q.subject)
            for fact in store.quads_for_pattern(None, derived, q.subject):
                visit(fact.subject)
    small = ox.Store()
    while queue:
        node = queue.pop()
        # a node's evidence in other documents is left out: it gives rows to those documents only
        quads = [q for q in store.quads_for_pattern(node, None, None, ox.DefaultGraph())
                 if q.predicate != derived or q.object in evidence]
        small.extend(quads)
        for q in quads:
            if q.predicate in links:
                visit(q.object)
    return small
