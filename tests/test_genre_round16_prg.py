"""Programs, sixteenth round: causes of program misses seen in three or more development sets —
each rule tested on a sentence of the genre written for the test (invented names), with a
counter-example it must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- talking meetings on a quoted theme
# dev7/h158, dev9/h193, dev11/h243: a release, exchange or forum held on a quoted theme or a
# cited document is named by the theme, the words of its occasion and the meeting noun
THEME_RELEASE = "11月3日下午,青石县举行“秀美新青石”纪念建县60周年新闻发布会。副县长王大明出席。"
THEME_EXCHANGE = "在随后进行的“青石--澳门”经贸情况交流会上,考察团观看了宣传片。"
TITLE_RELEASE = "记者从县人大常委会举行的《青石县文明养犬条例》新闻发布会上获悉,该条例将于明年施行。"


def test_a_release_on_a_quoted_theme_is_an_event_named_with_its_occasion(gaz):
    assert programs_of(THEME_RELEASE, gaz, "石门县")["秀美新青石纪念建县60周年新闻发布会"][0] == "event"


def test_an_exchange_meeting_a_few_words_after_the_quote_is_an_event(gaz):
    assert programs_of(THEME_EXCHANGE, gaz, "石门县")["青石--澳门经贸情况交流会"][0] == "event"


def test_the_release_of_a_cited_document_is_an_event(gaz):
    found = programs_of(TITLE_RELEASE, gaz, "石门县")
    assert found["青石县文明养犬条例新闻发布会"][0] == "event"
    assert found["青石县文明养犬条例"][0] == "policy_document"


def test_a_meeting_noun_after_a_clause_breaking_word_is_no_name(gaz):
    # counter-example: 的/在 between the quote and the meeting put a clause there, not a name
    text = "全县上下深入开展“秀美新青石”创建,县里在县城召开了座谈会。"
    found = programs_of(text, gaz, "石门县")
    assert not any(name.endswith("座谈会") and "秀美新青石" in name for name in found)


def test_a_cited_document_discussed_at_a_meeting_further_off_is_no_release(gaz):
    # counter-example: the title is cited, the meeting is another clause's
    text = "会议学习了《青石县文明养犬条例》,随后召开新闻发布会。"
    found = programs_of(text, gaz, "石门县")
    assert "青石县文明养犬条例新闻发布会" not in found


def test_the_words_after_the_quote_are_not_a_second_meeting(gaz):
    text = "6日上午,青石县举行“奋进新青石”系列新闻发布会第三场。"
    found = programs_of(text, gaz, "石门县")
    assert "奋进新青石系列新闻发布会" in found and "系列新闻发布会" not in found
