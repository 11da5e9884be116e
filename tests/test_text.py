"""Normalising and segmenting OCR text, on real page text and hard cases."""
from pathlib import Path

import pytest

from graph.model import Span
from graph.text import decode_bytes, is_credit_line, make_document, normalise, InputError

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _offsets_hold(raw: str) -> None:
    text, offsets = normalise(raw)
    assert len(offsets) == len(text) + 1
    for i, ch in enumerate(text):
        if ch not in " \n":
            assert raw[offsets[i]] == ch


def test_spaces_between_cjk_are_removed_and_offsets_point_back():
    raw = "强 调 ：“增 强 国 内 大 循 环 内 生 动 力”"
    text, offsets = normalise(raw)
    assert text == "强调：“增强国内大循环内生动力”"
    _offsets_hold(raw)


def test_line_broken_mid_word_is_joined_on_a_wrapped_page():
    lines = ["今年以来，株洲经开区始终注重发挥党", "建引领作用，聚焦主责主业，紧紧围绕", "推动园区工作来谋划党建工作，将党建",
             "工作与园区工作相结合，统筹推进园区"] * 6 + ["党建和业务工作双提升。", "", "株洲经", "", "开区传来好消息。"]
    raw = "\n\n".join(lines)
    text, _ = normalise(raw)
    assert "发挥党建引领作用" in text
    assert "双提升。\n" in text


def test_a_number_is_never_cut_from_its_unit_at_a_line_break():
    # seeds 003: a short OCR line ends in the number, its approximation and unit are on the next
    lines = ["建成供水热线自动受理系统、供水智慧", "服务平台、掌上APP营业厅，网上全程", "办理涉水业务。今年抢修漏点700",
             "多处，及时处置率和供水抢修及时率均达", "100%。"]
    text, _ = normalise("\n\n".join(lines))
    assert "抢修漏点700多处，" in text
    text, _ = normalise("全市共有企业120\n\n家，同比增加5\n\n%。")
    assert "企业120家，同比增加5%。" in text


def test_a_line_ending_in_a_number_without_a_unit_after_is_not_joined_for_it():
    # a short line ending in a digit, the next line opening a new sentence: stays apart
    raw = "热线电话12345\n\n今年以来，全市受理群众诉求。\n"
    text, _ = normalise(raw)
    assert text.count("\n") == 1


def test_a_whole_paragraph_line_does_not_run_into_a_narrow_column():
    # seeds 002: a paragraph OCR'd as one long line, then the 16-character lines of another
    # column's article: the long line's paragraph ends there
    narrow = ["为推动河长制工作从有名有实向有", "能有效转变，该县建立健全了县、乡、", "村三级河长联合宣传工作机制，完善",
              "了行政河长加记者河长加民间河长加", "志愿者的社会联动机制，注重发挥记", "者河长、民间河长和专业性社会组织"] * 3
    long = "株洲经开区党工委书记表示，下一步，株洲经开区将继续以坚决有力的态度抓营商环境，推进项目建设和产业发展，奋力打造"
    raw = "\n\n".join(narrow[:12] + [long] + narrow[12:])
    text, _ = normalise(raw)
    assert "奋力打造\n为推动河长制" in text
    # the narrow column's own lines still join one another
    assert "有名有实向有能有效转变" in text


def test_a_long_paragraph_opening_with_a_dash_is_body_text_not_a_subheadline():
    # seeds 004: "——积极打造融资平台,…。去年7月,50亿元规模的…" is a bulleted body paragraph
    doc = make_document("渌口区发展新材料产业\n\n——株洲市渌口区多措并举\n\n"
                        "——积极打造融资平台,为企业注入“活水”。去年7月,50亿元规模的湖南省制造业转型升级基金"
                        "落户渌口区,助力渌口区打造国内具有核心竞争力和影响力的高分子新材料专业园区。\n")
    kinds = {doc.slice(s.span)[:6]: s.kind for s in doc.sentences}
    assert kinds["——株洲市渌"] == "subheadline"
    assert kinds["去年7月,5"] == "body"


def test_paragraph_per_line_page_keeps_paragraphs():
    raw = "发展要稳，实干为先。今年以来，邵阳市面对多轮疫情冲击，坚决落实要求。\n\n当前，全市上下将精神转化为力量。\n"
    text, _ = normalise(raw)
    assert text.count("\n") == 1


def test_byline_spaces_are_kept_and_single_characters_pair_up():
    doc = make_document("乘势而上启新程\n\n刘爱明 张 咪 傅相玮 甘 敏\n\n日前，株洲经开区传来好消息，该区今年以来已成功签约引进产业项目29个。\n")
    names = [c.name for a in doc.articles for c in a.credits]
    assert names == ["刘爱明", "张咪", "傅相玮", "甘敏"]


