"""Place error classes of the development articles: short forms, zones named after their city,
villages named again, generic parks, the article's main place, renamed and homonymous places.

Each class has a sentence from a dev article (where one exists) or one written for the test,
and a negative case."""
import pytest

from graph.places import article_places, place_records, resolve_relative
from support import places_of as places, surfaces


# ---------------------------------------------------------------- short county forms

def test_county_short_forms_before_their_prefecture_in_the_same_article(gaz):
    # d20: the counties are listed before 郴州 appears in the forecast
    text = ("道县派出10多个工作组到乡镇指导救灾,桂阳、安仁、永兴、桂东等县有关责任人到岗就位。"
            "据湖南省气象台预报,永州、郴州部分大雨。")
    doc, ms, new = places(text, gaz)
    keys = {m.surface: m.key for m in ms}
    assert keys["桂阳"] == "431021" and keys["安仁"] == "431028"
    assert keys["永兴"] == "431023" and keys["桂东"] == "431027"


def test_county_short_form_tagged_as_a_person_name_needs_its_prefecture(gaz):
    # 安仁 is tagged nr by jieba: without 郴州 anywhere it is not read as the county
    doc, ms, new = places("安仁、李明等同志参加了会议。", gaz)
    assert "安仁" not in surfaces(ms)


def test_common_word_county_short_forms_still_need_more(gaz):
    doc, ms, new = places("郴州市发改委会同各县开通绿色通道。", gaz)
    assert surfaces(ms) == ["郴州市"]


# ---------------------------------------------------------------- zones

def test_zone_written_after_its_city_is_two_places(gaz):
    # d20: 永州市金洞管理区 names the city and the zone 金洞管理区
    doc, ms, new = places("永州市金洞管理区冲毁河堤100多米。", gaz)
    assert surfaces(ms) == ["永州市", "金洞管理区"]
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["金洞管理区"]["parent"] == "永州市"


def test_zone_written_alone_keeps_its_name(gaz):
    doc, ms, new = places("岳阳市屈原管理区和屈原管理区农业局", gaz)
    assert [m.key for m in ms] == ["430600", "430671", "430671"]


def test_park_named_by_the_kind_of_industry_is_not_a_zone(gaz):
    # d04: 新兴产业园 is an emerging-industries park, not a zone called 新兴
    text = "江永县与湖南金荣集团签约。金荣集团在新兴产业园资源导入与发展服务方面经验丰富。"
    doc, ms, new = places(text, gaz)
    assert new == [] and surfaces(ms) == ["江永县"]
    text = "江永县人民政府与湖南金荣集团签约,建设现代物流园。"
    doc, ms, new = places(text, gaz)
    assert new == []


def test_park_with_a_proper_name_is_a_zone(gaz):
    doc, ms, new = places("邵阳市大力建设东盟产业园。", gaz)
    assert [e.name for e in new] == ["东盟产业园"]


# ---------------------------------------------------------------- villages

def test_new_village_named_again_is_the_same_village(gaz):
    # d19: 杨坪村 of 高坪乡 (永顺县) is missing from the gazetteer; 冷水江 has one of that name
    text = "冬日阳光下的永顺县高坪乡杨坪村,房前屋后清爽整洁。老同志对杨坪村给予了高度评价。"
    doc, ms, new = places(text, gaz)
    villages = {m.key for m in ms if m.surface == "杨坪村"}
    assert villages == {"433127/高坪乡/杨坪村"}
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["杨坪村"]["parent"] == "高坪乡"


def test_village_of_another_town_is_not_renamed(gaz):
    text = "宁乡市资福镇植木桥村的村民来到长沙。"
    doc, ms, new = places(text, gaz)
    assert [e.name for e in new] == ["植木桥村"]
    assert not any(m.surface == "长沙" and "/" in m.key for m in ms)


# ---------------------------------------------------------------- the article's main place

def test_county_short_form_before_an_inspection_verb(gaz):
    # d11 headline: 江永 only in its short form, its city never written
    doc, ms, new = places("戴道晋来江永调研乡村旅游开发等工作\n县委书记冯德校参加调研。", gaz)
    assert [m.key for m in ms] == ["431125"]
    assert article_places(doc, ms, gaz)[0] == "431125"


