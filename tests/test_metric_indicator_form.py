"""graph.metrics: an indicator is a noun phrase. Words before a number that open with a
conjunction, adverb, pronoun, preposition or particle, close with a preposition, particle or
verb of saying, or hold no noun give way to a well-formed fallback. Sentences written for these
tests (invented figures, people and events in the genre)."""
from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from graph.metrics import _badly_bounded, _ill_formed, _nounless, _well_formed_tail
from graph.pipeline import extract_document
from graph.text import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _indicators(gaz, text: str) -> dict[str, str]:
    doc = make_document(text, "form.txt")
    return {m.as_written: m.indicator for m in extract_document(doc, gaz).metrics}


# ---- the grammar, word by word

@pytest.mark.parametrize("phrase", ["而周某也是这", "将在前全面完成", "原本需要", "这一数字更是有望", "当晚",
                                    "我们周边", "及周边", "比增", "的财政收入", "内就"])
def test_badly_opened(phrase):
    assert _ill_formed(phrase)


@pytest.mark.parametrize("phrase", ["需在", "控制在", "队员们在", "有着", "较的", "李四指出", "增加到了现在"])
def test_badly_closed(phrase):
    assert _badly_bounded(phrase)


@pytest.mark.parametrize("phrase", ["开展", "签约", "二", ""])
def test_nounless_or_too_short(phrase):
    assert _ill_formed(phrase)


@pytest.mark.parametrize("phrase", ["完成投资", "走访企业", "县本级投入", "财政收入", "规模工业增加值", "化解率",
                                    "生猪出栏", "及时处置率", "比重", "就业人数", "各类船舶", "本次大会应到代表",
                                    "中小企业", "能源消费", "所有制企业"])
def test_noun_phrases_are_well_formed(phrase):
    assert not _ill_formed(phrase)


def test_well_formed_tail():
    assert _well_formed_tail("的财政收入") == "财政收入"
    assert _well_formed_tail("公路总里程由") == "公路总里程"
    assert _well_formed_tail("我们这里粮食产量") == "粮食产量"
    assert _well_formed_tail("而已") == ""


def test_a_verb_alone_is_nounless_but_not_badly_bounded():
    assert _nounless("返岗") and not _badly_bounded("返岗")


# ---- the extractor

def test_an_adverbial_opening_gives_way_to_the_noun_after(gaz):
    assert _indicators(gaz, "安仁县将在年底前全面完成2140户搬迁。")["2140户"] == "户数"


def test_a_preposition_closing_is_trimmed(gaz):
    assert _indicators(gaz, "安仁县今年财政收入在18.6亿元左右。")["18.6亿元左右"] == "财政收入"


def test_a_modifier_tail_is_dropped(gaz):
    assert _indicators(gaz, "安仁县2023年的财政收入12.3亿元。")["12.3亿元"] == "财政收入"


def test_a_bare_verb_gives_way_to_the_counted_noun(gaz):
    assert _indicators(gaz, "安仁县下发16期工作提示。")["16期"] == "工作提示数"


def test_a_bare_verb_with_no_noun_after_stays(gaz):
    assert _indicators(gaz, "安仁县开展24小时值班值守。")["24小时"] == "开展"


def test_a_speaker_is_not_what_was_counted(gaz):
    assert _indicators(gaz, "安仁县村民张三指出,全村有870户。")["870户"] == "户数"


def test_a_pronoun_and_adverbs_leave_a_noun_tail(gaz):
    got = _indicators(gaz, "安仁县新建桥梁9座,这一数字更是有望在明年突破20座。")
    assert got["9座"] == "新建桥梁"
    assert got["20座"].endswith("数字") and not got["20座"].startswith("这") and "有望" not in got["20座"]


def test_a_bullet_is_no_part_of_the_indicator(gaz):
    got = _indicators(gaz, "●安仁县有建档立卡贫困户3520户。")
    assert not got["3520户"].startswith("●")


@pytest.mark.parametrize("text, written, indicator", [
    ("安仁县上半年完成投资45.1亿元。", "45.1亿元", "完成投资"),
    ("今年以来,安仁县走访企业3527家。", "3527家", "走访企业"),
    ("安仁县县本级投入2.3亿元。", "2.3亿元", "县本级投入"),
    ("安仁县规模工业增加值45.1亿元。", "45.1亿元", "规模工业增加值"),
    ("安仁县返岗人员10243人。", "10243人", "返岗人员"),
])
def test_good_indicators_stay_as_they_are(gaz, text, written, indicator):
    assert _indicators(gaz, text)[written] == indicator
