"""The output stages' fast paths write exactly what the straightforward code writes."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


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


def _stored(objects: list[str]) -> list[str]:
    """How Oxigraph writes each N-Triples object back once it holds it (one store, one dump)."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load("".join(f"<urn:s:{i}> <urn:p> {o} .\n" for i, o in enumerate(objects)).encode(),
               format=ox.RdfFormat.N_TRIPLES)
    written: dict[int, str] = {}
    for line in store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode().split("\n"):
        if line:
            subject, _, rest = line.partition(" <urn:p> ")
            written[int(subject[len("<urn:s:"):-1])] = rest[:-len(" .")]
    return [written[i] for i in range(len(objects))]


def test_strings_are_escaped_as_oxigraph_writes_them_for_every_code_point() -> None:
    """plain()/zh() of a text holding any one code point (surrogates aside) is exactly the
    literal Oxigraph's N-Triples writer gives for it once stored."""
    from graph.rdf import plain, zh

    texts = [f"a{chr(c)}b" for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    objects = [plain(t) for t in texts]
    assert _stored(objects) == objects
    sample = [zh(t) for t in texts[:0x3000]]
    assert _stored(sample) == sample


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=-(1 << 70), max_value=1 << 70), min_size=1, max_size=20))
def test_integers_are_written_as_oxigraph_writes_them(values: list[int]) -> None:
    """integer() writes what the store gives back, beyond 64 bits too."""
    from graph.rdf import integer

    objects = [integer(v) for v in values]
    assert _stored(objects) == objects


_finite = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(_finite, min_size=1, max_size=20))
def test_decimals_and_doubles_are_written_as_oxigraph_writes_them(values: list[float]) -> None:
    """The metric values rdf.py writes (xsd:decimal from the float's digits, xsd:double
    from its repr) come out of typed() in the store's own form: "5.0" -> "5", 1e+20 -> digits."""
    from rdflib.namespace import XSD

    from graph.rdf import _decimal, typed

    objects = [typed(_decimal(v), XSD.decimal) for v in values] + [typed(repr(v), XSD.double) for v in values]
    assert _stored(objects) == objects
    assert _stored([f'"{_decimal(v)}"^^<{XSD.decimal}>' for v in values]) == objects[:len(values)]


def test_a_builds_ntriples_are_its_store_dumped_and_sorted() -> None:
    """The N-Triples a build writes every output from (the outputs skip a dump of the store),
    sorted, equal the dump of a store holding them, sorted, byte for byte: strictly checked
    by Oxigraph's parser, and loaded leniently as the build loads them."""
    import pyoxigraph as ox

    from graph.gazetteer import load_gazetteer
    from graph.model import Extraction, MetricMention, PlaceMention, Span
    from graph.rdf import build_ntriples, loaded_graph
    from graph.store import oxigraph_of, sort_ntriples
    from graph.text import make_document

    raw = "标题\n\n今年邵阳市完成投资45.0亿元，增长101.0%\t（含\\税）。\n"
    doc = make_document(raw, "p1", "p1.txt")
    at = doc.text.index("邵阳市")
    ex = Extraction(doc=doc)
    ex.places = [PlaceMention(Span(at, at + 3), "邵阳市", "430500")]
    value = doc.text.index("45.0亿元")
    ex.metrics = [MetricMention(Span(value, value + 6), 45.0, "亿元", "45.0亿元", "完成投资", "邵阳市", "place", "430500",
                                None, "今年", None, 4.5e9, "CNY")]
    data = sort_ntriples(build_ntriples([ex], load_gazetteer(), with_ontology=True))
    assert b'"45"^^' in data and b"\\t" in data and b"\\\\" in data
    for lenient in (False, True):
        store = oxigraph_of(loaded_graph(data, lenient=lenient))
        dumped = sort_ntriples(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
        assert dumped == data
        assert len(store) == data.count(b"\n")


_TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TEXTS, st.sampled_from(["p", "p2", "pa"]), _TEXTS, st.sampled_from(["plain", "zh", "iri"])),
                min_size=1, max_size=25))
def test_a_builds_ntriples_come_with_their_lines_in_byte_order(rows: list[tuple[str, str, str, str]]) -> None:
    """build_ntriples sorts subjects, then each subject's "<predicate> object" strings, as
    Python strings: the same order as sort_ntriples gives the lines, as bytes, whatever the
    text (subjects, objects and literals that are prefixes of one another, escapes, any script)."""
    from graph.rdf import mint, plain, sorted_lines, zh
    from graph.store import sort_ntriples

    objects = {"plain": plain, "zh": zh, "iri": lambda text: mint("o", text)}
    by_subject: dict[str, set[str]] = {}
    for subject, predicate, obj, kind in rows:
        by_subject.setdefault(mint("s", subject), set()).add(f"<urn:govkg:{predicate}> {objects[kind](obj)}")
    lines = "".join(f"{s} {po} .\n" for s, pos in by_subject.items() for po in pos).encode("utf-8")
    assert sorted_lines(by_subject) == sort_ntriples(lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12),
                min_size=1, max_size=3))
def test_minted_iris_pass_oxigraphs_strict_check(parts: list[str]) -> None:
    """A build's graph is loaded without Oxigraph re-checking its IRIs: mint() must only write
    IRIs that the strict parser accepts, whatever text (any script, punctuation, controls) it is
    minted from, and that come back as written."""
    import pyoxigraph as ox

    from graph.rdf import mint

    iri = mint("x", *parts)
    parsed = list(ox.parse(f"{iri} <urn:p> <urn:o> .\n".encode(), format=ox.RdfFormat.N_TRIPLES))
    assert str(parsed[0].subject) == iri
