"""Ninth round (org9): rules of the genre found on the development set dev6 (h131–h150), for
organisations. Each rule is tested on its quoted dev6 sentence with a counter-example."""
from __future__ import annotations

from support import listed_org_names as named, listed_orgs, places_of


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


# ---------------------------------------------------------------- 组织部长 = 组织部部长

BANQUET = ("经研究,决定对衡山县委常委、政法委书记王新国,衡山县委常委、组织部长、统战部长姚宇旺,"
           "衡山县人民检察院检察长聂志文3人予以停职。")


def test_a_department_head_written_with_one_bu_names_the_department_of_a_placed_chain(gaz):
    orgs = named(BANQUET, gaz)
    assert {"衡山县委组织部", "衡山县委统战部"} <= orgs            # were missed: 部长 blocked the suffix


def test_a_department_head_in_a_bare_chain_stays_implied(gaz):
    orgs = listed_orgs("湘潭市已提前完成16项重点民生实事项目。市委常委、组织部长廖桂生出席会议。", gaz)
    assert orgs.get("湘潭市委组织部") is False                    # a bare title: for the officials only


def test_a_meeting_of_department_heads_names_no_department(gaz):
    orgs = listed_orgs("会议传达了省、市宣传部长会议精神。", gaz)
    assert not any(name.endswith("宣传部") for name in orgs)


# ---------------------------------------------------------------- 以甲、乙、丙为代表的: a list of short company names

CLUSTERS = ("逐步拉长了我县工业这条“短腿”,基本形成了以锦江泉酒业、鸿达实业、苗家王食品、虹瑞湘葛为代表的食品产业集群,"
            "以华洋铜业、泰安硅业、金湘钢铁、奔鑫冶炼为代表的冶金产业集群。")


def test_the_siblings_of_a_company_in_a_list_are_companies(gaz):
    orgs = named(CLUSTERS, gaz)
    assert {"锦江泉酒业", "苗家王食品", "虹瑞湘葛", "华洋铜业", "泰安硅业", "奔鑫冶炼"} <= orgs   # were missed
    assert not any("集群" in name or name.startswith("以") for name in orgs)


def test_the_first_item_of_a_list_is_cut_from_the_sentence(gaz):
    orgs = named("2020年完成招商引资项目10个,资金7.12亿元。为百水泥厂、肉食冷冻公司等规模工业企业产值均达1亿元以上。", gaz)
    assert any(name.endswith("百水泥厂") for name in orgs)


def test_a_list_closed_by_deng_is_not_continued_by_the_next_one(gaz):
    orgs = named("华强电子、宏达科技等企业解决了员工通勤、用地审批等问题。", gaz)
    assert not {"员工通勤", "用地审批"} & orgs


def test_a_list_with_no_company_names_no_sibling(gaz):
    assert "苗家王食品" not in named("基本形成了以苗家王食品、水果种植、生态旅游为代表的产业格局。", gaz)


# ---------------------------------------------------------------- 该村党支部: 该村 read as one word

def test_a_cell_after_a_demonstrative_level_word_is_that_places(gaz):
    orgs = named("2月22日,洞口县高沙镇石榴村金穗谷物种植合作社已是一派忙碌景象。该村党支部书记尹邦忠正在带领"
                 "技术人员进行最后的调试。", gaz)
    assert "石榴村党支部" in orgs                                  # was missed


def test_a_body_after_this_city_is_the_citys(gaz):
    orgs = named("接到举报后,衡阳市迅速进行严肃查处。据该市纪委初核调查,今年6月21日,聂志文邀请王新国聚餐。", gaz)
    assert "衡阳市纪委" in orgs                                    # was missed


def test_every_villages_cell_is_no_body(gaz):
    orgs = named("洞口县高沙镇石榴村召开会议,要求各村党支部书记抓好春耕。", gaz)
    assert not any(name.endswith("党支部") for name in orgs)


