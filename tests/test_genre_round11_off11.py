"""Eleventh round (off11): rules of the genre found on the development sets dev8 (h171–h190) and
dev9 (h191–h210), for officials. Each rule is tested on its quoted sentence with a counter-example."""
from __future__ import annotations

from support import officials_and_citizens, officials_of


# ---------------------------------------------------------------- 致欢迎辞 / 领誓 after a name

WELCOME = ("会议由县委常委、常务副县长陈卫红主持,副县长张弼致欢迎辞。")     # dev8 h188
OATH = ("第二批为县政府正副县长,由县长庞波领誓;")                          # dev9 h192


def test_an_address_or_a_led_oath_after_a_name_ends_it(gaz):
    assert {p for p, _r, _o in officials_of(WELCOME, gaz)} >= {"张弼"}          # was 张弼致
    assert "张弼致" not in {p for p, _r, _o in officials_of(WELCOME, gaz)}
    assert {p for p, _r, _o in officials_of(OATH, gaz)} == {"庞波"}             # was 庞波领


def test_a_given_name_with_zhi_or_ling_stays_whole(gaz):
    assert "王致远" in {p for p, _r, _o in officials_of("县长王致远出席会议。", gaz)}
    assert "李领先" in {p for p, _r, _o in officials_of("副县长李领先出席会议。", gaz)}


# ---------------------------------------------------------------- 执行主席 of the session's assembly

SESSION = ("县十七届人大一次会议胜利闭幕\n今天下午,县十七届人大一次会议圆满完成了大会各项议程,胜利闭幕。"
           "闭幕式由执行主席魏岳林主持,本次大会执行主席汤祚国、庞波、陈德、魏岳林在主席台前排就坐。")   # dev9 h192


def test_session_chairs_with_no_place_are_posts_of_the_sessions_assembly(gaz):
    officials = officials_of(SESSION, gaz)
    for name in ("汤祚国", "庞波", "陈德", "魏岳林"):
        assert (name, "执行主席", "县人大") in officials                     # was an empty body
    cppcc = officials_of("市政协五届三次会议开幕。执行主席王明、李强在主席台就座。", gaz)
    assert ("王明", "执行主席", "市政协") in cppcc


def test_session_chairs_keep_the_article_place_and_need_a_session(gaz):
    placed = officials_of("新宁县政协十届五次会议开幕。执行主席何韬主持。", gaz)
    assert ("何韬", "执行主席", "新宁县") in placed                          # the place, as before
    assert ("王明", "执行主席", "") in officials_of("大会召开。执行主席王明主持。", gaz)   # no session written


# ---------------------------------------------------------------- one post with and without a body

BODILESS = ("第二批为县政府正副县长,由县长庞波领誓。新当选的县人民政府县长庞波发表了就职表态发言。")   # dev9 h192


def test_a_post_read_without_a_body_is_the_same_post_read_with_one(gaz):
    officials = officials_of(BODILESS, gaz)
    assert ("庞波", "县长", "县政府") in officials
    assert ("庞波", "县长", "") not in officials                             # was a second, empty post
    chaired = officials_of("会议由县长庞波主持。新当选的县人民政府县长庞波发表讲话。", gaz)
    assert chaired == {("庞波", "县长", "县政府")}


def test_a_bodiless_post_of_another_title_stays(gaz):
    officials = officials_of("会议由副县长庞波主持。新当选的县人民政府县长庞波发表讲话。", gaz)
    assert ("庞波", "副县长", "") in officials


# ---------------------------------------------------------------- NAME + 来 + place / 向 + verb: a two-character name

VISIT = "期间,农业农村部农产品质量安全监管司司长肖放来湖南展厅永顺展位视察。"        # dev8 h180
TOWARD = ("梅花村党总支书记刘准向参加全国“万企兴万村”行动中部片区座谈会的领导嘉宾介绍情况时,"
          "脸上洋溢着丰收的喜悦。")                                                  # dev7 h167


def test_a_one_character_verb_before_a_place_or_a_preposition_before_a_verb_ends_the_name(gaz):
    assert "肖放" in {p for p, _r, _o in officials_of(VISIT, gaz)}                 # was 肖放来
    assert {p for p, _r, _o in officials_of(TOWARD, gaz)} == {"刘准"}             # was 刘准向


def test_three_character_names_with_lai_or_xiang_stay_whole(gaz):
    assert {p for p, _r, _o in officials_of("县长王来福来到现场。", gaz)} == {"王来福"}
    assert {p for p, _r, _o in officials_of("县长李向东参加会议。", gaz)} == {"李向东"}
    assert {p for p, _r, _o in officials_of("县长孔祥同出席会议。", gaz)} == {"孔祥同"}   # 同 is no 向/对/给


