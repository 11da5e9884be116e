"""graph.metrics: metrics anchored to subjects on seed sentences and hard cases,
with hand-made place / organisation / program mentions."""
from __future__ import annotations

from datetime import date

import pytest

from graph.gazetteer import load_gazetteer
from graph.metrics import extract_metrics, find_periods, infer_year, resolve_period
from graph.model import Document, OrgMention, PlaceMention, ProgramMention, Span
from graph.text import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _key(gaz, name: str) -> str:
    return gaz.lookup(name)[0].key


def _span(doc: Document, surface: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    return Span(start, start + len(surface))


def _place(doc, gaz, name, nth=0) -> PlaceMention:
    return PlaceMention(_span(doc, name, nth), name, _key(gaz, name))


def _program(doc, name, kind) -> ProgramMention:
    return ProgramMention(_span(doc, name), name, kind)


def _org(doc, surface, name, kind="department") -> OrgMention:
    return OrgMention(_span(doc, surface), surface, name, kind)


def _by_written(metrics):
    return {m.as_written: m for m in metrics}


# ------------------------------------------------------------------ seed sentences

LEAD = (
    "项目兴则产业兴，产业兴则经济兴。今年以来，邵阳市坚持以项目为重点推动产业高质量发展。\n"
    "前10个月，邵阳市6个省“三高四新”重大产业项目完成投资45.1亿元，占年度计划的115.8%；"
    "34个省重点项目完成投资217.3亿元，占年度计划的101.3%。\n"
)


def test_seed_lead_sentence_subject_program_period(gaz):
    doc = make_document(LEAD)
    places = [_place(doc, gaz, "邵阳市", 0), _place(doc, gaz, "邵阳市", 1)]
    programs = [_program(doc, "三高四新", "campaign")]
    metrics = extract_metrics(doc, places, [], programs, gaz, {0: _key(gaz, "邵阳市")})
    got = _by_written(metrics)
    assert set(got) == {"6个", "45.1亿元", "115.8%", "34个", "217.3亿元", "101.3%"}  # 10个月 is the period
    m = got["45.1亿元"]
    assert (m.value, m.unit, m.subject, m.subject_kind, m.program) == (45.1, "亿元", "邵阳市", "place", "三高四新")
    assert m.period == "前10个月"
    assert "完成投资" in m.indicator
    assert m.normalised_value == pytest.approx(4.51e9) and m.base_unit == "CNY"
    assert got["115.8%"].subject == "邵阳市" and got["115.8%"].program == "三高四新"
    assert got["115.8%"].indicator == "省“三高四新”重大产业项目完成投资占年度计划"   # the seed gold's indicator (round 9: a share is named by its part)
    # the next sentence (after ；) has no place: the article's place, the paragraph's period
    assert got["217.3亿元"].subject == "邵阳市" and got["217.3亿元"].program is None
    assert got["217.3亿元"].period == "前10个月"
    assert doc.slice(m.span) == "45.1亿元"


def test_project_is_the_subject(gaz):
    doc = make_document(
        "邵阳火车站客运综合交通枢纽工程配套基础设施建设项目为省重点建设项目，今年1至10月，"
        "已完成投资5.31亿元，占年度投资计划的132.75%。\n"
        "今年1至10月份，邵阳市各重点项目稳步推进。三一生态智能产业园项目完成年度投资计划123.88%、"
        "湖南邵阳虹基板玻璃项目完成年度投资计划145.8%。\n"
    )
    programs = [
        _program(doc, "邵阳火车站客运综合交通枢纽工程配套基础设施建设项目", "project"),
        _program(doc, "三一生态智能产业园项目", "project"),
        _program(doc, "湖南邵阳虹基板玻璃项目", "project"),
    ]
    places = [_place(doc, gaz, "邵阳市")]
    got = _by_written(extract_metrics(doc, places, [], programs, gaz, {0: _key(gaz, "邵阳市")}))
    m = got["5.31亿元"]
    assert m.subject == "邵阳火车站客运综合交通枢纽工程配套基础设施建设项目"
    assert m.subject_kind == "program" and m.program == m.subject
    assert m.indicator == "完成投资" and m.period.endswith("1至10月")
    assert got["132.75%"].subject == m.subject
    assert got["123.88%"].subject == "三一生态智能产业园项目"
    assert got["123.88%"].indicator == "完成年度投资计划"
    # the second list item has its own subject, not the first item's
    assert got["145.8%"].subject == "湖南邵阳虹基板玻璃项目"


def test_visits_sentence_with_repeated_value(gaz):
    doc = make_document(
        "目前，省工作组交办的179个问题已解决179个，化解率为100%；市县5341名干部调研走访“四上”和"
        "小微企业37279家，梳理问题2184个，已解决2161个，化解率为98.9%；抽查回访企业评价满意率为97%。\n"
    )
    metrics = extract_metrics(doc, [], [], [], gaz, {0: _key(gaz, "邵阳市")})
    values = [(m.value, m.unit) for m in metrics]
    assert values.count((179, "个")) == 2          # two facts in one sentence, both kept
    assert (37279, "家") in values and (98.9, "%") in values and (97, "%") in values
    assert all(m.subject == "邵阳市" and m.period == "目前" for m in metrics)


def test_org_subject_and_anaphor(gaz):
    doc = make_document(
        "日前，株洲经开区传来好消息，该区今年以来已成功签约引进产业项目29个，总投资额达118亿元。\n"
        "邵阳市工信局帮助71家工业企业办理省内重点物资运输车辆通行证146张。\n"
    )
    zone = PlaceMention(_span(doc, "株洲经开区"), "株洲经开区", "430200/株洲经开区")
    orgs = [_org(doc, "邵阳市工信局", "邵阳市工信局")]
    places = [zone, _place(doc, gaz, "邵阳市")]   # nested in the org name: ignored
    got = _by_written(extract_metrics(doc, places, orgs, [], gaz, {}))
    assert got["29个"].subject == "株洲经开区" and got["29个"].subject_key == "430200/株洲经开区"
    assert got["29个"].period == "今年以来"
    assert got["118亿元"].subject == "株洲经开区"
    assert got["146张"].subject == "邵阳市工信局" and got["146张"].subject_kind == "org"


def test_whole_county_refers_to_the_county_not_a_community(gaz):
    doc = make_document(
        "冷水滩区花桥社区组织志愿者送水上门。截至目前，全区共组织干部群众274421人次，新增饮用水井56口。\n"
    )
    places = [_place(doc, gaz, "冷水滩区"), PlaceMention(_span(doc, "花桥社区"), "花桥社区", "431103/花桥街道/花桥社区")]
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {}))
    assert got["274421人次"].subject == "冷水滩区"
    assert got["56口"].subject == "冷水滩区"
    assert got["274421人次"].period == "截至目前"


