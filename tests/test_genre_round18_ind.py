"""graph.metrics, round 18: causes of indicator errors seen across several development sets.
Each rule has sentences in the genre (our own writing: invented names, places and figures) and a
counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- a count of villages with what is said of them

def test_a_count_of_villages_followed_by_what_is_said_of_them_counts_the_villages(gaz):
    # dev8 h186 (N个村跻身…区间), dev9 h210 (N个村的育苗户), dev10 h227 (N个村都在种植),
    # dev11 h249 (N个村集体经济经营性收入达…), dev11 h250 (N个村村集体经济…)
    for text in ("截至10月底,该县320个村集体经济经营性收入达5000万元。",
                 "龙溪镇80多个村跻身10万元收入区间。",
                 "来自白沙等9个村的种植户满载而归。",
                 "全乡6个村村集体经济收入全部达到10万元以上。",
                 "我们附近4个村都在种桃树。"):
        found = [m for m in _metrics(gaz, text + "\n") if m.unit == "个"]
        assert len(found) == 1 and found[0].indicator == "村数", (text, [m.indicator for m in found])


def test_a_count_of_things_named_after_a_village_keeps_the_things(gaz):
    # counter-examples: 村卫生室, 村集体经济组织, 村民小组 are what was counted
    assert _one(_metrics(gaz, "全县1300个村卫生室完成标准化建设。\n"), 1300).indicator == "村卫生室数"
    assert _one(_metrics(gaz, "全县有5个村集体经济组织获得表彰。\n"), 5).indicator == "村集体经济组织数"
    assert _one(_metrics(gaz, "龙溪村辖12个村民小组。\n"), 12).indicator.endswith("村民小组数")
    # one character after the village makes a compound: 县直单位, 省定贫困村 are what was counted
    assert _one(_metrics(gaz, "此次涉及18个县直单位和9个乡镇。\n"), 18).indicator == "县直单位数"
    assert _one(_metrics(gaz, "全市31个省定贫困村建成光伏电站。\n"), 31).indicator.startswith("省定贫困村")
