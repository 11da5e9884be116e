"""Twelfth round (org12): rules of the genre for organisations, from the leftover errors of all ten
development sets at once (seeds, dev, dev2–dev9). Each rule is tested on a quoted sentence of a
development set with a counter-example of our own writing it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a task force set up by the clause's subject

def test_a_task_force_set_up_by_a_level_body_is_that_place_s(gaz):
    # dev6 h143 (the city is the article's place)
    text = "岳阳市河湖长制工作推进。按照省河长办部署要求,市河长办成立了河道保洁工作专班,建立“河道保洁联络群”。"
    assert "岳阳市河道保洁工作专班" in named(text, gaz)


def test_a_task_force_set_up_by_two_levels_is_the_upper_level_s(gaz):
    # dev7 h156, dev9 h197
    assert "郴州市城乡风貌提质工作组" in named(
        "郴州市从本月开始,市、县两级均成立城乡风貌提质工作组,抽调精干力量组建专班。", gaz)
    assert "株洲市农村饮水工作专班" in named("株洲市、县两级组建农村饮水工作专班,实地勘察水源、反复测算管网路线。", gaz)


def test_a_task_force_set_up_by_each_of_a_class_names_none(gaz):
    orgs = named("株洲市召开会议,要求各县市区成立农村饮水工作专班,每个乡镇设立工作组。", gaz)
    assert not any(name.endswith(("专班", "工作组")) for name in orgs)


def test_a_task_force_with_no_founding_verb_stays_unnamed(gaz):
    orgs = named("株洲市召开会议,农村饮水工作专班的同志汇报了进展。", gaz)
    assert "株洲市农村饮水工作专班" not in orgs


# ---------------------------------------------------------------- a news outlet acting in the text

def test_a_news_outlet_that_hosts_or_organises_is_an_organisation(gaz):
    # dev3 h40
    text = ("10月17日上午,由湖南冷水江市委、市政府、娄底日报社主办、市委宣传部、市文广新局承办的文化节开幕。"
            "还有金秋摄影美术展览及娄底晚报社组织的医疗、法律、社区服务等队伍。")
    assert {"娄底日报社", "娄底晚报社"} <= named(text, gaz)


def test_the_national_broadcaster_is_an_organisation(gaz):
    # dev5 h97
    assert "中央电视台" in named("2023年3月25日,中央电视台《新闻调查》栏目播出了麻阳的故事。", gaz)


def test_an_outlet_in_a_dateline_or_a_credit_names_no_actor(gaz):
    orgs = named("衡阳日报社5月3日讯(记者 王明)昨日,衡阳县召开会议。", gaz)
    orgs |= named("湖南电视台讯 近日,会议召开。", gaz)
    orgs |= named("华声在线1月30日讯(湘潭日报社全媒体记者 王明)近日,会议召开。", gaz)
    assert not any(name.endswith(("报社", "电视台")) for name in orgs)
