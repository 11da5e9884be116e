"""Program places, round 24: causes seen on fresh Hunan local-government articles (round 24's
own collection: a province's list of projects started at several venues, a county head's
inspection, a subdistrict's governance feature, a county's investment fair), each rule tested on a
sentence quoted from one of them, with a counter-example it must not fire on."""
from __future__ import annotations

from graph.programs import NATIONAL
from support import place_key as key, program_places_of as programs


def _place_of(found: dict, part: str):
    """The place of the one program whose name holds `part`."""
    hits = [place for name, place in found.items() if part in name]
    assert len(hits) == 1, found
    return hits[0]


# ---------------------------------------------------------------- a road section named by its ends
# 包括桂新高速郴州至桂阳段、…: the name reader stopped at 至 and kept 桂阳段 alone; 郴州, cut off the
# name, then ran every later item of the list.

_VENUES = ("1月3日上午,2024年全省重大项目集中开工仪式在岳阳市、益阳市、长沙市同步举行。"
           "在长沙分会场集中开工的9个全省交通能源项目,总投资417亿元,年度计划投资82亿元,包括桂新高速郴州至"
           "桂阳段、许广高速茶亭互通至长沙绕城、浏阳至江背高速等3个高速公路项目,湘阴县虞公港铁路专用线、"
           "湘江长沙至城陵矶一级航道、沅水桃源枢纽二线船闸、岳阳港城陵矶现代化港口群道仁矶码头和松阳湖三期"
           "工程等5个水运项目。")


def test_a_road_section_keeps_both_its_ends(gaz):
    found = programs(_VENUES, gaz, "湖南省")
    assert "桂新高速郴州至桂阳段" in found, found
    assert _place_of(found, "许广高速") != key(gaz, "郴州市")


def test_a_verb_before_the_joiner_still_ends_the_clause_lead(gaz):
    # counter-example: 延伸至 is a predicate, not the first end of a road: the item stays 桂阳段
    text = "公路网建设加快推进,延伸至桂阳段、永兴段等2个项目,总投资12亿元。"
    found = programs(text, gaz, "郴州市")
    assert "桂阳段" in found and not any(name.startswith("延伸") for name in found), found


# ---------------------------------------------------------------- a counted class the province's own
# 在长沙分会场集中开工的9个全省交通能源项目,…,包括A、B、C: the venue is not the runner; the items are
# the province's.

def test_a_counted_class_of_the_whole_province_places_its_items(gaz):
    found = programs(_VENUES, gaz, "湖南省")
    province = key(gaz, "湖南省")
    assert _place_of(found, "许广高速") == province
    assert _place_of(found, "湘江长沙至城陵矶一级航道") == province
    assert _place_of(found, "松阳湖三期工程") == province
    assert _place_of(found, "湘阴县虞公港铁路专用线") == key(gaz, "湘阴县")   # its own place first


def test_a_counted_class_without_a_whole_scope_does_not_name_the_province(gaz):
    # counter-example: 9个交通能源项目 (no 全省): nothing says the items are the province's
    text = _VENUES.replace("9个全省交通能源项目", "9个交通能源项目")
    found = programs(text, gaz, "湖南省")
    assert _place_of(found, "松阳湖三期工程") != key(gaz, "湖南省")


# ---------------------------------------------------------------- the speaker's chained titles
# 湖南省道县县委副书记、县长李天明深入…。…李天明要求,…落实分段包干责任制: the speaker's titles,
# chained by 、, are the county's; a village the tour passed does not run what the head demands.

_TOUR = ("红网时刻永州5月15日讯(通讯员 何云飞 周向 何智 谭诚)5月14日,湖南省道县县委副书记、县长李天明深入"
         "清塘镇集市、月岩村、楼田村及梅花镇贵头村等地督导农村人居环境整治工作。\n"
         "李天明要求,要进一步提高认识,镇村干部要勇于担当,落实分段包干责任制,带头抓好环境整治工作。")


def test_a_speaker_introduced_with_chained_titles_runs_what_he_demands(gaz):
    assert _place_of(programs(_TOUR, gaz, "贵头村"), "分段包干责任制") == key(gaz, "道县")


