"""Organisations: suffix grammar, place prefixes and shorthand resolution on seed sentences."""
from __future__ import annotations

from graph.model import Span
from graph.organizations import TextView, extract_organizations, text_view
from graph.places import article_places, extract_places
from graph.text import make_document
from support import orgs_of


def test_company_with_place_prefix(gaz):
    found = orgs_of("“企业之外事情有人办。”湖南华旦新材料有限公司总经理姚其伟这样形容。", gaz)
    assert found == {"湖南华旦新材料有限公司": "company"}


def test_shorthand_bodies_take_the_article_place(gaz):
    text = ("湘潭县2022年重点民生实事项目全部完成。湘潭县残联理事长肖鹏介绍，全年完成康复救助。"
            "县水利局副局长王军介绍，项目顺利推进。")
    found = orgs_of(text, gaz)
    assert "湘潭县残联" in found and "湘潭县水利局" in found


def test_party_and_government_bodies_in_a_chain(gaz):
    found = orgs_of("株洲经开区党工委副书记、管委会主任曾毅鹏任组长。", gaz)
    assert found.get("株洲经开区党工委") == "party"
    assert found.get("株洲经开区管委会") == "government"
    found = orgs_of("永州市冷水滩区委常委、政法委书记李华林表示。", gaz)
    assert any(name.endswith("冷水滩区委政法委") for name in found)


def test_words_ending_like_an_organisation_are_not_one(gaz):
    found = orgs_of("群众要办的事情好办易办，开创高质量发展新局，当地政府举办活动。", gaz)
    assert found == {}


def test_party_cell_of_a_company_is_the_company(gaz):
    found = orgs_of("邵阳市湘中制药有限公司党委书记、总经理杨贞皓说。", gaz)
    assert list(found) == ["邵阳市湘中制药有限公司"]


def test_text_view_joins_narrow_column_breaks():
    doc = make_document("区内，万容固体废物处理有\n限公司董事长祝更强对汨罗\n新市供水有限公司赞不绝\n")
    view = text_view(doc)
    assert "处理有限公司董事长" in view.text
    i = view.text.index("限公司")
    assert doc.slice(view.doc_span(i, i + 3)).replace("\n", "") == "限公司"


def test_text_view_keeps_long_paragraph_breaks():
    view = TextView("甲" * 30, tuple(range(30)))
    assert view.doc_span(0, 30) == Span(0, 30)


def test_company_before_a_word_starting_with_a_blocker_character(gaz):
    found = orgs_of("11月29日晚，位于邵阳经开区的湖南兴悦科技有限公司生产车间灯火通明。", gaz)
    assert "湖南兴悦科技有限公司" in found
    assert orgs_of("积极协调水利部门，为村里打井。", gaz) == {}


def test_verbs_before_a_name_are_not_part_of_it(gaz):
    found = orgs_of("加强银企精准对接，承包城发集团项目；学生利用学校消防演练所学知识。", gaz)
    assert "城发集团" in found
    assert not any(name.startswith(("承包", "学生", "利用")) for name in found)


def test_collective_levels_and_document_titles_are_not_bodies(gaz):
    text = "要求县市区政府主要负责人一日一监测。岳阳市落实《湖南省政务服务大厅管理办法》。乡镇党委政府主要领导包乡镇。"
    assert orgs_of(text, gaz) == {}


def test_word_opening_with_a_level_character_is_not_shorthand(gaz):
    found = orgs_of("万宝镇位于娄底。成立区委实施乡村振兴战略领导小组,制定方案。", gaz)
    assert "乡村振兴战略领导小组" in found
    assert not any("万宝镇村" in name for name in found)


def test_body_nested_in_a_longer_one_is_not_listed(gaz):
    found = orgs_of("娄星区驻村办会同区委督查室、区政府督查室开展督查。", gaz)
    assert "娄星区委督查室" in found and "娄星区政府督查室" in found
    assert "娄星区委" not in found and "娄星区政府" not in found


def test_tail_of_a_fuller_name_takes_it(gaz):
    text = ("今年，郴州桂阳县烟草专卖局(分公司)依托产业帮扶。"
            "桂阳县烟草专卖局(分公司)充分发挥烟站支部的战斗堡垒作用。")
    found = orgs_of(text, gaz)
    assert "郴州桂阳县烟草专卖局" in found and "桂阳县烟草专卖局" not in found


