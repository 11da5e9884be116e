"""Round 25 (off): rules of the genre for officials found on fresh court, school and hospital news
(a department's officers listed after its head with their internal units, a bare 医院 before a title
in a chain, the numbered points of a speech). Each rule is tested on a sentence of those articles
and on a counter-example it must not fire on."""
from __future__ import annotations

from support import officials_of, orgs_of


# ---------------------------------------------------------------- a body's officers listed after its head

COURT_GUESTS = ("2月22日下午,新晃侗族自治县人民法院党组书记、院长李艳霞、副院长杨晓云、党组成员、政工室主任杨国楠、"
                "基建专干关冰等一行来汉寿法院就审判法庭建设工作交流学习。")


def test_a_list_of_a_bodys_officers_goes_on_past_its_second_item(gaz):
    found = officials_of(COURT_GUESTS, gaz)
    assert ("杨晓云", "副院长", "新晃侗族自治县人民法院") in found
    assert ("杨国楠", "党组成员", "新晃侗族自治县人民法院") in found
    assert ("杨国楠", "政工室主任", "新晃侗族自治县人民法院") in found
    assert not any(o == "新晃侗族自治县" for _p, _r, o in found)


def test_a_unit_before_a_bare_title_in_the_list_is_a_unit_of_the_body(gaz):
    text = "汉寿法院党组书记、院长鲁祖方、党组成员杨恒胜、基建办主任邵小华等陪同考察参观。"
    found = officials_of(text, gaz)
    assert ("杨恒胜", "党组成员", "汉寿法院") in found
    assert ("邵小华", "主任", "汉寿法院基建办") in found


BUREAU_GUESTS = ("5月25日下午,长沙市教育局党委书记、局长卢鸿鸣率局领导和相关处室负责人来我校调研。"
                 "长沙市教育局副局长邓芸、缪雅琴,办公室主任兼国际教育交流处处长王天柱、发展规划处处长莫岳平、"
                 "政策法规处处长肖碧芳;我校校长谢永红、党委书记曾少华等校领导出席调研会。")


def test_the_divisions_of_a_bureau_listed_after_its_deputies_are_the_bureaus(gaz):
    found = officials_of(BUREAU_GUESTS, gaz)
    assert ("王天柱", "主任", "长沙市教育局办公室") in found
    assert ("王天柱", "国际教育交流处处长", "长沙市教育局") in found
    assert ("莫岳平", "处长", "长沙市教育局发展规划处") in found
    assert ("肖碧芳", "处长", "长沙市教育局政策法规处") in found


def test_a_list_after_a_party_committees_post_is_no_list_of_its_staff(gaz):
    found = officials_of("县委副书记张三，办公室主任李四出席。", gaz)
    assert not any(p == "李四" and o.endswith("县委办公室") for p, _r, o in found)


# ---------------------------------------------------------------- 、医院院长: the hospital the article named

HOSPITAL = ("在听取了湘乡市中医医院发展相关情况汇报后,市委副书记、代市长郭勇指示,一是中医药是我们祖国的国粹,"
            "要加大力度传承发展;二是医院要从人才培养、硬件设施、重点学科、医院文化等方面系统推进。\n\n"
            "湘乡市人大常委会副主任、医院院长赵玲瑜,湘乡市人民政府办公室副主任喻罗生陪同慰问及座谈。")


def test_a_bare_hospital_before_a_title_in_a_chain_is_the_hospital_named_before(gaz):
    found = officials_of(HOSPITAL, gaz)
    assert ("赵玲瑜", "院长", "湘乡市中医医院") in found
    assert any(p == "赵玲瑜" and o == "湘乡市人大常委会" for p, _r, o in found)


def test_a_bare_hospital_with_no_hospital_named_before_resolves_to_nothing_new(gaz):
    found = officials_of("湘乡市人大常委会副主任、医院院长赵玲瑜陪同。", gaz)
    assert not any(o == "湘乡市中医医院" for _p, _r, o in found)


# ---------------------------------------------------------------- 二是医院要…: a speech's point opens no name

def test_the_ordinal_of_a_speechs_point_opens_no_body(gaz):
    assert "二是医院" not in orgs_of(HOSPITAL, gaz)


def test_an_ordinal_inside_a_name_stays(gaz):
    assert "汉寿县第三人民医院" in orgs_of("汉寿县第三人民医院正式开业。", gaz)


# ---------------------------------------------------------------- 检委会委员: a court's or procuratorate's committee

def test_a_procuratorate_committee_member_is_a_post_of_the_procuratorate(gaz):
    text = ("2018年1月15日,省人民检察院党组成员、专职检委会委员张恒洲一行来到张家界市,"
            "就省人民检察院的工作报告和检察工作向张家界代表团的省人大代表征求意见和建议。")
    found = officials_of(text, gaz)
    assert ("张恒洲", "党组成员", "湖南省人民检察院") in found
    assert ("张恒洲", "专职检委会委员", "湖南省人民检察院") in found
    assert not any(o == "张家界市" for _p, _r, o in found)


def test_a_committee_member_word_without_a_name_is_no_post(gaz):
    assert not officials_of("会议由检委会委员集体讨论决定。", gaz)


# ---------------------------------------------------------------- 在…NAME时，: the moment of a visit

def test_a_name_before_the_shi_that_closes_a_zai_clause_keeps_its_third_character(gaz):
    text = ("在慰问湘乡市中医医院“湘乡好医师”代表老年病科主任傅建平时,湘乡市委副书记、代市长郭勇表示,"
            "今天是代表湘乡市委、市人民政府、市人大、市政协来看望大家。")
    found = officials_of(text, gaz)
    assert any(p == "傅建平" for p, _r, _o in found)
    assert not any(p == "傅建" for p, _r, _o in found)


def test_a_shi_word_after_a_name_outside_a_zai_clause_is_the_word(gaz):
    found = officials_of("副县长张伟同时,县长李明出席。", gaz)
    assert ("张伟", "副县长") in {(p, r) for p, r, _o in found}
