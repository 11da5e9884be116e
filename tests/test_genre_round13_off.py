"""Thirteenth round (off): rules of the genre for officials, found on the errors of the fresh set
dev10 and looked for in the other ten development sets. Each rule is tested on a quoted sentence
with a counter-example of our own writing."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- a body's second name in brackets

NOTICE = ("会议决定任命张哲同志为县人民政府副县长,张哲在会上作了任职前的表态发言;任命刘豪健同志为县人大常委会办公室"
          "(信访办公室)主任,田文婷同志为县人大常委会选举任免联络工作委员会副主任;任命张空宇同志为县监察委员会委员。"
          "免去马运华同志县人大常委会办公室(信访办公室)主任职务,龙新兴同志县人大常委会选举任免联络工作委员会副主任职务;"
          "免去刘运章县监察委员会委员职务。")                                                          # dev10 h211
TOBACCO = "今年，郴州桂阳县烟草专卖局(分公司)依托产业帮扶。郴州桂阳县烟草专卖局(分公司)负责人邓小强介绍。"   # seeds 001


def test_a_bracketed_second_name_of_the_body_belongs_to_the_body_in_an_appointment(gaz):
    found = officials_of(NOTICE, gaz)
    assert ("刘豪健", "主任", "县人大常委会办公室(信访办公室)") in found        # was nothing (the clause ended at the bracket)
    assert ("田文婷", "副主任", "县人大常委会选举任免联络工作委员会") in found    # the clause after the comma
    assert ("马运华", "主任", "县人大常委会办公室(信访办公室)") in found        # 免去 … 职务
    assert ("龙新兴", "副主任", "县人大常委会选举任免联络工作委员会") in found    # 免去 shared by the clause after it
    assert ("邓小强", "负责人", "郴州桂阳县烟草专卖局(分公司)") in officials_of(TOBACCO, gaz)   # not role (分公司)负责人


def test_no_appointment_is_read_past_a_dismissal_or_into_an_aside_that_ends_the_clause(gaz):
    found = officials_of("免去王明同志县财政局局长职务,李强同志表示坚决拥护。任命赵刚同志为县财政局局长(试用期一年)。", gaz)
    assert {p for p, _r, _o in found} <= {"王明", "赵刚"}                      # 李强 holds no post here
    assert all("(" not in r and "试用" not in o for _p, r, o in found)


# ---------------------------------------------------------------- the deputy posts of the military

ARMY = ("新化县委副书记、县长左志锋向应邀前来的嘉宾和广大市民、游客做了热情洋溢的宣传推介会,湖南省军区副政委、"
        "省扶贫开发领导小组副组长许凤元参加了开幕式。")                                              # dev10 h218


def test_a_deputy_political_commissar_of_a_military_region(gaz):
    found = officials_of(ARMY, gaz)
    assert ("许凤元", "副政委", "湖南省军区") in found                            # was 政委 of 新化县
    assert ("许凤元", "副组长", "湖南省扶贫开发领导小组") in found
    assert ("陈少华", "副司令员", "县人武部") in officials_of("县人武部副司令员陈少华参加会议。", gaz)
    assert not officials_of("部队的副政委们都参加了。", gaz)                       # no name after the title


# ---------------------------------------------------------------- a listed name closed by 等

LEADERS = "娄底市人大常委会组织代表开展调研。市领导谢学龙、朱鸿宾、欧文安等参加。"                  # dev10 h214


def test_the_last_name_of_a_list_closed_by_etc_even_when_it_opens_with_a_word(gaz):
    assert ("欧文安", "市领导", "娄底市") in officials_of(LEADERS, gaz)          # 欧文 a word of the dictionary
    found = officials_of("娄底市召开会议。市领导谢学龙、朱鸿宾、文化等部门负责人参加。", gaz)
    assert {p for p, _r, _o in found} == {"谢学龙", "朱鸿宾"}                    # 文化等部门: a frequent word, no name


# ---------------------------------------------------------------- a team post with no body written

TEAM = ("2018年4月,油斯村来了邵阳市政府办驻村帮扶工作队,搬起板凳进院落,众人的事情众人商量。"
        "培育产业是实现脱贫的根本出路,油斯村怎么干?驻村帮扶工作队队长杨文明和村党支部书记吴吉祥想到了一块。")  # dev10 h230


def test_a_team_post_written_bare_is_in_the_team_the_article_named_before(gaz):
    bodies = {o for p, _r, o in officials_of(TEAM, gaz) if p == "杨文明"}
    assert bodies == {"邵阳市政府办驻村帮扶工作队"}                                # was the village
    other = TEAM.replace("?驻村帮扶工作队队长", "?防汛工作队队长")                 # another kind of team
    assert "邵阳市政府办驻村帮扶工作队" not in {o for p, _r, o in officials_of(other, gaz) if p == "杨文明"}
