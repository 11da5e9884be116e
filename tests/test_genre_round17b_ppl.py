"""Program places, round 17b: causes that recur across the development sets, each rule tested on
invented sentences of the genre with a counter-example it must not fire on."""
from __future__ import annotations

from support import place_key as key, program_places_of as programs

REPORT = "茶陵县持续优化营商环境,新引进项目12个。\n"
CAMPAIGN = "开展“智造先锋”行动,推动企业技术改造。"


# ---------------------------------------------------------------- the economy a project serves
# A place right before 经济, governed by a word that makes that economy the object or beneficiary
# of its clause (为X经济发展注入动能, 推动X经济社会发展, 充当着X经济发展的引擎), owns the economy the
# work serves: it does not run the programs of the next sentences; the report's place does. A
# place opening its clause (X经济运行稳中向好) is the subject and still runs them.

def test_a_city_whose_economy_is_served_does_not_run_the_next_sentence(gaz):
    text = REPORT + "园区产业链不断延伸,为株洲市经济高质量发展注入新动能。" + CAMPAIGN
    assert programs(text, gaz, "茶陵县").get("智造先锋") == key(gaz, "茶陵县")


def test_a_city_whose_economy_is_pushed_does_not_run_the_next_sentence(gaz):
    text = REPORT + "这批项目将有力推动株洲市经济社会发展。" + CAMPAIGN
    assert programs(text, gaz, "茶陵县").get("智造先锋") == key(gaz, "茶陵县")


def test_a_city_opening_its_clause_before_its_economy_runs_the_next_sentence(gaz):
    # counter-example: the city is the subject of its sentence, not the beneficiary
    text = REPORT + "今年以来,株洲市经济运行稳中向好。" + CAMPAIGN
    assert programs(text, gaz, "茶陵县").get("智造先锋") == key(gaz, "株洲市")


# ---------------------------------------------------------------- a leader of the level above as guest
# A leader of the level above the article's place (the city's party secretary or mayor at a county's
# or zone's ceremony) attends as a guest: the city heading the leader's title does not run the
# programs of the next paragraphs; the article's place does. The city named as a subject still does,
# and in the city's own report its leader's title changes nothing.
OPENING = "茶陵县三季度重点项目集中开工仪式举行。"
LATER = "\n此次开工项目涉及新材料、智能装备等领域。开展“园区提质”行动,推进标准厂房建设。"


def test_a_city_leader_attending_a_county_ceremony_does_not_run_its_work(gaz):
    text = OPENING + "株洲市委副书记、市长李明远出席仪式并宣布项目开工。" + LATER
    assert programs(text, gaz, "茶陵县").get("园区提质") == key(gaz, "茶陵县")


def test_a_city_named_as_a_subject_still_runs_the_next_paragraph(gaz):
    # counter-example: the city itself acts (no leader's title after its name)
    text = OPENING + "株洲市出台支持园区发展的政策措施。" + LATER
    assert programs(text, gaz, "茶陵县").get("园区提质") == key(gaz, "株洲市")


def test_the_city_leader_in_the_city_report_keeps_the_city(gaz):
    # counter-example: the leader's place is the article's own place
    text = "株洲市三季度重点项目集中开工仪式举行。株洲市委副书记、市长李明远出席仪式并宣布项目开工。" + LATER
    assert programs(text, gaz, "株洲市").get("园区提质") == key(gaz, "株洲市")
