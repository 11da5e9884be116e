"""graph.metrics, the subject / program / period side, on sentences of Hunan news articles the
extractors were not tuned on (benchmarks/unseen/review1/*: metrics, towns and programs reviews). Each rule
has the sentence it was made for and a counter-example it must not fire on. The whole pipeline
runs on each snippet (real place, organisation, person and program extractors)."""
from __future__ import annotations


from graph.metrics import find_periods
from graph.places import dateline_end
from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- the dateline is metadata

QIDONG = ("【半年成绩单】祁东:经济运行总体平稳 高质量发展向前迈进\n"
          "红网时刻衡阳7月27日讯(记者 王敏)地区生产总值137.31亿元,同比增长8.7%;"
          "一般公共预算收入6.4亿元,同比增长6.4%。\n")


def test_dateline_span_includes_its_bracketed_credit():
    text = "红网时刻衡阳7月27日讯(记者 王敏)地区生产总值137.31亿元"
    assert text[:dateline_end(text, 0, len(text))] == "红网时刻衡阳7月27日讯(记者 王敏)"
    wire = "新华社长沙3月24日电 3月24日,会议召开"
    assert wire[:dateline_end(wire, 0, len(wire))] == "新华社长沙3月24日电"


def test_dateline_needs_an_outlet_or_a_date():
    text = "近日传来喜讯,该县获评全国文明城市"
    assert dateline_end(text, 0, len(text)) is None


def test_dateline_place_and_date_are_not_the_subject_or_period(gaz):
    gdp = _one(_metrics(gaz, QIDONG), 137.31)
    assert gdp.subject == "祁东县"            # the headline's county, not the outlet's 衡阳
    assert gdp.period != "7月27日"
    assert gdp.indicator == "地区生产总值"     # the indicator starts after the credit


def test_body_date_after_a_dateline_is_still_a_period(gaz):
    text = ("石门县10月份6个项目集中开工\n"
            "湖南日报·新湖南客户端10月8日讯(记者 郑凯洲)10月8日,石门县6大项目集中开工,总投资约7亿元。\n")
    assert _one(_metrics(gaz, text), 7).period == "10月8日"


# ---------------------------------------------------------------- period words are words

def _written(text: str) -> list[str]:
    return [p for _, _, p in find_periods(text)]


def test_period_word_inside_a_longer_word_is_no_period():
    text = ("城乡供水一体化、归阳特色小城镇建设等34个项目入库,环保发电厂、四明山与落排洲旅游开发、"
            "文化创意产业园等7个PPP项目前期工作进展较快")
    assert "目前" not in _written(text)          # 项目|前期


def test_period_word_naming_a_plan_is_no_period():
    text = ("一季度全县累计完成固定资产投资179.4亿元,同比增长15.7%,增速高于全市1.7个百分点,"
            "完成年初计划的20%,总量排名四县(市、区)第一位。")
    assert _written(text) == ["一季度"]


def test_period_words_standing_alone_are_kept():
    assert _written("截至目前,全县共办结问题179个") == ["截至目前"]
    assert _written("目前,5个村发展油茶产业5460亩") == ["目前"]
    assert _written("全年完成固定资产投资50亿元") == ["全年"]
    assert _written("扎实推进今年以来的各项工作") == ["今年以来"]


def test_plan_period_no_longer_shifts_the_rank_period(gaz):
    text = ("长沙县一季度重大项目调度会召开\n"
            "一季度全县累计完成固定资产投资179.4亿元,同比增长15.7%,增速高于全市1.7个百分点,"
            "完成年初计划的20%,总量排名四县(市、区)第一位。\n")
    assert _one(_metrics(gaz, text), 20, "%").period == "一季度"


# ---------------------------------------------------------------- which program a figure counts

HENGNAN = "衡南县上半年经济运行稳中向好\n"


def test_framing_strategy_does_not_link_aggregate_figures(gaz):
    text = HENGNAN + ("今年来,衡南县坚持稳中求进的工作总基调,围绕“四区一花园”战略布局,全县经济发展稳中向好:"
                      "上半年,全县地区生产总值同比增长8.2%。\n")
    assert _one(_metrics(gaz, text), 8.2).program is None


def test_campaign_in_another_clause_still_links(gaz):
    # counter-example: a campaign the sentence reports on (not framed by 围绕/锚定) keeps its link
    text = ("衡阳县项目建设掀起新高潮\n"
            "“为民办实事”农村饮水安全项目完成投资2.3亿元,解决农村饮水不安全人数4.7万人,"
            "完成年度目标任务78%,13处集中供水工程全部开工建设。\n")
    assert _one(_metrics(gaz, text), 4.7).program == "为民办实事"


