"""Programs, round 18: causes of program misses and false programs seen in two or more
development sets — each rule tested on a sentence of the genre written for the test (invented
places and figures), with a counter-example it must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- standing programmes written bare
# seeds, dev, dev2, dev5, dev6, dev7, dev9, dev10, dev11: the standing national programmes of rural
# and social work (危房改造, 易地扶贫搬迁, 高标准农田建设, 医养结合 …) named bare in a report of what
# a place did are programs run by that place; the centre's own drives (和美乡村建设) are national
def test_a_standing_rural_programme_written_bare_is_the_places_campaign(gaz):
    found = programs_of("去年石门县完成贫困户危房改造300户,新建高标准农田建设面积2万亩。", gaz, "石门县")
    assert found["危房改造"] == ("campaign", "石门县")
    assert "高标准农田建设" in found


def test_a_responsibility_system_written_bare_is_a_mechanism(gaz):
    found = programs_of("石门县严格落实粮食安全责任制,稳住粮食播种面积。", gaz, "石门县")
    assert found["粮食安全责任制"][0] == "mechanism"


def test_a_central_drive_written_bare_is_national(gaz):
    found = programs_of("调研组详细了解了石门县和美乡村建设等情况。", gaz, "石门县")
    assert found["和美乡村建设"] == ("campaign", "全国")


def test_a_site_or_a_settlement_of_a_programme_is_no_mention_of_it(gaz):
    # counter-examples: 安置小区 and 创建点 name places the programme built, not the programme
    found = programs_of("石门县新建易地扶贫搬迁安置小区2个,打造油菜高产创建点5个。", gaz, "石门县")
    assert "易地扶贫搬迁" not in found and "高产创建" not in found


def test_a_programme_heading_a_team_is_no_mention_of_it(gaz):
    # counter-example: the work team of a programme (…工作队) is a body
    assert "易地扶贫搬迁" not in programs_of("县易地扶贫搬迁工作队进驻该村。", gaz, "石门县")


# ---------------------------------------------------------------- one campaign, two listed forms
# dev5/h104, dev10/h220, dev10/h226: a listed bare name written in the same document also in its
# longer listed form (人居环境整治 / 农村人居环境整治, 乡村振兴 / 乡村振兴战略) is one campaign
def test_a_short_listed_form_beside_its_long_form_is_one_campaign(gaz):
    found = programs_of("石门县全面开展农村人居环境整治,村民主动参与人居环境整治。", gaz, "石门县")
    assert "农村人居环境整治" in found and "人居环境整治" not in found


def test_a_strategy_written_with_and_without_its_word_is_one_campaign(gaz):
    found = programs_of("石门县深入实施乡村振兴战略,奋力推进乡村振兴。", gaz, "石门县")
    assert "乡村振兴战略" in found and "乡村振兴" not in found


def test_a_longer_name_that_is_not_listed_renames_nothing(gaz):
    # counter-example: a title of another kind containing the name is no longer form of it
    found = programs_of("该村成功创建省级乡村振兴示范村,为乡村振兴注入动力。", gaz, "石门县")
    assert "乡村振兴" in found


# ---------------------------------------------------------------- 旅发大会: a congress written bare
# dev7/h156, dev7/h159, dev10/h215: a congress written without year or ordinal (旅发大会, the genre's
# short form of 旅游发展大会) after its dated full name is a short mention of that congress
def test_a_bare_congress_after_its_dated_name_is_that_congress(gaz):
    found = programs_of("第三届石门县旅游发展大会昨日开幕。本次旅发大会吸引游客10万人次。", gaz, "石门县")
    assert found == {"第三届石门县旅游发展大会": ("event", "石门县")}


def test_a_bare_congress_takes_the_place_of_the_congress_it_names(gaz):
    found = programs_of("石门县承办第五届湖南旅发大会。县里围绕旅发大会提升城乡面貌。", gaz, "石门县")
    assert "旅发大会" not in found and "第五届湖南旅发大会" in found


def test_a_bare_congress_alone_stays_as_written(gaz):
    # counter-example: no dated congress in the document to name it
    found = programs_of("石门县召开旅游发展大会筹备工作会议,部署旅发大会各项工作。", gaz, "石门县")
    assert not any(name.startswith("第") for name in found)


# ---------------------------------------------------------------- 承办好|…大会: hosting it well
# dev10/h215, dev/d09: a verb of hosting written with its result (承办好, 办好) ends the congress's name
# read leftwards, though the tagger cut it 承办|好
def test_hosting_it_well_is_no_part_of_the_congress_name(gaz):
    found = programs_of("为石门承办好2026年省旅发大会打下基础。", gaz, "石门县")
    assert "2026年省旅发大会" in found and not any("承办" in n for n in found)


def test_a_name_holding_a_good_word_keeps_it(gaz):
    # counter-example: 好 inside a name (a campaign's words) is no verb of hosting
    assert "好人好事表彰大会" in "".join(programs_of("石门县召开2025年好人好事表彰大会。", gaz, "石门县"))


# ---------------------------------------------------------------- 入选全国…强镇: designations
# dev5/h97, dev5/h102, dev7/h160, dev7/h161, dev8/h180, dev9/h204: a designation of the whole
# country or province that a place is entered into (入选, 列入, 纳入, 获批创建 …) names a campaign of
# that level; its year and its count stay out of the name
def test_a_national_designation_a_town_enters_is_a_national_campaign(gaz):
    found = programs_of("石门县壶瓶山镇入选2021年全国农业产业强镇。", gaz, "石门县")
    assert found["全国农业产业强镇"] == ("campaign", "全国")


def test_the_count_of_a_designation_stays_out_of_its_name(gaz):
    found = programs_of("石门县纳入全国48个生态综合补偿重点区域的县之一。", gaz, "石门县")
    assert "全国生态综合补偿重点区域" in found and not any("48" in n for n in found)


def test_a_provincial_pilot_is_the_provinces(gaz):
    found = programs_of("自去年列入全省智慧农业综合试点以来,石门县成效明显。", gaz, "石门县")
    assert found["全省智慧农业综合试点"] == ("campaign", "湖南省")


def test_a_model_title_or_a_designation_read_on_is_not_taken(gaz):
    # counter-examples: 强县 going on into 建设示范县, 试点 going on into 园区, a 百强 standing
    found = programs_of("石门县获评全省唯一国家生态强县建设示范县,县工业园被列为国家级绿色发展示范试点园区,"
                        "石门县入列中国百强县。", gaz, "石门县")
    assert not any(n.endswith(("强县", "试点")) for n in found)


# ---------------------------------------------------------------- 乡村振兴|衔接资金: a name heading another
# dev5/h93, dev11/h250 (and the seeds' 乡村振兴领域…): a national campaign's name heading a fund
# (衔接资金), the work under its law (促进工作) or a field of cases (领域) is a modifier, not the campaign
def test_a_campaign_name_heading_a_fund_or_a_field_is_no_mention(gaz):
    found = programs_of("石门县争取乡村振兴衔接资金300万元,查处乡村振兴领域腐败问题5起,"
                        "听取了乡村振兴促进工作情况的报告。", gaz, "石门县")
    assert "乡村振兴" not in found


def test_the_campaign_written_on_its_own_stays(gaz):
    # counter-example: the campaign as the object of its verb
    assert "乡村振兴" in programs_of("石门县全面推进乡村振兴,成效明显。", gaz, "石门县")
