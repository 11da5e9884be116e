"""The vocabulary module and ontology/govkg.ttl declare the same terms."""

from rdflib import Graph
from rdflib.namespace import OWL, RDF, SKOS

from graph.vocab import GK, ONTOLOGY_FILE, PLACE_CLASS_BY_LEVEL, PROGRAM_CLASS_BY_KIND



def _declared() -> set[str]:
    g = Graph().parse(ONTOLOGY_FILE)
    ns = str(GK._NS)
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme}
    return {str(s)[len(ns):] for s, _, o in g.triples((None, RDF.type, None))
            if str(s).startswith(ns) and (o in kinds or str(o).startswith("http://purl.org/linked-data/cube#"))}


def test_every_vocab_term_is_declared_in_the_ontology():
    code_terms = set(GK.__annotations__)
    assert code_terms - _declared() == set()


def test_every_ontology_term_is_in_the_vocab_module():
    assert _declared() - set(GK.__annotations__) == set()


def test_misspelt_term_fails_at_access():
    import pytest

    with pytest.raises(AttributeError):
        GK.Plase  # noqa: B018


def test_level_and_kind_maps_use_declared_classes():
    declared = _declared()
    for cls in list(PLACE_CLASS_BY_LEVEL.values()) + list(PROGRAM_CLASS_BY_KIND.values()):
        assert str(cls).split("#")[1] in declared
