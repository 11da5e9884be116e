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


def test_a_described_site_opening_its_line_is_no_name(gaz):
    # counter-example: the investment and 的 describe the park, no name of its own opens the clause
    found = programs_of("白沙镇投资5亿元的产业园开工。", gaz, "湘阴县")
    assert not any(name.endswith("的产业园") for name in found)


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


# ---------------------------------------------------------------- a project's phase written alone
def test_a_phase_written_alone_is_no_program(gaz):
    found = programs_of("五里牌乡招商引资项目湖南鹊福体育用品有限公司于今年4月破土动工,截至目前,该项目已经完成投资"
                        "4000多万元,一期工程基本竣工,正在进行试生产。", gaz, "临湘市")
    assert "一期工程" not in found


def test_a_named_project_with_its_phase_stays_a_project(gaz):
    # counter-example: the phase inside a named project's name
    found = programs_of("虞公港二期工程项目设计每年吞吐量920万吨,打造长江中游航运物流枢纽。", gaz, "湘阴县")
    assert found["虞公港二期工程项目"][0] == "project"


# ---------------------------------------------------------------- 进展 is no show
def test_progress_made_is_no_show(gaz):
    found = programs_of("备受关注的中国(湖南)轻工产业园建设取得重大进展:首批入园项目之一百信重型钢构5日在湘阴县奠基。",
                        gaz, "湘阴县")
    assert not any(kind == "event" for kind, _ in found.values())


def test_a_dated_show_is_still_an_event(gaz):
    # counter-example: a show with its year and place still ends in 展
    found = programs_of("2018湖南首届农业科技成果展在长沙开幕。", gaz, "长沙市")
    assert any(name.endswith("成果展") and kind == "event" for name, (kind, _) in found.items())


# ---------------------------------------------------------------- a class of projects counted after its name
def test_items_a_counted_class_of_projects_includes_are_projects(gaz):
    found = programs_of("产业发展项目178个,包括湘江新区中联先进制造基地项目、三一智联重卡零部件和工程机械扩产项目、"
                        "长沙比亚迪新能源汽车生产基地、湘潭吉利新能源汽车生产基地项目等。", gaz, "长沙市")
    assert found["长沙比亚迪新能源汽车生产基地"][0] == "project"
    assert found["三一智联重卡零部件和工程机械扩产项目"][0] == "project"
    assert "湘潭吉利新能源汽车生产基地项目等" not in found


def test_items_of_a_counted_class_that_is_no_project_stay_unread(gaz):
    # counter-example: the counted class is of products, not projects
    found = programs_of("新增特色产品10个,包括山乡腊肉、云雾青茶等。", gaz, "安化县")
    assert "山乡腊肉" not in found and "云雾青茶" not in found
