"""Eleventh round (met11): rules of the genre found on the eighth and ninth development sets
(benchmarks/unseen/dev8, h171–h190, and dev9, h191–h210) for metric values, units and subjects.
Each rule is tested on its dev8/dev9 sentence with a counter-example it must not fire on."""
from __future__ import annotations

from graph.numbers import find_quantities
from graph.pipeline import extract_document
from graph.text import make_document

from support import metric_rows, units_of


# ---------------------------------------------------------------- measure words of the genre

def test_hours_counted_with_a_classifier_are_hours():
    # dev8 h178, dev9 h208: 个小时 is a count of hours, written 小时 as 6小时 is
    assert units_of("原本需要10个工作日才能办好的证,不到6个小时就办好了") == [(10.0, "个工作日"), (6.0, "小时")]
    assert units_of("累计服务时间超过7000多个小时,累计募集捐款86.5万元") == [(7000.0, "小时"), (86.5, "万元")]
    # 个月 keeps its classifier (月 alone is a month of a date)
    assert units_of("短短3个月完成管网铺设") == [(3.0, "个月")]


def test_a_figure_per_measure_word_is_a_rate():
    # dev9 h210, h203: a slash and a measure word after the unit make a rate unit
    assert units_of("现在改造以后的油茶林产量由原来的2.5斤/亩增加到了30斤/亩") == [(2.5, "斤/亩"), (30.0, "斤/亩")]
    assert units_of("以1000元/头的利润计算,全镇可增收450万元") == [(1000.0, "元/头"), (450.0, "万元")]
    assert (4.0, "万个/立方厘米") in units_of("县域负氧离子含量平均4万个/立方厘米")
    # counter-examples: a slash before a number or a noun that is no measure word is no rate
    assert units_of("完成5个/3个村的改造") == [(5.0, "个")]
    assert units_of("每人补助50元/学生") == [(50.0, "元")]


def test_poultry_counted_in_yu():
    # dev9 h207: 羽 counts birds (肉鸡存栏254万羽); 羽毛球 is a ball, not a count
    assert units_of("公司肉鸡存栏超过254万羽,总产值1亿元") == [(254.0, "万羽"), (1.0, "亿元")]
    assert units_of("购置10羽毛球拍") == []


# ---------------------------------------------------------------- subjects: yardsticks, granted scopes, counted kinds

H204_LEAD = "加快建设健康怀化,新增国家临床重点专科建设项目1个。"


def test_province_first_to_act_is_a_yardstick_not_the_subject(gaz):
    # dev9 h204: 全省率先成立… names the set the city was first in; the city stays the subject
    text = (H204_LEAD + "养老服务体系更加完善,全省率先成立市级老龄协会,“团寨养老”等模式全国推介。"
            "公积金制度保障有力,支持3.4万余户家庭解决住房问题。")
    subjects = {(s, v) for s, _, v, _ in metric_rows(text, gaz)}
    assert ("怀化市", 3.4) in subjects
    # counter-example: 全省 as the topic of its own clause is still the province
    assert ("湖南省", 3.4) in {(s, v) for s, _, v, _ in metric_rows(
        H204_LEAD + "全省公积金制度保障有力,支持3.4万余户家庭解决住房问题。", gaz)}


def test_status_granted_names_no_subject(gaz):
    # dev9 h204: 获批湖南省…示范区先导区: the province is the scope of the status granted
    text = (H204_LEAD + "获批湖南省国家中医药综合改革示范区先导区,健全社会保障体系,医保参保率稳定在96%以上。")
    assert ("怀化市", 96.0) in {(s, v) for s, _, v, _ in metric_rows(text, gaz)}


def test_a_kind_counted_right_after_its_name_is_no_subject(gaz):
    # dev9 h204: 新改扩建公办学校(幼儿园)164所 counts schools; the city is the subject of the sentence
    text = H204_LEAD + "办好人民满意教育,新改扩建公办学校(幼儿园)164所,新增学位10.4万个。"
    got = {(s, v) for s, _, v, _ in metric_rows(text, gaz)}
    assert ("怀化市", 164.0) in got and ("怀化市", 10.4) in got
    # dev9 h197: 新建小型标准化供水工程132处 counts projects of a kind
    text = ("截至目前,株洲市已累计解决109个季节性缺水村的用水问题。针对山区村庄水源分散的问题,"
            "新建小型标准化供水工程132处,改造老旧工程58处,12.6万山区群众喝上了放心水。")
    got = {(s, v) for s, _, v, _ in metric_rows(text, gaz)}
    assert {("株洲市", 132.0), ("株洲市", 58.0), ("株洲市", 12.6)} <= got


# ---------------------------------------------------------------- villages written under their town

def _places_of(text: str, gaz) -> list[str]:
    ex = extract_document(make_document(text, "t"), gaz)
    return [p.surface for p in ex.places]


def test_village_named_with_a_one_character_verb_is_a_village(gaz):
    # dev8 h186: 筸子坪镇晒金塘村支书龙金炉说: 晒|金塘 is a name (a sunning pond), not a verb phrase
    text = "凤凰县筸子坪镇晒金塘村支书龙金炉说,培训很有用。"
    assert "晒金塘村" in _places_of(text, gaz)
    ex = extract_document(make_document(text, "t"), gaz)
    assert ("龙金炉", "支书") in {(o.person, o.role) for o in ex.officials}
    # counter-examples: verb phrases after a town stay no village
    assert not any(p.endswith("村") for p in _places_of("凤凰县筸子坪镇抓好村级组织建设。", gaz))
    assert not any(p.endswith("村") for p in _places_of("凤凰县筸子坪镇推进美丽村庄建设。", gaz))


