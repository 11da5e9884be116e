"""graph.metrics, round 19: causes of anchoring errors seen across development sets. Each rule has
sentences in the genre (our own writing: invented names, places and figures) and a counter-example
it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- a name in brackets after a count

def test_a_company_in_brackets_after_a_count_is_no_topic_of_later_clauses(gaz):
    # 其中X企业1家(Y公司): the bracketed company is an example of what was counted; the counts
    # after it stay the town's
    text = ("2024年,龙田镇招商引资成效明显,新签约企业5家,其中,食品企业1家(湖南鑫禾食品有限公司),"
            "新开工项目3家,新投产项目2家。\n")
    found = _metrics(gaz, text)
    assert _one(found, 3, "家").subject == "龙田镇"
    assert _one(found, 2, "家").subject == "龙田镇"


def test_a_company_in_brackets_after_a_plain_noun_keeps_its_figures(gaz):
    # counter-example: a company glossing a noun (no count before the bracket) is the one meant,
    # the subject of the figure after it
    text = "据了解,全镇的龙头企业(湖南鑫禾食品有限公司),今年实现产值3.2亿元。\n"
    assert _one(_metrics(gaz, text), 3.2, "亿元").subject == "湖南鑫禾食品有限公司"