def test_object_of_与_is_not_the_subject(gaz):
    doc = make_document("该区还与长沙市雨花区、浏阳市分别实现39个、66个事项跨市通办。\n")
    places = [PlaceMention(_span(doc, "长沙市雨花区"), "长沙市雨花区", _key(gaz, "雨花区")),
              _place(doc, gaz, "浏阳市")]
    metrics = extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "株洲市")})
    assert [m.subject for m in metrics] == ["株洲市", "株洲市"]


# ------------------------------------------------------------------ hard cases


def test_dates_and_name_digits_are_not_metrics(gaz):
    doc = make_document(
        "11月12日，邵阳市发改委推出“七问七答”，全面落实“三高四新”战略，推行“1+1+N”模式，"
        "建设5G基站，开通12345热线，2022年4月3日召开大会。\n"
    )
    assert extract_metrics(doc, [], [], [], gaz, {}) == []


def test_approximate_and_range(gaz):
    doc = make_document("截至目前，全市查处非法销售成品油近50吨，审批时间缩短3-6个月。\n")
    found = extract_metrics(doc, [_place(doc, gaz, "永州市")] if "永州市" in doc.text else [], [], [], gaz,
                            {0: _key(gaz, "永州市")})
    got = _by_written(found)
    assert got["50吨"].value == 50 and got["50吨"].approximate == "近"
    # a range is two facts, its low and its high end (as the gold records 10—12万元, 2~3个)
    assert sorted((m.value, m.unit) for m in found if m.as_written == "3-6个月") == [(3, "个月"), (6, "个月")]
    assert got["50吨"].subject == "永州市"


def test_rank_metric(gaz):
    doc = make_document("1—10月，全市规模工业增加值同比增长7.0%，增速居全省第8位。\n")
    got = _by_written(extract_metrics(doc, [], [], [], gaz, {0: _key(gaz, "邵阳市")}))
    assert got["第8位"].value == 8 and got["第8位"].unit == "位"
    assert got["7.0%"].value == 7.0 and got["7.0%"].period == "1—10月"


def test_old_value_threshold_and_slogan_numbers_are_skipped(gaz):
    doc = make_document(
        "企业开办必需环节由1个工作日缩短至0.5个工作日。全年引进10亿元以上项目5个。"
        "创新推行“七个一”工作机制，构建“三位一体”格局，通过推行八项工作措施，3天一督。\n"
    )
    values = [(m.value, m.unit) for m in extract_metrics(doc, [], [], [], gaz, {0: _key(gaz, "渌口区")})]
    assert values == [(0.5, "个工作日"), (5, "个")]


def test_number_inside_a_project_name_is_not_a_metric(gaz):
    doc = make_document("湘窖酒业2万吨酱酒扩建项目一期投产产能5000吨。\n")
    programs = [_program(doc, "湘窖酒业2万吨酱酒扩建项目", "project")]
    metrics = extract_metrics(doc, [], [], programs, gaz, {})
    assert [(m.value, m.unit, m.subject) for m in metrics] == [(5000, "吨", "湘窖酒业2万吨酱酒扩建项目")]


def test_two_columns_interleaved_never_join_across_paragraphs(gaz):
    # column A (株洲经开区) and column B (冷水滩区 article) interleaved as separate paragraphs
    doc = make_document(
        "株洲经开区共有公共服务机构7家。\n"
        "增辟应急水源10个，新增饮用水井56口。\n"
        "江华瑶族自治县联合巡河15次。\n"
    )
    places = [PlaceMention(_span(doc, "株洲经开区"), "株洲经开区", "430200/株洲经开区"),
              _place(doc, gaz, "江华瑶族自治县")]
    article = doc.sentence_at(_span(doc, "10个").start).article
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {article: _key(gaz, "冷水滩区")}))
    assert got["7家"].subject == "株洲经开区"
    assert got["10个"].subject == "冷水滩区" and got["56口"].subject == "冷水滩区"
    assert got["15次"].subject == "江华瑶族自治县"


def test_no_subject_and_no_article_place_leaves_subject_empty(gaz):
    doc = make_document("共发放宣传资料2.68万份。\n")
    (m,) = extract_metrics(doc, [], [], [], gaz, {})
    assert m.subject is None and m.subject_kind is None
    assert (m.value, m.unit) == (2.68, "万份")


def test_repeated_fact_in_a_later_paragraph_is_kept_once(gaz):
    doc = make_document("全市选派5341名干部开展走访。\n目前，全市5341名干部调研走访企业37279家。\n")
    metrics = extract_metrics(doc, [], [], [], gaz, {0: _key(gaz, "邵阳市"), 1: _key(gaz, "邵阳市")})
    values = [(m.value, m.unit) for m in metrics]
    assert values.count((5341, "名")) == 1 and (37279, "家") in values


# ------------------------------------------------------------------ periods


def test_find_periods():
    text = "前三季度，2022年1至10月，今年以来，截至11月15日，前10个月，11月16日，6月中旬至9月中旬"
    found = [p for _, _, p in find_periods(text)]
    assert found == ["前三季度", "2022年1至10月", "今年以来", "截至11月15日", "前10个月", "11月16日", "6月中旬至9月中旬"]