def test_a_speaker_introduced_without_a_title_names_no_place(gaz):
    # counter-example: the name was never written after a place and a title
    text = _TOUR.replace("湖南省道县县委副书记、县长李天明", "李天明")
    assert _place_of(programs(text, gaz, "贵头村"), "分段包干责任制") != key(gaz, "道县")


# ---------------------------------------------------------------- a bare 街道 and 以X为
# 走进长沙市芙蓉区荷花园街道,…。…街道以小区党支部为“诉求接收前端”,建立“党员联户+即时反馈”机制: the bare
# 街道 is the report's subdistrict; the branch made the front end is its means, not the runner.

_STREET = ("走进长沙市芙蓉区荷花园街道,这些随处可见的温暖场景,藏着党建引领基层治理的答案。"
           "在荷花园街道,“党支部建在小区里”不是一句口号,而是扎根居民生活的治理实践。"
           "街道以小区党支部为“诉求接收前端”,建立“党员联户+即时反馈”机制,要求党员主动对接居民。")


def test_a_bare_subdistrict_using_a_branch_as_its_means_runs_the_mechanism(gaz):
    found = programs(_STREET, gaz, "芙蓉区")
    assert _place_of(found, "党员联户") == key(gaz, "荷花园街道", "430102")


def _orgs_of(text: str, gaz, article_place: str) -> dict[str, str | None]:
    """{program name: the body found to run it} of a one-text document."""
    from graph.organizations import extract_organizations
    from graph.places import extract_places
    from graph.programs import extract_programs
    from graph.text import make_document

    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    art = {0: gaz.lookup(article_place)[0].key}
    orgs = extract_organizations(doc, places, gaz, art)
    return {m.name: m.org for m in extract_programs(doc, places, orgs, gaz, art)}


def test_a_branch_made_the_means_is_not_the_runner(gaz):
    assert _orgs_of(_STREET, gaz, "芙蓉区").get("党员联户+即时反馈") != "小区党支部"


def test_a_branch_that_is_the_subject_still_runs_its_mechanism(gaz):
    # counter-example: no 以…为: the branch opening the clause is the subject, not a means
    text = _STREET.replace("街道以小区党支部为“诉求接收前端”,建立", "小区党支部建立")
    assert _orgs_of(text, gaz, "芙蓉区").get("党员联户+即时反馈") == "小区党支部"


# ---------------------------------------------------------------- a park being built
# 中方县将…,进一步加快怀化国际陆港中方临港产业园建设,…,为奋力建设“四城两区”提供强大项目支撑: the park
# between 加快 and 建设 is the object being built; the county that builds it runs the goal.

_PARK = ("下一步,中方县将以产业链招商为抓手,聚焦重点区域、重大项目、重要企业,整合资源、精准对接,"
         "进一步加快怀化国际陆港中方临港产业园建设,强力推进鹤中一体化发展步伐,为奋力建设“四城两区”"
         "提供强大项目支撑。")


def test_a_park_being_built_does_not_run_the_goal_it_serves(gaz):
    assert _place_of(programs(_PARK, gaz, "中方县"), "四城两区") == key(gaz, "中方县")


def test_a_place_without_a_verb_of_building_may_still_run_it(gaz):
    # counter-example: no 加快…建设 around it: the city written before the goal is not discarded
    text = "下一步,中方县将整合资源,为怀化奋力建设“四城两区”提供强大项目支撑。"
    assert _place_of(programs(text, gaz, "中方县"), "四城两区") == key(gaz, "怀化市")


# ---------------------------------------------------------------- the reform committee's session
# 传达学习了…习近平总书记在中共中央政治局第四次集中学习、二十届中央全面深化改革委员会第一次会议上的
# 重要讲话精神: the name reader stopped at 全面 and left 深化改革委员会第一次会议 to the district relaying it.

_RELAYED = ("4月27日,区人民政府区长石慧彬主持召开六届16次政府常务会议。会议传达学习了3月30日中共中央政治局"
            "会议精神以及习近平总书记在中共中央政治局第四次集中学习、二十届中央全面深化改革委员会第一次会议上的"
            "重要讲话精神。")


