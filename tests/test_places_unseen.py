"""Place rules of the genre found on Hunan articles the extractors were not tuned on (the
reviewers' new articles in towns / officials / programs / metrics). Each rule: a real
sentence from those articles, and a case the rule must not fire on."""

from graph.places import place_records
from support import places_of as places, surfaces


# ---------------------------------------------------------------- media outlets

def test_place_inside_a_media_client_name_is_not_a_place(gaz):
    # towns 01 (credit line) and programs 04 (dateline)
    for text in ("湖南日报·新湖南客户端特约记者 石立新",
                 "湖南日报·新湖南客户端10月8日讯(记者 郑凯洲 刘炯)10月8日,石门县6大项目集中开工。"):
        doc, ms, new = places(text, gaz)
        assert "湖南" not in surfaces(ms)


def test_place_heading_a_product_is_not_a_place(gaz):
    # programs 06 and 05
    doc, ms, new = places("展会设有湖南名优特精品、台湾特色食品、名牌服装等展区。", gaz)
    assert "台湾" not in surfaces(ms)
    doc, ms, new = places("衡阳县库宗桥镇游客品尝美味的衡阳特产。", gaz)
    assert "衡阳" not in surfaces(ms) and "衡阳县" in surfaces(ms)


def test_outside_place_heading_a_company_with_its_figures_is_a_brand(gaz):
    # metrics 02
    doc, ms, new = places("衡南县工业集中区实现税收4600万元,其中,天津大桥税收过千万元、得意电子税收过500万元。", gaz)
    assert "天津" not in surfaces(ms)


def test_outside_place_as_a_place_keeps_its_figures(gaz):
    doc, ms, new = places("衡南县与天津企业签约,天津市税收政策宣讲会召开;广东产值增长。", gaz)
    assert "天津" in surfaces(ms) and "广东" in surfaces(ms)


def test_place_opening_a_long_cooperative_name_is_not_a_place(gaz):
    # officials 05: the longest facility word at the name's end counts (专业合作社, not 合作社)
    doc, ms, new = places("随后,观摩团一行还前往火连坡镇湖南民丰高效油茶专业合作社产业基地。", gaz)
    assert "湖南" not in surfaces(ms)
    doc, ms, new = places("湖南省农业农村厅指导全省合作社发展。", gaz)
    assert "湖南省" in surfaces(ms)


def test_place_before_a_government_body_is_still_a_place(gaz):
    doc, ms, new = places("湖南省委宣传部部署工作,石门县融入全省大局。湖南省食品药品监督管理局检查台湾食品。", gaz)
    assert surfaces(ms).count("湖南省") == 2 and "石门县" in surfaces(ms) and "台湾" in surfaces(ms)


# ---------------------------------------------------------------- places with no ancestor in sight

def test_village_inside_a_line_of_poetry_is_not_a_place(gaz):
    # towns 02: 又一村 is a village of 冷水滩区 (永州); jieba keeps the idiom whole
    doc, ms, new = places("山重水复疑无路,柳暗花明又一村。平江县南江镇凤凰山村如今变了样。", gaz)
    assert "又一村" not in surfaces(ms)
    assert "凤凰山村" in surfaces(ms)


def test_county_name_glued_to_cun_ji_ti_is_not_a_village(gaz):
    # towns 05 headline: 浏阳|村集体经济, not 浏阳村 of 双清区 (邵阳)
    doc, ms, new = places("浏阳村集体经济各显神通\n浏阳市农业农村局今天传来消息,全市村集体经济总收入达2.29亿元。", gaz)
    assert "浏阳村" not in surfaces(ms)
    assert "浏阳市" in surfaces(ms)


def test_short_village_of_another_prefecture_is_a_namesake(gaz):
    # written as a word of its own, but the article is anchored in 岳阳 (又一村 is 永州's)
    doc, ms, new = places("岳阳市平江县召开会议,又一村代表发言。", gaz)
    assert "又一村" not in surfaces(ms)


