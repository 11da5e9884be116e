"""Sixth round, programs (prg6): rules of the genre found on the third development set
(benchmarks/unseen/dev3, h31–h50); each is tested on the quoted dev3 sentence with a
counter-example it must not fire on."""
from __future__ import annotations

from graph.pipeline import extract_document
from graph.text import make_document
from graph.programs import NATIONAL
from support import programs_of


# ---------------------------------------------------------------- “三农”, 村“两委”: generic terms
# dev3 h34
def test_the_rural_work_field_and_the_village_committees_are_no_programs(gaz):
    text = ("该中心党委高度重视乡村振兴工作,将其列为重大政治任务与“三农”工作重点。在组织方面,"
            "协助加强村“两委”建设。")
    assert programs_of(text, gaz, "茶陵县") == {}


def test_a_quoted_code_before_work_is_still_a_program(gaz):
    assert "三员" in programs_of("该镇推出“三员”工作机制,确保防疫。", gaz, "茶陵县")


# ---------------------------------------------------------------- 12万亩为…基地: a predicate after the area
# dev3 h49
def test_an_area_followed_by_a_predicate_names_no_base(gaz):
    text = "目前,石门县44万亩橘园中,其中5.41万亩获得绿色食品基地认证,12万亩为柑橘标准化生产基地。"
    assert not any("基地" in name for name in programs_of(text, gaz, "石门县"))


def test_an_area_before_a_base_still_names_it(gaz):
    found = programs_of("该村建成了200亩猕猴桃示范基地。", gaz, "石门县")
    assert found["猕猴桃示范基地"][0] == "project"


# ---------------------------------------------------------------- 符合…制度: a norm, not a program
# dev3 h31
def test_a_system_the_work_conforms_to_is_no_program(gaz):
    text = "特别是推行的公开选拔干部制度,为全市树立了标杆,符合干部梯队选拔制度,具有战略意义。"
    found = programs_of(text, gaz, "华容县")
    assert "公开选拔干部制度" in found
    assert not any("梯队" in name for name in found)


# ---------------------------------------------------------------- “X”首场招聘会: words between quote and meeting
# dev3 h36, h50
def test_a_meeting_of_a_quoted_campaign_keeps_the_words_that_say_which(gaz):
    text = ("3月16日,株洲县召开“网格走亲、党群同心”大走访动员大会,要求全县党员干部围绕8项重点任务。")
    found = programs_of(text, gaz, "株洲县")
    assert found["网格走亲、党群同心大走访动员大会"][0] == "event"
    assert found["网格走亲、党群同心"][0] == "campaign"          # 大走访: the drive itself


def test_a_first_job_fair_of_a_quoted_campaign_is_an_event(gaz):
    text = "3月22日,在全县举办的“春风行动”首场招聘会上,他找到了自己满意的岗位。"
    assert programs_of(text, gaz, "溆浦县")["春风行动首场招聘会"][0] == "event"


def test_a_clause_between_the_quote_and_a_meeting_names_no_meeting(gaz):
    found = programs_of("“两会”期间召开大会,部署“三高四新”的工作会议。", gaz, "溆浦县")
    assert not any(name.endswith(("大会", "会议")) for name in found)


# ---------------------------------------------------------------- 在全县举办的…: the whole county runs it
# dev3 h50
def test_a_program_held_across_the_whole_county_is_the_county_s(gaz):
    text = ("3月22日,从广东东莞返乡回家的农民工贺中的心情很好,在全县举办的“春风行动”首场招聘会上,"
            "他找到了满意的岗位。")
    found = programs_of(text, gaz, "溆浦县")
    assert found["春风行动"][1] == "溆浦县"
    assert found["春风行动首场招聘会"][1] == "溆浦县"


def test_a_place_named_before_without_the_whole_county_keeps_running_it(gaz):
    text = "3月22日,东莞市举办的“春风行动”首场招聘会上,他找到了满意的岗位。"
    assert programs_of(text, gaz, "溆浦县")["春风行动"][1] == "东莞市"