def test_find_periods_ignores_durations():
    assert find_periods("连续3年增长") == []


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("前三季度", date(2022, 1, 1), date(2022, 9, 30)),
        ("1至10月", date(2022, 1, 1), date(2022, 10, 31)),
        ("1—10月份", date(2022, 1, 1), date(2022, 10, 31)),
        ("前10个月", date(2022, 1, 1), date(2022, 10, 31)),
        ("今年", date(2022, 1, 1), date(2022, 12, 31)),
        ("2021年", date(2021, 1, 1), date(2021, 12, 31)),
        ("去年7月", date(2021, 7, 1), date(2021, 7, 31)),
        ("今年以来", date(2022, 1, 1), None),
        ("截至11月15日", None, date(2022, 11, 15)),
        ("11月16日", date(2022, 11, 16), date(2022, 11, 16)),
        ("11月上旬", date(2022, 11, 1), date(2022, 11, 10)),
        ("一季度", date(2022, 1, 1), date(2022, 3, 31)),
        ("上半年", date(2022, 1, 1), date(2022, 6, 30)),
    ],
)
def test_resolve_period(period, start, end):
    assert resolve_period(period, 2022) == (start, end)


def test_resolve_period_without_a_year():
    assert resolve_period("前三季度", None) == (None, None)
    assert resolve_period("2022年", None) == (date(2022, 1, 1), date(2022, 12, 31))
    assert resolve_period("目前", 2022) == (None, None)


def test_infer_year():
    assert infer_year("2022年，该县共处理风险预警3170条；2021年为2000条；2022年前三季度") == 2022
    assert infer_year("今年以来") is None


def test_bare_wan_in_a_money_clause_is_wan_yuan(gaz):
    doc = make_document("中标湖湘苑中项目，合同金额约520万；全区采集数据信息94.3万。\n")
    got = _by_written(extract_metrics(doc, [], [], [], gaz, {0: _key(gaz, "韶山市")}))
    assert (got["520万"].value, got["520万"].unit, got["520万"].base_unit) == (520, "万元", "CNY")
    assert got["520万"].normalised_value == pytest.approx(5.2e6)
    assert got["94.3万"].unit == "万"


def test_distinctive_number_repeated_under_another_subject_is_kept_once(gaz):
    doc = make_document("湘潭经开区协助银企签约金额达131.67亿元。\n株洲经开区签约金额达131.67亿元，新增企业7家。\n")
    places = [PlaceMention(_span(doc, "湘潭经开区"), "湘潭经开区", "430300/湘潭经开区"),
              PlaceMention(_span(doc, "株洲经开区"), "株洲经开区", "430200/株洲经开区")]
    values = [(m.value, m.unit) for m in extract_metrics(doc, places, [], [], gaz, {})]
    assert values == [(131.67, "亿元"), (7, "家")]


# ------------------------------------------------------------------ anchor index (bisect look-ups)


def test_anchor_index_matches_brute_force():
    """The bisect look-ups give what a scan of every anchor gives (nested anchors dropped)."""
    import random

    from graph.metrics import _Anchor, _AnchorIndex, _anaphor_fits

    rng = random.Random(7)
    raw = []
    for i in range(300):
        start = rng.randrange(0, 2000)
        end = start + rng.randrange(1, 12)
        label = rng.choice(["长沙县", "雨花区", "某某公司", "某镇"])
        raw.append(_Anchor(start, end, rng.choice(["place", "org"]), label, f"k{i}", "company"))
    raw.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept = []
    for a in raw:
        if not any(k.start <= a.start and a.end <= k.end for k in kept):
            kept.append(a)
    index = _AnchorIndex(kept)
    for _ in range(200):
        lo = rng.randrange(0, 2000)
        hi = lo + rng.randrange(0, 80)
        assert index.within(lo, hi) == [a for a in kept if lo <= a.start and a.end <= hi]
        covering = [a for a in kept if a.start <= lo and lo + 2 <= a.end]
        assert sorted(index.containing(lo, lo + 2), key=kept.index) == covering
        for word in ("县", "公司"):
            fitting = [a for a in kept if a.end <= hi and _anaphor_fits(word, a)]
            assert index.last_fitting(word, hi) == (fitting[-1] if fitting else None)


# ------------------------------------------------------------------ bare references and reach


def test_village_referred_to_as_村里(gaz):
    doc = make_document(
        "溆浦县桂花园乡溪溪村党支部书记贺俊凡是村里的田长。"
        "“作为田长，我更有责任保护好耕地。”贺俊凡说，村里今年全面完成147亩抛荒复垦任务。\n"
    )
    county = _key(gaz, "溆浦县")
    places = [PlaceMention(_span(doc, "溆浦县"), "溆浦县", county),
              PlaceMention(_span(doc, "桂花园乡"), "桂花园乡", f"{county}/桂花园乡"),
              PlaceMention(_span(doc, "溪溪村"), "溪溪村", f"{county}/桂花园乡/溪溪村")]
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {0: county}))
    assert got["147亩"].subject == "溪溪村"


def test_社区里_is_not_a_reference_to_the_district(gaz):
    doc = make_document("雨花区组织志愿者送水上门。花桥社区书记说，社区里新增饮用水井56口。\n")
    district = _key(gaz, "雨花区")
    places = [PlaceMention(_span(doc, "雨花区"), "雨花区", district),
              PlaceMention(_span(doc, "花桥社区"), "花桥社区", f"{district}/花桥社区")]
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {0: district}))
    assert got["56口"].subject == "花桥社区"


def test_clause_initial_街道_refers_to_the_subdistrict(gaz):
    doc = make_document(
        "渔父祠社区是漳江街道首批试点社区。街道抢抓时机，结合社区“两委”换届，将5个社区纳入第二批交流任职范围。\n"
    )
    places = [PlaceMention(_span(doc, "渔父祠社区"), "渔父祠社区", "430703/漳江街道/渔父祠社区"),
              PlaceMention(_span(doc, "漳江街道"), "漳江街道", "430703/漳江街道")]
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {0: "430703"}))
    assert got["5个"].subject == "漳江街道"


