"""Tenth round (org10): rules of the genre found on the development set dev7 (h151–h170), for
organisations. Each rule is tested on its quoted dev7 sentence with a counter-example."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- national ministries and agencies

EVALUATION = ("近日,中央网信办会同农业农村部、国家发展和改革委员会、工业和信息化部、科学技术部等部门,"
              "组织专家对首批117个国家数字乡村试点完成情况进行终期评估。")


def test_the_state_councils_ministries_are_national_bodies(gaz):
    orgs = named(EVALUATION, gaz)
    assert {"中央网信办", "工业和信息化部", "科学技术部"} <= orgs      # were not found
    assert "农业农村部" in orgs


def test_a_ministrys_short_form_is_one_too(gaz):
    assert {"工信部", "人社部", "国家乡村振兴局"} <= named("工信部、人社部和国家乡村振兴局联合发文。", gaz)


def test_a_local_trade_department_is_no_ministry(gaz):
    orgs = named("政法部门帮“乱”村、科技部门帮产业滞后村,人社部门联合蓝山经开区开展用工招聘。", gaz)
    assert not orgs & {"科技部", "人社部"}


# ---------------------------------------------------------------- 第十七届人民代表大会第一次会议: a session's name

def test_a_term_congress_written_only_in_a_sessions_name_is_not_listed(gaz):
    orgs = named("——2016年11月25日在桂阳县第十七届人民代表大会第一次会议上", gaz)
    assert "桂阳县第十七届人民代表大会" not in orgs                    # was listed: the session is the event


def test_a_term_congress_written_on_its_own_is_listed(gaz):
    orgs = named("长沙市人大常委会决定接受其辞去长沙市第十六届人民代表大会环境与资源保护委员会主任职务。"
                 "会议审查了长沙市第十六届人民代表大会个别代表的代表资格。", gaz)
    assert "长沙市第十六届人民代表大会" in orgs


# ---------------------------------------------------------------- 村支两委: a class of village bodies

def test_the_village_two_committees_are_no_name(gaz):
    orgs = named("牢固树立“众人一条心,黄土变成金”的理念,党支部、驻村工作队、村支两委要心往一处想。", gaz)
    assert not any(o.endswith("两委") for o in orgs)                 # 村支两委 was listed


def test_a_committee_listed_with_bodies_is_still_one(gaz):
    assert {"市委", "市纪委", "县委办"} <= named("市委、市纪委、县委办联合发文。", gaz)


# ---------------------------------------------------------------- 驻村工作队 written bare: the village's team

def test_a_bare_resident_team_is_the_team_of_the_village_named_before(gaz):
    orgs = named("27日,隆回县麻塘山乡横排村党支部书记周石云与驻村工作队一起在苗圃基地交流、探讨。", gaz)
    assert "横排村驻村工作队" in orgs                                 # was not found (dev4 h62)


def test_a_bare_resident_team_is_the_team_the_article_names(gaz):
    orgs = named("地灵乡团结村位于湘黔交界地区。段志凌一行先后参观了驻村工作队 和“湘黔维民联合党总支部委员会” "
                 "办公场所,深入了解驻村工作队工作、生活情况。在随后召开的调研座谈会上,驻团结村工作队队长、"
                 "第一书记李金旭汇报了工作。", gaz)
    assert not any(o.endswith("驻村工作队") for o in orgs)          # dev7 h154: the team is 驻团结村工作队


def test_counted_resident_teams_are_no_team(gaz):
    orgs = named("横排村位于隆回县。张家界市还对292支驻村工作队进行了调整。", gaz)
    assert not any(o.endswith("工作队") for o in orgs)


# ---------------------------------------------------------------- 甲、乙等一批知名企业: a batch closes a list

def test_a_list_closed_by_a_batch_of_companies_names_them(gaz):
    orgs = named("园区全年建成标准化厂房55万平方米,实现签约入园企业65家,竣工厂房出租(售)率达90%,"
                 "分享通信、中电彩虹等一批知名企业签约落户。", gaz)
    assert {"分享通信", "中电彩虹"} <= orgs                            # were not found (dev7 h165)


def test_a_batch_of_trades_names_no_company(gaz):
    orgs = named("近年来,全县引进了钢铁、化工等一批重点企业。", gaz)
    assert not orgs & {"钢铁", "化工"}


# ---------------------------------------------------------------- 团结村支部: a party branch written short

def test_a_branch_written_without_dang_is_the_party_branch(gaz):
    orgs = named("在随后召开的调研座谈会上,驻团结村工作队队长、第一书记李金旭,团结村支部书记朱晓君,"
                 "地灵乡党委书记蒙明朗汇报了近期工作开展情况。", gaz)
    assert "团结村支部" not in orgs                                    # was listed beside 团结村党支部


def test_a_general_branch_keeps_its_name(gaz):
    assert "湘黔维民联合党总支部" in named("要打造“湘黔维民联合党总支部”特色品牌并发扬光大。", gaz)


def test_the_short_branch_officials_sit_in_the_party_branch(gaz):
    from support import officials_of

    officials = officials_of("地灵乡团结村位于湘黔交界。团结村支部书记朱晓君汇报了近期工作开展情况。", gaz)
    assert any(person == "朱晓君" and org == "团结村党支部" for person, _role, org in officials)


# ---------------------------------------------------------------- 冷链仓储中心: a logistics facility

def test_a_logistics_centre_is_a_facility_not_a_body(gaz):
    orgs = named("省妇联一行还来到龙天坪村冷链仓储中心集体经济产业项目和“湘妹子能量家园”积分超市。", gaz)
    assert not any(o.endswith("仓储中心") for o in orgs)               # was listed (dev7 h170)


def test_a_service_centre_is_still_a_body(gaz):
    assert {"县政务服务中心", "县融媒体中心"} <= named("县政务服务中心、县融媒体中心负责人参加。", gaz)
