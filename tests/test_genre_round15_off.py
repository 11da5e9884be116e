"""Fifteenth round (off): rules of the genre for officials, found on the misses shared by the
development sets. Each rule is tested on a sentence of our own writing (invented names and
places) with a counter-example it must not fire on."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- two officials, the comma between them lost

GLUED = "县委书记吴明白沙县人大常委会主任欧阳立春，县人大常委会副主任彭宁副县长张少军参加调研。"


def test_a_name_ends_where_the_next_officials_post_opens_without_punctuation(gaz):
    found = officials_of(GLUED, gaz)
    persons = {p for p, _r, _o in found}
    assert {"吴明", "彭宁", "张少军", "欧阳立春"} <= persons          # not 吴明白 (白沙县…), 彭宁副 (副县长张少军)
    assert not any(p.endswith(("白", "副")) for p in persons)
    assert ("彭宁", "副县长") not in {(p, r) for p, r, _o in found}   # 副县长 is 张少军's, not a title after 彭宁


def test_a_three_character_name_stays_whole_when_no_post_follows(gaz):
    found = officials_of("县委书记吴明白参加调研，副县长彭宁国出席。", gaz)
    assert {"吴明白", "彭宁国"} <= {p for p, _r, _o in found}
    assert ("何小翔", "副省长") in {(p, r) for p, r, _o in officials_of("省长许大中，何小翔副省长出席。", gaz)}
    assert ("王中华", "总书记") in {(p, r) for p, r, _o in officials_of("深入贯彻王中华总书记关于防汛的重要指示。", gaz)}


# ---------------------------------------------------------------- a deputy's seat opening a chain of titles

DEPUTIES = ("衡阳讯 1月20日，出席省人大会议的衡阳代表团举行全体会议。省人大代表、省委常委、市委书记王明远主持会议，"
            "省人大代表、省人大常委会副主任李光参加。省人大代表、市领导赵一、钱二参加。全国人大代表、白沙村党支部书记周红发言。")


def test_a_deputys_seat_is_a_post_in_that_congress_and_no_body_for_the_next_title(gaz):
    found = officials_of(DEPUTIES, gaz)
    assert ("王明远", "省人大代表", "湖南省人大") in found
    assert ("王明远", "市委书记", "衡阳市委") in found
    assert ("李光", "省人大代表", "湖南省人大") in found
    assert {("赵一", "省人大代表", "湖南省人大"), ("赵一", "市领导", "衡阳市")} <= found   # not 市领导 of the congress
    assert ("周红", "全国人大代表", "全国人大") in found


def test_representatives_who_are_no_congress_deputies_hold_no_seat(gaz):
    found = officials_of("村民代表李四发言。县人大代表大会召开，县人大代表团团长王五出席。职工代表赵六介绍。", gaz)
    assert not any(r.endswith("代表") for _p, r, _o in found)


# ---------------------------------------------------------------- the grassroots posts of the grid systems

def test_a_grid_post_of_a_village_is_held_in_the_village_in_context(gaz):
    found = officials_of("邵阳市北塔区田江街道苗儿村，邻长陈小云一大早来到养殖场。东山林场护林员吴大成带着手机巡山。", gaz)
    assert ("陈小云", "邻长", "苗儿村") in found
    assert ("吴大成", "护林员", "东山林场") in found        # a farm or park named before the post


def test_a_grid_post_without_a_name_after_it_names_nobody(gaz):
    found = officials_of("苗儿村每个网格配备一名护林员，邻长每周走访农户，护林员通过手机上报。", gaz)
    assert found == set()
