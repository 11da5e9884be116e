"""graph.numbers / graph.metrics, round 23: how values are written in fresh Hunan farm and
poverty-alleviation items (a range whose low end carries only its magnitude, an approximate range in
Chinese numerals, a villagers' group written as 村N组). Each rule is asserted on a sentence of one of
those articles and has a counter-example it must not fire on."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one

from graph.numbers import find_quantities


def _written(text: str) -> list[tuple[float, float | None, str]]:
    return [(q.quantity.value, q.quantity.high, q.quantity.unit) for q in find_quantities(text)]


# ---------------------------------------------------------------- 2万至3万元

def test_a_ranges_low_end_with_only_its_magnitude_takes_the_high_ends_unit(gaz):
    # 每人年增收可达2万至3万元: both ends are amounts of money, 2 万元 and 3 万元 (not 2 万)
    text = ("村支书杨相爱介绍,曲塘村柑橘专业合作社通过流转土地和吸纳贫困户入股,帮助他们增收脱贫。"
            "现入社贫困村民87人,每人年增收可达2万至3万元。\n")
    found = _metrics(gaz, text)
    assert _one(found, 2, "万元")
    assert _one(found, 3, "万元")
    assert not [m for m in found if m.unit == "万"]


def test_a_change_from_one_amount_to_another_is_no_range():
    # counter-example: 由2万提高至3万元 is a change (提高至), not a range joined by 至 alone
    assert _written("人均收入由2万提高至3万元")[0] == (2, None, "万")


# ---------------------------------------------------------------- 六七千元

def test_two_neighbouring_chinese_digits_are_an_approximate_range(gaz):
    # 一亩丰产茶园有六七千元收入: 6000 .. 7000 元, kept as a fact (money), not dropped as wording
    text = ("现在,该村356户村民家家户户有茶园,一亩丰产茶园有六七千元收入。\n")
    assert _one(_metrics(gaz, text), 6000, "元")
    assert _written("一天也有一两百元收入") == [(100, 200, "元")]
    assert _written("种了七八亩") == [(7, 8, "亩")]


def test_chinese_numerals_that_are_no_pair_keep_their_value():
    # counter-example: 二十三 is one number, 二〇二二年 a year
    assert _written("完成二十三个") == [(23, None, "个")]
    assert _written("二〇二二年") == []


# ---------------------------------------------------------------- 江头村3组

def test_a_villagers_group_after_its_village_is_no_count(gaz):
    # 江头村3组脱贫户王华秀: the group is the villager's address, not three groups
    text = ("早上7点30分,江头村3组脱贫户王华秀和其他采茶工们已经在茶园里忙碌起来了。\n")
    assert not [m for m in _metrics(gaz, text) if m.unit == "组"]


def test_groups_not_after_a_village_are_counted():
    # counter-example: 分成3组 counts groups
    assert _written("全村党员分成3组开展巡查") == [(3, None, "组")]


# ---------------------------------------------------------------- 每人年增收可达

def test_a_modal_closing_the_indicator_is_no_part_of_it(gaz):
    # 每人年增收可达2万至3万元: 可 says the figure is possible; what is measured is 每人年增收
    text = ("村支书杨相爱介绍,曲塘村柑橘专业合作社通过流转土地和吸纳贫困户入股,帮助他们增收脱贫。"
            "现入社贫困村民87人,每人年增收可达2万至3万元。\n")
    found = _metrics(gaz, text)
    assert _one(found, 2, "万元").indicator == "每人年增收"
    assert _one(found, 3, "万元").indicator == "每人年增收"


def test_a_word_ending_in_a_modal_character_is_kept():
    # counter-example: 行政许可 ends with 可 but is one word (a licence), not a modal
    from graph.metrics import _trim_indicator
    assert _trim_indicator("办理行政许可", [], 0) == "办理行政许可"
    assert _trim_indicator("投产产量可以", [], 0) == "投产产量"


# ---------------------------------------------------------------- 2014年度内

def test_a_fiscal_year_is_the_period_as_written(gaz):
    # 2014年度内实施基础平台建设项目的单位5个: the period is 2014年度内, and 度内 is no part of the indicator
    text = ("隆回县连续8年被国家农业部确定为全国超级杂交稻示范推广县。2014年度内实施基础平台建设项目的单位5个,"
            "实施加工产业项目的单位8个。\n")
    m = _one(_metrics(gaz, text), 5, "个")
    assert m.period == "2014年度内"
    assert not m.indicator.startswith("度")


def test_a_plain_year_keeps_its_period():
    # counter-example: 2022年全县 is the year alone (no 度 follows)
    from graph.metrics import find_periods
    assert find_periods("2022年全县新建基地3个") == [(0, 5, "2022年")]


# ---------------------------------------------------------------- 农机合作社5个、农机大户10个

_LONGHUI_2014 = ("隆回县连续8年被国家农业部确定为全国超级杂交稻示范推广县。"
                 "2014年度内实施基础平台建设项目的单位5个,实施加工产业项目的单位8个,建立了农机技术培训基地2个,"
                 "培养了农机合作社5个、农机大户10个,联合县内6家植保合作社开展植保技术服务,"
                 "建立县内直销店7家,加盟店91家。\n")


def _by_indicator(found: list, value: float, unit: str) -> list[str]:
    return sorted(m.indicator for m in found if m.value == value and m.unit == unit)


def test_the_words_after_a_listed_count_name_the_next_item(gaz):
    # 培养了农机合作社5个、农机大户10个: 5个 counts the cooperatives (not 农机大户数, the next item)
    found = _metrics(gaz, _LONGHUI_2014)
    assert "农机合作社" in _by_indicator(found, 5, "个")
    assert not [i for i in _by_indicator(found, 5, "个") if "大户" in i]
    assert _one(found, 10, "个").indicator == "农机大户"


def test_a_count_right_before_its_noun_still_takes_it(gaz):
    # counter-example: 培养了15个农机合作社: the noun right after the count is what was counted
    assert "农机合作社" in _one(_metrics(gaz, "隆回县培养了15个农机合作社。\n"), 15, "个").indicator


# ---------------------------------------------------------------- 联合县内6家植保合作社

def test_a_jurisdictions_inside_before_a_count_is_a_frame(gaz):
    # 联合县内6家植保合作社开展植保技术服务: 县内 frames the act; the cooperatives are counted
    assert "植保合作社" in _one(_metrics(gaz, _LONGHUI_2014), 6, "家").indicator


def test_a_noun_before_a_count_stays_what_is_counted(gaz):
    # counter-example: 联合县内企业6家: the phrase ends in a noun (企业), which names what is counted
    assert "企业" in _one(_metrics(gaz, "隆回县联合县内企业6家开展植保技术服务。\n"), 6, "家").indicator


# ---------------------------------------------------------------- both ends of a range

def test_a_range_is_two_facts_its_low_and_high_end(gaz):
    # 一亩丰产茶园有六七千元收入: 6000 元 and 7000 元, one indicator
    text = ("现在,该村356户村民家家户户有茶园,一亩丰产茶园有六七千元收入。\n")
    found = _metrics(gaz, text)
    assert _one(found, 6000, "元").indicator == _one(found, 7000, "元").indicator


def test_a_single_figure_is_one_fact(gaz):
    # counter-example: 3200亩 (no range) gives one metric, no high end
    text = ("4月11日,洞口县竹市镇曲塘村山坡上,3200亩柑橘树迎风而立,枝条上花朵含苞待放。\n")
    found = _metrics(gaz, text)
    assert len([m for m in found if m.unit == "亩"]) == 1


def test_a_range_naming_a_bracket_is_no_fact(gaz):
    # a bracket things fall into (收入在10-50万元区间) is a class: neither end is a figure
    # (constructed: none of the fresh articles has one; it guards the rule above)
    text = "全镇有20多个村的集体经济收入在10-50万元区间。\n"
    assert not [m for m in _metrics(gaz, text) if m.unit == "万元"]
