"""Officials: rules of the genre (Hunan local-government news) found on articles the extractor
was not tuned on (benchmarks/unseen/review1: officials, programs and towns reviews). Each rule is tested on a
real sentence of those articles, with a counter-example it must not fire on."""
from __future__ import annotations


from graph import officials as officials_module
from support import officials_and_citizens as extracted


def officials_of(text: str, gaz) -> set[tuple[str, str, str]]:
    return extracted(text, gaz)[0]


# ---------------------------------------------------------------- X县领导A、B: the title glued to its place

SHAODONG = ("邵东县领导黎仁寅、沈志定、刘细云、申桂荣、谢益林、李如意、周平、袁胜良、刘昆怀、张备清、傅丽华、刘向、"
            "肖志军、陈博文、黄水斌、郭竟成、胡国彬等陪同考察或参加座谈会。")   # officials 02


def test_collective_title_glued_to_its_place_takes_the_place(gaz):
    found = {(p, o) for p, r, o in officials_of(SHAODONG, gaz) if r == "县领导"}
    names = SHAODONG[len("邵东县领导"):SHAODONG.index("等")].split("、")
    assert len(names) == 17
    assert found == {(name, "邵东县") for name in names}


def test_glued_collective_title_needs_names_after_it(gaz):
    # officials 03: 领导班子 is not a name; and a non-collective title inside a place stays refused
    assert officials_of("着眼于益阳市领导班子建设的实际需要,是经过反复酝酿、认真研究后决定的。", gaz) == set()
    assert officials_of("长沙县领导小组办公室设在县发改局。", gaz) == set()


# ---------------------------------------------------------------- 的 / 等 never end a given name

def test_name_before_de_in_the_accompanied_frame(gaz):  # officials 06
    found = officials_of("在南县县委书记汪军的陪同下,考察团察看了该县铜锣湾城市综合体建设项目。", gaz)
    assert ("汪军", "县委书记", "南县县委") in found


def test_one_given_character_before_deng(gaz):  # officials 04 (the list as the reviewer wrote it)
    found = officials_of("岳阳市领导谢卫江、李挚等参加。", gaz)
    assert {p for p, r, _ in found if r == "市领导"} == {"谢卫江", "李挚"}


def test_two_given_characters_before_de_stay_two(gaz):
    found = officials_of("县人大常委会副主任熊德蓉的讲话很实在。", gaz)
    assert {p for p, _, _ in found} == {"熊德蓉"}


# ---------------------------------------------------------------- 老干部: a status, not a post

def test_retired_cadre_is_a_person_not_an_official(gaz):  # officials 01
    officials, persons, _ = extracted("石录明一行还走访慰问了78岁的移民老干部郑所进,和他亲切地拉家常。", gaz)
    assert not any(p == "郑所进" for p, _, _ in officials)
    assert "郑所进" in persons


def test_village_cadre_stays_an_official(gaz):
    officials, persons, _ = extracted("村干部王小平说,今年的收成不错。", gaz)
    assert ("王小平", "村干部") in {(p, r) for p, r, _ in officials}
    assert "王小平" not in persons


# ---------------------------------------------------------------- 不再任: removal

TRANSFER = ("省委组织部常务副部长林武出席会议并宣布省委决定:胡忠雄同志任益阳市委书记,魏旋君同志不再任益阳市委书记职务,"
            "许显辉同志任益阳市委副书记,提名为益阳市人民政府市长候选人。")   # officials 03


def test_bu_zai_ren_removes_the_post(gaz):
    _, _, mentions = extracted(TRANSFER, gaz)
    status = {(m.person, m.role): m.status for m in mentions}
    assert status[("魏旋君", "市委书记")] == "removed"
    assert status[("胡忠雄", "市委书记")] == "new"           # 任 alone stays an appointment
    assert status[("许显辉", "市委副书记")] == "new"


def test_bu_zai_jian_ren_removes_the_post(gaz):
    _, _, mentions = extracted("张卫国同志不再兼任县委办主任职务。", gaz)
    assert {(m.person, m.status) for m in mentions} == {("张卫国", "removed")}


# ---------------------------------------------------------------- names read by their boundaries

