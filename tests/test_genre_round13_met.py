"""graph.metrics, round 13 (from the fresh set dev10): causes of metric errors seen in dev10 and
in older development sets. Each rule has a sentence quoted from a development set and a
counter-example (our own writing) it must not fire on; the whole pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one, units_of


# ---------------------------------------------------------------- a grassroots cadre's own figures

def test_pronoun_after_a_company_head_is_that_person(gaz):
    # dev8 h178: 他 is the shop's 负责人 named in the same sentence; the hours are his
    text = ("新晃康健大药房的负责人陈龙告诉记者,今年疫情期间,无法直接到政务中心区办理食品经营许可证,"
            "他电话联系县政务中心后,直接走网上“绿色通道”,原本需要10个工作日才能办好的证,不到6个小时就办好了。\n")
    metrics = _metrics(gaz, text)
    assert _one(metrics, 6, "小时").subject == "陈龙"
    assert _one(metrics, 10, "个工作日").subject == "陈龙"


def test_age_before_a_community_cadre_named_again(gaz):
    # dev10 h228: 今年24岁的汤春花 is the community cadre named with her post before
    text = ("常德市西洞庭管理区金凤街道白芷湖社区孕妇黄倩倩突发紧急情况,她拨打社区电话求助。"
            "社区干部汤春花在社区网格地图确定其住宅位置,及时赶到将她送到医院。"
            "今年24岁的汤春花负责社区妇幼工作。\n")
    assert _one(_metrics(gaz, text), 24, "岁").subject == "汤春花"


def test_pronoun_after_a_county_leader_is_no_subject(gaz):
    # counter-example: a county's leader speaks for the county; 他 is not the figures' subject
    text = ("汉寿县县长李建新到岩汪湖镇调研。他说,今年全县完成固定资产投资120亿元。\n")
    assert _one(_metrics(gaz, text), 120, "亿元").subject != "李建新"


def test_pronoun_in_a_later_paragraph_is_not_the_cadre_quoted_before(gaz):
    # counter-example: the village cadre spoke in the paragraph before; 他 here is someone else
    text = ("“今年村里种了油茶。”岩汪湖镇青山村党支部书记王德明介绍。\n"
            "青山村刘大海一家五口,他今年加入护林队伍后,预计年增收6000多元。\n")
    assert _one(_metrics(gaz, text), 6000, "元").subject != "王德明"


# ---------------------------------------------------------------- 上万只, 十多万元: amounts without digits

def test_reaching_a_magnitude_is_one_of_it(gaz):
    # dev10 h219 (出栏山羊上万只), dev6 h144 (每月纯收入上万元), dev6 h136 (就业岗位上万个)
    text = "目前,横塘镇山羊养殖超百只的大户发展到42家,出栏山羊上万只,产值3000余万元。\n"
    m = _one(_metrics(gaz, text), 1, "万只")
    assert (m.subject, m.indicator, m.approximate) == ("横塘镇", "出栏山羊", "上")


def test_chinese_tens_with_about_and_a_magnitude_is_an_amount(gaz):
    # dev10 h219: 一年收入十多万元 is 10 万元, an amount like 十万元, not wording like 十多个
    text = "“今年养了100多只羊,学了不少养羊经验,一年收入十多万元。”村民周建平说。\n"
    assert _one(_metrics(gaz, text), 10, "万元").subject == "周建平"


def test_up_before_a_magnitude_word_that_is_no_amount(gaz):
    # counter-examples: 上 ends a word before 万 with no unit (晚上万家灯火), and a threshold
    # before a noun stays a class (超万人企业)
    assert units_of("晚上万家灯火,广场上万众欢腾。") == []
    assert units_of("全县超万人企业3家。") == [(3.0, "家")]
