"""Document dates (graph.dates): stated, inferred, given, partial, unknown — on dev datelines and made-up ones."""
from datetime import date
from pathlib import Path

import pytest

from graph.dates import GivenDates, document_date, load_dates_csv, path_date
from graph.metrics import resolve_period
from graph.text import make_document

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "articles"


def _date(text: str, source: str = "x/doc.txt"):
    return document_date(make_document(text, "doc", source))


def test_dateline_without_year_keeps_month_and_day_only():
    # d01: 红网新宁县分站3月24日讯 — no year in the text
    d = _date("红网新宁县分站3月24日讯(分站记者 李中 陈哲)3月23日下午,政协新宁县第九届委员会第二次会议闭幕。")
    assert d is not None and d.date is None and d.year is None
    assert (d.basis, d.month, d.day) == ("stated", 3, 24)
    assert d.as_fact() == {"date": None, "basis": "stated", "rule": "dateline without year", "partial": "--03-24"}


def test_dateline_with_year_is_stated():
    d = _date("新华社长沙2021年10月8日电 记者从省政府获悉。")
    assert (d.date, d.basis, d.rule) == (date(2021, 10, 8), "stated", "dateline")


def test_dateline_year_from_the_years_plan_in_the_first_months():
    # d03: 1月9日讯 … 部署2015年政府工作报告各项工作
    d = _date("红网张家界站1月9日讯(分站记者 廖秋萍)1月9日上午,会议召开。会议部署2015年政府工作报告各项工作。"
              "2014年,全市上下克难攻坚。")
    assert (d.date, d.basis) == (date(2015, 1, 9), "inferred")
    assert "plan or report" in d.rule


def test_a_plan_year_in_autumn_or_two_plan_years_give_no_year():
    assert _date("红网9月26日讯 会议部署2015年政府工作报告各项工作。").date is None
    assert _date("红网1月9日讯 会议对照2014年工作要点，部署2015年工作要点。").date is None


def test_same_day_written_with_its_year():
    d = _date("华声在线3月15日讯 2018年3月15日上午，全市河长制工作会议召开。")
    assert (d.date, d.basis) == (date(2018, 3, 15), "inferred")


def test_other_years_in_the_text_are_not_the_documents_year():
    # d09: 11月5日讯 … 由2020年的2.2万元提高至2024年的2.8万元 — no certain year
    d = _date("华声在线11月5日讯 人均可支配收入由2020年的2.2万元提高至2024年的2.8万元。")
    assert d.date is None and d.year is None


def test_document_date_line_is_stated():
    # d07: a notice signed by the office, then its date on a line of its own
    d = _date("关于印发方案的通知\n各县市区人民政府:\n现印发给你们。\n衡阳市人民政府办公室\n2025年2月28日\n(此件依申请公开)")
    assert (d.date, d.basis, d.rule) == (date(2025, 2, 28), "stated", "date line")


def test_page_header_with_full_date():
    d = _date("湖南日报 2022年3月10日 星期四 第5版\n标题\n正文。")
    assert (d.date, d.rule) == (date(2022, 3, 10), "page header")


def test_a_date_inside_a_sentence_is_not_the_documents_date():
    assert _date("标题\n2020年1月1日，《暂行办法》正式实施，租金减免。") is None


def test_work_report_review_gives_next_year_only():
    # d12: 一、2023年工作回顾
    d = _date("一、2023年工作回顾\n坚持以习近平新时代中国特色社会主义思想为指引。")
    assert (d.year, d.month, d.date, d.basis) == (2024, None, None, "inferred")
    assert d.as_fact()["partial"] == "2024"


def test_no_date_is_none():
    assert _date("昨日湘水有两站超警戒。") is None


@pytest.mark.parametrize("source, expected", [
    ("archive/2021/05/15/page1.txt", date(2021, 5, 15)),
    ("pages/20210515.txt", date(2021, 5, 15)),
    ("pages/hn-2021-05-15-p3.txt", date(2021, 5, 15)),
])
def test_date_in_path_is_given(source, expected):
    d = path_date(source)
    assert d is not None and (d.date, d.basis) == (expected, "given")


@pytest.mark.parametrize("source", ["seeds/000_b17ddf1131039e0b.txt", "pages/20211315.txt", "p/120210515.txt",
                                    "articles/d01.txt"])
def test_no_date_in_path(source):
    assert path_date(source) is None


def test_path_date_fills_a_dateline_without_year():
    d = _date("红网3月24日讯 会议闭幕。", source="archive/2017/03/24/p1.txt")
    assert (d.date, d.basis) == (date(2017, 3, 24), "given")


