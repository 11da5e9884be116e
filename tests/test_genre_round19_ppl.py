"""Program places, round 19: causes that recur across the development sets, each rule tested on
invented sentences of the genre with a counter-example it must not fire on."""
from __future__ import annotations

from support import place_key as key, program_places_of as programs


# ---------------------------------------------------------------- a road named by its two ends
# A road named by its two ends (A至B公路) says where it runs, not who builds it: a county opening
# the name of a trunk road in the prefecture's list is one end of it, and the prefecture reporting
# its roads builds it. A factory opening with a county's name in the same list stays the county's.
ROADS = ("今年,湘西州加快交通基础设施建设,花垣县城至边城公路、保靖县城至清水坪公路等"
         "8个干线公路项目进展顺利。")


def test_a_trunk_road_named_by_its_ends_is_the_prefectures(gaz):
    found = programs(ROADS, gaz, "湘西土家族苗族自治州")
    assert found.get("花垣县城至边城公路") == key(gaz, "湘西土家族苗族自治州")
    assert found.get("保靖县城至清水坪公路") == key(gaz, "湘西土家族苗族自治州")


def test_a_factory_opening_with_a_county_in_the_prefectures_list_stays_the_countys(gaz):
    # counter-example: not a road between two ends
    text = "今年,湘西州加快产业项目建设,花垣县锰锌新材料产业园项目、保靖县黄金茶加工厂项目等8个项目进展顺利。"
    assert programs(text, gaz, "湘西土家族苗族自治州").get("花垣县锰锌新材料产业园项目") == key(gaz, "花垣县")


# ---------------------------------------------------------------- a company's own campaign
# A company written as a back reference (该公司, 该企业, 该集团) opening a clause of the program's
# paragraph is the subject whose work the paragraph reports: its campaigns are company-internal and
# run by no place. A place named after the back reference (the company's work in a county) still runs it.
FIRM = "茶陵县华宇供水有限公司近年来不断提升服务水平。\n"


def test_a_campaign_of_the_company_the_paragraph_reports_has_no_place(gaz):
    found = programs(FIRM + "该公司推行服务事项“两零一减”行动,报装环节压缩至2个。", gaz, "茶陵县")
    assert "两零一减" in found and found["两零一减"] is None


def test_a_later_sentence_of_the_companys_paragraph_has_no_place(gaz):
    found = programs(FIRM + "该公司把客户服务放在首位。在三季度提质增效行动中加大考核力度。", gaz, "茶陵县")
    assert "三季度提质增效行动" in found and found["三季度提质增效行动"] is None


def test_a_county_named_after_the_company_reference_runs_the_campaign(gaz):
    # counter-example: the county acts in the clause after the company's
    text = FIRM + "该公司积极参与,茶陵县开展“清水入户”行动,惠及群众3万人。"
    assert programs(text, gaz, "茶陵县").get("清水入户") == key(gaz, "茶陵县")


# ---------------------------------------------------------------- a work team stationed in a village
# A work team (or first secretary) stationed in a village, acting in the program's sentence or
# speaking the quote that holds it, does the village's work: the village runs it, not the city
# department that sent the team. A counted set of teams is a level's, and a requirement the team
# follows (根据县里“…”的要求) stays the level's.
VILLAGE = "株洲市茶陵县腰潞镇青松岭村位于县城东部,辖12个村民小组。\n"


def test_a_stationed_team_does_the_villages_work(gaz):
    text = VILLAGE + "株洲市民政局派出的帮扶工作队进村以来,从“清洁家园”行动入手,改善村容村貌。"
    assert (programs(text, gaz, "茶陵县").get("清洁家园") or "").endswith("/青松岭村")


def test_the_quote_of_the_first_secretary_is_the_villages(gaz):
    text = ("茶陵县界首镇白沙村近年来大力发展油茶产业。\n"
            "“去年我们修好了村道。”白沙村驻村第一书记、乡村振兴工作队队长刘建华说。\n"
            "产业如何稳固,收入如何共享,一系列问题接踵而来。\n"
            "“今年我们要开展‘美丽庭院’创建,让村子更干净。”刘建华说。")
    assert programs(text, gaz, "茶陵县").get("美丽庭院") == key(gaz, "白沙村", "430224")


def test_counted_teams_of_a_county_keep_the_county(gaz):
    # counter-example: a county's 120 teams are not one village's
    text = VILLAGE + "茶陵县共派驻乡村振兴工作队120支,全面推行“一村一策”帮扶机制。"
    assert programs(text, gaz, "茶陵县").get("一村一策") == key(gaz, "茶陵县")


def test_a_requirement_the_team_follows_stays_the_countys(gaz):
    # counter-example: the team follows the county's requirement (县里)
    text = VILLAGE + "驻村工作队和村党支部根据县里“一村一品”的要求,发展特色产业。"
    assert programs(text, gaz, "茶陵县").get("一村一品") == key(gaz, "茶陵县")


# ---------------------------------------------------------------- a fair the place attends
# A fair named without its host, whose prize a local product wins (斩获…会金奖) or at which a local
# place signs deals (…博览会郴州签约项目8个), is someone else's fair the place attends as a guest: no
# place of the report runs it. A host written before the name, or a fair the place holds itself, is kept.

