"""graph.metrics: an indicator is a noun phrase. Words before a number that open with a
conjunction, adverb, pronoun, preposition or particle, close with a preposition, particle or
verb of saying, or hold no noun give way to a well-formed fallback. Sentences written for these
tests (invented figures, people and events in the genre)."""
from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from graph.metrics import _badly_bounded, _ill_formed, _nounless, _well_formed_tail
from support import indicators_of


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


# ---- the grammar, word by word

@pytest.mark.parametrize("phrase", ["而周某也是这", "将在前全面完成", "原本需要", "这一数字更是有望", "当晚",
                                    "我们周边", "及周边", "比增", "的财政收入", "内就"])
def test_badly_opened(phrase):
    assert _ill_formed(phrase)


@pytest.mark.parametrize("phrase", ["需在", "控制在", "队员们在", "有着", "较的", "李四指出", "增加到了现在"])
def test_badly_closed(phrase):
    assert _badly_bounded(phrase)


@pytest.mark.parametrize("phrase", ["开展", "签约", "二", ""])
def test_nounless_or_too_short(phrase):
    assert _ill_formed(phrase)


@pytest.mark.parametrize("phrase", ["完成投资", "走访企业", "县本级投入", "财政收入", "规模工业增加值", "化解率",
                                    "生猪出栏", "及时处置率", "比重", "就业人数", "各类船舶", "本次大会应到代表",
                                    "中小企业", "能源消费", "所有制企业"])
def test_noun_phrases_are_well_formed(phrase):
    assert not _ill_formed(phrase)


def test_well_formed_tail():
    assert _well_formed_tail("的财政收入") == "财政收入"
    assert _well_formed_tail("公路总里程由") == "公路总里程"
    assert _well_formed_tail("我们这里粮食产量") == "粮食产量"
    assert _well_formed_tail("而已") == ""


def test_a_verb_alone_is_nounless_but_not_badly_bounded():
    assert _nounless("返岗") and not _badly_bounded("返岗")


# ---- the extractor

def test_an_adverbial_opening_gives_way_to_the_noun_after(gaz):
    assert indicators_of(gaz, "安仁县将在年底前全面完成2140户搬迁。")["2140户"] == "户数"


def test_a_preposition_closing_is_trimmed(gaz):
    assert indicators_of(gaz, "安仁县今年财政收入在18.6亿元左右。")["18.6亿元左右"] == "财政收入"


def test_a_modifier_tail_is_dropped(gaz):
    assert indicators_of(gaz, "安仁县2023年的财政收入12.3亿元。")["12.3亿元"] == "财政收入"


def test_a_bare_verb_gives_way_to_the_counted_noun(gaz):
    assert indicators_of(gaz, "安仁县下发16期工作提示。")["16期"] == "工作提示数"


def test_a_bare_verb_with_no_noun_after_stays(gaz):
    assert indicators_of(gaz, "安仁县开展24小时值班值守。")["24小时"] == "开展"


def test_a_speaker_is_not_what_was_counted(gaz):
    assert indicators_of(gaz, "安仁县村民张三指出,全村有870户。")["870户"] == "户数"


def test_a_pronoun_and_adverbs_leave_a_noun_tail(gaz):
    got = indicators_of(gaz, "安仁县新建桥梁9座,这一数字更是有望在明年突破20座。")
    assert got["9座"] == "新建桥梁"
    assert got["20座"].endswith("数字") and not got["20座"].startswith("这") and "有望" not in got["20座"]


def test_a_bullet_is_no_part_of_the_indicator(gaz):
    got = indicators_of(gaz, "●安仁县有建档立卡贫困户3520户。")
    assert not got["3520户"].startswith("●")


