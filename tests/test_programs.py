"""Programs: quoted names with markers, codes, 《…》 documents, unquoted projects/events, places."""
from __future__ import annotations

import pytest

from graph.model import OrgMention, PlaceMention, Span
from graph.programs import NATIONAL, extract_programs, find_quotes, is_code, merge_programs, name_before
from graph.text import make_document
from support import place_mentions as places_in


def run(text: str, gaz, place_names: list[str] = (), article_place: str | None = None, orgs=()):
    doc = make_document(text)
    places = places_in(doc.text, gaz, list(place_names))
    art = {0: gaz.lookup(article_place)[0].key} if article_place else {}
    return doc, extract_programs(doc, places, list(orgs), gaz, art)


def names(mentions) -> list[str]:
    return [m.name for m in mentions]


# ---------------------------------------------------------------- quoted names

def test_quoted_name_with_marker_after_gets_kind_from_marker(gaz):
    _, found = run("邵阳市坚持以项目为重点推动产业高质量发展，开展“项目大比拼”赛擂台，实行一月一督战。", gaz,
                   ["邵阳市"])
    assert names(found) == ["项目大比拼"]
    assert found[0].kind == "campaign"


def test_quoted_code_and_working_mechanism(gaz):
    _, found = run("建立联企业帮扶员、健康监督员、安全监督员“三员”工作机制，并选派市直单位干部进驻重点企业。", gaz)
    assert names(found) == ["三员"]
    assert found[0].kind == "mechanism"


def test_provincial_prefix_gives_province(gaz):
    _, found = run("前10个月，邵阳市6个省“三高四新”重大产业项目完成投资45.1亿元。", gaz, ["邵阳市"], "邵阳市")
    assert names(found) == ["三高四新"]
    assert gaz.get(found[0].place_key).name == "湖南省"


def test_quoted_code_with_place_type_noun(gaz):
    _, found = run('该区深入推进"五好"园区(规划定位好、创新平台好)创建。', gaz)
    assert names(found) == ["五好园区"]


def test_inside_marker_year_and_clause_subject_place(gaz):
    text = "株洲经开区在全市率先开展“营商环境优化年”活动，创新推行项目建设“四项制度”。"
    doc = make_document(text)
    zone = PlaceMention(Span(0, 5), "株洲经开区", "430200/株洲经开区")
    found = extract_programs(doc, [zone], [], gaz, {})
    assert names(found) == ["营商环境优化年", "四项制度"]
    assert [m.place_key for m in found] == ["430200/株洲经开区"] * 2


def test_plus_formula_is_a_mechanism(gaz):
    _, found = run("成立优化营商环境领导小组，建立“1+1+N”工作机制和一对一联系制度。", gaz)
    assert "1+1+N" in names(found)


def test_count_package_takes_the_words_before(gaz):
    _, found = run('同时,出台基础教育"30条"、产教融合"30条"等政策,支持企业发展。', gaz)
    assert names(found) == ["基础教育30条", "产教融合30条"]
    assert {m.kind for m in found} == {"policy_document"}


def test_slogan_after_counted_name_names_that_program(gaz):
    _, found = run("邵阳市深入开展万名干部联万企“送政策、解难题、优服务”行动，坚持问题导向。", gaz, ["邵阳市"])
    assert names(found) == ["万名干部联万企"]
    assert gaz.get(found[0].place_key).name == "邵阳市"


def test_first_person_campaign_name_is_not_speech(gaz):
    _, found = run("在“我为群众办实事”实践活动中，该镇建立了网格制度。", gaz)
    assert "我为群众办实事" in names(found)


# ---------------------------------------------------------------- negatives

def test_quoted_speech_is_not_a_program(gaz):
    text = ("“在疫情防控最吃力的10月，我们全力稳住了增长，有把握全面完成全年目标任务。”该公司相关负责人满怀信心地说。")
    _, found = run(text, gaz)
    assert found == []


def test_quoted_metaphors_are_not_programs(gaz):
    text = ("纾困“及时雨”，稳住经济盘。这些举措成为吸引企业落户的“金字招牌”，"
            "助力制造业企业跑出“加速度”，打造审批“高速公路”。")
    _, found = run(text, gaz)
    assert found == []


def test_party_congress_and_ideology_are_not_programs(gaz):
    text = ("全市上下将党的二十大精神转化为强大力量，坚持“五位一体”总体布局，"
            "深入学习“习近平新时代中国特色社会主义思想”活动。")
    _, found = run(text, gaz)
    assert found == []


