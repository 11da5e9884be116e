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
