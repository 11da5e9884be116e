"""Place mentions on real sentences of the seed pages, and hard cases."""

from graph.places import (
    article_places,
    place_records,
    relative_levels,
    resolve_relative,
    zone_class,
)
from support import places_of as places


def named(mentions, gaz, new=()):
    extra = {e.key: e for e in new}
    out = {}
    for m in mentions:
        entry = gaz.entries.get(m.key) or extra.get(m.key)
        out[m.surface] = entry
    return out


def test_county_town_chain_from_seed_headline(gaz):
    doc, ms, new = places("宁乡市资福镇：党建引领基层治理，「三亮三比」服务群众", gaz)
    found = named(ms, gaz)
    assert found["宁乡市"].key == "430182"
    assert found["资福镇"].key == "430182/资福镇"
    assert [doc.slice(m.span) for m in ms] == ["宁乡市", "资福镇"]


def test_new_village_after_its_town(gaz):
    doc, ms, new = places("在宁乡市资福镇植木桥村，村民们正在收割晚稻。", gaz)
    village = [e for e in new if e.name == "植木桥村"]
    assert village and village[0].parent == "430182/资福镇"


def test_verb_before_shequ_is_not_a_village(gaz):
    doc, ms, new = places("近年来，桃源县漳江街道推行社区网格化管理。", gaz)
    assert not any(e.name.endswith("社区") for e in new)


def test_prefecture_and_district(gaz):
    doc, ms, new = places("4月3日，一场乡情交融的盛会在株洲市渌口区举行。", gaz)
    assert [m.key for m in ms] == ["430200", "430212"]


def test_town_homonym_resolved_by_county(gaz):
    text = "桂阳县太和镇长乐村田野，稻谷收割机离场后的履带印还未消退。"
    doc, ms, new = places(text, gaz)
    found = named(ms, gaz)
    assert found["太和镇"].key == "431021/太和镇"
    assert found["长乐村"].key == "431021/太和镇/长乐村"


def test_ambiguous_town_alone_is_dropped(gaz):
    # 太和镇 exists in two counties; nothing in the text says which one
    doc, ms, new = places("太和镇的烟农正在整理田地。", gaz)
    assert not any(m.surface == "太和镇" for m in ms)


def test_ambiguous_village_alone_is_dropped(gaz):
    doc, ms, new = places("长乐村的村民准备播种草籽花。", gaz)
    assert ms == []


def test_company_prefix_is_not_a_place(gaz):
    doc, ms, new = places("中石化益阳分公司开展安全生产月活动。国网益阳供电公司台区经理何勇赶赴现场。", gaz)
    assert ms == []


def test_company_with_longer_name_and_facility(gaz):
    doc, ms, new = places("广州昊志机电股份有限公司落户。管道接至东安县南桥自来水厂。益阳日报报道。", gaz)
    assert ms == []


def test_government_bodies_are_places(gaz):
    doc, ms, new = places("邵阳市发改委推出全市重点建设项目开工复工。湘潭县人社局组织招聘。", gaz)
    assert [m.key for m in ms] == ["430500", "430321"]


def test_provincial_body_counts(gaz):
    doc, ms, new = places("湖南省重点建设项目事务中心负责人表示。", gaz)
    assert [m.key for m in ms] == ["430000"]


def test_ocr_variant_of_district_in_same_document(gaz):
    text = ("——株洲市渌口区多措并举推动涪商回归\n"
            "汇聚涪商力量，建设青春涪口。4月3日，盛会在株洲市渌口区举行。\n"
            "助力加快建设“青春涪口、创业新城”。")
    doc, ms, new = places(text, gaz)
    variants = [m for m in ms if m.surface == "涪口"]
    assert len(variants) == 2 and all(m.key == "430212" for m in variants)
    assert not any(m.surface.startswith("涪商") for m in ms)


def test_no_variant_without_the_real_place(gaz):
    doc, ms, new = places("汇聚涪商力量，建设青春涪口。", gaz)
    assert ms == []


def test_common_word_next_to_city_is_not_a_variant(gaz):
    doc, ms, new = places("怀化市坚决遏制耕地“非农化”“非粮化”。", gaz)
    assert [m.surface for m in ms] == ["怀化市"]


