"""Ninth round (off9): rules of the genre found on the development set dev6 (h131–h150), for
officials. Each rule is tested on its quoted dev6 sentence with a counter-example."""
from __future__ import annotations

from support import officials_and_citizens, officials_of


# ---------------------------------------------------------------- A、B、C等党政领导陪同 (a group word between 等 and 领导)

DELEGATION = ("红网祁东站讯 7月8日,常宁市市委书记曾义国、市长李涛率党政代表团来我县考察调研重点项目工程。"
              "雷高飞、王燕、张永法、周艳春等党政领导陪同。")


def test_names_listed_before_a_group_of_leaders_are_the_articles_leaders(gaz):
    officials = officials_of(DELEGATION, gaz)
    for name in ("王燕", "张永法", "周艳春"):   # were missed
        assert (name, "领导", "祁东县") in officials
    assert ("张三", "领导", "湖南省") in officials_of("6月3日,长沙市召开会议。张三、李四等省级领导出席。", gaz)


def test_words_listed_before_a_group_of_leaders_are_no_names(gaz):
    assert not officials_of("6月3日,祁东县召开会议。教育、医疗、养老等党政领导关心的民生实事一一落地。", gaz)


# ---------------------------------------------------------------- 县委书记X after 常宁市党政代表团来我县: the county, not the city

VISIT = ("红网祁东站讯 7月8日,常宁市市委书记曾义国率党政代表团来我县考察。常宁市党政代表团首先来到归阳工业园。"
         "考察中,县委书记雷高飞介绍了园区规划。座谈会上,县委常委、常务副县长刘桢干介绍了我县重点工程项目建设情况。")


def test_a_county_title_is_not_the_post_of_a_city_written_as_a_city(gaz):
    officials = officials_of(VISIT, gaz)
    assert ("雷高飞", "县委书记", "祁东县委") in officials        # was 常宁市委
    assert ("刘桢干", "县委常委", "祁东县委") in officials        # was 常宁市委
    assert ("刘桢干", "常务副县长", "祁东县政府") in officials    # was 常宁市政府
    assert not {o for o in officials if o[0] != "曾义国" and o[2].startswith("常宁")}


def test_a_county_level_city_written_as_a_county_keeps_its_county_titles(gaz):
    officials = officials_of("6月3日,祁阳县召开大会,常宁市委书记王五到会。县委书记张三出席。", gaz)
    assert ("张三", "县委书记", "祁阳县委") in officials


# ---------------------------------------------------------------- 常宁市市委书记: the level written twice

def test_a_level_written_twice_before_a_committee_is_one_body(gaz):
    officials = officials_of(DELEGATION, gaz)
    assert ("曾义国", "市委书记", "常宁市委") in officials        # was 常宁市市委
    assert ("张三", "县委书记", "衡阳县委") in officials_of("19日,衡阳县县委书记张三主持会议。", gaz)


def test_a_one_character_place_keeps_its_level_before_its_committee(gaz):
    officials = officials_of("仪式举行,道县县委书记李天明出席。", gaz)
    assert ("李天明", "县委书记", "道县县委") in officials
    assert ("王刚", "局长", "常宁市市场监管局") in officials_of("6月,常宁市市场监管局局长王刚出席。", gaz)


# ---------------------------------------------------------------- 组织部长、统战部长: each its own department

DISCIPLINE = ("衡阳市迅速进行严肃查处,经研究,决定对衡山县委常委、政法委书记王新国,衡山县委常委、组织部长、统战部长姚宇旺,"
              "衡山县人民检察院检察长聂志文3人予以停职,并立案调查。")


def test_a_contracted_department_head_after_another_heads_its_own_department(gaz):
    officials = officials_of(DISCIPLINE, gaz)
    assert ("姚宇旺", "统战部长", "衡山县委统战部") in officials     # was 衡山县委组织部
    assert ("姚宇旺", "组织部长", "衡山县委组织部") in officials
    assert ("姚宇旺", "县委常委", "衡山县委") in officials


def test_a_single_contracted_department_head_keeps_its_department(gaz):
    officials = officials_of("6月3日,衡山县委常委、宣传部长李四出席。", gaz)
    assert ("李四", "宣传部长", "衡山县委宣传部") in officials and ("李四", "县委常委", "衡山县委") in officials


# ---------------------------------------------------------------- 该镇党委副书记、河长办主任X: the chief system's office

