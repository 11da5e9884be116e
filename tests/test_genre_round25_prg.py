"""Programs, round 25: causes of program misses seen in fresh Hunan infrastructure and industrial
project news and rural-revitalisation items (project-progress reports naming each site as its
clause's subject, demonstration belts and plots, a project's phase written alone, 进展 read as a
show) — each rule tested on a sentence of one of those articles, with a counter-example it must
not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- a built site opening its progress clause
def test_sites_opening_their_progress_clauses_are_projects(gaz):
    found = programs_of("虞公港项目累计完成投资约8亿元,预计6月底进入试运营阶段;虞公港铁路专用线预计6月份实质性开工建设,"
                        "疏港公路累计完成投资约1.1亿元。", gaz, "湘阴县")
    assert found["虞公港铁路专用线"][0] == "project"
    assert found["疏港公路"][0] == "project"


def test_listed_railways_sharing_their_progress_verb_are_each_a_project(gaz):
    found = programs_of("在渝长厦和呼南高铁湖南段工程项目中,长赣高铁、邵永高铁、宜常高铁取得重要进展;"
                        "长沙机场改扩建工程快马加鞭。", gaz, "长沙市")
    assert {"长赣高铁", "邵永高铁", "宜常高铁"} <= {name for name, (kind, _) in found.items() if kind == "project"}


def test_generic_sites_and_counted_buildings_in_progress_clauses_stay_unnamed(gaz):
    # counter-example: no site of its own (村级, 农村) and a count of buildings, not a site's name
    found = programs_of("今年,村级活动中心完成改造,农村公路全面开工建设;26栋厂房已经完成主体封顶。", gaz, "湘阴县")
    assert not any(name.endswith(("活动中心", "农村公路", "厂房")) for name in found)


# ---------------------------------------------------------------- demonstration belts and plots
def test_a_provincial_demonstration_plot_is_a_project(gaz):
    found = programs_of("近日,湖南迎来晚稻丰收季节。在省级粮食生产万亩示范片湖南永兴县鲤鱼塘镇示范片区内,"
                        "金黄色稻田内稻浪翻滚,一派繁忙有序的丰收景象。", gaz, "永兴县")
    assert found["省级粮食生产万亩示范片"][0] == "project"
    assert not any(name.endswith("示范片区") or "镇示范片" in name for name in found)


def test_a_rural_revitalisation_belt_is_a_project(gaz):
    found = programs_of("桂阳县和谐村将破败老屋改造为湘昆传承馆、古法造纸体验馆,依托西河乡村振兴示范带建设,"
                        "打造“非遗”文化研学基地。", gaz, "桂阳县")
    assert found["西河乡村振兴示范带"][0] == "project"


def test_leading_by_example_names_no_belt(gaz):
    # counter-example: 示范带动 (leading by example) is a verb, no belt is named
    found = programs_of("该市采取集中培训、外出考察、示范带动等方式,提升驻村干部的能力。", gaz, "张家界市")
    assert not any("示范带" in name for name in found)