def test_generic_goal_slogan_with_commas_is_not_a_program(gaz):
    _, found = run("坚决落实“疫情要防住、经济要稳住、发展要安全”要求，不断提高服务能力。", gaz)
    assert found == []


def test_abbreviation_is_not_a_program(gaz):
    _, found = run("成立党员干部群众联席会(简称“党联会”)作为网格议事平台。", gaz)
    assert "党联会" not in names(found)


def test_counted_generic_projects_are_not_named_projects(gaz):
    _, found = run("34个省重点项目完成投资217.3亿元；326个市重点项目完成投资511.8亿元。", gaz)
    assert found == []


# ---------------------------------------------------------------- documents, projects, events, 长制

def test_policy_document_in_title_marks_gets_its_place(gaz):
    _, found = run("全市迅速制定《邵阳市工业企业复工复产方案》，并选派干部。", gaz, ["邵阳市"])
    assert names(found) == ["邵阳市工业企业复工复产方案"]
    assert found[0].kind == "policy_document"
    assert gaz.get(found[0].place_key).name == "邵阳市"


def test_books_in_title_marks_are_not_programs(gaz):
    _, found = run("党员骨干深情朗诵《南来的燕子》，带领村民们阅读《雷锋日记》。", gaz)
    assert found == []


def test_named_project_stops_at_verbs_and_counts(gaz):
    text = ("今年1至10月份，邵阳市各重点项目稳步推进。三一生态智能产业园项目完成年度投资计划123.88%、"
            "湖南邵阳虹基板玻璃项目完成年度投资计划145.8%。")
    _, found = run(text, gaz, ["邵阳市", "湖南", "邵阳"])
    assert names(found) == ["三一生态智能产业园项目", "湖南邵阳虹基板玻璃项目"]
    assert {m.kind for m in found} == {"project"}
    # the most specific place leading the name
    assert gaz.get(found[1].place_key).name == "邵阳市"


def test_name_before_reads_back_to_the_verb(gaz):
    text = "连日来，走进湘容酒业2万吨酱酒扩建项目"
    assert name_before(text, text.index("项目")) == "湘容酒业2万吨酱酒扩建"


def test_event_with_joined_parts(gaz):
    text = "8月，开展湖南省医疗器械产业园授牌三周年暨产业集中区一期项目竣工仪式活动。"
    _, found = run(text, gaz)
    assert names(found) == ["湖南省医疗器械产业园授牌三周年暨产业集中区一期项目竣工仪式"]
    assert found[0].kind == "event"


def test_chief_system_pattern(gaz):
    _, found = run("今年7月，洪江区全面推行田长制，县、乡、村三级田长全覆盖。", gaz)
    assert names(found) == ["田长制"]
    assert found[0].kind == "mechanism"


def test_company_named_before_makes_program_company_internal(gaz):
    text = "汨罗新市供水有限公司实行用水服务“一网通办”工作机制。"
    org = OrgMention(Span(0, 10), "汨罗新市供水有限公司", "汨罗新市供水有限公司", "company")
    doc = make_document(text)
    found = extract_programs(doc, [], [org], gaz, {0: "430681"})
    assert names(found) == ["一网通办"]
    assert found[0].place_key is None and found[0].org == "汨罗新市供水有限公司"


def test_running_organisation_is_recorded(gaz):
    text = "11月12日，邵阳市发改委推出全市重点建设项目开工复工疫情防控“七问七答”。"
    org = OrgMention(Span(6, 12), "邵阳市发改委", "邵阳市发改委", "department", "430500")
    doc = make_document(text)
    found = extract_programs(doc, [], [org], gaz, {})
    assert names(found) == ["七问七答"]
    assert found[0].org == "邵阳市发改委" and found[0].place_key == "430500"


# ---------------------------------------------------------------- helpers

def test_straight_quotes_pair_in_order_and_skip_sentences():
    doc = make_document('推行"三干五零"模式。"三干",即夯实基础。')
    inner = [doc.slice(q.inner) for q in find_quotes(doc)]
    assert inner == ["三干五零", "三干"]


def test_is_code():
    assert is_code("三高四新") and is_code("一书、三单、一表") and is_code("1+1+N")
    assert not is_code("金字招牌") and not is_code("一图读懂核心要点、一码链接政策原文")


def test_merge_programs_groups_by_clean_name(gaz):
    _, a = run("邵阳市推出“三员”工作机制。", gaz)
    _, b = run("君山区建立田长体系及“三员”制度。", gaz)
    merged = merge_programs(a + b)
    assert list(merged) == ["三员"] and len(merged["三员"]) == 2


