"""Sixth round (off6): rules of the genre found on the development set dev3 (h31–h50), for
officials and organisations. Each rule is tested on its quoted dev3 sentence with a counter-example."""
from __future__ import annotations

from support import officials_of, orgs_of


# ---------------------------------------------------------------- TITLE由A、B、C…N位同志担任

CHAIRS = ("本次会议的执行主席由徐云波、胡忠雄、黄进良、何俊峰、孙达良、张群华、袁国军、谭喜华、刘时贵、"
          "王刚强、程道峰、李志宏、熊勇军13位同志担任。")


def test_every_name_listed_between_you_and_danren_holds_the_post(gaz):
    chairs = {p for p, role, _org in officials_of(CHAIRS, gaz) if role == "执行主席"}
    assert len(chairs) == 13 and {"徐云波", "熊勇军", "程道峰"} <= chairs      # was none


def test_a_list_after_you_without_danren_holds_no_post(gaz):
    assert not officials_of("本次会议的执行主席由徐云波、胡忠雄、黄进良等同志负责联络。", gaz)


# ---------------------------------------------------------------- 益阳市长许显辉 (the place's 市 is the title's)

ELECTED_MAYOR = ("本次大会表决了益阳市第五届人民代表大会部分专门委员会主任委员名单(草案),新当选的益阳市长许显辉,"
                 "市人大常委会委员卢大鸣、刘昭阳、苏兆虎向宪法宣誓。")


def test_a_head_title_written_on_its_place_names_the_head_and_the_government(gaz):
    assert ("许显辉", "市长", "益阳市政府") in officials_of(ELECTED_MAYOR, gaz)      # was missed
    assert orgs_of(ELECTED_MAYOR, gaz).get("益阳市政府") == "government"            # was missed


def test_a_place_before_a_word_opening_with_chang_names_no_head(gaz):
    text = "株洲市长江北路李明,太和镇长乐村村民王伟说。"
    assert not {o for o in officials_of(text, gaz) if o[1].endswith("长")}
    assert "株洲市政府" not in orgs_of(text, gaz) and "太和镇政府" not in orgs_of(text, gaz)


# ---------------------------------------------------------------- 民进市委会主委: a democratic party's committee

CHAIRWOMAN = ("9月9日,在株洲市政协副主席、民进市委会主委陈艳娟的带领下,市交通事务中心联合市商务局、茶陵县商务局等"
              "后盾单位,赴茶陵县舲舫乡祠湾村,实地调研乡村振兴工作。")


def test_a_democratic_partys_committee_of_a_level_is_a_body_and_its_chair_an_official(gaz):
    officials = officials_of(CHAIRWOMAN, gaz)
    assert ("陈艳娟", "主委", "民进株洲市委会") in officials                      # was missed
    assert ("陈艳娟", "市政协副主席", "株洲市政协") in officials                  # was missed with it
    orgs = orgs_of(CHAIRWOMAN, gaz)
    assert orgs.get("民进株洲市委会") == "party" and "株洲市委" not in orgs       # was 株洲市委


def test_a_committee_without_a_democratic_party_is_no_party_committee(gaz):
    assert not any(name.endswith("委会") for name in orgs_of("株洲市委会同市政府召开会议。", gaz))


# ---------------------------------------------------------------- 该中心党委: the cell of the body named before

CENTRE = ("今年6月,根据市委、市政府统一部署,市交通事务中心联合相关后盾单位选派精干力量,组建驻村工作队进驻茶陵县舲舫乡祠湾村。"
          "该中心党委高度重视乡村振兴工作,将其列为重大政治任务与“三农”工作重点,第一时间召开党委专题会议部署。"
          "党委书记、主任钟勇军强调,要推进祠湾村乡村振兴工作。8月3日,党委委员、副主任朱乐池带队赴村调研。")


def test_the_cell_of_the_body_named_before_is_a_body_and_holds_the_chains_after_it(gaz):
    assert orgs_of(CENTRE, gaz).get("株洲市交通事务中心党委") == "party"          # was missed
    officials = officials_of(CENTRE, gaz)
    assert ("钟勇军", "党委书记", "株洲市交通事务中心党委") in officials           # was 祠湾村
    assert ("钟勇军", "主任", "株洲市交通事务中心") in officials
    assert ("朱乐池", "党委委员", "株洲市交通事务中心党委") in officials
    assert ("朱乐池", "副主任", "株洲市交通事务中心") in officials


def test_a_demonstrative_cell_with_no_body_of_its_kind_before_it_is_none(gaz):
    orgs = orgs_of("市商务局赴祠湾村调研。该中心党委高度重视乡村振兴工作。", gaz)
    assert not any(name.endswith("中心党委") for name in orgs)


# ---------------------------------------------------------------- 市委常委、纪委书记: the place's 纪委