@pytest.mark.parametrize("filler, expected", [
    ("继续以坚决有力的态度和苦干实干的决心团结带领干群齐心协力" * 5, "江华瑶族自治县"),   # far back: another column
    ("继续苦干实干", "株洲经开区党工委"),                                                    # close: the topic
])
def test_subject_from_earlier_in_the_paragraph_only_close_by(gaz, filler, expected):
    doc = make_document(f"株洲经开区党工委书记蔡周良表示，下一步，{filler}。今年来，联合巡河15次，发现督办整改问题12个。\n")
    orgs = [_org(doc, "株洲经开区党工委", "株洲经开区党工委", "party")]
    home = _key(gaz, "江华瑶族自治县")
    got = _by_written(extract_metrics(doc, [], orgs, [], gaz, {0: home}))
    assert got["15次"].subject == expected and got["12个"].subject == expected


@pytest.mark.parametrize("text, unit", [
    ("1—10月，全市规模工业增加值同比增长7.0%，居全省第8位。工业用电量同比增长6.9%，居全省第3。\n", "位"),
    ("1—10月，全市工业用电量同比增长6.9%，居全省第3。\n", "名"),
])
def test_rank_without_unit_takes_the_paragraphs_rank_unit(gaz, text, unit):
    doc = make_document(text)
    ranks = [m for m in extract_metrics(doc, [], [], [], gaz, {0: _key(gaz, "邵阳市")}) if m.value == 3]
    assert [(m.value, m.unit) for m in ranks] == [(3, unit)]


def test_definitions_and_response_times_are_not_facts(gaz):
    doc = make_document(
        "该区先后派出471批次工作组，推行“7531”精准防旱早工作机制(即7天滚动预测、5天研判预警、3天调度交办、"
        "1天督促落实)，办理时限压缩至2个工作日。确保一旦出现火情，10分钟能到，20分钟能控，30分钟能灭。\n"
    )
    written = {m.as_written for m in extract_metrics(doc, [], [], [], gaz, {0: _key(gaz, "冷水滩区")})}
    assert written == {"471批次", "2个工作日"}


@pytest.mark.parametrize("after_quote, expected", [
    ("湖南宸宇富基新能源科技有限公司财务总监感慨说。", "湖南宸宇富基新能源科技有限公司"),   # the speaker's company
    ("财务总监感慨说，湖南宸宇富基新能源科技有限公司发展很快。", "西湖管理区"),                # not right after the quote
])
def test_quoted_speech_takes_the_speakers_organisation(gaz, after_quote, expected):
    doc = make_document(
        "西湖管理区持续优化营商环境。“去年，我们在税务部门的精准辅导下，快速享受留抵退税700余万元。"
        f"今年初，预计一季度可享受留抵退税360万元。”{after_quote}\n"
    )
    orgs = [_org(doc, "湖南宸宇富基新能源科技有限公司", "湖南宸宇富基新能源科技有限公司", "company")]
    home = _key(gaz, "西湖管理区") if gaz.lookup("西湖管理区") else _key(gaz, "常德市")
    places = [PlaceMention(_span(doc, "西湖管理区"), "西湖管理区", home)]
    got = _by_written(extract_metrics(doc, places, orgs, [], gaz, {0: home}))
    assert got["700余万元"].subject == expected and got["360万元"].subject == expected


def test_该市_refers_to_a_city_named_inside_a_document_title(gaz):
    text = ("针对特殊困难家庭，该市出台《资兴市公共租赁住房管理办法》，建立兜底保障机制。"
            "2021年，该市共为301户重点特殊群体减免租金52万余元。")
    doc = make_document(text)
    programs = [_program(doc, "资兴市公共租赁住房管理办法", "policy_document")]
    places = [_place(doc, gaz, "资兴市")]
    metrics = _by_written(extract_metrics(doc, places, [], programs, gaz, {0: _key(gaz, "益阳市")}))
    assert metrics["301户"].subject == "资兴市"
    assert metrics["52万余元"].subject == "资兴市"


def test_a_short_form_inside_a_name_is_not_a_referent(gaz):
    text = "该区通过组织“云龙杯”大赛，吸引人才。该区还开展对接活动10余次。"
    doc = make_document(text)
    programs = [_program(doc, "云龙杯", "event")]
    places = [PlaceMention(_span(doc, "云龙"), "云龙", _key(gaz, "云龙示范区"))]
    metrics = _by_written(extract_metrics(doc, places, [], programs, gaz, {0: _key(gaz, "株洲市")}))
    assert metrics["10余次"].subject != "云龙示范区"


def test_该区_skips_a_district_named_as_an_object(gaz):
    text = ("株洲经开区成立指挥部，并明确与石峰区就人员转运开展合作。"
            "同时，该区印发工作手册。23个社区由部门负责人包干负责。")
    doc = make_document(text)
    places = [_place(doc, gaz, "石峰区")]
    places.insert(0, PlaceMention(_span(doc, "株洲经开区"), "株洲经开区", "株洲市/株洲经开区"))
    metrics = _by_written(extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "株洲市")}))
    assert metrics["23个"].subject == "株洲经开区"


def test_a_place_inside_a_quoted_name_is_not_the_subject(gaz):
    text = "疫情来袭，各社区迅速利用“幸福株洲”微信群发起志愿服务接龙，参与志愿者报名接龙超800人。"
    doc = make_document(text)
    places = [PlaceMention(_span(doc, "株洲"), "株洲", _key(gaz, "株洲市"))]
    metrics = _by_written(extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "石峰区")}))
    assert metrics["800人"].subject == "石峰区"


