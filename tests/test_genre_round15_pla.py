"""Fifteenth round (pla15): rules of the genre for places, from causes seen in three or more
development sets. Each rule is tested on a sentence of our own writing in the genre with a
counter-example it must not fire on."""
from __future__ import annotations

from support import places_of, surfaces


def _names(text: str, gaz) -> list[str]:
    return surfaces(places_of(text, gaz)[1])


# ---------------------------------------------------------------- province + brand: a company's short name

def test_a_province_opening_a_company_s_short_name_is_not_a_place(gaz):
    text = "此次签约了湖南悦禾、湖南筑岚新材、绿能科技等8家企业。"
    assert "湖南" not in _names(text, gaz)


def test_a_province_before_a_word_of_the_language_or_a_place_stays_a_place(gaz):
    for text in ("今年湖南经济持续向好,全省工业增长较快。", "他先后在湖南株洲、湖南益阳工作。",
                 "邀请更多客商到湖南考察。"):
        assert "湖南" in _names(text, gaz), text


def test_a_province_before_a_name_running_on_into_the_sentence_stays_a_place(gaz):
    # an event (旅发 is 旅游发展) or a word newer than the dictionary, not a list item
    for text in ("记者从第三届湖南旅发大会执委会获悉,筹备工作进展顺利。", "因受湖南新冠疫情的影响,活动推迟举行。"):
        assert "湖南" in _names(text, gaz), text

