"""Twenty-third round (org): rules of the genre for organisations, from causes found in fresh
Hunan local-government articles (investment visits, enterprise forums, co-operatives, project
items). Each rule is tested on a sentence quoted from one of those articles and on a
counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a company's trade that opens actors elsewhere

def test_a_verbal_noun_before_the_legal_form_is_the_trade(gaz):
    text = ("湖南鑫远投资集团有限公司执行总裁喻磊提出,希望区里对影响片区重大发展的疑难问题成立专班、专组、专克,"
            "也希望与政府增加联动的机会。")
    assert "湖南鑫远投资集团有限公司" in named(text, gaz)


def test_a_verbal_noun_alone_before_the_legal_form_names_no_company(gaz):
    orgs = named("县里今年引进投资公司三家。", gaz)
    assert not any(name.endswith("投资公司") for name in orgs)


# ---------------------------------------------------------------- a brand the dictionary reads as a time

def test_a_rare_time_word_after_the_province_is_the_brand(gaz):
    text = "来到湖南春晓新能源有限公司,谭建华深入企业生产车间,详细了解企业复工复产情况。"
    orgs = named(text, gaz)
    assert "湖南春晓新能源有限公司" in orgs
    assert "新能源有限公司" not in orgs


def test_a_common_time_word_after_a_place_is_a_date(gaz):
    orgs = named("湖南今年新能源公司增加了一倍。", gaz)
    assert not any("今年" in name for name in orgs)


# ---------------------------------------------------------------- a former name after 由原

def test_a_former_name_after_by_former_is_a_body_of_its_own(gaz):
    text = "湖南建投集团由原湖南建工集团与湖南交水建集团合并组建,是一家大型千亿级国有企业集团。"
    orgs = named(text, gaz)
    assert {"湖南建投集团", "湖南建工集团", "湖南交水建集团"} <= orgs
    assert not any("由原" in name for name in orgs)
    assert "国有企业集团" not in orgs   # a kind of enterprise group, no name


# ---------------------------------------------------------------- a class of co-operatives

def test_a_verb_before_a_class_of_cooperatives_names_none(gaz):
    text = ("平江县引导农民专业合作社朝着“粮食、畜牧、茶叶、中药材、油茶和楠竹”六大产业集约式发展;"
            "政府还拿出了100万元鼓励合作社创立品牌。")
    orgs = named(text, gaz)
    assert not any(name.endswith("合作社") for name in orgs)


def test_a_cooperative_of_common_nouns_only_is_the_class(gaz):
    text = "据统计,平江县已正式注册的各类农民科技专业合作社有33个。他逢人便说,搭帮加入了金领农民种植合作社。"
    orgs = named(text, gaz)
    assert "金领农民种植合作社" in orgs
    assert "农民科技专业合作社" not in orgs


def test_a_cooperative_named_by_its_place_is_a_body(gaz):
    text = "9月5日,洞口县金稻粮油专业合作社负责人尹邹平与村民一起,一边收割稻谷。"
    assert "洞口县金稻粮油专业合作社" in named(text, gaz)


# ---------------------------------------------------------------- 暨 joins two names

def test_a_meeting_joined_by_ji_leaves_the_body_after_it(gaz):
    text = ("8月26日下午,天心区工商业联合会组织召开“一军三区”怎么干民营企业家座谈会暨区工商联(商会)"
            "六届一次主席(会长)会议。")
    orgs = named(text, gaz)
    assert "天心区工商联" in orgs
    assert not any("暨" in name for name in orgs)


# ---------------------------------------------------------------- a list of company heads

FORUM = ("市政协主席会议成员一行先后来到位于望城区的湖南泰嘉新材料股份有限公司。随后召开座谈会。"
         "泰嘉新材料董事长方鸿、麓湘小镇酒店董事长曹坤、辰波建设总经济师聂志强先后发言。")


def test_companies_listed_beside_a_known_company_by_their_heads(gaz):
    orgs = named(FORUM, gaz)
    assert {"麓湘小镇酒店", "辰波建设"} <= orgs
    assert "泰嘉新材料" not in orgs   # the short form of the company named before


def test_a_list_of_heads_with_no_known_company_names_none(gaz):
    orgs = named("座谈会上,麓湘小镇酒店董事长曹坤、辰波建设总经济师聂志强先后发言。", gaz)
    assert "麓湘小镇酒店" not in orgs


# ---------------------------------------------------------------- 和县 between two bodies

def test_and_before_a_level_character_joins_two_bodies(gaz):
    text = "本次赛事由县文旅广体局主办,县体育总会和县足球协会承办。桑植县足球协会会长许可说道。"
    orgs = named("桑植县举行比赛。" + text, gaz)
    assert "桑植县足球协会" in orgs
    assert not any("和县" in name for name in orgs)


def test_he_county_written_after_its_province_is_a_county(gaz):
    assert "安徽省和县农业农村局" in named("安徽省和县农业农村局参加。", gaz)


# ---------------------------------------------------------------- a club

def test_a_club_of_a_trade_alone_is_a_kind_of_club(gaz):
    text = "近年来,我市足球运动发展迅速,有自发成立的足球队20多支,足球俱乐部6家。"
    assert not any(name.endswith("俱乐部") for name in named("邵阳市召开会议。" + text, gaz))


def test_a_club_named_by_its_place_is_a_body(gaz):
    assert "攸县篮球俱乐部" in named("攸县篮球俱乐部参加比赛。", gaz)


# ---------------------------------------------------------------- the home province's chambers elsewhere

def test_a_chamber_named_by_its_host_is_still_a_body(gaz):
    assert "浙江省湖南商会" in named("浙江省湖南商会会长黄勇参加会议。", gaz)


# ---------------------------------------------------------------- an office abbreviated into a verb ending in 办

def test_an_abbreviated_office_ending_in_a_verb_is_a_body(gaz):
    # the sentence of a round-22 fresh article (湖南异地商会联谊会成立大会) whose miss that round left open
    text = "余湘军回顾了联谊会筹备经过,对湖南省民政厅、省经协办及其他有关部门的支持表示诚挚的谢意。"
    assert "湖南省经协办" in named(text, gaz)


def test_a_cosponsor_verb_after_a_body_is_no_office(gaz):
    text = "首届湘商大会由省政府主办,省经济技术协作办、省工商联、长沙市政府承办。此事由市长督办,省文联协办。"
    orgs = named(text, gaz)
    assert not any(name.endswith(("主办", "督办", "协办")) for name in orgs)


# ---------------------------------------------------------------- an arts or sports association written short

def test_a_short_association_after_its_level_is_a_body(gaz):
    text = ("邵阳新闻在线讯 12月16日上午,百余名足球爱好者汇聚一堂,庆祝市足球协会成立。然而,由于市内场地缺乏,"
            "没有官方认可的足球组织,我市无法参加省足协和各地足协组织的活动和比赛。")
    orgs = named("邵阳市" + text, gaz)
    assert "湖南省足协" in orgs
    assert "各地足协" not in orgs


def test_an_agreement_of_cooperation_is_no_short_association(gaz):
    orgs = named("双方签订合作协议,加强工作协调。", gaz)
    assert not any(name.endswith(("作协", "协议")) for name in orgs)


def test_a_cooperative_of_a_word_tagged_as_a_place_that_is_none_is_the_class(gaz):
    # 山羊 is tagged as a place name by the dictionary; no gazetteer place is named so
    orgs = named("镇里鼓励农户加入山羊养殖合作社。", gaz)
    assert not any(name.endswith("合作社") for name in orgs)


def test_a_village_named_before_its_collective_cooperative_names_it(gaz):
    text = "位于醪田镇的这家专业合作社获评示范社。醪田镇花桥村集体经济合作社负责协调用地。"
    assert any(name.endswith("花桥村集体经济合作社") for name in named(text, gaz))