def test_given_dates_csv_wins_then_default(tmp_path):
    csv = tmp_path / "dates.csv"
    csv.write_text("file,date\nd01.txt,2017-03-24\narchive/b/d02.txt,2022-03-10\n", encoding="utf-8")
    given = GivenDates(date(2020, 1, 1), load_dates_csv(csv))
    assert given.lookup("d01", "articles/d01.txt").date == date(2017, 3, 24)
    assert given.lookup("d02", "x/archive/b/d02.txt").date == date(2022, 3, 10)
    other = given.lookup("d03", "articles/d03.txt")
    assert (other.date, other.rule) == (date(2020, 1, 1), "--date")
    assert GivenDates(None, load_dates_csv(csv)).lookup("d03", "articles/d03.txt") is None


@pytest.mark.parametrize("content, line", [
    ("d01.txt,2017-03-24\nd02.txt,2017/13/01\n", ":2:"),
    ("d14.txt,2018-02-30\n", ":1:"),            # a bad first row is no header
    ("file,date\nd14.txt\n", ":2:"),
])
def test_bad_csv_row_names_the_line(tmp_path, content, line):
    csv = tmp_path / "dates.csv"
    csv.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=line):
        load_dates_csv(csv)


def test_relative_periods_resolve_only_with_a_year():
    d = _date("一、2023年工作回顾\n上半年全县生产总值增长8%。")
    assert resolve_period("上半年", d.year) == (date(2024, 1, 1), date(2024, 6, 30))
    assert resolve_period("上半年", _date("红网3月24日讯 上半年").year) == (None, None)


@pytest.mark.skipif(not DEV.is_dir(), reason="dev articles not present")
def test_dev_articles_dates():
    found = {p.stem: document_date(make_document(p.read_text(encoding="utf-8"), p.stem, f"articles/{p.name}"))
             for p in sorted(DEV.glob("d*.txt"))}
    full = {k: v.date.isoformat() for k, v in found.items() if v is not None and v.date}
    assert full == {"d03": "2015-01-09", "d07": "2025-02-28"}
    assert found["d01"].as_fact()["partial"] == "--03-24"
    assert found["d12"].year == 2024
    assert found["d14"] is None and found["d20"] is None


def _published(out: Path) -> dict:
    import json

    return {p.stem: json.loads(p.read_text(encoding="utf-8"))["published"] for p in (out / "facts").glob("*.json")}


def test_given_dates_are_kept_for_rebuilds(tmp_path):
    from graph.pipeline import Settings, add, build, remove

    src = tmp_path / "in"
    (src / "2021" / "05" / "15").mkdir(parents=True)
    (src / "a.txt").write_text("红网3月24日讯 邵阳市委书记张三出席会议。", encoding="utf-8")
    (src / "b.txt").write_text("邵阳市委书记李四出席会议。", encoding="utf-8")
    (src / "2021" / "05" / "15" / "c.txt").write_text("株洲市市长王五出席会议。", encoding="utf-8")
    csv = tmp_path / "dates.csv"
    csv.write_text("a.txt,2017-03-24\n", encoding="utf-8")
    out = tmp_path / "out"
    quiet = dict(network=False, notify=lambda m: None)
    given = GivenDates(date(2020, 1, 2), load_dates_csv(csv))
    build([src / "a.txt", src / "b.txt"], out, settings=Settings(jobs=1, dates=given), **quiet)
    add([src], out, settings=Settings(jobs=1), **quiet)       # c: the date in its path; a, b unchanged, dates kept
    got = _published(out)
    assert got["a"] == {"date": "2017-03-24", "basis": "given", "rule": "--dates"}
    assert got["b"] == {"date": "2020-01-02", "basis": "given", "rule": "--date"}
    assert got["2021-05-15-c"] == {"date": "2021-05-15", "basis": "given", "rule": "path 2021/05/15"}
    remove(["2021-05-15-c"], out, settings=Settings(jobs=1), **quiet)
    assert _published(out)["b"]["date"] == "2020-01-02"


@pytest.mark.parametrize("args", [["--date", "18-2-1"], ["--date", "2021-02-30"]])
def test_cli_refuses_a_bad_date(tmp_path, args):
    from click.testing import CliRunner

    from graph.cli import main

    page = tmp_path / "p.txt"
    page.write_text("邵阳市委书记张三出席。", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(page), "--out", str(tmp_path / "out"), "--no-network", *args])
    assert result.exit_code == 2 and "--date" in result.output
    assert not (tmp_path / "out").exists()
