"""Seventh round (org7): rules of the genre found on the development set dev4 (h51–h70), for
officials and organisations. Each rule is tested on its quoted dev4 sentence with a counter-example."""
from __future__ import annotations

from support import listed_orgs, officials_of


# ---------------------------------------------------------------- 任命/决定 NAME (POST) 为 TITLE

APPOINTED = ("会议表决通过了有关人事事项,决定任命周海兵为长沙市人民政府副市长,决定周海兵副市长为长沙市人民政府"
             "代理市长;决定任命陈刚为长沙市监察委员会副主任,决定陈刚副主任为长沙市监察委员会代理主任;"
             "决定任命周宏兆为长沙市人民代表大会常务委员会副秘书长。")


def test_a_standing_committees_appointment_names_the_post_and_the_post_held_before_wei_is_skipped(gaz):
    officials = officials_of(APPOINTED, gaz)
    assert ("陈刚", "副主任", "长沙市监察委员会") in officials                     # was none
    assert ("陈刚", "代理主任", "长沙市监察委员会") in officials                   # not 陈刚副
    assert ("周海兵", "代理市长", "长沙市政府") in officials                       # as written (h54 gold), not 市政府代理市长


def test_a_decision_about_no_person_names_no_official(gaz):
    assert officials_of("会议决定将李家村作为示范村,决定为群众办实事十件。", gaz) == set()


# ---------------------------------------------------------------- X人民代表大会常务委员会 / X十四届人大常委会

def test_a_congress_standing_committee_is_one_body_whatever_its_term_or_written_form(gaz):
    orgs = listed_orgs("7月25日,我们在湘潭市十四届人大常委会第三次会议上了解到,会议决定任命周宏兆为长沙市"
                       "人民代表大会常务委员会副秘书长。", gaz)
    assert "湘潭市人大常委会" in orgs and "长沙市人大常委会" in orgs                 # was 湘潭市十四届人大常委会
    assert not any("届" in name or "人民代表大会常务委员会" in name for name in orgs)
    assert ("周宏兆", "副秘书长", "长沙市人大常委会") in officials_of(APPOINTED, gaz)   # its officials too


def test_the_congress_itself_keeps_its_term(gaz):
    orgs = listed_orgs("决定接受周宏兆辞去长沙市第十六届人民代表大会环境与资源保护委员会主任委员职务的请求。", gaz)
    assert "长沙市第十六届人民代表大会环境与资源保护委员会" in orgs


# ---------------------------------------------------------------- X党组 + 成员: a cell written only in its post

def test_a_party_cell_written_only_in_its_members_post_is_implied(gaz):
    orgs = listed_orgs("市委常委、市纪委书记陈刚,市人大常委会党组成员杨长江,市中级人民法院院长李立新列席会议。", gaz)
    assert orgs.get("市人大常委会党组") is False                                  # was listed


def test_a_party_cell_that_acts_is_listed(gaz):
    orgs = listed_orgs("市人大常委会党组召开会议,研究部署相关工作。", gaz)
    assert orgs.get("市人大常委会党组") is True


# ---------------------------------------------------------------- 誓师大会 is no 师大

def test_a_rally_is_no_normal_university(gaz):
    orgs = listed_orgs("顺利召开全县重点项目、产业项目建设年现场推进会及誓师大会,道县相继出台激励政策。", gaz)
    assert not any(name.endswith("师大") for name in orgs)                          # was 会及誓师大


def test_a_normal_university_is_still_one(gaz):
    assert "湖南师大" in listed_orgs("湖南师大专家团队来到村里指导茶叶生产。", gaz)


# ---------------------------------------------------------------- N所 X幼儿园: a counted class

def test_a_counted_class_of_schools_names_no_body(gaz):
    orgs = listed_orgs("县本级投入3680万元,新建20所乡镇公办中心幼儿园、68所民办普惠性幼儿园。", gaz)
    assert not any(name.endswith("幼儿园") for name in orgs)                      # was 民办普惠性幼儿园


def test_a_school_named_after_its_place_is_a_body(gaz):
    assert "岳阳县中心幼儿园" in listed_orgs("先后投入2500万元,按照省级示范园标准建成岳阳县中心幼儿园,新增600个学位。", gaz)


# ---------------------------------------------------------------- 城镇学校, 农村幼儿园: classes by setting

def test_schools_of_a_setting_are_a_class(gaz):
    orgs = listed_orgs("有效缓解了城镇学校学位压力,解决了农村幼儿园“入园难、入园贵”问题。", gaz)
    assert "城镇学校" not in orgs and "农村幼儿园" not in orgs                       # was 城镇学校


# ---------------------------------------------------------------- 甲区、乙区和丙区管委会: zones share the head

