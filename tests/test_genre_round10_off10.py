"""Tenth round (off10): rules of the genre found on the development set dev7 (h151–h170), for
officials. Each rule is tested on its quoted dev7 sentence with a counter-example."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- A、B等邵东市领导 (a place written on the collective title)

LEADERS_OF_PLACE = ("11月21日上午,邵东市举行14个重大项目集中开竣工仪式。周玉凡、李国军、刘家豪、黄负平、罗健康、向章云、"
                    "罗莉、李仁明、陈业华、刘山鸣、李佑军等邵东市领导出席。")     # dev7 h157


def test_names_listed_before_a_places_collective_title_are_its_leaders(gaz):
    officials = officials_of(LEADERS_OF_PLACE, gaz)
    for name in ("刘家豪", "黄负平", "罗健康", "向章云", "罗莉", "李仁明", "李佑军"):
        assert (name, "领导", "邵东市") in officials                     # were not read at all
    assert ("刘山鸣", "领导", "长沙县") in officials_of("长沙县召开大会。王明、刘山鸣等长沙县领导出席。", gaz)


def test_names_before_a_collective_of_no_place_hold_nothing(gaz):
    # 等相关领导 / 等有关部门领导: no place, no level -> no post for the names
    assert officials_of("邵东市召开会议。周玉凡、李国军等相关领导出席。", gaz) == set()
    assert officials_of("邵东市召开会议。周玉凡、李国军等有关部门领导出席。", gaz) == set()