# ---------------------------------------------------------------- 该镇党委副书记、河长办主任: the chain's office

RIVER = ("元旦假期,湘阴县鹤龙湖镇湘江大堤机器轰鸣,该镇党委副书记、河长办主任田文明正指挥一台水路挖机,"
         "将湘江上游漂浮过来的白色垃圾、树枝等漂浮物进行清理。")


def test_an_office_in_a_title_chain_is_the_chain_places(gaz):
    orgs = named(RIVER, gaz)
    assert "鹤龙湖镇河长办" in orgs                                  # was missed


def test_a_committee_in_a_congress_chain_is_not_the_places_office(gaz):
    orgs = named("3月23日,省人大常委会委员、财经委主任委员张亦贤率队来娄星工业集中区调研。", gaz)
    assert not any(name.endswith("省财经委") for name in orgs)


def test_an_office_in_a_bare_chain_names_no_body(gaz):
    assert not any(name.endswith("河长办") for name in named("县委副书记、河长办主任田文明正指挥。", gaz))


# ---------------------------------------------------------------- 三甲医院: a hospital grade

def test_a_hospital_grade_names_no_hospital(gaz):
    orgs = named("10月15日,益阳市中心医院巡回医疗专家团队走进龙山湾村委,将三甲医院的优质医疗服务送到村民“家门口”。", gaz)
    assert "三甲医院" not in orgs                                    # was listed
    assert "益阳市中心医院" in orgs


# ---------------------------------------------------------------- “有困难找政府”: a saying

def test_a_quoted_saying_ending_with_a_body_is_no_name(gaz):
    orgs = named("“有困难找政府” 隆回县委书记县长与易地扶贫搬迁户吃年夜饭", gaz)
    assert not any("困难" in name for name in orgs)                  # was 有困难找政府


def test_a_quoted_body_name_stays(gaz):
    assert "五村联创联合党委" in named("在“五村联创联合党委”的带领下,村民收入不断增加。", gaz)


# ---------------------------------------------------------------- 中南局: a regional bureau

def test_a_regional_bureau_is_not_the_citys(gaz):
    orgs = named("近年来,在常德市委市政府、中南局、湖南监管局和湖南省机场管理集团的领导和支持下,"
                 "常德机场航班和旅客吞吐量节节攀升。", gaz)
    assert "中南局" in orgs and "常德市中南局" not in orgs           # was 常德市中南局


def test_a_local_office_in_the_same_list_takes_the_place(gaz):
    assert "常德市交通局" in named("常德市委、交通局负责人出席会议。", gaz)


# ---------------------------------------------------------------- 督导组常务副组长: a qualified title

def test_a_body_before_a_qualified_title_is_implied(gaz):
    orgs = listed_orgs("双牌县召开述职评议会议。市委组织部副部长李钢,市委督导组常务副组长李劲涛到会指导。", gaz)
    assert orgs.get("永州市委督导组") is False                       # was listed


def test_a_qualifier_that_opens_no_title_leaves_the_body_named(gaz):
    assert "双牌县政府" in named("双牌县召开会议。县政府常务会议研究了工作。", gaz)


# ---------------------------------------------------------------- 甲、乙等民宿: more class nouns closing a list

def test_a_list_closed_by_minsu_names_guesthouses(gaz):
    orgs = named("村内盘活闲置农房,发展8家特色民宿,祥云一号山居、青舍山舍等民宿融入农耕文化与乡土元素。", gaz)
    assert {"祥云一号山居", "青舍山舍"} <= orgs                     # were missed


def test_a_list_of_trades_closed_by_minsu_names_none(gaz):
    orgs = named("村里发展了农家乐、精品、特色等民宿。", gaz)
    assert not orgs & {"农家乐", "精品", "特色"}


# ---------------------------------------------------------------- “甲”“乙”“丙”等志愿组织: a quoted list