RIVER_OFFICE = ("红网时刻岳阳1月5日讯 元旦假期,湘阴县鹤龙湖镇湘江大堤机器轰鸣,该镇党委副书记、河长办主任田文明正指挥"
                "一台水路挖机,将湘江上游漂浮过来的白色垃圾、树枝等漂浮物进行清理。")


def test_a_chief_office_after_a_chains_comma_is_the_places_office(gaz):
    officials = officials_of(RIVER_OFFICE, gaz)
    assert ("田文明", "主任", "鹤龙湖镇河长办") in officials      # was 主任 / 岳阳市
    assert ("田文明", "副书记", "鹤龙湖镇党委") in officials      # was missed


def test_a_chief_title_in_a_chain_is_a_post_not_an_office(gaz):
    officials = officials_of("元旦假期,湘阴县鹤龙湖镇湘江大堤机器轰鸣,该镇党委副书记、河长田文明正在清理。", gaz)
    assert not any(org.endswith("河长办") for _p, _r, org in officials)
    assert ("田文明", "副书记", "鹤龙湖镇党委") in officials


# ---------------------------------------------------------------- 村支委书记 (the village party branch committee's secretary)

FOREST_CHIEF = ("“发展森林民宿让村民在家门口就业,不砍林子挣钱更快更持久。”正在为村集体森林民宿忙装修的万佛山镇木脚村林长、"
                "村支委书记吴菊凤感慨地说,过去砍树挣钱是一次性的。")


def test_the_village_branch_committees_secretary_is_a_village_post(gaz):
    officials = officials_of(FOREST_CHIEF, gaz)
    assert ("吴菊凤", "村支委书记", "木脚村") in officials         # was 书记 / 通道侗族自治县
    assert ("吴菊凤", "林长", "木脚村") in officials               # was missed


def test_a_branch_committee_meeting_names_nobody(gaz):
    assert not officials_of("万佛山镇木脚村召开村支委书记会议,研究民宿发展。", gaz)


# ---------------------------------------------------------------- 县长李镇江: 镇 opening a given name

DEPUTY_COUNTY = "4月1日,总投资12亿元的项目集中开工,湘阴县委书记余良勇致辞,县委副书记、县长李镇江主持。"   # /tmp/na-all


def test_zhen_opening_a_given_name_is_no_town(gaz):
    officials = officials_of(DEPUTY_COUNTY, gaz)
    assert ("李镇江", "县长", "湘阴县政府") in officials        # was missed
    assert ("李镇江", "县委副书记", "湘阴县委") in officials


def test_zhen_of_a_place_word_or_verb_is_no_given_name(gaz):
    from graph.officials import is_person_name

    assert is_person_name("王镇南", gaz)
    for word in ("刘镇区", "张镇里", "李镇压", "王镇定", "陈镇村", "李村江", "王市江"):
        assert not is_person_name(word, gaz), word


# ---------------------------------------------------------------- 州人民政府副州长X: the government's post is its title

CONGRESS = ("湘西网12月31日讯 12月30日,湘西州十五届人大常委会举行第二十五次会议。州人大常委会党组书记、主任吴凌频主持会议。"
            "州人民政府副州长车世忠,州中级人民法院院长彭建民,州人民检察院检察长李丽,州直相关部门负责同志列席会议。")   # dev5 h93


def test_a_post_of_a_peoples_government_is_its_title(gaz):
    officials = officials_of(CONGRESS, gaz)
    assert ("车世忠", "副州长", "湘西土家族苗族自治州政府") in officials   # was 州政府副州长 (gold: 州人民政府副州长)
    assert ("李丽", "检察长", "湘西土家族苗族自治州人民检察院") in officials   # not a government: its name stays


def test_a_unit_of_a_peoples_government_is_written_short(gaz):
    from graph.officials import _government_role

    assert _government_role("市人民政府办公室主任") == "市政府办公室主任"
    assert _government_role("人民政府参事") == "人民政府参事"


# ---------------------------------------------------------------- 检察长李丽列席会议: 列席 follows a name

def test_lie_xi_ends_a_name(gaz):
    officials = officials_of("12月30日,湘西州人大常委会举行会议。州人民检察院检察长李丽列席会议。", gaz)
    assert ("李丽", "检察长", "湘西土家族苗族自治州人民检察院") in officials   # was 李丽列
    assert not any(p == "李丽列" for p, _r, _o in officials)
    assert not officials_of("会议请各位政协委员和列席人员提出意见。", gaz)


# ---------------------------------------------------------------- 市工信局领导A、B: a body's leaders

WORKSHOP = ("湖南省工信厅调研组到岳阳调研。城陵矶新港区领导王文华、市工信局领导余国祥、姚海燕及重点企业负责人"
            "参加座谈。")   # /tmp/na-all (newarts4 org4 03)