def test_short_form_inside_a_person_name_before_a_verb_is_not_a_place(gaz):
    doc, ms, new = places("局长张江永调研时强调,要抓好安全生产。", gaz)
    assert ms == []
    doc, ms, new = places("会同志们一起考察学习。", gaz)
    assert ms == []
    doc, ms, new = places("郴州市组织干部观看电影《嘉禾》。", gaz)
    assert surfaces(ms) == ["郴州市"]
    doc, ms, new = places("郴州市委常委李安仁出席会议,到安仁考察。", gaz)
    assert [m.span.start for m in ms if m.surface == "安仁"] == [doc.text.index("到安仁") + 1]


def test_paper_speaking_as_its_prefecture_has_the_prefecture_as_main_place(gaz):
    # d19 (团结报, 湘西州): 州委, 我州, only its counties and villages written
    text = ("本报讯(记者 某某)1月22日,州委安排部分州级离退休老同志到花垣县、永顺县开展迎春考察活动,"
            "感受我州经济社会发展取得的新成绩。\n花垣县双龙镇十八洞村探索创立互助治理模式。")
    doc, ms, new = places(text, gaz)
    assert article_places(doc, ms, gaz)[0] == "433100"
    implied = [m for m in ms if m.key == "433100"]
    assert len(implied) == 1 and doc.slice(implied[0].span) == "我州"
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["花垣县"]["parent"] == "湘西土家族苗族自治州"


def test_county_paper_writing_quan_shi_keeps_its_county(gaz):
    # 全市 in a county report is often the prefecture's ranking: no self-reference
    text = "攸县今年粮食产量居全市第一,本市场交易活跃。\n攸县网岭镇推进高标准农田建设。"
    doc, ms, new = places(text, gaz)
    assert article_places(doc, ms, gaz)[0] in {"430223", "430223/网岭镇"}
    assert not any(m.key == "430200" for m in ms)


def test_self_reference_of_a_place_already_written_adds_nothing(gaz):
    text = "江永县粗石江镇夏橙丰收。2014年,我县夏橙种植面积4.5万亩。"
    doc, ms, new = places(text, gaz)
    assert [m.surface for m in ms] == ["江永县", "粗石江镇"]
    assert article_places(doc, ms, gaz)[0] == "431125"


def test_bare_city_title_after_a_trip_is_the_article_city(gaz):
    # d16: a 娄底 report of a trip to 广东; 市领导 is 娄底's, not the last city listed
    text = ("红网时刻娄底5月15日讯 5月11日至13日,娄底市委书记邹文辉率队赴深圳、东莞、广州、肇庆、佛山等地"
            "开展招商引资。\n市领导谢君毅参加。")
    doc, ms, new = places(text, gaz)
    where = article_places(doc, ms, gaz)
    assert where[0] == "431300"
    assert resolve_relative(doc, doc.text.index("市领导"), "市领导", where, ms, gaz) == "431300"


def test_city_named_alone_after_the_home_city_is_its_own_body(gaz):
    # no trip, no list: 市委 after 湘潭市 is 湘潭's even in an article headed by 韶山
    text = "韶山市委主要负责人介绍,湘潭市今年以来项目建设提速。市委召开会议。"
    doc, ms, new = places(text, gaz)
    where = article_places(doc, ms, gaz)
    assert resolve_relative(doc, doc.text.index("市委召开"), "市委", where, ms, gaz) == "430300"


def test_article_tie_goes_to_the_hunan_place(gaz):
    doc, ms, new = places("中山市招商团来到娄底考察。", gaz)
    assert article_places(doc, ms, gaz)[0] == "431300"


# ---------------------------------------------------------------- places that are not places

@pytest.mark.parametrize("text", ["长沙市中山路步行街人流如织。", "孙中山先生曾在此演讲。",
                                  "村民刘中山说,今年收成好。", "中山大学的专家来到娄底。"])