def test_photo_credit_is_a_photographer():
    doc = make_document("标题在此\n\n肖洋桂 杨平\n\n正文第一句。\n\n株洲经开区创业创新园\n\n何勇 摄\n\n正文第二句。\n")
    roles = {c.name: c.role for a in doc.articles for c in a.credits}
    assert roles["何勇"] == "photographer"
    assert roles["肖洋桂"] == "author"


@pytest.mark.parametrize("line", ["新 市 供 水 有 限 公 司 赞 不 绝", "干群同心 共战疫情", "以项目为王，稳住全市经济大盘",
                                  "（ 张 家 界 市 ）", "张 伟 刘 洋"])
def test_text_that_is_not_a_credit_line(line):
    assert not is_credit_line(line)


@pytest.mark.parametrize("line", ["(唐东升 王君王 摄)", "(刘琼)", "肖洋桂 杨平 陈功春", "何勇 摄", "张咪摄", "（张 伟 刘 洋）"])
def test_credit_lines(line):
    assert is_credit_line(line)


def test_every_seed_page_keeps_offsets_and_raw_spans():
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        doc = make_document(raw, path.stem)
        for sentence in doc.sentences:
            raw_span = doc.raw_span(sentence.span)
            sliced = doc.raw[raw_span.start:raw_span.end]
            squeeze = lambda s: "".join(s.split())  # noqa: E731
            assert squeeze(sliced) == squeeze(doc.slice(sentence.span))


def test_encodings_are_detected():
    text = "邵阳市全力以赴确保疫情防控不失控，经济发展不减速。" * 5
    assert decode_bytes(text.encode("gb18030"))[0] == text
    assert decode_bytes(text.encode("utf-16"))[0] == text
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode())[1] == "utf-8-sig"


def test_binary_input_is_refused():
    with pytest.raises(InputError):
        decode_bytes(bytes(range(256)) * 20, "blob.txt")


def test_span_rejects_inverted_ranges():
    with pytest.raises(ValueError):
        Span(5, 3)


# ---------------------------------------------------------------- paragraph-per-line web text
# (sentences from the reviewers' new Hunan articles, metrics 01 / 02)

def test_a_line_never_runs_on_into_a_dateline():
    raw = ("衡南县:上半年经济运行稳中向好\n"
           "完成地方一般公共预算收入6.01亿元,同比增长8.85%;规上工业增加值同比增长9.8%\n"
           "衡阳日报讯 (通讯员 肖力元 记者 周瑞华) 今年来,衡南县坚持稳中求进的工作总基调。")
    text, _ = normalise(raw)
    assert "9.8%\n衡阳日报讯" in text


def test_a_line_without_full_stop_before_a_period_opener_ends_its_paragraph():
    raw = ("红网时刻衡阳7月27日讯(记者 王敏)地区生产总值137.31亿元,同比增长8.7%......今年1—6月,"
           "祁东经济运行总体平稳、稳中趋优,在高质量发展的进程中起步良好\n"
           "今年以来,祁东紧紧围绕省委“五个100”和市委“3311”工程,大力开展“产业项目建设年”活动。")
    text, _ = normalise(raw)
    assert "起步良好\n今年以来" in text


def test_a_line_broken_mid_sentence_still_joins():
    raw = ("为抢抓东部产业转移机遇,祁东县委县政府主要负责人带头分赴长三角、珠三角招商,先后对接企业\n"
           "二十余家,签订合作协议项目1个。")
    text, _ = normalise(raw)
    assert "\n" not in text
    # a number word after the break is not a dateline either: 讯 must close the outlet
    from graph.text import opens_with_dateline
    assert not opens_with_dateline("通讯员队伍不断壮大") and opens_with_dateline("红网益阳6月10日讯 6月9日")


# ---------------------------------------------------------------- page meta lines (programs 01/03, metrics 04, officials 05)

def _headlines(doc):
    return [doc.slice(a.headline) for a in doc.articles if a.headline is not None]


def test_page_meta_lines_are_not_headlines():
    raw = ("长沙县一季度累计完成固投约180亿元\n发布时间:2016-05-30来源:星沙时报\n"
           "5月6日,长沙县召开一季度重大项目调度会。长沙县委副书记、县长张庆红强调,各级领导干部要敢于担当。")
    doc = make_document(raw)
    assert _headlines(doc) == ["长沙县一季度累计完成固投约180亿元"] and len(doc.articles) == 1


def test_a_bare_timestamp_line_is_not_a_headline():
    raw = ("2021-12-23 15:22:20\n湖南日报·新湖南客户端12月23日讯 (通讯员 陈曾伟)12月21日,"
           "澧县县委书记王兆铭主持召开观摩会。")
    doc = make_document(raw)
    assert "2021-12-23 15:22:20" not in _headlines(doc)


