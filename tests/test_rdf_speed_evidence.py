"""rdf.DocumentSentences finds the sentence at a position by bisection: the same sentence as
Document.sentence_at, for segmented pages and for sentences out of order."""
from __future__ import annotations

from pathlib import Path

from graph.model import Sentence, Span
from graph.rdf import DocumentSentences
from graph.text import make_document, read_document, segment

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_every_position_of_the_seed_pages() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        doc = read_document(path)
        segment(doc)
        sentences = DocumentSentences(doc)
        assert doc.sentences
        for pos in range(-1, len(doc.text) + 2):
            assert sentences.at(pos) is doc.sentence_at(pos), (path.name, pos)


def test_gaps_empty_and_unordered_sentences() -> None:
    doc = make_document("一二三四五六七八九十" * 3)
    layouts = [
        [(0, 4), (4, 4), (4, 9), (12, 20), (20, 20), (25, 30)],   # gaps and empty sentences
        [(3, 3), (3, 8)],
        [(5, 10), (0, 4), (12, 20)],                               # out of order: asked of the document
        [(0, 10), (5, 15)],                                        # overlapping: asked of the document
        [],
    ]
    for layout in layouts:
        doc.sentences = [Sentence(i, Span(a, b), 0, 0) for i, (a, b) in enumerate(layout)]
        sentences = DocumentSentences(doc)
        for pos in range(-2, 33):
            assert sentences.at(pos) is doc.sentence_at(pos), (layout, pos)
