"""Ninth round (org9): rules of the genre found on the development set dev6 (h131–h150), for
organisations. Each rule is tested on its quoted dev6 sentence with a counter-example."""
from __future__ import annotations

from support import places_of


def listed_orgs(text: str, gaz) -> dict[str, bool]:
    """name -> listed of the organisations of a one-text document."""
    from graph.organizations import extract_organizations
    from graph.places import article_places

    doc, places, _new = places_of(text, gaz)
    return {o.name: o.listed for o in extract_organizations(doc, places, gaz, article_places(doc, places, gaz))}


def named(text: str, gaz) -> set[str]:
    return {name for name, listed in listed_orgs(text, gaz).items() if listed}


# ---------------------------------------------------------------- 集团第三工程有限公司: a group's company

SIGNING = ("2月14日,雁峰区人民政府与湖南建工集团第三工程有限公司签订战略合作协议,项目总投资不少于80亿元。"
           "签约前,衡阳市委书记、市长邓群策会见了出席签约仪式的湖南建工集团党委书记、董事长叶新平。"
           "\"省建工集团把衡阳作为第二故乡。\"叶新平表示。")


def test_an_ordinal_inside_a_company_name_is_part_of_it(gaz):
    orgs = named(SIGNING, gaz)
    assert "湖南建工集团第三工程有限公司" in orgs                 # was not found: the walk stopped at 第三
    assert "湖南建工集团" in orgs                                 # the group is another body than its company


def test_a_group_written_with_only_a_legal_form_after_it_is_the_same_company(gaz):
    orgs = named("湖南华菱钢铁集团有限责任公司与县政府签约。湖南华菱钢铁集团表示将加大投资。", gaz)
    assert "湖南华菱钢铁集团有限责任公司" in orgs
    assert "湖南华菱钢铁集团" not in orgs


# ---------------------------------------------------------------- 省建工集团 = 湖南建工集团

def test_a_province_shorthand_body_takes_the_name_the_article_writes(gaz):
    orgs = named(SIGNING, gaz)
    assert "湖南省建工集团" not in orgs                           # was listed beside 湖南建工集团


def test_a_province_shorthand_body_not_written_otherwise_keeps_its_province(gaz):
    assert "湖南省建工集团" in named("\"省建工集团把衡阳作为第二故乡。\"叶新平表示。", gaz)
