"""Organisation rules of the genre found on fresh Hunan articles (benchmarks kept outside the
repository: /work/newarts4/org4, industry news, signings, inspection visits, departmental news):
a real sentence per rule and a case it must not fire on."""
from __future__ import annotations

from support import orgs_of

# /work/newarts4/org4/06 (邵阳, 健康中国(湖南)行): hospitals named by their class after the level character
_SHAOYANG = ("9月10日上午,2021年“健康中国(湖南)行”邵阳站启动仪式暨集中宣传活动在市区城南公园举行。"
             "活动由市卫健委主办,由市文明办、市中心医院、邵阳学院附属第一医院、邵阳学院附属第二医院、"
             "市三区卫健局、市中医院、市中西医结合医院等单位协办。")


def test_hospital_class_names_after_a_level_character_are_that_places_hospitals(gaz):
    found = orgs_of(_SHAOYANG, gaz)
    for name in ("邵阳市中心医院", "邵阳市中医院", "邵阳市中西医结合医院"):
        assert name in found and found[name] == "other"


def test_an_ordinal_before_the_suffix_is_part_of_the_name(gaz):
    found = orgs_of(_SHAOYANG, gaz)
    assert "邵阳学院附属第一医院" in found and "邵阳学院附属第二医院" in found


def test_a_hospital_class_name_alone_is_listed_only_among_bodies(gaz):
    # /work/newarts4/org4/05 (新化县 in 祁阳县)
    found = orgs_of("考察组一行首先实地参观了祁阳县人社局、卫健局、中医医院等单位的健康小屋。", gaz)
    assert "中医医院" in found
    found = orgs_of("位于市中心的医院人满为患,他在中心医院工作,全县第一所医院建成。", gaz)
    assert not found