def test_quoted_name_after_a_count_is_what_it_counts(gaz):
    text = ("古丈县优化营商环境工作综述\n"
            "探索实施“书记、县长营商环境直通车”“企业家日”,畅通企业与县领导沟通交流新平台;"
            "创新开展3次“双月双擂台大比武”、2次“百家企业评百股”等活动,赢得市场主体普遍好评。\n")
    metrics = _metrics(gaz, text)
    assert _one(metrics, 3, "次").program != "百家企业评百股"
    assert _one(metrics, 2, "次").program == "百家企业评百股"


# ---------------------------------------------------------------- who the figures are about

def test_body_telling_the_news_is_not_the_subject(gaz):
    text = ("浏阳村集体经济各显神通\n"
            "湖南日报1月22日讯(全媒体记者 王文)浏阳市农业农村局今天传来消息,2025年全市302个涉农村(社区)"
            "集体经济总收入达2.29亿元,其中经营性收入8473.02万元。"
            "所有涉农村(社区)收入均超50万元,35个村(社区)更是突破百万元大关。\n")
    metrics = _metrics(gaz, text)
    assert _one(metrics, 8473.02).subject == "浏阳市"
    assert _one(metrics, 35).subject == "浏阳市"


def test_body_acting_stays_the_subject(gaz):
    # counter-example: 派出 is the body's own action, not a report
    text = ("凤凰涅槃第二春\n"
            "2017年,岳阳市委、市政府同时派出5个区,重点支持平江5个脱贫攻坚任务最重的贫困村。\n")
    first = next(m for m in _metrics(gaz, text) if m.value == 5)
    assert first.subject == "岳阳市政府"


CAICHANG = ("浏阳村集体经济各显神通\n"
            "深冬时节,枨冲镇才常村稻蛙共养基地一片忙碌。\n")


def test_village_party_cell_speaks_for_its_village(gaz):
    text = CAICHANG + ("“2025年黑斑蛙产量30万斤,带动村集体经济增收370余万元!”村党总支书记唐博难掩自豪。"
                       "自2019年起试推“稻蛙共生”模式,基地从15亩扩建至140亩。\n")
    metrics = _metrics(gaz, text)
    assert _one(metrics, 370).subject == "才常村"
    assert _one(metrics, 140).subject == "才常村"


def test_party_cell_keeps_its_membership_count(gaz):
    # counter-example: the cell's own members are the cell's
    text = CAICHANG + "“支部现有党员48名,个个都是致富能手。”村党总支书记唐博说。\n"
    assert _one(_metrics(gaz, text), 48).subject != "才常村"


LOUDI = ("“娄底红”成为新潮流的主色调\n"
         "当记者来到甘子冲社区时,长青藤志愿者谢仲甫正在清理堵塞的居民楼下水道。\n"
         "根据要求,“两长三员”需要义务帮助处理楼栋居民的生活困难。"
         "担任楼栋党员组长的谢仲甫,仅今年就出了近100个义务工。\n")


def test_later_mention_of_a_citizen_is_an_anchor(gaz):
    assert _one(_metrics(gaz, LOUDI), 100).subject == "谢仲甫"


def test_citizen_is_not_the_subject_of_a_paragraph_not_naming_him(gaz):
    # counter-example: the name is an anchor where it is written, not a topic for later paragraphs
    text = LOUDI + "甘子冲社区共有楼栋党员组长36名。\n"
    assert _one(_metrics(gaz, text), 36).subject != "谢仲甫"


# ---------------------------------------------------------------- 投资N元的<project>

SHIMEN = ("石门县10月份6个项目集中开工 总投资7亿元\n"
          "集中开工的项目包括投资1.4亿元的石门县县域治理现代化指挥中心项目,主要包括县域治理现代化指挥中心软件平台建设、"
          "数据库建设等。投资1亿元的湖南石门超级计算公共平台项目,项目建成后将处于全国超算领域大型集群领先水平。"
          "投资1亿元的安防线束及汽车线束生产制造项目,投产达效后年产值达3500万元以上,可提供就业岗位100个。"
          "投资5000万元的湖南愿景物流园建设项目,建成后将与澧水河运码头形成配套。"
          "投资2亿元的正大集团乌木溪6000头种猪场项目,该项目位于石门县维新镇观峰山村,建成后年产值可达7.2亿元。\n")