def test_quoted_names_in_a_list_closed_by_a_class_are_bodies(gaz):
    orgs = named("2022年,各县市区河长办及属地乡镇充分引导民间河长、“河小青”“云豹救援队”“五老协会”等志愿组织"
                 "和个人积极参与。", gaz)
    assert {"河小青", "云豹救援队", "五老协会"} <= orgs              # 河小青, 云豹救援队 were missed


def test_quoted_dictionary_words_before_a_class_are_kinds(gaz):
    orgs = named("引导“茶叶”“柑橘”等企业发展壮大。", gaz)
    assert not orgs & {"茶叶", "柑橘"}


# ---------------------------------------------------------------- 边检总站: a border inspection station

def test_a_border_inspection_station_is_a_body(gaz):
    orgs = named("湖南监管局局长李淑亮以及来自省政府口岸办、长沙海关、湖南省边检总站主要负责人出席仪式。", gaz)
    assert "湖南省边检总站" in orgs                                  # was missed


def test_a_border_inspection_station_needs_a_name_before_it(gaz):
    assert not any(name.endswith("边检站") for name in named("旅客经过边检站时需要出示证件。", gaz))


# ---------------------------------------------------------------- 常宁市市委: the level written twice

def test_a_committee_with_its_level_written_twice_is_named_once(gaz):
    orgs = listed_orgs("7月8日,常宁市市委书记曾义国、市长李涛率党政代表团来我县考察调研重点项目工程。", gaz)
    assert "常宁市委" in orgs and "常宁市市委" not in orgs          # was 常宁市市委


def test_an_autonomous_countys_committee_keeps_its_written_form(gaz):
    assert "江华瑶族自治县县委" in named("江华瑶族自治县县委召开常委会议。", gaz)


# ---------------------------------------------------------------- 通过党总支引领: the village's cell

def test_a_bare_acting_party_cell_is_the_villages(gaz):
    orgs = named("望城区茶亭镇谭家园村总面积12.5平方公里。谭家园村还构建了“党建+文化旅游”发展格局。"
                 "通过党总支引领,村集体企业与市场主体协同运营。", gaz)
    assert "谭家园村党总支" in orgs                                  # was missed


def test_a_bare_party_cell_in_a_formula_or_before_a_title_is_not_named(gaz):
    orgs = named("望城区茶亭镇谭家园村总面积12.5平方公里。村里按照“党支部+公司+合作社”模式发展,"
                 "党支部书记张三介绍了情况。", gaz)
    assert "谭家园村党支部" not in orgs


def test_a_bare_party_cell_with_no_village_before_it_is_not_named(gaz):
    assert not any(name.endswith("党总支") for name in named("通过党总支引领,企业协同运营。", gaz))


def test_a_one_character_countys_committee_keeps_its_level_as_written(gaz):
    assert "永州市道县县委" in named("5月15日,永州市道县县委书记李天明率道县党政代表团来祁阳考察。", gaz)


# ---------------------------------------------------------------- 主持召开市委常委会议: the committee meets

MEETING = ("本报讯 4月15日,市委书记、市人大常委会主任候选人周农主持召开市委常委会议。会议研究了"
           "《衡阳市基层党建工作要点》。市委副书记、市长周海兵出席会议。")


def any_listed(text: str, gaz) -> set[str]:
    """Names of which at least one mention is listed (as the facts list them)."""
    from graph.organizations import extract_organizations
    from graph.places import article_places

    doc, places, _new = places_of(text, gaz)
    return {o.name for o in extract_organizations(doc, places, gaz, article_places(doc, places, gaz)) if o.listed}


def test_a_committee_holding_its_standing_meeting_is_named(gaz):
    assert "衡阳市委" in any_listed(MEETING, gaz)                    # was implied by the 常委 of 常委会议


def test_the_members_of_a_standing_committee_leave_it_implied(gaz):
    text = "《衡阳市基层党建工作要点》印发。市委常委会组成人员徐新楚、向伟出席会议。"
    assert "衡阳市委" not in any_listed(text, gaz)