@pytest.mark.parametrize("text, written, indicator", [
    ("安仁县上半年完成投资45.1亿元。", "45.1亿元", "完成投资"),
    ("今年以来,安仁县走访企业3527家。", "3527家", "走访企业"),
    ("安仁县县本级投入2.3亿元。", "2.3亿元", "县本级投入"),
    ("安仁县规模工业增加值45.1亿元。", "45.1亿元", "规模工业增加值"),
    ("安仁县返岗人员10243人。", "10243人", "返岗人员"),
])
def test_good_indicators_stay_as_they_are(gaz, text, written, indicator):
    assert indicators_of(gaz, text)[written] == indicator


# ---- the other paths (change, rank, noun after, durations): sentences written for these tests

@pytest.mark.parametrize("text, written, indicator", [
    # a change whose base is a time keeps it, and takes what changed from the figure before
    ("今年,安仁县水稻播种面积61.2万亩,比去年增加2.3万亩。", "2.3万亩", "水稻播种面积比去年增加"),
    ("安仁县油菜种植比例达到42.5%,较去年提高1.8个百分点。", "1.8个百分点", "油菜种植比例较去年提高"),
    ("安仁县农机化水平达到61%,比2015年提高9个百分点。", "9个百分点", "农机化水平比2015年提高"),
    ("安仁县重点企业上缴税金3210万元,比上年增收460万元,增幅16.7%。", "460万元", "重点企业上缴税金比上年增收"),
    ("安仁县重点企业上缴税金3210万元,比上年增收460万元,增幅16.7%。", "16.7%", "重点企业上缴税金增幅"),
    ("安仁县全县生产总值210亿元,比2016年(下同)增长38.2%。", "38.2%", "生产总值比2016年增长"),
])
def test_a_change_keeps_its_base_and_names_what_changed(gaz, text, written, indicator):
    assert indicators_of(gaz, text)[written] == indicator


def test_a_respective_change_takes_each_figure_before(gaz):
    got = indicators_of(gaz, "安仁县蔬菜总面积36万亩,总产值21亿元,比2015年分别增加4万亩、3亿元。")
    assert got["4万亩"] == "蔬菜总面积比2015年增加"
    assert got["3亿元"] == "总产值比2015年增加"


def test_the_figure_compared_with_and_its_change(gaz):
    got = indicators_of(gaz, "安仁县茶叶加工收入可达到36亿元,较2015年的12.4亿元增加1.9倍。")
    assert not got["12.4亿元"].startswith("较") and got["12.4亿元"].endswith("茶叶加工收入")
    assert got["1.9倍"].endswith("茶叶加工收入较2015年增加")


@pytest.mark.parametrize("text, written, indicator", [
    ("安仁县的税收总量位居全市第一,在增速上却表现平平。", "第一", "税收总量全市排名"),
    ("到2030年,安仁县在全省各县市区工业总量排名第12位。", "第12位", "全省各县市区工业总量排名"),
    ("其中安仁县的增长达到31.5%,位居全市第一。", "31.5%", "增长"),
    ("其中安仁县的增长达到31.5%,位居全市第一。", "第一", "增速全市排名"),
])
def test_a_badly_opened_rank_or_change_gives_its_well_formed_tail(gaz, text, written, indicator):
    assert indicators_of(gaz, text)[written] == indicator


def test_a_quoted_name_opening_a_rank_stays_whole(gaz):
    got = indicators_of(gaz, "该季度考核中,安仁县“比服务质量、看群众口碑”工作综合成绩居全市首位。")
    assert got["首位"].startswith("“比服务质量")


@pytest.mark.parametrize("text, written, indicator", [
    ("其中,安仁县9.3万贫困群众通过产业帮扶走上了致富路。", "9.3万", "贫困群众数"),
    ("深夜,安仁县230余名工人忙着加班加点,赶制订单。", "230余名", "工人数"),
    ("目前,安仁县156个行政村设立了调解室。", "156个", "行政村数"),
    ("安仁县新建供水工程47处,4.6万山区群众喝上了放心水。", "4.6万", "山区群众数"),
])
def test_a_clause_after_the_count_gives_its_subject(gaz, text, written, indicator):
    assert indicators_of(gaz, text)[written] == indicator


