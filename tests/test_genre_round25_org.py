"""Twenty-fifth round (org): rules of the genre for organisations, from causes found in fresh
Hunan articles of new genres (business news, courts, schools). Each rule is tested on a sentence
quoted from one of those articles and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a counting verb before registered names

def test_a_counting_verb_ends_the_walk_before_a_registered_name(gaz):
    text = ("截至目前,西湖管理区共有湖南上优食品科技有限公司、湖南车霸汽车用品有限公司等规模以上企业3家,"
            "年销售额均达5000万元以上。")
    orgs = named(text, gaz)
    assert {"湖南上优食品科技有限公司", "湖南车霸汽车用品有限公司"} <= orgs
    assert not any("共有" in name for name in orgs)


def test_co_owned_housing_keeps_its_word_in_the_name(gaz):
    assert "长沙市共有产权住房建设有限公司" in named("长沙市共有产权住房建设有限公司成立。", gaz)


# ---------------------------------------------------------------- school classes by grade or by who runs them

def test_a_class_of_schools_by_grade_names_no_school(gaz):
    text = "打造7个县教育系统党建示范校,洞口一中、思源学校被评为“邵阳市首批中小学校党建示范校”。"
    assert not any(name.endswith("中小学校") for name in named(text, gaz))


def test_public_and_private_schools_are_classes(gaz):
    assert named("深入推进党组织领导的校长负责制,公办学校党组织覆盖率达100%。民办学校也参加。", gaz) == set()


def test_a_school_named_by_its_place_stays_named(gaz):
    text = "近日,邵阳县第二高级中学2026届高三师生正式“入驻”新落成的“特立教学楼”。"
    assert "邵阳县第二高级中学" in named(text, gaz)


# ---------------------------------------------------------------- a court's people's tribunal after its township

def test_a_tribunal_named_by_its_township_is_a_body(gaz):
    text = ("近年来,新田县人民法院突出“为大局服务,为人民司法”。"
            "2003年以来,该县人民法院先后完成了新圩法庭、枧头法庭的新建和改建任务。")
    orgs = named(text, gaz)
    assert "新田县人民法院" in orgs
    assert any(name.endswith("枧头法庭") for name in orgs)


def test_a_courtroom_of_no_place_is_no_body(gaz):
    assert named("他走进法庭旁听,巡回法庭就设在村部。", gaz) == set()


# ---------------------------------------------------------------- a collective level word before a shorthand body

def test_a_government_after_the_collective_word_for_cities_and_prefectures_is_a_class(gaz):
    # a round-24 fresh article (a provincial task's assessment result)
    text = "经考核验收,31个省直责任单位和14个市州政府均按时完成了各项任务,考核达标。"
    assert not any(name.endswith("州政府") for name in named(text, gaz))


def test_a_prefectures_own_bodies_after_a_comma_stay_named(gaz):
    # a round-24 fresh article (a prefecture's CPPCC standing committee meeting)
    text = "各县市政协主席，州政协机关副处级以上干部，州纪委监委驻州政协机关纪检监察组组长列席会议。"
    assert "州政协" in named(text, gaz)
    assert named("湘西州政府召开常务会议。", gaz) == {"湘西州政府"}


# ---------------------------------------------------------------- a group form in brackets inside a company's name

def test_a_bracketed_group_form_is_inside_the_registered_name(gaz):
    # a round-22 fresh article (a Shanghai entrepreneurs' forum)
    text = ("会上,杉杉控股有限公司董事局主席、新沪商联合会会长郑永刚,上海鹏欣(集团)有限公司董事局主席姜照柏,"
            "上海均瑶集团有限公司总裁王均豪等企业家踊跃发言。")
    orgs = named(text, gaz)
    assert {"上海鹏欣(集团)有限公司", "上海均瑶集团有限公司", "杉杉控股有限公司"} <= orgs


def test_a_bracketed_aside_that_is_no_group_form_opens_no_name(gaz):
    assert not any("(" in name for name in named("该公司(试点)有限公司名录已公布。", gaz))
