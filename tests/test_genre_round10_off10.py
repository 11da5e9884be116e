"""Tenth round (off10): rules of the genre found on the development set dev7 (h151–h170), for
officials. Each rule is tested on its quoted dev7 sentence with a counter-example."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- A、B等邵东市领导 (a place written on the collective title)

LEADERS_OF_PLACE = ("11月21日上午,邵东市举行14个重大项目集中开竣工仪式。周玉凡、李国军、刘家豪、黄负平、罗健康、向章云、"
                    "罗莉、李仁明、陈业华、刘山鸣、李佑军等邵东市领导出席。")     # dev7 h157


def test_names_listed_before_a_places_collective_title_are_its_leaders(gaz):
    officials = officials_of(LEADERS_OF_PLACE, gaz)
    for name in ("刘家豪", "黄负平", "罗健康", "向章云", "罗莉", "李仁明", "李佑军"):
        assert (name, "领导", "邵东市") in officials                     # were not read at all
    assert ("刘山鸣", "领导", "长沙县") in officials_of("长沙县召开大会。王明、刘山鸣等长沙县领导出席。", gaz)


def test_names_before_a_collective_of_no_place_hold_nothing(gaz):
    # 等相关领导 / 等有关部门领导: no place, no level -> no post for the names
    assert officials_of("邵东市召开会议。周玉凡、李国军等相关领导出席。", gaz) == set()
    assert officials_of("邵东市召开会议。周玉凡、李国军等有关部门领导出席。", gaz) == set()


# ---------------------------------------------------------------- 党组书记、代理检察长X (代理: acting, a qualifier of the title)

ACTING = ("湖南法治报讯(通讯员 严贵林)6月16日,市检察院党组书记、代理检察长段志凌到会同县地灵乡团结村调研乡村振兴工作,"
          "市检察院党组副书记、副检察长刘东利以及相关部门负责人陪同调研。")     # dev7 h154


def test_daili_before_a_title_in_a_chain_keeps_the_chain_and_its_body(gaz):
    officials = officials_of(ACTING, gaz)
    assert ("段志凌", "代理检察长", "怀化市检察院") in officials    # was 检察长 / 团结村
    assert ("段志凌", "党组书记", "怀化市检察院") in officials      # was lost
    assert not any(org == "团结村" for p, _r, org in officials if p == "段志凌")


def test_daili_that_is_no_qualifier_of_a_title_names_no_post(gaz):
    # 代理 as agency (代理记账) before no title: nobody holds a post
    assert officials_of("长沙县一家公司代理记账业务量增长,张明介绍了情况。", gaz) == set()


# ---------------------------------------------------------------- 村党建专干X (专干: a village or township cadre of one line of work)

LINE_CADRE = ("5月27日,记者走进双峰县井字镇杨球村,干净整洁的公路蜿蜒伸展。"
              "“水稻长得好,心里特别开心!”走在田埂上,看着生机盎然的稻田,村党建专干左欣娥有些激动。")   # dev7 h166


def test_a_line_cadre_of_the_village_is_an_official_of_the_village(gaz):
    assert ("左欣娥", "党建专干", "杨球村") in officials_of(LINE_CADRE, gaz)   # was not read


def test_a_line_cadre_written_as_a_group_names_nobody(gaz):
    assert officials_of("双峰县井字镇加强党建专干队伍建设,全镇配齐计生专干。", gaz) == set()


# ---------------------------------------------------------------- 主任周敏转任… (a career verb after a name ends it)

CAREER_MOVE = ("随着长沙市迎来政府机构改革,组建了市卫生和计划生育委员会。郭塨调往市食药监局的同时,"
               "长沙市人口和计划生育委员会党组书记、主任周敏转任新组建的市卫生和计划生育委员会主任一职。")   # dev7 h153


def test_a_career_verb_after_a_name_ends_the_name(gaz):
    persons = {p for p, _r, _o in officials_of(CAREER_MOVE, gaz)}
    assert "周敏" in persons and "周敏转" not in persons                   # was 周敏转


def test_a_three_character_name_before_a_career_verb_stays_whole(gaz):
    officials = officials_of("长沙市卫生局局长李向东调任市食药监局局长。", gaz)
    assert ("李向东", "局长", "长沙市卫生局") in officials
    assert ("李转", "局长", "长沙市卫生局") in officials_of("长沙市卫生局局长李转调往市食药监局。", gaz)


# ---------------------------------------------------------------- bylines: a duty word closing the line; a title signing a report

def credits_of(text: str) -> list[str]:
    from graph.text import make_document
    return [c.name for a in make_document(text, "t").articles for c in a.credits]


TALLY = ("●到今年8月底,全县共免费发放花猪仔2380头,惠及贫困户。\n"
         "本报记者 龚再蓉 整理\n")                                            # dev7 h164


def test_a_duty_word_closing_a_credit_line_is_no_name(gaz):
    assert credits_of(TALLY) == ["龚再蓉"]                                   # was 龚再蓉, 整理
    # the same line without its duty word, and one with two names
    assert credits_of(TALLY.replace(" 整理", "")) == ["龚再蓉"]
    assert credits_of(TALLY.replace("龚再蓉", "龚再蓉 李四")) == ["龚再蓉", "李四"]


REPORT = ("政府工作报告\n2016年11月25日在桂阳县第十七届人民代表大会第一次会议上\n县长 黄四平\n"
          "各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n")           # dev7 h163


def test_a_title_and_name_signing_a_report_are_no_byline(gaz):
    assert credits_of(REPORT) == []                                          # was 县长, 黄四平
    assert ("黄四平", "县长", "桂阳县政府") in officials_of(REPORT, gaz)      # the signer stays an official
    # a bare byline of reporters' names stays one
    assert credits_of(REPORT.replace("县长 黄四平", "刘爱明 傅相玮")) == ["刘爱明", "傅相玮"]


# ---------------------------------------------------------------- X和Y委员会党组书记、主任 (a body whose name holds 和)

def test_the_party_cell_of_a_body_named_with_he_is_the_whole_bodys(gaz):
    officials = officials_of(CAREER_MOVE, gaz)                                 # dev7 h153
    assert ("周敏", "主任", "长沙市人口和计划生育委员会") in officials         # was 主任 / 计划生育委员会党组
    assert ("周敏", "党组书记", "长沙市人口和计划生育委员会") in officials     # was 书记 / 计划生育委员会党组
    assert not any(org.startswith("计划生育") for _p, _r, org in officials)


def test_a_bodys_own_party_cell_without_he_is_read_as_before(gaz):
    officials = officials_of("长沙市召开会议。长沙市卫生健康委员会党组书记、主任王刚出席。", gaz)
    assert any(r == "主任" and org.startswith("长沙市卫生健康委员会") for _p, r, org in officials)
    assert ("王刚", "党组书记", "长沙市财政局") in officials_of("长沙市召开会议。长沙市财政局党组书记、局长王刚出席。", gaz)


# ---------------------------------------------------------------- A、B、C5户搬迁户 / A、B、C等: a list of names closed by 等 or a count

def persons_of(text: str, gaz) -> set[str]:
    from support import officials_and_citizens
    return officials_and_citizens(text, gaz)[1]


RESETTLED = ("除夕,县委副书记、县长刘军来到该县易地扶贫搬迁县城兴业集中安置小区慰问了袁名希、陈自军、廖国娟、刘建斌、"
             "李传洪5户搬迁户,并与他们共吃年夜饭。")                               # dev6 h144 (a class left over from dev6)


def test_a_list_of_names_closed_by_a_count_of_households_names_persons(gaz):
    assert {"袁名希", "陈自军", "廖国娟", "刘建斌", "李传洪"} <= persons_of(RESETTLED, gaz)   # were not read
    assert "刘军" not in persons_of(RESETTLED, gaz)                         # an official stays an official
    assert {"周美玲", "徐正祥", "刘春香"} <= persons_of(
        "利用声光电技术让雷锋原声与新时代“雷锋”周美玲、徐正祥、刘春香等展开“隔空接力”。", gaz)


def test_a_list_with_an_item_that_is_no_name_names_nobody(gaz):
    # places or bodies listed before 等: no persons
    assert persons_of("长沙县召开会议,长沙、株洲、湘潭等地代表参加。", gaz) == set()
    assert persons_of("县政府办、高新区、工信局等负责人参加。", gaz) == set()


# ---------------------------------------------------------------- 团结村支部书记X (a village's party cell written short)

BRANCH = ("湖南法治报讯(通讯员 严贵林)6月16日,市检察院党组书记、代理检察长段志凌到会同县地灵乡团结村调研乡村振兴工作。"
          "在随后召开的调研座谈会上,驻团结村工作队队长、第一书记李金旭,团结村支部书记朱晓君,地灵乡党委书记蒙明朗"
          "汇报了近期工作开展情况以及后期工作规划。")                             # dev7 h154


def test_a_villages_short_party_cell_is_named_in_full(gaz):
    officials = officials_of(BRANCH, gaz)
    assert ("朱晓君", "支部书记", "团结村党支部") in officials                 # was 团结村支部
    assert ("蒙明朗", "乡党委书记", "地灵乡党委") in officials                 # another cell as written


def test_a_cell_written_in_full_is_kept(gaz):
    assert ("朱晓君", "党支部书记", "团结村党支部") in officials_of("会同县地灵乡团结村。团结村党支部书记朱晓君汇报。", gaz)
    assert not any(org.endswith("党党支部") for _p, _r, org in officials_of(BRANCH.replace("支部书记", "党支部书记"), gaz))


# ---------------------------------------------------------------- …。(张立 何兴安): the authors in brackets closing the story

CLOSING = ("长沙县项目建设提速\n全县上下推动项目早开工、早建成、早投产、早见效,为经济社会高质量发展增添新动力。(张立 何兴安)\n")
# dev2 h03 (a class left over from dev2 and the seeds' 000: …生机和活力。(康少兵))


def test_names_in_brackets_closing_the_last_sentence_are_its_authors(gaz):
    assert credits_of(CLOSING) == ["张立", "何兴安"]                           # were not read
    assert credits_of(CLOSING.replace("张立 何兴安", "康少兵")) == ["康少兵"]


def test_other_closing_brackets_are_no_credit(gaz):
    for inner in ("草案", "市委办", "扩大", "县长"):
        assert credits_of(CLOSING.replace("张立 何兴安", inner)) == []
    # names in brackets inside the text, not closing it
    assert credits_of(CLOSING.replace("(张立 何兴安)", "(张立)。后来又说好")) == []


# ---------------------------------------------------------------- 记者 任洁 汨罗报道 地处…: a byline opening the paragraph, no brackets

def test_a_byline_closed_by_baodao_opening_the_first_paragraph(gaz):
    # dev5 h97 and dev4 h63 (a class left over from two sets)
    assert credits_of("红网时刻新闻记者 任洁 汨罗报道 地处湘北的汨罗市,近年来以数字乡村建设为抓手。\n") == ["任洁"]
    assert credits_of("蒸湘区:村集体经济让村民腰包“鼓起来”\n"
                      "衡阳新闻网讯 通讯员曾璐茜 单师薇报道 发展新型农村集体经济,是实现农业强的必然要求。\n") \
        == ["曾璐茜", "单师薇"]


def test_baodao_after_no_credit_is_no_byline(gaz):
    assert credits_of("长沙新闻\n记者调查报道 显示全市经济增长。\n") == []
    assert credits_of("长沙新闻\n据记者了解,相关报道 显示全市经济增长。\n") == []


# ---------------------------------------------------------------- 作者 白祖偕 邓霞; 作者:(朱 彪): 作者 is a role word of credits

def test_zuozhe_opens_a_credit_and_is_no_name(gaz):
    # dev5 h101 (作者 was read as a name) and dev4 h64 (the bracketed name was missed)
    assert credits_of("追逐“共富梦”的村支书张明忠\n作者 白祖偕 邓霞 张雪盈\n仙人溪村发展很快。\n") == ["白祖偕", "邓霞", "张雪盈"]
    assert credits_of("张家界日报讯 慈利县推进交通建设。\n作者:(朱 彪)\n") == ["朱彪"]


def test_zuozhe_in_a_sentence_is_no_credit(gaz):
    assert credits_of("长沙新闻\n作者在文中写道,全市经济增长。\n") == []


# ---------------------------------------------------------------- 通讯员:鲍文 邓丽娟; (永州日报记者 万珂铭 红网时刻新闻记者 周纯 郭婳)

def test_a_colon_after_the_role_word_and_an_outlet_before_the_next_role(gaz):
    # dev3 h34 and dev6 h149 (classes left over from two sets)
    assert credits_of("通讯员:鲍文 邓丽娟\n东台山国家森林公园护林员巡山。\n") == ["鲍文", "邓丽娟"]
    assert credits_of("红网时刻新闻9月17日讯(永州日报记者 万珂铭 红网时刻新闻记者 周纯 郭婳)9月16日,永州召开会议。\n") \
        == ["万珂铭", "周纯", "郭婳"]


def test_a_name_glued_between_two_role_words_stays_a_name(gaz):
    text = "全省完成职业培训86.71万人。(潇湘晨报 记者李柯夫通讯员徐利平)\n"
    assert "李柯夫" in credits_of("长沙就业\n" + text)
    # an editor's meta line is still no byline
    assert credits_of("长沙就业\n全省完成职业培训。\n编辑:王杨\n") == []