def test_of_places_written_in_a_row_the_smallest_is_the_subject(gaz):
    text = "近日，岳阳市君山区钱粮湖镇开展宣讲500余场次，受众达2万余人次。"
    doc = make_document(text)
    places = [_place(doc, gaz, "岳阳市"), _place(doc, gaz, "君山区"), _place(doc, gaz, "钱粮湖镇")]
    metrics = _by_written(extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "岳阳市")}))
    assert metrics["500余场次"].subject == "钱粮湖镇"
    assert metrics["2万余人次"].subject == "钱粮湖镇"


# ------------------------------------------------------------------ indicators that say what was counted


@pytest.mark.parametrize("phrase, light", [
    ("将", True), ("有", True), ("居", True), ("全面完成", True), ("要力争突破", True), ("实", True),
    ("建档立卡贫困户", False), ("实到", False), ("累计召开", False), ("完成粮食播种面积", False),
])
def test_light_indicators(phrase, light):
    from graph.metrics import is_light_indicator
    assert is_light_indicator(phrase) is light


@pytest.mark.parametrize("text, written, expected", [
    # dev d05: the 人 of a count of 户 is that group's population (as the gold writes it)
    ("汉寿县有省级贫困村33个,建档立卡贫困户12207户、40382人。", "40382人", "建档立卡贫困人口"),
    # dev d05 / seeds: a light verb before the number -> the noun after it
    ("目前,全县已建立48个特色扶贫产业基地。", "48个", "特色扶贫产业基地数"),
    ("街道结合换届，将5个社区纳入第二批交流任职范围。", "5个", "社区数"),
    # dev d12 / d03: nothing after the number -> the clause before it
    ("全年地区生产总值增长1.2%;中部百强县排名再进位,居53位。", "53位", "中部百强县排名再进位"),
    ("全市生产总值突破400亿元大关,达到410亿元,同比增长10%。", "410亿元", "全市生产总值"),
    # dev d09: 由A提高至B -> B measures what A measures
    ("居民人均可支配收入由2020年的2.2万元提高至2024年的2.8万元。", "2.8万元", "居民人均可支配收入"),
    # dev d01: 实到 is not trimmed to 实
    ("本次大会应到政协委员224人,因事、因病请假12人,实到212人。", "212人", "实到"),
])
def test_indicator_says_what_was_counted(gaz, text, written, expected):
    doc = make_document(text)
    metrics = extract_metrics(doc, [], [], [], gaz, {})
    assert _by_written(metrics)[written].indicator == expected


# ------------------------------------------------------------------ subjects: the clause's, not the last place named


def test_我县_is_the_articles_place_not_the_last_town_named(gaz):
    # dev d11: a town visited just before; 我县 is the county the article is about
    text = "粗石江镇是调研的最后一站。2014年,我县夏橙种植面积4.5万亩,总产量达12万吨。"
    doc = make_document(text)
    places = [_place(doc, gaz, "粗石江镇")]
    home = _key(gaz, "江永县")
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {0: home}))
    assert got["4.5万亩"].subject == "江永县" and got["12万吨"].subject == "江永县"


def test_我们_is_not_an_anaphor(gaz):
    doc = make_document("粗石江镇今年种植夏橙。我们种植面积4.5万亩。")
    places = [_place(doc, gaz, "粗石江镇")]
    (m,) = extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "江永县")})
    assert m.subject == "粗石江镇"


@pytest.mark.parametrize("clause, expected", [
    ("全省省级高新区排名再进位,居25位", "攸县"),      # dev d12: a ranking in the province
    ("全县高新区企业达到25家", "攸县"),               # 全县 is the county itself
])
def test_全省_with_a_ranking_is_a_yardstick(gaz, clause, expected):
    text = f"攸县加快创建园区。{clause};二是农业精彩出圈。完成粮食播种面积92.24万亩。"
    doc = make_document(text)
    places = [_place(doc, gaz, "攸县")]
    got = extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "攸县")})
    assert [m.subject for m in got] == [expected, "攸县"]


def test_a_subject_in_the_quoted_sentence_beats_the_speaker_after_it(gaz):
    # dev d02: 下坪村 is named in the quote; the speaker's body after it is not the subject
    text = "“下坪村2021年村民人均纯收入达到14200元,村集体经济收入26万元。”洪江市委办工作队队员介绍。"
    doc = make_document(text)
    places = [_place(doc, gaz, "下坪村")] if gaz.lookup("下坪村") else []
    orgs = [_org(doc, "洪江市委办", "洪江市委办", "party")]
    got = _by_written(extract_metrics(doc, places, orgs, [], gaz, {}))
    assert got["26万元"].subject != "洪江市委办"


def test_a_class_of_projects_is_neither_subject_nor_program(gaz):
    # dev d08: 投资10亿元以上项目 names a class of projects, not one
    text = "益阳市举行重大项目集中开工仪式。其中,投资10亿元以上项目6个,总投资108.74亿元。"
    doc = make_document(text)
    places = [_place(doc, gaz, "益阳市")]
    programs = [_program(doc, "投资10亿元以上项目", "project")]
    got = _by_written(extract_metrics(doc, places, [], programs, gaz, {0: _key(gaz, "益阳市")}))
    assert got["6个"].subject == "益阳市" and got["6个"].program is None
    assert got["108.74亿元"].subject == "益阳市"


def test_a_streak_in_chinese_numerals_is_kept_other_small_counts_are_not(gaz):
    doc = make_document("养老服务工作连续两年获省政府督查激励,选取两个楼盘作为试点。")
    got = extract_metrics(doc, [], [], [], gaz, {})
    assert [(m.value, m.unit) for m in got] == [(2, "年")]


@pytest.mark.parametrize("text, written, expected", [
    # dev d20: 分别为 is "are", the station's county is the subject
    ("昨日湘水有两站超警戒,分别为祁东县归阳站44.23米,超0.23米。", "44.23米", "祁东县"),
    # for X: an object, the county named first stays the subject
    ("攸县为祁东县捐赠物资30吨。", "30吨", "攸县"),
])
def test_为_after_分别_is_a_copula(gaz, text, written, expected):
    doc = make_document(text)
    places = [_place(doc, gaz, n) for n in ("攸县", "祁东县") if n in text]
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {}))
    assert got[written].subject == expected