def test_national_body_and_its_local_branch_are_one(gaz):
    found = orgs_of("国家税务总局常德市西洞庭西湖管理区税务局成立专家服务团。", gaz)
    assert list(found) == ["国家税务总局常德市西洞庭西湖管理区税务局"]


def test_brands_listed_before_a_class_noun(gaz):
    text = ("聚焦痛点堵点拿方案，湘窖酒业、天骄汽车、兴达精密等企业解决周边环境污染。"
            "政府召集交通、邮储、农商3家银行进行集体会商。"
            "促成园区企业与长沙湘雅、湘潭市妇幼等多家医院达成合作。")
    found = orgs_of(text, gaz)
    for name in ("湘窖酒业", "天骄汽车", "兴达精密", "交通银行", "邮储银行", "农商银行", "长沙湘雅", "湘潭市妇幼"):
        assert name in found, name
    assert found["长沙湘雅"] == "other" and found["交通银行"] == "company"


def test_trades_listed_before_a_class_noun_are_not_bodies(gaz):
    assert orgs_of("推动钢铁、有色、化工等企业转型升级，国有、股份制等银行加大投放。", gaz) == {}


def listed_of(text: str, gaz) -> dict[str, bool]:
    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    return {org.name: org.listed for org in extract_organizations(doc, places, gaz, article_places(doc, places, gaz))}


def test_shorthand_body_written_only_in_a_post_is_not_listed(gaz):
    found = listed_of("邵阳市稳增长。成立市委书记、市长任组长的领导小组。市委、市政府高度重视。", gaz)
    assert found.get("邵阳市委") is True     # the name written on its own (市委、市政府) is listed
    found = listed_of("麻阳苗族自治县开展整治。县委书记、县长任总指挥长。", gaz)
    assert found.get("麻阳苗族自治县委") is False
    found = listed_of("株洲市委常委、市政府副市长王庭恺任政委。", gaz)
    assert found.get("株洲市委") is True and found.get("株洲市政府") is False


def test_bare_level_department_takes_the_field_of_the_article_department(gaz):
    text = "近年来，怀化市洪江区自然资源局坚持绿水青山。登记系统建设与省厅联网，数据报市局备案。"
    found = orgs_of(text, gaz)
    assert "湖南省自然资源厅" in found and "怀化市自然资源局" in found
    assert orgs_of("登记系统建设与省厅联网。", gaz) == {}


def test_trade_word_before_company_is_not_a_name(gaz):
    found = orgs_of("群众在村上农业公司产业分红，城发集团承包项目。", gaz)
    assert "农业公司" not in found and "城发集团" in found


def test_a_preposition_jieba_glues_to_the_name_is_not_part_of_it():
    from graph.gazetteer import load_gazetteer
    from graph.organizations import extract_organizations
    from graph.places import article_places, extract_places
    from graph.text import make_document

    gaz = load_gazetteer()
    doc = make_document("电力网格服务感知平台于今年4月上线，由国网益阳供电公司自主研发。")
    places, _ = extract_places(doc, gaz)
    orgs = extract_organizations(doc, places, gaz, article_places(doc, places, gaz))
    assert [o.name for o in orgs] == ["国网益阳供电公司"]


def test_a_party_cell_written_short_is_named_in_full_once_for_officials_and_organisations():
    from graph.organizations import party_cell_in_full

    assert party_cell_in_full("团结村支部") == "团结村党支部"      # 团结村支部书记X
    assert party_cell_in_full("烟站支部") == "烟站党支部"
    assert party_cell_in_full("村总支") == "村党总支"
    for written in ("团结村党支部", "党总支部", "支部", "县委"):         # already in full, or no cell
        assert party_cell_in_full(written) == written


def test_a_count_right_after_a_name_makes_it_a_class_for_organisations_and_metrics():
    from graph.numbers import COUNTED_AFTER_NAME

    for after in ("164所", "(幼儿园)164所", "”20个", "132处", "三家", "1.5万个"):
        assert COUNTED_AFTER_NAME.match(after), after
    for after in ("164名", "召开", "2024年", "3亿元"):
        assert not COUNTED_AFTER_NAME.match(after), after
