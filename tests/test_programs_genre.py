"""Programs on the genre of new Hunan articles (festivals, staged events, runners, project
names, name boundaries): real sentences of the reviewers' articles, with counter-examples."""
from __future__ import annotations

import pytest

from graph.programs import NATIONAL, extract_programs
from graph.text import make_document
from support import place_mentions as places_in


def run(text: str, gaz, place_names=(), article_place: str | None = None, orgs=()):
    doc = make_document(text)
    places = places_in(doc.text, gaz, list(place_names))
    art = {0: gaz.lookup(article_place)[0].key} if article_place else {}
    return extract_programs(doc, places, list(orgs), gaz, art)


def by_name(found) -> dict[str, tuple[str, str | None]]:
    return {m.name: (m.kind, m.place_key) for m in found}


def place_name(gaz, key: str | None) -> str | None:
    return gaz.get(key).name if key else None


# ---------------------------------------------------------------- C1: staged events

def test_festival_with_year_ordinal_and_place_is_an_event_of_that_place(gaz):
    found = by_name(run("今日,2018湖南首届油菜花节在衡阳县库宗桥镇华山村启幕,包含启动仪式、系列活动发布。",
                        gaz, ["湖南", "衡阳县"]))
    kind, key = found["2018湖南首届油菜花节"]
    assert kind == "event" and place_name(gaz, key) == "湖南省"


def test_festival_with_ordinal_only(gaz):
    found = by_name(run("今年8月底举办的首届月饼文化旅游节期间,累计吸引游客5万人次。", gaz))
    assert found["首届月饼文化旅游节"][0] == "event"


@pytest.mark.parametrize("text", [
    "春节期间,全县各景区接待游客10万人次。",                 # a holiday
    "今年中秋节前后,该镇月饼销售火爆。",                       # a holiday with a 2-character core
    "坚持以“改革、创新、精简、节约、实效”为基本原则,厉行节约。",  # 节 heads a word
    "紧盯薄弱环节,强化督促检查。",                             # 环节
    "美食节现场聚集了众多游客。",                               # no ordinal, year or place
])
def test_no_festival_without_ordinal_or_for_holidays(gaz, text):
    assert [m for m in run(text, gaz) if m.kind == "event"] == []


def test_exhibition_joined_by_ji_is_an_event_and_exhibition_hall_is_not(gaz):
    found = by_name(run("23日,记者走进第三届湘南承接产业转移投资贸易洽谈会暨湘南新兴轻工产品展所在地。", gaz))
    assert found["湘南新兴轻工产品展"][0] == "event"
    found = by_name(run("在展会现场,还将设立承接产业转移成果展示区、高新科技展示区。", gaz))
    assert not any("成果展" in n for n in found)
    found = by_name(run("邵阳市发改委积极开展项目前期工作。", gaz, ["邵阳市"]))
    assert not any(n.endswith("展") for n in found)


def test_staged_activity_with_ordinal_is_an_event_named_by_its_place(gaz):
    text = "5月10日上午,2022年怀化市第二次重大项目集中开工活动中方县分会场活动在金汇报废汽车回收拆解中心二期项目现场举行。"
    found = by_name(run(text, gaz, ["怀化市", "中方县"]))
    kind, key = found["2022年怀化市第二次重大项目集中开工活动"]
    assert kind == "event" and place_name(gaz, key) == "怀化市"


def test_site_of_an_event_names_the_event_not_the_site(gaz):
    found = by_name(run("2022年怀化市第二次重大项目集中开工中方县分会场活动举行 4个项目集中开工", gaz,
                        ["怀化市", "中方县"]))
    assert found["2022年怀化市第二次重大项目集中开工"][0] == "event"
    assert not any(n.endswith("分会场活动") for n in found)


def test_generic_activity_is_not_an_event(gaz):
    found = run("将此次集中开工活动作为起跑哨,推动项目建设。县直有关部门负责人参加学习考察活动。", gaz)
    assert [m for m in found if m.kind == "event"] == []


def test_quoted_slogan_before_mobilisation_meeting_names_the_meeting(gaz):
    found = by_name(run("全县“奋战八十天 决战四季度”动员大会召开", gaz))
    assert found["奋战八十天决战四季度动员大会"][0] == "event"
    assert "奋战八十天决战四季度" in found          # the slogan stays a program of its own
    found = by_name(run("县长作“奋战八十天,决战四季度”动员讲话。", gaz))
    assert not any(n.endswith("动员讲话") for n in found)


# ---------------------------------------------------------------- C2: who runs a program

_FAIR = ("23日,记者走进第三届湘南承接产业转移投资贸易洽谈会所在地——郴州市国际会展中心。"
         "“湘南投洽会”是经国务院批准的省级重点经贸活动。今年这届节会以“绿色承接、集聚发展”为主题,")


def test_the_lead_organiser_runs_the_event_not_the_host_city(gaz):
    text = _FAIR + "由省政府主办,省商务厅、省发改委与郴州、衡阳、永州三市政府共同承办。"
    found = by_name(run(text, gaz, ["郴州市"], "郴州市"))
    assert place_name(gaz, found["第三届湘南承接产业转移投资贸易洽谈会"][1]) == "湖南省"