LI_XIAN = ("12月21日,澧县县委书记王兆铭主持召开抓党建促乡村振兴“一月一现场”观摩会,县委副书记、县长王启武,"
           "县领导翦鹰、李阳、熊德蓉出席。")   # officials 05


def test_rare_surname_opens_a_list_under_a_collective_title(gaz):
    found = {p for p, r, _ in officials_of(LI_XIAN, gaz) if r == "县领导"}
    assert found == {"翦鹰", "李阳", "熊德蓉"}


def test_rare_surname_after_a_title_chain(gaz):  # officials 05
    text = ("在下午召开的点评会上,县委副书记、县委统战部部长、县委党校校长翦鹰,县委常委、副县长李阳,"
            "县人大常委会副主任熊德蓉进行了点评。")
    roles = {r for p, r, _ in officials_of(text, gaz) if p == "翦鹰"}
    assert roles == {"县委副书记", "县委统战部部长", "校长"}


def test_bounded_name_reads_an_unlisted_surname(gaz):
    # the boundary rule alone, whatever the surname list holds: 翦鹰 closed by 、
    pos = LI_XIAN.index("翦鹰")
    assert officials_module.read_bounded_name(LI_XIAN, pos, gaz) == "翦鹰"


def test_dictionary_word_as_given_name_inside_a_list(gaz):  # programs 04
    text = ("县委副书记、统战部长张凯在维新镇出席正大集团石门100万头生猪产业链乌木溪6000头种猪场项目开工仪式"
            "并宣布项目开工,县领导龚云林、康文化、马业平参加。")
    assert {p for p, r, _ in officials_of(text, gaz) if r == "县领导"} == {"龚云林", "康文化", "马业平"}


def test_bounded_names_refuse_words_and_common_characters(gaz):
    assert officials_of("县领导和有关部门负责人出席。", gaz) == set()
    assert officials_of("他辞去局长一职，回到村里。", gaz) == set()
    found = officials_of("县残联理事长李平出席会议。", gaz)
    assert {p for p, _, _ in found} == {"李平"}                  # not 理事 + 长李平
    assert officials_of("全面推行河长制以来,各级河长累计巡河1.8万余人次。", gaz) == set()


def test_compound_surname_with_one_given_character(gaz):  # programs 05
    found = officials_of("湖南省政府副秘书长欧阳煌宣布湖南首届油菜花节系列活动启动。", gaz)
    assert ("欧阳煌", "省政府副秘书长", "湖南省政府") in found


def test_frequent_compound_surname_word_is_not_a_name(gaz):
    assert officials_of("县长东方宣布开幕。", gaz) == set()
# ---------------------------------------------------------------- a name ends before a predicate

def test_name_ends_where_a_predicate_opens(gaz):  # towns 05
    text = "“2025年黑斑蛙产量30万斤,带动村集体经济增收370余万元!”村党总支书记唐博难掩自豪。"
    assert {p for p, _, _ in officials_of(text, gaz)} == {"唐博"}


def test_three_character_names_before_a_verb_stay_whole(gaz):
    assert {p for p, _, _ in officials_of("村支书李明亮介绍说,今年村里新修了水渠。", gaz)} == {"李明亮"}
    assert {p for p, _, _ in officials_of("县长张建华主持会议。", gaz)} == {"张建华"}


# ---------------------------------------------------------------- a work modifier between the place and the post

def test_poverty_work_cadre_belongs_to_the_zone_written_before(gaz):  # towns 02
    text = ("“每次翻过躁岭,重回凤凰山村,感觉就像回到了家乡一样。”曾在此地驻点扶贫两年半、至今仍定期前来走访的"
            "岳阳经开区扶贫干部游国光说。")
    assert officials_of(text, gaz) == {("游国光", "扶贫干部", "岳阳经开区")}


def test_place_and_title_with_other_words_between_keep_them_in_the_body(gaz):
    # 长潭村 + 扶贫工作队 is a body of its own, not a modifier: the team stays the body (named
    # with the department that sent it: 该县 is the county of 古阳镇, organizations' 该县 rule)
    found = officials_of("村民口中的宋书记就是该县农业农村局驻古阳镇长潭村扶贫工作队队长宋菊生。", gaz)
    assert [(p, r) for p, r, _b in found] == [("宋菊生", "队长")]
    assert next(iter(found))[2].endswith("驻古阳镇长潭村扶贫工作队")


