"""graph.metrics, round 18: causes of anchoring errors seen across development sets. Each rule has
sentences in the genre (our own writing: invented names, places and figures) and a counter-example
it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- N岁的 + an official named bare

def test_an_age_before_an_officials_later_bare_name_is_the_officials(gaz):
    # a cadre introduced with a title, then 今年N岁的 + the bare name: the age is the cadre's,
    # not the community's or village's written before it
    text = "青松社区网格员方晓梅及时赶到现场。今年31岁的方晓梅负责社区养老服务工作。\n"
    assert _one(_metrics(gaz, text), 31, "岁").subject == "方晓梅"


def test_an_age_before_a_citizens_name_stays_the_citizens(gaz):
    # counter-example: an official speaks, the age qualifies the citizen named after it
    text = "红星村党支部书记李国梁介绍,今年56岁的村民王德旺种植柑橘30亩。\n"
    found = _metrics(gaz, text)
    assert _one(found, 56, "岁").subject == "王德旺"
    assert _one(found, 30, "亩").subject != "李国梁"