def test_items_of_a_list_closed_by_等_are_examples_not_the_subject(gaz):
    # seeds 000: projects given as examples; the district of the article is the subject
    text = "全力保障恒光科技、消防智创园等重点项目建设用地,组卷完成土地要素保障率达到100%。"
    doc = make_document(text)
    programs = [_program(doc, "恒光科技", "project"), _program(doc, "消防智创园", "project")]
    (m,) = extract_metrics(doc, [], [], programs, gaz, {0: _key(gaz, "攸县")})
    assert m.subject == "攸县" and m.program is None


def test_a_single_quoted_theme_before_等_stays_the_program(gaz):
    text = "民间河长开展以“守护碧水蓝天”等为主题的净滩活动20余次。"
    doc = make_document(text)
    programs = [_program(doc, "守护碧水蓝天", "campaign")]
    (m,) = extract_metrics(doc, [], [], programs, gaz, {})
    assert m.program == "守护碧水蓝天"


@pytest.mark.parametrize("award", ["获国务院督查激励", "获2022年国务院真抓实干督查激励"])
def test_the_giver_of_an_award_is_not_the_subject(gaz, award):
    # dev d09: 获(2022年)国务院…激励: 国务院 is who gave it
    text = f"养老服务工作{award},连续两年获省政府督查激励。"
    doc = make_document(text)
    orgs = [_org(doc, "国务院", "国务院", "government")]
    (m,) = extract_metrics(doc, [], orgs, [], gaz, {0: _key(gaz, "娄底市")})
    assert m.subject == "娄底市"


# ------------------------------------------------------------------ persons as subjects


def _person(doc, name, nth=0):
    from graph.model import PersonMention
    return PersonMention(_span(doc, name, nth), name)


def test_他_after_a_named_person_is_that_person(gaz):
    # seeds 001: 他种植烟叶150亩 … 收入80余万元 are the farmer's, not his village's
    text = "长乐村烟农彭卫华笑着说。今年，他种植烟叶150亩，加上晚稻丰收，收入80余万元。"
    doc = make_document(text)
    places = [PlaceMention(_span(doc, "长乐村"), "长乐村", _key(gaz, "攸县"))]
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {}, [_person(doc, "彭卫华")]))
    assert got["150亩"].subject == "彭卫华" and got["150亩"].subject_kind == "person"
    assert got["80余万元"].subject == "彭卫华"


def test_他们_is_not_a_person_reference(gaz):
    text = "长乐村烟农彭卫华笑着说。今年，他们种植烟叶150亩。"
    doc = make_document(text)
    places = [PlaceMention(_span(doc, "长乐村"), "长乐村", _key(gaz, "攸县"))]
    (m,) = extract_metrics(doc, places, [], [], gaz, {}, [_person(doc, "彭卫华")])
    assert m.subject != "彭卫华"


def test_the_speaker_introducing_a_quote_and_an_age(gaz):
    # dev d02: the farmer's age, and his income in his own words
    text = ("下坪村人居环境大变样。75岁的甲鱼养殖户胡廷晗告诉记者:“今年,我将扩大甲鱼养殖规模,"
            "以前年纯收入在12万元左右,今年要力争突破20万元。”")
    doc = make_document(text)
    places = [_place(doc, gaz, "下坪村")]
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {}, [_person(doc, "胡廷晗")]))
    assert (got["75岁"].subject, got["75岁"].indicator) == ("胡廷晗", "年龄")
    assert got["12万元左右"].subject == "胡廷晗" and got["20万元"].subject == "胡廷晗"


def test_a_quote_broken_across_paragraphs_still_has_its_speaker(gaz):
    # seeds 001: OCR put the opening quote in an earlier paragraph
    text = ("“烟站不仅为我提供技术指导\n\n还帮我打开销路。明年我准备再承包50亩地。”长乐村烟农彭卫华笑着说。\n")
    doc = make_document(text)
    places = [PlaceMention(_span(doc, "长乐村"), "长乐村", _key(gaz, "攸县"))]
    (m,) = extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "攸县")}, [_person(doc, "彭卫华")])
    assert m.subject == "彭卫华"


@pytest.mark.parametrize("text, written, expected", [
    # seeds 000 / 003: after another number, the words before are that number's noun
    ("对全区117座水库和164处农村供水工程安排专人管理。", "164处", "农村供水工程数"),
    ("全区23个社区56个小区真正做到干部包保。", "56个", "小区数"),
    ("下设1个办公室和13个工作组。", "13个", "工作组数"),
    # … unless nothing follows the number: then the words before name it
    ("路基宽12米、路面宽10.5米。", "10.5米", "路面宽"),
    ("建成了200亩猕猴桃示范基地、150亩黄桃观光采摘园及200亩花椒基地。", "150亩", "黄桃观光采摘园面积"),
])
def test_a_second_number_of_a_clause_counts_the_noun_after_it(gaz, text, written, expected):
    doc = make_document(text)
    got = _by_written(extract_metrics(doc, [], [], [], gaz, {}))
    assert got[written].indicator == expected


def test_clause_initial_项目_is_the_project_named_before(gaz):
    # dev d18: 项目全长 … the road project of the article, not the village named last
    text = ("平江县S316石牛寨至长庆公路改建工程项目签约。公路途经石牛寨镇黄洞村,"
            "与长庆至童市段相连,项目全长16.316公里,投资估算总金额为3亿余元。")
    doc = make_document(text)
    places = [_place(doc, gaz, "平江县"), PlaceMention(_span(doc, "黄洞村"), "黄洞村", _key(gaz, "平江县") + "/黄洞村")]
    programs = [_program(doc, "S316石牛寨至长庆公路改建工程项目", "project")]
    got = _by_written(extract_metrics(doc, places, [], programs, gaz, {0: _key(gaz, "平江县")}))
    assert got["16.316公里"].subject == "S316石牛寨至长庆公路改建工程项目"
    assert got["3亿余元"].subject == "S316石牛寨至长庆公路改建工程项目"