def test_hosts_alone_do_not_change_the_runner(gaz):
    text = _FAIR + "由郴州市国际会展中心承办。"
    found = by_name(run(text, gaz, ["郴州市"], "郴州市"))
    assert place_name(gaz, found["第三届湘南承接产业转移投资贸易洽谈会"][1]) == "郴州市"


def test_a_strategy_the_local_work_fits_into_is_not_run_locally(gaz):
    text = "据了解,这届节会将主动适应“一带一路”战略新要求,以珠三角、港澳台为重点招商区域。"
    found = by_name(run(text, gaz, ["郴州市"], "郴州市"))
    assert found["一带一路"][1] is None
    text = "郴州市大力推进“一带一路”建设,以珠三角为重点招商区域。"
    found = by_name(run(text, gaz, ["郴州市"], "郴州市"))
    assert place_name(gaz, found["一带一路"][1]) == "郴州市"


def test_a_product_origin_is_not_the_runner(gaz):
    text = ("“有才华”油炸美食节现场聚集了众多游客品尝美味的衡阳特产;运动健儿们尽情徜徉。\n"
            "萌娃们和“阿哥”“格格”合影;“国学飘香朗诵”中传来萌娃们朗朗读书声。")
    found = by_name(run(text, gaz, ["衡阳"], "衡阳县"))
    assert place_name(gaz, found["国学飘香朗诵"][1]) == "衡阳县"


# ---------------------------------------------------------------- C4 / metrics 5: project names

def test_invested_descriptive_projects_are_named_even_without_a_proper_word(gaz):
    text = ("投资1亿元的安防线束及汽车线束生产制造项目,投产达效后年产值达3500万元;"
            "投资1亿元的高清摄像头模块生产线项目,该项目投产达效后可实现年产值1亿元。")
    found = by_name(run(text, gaz))
    assert found["安防线束及汽车线束生产制造项目"][0] == "project"
    assert found["高清摄像头模块生产线项目"][0] == "project"
    assert names_of(run("投资1亿元的重点项目有5个。", gaz)) == []   # too short to describe a project


def names_of(found) -> list[str]:
    return [m.name for m in found]


@pytest.mark.parametrize("text, places", [
    ("10月8日,石门县6大项目集中开工,总投资约7亿元。", ["石门县"]),              # place + count
    ("郴州项目总投资达371.1亿元。", ["郴州"]),                                     # place alone
    ("签订合作协议项目1个,签订意向投资协议项目9个。", []),                         # verb phrase, counted
    ("长沙县在一季度项目推进过程中狠抓落实。", ["长沙县"]),                       # a period
    ("围绕产业、民生等五大方面铺排项目建设。", []),                               # a category count
    ("环保发电厂、文化创意产业园等7个PPP项目前期工作进展较快。", []),             # PPP alone
])
def test_collective_references_to_projects_are_not_names(gaz, text, places):
    found = names_of(run(text, gaz, places))
    assert not any(n.endswith("项目") for n in found), found


def test_a_proper_project_name_with_a_place_survives(gaz):
    found = names_of(run("投资2亿元的正大集团乌木溪6000头种猪场项目,该项目位于石门县维新镇。", gaz, ["石门县"]))
    assert "正大集团乌木溪6000头种猪场项目" in found
    found = names_of(run("重点推进湖南石门超级计算公共平台项目建设。", gaz))
    assert "湖南石门超级计算公共平台项目" in found


def test_list_closed_by_a_count_of_projects_names_its_items(gaz):
    text = "城乡供水一体化、归阳特色小城镇建设等34个项目入库,环保发电厂、四明山与落排洲旅游开发、文化创意产业园等7个PPP项目前期工作进展较快。"
    found = names_of(run(text, gaz))
    assert {"城乡供水一体化", "归阳特色小城镇建设", "文化创意产业园"} <= set(found)


def test_siblings_of_a_named_list_item_are_projects(gaz):
    found = names_of(run("胜玉高科、春天制药、美佳妮卫生用品、胜必达服饰等项目主体工程建设已完成。", gaz))
    assert {"春天制药", "胜必达服饰"} <= set(found)
    found = names_of(run("吉恩高速公路、张吉怀高速铁路、古阳河水库等重点项目相继落地。", gaz))
    assert {"吉恩高速公路", "张吉怀高速铁路", "古阳河水库"} <= set(found)


@pytest.mark.parametrize("text", [
    "聚焦产业、民生、基础设施等项目,加大投入。",        # no item is a name
    "当天,华熙生物等19个项目签约落户。",                # one example of a counted set
])
def test_generic_lists_name_nothing(gaz, text):
    assert names_of(run(text, gaz)) == []


# ---------------------------------------------------------------- C6: where a name starts