def test_names_after_a_bodys_leaders_are_its_leaders(gaz):
    officials = officials_of(WORKSHOP, gaz)
    assert ("余国祥", "领导", "岳阳市工信局") in officials       # was missed
    assert ("姚海燕", "领导", "岳阳市工信局") in officials       # was missed
    assert ("王文华", "区领导", "城陵矶新港区") in officials     # a place's leaders keep their level


def test_leadership_words_name_nobody(gaz):
    assert not officials_of("在县委的坚强领导下,各级领导干部要带头,领导小组要抓落实。", gaz)


# ---------------------------------------------------------------- 赴祁阳县学习 … 副县长X: the county as the article writes it

def test_a_county_heads_government_is_named_as_the_article_writes_the_county(gaz):
    officials = officials_of("6月3日,祁阳县召开大会。县委书记张三、县长李四出席。", gaz)
    assert ("李四", "县长", "祁阳县政府") in officials            # was 祁阳市政府 (祁阳 is a city since 2021)
    assert ("张三", "县委书记", "祁阳县委") in officials
    assert ("王五", "市长", "祁阳市政府") in officials_of("6月3日,祁阳市召开大会。市长王五出席。", gaz)


# ---------------------------------------------------------------- 县检察院党组书记、代检察长X: 代 qualifies a title in a chain

PROSECUTOR = ("会上,县委常委、宣传部长田浩,原县委常委、统战部长张满兰,县检察院党组书记、代检察长李华,"
              "局党组书记宋炼钢出席。")   # /tmp/na-all (newarts4 plc4 11), 平江县


def test_an_acting_title_continues_the_chain(gaz):
    mentions = officials_and_citizens("平江县召开会议。" + PROSECUTOR, gaz)[2]
    found = {(m.person, m.role, m.org, m.status) for m in mentions}
    assert ("李华", "代检察长", "平江县检察院", "acting") in found     # was 检察长 / 平江县
    assert ("李华", "党组书记", "平江县检察院", "current") in found     # was missed
    assert not any(m.org.endswith("局党组") for m in mentions)      # 局党组: the article's 局, no unit of 检察院


def test_dai_opening_a_word_is_no_qualifier(gaz):
    officials = officials_of("平江县召开会议。县人大代表、村主任李强出席。", gaz)
    assert all(not r.startswith("代") for _p, r, _o in officials)


# ---------------------------------------------------------------- 老年医学科宁爱丽教授: a unit written before the name

CLINIC = ("在义诊过程中,专家们发现部分村民的健康意识较为薄弱。例如村民杨大叔,血压已高达190mmHg。"
          "老年医学科宁爱丽教授耐心劝导,详细讲解高血压的潜在危害。")   # dev6 h138


def test_a_name_after_a_units_name_holds_the_professional_title(gaz):
    officials = officials_of(CLINIC, gaz)
    assert ("宁爱丽", "教授", "老年医学科") in officials          # was missed (科宁爱丽 one jieba word)


def test_teaching_after_a_college_is_no_name(gaz):
    assert not officials_of("他每周都到学院为青年教师示范教授方法。", gaz)
    assert not officials_of("2023年以来,该中心举办讲座12场,邀请多名教授授课。", gaz)


# ---------------------------------------------------------------- 何报翔副省长 twice: each occurrence the level's government

def test_every_postnominal_head_is_the_levels_government(gaz):
    mentions = officials_and_citizens("长沙市召开会议,何报翔副省长出席。会后,何报翔副省长视察了园区。", gaz)[2]
    heads = [m for m in mentions if m.role == "副省长"]
    assert len(heads) == 2 and all(m.org_kind == "government" and m.place_key == "430000" for m in heads)


def test_dai_between_a_body_and_its_title_is_acting(gaz):
    mentions = officials_and_citizens("平江县召开会议。县委组织部代部长王强出席。", gaz)[2]
    assert {(m.person, m.status) for m in mentions} == {("王强", "acting")}
    from graph.officials import post_status
    assert post_status("县人大代表", 0, "县人大代表") == "current"


def test_county_leaders_are_never_a_city_written_as_a_city(gaz):
    officials = officials_of("衡阳市召开会议。常宁市党政代表团来祁东县考察,常宁市委书记曾义国出席。县领导李明、王强陪同。", gaz)
    assert ("李明", "县领导", "祁东县") in officials and ("王强", "县领导", "祁东县") in officials   # were 常宁市
