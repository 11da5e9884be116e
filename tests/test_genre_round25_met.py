"""graph.metrics, round 25: causes of anchoring errors (the subject a figure is about, and the
indicator of bracketed figures) seen in fresh Hunan statistics releases: grain output, poverty
counties, holiday tourism and provincial assessment notices. Each rule is asserted on a sentence
of one of those articles and has a counter-example it must not fire on; the whole pipeline runs
on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- X对外发布数据:

_GRAIN = ("国家统计局湖南调查总队19日对外发布数据:2020年,湖南省粮食总产量重回600亿斤以上;"
          "生猪产能持续较快恢复,全年生猪出栏量和存栏量分别恢复到正常年份的七成以上和九成以上。\n")


def test_a_body_that_releases_data_outward_is_its_source(gaz):
    # 调查总队19日对外发布数据: the survey office tells the figures; they are the province's
    found = _metrics(gaz, _GRAIN)
    assert _one(found, 600, "亿斤").subject == "湖南省"
    assert all(m.subject != "国家统计局湖南调查总队" for m in found)


def test_a_body_that_releases_nothing_keeps_its_figures(gaz):
    # counter-example: the office's own staff count is the office's
    text = "国家统计局湖南调查总队现有调查员120名,分布在全省各地。\n"
    assert _one(_metrics(gaz, text), 120, "名").subject == "国家统计局湖南调查总队"


# ---------------------------------------------------------------- 省政府批复同意…

_POVERTY = ("记者从新闻发布会了解到,今年2月29日,湖南省政府批复同意2019年拟摘帽的邵阳县等20个贫困县"
            "脱贫摘帽。至此,湖南51个贫困县全部脱贫摘帽。\n")


def test_a_government_that_approves_is_no_subject(gaz):
    # 湖南省政府批复同意…邵阳县等20个贫困县脱贫摘帽: the counties counted are not the government's
    assert _one(_metrics(gaz, _POVERTY), 20, "个").subject != "湖南省政府"


def test_a_government_with_another_verb_stays_the_subject(gaz):
    # counter-example: a government that spends (安排) is the subject of what it spends
    text = "今年,湖南省政府安排专项资金20亿元,支持贫困县发展产业。\n"
    assert _one(_metrics(gaz, text), 20, "亿元").subject == "湖南省政府"


# ---------------------------------------------------------------- 前7位:长沙市(96.1%)、…

_RANKED = ("一、市州全面小康测算结果和推进工作奖励单位\n"
           "全面小康实现程度前7位:长沙市(96.1%)、株洲市(93.3%)、岳阳市(92%)、湘潭市(91.2%)。\n")


def test_bracketed_figures_after_a_colon_are_named_by_the_heading(gaz):
    # 全面小康实现程度前7位:长沙市(96.1%)、株洲市(93.3%): each city's figure, named by the heading
    found = _metrics(gaz, _RANKED)
    assert (_one(found, 96.1, "%").subject, _one(found, 96.1, "%").indicator) == ("长沙市", "全面小康实现程度")
    assert (_one(found, 93.3, "%").subject, _one(found, 93.3, "%").indicator) == ("株洲市", "全面小康实现程度")


def test_bracketed_figures_said_of_after_the_list_keep_that_name(gaz):
    # counter-example: what the sentence says after the list still names the figures, not the heading
    text = "从县市区看:临湘市(7.61亿)、岳阳县(7.54亿)、华容县(6.50亿)三地的财政收入位居全市中游。\n"
    assert _one(_metrics(gaz, text), 7.61).indicator == "财政收入"


# ---------------------------------------------------------------- 加入了X合作社,我承包的…

_JOINER = ("平江县加义镇献钟村村民赖胜前开着自家的收割机忙得不亦乐乎。他逢人便说,搭帮加入了金领农民种植合作社,"
           "我承包的180多亩优质稻购销不用操心,每亩比零散户增收100多元。\n")


def test_the_farmer_who_speaks_of_his_holding_is_the_subject(gaz):
    # 我承包的180多亩: the unquoted 我 is the speaker (赖胜前), not the co-operative named before it
    found = _metrics(gaz, _JOINER)
    assert _one(found, 180, "亩").subject == "赖胜前"
    assert _one(found, 100, "元").subject == "赖胜前"


def test_a_quoted_我_before_its_speaker_is_not_the_person_named_earlier(gaz):
    # counter-example: “…我每年可以增加收入一万多元。”村民李芳说: the quotation's 我 is not 赖胜前
    text = ("村民赖胜前开着收割机。“在公司的帮扶下,我每年可以增加收入一万多元。”联盟村村民李芳说。\n")
    assert _one(_metrics(gaz, text), 1, "万元").subject != "赖胜前"


def test_a_co_operative_not_joined_keeps_its_figures(gaz):
    # counter-example: a co-operative that itself acts (种植) is the subject of its figures
    text = "怀化靖州新厂镇鑫隆农民合作社去年种植2000亩粮食实现收入200万元以上。\n"
    assert _one(_metrics(gaz, text), 2000, "亩").subject.endswith("鑫隆农民合作社")


# ---------------------------------------------------------------- A、B和C…总投资达N

_JOINT = ("目前,湘乡市、韶山市和湘潭县高标准农田项目,已陆续于9月至11月先后动工建设,"
          "财政总投资达8231万元,计划修建拦河坝31座。\n")


def test_a_total_of_places_listed_together_is_their_common_parents(gaz):
    # 湘乡市、韶山市和湘潭县…财政总投资达8231万元: the three lie in 湘潭市, whose total it is
    assert _one(_metrics(gaz, _JOINT), 8231, "万元").subject == "湘潭市"


def test_figures_said_of_each_listed_place_are_no_joint_total(gaz):
    # counter-example: 分别 splits the figures among the places; none is the common parent's
    text = "湘乡市、韶山市和湘潭县分别完成总投资3000万元、2000万元和1000万元。\n"
    assert _one(_metrics(gaz, text), 3000, "万元").subject != "湘潭市"


def test_places_sharing_only_the_province_keep_the_first(gaz):
    # counter-example: places of different cities have no common parent below the province
    text = "湘乡市和浏阳市高标准农田项目已开工,总投资达8231万元。\n"
    assert _one(_metrics(gaz, text), 8231, "万元").subject != "湖南省"


# ---------------------------------------------------------------- 为任务的164.5% / 超任务17元

_TASKS = ("有26个考核指标超额完成任务,分别是:改造县乡公路3290公里,为任务的164.5%;"
          "城市低保对象月人均补差185元,超任务17元;农村五保户分散供养标准为1556元,超任务56元。\n")


def test_a_share_of_the_task_is_named_by_what_was_done(gaz):
    # 改造县乡公路3290公里,为任务的164.5%: the share of the road task done
    found = _metrics(gaz, _TASKS)
    assert _one(found, 164.5, "%").indicator == "改造县乡公路完成任务比例"
    assert _one(found, 17, "元").indicator == "城市低保对象月人均补差超任务"
    assert _one(found, 56, "元").indicator == "农村五保户分散供养标准超任务"


def test_a_growth_after_a_figure_is_no_share_of_a_task(gaz):
    # counter-example: 增长12.5% after the figure is its growth, not a share of any task
    text = "今年全市改造县乡公路3290公里,增长12.5%。\n"
    assert "任务" not in _one(_metrics(gaz, text), 12.5, "%").indicator
