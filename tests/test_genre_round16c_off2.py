"""Sixteenth round, third pass (officials): the joins of a title chain the genre writes without
a 、. Each rule is tested on a sentence of our own writing (invented names and places) with a
counter-example it must not fire on."""
from __future__ import annotations

from support import officials_of


def test_a_bracketed_qualifier_inside_a_chain_keeps_the_chain(gaz):
    found = officials_of("市委副书记、党组副书记(主持工作)、市青联主席钱文亮出席。", gaz)
    assert ("钱文亮", "市委副书记", "市委") in found
    assert ("钱文亮", "主席", "市青联") in found


def test_a_comma_between_the_posts_of_two_bodies_keeps_the_chain(gaz):
    found = officials_of("市长王大明主持会议。市委宣传部副部长,市文化旅游局党组书记、局长李小红出席。", gaz)
    assert ("李小红", "市委宣传部副部长", "市委宣传部") in found
    assert ("李小红", "局长", "市文化旅游局") in found


def test_a_title_after_a_verb_is_no_chain_across_a_comma(gaz):
    found = officials_of("会议强调。他曾任市委宣传部副部长,市文化旅游局局长李小红说。", gaz)
    assert ("李小红", "局长", "市文化旅游局") in found
    assert not any(r.endswith("副部长") for _p, r, _o in found)


def test_a_party_secretary_glued_to_the_head_of_the_same_body(gaz):
    found = officials_of("4月2日,市人大常委会党组书记主任赵明华率调研组来县调研。", gaz)
    assert ("赵明华", "主任", "市人大常委会") in found
    assert any(p == "赵明华" and r.endswith("党组书记") for p, r, _o in found)


def test_a_clerk_is_no_glued_party_secretary(gaz):
    found = officials_of("4月2日,县法院书记员赵明华参加调研。", gaz)
    assert not any(r.endswith("书记") for _p, r, _o in found)
