"""Eighth round (met8): rules of the genre found on the fifth development set
(benchmarks/unseen/dev5, h91–h110) for places and metric subjects. Each rule is tested on its
dev5 sentence with a counter-example it must not fire on."""
from __future__ import annotations

from support import metric_rows, places_of, surfaces


def subjects_of(text: str, gaz) -> dict[float, str | None]:
    return {value: subject for subject, _, value, _ in metric_rows(text, gaz)}


# ---------------------------------------------------------------- a headline's short county name

_H106 = ("一季度衡南经济运行情况\n"
         "今年以来,全县统筹疫情防控和经济社会发展大局,经济社会持续恢复,经济发展稳步开局。\n"
         "一季度,全县实现地区生产总值(GDP)82.56亿元,同比增长11.5%(可比价),两年平均增长5.3%。")   # dev5 h106


def test_a_headline_short_name_is_the_unit_its_body_calls_the_whole_county(gaz):
    _, mentions, _ = places_of(_H106, gaz)
    assert surfaces(mentions) == ["衡南"]
    found = subjects_of(_H106, gaz)
    assert found[82.56] == found[11.5] == "衡南县"                         # was no subject


def test_a_headline_short_name_needs_the_body_to_speak_of_its_level(gaz):
    text = _H106.replace("全县", "全镇")           # the body is about a town: 衡南 stays unread
    _, mentions, _ = places_of(text, gaz)
    assert "衡南" not in surfaces(mentions)


def test_a_short_name_in_the_body_is_not_a_headline(gaz):
    text = "经济运行情况\n一季度衡南经济稳步开局,全县实现地区生产总值82.56亿元。"
    _, mentions, _ = places_of(text, gaz)
    assert "衡南" not in surfaces(mentions)


# ---------------------------------------------------------------- 自…以来, : a time frame, not the topic

_H108 = ("自我省实施“三高四新”财源建设工程以来,靖州苗族侗族自治县高度重视财源建设工作,大力培植特色财源,"
         "地方财政收入和地方税收连续3年稳步增长,今年1至6月地方财政收入和税收收入同比增幅分别达10.65%和14.85%。")  # dev5 h108


def test_a_place_inside_a_yilai_frame_gives_way_to_the_one_after_it(gaz):
    found = subjects_of(_H108, gaz)
    assert found[3.0] == found[10.65] == found[14.85] == "靖州苗族侗族自治县"   # was 湖南省


def test_a_frame_with_no_place_after_it_keeps_its_own_place(gaz):
    text = "郴州市全面推行河长制以来,各级河长已累计开展巡河1.8万余人次。"
    assert subjects_of(text, gaz)[1.8] == "郴州市"


# ---------------------------------------------------------------- 被授予X称号: the honour's scope

_H94 = ("2月9日,双峰县甘棠镇召开2022年总结表彰暨2023年工作动员大会。\n"
        "2022年,甘棠镇强基础、兴产业、提效能、促振兴,完成总部经济税收收入1200万元。"
        "成功创建为国家级“扫黄打非”进基层示范乡镇,被授予湖南省“诗词之镇”称号,"
        "社会治理综合治理综合考核排全县第二。")                                   # dev5 h94


def test_a_place_after_an_honouring_verb_is_not_the_topic(gaz):
    assert subjects_of(_H94, gaz)[2.0] == "甘棠镇"                               # was 湖南省


def test_a_place_before_the_honour_stays_the_topic(gaz):
    text = _H94.replace("被授予湖南省", "湖南省授予其")
    assert subjects_of(text, gaz)[2.0] == "湖南省"


# ---------------------------------------------------------------- “X、Y” ranked: one slogan, one rank

def test_a_quoted_slogan_with_a_comma_of_enumeration_is_one_ranked_item(gaz):
    text = _H94.replace("社会治理", "安全生产“强执法、防事故”综合考核排全市第一,社会治理")      # dev5 h94
    ranks = [m for m in metric_rows(text, gaz) if m[2] == 1.0]
    assert [indicator for _, indicator, _, _ in ranks] == ["安全生产“强执法、防事故”综合考核全市排名"]


def test_unquoted_items_of_a_rank_are_still_ranked_each(gaz):
    text = _H94.replace("社会治理", "地方财政收入、税收收入排全市第一,社会治理")
    ranks = [m for m in metric_rows(text, gaz) if m[2] == 1.0]
    assert [indicator for _, indicator, _, _ in ranks] == ["地方财政收入全市排名", "税收收入全市排名"]


# ---------------------------------------------------------------- containers as measure words

def test_a_product_counted_in_cellars_keeps_its_measure_word(gaz):
    text = ("靖州县不断培育特色农业产业,全县杨梅种植面积达10.3万亩,总产值达14.5亿元;"
            "茯苓种植320万窖,在10个省152个基地种植2000万窖,总产值达46.7亿元。")        # dev5 h108
    units = {value: unit for _, _, value, unit in metric_rows(text, gaz)}
    assert units[320.0] == units[2000.0] == "万窖"                              # was 万 (no unit)


def test_a_container_word_not_after_a_number_is_no_unit(gaz):
    text = "靖州县茯苓种植面积达320万亩,瓶装蜂蜜畅销。"
    assert [(value, unit) for _, _, value, unit in metric_rows(text, gaz)] == [(320.0, "万亩")]


# ---------------------------------------------------------------- cities listed with cities

