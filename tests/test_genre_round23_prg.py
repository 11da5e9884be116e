"""Programs, round 23: causes of program misses and false programs seen in fresh Hunan
local-government articles (安全生产 meetings, village clean-up drives, 营商环境 releases, roundups) —
each rule tested on a sentence of one of those articles, with a counter-example it must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- 村庄 is no place-type noun after a quoted code
def test_a_quoted_drive_before_cunzhuang_is_not_a_village(gaz):
    found = programs_of("9月26日下午,在团山镇长青村,村党支部组织党员开展主题党日活动,向村民宣传“三清一改”村庄清洁行动,"
                        "引导广大居民积极、主动参与人居环境整治。", gaz, "邵东市")
    assert found["三清一改"][0] == "campaign"
    assert "三清一改村" not in found


def test_a_quoted_code_before_a_real_place_type_noun_keeps_it(gaz):
    # counter-example: 园区 is the kind of place the code names, kept in the name
    found = programs_of("该区深入推进“五好”园区创建。", gaz, "邵东市")
    assert "五好园区" in found


# ---------------------------------------------------------------- a quote before the speech noun names a speech
def test_a_speech_named_by_its_day_is_no_program(gaz):
    found = programs_of("6日 开福区召开区级领导干部学习贯彻习近平总书记“七一”重要讲话精神研讨交流会。区委书记谢伟峰主持并讲话。",
                        gaz, "开福区")
    assert "七一" not in found
    assert any(name.endswith("研讨交流会") and kind == "event" for name, (kind, _) in found.items())


def test_a_quoted_campaign_before_its_marker_is_still_read(gaz):
    # counter-example: 行动 after the quote, no speech noun: the campaign stays
    found = programs_of("全县深入开展“清洁行动、我带头”主题党日活动。", gaz, "邵东市")
    assert "清洁行动、我带头" in found


# ---------------------------------------------------------------- a nation-wide inspection drive
def test_a_safety_inspection_drive_is_a_campaign(gaz):
    found = programs_of("全县务必要深入推进安全生产打非治违工作,深入排查安全隐患,加大重点领域的安全监管,"
                        "认真抓好国庆安全生产大检查,切实把安全措施落实到各个环节、各个部位。", gaz, "华容县")
    assert found["安全生产大检查"][0] == "campaign"


def test_a_bare_inspection_names_no_campaign(gaz):
    # counter-example: no topic before 大检查
    found = programs_of("县里要求各乡镇立即开展大检查。", gaz, "华容县")
    assert not any(name.endswith("大检查") for name in found)


# ---------------------------------------------------------------- the drive for a model title and its meeting
def test_a_model_county_drive_and_its_pressing_meeting(gaz):
    found = programs_of("为进一步推进全县省级安全生产示范县创建工作,1月15日,隆回县召开省级安全生产示范县创建督战会。",
                        gaz, "隆回县")
    assert found["省级安全生产示范县创建"][0] == "campaign"
    assert found["省级安全生产示范县创建督战会"][0] == "event"


def test_a_bare_pressing_meeting_names_no_event(gaz):
    # counter-example: no topic before the meeting noun
    found = programs_of("会后,县里又召开督战会,要求抓好示范县创建。", gaz, "隆回县")
    assert not any(name.endswith(("督战会", "示范县创建")) for name in found)


# ---------------------------------------------------------------- a congress a whole level convenes
def test_a_congress_convened_by_the_whole_province_is_an_event(gaz):
    found = programs_of("据介绍,今年上半年,湖南以问题为导向,召开全省优化营商环境大会,会议以电视电话会议形式一直开到市州、"
                        "县市区、园区,明确“十个坚决”措施。", gaz, "长沙市")
    assert found["优化营商环境大会"][0] == "event"


def test_a_congress_in_passing_names_no_event(gaz):
    # counter-example: no convening verb with a whole level before the topic
    found = programs_of("他参加了优化营商环境大会。", gaz, "长沙市")
    assert not any(name.endswith("大会") for name in found)


# ---------------------------------------------------------------- an anniversary inside an event's name
def test_an_anniversary_meeting_keeps_its_years(gaz):
    found = programs_of("5日 开福区委副书记、代区长高伟主持召开区政府党组会,传达学习湖南省庆祝中国共产党成立100周年"
                        "座谈会上的讲话精神。", gaz, "开福区")
    assert found["湖南省庆祝中国共产党成立100周年座谈会"][0] == "event"


def test_an_anniversary_in_passing_names_no_event(gaz):
    # counter-example: no meeting noun after the anniversary
    found = programs_of("今年是该县成立60周年,全县上下喜气洋洋。", gaz, "开福区")
    assert not any("周年" in name for name in found)


# ---------------------------------------------------------------- a report laid before a standing committee
def test_a_titled_report_is_a_policy_document(gaz):
    found = programs_of("二、会议听取和审议了市监察委员会主任王沛所作的《关于整治群众身边不正之风和腐败问题工作情况的报告》;"
                        "市人大监察和司法委主任委员邓世友所作的《关于我市开展整治群众身边不正之风和腐败问题工作情况的调查报告》,"
                        "并进行了满意度测评。", gaz, "湘乡市")
    assert found["关于整治群众身边不正之风和腐败问题工作情况的报告"][0] == "policy_document"
    assert found["关于我市开展整治群众身边不正之风和腐败问题工作情况的调查报告"][0] == "policy_document"


def test_a_titled_article_is_no_document(gaz):
    # counter-example: 《求是》 and an article title without a document suffix
    found = programs_of("一、会议集中学习了习近平总书记在《求是》杂志发表的重要文章《因地制宜发展新质生产力》。", gaz, "湘乡市")
    assert not found


# ---------------------------------------------------------------- a festival's one-character quoted theme
# No retained fresh article held one (the articles that did were dropped as overlapping held-out text):
# a sentence of the genre written for the test.
def test_a_one_character_quoted_theme_stays_in_a_festivals_name(gaz):
    found = programs_of("2025年某县乡村旅游节暨阳明山第十五届“和”文化节将在花千谷景区举办。", gaz, "双牌县")
    assert any(name.endswith("第十五届和文化节") for name in found)


def test_a_one_character_quoted_culture_names_no_festival(gaz):
    # counter-example: 文化 without 节: a culture, no event
    found = programs_of("双牌县历史悠久、文化底蕴深厚,“象”文化、“和”文化、“永”文化源远流长。", gaz, "双牌县")
    assert not found


# ---------------------------------------------------------------- a count of plans inside a plan's title
def test_a_count_of_plans_stays_in_the_plans_title(gaz):
    # the sentence of a round-22 fresh article (tests/test_genre_round22_prg.py), left open then
    found = programs_of("研究岳阳县洞庭湖生态经济区水环境综合治理五个专项行动方案,研究迎接国家卫生县城复审、"
                        "岳阳县2016年度财政预算等有关工作。", gaz, "岳阳县")
    assert found["岳阳县洞庭湖生态经济区水环境综合治理五个专项行动方案"][0] == "policy_document"


def test_a_count_of_plans_without_a_topic_names_no_document(gaz):
    # counter-example: nothing of a title's length before the count
    found = programs_of("会议研究了五个专项行动方案。各乡镇制定3个实施方案。", gaz, "岳阳县")
    assert not any(name.endswith("方案") for name in found)


# ---------------------------------------------------------------- a place's product brand in quotes
# No retained fresh article held one (the brief's open item): a sentence of the genre written for the test.
def test_a_villages_product_brand_is_no_program(gaz):
    found = programs_of("近年来,某县金井镇湘丰村村级集体经济参与打造的“湘丰绿茶”品牌火出圈,线上线下销售火爆。",
                        gaz, "长沙县")
    assert "湘丰绿茶" not in found


def test_a_brand_of_service_without_a_place_is_still_a_program(gaz):
    # counter-example: the quote opens with no place of the text: a reform named as a brand
    found = programs_of("湖南创造的“一件事一次办”品牌,实现企业群众的烦心事“一次办好”。", gaz, "长沙市")
    assert "一件事一次办" in found


# ---------------------------------------------------------------- a quoted period is a period throughout the text
def test_a_quote_written_before_qijian_elsewhere_names_no_program(gaz):
    found = programs_of("9月18日,华容县召开“两节一会”暨四季度安全生产工作会议。喻文强调,要在非常时期,采取非常举措,"
                        "确保“两节一会”期间全县安全稳定大局。", gaz, "华容县")
    assert "两节一会" not in found
    assert any(name.endswith("安全生产工作会议") for name in found)


def test_a_quote_never_written_before_a_period_word_stays(gaz):
    # counter-example: the same kind of sentence without 期间 anywhere
    found = programs_of("县里部署“四个一”暨四季度安全生产工作。全县上下深入开展“四个一”活动。", gaz, "华容县")
    assert "四个一" in found
