"""Sixteenth round (pla16): rules of the genre for places, from causes seen in three or more
development sets. Each rule is tested on a sentence of our own writing in the genre with a
counter-example it must not fire on."""
from __future__ import annotations

from support import place_parents as _parents, places_of, surfaces


def _names(text: str, gaz) -> list[str]:
    return surfaces(places_of(text, gaz)[1])


# ---------------------------------------------------------------- units written by the name of their office

def test_a_town_written_as_its_office_before_its_village_is_a_town(gaz):
    text = "会上,隆回县委书记介绍,该项目选址于青枫办事处石桥湾村,总投资12亿元。"
    parents = _parents(text, gaz)
    assert parents.get("青枫办事处") == "隆回县", parents
    assert parents.get("石桥湾村") == "青枫办事处", parents


def test_an_office_not_before_a_village_is_no_town(gaz):
    for text in ("隆回县驻长沙办事处主任李某某到村里走访。", "隆回县扶贫办事处村级项目验收工作启动。"):
        assert not any(n.endswith("办事处") for n in _names(text, gaz)), (text, _names(text, gaz))


def test_a_community_written_as_its_residents_committee_after_its_town_is_a_community(gaz):
    text = "李某某是隆回县桃洪镇青枫居委会的一名网格员。"
    parents = _parents(text, gaz)
    assert parents.get("青枫居委会") == "桃洪镇", parents


def test_a_town_s_committees_in_general_are_no_community(gaz):
    text = "隆回县桃洪镇各村居委会换届工作顺利完成。"
    assert not any(n.endswith("居委会") for n in _names(text, gaz)), _names(text, gaz)
