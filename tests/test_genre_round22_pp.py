"""Program places, round 22: causes seen on fresh Hunan local-government articles (round 22's
own collection), each rule tested on a sentence quoted from one of them, with a counter-example it
must not fire on."""
from __future__ import annotations

from graph.programs import NATIONAL
from support import place_key as key, program_places_of as programs


def _place_of(found: dict, part: str):
    """The place of the one program whose name holds `part`."""
    hits = [place for name, place in found.items() if part in name]
    assert len(hits) == 1, found
    return hits[0]


# ---------------------------------------------------------------- the General Secretary's meeting
# 传达学习习近平总书记在…座谈会上…的重要讲话精神: a meeting at which the General Secretary speaks is
# the centre's, not the prefecture's that relays its spirit.

def test_a_meeting_the_general_secretary_speaks_at_is_national(gaz):
    text = ("湘西网3月27日讯(全媒体记者 陈海泉)3月26日,湘西州委副书记、州长陈华主持召开2024年州政府第3次"
            "党组会议,传达学习习近平总书记在新时代推动中部地区崛起座谈会上及在湖南考察时的重要讲话精神、"
            "国务院第四次全体会议精神。")
    assert _place_of(programs(text, gaz, "湘西土家族苗族自治州"), "中部地区崛起座谈会") == NATIONAL


def test_a_meeting_a_local_secretary_speaks_at_is_not_national(gaz):
    # counter-example: 州委书记在…座谈会上: a local leader's meeting keeps its local place
    text = ("3月26日,湘西州委副书记、州长陈华主持召开2024年州政府第3次党组会议,传达学习州委书记在"
            "全州推动产业发展座谈会上的讲话精神。")
    assert _place_of(programs(text, gaz, "湘西土家族苗族自治州"), "座谈会") != NATIONAL


# ---------------------------------------------------------------- a place's own location
# 泉湖镇位于衡南县西部,…。…以“泉湖二月八”…为平台: the county after 位于 says where the town lies;
# the town, the paragraph's subject, runs the work of the next sentences.

_QUANHU = ("泉湖镇位于衡南县西部,322国道、湘桂铁路并行及高动电车穿镜而过,区位交通优越,历史厚重久远。"
           "2016年在以镇党委书记李春辉、镇长阳小平新的党政班子领导下,带领全镇广大干部群众,锐意改革,"
           "抢抓机遇坚定信心迎难而上,立足实际科学规划放眼长远,以“泉湖二月八”省级非物质文化遗产为平台,"
           "打造泉湖二月八农耕文化博物馆、休闲农业示范园,重点建设了一批惠及百姓的民生工程项目。")


def test_the_place_a_town_lies_in_does_not_run_its_work(gaz):
    assert programs(_QUANHU, gaz, "衡南县").get("泉湖二月八") == key(gaz, "泉湖镇", "430422")


def test_a_county_after_located_with_no_place_before_it_still_runs_the_work(gaz):
    # counter-example: 这里位于衡南县西部: no place lies before 位于, the county is the paragraph's place
    text = _QUANHU.replace("泉湖镇位于", "这里位于")
    assert programs(text, gaz, "衡南县").get("泉湖二月八") == key(gaz, "衡南县")


# ---------------------------------------------------------------- groups of a listed itinerary
# …源湘路项目,珠晖区滨江新区的…、耒水以南基础设施项目,衡阳县角山米业、高新区核心片…、新德力预应力构件
# 等项目现场: each comma-separated group of sites opens with its place, which heads every item of its
# group even when glued to the first item's name.

_ITINERARY = ("考察团成员先后走进石鼓区来雁新城的来雁公园、五一村棚改安置小区、五一北路、源湘路项目,"
              "珠晖区滨江新区的新华五四安置区、茶山坳镇安置区、耒水以北综合项目、耒水以南基础设施项目,"
              "衡阳县角山米业、高新区核心片基础设施和产业项目建设、新德力预应力构件等项目现场进行实地察看。")


def test_a_place_opening_a_group_of_an_itinerary_heads_all_its_items(gaz):
    found = programs(_ITINERARY, gaz, "蒸湘区")
    assert _place_of(found, "新德力预应力构件") == key(gaz, "衡阳县")
    assert _place_of(found, "高新区核心片") == key(gaz, "衡阳县")


def test_a_lone_place_glued_to_a_first_item_heads_no_group(gaz):
    # counter-example: no earlier group of the sentence opens with a place after a comma: the county
    # glued to the first item does not head the next ones
    text = "当天,考察团成员走进衡阳县角山米业、高新区核心片基础设施和产业项目建设、新德力预应力构件等项目现场。"
    found = programs(text, gaz, "蒸湘区")
    assert _place_of(found, "新德力预应力构件") != key(gaz, "衡阳县")
