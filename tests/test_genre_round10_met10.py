"""Tenth round (met10): rules of the genre found on the seventh development set
(benchmarks/unseen/dev7, h151–h170) for metric values, units, ranks and subjects. Each rule is
tested on its dev7 sentence with a counter-example it must not fire on."""
from __future__ import annotations

from graph.numbers import find_quantities
from graph.text import make_document

from support import metric_rows, places_of, surfaces, units_of


# ---------------------------------------------------------------- measure words of the genre

def test_colloquial_units_are_read_whole():
    assert (50.0, "万平米") in units_of("创业创新平台累计运营面积近50万平米,为200家中小微企业提供服务")   # dev7 h165
    assert (14892.0, "总吨") in units_of("全州现有各类船舶870艘、14892总吨、11093千瓦。")               # dev7 h162
    assert (43.0, "万度") in units_of("全县已建成并网25个省定贫困村村级光伏电站,累计发电43万度。")      # dev7 h164
    assert (7.0, "大类") in units_of("开展全覆盖需求调研,梳理形成7大类居民核心诉求。")                   # dev7 h168


def test_a_bare_du_is_a_degree_not_electricity():
    assert units_of("连续5天30度以上高温") == [(5.0, "天")]
    assert units_of("打造360度全景展示") == []
    assert (3.0, "个") in units_of("聚焦3大领域")           # 大 alone still counts items


# ---------------------------------------------------------------- a:b:c ratios dated in their clause

_H163 = "三次产业比由2012年的14.6:53.1:32.3调整为2016年的13.3:47.6:39.1。"     # dev7 h163


def test_a_sector_ratio_dated_by_a_period_is_read_part_by_part():
    values = [v for v, u in units_of(_H163) if u == ""]
    assert values == [14.6, 53.1, 32.3, 13.3, 47.6, 39.1]


def test_a_ratio_that_is_no_share_or_has_no_cue_is_not_read():
    assert units_of("产业比由2012年的1:1:1调整为2016年的3:2") == []     # parts do not add up to 100
    assert units_of("比赛双方由上半场的45:55调整为下半场的50:50") == []   # no ratio cue


# ---------------------------------------------------------------- 由原A村、B村…合并而成 (names in full)

_H154 = ("会同县地灵乡团结村,由原罗家村、龙貌村、团结村、新开村合并而成,新村部设立于原团结村村部,"
         "位于湘黔交界地区。")                                                      # dev7 h154


def test_former_villages_written_in_full_are_villages_of_the_town_written_with_the_village(gaz):
    _, mentions, new = places_of(_H154, gaz)
    assert {"罗家村", "龙貌村", "新开村"} <= set(surfaces(mentions))
    town = next(m.key for m in mentions if m.surface == "地灵乡")
    parents = {e.name: e.parent for e in new}
    assert parents["罗家村"] == parents["龙貌村"] == parents["新开村"] == town
    assert "团结村" not in {e.name for e in new}          # the merged village itself: no new entry


def test_villages_named_together_but_not_merged_are_not_former_villages(gaz):
    _, mentions, _ = places_of(_H154.replace("合并而成", "联合举办了活动"), gaz)
    assert not {"罗家村", "龙貌村", "新开村"} & set(surfaces(mentions))


# ---------------------------------------------------------------- 居…首位; a place between rank verb and rank

_H161 = ("华容县今年上半年,该县地方税收收入完成3.57亿元,同比增长1.9%,增幅位居岳阳6县市首位。"
         "该县新签约项目39个,合同引资92.76亿元,新注册湘商回归企业9家,数量位列岳阳第一。"
         "省市重点民生实事项目,华容已完成15项,整体序时进度排岳阳市第二。")           # dev7 h161


def test_shouwei_after_a_rank_verb_is_rank_one():
    ranks = [(q.quantity.value, q.quantity.unit, q.quantity.rank) for q in find_quantities(_H161)
             if q.quantity.rank]
    assert ranks[0] == (1.0, "位", True)
    assert find_quantities("获批规模居6县市首位,同时")[0].quantity.rank


def test_shouwei_without_a_rank_verb_is_a_priority_not_a_rank():
    assert find_quantities("该公司把重点品类经营放在首位,通过把握各类商品的销售规律") == []
    assert find_quantities("始终把群众安全摆在首位") == []


def test_a_place_between_the_rank_verb_and_the_rank_is_the_yardstick(gaz):
    ranks = [(s, v, u) for s, _, v, u in metric_rows(_H161, gaz) if "排名" in _]
    assert ranks == [("华容县", 1.0, "位"), ("华容县", 1.0, "名"), ("华容县", 2.0, "名")]


def test_a_place_before_the_rank_verb_stays_the_subject(gaz):
    found = metric_rows("岳阳市规模工业增加值增长8.1%,增速居全省第二。", gaz)
    assert [s for s, i, v, _ in found if v == 2.0] == ["岳阳市"]