def test_whole_province_event_without_article_place_is_hunan(gaz):
    text = "日前,在2021年全省第三次重大项目集中开竣工株洲分会场活动中,该项目被作为主会场项目。"
    _, found = run(text, gaz)
    assert len(found) == 1 and "第三次重大项目集中开竣工" in found[0].name
    assert found[0].kind == "event" and found[0].place_key == "430000"


def test_marker_after_a_chain_of_quotes_and_titles(gaz):
    text = "3月30日,长沙市“就认这个理·声声在望”“学雷锋做表率”《雷锋日记》精句宣讲活动在团山湖雷锋纪念馆举行。"
    _, found = run(text, gaz, ["长沙市"])
    assert names(found) == ["就认这个理·声声在望", "学雷锋做表率"]
    assert {gaz.get(m.place_key).name for m in found} == {"长沙市"}


def test_counted_people_are_not_a_program_name(gaz):
    _, found = run("组织95名党员开展行动。全镇95名行动不便的老党员参加。", gaz)
    assert found == []


# ---------------------------------------------------------------- lists, prefixes and places

def test_items_of_a_list_closed_by_project_word_are_projects(gaz):
    _, found = run("提前介入、精准服务，全力保障恒光科技、消防智创园等重点项目建设用地。", gaz)
    assert names(found) == ["恒光科技", "消防智创园"]
    assert all(m.kind == "project" for m in found)


def test_generic_items_before_project_word_are_not_projects(gaz):
    _, found = run("今年，全县加快推进交通、水利等重点项目建设。", gaz)
    assert names(found) == []


def test_bare_province_before_a_name_is_its_runner_not_part_of_it(gaz):
    _, found = run("今年6月15日，省万名干部联万企“送政策、解难题、优服务”行动第五督导组到邵阳市督查。", gaz,
                   ["邵阳市"], "邵阳市")
    assert names(found) == ["万名干部联万企"]
    assert gaz.get(found[0].place_key).name == "湖南省"


def test_body_before_an_unquoted_project_word_is_not_a_name(gaz):
    text = "今年来，君山区自然资源局密切关注重点项目建设情况，做到主动对接。"
    doc = make_document(text)
    start = doc.text.index("君山区自然资源局")
    org = OrgMention(Span(start, start + 8), "君山区自然资源局", "君山区自然资源局", "department",
                     gaz.lookup("君山区")[0].key)
    _, found = run(text, gaz, ["君山区"], "君山区", orgs=[org])
    assert names(found) == []


def test_place_of_a_first_claim_is_not_the_runner(gaz):
    _, found = run("渌口区优化营商环境。他们在株洲市率先推出企业“赋码保护”机制。", gaz,
                   ["渌口区", "株洲市"], "渌口区")
    assert names(found) == ["赋码保护"]
    assert gaz.get(found[0].place_key).name == "渌口区"


def test_whole_city_before_a_name_runs_it(gaz):
    _, found = run("芦淞区发展迅速。在2021年全市“三比三看”大竞赛活动考核中，该区居首位。", gaz,
                   ["芦淞区"], "芦淞区")
    assert names(found) == ["三比三看"]
    assert gaz.get(found[0].place_key).name == "株洲市"


def test_quote_heading_a_document_name(gaz):
    _, found = run("区教育局发布“雷锋”德育品牌建设实施方案，号召学子参与。", gaz)
    assert names(found) == ["雷锋德育品牌建设实施方案"]
    assert found[0].kind == "policy_document"


def test_marker_inside_a_longer_common_phrase_is_no_marker(gaz):
    _, found = run("走进项目建设现场，施工如火如荼，到处呈现“比学赶超”建设热潮。", gaz)
    assert names(found) == []


def test_place_listed_in_an_enumeration_is_not_the_runner(gaz):
    text = "麻阳苗族自治县加强森林防火。全县划成尧市镇、锦和镇、岩门镇等五个战区，建立“三级督导”机制。"
    _, found = run(text, gaz, ["麻阳苗族自治县", "尧市镇", "锦和镇", "岩门镇"], "麻阳苗族自治县")
    assert names(found) == ["三级督导"]
    assert gaz.get(found[0].place_key).name == "麻阳苗族自治县"


def test_place_alone_before_a_name_still_runs_it(gaz):
    text = "麻阳苗族自治县加强森林防火。岩门镇建立“三级督导”机制。"
    _, found = run(text, gaz, ["麻阳苗族自治县", "岩门镇"], "麻阳苗族自治县")
    assert gaz.get(found[0].place_key).name == "岩门镇"


