"""graph.metrics, round 15: causes of anchoring errors seen across several development sets. Each
rule has a sentence in the genre (our own writing: invented names, places and figures) and a
counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- a site named at a clause's opening

def test_a_site_opening_a_clause_is_the_subject_of_its_figures(gaz):
    # dev6 h137 (X水厂供水规模从每天…), dev5 h110 (据统计,X旅游景区共接待游客…), dev11 h241 (X铁路…建设完成投资)
    text = ("城步县推进城乡供水一体化。白沙水厂供水规模从每天3000吨提高至每天1.5万吨,供水范围为8个乡镇。"
            "据统计,云岭山旅游景区共接待游客6万余人次。龙溪高速公路建设完成投资3.6亿元。\n")
    found = _metrics(gaz, text)
    assert _one(found, 3000, "吨").subject == "白沙水厂"
    assert _one(found, 8, "个").subject == "白沙水厂"
    assert _one(found, 6, "万人次").subject == "云岭山旅游景区"
    assert _one(found, 3.6, "亿元").subject == "龙溪高速公路建设"


def test_a_common_site_noun_or_a_determined_one_is_no_site(gaz):
    # counter-examples: a verb, determiner or the bare common noun before the head names no site
    text = "新邵县今年新建中学3所,改造水库12座,该景区接待游客5万人次,各医院床位2000张。\n"
    assert {m.subject for m in _metrics(gaz, text)} == {"新邵县"}


def test_a_class_of_sites_or_works_is_no_site(gaz):
    # counter-examples: works named by a common noun (农村公路通畅工程), a class of sites by level
    # (三级公立医院) and the sites of a place listed with 各 stay the place's
    text = ("新邵县交通建设。农村公路通畅工程完成路面120公里。三级公立医院从2家增至4家。新邵县各主要旅游景区接待游客3万人次。"
            "协助抓好龙口公路建设,力争启动石塘公路建设。完成交通建设年度投资2亿元。\n")
    assert {m.subject for m in _metrics(gaz, text)} == {"新邵县"}



# ---------------------------------------------------------------- a project built in an earlier sentence

def test_a_project_an_earlier_sentence_builds_is_not_the_next_ones_topic(gaz):
    # dev4 h64 (开工建设S305X大桥,完成Y大桥建设。改造油路6公里), dev8 h178 (打造“X”平台。目前,县本级27家单位…)
    text = ("新邵县交通建设。\n全年建成通村公路80公里。开工建设S218青龙大桥,完成石门桥建设。"
            "改造油路9公里,开工建设S219线新邵段。完成交通建设年度投资2亿元以上。\n")
    found = _metrics(gaz, text)
    assert _one(found, 9, "公里").subject == "新邵县"
    assert _one(found, 2, "亿元").subject == "新邵县"


def test_a_project_built_keeps_the_figures_of_its_own_sentence(gaz):
    # counter-example: the clauses after the project in the same sentence are about it, and so
    # is a later sentence that refers back to it (该项目)
    text = ("新邵县交通建设。\n今年开工建设S218青龙大桥,总投资3.2亿元。该项目全长1.6公里。\n")
    found = _metrics(gaz, text)
    assert _one(found, 3.2, "亿元").subject == "S218青龙大桥"
    assert _one(found, 1.6, "公里").subject == "S218青龙大桥"