def test_invested_amount_belongs_to_the_project_after_de(gaz):
    metrics = _metrics(gaz, SHIMEN)
    assert _one(metrics, 1.4).subject == "石门县县域治理现代化指挥中心项目"
    assert _one(metrics, 5000).subject == "湖南愿景物流园建设项目"
    assert _one(metrics, 2).subject == "正大集团乌木溪6000头种猪场项目"
    assert _one(metrics, 7.2).subject == "正大集团乌木溪6000头种猪场项目"


def test_named_project_not_found_is_no_earlier_projects_topic(gaz):
    metrics = _metrics(gaz, SHIMEN)
    for value in (3500, 100):
        assert _one(metrics, value).subject != "湖南石门超级计算公共平台项目"


def test_generic_project_after_de_changes_nothing(gaz):
    # counter-example: 投资1亿元的项目 names no project; the figure stays the county's
    text = "石门县重点项目建设提速\n今年,石门县投资1亿元以上的项目有12个,投资1亿元的项目有5个。\n"
    assert _one(_metrics(gaz, text), 5, "个").subject == "石门县"


# ---------------------------------------------------------------- repeats

BAOZI = ("会同堡子镇 “五村联创”共奔富路\n"
         "11月4日,会同县堡子镇黄旗村,村民正忙着移栽油菜。种植大户石德祥告诉记者:"
         "“我们周边5个村都在种植油菜,明年春天可以共同举办‘万亩油菜花节’了。”\n"
         "铺开会同县堡子镇“导览图”,堡子村、黄旗村、胜溪村、茶冲村、上坊村首尾相连。"
         "但过去5个村“各自为政”,资源、地理优势得不到充分发挥。\n"
         "5个村按照“打造点、串成线、连成片”产业规划,打破村级界限,联动发展特色产业。"
         "目前,5个村发展油茶产业5460亩、杂交水稻制种基地4000亩、果蔬基地1000亩,形成连片规模效应。\n")


def test_a_count_repeated_as_the_subject_of_later_sentences_is_one_set(gaz):
    fives = [m for m in _metrics(gaz, BAOZI) if m.value == 5 and m.unit == "个"]
    assert len(fives) == 1


def test_a_small_count_of_another_noun_is_kept(gaz):
    # counter-example: 5个组 is not the 5个村 counted before
    text = BAOZI + "目前,5个组已完成改厕任务。\n"
    fives = [m for m in _metrics(gaz, text) if m.value == 5 and m.unit == "个"]
    assert len(fives) == 2


HENGNAN_DECK = ("衡南县:上半年经济运行稳中向好\n"
                "完成地方一般公共预算收入6.01亿元,同比增长8.85%;规上工业增加值同比增长9.8%\n"
                "今年来,衡南县坚持稳中求进的工作总基调,全县经济发展稳中向好:上半年,全县地区生产总值同比增长8.2%;"
                "完成地方一般公共预算收入6.01亿元,同比增长8.85%;规上工业增加值同比增长9.8%。\n")


def test_rare_small_values_repeated_are_one_fact(gaz):
    metrics = _metrics(gaz, HENGNAN_DECK)
    assert len([m for m in metrics if m.value == 6.01]) == 1
    assert len([m for m in metrics if m.value == 8.85]) == 1


def test_common_rates_repeated_are_kept(gaz):
    # counter-example: 9.8% (one decimal) is too common to be taken for the same fact
    assert len([m for m in _metrics(gaz, HENGNAN_DECK) if m.value == 9.8]) == 2


def test_lead_figures_take_the_period_after_their_closer(gaz):
    text = QIDONG.replace("6.4%。", "6.4%;社会消费品零售总额59.02亿元,同比增长11.1%......今年1—6月,祁东经济运行总体平稳。")
    assert _one(_metrics(gaz, text), 137.31).period == "今年1—6月"


def test_figures_of_an_earlier_sentence_keep_their_own_period(gaz):
    # counter-example: a full stop ends the run of figures the closer's period is for
    text = ("祁东经济运行总体平稳\n"
            "全县地区生产总值250亿元。一般公共预算收入6.4亿元......今年1—6月,祁东经济运行总体平稳。\n")
    metrics = _metrics(gaz, text)
    assert _one(metrics, 6.4).period == "今年1—6月"
    assert _one(metrics, 250).period != "今年1—6月"