def test_项目部_is_not_a_project_reference(gaz):
    text = "平江县S316公路改建工程项目签约。黄洞村今年修路,项目部驻地面积300平方米。"
    doc = make_document(text)
    places = [PlaceMention(_span(doc, "黄洞村"), "黄洞村", _key(gaz, "平江县") + "/黄洞村")]
    programs = [_program(doc, "S316公路改建工程项目", "project")]
    (m,) = extract_metrics(doc, places, [], programs, gaz, {})
    assert m.subject == "黄洞村"


@pytest.mark.parametrize("text, kept", [
    ("前三季度16项主要经济指标中，邵阳市有12项指标增速高于全省平均水平。", ["12项"]),   # seeds 000/001
    ("在全省14个市州中排名第3位。", ["第3位"]),
    ("全市有16项主要经济指标增长。", ["16项"]),                                    # no 中: a fact
])
def test_the_set_a_count_is_taken_from_is_not_a_fact(gaz, text, kept):
    doc = make_document(text)
    assert [m.as_written for m in extract_metrics(doc, [], [], [], gaz, {})] == kept


# ------------------------------------------------------------------ round 2: projects, measures, modifiers


def test_该项目_refers_to_a_project_named_inside_an_event(gaz):
    # d18: the project is named only inside the ceremony's name; 该项目 / 项目全长 is the project
    text = ("S316平江县石牛寨至长庆公路改建工程项目签约仪式在长沙举行。\n"
            "据悉,该项目起于石牛寨镇黄洞村,止于虹桥镇长庆村,项目全长16.316公里,按二级公路标准设计,"
            "路基宽12米、路面宽10.5米,投资估算总金额为3亿余元。\n")
    doc = make_document(text)
    name = "S316平江县石牛寨至长庆公路改建工程项目"
    programs = [ProgramMention(_span(doc, name + "签约仪式"), name + "签约仪式", "event"),
                ProgramMention(_span(doc, name), name, "project")]
    places = [_place(doc, gaz, "平江县")]
    got = _by_written(extract_metrics(doc, places, [], programs, gaz, {0: _key(gaz, "平江县")}))
    for written in ("16.316公里", "12米", "10.5米", "3亿余元"):
        assert got[written].subject == name and got[written].subject_kind == "program", written
    assert got["12米"].indicator == "路基宽"


def test_该项目_does_not_refer_to_a_place_or_an_event_alone(gaz):
    # only an event, no project inside it: 该项目 finds nothing, the article's place stays
    text = "平江县文化旅游节开幕式在长沙举行。该项目全长16公里。\n"
    doc = make_document(text)
    programs = [_program(doc, "平江县文化旅游节开幕式", "event")]
    (m,) = extract_metrics(doc, [_place(doc, gaz, "平江县")], [], programs, gaz, {0: _key(gaz, "平江县")})
    assert m.subject == "平江县"


def test_a_measure_before_a_project_name_is_that_projects_size(gaz):
    # d19: 建成了200亩猕猴桃示范基地、150亩黄桃观光采摘园及200亩九叶青花椒基地
    text = ("凤凰县腊尔山镇夯卡村建成了200亩猕猴桃示范基地、150亩黄桃观光采摘园及200亩九叶青花椒基地。"
            "2018年村集体经济收入突破20万元。\n")
    doc = make_document(text)
    names = ["猕猴桃示范基地", "黄桃观光采摘园", "九叶青花椒基地"]
    programs = [_program(doc, n, "project") for n in names]
    places = [_place(doc, gaz, "夯卡村")]
    metrics = extract_metrics(doc, places, [], programs, gaz, {0: _key(gaz, "凤凰县")})
    areas = [m for m in metrics if m.unit == "亩"]
    assert [(m.value, m.subject, m.indicator) for m in areas] == [
        (200, names[0], "面积"), (150, names[1], "面积"), (200, names[2], "面积")]
    assert _by_written(metrics)["20万元"].subject == "夯卡村"


def test_a_count_before_a_project_name_stays_with_the_place(gaz):
    # a count (3个示范基地) says how many the place has; a money amount with its own
    # indicator before it keeps it (总投资5亿元的X项目 -> 总投资)
    text = "江永县建成3个猕猴桃示范基地。江永县签约总投资5亿元的香柚深加工项目。\n"
    doc = make_document(text)
    programs = [_program(doc, "猕猴桃示范基地", "project"), _program(doc, "香柚深加工项目", "project")]
    places = [_place(doc, gaz, "江永县", 0), _place(doc, gaz, "江永县", 1)]
    got = _by_written(extract_metrics(doc, places, [], programs, gaz, {0: _key(gaz, "江永县")}))
    assert got["3个"].subject == "江永县"
    assert got["5亿元"].subject == "江永县"          # money is not a size measure of what follows


def test_examples_before_等_give_way_to_the_noun_after_the_number(gaz):
    # d20: 双牌、欧阳海…等6座大型水库泄洪 counts reservoirs; with no noun after, the list stays
    doc = make_document("双牌、欧阳海、酒埠江、五强溪、江垭、皂市等6座大型水库泄洪。\n")
    (m,) = extract_metrics(doc, [], [], [], gaz, {})
    assert m.indicator.startswith("大型水库")
    doc = make_document("清查娱乐场所、网吧、宾馆、出租房等547家,整改隐患12处。\n")
    got = _by_written(extract_metrics(doc, [], [], [], gaz, {}))
    assert got["547家"].indicator == "清查娱乐场所、网吧、宾馆、出租房等"