# ---------------------------------------------------------------- quoted names without a marker

def test_chain_of_quotes_after_a_working_verb_are_programs(gaz):
    _, found = run('着力建设园区党群服务中心,建立"支部小家连大家""五重守初心""红色星期五"等，丰富了党员的组织生活。', gaz)
    assert names(found) == ["支部小家连大家", "五重守初心", "红色星期五"]


def test_quoted_name_opening_a_clause_is_a_program(gaz):
    _, found = run("志愿服务项目开展起来：“好人宣讲团”组织同事深入基层宣讲；“希望小屋”在全区铺开；"
                   "“爱心妈妈”以巾帼志愿者为主，与留守儿童结对。", gaz)
    assert names(found) == ["希望小屋", "爱心妈妈"]


def test_quoted_name_opening_a_headline_is_a_program(gaz):
    _, found = run("## “税惠春风”助力制造业企业跑出“加速度”\n\n桂阳：“金叶”赋能地方经济发展\n", gaz)
    assert names(found) == ["税惠春风", "金叶"]


def test_abbreviation_quoted_again_is_not_a_program(gaz):
    _, found = run("成立“群众联席会”(简称“党联会”)作为议事平台。“党联会”每个月召开一次联席会议。", gaz)
    assert "党联会" not in names(found)


def test_quoted_metaphors_and_manners_after_verbs_are_not_programs(gaz):
    _, found = run("打造“保姆式”全流程跟踪服务，发挥“桥梁”作用，助力企业“抱团取暖”，确保“打早、打小、打了”。", gaz)
    assert names(found) == []


def test_code_after_a_working_verb_and_its_field_is_a_program(gaz):
    _, found = run("该公司实行用水服务“一网通办”，全面推进政务服务事项“一窗通办”，群众只需“跑一次”。", gaz)
    assert names(found) == ["一网通办", "一窗通办"]


def test_bracketed_gloss_before_the_marker_stays_in_the_name(gaz):
    _, found = run("建链稳链强链。实施市领导联系产业集群(产业链)制度，13位市级领导担任链长。", gaz)
    assert names(found) == ["市领导联系产业集群(产业链)制度"]
    text = "发布《通知》(2022)制度"
    assert name_before(text, text.index("制度")) == ""


# ---------------------------------------------------------------- the running body

def test_program_in_a_park_is_run_by_the_zone_around_it(gaz):
    text = "着力建设株洲北斗产业园党群服务中心，建立“支部小家连大家”等特色品牌。"
    doc = make_document(text)
    park = PlaceMention(Span(4, 11), "株洲北斗产业园", "430200/株洲经开区/株洲北斗产业园")
    found = extract_programs(doc, [park], [], gaz, {})
    assert names(found) == ["支部小家连大家"]
    assert found[0].place_key == "430200/株洲经开区"


def test_park_outside_a_zone_stays_the_place(gaz):
    text = "东盟产业园推行“一站式”服务，开展“引凤还巢”行动。"
    doc = make_document(text)
    park = PlaceMention(Span(0, 5), "东盟产业园", "430200/东盟产业园")
    found = extract_programs(doc, [park], [], gaz, {})
    assert names(found) == ["引凤还巢行动"] or names(found) == ["引凤还巢"]
    assert found[0].place_key == "430200/东盟产业园"


def test_bracketed_village_is_not_the_runner(gaz):
    text = "日前，江华瑶族自治县涛圩镇河长们在西河涛圩段(水头村)开展清河整治行动。"
    _, found = run(text, gaz, ["江华瑶族自治县", "涛圩镇", "水头村"])
    assert names(found) == ["清河整治行动"]
    assert gaz.get(found[0].place_key).name == "涛圩镇"


# ---------------------------------------------------------------- quotes that are not programs

def test_quoted_manner_is_not_a_program_but_a_numbered_method_is(gaz):
    _, found = run("民警利用“宣讲+体验”的方式，给师生们上了一堂交通安全课。", gaz)
    assert names(found) == []
    _, found = run("各督查组以“四不两直”的方式开展督查。", gaz)
    assert names(found) == ["四不两直"]


def test_quote_modifying_the_noun_after_it_is_not_a_program(gaz):
    _, found = run("推出“错位时空”特别版《致敬榜样》MV，在故居取景。", gaz)
    assert names(found) == []
    _, found = run("组织“雷锋精神代代传”大型线下线上火炬传递活动。", gaz)
    assert names(found)[0].startswith("雷锋精神代代传")


