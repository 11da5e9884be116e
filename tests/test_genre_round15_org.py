"""Fifteenth round (org15): rules of the genre for organisations, from causes that recur across the
twelve development sets. Each rule is tested on a sentence of the genre written for the test (names,
places and numbers invented) and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a party department in one person's chain of posts

def test_a_bare_department_in_a_chain_opened_by_an_implied_committee_is_implied_too(gaz):
    # dev4 h60, dev7 h157, dev9 h191, dev11 h240: 市委常委、政法委书记; 区委副书记、统战部部长
    text = ("衡南县召开座谈会。县委常委、政法委书记赵明远出席,县委副书记、统战部部长钱立新主持,"
            "县委常委、组织部部长孙一帆讲话,县委常委、宣传部副部长李可欣参加。")
    orgs = named(text, gaz)
    assert not any(name.endswith(("政法委", "统战部", "组织部", "宣传部")) for name in orgs)


def test_a_department_after_a_committee_named_with_its_place_is_named(gaz):
    text = "会议决定对衡南县委常委、政法委书记赵明远,衡南县委常委、组织部部长孙一帆给予表扬。"
    assert {"衡南县委政法委", "衡南县委组织部"} <= named(text, gaz)


def test_a_bare_department_acting_after_the_chain_is_the_body_the_chain_named(gaz):
    # dev2 h02: 区委常委、政法委书记 … 政法委、公、检、法、司领导 (the second is an actor)
    text = "衡南县召开大会。县委常委、政法委书记赵明远出席。会后,政法委、公安局领导到各乡镇督导。"
    assert "衡南县委政法委" in named(text, gaz)


def test_a_bare_department_with_no_chain_before_it_names_no_body(gaz):
    assert not any(name.endswith("政法委") for name in named("会后,政法委、公安局领导到各乡镇督导。", gaz))