# ---------------------------------------------------------------- 在…下: the guiding body runs nothing
# dev3 h45
def test_a_place_in_an_under_the_guidance_clause_does_not_run_the_work(gaz):
    text = ("沙河社区在芷兰街道党工委创新党建引领社会治理下,8月起在辖区内各开放式居民小区、"
            "背街小巷正式启动“街巷长”工作。")
    assert programs_of(text, gaz, "武陵区")["街巷长"][1] == "沙河社区"


def test_a_place_that_is_the_subject_still_runs_the_work(gaz):
    text = "沙河社区认真听取意见后,芷兰街道8月起在辖区内各开放式居民小区正式启动“街巷长”工作。"
    assert programs_of(text, gaz, "武陵区")["街巷长"][1] == "芷兰街道"


# ---------------------------------------------------------------- 芷兰街道“街巷长”方案: a place's document
# dev3 h45
def test_a_place_a_quoted_topic_and_a_document_word_name_a_document(gaz):
    text = "会上,宣读了城市管理工作的文件精神、芷兰街道“街巷长”方案,领学了沙河社区“街巷长”倡议书。"
    found = programs_of(text, gaz, "武陵区")
    assert found["芷兰街道街巷长方案"] == ("policy_document", "芷兰街道")
    assert found["沙河社区街巷长倡议书"] == ("policy_document", "沙河社区")


def test_a_quoted_topic_and_a_document_word_without_a_place_name_none(gaz):
    found = programs_of("会上,宣读了“街巷长”方案,讨论了沙河社区“街巷长”方案设计。", gaz, "武陵区")
    assert not any(kind == "policy_document" for kind, _ in found.values())


# ---------------------------------------------------------------- …管理模式 unquoted: a mechanism
# dev3 h45
def test_a_named_management_model_is_a_mechanism(gaz):
    text = "实行总街巷长、街巷长、街(巷)长、小巷管家的网格化层级式管理模式,及时发现问题。"
    assert programs_of(text, gaz, "武陵区")["网格化层级式管理模式"][0] == "mechanism"


def test_a_bare_management_model_is_no_program(gaz):
    assert programs_of("该社区不断创新管理模式,及时发现问题。", gaz, "武陵区") == {}


# ---------------------------------------------------------------- …工作汇报会: an event
# dev3 h31
def test_a_named_report_meeting_is_an_event(gaz):
    text = "县人民法院和县检察院负责人,拟新进县人大、政府、政协领导班子提名人选参加换届工作汇报会。"
    assert programs_of(text, gaz, "华容县")["换届工作汇报会"] == ("event", "华容县")


def test_a_bare_report_meeting_is_no_event(gaz):
    assert programs_of("他们参加了汇报会。", gaz, "华容县") == {}


# ---------------------------------------------------------------- 全省…现场观摩活动: a staged tour
# dev3 h33
def test_an_on_site_tour_a_whole_province_stages_is_an_event(gaz):
    text = "会议传达学习了全省产业发展现场观摩活动和推进会议精神。"
    assert programs_of(text, gaz, "湘潭市")["产业发展现场观摩活动"] == ("event", "湖南省")


def test_an_on_site_tour_without_a_scope_is_no_named_event(gaz):
    assert programs_of("会议要求各地积极开展产业发展现场观摩活动。", gaz, "湘潭市") == {}


# ---------------------------------------------------------------- 五届人大四次会议: a glued session count
# dev3 h32
def test_a_session_count_glued_to_its_noun_still_names_the_session(gaz):
    text = "今日下午,益阳市五届人大四次会议在益阳大剧院胜利闭幕。"
    assert programs_of(text, gaz, "益阳市")["益阳市五届人大四次会议"] == ("event", "益阳市")


def test_a_count_of_meetings_is_no_session(gaz):
    assert programs_of("今年以来,该市共召开四次会议研究项目建设。", gaz, "益阳市") == {}


# ---------------------------------------------------------------- 第五届人民代表大会: the term's body
# dev3 h32
def test_a_congress_named_by_its_term_alone_is_no_event(gaz):
    text = "本次大会表决了益阳市第五届人民代表大会部分专门委员会主任委员名单(草案)。"
    assert not any("人民代表大会" in name for name in programs_of(text, gaz, "益阳市"))


