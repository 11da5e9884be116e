"""Program places, third round: which place RUNS a program, on real sentences of Hunan
local-government news nobody tuned for (a helper's fresh articles newarts3/plc3, not kept in the
repository: the sentences are quoted here), with counter-examples."""
from __future__ import annotations

from support import place_key as key, program_places_of as programs


# 02.txt: a provincial event held in a city, reported under another city's dateline
EDITION = ("中新网长沙5月19日电 (记者 邓霞)记者19日从新闻发布会上获悉,第三届湖南旅游发展大会"
           "定于9月20日至22日在衡阳市举行。")

def test_a_place_after_the_edition_number_runs_the_event(gaz):
    found = programs(EDITION, gaz, "长沙市")
    assert found.get("第三届湖南旅游发展大会") == key(gaz, "湖南省")

def test_an_edition_number_without_a_place_after_it_keeps_the_context(gaz):
    # counter-example: 第三届 followed by no place; the event is not made provincial
    text = "中新网长沙5月19日电 第三届橘子洲音乐节定于9月20日至22日在长沙市举行。"
    found = programs(text, gaz, "长沙市")
    assert found, "the festival is a program"
    assert key(gaz, "湖南省") not in found.values()


# 05.txt: an award notice lists honoured places; the campaign of the next paragraph is the
# province's, not the last honoured town's
AWARD = ("湖南省2021年省级美丽乡村示范村和特色精品乡村名单正式公布\n"
         "近日,湖南省农业农村厅发布中共湖南省委农村工作领导小组关于表彰2021年省级美丽乡村示范村和特色精品乡村的通报,"
         "决定授予长沙市望城区茶亭镇九峰山村等301个“省级美丽乡村示范村”、衡阳市衡山县开云镇山竹村等100个"
         "“省级特色精品乡村”称号,予以通报表彰。\n"
         "文件提出,希望受表彰的先进单位珍惜荣誉、再接再厉,推动美丽乡村高质量发展。各地要充分发挥省级美丽乡村示范村"
         "和特色精品乡村引领作用,在实施乡村振兴战略中真抓实干、主动作为,不断提升美丽乡村建设整体水平。")


def test_places_opening_a_counted_list_do_not_run_later_programs(gaz):
    found = programs(AWARD, gaz, "湖南省")
    assert found.get("美丽乡村建设") == key(gaz, "湖南省")


def test_a_place_outside_a_counted_list_still_runs_later_programs(gaz):
    # counter-example: the same paragraphs with the town named as the subject, no 等N个 list (round 16:
    # the subject of the paragraph, 开云镇提出; named only as the object of 授予, a town inside the
    # article's place is no runner of a later sentence: _scene_below)
    text = AWARD.replace("衡阳市衡山县开云镇山竹村等100个", "衡阳市衡山县开云镇山竹村一个").replace("文件提出,", "开云镇提出,")
    found = programs(text, gaz, "湖南省")
    assert found.get("美丽乡村建设") == key(gaz, "开云镇")


# review1 metrics/06 (a 衡阳 report): a province-registered company's project in a county's park
PARK = ("耒阳市大市循环经济产业园年纪“尚轻”,却拥有“全国工业固废综合利用基地”“省级循环经济产业园”“省级化工园区”3块金字招牌。\n"
        "园区中,湖南先导新材料科技有限公司一期项目已投入超10亿元,上半年实际完成产值为1.74亿。")


def test_the_province_heading_a_company_name_does_not_place_its_project(gaz):
    found = programs(PARK, gaz, "衡阳市")
    assert found.get("湖南先导新材料科技有限公司一期项目") == key(gaz, "耒阳市")


def test_a_county_heading_a_company_name_still_places_its_project(gaz):
    # counter-example: a county-registered company (石门县…有限公司) builds in its county
    text = "园区中,石门县先导新材料科技有限公司一期项目已投入超10亿元,上半年实际完成产值为1.74亿。"
    found = programs(text, gaz, "衡阳市")
    assert found.get("石门县先导新材料科技有限公司一期项目") == key(gaz, "石门县")


# review1 officials/05 (澧县): the county party secretary's speech after a tour of towns
SPEECH = ("12月21日,澧县县委书记王兆铭主持召开抓党建促乡村振兴观摩会,县委副书记、县长王启武出席。\n"
          "随后,观摩团一行还前往火连坡镇湖南民丰高效油茶专业合作社产业基地、新桥村肖家幸福屋场,金罗镇界岭村龚家塝幸福屋场,"
          "盐井镇葡萄柚产业发展基地、张家垱村洪家铺幸福屋场,实地了解各村幸福屋场建设、产业发展、高标准农田建设等情况。\n"
          "王兆铭指出,要把准方向,坚持“一月一现场观摩”“一季一讲坛”的工作推进模式不动摇,层层传导压力。")


def test_a_leaders_speech_names_work_of_the_leaders_jurisdiction(gaz):
    found = programs(SPEECH, gaz, "常德市")
    assert found.get("一季一讲坛") == key(gaz, "澧县")


def test_a_meeting_that_speaks_is_no_leader_with_a_place(gaz):
    # counter-example: 会议指出 has no place-and-title introduction; the towns toured stay the context
    found = programs(SPEECH.replace("王兆铭指出", "会议指出"), gaz, "常德市")
    assert found.get("一季一讲坛") != key(gaz, "澧县")


# review1 metrics/01 (祁东县): a county frames its own campaign by the province's and the city's
FRAME = ("红网时刻衡阳7月27日讯(记者 王敏)今年1—6月,祁东经济运行总体平稳、稳中趋优,在高质量发展的进程中起步良好\n"
         "今年以来,祁东紧紧围绕省委“五个100”和市委“3311”工程,大力开展“产业项目建设年”活动,把重点项目分成六大板块推进。")


def test_bodies_inside_a_framing_clause_do_not_run_the_next_clauses_program(gaz):
    found = programs(FRAME, gaz, "祁东县")
    assert found.get("产业项目建设年") == key(gaz, "祁东县")


def test_a_body_inside_the_framing_clause_still_runs_its_own_program(gaz):
    # counter-example: 市委“3311”工程 sits in the framing clause itself; the city runs it
    found = programs(FRAME, gaz, "祁东县")
    assert found.get("3311") == key(gaz, "衡阳市")
