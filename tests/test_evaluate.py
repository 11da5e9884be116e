"""Tests for graph.evaluate: the scorer behind `govkg eval`."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graph.evaluate import (
    CATEGORIES,
    CategoryScore,
    EvalError,
    EvalReport,
    evaluate,
    format_table,
    report_to_json,
)

GOLD_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "gold"

needs_gold = pytest.mark.skipif(
    not any(GOLD_DIR.glob("*.json")) if GOLD_DIR.is_dir() else True,
    reason=f"shared gold annotations not found at {GOLD_DIR}",
)


def _write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _facts(doc: str, **lists: list) -> dict:
    base = {
        "doc": doc,
        "source": f"seeds/{doc}.txt",
        "articles": [],
        "officials": [],
        "persons": [],
        "bylines": [],
        "places": [],
        "organizations": [],
        "programs": [],
        "metrics": [],
        "notes": [],
    }
    base.update(lists)
    return base


def _metric(subject, program, value, unit, indicator="x", period=None) -> dict:
    return {
        "subject": subject,
        "program": program,
        "indicator": indicator,
        "value": value,
        "unit": unit,
        "period": period,
    }


def _counts(scores: list[CategoryScore]) -> dict[str, tuple[int, int, int]]:
    return {s.name: (s.tp, s.fp, s.fn) for s in scores}


# --------------------------------------------------------------------------- hand-made case

GOLD_DOC = _facts(
    "d1",
    officials=[
        {"person": "曾剑", "role": "负责人", "org_or_place": "湖南兴悦科技有限公司"},
        {"person": "严华", "role": "市委书记", "org_or_place": "邵阳市委"},
        {"person": "杨贞皓", "role": "党委书记", "org_or_place": "邵阳市湘中制药有限公司"},
    ],
    places=[
        {"name": "邵阳市", "type": "prefecture_city", "parent": "湖南省"},
        {"name": "大祥区", "type": "district", "parent": "邵阳市"},
        {"name": "湖南省", "type": "province", "parent": None},
    ],
    organizations=["湖南兴悦科技有限公司", "邵阳市工信局", "邵阳市委"],
    programs=[
        {"name": "万名干部联万企", "kind": "campaign", "place": "邵阳市"},
        {"name": "百日攻坚行动", "kind": "campaign", "place": "邵阳市"},
        {"name": "企业家接待日", "kind": "mechanism", "place": None},
    ],
    metrics=[
        _metric("湖南兴悦科技有限公司", None, 120, "名"),
        _metric("邵阳市", "百日攻坚行动", 5341, "名"),
        _metric("邵阳市", None, 100, "%"),
        _metric("邵阳市工信局", None, 100, "%"),
    ],
)

SYSTEM_DOC = _facts(
    "d1",
    officials=[
        # body 湖南兴悦科技 is contained in the gold body -> triple matches
        {"person": "曾剑", "role": "负责人", "org_or_place": "湖南兴悦科技"},
        # right person (after removing the space), wrong role -> person tp, triple fp
        {"person": "严 华", "role": "市长", "org_or_place": "邵阳市政府"},
        # quotes ignored; role 书记 is contained in 党委书记 -> triple matches
        {"person": "“杨贞皓”", "role": "书记", "org_or_place": "邵阳市湘中制药有限公司"},
        # not in gold -> person fp, triple fp
        {"person": "李四", "role": "市长", "org_or_place": "邵阳市政府"},
    ],
    places=[
        {"name": "邵阳", "type": "prefecture_city", "parent": "湖南"},  # 邵阳 ~ 邵阳市, 湖南 ~ 湖南省
        {"name": "大祥区", "type": "district", "parent": "邵阳市"},
        {"name": "大祥 区", "type": "district", "parent": "邵阳市"},  # same as above after normalisation
        {"name": "长沙市", "type": "prefecture_city", "parent": "湖南省"},  # not in gold
    ],
    # exact match 邵阳市工信局 must be paired first, so 邵阳市 is left to match 邵阳市委
    organizations=["邵阳市", "湖南兴悦科技", "邵阳市 工信局", "中石化"],
    programs=[
        {"name": "“万名干部联万企”行动", "kind": "campaign", "place": "邵阳"},  # place ok
        {"name": "百日攻坚", "kind": "campaign", "place": "长沙市"},  # name ok, place wrong
        {"name": "企业家接待日", "kind": "mechanism", "place": "邵阳市"},  # gold place is null
        {"name": "营商环境优化年", "kind": "campaign", "place": "湖南省"},  # not in gold
    ],
    metrics=[
        _metric("湖南兴悦科技", None, 120, "名"),  # value + anchored (subject containment)
        _metric("湖南兴悦科技", None, 120, "名"),  # duplicate: must not match twice
        _metric("长沙市", "百日攻坚", 5341.0, "名"),  # anchored through the program
        _metric("长沙市", None, "100", "%"),  # right value, wrong subject: value only
        _metric("邵阳市工信局", None, 100, "万元"),  # wrong unit
        _metric("邵阳市工信局", None, 100.0000001, "%"),  # exact anchor, value within tolerance
    ],
)

EXPECTED = {
    "official persons": (3, 1, 0),
    "official triples": (2, 2, 1),
    "places": (2, 1, 1),
    "place parents": (2, 1, 0),
    "organizations": (3, 1, 0),
    "programs": (3, 1, 0),
    "program places": (1, 3, 1),
    "metric values": (4, 2, 0),
    "metrics anchored": (3, 3, 1),
    "metric indicators": (4, 2, 0),   # every indicator is "x": exact on the four value matches
}


def test_hand_made_system_file_gives_hand_computed_counts(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "d1.json", GOLD_DOC)
    _write(tmp_path / "facts" / "d1.json", SYSTEM_DOC)

    report = evaluate(tmp_path / "facts", tmp_path / "gold")

    assert [c.name for c in report.categories] == list(CATEGORIES)
    assert _counts(report.categories) == EXPECTED
    assert _counts(report.per_doc["d1"]) == EXPECTED
    assert report.missing == []


def test_swapping_sides_swaps_fp_and_fn(tmp_path: Path) -> None:
    """Swapping gold and system swaps fp and fn (here, where every match is symmetric)."""
    _write(tmp_path / "a" / "d1.json", GOLD_DOC)
    _write(tmp_path / "b" / "d1.json", SYSTEM_DOC)
    swapped = _counts(evaluate(tmp_path / "a", tmp_path / "b").categories)
    assert swapped["official persons"] == (3, 0, 1)
    assert swapped["metric values"] == (4, 0, 2)


def test_containment_needs_non_empty_strings(tmp_path: Path) -> None:
    gold = _facts(
        "d1",
        officials=[
            {"person": "柏连阳", "role": "院士", "org_or_place": None},
            {"person": "张三", "role": "书记", "org_or_place": "某村党支部"},
        ],
        organizations=["湖南省委"],
    )
    system = _facts(
        "d1",
        officials=[
            {"person": "柏连阳", "role": "院士", "org_or_place": ""},  # null body == empty body
            {"person": "张三", "role": "", "org_or_place": "某村党支部"},  # empty role is not "contained"
        ],
        organizations=["", "  ", "“”"],  # blank names are not items at all
    )
    _write(tmp_path / "gold" / "d1.json", gold)
    _write(tmp_path / "facts" / "d1.json", system)
    counts = _counts(evaluate(tmp_path / "facts", tmp_path / "gold").categories)
    assert counts["official persons"] == (2, 0, 0)
    assert counts["official triples"] == (1, 1, 1)
    assert counts["organizations"] == (0, 0, 1)


def test_place_suffix_is_dropped_once_longest_first(tmp_path: Path) -> None:
    gold = _facts(
        "d1",
        places=[
            {"name": "漳江街道", "type": "subdistrict", "parent": "桃源县"},
            {"name": "湘西土家族苗族自治州", "type": "prefecture", "parent": "湖南省"},
            {"name": "花桥社区", "type": "community", "parent": "冷水滩区"},
        ],
    )
    system = _facts(
        "d1",
        places=[
            {"name": "漳江", "type": "subdistrict", "parent": "桃源"},
            {"name": "湘西州", "type": "prefecture", "parent": "湖南省"},  # documented non-match
            {"name": "花桥", "type": "community", "parent": "冷水滩"},  # 社区 dropped whole, not 区
        ],
    )
    _write(tmp_path / "gold" / "d1.json", gold)
    _write(tmp_path / "facts" / "d1.json", system)
    counts = _counts(evaluate(tmp_path / "facts", tmp_path / "gold").categories)
    assert counts["places"] == (3, 0, 0)
    assert counts["place parents"] == (3, 0, 0)


def test_a_short_form_keeping_its_suffix_character_matches_its_full_name(tmp_path: Path) -> None:
    """永州 (the gold's short form) and 永州市 (the system's name): 永州市 drops 市, 永州 keeps its
    州, which would leave one character (永); 道县 likewise stays whole."""
    gold = _facts("d1", places=[{"name": "双牌县", "type": "county", "parent": "永州"},
                                {"name": "道县", "type": "county", "parent": "永州市"}],
                  programs=[{"name": "十佳农民", "kind": "campaign", "place": "永州"}])
    system = _facts("d1", places=[{"name": "双牌县", "type": "county", "parent": "永州市"},
                                  {"name": "道县", "type": "county", "parent": "永州市"}],
                    programs=[{"name": "十佳农民", "kind": "campaign", "place": "永州市"}])
    _write(tmp_path / "gold" / "d1.json", gold)
    _write(tmp_path / "facts" / "d1.json", system)
    counts = _counts(evaluate(tmp_path / "facts", tmp_path / "gold").categories)
    assert counts["place parents"] == (2, 0, 0)           # was (1, 1, 1): 永 against 永州
    assert counts["program places"] == (1, 0, 0)


# --------------------------------------------------------------------------- the real gold


@needs_gold
def test_gold_against_itself_is_perfect(tmp_path: Path) -> None:
    facts = tmp_path / "facts"
    facts.mkdir()
    for path in GOLD_DIR.glob("*.json"):
        shutil.copy(path, facts / path.name)

    report = evaluate(facts, GOLD_DIR)

    assert report.missing == []
    assert len(report.per_doc) == len(list(GOLD_DIR.glob("*.json")))
    for score in report.categories:
        assert score.tp > 0, score.name
        assert (score.fp, score.fn) == (0, 0), score.name
        assert score.precision == score.recall == score.f1 == 1.0, score.name


@needs_gold
def test_missing_system_file_counts_gold_as_false_negatives(tmp_path: Path) -> None:
    gold_files = sorted(GOLD_DIR.glob("*.json"))
    facts = tmp_path / "facts"
    facts.mkdir()
    for path in gold_files[1:]:
        shutil.copy(path, facts / path.name)
    (facts / "not_in_gold.json").write_text("{ this is ignored", encoding="utf-8")

    report = evaluate(facts, GOLD_DIR)

    absent = gold_files[0].stem
    assert report.missing == [absent]
    assert "not_in_gold" not in report.per_doc
    gold = json.loads(gold_files[0].read_text(encoding="utf-8"))
    absent_scores = _counts(report.per_doc[absent])
    assert absent_scores["metric values"] == (0, 0, len(gold["metrics"]))
    assert absent_scores["official triples"] == (0, 0, len(gold["officials"]))
    for score in report.categories:
        assert score.fp == 0 and score.precision == 1.0, score.name
    assert report.categories[CATEGORIES.index("metric values")].fn == len(gold["metrics"])


@needs_gold
def test_dropping_and_corrupting_items_in_a_real_file(tmp_path: Path) -> None:
    gold_path = next(iter(sorted(GOLD_DIR.glob("*.json"))))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    system = json.loads(json.dumps(gold))
    system["officials"] = system["officials"][1:]  # one triple lost
    system["metrics"][0]["value"] = 987654321  # one metric wrong
    system["organizations"].append("完全不存在的机构名称甲乙丙")  # one spurious body
    gold_dir, facts = tmp_path / "gold", tmp_path / "facts"
    _write(gold_dir / gold_path.name, gold)
    _write(facts / gold_path.name, system)

    counts = _counts(evaluate(facts, gold_dir).categories)

    n_triples = len({json.dumps(o, sort_keys=True) for o in gold["officials"]})
    assert counts["official triples"] == (n_triples - 1, 0, 1)
    assert counts["metric values"] == (len(gold["metrics"]) - 1, 1, 1)
    assert counts["metrics anchored"] == (len(gold["metrics"]) - 1, 1, 1)
    assert counts["organizations"] == (len(set(gold["organizations"])), 1, 0)


# --------------------------------------------------------------------------- errors


def test_missing_gold_dir_raises(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    with pytest.raises(EvalError, match="gold directory not found"):
        evaluate(tmp_path / "facts", tmp_path / "no_such_gold")


def test_empty_gold_dir_raises(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "README.md").write_text("no json here", encoding="utf-8")
    with pytest.raises(EvalError, match="no \\*.json"):
        evaluate(tmp_path / "facts", tmp_path / "gold")


def test_missing_facts_dir_raises(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "d1.json", GOLD_DOC)
    with pytest.raises(EvalError, match="facts directory not found"):
        evaluate(tmp_path / "no_facts", tmp_path / "gold")


def test_malformed_gold_json_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    bad = tmp_path / "gold" / "broken_doc.json"
    bad.parent.mkdir()
    bad.write_text('{"doc": "broken_doc", "officials": [', encoding="utf-8")
    with pytest.raises(EvalError, match="broken_doc.json.*malformed JSON") as info:
        evaluate(tmp_path / "facts", tmp_path / "gold")
    assert "\n" not in str(info.value)


def test_malformed_system_json_names_the_file(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "d1.json", GOLD_DOC)
    bad = tmp_path / "facts" / "d1.json"
    bad.parent.mkdir()
    bad.write_text("{'single': 'quotes'}", encoding="utf-8")
    with pytest.raises(EvalError, match=r"facts[/\\]d1\.json: malformed JSON"):
        evaluate(tmp_path / "facts", tmp_path / "gold")


def test_wrong_shape_names_the_file_and_key(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "d1.json", GOLD_DOC)
    _write(tmp_path / "facts" / "d1.json", _facts("d1", officials="曾剑"))
    with pytest.raises(EvalError, match=r"d1\.json: 'officials' must be a list"):
        evaluate(tmp_path / "facts", tmp_path / "gold")
    _write(tmp_path / "facts" / "d1.json", ["not", "an", "object"])
    with pytest.raises(EvalError, match=r"d1\.json: expected a JSON object"):
        evaluate(tmp_path / "facts", tmp_path / "gold")


def test_non_utf8_file_raises(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "d1.json", GOLD_DOC)
    bad = tmp_path / "facts" / "d1.json"
    bad.parent.mkdir()
    bad.write_bytes('{"doc": "邵阳"}'.encode("gbk"))
    with pytest.raises(EvalError, match=r"d1\.json: not valid UTF-8"):
        evaluate(tmp_path / "facts", tmp_path / "gold")


def test_absent_keys_are_empty_lists(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "d1.json", GOLD_DOC)
    _write(tmp_path / "facts" / "d1.json", {"doc": "d1", "metrics": None})
    counts = _counts(evaluate(tmp_path / "facts", tmp_path / "gold").categories)
    assert counts["metric values"] == (0, 0, 4)
    assert counts["places"] == (0, 0, 3)


# --------------------------------------------------------------------------- scores and output


def test_category_score_ratios() -> None:
    score = CategoryScore("places", tp=3, fp=1, fn=2)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    empty = CategoryScore("places", tp=0, fp=0, fn=0)
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def _hand_report(tmp_path: Path) -> EvalReport:
    _write(tmp_path / "gold" / "d1.json", GOLD_DOC)
    _write(tmp_path / "gold" / "d2.json", _facts("d2", organizations=["邵阳市委"]))
    _write(tmp_path / "facts" / "d1.json", SYSTEM_DOC)
    return evaluate(tmp_path / "facts", tmp_path / "gold")


def test_format_table_is_aligned_and_complete(tmp_path: Path) -> None:
    report = _hand_report(tmp_path)
    table = format_table(report)
    lines = table.splitlines()
    assert lines[0].split() == ["category", "P", "R", "F1", "tp", "fp", "fn"]
    rows = lines[2 : 2 + len(CATEGORIES)]
    assert [row[: len(name)] for row, name in zip(rows, CATEGORIES)] == list(CATEGORIES)
    assert len({len(line) for line in lines[: 2 + len(CATEGORIES)]}) == 1  # aligned columns
    orgs = rows[CATEGORIES.index("organizations")].split()
    # d1: 3/1/0, d2 missing: 0/0/1 -> micro 3/1/1
    assert orgs[-3:] == ["3", "1", "1"]
    assert orgs[-6:-3] == ["0.750", "0.750", "0.750"]
    assert "d2" in table


def test_report_to_json_round_trips(tmp_path: Path) -> None:
    report = _hand_report(tmp_path)
    data = json.loads(json.dumps(report_to_json(report), ensure_ascii=False))
    assert data["missing"] == ["d2"]
    assert [c["name"] for c in data["categories"]] == list(CATEGORIES)
    assert set(data["per_doc"]) == {"d1", "d2"}
    places = data["per_doc"]["d1"][CATEGORIES.index("places")]
    assert (places["tp"], places["fp"], places["fn"]) == EXPECTED["places"]
    assert places["precision"] == pytest.approx(2 / 3)
    assert set(places) == {"name", "precision", "recall", "f1", "tp", "fp", "fn"}


def test_autonomous_units_match_with_or_without_their_ethnic_qualifier(tmp_path: Path) -> None:
    gold = _facts("d1", officials=[{"person": "虢正贵", "role": "州委书记", "org_or_place": "湘西土家族苗族自治州委"}],
                  places=[{"name": "城步苗族自治县", "type": "county", "parent": "邵阳市"}])
    system = _facts("d1", officials=[{"person": "虢正贵", "role": "州委书记", "org_or_place": "湘西州委"}],
                    places=[{"name": "城步县", "type": "county", "parent": "邵阳市"}])
    _write(tmp_path / "gold" / "d1.json", gold)
    _write(tmp_path / "facts" / "d1.json", system)
    counts = _counts(evaluate(tmp_path / "facts", tmp_path / "gold").categories)
    assert counts["official triples"] == (1, 0, 0)
    assert counts["places"] == (1, 0, 0)
    # a county whose name merely ends in 族 is not shortened: 城步县 does not match 步县
    assert counts["place parents"] == (1, 0, 0)


def test_metric_indicators_need_a_shared_two_character_word(tmp_path: Path) -> None:
    gold = _facts("d1", metrics=[_metric("攸县", None, 37279, "家", indicator="走访企业"),
                                 _metric("攸县", None, 45.1, "亿元", indicator="完成投资"),
                                 _metric("攸县", None, 12, "个", indicator="新建项目")])
    system = _facts("d1", metrics=[_metric("攸县", None, 37279, "家", indicator="累计走访规上企业"),  # 企业
                                   _metric("攸县", None, 45.1, "亿元", indicator="将"),            # no word
                                   _metric("攸县", None, 12, "个", indicator="建成")])              # 建 only
    _write(tmp_path / "gold" / "d1.json", gold)
    _write(tmp_path / "facts" / "d1.json", system)
    report = evaluate(tmp_path / "facts", tmp_path / "gold")
    counts = _counts(report.categories)
    assert counts["metric values"] == (3, 0, 0)
    assert counts["metric indicators"] == (1, 2, 2)
    indicators = report.per_doc["d1"][CATEGORIES.index("metric indicators")]
    assert any("完成投资" in item for item in indicators.missed)
    assert any(item.endswith("| 将") for item in indicators.false)