def test_quoted_group_of_people_is_not_a_program(gaz):
    _, found = run("平江童市镇：\n“地方人”巧解信访“老大难”", gaz)
    assert "地方人" not in names(found)


# ---------------------------------------------------------------- events, reports, lists, national campaigns

def test_numbered_session_and_plenary_are_events(gaz):
    _, found = run("3月23日下午,政协新宁县第九届委员会第二次会议圆满完成各项议程。", gaz)
    assert names(found) == ["政协新宁县第九届委员会第二次会议"] and found[0].kind == "event"
    _, found = run("1月9日上午,张家界市人民政府六届五次全体会议召开。", gaz)
    assert names(found) and names(found)[0].endswith("六届五次全体会议")
    _, found = run("会后召开第一次会议,研究工作。", gaz)     # too short to be a named session
    assert names(found) == []


def test_work_conference_after_a_plenum_is_named_by_its_own_part(gaz):
    text = "为全面贯彻中央经济工作会议精神,落实省委十二届八次全会暨省委经济工作会议部署要求。"
    _, found = run(text, gaz)
    assert names(found) == ["中央经济工作会议", "省委经济工作会议"]
    assert found[0].place_key == NATIONAL                   # national: the whole country runs it
    assert gaz.get(found[1].place_key).name == "湖南省"


def test_self_named_meeting_and_report_keep_scope_and_year_only(gaz):
    _, found = run("2月1日下午,衡阳市召开全市领导干部大会。", gaz, ["衡阳市"])
    assert names(found) == ["全市领导干部大会"]
    _, found = run("会议部署2015年政府工作报告各项工作。干部群众热议政府工作报告。", gaz)
    assert names(found) == ["2015年政府工作报告", "政府工作报告"]


def test_signing_ceremony_of_two_parties_and_what_it_signs(gaz):
    _, found = run("9月23日上午,江永县与湖南金荣集团战略合作签约仪式举行。", gaz, ["江永县"])
    assert names(found) == ["江永县与湖南金荣集团战略合作签约仪式", "江永县与湖南金荣集团战略合作"]
    assert [m.kind for m in found] == ["event", "project"]


def test_route_named_from_one_end_to_the_other(gaz):
    text = "就捐建的S316平江县石牛寨至长庆公路改建工程项目签约仪式在长沙举行。"
    _, found = run(text, gaz)
    assert "S316平江县石牛寨至长庆公路改建工程项目" in names(found)
    _, found = run("从长沙至株洲开展百日攻坚行动。", gaz)  # 至 not before a road word stops the name
    assert names(found) == ["百日攻坚行动"]


def test_items_listed_before_a_quoted_count_code(gaz):
    text = ("大力实施内需扩量提效攻坚、产业育新培强攻坚、科技创新赋能攻坚、改革开放重点攻坚、环境优化提升攻坚、"
            "安全强基固本攻坚、民生补短提质攻坚“七大攻坚”行动。")
    _, found = run(text, gaz)
    assert names(found)[:7] == ["内需扩量提效攻坚", "产业育新培强攻坚", "科技创新赋能攻坚", "改革开放重点攻坚",
                                "环境优化提升攻坚", "安全强基固本攻坚", "民生补短提质攻坚"]
    # fewer items than the code counts: not its items
    _, found = run("大力实施内需扩量提效攻坚、产业育新培强攻坚“七大攻坚”行动。", gaz)
    assert names(found) == ["七大攻坚"]


def test_notice_issuing_a_document(gaz):
    _, found = run("关于印发《衡阳市实施“七大攻坚”总体方案》的通知\n各县市区人民政府:", gaz)
    assert "关于印发衡阳市实施七大攻坚总体方案的通知" in names(found)
    assert "衡阳市实施七大攻坚总体方案" in names(found)


def test_national_campaigns_written_bare(gaz):
    _, found = run("为决胜脱贫攻坚,汉寿县因地规划产业。要扎实推进乡村振兴战略,把面貌作为标准。", gaz)
    assert names(found) == ["脱贫攻坚", "乡村振兴战略"]
    assert all(m.place_key == NATIONAL for m in found)
    _, found = run("巩固拓展脱贫攻坚成果,紧扣乡村振兴战略目标,县乡村振兴局牵头。", gaz)
    assert names(found) == []


