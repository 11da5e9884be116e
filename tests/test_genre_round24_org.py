"""Twenty-fourth round (org): rules of the genre for organisations, from causes found in fresh
Hunan local-government articles (inspection-round notices, provincial co-operation signings,
party committee meetings). Each rule is tested on a sentence quoted from one of those articles
and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named

INSPECTION = ("经邵阳市委批准,十二届市委第七轮巡察将对邵阳市委编办、邵阳市委老干部局、邵阳市总工会、邵阳市团市委、"
              "邵阳市机关事务管理局、邵阳市委党史研究室、邵阳市档案馆、邵阳市地方志编纂室、邵阳市公路建设养护中心、"
              "邵阳市文联、邵阳市贸促会16个单位党组织开展常规巡察。")


# ---------------------------------------------------------------- a party committee's office after its place

def test_an_office_after_a_place_and_its_committee_is_the_committees(gaz):
    orgs = named(INSPECTION, gaz)
    assert {"邵阳市委老干部局", "邵阳市委党史研究室"} <= orgs
    assert "邵阳市老干部局" not in orgs


def test_a_credit_line_names_the_committees_inspection_office(gaz):
    orgs = named("本轮采取常规巡察、专项巡察相结合的方式。来源:湘乡市委巡察办", gaz)
    assert "湘乡市委巡察办" in orgs
    assert "湘乡市巡察办" not in orgs


def test_a_committee_approving_stays_the_committee(gaz):
    orgs = named("经邵阳市委批准,成立专项工作组。", gaz)
    assert "邵阳市委" in orgs


# ---------------------------------------------------------------- research, chronicle and archive offices

def test_research_chronicle_and_archive_offices_after_their_place(gaz):
    assert {"邵阳市档案馆", "邵阳市地方志编纂室"} <= named(INSPECTION, gaz)


def test_a_research_room_or_archive_of_no_place_names_no_body(gaz):
    assert named("他走进研究室,又参观了档案馆。", gaz) == set()


# ---------------------------------------------------------------- the count after a list of bodies

def test_a_count_after_a_list_of_placed_bodies_is_the_lists(gaz):
    assert "邵阳市贸促会" in named(INSPECTION, gaz)


def test_a_count_after_a_body_alone_is_a_class(gaz):
    assert not any(name.endswith("合作社") for name in named("湘阴县农民专业合作社3家。", gaz))


# ---------------------------------------------------------------- the province's federation of co-operatives

def test_the_federation_of_supply_cooperatives_after_its_province(gaz):
    text = ("湖南省农村信用社联合社与湖南省文化和旅游厅、湖南省供销合作总社、湖南省妇女联合会3家单位在长沙"
            "签订战略合作协议。")
    assert "湖南省供销合作总社" in named(text, gaz)


def test_a_federation_of_no_place_names_no_body(gaz):
    assert named("农民纷纷加入合作总社。", gaz) == set()
