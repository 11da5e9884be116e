"""Twentieth round (org): rules of the genre for organisations, from causes that recur in fresh
Hunan local-government articles. Each rule is tested on a sentence of the genre written for the
test (names, places and numbers invented) and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a named zone's 党工委、管委会 chain

def test_bare_zone_committee_after_a_named_zones_working_committee(gaz):
    # 某某经开区党工委副书记、管委会主任: the administrative committee of the zone just named
    text = "推介会上,青枫经开区党工委副书记、管委会主任罗建平致辞,介绍了园区产业布局。"
    orgs = named(text, gaz)
    assert {"青枫经开区党工委", "青枫经开区管委会"} <= orgs


def test_bare_zone_committee_after_a_member_of_a_named_high_tech_zone(gaz):
    text = "白沙高新区党工委委员、管委会副主任谭晓东作项目推介。"
    assert "白沙高新区管委会" in named(text, gaz)


def test_bare_zone_committee_after_an_unnamed_zone_stays_implied(gaz):
    # 经开区党工委副书记、管委会主任 with no zone's name: no body of a named zone
    orgs = named("经开区党工委副书记、管委会主任罗建平致辞。", gaz)
    assert not any(name.endswith("管委会") for name in orgs)


# ---------------------------------------------------------------- societies named with their place

def test_a_research_society_named_with_its_province_is_named(gaz):
    text = "湖南省农村经济研究会会长周立新率调研组来到红石县,开展专题调研。"
    assert "湖南省农村经济研究会" in named(text, gaz)


def test_a_promotion_association_named_with_its_city_is_named(gaz):
    assert "衡阳市老区建设促进会" in named("衡阳市老区建设促进会组织会员开展走访慰问。", gaz)


def test_a_research_meeting_of_no_place_is_no_society(gaz):
    orgs = named("县委召开防汛工作专题研究会,部署下一阶段任务。", gaz)
    assert not any(name.endswith("研究会") for name in orgs)


# ---------------------------------------------------------------- a zone's parcel in a visit list

def test_a_zone_parcel_in_a_visit_list_is_no_company(gaz):
    text = "代表团一行先后考察参观了金穗米业、经开区东片、湖南青禾食品有限公司等。"
    orgs = named(text, gaz)
    assert "经开区东片" not in orgs
    assert {"金穗米业", "湖南青禾食品有限公司"} <= orgs


# ---------------------------------------------------------------- bare levels sharing one body's head

def test_bare_levels_listed_before_a_government_share_its_head(gaz):
    # 省、市、县人民政府决策部署: the governments of all three levels are named
    text = "株洲市攸县召开全县经济工作会议。会议要求认真落实省、市、县人民政府决策部署,狠抓项目建设。"
    orgs = named(text, gaz)
    assert {"湖南省政府", "株洲市政府", "攸县政府"} <= {o.replace("人民政府", "政府") for o in orgs}


def test_bare_levels_listed_before_a_hospital_share_its_head(gaz):
    text = "衡阳市衡东县开展健康义诊活动。市、县人民医院的二十余名专家参加义诊。"
    assert {"衡阳市人民医院", "衡东县人民医院"} <= named(text, gaz)


def test_a_place_and_its_level_before_a_body_is_no_list_of_levels(gaz):
    # 衡阳市、县人民医院: 市 closes the city's name, no bare level shares the head
    text = "衡阳市衡东县开展健康义诊活动。衡阳市、县人民医院的专家参加义诊。"
    orgs = named(text, gaz)
    assert "衡东县人民医院" in orgs
    assert not any(o.startswith("衡阳市") and o.endswith("人民医院") and o != "衡阳市人民医院" for o in orgs)
