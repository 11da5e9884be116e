"""Places, round 24: causes seen on fresh Hunan local-government articles (round 24's own
collection: inspection tours of villages, research visits, investment items), each rule tested on
a sentence quoted from one of them, with a counter-example it must not fire on."""
from __future__ import annotations

from support import place_parents as parents_of, places_of


def _surfaces(text: str, gaz) -> set[str]:
    return {m.surface for m in places_of(text, gaz)[1] if m.listed}


# ---------------------------------------------------------------- a county's short form before its own town

_VISIT = ("11月2日,湖南省城乡统筹发展中心主任、乡村产业振兴研究院蒋良初院长带队一行专家、教授"
          "赴安化梅城镇云河村调研考察。")


def test_a_county_short_form_before_a_town_of_that_county_is_the_county(gaz):
    # 安化 is also a verb to jieba: the town of 安化县 written right after it shows the county
    parents = parents_of(_VISIT, gaz)
    assert parents.get("安化") == "益阳市", parents
    assert parents.get("梅城镇") == "安化县", parents


def test_a_short_form_before_a_village_of_another_county_needs_other_support(gaz):
    # counter-example: 和谐村 is no village of 宁乡市: nothing shows 宁乡 is the county here
    assert "宁乡" not in _surfaces("专家赴宁乡和谐村调研考察。", gaz)


# ---------------------------------------------------------------- full village names the text counts as villages

_TOUR = ("3月3日,岳阳楼区农村人居环境整治指挥部指挥长、副区长方正春带领指挥部相关成员,深入仓田村、马安村、"
         "城陵矶村、延寿寺村等4个村庄,暗访督查农村人居环境整治村庄清洁行动集中攻坚工作。")


def test_villages_listed_and_counted_after_a_district_are_its_villages(gaz):
    parents = parents_of(_TOUR, gaz)
    for village in ("仓田村", "马安村", "城陵矶村", "延寿寺村"):
        assert parents.get(village) == "岳阳楼区", parents


def test_counted_villages_in_an_article_placed_nowhere_are_left_alone(gaz):
    # counter-example: no town or county before the list: 马安村 (four counties have one) stays unresolved
    parents = parents_of("督查组深入仓田村、马安村等2个村庄,暗访督查。", gaz)
    assert "马安村" not in parents, parents


def test_a_counted_list_with_an_item_that_is_no_village_is_left_alone(gaz):
    parents = parents_of("岳阳楼区副区长深入马安村、田间地头等2个村庄。", gaz)
    assert "马安村" not in parents or parents["马安村"] != "岳阳楼区", parents


# ---------------------------------------------------------------- a place opening a registered company name

def test_a_place_outside_hunan_opening_a_company_name_is_the_company_s(gaz):
    text = ("据悉,由广东惠电科技发展有限公司实施的年产8000套高低配电设备项目、由东莞市井田精密五金工具有限公司"
            "实施的精密五金制造项目等高科技企业项目也即将落户湘商产业园。")
    assert "东莞市" not in _surfaces(text, gaz)


def test_a_city_s_short_form_opening_a_long_company_name_is_the_company_s(gaz):
    text = ("“也外”中央公园、华实永续农场等项目作为“也外”新生活目的地的配套项目,"
            "由长沙华实领峰企业发展集团有限公司开发。")
    assert "长沙" not in _surfaces(text, gaz)


def test_a_city_before_a_company_it_hosts_stays_a_place(gaz):
    # counter-example: 的 between them: the city is where the company is, not part of its name
    assert "长沙" in _surfaces("项目落户长沙的湖南科玛森机械制造有限公司。", gaz)


def test_a_city_in_full_before_its_government_stays_a_place(gaz):
    assert "东莞市" in _surfaces("东莞市人民政府与湖南省商务厅签约。", gaz)


# ---------------------------------------------------------------- a management area called a district

def test_a_management_area_written_as_a_district_is_that_area(gaz):
    # fresh22 programs 37: 大通湖区 (益阳市大通湖管理区) with no city in sight
    text = ("此次活动由大通湖区委、区管委会,市文化旅游广电体育局主办。汤瑞祥在致辞中指出,"
            "希望大通湖区以此次节会为平台,以节促建、以节扬名、以节招商、以节促销。")
    assert parents_of(text, gaz).get("大通湖区") == "益阳市"


