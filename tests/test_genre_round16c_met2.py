"""graph.metrics, round 16c: causes of anchoring errors seen across development sets. Each rule
has a sentence in the genre (our own writing: invented figures, invented zones) and a
counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- a bare 园区 opening a clause

def test_a_bare_park_opening_a_clause_is_the_zone_named_before(gaz):
    # a development zone's figures written under a bare 园区 (园区新开工项目N个) after the zone
    # was named: the zone is their subject, not the county named closer to the figure
    text = ("祁东经济开发区是全省首批省级开发区。"
            "祁东县今年加快工业发展,园区新开工项目12个,完成固定资产投资25亿元。\n")
    found = _metrics(gaz, text)
    assert _one(found, 12, "个").subject == "祁东经济开发区"
    assert _one(found, 25, "亿元").subject == "祁东经济开发区"


def test_a_bare_park_without_a_zone_named_before_keeps_the_place(gaz):
    # counter-example: no zone named in the article, 园区 refers to nothing the text names
    text = "祁东县召开会议,部署全年工作。园区新开工项目12个,完成固定资产投资25亿元。\n"
    found = _metrics(gaz, text)
    assert _one(found, 12, "个").subject == "祁东县"
