"""graph.metrics, round 18: causes of indicator errors seen across several development sets.
Each rule has sentences in the genre (our own writing: invented names, places and figures) and a
counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- an act's object sized by the measure before 的

def test_an_area_length_or_head_count_before_the_object_of_an_act_sizes_it(gaz):
    # dev7 h156 (…等部门组建N人的市级督查员), dev9 h209 (很快建成了N平方米的…球馆)
    assert _one(_metrics(gaz, "龙溪县团委、妇联等部门组建260人的县级巡查员,每周开展巡查。\n"), 260).indicator \
        == "县级巡查员人数"
    assert _one(_metrics(gaz, "青山社区党委发动募捐,很快建成了200平方米的老年活动室。\n"), 200).indicator \
        == "老年活动室面积"
    assert _one(_metrics(gaz, "白沙镇新修了12公里的环山公路。\n"), 12).indicator == "环山公路里程"


def test_a_measure_before_de_that_is_no_size_of_an_object_is_left_alone(gaz):
    # counter-examples: a time taken, money, a share, a dimension already named before, 占地
    assert _one(_metrics(gaz, "该县用100天的时间完成了改造。\n"), 100).indicator != "时间数"
    assert _one(_metrics(gaz, "白沙镇投资5亿元的产业园开工。\n"), 5).indicator == "投资"
    assert _one(_metrics(gaz, "超过60%的村民已参保。\n"), 60).indicator == "村民比例"
    assert _one(_metrics(gaz, "厂房面积达3000平方米的标准化车间投产。\n"), 3000).indicator == "厂房面积"
    assert _one(_metrics(gaz, "占地300亩的产业园开工。\n"), 300).indicator == "占地"


# ---------------------------------------------------------------- a count said to be of a class (其中N家为X)

def test_a_count_followed_by_wei_and_a_class_counts_the_class(gaz):
    # dev10 h224 (A、B等N个为开工项目; 有N个为产业项目), a general shape of the genre's tallies
    found = _metrics(gaz, "全县共有企业120家,其中30家是高新技术企业,5家为上市公司。\n")
    assert _one(found, 30).indicator == "高新技术企业数"
    assert _one(found, 5).indicator == "上市公司数"
    found = _metrics(gaz, "龙溪县物流园(一期)、青石大桥建设等36个为开工项目,年度计划投资45亿元。"
                          "本次活动中,有48个为产业项目,总投资120亿元。\n")
    assert _one(found, 36).indicator == "开工项目数"
    assert _one(found, 48).indicator == "产业项目数"


def test_a_count_named_before_it_or_wei_as_for_is_no_class(gaz):
    # counter-examples: the noun before names the count (企业…为规上企业), 为 meaning "for"
    assert _one(_metrics(gaz, "全县120家企业为规上企业。\n"), 120).indicator == "企业数"
    assert _one(_metrics(gaz, "其中30人为群众提供服务。\n"), 30).indicator != "群众提供服务数"


# ---------------------------------------------------------------- a duration, a comma, then 就/便 and the act

def test_a_duration_closing_its_clause_before_jiu_and_an_act_is_the_time_the_act_took(gaz):
    # seeds 004 (“4个工作日,就拿到了…”), a general shape of the genre's praise of fast service
    text = "说起龙溪县的服务,李总更是赞不绝口:“3个工作日,就拿到了施工许可证。”\n"
    assert _one(_metrics(gaz, text), 3).indicator == "拿到施工许可证用时"
    assert _one(_metrics(gaz, "短短3个月,便建成了污水管网。\n"), 3).indicator == "建成污水管网用时"


def test_a_duration_before_a_clause_that_opens_with_a_word_of_jiu_is_no_time_taken(gaz):
    # counter-example: 就业率 opens the next clause; 工期 names the duration itself
    assert "用时" not in _one(_metrics(gaz, "培训3天,就业率达90%。\n"), 3).indicator
    assert _one(_metrics(gaz, "工期3个月,建成后可处理污水5000吨。\n"), 3).indicator == "工期"


# ---------------------------------------------------------------- a one-character act on a one-character noun

def test_a_one_character_verb_and_noun_around_a_count_say_together_what_was_counted(gaz):
    # dev10 h219 (养了100多只羊), a general shape of the genre's portraits of farmers
    assert _one(_metrics(gaz, "他今年养了80多只羊。\n"), 80).indicator == "养羊数"
    assert _one(_metrics(gaz, "他家喂了30头猪。\n"), 30).indicator == "喂猪数"


def test_a_light_verb_before_a_one_character_noun_makes_no_act(gaz):
    # counter-example: 有 only says there are some
    assert _one(_metrics(gaz, "村里有100只羊。\n"), 100).indicator != "有羊数"