def test_cities_outside_hunan_listed_with_other_cities_are_places(gaz):
    text = ("新邵县召开招商工作会。为实现精准招商,先后在杭州、广州、北京设立3个流动招商小分队,"
            "成立常驻长三角地区的招商服务中心。")                                       # dev5 h107
    _, mentions, _ = places_of(text, gaz)
    assert {"杭州", "广州", "北京"} <= set(surfaces(mentions))                   # was 北京 only


def test_a_city_short_name_listed_with_a_mountain_is_not_read(gaz):
    text = "新邵县组织游客赴黄山、泰山等地观光。"
    _, mentions, _ = places_of(text, gaz)
    assert "黄山" not in surfaces(mentions)


# ---------------------------------------------------------------- 由原A、B、C三个村合并而成

_H101 = ("张家界市永定区官黎坪街道仙人溪村党支部书记张明忠说。\n"
         "仙人溪村是张家界永定区最大的村,2016年由原仙人溪、犀牛潭、熊壁岩三个村合并而成,村情复杂。")   # dev5 h101


def test_the_former_villages_a_village_was_merged_from_are_villages_of_its_county(gaz):
    _, mentions, new = places_of(_H101, gaz)
    assert {"犀牛潭", "熊壁岩"} <= set(surfaces(mentions))
    assert "仙人溪" not in surfaces(mentions)                # the merged village itself
    parents = {e.name: e.parent for e in new}
    assert parents["犀牛潭"] == parents["熊壁岩"] == "430802"                  # 永定区


def test_a_list_not_counted_as_villages_is_not_read_as_villages(gaz):
    _, mentions, _ = places_of(_H101.replace("三个村合并而成", "三个项目组成"), gaz)
    assert "犀牛潭" not in surfaces(mentions)


def test_the_merged_village_stays_the_subject_of_its_figures(gaz):
    text = ("平江县三市镇凤凰山村是岳阳经开区扶贫干部驻点扶贫的村。\n"
            "凤凰山村由过去的长源、凤阳、中坪、山峰等4个贫困村合并而成,共有62个村民小组,1209户5109人。")  # review1 towns/02
    found = subjects_of(text, gaz)
    assert found[62.0] == found[5109.0] == "凤凰山村"


# ---------------------------------------------------------------- <county><name>村

_H103 = ("张家界市全力推进脱贫攻坚。市委书记虢正贵把桑植县水田坪村作为“联乡包村”脱贫责任点,"
         "市长刘革安联系深度贫困村桑植县仓关峪村,36名市级领导干部每人帮扶1至2个深度贫困村。")   # dev5 h103


def test_a_village_written_right_after_its_county_is_a_village_of_the_county(gaz):
    _, mentions, new = places_of(_H103, gaz)
    assert "仓关峪村" in surfaces(mentions)
    assert {e.name: e.parent for e in new}["仓关峪村"] == "430822"               # 桑植县


def test_a_set_phrase_after_a_county_is_no_village(gaz):
    _, mentions, _ = places_of("保靖县发展壮大村集体经济,全县村集体收入稳步增长。", gaz)
    assert "发展壮大村" not in surfaces(mentions)


# ---------------------------------------------------------------- <town><gazetteer village><坪>村

def test_a_gazetteer_village_run_on_by_a_topographic_character_is_the_longer_village(gaz):
    text = "12月9日,张家界市中级人民法院驻桑植县走马坪白族乡前村坪村第一书记王波就忙得脚不沾地。"   # dev5 h103
    _, mentions, new = places_of(text, gaz)
    assert "前村坪村" in surfaces(mentions) and "前村" not in surfaces(mentions)      # was 前村
    assert {e.name: e.parent for e in new}["前村坪村"] == "430822/走马坪白族乡"


def test_a_gazetteer_village_run_on_by_a_verb_stays_itself(gaz):
    _, mentions, _ = places_of("桑植县走马坪白族乡前村建村部,群众踊跃参与。", gaz)
    assert "前村" in surfaces(mentions)


# ---------------------------------------------------------------- 湖南万橡二期项目: a company's project

def test_a_province_heading_a_project_named_by_an_unknown_word_is_its_prefix(gaz):
    text = "一批项目落户麻阳县,湖南万橡二期项目建成试生产,橙美生物科技枳壳加工项目开工建设。"   # dev5 h95
    _, mentions, _ = places_of(text, gaz)
    assert "湖南" not in surfaces(mentions)                                        # was 湖南


def test_a_province_before_a_generic_project_word_stays_a_place(gaz):
    _, mentions, _ = places_of("湖南重点项目建设加快推进,麻阳县新开工项目12个。", gaz)
    assert "湖南" in surfaces(mentions)


# ---------------------------------------------------------------- 在X的坚强领导下, : a frame, not the topic

_XIANGXIANG = ("湘乡市政府工作报告。\n2020年是极不平凡的一年。面对复杂多变的宏观形势,在市委的坚强领导下,"
               "在市人大、市政协的监督支持下,全市上下认真贯彻决策部署,地区生产总值突破500亿元,增长4.1%;"
               "财政总收入23.42亿元,增长5.2%。")              # newarts4 prg4_08 (a fresh article of the genre)


def test_a_body_inside_a_zai_xia_frame_gives_way_to_the_whole_city_after_it(gaz):
    found = subjects_of(_XIANGXIANG, gaz)
    assert found[500.0] == found[23.42] == "湘乡市"                             # was 湘乡市委


def test_a_body_opening_its_clause_without_a_frame_stays_the_subject(gaz):
    text = _XIANGXIANG.replace("在市委的坚强领导下,在市人大、市政协的监督支持下,全市上下", "市委带领全市上下")
    assert subjects_of(text, gaz)[23.42] == "湘乡市委"