def test_distinctive_village_named_alone_is_still_a_place(gaz):
    for text in ("十八洞村是精准扶贫首倡地。", "长沙市干部来到十八洞村学习经验。"):
        doc, ms, new = places(text, gaz)
        assert "十八洞村" in surfaces(ms)


def test_county_short_form_read_as_a_common_name_needs_local_context(gaz):
    # metrics 03: 凤凰 in a proverb of an article about 古丈 (湘西)
    doc, ms, new = places("湘西古丈:优化提升营商环境\n栽下梧桐树,引得凤凰来。", gaz)
    assert "凤凰" not in surfaces(ms)


def test_county_short_form_in_a_list_of_counties_is_a_place(gaz):
    doc, ms, new = places("湘西州文旅局介绍,吉首、凤凰、花垣等县游客增多。", gaz)
    assert {"吉首", "凤凰", "花垣"} <= set(surfaces(ms))
    doc, ms, new = places("湘西州文旅局介绍,凤凰县委书记到古丈调研,凤凰游客增多。", gaz)
    assert surfaces(ms).count("凤凰") == 1 and "凤凰县" in surfaces(ms)


# ---------------------------------------------------------------- known zones

OFFICIALS_01 = ("安化县委书记石录明到西湖开展调研走访慰问\n"
                "1月6日,安化县委书记石录明,县委副书记、县长潘文剑一行到西湖开展调研走访慰问。"
                "区党委书记胡晓明,区党委副书记、管委会主任吉海波陪同。\n"
                "石录明一行先后来到牧业小镇、新兴村、绿祥农业、仁瑞无纺,参观了草业基地。\n"
                "走访调研现场,石录明表示,安化和西湖管理区是血浓于水的一家人。")


def test_zone_written_with_its_registered_name_is_the_gazetteer_entry(gaz):
    # officials 01: 西湖管理区 is not a new zone under the visiting county 安化县
    doc, ms, new = places(OFFICIALS_01, gaz)
    zone = gaz.by_name["西湖管理区"][0]
    assert {m.key for m in ms if m.surface == "西湖管理区"} == {zone}
    assert not [e for e in new if e.name == "西湖管理区"]
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["西湖管理区"]["parent"] != "安化县"
    assert records["新兴村"]["parent"] == "西湖管理区"      # its village, found through it


def test_management_area_short_name_is_the_area_when_its_full_name_is_written(gaz):
    doc, ms, new = places(OFFICIALS_01, gaz)
    zone = gaz.by_name["西湖管理区"][0]
    assert [m.key for m in ms if m.surface == "西湖"] == [zone, zone]


def test_short_name_without_the_full_name_in_the_article_is_not_the_area(gaz):
    doc, ms, new = places("安化县委书记石录明到西湖开展调研,来到新兴村。", gaz)
    assert "西湖" not in surfaces(ms)
    doc, ms, new = places("汉寿县原种场开展春耕。", gaz)
    assert "原种场" not in surfaces(ms)


def test_zone_shorthand_with_a_level_character_is_the_home_place_zone(gaz):
    # metrics 02
    text = ("衡南县:上半年经济运行稳中向好\n同时,该县坚持工业主导地位,衡南县突出抓好工业集中区这个集聚平台。"
            "县工业集中区新增规上企业2家,完成规模工业增加值11亿元,占全县的比重达70%。")
    doc, ms, new = places(text, gaz)
    zone = [m for m in ms if m.key.endswith("工业集中区")]
    assert [m.surface for m in zone] == ["衡南县工业集中区"]
    assert doc.text[zone[0].span.start:zone[0].span.end] == "县工业集中区"
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["衡南县工业集中区"]["parent"] == "衡南县"


def test_level_character_ending_a_word_or_a_class_is_no_zone_shorthand(gaz):
    doc, ms, new = places("衡南县召开会议,各县工业园加快发展。", gaz)
    assert not [m for m in ms if m.key.endswith("工业园")]