# ---------------------------------------------------------------- citizens: 学员X, 爱好者A、B (each name of the list)

FANS = ("民生南路爱心乒乓球健身馆里却热气腾腾,乒乓球爱好者黄湘林、曹国松和十多位居民挥动球拍全力拼搏。")   # dev9 h209
TRAINEE = "分水乡教学点学员冯大洋激情洋溢地讲述了在导师的指导和帮助下开展工作的经历。"               # dev9 h191


def citizens_of(text: str, gaz) -> set[str]:
    return officials_and_citizens(text, gaz)[1]


def test_each_name_listed_after_a_citizen_word_is_a_person(gaz):
    assert citizens_of(FANS, gaz) >= {"黄湘林", "曹国松"}                    # were both missed
    assert citizens_of("村民黄湘林、曹国松等人参加义务劳动。", gaz) >= {"黄湘林", "曹国松"}   # 曹国松 was missed
    assert "冯大洋" in citizens_of(TRAINEE, gaz)


def test_a_citizen_word_with_no_name_after_it_names_nobody(gaz):
    assert citizens_of("培训班学员认真听讲,乒乓球爱好者协会成立。", gaz) == set()
    officials, citizens, _m = officials_and_citizens("村民黄湘林、县领导李明出席。", gaz)
    assert "李明" not in citizens and ("李明", "县领导", "") in {(p, r, "") for p, r, _o in officials}


# ---------------------------------------------------------------- NAME转任 X一职: a career move names the new post

MOVE = ("郭塨调往市食药监局的同时,长沙市人口和计划生育委员会党组书记、主任周敏转任新组建的市卫生和计划生育委员会主任一职。")  # dev7 h153


def test_a_career_move_names_the_new_post(gaz):
    officials = officials_of(MOVE, gaz)
    assert ("周敏", "主任", "长沙市卫生和计划生育委员会") in officials          # was missed
    assert ("周敏", "主任", "长沙市人口和计划生育委员会") in officials
    moved = officials_of("长沙市召开会议。周敏调任市卫生局局长。", gaz)
    assert moved == {("周敏", "局长", "长沙市卫生局")}                          # was 周敏调


def test_a_move_word_inside_other_words_names_no_post(gaz):
    assert officials_of("长沙市召开会议。周敏升任务繁重。", gaz) == set()
    assert officials_of("长沙市召开会议。周敏主任务实肯干。", gaz) == set()


# ---------------------------------------------------------------- …副秘书长、办公厅主任: the general office of the body before

OFFICE = ("省人大常委会调研组一行来永州调研,并召开座谈会。省人大常委会副秘书长、办公厅主任刘文新,"
          "永州市人大常委会党组书记、主任张树华出席。")                                       # dev8 h172


def test_the_general_office_after_a_chain_is_the_previous_bodys(gaz):
    officials = officials_of(OFFICE, gaz)
    assert ("刘文新", "省人大常委会副秘书长", "湖南省人大常委会") in officials      # was lost
    assert ("刘文新", "主任", "湖南省人大常委会办公厅") in officials               # was 主任 / 永州市


def test_an_office_with_no_chain_before_it_is_not_joined(gaz):
    officials = officials_of("永州市召开会议。办公厅主任刘文新出席。", gaz)
    assert not any("人大" in org for _p, _r, org in officials)


# ---------------------------------------------------------------- bylines: a four-character name between role words

def test_a_four_character_name_after_a_role_word_is_one_name():
    from graph.text import role_credits
    credit = "湘潭日报社全媒体记者 郑镱慧子 通讯员 吕莉"                                   # dev9 h198
    assert [name for name, _at, _role in role_credits(credit)] == ["郑镱慧子", "吕莉"]   # both were lost


def test_four_characters_that_are_two_names_or_no_name_stay_so():
    from graph.text import role_credits
    assert [name for name, _at, _role in role_credits("记者 李明王强")] == ["李明", "王强"]
    assert role_credits("通讯员 队伍壮大") == []


def test_a_source_label_may_open_a_credit():
    from graph.text import role_credits
    credit = "来源:郴州日报 通讯员 李明华 张孝义"                                         # dev9 h208
    assert [name for name, _at, _role in role_credits(credit)] == ["李明华", "张孝义"]   # were lost
    assert role_credits("来源:郴州日报") == [] and role_credits("来源：新华社") == []    # an outlet names nobody
