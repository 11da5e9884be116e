"""The output stages' fast paths write exactly what the straightforward code writes."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.facts import facts_json

_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_json = st.recursive(_leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                                         max_size=4), max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(_json)
def test_facts_json_is_json_dumps(value: object) -> None:
    """Any JSON-able value (control characters, CJK, NaN, huge ints, nesting, empties) is
    written byte for byte as json.dumps(ensure_ascii=False, indent=2) writes it."""
    assert facts_json({"v": value}) == json.dumps({"v": value}, ensure_ascii=False, indent=2) + "\n"


def test_facts_json_falls_back_for_other_types() -> None:
    """Tuples and non-string keys are left to json.dumps, which writes them its own way."""
    value = {"t": (1, "二"), 3: [{}], "e": []}
    assert facts_json(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_plain_literal_round_trips_through_oxigraph(text: str) -> None:
    """A literal the builder writes (quotes, backslashes, line breaks, CJK…) parses back, in
    Oxigraph's N-Triples parser, to exactly the text it was made from."""
    import pyoxigraph as ox

    from graph.rdf import plain, zh

    data = f"<urn:s> <urn:p> {plain(text)} .\n<urn:s> <urn:q> {zh(text)} .\n".encode()
    values = {t.predicate.value: t.object for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}
    assert values["urn:p"].value == text and values["urn:q"].value == text
    assert values["urn:q"].language == "zh"


def test_integer_literal_is_typed_integer() -> None:
    from rdflib.namespace import XSD

    from graph.rdf import integer, typed

    for value in (0, 7, 123456789012):
        assert integer(value) == typed(value, XSD.integer)
