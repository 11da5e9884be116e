"""Sixteenth round: the places that name a chamber of commerce (北京衡阳商会) are part of the body's
name, as a company's place prefix is: not places of the text, while the bodies' reader still makes
the chamber's name from them. Sentences of our own writing, each rule with a counter-example."""
from __future__ import annotations

from support import listed_org_names, places_of

from graph.model import Span
from graph.pipeline import extract_document
from graph.rdf import build_by_subject
from graph.text import make_document

_PLACE = "<https://w3id.org/govkg/id/place/"


def _listed(text: str, gaz) -> dict[str, bool]:
    return {m.surface: m.listed for m in places_of(text, gaz)[1]}


def test_the_places_opening_a_chamber_name_are_not_listed(gaz):
    places = _listed("上海益阳商会会长王某某率队回乡考察，签约项目3个。", gaz)
    assert places == {"上海": False, "益阳": False}


def test_a_list_of_places_before_a_chamber_name_names_it_too(gaz):
    places = _listed("目前，天津市、重庆市、成都市等湖南浏阳商会正在筹建。", gaz)
    assert places == {"天津市": False, "重庆市": False, "成都市": False, "湖南": False, "浏阳": False}


def test_places_beside_a_chamber_but_not_in_its_name_stay_places(gaz):
    for text, wanted in (("县招商小分队先后赴杭州、苏州等地洽谈项目。", {"杭州", "苏州"}),
                         ("天津市、重庆市客商到浏阳考察花炮产业。", {"天津市", "重庆市", "浏阳"}),
                         ("浏阳商会会长与长沙市、株洲市企业家座谈。", {"长沙市", "株洲市"}),
                         ("北京、上海等地商会代表出席。", {"北京", "上海"})):
        places = _listed(text, gaz)
        assert {name for name, listed in places.items() if listed} >= wanted, (text, places)


def test_a_place_keeps_its_own_general_chamber(gaz):
    assert _listed("衡阳市总商会召开会员大会。", gaz) == {"衡阳市": True}


def test_the_chamber_is_still_a_body_and_its_places_leave_the_graph(gaz):
    text = "上海益阳商会会长王某某率队回乡考察，签约项目3个。"
    assert any(name.endswith("益阳商会") for name in listed_org_names(text, gaz))
    by_subject = build_by_subject([extract_document(make_document(text, "t"), gaz)], gaz)
    derived = {s for s, pos in by_subject.items() if any(po.startswith("<http://www.w3.org/ns/prov#wasDerivedFrom>")
                                                         for po in pos) and s.startswith(_PLACE)}
    assert derived == set()


def test_a_listed_place_is_derived_from_its_sentence(gaz):
    text = "天津市客商到浏阳考察花炮产业。"
    by_subject = build_by_subject([extract_document(make_document(text, "t"), gaz)], gaz)
    derived = [s for s, pos in by_subject.items() if s.startswith(_PLACE)
               and any(po.startswith("<http://www.w3.org/ns/prov#wasDerivedFrom>") for po in pos)]
    assert len(derived) == 2
    assert Span(0, 3) == places_of(text, gaz)[1][0].span
