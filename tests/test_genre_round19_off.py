"""Nineteenth round (off): rules of the genre for officials and places, each tested on sentences of
our own writing (invented names and places) with a counter-example it must not fire on."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- a name never ends inside a place's name

def test_a_verb_before_a_place_after_a_title_is_no_name(gaz):
    text = "6月2日，来自全省各地的政协委员齐聚长沙，围绕产业发展建言献策。"
    assert officials_of(text, gaz) == set()
    text = "4月9日，省人大代表齐聚岳阳，开展集中视察。"
    assert officials_of(text, gaz) == set()


def test_a_name_before_a_glued_post_or_a_place_word_it_only_looks_like_stays(gaz):
    glued = "常宁市委书记罗小溪常宁市人大常委会主任孔远山出席。"
    found = officials_of(glued, gaz)
    assert ("罗小溪", "市委书记", "常宁市委") in found
    assert any(p == "孔远山" for p, _r, _o in found)
    # a place right after the name's end is crossed by no name
    assert any(p == "罗小溪" for p, _r, _o in officials_of("岳阳市召开会议。副市长罗小溪湘潭考察归来。", gaz))
