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
