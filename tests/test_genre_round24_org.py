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


# ---------------------------------------------------------------- a list after a branch named by its place

INSPECTED = ("对公安局、经开区、市场监督管理局、住房和城乡建设局、金融办、交通运输局、自然资源局、湘潭市生态环境局湘乡分局、"
             "应急管理局、行政审批服务局、农业农村局、城管局、发展和改革局等13家单位党组织开展营商环境专项巡察“回头看”。")


def test_the_items_after_a_branch_take_its_place_in_full(gaz):
    orgs = named("根据湘乡市委统一部署,八届市委第一轮巡察各巡察组近期已全部完成进驻。" + INSPECTED, gaz)
    assert {"湘乡市应急管理局", "湘乡市城管局", "湘潭市生态环境局湘乡分局"} <= orgs
    assert not any(name.startswith("湘乡") and not name.startswith("湘乡市") for name in orgs)


def test_the_items_after_a_placed_body_keep_its_place_as_written(gaz):
    assert "祁阳县卫健局" in named("祁阳县人社局、卫健局参加会议。", gaz)


# ---------------------------------------------------------------- 和 inside a department's name in a list

def test_and_inside_a_listed_department_is_part_of_its_name(gaz):
    orgs = named(INSPECTED, gaz)
    assert "住房和城乡建设局" in orgs
    assert any(name.endswith("发展和改革局") for name in orgs)
    assert not any(name.endswith("城乡建设局") and "住房和" not in name for name in orgs)


def test_and_between_two_level_bodies_still_joins_two(gaz):
    orgs = named("湘乡市召开会议。市委、市政府和市人大参加。", gaz)
    assert {"湘乡市政府", "湘乡市人大"} <= orgs
    assert not any("和" in name for name in orgs)


# ---------------------------------------------------------------- a factory is named by its brand

def test_a_small_works_of_a_trade_is_no_factory_name(gaz):
    text = "本报讯(记者 何兴安)在湘乡市金石镇大湖村的一处山顶平地上,“藏”着一家小型豆制品加工厂。"
    assert not any(name.endswith("厂") for name in named(text, gaz))


def test_a_verb_glued_to_the_trade_is_no_brand(gaz):
    # a round-23 fresh article (茶陵县火田镇卧龙村茶厂揭牌)
    text = "在村里办茶厂的湖南省顺彬生态农业发展有限公司董事长何彬介绍,经评估,第一年产茶5000公斤。"
    orgs = named(text, gaz)
    assert "湖南省顺彬生态农业发展有限公司" in orgs
    assert not any(name.endswith("厂") for name in orgs)


def test_a_seedling_works_and_processing_plants_are_no_brands(gaz):
    text = "张迎春深入农机专业合作社、种粮专业合作社、肥料生产企业、水稻育秧工厂展开调研。在韶山市办了两家加工厂。"
    assert not any(name.endswith("厂") for name in named(text, gaz))


# ---------------------------------------------------------------- a co-operative named by its crop only

def test_a_cooperative_named_by_a_rare_crop_word_is_a_kind(gaz):
    text = ("春耕备耕工作进展如何?张迎春深入农机专业合作社、种粮专业合作社、肥料生产企业、水稻育秧工厂展开调研。"
            "桃源县丰佳农业机械作业专业合作社负责人建议,机耕道建设要与高标准农田建设配套。")
    orgs = named(text, gaz)
    assert "桃源县丰佳农业机械作业专业合作社" in orgs
    assert not orgs & {"农机专业合作社", "种粮专业合作社", "肥料生产企业"}


def test_a_rare_brand_still_names_a_company(gaz):
    assert "银星公司" in named("他在银星公司上班。", gaz)


# ---------------------------------------------------------------- a community's bare party committee

COMMUNITY = ("开福区通泰街街道西园社区位于湖南省会长沙的城市中心,面积约0.15平方公里,有常住户1210户,常住人口3484人。"
             "社区党委以党建引领,创新“四融”雷锋志愿服务工作品牌。")


def test_a_bare_community_committee_is_the_communitys(gaz):
    orgs = named(COMMUNITY, gaz)
    assert "西园社区党委" in orgs
    assert "社区党委" not in orgs


def test_a_bare_community_committee_with_no_community_named_stays_bare(gaz):
    assert "社区党委" in named("社区党委以党建引领,创新志愿服务工作品牌。", gaz)


# ---------------------------------------------------------------- a party committee's inspection team

def test_an_inspection_team_by_ordinal_after_its_committee(gaz):
    text = ("2018年9月19日,衡阳县县委第一巡察组正式进驻杉桥镇,将开展计划为期2个月的工作巡察。"
            "欢迎广大党员、干部、群众向县委第一巡察组反映有关情况和问题。")
    orgs = named(text, gaz)
    assert "衡阳县委第一巡察组" in orgs
    assert "衡阳县县委第一巡察组" not in orgs   # the committee written with its level twice, named once


def test_an_inspection_team_of_no_committee_names_no_body(gaz):
    assert named("巡察组进驻后,迅速开展工作。", gaz) == set()


# ---------------------------------------------------------------- a federation of co-operatives in full

def test_the_rural_credit_federation_in_its_formal_name(gaz):
    text = ("湖南省农村信用社联合社与湖南省文化和旅游厅、湖南省供销合作总社、湖南省妇女联合会3家单位在长沙"
            "签订战略合作协议,以金融力量助推全省文旅产业、供销合作、妇女儿童事业高质量发展。")
    assert "湖南省农村信用社联合社" in named(text, gaz)


def test_a_federation_of_no_place_or_brand_is_the_kind(gaz):
    assert named("农民纷纷加入农村信用社联合社。", gaz) == set()


def test_a_research_office_of_a_congress_standing_committee_is_a_body(gaz):
    # the counter-case (县委常委会研究室: a meeting keeps no office) is in test_officials_round4.py
    text = INSPECTION.replace("邵阳市委党史研究室", "邵阳市人大常委会研究室")
    assert "邵阳市人大常委会研究室" in named(text, gaz)