def test_a_session_of_the_term_s_congress_is_an_event(gaz):
    text = "2023年2月2日在长沙县第十八届人民代表大会第三次会议上,县长作政府工作报告。"
    assert programs_of(text, gaz, "长沙县")["长沙县第十八届人民代表大会第三次会议"][0] == "event"


# ---------------------------------------------------------------- 创建省级文明城市: a drive for a civic title
# dev3 h40
def test_a_drive_for_civic_titles_is_a_campaign_and_its_appeal_a_document(gaz):
    text = ("市委常委、宣传部部长姜海燕宣读创建省级文明城市倡议书。各种演出为创建省级文明城市、"
            "省级园林城市提供文化支持。")
    found = programs_of(text, gaz, "冷水江市")
    assert found["创建省级文明城市倡议书"] == ("policy_document", "冷水江市")
    assert found["创建省级文明城市"] == ("campaign", "冷水江市")
    assert found["创建省级园林城市"] == ("campaign", "冷水江市")


def test_a_civic_title_already_won_is_no_drive(gaz):
    assert programs_of("冷水江市被评为省级文明城市、省级园林城市。", gaz, "冷水江市") == {}


# ---------------------------------------------------------------- 2013冷水江市“主题”金秋文化节
# dev3 h40
def test_a_festival_s_quoted_theme_stays_inside_its_name(gaz):
    text = ("由市委宣传部、市创文办承办的2013冷水江市“欢乐潇湘·腾飞冷江”金秋文化节在千年的梅山古镇"
            "隆重开幕。")
    found = programs_of(text, gaz, "冷水江市")
    assert found["2013冷水江市欢乐潇湘·腾飞冷江金秋文化节"] == ("event", "冷水江市")


def test_a_quoted_theme_without_a_year_or_place_names_no_festival(gaz):
    found = programs_of("大家一起过一个“欢乐祥和”文化节,共享美好生活。", gaz, "冷水江市")
    assert not any(name.endswith("文化节") for name in found)


# ---------------------------------------------------------------- 农村人居环境整治: a campaign of every level
# dev3 h43
def test_the_rural_living_environment_clean_up_is_a_campaign(gaz):
    text = "宁远县以农村人居环境整治为抓手,积极推进农村改水改厕、道路硬化、垃圾处理。"
    assert programs_of(text, gaz, "宁远县")["农村人居环境整治"] == ("campaign", "宁远县")


def test_the_clean_up_s_funds_are_no_campaign(gaz):
    text = "大家你一千我五百,为村里筹集人居环境整治建设资金。"
    assert programs_of(text, gaz, "洪江市") == {}


# ---------------------------------------------------------------- 关于印发…的通知 + addressees; 《…任务分工》
# dev3 h38
H38 = ("关于印发贯彻落实湖南省政府办公厅2022年政务公开工作要点任务分工的通知\n各乡镇人民政府、县单位:\n"
       "为贯彻落实《湖南省2022年政务公开工作要点》,经政务公开政务服务工作领导小组同意,现将《贯彻落实湖南省政府"
       "办公厅2022年政务公开工作要点任务分工》(以下简称《任务分工》)印发给你们,请认真抓好贯彻落实。")


def test_a_notice_title_over_its_addressees_and_a_division_of_tasks_are_documents(gaz):
    found = programs_of(H38, gaz, "中方县")
    assert found["关于印发贯彻落实湖南省政府办公厅2022年政务公开工作要点任务分工的通知"][0] == "policy_document"
    assert found["贯彻落实湖南省政府办公厅2022年政务公开工作要点任务分工"][0] == "policy_document"
    assert "任务分工" not in found                       # (以下简称《任务分工》): its short form


def test_a_notice_title_inside_a_sentence_is_no_headline(gaz):
    text = "会议学习了关于印发防汛工作方案的通知各乡镇要认真落实。"
    assert not any(name.startswith("关于") for name in programs_of(text, gaz, "中方县"))


# ---------------------------------------------------------------- 贯彻落实《湖南省…》: the author does not run what follows
# dev3 h38
def test_the_author_of_an_implemented_title_does_not_run_the_next_document(gaz):
    assert programs_of(H38, gaz, "中方县")["贯彻落实湖南省政府办公厅2022年政务公开工作要点任务分工"][1] == "中方县"