def test_a_fair_whose_prize_a_county_product_wins_has_no_place(gaz):
    found = programs("茶陵县大力发展特色农业,3个农产品斩获农博会金奖。", gaz, "茶陵县")
    assert "农博会" in found and found["农博会"] is None


def test_a_fair_at_which_a_city_signs_deals_has_no_place(gaz):
    found = programs("郴州市积极参展,第十四届中部博览会郴州签约项目8个。", gaz, "郴州市")
    assert "第十四届中部博览会" in found and found["第十四届中部博览会"] is None


def test_a_fair_with_its_host_before_the_name_keeps_the_host(gaz):
    # counter-example: the province hosts the fair whose prize the product wins
    found = programs("茶陵县的茶油产品获湖南省(国际)农博会金奖。", gaz, "茶陵县")
    assert found.get("农博会") == key(gaz, "湖南省")


def test_a_fair_the_city_holds_itself_is_the_citys(gaz):
    # counter-example: no prize or deals after the name
    found = programs("郴州市住建局举办房交会,刺激商品房销售。", gaz, "郴州市")
    assert found.get("房交会") == key(gaz, "郴州市")


# ---------------------------------------------------------------- a lone headline line
# A report's title written alone on its first line (政府工作报告) is split from the body it heads;
# naming no place itself, it takes the place of the body right after it (…在茶陵县第十八届人民代表
# 大会第一次会议上). A headline that names its own place keeps it.

def _document_places(text: str, gaz) -> dict[str, str | None]:
    from graph.extract import extract_document
    from graph.text import make_document

    found: dict[str, str | None] = {}
    for m in extract_document(make_document(text, "t"), gaz).programs:
        found.setdefault(m.name, m.place_key)
    return found


REPORT_BODY = ("2021年12月20日在茶陵县第十八届人民代表大会第一次会议上\n县长 李明\n各位代表:\n"
               "现在,我代表县人民政府,向大会报告工作,请予审议。过去五年,全县经济持续健康发展。\n")


def test_a_lone_report_title_takes_the_place_of_the_body_it_heads(gaz):
    found = _document_places("政府工作报告\n" + REPORT_BODY, gaz)
    assert found.get("政府工作报告") == key(gaz, "茶陵县")


def test_a_headline_naming_its_own_place_keeps_it(gaz):
    # counter-example: the headline names the city whose report it is
    found = _document_places("株洲市政府工作报告\n" + REPORT_BODY, gaz)
    assert found.get("政府工作报告") == key(gaz, "株洲市")


# ---------------------------------------------------------------- a hometown chamber abroad
# An address chain opening a name runs deeper while each place lies inside the one before it (株洲市
# 茶陵县…推进会: the county's). A place outside the one before it (东莞市|湖南茶陵商会) opens the name
# of a body from elsewhere (a hometown chamber in its host city): the host city runs its events.

def test_a_hometown_chambers_founding_meeting_is_the_host_citys(gaz):
    text = "近年来,茶陵县大力支持异地商会建设。在东莞市湖南茶陵商会成立大会上,募得爱心捐款40万元。"
    assert programs(text, gaz, "茶陵县").get("东莞市湖南茶陵商会成立大会") == key(gaz, "东莞市")


def test_a_deeper_address_chain_names_the_county(gaz):
    # counter-example: the county lies inside the city before it
    text = "4月2日,株洲市茶陵县重点项目建设现场推进会召开。"
    assert programs(text, gaz, "茶陵县").get("株洲市茶陵县重点项目建设现场推进会") == key(gaz, "茶陵县")


# ---------------------------------------------------------------- a section's heading
# A program named in a section's heading (a short line closing its paragraph without a sentence's
# end) is the work the section goes on to report: the first place of the section's next paragraphs
# runs it, not the place the section before it ended with. A program in a sentence is left alone.
SECTIONS = ("今年以来,株洲市以优化营商环境为抓手,带领企业融入大市场。\n"
            "茶陵县大力推进园区提质,新签约项目12个。\n")
NEXT = "\n营商环境是园区最核心的竞争力。攸县采取政府帮、园区帮、项目帮的方式,助企业脱困。"


def test_a_heading_program_is_run_by_the_place_of_its_section(gaz):
    text = SECTIONS + "“四帮四促”，助企业纾困解难" + NEXT
    assert programs(text, gaz, "株洲市").get("四帮四促") == key(gaz, "攸县")


def test_a_program_in_a_sentence_keeps_the_context_before_it(gaz):
    # counter-example: a sentence (it ends in 。), not a heading
    text = SECTIONS + "园区推行“四帮四促”,助企业纾困解难。" + NEXT
    assert programs(text, gaz, "株洲市").get("四帮四促") == key(gaz, "茶陵县")


def test_a_team_model_the_whole_county_takes_up_is_not_the_villages(gaz):
    # counter-example: the whole county takes the model up in the same sentence
    text = ("前年,茶陵县委宣传部工作队进驻界首镇白沙村。工作队总结推广“屋场恳谈会”的做法,"
            "全县各村纷纷学习。")
    found = programs(text, gaz, "茶陵县")
    assert "屋场恳谈会" in found and found["屋场恳谈会"] != key(gaz, "白沙村", "430224")
