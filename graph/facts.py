"""Facts of one document in the gold schema, derived by SPARQL from the built store.

What `facts/<doc>.json` shows is what the graph holds: every field below comes
from a query in ontology/queries/facts/.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from .queries import QUERY_DIR, ResultTable, run_query
from .rdf import doc_iri

FACTS_QUERIES = QUERY_DIR / "facts"
COUNTY_DEPTH = 2   # ancestors above a county: province (0), prefecture (1), county (2)


def _query(store: ox.Store, name: str, doc_id: str) -> ResultTable:
    """Run facts query `name` with ?doc bound (by a VALUES block) to the document's IRI."""
    sparql = (FACTS_QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    bound = sparql.replace("WHERE {", f"WHERE {{ VALUES ?doc {{ {doc_iri(doc_id)} }}", 1)
    return run_query(store, bound)


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


def document_facts(store: ox.Store, doc_id: str, source: str) -> dict:
    """The facts of `doc_id` as a dict in the gold schema."""
    q = lambda name: _query(store, name, doc_id).as_dicts()  # noqa: E731
    articles = [r["headline"] + (r["subheadline"] or "") for r in q("articles")]
    places = q("places")
    referred = {r["place"]: _referred_name(r) for r in places}
    parents = _nearest_parents(q("place_ancestors"), referred)
    bylines: list[str] = []
    for row in q("bylines"):
        if row["name"] not in bylines:
            bylines.append(row["name"])
    return {
        "doc": doc_id,
        "source": source,
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
            {"subject": r["subject"], "program": r["program"], "indicator": r["indicator"] or "",
             "value": _number(r["value"]), "unit": r["unit"], "period": r["period"] or ""}
            for r in q("metrics")
        ],
        "notes": ["derived by SPARQL from the govkg store"],
    }


def facts_json(facts: dict) -> str:
    return json.dumps(facts, ensure_ascii=False, indent=2) + "\n"


def documents_in_store(store: ox.Store) -> list[tuple[str, str]]:
    """(doc id, source path) of every document in the store."""
    table = run_query(store, """
        PREFIX gk: <https://w3id.org/govkg/ontology#>
        PREFIX schema: <https://schema.org/>
        SELECT ?id ?source WHERE { ?d a gk:SourceDocument ; schema:identifier ?id ; gk:sourcePath ?source }
        ORDER BY ?id""")
    return [(row[0], row[1]) for row in table.rows]


def write_facts(store: ox.Store, out_dir: Path) -> list[Path]:
    """Write facts/<doc>.json for every document in the store (each file atomically)."""
    from .store import write_text_atomic

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for doc_id, source in documents_in_store(store):
        path = out_dir / f"{doc_id}.json"
        write_text_atomic(path, facts_json(document_facts(store, doc_id, source)))
        written.append(path)
    return written
