"""Twentieth round (org): rules of the genre for organisations, from causes that recur in fresh
Hunan local-government articles. Each rule is tested on a sentence of the genre written for the
test (names, places and numbers invented) and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a named zone's 党工委、管委会 chain

def test_bare_zone_committee_after_a_named_zones_working_committee(gaz):
    # 某某经开区党工委副书记、管委会主任: the administrative committee of the zone just named
    text = "推介会上,青枫经开区党工委副书记、管委会主任罗建平致辞,介绍了园区产业布局。"
    orgs = named(text, gaz)
    assert {"青枫经开区党工委", "青枫经开区管委会"} <= orgs


def test_bare_zone_committee_after_a_member_of_a_named_high_tech_zone(gaz):
    text = "白沙高新区党工委委员、管委会副主任谭晓东作项目推介。"
    assert "白沙高新区管委会" in named(text, gaz)


def test_bare_zone_committee_after_an_unnamed_zone_stays_implied(gaz):
    # 经开区党工委副书记、管委会主任 with no zone's name: no body of a named zone
    orgs = named("经开区党工委副书记、管委会主任罗建平致辞。", gaz)
    assert not any(name.endswith("管委会") for name in orgs)