# ---------------------------------------------------------------- county short forms listed together

def test_county_short_forms_listed_next_to_counties_are_counties(gaz):
    # dev9 h203: 城步 (n), 通道 (v), 桃源 (n) are common words jieba-wise, 炎陵 a name: listed
    # next to other counties they are counties
    got = _places_of("桂东县入选中国深呼吸小城100佳。全省只有桂东、炎陵、城步、通道、桃源等5县入选。", gaz)
    assert {"炎陵", "城步", "通道", "桃源"} <= set(got)
    # dev9 h197: 茶陵 listed before 炎陵
    assert "茶陵" in _places_of("株洲市已累计解决109个缺水村的用水问题。针对茶陵、炎陵等山区村庄水源分散的问题。", gaz)
    # counter-example: the common words beside no county stay words
    assert _places_of("开辟绿色通道、桃源般的环境。", gaz) == []


def test_temperatures_are_read_in_degrees_celsius():
    # dev9 h203: 年平均气温15.4℃,6—9月平均气温20℃左右
    assert units_of("年平均气温15.4℃,6—9月平均气温20℃左右,森林覆盖率高达84%") == [
        (15.4, "℃"), (20.0, "℃"), (84.0, "%")]
    # counter-example: a bare 度 is an angle or a heat wave, not read (30度高温)
    assert units_of("持续30度高温") == []


def test_thousand_hectares_of_the_statistical_bulletin():
    # dev8 h181: 全年粮食种植面积83.6千公顷 (a bulletin's unit: thousands of hectares)
    got = [(q.quantity.value, q.quantity.unit, q.quantity.normalised) for q in find_quantities(
        "全年粮食种植面积83.6千公顷,比上年增长2.9%")]
    assert got == [(83.6, "千公顷", 83600.0), (2.9, "%", 2.9)]
    # counter-example: hectares written without 千 stay hectares
    assert [(q.quantity.value, q.quantity.unit, q.quantity.normalised)
            for q in find_quantities("新增耕地83.6公顷")] == [(83.6, "公顷", 83.6)]


# ---------------------------------------------------------------- OCR variants are no place's own short name

def test_a_towns_short_name_is_no_misreading_of_a_city(gaz):
    # dev8 h187: 秀美活力修山 names 修山镇 by its short name; 中山 (a city listed later) must not
    # turn it into an OCR misreading of 中山, and 中山 itself is kept
    text = ("修山镇地处桃江县。全镇围绕“生态示范小镇 秀美活力修山”建设,完成规模工业增加值4.25亿元。"
            "2023年,前往广东、中山等地开展招商调研3次。")
    ex = extract_document(make_document(text, "t"), gaz)
    assert [p.surface for p in ex.places if p.key == "442000"] == ["中山"]


# ---------------------------------------------------------------- a county paper naming its county by its short name

H192 = ("县十七届人大一次会议胜利闭幕\n今天下午,县十七届人大一次会议圆满完成了大会各项议程,胜利闭幕。"
        "大会应到代表314名,因事因病请假1名,实到代表313名,符合法定人数。"
        "县委书记汤祚国代表县委向大会的圆满成功表示祝贺。他说,结束不久的县第十二次党代会,"
        "为桃源今后一个时期的发展指明了方向。\n")


def test_unnamed_county_named_by_its_short_name_is_the_county(gaz):
    # dev9 h192: a county paper speaks of 县 only and writes 为桃源今后…的发展: 桃源 is 桃源县,
    # and the article's figures are the county's
    ex = extract_document(make_document(H192, "t"), gaz)
    assert [(p.surface, p.key) for p in ex.places] == [("桃源", "430725")]
    assert ("桃源县", 314.0) in {(m.subject, m.value) for m in ex.metrics}
    # counter-examples: the common word after a body's name (会同 = "together with") or in an
    # article that speaks of no county stays a word
    assert _places_of("县委书记主持会议。县发改局会同财政局研究部署。", gaz) == []
    assert _places_of("公司召开会议。为桃源今后的发展指明方向。", gaz) == []


# ---------------------------------------------------------------- examples joined by 和 before 等N

def test_examples_joined_by_he_before_deng_are_no_subject(gaz):
    # dev9 h207: 醴陵市的A公司和B公司等2家企业上榜: the companies are examples; the city is the subject
    text = ("红网时刻新闻3月11日讯 近日,省农业农村厅公布了2022年湖南省农业产业化省级龙头企业认定名单,"
            "醴陵市的湖南莘航农耕文化发展有限公司和洛塘生态农业发展有限公司等2家企业上榜。")
    assert ("醴陵市", 2.0) in {(s, v) for s, _, v, _ in metric_rows(text, gaz)}
    # counter-example: a company that is the clause's own topic (no 等 list) stays the subject
    text = "醴陵市的湖南莘航农耕文化发展有限公司今年新建鸡舍2栋。"
    assert ("湖南莘航农耕文化发展有限公司", 2.0) in {(s, v) for s, _, v, _ in metric_rows(text, gaz)}