def test_zhongshan_in_a_street_a_person_or_a_university_is_not_zhongshan_city(gaz, text):
    doc, ms, new = places(text, gaz)
    assert not any(m.key == "442000" for m in ms)


def test_zhongshan_city_itself(gaz):
    doc, ms, new = places("娄底市委书记到广东中山、东莞考察。", gaz)
    assert "442000" in [m.key for m in ms]


def test_hong_kong_and_macao_are_the_regions(gaz):
    doc, ms, new = places("香港、澳门客商来湘投资。", gaz)
    assert [m.key for m in ms] == ["810000", "820000"]
    records = place_records(ms, new, gaz)
    assert [(r["name"], r["type"], r["parent"]) for r in records] == [
        ("香港", "province", None), ("澳门", "province", None)]


# ---------------------------------------------------------------- renamed places

@pytest.mark.parametrize("text, key", [
    ("株洲市株洲县召开经济工作会议。", "430212"),      # 株洲县 -> 渌口区 (change table)
    ("宁乡县委书记出席会议。", "430182"),              # 宁乡县 -> 宁乡市
    ("邵阳市邵东县推进产业园建设。", "430582"),         # 邵东县 -> 邵东市
    ("张家口市崇礼县举办滑雪节。", "130709"),           # 崇礼县 -> 崇礼区 (not in the table)
])
def test_former_county_name_is_the_unit_now(gaz, text, key):
    doc, ms, new = places(text, gaz)
    assert key in [m.key for m in ms]


def test_former_name_does_not_shadow_a_live_county(gaz):
    # 长沙县 is a county of its own, not 长沙市; 城区 / 矿区 are no former names
    doc, ms, new = places("长沙县星沙街道。城区道路改造完成,矿区环境整治。", gaz)
    assert [m.key for m in ms] == ["430121", "430121/星沙街道"]


# ---------------------------------------------------------------- places written in a row

def test_town_short_name_before_its_village_and_a_zhai_for_a_cun(gaz):
    # d11: 兰溪 (兰溪瑶族乡) and 勾蓝瑶寨 (勾蓝瑶村) in an article about 江永
    text = "戴道晋来江永调研乡村旅游开发等工作\n“有朋自远方来,不亦乐乎。”兰溪勾蓝瑶寨的瑶胞们穿上节日的盛装。"
    doc, ms, new = places(text, gaz)
    keys = {m.surface: m.key for m in ms}
    assert keys["兰溪"] == "431125/兰溪瑶族乡"
    assert keys["勾蓝瑶寨"] == "431125/兰溪瑶族乡/勾蓝瑶村"
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["兰溪"]["parent"] == "江永县" and records["兰溪"]["type"] == "township"


def test_zhai_without_its_county_and_town_short_alone_are_not_places(gaz):
    doc, ms, new = places("勾蓝瑶寨的瑶胞们唱起欢快的瑶歌。", gaz)
    assert ms == []
    doc, ms, new = places("江永县代表团参观了兰溪的茶园。", gaz)
    assert [m.surface for m in ms] == ["江永县"]


def test_full_town_then_village_in_a_row(gaz):
    # d06: 桂阳县正和镇西水村 (西水村 is missing under 正和镇: a new village of that town)
    doc, ms, new = places("桂阳县正和镇西水村党支部书记担任村级河长。", gaz)
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["正和镇"]["parent"] == "桂阳县"
    assert records["西水村"]["parent"] == "正和镇"


def test_bare_provincial_body_after_a_trip_to_another_province_is_hunans(gaz):
    # d16: 邹文辉率队赴广东招商引资 … 省委、省政府和市委决策部署 are Hunan's and 娄底's
    text = "邹文辉率队赴广东招商引资\n娄底市委书记邹文辉率队赴深圳等地开展招商引资,落实省委、省政府和市委决策部署。"
    doc, ms, new = places(text, gaz)
    where = article_places(doc, ms, gaz)
    pos = doc.text.index("省委、")
    assert resolve_relative(doc, pos, "省委", where, ms, gaz) == "430000"
    assert resolve_relative(doc, doc.text.index("市委决策"), "市委", where, ms, gaz) == "431300"


