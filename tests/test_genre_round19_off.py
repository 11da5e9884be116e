"""Nineteenth round (off): rules of the genre for officials and places, each tested on sentences of
our own writing (invented names and places) with a counter-example it must not fire on."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- a name never ends inside a place's name

def test_a_verb_before_a_place_after_a_title_is_no_name(gaz):
    text = "6月2日，来自全省各地的政协委员齐聚长沙，围绕产业发展建言献策。"
    assert officials_of(text, gaz) == set()
    text = "4月9日，省人大代表齐聚岳阳，开展集中视察。"
    assert officials_of(text, gaz) == set()


def test_a_name_before_a_glued_post_or_a_place_word_it_only_looks_like_stays(gaz):
    glued = "常宁市委书记罗小溪常宁市人大常委会主任孔远山出席。"
    found = officials_of(glued, gaz)
    assert ("罗小溪", "市委书记", "常宁市委") in found
    assert any(p == "孔远山" for p, _r, _o in found)
    # a place right after the name's end is crossed by no name
    assert any(p == "罗小溪" for p, _r, _o in officials_of("岳阳市召开会议。副市长罗小溪湘潭考察归来。", gaz))


# ---------------------------------------------------------------- a seat, then an office of its level

def test_a_bare_seat_then_an_office_with_its_inspector_keeps_both_posts(gaz):
    text = "桑植县召开脱贫攻坚推进会。政协委员、扶贫办纪检书记孔远山介绍了情况。"
    found = {(p, r, o) for p, r, o in officials_of(text, gaz) if p == "孔远山"}
    assert ("孔远山", "委员", "桑植县") in found
    assert ("孔远山", "纪检书记", "桑植县扶贫办") in found


def test_a_seat_with_its_level_then_an_inspector_of_the_levels_office(gaz):
    text = "桑植县召开脱贫攻坚推进会。县政协委员、县扶贫办纪检书记孔远山介绍了情况。"
    found = {(p, r, o) for p, r, o in officials_of(text, gaz) if p == "孔远山"}
    assert found == {("孔远山", "县政协委员", "桑植县政协"), ("孔远山", "纪检书记", "桑植县扶贫办")}


def test_a_unit_after_an_assembly_post_that_is_no_seat_stays_the_assemblys(gaz):
    text = "桑植县召开会议。县政协常委、研究室主任孔远山说。"
    found = {(p, r, o) for p, r, o in officials_of(text, gaz) if p == "孔远山"}
    assert ("孔远山", "主任", "桑植县政协研究室") in found


# ---------------------------------------------------------------- a body's officers listed with 、

def test_a_bare_title_after_a_name_and_a_list_mark_is_the_same_bodys_post(gaz):
    text = "益阳市召开招商座谈会。益阳市湘商联合会会长罗小溪、秘书长孔远山参加座谈。"
    found = officials_of(text, gaz)
    assert ("孔远山", "秘书长", "益阳市湘商联合会") in found
    text = "湘潭市召开会议。湘潭市人大常委会副主任罗小溪、秘书长孔远山出席。"
    assert ("孔远山", "秘书长", "湘潭市人大常委会") in officials_of(text, gaz)


def test_a_bare_title_after_a_party_committees_post_is_no_post_of_the_committee(gaz):
    text = "湘潭市召开会议。市委副书记罗小溪、秘书长孔远山出席。"
    assert not any(p == "孔远山" and o.endswith("市委") for p, _r, o in officials_of(text, gaz))


# ---------------------------------------------------------------- 任 after a title, then a word

def test_ren_after_a_title_opening_a_word_that_runs_on_is_the_verb(gaz):
    text = "合作社由村党支部书记任法人代表，村委会委员任理事会成员。"
    assert not any(p.startswith("任") for p, _r, _o in officials_of(text, gaz))


def test_ren_after_a_title_closing_a_name_stays_a_surname(gaz):
    text = "县人大常委会主任任中元、副主任罗小溪出席会议。"
    assert any(p == "任中元" for p, _r, _o in officials_of(text, gaz))


# ---------------------------------------------------------------- a delegation's head in a chain

def test_a_delegation_after_a_chains_list_mark_is_the_group_the_person_leads(gaz):
    text = "长沙市召开经贸座谈会。省青联副主席、澳门青年企业家考察团团长孔远山讲话。"
    found = {(p, r, o) for p, r, o in officials_of(text, gaz) if p == "孔远山"}
    assert found == {("孔远山", "副主席", "省青联"), ("孔远山", "团长", "澳门青年企业家考察团")}
    text = "长沙市召开经贸座谈会。湖南省湘商会会长、考察团副团长孔远山讲话。"
    found = {(p, r, o) for p, r, o in officials_of(text, gaz) if p == "孔远山"}
    assert ("孔远山", "会长", "湖南省湘商会") in found and ("孔远山", "副团长", "考察团") in found


def test_an_association_after_a_chains_list_mark_stays_the_levels(gaz):
    text = "桑植县召开会议。县卫健局党组成员、计生协会常务副会长孔远山讲话。"
    found = {(p, r, o) for p, r, o in officials_of(text, gaz) if p == "孔远山"}
    assert ("孔远山", "常务副会长", "桑植县计生协会") in found


# ---------------------------------------------------------------- a season's word as a given name

def test_a_season_time_word_after_a_title_and_surname_is_a_given_name(gaz):
    text = "5月6日，岳阳市委副书记、市长罗春秋率岳阳市政府代表团来湘潭考察。"
    found = officials_of(text, gaz)
    assert ("罗春秋", "市长", "岳阳市政府") in found


def test_a_deictic_time_or_a_festival_after_a_title_is_no_given_name(gaz):
    assert not any(p.startswith("于") for p, _r, _o in officials_of("湘潭市驻村干部于今年3月进驻该村。", gaz))
    assert not any(p.startswith("李春") for p, _r, _o in officials_of("岳阳市召开会议。村支书李春节期间坚守岗位。", gaz))


# ---------------------------------------------------------------- a name written short again later

def test_an_adverb_after_a_two_character_name_written_short_later_is_no_given_name(gaz):
    text = "在青山镇的育苗基地，总经理罗远正和工人调试喷灌设备。罗远告诉记者，基地今年将扩大规模。"
    assert {p for p, _r, _o in officials_of(text, gaz)} == {"罗远"}


def test_a_three_character_name_written_again_in_full_stays(gaz):
    text = "在青山镇的育苗基地，总经理罗远正和工人调试喷灌设备。罗远正告诉记者，基地今年将扩大规模。"
    assert {p for p, _r, _o in officials_of(text, gaz)} == {"罗远正"}


# ---------------------------------------------------------------- places naming a road

def test_places_at_the_head_of_a_roads_name_are_no_places_of_the_text(gaz):
    from support import place_parents
    found = place_parents("湘西州加快建设永顺县城至石堤公路、龙山洗洛至里耶公路和国道209吉首绕城公路。", gaz)
    assert "龙山" not in found and "吉首" not in found and "永顺县" not in found
    assert "湘西州" in found


def test_a_place_before_its_roads_or_a_county_locating_a_named_road_stays(gaz):
    from support import place_parents
    assert "湘乡市" in place_parents("去年，湘乡市新建农村公路120公里，公路建设投资5亿元。", gaz)
    assert "平江县" in place_parents("签约仪式上，双方就S316平江县石牛寨至长庆公路改建工程项目签约。", gaz)


# ---------------------------------------------------------------- a province heading a company's short name

def test_a_province_and_a_brand_opening_the_companys_predicate_is_no_place(gaz):
    from support import place_parents
    assert "湖南" not in place_parents("集中开工的项目中，湖南恒晟日产3000吨熟料生产线投资最大。", gaz)


def test_a_province_before_a_word_of_the_language_stays_a_place(gaz):
    from support import place_parents
    assert "湖南" in place_parents("湖南旅发大会执委会召开会议，部署筹备工作。", gaz)


# ---------------------------------------------------------------- a county's parks named after it

def test_a_county_short_form_heading_a_parks_name_is_the_county(gaz):
    from support import place_parents
    found = place_parents("常德市召开园区建设推进会。桃源漳江创业园、武陵数字创意产业园标准厂房进展有序。", gaz)
    assert found.get("桃源漳江创业园") == "桃源县"


def test_a_verbal_noun_may_stand_in_a_parks_name(gaz):
    from support import place_parents
    found = place_parents("常德市召开园区建设推进会。武陵移动互联网创业园首批企业入驻。", gaz)
    assert found.get("武陵移动互联网创业园") == "武陵区"


def test_a_common_word_before_a_generic_park_stays_no_place(gaz):
    from support import place_parents
    found = place_parents("常德市召开会议。这里宛如世外桃源，现代农业产业园游客不断。", gaz)
    assert "桃源" not in found


# ---------------------------------------------------------------- overlapping names: the word the text writes

def test_a_province_overlapped_by_a_distant_countys_name_is_read(gaz):
    from support import place_parents
    assert "湖南省" in place_parents("该县与高校合作，共同组建湖南省茶叶研发中心。", gaz)
    assert "江西" in place_parents("村里的人家大都姓吴，据说祖上是从江西迁来。", gaz)


def test_a_village_inside_a_longer_villages_name_does_not_take_it(gaz):
    from support import place_parents
    assert "新田村" not in place_parents("大新田村位于土桥镇西南方向，全村有8个村民小组。", gaz)


# ---------------------------------------------------------------- a village the text defines

def test_a_village_defined_as_a_village_of_a_named_unit_is_a_new_village_there(gaz):
    from support import place_parents
    text = "市委统战部持续助力乡村振兴。白石塘村是市委统战部在雨湖区的联点村，近年来面貌焕然一新。"
    assert place_parents(text, gaz).get("白石塘村") == "雨湖区"


def test_a_village_word_defined_without_a_unit_or_a_common_noun_is_no_new_village(gaz):
    from support import place_parents
    assert place_parents("这个村是全市的示范村，近年来面貌焕然一新。", gaz) == {}
    assert "新农村" not in place_parents("今年以来，新农村是雨湖区的重点工作村，大家都很关注。", gaz)


# ---------------------------------------------------------------- a bare head of the company just named

def test_a_bare_head_after_a_company_is_the_companys(gaz):
    text = ("白石乡发展特色产业。在湖南青竹工艺品有限公司生产车间里，村民正在忙活。青竹工艺品已吸纳20名村民就业。"
            "负责人罗远山说，明年将扩大生产。")
    assert ("罗远山", "负责人", "湖南青竹工艺品有限公司") in officials_of(text, gaz)


def test_a_bare_head_after_a_village_named_since_stays_the_villages(gaz):
    text = ("在湖南青竹工艺品有限公司的带动下，产业越来越旺。长沙县开慧镇白沙村成立了合作社。"
            "负责人罗远山说，明年将扩大生产。")
    assert not any(o == "湖南青竹工艺品有限公司" for p, _r, o in officials_of(text, gaz) if p == "罗远山")