def test_count_of_strategic_battles_and_strategy_names(gaz):
    _, found = run("坚决打好防范化解重大风险、精准脱贫、污染防治三大攻坚战。", gaz)
    assert names(found) == ["三大攻坚战"]
    _, found = run("深入实施创新引领开放崛起战略,坚持全面从严治党。双方签订战略合作协议,具有重要战略意义。", gaz)
    assert [n for n in names(found) if n.endswith("战略")] == ["引领开放崛起战略"] or \
        [n for n in names(found) if n.endswith("战略")] == ["创新引领开放崛起战略"]
    _, found = run("通过实施“亮号行动”“争章工程”“青锋计划”“超级课程”四大行动,号召全区学生。", gaz)
    assert "四大行动" not in names(found)


def test_codes_after_building_verbs_but_not_metaphors(gaz):
    _, found = run("着力打造“三个高地”、推进“三大会战”、开展“六大行动”。", gaz)
    assert names(found) == ["三个高地", "三大会战", "六大行动"]
    _, found = run("围绕产业链积极打造“人才链”。建设“质量关”。", gaz)
    assert names(found) == []


def test_threshold_class_and_format_are_not_programs(gaz):
    _, found = run("其中,投资10亿元以上项目6个。集中开工仪式采取“主会场+分会场”形式。", gaz)
    assert names(found) == []


def test_provincial_level_title_is_run_by_the_province(gaz):
    _, found = run("下坪村2021年被列为省级乡村振兴示范创建村。", gaz, ["下坪村"], "洪江市")
    assert names(found) == ["省级乡村振兴示范创建村"]
    assert gaz.get(found[0].place_key).name == "湖南省"


def test_emergency_response_level(gaz):
    _, found = run("为应对这场强降雨,永州市启动防汛Ⅳ级响应,道县、新田县分别启动Ⅲ级和Ⅳ级响应。", gaz, ["永州市"])
    assert names(found) == ["防汛Ⅳ级响应"]


def test_quoted_theme_of_a_ceremony_and_appraisals(gaz):
    _, found = run("一场主题为“美丽下坪”的基金募捐仪式在这里举行。", gaz)
    assert names(found) == ["美丽下坪"] and found[0].kind == "event"
    _, found = run("社区把“最美小院”评比和“民情恳谈会”相结合。", gaz)
    assert names(found) == ["最美小院", "民情恳谈会"]


def test_items_of_a_counted_list_of_systems_are_mechanisms(gaz):
    _, found = run("同时建立了河长会议、河库监管巡查等8项制度,投入500多万元创办了河湖管护信息平台。", gaz)
    assert names(found) == ["河长会议", "河库监管巡查", "河湖管护信息平台"]
    assert [m.kind for m in found] == ["mechanism", "mechanism", "project"]
    _, found = run("建立了例会、巡查等2项制度。", gaz)     # items too short to be named
    assert names(found) == []


def test_system_of_levels_is_a_mechanism_but_a_bare_count_is_not(gaz):
    _, found = run("构建起市、县、乡、村四级河长体系。", gaz)
    assert names(found) == ["市、县、乡、村四级河长体系"]
    _, found = run("构建三大体系 实行挂图作战。推动现代化产业体系加快构建。", gaz)
    assert names(found) == []


def test_awards_keep_the_body_that_grants_them(gaz):
    _, found = run("养老服务工作获2022年国务院真抓实干督查激励,连续两年获省政府真抓实干督查激励。", gaz)
    assert names(found) == ["国务院真抓实干督查激励", "省政府真抓实干督查激励"]
    assert found[0].place_key == NATIONAL
    assert gaz.get(found[1].place_key).name == "湖南省"


def test_quote_in_a_list_closed_by_a_marker(gaz):
    _, found = run("务实办好旅发大会、“娄超”、马拉松等活动,丰富老百姓业余文化生活。", gaz)
    assert "娄超" in names(found)
    _, found = run("他爱吃“娄超”、马拉松等东西。", gaz)
    assert "娄超" not in names(found)


def test_quote_as_object_of_a_verb_and_its_field(gaz):
    _, found = run("全县认真落实粮食生产“党政同责”要求。扩围实施消费品“以旧换新”,扩大消费。", gaz)
    assert names(found) == ["党政同责", "以旧换新"]
    _, found = run("以评选“文明整洁小院巷”为抓手,提升小区净化水平。", gaz)
    assert names(found) == ["文明整洁小院巷"]


