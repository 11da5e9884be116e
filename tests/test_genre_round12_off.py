"""Twelfth round (off): rules of the genre for officials, found on the leftover errors of all ten
development sets at once (seeds, dev, dev2 … dev9). Each rule is tested on a quoted sentence with a
counter-example of our own writing."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- a clause opening with an unnamed body

LEAGUE = ("4月18日上午,香港青年联会主席霍启刚率经济考察团一行50余人来我市考察。")                       # dev9 h193
BUREAU = ("活动期间,农业农村部农产品质量安全监管司司长肖放来湖南展厅永顺展位视察时,对永顺给予充分肯定。")   # dev8 h180
MILITARY = ("副主席曾阳素、蒋德安,邵阳军分区政冶部主任戚向前,市政协秘书长蒋志刚出席会议。")              # dev8 h174
NATIVE = ("由此,学雷锋蔚然成风;武警湖南省总队望城籍警官金胜在地铁上科学急救突发疾病的乘客。")            # seeds 004
COMPANY = ("在郴州经开区,感受到这股营商环境新风的企业不胜枚举。日前,中交郴筑副总谢磊代表该企业送上锦旗。")  # dev7 h169


def _bodies(text, gaz, person):
    return {o for p, _r, o in officials_of(text, gaz) if p == person}


def test_a_body_opening_the_clause_before_the_title_is_the_post_s_body(gaz):
    assert _bodies(LEAGUE, gaz, "霍启刚") == {"香港青年联会"}                          # was the article's place
    assert _bodies(BUREAU, gaz, "肖放") == {"农业农村部农产品质量安全监管司"}
    assert _bodies(MILITARY, gaz, "戚向前") == {"邵阳军分区政冶部"}
    assert ("金胜", "警官", "武警湖南省总队") in officials_of(NATIVE, gaz)              # 望城籍: native, no role part
    assert ("谢磊", "副总", "中交郴筑") in officials_of(COMPANY, gaz)                   # a company's short name


def test_a_verb_a_bare_company_or_a_word_before_the_title_is_no_body(gaz):
    assert _bodies("9月1日,看望主任李明。", gaz, "李明") != {"看望"}
    assert not _bodies("会上,慰问董事长李明并座谈。", gaz, "李明") & {"慰问", "会上慰问"}
    assert ("王强", "党委副书记", "湖南华强建材有限公司") in officials_of(
        "湖南华强建材有限公司今年扩产。公司党委副书记王强介绍了情况。", gaz)             # 公司: the company before
    assert "合作社" not in _bodies("村里成立了合作社。会上,合作社理事长王明介绍。", gaz, "王明")   # a class noun


PHARMACY = ("目前,网办率达83%,办结率达97%。新晃康健大药房的负责人陈龙告诉记者,今年疫情期间无法直接到政务中心。")  # dev8 h178


def test_a_body_with_a_body_s_ending_joined_to_the_title_by_de(gaz):
    assert ("陈龙", "负责人", "新晃康健大药房") in officials_of(PHARMACY, gaz)          # was the county
    assert _bodies("。村里的负责人陈龙告诉记者。", gaz, "陈龙") == {""}                  # 村里: no body's ending
    assert _bodies("据悉,这家药房的负责人陈龙告诉记者。", gaz, "陈龙") == {""}            # 这家: a clause, not a name
    assert _bodies("。中交郴筑的副总谢磊说。", gaz, "谢磊") == {""}                      # a short name needs no 的
