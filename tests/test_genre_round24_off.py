"""Round 24 (off): rules of the genre for officials found on fresh articles (a former post written
body + 原 + title, a democratic party's central committee in a national leader's chain, a body named
for the activity it promotes, the surname 任 before a name whose second character is a surname).
Each rule is tested on a sentence of those articles and on a counter-example it must not fire on."""
from __future__ import annotations

from support import officials_and_citizens, officials_of, orgs_of


# ---------------------------------------------------------------- BODY原TITLE: a former post of the body

FORMER_CHAIN = ("9月13日，湖南省政协原副主席、民革湖南省委会原主委刘晓一行赴石门县参加完成改扩建的洞国学校秋季开学典礼，"
                "中共石门县委副书记、县长邓碧波等县领导和教育界人士出席。")


def test_a_former_post_written_after_its_body_keeps_the_body(gaz):
    found, _citizens, mentions = officials_and_citizens(FORMER_CHAIN, gaz)
    assert ("刘晓", "省政协副主席", "湖南省政协") in found
    assert any(p == "刘晓" and o == "民革湖南省委会" for p, _r, o in found)
    assert not any(p == "刘晓" and o == "石门县" for p, _r, o in found)
    assert {m.status for m in mentions if m.person == "刘晓"} == {"former"}


def test_a_former_ministry_post_in_a_chain_keeps_the_post_before_it(gaz):
    text = "中国高等教育学会会长、教育部原副部长周远清，省委党校常务副校长徐晨光做专题报告。"
    found = officials_of(text, gaz)
    assert ("周远清", "会长", "中国高等教育学会") in found
    assert ("周远清", "副部长", "教育部") in found


def test_yuan_inside_a_place_name_is_no_former_marker(gaz):
    found, _citizens, mentions = officials_and_citizens("山西太原市长刘晓出席。", gaz)
    assert ("刘晓", "市长", "太原市政府") in found
    assert {m.status for m in mentions} == {"current"}


# ---------------------------------------------------------------- 民革中央: a democratic party's centre

def test_a_democratic_party_centre_is_the_body_of_its_post(gaz):
    text = "在全国政协副主席、民革中央常务副主席郑建邦的亲切关怀下，洞国学校一期工程已竣工。"
    found = officials_of(text, gaz)
    assert ("郑建邦", "副主席", "全国政协") in found
    assert ("郑建邦", "常务副主席", "民革中央") in found


def test_a_party_committee_of_a_place_is_no_party_centre(gaz):
    assert "民革中央" not in orgs_of("民革湖南省委会和郑洞国教育基金会鼎力支持。", gaz)


# ---------------------------------------------------------------- 投资促进局: the object of 促进 in a body's name

def test_a_promotion_bureau_keeps_the_activity_it_promotes(gaz):
    text = "长沙市商务局局长高伟，长沙市投资促进事务局局长黄首平，中共长沙市天心区委书记朱东铁等出席。"
    assert ("黄首平", "局长", "长沙市投资促进事务局") in officials_of(text, gaz)


def test_investing_that_promotes_is_no_body(gaz):
    assert orgs_of("企业投资促进了县域经济发展。", gaz) == {}


# ---------------------------------------------------------------- 任 the surname before a surname-like character

def test_ren_after_a_title_opens_a_name_whose_second_character_is_a_surname(gaz):
    text = ("出席开学典礼并在主席台就座的领导有：省委老干部局副局长任罗生，"
            "省老干部事务中心党委书记、主任、一级调研员张年文。")
    assert ("任罗生", "副局长", "湖南省委老干部局") in officials_of(text, gaz)


def test_ren_before_a_title_is_the_verb(gaz):
    assert not officials_of("会议明确，副县长任组长，县教育局局长任副组长。", gaz)


# ---------------------------------------------------------------- 、PLACE + body: the chain's mark before the place

CHAMBER_CHAIN = ("湖南省工商联（总商会）副会长、香港长沙商会副会长、绿之韵集团董事长胡国安受邀出席本次活动，"
                 "并接受湖南卫视《新闻联播》采访。")


def test_a_place_before_a_named_body_does_not_cut_the_chain(gaz):
    found = officials_of(CHAMBER_CHAIN, gaz)
    assert ("胡国安", "副会长", "湖南省工商联（总商会）") in found
    assert ("胡国安", "董事长", "绿之韵集团") in found


def test_one_title_in_two_bodies_of_one_chain_is_two_posts(gaz):
    found = officials_of(CHAMBER_CHAIN, gaz)
    assert {o for p, r, o in found if p == "胡国安" and r == "副会长"} == {"湖南省工商联（总商会）", "长沙商会"}


def test_a_title_before_a_comma_and_a_place_is_no_chain(gaz):
    found = officials_of("他曾任县委书记，香港长沙商会副会长胡国安说。", gaz)
    assert not any(p == "胡国安" and r.endswith("书记") for p, r, _o in found)


# ---------------------------------------------------------------- TITLE人选、: a candidate's post in a chain

GUESTS = ("永兴县委副书记、县委统战部部长侯建平，县人大常委会副主任罗艳花，县政府副县长候选人李检华，"
          "县政协副主席人选、县教育局局长曹永，县教育基金会党支部书记罗小平，县规委会副主任王塘生，"
          "以及相关部门、单位负责人等应邀参加庆典。")


def test_a_candidates_post_before_the_chains_mark_is_kept_nominated(gaz):
    found, _citizens, mentions = officials_and_citizens(GUESTS, gaz)
    assert ("曹永", "县政协副主席人选", "永兴县政协") in found
    assert ("曹永", "局长", "永兴县教育局") in found
    status = {(m.person, m.role): m.status for m in mentions}
    assert status[("曹永", "县政协副主席人选")] == "nominated"
    assert status[("曹永", "局长")] == "current"


def test_a_candidate_word_before_a_clause_is_no_post(gaz):
    assert not officials_of("大家都说他是合适人选、很有能力。", gaz)


# ---------------------------------------------------------------- 规委会: the level's planning commission

def test_the_planning_commission_written_short_is_the_levels_body(gaz):
    assert ("王塘生", "副主任", "永兴县规委会") in officials_of(GUESTS, gaz)


def test_a_planning_commission_with_no_place_or_level_is_no_body(gaz):
    assert orgs_of("规委会审议通过了方案。", gaz) == {}


# ---------------------------------------------------------------- 担任 TITLE 的 NAME: the holder after 的

def test_a_relative_clause_of_holding_names_the_holder_after_de(gaz):
    text = ("“以前是我们来找夏书记申报项目，现在是她带着我们上项目。”雨湖区鹤岭镇晶鑫村党总支书记刘鹏口中的夏书记，"
            "正是雨湖区发展和改革局派驻晶鑫村，担任乡村振兴驻村第一书记的夏文娟。")
    found = officials_of(text, gaz)
    assert any(p == "夏文娟" and r == "驻村第一书记" for p, r, _o in found)
    assert ("刘鹏", "党总支书记", "雨湖区鹤岭镇晶鑫村党总支") in found


def test_a_title_before_de_without_a_verb_of_holding_is_no_relative_clause(gaz):
    assert not officials_of("他担任过县委书记，村党支部书记的张贤祥也来了。", gaz)
    assert not officials_of("县委书记的讲话很好，大家认真学习。", gaz)


def test_a_leader_among_citizens_in_a_relative_clause_stays_a_citizen(gaz):
    text = "小区成立了志愿服务队。担任志愿者队长的张贤祥，每天都在小区里巡逻。"
    assert not any(p == "张贤祥" for p, _r, _o in officials_of(text, gaz))
