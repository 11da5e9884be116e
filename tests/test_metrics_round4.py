"""graph.metrics, fourth round: subjects of figures in number-rich articles nobody tuned for
(fresh county work reports, project-progress, village collective-economy and social-program items
of a helper's set, newarts4/met4, not kept in the repository: the sentences are quoted here).
Each rule has the real sentence it was made for and a counter-example it must not fire on; the
whole pipeline runs on each snippet (real place, organisation, person and program extractors)."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- A、B、C…分别为x、y、z: one place per figure

PROGRESS = ("湖南省重点建设项目进展顺利\n"
            "记者9月19日从省发改委了解到,2019年全省重点建设项目共计196个,总投资9758.9亿元。"
            "从市州来看,娄底、邵阳、永州完成投资情况较好,分别为79.49%、75.34%、75.30%。\n")


def test_respective_figures_go_to_the_listed_places_in_order(gaz):
    # newarts4/met4 03 (hunan.gov.cn 2019-09-20): each rate is its own city's, not all 娄底's
    got = _metrics(gaz, PROGRESS)
    assert [_one(got, v, "%").subject for v in (79.49, 75.34, 75.3)] == ["娄底市", "邵阳市", "永州市"]


def test_listed_partners_after_与_are_no_subjects(gaz):
    # counter-example: 与A、B分别实现… names the partners; the figures stay the zone's
    text = ("株洲经开区积极融入长株潭一体化。该区与雨花区、浏阳市分别实现39个、66个事项跨市通办。\n")
    got = _metrics(gaz, text)
    assert {_one(got, v, "个").subject for v in (39, 66)} == {"株洲经开区"}


def test_list_of_another_length_is_not_distributed(gaz):
    # counter-example: two places, three figures: no item-by-item reading
    text = ("湖南省重点建设项目进展顺利\n"
            "从市州来看,娄底、邵阳完成投资情况较好,分别为79.49%、75.34%、75.30%。\n")
    got = _metrics(gaz, text)
    assert _one(got, 75.34, "%").subject != "邵阳市"
