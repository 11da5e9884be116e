"""Program places, round 18: causes that recur across the development sets, each rule tested on
invented sentences of the genre with a counter-example it must not fire on."""
from __future__ import annotations

from support import place_key as key, program_places_of as programs


# ---------------------------------------------------------------- the report's own body after a scene
# A city's report opens on a scene in one of its towns (某镇河堤上机器轰鸣), then its own body acts
# (市水利局成立工作专班…); a program of a later sentence that names no place is run by the body that
# acted last, the city, not by the town of the opening scene. A body of another level (a village
# committee, a provincial office) named after the scene leaves the town as it was.
SCENE = ("春节前夕,华容县三封寺镇河堤上机器轰鸣,镇干部正组织清理沿岸垃圾。\n"
         "今年以来,{body}牵头成立了河岸保洁工作专班,每月通报一次。将“碧水护岸”专项行动纳入年度考核。")


def test_the_reports_own_body_after_a_scene_runs_the_later_program(gaz):
    text = SCENE.format(body="市水利局")
    assert programs(text, gaz, "岳阳市").get("碧水护岸专项行动") == key(gaz, "岳阳市")


def test_a_body_of_another_level_after_the_scene_changes_nothing(gaz):
    # counter-example: the body is the province's, not the report's own: the scene's town stays
    text = SCENE.format(body="省水利厅")
    assert programs(text, gaz, "岳阳市").get("碧水护岸专项行动") == key(gaz, "三封寺镇")


def test_no_body_after_the_scene_keeps_the_scene(gaz):
    # counter-example: nobody acts after the town: the town of the paragraph runs the program
    text = ("春节前夕,华容县三封寺镇河堤上机器轰鸣,镇干部正组织清理沿岸垃圾。\n"
            "今年以来,各地每月通报一次。将“碧水护岸”专项行动纳入年度考核。")
    assert programs(text, gaz, "岳阳市").get("碧水护岸专项行动") == key(gaz, "三封寺镇")


# ---------------------------------------------------------------- a slogan naming its level
# A strengthening slogan (强省会, 产业强市、生态立市, 工业富县) names the level whose strategy it is: 省 is
# the province's wherever it is written; 市 in a county's or a district's report is the city above.
# A county-level city's own 强市 stays its own, a ranking (百强县) is no slogan, and a slogan of the
# report's own level changes nothing.
WORK_REPORT = "过去一年,新化县坚持稳中求进,大力实施“{slogan}”战略,县域经济持续向好。"


def test_a_slogan_strengthening_the_province_is_the_provinces(gaz):
    text = WORK_REPORT.format(slogan="强省会")
    assert programs(text, gaz, "新化县").get("强省会") == key(gaz, "湖南省")


def test_a_slogan_strengthening_the_city_in_a_countys_report_is_the_citys(gaz):
    text = WORK_REPORT.format(slogan="文旅兴市、产业强市")
    assert programs(text, gaz, "新化县").get("文旅兴市、产业强市") == key(gaz, "娄底市")


def test_a_county_level_citys_own_slogan_stays_its_own(gaz):
    # counter-example: in a county-level city's report, 市 is the city itself
    text = "过去一年,涟源市坚持稳中求进,大力实施“文旅兴市、产业强市”战略,经济持续向好。"
    assert programs(text, gaz, "涟源市").get("文旅兴市、产业强市") == key(gaz, "涟源市")


def test_a_slogan_of_the_reports_own_level_stays_the_reports(gaz):
    # counter-example: the county's own slogan
    text = WORK_REPORT.format(slogan="工业强县")
    assert programs(text, gaz, "新化县").get("工业强县") == key(gaz, "新化县")


# ---------------------------------------------------------------- a level heading an enumeration
# 中央 (全省) written before the first quoted item of an enumeration (items joined by 、/和, each a quote
# and a few words of kind) heads every item, not only the first: the later items are the centre's
# (the province's) as well. A quote after a comma starts a clause of its own and is left to the place.
POLICIES = "近年来,宜章县委、县政府高度重视招商工作,特别是{head}“东西协作”战略政策、“飞地经济”发展政策、“湘粤联动”战略政策实行以来,引进项目20个。"


def test_the_centre_heads_every_item_of_its_enumeration(gaz):
    found = programs(POLICIES.format(head="中央"), gaz, "宜章县")
    assert found.get("湘粤联动") == "全国"
    assert found.get("东西协作") == "全国"


def test_the_province_heads_every_item_of_its_enumeration(gaz):
    found = programs(POLICIES.format(head="全省"), gaz, "宜章县")
    assert found.get("湘粤联动") == key(gaz, "湖南省")


def test_an_enumeration_with_no_level_before_it_is_the_countys(gaz):
    # counter-example: no level word heads the list: the county named before it runs the items
    found = programs(POLICIES.format(head=""), gaz, "宜章县")
    assert found.get("湘粤联动") == key(gaz, "宜章县")


def test_a_quote_after_a_comma_is_no_item_of_the_centres_list(gaz):
    # counter-example: the second quote opens a clause of its own
    text = "宜章县认真落实中央“东西协作”战略,深入开展“湘粤联动”行动,引进项目20个。"
    assert programs(text, gaz, "宜章县").get("湘粤联动") == key(gaz, "宜章县")


# ---------------------------------------------------------------- a campaign quoted in a provincial event
# A city's standing committee relays a provincial meeting named after quoted campaigns (全省“…”和“…”专项
# 整治工作电视电话会议) and then asks to carry one of them out: the campaign is the province's, the city
# only carries it out. The city's own meeting (全市…) leaves it to the city, and so does a provincial
# meeting that writes the name bare (no quote: no campaign of its own named inside it).
RELAY = ("5月8日,邵阳市委召开常委会会议,传达学习{level}“清廉村居”和“红色物业、暖心小区”专项整治工作电视电话会议精神。"
         "会议要求,要深入开展“红色物业、暖心小区”专项整治,切实优化发展环境。")


def test_a_campaign_quoted_in_a_provincial_meeting_is_the_provinces(gaz):
    found = programs(RELAY.format(level="全省"), gaz, "邵阳市")
    assert found.get("红色物业、暖心小区专项整治") == key(gaz, "湖南省")


def test_a_campaign_quoted_in_the_citys_own_meeting_stays_the_citys(gaz):
    # counter-example: the meeting is the city's
    found = programs(RELAY.format(level="全市"), gaz, "邵阳市")
    assert found.get("红色物业、暖心小区专项整治") == key(gaz, "邵阳市")


def test_a_provincial_meeting_writing_the_name_bare_changes_nothing(gaz):
    # counter-example: no quote inside the provincial meeting's name
    text = ("5月8日,邵阳市委召开常委会会议,传达学习全省红色物业暖心小区专项整治工作电视电话会议精神。"
            "会议要求,要深入开展“红色物业暖心小区”专项整治,切实优化发展环境。")
    assert programs(text, gaz, "邵阳市").get("红色物业暖心小区专项整治") == key(gaz, "邵阳市")
