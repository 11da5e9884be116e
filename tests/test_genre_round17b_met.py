"""graph.metrics, round 17b: causes of anchoring and indicator errors seen across development
sets. Each rule has sentences in the genre (our own writing: invented names, places and figures)
and a counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- 总投资N元的X项目 with no mention of X

def test_an_invested_amount_before_a_written_project_name_is_the_projects(gaz):
    # dev11 h236 (总投资约60亿元的X物流项目分两个片区开发), dev5 h95 (投资15亿元的A·B物流园项目落户)
    text = "青山经开区举行签约仪式。总投资约40亿元的远航冷链项目分南北两个片区建设,建成后年产值达12亿元。\n"
    found = _metrics(gaz, text)
    assert _one(found, 40, "亿元").subject == "远航冷链项目"
    assert _one(found, 12, "亿元").subject == "远航冷链项目"


def test_words_after_de_that_name_no_project_are_no_subject(gaz):
    # counter-example: 的项目全部为产业项目 (a predicate, no name): not taken for a project
    text = "龙溪县召开项目建设会议。其中总投资超8亿元的项目全部为产业项目。\n"
    assert "项目" not in (_one(_metrics(gaz, text), 8, "亿元").subject or "")
