"""Program places, fourth round: which place RUNS a program, on real sentences of Hunan county and
town news nobody tuned for (a helper's fresh articles newarts4/plc4 and newarts3/plc3, not kept in
the repository: the sentences are quoted here), with counter-examples."""
from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from graph.organizations import extract_organizations
from graph.places import extract_places
from graph.programs import NATIONAL, extract_programs
from graph.text import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def programs(text: str, gaz, article_place: str) -> dict[str, str | None]:
    """{program name: key of the place that runs it} with the real place and body extractors."""
    doc = make_document(text)
    places, _ = extract_places(doc, gaz)
    art = {0: gaz.lookup(article_place)[0].key}
    orgs = extract_organizations(doc, places, gaz, art)
    return {m.name: m.place_key for m in extract_programs(doc, places, orgs, gaz, art)}


def key(gaz, name: str) -> str:
    return gaz.lookup(name)[0].key


# ---------------------------------------------------------------- national programs
# newarts3/plc3 07 (永兴县): a county meeting names the national campaign it serves
COUNTY_MEETING = ("在随后召开的县长办公会议上,刘朝晖要求,各级各部门要围绕高质量发展,打好三大攻坚战、实施三大战略、"
                  "做好三重工作的总体思路,对照工作计划,严格措施要求,强化督导落实。")


def test_a_national_campaign_is_run_by_the_whole_country(gaz):
    found = programs(COUNTY_MEETING, gaz, "永兴县")
    assert found.get("三大攻坚战") == NATIONAL


def test_a_provincial_and_a_county_program_keep_their_places(gaz):
    # counter-examples: 省委 before a meeting names the province; a county's own event its county
    text = "落实省委经济工作会议部署。3月3日,2020年祁东县产业项目集中开工仪式在归阳工业园举行。"
    found = programs(text, gaz, "祁东县")
    assert found.get("省委经济工作会议") == key(gaz, "湖南省")
    assert found.get("2020年祁东县产业项目集中开工仪式") == key(gaz, "祁东县")
    assert NATIONAL not in found.values()
