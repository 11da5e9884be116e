"""Eighteenth round (pla): rules of the genre for places, from causes seen in two or more
development sets. Each rule is tested on a sentence of our own writing in the genre with a
counter-example it must not fire on."""
from __future__ import annotations

from support import place_parents as _parents, places_of


def _listed(text: str, gaz) -> list[str]:
    """The places the text speaks of (mentions a build writes to the graph)."""
    return [m.surface for m in places_of(text, gaz)[1] if m.listed]


# ---------------------------------------------------------------- agricultural parks are projects

def test_a_modern_agriculture_park_is_no_zone(gaz):
    for text in ("调研组来到祁东县现代农业产业园,察看黄花菜种植基地。",
                 "常宁市国家现代农业产业园建设加快推进,已入驻企业12家。"):
        names = _listed(text, gaz)
        assert not any(n.endswith("园") for n in names), (text, names)


def test_an_industrial_park_is_still_a_zone(gaz):
    text = "祁东县经济持续向好。祁东县工业园今年新引进企业5家。"
    assert _parents(text, gaz).get("祁东县工业园") == "祁东县", _parents(text, gaz)


# ---------------------------------------------------------------- a park written after the zone it lies in

def test_a_park_named_after_its_zone_is_a_place_in_that_zone(gaz):
    text = "走进岳阳经开区北部产业园的项目工地,十余台塔吊挥舞长臂。"
    parents = _parents(text, gaz)
    assert parents.get("岳阳经开区") == "岳阳市", parents
    assert parents.get("北部产业园") == "岳阳经开区", parents


def test_a_proper_park_after_a_county_s_zone_keeps_the_zone(gaz):
    text = "平江高新区天岳智谷产业园荣获全省十佳园区,新引进企业8家。"
    parents = _parents(text, gaz)
    assert parents.get("平江高新区") == "平江县", parents
    assert parents.get("天岳智谷产业园") == "平江高新区", parents


def test_a_park_after_a_city_name_is_still_one_name(gaz):
    text = "岳阳市今年新建标准厂房50万平方米。岳阳绿色化工产业园新引进企业8家。"
    names = _listed(text, gaz)
    assert "岳阳绿色化工产业园" in names, names


# ---------------------------------------------------------------- a development zone after a village

def test_a_development_zone_listed_after_a_village_is_the_county_s(gaz):
    text = "调研组先后来到平江县加义镇仁里村、平江高新区某某食品有限公司等地调研。"
    parents = _parents(text, gaz)
    assert parents.get("仁里村") == "加义镇", parents
    assert parents.get("平江高新区") == "平江县", parents
    assert not any(n.startswith("仁里村平江") for n in parents), parents


def test_a_village_s_own_park_keeps_its_village(gaz):
    text = "平江县加义镇仁里村产业园今年新入驻合作社3家。"
    names = _listed(text, gaz)
    assert any(n.endswith("仁里村产业园") for n in names), names     # a park may be a village's


# ---------------------------------------------------------------- a community named after a works or a station

def test_a_town_before_a_community_named_after_a_station_is_a_place(gaz):
    text = "湘潭市岳塘区针对宝塔街道火车站社区等整治不力问题,约谈相关负责人3人。"
    parents = _parents(text, gaz)
    assert parents.get("宝塔街道") == "岳塘区", parents


def test_a_town_before_a_station_s_police_post_stays_a_facility_prefix(gaz):
    text = "岳塘区某某街道火车站派出所民警李某某救助走失老人。"
    assert "火车站" not in "".join(_listed(text, gaz)), _listed(text, gaz)


# ---------------------------------------------------------------- a city's new district (新区)

def test_a_named_new_district_is_a_zone_of_the_article_s_city(gaz):
    text = "岳阳市委书记一行先后实地调研滨江新区建设情况,详细了解项目规划、融资进展。"
    parents = _parents(text, gaz)
    assert parents.get("滨江新区") == "岳阳市", parents


def test_a_generic_new_district_is_no_zone(gaz):
    text = "岳阳市加快高铁新区和城市新区建设,完善配套设施。"
    names = _listed(text, gaz)
    assert not any(n.endswith("新区") for n in names), names


# ---------------------------------------------------------------- a town written by its upgraded name

def test_a_town_made_a_subdistrict_is_found_by_its_new_name(gaz):
    text = "岳阳县委书记深入荣家湾街道、黄沙街镇等地,督导乡村振兴工作。"
    parents = _parents(text, gaz)
    assert parents.get("荣家湾街道") == "岳阳县", parents
    assert parents.get("黄沙街镇") == "岳阳县", parents


def test_an_ethnic_township_gets_no_upgraded_name(gaz):
    from graph.gazetteer import PlaceEntry
    from graph.places import upgraded_town_names

    assert upgraded_town_names(PlaceEntry("x/某某瑶族乡", "某某瑶族乡", "township", "x")) == []
    assert upgraded_town_names(PlaceEntry("x/某某乡", "某某乡", "township", "x")) == ["某某镇", "某某街道"]
    assert upgraded_town_names(PlaceEntry("x/某某村", "某某村", "village", "x")) == []


# ---------------------------------------------------------------- a homonym village told by its villagers

def test_a_homonym_village_before_its_villagers_is_the_county_s(gaz):
    text = ("平江县的合作社带动周边农户养鸡增收。\n“在公司的帮扶下,我每年可以增加收入一万多元。”"
            "建新村村民王某某说。")
    parents = _parents(text, gaz)
    assert parents.get("建新村") == "平江县", parents


def test_a_homonym_village_in_the_county_is_that_village(gaz):
    text = "冷水江市的合作社带动农户增收。建新村村民王某某说,今年收入翻了一番。"
    parents = _parents(text, gaz)
    assert parents.get("建新村") not in (None, "冷水江市"), parents     # the gazetteer's, under its town


def test_a_homonym_village_in_a_city_s_article_or_in_quotes_stays_unresolved(gaz):
    for text in ("岳阳市的合作社带动农户增收。建新村村民王某某说,今年收入翻了一番。",
                 "平江县各乡镇举办支书论坛,一批“建新村支书”脱颖而出。",
                 "平江县的合作社带动农户增收。建新村的王某某说,今年收入翻了一番。"):
        assert "建新村" not in _listed(text, gaz), (text, _listed(text, gaz))


# ---------------------------------------------------------------- the venue of an event outside Hunan

def test_a_city_outside_hunan_hosting_an_event_is_a_place(gaz):
    text = "记者从桂东县文旅部门获悉,在苏州举行的全国乡村旅游发展论坛上,桂东县获评优秀案例。"
    parents = _parents(text, gaz)
    assert parents.get("苏州") == "江苏省", parents


def test_a_city_short_name_heading_a_company_is_no_venue(gaz):
    text = "桂东县与苏州某某科技公司举行签约仪式,项目总投资5亿元。"
    assert "苏州" not in _listed(text, gaz), _listed(text, gaz)