def test_short_county_forms_that_are_words(gaz):
    # 会同 (to join with) and 通道 (channel) are county short forms of 怀化
    doc, ms, new = places("怀化市区驻村办会同区委督查室开展督查，打通绿色通道。", gaz)
    assert [m.surface for m in ms] == ["怀化市"]


def test_headline_brief_short_form(gaz):
    doc, ms, new = places("江华：规范直销与打击传销工作成效显著\n永州市江华瑶族自治县涛圩镇水头村", gaz)
    found = named(ms, gaz)
    assert found["江华"].key == "431129"
    assert found["涛圩镇"].parent == "431129"


def test_no_single_character_or_generic_districts(gaz):
    doc, ms, new = places("城区道路改造完成，矿区环境整治，管理县域经济。", gaz)
    assert ms == []


def test_zone_of_a_city(gaz):
    doc, ms, new = places("株洲经开区聚力找准产业定位。", gaz)
    assert len(new) == 1 and new[0].name == "株洲经开区" and new[0].parent == "430200"
    assert "株洲经开区" in [m.surface for m in ms]


def test_zone_mapped_to_coded_gazetteer_zone(gaz):
    doc, ms, new = places("11月19日，湘潭高新区举行安全头盔捐赠活动，板塘街道的许慧表示。", gaz)
    zone = [m for m in ms if m.surface == "湘潭高新区"]
    assert zone and zone[0].key == "430371"
    # no zone invented; the coded zone's entry comes back named as written
    assert [(e.key, e.name) for e in new] == [("430371", "湘潭高新区")]
    records = place_records(ms, new, gaz)
    assert {"name": "板塘街道", "type": "subdistrict", "parent": "湘潭高新区"} in records


def test_zone_parent_is_the_place_written_before(gaz):
    doc, ms, new = places("韶山市委主要负责人介绍，韶山高新区电子信息高科技产业园投产。", gaz)
    by_name = {e.name: e for e in new}
    assert by_name["韶山高新区"].parent == "430382"
    # round 18: a park written after the zone it lies in is named without the zone (dev gold)
    assert by_name["电子信息高科技产业园"].parent == by_name["韶山高新区"].key


def test_bare_park_and_project_are_not_zones(gaz):
    doc, ms, new = places("邵阳市推进产业园建设。三一生态智能产业园项目完成年度投资计划。", gaz)
    assert new == []


def test_management_area_written_as_district(gaz):
    doc, ms, new = places("近年来，怀化市洪江区自然资源局坚持生态优先。洪江区桂花园乡溪溪村田长", gaz)
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["洪江区"]["parent"] == "怀化市"
    assert records["桂花园乡"]["parent"] == "洪江区"
    assert records["溪溪村"]["parent"] == "桂花园乡"


def test_parent_skips_unmentioned_town(gaz):
    doc, ms, new = places("永州市冷水滩区花桥社区开展志愿服务。", gaz)
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["花桥社区"]["parent"] == "冷水滩区"
    assert records["冷水滩区"]["parent"] == "永州市"


def test_county_parent_is_its_city_even_when_unmentioned(gaz):
    doc, ms, new = places("湖南省湘潭县分水乡开展招聘活动。", gaz)
    records = {r["name"]: r for r in place_records(ms, new, gaz)}
    assert records["湘潭县"]["parent"] == "湘潭市"
    assert records["分水乡"]["parent"] == "湘潭县"


def test_place_list_with_province_in_one_word(gaz):
    doc, ms, new = places("沿着湖南长沙望城、辽宁抚顺、辽阳等地的雷锋足迹", gaz)
    assert {m.surface for m in ms} >= {"辽宁", "抚顺", "辽阳", "望城"}
    assert named(ms, gaz)["长沙"].key == "430100"


def test_outside_city_short_form_needs_support(gaz):
    doc, ms, new = places("警方破获苏州微拍案件。", gaz)
    assert ms == []


def test_article_place_from_headline(gaz):
    text = "永州冷水滩：点亮微心愿\n近日，永州市冷水滩区花桥社区组织志愿者走访。该区还开展了慰问活动。"
    doc, ms, new = places(text, gaz)
    where = article_places(doc, ms, gaz)
    assert where[0] == "431103"
    pos = doc.text.index("该区")
    assert resolve_relative(doc, pos, "该区", where, ms, gaz) == "431103"
    assert resolve_relative(doc, pos, "市委", where, ms, gaz) == "431100"


