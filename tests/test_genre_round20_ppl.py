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