def test_the_central_reform_committee_session_is_national(gaz):
    found = programs(_RELAYED, gaz, "石峰区")
    assert found.get("中央全面深化改革委员会第一次会议") == NATIONAL, found


def test_a_county_reform_group_session_is_the_county_s(gaz):
    # counter-example: 县委全面深化改革领导小组: the county's own group, not the centre's
    text = "3月5日,石门县召开县委全面深化改革领导小组第三次(扩大)会议,研究部署今年改革工作。"
    found = programs(text, gaz, "石门县")
    assert found.get("县委全面深化改革领导小组第三次(扩大)会议") == key(gaz, "石门县"), found


# ---------------------------------------------------------------- a speech over its paragraph
# (round 23's fresh text, re-checked) 沅江市委常委、市政法委书记刘武 … 检查…草尾镇大同闸…。\n在随后召开的
# 汇报会上,刘武指出,…。要…进行整改;要认真落实…,落实防汛工作责任制。: the demands after the speech are
# the speaker's; the last site inspected in the paragraph before does not run them.

_SPEECH_PARAGRAPH = ("5月15日,沅江市委常委、市政法委书记刘武,市委常委、市人武部部长彭达明率队到阳罗洲、四季红、草尾等镇"
                     "检查内湖防汛工作。\n刘武、彭达明冒雨检查四季红镇北河口砂石围、玉鹊渍堤,草尾镇大同闸、月亮湖渍堤等地。\n"
                     "在随后召开的汇报会上,刘武指出,今年预测内湖防汛形势不容乐观,各级各部门要高度重视防汛备汛工作。"
                     "要针对检查中发现的问题进行整改;要认真落实全市防汛工作动员大会精神,落实防汛工作责任制。")


def test_a_speech_opening_its_paragraph_places_the_demands_after_it(gaz):
    found = programs(_SPEECH_PARAGRAPH, gaz, "四季红镇")
    assert _place_of(found, "防汛工作责任制") == key(gaz, "沅江市")


def test_a_place_named_after_the_speech_still_runs_the_demand(gaz):
    # counter-example: a place written in the paragraph between the speech and the demand is nearer
    text = _SPEECH_PARAGRAPH.replace("要针对检查中发现的问题进行整改;", "草尾镇要针对检查中发现的问题进行整改。")
    found = programs(text, gaz, "四季红镇")
    assert _place_of(found, "防汛工作责任制") == key(gaz, "草尾镇", "430981")


# ---------------------------------------------------------------- two units joined by 与
# (round 22's fresh text, re-checked) 双牌县与芷江侗族自治县举行共建“和”文化友好城市结盟仪式: the county
# named first, the report's own, holds the ceremony; the one after 与 is the other party and runs
# neither it nor the festival's activities listed two paragraphs later.

_PAIRED = ("当日,永州市台湾同胞投资企业协会向阳明山国家森林公园赠送了题写的“和”字。双牌县与芷江侗族自治县举行"
           "共建“和”文化友好城市结盟仪式。\n主办方还为2023年度最受市场喜爱的湖南避暑旅游目的地进行了颁奖。\n"
           "本次节会期间将陆续举办5大主体活动和16项系列活动,包括首届“视见和美双牌”——2024年短视频有奖征集活动。")


def test_the_unit_after_yu_is_the_other_party(gaz):
    found = programs(_PAIRED, gaz, "双牌县")
    assert _place_of(found, "结盟仪式") == key(gaz, "双牌县")
    assert _place_of(found, "短视频有奖征集活动") != key(gaz, "芷江侗族自治县")


def test_a_unit_after_yu_with_no_unit_before_may_still_run_it(gaz):
    # counter-example: 加强与…: no unit stands right before 与, the county is not a second party
    text = "会议要求加强与芷江侗族自治县的沟通,共同举行“和”文化友好城市结盟仪式。"
    assert _place_of(programs(text, gaz, "双牌县"), "结盟仪式") == key(gaz, "芷江侗族自治县")