def test_the_place_heading_a_title_it_draws_up_runs_the_program_after_it(gaz):
    text = ("牛婆塘社区立即制定《牛婆塘社区“文明整洁小院巷”评选活动方案》,决定以评选“文明整洁小院巷”为抓手,"
            "提升小区净化水平。")
    assert programs_of(text, gaz, "雨花区")["文明整洁小院巷"][1] == "牛婆塘社区"


# ---------------------------------------------------------------- a headline's event named by its tail
# dev3 h39
def test_an_event_named_by_the_tail_of_the_full_name_is_that_event(gaz):
    text = ("常德154个重点建设项目集中开竣工\n9月29日上午,中国邮政集团有限公司常德邮件处理中心项目暨常德市2020年"
            "三季度重点建设项目集中开竣工仪式在常德经开区举行。")
    names = {name for name, (kind, _) in programs_of(text, gaz, "常德市").items() if kind == "event"}
    assert names and all(name.endswith("重点建设项目集中开竣工") and "暨" in name for name in names)


def test_a_tail_two_longer_events_share_stays_apart(gaz):
    text = ("9月20日,湘潭市产业发展现场推进会召开。9月25日,株洲市产业发展现场推进会召开。"
            "两地在产业发展现场推进会上都签约了项目。")
    assert set(programs_of(text, gaz, "湖南省")) == {"湘潭市产业发展现场推进会", "株洲市产业发展现场推进会",
                                                   "产业发展现场推进会"}


# ---------------------------------------------------------------- 聚焦市委“四大定位”: a body's numbered code
# dev3 h47
def test_a_numbered_code_a_body_sets_and_the_county_focuses_on_is_a_program(gaz):
    text = "2023年以来,临武县全面落实“三高四新”美好蓝图,聚焦市委“四大定位”,锚定全县全力打造产业之都。"
    assert programs_of(text, gaz, "临武县")["四大定位"][0] == "campaign"
    doc = make_document("郴州市临武县:" + text)
    placed = {m.name: m.place_key for m in extract_document(doc, gaz).programs}
    assert gaz.get(placed["四大定位"]).name == "郴州市"        # 市委 = 郴州市委, whose code it is


def test_a_numbered_phrase_after_focus_without_a_noun_field_is_no_program(gaz):
    assert "四个方面" not in programs_of("会议要求,要聚焦工作中的“四个方面”问题。", gaz, "临武县")


# ---------------------------------------------------------------- “1345”发展思路: a number code's line
# dev3 h48
def test_a_digit_code_before_a_line_of_development_is_a_campaign(gaz):
    text = "大力实施“强省会”战略,全面贯彻“1345”发展思路,坚定不移打造“四区”。"
    assert programs_of(text, gaz, "长沙县")["1345"] == ("campaign", "长沙县")


def test_a_quoted_phrase_before_a_line_of_development_is_no_program(gaz):
    assert "稳中求进" not in programs_of("坚持“稳中求进”发展思路,推动高质量发展。", gaz, "长沙县")


# ---------------------------------------------------------------- ,系“三湘第一镇”。: an epithet
# dev3 h48
def test_a_quoted_epithet_after_the_copula_xi_is_no_program(gaz):
    text = "黄花镇入列中国百强镇,系“三湘第一镇”。"
    assert "三湘第一镇" not in programs_of(text, gaz, "长沙县")


def test_a_quoted_program_after_xi_inside_the_sentence_is_still_read(gaz):
    text = "该项目总投资5亿元,系“十大工程”之一,今年6月开工。"
    assert "十大工程" in programs_of(text, gaz, "长沙县")


# ---------------------------------------------------------------- “小巷管家”巡查制: a short system word
# dev3 h45
def test_a_quoted_role_before_a_short_system_word_is_a_mechanism(gaz):
    text = "实行网格化层级式管理模式,利用“小巷管家”巡查制,及时发现问题、及时处理、及时上报。"
    assert programs_of(text, gaz, "武陵区")["小巷管家"][0] == "mechanism"


def test_a_quoted_phrase_before_a_longer_phrase_ending_in_zhi_is_no_program(gaz):
    text = "要利用“小巷管家”加强城市管理体制,及时发现问题。"
    assert "小巷管家" not in programs_of(text, gaz, "武陵区")