def test_province_of_an_article_about_it_keeps_its_province(gaz):
    text = "广东省深圳市召开招商大会\n深圳市委书记出席,落实省委部署。"
    doc, ms, new = places(text, gaz)
    where = article_places(doc, ms, gaz)
    assert resolve_relative(doc, doc.text.index("省委部署"), "省委", where, ms, gaz) == "440000"


# ---------------------------------------------------------------- the outlet in the dateline

def test_county_station_reporting_a_ceremony_in_the_capital_is_about_its_county(gaz):
    text = ("S316公路改建工程项目签约仪式在长沙举行\n"
            "红网平江站9月4日讯(通讯员 某某)9月3日,S316公路改建工程项目签约仪式在长沙举行。县委书记出席。")
    doc, ms, new = places(text, gaz)
    where = article_places(doc, ms, gaz)
    assert where[0] == "430626"
    assert resolve_relative(doc, doc.text.index("县委书记"), "县委", where, ms, gaz) == "430626"


def test_dateline_place_does_not_override_a_deeper_headline_place(gaz):
    # d11-like: a village of the county in the headline stays the main place
    text = "江永县上甘棠村:千年古村焕新颜\n红网江永站3月12日讯(记者 某某)上甘棠村保存着明清时期的商铺。"
    doc, ms, new = places(text, gaz)
    assert article_places(doc, ms, gaz)[0] == "431125/夏层铺镇/上甘棠村"


def test_outlet_without_a_place_and_a_station_that_is_not_a_dateline(gaz):
    text = "华声在线11月5日讯(记者 某某)娄底市召开新闻发布会,介绍一老一小工作。"
    doc, ms, new = places(text, gaz)
    assert article_places(doc, ms, gaz)[0] == "431300"
    doc, ms, new = places("平江站在高铁沿线。", gaz)
    assert ms == []


# ---------------------------------------------------------------- towns missing from the gazetteer

def test_new_town_after_its_county_and_a_village_after_it(gaz):
    # a township the gazetteer lacks (merged away, or new) is still a place of its county
    doc, ms, new = places("桂阳县青枫乡新建村党支部书记介绍。", gaz)
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["青枫乡"]["parent"] == "桂阳县" and records["青枫乡"]["type"] == "township"
    assert records["新建村"]["parent"] == "青枫乡"


def test_renamed_town_written_with_its_old_suffix_is_the_town_now(gaz):
    # 石潭乡 became 石潭镇 (乡改镇): the same town
    doc, ms, new = places("湘潭县石潭乡杉山村党支部书记介绍。", gaz)
    assert [m.key for m in ms][1:] == ["430321/石潭镇", "430321/石潭镇/杉山村"]


def test_town_short_with_its_ethnic_qualifier_dropped_is_the_known_town(gaz):
    doc, ms, new = places("江永县千家峒乡大远村", gaz)
    assert [m.key for m in ms][1:] == ["431125/千家峒瑶族乡", "431125/千家峒瑶族乡/大远村"]
    assert new == []


@pytest.mark.parametrize("text", ["湘潭县新型城镇化建设提速。", "湘潭县乡镇干部参加培训。", "新化县各乡镇开展巡查。",
                                  "湘潭县城区街道整洁。", "汉寿县大力推进乡村振兴。", "湘潭县召开全县乡镇会议。"])
def test_generic_words_after_a_county_are_no_towns(gaz, text):
    doc, ms, new = places(text, gaz)
    assert new == [] and len(ms) == 1


def test_village_article_quoting_wo_xian_keeps_its_village_when_the_county_is_written(gaz):
    text = "洪江市下坪村干部热议政府工作报告\n村党委书记说:“洪江市今年提出,我市要大力抓好农业生产。”"
    doc, ms, new = places(text, gaz)
    assert article_places(doc, ms, gaz)[0].endswith("/下坪村")


def test_correspondent_line_is_no_dateline(gaz):
    text = "湘潭县委宣传部通讯员 某某 报道:娄底市召开新闻发布会。娄底市委书记出席。"
    doc, ms, new = places(text, gaz)
    assert article_places(doc, ms, gaz)[0] == "431300"