def test_campaign_markers_after_quotes_and_stock_idioms(gaz):
    _, found = run("把群众满意度作为“空心房”整治的衡量标准。谋划“不忘初心、牢记使命”主题教育。", gaz)
    assert names(found) == ["空心房", "不忘初心、牢记使命"]
    _, found = run("牛婆塘社区与居民群众拧成“一股绳”:社区五老与楼栋长相结合。", gaz)
    assert names(found) == []


def test_provincial_programs_are_run_by_the_province(gaz):
    _, found = run("锚定“三高四新”美好蓝图,着力打造“三个高地”。", gaz, ["攸县"], "攸县")
    assert names(found) == ["三高四新", "三个高地"]
    assert {gaz.get(m.place_key).name for m in found} == {"湖南省"}


def test_bases_named_with_their_area_or_location_are_projects(gaz):
    text = "夯卡村成功引进了吉欧鞋业等公司建设扶贫车间,建成了200亩猕猴桃示范基地、150亩黄桃观光采摘园。"
    doc = make_document(text)
    places = places_in(doc.text, gaz, ["夯卡村"])
    company = OrgMention(Span(text.index("吉欧"), text.index("公司") + 2), "吉欧鞋业等公司", "吉欧鞋业等公司", "company")
    found = extract_programs(doc, places, [company], gaz, {})
    assert names(found) == ["猕猴桃示范基地", "黄桃观光采摘园"]
    assert all(m.place_key == places[0].key and m.org is None for m in found)   # company in an earlier clause
    _, found = run("位于严塘镇杨塘村的龙灿生态茶业基地,3000亩茶叶园依山而建。", gaz)
    assert names(found) == ["龙灿生态茶业基地"]                      # a bare 园 is not a base


def test_place_heading_a_company_name_does_not_run_the_program(gaz):
    text = "平江县人民政府与湖南华夏美湘文化发展有限公司,就捐建的S316公路改建工程项目签约。"
    doc = make_document(text)
    places = places_in(doc.text, gaz, ["平江县", "湖南"])
    gov = OrgMention(Span(0, 7), "平江县人民政府", "平江县人民政府", "government",
                     place_key=gaz.lookup("平江县")[0].key)
    company = OrgMention(Span(8, 22), "湖南华夏美湘文化发展有限公司", "湖南华夏美湘文化发展有限公司", "company")
    found = extract_programs(doc, places, [gov, company], gaz, {})
    assert names(found) == ["S316公路改建工程项目"]
    assert gaz.get(found[0].place_key).name == "平江县"


def test_work_conferences_and_dispatch_meetings_are_events(gaz):
    _, found = run("湘潭县召开全县安全生产工作会议暨防汛工作调度会。", gaz)
    assert names(found) == ["安全生产工作会议暨防汛工作调度会"]
    _, found = run("株洲市召开2023年全市经济工作会议。", gaz)
    assert names(found) == ["经济工作会议"]
    _, found = run("市委常委会召开会议,研究部署近期工作。会上召开3次调度会。", gaz)
    assert names(found) == []


def test_common_campaigns_take_the_place_of_their_context(gaz):
    _, found = run("汉寿县紧紧抓住产业扶贫这个“牛鼻子”,投入产业扶贫资金3595万元。", gaz, ["汉寿县"], "汉寿县")
    assert names(found) == ["产业扶贫"]
    assert gaz.get(found[0].place_key).name == "汉寿县"
    _, found = run("夯卡村坚持“1+2+3”产业扶贫思路。", gaz, ["夯卡村"])
    assert names(found) == ["1+2+3"]


def test_name_right_after_national_is_national(gaz):
    _, found = run("攸县湘天华油茶文化产业园入选全国首批“一县一品”特色文化艺术典型案例。", gaz, ["攸县"], "攸县")
    assert names(found) == ["一县一品"]
    assert found[0].place_key == NATIONAL


def test_province_wide_scope_heading_the_phrase(gaz):
    text = "作为全省14个实施乡村振兴战略示范创建县之一,娄星区准确把握工作重点。"
    _, found = run(text, gaz, ["娄星区"], "娄星区")
    assert names(found) == ["乡村振兴战略示范创建县"]
    assert gaz.get(found[0].place_key).name == "湖南省"
    _, found = run("娄星区在全省率先推行“一窗通办”服务。", gaz, ["娄星区"], "娄星区")
    assert gaz.get(found[0].place_key).name == "娄星区"


def test_quoted_path_of_development_is_a_campaign(gaz):
    _, found = run("希望我县做大做强富民产业,坚持走“特香农业”致富之路。", gaz)
    assert names(found) == ["特香农业"]
    _, found = run("他说:“这条路不好走。”之后大家都笑了。", gaz)
    assert names(found) == []