# ---------------------------------------------------------------- places listed before 等…项目
# (round 22's fresh text, re-checked) 先后深入石鼓区、珠晖区、衡阳县等重点项目一线: the items are the places
# the projects lie in, not projects (each was a program placed at itself).

def test_places_listed_before_a_class_of_projects_are_not_projects(gaz):
    text = ("7月28日,区党政代表团先后深入石鼓区、珠晖区、衡阳县等重点项目一线,考察学习兄弟县市区的重点项目"
            "建设的先进经验。")
    found = programs(text, gaz, "蒸湘区")
    assert not {"石鼓区", "珠晖区", "衡阳县"} & set(found), found


def test_an_item_a_place_opens_is_still_a_project(gaz):
    # counter-example: 衡阳县角山米业: a place and a name, a project of the list
    text = "当天,考察团走进衡阳县角山米业、新德力预应力构件等重点项目现场。"
    assert "衡阳县角山米业" in programs(text, gaz, "蒸湘区")


def test_a_unit_after_yu_not_holding_anything_keeps_its_place(gaz):
    # counter-example (round 22's fresh text): 希望公安县与澧县在…美丽乡村建设等方面加强合作: no joint
    # ceremony; the report's county after 与 is not set aside
    text = ("座谈会上,刘润长希望公安县与澧县在扩大开放、旅游产业发展、水资源保护、美丽乡村建设等方面加强合作,"
            "携手共进。")
    assert _place_of(programs(text, gaz, "澧县"), "美丽乡村建设") == key(gaz, "澧县")


# ---------------------------------------------------------------- neighbours
# (round 23's fresh text, re-checked) 卧龙村位于茶陵县北端,与攸县和江西莲花县接壤。…以“企业+基地+村民”形式
# 开发茶产业: the counties it borders run nothing of the village's work.

_BORDER = ("卧龙村位于茶陵县北端,与攸县和江西莲花县接壤,是湘赣边一个小山村。村里山林资源丰富,有大量野生茶树。\n"
           "去年5月,驻村工作队进驻后,走遍全村,摸清家底,发现村里茶树资源丰富,品质纯正,可以开发。\n"
           "为盘活茶树资源,工作队成功引进一家茶企投资建厂,流转山地1万亩。以“企业+基地+村民”形式开发茶产业。")


def test_a_neighbouring_county_does_not_run_the_village_s_work(gaz):
    assert _place_of(programs(_BORDER, gaz, "茶陵县"), "企业+基地+村民") != key(gaz, "攸县")


def test_a_county_not_written_as_a_neighbour_still_may(gaz):
    # counter-example: 与攸县合作 (no 接壤 …): a partner in work, not a neighbour, is not set aside here
    text = _BORDER.replace("与攸县和江西莲花县接壤", "地处攸县东部")
    assert _place_of(programs(text, gaz, "茶陵县"), "企业+基地+村民") == key(gaz, "攸县")


# ---------------------------------------------------------------- titles in a run
# (round 22's fresh text, re-checked) 会议审议并通过了《…通告》《关于临湘高新技术产业开发区…的通告》《关于
# 进一步规范我市城市基础设施配套费执收工作的通知》: the zone is its own notice's subject; 我市 in the
# next title is the writer's city.

_TITLES = ("2月10日下午,市委副书记、市长刘琦主持召开市政府第44次常务会议。会议审议并通过了《关于规范禁捕区域垂钓"
           "管理的通告》《关于临湘高新技术产业开发区及安全控制区禁建控违的通告》《关于进一步规范我市城市基础设施配套费"
           "执收工作的通知》。")


def test_a_title_naming_its_writer_s_own_city_is_the_city_s(gaz):
    assert _place_of(programs(_TITLES, gaz, "岳阳市"), "配套费") == key(gaz, "岳阳市")


def test_a_title_without_an_own_word_is_not_forced_to_the_city(gaz):
    # counter-example: a title opened by a county's name (no 我市 in it) is that county's
    text = _TITLES.replace("《关于进一步规范我市城市", "《华容县关于进一步规范城市")
    assert _place_of(programs(text, gaz, "岳阳市"), "配套费") == key(gaz, "华容县")
