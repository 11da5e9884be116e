"""Organisation rules of the genre found on Hunan articles the extractors were not tuned on (the
reviewers' new articles in towns / officials): a real sentence per rule and a case it must not
fire on."""
from __future__ import annotations


from graph.organizations import extract_organizations
from graph.places import article_places, extract_places
from graph.text import make_document
from support import orgs_of


def test_zone_word_is_not_split_at_a_preceder_and_takes_the_zone_named_before(gaz):
    # towns 02: 经 is a preceder (经县委批准), but 经开区 is one word
    text = ("2017年,岳阳市委、市政府派出5个区,其中最难啃的硬骨头交给了岳阳经开区。"
            "受领任务时,经开区党工委书记文春方说:“我们一定完成任务。”")
    found = orgs_of(text, gaz)
    assert "岳阳经开区党工委" in found
    assert not [name for name in found if name.startswith("开区")]


def test_preceder_before_a_body_still_ends_the_name(gaz):
    found = orgs_of("经县委批准,县财政局拨付资金。", gaz)
    assert not [name for name in found if name.startswith("经")]


def test_demonstrative_county_before_a_department_is_that_county(gaz):
    # towns 01
    text = ("扶贫路上从未停歇——古丈县古阳镇长潭村第一书记宋菊生的扶贫故事\n"
            "该县农业农村局驻古阳镇长潭村扶贫工作队队长、第一书记宋菊生说。")
    found = orgs_of(text, gaz)
    assert "古丈县农业农村局" in found


def test_demonstrative_village_body_keeps_working(gaz):
    text = "古丈县古阳镇长潭村开展活动。该村党委组织党员学习。"
    found = orgs_of(text, gaz)
    assert "长潭村党委" in found and not [n for n in found if n.startswith("该")]


def test_he_after_an_enumeration_comma_opens_a_name(gaz):
    # officials 02
    text = "戴美湘一行先后实地考察了邵东县昭阳公园、永吉纸品有限公司、和天电镀中心、盛风农机装备股份有限公司。"
    found = orgs_of(text, gaz)
    assert "和天电镀中心" in found and "电镀中心" not in found


def test_he_between_two_bodies_is_a_conjunction(gaz):
    found = orgs_of("邵东县委和县政府召开会议,县发改委、县财政局和县统计局参加。", gaz)
    assert not [name for name in found if name.startswith("和")]


def test_quoted_name_closed_by_a_party_body_word_is_an_organization(gaz):
    # towns 04
    text = "会同县堡子镇五村联建。在“五村联创联合党委”的带领下,探索实行“五联五共”。"
    found = orgs_of(text, gaz)
    assert found.get("五村联创联合党委") == "party"


def test_quoted_slogan_or_team_brand_is_not_an_organization(gaz):
    found = orgs_of("会同县推行“支部建在产业链上”,组建“红色先锋宣讲团”开展宣讲。", gaz)
    assert not [name for name in found if "支部建在" in name or "红色先锋" in name]


def test_bare_village_cell_is_the_village_named_before(gaz):
    # towns 05
    text = ("浏阳村集体经济各显神通\n"
            "在枨冲镇才常村,稻田里一派繁忙。“2025年黑斑蛙产量30万斤!”村党总支书记唐博难掩自豪。")
    found = orgs_of(text, gaz)
    assert "才常村党总支" in found and "村党总支" not in found


def test_bare_village_cell_without_a_village_stays_as_written(gaz):
    found = orgs_of("浏阳市召开会议,村党总支书记代表发言。", gaz)
    assert not [name for name in found if name.endswith("村党总支") and name != "村党总支"]


def _mentions(text: str, gaz):
    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    return extract_organizations(doc, places, gaz, article_places(doc, places, gaz))


def test_zone_committee_after_an_unresolved_party_body_is_never_that_body(gaz):
    # officials 01 with its zone not named: 管委会 is the zone's committee, kept (unlisted) for the post
    found = _mentions("安化县委书记石录明到园区调研。区党委书记胡晓明,区党委副书记、管委会主任吉海波陪同。", gaz)
    committee = [m for m in found if m.surface == "管委会"]
    assert committee and committee[0].name == "管委会" and not committee[0].listed


def test_zone_committee_after_a_resolved_party_body_takes_its_place(gaz):
    found = _mentions("株洲经开区党工委副书记、管委会主任曾毅鹏任组长。", gaz)
    assert [m.name for m in found if m.surface == "管委会"] == ["株洲经开区管委会"]
