"""Round 23 (off): rules of the genre for officials found on fresh articles (a hospital's and a
school's own pages, a visit to a hospital ward, a company's party branch, an appointment told in the
passive). Each rule is tested on a sentence of those articles and on a counter-example it must not
fire on."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- 我院/本校: the writer's own institution

OWN_HOSPITAL = ("杨龙主席、林柏芝副书记到我院慰问临床一线医务人员\n"
                "元月27日，春节来临之际，醴陵市委常委、政协主席杨龙、市委常委、副书记林柏芝一行在我院院长汤建国、"
                "党委书记王自明的陪同下，来到我院综合内科，慰问临床一线医务人员。\n"
                "了解情况后，杨龙主席与柏芝书记均表示，湘东医院作为一所三级医院，立足于醴陵，扎根于醴陵。")


def test_our_hospital_is_the_hospital_the_page_names_later(gaz):
    found = officials_of(OWN_HOSPITAL, gaz)
    assert ("汤建国", "院长", "湘东医院") in found
    assert ("王自明", "党委书记", "湘东医院") in found
    assert not any(p in ("汤建国", "王自明") and o == "醴陵市" for p, _r, o in found)


def test_our_school_is_not_the_other_school_named_beside_it(gaz):
    text = ("我校委托管理张家界市民族中学。\n"
            "会前，我校校长黄月初将新任校长袁建光送到张家界市民族中学。")
    found = officials_of(text, gaz)
    assert not any(p == "黄月初" and "民族中学" in o for p, _r, o in found)


# ---------------------------------------------------------------- NAME + 主任 after a unit; 向 the preposition

def test_a_head_written_after_the_name_holds_the_unit_before_it(gaz):
    text = "综合内科蒋新华主任向杨龙主席等人详细介绍了科室医务人员春节期间的工作安排情况。"
    found = officials_of(text, gaz)
    assert ("蒋新华", "主任", "综合内科") in found
    assert not any(p.startswith("向") for p, _r, _o in found)


def test_xiang_after_a_title_is_still_a_surname_when_no_title_follows_the_name(gaz):
    text = "湖南省人民医院院长李小松、副院长向华，常德市卫健委副主任符中智出席。"
    assert ("向华", "副院长", "湖南省人民医院") in officials_of(text, gaz)


def test_a_name_before_zhuren_without_a_unit_is_no_post(gaz):
    found = officials_of("会上，李明主任说，要把工作做实做细。", gaz)
    assert not any(p == "李明" for p, _r, _o in found)


def test_a_bureau_before_the_name_is_the_body_of_chuzhang(gaz):
    text = "我校委托管理张家界市民族中学\n长沙市教育局周小青处长介绍了本次选派干部的情况。"
    assert ("周小青", "处长", "长沙市教育局") in officials_of(text, gaz)


# ---------------------------------------------------------------- 党总支书记 of a company

def test_a_party_branch_secretary_holds_the_post_in_the_company_before(gaz):
    text = ("10月17日，衡山县人民政府与中化学南方建设投资有限公司正式签署战略合作协议。县委副书记、县长段晓赛，"
            "中化学南方建设投资有限公司湖南分公司党总支书记杨孟乾出席签约仪式。")
    found = officials_of(text, gaz)
    assert any(p == "杨孟乾" and r == "党总支书记" and o.endswith("湖南分公司") for p, r, o in found)
    assert not any(p == "杨孟乾" and o.startswith("衡山") for p, _r, o in found)


# ---------------------------------------------------------------- A同志和B同志分别被任命为 BODY T1和T2

def test_names_appointed_respectively_take_the_titles_in_order(gaz):
    text = ("经过严格筛选和评估，袁建光同志和邓建安同志分别被任命为张家界市民族中学校长和副校长，"
            "他们将在新的岗位上发挥专业优势。")
    found = officials_of(text, gaz)
    assert ("袁建光", "校长", "张家界市民族中学") in found
    assert ("邓建安", "副校长", "张家界市民族中学") in found
    assert ("袁建光", "副校长", "张家界市民族中学") not in found


def test_a_later_bare_title_with_the_articles_city_is_the_same_post(gaz):
    text = ("长沙市教育局副局长聂庭芳出席。袁建光同志被任命为张家界市民族中学校长。\n"
            "新任校长袁建光进行了表态发言。")
    found = officials_of(text, gaz)
    assert ("袁建光", "校长", "张家界市民族中学") in found
    assert not any(p == "袁建光" and o == "长沙市" for p, _r, o in found)


def test_a_passive_without_a_named_body_gives_no_post(gaz):
    found = officials_of("袁建光同志和邓建安同志分别被任命为组长和副组长。", gaz)
    assert not any(p in ("袁建光", "邓建安") for p, _r, _o in found)


# ---------------------------------------------------------------- 市长助理: a post of the city government

def test_a_mayors_assistant_holds_the_post_in_the_city_government(gaz):
    text = ("醴陵市委常委、政协主席杨龙出席。\n"
            "市长助理谢圣长一同前往慰问。")
    assert ("谢圣长", "市长助理", "醴陵市政府") in officials_of(text, gaz)


def test_an_assistant_to_a_manager_is_no_government_post(gaz):
    text = "醴陵市委常委、政协主席杨龙出席。某某有限公司总经理助理谢圣长一同前往。"
    assert not any(o.endswith("政府") and p == "谢圣长" for p, _r, o in officials_of(text, gaz))


# ---------------------------------------------------------------- a commission's party group: 卫健委党组

def test_the_head_after_a_commissions_party_group_holds_the_post_in_the_commission(gaz):
    text = "岳阳市卫健委党组书记、主任余岳雄表示，两家医院和公共卫生医治中心将以授牌为新起点。"
    found = officials_of(text, gaz)
    assert ("余岳雄", "主任", "岳阳市卫健委") in found
    assert ("余岳雄", "党组书记", "岳阳市卫健委") in found


def test_a_party_committee_is_no_commission(gaz):
    found = officials_of("岳阳市委常委、市委秘书长李明表示，要抓好落实。", gaz)
    assert ("李明", "市委常委", "岳阳市委") in found
    assert not any(r.startswith("党组") for _p, r, _o in found)


# ---------------------------------------------------------------- a school's short name before its party branch

def test_a_schools_short_name_owns_its_party_branch_and_its_head(gaz):
    text = ("9月7日下午，永兴县教育局党委书记廖永江、副局长陈小意来到永兴二中慰问该校全体教师。\n"
            "慰问座谈会上，永兴二中党总支书记、校长马国雄向县教育局领导汇报了该校2020年秋季开学基本情况。")
    found = officials_of(text, gaz)
    assert ("马国雄", "党总支书记", "永兴二中") in found
    assert ("马国雄", "校长", "永兴二中") in found


def test_a_level_and_zhong_is_no_school(gaz):
    found = officials_of("县委副书记李明在会上讲话，县中心工作由他负责。", gaz)
    assert not any(o.endswith("中") for _p, _r, o in found)


def test_a_bare_government_after_a_government_post_is_that_government(gaz):
    text = ("醴陵市委常委、政协主席杨龙出席。\n"
            "市长助理、政府秘书长谢圣长一同前往慰问。")
    found = officials_of(text, gaz)
    assert ("谢圣长", "市长助理", "醴陵市政府") in found
    assert ("谢圣长", "秘书长", "醴陵市政府") in found


def test_a_bare_government_after_a_party_post_is_no_unit_of_it(gaz):
    text = "醴陵市委常委、政协主席杨龙出席。市委常委、政府秘书长谢圣长一同前往慰问。"
    assert ("谢圣长", "秘书长", "醴陵市委政府") not in officials_of(text, gaz)