def test_relative_city_takes_nearest_city_mention(gaz):
    text = "韶山市委主要负责人介绍，湘潭市今年以来项目建设提速。市政府召开会议。"
    doc, ms, new = places(text, gaz)
    where = article_places(doc, ms, gaz)
    pos = doc.text.index("市政府")
    assert resolve_relative(doc, pos, "市政府", where, ms, gaz) == "430300"
    assert resolve_relative(doc, pos, "该镇", where, ms, gaz) is None


def test_relative_levels():
    assert relative_levels("该市") == relative_levels("全市") == relative_levels("市发改委")
    assert "district" in relative_levels("区委")
    assert relative_levels("该") is None


def test_zone_class_folds_abbreviations():
    assert zone_class("湖南湘潭高新技术产业园区") == zone_class("湘潭高新区") == "高新"
    assert zone_class("株洲经济开发区") == zone_class("株洲经开区") == "经开"
    assert zone_class("湘潭市") is None


def test_county_prefix_of_a_zone_is_not_listed_on_its_own(gaz):
    doc, ms, new = places("11月10日，汨罗高新技术产业开发区内，企业满负荷生产。", gaz)
    assert [m.surface for m in ms] == ["汨罗高新技术产业开发区"]
    assert new[0].parent == "430681"


def test_short_form_of_a_coded_zone(gaz):
    text = "株洲市云龙示范区还开通了城际公交，实现云龙到长沙公交化运营。"
    doc, ms, new = places(text, gaz)
    assert [m.key for m in ms if m.surface == "云龙"] == ["430271"]


def test_short_form_of_a_zone_elsewhere_is_not_it(gaz):
    doc, ms, new = places("他实现了云龙杯的梦想。", gaz)
    assert ms == []


def test_written_county_corrects_a_zone_parent(gaz):
    # the gazetteer files 谢林港镇 under 益阳高新区; the text writes it under 赫山区
    doc, ms, new = places("立即赶赴益阳市赫山区谢林港镇复兴村王女士家中，修复用电故障。", gaz)
    town = [m for m in ms if m.surface == "谢林港镇"][0]
    fixed = {e.key: e for e in new}
    assert fixed[town.key].parent == "430903"


def test_town_without_county_before_keeps_its_gazetteer_parent(gaz):
    doc, ms, new = places("益阳高新区谢林港镇开展活动。", gaz)
    town = [m for m in ms if m.surface == "谢林港镇"][0]
    assert town.key not in {e.key for e in new}


def test_street_in_an_article_about_a_zone_belongs_to_that_zone(gaz):
    text = ("干群同心 共战疫情\n——株洲经开区全力做好疫情防控工作\n"
            "株洲经开区党工委要求全力以赴。11 月 1 日起，学林街道的社区党员开展核酸检测。\n")
    doc, ms, new = places(text, gaz)
    street = [m for m in ms if m.surface == "学林街道"][0]
    zone = [m for m in ms if m.surface == "株洲经开区"][0]
    assert {e.key: e for e in new}[street.key].parent == zone.key


def test_street_in_an_article_about_its_own_district_is_unchanged(gaz):
    text = "石峰区开展疫情防控\n石峰区要求全力以赴。清水塘街道的社区党员开展核酸检测。\n"
    doc, ms, new = places(text, gaz)
    assert all(e.parent != "430204" or e.key.startswith("430204") for e in new)
    assert not any(m.surface == "清水塘街道" and m.key in {e.key for e in new} for m in ms)


def test_two_zones_fused_into_one_name_are_one_zone_of_their_city(gaz):
    text = "国家税务总局常德市西洞庭西湖管理区税务局成立专家服务团。今年西洞庭西湖管理区税务局将靶向施策。"
    doc, ms, new = places(text, gaz)
    fused = [m for m in ms if m.surface == "西洞庭西湖管理区"]
    assert len(fused) == 2 and fused[0].key == fused[1].key
    assert {e.key: e for e in new}[fused[0].key].parent == "430700"
    assert not any(m.surface == "西湖管理区" for m in ms)


