"""resolve._most_common skips counting when a program's mentions in a document share one
scope: the same answer as `_majority` of the counts, whatever the keys."""
from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from graph.resolve import _majority, _most_common


@given(st.lists(st.sampled_from(["430500", "430200", "430000", "430500/x", ""]), max_size=8))
def test_most_common_is_the_majority_of_the_counts(keys: list[str]) -> None:
    assert _most_common(keys) == _majority(Counter(keys))