def test_a_mention_inside_a_的_modifier_qualifies_the_mention_after(gaz):
    # d10: 他“扎根”的秩堂镇,便是6000多年前… ; 刘雪文创办的康成庄园…合作社里…,45名村民
    text = ("回乡创业的刘雪文是一名新型职业农民。他“扎根”的秩堂镇,便是6000多年前炎帝神农氏发现茶叶的地方。\n"
            "6月29日,刘雪文创办的康成庄园种植农民专业合作社里人声鼎沸,45名村民排着队领取分红。\n")
    doc = make_document(text)
    places = [_place(doc, gaz, "秩堂镇")]
    orgs = [_org(doc, "康成庄园种植农民专业合作社", "康成庄园种植农民专业合作社", "other")]
    persons = [_person(doc, "刘雪文", 0), _person(doc, "刘雪文", 1)]
    got = _by_written(extract_metrics(doc, places, orgs, [], gaz, {0: _key(gaz, "茶陵县")}, persons))
    assert got["6000多年"].subject == "秩堂镇"
    assert got["45名"].subject == "康成庄园种植农民专业合作社"


def test_的_after_a_verb_phrase_without_a_mention_changes_nothing(gaz):
    # 彭卫华种植的烟叶达150亩: no mention after 的, the person stays the subject
    text = "今年,彭卫华种植的烟叶达150亩。\n"
    doc = make_document(text)
    (m,) = extract_metrics(doc, [], [], [], gaz, {}, [_person(doc, "彭卫华")])
    assert m.subject == "彭卫华"


def test_a_short_paragraphs_opening_subject_is_the_topic_of_its_later_sentences(gaz):
    # seeds 002: 该县 in the first sentence, the counts two hundred characters later
    filler = "完善了行政河长、记者河长、民间河长和志愿者的社会联动机制,注重发挥专业性社会组织作用," * 3
    text = ("江华瑶族自治县涛圩镇开展清河整治行动。\n"
            f"为推动河长制工作从有名有实向有能有效转变,该县建立健全了三级河长联合宣传工作机制,{filler}"
            "形成了大河长制机制。今年来,行政河长牵头民间河长等联合巡河15次,发现督办整改问题12个。\n")
    doc = make_document(text)
    places = [_place(doc, gaz, "江华瑶族自治县")]
    got = _by_written(extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "株洲市")}))
    assert got["15次"].subject == "江华瑶族自治县" and got["12个"].subject == "江华瑶族自治县"


def test_a_long_paragraph_keeps_the_reach_limit(gaz):
    # a paragraph longer than one column's text may join OCR columns: no topic from far back
    filler = "完善了行政河长、记者河长、民间河长和志愿者的社会联动机制,注重发挥专业性社会组织作用," * 8
    text = ("江华瑶族自治县涛圩镇开展清河整治行动。\n"
            f"为推动河长制工作转变,该县建立健全了三级河长联合宣传工作机制,{filler}"
            "形成了大河长制机制。今年来,行政河长牵头民间河长等联合巡河15次。\n")
    doc = make_document(text)
    places = [_place(doc, gaz, "江华瑶族自治县")]
    (m,) = extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "株洲市")})
    assert m.subject == "株洲市"


def test_她_opening_a_clause_shifts_the_sentences_topic_to_the_person(gaz):
    # d05: the village opens the sentence, 她 (the farmer) is the topic of the clauses after it
    text = ("11月5日上午,汉寿县岩汪湖镇烂泥湖村菊花加工车间,建档立卡贫困户朱元珍一边烘烤菊花,一边告诉记者,"
            "村里成立菊花种植合作社,她把自家土地流转后,常年在合作社打工,每年务工收入近2万元。\n")
    doc = make_document(text)
    places = [_place(doc, gaz, n) for n in ("汉寿县", "岩汪湖镇", "烂泥湖村")]
    persons = [_person(doc, "朱元珍")]
    (m,) = extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "汉寿县")}, persons)
    assert m.subject == "朱元珍" and m.subject_kind == "person"
    # without the pronoun the sentence's first subject (the village) stays
    doc = make_document(text.replace("她把", "把"))
    places = [_place(doc, gaz, n) for n in ("汉寿县", "岩汪湖镇", "烂泥湖村")]
    (m,) = extract_metrics(doc, places, [], [], gaz, {0: _key(gaz, "汉寿县")}, [_person(doc, "朱元珍")])
    assert m.subject == "烂泥湖村"


def test_an_amount_with_a_size_word_before_a_named_fund_is_the_funds_size(gaz):
    # seeds 004: 50亿元规模的湖南省制造业转型升级基金和10亿元规模的…基金,均落户渌口区
    text = ("去年7月,50亿元规模的湖南省制造业转型升级基金和10亿元规模的株洲财信高科技新材料产业基金,均落户渌口区。"
            "渌口区今年引进资金12亿元。\n")
    doc = make_document(text)
    orgs = [_org(doc, "湖南省制造业转型升级基金", "湖南省制造业转型升级基金", "company"),
            _org(doc, "株洲财信高科技新材料产业基金", "株洲财信高科技新材料产业基金", "company")]
    places = [_place(doc, gaz, "渌口区", 0), _place(doc, gaz, "渌口区", 1)]
    got = _by_written(extract_metrics(doc, places, orgs, [], gaz, {0: _key(gaz, "渌口区")}))
    assert (got["50亿元"].subject, got["50亿元"].indicator) == ("湖南省制造业转型升级基金", "规模")
    assert got["10亿元"].subject == "株洲财信高科技新材料产业基金"
    assert got["12亿元"].subject == "渌口区"            # no size word before a mention: the clause's subject


def test_an_amount_before_an_organisation_without_a_size_word_is_not_its_size(gaz):
    # 发放5000万元的X资金: without a size word, an amount before a name is not that one's size
    doc = make_document("渌口区今年已发放5000万元的湖南省专项资金。\n")
    orgs = [_org(doc, "湖南省专项资金", "湖南省专项资金", "other")]
    (m,) = extract_metrics(doc, [_place(doc, gaz, "渌口区")], orgs, [], gaz, {0: _key(gaz, "渌口区")})
    assert m.subject == "渌口区"
