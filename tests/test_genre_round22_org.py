"""Twenty-second round (org): rules of the genre for organisations, from causes found in fresh
Hunan local-government articles. Each rule is tested on a sentence quoted from one of those
articles and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a government's office compound

def test_an_administrative_centre_is_a_venue_not_a_body(gaz):
    text = "实地调研结束后,在县行政中心召开了专题座谈会。会上,新田县相关部门负责人进行了系统汇报。"
    assert not any(name.endswith("行政中心") for name in named(text, gaz))


def test_an_administrative_approval_centre_is_still_a_body(gaz):
    # 行政审批服务中心 ends in 服务中心: the false ending is the compound 行政中心 only
    orgs = named("新田县召开会议。县行政审批服务中心负责人作汇报。", gaz)
    assert "新田县行政审批服务中心" in orgs


# ---------------------------------------------------------------- 率 before the body it leads

def test_lead_written_as_one_character_ends_the_name(gaz):
    text = "5月1日上午,石峰区主要负责人率区应急管理局、经开消防救援大队、云田镇工作人员对辖区烟花爆竹门店进行检查。"
    orgs = named(text, gaz)
    assert "石峰区应急管理局" in orgs
    assert not any("率" in name for name in orgs)


def test_a_name_without_lead_keeps_its_words(gaz):
    assert "湖南省县域经济研究会" in named("湖南省县域经济研究会理事长伍晓华率专家组一行,深入永州市新田县调研。", gaz)


# ---------------------------------------------------------------- a registered place before the trade

def test_a_bracketed_place_between_brand_and_trade_is_inside_the_name(gaz):
    text = ("伍晓华率专家组一行,深入永州市新田县开展实地调研。调研组一行先后实地考察了桂新高速公路项目、"
            "千山龙食品有限公司、宝瑞嘉(新田)丝绸有限公司、东升农场、湖南鲁丽木业有限公司等重点项目与企业。")
    orgs = named(text, gaz)
    assert "宝瑞嘉(新田)丝绸有限公司" in orgs
    assert "丝绸有限公司" not in orgs


def test_a_bracketed_remark_that_is_no_place_stays_outside(gaz):
    orgs = named("新田县召开会议,县农业农村局(牵头)食品有限公司代表发言。", gaz)
    assert not any("(" in name for name in orgs)


# ---------------------------------------------------------------- a national agency and its regional bureau

def test_a_national_agency_and_its_provincial_bureau(gaz):
    text = ("3月7日,省安委会第十三督导组安全生产重点联系督导衡山汇报会召开。省安委会第十三督导组成员、"
            "国家矿山安全监察局湖南局一级巡视员贺德安出席会议并讲话。")
    assert "国家矿山安全监察局湖南局" in named(text, gaz)


def test_a_national_level_zone_is_no_national_agency(gaz):
    orgs = named("衡山县召开会议,争创国家级安全发展示范局面。", gaz)
    assert not any(name.startswith("国家") for name in orgs)


# ---------------------------------------------------------------- trades listed after one level character

def test_departments_by_trade_after_one_level_share_its_place(gaz):
    text = ("红网株洲县站讯近日,副县长黄团结带领县公安、安监、消防大队等单位到县社会养老福利中心、县中医院、"
            "育红小学检查消防安全工作。")
    orgs = named(text, gaz)
    assert {"株洲县公安", "株洲县安监"} <= orgs


def test_trades_after_a_level_closed_by_no_department_are_no_bodies(gaz):
    orgs = named("株洲县召开会议。县农业、工业等产业发展良好,全县发改、工信等部门负责人参加。", gaz)
    assert not any(name.endswith(("农业", "工业", "发改", "工信")) for name in orgs)


def test_a_county_shorthand_never_takes_a_district_written_as_one(gaz):
    # 雨花区 was never written 县: a 县 shorthand in its article is not its department
    orgs = named("雨花区召开会议。县发改局负责人参加。", gaz)
    assert not any(name.startswith("雨花区") for name in orgs)


# ---------------------------------------------------------------- a hometown chamber named by its host place

def test_a_hometown_chamber_keeps_the_place_that_hosts_it(gaz):
    text = ("4月23日至24日,华东六省一市湖南商会联席会议暨湘商回归恳谈会在厦门召开。"
            "浙江省湖南商会会长黄勇、秘书长胡亮兵参加会议。")
    assert "浙江省湖南商会" in named(text, gaz)


def test_a_hometown_chamber_after_a_visit_verb_keeps_no_verb(gaz):
    orgs = named("县长赴深圳走访湖南商会,听取意见。", gaz)
    assert not any(name.startswith(("深圳走访", "走访")) for name in orgs)


# ---------------------------------------------------------------- 围绕 before the topic of a talk

def test_the_topic_after_around_is_no_part_of_a_name(gaz):
    text = "浙江省湖南商会会长黄勇围绕商会特色亮点和助推湘浙两地经济发展,做了交流发言。"
    orgs = named(text, gaz)
    assert "浙江省湖南商会" in orgs
    assert not any("围绕" in name or "黄勇" in name for name in orgs)


# ---------------------------------------------------------------- a meeting's and a term's organs

def test_a_meetings_election_committee_is_no_body(gaz):
    text = "大会审议通过了《湖南异地商会联谊会章程(草案)》;表决通过了《选举办法》、选举委员会成员及监票、计票人名单。"
    assert "选举委员会" not in named(text, gaz)


def test_an_election_committee_of_a_named_congress_is_a_body(gaz):
    assert any(name.endswith("选举委员会") for name in named("攸县人大常委会选举委员会发布公告。", gaz))


def test_a_terms_executive_committee_is_no_body_of_its_own(gaz):
    text = ("大会听取并审议了市工商业联合会(总商会)第十三届执行委员会工作报告;选举产生了市工商业联合会(总商会)"
            "第十四届执行委员会委员。")
    assert not any(name.startswith("第") for name in named("长沙市召开会议。" + text, gaz))


def test_a_chamber_written_without_its_home_province_takes_the_full_name(gaz):
    # the fresh article's chamber (浙江省湖南商会) with a home county, named once with its home
    # province and once without: one body (the form of dev8's 东莞市湖南祁阳商会 / 东莞市祁阳商会)
    text = "近年来,协助成立了福建省、浙江省湖南湘潭商会。县政府与浙江省湘潭商会签订了项目投资合同。"
    orgs = named(text, gaz)
    assert "浙江省湖南湘潭商会" in orgs
    assert "浙江省湘潭商会" not in orgs


def test_chambers_of_two_hosts_stay_two(gaz):
    orgs = named("浙江省湘潭商会会长黄勇参加会议。县政府与福建省湘潭商会签订了项目投资合同。", gaz)
    assert {"浙江省湘潭商会", "福建省湘潭商会"} <= orgs


# ---------------------------------------------------------------- a county named only inside a body's name

HOSPITALS = ("新衡山客户端7月25日讯(记者:赵诗 向微 通讯员:韦李灵)7月25日,湖南省人民医院与衡山县人民医院"
             "医联体签约授牌仪式顺利举行。副县长蒋平参加。县委、县政府将坚定不移支持省县医联体建设。")


def test_a_shorthand_takes_the_county_opening_another_bodys_name(gaz):
    assert {"衡山县委", "衡山县政府"} <= named(HOSPITALS, gaz)


def test_a_shorthand_between_two_named_counties_stays_as_written(gaz):
    orgs = named("县委、县政府高度重视。衡山县人民医院、攸县人民医院参加。", gaz)
    assert {"县委", "县政府"} <= orgs
