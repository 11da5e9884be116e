"""Organisations, per error class: bodies cut at 和, left edges running into the words before
them, bodies implied by a title, kinds of bodies without a suffix grammar entry, units named
after their body, and the body officials get from them. Sentences from the dev articles and
sentences of our own, with negative cases."""
from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from graph.officials import extract_officials
from graph.organizations import extract_organizations
from graph.places import article_places, extract_places
from graph.text import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def extract(text: str, gaz):
    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    article_place = article_places(doc, places, gaz)
    orgs = extract_organizations(doc, places, gaz, article_place)
    for org in orgs:
        assert doc.slice(org.span).replace("\n", "") == org.surface
    return doc, places, orgs, article_place


def listed(text: str, gaz) -> set[str]:
    """Names of the organisations listed (not only implied by a title)."""
    return {org.name for org in extract(text, gaz)[2] if org.listed}


def bodies_of(text: str, gaz) -> dict[str, str]:
    """person -> body of their (last) post."""
    doc, places, orgs, article_place = extract(text, gaz)
    officials, _ = extract_officials(doc, places, orgs, gaz, article_place)
    return {o.person: o.org for o in officials}


# ---------------------------------------------------------------- 和 inside department names

@pytest.mark.parametrize("text, name", [
    ("湖南省住房和城乡建设厅副厅长李国强说，今年将加快推进。", "湖南省住房和城乡建设厅"),
    ("邵阳市人力资源和社会保障局日前发布通知。", "邵阳市人力资源和社会保障局"),
    ("湘潭市工业和信息化局召开专题会议。", "湘潭市工业和信息化局"),
    ("株洲市自然资源和规划局公布了名单。", "株洲市自然资源和规划局"),
])
def test_department_names_keep_their_and(gaz, text, name):
    assert name in listed(text, gaz)


def test_and_between_two_bodies_still_separates_them(gaz):
    found = listed("岳阳市委和岳阳市政府联合印发文件。", gaz)
    assert "岳阳市委" in found and "岳阳市政府" in found
    assert not any("和" in name for name in found)


def test_and_before_a_body_without_place_is_not_crossed(gaz):
    # 企业和 … : the walk may not swallow the words before 和 when no place opens the name
    assert not any("企业" in name for name in listed("企业和市场监管局沟通后解决了问题。", gaz))


def test_official_gets_the_whole_department(gaz):
    bodies = bodies_of("湖南省住房和城乡建设厅副厅长李国强说，今年将加快推进。", gaz)
    assert bodies.get("李国强") == "湖南省住房和城乡建设厅"


def test_shorthand_department_with_and_is_resolved(gaz):
    found = listed("邵阳市召开会议，市人力资源和社会保障局作了发言。", gaz)
    assert "邵阳市人力资源和社会保障局" in found


# ---------------------------------------------------------------- left edge

@pytest.mark.parametrize("text", [
    "比方说银行会给企业提供贷款。",
    "他第二天致电银行询问进度。",
    "当地三四家银行都表示愿意支持。",
    "后经医院全力抢救，脱离了危险。",
    "法律允许地方政府依法举债。",
    "热议政府工作报告成为村里的话题。",
    "并结合政府工作报告送出的礼包。",
    "本次大会符合政协章程规定。",
    "全年开展线下集中学习23次。",
])
def test_words_before_a_common_noun_body_are_not_its_name(gaz, text):
    assert listed(text, gaz) == set()


def test_glued_preposition_is_not_part_of_the_body(gaz):
    found = listed("祁阳县召开会议，负责同志及县人大代表参加。", gaz)
    assert not any(name.startswith("负责") or "及" in name for name in found)


def test_named_banks_and_schools_keep_their_names(gaz):
    assert "农商银行" in listed("加强银企对接，协调农商银行为企业贷款100万元。", gaz)
    assert "银都实验学校" in listed("永兴县组织工作人员走进辖区银都实验学校,开展活动。", gaz)


def test_province_after_a_district_opens_the_company_name(gaz):
    found = listed("主会场设在益阳市赫山区湖南袁小饺食品集团总部基地。", gaz)
    assert found == {"湖南袁小饺食品集团"}


# ---------------------------------------------------------------- bodies implied by a title

def test_shorthand_bodies_before_a_post_are_not_listed(gaz):
    text = "3月30日，岳阳市委召开常委会会议，传达省委书记、省人大常委会主任杜家毫讲话精神。"
    doc, _, orgs, _ = extract(text, gaz)
    by_name = {org.name: org.listed for org in orgs}
    assert by_name.get("湖南省人大常委会") is False
    assert by_name.get("岳阳市委") is True


def test_party_cell_title_implies_the_department(gaz):
    text = "平江县召开会议，县交通运输局党组书记、局长吴尚勇出席。"
    assert "平江县交通运输局" not in listed(text, gaz)
    assert bodies_of(text, gaz).get("吴尚勇", "").startswith("平江县交通运输局")