def test_an_official_and_a_predicate_verb_end_the_name(gaz):
    found = names_of(run("县委常委、常务副县长肖卫宣读开工项目名单。", gaz))
    assert not any("肖卫" in n or "宣读" in n for n in found), found
    found = names_of(run("石门县举行重点项目集中开工仪式。", gaz, ["石门县"]))
    assert not any("举行" in n for n in found), found


def test_a_signature_date_ends_a_document_name(gaz):
    text = "。 中共城步苗族自治县委实施乡村振兴战略领导小组 2021年9月3日 城步苗族自治县巩固提升就业帮扶车间 专项行动实施方案 为全面落实"
    found = names_of(run(text, gaz))
    assert not any("小组" in n or "9月3日" in n for n in found), found


def test_a_boundary_word_overlapping_the_next_word_is_not_a_boundary(gaz):
    found = names_of(run("在金汇报废汽车回收拆解中心二期项目现场举行。", gaz))
    assert "金汇报废汽车回收拆解中心二期项目" in found
    found = names_of(run("县发改局汇报重点项目推进情况。", gaz))   # 汇报 is the verb here
    assert not any("汇报" in n for n in found)


# ---------------------------------------------------------------- C8: 暨 chains, unquoted documents

def test_ji_chains_two_quotes_that_share_a_marker(gaz):
    text = "以开展“作风大整顿、攻坚大行动、双牌大发展”暨“实干大动员、风采大展示”活动为载体,坚持既定的发展目标。"
    found = by_name(run(text, gaz))
    assert found["作风大整顿、攻坚大行动、双牌大发展"][0] == "campaign"
    assert "实干大动员、风采大展示" in found


def test_unquoted_title_ending_in_a_document_word_is_a_policy_document(gaz):
    found = by_name(run("城步苗族自治县巩固提升就业帮扶车间 专项行动实施方案\n为全面落实省委省政府部署。", gaz))
    assert found["城步苗族自治县巩固提升就业帮扶车间专项行动实施方案"][0] == "policy_document"
    found = by_name(run("各乡镇要结合实际制定具体实施方案。", gaz))
    assert found == {}


# ---------------------------------------------------------------- towns 4 and 7

def test_quoted_themed_town_after_a_building_verb_is_a_project_of_the_town(gaz):
    text = "堡子镇以堡子村为主,打造“月饼小镇”,5村已发展柴火月饼生产基地7家。"
    found = by_name(run(text, gaz, ["堡子镇", "堡子村"]))
    kind, key = found["月饼小镇"]
    assert kind == "project" and place_name(gaz, key) == "堡子镇"
    assert "月饼小镇" not in by_name(run("游客来到“月饼小镇”参观。", gaz))


def test_quoted_festival_is_an_event_and_a_quoted_holiday_is_not(gaz):
    found = by_name(run("5个村都在种植油菜,明年春天可以共同举办‘万亩油菜花节’了。", gaz))
    assert found["万亩油菜花节"][0] == "event"
    holiday = by_name(run("组织开展“清明节”祭英烈活动。", gaz))
    assert holiday.get("清明节", ("",))[0] != "event"


def test_toilet_revolution_is_national(gaz):
    found = by_name(run("聚焦推进村庄清洁行动、推进厕所革命、加强垃圾治理。", gaz, ["湘潭县"], "湘潭县"))
    assert found["厕所革命"][1] == NATIONAL


def test_a_village_report_paragraph_is_run_by_its_village(gaz):
    text = ("深冬时节,枨冲镇才常村稻蛙共养基地一片忙碌。村民们撒生石灰消毒、规整稻田,为来年养殖蓄力。"
            "自2019年起试推“稻蛙共生”模式,基地从15亩扩建至140亩。")
    found = by_name(run(text, gaz, ["枨冲镇", "才常村"], "浏阳市"))
    assert place_name(gaz, found["稻蛙共生"][1]) == "才常村"


def test_a_town_paragraph_mentioning_a_village_later_is_run_by_the_town(gaz):
    text = ("深冬时节,枨冲镇全面推进乡村建设,才常村稻蛙共养基地一片忙碌。"
            "自2019年起试推“稻蛙共生”模式,基地从15亩扩建至140亩。")
    found = by_name(run(text, gaz, ["枨冲镇", "才常村"], "浏阳市"))
    assert place_name(gaz, found["稻蛙共生"][1]) == "枨冲镇"


def test_an_event_written_without_its_year_or_ordinal_is_the_full_named_event(gaz):
    text = ("今日,2018湖南首届油菜花节在衡阳县库宗桥镇华山村启幕,包含启动仪式以及2018湖南油菜花节媒体踩线五大活动。"
            "湖南省政府副秘书长欧阳煌宣布湖南首届油菜花节系列活动启动。")
    found = [m.name for m in run(text, gaz, ["湖南", "衡阳县"]) if m.kind == "event"]
    assert set(found) == {"2018湖南首届油菜花节"} and len(found) == 3
    found = {m.name for m in run("第三届湘南美食节闭幕,第四届湘南美食节将在郴州举办。", gaz) if m.kind == "event"}
    assert found == {"第三届湘南美食节", "第四届湘南美食节"}