# ---------------------------------------------------------------- N岁的<descriptors><name>: the person's age

_H153 = ("长沙市人大常委会主任袁观清颁发任命书,今年51岁的郭塨告别了耕耘27年的医疗卫生系统,"
         "从长沙市卫生局党委副书记转任市食品药品监督管理局局长。")                      # dev7 h153


def test_the_age_before_a_name_is_that_persons_age(gaz):
    found = {(v, u): s for s, _, v, u in metric_rows(_H153, gaz)}
    assert found[(51.0, "岁")] == "郭塨"
    text = "临江村蔬菜基地包装车间内,74岁的左光购与64岁的谢归菊夫妻正默契地给新鲜蘑菇套袋。"   # dev4 h63
    found = {(v, u): s for s, _, v, u in metric_rows(text, gaz)}
    assert found[(74.0, "岁")] == "左光购" and found[(64.0, "岁")] == "谢归菊"


def test_an_age_before_a_descriptor_with_no_name_names_no_person(gaz):
    from graph.metrics import aged_persons

    for text in ("临江村90岁的高龄老人也赶来参加。", "全村80岁的老人每月领取高龄补贴。",
                 "临江村75岁的甲鱼养殖户也来了。"):
        assert aged_persons(make_document(text, "t"), gaz, []) == []


def test_an_age_right_before_a_citizen_word_and_name_is_that_persons_age(gaz):
    text = "石门县洲浒溪村村部附近有一片花坛,92岁村民盛忠秀经常擦洗花坛瓷砖围栏。"          # dev5 h104
    found = {(v, u): s for s, _, v, u in metric_rows(text, gaz)}
    assert found[(92.0, "岁")] == "盛忠秀"


def test_an_age_far_before_a_name_stays_the_places(gaz):
    text = "石门县洲浒溪村共有90岁以上老人12名,村民盛忠秀经常擦洗花坛瓷砖围栏。"
    found = {(v, u): s for s, _, v, u in metric_rows(text, gaz)}
    assert found.get((90.0, "岁")) != "盛忠秀"


# ---------------------------------------------------------------- X等N个<noun>: the noun says what is counted

_H157 = "其中,邵东市自愿戒毒所、邵东市智康医疗二期等8个项目开工,湖南省五阳塑胶制品生产线等6个项目竣工。"   # dev7 h157


def test_a_count_after_examples_closed_by_deng_counts_the_noun_after_it(gaz):
    indicators = {v: i for _, i, v, _ in metric_rows("邵东市" + _H157, gaz)}
    assert indicators[8.0] == indicators[6.0] == "项目数"       # were 智康医疗二期等, 五阳塑胶制品生产线等


def test_examples_with_no_noun_after_the_count_keep_the_list(gaz):
    found = metric_rows("邵东市今年共清查娱乐场所、网吧等547家,整改隐患30处。", gaz)
    assert [i for _, i, v, _ in found if v == 547.0] == ["清查娱乐场所、网吧等"]


def test_a_ratio_after_a_ratio_of_its_clause_names_its_parts_like_the_first(gaz):
    found = metric_rows("桂阳县产业转型步伐加快。" + _H163, gaz)                       # dev7 h163
    names = {v: i for _, i, v, _ in found}
    assert names[14.6] == names[13.3] == "第一产业比"
    assert names[53.1] == names[47.6] == "第二产业比"
    assert names[32.3] == names[39.1] == "第三产业比"


def test_a_ratio_alone_in_its_clause_is_named_by_the_words_before_it(gaz):
    found = metric_rows("岳阳县一、二、三产业投资占比分别为7.4:49.5:43.1。", gaz)        # dev3 h46
    assert {v: i for _, i, v, _ in found}[7.4] == "第一产业投资占比"


# ---------------------------------------------------------------- N年党龄: the person's party standing

_H166 = "杨球村佳竹盈竹木目前已吸纳11名本村劳动力就业。负责人吴金峰是一名有着20多年党龄的党员,去年扩建了车间。"  # dev7 h166


def test_a_party_standing_is_the_person_named_last_before_it(gaz):
    found = {(v, u): (s, i) for s, i, v, u in metric_rows(_H166, gaz)}
    assert found[(20.0, "年")] == ("吴金峰", "党龄")                  # an official (负责人), was 杨球村


def test_years_that_are_no_party_standing_stay_the_places(gaz):
    found = {(v, u): s for s, _, v, u in metric_rows(_H166.replace("有着20多年党龄的党员", "在村里工作了20多年"), gaz)}
    assert found[(20.0, "年")] != "吴金峰"
    found = {(v, u): s for s, _, v, u in metric_rows("杨球村现有党员35名,平均党龄20年。", gaz)}
    assert found[(20.0, "年")] == "杨球村"                            # no person named before
