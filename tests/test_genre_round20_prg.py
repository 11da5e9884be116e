"""Programs, round 20: causes of program misses seen in fresh local-government articles — each rule
tested on a sentence of the genre written for the test (invented places and figures), with a
counter-example it must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- a built site named by common words
# an inspection or a report names the one site being built by a describing word and the site's head
# noun before 项目 (城市停车场项目, 绿色盐碱产业基地项目), though no word of it is a proper name
def test_a_site_named_by_common_words_before_xiangmu_is_a_project(gaz):
    found = programs_of("县长一行先后来到城市停车场项目建设现场、标准化食堂项目建设现场,了解建设进度。",
                        gaz, "石门县")
    assert found["城市停车场项目"][0] == "project" and found["标准化食堂项目"][0] == "project"


def test_a_site_as_the_subject_of_its_sentence_is_a_project(gaz):
    found = programs_of("会议指出,生态康养产业基地项目是全县今年的头号工程。", gaz, "石门县")
    assert found["生态康养产业基地项目"][0] == "project"


def test_a_category_word_before_a_site_head_names_no_project(gaz):
    # counter-example: 重点产业园项目 is a class of projects, not one site
    found = programs_of("全县重点产业园项目进展顺利。", gaz, "石门县")
    assert "重点产业园项目" not in found and "全县重点产业园项目" not in found


def test_a_site_after_a_conjunction_is_no_name_of_its_own(gaz):
    # counter-example: …总部基地及|生产中心项目: the site is the second half of a longer name
    found = programs_of("主会场设在石门县某某食品公司总部基地及生产中心项目现场。", gaz, "石门县")
    assert "生产中心项目" not in found


# ---------------------------------------------------------------- a bracketed place inside an event
# 湖南(香港)投资贸易洽谈周, 中国(某地)…论坛: the host's place and, in brackets, the place the event is
# held in, open the event's name together
def test_a_bracketed_place_after_the_hosts_place_belongs_to_the_events_name(gaz):
    found = programs_of("在2019年湖南(澳门)投资贸易洽谈周上,石门县签约项目5个。", gaz, "石门县")
    assert found["2019年湖南(澳门)投资贸易洽谈周"][0] == "event"


def test_a_bracketed_word_that_is_no_place_opens_no_event(gaz):
    # counter-example: (下称) is no place; the bare talks week names no event
    found = programs_of("公司(下称)投资贸易洽谈周期间签约。", gaz, "石门县")
    assert not any("洽谈周" in name for name in found)


# ---------------------------------------------------------------- a document's short title
# 《…若干政策措施》(以下简称《政策措施》) … 《政策措施》要求…: the short title given right after the full one
# names that document wherever it is written again
def test_a_short_title_written_again_is_the_full_documents(gaz):
    found = programs_of("会议通过《石门县促进消费若干政策措施》(以下简称《政策措施》)。会议指出,《政策措施》要抓好落实。",
                        gaz, "石门县")
    assert "石门县促进消费若干政策措施" in found and "政策措施" not in found


def test_a_title_without_a_short_form_given_stays_its_own(gaz):
    # counter-example: no 以下简称 cue: two documents
    found = programs_of("会议通过《石门县促进消费若干政策措施》。会议学习了《石门县乡村建设实施方案》。", gaz, "石门县")
    assert "石门县促进消费若干政策措施" in found and "石门县乡村建设实施方案" in found


# ---------------------------------------------------------------- a period up to now before 重点项目
def test_the_key_projects_of_a_period_up_to_now_are_no_project(gaz):
    found = programs_of("县发改局汇报2023年以来重点项目建设情况。", gaz, "石门县")
    assert not any(name.endswith("重点项目") for name in found)


def test_a_named_project_after_a_year_stays(gaz):
    # counter-example: a year before a project's own name
    found = programs_of("2023年石门锂电新材料产业园项目建成投产。", gaz, "石门县")
    assert any("石门锂电新材料产业园项目" in name for name in found)


# ---------------------------------------------------------------- a numbered meeting written short
# the headline 某指挥部召开2023年第四次调度会 and the lead …主持召开某指挥部2023年第四次调度会: one meeting
def test_a_numbered_meeting_in_the_headline_is_the_bodys_meeting_named_in_the_lead(gaz):
    found = programs_of("石门县项目建设总指挥部召开2024年第二次调度会\n"
                        "5月6日,县委书记主持召开石门县项目建设总指挥部2024年第二次调度会。\n", gaz, "石门县")
    assert "2024年第二次调度会" not in found and "石门县项目建设总指挥部2024年第二次调度会" in found


def test_meetings_with_different_counts_stay_apart(gaz):
    # counter-example: 第一次 and 第二次 are two meetings
    found = programs_of("石门县项目建设总指挥部召开2024年第一次调度会\n"
                        "5月6日,县委书记主持召开石门县项目建设总指挥部2024年第二次调度会。\n", gaz, "石门县")
    assert "石门县项目建设总指挥部2024年第二次调度会" in found and "2024年第一次调度会" in found


# ---------------------------------------------------------------- meetings left unnamed
# 传达学习全国、全省相关会议精神: 相关/有关 refer to meetings the text does not name
def test_related_meetings_of_a_scope_are_no_event(gaz):
    found = programs_of("会议传达学习了全国、全省相关会议精神,研究部署我县贯彻落实意见。", gaz, "石门县")
    assert not any(name.endswith("会议") for name in found)


def test_a_named_meeting_of_a_scope_stays_an_event(gaz):
    # counter-example: a meeting named by its topic
    found = programs_of("会议传达学习全省安全生产工作会议精神。", gaz, "石门县")
    assert found["全省安全生产工作会议"][0] == "event"


# ---------------------------------------------------------------- a list closed by its count, no 等
# 其中A、B和C3个项目签约: the count right after the list (no 等) closes a list of projects when it holds
# just as many items; 其中 opens the list and is no part of its first item
def test_a_list_closed_by_a_matching_count_without_deng_names_projects(gaz):
    found = programs_of("该县共推出15个招商项目,其中锂电新材料、康养小镇和冷链物流园3个项目现场签约。", gaz, "石门县")
    assert {"锂电新材料", "康养小镇", "冷链物流园"} <= set(found)


def test_a_list_whose_count_differs_names_no_projects(gaz):
    # counter-example: two items and a count of five: the count is not the list's
    found = programs_of("引进了锂电新材料、康养小镇5个项目。", gaz, "石门县")
    assert "锂电新材料" not in found


# ---------------------------------------------------------------- parks and bases named by a proper word
# 石门柑橘现代农业产业园, 某村百亩香菇示范园, 某镇田园综合体: a park or base with a name of its own is the
# project that builds it
def test_a_park_named_by_a_place_is_a_project(gaz):
    found = programs_of("石门县委书记调研了石门柑橘现代农业产业园,察看柑橘长势。", gaz, "石门县")
    assert found["石门柑橘现代农业产业园"][0] == "project"


def test_a_rural_complex_named_by_its_town_is_a_project(gaz):
    found = programs_of("调研组一行来到蒙泉镇夹山湖田园综合体,了解建设情况。", gaz, "石门县")
    assert any(name.endswith("夹山湖田园综合体") and kind == "project" for name, (kind, _) in found.items())


def test_a_park_of_a_development_zone_is_no_project(gaz):
    # counter-example: 石门高新区东部产业园 is a part of the zone (a place)
    found = programs_of("石门高新区东部产业园新入驻企业12家。", gaz, "石门县")
    assert not any(name.endswith("东部产业园") for name in found)


def test_a_companys_own_base_is_no_project(gaz):
    # counter-example: a company's base is part of the company
    found = programs_of("他走进石门某某农业开发有限公司柑橘种植基地察看。", gaz, "石门县")
    assert not any(name.endswith("种植基地") for name in found)


# ---------------------------------------------------------------- -ization is no system
# 实现整治工作制度化、规范化、常态化: 制度化 is a manner of the work, not a named system
def test_a_marker_followed_by_hua_names_no_system(gaz):
    found = programs_of("要建立长效机制,实现人居环境整治工作制度化、规范化、常态化。", gaz, "石门县")
    assert not any(name.endswith("制度") for name in found)


def test_a_system_followed_by_a_comma_stays(gaz):
    # counter-example: a named system ending its clause
    found = programs_of("该县推行党员积分管理制度,成效明显。", gaz, "石门县")
    assert found["党员积分管理制度"][0] == "mechanism"


# ---------------------------------------------------------------- 建立健全 opens the clause
def test_jianlijianquan_is_no_part_of_a_systems_name(gaz):
    found = programs_of("该镇建立健全村级事务公开制度。", gaz, "石门县")
    assert "村级事务公开制度" in found and "建立健全村级事务公开制度" not in found


# ---------------------------------------------------------------- a campaign pushed forward
# 推进村庄清洁行动: 推进 launches a campaign of its own topic as 开展/实施 do
def test_a_campaign_of_its_own_topic_after_tuijin_is_named(gaz):
    found = programs_of("该县召开会议,部署推进农村厕所整治行动。", gaz, "石门县")
    assert found["农村厕所整治行动"][0] == "campaign"


def test_manner_words_after_tuijin_name_no_campaign(gaz):
    # counter-example: 集中攻坚 is a manner, no topic
    found = programs_of("要加快推进集中攻坚行动。", gaz, "石门县")
    assert not any(name.endswith("行动") for name in found)


# ---------------------------------------------------------------- a method named by two characters
# 落实清单工作法, 推行一线工作法: …工作法 after a working verb names a method, however short
def test_a_short_method_name_before_gongzuofa_is_a_mechanism(gaz):
    found = programs_of("要落实台账工作法,确保责任到人。", gaz, "石门县")
    assert found["台账工作法"][0] == "mechanism"


def test_a_quoted_code_before_gongzuofa_gives_no_second_method(gaz):
    # counter-example: “1+2+3”调解工作法: the quote heads the one method's name
    found = programs_of("该乡推行“1+2+3”调解工作法,化解纠纷。", gaz, "石门县")
    assert "调解工作法" not in found


# ---------------------------------------------------------------- a quoted meeting's name
# 召开了“…工作队轮换进驻见面会”: a quoted name ending in a meeting noun (见面会, 座谈会, 调度会 …) is an event
def test_a_quoted_name_ending_in_a_meeting_noun_is_an_event(gaz):
    found = programs_of("当天下午,县委召开了“省派驻村工作队进驻见面会”。", gaz, "石门县")
    assert found["省派驻村工作队进驻见面会"][0] == "event"


def test_a_quoted_slogan_without_a_meeting_noun_is_no_event(gaz):
    # counter-example: a quoted slogan, no meeting noun at its end
    found = programs_of("县委提出“见面就是服务”。", gaz, "石门县")
    assert not any(kind == "event" for kind, _ in found.values())


# ---------------------------------------------------------------- a stock phrase of reform
# 用好全面深化改革“关键一招”: the stock phrase calling reform the key move, no code of a program
def test_the_key_move_of_reform_is_no_program(gaz):
    found = programs_of("要用好全面深化改革“关键一招”,激发发展活力。", gaz, "石门县")
    assert "关键一招" not in found


def test_a_topic_with_its_count_of_tasks_stays_a_code(gaz):
    # counter-example: 打好“发展六仗”: a topic and the count of its tasks
    found = programs_of("全县上下要打好“发展六仗”。", gaz, "石门县")
    assert "发展六仗" in found


def test_a_list_closed_by_deng_and_a_count_is_not_read_twice(gaz):
    # counter-example: A、B和C等3个项目 is the 等-list's (no item keeps 等)
    found = programs_of("石门县签约了锂电新材料项目、康养小镇和冷链物流园建设等3个项目。", gaz, "石门县")
    assert not any(name.endswith("等") for name in found)


def test_a_bracketed_county_of_the_host_province_runs_the_event_and_stays_out_of_its_name(gaz):
    # counter-example: 湖南(石门)首届柑橘节: the county in brackets runs the festival
    found = programs_of("2023年湖南(石门)首届柑橘节开幕。", gaz, "石门县")
    assert "首届柑橘节" in found or "2023年首届柑橘节" in found or any(n.endswith("首届柑橘节") and "(" not in n for n in found)


def test_a_park_followed_by_a_body_in_it_is_no_project(gaz):
    # counter-example: …产业园党群服务中心: a body inside the park
    found = programs_of("石门柑橘现代农业产业园党群服务中心揭牌。", gaz, "石门县")
    assert "石门柑橘现代农业产业园" not in found