def test_zone_then_its_park_is_not_fused(gaz):
    # a park written after its zone is inside that zone, not a zone fused with it
    doc, ms, new = places("株洲经开区北斗产业园新签约项目5个。", gaz)
    park = [m for m in ms if m.surface.endswith("北斗产业园")][0]
    parent = {e.key: e for e in new}[park.key].parent
    assert {e.key: e for e in new}[parent].name == "株洲经开区"


MAYANG = "麻阳苗族自治县认真落实森林防火工作方针。"


def test_towns_enumerated_by_short_names_are_towns_of_the_article_county(gaz):
    doc, ms, new = places(MAYANG + "将全县18个乡镇和县直单位划成尧市、锦和、岩门、高村、兰里等五个“战区”。", gaz)
    found = named(ms, gaz)
    for short in ("尧市", "锦和", "岩门", "高村", "兰里"):
        assert found[short].level in {"town", "township"}
        assert found[short].parent == found["麻阳苗族自治县"].key
    assert "划成尧市" not in found and "兰里等" not in found


def test_enumeration_may_mix_a_full_town_name_with_short_ones(gaz):
    doc, ms, new = places(MAYANG + "划成尧市镇、锦和、岩门等战区。", gaz)
    found = named(ms, gaz)
    assert {"尧市镇", "锦和", "岩门"} <= set(found)


def test_enumeration_with_one_item_not_a_town_is_left_alone(gaz):
    doc, ms, new = places(MAYANG + "整合尧市、锦和、气象等各方资源。", gaz)
    assert not {"尧市", "锦和"} & set(named(ms, gaz))


def test_enumerated_short_names_need_their_county_in_the_article(gaz):
    doc, ms, new = places("全县划成尧市、锦和、岩门、高村、兰里等五个战区。", gaz)
    assert not {"尧市", "锦和", "岩门"} & set(named(ms, gaz))


def test_enumerated_towns_do_not_become_the_article_place(gaz):
    doc, ms, new = places("森林防火\n\n" + MAYANG + "划成尧市、锦和、岩门、高村、兰里等五个“战区”。", gaz)
    main = article_places(doc, ms, gaz)
    assert set(main.values()) == {named(ms, gaz)["麻阳苗族自治县"].key}


def test_short_province_heading_a_project_or_app_name_is_no_mention(gaz):
    doc, ms, new = places("湖南邵阳虹基板玻璃项目完成年度投资计划145%。利用湖南田长制APP，实现天眼看。", gaz)
    assert "湖南" not in named(ms, gaz)
    assert "邵阳" in named(ms, gaz)


def test_place_before_generic_projects_or_in_a_body_name_is_a_mention(gaz):
    doc, ms, new = places("长沙重点项目建设加快。湖南省重点建设项目事务中心主任到会。", gaz)
    assert {"长沙", "湖南省"} <= set(named(ms, gaz))


def test_county_name_before_zhi_departments_is_a_mention(gaz):
    doc, ms, new = places("怀化市召开会议，会同县直有关单位负责人参加。", gaz)
    assert named(ms, gaz)["会同县"].level == "county"


def test_village_homonym_of_another_county_of_the_article_prefecture_is_dropped(gaz):
    text = "永州冷水滩区推进基层治理。经过深入沟通，埠头村调解员找到双方矛盾焦点。"
    doc, ms, new = places(text, gaz)
    assert "埠头村" not in named(ms, gaz)
    doc, ms, new = places("永州推进基层治理。经过深入沟通，埠头村调解员找到双方矛盾焦点。", gaz)
    assert "埠头村" in named(ms, gaz)


def test_gai_qu_in_an_article_about_a_district_is_that_district_not_a_later_park(gaz):
    text = ("衡阳市雁峰区：项目建设跑出加速度\n今年以来，雁峰区共实施重点项目56个。其中，衡阳白沙洲工业园区新签约项目18个。"
            "该区还推行项目长制，由区级领导担任项目长。")
    doc, ms, new = places(text, gaz)
    where = article_places(doc, ms, gaz)
    district = named(ms, gaz)["雁峰区"].key
    assert where[0] == district
    assert resolve_relative(doc, doc.text.index("该区"), "该区", where, ms, gaz) == district
