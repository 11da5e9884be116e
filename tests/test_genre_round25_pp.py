"""Program places, round 25: causes seen on fresh Hunan local-government articles (round 25's own
collection, fresh25/pp: the province's list of key projects, a bank's work team in a village; and a
township's ten livelihood works filed under its county, collected again this round but first saved
in round 22 as fresh22/prg/32), each rule tested on a sentence quoted from one of them, with a
counter-example it must not fire on."""
from __future__ import annotations

from support import place_key as key, program_places_of as programs


def _place_of(found: dict, part: str):
    """The place of the one program whose name holds `part`."""
    hits = [place for name, place in found.items() if part in name]
    assert len(hits) == 1, found
    return hits[0]


# ---------------------------------------------------------------- a line named by its two ends
# 基础设施项目包括长沙至赣州高铁、邵阳至永州高铁、…,宁夏至湖南特高压输电工程…: a railway written 高铁 and a
# power line are lines between two ends like a road; the name keeps both ends and the first end
# does not run it (nor, cut off the name, every later item of the list).

_LINES = ("基础设施项目包括长沙至赣州高铁、邵阳至永州高铁、铜仁至吉首铁路、G59官庄至新化公路等55个交通网项目,"
          "犬木塘水库、椒花水库等7个水利网项目,宁夏至湖南特高压输电工程、湖南电网220—500千伏输变电工程等"
          "26个能源网项目,以及围绕信息网、物流网铺排的相关项目。")


def test_a_high_speed_railway_keeps_both_its_ends(gaz):
    found = programs(_LINES, gaz, "湖南省")
    assert "长沙至赣州高铁" in found and "宁夏至湖南特高压输电工程" in found, found


def test_the_first_end_of_a_line_runs_neither_it_nor_the_next_items(gaz):
    found = programs(_LINES, gaz, "湖南省")
    province = key(gaz, "湖南省")
    assert _place_of(found, "邵阳至永州高铁") == province
    assert _place_of(found, "铜仁至吉首铁路") == province
    assert _place_of(found, "犬木塘水库") == province


def test_a_place_before_a_plain_project_still_runs_it(gaz):
    # counter-example: no 至 and no line word: the city opening the name is its own place
    found = programs("产业发展项目包括湘潭吉利新能源汽车生产基地项目等。", gaz, "湖南省")
    assert _place_of(found, "吉利新能源汽车") == key(gaz, "湘潭市")


# ---------------------------------------------------------------- the province's key-project list
# 名单显示,今年我省重点建设项目共四大类196个…。…民生和社会事业项目共计5个,重点推进城镇棚户区改造,全面推进
# 湘雅五医院、湖南妇女儿童医院等重大项目建设: the province's list runs the items named without a place of
# their own, not a park or city named in an earlier item.

_KEY_LIST = ("名单显示,今年我省重点建设项目共四大类196个,总投资9758.9亿元。株洲云龙示范区新开工湖南数据湖产业园项目;"
             "衡阳白沙洲工业园新开工“工惠驿家”中南总部项目等。公路方面新开工平江至益阳高速公路等。"
             "民生和社会事业项目共计5个,重点推进城镇棚户区改造,全面推进湘雅五医院、湖南妇女儿童医院等重大项目建设。")


def test_the_provinces_key_project_list_runs_its_placeless_items(gaz):
    found = programs(_KEY_LIST, gaz, "白沙洲工业园")
    province = key(gaz, "湖南省")
    assert _place_of(found, "城镇棚户区改造") == province
    assert _place_of(found, "湖南妇女儿童医院") == province


def test_a_citys_key_projects_do_not_name_the_province(gaz):
    # counter-example: 市重点建设项目 is the city's list, not the province's
    text = _KEY_LIST.replace("今年我省重点建设项目共", "今年市重点建设项目共")
    found = programs(text, gaz, "益阳市")
    assert _place_of(found, "城镇棚户区改造") != key(gaz, "湖南省")