def test_zones_listed_before_a_committee_share_it_and_a_bare_zone_takes_the_city(gaz):
    orgs = listed_orgs("各县市区人民政府,湘潭高新区、经开区和昭山示范区管委会,市直机关各单位:", gaz)
    assert {"湘潭高新区管委会", "湘潭经开区管委会", "昭山示范区管委会"} <= set(orgs)   # were only the last


def test_a_list_of_places_that_are_no_zones_shares_no_committee(gaz):
    orgs = listed_orgs("全市各县市区、乡镇和经开区管委会要抓好落实。", gaz)
    assert not any(name.endswith("管委会") and name != "经开区管委会" for name in orgs)


def test_a_bare_zone_after_a_zone_named_by_its_own_name_takes_no_prefix(gaz):
    assert "昭山经开区管委会" not in listed_orgs("昭山示范区、经开区管委会负责人参加。", gaz)


# ---------------------------------------------------------------- 县一中, 县职业中专: schools by ordinal or class

def test_a_school_named_by_its_class_or_ordinal_after_its_level_or_place_is_a_body(gaz):
    orgs = listed_orgs("岳阳县教育局投入200多万元装备县职业中专电化教学楼,用于县一中建设。", gaz)
    assert {"岳阳县职业中专", "岳阳县一中"} <= set(orgs)                             # were none


def test_a_plenary_session_by_ordinal_is_no_school(gaz):
    orgs = listed_orgs("认真贯彻党的二十大和二十届二中、三中全会精神,推动县一中心两翼发展。", gaz)
    assert not any(name.endswith("中") for name in orgs)


# ---------------------------------------------------------------- 省域副中心: a designation, no body

def test_a_citys_sub_centre_designation_is_no_body(gaz):
    assert not any(name.endswith("中心") for name in listed_orgs("岳阳市是湖南的省域副中心,重要的经济城市。", gaz))


def test_a_centre_named_by_its_place_is_a_body(gaz):
    assert "湘潭市城市管理中心" in listed_orgs("湘潭市城市管理中心组织开展专项整治。", gaz)


# ---------------------------------------------------------------- ，BRAND总裁NAME: a company by its short name

SIGNING = "亿利生态文旅小镇项目签约仪式举行,县委书记田文静,县委副书记、县长曾平原,亿利金威总裁简广明,县领导易新岳出席。"


def test_a_brand_written_as_a_list_item_before_a_company_post_is_the_company(gaz):
    assert ("简广明", "总裁", "亿利金威") in officials_of(SIGNING, gaz)                # was the county
    assert listed_orgs(SIGNING, gaz).get("亿利金威") is True


def test_a_place_or_a_common_noun_before_a_company_post_is_no_company(gaz):
    orgs = listed_orgs("出席的有北京总部总经理李明,长沙总经理王强,公司总经理刘刚。", gaz)
    assert not {"北京总部", "长沙", "公司", "北京"} & set(orgs)


# ---------------------------------------------------------------- 接受|胡|卫兵|辞去: a surname cut from a given name

def test_a_surname_cut_from_a_given_name_that_is_a_word_is_read_with_it(gaz):
    officials = officials_of("决定接受胡卫兵辞去长沙市监察委员会主任职务的请求。", gaz)
    assert ("胡卫兵", "主任", "长沙市监察委员会") in officials                       # was none


def test_a_surname_character_before_a_verb_opens_no_name(gaz):
    from graph.officials import read_name_before

    assert read_name_before("今年全县要实现高增长", 10, gaz) is None
    assert read_name_before("决定接受胡卫兵", 7, gaz) == ("胡卫兵", 4)


# ---------------------------------------------------------------- 市监委 = the 监察委员会 written in the article

def test_an_abbreviated_committee_takes_the_full_name_the_article_writes(gaz):
    text = "市纪委常务副书记、市监委副主任熊冬华作说明。决定任命陈刚为长沙市监察委员会副主任。"
    assert ("熊冬华", "市监委副主任", "长沙市监察委员会") in officials_of(text, gaz)      # was 长沙市监委


def test_an_abbreviated_committee_alone_and_the_joint_commission_keep_their_names(gaz):
    assert ("熊冬华", "市监委副主任", "长沙市监委") in officials_of("长沙市纪委常务副书记、市监委副主任熊冬华作说明。", gaz)
    assert "南县纪委监委" in listed_orgs("南县纪委监委召开会议。南县监察委员会发布通报。", gaz)


# ---------------------------------------------------------------- X第N届人民代表大会: the congress of one term

def test_a_peoples_congress_of_one_term_after_its_place_is_a_body(gaz):
    orgs = listed_orgs("听取了关于长沙市第十六届人民代表大会个别代表的代表资格的审查报告。", gaz)
    assert "长沙市第十六届人民代表大会" in orgs                                        # was none


def test_a_congress_without_place_or_term_names_no_body(gaz):
    orgs = listed_orgs("依法召开人民代表大会,选举产生新一届领导班子。", gaz)
    assert not any("人民代表大会" in name for name in orgs)