INSPECTOR = "10月15日,岳阳市委常委、纪委书记康代四到华容县督导换届工作,华容县委书记汪涛汇报了有关情况。"


def listed_orgs(text: str, gaz) -> dict[str, bool]:
    from support import places_of

    from graph.organizations import extract_organizations
    from graph.places import article_places

    doc, places, _new = places_of(text, gaz)
    return {o.name: o.listed for o in extract_organizations(doc, places, gaz, article_places(doc, places, gaz))}


def test_the_discipline_commission_chained_to_a_committee_is_the_places_and_only_a_title_body(gaz):
    officials = officials_of(INSPECTOR, gaz)
    assert ("康代四", "书记", "岳阳市纪委") in officials                           # was 岳阳市委纪委
    assert ("康代四", "市委常委", "岳阳市委") in officials
    assert listed_orgs(INSPECTOR, gaz).get("岳阳市纪委") is False                  # was listed (岳阳市委纪委)


def test_a_party_department_chained_to_a_committee_stays_the_committees(gaz):
    assert ("李四", "组织部长", "岳阳市委组织部") in officials_of("岳阳市委常委、组织部长李四到场。", gaz)


# ---------------------------------------------------------------- 县检察院: a level's court or procuratorate

COURTS = ("华容县委书记汪涛,县委副书记、县长喻文及在家的四大家班子成员,县人民法院和县检察院负责人,"
          "拟新进县人大、政府、政协领导班子提名人选参加换届工作汇报会。")


def test_a_procuratorate_written_after_a_level_character_is_that_levels(gaz):
    assert orgs_of(COURTS, gaz).get("华容县检察院") == "department"                 # was missed


def test_a_procuratorate_without_a_level_or_place_names_no_body(gaz):
    assert not any(name.endswith("检察院") for name in orgs_of("华容县委书记汪涛表示,要配合检察院办案。", gaz))


def test_a_motion_verb_glued_to_a_level_character_opens_no_name(gaz):
    orgs = orgs_of(COURTS, gaz)
    assert {"华容县人大", "华容县政府", "华容县政协"} <= set(orgs)                  # 拟新进|县人大: was none


def test_a_word_opening_with_jin_still_ends_a_name(gaz):
    assert "华容县人大" in orgs_of("华容县委书记汪涛走进县人大了解情况。", gaz)


# ---------------------------------------------------------------- 刘杨受邀出席: a verb glued to the name

def test_a_dictionary_verb_opened_by_the_third_character_ends_the_name(gaz):
    officials = officials_of("2月19日,临武县委书记刘杨受邀出席2024年郴商大会暨校友回郴大会。", gaz)
    assert ("刘杨", "县委书记", "临武县委") in officials                            # was 刘杨受
    text = "曹美华满面笑容和郴州市驻大王寨村驻村帮扶工作队队长黄杏打起了招呼,聊起了工作。"
    assert {p for p, _r, _o in officials_of(text, gaz)} == {"黄杏"}                # was 黄杏打


def test_a_three_character_name_before_a_name_follower_keeps_its_third_character(gaz):
    assert {p for p, _r, _o in officials_of("临武县委书记张建美出席会议并讲话。", gaz)} == {"张建美"}


# ---------------------------------------------------------------- 村驻村第一书记、乡村振兴工作队队长

FIRST_SECRETARY = ("新华社长沙1月15日电 湖南省湘西土家族苗族自治州花垣县梳子山村,阵阵云雾缭绕。"
                   "“今年有15个孩子考取了大学或大专。”梳子山村驻村第一书记、乡村振兴工作队队长李光林说。")


def test_a_named_team_after_a_village_post_is_the_villages_team(gaz):
    officials = officials_of(FIRST_SECRETARY, gaz)
    assert ("李光林", "队长", "梳子山村乡村振兴工作队") in officials               # was 长沙市 (the dateline)
    assert ("李光林", "驻村第一书记", "梳子山村") in officials                     # was missed


def test_a_team_title_alone_takes_no_words_before_the_chain(gaz):
    officials = officials_of("他说,乡村振兴工作队队长李光林介绍了情况。", gaz)
    assert not any(org.endswith("乡村振兴工作队") and org != "乡村振兴工作队" for _p, _r, org in officials)


# ---------------------------------------------------------------- 县长 陈永高: a report's signature line

REPORT = ("政府工作报告\n——2023年2月2日在长沙县第十八届人民代表大会第三次会议上\n县长 陈永高\n各位代表:\n"
          "现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。\n")


def test_a_name_after_a_space_ending_the_signature_line_holds_the_title(gaz):
    assert ("陈永高", "县长", "长沙县政府") in officials_of(REPORT, gaz)           # was missed


def test_a_word_after_a_space_ending_the_line_is_no_name(gaz):
    text = REPORT.replace("县长 陈永高", "县长 工作报告")
    assert not officials_of(text, gaz)


