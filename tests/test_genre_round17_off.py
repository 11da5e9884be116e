"""Seventeenth round (off): rules of the genre for officials, found on the misses shared by the
development sets. Each rule is tested on sentences of our own writing (invented names and
places) with a counter-example it must not fire on."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- names listed before deputies' seats

def test_names_before_seats_written_together_hold_the_seats_together(gaz):
    text = ("11月3日，长沙市人大常委会组织驻市代表开展视察。孔远山、罗小溪、钟晴川等全国人大代表和省人大代表"
            "参加视察。")
    found = officials_of(text, gaz)
    for name in ("孔远山", "罗小溪", "钟晴川"):
        assert (name, "全国人大代表和省人大代表", "全国人大和湖南省人大") in found


def test_names_before_one_seat_keep_that_seat(gaz):
    found = officials_of("长沙市召开座谈会。孔远山、罗小溪等省人大代表参加座谈。", gaz)
    assert ("孔远山", "省人大代表", "湖南省人大") in found and ("罗小溪", "省人大代表", "湖南省人大") in found


def test_words_before_seats_are_no_names(gaz):
    assert officials_of("长沙市召开座谈会。交通、电力等全国人大代表和省人大代表关注的问题得到回应。", gaz) == set()


SESSION = ("1月20日上午，出席省十四届人大三次会议的常德代表团举行全体会议，审议政府工作报告。"
           "孔远山、罗小溪、钟晴川代表先后发言，围绕乡村振兴提出建议。")


def test_names_before_a_bare_seat_in_a_sessions_report_sit_in_its_assembly(gaz):
    found = officials_of(SESSION, gaz)
    for name in ("孔远山", "罗小溪", "钟晴川"):
        assert (name, "代表", "湖南省人大") in found


def test_a_bare_seat_outside_a_session_or_as_a_verb_names_nobody(gaz):
    no_session = "常德市召开座谈会。孔远山、罗小溪代表先后发言。"
    assert not any(p in ("孔远山", "罗小溪") for p, _r, _o in officials_of(no_session, gaz))
    as_verb = ("1月20日上午，出席省十四届人大三次会议的常德代表团举行全体会议。"
               "孔远山、罗小溪代表常德代表团作了汇报。")
    assert not any(p in ("孔远山", "罗小溪") for p, _r, _o in officials_of(as_verb, gaz))
    wrong_assembly = ("1月20日上午，省政协十三届三次会议举行全体会议。孔远山、罗小溪代表先后发言。")
    assert not any(p in ("孔远山", "罗小溪") for p, _r, _o in officials_of(wrong_assembly, gaz))


# ---------------------------------------------------------------- one post written twice, once weakly

def test_a_post_read_with_the_articles_place_is_the_post_named_in_full_later(gaz):
    text = ("本报讯 在宁乡市大成桥镇的育秧基地，种粮大户张大田在邻长孔远山指导下插秧。"
            "孔远山是大成桥镇鹊山居委会的一名邻长。")
    found = {(p, r, o) for p, r, o in officials_of(text, gaz) if p == "孔远山"}
    assert found == {("孔远山", "邻长", "大成桥镇鹊山居委会")}


def test_a_post_with_its_body_written_short_is_the_post_named_in_full(gaz):
    text = "清晨，白鹭山国家森林公园护林员孔远山走进山林。“我们的责任更清晰了。”白鹭山森林公园护林员孔远山说。"
    found = {(p, r, o) for p, r, o in officials_of(text, gaz) if p == "孔远山"}
    assert found == {("孔远山", "护林员", "白鹭山国家森林公园")}


def test_two_bodies_named_in_full_stay_two_posts(gaz):
    text = ("长沙市人口和计划生育委员会党组书记、主任孔远山转任新组建的长沙市卫生和计划生育委员会主任。")
    found = {(p, r, o) for p, r, o in officials_of(text, gaz) if p == "孔远山" and r == "主任"}
    assert len(found) == 2


def test_names_before_a_national_seat_sit_in_the_national_congress(gaz):
    found = officials_of("长沙市召开座谈会。孔远山、罗小溪等全国人大代表参加座谈。", gaz)
    assert ("孔远山", "全国人大代表", "全国人大") in found and ("罗小溪", "全国人大代表", "全国人大") in found


def test_members_on_the_floor_of_a_cppcc_session_sit_in_that_cppcc_only(gaz):
    text = "1月20日上午，常德市八届政协三次会议举行大会发言。孔远山、罗小溪委员分别发言。"
    found = officials_of(text, gaz)
    assert ("孔远山", "委员", "常德市政协") in found and ("罗小溪", "委员", "常德市政协") in found
    deputies = "1月20日上午，常德市八届政协三次会议举行大会发言。孔远山、罗小溪代表分别发言。"
    assert not any(p in ("孔远山", "罗小溪") for p, _r, _o in officials_of(deputies, gaz))


def test_the_first_listed_name_is_read_off_the_words_before_it(gaz):
    text = "1月20日上午，出席省十四届人大三次会议的常德代表团举行全体会议。会上孔远山、罗小溪代表先后发言。"
    found = officials_of(text, gaz)
    assert ("孔远山", "代表", "湖南省人大") in found and ("上孔远山", "代表", "湖南省人大") not in found
    compound = "长沙市召开座谈会。欧阳远山、罗小溪等省人大代表参加座谈。"
    assert ("欧阳远山", "省人大代表", "湖南省人大") in officials_of(compound, gaz)   # a whole name stays whole
