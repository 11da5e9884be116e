"""Round 22 (off): rules of the genre for officials found on fresh articles (meeting lists,
delegations visiting a township, company heads). Each rule is tested on a sentence of those
articles and on a counter-example it must not fire on."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- 董事局主席: a company's chairman

def test_a_board_chairman_holds_the_post_in_the_company_written_before(gaz):
    text = ("会上，杉杉控股有限公司董事局主席、新沪商联合会会长郑永刚，上海均瑶集团有限公司总裁王均豪"
            "等企业家踊跃发言。")
    found = officials_of(text, gaz)
    assert ("郑永刚", "董事局主席", "杉杉控股有限公司") in found
    assert ("郑永刚", "会长", "新沪商联合会") in found
    assert not any(r == "主席" for _p, r, _o in found)


def test_a_board_written_alone_is_no_title(gaz):
    assert officials_of("会议听取了董事局工作报告，审议通过了有关事项。", gaz) == set()


# ---------------------------------------------------------------- a body written by its class noun alone

def test_an_institution_written_by_its_class_noun_is_the_body_not_the_place_visited(gaz):
    text = ("6月17日，学院党委书记高楚云、副书记何万能一行走访调研衡阳县栏垅乡，"
            "栏垅乡党委书记刘国荣全程陪同。")
    found = officials_of(text, gaz)
    assert ("高楚云", "党委书记", "学院") in found and ("何万能", "副书记", "学院") in found
    assert ("刘国荣", "乡党委书记", "栏垅乡党委") in found
    assert not any(o.startswith("栏垅乡") and p in ("高楚云", "何万能") for p, _r, o in found)


def test_a_bare_company_is_the_company_group_the_article_named(gaz):
    text = ("2020年8月20日，湖南发展资产管理集团党委书记、董事长谭建华一行到沅江座谈。"
            "沅江市委、市政府及有关部门负责同志陪同考察，公司党委书记、董事长张禹文，"
            "党委副书记、总裁刘志刚等参加上述活动。")
    found = officials_of(text, gaz)
    assert ("张禹文", "董事长", "湖南发展资产管理集团") in found
    assert ("刘志刚", "总裁", "湖南发展资产管理集团") in found
    assert not any(o.startswith("沅江") and p in ("张禹文", "刘志刚") for p, _r, o in found)


def test_an_institution_named_in_full_keeps_its_name(gaz):
    text = "6月17日，湘南学院党委书记高楚云一行走访调研衡阳县栏垅乡。"
    assert ("高楚云", "党委书记", "湘南学院") in officials_of(text, gaz)


# ---------------------------------------------------------------- a delegation comes: the hosts written bare

VISIT = ("5月20日上午，怀化市靖州苗族侗族自治县政协副主席苏东一行6人来镇参观学习考察区划调整后公共服务体系"
         "建设工作，县政协副主席李文亮、镇党委书记谭桂平等相关领导陪同考察。\n"
         "在随后的座谈会上，县政协副主席李文亮向靖州县政协各位领导详细介绍了株洲县的基本情况，"
         "南洲镇党委书记谭桂平就我镇区划调整后公共服务体系建设情况与靖州县政协领导做了交流。\n"
         "靖州苗族侗族自治县政协经科委主任马吉周，政协办公室主任姚绍卫参加会议。")


def test_the_hosts_bare_titles_are_the_hosts_place_not_the_visitors(gaz):
    found = officials_of(VISIT, gaz)
    assert ("李文亮", "县政协副主席", "株洲县政协") in found
    assert not any(p == "李文亮" and "靖州" in o for p, _r, o in found)
    assert ("苏东", "县政协副主席", "怀化市靖州苗族侗族自治县政协") in found


def test_the_visitors_own_list_keeps_their_place(gaz):
    found = officials_of(VISIT, gaz)
    assert any(p == "姚绍卫" and "靖州" in o for p, _r, o in found)
    assert any(p == "马吉周" and "靖州" in o for p, _r, o in found)


def test_no_visit_no_host(gaz):
    text = ("5月20日上午，怀化市靖州苗族侗族自治县召开政协会议，县政协副主席李文亮主持。"
            "株洲县一位企业家参加会议。")
    found = officials_of(text, gaz)
    assert any(p == "李文亮" and "靖州" in o for p, _r, o in found)


# ---------------------------------------------------------------- a unit, the name, then 处长

def test_names_before_a_division_heads_title_hold_it_in_the_unit_written_before(gaz):
    text = "省林业厅党组成员、副厅长吴彦承同志，厅人教处陈红长处长、熊伟副处长出席会议。"
    found = officials_of(text, gaz)
    assert ("陈红长", "处长", "厅人教处") in found
    assert ("熊伟", "副处长", "厅人教处") in found
    assert ("吴彦承", "副厅长", "湖南省林业厅") in found


def test_a_place_word_ending_in_chu_is_no_unit(gaz):
    found = officials_of("检查组到处察看，发现问题就地整改。", gaz)
    assert found == set()


# ---------------------------------------------------------------- 大会执行主席：A、B、C

SESSION_OPENING = ("桃源县第十五届人民代表大会第二次会议3月4下午3:00在县剧院隆重开幕。\n"
                   "大会主席团常务主席、大会执行主席：郑弟祥、龚德汉、魏岳林、崔严文、杨连范、林行军、李岸初、"
                   "周福初、吴丽兰以及全体在家的县级领导和主席团成员在主席台就坐。")


def test_names_listed_after_a_colon_hold_the_titles_before_it(gaz):
    found = officials_of(SESSION_OPENING, gaz)
    for name in ("郑弟祥", "龚德汉", "魏岳林", "吴丽兰"):
        assert any(p == name and r == "执行主席" for p, r, _o in found)
        assert any(p == name and r == "主席团常务主席" for p, r, _o in found)


def test_a_speakers_title_before_a_colon_opens_no_list(gaz):
    assert officials_of("座谈会上，县长：我们要把工作做实做细。", gaz) == set()
    assert officials_of("会议选举产生了大会主席团和秘书长，表决通过了大会议程。", gaz) == set()


def test_the_session_post_written_with_and_without_its_session_is_one_post(gaz):
    text = ("桃源县第十五届人民代表大会第二次会议开幕。大会主席团常务主席、执行主席魏岳林宣布大会开幕。"
            "大会执行主席魏岳林、龚德汉在主席台就座。")
    roles = {r for p, r, _o in officials_of(text, gaz) if p == "魏岳林"}
    assert roles == {"主席团常务主席", "执行主席"}


# ---------------------------------------------------------------- NAME升任 BODY + party cell + title

def test_a_career_move_names_the_body_between_the_verb_and_the_title(gaz):
    text = "如长沙理工大学副校长付宏渊升任长沙理工大学党委书记。"
    found = officials_of(text, gaz)
    assert ("付宏渊", "党委书记", "长沙理工大学") in found
    assert ("付宏渊", "副校长", "长沙理工大学") in found


def test_a_clause_without_a_named_body_gives_no_post(gaz):
    found = officials_of("付宏渊升任后表示，将继续努力工作。", gaz)
    assert not any(p == "付宏渊" for p, _r, _o in found)


# ---------------------------------------------------------------- a rank between the body and the title

def test_a_rank_stands_between_the_body_and_the_title(gaz):
    text = ("如省委巡视第四组正处级巡视员曹周义升任省委巡视第二组副厅级巡视专员，"
            "省公安厅正处级干部潘小松升任省公安厅副厅级干部。")
    found = officials_of(text, gaz)
    assert any(p == "曹周义" and r.endswith("巡视员") and o.endswith("省委巡视第四组") for p, r, o in found)
    assert ("潘小松", "副厅级干部", "省公安厅") in found
    assert not any(p == "曹周义" and "新田" in o for p, _r, o in found)


def test_a_decision_clause_with_a_named_body_beats_the_articles_place(gaz):
    text = ("这6人中，年龄最小的是37岁的唐军，她从新田县长一职转任为新田县委书记。\n"
            "如省公安厅正处级干部潘小松升任省公安厅副厅级干部。")
    found = officials_of(text, gaz)
    assert ("潘小松", "副厅级干部", "省公安厅") in found
    assert not any(p == "潘小松" and "新田" in o for p, _r, o in found)


def test_a_rank_alone_names_no_body(gaz):
    found = officials_of("会议要求，副处级以上干部要带头落实。", gaz)
    assert found == set()


# ---------------------------------------------------------------- 、人大联工委主任C: the assembly named before

def test_an_assembly_committee_written_without_level_is_the_assemblys_named_before(gaz):
    text = ("11月8日，湾头桥镇隆重召开第五届人民代表大会第一次会议。市人大副主任殷春华、组织部副部长邓联军、"
            "人大联工委主任周志龙到会指导。")
    found = officials_of(text, gaz)
    assert ("周志龙", "主任", "武冈市人大联工委") in found
    assert ("殷春华", "市人大副主任", "武冈市人大") in found


def test_an_assembly_committee_with_no_assembly_named_before_is_left_to_context(gaz):
    text = "11月8日，湾头桥镇召开会议。组织部副部长邓联军、人大联工委主任周志龙到会指导。"
    assert not any(p == "周志龙" and "人大联工委" in o for p, _r, o in officials_of(text, gaz))