def test_rank_and_file_words_do_not_imply_the_body(gaz):
    # 干部 / 民警 are not posts: the body is named
    assert "邵阳市政府办" in listed("邵阳市召开会议。市政府办干部刘斯蝶进驻企业。", gaz)
    assert "永兴县交警大队" in listed("永兴县开展活动,县交警大队民警讲解交通知识。", gaz)


def test_leaders_of_a_body_imply_it(gaz):
    assert listed("麻阳县建立县委县政府主要领导包全县的机制。", gaz) == set()


# ---------------------------------------------------------------- kinds of bodies

@pytest.mark.parametrize("text, name", [
    ("据湖南省气象台预报,8日阴天有小到中等阵雨。", "湖南省气象台"),
    ("湖南省交通规划设计院副总、高级工程师张少云出席。", "湖南省交通规划设计院"),
    ("社区组织红犁志愿服务队、楼栋长召开居民会议。", "红犁志愿服务队"),
    ("调研组先后到凤凰社区、允山镇敬老院开展调研。", "允山镇敬老院"),
    ("2017年4月,郴州市成立河长制工作委员会和河长办,全面推行河长制。", "郴州市河长办"),
    ("2017年4月,郴州市成立河长制工作委员会和河长办,全面推行河长制。", "河长制工作委员会"),
    ("紧密团结在以习近平同志为核心的党中央周围。", "中共中央"),
    ("新宁县召开大会，县人武部、崀管局、县委党校、舜管局代表出席。", "新宁县崀管局"),   # a list item takes the place of the body before it
    ("新宁县召开大会，县人武部、崀管局、县委党校、舜管局代表出席。", "新宁县委党校"),
])
def test_bodies_of_many_kinds(gaz, text, name):
    assert name in listed(text, gaz)


def test_association_resolved_with_its_place(gaz):
    text = "江永县与企业签约。湖南省贸促会副会长伍登国出席。省贸促会将提供支持。"
    found = listed(text, gaz)
    assert "湖南省贸促会" in found
    assert bodies_of(text, gaz).get("伍登国") == "湖南省贸促会"


def test_unit_named_right_after_its_body(gaz):
    text = "江永县与企业签约，湖南省贸促会贸易投资促进部副部长陈伟明出席。"
    assert "湖南省贸促会贸易投资促进部" in listed(text, gaz)
    assert listed("全部干部到岗，公司总部和内部俱乐部照常开放。", gaz) == set()


def test_unit_after_a_body_in_another_place(gaz):
    text = "广州市国土房管局白云区分局太和国土所所长史晓明介绍，今年完成登记。"
    assert "广州市国土房管局白云区分局太和国土所" in listed(text, gaz)


def test_university_abbreviation_is_the_body_of_its_head(gaz):
    bodies = bodies_of("南师大副校长王明、江苏省教育厅厅长李强出席。", gaz)
    assert bodies.get("王明") == "南师大"


def test_village_and_community_party_bodies(gaz):
    found = listed("雨花区东塘街道牛婆塘社区党委持续推动社区管理精细化。", gaz)
    assert any(name.endswith("牛婆塘社区党委") for name in found)
    found = listed("长沙市雨花区东塘街道成立裕华名苑小区党支部，将支部建设到小区。", gaz)
    assert "裕华名苑小区党支部" in found


def test_work_team_sent_by_a_body(gaz):
    text = "“村里变化很大。”洪江市委办驻下坪村工作队队员张太甜介绍。"
    found = listed(text, gaz)
    assert "洪江市委办驻下坪村工作队" in found and "洪江市委办" in found


def test_cppcc_session_committee_is_the_cppcc(gaz):
    found = listed("政协新宁县第九届委员会第二次会议圆满完成各项议程。", gaz)
    assert found == {"新宁县政协"}
    assert listed("新宁县第九届委员会召开会议。", gaz) == set()


def test_peoples_government_is_named_government(gaz):
    found = listed("1月9日上午,张家界市人民政府六届五次全体会议召开。", gaz)
    assert found == {"张家界市政府"}
    assert "衡阳市人民政府办公室" in listed("衡阳市人民政府办公室印发通知。", gaz)


def test_short_company_name_takes_the_registered_name(gaz):
    text = ("平江县人民政府与湖南长青美景文化发展有限公司签约。"
            "湖南长青美景公司副总万家春出席。")
    assert listed(text, gaz) == {"平江县政府", "湖南长青美景文化发展有限公司"}


def test_brand_list_closed_by_a_comma_and_a_modifier(gaz):
    found = listed("在深圳市唯酷光电、华秋电子、博远科技,拓普泰克东莞分公司等娄商企业,他详细了解生产情况。", gaz)
    assert {"深圳市唯酷光电", "华秋电子", "博远科技", "拓普泰克东莞分公司"} <= found
    assert listed("协助汽车、建材、装备制造等行业企业达成订单。", gaz) == set()


def test_a_body_without_place_outside_a_list_of_bodies_is_not_one(gaz):
    assert listed("围绕中心、服务大局，与时俱进。", gaz) == set()
    assert listed("他说这件事交给城管局就行。", gaz) == set()