# ---------------------------------------------------------------- 朱水平在: a frequent noun as given name after a title

def test_a_frequent_noun_after_a_surname_right_after_a_title_is_a_given_name(gaz):
    text = "2017第十七届湖南石门柑橘节暨文化旅游周开幕。常德市委副书记朱水平在开幕式上盛赞石门的柑橘产业。"
    assert ("朱水平", "市委副书记", "常德市委") in officials_of(text, gaz)          # was missed


def test_a_frequent_noun_after_a_surname_before_a_verb_is_no_name(gaz):
    assert not officials_of("常德市委书记高水平推进柑橘产业发展。", gaz)


# ---------------------------------------------------------------- 县委常委、常委副县长

def test_a_standing_committee_head_after_the_chains_comma_keeps_the_chain(gaz):
    text = "溆浦县举办招聘会。招聘现场,县委常委、常委副县长易延凤特意叮嘱劳动局、就业局负责人做好跟踪服务。"
    officials = officials_of(text, gaz)
    assert ("易延凤", "县委常委", "溆浦县委") in officials                           # was missed
    assert ("易延凤", "常委副县长", "溆浦县政府") in officials                       # was 副县长


def test_changwei_glued_to_the_committee_is_no_qualifier_of_the_head(gaz):
    officials = officials_of("溆浦县举办招聘会。县委常委副县长易延凤出席。", gaz)
    assert ("易延凤", "副县长", "溆浦县政府") in officials
    assert not any(role.startswith("常委") for _p, role, _o in officials)


# ---------------------------------------------------------------- 、公司党委副书记、工会主席: the company named before

STEELWORKS = ("市委常委、宣传部部长姜海燕宣读创建省级文明城市倡议书。湖南博长控股集团有限公司(冷钢)的广场舞《敦煌神韵》、"
              "公司党委副书记、工会主席陈应斌等原创小品《阿咪也要当劳模》等入选冷水江市首届社区文化节。")


def test_a_bare_company_opening_a_list_item_is_the_company_named_before(gaz):
    assert ("陈应斌", "党委副书记", "湖南博长控股集团有限公司") in officials_of(STEELWORKS, gaz)   # was missed


def test_a_company_word_inside_a_longer_word_is_no_reference(gaz):
    text = "湖南博长控股集团有限公司举行活动。国有公司党委副书记等参加。"
    assert not officials_of(text, gaz)


def test_the_union_chained_after_a_post_is_that_bodys_union(gaz):
    assert ("陈应斌", "主席", "湖南博长控股集团有限公司工会") in officials_of(STEELWORKS, gaz)   # was 冷水江市


# ---------------------------------------------------------------- 湘妃酒业: a rare dictionary noun as a brand

def test_a_rare_dictionary_noun_before_a_trade_word_is_a_brand(gaz):
    text = "溆浦县举办招聘会,有着驾驶技能、推销经验的他在湘妃酒业找到了自己满意的岗位。"
    assert orgs_of(text, gaz).get("湘妃酒业") == "company"                           # was missed


def test_a_rare_noun_before_a_trades_site_names_no_company(gaz):
    text = "界牌陶瓷工业园建成投产。井头石材基地的日晟石材和顺大石材正在修建进场道路。"
    assert "井头石材" not in orgs_of(text, gaz)


def test_a_democratic_partys_provincial_committee_read_by_the_places_as_a_party_committee(gaz):
    text = "全国工商联向大会发来贺信,省政协副主席、民建湖南省委会主委赖明勇代表各民主党派省委会致辞。"
    assert ("赖明勇", "主委", "民建湖南省委会") in officials_of(text, gaz)           # was missed


# ---------------------------------------------------------------- one team post, not a village post beside it

TEAM_LEADER = ("红网时刻新闻4月28日讯 4月27日,春日暖阳。一大早,唐洞街道大王寨村党总支书记曹美华来到村部,看到同样早的"
               "驻村工作队队长黄杏,站在村部小广场迎着朝阳前正在沉思。曹美华满面笑容和郴州市驻大王寨村驻村帮扶工作队"
               "队长黄杏打起了招呼,聊起了工作。")


def test_a_team_post_read_with_the_village_is_the_villages_team_named_elsewhere(gaz):
    posts = {(r, o) for p, r, o in officials_of(TEAM_LEADER, gaz) if p == "黄杏"}
    assert posts == {("队长", "大王寨村驻村帮扶工作队")}                           # was also 驻村工作队队长 / 大王寨村


def test_a_team_post_with_no_team_named_keeps_the_village(gaz):
    text = TEAM_LEADER[:TEAM_LEADER.index("曹美华满面")]
    assert ("黄杏", "驻村工作队队长", "大王寨村") in officials_of(text, gaz)