# ---------------------------------------------------------------- …文化园: a visited site; a county's park runs nothing
# dev3 h35
QIYANG = "在祁阳现代农业产业园,广垦生态油茶和唐家山油茶文化园的油茶基地吸引了大家的目光。"


def test_a_named_culture_park_is_a_project(gaz):
    assert programs_of(QIYANG, gaz, "祁阳市")["唐家山油茶文化园"][0] == "project"


def test_a_bare_culture_park_is_no_project(gaz):
    assert programs_of("该村建了一个文化园,吸引了大家的目光。", gaz, "祁阳市") == {}


def test_a_project_in_a_county_s_park_is_the_county_s(gaz):
    assert programs_of(QIYANG, gaz, "祁阳市")["唐家山油茶文化园"][1] == "祁阳市"   # was the park


def test_a_project_in_a_zone_s_park_stays_the_zone_s(gaz):
    text = "在株洲经开区株洲北斗产业园,湖南星空科技文化园项目开工。"
    assert programs_of(text, gaz, "株洲市")["湖南星空科技文化园项目"][1] == "株洲经开区"


# ---------------------------------------------------------------- 获评…“十大…”: a selection of the best
# dev3 h47 (and the shapes of dev d12, d19)
def test_a_selection_of_the_ten_best_is_a_campaign(gaz):
    text = "临武县荣获2023年招商引资先进单位,1人获评2023年度郴州市“十大返乡入乡创新创业人才”。"
    assert programs_of(text, gaz, "临武县")["郴州市十大返乡入乡创新创业人才"] == ("campaign", "郴州市")


def test_a_selection_of_all_china_is_national(gaz):
    text = "该村取得了显著成效,被评为第二届中国美丽乡村百佳范例。"
    assert programs_of(text, gaz, "花垣县")["第二届中国美丽乡村百佳范例"] == ("campaign", NATIONAL)


def test_a_hundred_strongest_ranking_is_no_selection(gaz):
    assert programs_of("该镇入列中国百强镇,获评全国发展潜力百强县。", gaz, "长沙县") == {}


# ---------------------------------------------------------------- 市委常委会第38次会议: an internal party meeting
# dev3 h33
def test_a_party_standing_committee_meeting_is_no_program(gaz):
    text = "9月25日,湘潭市委书记曹炯芳主持召开湘潭市第十二届市委常委会第38次会议,传达学习了全省会议精神。"
    assert not any("常委会" in name for name in programs_of(text, gaz, "湘潭市"))


def test_a_congress_standing_committee_session_is_still_an_event(gaz):
    text = "9月25日,湘潭市第十六届人大常委会第十次会议召开。"
    assert "湘潭市第十六届人大常委会第十次会议" in programs_of(text, gaz, "湘潭市")


# ---------------------------------------------------------------- …整治先进县: an award's title, not the campaign's runner
# dev3 h43
def test_a_campaign_heading_an_award_title_is_not_placed_by_the_award(gaz):
    text = ("2018、2019年,宁远县连续两年被评为全省农村人居环境整治先进县。\n"
            "宁远县以农村人居环境整治为抓手,积极推进农村改水改厕。")
    doc = make_document(text)
    placed = [gaz.get(m.place_key).name for m in extract_document(doc, gaz).programs if m.name == "农村人居环境整治"]
    assert placed == ["宁远县"]


# ---------------------------------------------------------------- 召开推进“X”…大会: the purpose verb opens the name
# dev3 h45
def test_the_purpose_verb_of_a_held_meeting_opens_its_name(gaz):
    text = "8月13日,常德市武陵区芷兰街道沙河社区召开推进“街巷长”共创共享会商大会。"
    assert programs_of(text, gaz, "武陵区")["推进街巷长共创共享会商大会"] == ("event", "沙河社区")


def test_a_purpose_verb_without_a_verb_of_holding_stays_out(gaz):
    text = "8月13日,沙河社区在会上要求推进“街巷长”共创共享会商大会的筹备。"
    found = programs_of(text, gaz, "武陵区")
    assert "街巷长共创共享会商大会" in found and "推进街巷长共创共享会商大会" not in found
