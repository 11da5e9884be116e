"""graph.metrics, round 15 (metrics anchored): a count or a total over a set the text lists is
the figure of the place that runs the set. Each rule has a sentence in the genre (our own
writing: invented names, places and figures) and a counter-example it must not fire on; the
whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- A、B等N个: not an item, nor an earlier clause's project

def test_a_count_of_listed_projects_is_not_an_earlier_clauses_project(gaz):
    # dev4 h59 (信维…主体工程加快建设;A、B等27个工业项目建成投产), dev7 h162 (…53座渡改桥项目全面完成;A、B等11个…项目)
    text = ("新邵县工业发展。\n去年,三一机械改造项目全面完成;青松电子产业园项目主体工程加快建设;"
            "白鹭机械制造基地、红枫新材料生产基地等12个工业项目建成投产。\n")
    assert _one(_metrics(gaz, text), 12, "个").subject == "新邵县"


def test_a_place_in_short_form_opening_a_listed_item_is_part_of_its_name(gaz):
    # dev10 h224 (湖南金磊…改造、苏仙…园等75个为开工项目,年度计划投资145亿元), dev7 h167 (A、耒阳“童车小镇”等36个)
    text = ("新邵县重大项目集中开工。\n在示范作用下,白鹭机械制造基地、邵阳“童车小镇”等20个亿元项目相继落地。"
            "湖南青松纸业搬迁改造、白鹭机械制造基地等30个为新开工项目,年度计划投资18亿元。\n")
    found = _metrics(gaz, text)
    assert _one(found, 20, "个").subject == "新邵县"
    assert _one(found, 30, "个").subject == "新邵县"
    assert _one(found, 18, "亿元").subject == "新邵县"


def test_a_body_or_place_opening_the_clause_still_owns_the_listed_set(gaz):
    # counter-examples: a place written in full, or a body followed by its verb, before the list owns it
    text = ("邵阳市工业发展。\n新邵县白鹭机械、青松电子等6家企业被认定为省级专精特新企业。"
            "新邵县交通运输局推进白沙公路、青龙大桥等4个项目建设。\n")
    found = _metrics(gaz, text)
    assert _one(found, 6, "家").subject == "新邵县"
    assert _one(found, 4, "个").subject == "新邵县交通运输局"


def test_a_clause_project_without_a_list_keeps_its_figure(gaz):
    # counter-example: no list closed by 等 before the figure: the project of the clause before stays
    text = "新邵县工业发展。\n青松电子产业园项目加快建设,已入驻企业12家。\n"
    assert _one(_metrics(gaz, text), 12, "家").subject == "青松电子产业园项目"


# ---------------------------------------------------------------- 分别是:A、B、C,总投资X

def test_a_total_after_a_respective_list_of_projects_is_the_places(gaz):
    # dev6 h136 (今天集中开工项目分别是:A、B、C,总投资25.1亿元)
    text = ("新邵县重点项目集中开工。\n今天集中开工的项目分别是:白鹭机械制造基地项目、青松电子产业园项目、"
            "红枫新材料项目,总投资12.5亿元。\n")
    total = _one(_metrics(gaz, text), 12.5, "亿元")
    assert total.subject == "新邵县"
    assert total.program is None         # nor is one listed project the total's program


def test_a_total_after_a_named_project_stays_the_projects(gaz):
    # counter-example: no 分别是 list before the total: the project of the clause before keeps it
    text = "新邵县重点项目。\n今天开工的是青松电子产业园项目,总投资12.5亿元。\n"
    assert _one(_metrics(gaz, text), 12.5, "亿元").subject == "青松电子产业园项目"


# ---------------------------------------------------------------- 设在X: a venue

def test_a_venue_is_not_the_topic_of_the_next_sentence(gaz):
    # dev10 h224 (主会场设在资兴市,其他10个县(市、区)设分会场。…等75个为开工项目)
    text = ("郴州市重大项目集中开工。\n此次开工仪式主会场设在资兴市。全市开工项目中,白鹭机械制造基地、青松电子产业园等40个为新开工项目。\n")
    assert _one(_metrics(gaz, text), 40, "个").subject == "郴州市"


def test_a_list_after_a_copula_or_people_listed_are_not_a_listed_set(gaz):
    # counter-examples: a list after 为 is the scope of the clause's topic (dev6 h137 供水范围为A、B等5个乡镇),
    # and people listed by their titles are counted for the body in those titles (dev6 h135 …等8人)
    text = ("城步县推进城乡供水一体化。\n白沙水厂供水规模从每天3000吨提高至每天1.5万吨,供水范围为儒林、丹口、茅坪等3个乡镇。\n"
            "接到举报后,邵阳市迅速查处,对参与聚餐的城步县交通运输局局长,城步县水利局副局长、办公室主任等4人进行组织调查。\n")
    found = _metrics(gaz, text)
    assert _one(found, 3, "个").subject == "白沙水厂"
    assert _one(found, 4, "人").subject == "城步县水利局"


def test_a_body_before_its_verb_keeps_the_listed_count_and_the_clause_after_it(gaz):
    # counter-example: a company followed by a time word and its verb (X公司今年引进A、B等5个项目) owns
    # the list, and the total in the clause after the count (,总投资3亿元) stays its too
    text = "新邵县招商引资。\n白鹭机械有限公司今年引进青松电子产业园项目、红枫新材料项目等5个项目,总投资3亿元。\n"
    found = _metrics(gaz, text)
    assert _one(found, 5, "个").subject == "白鹭机械有限公司"
    assert _one(found, 3, "亿元").subject == "白鹭机械有限公司"
