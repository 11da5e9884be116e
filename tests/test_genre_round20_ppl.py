"""Program places, round 20: causes seen on fresh articles of the genre, each rule tested on
invented sentences with a counter-example it must not fire on."""
from __future__ import annotations

from support import place_key as key, program_places_of as programs


# ---------------------------------------------------------------- a partner behind its province
# 湖南省A县联合湖北省B县共同举行…: a partner from another province (city) is written with that
# province before it; the place after the prefix is still the partner, and the subject before
# 联合 runs the work.

def test_a_partner_written_with_its_province_does_not_run_the_campaign(gaz):
    text = ("3月5日,湖南省保靖县联合重庆市秀山县共同举行“山水同心·志愿同行”志愿服务活动启动仪式,"
            "两县志愿者300余人参加。")
    assert programs(text, gaz, "保靖县").get("山水同心·志愿同行") == key(gaz, "保靖县")


def test_a_place_after_a_province_with_no_partner_cue_still_runs_the_campaign(gaz):
    # counter-example: no 联合/会同/携手 before the province: the county it prefixes runs the work
    text = "3月5日,重庆市秀山县举行“山水同心·志愿同行”志愿服务活动启动仪式,全县志愿者300余人参加。"
    assert programs(text, gaz, "保靖县").get("山水同心·志愿同行") == key(gaz, "秀山土家族苗族自治县")


# ---------------------------------------------------------------- the Nth yearly national day
# 在第N个中国…节来临之际: a yearly national day or festival is counted with 个; the count heads the
# name of the whole country's festival, which no county runs.

def test_a_counted_national_festival_is_the_whole_countrys(gaz):
    from graph.programs import NATIONAL, is_national
    assert is_national("第七个中国农民丰收节")
    text = ("在第七个中国农民丰收节来临之际,9月20日,白沙镇举办“稻香白沙”农事体验活动,"
            "展示全镇乡村振兴成果。")
    assert programs(text, gaz, "祁阳市").get("第七个中国农民丰收节") == NATIONAL


def test_a_counted_local_festival_is_not_national(gaz):
    # counter-example: the count of a town's own festival (no 中国 heading its name) is the town's
    from graph.programs import is_national
    assert not is_national("第七个白沙稻香节")
    assert not is_national("第七个")


# ---------------------------------------------------------------- the whole village acting earlier in the paragraph
# 全村探索实行…模式。村支两委将…。…以“…”的方式…: the whole village, or its own committees acting,
# in an earlier sentence make the paragraph the village's own report; a model of a later sentence
# that names no place is the village's, not the town's written before it.
VILLAGE = ("近日,省农业农村厅发布公示,冷水江市三尖镇石船村成为50个全国乡村治理示范村推荐单位之一。\n"
           "走进石船村,家家户户房前屋后干净整洁。")


def test_a_model_after_the_whole_village_acted_is_the_villages(gaz):
    text = VILLAGE + ("石船村的变化,离不开全村推行的积分管理。村支两委将文明新风纳入考核。"
                      "考核内容涵盖环境卫生、孝老爱亲等6个方面,以“一月一评比”的方式逐户打分。")
    assert programs(text, gaz, "冷水江市").get("一月一评比") == key(gaz, "石船村", "三尖镇")


def test_a_model_in_a_paragraph_where_no_village_body_acts_stays_the_towns(gaz):
    # counter-example: the village is only a scene (visited, modified by 的) and neither 全村 nor its
    # committees act: the town written with it keeps the model
    text = VILLAGE + ("石船村的变化,离不开镇里推行的积分管理。考核内容涵盖环境卫生、孝老爱亲等6个方面,"
                      "以“一月一评比”的方式逐户打分。")
    assert programs(text, gaz, "冷水江市").get("一月一评比") == key(gaz, "三尖镇", "431381")
