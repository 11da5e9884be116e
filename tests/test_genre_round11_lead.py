"""Eleventh round (lead): a report's points written one per line without closing stops (dev9 h205,
速览…政府工作报告要点). Such a page is neither a column wrapped at a fixed width (its lines are not
joined) nor a run of headings (its points are body text, so their figures are read)."""
from __future__ import annotations

from graph.text import _paragraph_kind, make_document

POINTS = "\n".join([
    "900字速览某区政府工作报告要点!",
    "2月28日,某区第十一届人民代表大会第六次会议开幕,区长代表区人民政府作工作报告。要点如下:",
    "一、2025年成就",
    "全区完成地区生产总值819.37亿元、增长5.4%",
    "地方一般公共预算收入、第一产业增加值、区属规模工业增加值、社会消费品零售总额等4项经济指标增速排名全市第一",
    "消费品以旧换新补贴资金2.2亿元,带动销售收入超17亿元",
    "娄星产业园技工贸总收入244.17亿元,增长13.63%",
    "粮食总产量14.07万吨",
    "新增城镇就业8503人、农村劳动力转移就业2911人",
    "二、“十四五”成就",
    "全区地区生产总值由2020年末的585.8亿元提高到2025年的819.37亿元,在全省各县市区GDP总量排名第15位",
    "实施重点项目526个,完成总投资689.13亿元",
    "城镇化率达76.25%",
    "完成农村“三路”建设230公里",
    "农村自来水普及率达98.3%",
    "新建区域综合性养老服务中心5个,57个社区实现医养结合全覆盖,人均预期寿命提升至78.29岁",
    "人均公共文化设施面积5.95平方米,居全市第一",
    "新增养老床位4085张,城乡低保和特困人员救助提高32%",
])


def test_a_page_of_points_one_per_line_keeps_its_lines_apart():
    doc = make_document(POINTS, "points")
    paragraphs = [doc.slice(p) for p in doc.paragraphs]
    assert "地方一般公共预算收入、第一产业增加值、区属规模工业增加值、社会消费品零售总额等4项经济指标增速排名全市第一" in paragraphs
    assert "消费品以旧换新补贴资金2.2亿元,带动销售收入超17亿元" in paragraphs     # was joined to the line above
    assert len(paragraphs) == POINTS.count("\n") + 1


def test_points_are_body_text_and_numbered_section_titles_stay_headings():
    doc = make_document(POINTS, "points")
    kinds = {doc.slice(p): _paragraph_kind(doc, i) for i, p in enumerate(doc.paragraphs)}
    assert kinds["粮食总产量14.07万吨"] == "body"                 # was a heading: its figure was not read
    assert kinds["城镇化率达76.25%"] == "body"
    assert kinds["一、2025年成就"] == "heading"
    assert kinds["二、“十四五”成就"] == "heading"


def test_the_figures_of_the_points_are_read(gaz):
    from graph.pipeline import extract_document

    metrics = extract_document(make_document(POINTS, "points"), gaz).metrics
    assert any(m.value == 14.07 and m.unit == "万吨" for m in metrics)
    assert any(m.value == 76.25 and m.unit == "%" for m in metrics)


def test_a_headline_stating_a_figure_over_one_short_line_stays_a_headline():
    text = "长沙县一季度累计完成固投约180亿元\n记者 王明\n今年一季度,长沙县累计完成固定资产投资约180亿元,同比增长12%。"
    doc = make_document(text, "news")
    assert _paragraph_kind(doc, 0) == "heading"


def test_a_column_wrapped_at_a_fixed_width_is_still_joined():
    line = "全区上下坚持稳中求进工作总基调推动高质量发展"          # 22 characters, no stop: a wrapped column
    lines = [line] * 24 + ["各项工作取得明显成效。"]
    doc = make_document("\n".join(lines), "column")
    assert len(doc.paragraphs) == 1