def test_author_field_of_a_meta_line_gives_bylines_and_the_source_none():
    raw = ("中方县分会场活动举行\n来源:新湖南客户端.张家铣报道集\n"
           "中方融媒5月10日讯 5月10日上午,重大项目集中开工活动中方县分会场活动举行。\n作者:谢文清 杨理馨 贺伟")
    doc = make_document(raw)
    names = [c.name for a in doc.articles for c in a.credits]
    assert names == ["谢文清", "杨理馨", "贺伟"] and len(doc.articles) == 1


def test_an_author_field_ends_at_the_next_field_of_its_line():
    # a departmental page's meta line (newarts4/off4, a helper's fresh set): 来源 is the next
    # field, not a second author (the line loses its spaces when normalised: 周荃来源:办公室)
    raw = "县卫健局召开全体干部大会\n作者:周荃 来源:办公室\n  3月5日,县卫健局召开全体干部大会。\n"
    assert [c.name for a in make_document(raw).articles for c in a.credits] == ["周荃"]
    raw = "标题\n作者：谢文清、杨理馨　编辑：李四\n  正文。\n"       # the editor is no byline
    assert [c.name for a in make_document(raw).articles for c in a.credits] == ["谢文清", "杨理馨"]


def test_a_headline_with_a_colon_is_still_a_headline():
    doc = make_document("湘潭县:村庄清洁百日行动助推农村人居环境整治\n湘潭县召开会议,部署村庄清洁行动。")
    assert _headlines(doc) == ["湘潭县:村庄清洁百日行动助推农村人居环境整治"]


# ---------------------------------------------------------------- credit lines (metrics 05 / 06)

def test_credit_line_opened_by_a_bullet_with_outlet_words():
    from graph.text import role_credits
    found = role_credits("■本报通讯员 阳精华 刘魁春 本报记者 李飞跃")
    assert [name for name, _, _ in found] == ["阳精华", "刘魁春", "李飞跃"]


def test_place_before_baodao_is_where_the_report_was_filed():
    from graph.text import role_credits
    found = role_credits("红网时刻 记者 蒋楠 实习生 张洁 通讯员 肖小军 衡阳报道")
    assert [name for name, _, _ in found] == ["蒋楠", "张洁", "肖小军"]
    # a name that is no place stays a name
    assert [name for name, _, _ in role_credits("记者 王衡阳报道")] == ["王衡阳"]


def test_a_date_line_after_a_heading_is_no_byline_opening_an_article():
    raw = ("某市政府办公室\n关于印发《某某方案》的通知\n各县市区人民政府:\n《某某方案》已经市人民政府同意,现印发给你们。\n"
           "某市政府办公室\n2025年2月28日\n(此件依申请公开)\n某某方案\n为全面贯彻会议精神,制定本方案。")
    doc = make_document(raw)
    assert "某市政府办公室" not in _headlines(doc)[1:]


# ---------------------------------------------------------------- pages in traditional characters
# A 红网 report reposted by a site that serves traditional characters (cnread.news, a fresh page of
# Nov 2026): read in simplified characters, quoted in its own.
HENGSHAN_TRADITIONAL = ("衡山縣十三屆人民政府召開第4次常務會\n\n"
                        "紅網衡山縣分站3月18日訊(分站記者 李佳輝)3月15日, 衡山縣委副書記、縣長蔣青主持召開"
                        "縣第十三屆人民政府第4次常務會議。\n\n"
                        "會議研究了全面落實河長制工作。 衡山縣5公里以上河流36條, 湘江流經衡山縣近7公里。\n")


def test_a_page_in_traditional_characters_is_read_in_simplified_ones():
    from graph.text import to_simplified

    doc = make_document(HENGSHAN_TRADITIONAL)
    assert "衡山县委副书记、县长蒋青主持召开" in doc.text
    assert len(to_simplified(HENGSHAN_TRADITIONAL)) == len(HENGSHAN_TRADITIONAL)
    at = doc.text.index("蒋青")
    raw = doc.raw_span(Span(at, at + 2))
    assert doc.raw[raw.start:raw.end] == "蔣青"          # offsets still slice the page as written


def test_the_officials_of_a_traditional_page_are_read(gaz):
    from graph.pipeline import extract_document

    ex = extract_document(make_document(HENGSHAN_TRADITIONAL, "t"), gaz)
    assert {(o.person, o.role, o.org) for o in ex.officials} == {
        ("蒋青", "县委副书记", "衡山县委"), ("蒋青", "县长", "衡山县政府")}


def test_a_page_in_simplified_characters_is_left_as_it_is():
    from graph.text import to_simplified

    # counter-examples: 乾隆 and 著名 are simplified too; a name or two in traditional characters
    # (a quoted 臺灣 company) does not make a page traditional
    text = "著名的乾隆行宫位于县城,臺灣茶業公司今年产值增长8%。" + "全县上下齐心协力推进乡村振兴,各项工作取得明显成效。" * 10
    assert to_simplified(text) == text
    assert to_simplified(HENGSHAN_TRADITIONAL[:40]) != HENGSHAN_TRADITIONAL[:40]   # a traditional headline and lead