def test_symposium_named_by_its_topic_but_not_by_its_frequency(gaz):
    _, found = run("每半年举办一次民营企业座谈会,组织市级领导与企业面对面。", gaz)
    assert names(found) == ["民营企业座谈会"]
    _, found = run("开展理论学习座谈会,认真学习文件精神。", gaz)
    assert names(found) == []


def test_quoted_motto_heading_a_goal_city(gaz):
    _, found = run("打造“近悦远来”老年友好城市,建设社区养老服务机构。", gaz)
    assert names(found) == ["近悦远来老年友好城市"]
    _, found = run("打造“保姆式”全流程跟踪服务,发挥“桥梁”作用。", gaz)
    assert names(found) == []


def test_provincial_strategy_written_shorter_is_still_provincial(gaz):
    _, found = run("衡阳市深入实施创新引领开放崛起战略,坚持全面从严治党。", gaz, ["衡阳市"], "衡阳市")
    assert names(found)[0].endswith("引领开放崛起战略")
    assert gaz.get(found[0].place_key).name == "湖南省"
    _, found = run("衡阳市深入实施产业强市战略,坚持全面从严治党。", gaz, ["衡阳市"], "衡阳市")
    assert gaz.get(found[0].place_key).name == "衡阳市"


def test_count_of_levels_after_a_quoted_chain_of_levels(gaz):
    text = "社区持续健全“社区党组织——小区党支部——楼栋党小组——党员中心户——居民”五级联动治理,构建一张精密细网。"
    _, found = run(text, gaz)
    assert names(found) == ["五级联动治理"]
    _, found = run("大家说“好”五级台阶,向上走。", gaz)
    assert names(found) == []


def test_latin_and_roman_numeral_spellings_name_one_program(gaz):
    _, found = run("开展“永警利剑 II·定点清查”行动。“永警利剑Ⅱ·定点清查”战果丰。", gaz)
    assert set(names(found)) == {"永警利剑Ⅱ·定点清查"}
    from graph.programs import clean
    assert clean("首席、金牌、VIP") == "首席、金牌、VIP"      # Latin letters that are no numeral stay
    assert clean("IV类水质") == "IV类水质"                  # not after a Chinese word


def test_fairs_by_their_short_names(gaz):
    _, found = run("建筑专班举办房交会,刺激商品房销售。多个农产品斩获农博会金奖。", gaz)
    assert names(found) == ["房交会", "农博会"] and {m.kind for m in found} == {"event"}
    _, found = run("参加中国国际农产品博览会和交易会。", gaz)
    assert not any(n.endswith(("博会", "交会")) for n in names(found))    # 博览会, 交易会 are no short names


def test_our_county_in_a_county_paper_runs_the_program(gaz):
    text = "在粗石江镇香柚产业基地,副省长查看水果生长情况。他希望我县做大做强富民产业,坚持走“特香农业”致富之路。"
    _, found = run(text, gaz, ["粗石江镇"], "粗石江镇")
    assert names(found)[-1] == "特香农业"
    assert gaz.get(found[-1].place_key).name == "江永县"


# ---------------------------------------------------------------- no fragment opens with what officials do
# (sentences of our own, in the form of event reports)

@pytest.mark.parametrize("text, expected, fragment", [
    ("县委书记王明出席项目集中开工仪式并宣布项目开工。", "项目集中开工仪式", "出席"),
    ("县领导李强、张伟出席开工仪式。", None, "出席"),
    ("县政府党组成员赵刚介绍项目情况。", None, "介绍"),
    ("副县长刘洋在某镇出席光明集团年产10万吨饲料项目开工仪式。", "光明集团年产10万吨饲料项目开工仪式", "席"),
])
def test_a_program_name_never_opens_with_an_official_and_what_he_does(gaz, text, expected, fragment) -> None:
    _, found = run(text, gaz)
    got = names(found)
    assert not any(fragment in n or n.startswith(("席", "书记", "成员")) for n in got), got
    if expected is not None:
        assert expected in got, got


def test_a_window_that_starts_inside_a_verb_is_cut_after_it(gaz) -> None:
    text = "县委副书记张凯在维新镇出席正大集团石门100万头生猪产业链乌木溪6000头种猪场项目开工仪式。"
    _, found = run(text, gaz)
    assert all(not n.startswith("席") for n in names(found)), names(found)
    assert any(n.startswith("正大集团石门100万头") for n in names(found)), names(found)
