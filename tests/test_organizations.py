"""Organisations: suffix grammar, place prefixes and shorthand resolution on seed sentences."""
from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from graph.model import Span
from graph.organizations import TextView, extract_organizations, text_view
from graph.places import article_places, extract_places
from graph.text import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def orgs_of(text: str, gaz) -> dict[str, str]:
    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    orgs = extract_organizations(doc, places, gaz, article_places(doc, places, gaz))
    for org in orgs:
        assert doc.slice(org.span).replace("\n", "") == org.surface
    return {org.name: org.kind for org in orgs}


def test_company_with_place_prefix(gaz):
    found = orgs_of("“企业之外事情有人办。”湖南华旦新材料有限公司总经理姚其伟这样形容。", gaz)
    assert found == {"湖南华旦新材料有限公司": "company"}


def test_shorthand_bodies_take_the_article_place(gaz):
    text = ("湘潭县2022年重点民生实事项目全部完成。湘潭县残联理事长肖鹏介绍，全年完成康复救助。"
            "县水利局副局长王军介绍，项目顺利推进。")
    found = orgs_of(text, gaz)
    assert "湘潭县残联" in found and "湘潭县水利局" in found


def test_party_and_government_bodies_in_a_chain(gaz):
    found = orgs_of("株洲经开区党工委副书记、管委会主任曾毅鹏任组长。", gaz)
    assert found.get("株洲经开区党工委") == "party"
    assert found.get("株洲经开区管委会") == "government"
    found = orgs_of("永州市冷水滩区委常委、政法委书记李华林表示。", gaz)
    assert any(name.endswith("冷水滩区委政法委") for name in found)


def test_words_ending_like_an_organisation_are_not_one(gaz):
    found = orgs_of("群众要办的事情好办易办，开创高质量发展新局，当地政府举办活动。", gaz)
    assert found == {}


def test_party_cell_of_a_company_is_the_company(gaz):
    found = orgs_of("邵阳市湘中制药有限公司党委书记、总经理杨贞皓说。", gaz)
    assert list(found) == ["邵阳市湘中制药有限公司"]


def test_text_view_joins_narrow_column_breaks():
    doc = make_document("区内，万容固体废物处理有\n限公司董事长祝更强对汨罗\n新市供水有限公司赞不绝\n")
    view = text_view(doc)
    assert "处理有限公司董事长" in view.text
    i = view.text.index("限公司")
    assert doc.slice(view.doc_span(i, i + 3)).replace("\n", "") == "限公司"


def test_text_view_keeps_long_paragraph_breaks():
    view = TextView("甲" * 30, tuple(range(30)))
    assert view.doc_span(0, 30) == Span(0, 30)
