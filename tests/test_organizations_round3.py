"""Organisations, round 3: genre rules found on fresh Hunan articles (/work/newarts3/org3, from the
search tool's pages corpus; not seeds, dev or the unseen benchmarks). Each rule has a quoted real
sentence and a counter-example it must not fire on."""
from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from graph.organizations import extract_organizations
from graph.places import article_places, extract_places
from graph.text import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def orgs_of(text: str, gaz) -> dict[str, str]:
    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    orgs = extract_organizations(doc, places, gaz, article_places(doc, places, gaz))
    return {org.name: org.kind for org in orgs}


# ------------------------------------------------ two bodies joined by 和 close a list (甲和乙等N家企业)

def test_two_companies_joined_by_he_before_a_counted_class(gaz):
    # hn.rednet.cn 2014-11-19 (汨罗市政协委员调研非公经济)
    found = orgs_of("调研期间,调研组先后深入五祥新材料和飘峰电气等26家企业实地察看,"
                    "通过座谈、问卷调查等形式了解企业相关情况。", gaz)
    assert found.get("五祥新材料") == "company"
    assert found.get("飘峰电气") == "company"


def test_trades_joined_by_he_are_not_companies(gaz):
    # counter-example: dictionary words (trades) joined by 和 before 等企业 name no body
    found = orgs_of("全县新增钢铁和化工等企业12家,带动就业3000人。", gaz)
    assert "钢铁" not in found and "化工" not in found
