"""Article segmentation and line joining of OCR'd pages (graph/text.py)."""
from pathlib import Path

import pytest

from graph.text import make_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _page(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return make_document(path.read_text(encoding="utf-8"), prefix)


def _headlines(doc) -> list[str]:
    return [doc.slice(a.headline) for a in doc.articles if a.headline]


def _check_invariants(doc) -> None:
    assert len(doc.offsets) == len(doc.text) + 1
    assert all(doc.offsets[i] < doc.offsets[i + 1] for i in range(len(doc.text)))
    pos = 0
    for s in doc.sentences:
        assert s.span.start >= pos
        assert doc.text[pos:s.span.start].strip() == ""
        pos = s.span.end
    assert doc.text[pos:].strip() == ""
    for a, b in zip(doc.articles, doc.articles[1:]):
        assert a.span.end <= b.span.start
    for s in doc.sentences:
        assert doc.articles[s.article].span.contains(s.span)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_pages_keep_document_invariants(prefix):
    _check_invariants(_page(prefix))


def test_brief_headline_is_not_joined_to_a_cut_line_before_it():
    raw = ("湘西禁毒讲师团讲师马达以图文并茂的方式，从毒品的演变、毒品成瘾性、禁毒法律法规与政策等方面，开展禁毒\n\n"
           "宁乡市资福镇：党建引领基层治理，「三亮三比」服务群众\n\n"
           "问题交办制“办出”群众乐\n")
    doc = make_document(raw)
    assert doc.slice(doc.paragraphs[1]) == "宁乡市资福镇：党建引领基层治理，「三亮三比」服务群众"


def test_a_cut_line_followed_by_ordinary_text_is_still_joined():
    raw = ("湘西禁毒讲师团讲师马达以图文并茂的方式，从毒品的演变、毒品成瘾性、禁毒法律法规与政策等方面，开展禁毒\n\n"
           "知识讲座。讲座穿插了禁毒知识提问互动环节。\n")
    assert len(make_document(raw).paragraphs) == 1


def test_narrow_column_lines_are_joined_on_a_page_with_wider_columns():
    doc = _page("003")
    assert any("“若不是‘智慧水务’的‘火眼金睛’及时发现问题，工作人员及时处置" in doc.slice(p) for p in doc.paragraphs)
    assert any("岳阳市君山区钱粮湖镇观音村的稻田内" in doc.slice(p) for p in doc.paragraphs)


def test_brief_headline_found_after_interleaved_text():
    assert any(h.startswith("宁乡市资福镇：") for h in _headlines(_page("000")))


def test_heading_that_starts_with_another_place_opens_an_article():
    heads = _headlines(_page("001"))
    assert "资兴市织密贫困群众住房保障网" in heads
    # section headings of the lead article stay inside it
    assert "主要领导带头服务" not in heads and "专业专攻精准施策" not in heads


def test_section_heading_without_a_place_is_not_an_article():
    raw = ("全流程贴心服务全方位助企纾困\n——邵阳市全力以赴确保经济发展不减速\n肖洋桂 杨平 陈功春\n"
           "发展要稳，实干为先。今年以来，邵阳市面对多轮疫情冲击，不断提高政务服务意识。\n"
           "以项目为王，稳住全市经济大盘\n"
           "邵阳火车站客运综合交通枢纽工程配套基础设施建设项目为省重点建设项目。\n")
    assert len(make_document(raw).articles) == 1


def test_headline_last_page_groups_body_with_the_headline_after_it():
    doc = _page("003")
    zhuzhou = next(a for a in doc.articles if a.subheadline and "株洲经开区" in doc.slice(a.subheadline))
    body = doc.slice(zhuzhou.span)
    assert "11月1日晚，株洲经开区迅速成立" in body
    assert "刘爱明" in body and "万竞岑" not in body
    names = [c.name for c in zhuzhou.credits]
    assert names[:2] == ["刘爱明", "郭玉成"]


def test_paragraph_per_line_stretch_of_a_wrapped_page_keeps_its_short_lines_apart():
    # a page wrapped at ~16 characters, then a stretch where every line is a whole paragraph:
    # a short headline and a line ending in a trailing credit are not glued to the next line
    wrapped = "".join(f"全市走访企业{n}家解决问题\n\n" for n in range(1000, 1040))
    paragraphs = "".join(f"这是一个很长的段落，全区共派驻乡村振兴驻村帮扶工作队{n}支，对全区重点村实现驻村帮扶全覆盖，效果明显。\n\n"
                         for n in range(10, 18))
    raw = (wrapped + paragraphs + "“好邻居”建功基层社会治理\n\n"
           + paragraphs + "全市商务系统没有发生一起安全生产事故（傅三喜）\n\n" + paragraphs)
    doc = make_document(raw)
    texts = [doc.slice(p) for p in doc.paragraphs]
    assert "“好邻居”建功基层社会治理" in texts
    assert any(t.endswith("（傅三喜）") for t in texts)


def test_place_kicker_line_opens_a_brief_with_its_title_on_the_next_line():
    raw = ("今年以来，湘潭市规范直销与打击传销工作成效显著，妥善处置投诉举报8起。\n"
           "（曾佰龙 赵 政）\n"
           "平江童市镇：\n"
           "“地方人”巧解信访“老大难”\n"
           "为了切实抓好“家门口的群众工作”，童市镇用“巧劲”密切干群关系、调和矛盾冲突。\n")
    doc = make_document(raw)
    brief = doc.articles[-1]
    assert doc.slice(brief.headline) == "平江童市镇："
    assert "童市镇用“巧劲”" in doc.slice(brief.span) and "湘潭市" not in doc.slice(brief.span)


def test_colon_line_that_is_not_a_place_is_not_a_kicker():
    raw = ("今年以来，湘潭市规范直销与打击传销工作成效显著，妥善处置投诉举报8起。\n"
           "他高兴地说：\n"
           "“脱了贫，还能致富，离不开干部的贴心帮扶。”\n")
    assert len(make_document(raw).articles) == 1


def _wrapped_page(tail: str) -> str:
    """A page wrapped at 17 characters per line (blank line between lines, as OCR gives)."""
    body = "".join(f"今年以来全市走访企业{n}家解决问题\n\n" for n in range(1000, 1030))
    return body + tail


def test_headline_group_after_a_full_line_ending_a_sentence_is_not_joined_to_it():
    doc = make_document(_wrapped_page("打赢这场战役！”居民范原鸣道出了心声。\n\n干群同心 共战疫情\n——株洲经开区全力做好疫情防控工作\n\n"
                                      "万竞岑 杨玉菡\n\n以前除了种地，就只能四处打零工。\n"))
    texts = [doc.slice(p) for p in doc.paragraphs]
    assert "干群同心共战疫情" in texts
    assert "——株洲经开区全力做好疫情防控工作" in texts


def test_photo_caption_after_a_headline_group_stays_with_that_article():
    doc = make_document(_wrapped_page("的新路径。\n\n优化营商环境，助企融入“双循环”大市场\n——湘潭市“一号工程”面面观系列之三\n\n"
                                      "韶山市委主要负责人到中韶电气走访，帮助解决企业遇到的困难\n和问题。(韶山高新区供图)\n\n"
                                      "徐典波 许建光\n\n“若不是‘智慧水务’及时发现问题，工作人员及时处置，损失将不堪设想！”\n"))
    texts = [doc.slice(p) for p in doc.paragraphs]
    assert "——湘潭市“一号工程”面面观系列之三" in texts     # the sub-headline is not glued to the caption
    caption = next(a for a in doc.articles if "中韶电气走访" in doc.slice(a.span))
    assert doc.slice(caption.headline).startswith("优化营商环境")


def test_a_short_quoted_paragraph_ending_its_sentence_is_body_text():
    from graph.gazetteer import load_gazetteer
    from graph.pipeline import extract_document

    raw = ("秋收时节，某县某镇某村的柑橘基地迎来丰收，村级合作社统一收购、统一分拣，销路越来越广。\n"
           "“合作社采用统一分拣，3名社员一天能分拣500箱柑橘。”\n"
           "推动“三高四新”落地见效\n"
           "村党支部书记介绍，今年全村柑橘产值预计突破300万元。\n")
    figures = {(m.value, m.unit) for m in extract_document(make_document(raw), load_gazetteer()).metrics}
    assert (500, "箱") in figures and (300, "万元") in figures
    # a short first line with a quote inside that ends no sentence is still the headline
    titled = make_document("推动“三高四新”落地见效\n某县今年完成投资12亿元，同比增长8%。\n")
    assert [titled.slice(a.headline) for a in titled.articles if a.headline] == ["推动“三高四新”落地见效"]
    quoted = make_document("“合作社采用统一分拣，3名社员一天能分拣500箱柑橘。”\n某县今年完成投资12亿元，同比增长8%。\n")
    assert not any(a.headline for a in quoted.articles)