# ---------------------------------------------------------------- 娄底中院, 市广播电视台: a level's court and broadcaster

def test_a_levels_court_and_broadcaster_written_short_are_bodies(gaz):
    orgs = listed_orgs("娄底中院公布五起环境资源审判典型案例。本次活动由娄底市委宣传部指导,市广播电视台、市交通运输局主办。", gaz)
    assert {"娄底中院", "娄底市广播电视台"} <= set(orgs)                              # were none


def test_a_court_or_broadcaster_without_a_place_is_no_body(gaz):
    orgs = listed_orgs("他在高中院校任教,常看广播电视台节目。", gaz)
    assert not any(name.endswith(("中院", "广播电视台")) for name in orgs)


# ---------------------------------------------------------------- X办事处Y村: the subdistrict of an address

def test_an_office_followed_by_its_village_is_an_address(gaz):
    orgs = listed_orgs("亿利生态文旅小镇项目选址于麻塘办事处金龙村,总投资55亿元。", gaz)
    assert not any(name.endswith("办事处") for name in orgs)                        # was 麻塘办事处


def test_an_office_that_acts_on_villages_is_a_body(gaz):
    orgs = listed_orgs("长青街道办事处组织各村开展活动,城东办事处对全村进行排查。", gaz)
    assert {"长青街道办事处", "城东办事处"} <= set(orgs)


# ---------------------------------------------------------------- 物流集散中心: a hub, no body

def test_a_distribution_hub_is_no_body(gaz):
    orgs = listed_orgs("刘杨先后来到湖南临武乡村振兴物流集散中心、舜通宝玉石文化产业园建设项目等地。", gaz)
    assert not any(name.endswith("中心") for name in orgs)                         # was …物流集散中心


def test_a_service_centre_of_a_place_is_a_body(gaz):
    assert "临武县政务服务中心" in listed_orgs("临武县政务服务中心开通企业开办专窗。", gaz)


def test_a_surname_jieba_tags_a_name_is_read_with_its_given_name_after_a_noun(gaz):
    text = "隆回县麻塘山乡横排村通过民主选举,选拔群众认可的共产党员周建国担任村干部。"
    assert ("周建国", "村干部", "横排村") in officials_of(text, gaz)                   # was none


def test_a_name_tagged_surname_before_a_verb_word_opens_no_name(gaz):
    from graph.officials import read_name_before

    assert read_name_before("坚持每周周例会", 7, gaz) is None


# ---------------------------------------------------------------- 人大常委会代表资格审查委员会 / 、联工委主任

REPORTER = "会议听取了市人大常委会代表资格审查委员会委员、联工委主任张建华作的审查报告。"


def test_an_assemblys_committee_of_its_deputies_keeps_the_assembly(gaz):
    orgs = listed_orgs("长沙市:" + REPORTER, gaz)
    assert "长沙市人大常委会代表资格审查委员会" in orgs and "资格审查委员会" not in orgs  # was 资格审查委员会


def test_an_assembly_acting_for_the_people_names_no_committee(gaz):
    orgs = listed_orgs("县人大常委会代表全县人民向驻村工作队致敬。", gaz)
    assert not any(name.startswith("代表") or "代表全县" in name for name in orgs)


def test_a_committee_chained_after_another_committee_of_an_assembly_is_the_assemblys(gaz):
    officials = officials_of("长沙市:" + REPORTER, gaz)
    assert ("张建华", "主任", "长沙市人大常委会联工委") in officials                  # was …审查委员会联工委
    assert ("张建华", "委员", "长沙市人大常委会代表资格审查委员会") in officials


def test_an_office_chained_after_an_assemblys_committee_stays_the_committees(gaz):
    officials = officials_of("长沙市:市政协提案委员会副主任、办公室主任王强出席。", gaz)
    assert not any(org == "长沙市政协办公室" for _p, _r, org in officials)


def test_a_persons_name_before_a_company_post_is_no_company(gaz):
    orgs = listed_orgs("会议开始,王建军总经理表示,公司将加大投入。", gaz)
    assert "王建军" not in orgs                                                    # was a company


def test_names_listed_before_wei_are_read_without_it(gaz):
    officials = officials_of("湘阴县:会议任命王芳、李强为副县长。", gaz)
    assert {p for p, role, _org in officials if role == "副县长"} == {"王芳", "李强"}   # was also 李强为


def test_a_given_name_ending_in_wei_before_a_post_is_kept(gaz):
    assert ("张大为", "副县长", "湘阴县政府") in officials_of("湘阴县:张大为副县长出席会议。", gaz)


def test_a_counted_body_named_with_its_place_is_one_body(gaz):
    assert "湘阴县电子商务协会" in listed_orgs("去年成立了一个湘阴县电子商务协会。", gaz)     # was dropped as a class