# ---------------------------------------------------------------- single-level posts in a chain

def test_first_secretary_after_a_work_team_is_the_village_post(gaz):  # towns 01
    text = "村民口中的宋书记就是该县农业农村局驻古阳镇长潭村扶贫工作队队长、第一书记宋菊生。"
    found = officials_of(text, gaz)
    assert ("宋菊生", "第一书记", "长潭村") in found
    assert not any(r == "第一书记" and b.endswith("工作队") for _p, r, b in found)
    assert any(r == "队长" and b.endswith("驻古阳镇长潭村扶贫工作队") for _p, r, b in found)


def test_first_secretary_of_a_zone_keeps_the_zone_body(gaz):
    found = officials_of("株洲经开区党工委书记、第一书记王五出席。", gaz)
    assert ("王五", "第一书记", "株洲经开区党工委") in found


# ---------------------------------------------------------------- citizen words of farm reports

def test_big_grower_is_a_citizen(gaz):  # towns 04
    officials, persons, _ = extracted("种植大户石德祥告诉记者:“我们周边5个村都在种植油菜,明年春天可以共同举办油菜花节了。”", gaz)
    assert officials == set() and persons == {"石德祥"}


def test_a_post_after_the_citizen_word_wins(gaz):
    officials, persons, _ = extracted("致富带头人、村党支部书记李强说,今年要多种油菜。", gaz)
    assert {p for p, _, _ in officials} == {"李强"} and persons == set()
# ---------------------------------------------------------------- bare level words: the report's own unit

QIYANG = ("祁阳县党政代表团赴益阳、长沙学习考察随记\n"
          "    红网祁阳县分站12月7日讯(记者 唐志强 刘志军 通讯员 郑宏)12月5日至6日,县委书记周新辉率领我县党政代表团"
          "赴益阳市南县、赫山区、长沙市宁乡县学习考察当地在农村综合服务平台建设、小城镇建设、美丽乡村建设、医养结合等方面的"
          "先进经验,以此推动全县相关工作在全市创一流、做表率。县领导金彪、陈莉、唐明生、刘双顺、刘军、黄爱蓉,以及县直有关部门、"
          "镇、办、村、社区等负责人参加学习考察活动。\n")   # officials 06 (祁阳 is a county-level city since 2021)


def _place_names(gaz, mentions, role: str) -> set[str]:
    return {gaz.entries[m.place_key].name[:2] for m in mentions if m.role == role and m.place_key in gaz.entries}


def test_county_leaders_of_a_county_written_xian_are_its_own(gaz):
    _, _, mentions = extracted(QIYANG, gaz)
    assert {m.person for m in mentions if m.role == "县领导"} == {"金彪", "陈莉", "唐明生", "刘双顺", "刘军", "黄爱蓉"}
    assert _place_names(gaz, mentions, "县领导") == {"祁阳"}     # not 宁乡, the last county visited


def test_county_leaders_accompanying_a_visit_to_another_county_are_the_hosts(gaz):
    _, _, mentions = extracted("浏阳市委书记张三率队赴长沙县考察,县领导李四、王五陪同。", gaz)
    assert _place_names(gaz, mentions, "县领导") == {"长沙"}


YUEYANG = ("岳阳市领导督导检查防汛抗灾工作\n"
           "面对严峻的防汛形势,6月29日,省委常委、岳阳市委书记谢卫江,岳阳市委副书记、市长李挚,市委副书记汪涛等市领导"
           "分别督导检查防汛抗灾工作,进一步压紧压实各方责任,落细落实防汛措施,全力确保安全平稳度汛。\n"
           "李挚以“四不两直”方式,深入临湘市龙源水库、梅池村、明星村等地,现场勘察山区水库、地质灾害隐患点,暗访督导防汛减灾、"
           "地质灾害防治、应急值班值守等工作。市政府秘书长孙志诚参加。\n")   # officials 04


def test_city_word_after_a_site_inspected_inside_the_city_is_the_citys(gaz):
    found = officials_of(YUEYANG, gaz)
    assert ("孙志诚", "市政府秘书长", "岳阳市政府") in found
    assert not any(o.startswith("临湘") for _, _, o in found)
