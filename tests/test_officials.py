"""Officials: the title grammar on real sentences from the seed pages, plus hard negatives."""
from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from graph.officials import extract_officials, is_person_name
from graph.organizations import extract_organizations
from graph.places import article_places, extract_places
from graph.text import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def officials_of(text: str, gaz) -> tuple[set[tuple[str, str, str]], list[str]]:
    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    article_place = article_places(doc, places, gaz)
    orgs = extract_organizations(doc, places, gaz, article_place)
    officials, persons = extract_officials(doc, places, orgs, gaz, article_place)
    for m in officials:  # spans point at the name in the text
        assert doc.slice(m.name_span) == m.person
        assert m.span.contains(m.name_span)
    return {(m.person, m.role, m.org) for m in officials}, [p.name for p in persons]


def test_chain_of_three_posts_in_three_bodies(gaz):
    text = ("11月1日晚，株洲经开区迅速成立疫情防控指挥部，株洲市委常委、市政府副市长、"
            "株洲经开区党工委第一书记王庭恺任政委。")
    found, _ = officials_of(text, gaz)
    assert ("王庭恺", "市委常委", "株洲市委") in found
    assert ("王庭恺", "市政府副市长", "株洲市政府") in found
    assert any(p == "王庭恺" and "党工委第一书记" in r and o == "株洲经开区党工委" for p, r, o in found)
    assert any(p == "王庭恺" and r == "政委" and o.endswith("疫情防控指挥部") for p, r, o in found)


def test_company_head_holds_post_in_company(gaz):
    found, _ = officials_of("“企业内部事情自己办。”湖南华旦新材料有限公司总经理姚其伟这样形容渌口区发展的感受。", gaz)
    assert found == {("姚其伟", "总经理", "湖南华旦新材料有限公司")}


def test_department_party_secretary_and_head_split_by_jieba(gaz):
    text = "湘潭县2022年重点民生实事项目全部完成。湘潭县人社局党组书记、局长韩铁军介绍，全年新增就业。"
    found, _ = officials_of(text, gaz)
    assert ("韩铁军", "党组书记", "湘潭县人社局") in found
    assert ("韩铁军", "局长", "湘潭县人社局") in found


def test_relative_city_committee_takes_article_place(gaz):
    text = ("邵阳市开展万名干部联万企行动。邵阳市湘中制药有限公司党委书记、总经理杨贞皓说，"
            "此前企业在市委书记严华走访调研时提出问题。")
    found, _ = officials_of(text, gaz)
    assert ("严华", "市委书记", "邵阳市委") in found
    assert ("杨贞皓", "党委书记", "邵阳市湘中制药有限公司") in found
    assert ("杨贞皓", "总经理", "邵阳市湘中制药有限公司") in found


def test_government_head_takes_place_of_chain(gaz):
    found, _ = officials_of("据渌口区委副书记、区长赖晓智介绍，近年来，渌口区全力融入省市。", gaz)
    assert ("赖晓智", "区长", "渌口区政府") in found
    assert ("赖晓智", "区委副书记", "渌口区委") in found


def test_town_party_secretary_and_zone_secretary(gaz):
    found, _ = officials_of("据资福镇党委书记罗集华介绍，该镇将镇村两级网格进行整合。", gaz)
    assert found == {("罗集华", "镇党委书记", "资福镇党委")}
    found, _ = officials_of("株洲经开区党工委书记蔡周良表示，下一步将继续优化营商环境。", gaz)
    assert {(p, o) for p, _, o in found} == {("蔡周良", "株洲经开区党工委")}


def test_village_cadre_and_post_nominal_titles(gaz):
    found, _ = officials_of("11月9日，洪江区桂花园乡溪溪村田长贺俊凡，像往常一样巡查。", gaz)
    assert found == {("贺俊凡", "田长", "溪溪村")}
    found, _ = officials_of("深入贯彻落实习近平总书记关于防灾减灾救灾的重要指示精神。", gaz)
    assert found == {("习近平", "总书记", "中共中央")}


def test_negatives_titles_without_names(gaz):
    found, _ = officials_of("成立以市委书记、市长任组长的领导小组，全面推行田长制。", gaz)
    assert found == set()
    found, persons = officials_of("“真是雪中送炭！”王女士说，黄先生也表示感谢。", gaz)
    assert found == set() and persons == []


def test_byline_is_not_an_official(gaz):
    text = "湘潭县残联理事长肖鹏介绍，全年共完成康复救助。\n(邓凯元 颜石敦)\n"
    found, _ = officials_of(text, gaz)
    assert {p for p, _, _ in found} == {"肖鹏"}


def test_citizens_are_persons_not_officials(gaz):
    found, persons = officials_of("“明年我准备再承包50亩地。”太和镇长乐村烟农彭卫华笑着说。", gaz)
    assert found == set()
    assert persons == ["彭卫华"]


@pytest.mark.parametrize("word", ["田长", "高新区", "邵阳", "幸福", "负责人", "陈大爷", "王女士", "李师傅"])
def test_titles_places_and_words_are_not_names(word, gaz):
    assert not is_person_name(word, gaz)


def test_real_names_pass(gaz):
    assert is_person_name("韩铁军", gaz) and is_person_name("欧阳云", gaz)


def test_a_surname_with_a_form_of_address_is_not_a_named_citizen(gaz):
    _, persons = officials_of("该镇长岭岗村村民陈大爷说：“有事找网格员，办事不出村。”", gaz)
    assert persons == []
