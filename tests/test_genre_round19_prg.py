"""Programs, round 19: causes of program misses seen in the development sets — each rule tested on
a sentence of the genre written for the test (invented places and figures), with a counter-example
it must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- abbreviated routes sharing a head
# dev7: expressways are named by one character of each end (吉首–茶洞: 吉茶); two-character names
# listed with 、 share the head written once after the last
def test_abbreviated_route_names_share_the_head_written_after_the_last(gaz):
    found = programs_of("去年石门县交通建设成效明显,石慈、石澧高速公路建成通车。", gaz, "石门县")
    assert found["石慈高速公路"][0] == "project" and found["石澧高速公路"][0] == "project"


def test_generic_road_words_listed_before_a_head_are_no_routes(gaz):
    # counter-example: 城乡、农村公路 are kinds of roads, not two roads named by their ends
    found = programs_of("石门县大力推进城乡、农村公路建设。", gaz, "石门县")
    assert not any(name.endswith("公路") for name in found)


def test_a_route_number_before_a_listed_road_opens_no_abbreviation(gaz):
    # counter-example: 320国道、湘黔铁路: the route number belongs to 国道, no two-character list
    found = programs_of("该镇交通便利,320国道、湘黔铁路穿境而过。", gaz, "石门县")
    assert "国道铁路" not in found


def test_a_counted_list_of_routes_is_left_to_its_count(gaz):
    # counter-example: A、B4条在建高速公路: the count stands between the names and the head
    found = programs_of("石慈、石澧4条在建高速公路项目加快推进。", gaz, "石门县")
    assert "石澧高速公路" not in found


# ---------------------------------------------------------------- lists closed by 在内的 / 等技改项目
# dev8, dev10: 推介了A、B、C在内的N个项目 closes a list of projects as A、B、C等N个项目 does, and so
# does 等重大技改项目 (projects of technical renovation, a class of the genre's reports)
def test_items_of_a_list_closed_by_zainei_are_projects(gaz):
    found = programs_of("会上,石门县推介了石门锂电产业园、壶瓶山康养小镇在内的18个项目。", gaz, "石门县")
    assert found["石门锂电产业园"][0] == "project" and found["壶瓶山康养小镇"][0] == "project"


def test_items_of_a_list_of_renovation_projects_are_projects(gaz):
    found = programs_of("全年完成技改项目50个,鑫源铝业熔铸线升级、楚峰化工新产品开发等重大技改项目进展顺利。",
                        gaz, "石门县")
    assert "鑫源铝业熔铸线升级" in found and "楚峰化工新产品开发" in found


def test_a_list_of_places_closed_by_zainei_names_no_project(gaz):
    # counter-example: the items must be names (a place and a count are none)
    found = programs_of("包括石门县在内的6个县市参加评比。", gaz, "石门县")
    assert not any(kind == "project" for kind, _ in found.values())


# ---------------------------------------------------------------- working systems: object, verb, 制
# seeds, dev8: a working system written bare (问题交办制, 速测把关制, …人大代表票决制) is a mechanism
def test_a_system_named_by_its_object_and_verb_is_a_mechanism(gaz):
    found = programs_of("该镇推行矛盾纠纷分级调处制,基本实现小事不出村。", gaz, "石门县")
    assert found["矛盾纠纷分级调处制"][0] == "mechanism"


def test_the_scope_before_a_system_is_not_its_name(gaz):
    found = programs_of("石门县实现各乡镇民生实事代表票决制全覆盖。", gaz, "石门县")
    assert "民生实事代表票决制" in found


def test_words_ending_in_zhi_are_no_systems(gaz):
    # counter-examples: 制 inside another word (制定, 制度, 制造) and a bare verb before 制
    found = programs_of("县发改局牵头制定方案,严格执行干部选拔制度,做强设备制造集群,建立回访制。", gaz, "石门县")
    assert not any(name.endswith("制") for name in found)


def test_the_parts_of_a_code_spelled_out_are_not_systems_of_their_own(gaz):
    # counter-example: “三项制度”,即…: the parts explain the quoted code
    found = programs_of("该县推行“三项制度”,即项目审批代办制、问题清单销号制。", gaz, "石门县")
    assert "项目审批代办制" not in found


# ---------------------------------------------------------------- meeting nouns of the genre
# dev11: 领导干部会议 (as 领导干部大会) names the meeting by itself; 碰头会 is a meeting noun like 座谈会
def test_a_leading_cadres_meeting_is_an_event(gaz):
    found = programs_of("昨日,石门县召开领导干部会议,宣布市委任免决定。", gaz, "石门县")
    assert found["领导干部会议"][0] == "event"


def test_a_topic_before_a_coordination_meeting_names_it(gaz):
    found = programs_of("驻村工作队召集村组干部召开柑橘产业发展碰头会。", gaz, "石门县")
    assert "柑橘产业发展碰头会" in found


def test_a_bare_coordination_meeting_names_no_event(gaz):
    # counter-example: a meeting noun with no topic before it names nothing
    assert not programs_of("村里及时召开碰头会。", gaz, "石门县")
