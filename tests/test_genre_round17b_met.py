"""graph.metrics, round 17b: causes of anchoring and indicator errors seen across development
sets. Each rule has sentences in the genre (our own writing: invented names, places and figures)
and a counter-example it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- 总投资N元的X项目 with no mention of X

def test_an_invested_amount_before_a_written_project_name_is_the_projects(gaz):
    # dev11 h236 (总投资约60亿元的X物流项目分两个片区开发), dev5 h95 (投资15亿元的A·B物流园项目落户)
    text = "青山经开区举行签约仪式。总投资约40亿元的远航冷链项目分南北两个片区建设,建成后年产值达12亿元。\n"
    found = _metrics(gaz, text)
    assert _one(found, 40, "亿元").subject == "远航冷链项目"
    assert _one(found, 12, "亿元").subject == "远航冷链项目"


def test_words_after_de_that_name_no_project_are_no_subject(gaz):
    # counter-example: 的项目全部为产业项目 (a predicate, no name): not taken for a project
    text = "龙溪县召开项目建设会议。其中总投资超8亿元的项目全部为产业项目。\n"
    assert "项目" not in (_one(_metrics(gaz, text), 8, "亿元").subject or "")


# ---------------------------------------------------------------- a later short form of a company or site

def test_a_companys_core_name_written_later_refers_to_the_company(gaz):
    # dev7 h166 (湖南X竹木有限公司 … X竹木目前已吸纳11名), dev6 h150 (the same for a site, below)
    text = ("在湖南青禾瑞竹工艺有限公司车间里,工人们正忙着打磨竹器。\n"
            "青禾瑞竹工艺目前已吸纳26名本村劳动力就业。\n")
    assert _one(_metrics(gaz, text), 26, "名").subject == "湖南青禾瑞竹工艺有限公司"


def test_a_sites_place_and_head_written_later_refer_to_the_site_named_in_full(gaz):
    # dev6 h150 (常德X机场首次迎来国际航班 … 常德机场已完成航班起降9693架次)
    text = ("12月1日,岳阳青鸾机场首次迎来国际航班。\n"
            "截至11月底,岳阳机场已完成航班起降5210架次,旅客吞吐量61万人次。\n")
    found = _metrics(gaz, text)
    assert _one(found, 5210, "架次").subject == "岳阳青鸾机场"
    assert _one(found, 61, "万人次").subject == "岳阳青鸾机场"


def test_a_short_core_or_a_site_never_named_in_full_stays_as_written(gaz):
    # counter-examples: a company core under four characters (湖南建工有限公司 … 建工), and a
    # site written short with no full name before it
    text = ("湖南青建有限公司承建该工程。\n龙溪县召开大会。青建今年完成产值3亿元。\n"
            "岳阳机场已完成航班起降4100架次。\n")
    found = _metrics(gaz, text)
    assert _one(found, 3, "亿元").subject != "湖南青建有限公司"
    assert _one(found, 4100, "架次").subject == "岳阳机场"


# ---------------------------------------------------------------- people at the meeting named in the lead

def test_a_meetings_roll_is_of_the_meeting_named_in_the_lead(gaz):
    # dev3 h32 (…五届人大四次会议闭幕 … 本次会议应到代表413人,实到384人), dev5 h93 (…第二十五次会议 … 10名代表列席会议)
    text = ("今日下午,龙溪市五届人大六次会议胜利闭幕。\n"
            "会议表决通过了有关决议。\n"
            "市人大常委会主任主持会议,本次会议应到代表256人,实到241人,因病请假15人。\n"
            "各县市负责同志及12名市人大代表列席会议。\n")
    found = _metrics(gaz, text)
    for value in (256, 241, 15):
        assert _one(found, value, "人").program == "龙溪市五届人大六次会议", value
    assert _one(found, 12, "名").program == "龙溪市五届人大六次会议"


def test_a_count_of_people_that_is_no_roll_or_attendance_gets_no_meeting(gaz):
    # counter-example: 会议 named, but the people counted are neither at it nor on its roll
    text = ("今日下午,龙溪市五届人大六次会议胜利闭幕。\n"
            "会议指出,今年全市新增就业岗位3200人,帮扶困难群众860人。\n")
    found = _metrics(gaz, text)
    assert _one(found, 3200, "人").program is None
    assert _one(found, 860, "人").program is None