def test_a_counted_kind_of_team_is_not_one_body(gaz):
    assert listed("社区全覆盖组建“小区抗疫志愿服务队”56支，并将成员编组。", gaz) == set()


def test_home_province_for_bare_provincial_bodies(gaz):
    text = ("5月11日至13日，娄底市委书记邹文辉率队赴广东考察。"
            "这次广东之行，就是深入贯彻落实省委、省政府和市委决策部署的具体行动。")
    found = listed(text, gaz)
    assert "湖南省委" in found and "湖南省政府" in found
    assert not any(name.startswith("广东") for name in found)


# ---------------------------------------------------------------- companies by short name

@pytest.mark.parametrize("text, name", [
    ("连日来，走进湘容酒业2万吨酱酒扩建项目现场。", "湘容酒业"),
    ("该区拟上市公司永达机械已正式报送首发申请材料。", "永达机械"),
    ("记者来到韶峰鞋业生产车间，工人们正忙着赶制订单。", "韶峰鞋业"),
])
def test_brand_and_trade_is_a_company(gaz, text, name):
    assert name in listed(text, gaz)


@pytest.mark.parametrize("text", [
    "推动电子信息产业发展，加快科技创新。",
    "发展生物医药和现代农业。",
    "目前已为广祥电子等20个项目提供免费帮代办。",
    "比沃电子技术产业园项目春节前后可交付使用。",
])
def test_trade_words_without_a_brand_actor_are_not_companies(gaz, text):
    assert listed(text, gaz) == set()


def test_brand_beside_the_registered_name_is_that_company(gaz):
    text = ("中韶电气股份有限公司是韶山高新区一家配电设备企业。"
            "近年来，中韶电气提出拓展本地市场的需求。")
    assert listed(text, gaz) == {"中韶电气股份有限公司"}


def test_demonstrative_village_bodies_take_the_village(gaz):
    text = "3月8日,洪江市安江镇下坪村同心农庄广场,该村党委书记、村委会主任蒋晓军的一番话点燃了热情。"
    found = listed(text, gaz)
    assert found == {"下坪村党委", "下坪村委会"}
    bodies = {(o.person, o.org) for o in extract_officials(*_doc_args(text, gaz))[0]}
    assert ("蒋晓军", "下坪村党委") in bodies and ("蒋晓军", "下坪村委会") in bodies


def _doc_args(text: str, gaz):
    doc, places, orgs, article_place = extract(text, gaz)
    return doc, places, orgs, gaz, article_place


def test_heads_of_a_list_of_bodies_leave_the_bodies_named(gaz):
    found = listed("浏阳市召开会议。市妇联、市科协、市侨联、市红十字会负责人参加。", gaz)
    assert {"浏阳市妇联", "浏阳市科协", "浏阳市侨联", "浏阳市红十字会"} <= found
    assert listed("浏阳市召开会议。市委、市政府主要领导参加。", gaz) == set()


@pytest.mark.parametrize("text, name", [
    ("浏阳市召开会议。湖南省慈善总会向浏阳市工商联捐赠物资。", "湖南省慈善总会"),
    ("中国银行长沙分行与企业签约。", "中国银行长沙分行"),
    ("攸县驻村帮扶工作队进驻该村。", "攸县驻村帮扶工作队"),
    ("湖南省商务厅、长沙海关联合发布通知。", "长沙海关"),
])
def test_more_kinds_of_bodies(gaz, text, name):
    assert name in listed(text, gaz)


@pytest.mark.parametrize("text", [
    "全市各级党委要高度重视。",
    "各地相关部门要落实责任。",
    "要求各县市区政府加强监管。",
])
def test_classes_of_bodies_are_not_bodies(gaz, text):
    assert listed(text, gaz) == set()


def test_a_verb_after_a_body_is_no_unit_of_it(gaz):
    found = listed("湘西州召开会议。1月22日,州委安排部分州级离退休老同志到花垣县参观。", gaz)
    assert not any(name.endswith("部") for name in found)


@pytest.mark.parametrize("text", [
    "社区组建志愿服务队，开展活动。",
    "鼓励成立行业协会。",
    "引进农业公司。",
])
def test_a_kind_of_body_is_not_a_name(gaz, text):
    assert listed(text, gaz) == set()


# ---------------------------------------------------------------- an official's verb ends the walk back
@pytest.mark.parametrize("text, body, not_body", [
    ("县委副书记张凯在维新镇出席湖南华光食品有限公司开工仪式。", "湖南华光食品有限公司", "出席"),
    ("市长在长沙出席湖南建工集团签约仪式。", "湖南建工集团", "出席"),
    ("县长陪同株洲华锐精密工具有限公司负责人参观。", "株洲华锐精密工具有限公司", "陪同"),
])
def test_what_officials_do_is_not_part_of_the_body_after_it(gaz, text, body, not_body) -> None:
    names = listed(text, gaz)
    assert body in names and not any(not_body in n for n in names), names
