"""Fifteenth round (per): rules of the genre for the persons (citizens) that figures belong to,
found on the misses shared by the development sets. Each rule is tested on a sentence of our own
writing (invented names and places) with a counter-example it must not fire on."""
from __future__ import annotations

from support import metric_rows, officials_and_citizens


def citizens(text: str, gaz) -> set[str]:
    return officials_and_citizens(text, gaz)[1]


# ---------------------------------------------------------------- a person introduced by a modifier and 的

INTRODUCED = ("8月3日，负责牵头村里茶园管护工作的龚青山带着几位村民上了山。家住红星镇桥头村的聂美兰告诉记者，"
              "她家今年收入翻了一番。回乡创业的卜文秀是一名90后。")


def test_a_person_introduced_by_a_modifier_and_de_then_acting_is_a_citizen(gaz):
    assert {"龚青山", "聂美兰", "卜文秀"} <= citizens(INTRODUCED, gaz)


def test_a_noun_after_de_without_a_persons_predicate_is_no_citizen(gaz):
    text = ("久违的甘霖对旱情起到了缓解作用。所联系的金鑫机械公司复工复产。深入学习党的二十大精神。"
            "全面推进乡村振兴的江南样板正在形成。全县的高质量发展取得成效。")
    assert citizens(text, gaz) == set()


def test_the_figures_after_an_introduced_person_are_that_persons(gaz):
    text = ("8月3日，负责牵头村里茶园管护工作的龚青山带着几位村民上了山。"
            "今年他种了30亩茶叶，收入5万多元。")
    assert "龚青山" in {subject for subject, _i, _v, _u in metric_rows(text, gaz)}


def test_a_bodys_staff_introduced_by_de_is_no_citizen(gaz):
    text = "青山建设集团主管招聘工作的龚青山告诉记者，半小时内就有200多人前来应聘。"
    assert "龚青山" not in citizens(text, gaz)


# ---------------------------------------------------------------- citizen words of relocation and maternal-care reports

def test_a_relocated_household_or_a_pregnant_woman_named_after_the_word_is_a_citizen(gaz):
    text = ("易地扶贫搬迁户龚秀英激动地说，她在小区租了2间门面。白沙社区孕妇聂小红突发紧急情况，"
            "社区干部将她送到医院。")
    assert {"龚秀英", "聂小红"} <= citizens(text, gaz)


def test_the_citizen_word_without_a_name_after_it_names_nobody(gaz):
    text = "全县搬迁户共1200户，孕妇保健服务覆盖率达到98%，产妇住院分娩率100%。"
    assert citizens(text, gaz) == set()


# ---------------------------------------------------------------- a person named with their household

def test_a_name_before_a_household_or_couple_word_is_a_citizen(gaz):
    text = "桥头村龚秀山一家四口，之前人均年收入不足1万元。聂大明夫妇从2018年开始资助学生。"
    assert {"龚秀山", "聂大明"} <= citizens(text, gaz)


def test_a_household_word_counting_a_business_names_nobody(gaz):
    text = "园区新引进一家企业，全县一家一户的小农经营正在转变，这一家庭农场年产值100万元。"
    assert citizens(text, gaz) == set()