# ---------------------------------------------------------------- a township's class of works
# 湖南衡阳县大安乡2024年十大民生工程项目建设集中开工仪式成功举行…。据介绍,十大民生工程项目包括天子岭…旅游大道、
# …;临蒸大道育塘村段、…: the class first written after the township heads the list bare; its items are
# the township's, not the county's the report is filed under (the groups after ; share the head).

_WORKS = ("近日,湖南衡阳县大安乡2024年十大民生工程项目建设集中开工仪式成功举行,十个项目总投资1.03亿元。"
          "据介绍,十大民生工程项目包括天子岭油茶主题公园旅游大道、邹岗山小天池景区登山大道、大安乡社会足球场和"
          "衡阳县油茶三产融合示范基地万亩油茶新造项目等4个农旅融合发展项目;临蒸大道育塘村段、河龙村主干道、"
          "X033线邹岗村段等3个村道提质改造项目。")


def test_a_class_first_written_after_its_township_places_the_listed_items(gaz):
    found = programs(_WORKS, gaz, "衡阳县")
    township = key(gaz, "大安乡", "430421")
    assert _place_of(found, "天子岭油茶主题公园旅游大道") == township
    assert _place_of(found, "临蒸大道育塘村段") == township     # a later group, after ;
    assert _place_of(found, "衡阳县油茶三产融合示范基地") == key(gaz, "衡阳县")   # its own place first


def test_a_class_never_written_after_a_place_names_none(gaz):
    # counter-example: the class is not written after the township: the report's county stays
    text = _WORKS.replace("湖南衡阳县大安乡2024年十大民生工程项目建设集中开工仪式", "集中开工仪式")
    found = programs(text, gaz, "衡阳县")
    assert _place_of(found, "天子岭油茶主题公园旅游大道") == key(gaz, "衡阳县")


# ---------------------------------------------------------------- a village's address
# 交通银行湖南省分行驻汝城县热水镇水龙村工作队组织施工队伍…。投资41万元的基础设施提升和人居环境整治项目…: the
# county and town written as the village's address locate it; the village report's works are the
# village's, not the town's.

_TEAM = ("汝城县水龙村:交通银行情系乡村,项目建设“多点开花”\n"
         "郴州的大山深处,一幅幅乡村振兴的火热场景徐徐展开。抢抓晴好天气,交通银行湖南省分行驻汝城县热水镇水龙村"
         "工作队组织施工队伍,多点开花,工程建设现场处处热火朝天。\n"
         "投资41万元的基础设施提升和人居环境整治项目,多台机械设备正在紧张作业。")


def _programs_in(text: str, gaz, article_key: str) -> dict[str, str | None]:
    """{program name: place key} of a one-text document whose article's place is `article_key`
    (a village name several counties share: the key, not the name)."""
    from graph.organizations import extract_organizations
    from graph.places import extract_places
    from graph.programs import extract_programs
    from graph.text import make_document

    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    art = {0: article_key}
    orgs = extract_organizations(doc, places, gaz, art)
    return {m.name: m.place_key for m in extract_programs(doc, places, orgs, gaz, art)}


def test_a_town_written_as_a_villages_address_does_not_run_its_works(gaz):
    found = _programs_in(_TEAM, gaz, key(gaz, "水龙村", "431026"))
    assert _place_of(found, "人居环境整治项目") == key(gaz, "水龙村", "431026")


def test_a_town_standing_alone_still_runs_the_works(gaz):
    # counter-example: the town is not followed by a village: it is the paragraph's place
    text = _TEAM.replace("驻汝城县热水镇水龙村工作队", "驻汝城县热水镇工作队")
    found = _programs_in(text, gaz, key(gaz, "水龙村", "431026"))
    assert _place_of(found, "人居环境整治项目") == key(gaz, "热水镇", "431026")


def test_a_citys_count_of_its_provincial_key_projects_is_no_provincial_list(gaz):
    # counter-example: N个省重点项目 counted in a city's report is the city's share of the list
    text = _KEY_LIST.replace("名单显示,今年我省重点建设项目共四大类196个", "今年全市34个省重点项目完成投资217.3亿元")
    found = programs(text, gaz, "益阳市")
    assert _place_of(found, "城镇棚户区改造") != key(gaz, "湖南省")