@pytest.mark.parametrize("text, written, indicator", [
    ("安仁县不到5个小时就办好了营业执照。", "5个小时", "办好营业执照用时"),
    ("“7天内就拿到了贷款,解了燃眉之急。”", "7天", "拿到贷款用时"),
    ("村民自筹补齐资金,短短4个月就完成16公里管网铺设。", "4个月", "完成管网铺设用时"),
    ("安仁县税务局仅用3个工作日就全部完成审核。", "3个工作日", "完成审核用时"),
])
def test_a_duration_before_an_act_is_the_time_it_took(gaz, text, written, indicator):
    assert indicators_of(gaz, text)[written] == indicator


@pytest.mark.parametrize("text, written, indicator", [
    ("安仁县下发16期工作提示。", "16期", "工作提示数"),
    ("安仁县水稻播种面积61.2万亩,同比增长3.2%。", "3.2%", "水稻播种面积同比增长"),
    ("安仁县建设粮食功能区12个,培育新型职业农民1300人。", "1300人", "培育新型职业农民"),
    ("安仁县地区生产总值增速居全市第三。", "第三", "地区生产总值增速全市排名"),
    ("安仁县开展24小时值班值守。", "24小时", "开展"),
    ("安仁县培训茶叶种植园的新型职业农民300人。", "300人", "培训茶叶种植园的新型职业农民"),
])
def test_good_indicators_of_the_other_paths_stay(gaz, text, written, indicator):
    assert indicators_of(gaz, text)[written] == indicator


# ---- the noun after a measure: an amount of it, not a count (数 only for counts)

@pytest.mark.parametrize("text, figure, indicator", [
    # area: the thing measured has an area
    ("安仁县将在年底前完成46亩优质稻试验田。", "46亩", "优质稻试验田面积"),
    ("安仁县新增27公顷林地。", "27公顷", "林地面积"),
    ("安仁县新建12万平方米厂房。", "12万平方米", "厂房面积"),
    # length: a road's or a line's 里程, else 长度
    ("安仁县今年新修8.6公里乡村公路。", "8.6公里", "乡村公路里程"),
    ("安仁县建成18.5公里环线。", "18.5公里", "环线里程"),
    ("安仁县新建3.5公里污水管网。", "3.5公里", "污水管网长度"),
    # money, weight, volume: the noun already names the amount
    ("安仁县投入3200万元专项资金。", "3200万元", "专项资金"),
    ("安仁县帮助56家企业获得3.2亿元贷款。", "3.2亿元", "贷款"),
    ("安仁县新材料产业园项目一期8000吨硅砂“点火”投产。", "8000吨", "硅砂"),
    ("安仁县将在年底前储备6000吨稻谷。", "6000吨", "稻谷"),
    ("安仁县新开发15万立方米土方。", "15万立方米", "土方"),
    # a weight the clause says was produced
    ("去年,安仁县华兴矿业公司就产出了3万吨硅砂。", "3万吨", "硅砂产量"),
])
def test_a_noun_after_a_measure_names_an_amount(gaz, text, figure, indicator):
    assert indicators_of(gaz, text)[figure] == indicator


@pytest.mark.parametrize("text, figure, indicator", [
    ("安仁县下发16期工作提示。", "16期", "工作提示数"),
    ("安仁县建成26个村级服务站。", "26个", "村级服务站数"),
    ("安仁县帮助56家企业获得3.2亿元贷款。", "56家", "企业数"),
    ("安仁县将在年底前完成2140户搬迁。", "2140户", "户数"),
])
def test_a_noun_after_a_count_keeps_数(gaz, text, figure, indicator):
    assert indicators_of(gaz, text)[figure] == indicator


def test_a_measure_before_an_indicator_stays(gaz):
    assert indicators_of(gaz, "安仁县今年财政收入在18.6亿元左右。")["18.6亿元左右"] == "财政收入"
