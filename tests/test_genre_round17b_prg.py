"""Programs, round 17b: causes of program misses and false programs seen in two or more
development sets — each rule tested on a sentence of the genre written for the test (invented
names), with a counter-example it must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- “…”政策: a quoted policy nickname
# dev5/h110, dev10/h216: a quoted nickname right before 政策 names a policy; with no place before it
# in its sentence it is the centre's policy the local report applies
def test_a_quoted_nickname_before_policy_is_a_national_policy(gaz):
    found = programs_of("今年以来,“绿色出行”政策持续落地,乘客明显增多。", gaz, "石门县")
    assert found["绿色出行"] == ("policy_document", "全国")


def test_a_chain_of_quoted_nicknames_shares_the_policy_word(gaz):
    found = programs_of("加快对接“三保”“两补”政策扩面,争取资金支持。", gaz, "石门县")
    assert found["三保"][1] == "全国" and found["两补"][1] == "全国"


def test_a_local_policy_package_keeps_its_maker(gaz):
    # counter-example: the county that tailored the package runs it
    found = programs_of("石门县为村级集体经济量身定制的“三联三帮”政策包,效果明显。", gaz, "石门县")
    assert found["三联三帮"][1] == "石门县"


def test_a_quoted_phrase_without_a_policy_word_stays_unnamed(gaz):
    # counter-example: a quoted metaphor with no marker is no program
    assert "绿色出行" not in programs_of("市民越来越喜欢“绿色出行”,街头单车增多。", gaz, "石门县")


# ---------------------------------------------------------------- 打好“发展六仗”: a topic and its count
# dev5/h95, dev11/h242: a quoted code may open with its topic (two characters), then the count of
# its tasks and their one-character class; a code verb (打好, 打赢, 抓好) introduces it
def test_a_topic_with_its_count_after_a_code_verb_is_a_program(gaz):
    assert "改革五仗" in programs_of("全县上下全力打好“改革五仗”,推动经济高质量发展。", gaz, "石门县")


def test_a_rank_or_a_last_stretch_is_no_code(gaz):
    # counter-examples: 第一仗 is a rank, 最后一米 a distance; neither is a count of tasks
    found = programs_of("各村打好春耕生产“第一仗”,打通服务“最后一米”。", gaz, "石门县")
    assert not any("第一仗" in n or "最后一米" in n for n in found)


def test_a_topic_with_its_count_without_a_verb_stays_unnamed(gaz):
    # counter-example: no code verb introduces it
    assert "门前五包" not in programs_of("各户门口的“门前五包”牌子很显眼。", gaz, "石门县")


# ---------------------------------------------------------------- “十五五”规划编制之年: a time frame
# dev10/h216, dev11/h250: the five-year period's plan named as a stage of the period (drafting it,
# reviewing its work) is a time frame, not a document; the plan itself stays one
def test_the_drafting_year_of_a_five_year_plan_is_no_document(gaz):
    found = programs_of("明年是“十六五”规划编制之年,各项工作任务繁重。", gaz, "石门县")
    assert not any("规划" in n for n in found)


def test_a_review_of_the_plan_period_is_no_document(gaz):
    found = programs_of("一、今年及“十四五”规划工作回顾", gaz, "石门县")
    assert not any("规划" in n for n in found)


def test_the_plan_itself_stays_a_document(gaz):
    # counter-example: the plan joined to the year's targets is the document they follow
    found = programs_of("各部门要把年度任务和“十四五”规划结合起来,抓好落实。", gaz, "石门县")
    assert found["十四五规划"][0] == "policy_document"


# ---------------------------------------------------------------- a quarter's batch of key projects
# dev10/h217, dev11/h236: the batch of key projects a place lists for a quarter (四季度, 第一季度) is
# a period's class of projects, like a year's; the batch's opening ceremony is the event
def test_a_quarters_batch_of_key_projects_is_no_project(gaz):
    found = programs_of("石门县2023年第三季度重点建设项目包括青石机械制造、白云食品加工等。", gaz, "石门县")
    assert not any(name.endswith("重点建设项目") for name in found)


def test_a_zone_quarters_batch_is_no_project(gaz):
    found = programs_of("湘潭经开区三季度重点项目集中开工 总投资50亿元", gaz, "石门县")
    assert not any(name.endswith("重点项目") for name in found)


def test_the_batchs_opening_ceremony_stays_an_event(gaz):
    found = programs_of("9月1日上午,石门县举行2023年第三季度重点建设项目集中开工仪式。", gaz, "石门县")
    assert found["2023年第三季度重点建设项目集中开工仪式"][0] == "event"


def test_a_named_project_of_a_zone_stays_a_project(gaz):
    # counter-example: a trade after the zone names one project
    found = programs_of("湘潭经开区智能装备制造项目昨日开工。", gaz, "石门县")
    assert found["湘潭经开区智能装备制造项目"][0] == "project"


# ---------------------------------------------------------------- 中央八项规定: numbered rules of a body
# dev4/h51, dev8/h175: the rules of conduct a party centre or committee lays down, named by the body
# and the count of their articles, are policy documents of that level
def test_the_centres_numbered_rules_are_a_national_document(gaz):
    found = programs_of("全体干部要严格执行中央八项规定及其实施细则精神,改进作风。", gaz, "石门县")
    assert found["中央八项规定及其实施细则"] == ("policy_document", "全国")


def test_a_provincial_committees_numbered_rules_are_the_provinces(gaz):
    found = programs_of("这起违规吃喝问题违反了省委九项规定精神。", gaz, "石门县")
    assert found["省委九项规定"] == ("policy_document", "湖南省")


def test_a_count_of_rules_without_a_body_is_no_document(gaz):
    # counter-example: no body names the rules, only a count of them
    found = programs_of("县里出台了三项规定,规范公务接待。", gaz, "石门县")
    assert not any("规定" in name for name in found)


# ---------------------------------------------------------------- 新增“两品一标”6个: a counted category
# dev/d12, dev8/h180: a quoted code counted right after it (or after the noun it classes and 达)
# names a category of a statistic, not a program
def test_a_quoted_code_counted_right_after_it_is_a_category(gaz):
    found = programs_of("今年全县新增“三品一证”8个,品牌效应明显。", gaz, "石门县")
    assert "三品一证" not in found


def test_a_quoted_code_counted_after_its_noun_and_da_is_a_category(gaz):
    found = programs_of("目前,全县“三品一证”认证产品达52个,农产品质量稳步提升。", gaz, "石门县")
    assert "三品一证" not in found


def test_a_quoted_code_before_a_class_of_projects_stays_a_campaign(gaz):
    # counter-example: the projects the campaign serves are counted, not the code
    found = programs_of("全县推进“四大会战”重点项目15个,完成投资20亿元。", gaz, "石门县")
    assert found["四大会战"][0] == "campaign"
