"""Organisations, round 3: genre rules found on fresh Hunan articles (fresh articles of a helper (newarts3/org3, not kept in the repository: the sentences are quoted here), from the
search tool's pages corpus; not seeds, dev or the unseen benchmarks). Each rule has a quoted real
sentence and a counter-example it must not fire on."""
from __future__ import annotations


from support import orgs_of


# ------------------------------------------------ two bodies joined by 和 close a list (甲和乙等N家企业)

def test_two_companies_joined_by_he_before_a_counted_class(gaz):
    # hn.rednet.cn 2014-11-19 (汨罗市政协委员调研非公经济)
    found = orgs_of("调研期间,调研组先后深入五祥新材料和飘峰电气等26家企业实地察看,"
                    "通过座谈、问卷调查等形式了解企业相关情况。", gaz)
    assert found.get("五祥新材料") == "company"
    assert found.get("飘峰电气") == "company"


def test_trades_joined_by_he_are_not_companies(gaz):
    # counter-example: dictionary words (trades) joined by 和 before 等企业 name no body
    found = orgs_of("全县新增钢铁和化工等企业12家,带动就业3000人。", gaz)
    assert "钢铁" not in found and "化工" not in found


# ------------------------------------------------ a visit's 、 list anchored by a registered company

def test_short_names_beside_a_registered_company_in_a_visit_list(gaz):
    # 耒阳市融媒体中心 (衡阳市政协副主席刘达祥来耒专题调研)
    found = orgs_of("刘达祥一行实地走访了湖南先导新材料科技有限公司、金凯循环、蔡伦纸品、美蓓达,"
                    "并在耒阳经济开发区召开座谈会,了解企业经营发展情况。", gaz)
    assert found.get("湖南先导新材料科技有限公司") == "company"
    for short in ("金凯循环", "蔡伦纸品", "美蓓达"):
        assert found.get(short) == "company", short


def test_factory_with_place_in_a_visit_list(gaz):
    # xtxx.smehn.cn (湘潭市经信委副主任龚学武一行调研湘乡工业运行情况)
    found = orgs_of("调研组一行先后考察了湖南景湘肥业有限公司、湘潭碱业有限公司、湘乡市茶叶一厂、"
                    "湖南金河计算机科技有限公司基础设施建设项目,并详细了解了企业生产经营情况。", gaz)
    assert "湘乡市茶叶一厂" in found
    assert not any(name.endswith("项目") for name in found)


def test_sites_in_a_visit_list_are_not_companies(gaz):
    # counter-examples: sites beside a company, and a list with no company named in full
    found = orgs_of("调研组走访了湖南华旦新材料有限公司、生产车间、产品展厅,听取情况介绍。", gaz)
    assert set(found) == {"湖南华旦新材料有限公司"}
    found = orgs_of("调研组先后考察了金凯循环、蔡伦纸品、美蓓达,了解企业诉求。", gaz)
    assert "金凯循环" not in found and "美蓓达" not in found


# ------------------------------------------------ 该 + suffix refers back; it names no new body

def test_demonstrative_gai_opens_no_name(gaz):
    # miluo.gov.cn (黔南州湖南商会第三届会员大会)
    found = orgs_of("受该商会汨罗籍乡友执行会长兼秘书长陈文和乡友邀请,汨罗高新区党工委书记何厚德出席大会。", gaz)
    assert not any("该" in name for name in found)
    assert "汨罗高新区党工委" in found


def test_named_chamber_before_gai_is_kept(gaz):
    # counter-example: the body named in full is still found; only the back-reference is dropped
    found = orgs_of("1月11日,武汉市平江商会成立大会举行。该商会是我县第11个异地商会。", gaz)
    assert "武汉市平江商会" in found
    assert not any("该" in name for name in found)


# ------------------------------------------------ 商会 named by the members' home place (异地商会)

def test_chamber_named_by_home_place_after_host(gaz):
    # miluo.gov.cn (黔南州湖南商会第三届会员大会)
    found = orgs_of("11月26日,黔南州湖南商会第三届会员大会在黔南布依族苗族自治州都匀市召开。", gaz)
    assert any(name.endswith("湖南商会") for name in found)


def test_chamber_of_a_class_of_hosts_is_not_a_body(gaz):
    # counter-example: 异地湖南商会 = Hunan chambers in other places, a class (newarts2 off2/01)
    found = orgs_of("参加湘商大会的有异地湖南商会和湖南异地商会的商界大佬们。", gaz)
    assert not any(name.endswith("湖南商会") for name in found)


# ------------------------------------------------ a department closing a list of units (…等N个单位)

def test_department_closing_a_list_of_units_takes_the_article_place(gaz):
    # hn.rednet.cn 2014-11-19 (汨罗市政协委员调研非公经济)
    text = ("汨罗市政协委员分赴乡镇调研非公经济\n"
            "2014年10月下旬至11月中旬,汨罗市政协副主席彭国光带领循环经济产业园区和工信局等7个单位的政协委员,"
            "分3个调研组赴园区和茶叶示范场等4乡镇,对碳素和有色金属等8大产业进行了专题调研。")
    found = orgs_of(text, gaz)
    assert found.get("汨罗市工信局") == "department"


def test_department_before_units_without_a_place_is_not_named(gaz):
    # counter-examples: no place in the article, and a bureau not closing a list of units
    assert "公安局" not in orgs_of("公安局等单位的民警参加了活动。", gaz)
    assert not any(n.endswith("工信局") for n in orgs_of("汨罗市召开会议。工信局长期关注此事。", gaz))


def test_visit_list_after_a_chain_of_visit_verbs(gaz):
    # the 耒阳 sentence above written with the verb chain 参观考察了 of other visit reports
    found = orgs_of("刘达祥一行实地参观考察了湖南先导新材料科技有限公司、金凯循环、美蓓达,并召开座谈会。", gaz)
    assert "金凯循环" in found and "美蓓达" in found


def test_visit_list_closed_by_counted_projects_names_labels(gaz):
    # counter-example: 等20个项目 makes the short names project labels (the tested 广祥电子 rule)
    found = orgs_of("调研组考察了湖南华旦新材料有限公司、广祥电子、金凯循环等20个项目。", gaz)
    assert "金凯循环" not in found


# ------------------------------------------------ an adjective before a body names a kind, not a body

def test_adjective_before_a_body_is_no_name(gaz):
    # miluo.gov.cn (黔南州湖南商会第三届会员大会)
    found = orgs_of("期间,周亚玲到都匀市工商联考察座谈,推动友好工商联建设,助力资源对接、优势互补。", gaz)
    assert "都匀市工商联" in found
    assert "友好工商联" not in found


def test_adjective_brand_of_a_company_is_kept(gaz):
    # counter-example: a company may be named by an adjective brand (正大集团)
    found = orgs_of("县委书记会见了正大集团副总裁一行,双方就生猪养殖项目进行了座谈。", gaz)
    assert "正大集团" in found
