"""graph.metrics, round 20 (m21): anchoring causes seen on fresh metric-heavy Hunan articles. Each
rule has sentences in the genre (our own writing: invented names, places and figures) and a
counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one, places_of, surfaces


# ---------------------------------------------------------------- the body a briefing is held by

def test_a_body_holding_the_briefing_the_news_is_learnt_at_is_no_topic(gaz):
    # 记者从…X召开的新闻发布会上获悉: X is where the news was learnt; the next sentence's figures are
    # the province's, not the department's
    text = ("记者从昨天湖南省农业农村厅召开的新闻发布会上获悉,今年全省新建高标准农田180万亩。"
            "油菜种植面积稳定在2100万亩左右。\n")
    found = _metrics(gaz, text)
    assert _one(found, 2100, "万亩").subject == "湖南省"


def test_a_body_named_before_learning_without_a_frame_keeps_its_figures(gaz):
    # counter-example: no 从…获悉 around the body: the department that does the work is the subject
    text = "湖南省农业农村厅今年培训高素质农民3.5万人次。\n"
    assert _one(_metrics(gaz, text), 3.5, "万人次").subject == "湖南省农业农村厅"


# ---------------------------------------------------------------- the body that releases the figures

def test_a_body_that_releases_the_figures_is_no_subject(gaz):
    # X公布…数据,: the statistics bureau is the figures' source
    text = "近日,湖南省统计局公布2024年全省粮食生产数据,粮食播种面积7150万亩。\n"
    assert _one(_metrics(gaz, text), 7150, "万亩").subject != "湖南省统计局"


def test_a_body_that_releases_a_document_keeps_its_own_figures(gaz):
    # counter-example: the body publishes no figures (公布 a list, then its own count)
    text = "湖南省统计局公布了第二批统计诚信示范单位名单,共评选出示范单位35家。\n"
    found = _metrics(gaz, text)
    assert _one(found, 35, "家").subject == "湖南省统计局"


# ---------------------------------------------------------------- 发展村集体经济: a verb, not a village

def test_a_verb_before_the_village_collective_is_no_village(gaz):
    # the gazetteer has villages named 发展村; written alone before 集体经济 it is the verb 发展 and
    # 村集体经济, and the figures stay unanchored rather than go to a namesake village
    text = "近年来,该村坚持以特色种植为抓手发展村集体经济,去年村集体收入达38万元。\n"
    assert "发展村" not in surfaces(places_of(text, gaz)[1])
    assert _one(_metrics(gaz, text), 38, "万元").subject != "发展村"


def test_a_village_named_like_a_verb_after_its_town_stays_a_village(gaz):
    # counter-example: the same name written with its county is the village
    text = "道县发展村今年村集体收入达38万元。\n"
    assert _one(_metrics(gaz, text), 38, "万元").subject == "发展村"