def test_the_lake_an_area_is_named_after_stays_a_lake(gaz):
    # counter-example: the core alone (the lake, its crabs) is no district
    assert "大通湖" not in _surfaces("吸引了近千人赴现场品尝大通湖大闸蟹。", gaz)


# ---------------------------------------------------------------- level words read as a community's name

def test_the_subdistricts_communities_are_no_community(gaz):
    # fresh22 officials 10: 街道社区 is also a community's name in the gazetteer (衡南县云集镇)
    text = "无论是大机构还是小单位,都要在街道社区党组织的统筹协调下,形成共建共治的合力。"
    assert "街道社区" not in _surfaces(text, gaz)


def test_a_community_so_named_after_its_town_stays(gaz):
    # counter-example: its town written before it: the community of that name
    assert parents_of("衡南县云集镇街道社区召开居民会议。", gaz).get("街道社区") == "云集镇"


# ---------------------------------------------------------------- a village its county has several of

def test_a_village_its_county_has_several_of_is_the_county_s(gaz):
    # fresh24 (places and programs) 20: 桂阳县 has a 和谐村 in 四里镇 and one in 正和镇; the text names neither
    text = "桂阳县和谐村将破败老屋改造为湘昆传承馆、古法造纸体验馆,打造“非遗”文化研学基地。"
    assert parents_of(text, gaz).get("和谐村") == "桂阳县"


def test_the_town_written_with_it_picks_the_one_namesake(gaz):
    # counter-example: the town is written: that town's village, no new one under the county
    text = "桂阳县正和镇和谐村将破败老屋改造为湘昆传承馆。"
    assert parents_of(text, gaz).get("和谐村") == "正和镇"


def test_a_village_name_the_county_lacks_is_its_village_when_written_with_it(gaz):
    # 宁乡市 has no 马安村 (four other counties have one): written with the county, it is the county's
    assert parents_of("宁乡市马安村召开村民代表会议。", gaz).get("马安村") == "宁乡市"


def test_a_shared_village_name_away_from_its_county_stays_unresolved(gaz):
    # counter-example: not written right after the county: which 和谐村 the text does not say
    assert "和谐村" not in parents_of("桂阳县召开会议,会后参观了和谐村。", gaz)


# ---------------------------------------------------------------- former villages a village was merged from

_MERGED = ("“以前是我们来找夏书记申报项目。”雨湖区鹤岭镇晶鑫村党总支书记刘鹏口中的夏书记,正是雨湖区发展和改革局"
           "派驻晶鑫村的夏文娟。\n晶鑫村与长沙市岳麓区、宁乡市接壤,由原白鹤村、燕山村、碑头居委会合并而成,"
           "是省级乡村振兴重点帮扶村。")


def test_former_villages_merged_into_a_village_lie_in_its_county(gaz):
    # fresh24 (officials) 10: 白鹤村 and 燕山村 are also names of villages of other counties (湘潭昭山示范区,
    # 宁乡市 named just before): merged into 晶鑫村, they lay in 雨湖区; the residents' committee with them
    parents = parents_of(_MERGED, gaz)
    assert parents.get("白鹤村") == "雨湖区", parents
    assert parents.get("燕山村") == "雨湖区", parents
    assert parents.get("碑头居委会") == "雨湖区", parents


def test_a_village_of_the_same_county_in_a_merger_keeps_its_key(gaz):
    # counter-example: 晶鑫村 itself, and no merger clause: the gazetteer's namesake nearby stands
    parents = parents_of("晶鑫村与宁乡市接壤,村民到燕山村参观学习。", gaz)
    assert parents.get("燕山村") != "雨湖区", parents


# ---------------------------------------------------------------- the nation's parks are no zone

def test_the_country_s_parks_are_no_zone(gaz):
    # fresh24 (metrics) 17: a forum and a report on the parks of the whole country
    text = ("近日,在“2017中国产业园区持续发展论坛”上,由同济大学发展研究院研究完成的"
            "《2017中国产业园区持续发展蓝皮书》正式发布,长沙经开区位列第十九位。")
    surfaces = _surfaces(text, gaz)
    assert not any(s.startswith("中国") for s in surfaces), surfaces
    assert "长沙经开区" in surfaces, surfaces
