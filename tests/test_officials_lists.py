"""Officials: lists under a title, names the tagger misreads, staff and company titles,
personnel decisions and bylines with role words. Real sentences from the dev articles and
sentences written for the error classes, with negatives."""
from __future__ import annotations

import pytest

from graph.officials import extract_officials, read_name_after
from graph.organizations import extract_organizations
from graph.places import article_places, extract_places
from graph.text import make_document, role_credits, split_names
from support import officials_of


def persons_of(text: str, gaz) -> set[str]:
    return {p for p, _, _ in officials_of(text, gaz)}


def credits_of(text: str) -> list[tuple[str, str]]:
    doc = make_document(text)
    return [(c.name, c.role) for a in doc.articles for c in a.credits]


# ---------------------------------------------------------------- lists under a title

def test_vice_mayors_listed_after_one_title(gaz):  # d03
    text = ("1月9日上午，张家界市人民政府六届五次全体会议召开。市委常委、副市长程丹峰，"
            "副市长向佐谊、刘桦、田华玉、龚明汉、胡志文及市政府秘书长张子龙出席会议。")
    found = officials_of(text, gaz)
    for name in ("向佐谊", "刘桦", "田华玉", "龚明汉", "胡志文"):
        assert (name, "副市长", "张家界市政府") in found
    assert ("程丹峰", "市委常委", "张家界市委") in found


def test_county_leaders_list_takes_the_county(gaz):  # d04
    text = "9月23日上午，江永县与湖南金荣集团战略合作签约仪式举行。县领导钱建洪、陈江平、邓海平、张登科出席仪式。"
    found = officials_of(text, gaz)
    assert {(p, o) for p, r, o in found if r == "县领导"} == {
        ("钱建洪", "江永县"), ("陈江平", "江永县"), ("邓海平", "江永县"), ("张登科", "江永县")}


def test_city_leaders_list_with_fenbie(gaz):  # d16
    found = officials_of("娄底市委书记邹文辉率队赴广东招商。\n市领导谢君毅、谢学龙、彭石清分别参加。", gaz)
    assert {p for p, r, _ in found if r == "市领导"} == {"谢君毅", "谢学龙", "彭石清"}


def test_standing_committee_members_list(gaz):  # d13
    text = ("3月30日下午，岳阳市委书记刘和生主持召开常委会会议。市委副书记、代市长李爱武，"
            "市委常委会组成人员徐新楚、向伟雄、李挚、马娜、谈正红等参加。")
    found = officials_of(text, gaz)
    assert ("刘和生", "市委书记", "岳阳市委") in found
    assert ("李爱武", "代市长", "岳阳市政府") in found
    members = {p for p, r, _ in found if r.endswith("组成人员")}
    assert members == {"徐新楚", "向伟雄", "李挚", "马娜", "谈正红"}


def test_executive_chairs_of_a_session(gaz):  # d01
    text = "政协新宁县第九届委员会第二次会议闭幕。县政协副主席陈卫东、兰平、尹大缓，本次大会部分执行主席何韬、萧勇、杨晋。"
    found = officials_of(text, gaz)
    assert {p for p, r, _ in found if r == "县政协副主席"} == {"陈卫东", "兰平", "尹大缓"}
    assert {p for p, r, _ in found if r == "执行主席"} == {"何韬", "萧勇", "杨晋"}


def test_place_and_name_pairs_counted_under_a_title(gaz):
    found = officials_of("邵阳市表彰河长。大祥区李平、新宁县李斌、隆回县王芳、武冈市刘洋4名河长获评优秀。", gaz)
    assert ("李平", "河长", "大祥区") in found and ("刘洋", "河长", "武冈市") in found
    assert len(found) == 4


def test_list_stops_at_the_next_title_and_at_non_names(gaz):
    found = officials_of("长沙县召开会议。县长张新生、副县长周富强，县委常委许俊杰出席。", gaz)
    assert ("张新生", "县长", "长沙县政府") in found
    assert ("周富强", "副县长", "长沙县政府") in found
    assert ("周富强", "县长", "长沙县政府") not in found
    # what follows the name is no list of persons
    assert persons_of("长沙县召开会议。县长张新生、各部门负责人、乡镇干部参加。", gaz) == {"张新生"}


def test_names_counted_without_places_are_not_a_list_of_officials(gaz):
    assert officials_of("长沙县表彰了张三、李四等2名干部。", gaz) == set()


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("name", ["张新生", "张大伟", "曾世民", "许俊杰", "黄培修", "冀岩", "杨建新", "周富强",
                                  "王为民", "倪以理", "张和平", "李向阳", "谭精益", "向曙光", "刘和生", "杜家毫",
                                  "虢建华", "瞿海", "禹小平", "覃美玲"])
def test_names_the_tagger_misreads_are_read_after_a_title(name, gaz):
    assert persons_of(f"长沙县召开会议，副县长{name}出席并讲话。", gaz) == {name}


def test_name_boundaries(gaz):
    text = "代县长沈志定向考核组汇报工作。"
    assert read_name_after(text, 3, gaz) == "沈志定"
    assert read_name_after("孔祥同出席会议。", 0, gaz) == "孔祥同"
    assert read_name_after("刘跃表示，将加快建设。", 0, gaz) == "刘跃"
    assert read_name_after("何勇收到电力网格服务。", 0, gaz) == "何勇"
    assert read_name_after("文玲连日吃住在社区。", 0, gaz) == "文玲"
    assert read_name_after("胡蝶称，该局将坚持。", 0, gaz) == "胡蝶"
    assert read_name_after("李晓明说，一直以来。", 0, gaz) == "李晓明"
    assert read_name_after("李明在会上讲话。", 0, gaz) == "李明"


@pytest.mark.parametrize("text", [
    "该公司相关负责人满怀信心地说，项目将按期完成。",      # 满怀 is a word
    "广大政协委员和政协工作者要紧密团结。",                # 和 is a conjunction here
    "社区主任和网格员一起入户走访。",
    "国网益阳供电公司台区经理和抢修人员赶到现场。",
    "成立以市委书记、市长任组长的领导小组。",
    "该局局长高度重视此项工作。",
    "网上办理事项相关材料已经精简。",                      # 理事 inside 办理事项
    "用好省领导小组办公室编制的一书、三单、一表。",
    "全县党员干部万余人参加志愿服务。",                    # 万余: a number
    "驻村干部于今年完成了全部任务。",                      # 于今年: a time
    "宣讲团干部向群众宣讲政策。",                          # 向群众: 群众 is no given name
    "防汛干部马不停蹄赶往现场。",
    "书记强调，要抓好落实。",
    "局长信箱已经开通。",
])
def test_ordinary_text_after_a_title_is_no_name(text, gaz):
    assert officials_of(text, gaz) == set()


def test_post_held_by_a_name_after_you(gaz):  # d17
    text = "社区把带头人张壬府成功转化，成立裕华名苑小区党支部，将支部建设到小区，支部书记由张壬府担任。"
    assert ("张壬府", "支部书记", "裕华名苑小区党支部") in officials_of(text, gaz)


# ---------------------------------------------------------------- titles

def test_staff_ranks_and_association_posts(gaz):  # d04
    text = ("9月23日上午，江永县与湖南金荣集团签约。湖南省贸促会党组成员、副会长伍登国，"
            "湖南省贸促会办公室二级调研员、湖南国际商会副秘书长张业龙，金荣集团副总裁刘跃出席仪式。")
    found = officials_of(text, gaz)
    assert ("伍登国", "党组成员", "湖南省贸促会") in found
    assert ("伍登国", "副会长", "湖南省贸促会") in found
    assert ("张业龙", "二级调研员", "湖南省贸促会办公室") in found
    assert ("张业龙", "副秘书长", "湖南国际商会") in found
    assert ("刘跃", "副总裁", "湖南金荣集团") in found


def test_unit_of_a_body_goes_into_the_role(gaz):  # d18
    text = "签约仪式在长沙举行。中国华夏文化遗产基金会公募基金部长万家春参加签约仪式。"
    assert ("万家春", "公募基金部长", "中国华夏文化遗产基金会") in officials_of(text, gaz)


def test_premier_written_after_the_name(gaz):  # d02
    found = officials_of("我收看了李克强总理作的政府工作报告。", gaz)
    assert found == {("李克强", "总理", "国务院")}


def test_personnel_decision(gaz):  # d14
    text = ("2月1日下午，衡阳市召开全市领导干部大会，宣读省委决定：周农同志不再担任衡阳市委书记，"
            "提名免去市人大常委会主任职务。郑建新同志任衡阳市委书记，提名为市人大常委会主任候选人，"
            "提名免去市人民政府市长职务。")
    found = officials_of(text, gaz)
    assert ("周农", "市委书记", "衡阳市委") in found
    assert ("周农", "市人大常委会主任", "衡阳市人大常委会") in found
    assert ("郑建新", "市委书记", "衡阳市委") in found
    assert ("郑建新", "市人大常委会主任候选人", "衡阳市人大常委会") in found
    assert any(p == "郑建新" and r.endswith("市长") and o == "衡阳市政府" for p, r, o in found)


def test_appointment_to_a_bare_title_names_no_body(gaz):
    assert officials_of("会议决定，张三任组长，李四任副组长。", gaz) == set()


# ---------------------------------------------------------------- bylines

def test_inline_byline_in_a_dateline(gaz):
    text = "湘潭日报讯（记者 王吉瑛 通讯员 李四）湘潭县县长张三出席会议。"
    assert credits_of(text) == [("王吉瑛", "author"), ("李四", "author")]
    assert persons_of(text, gaz) == {"张三"}


def test_byline_lines_with_role_words():
    text = "洪江市下坪村干部热议报告\n湖南日报全媒体记者 卢嘉俊\n通讯员 杨靖 向华\n村党委书记蒋晓军说，日子越过越好。"
    assert [n for n, _ in credits_of(text)] == ["卢嘉俊", "杨靖", "向华"]
    assert [n for n, _ in credits_of("标题在此\n本报记者 张胜男\n正文从这里开始，会议召开。")] == ["张胜男"]


def test_names_run_together_in_a_byline():
    assert [n for _, n in split_names("李中陈哲")] == ["李中", "陈哲"]
    assert [n for _, n in split_names("徐斌傅南朝")] == ["徐斌", "傅南朝"]
    assert [n for n, _, _ in role_credits("记者 蒋理 首积亮")] == ["蒋理", "首积亮"]


@pytest.mark.parametrize("line", ["通讯员队伍不断壮大", "县委书记 张三", "记者节到了", "本报记者"])
def test_not_bylines(line):
    assert role_credits(line) == []


def test_community_posts_take_the_community_in_context(gaz):
    text = "雨花区东塘街道牛婆塘社区召开会议。社区党委书记、居委会主任陈红说，工作很好。"
    found = officials_of(text, gaz)
    assert any(p == "陈红" and o == "牛婆塘社区党委" for p, _, o in found)
    assert ("陈红", "居委会主任", "牛婆塘社区") in found


def test_list_closed_by_he(gaz):
    found = officials_of("长沙县召开会议。出席会议的有县领导张三丰、李四光和王五福。", gaz)
    assert {p for p, r, _ in found if r == "县领导"} == {"张三丰", "李四光", "王五福"}
    # 和 after a single holder joins no second person to the post
    assert persons_of("长沙县召开会议。县长张三丰和李四光一起调研。", gaz) == {"张三丰"}


def test_verb_bao_after_a_title_is_no_surname(gaz):
    assert officials_of("麻阳县实行县领导包乡镇、网格长包点的森林防火工作责任体系。", gaz) == set()


def test_aside_between_title_and_name_and_province_government(gaz):
    found = officials_of("攸县召开会议。县委常委、副县长（挂职）张伟出席。湖南省副省长秦国文调研。", gaz)
    assert ("张伟", "副县长", "攸县政府") in found and ("张伟", "县委常委", "攸县县委") in found   # 中共攸县县委
    assert ("秦国文", "副省长", "湖南省政府") in found


def test_citizen_words_that_go_on_are_no_names(gaz):
    doc_text = "莲塘镇多处居民楼进水。不少种植户都盯上了这个项目。人民群众幸福感、获得感不断提升。村民彭卫华说。"
    doc = make_document(doc_text)
    places, _ = extract_places(doc, gaz)
    article_place = article_places(doc, places, gaz)
    orgs = extract_organizations(doc, places, gaz, article_place)
    _, persons = extract_officials(doc, places, orgs, gaz, article_place)
    assert [p.name for p in persons] == ["彭卫华"]


def test_provincial_leaders_list_takes_the_province(gaz):
    found = officials_of("4月12日，省委副书记、省长毛伟明在长沙会见了客人。省领导谢卫江、秦国文参加会见。", gaz)
    assert ("谢卫江", "省领导", "湖南省") in found and ("秦国文", "省领导", "湖南省") in found
    assert ("毛伟明", "省长", "湖南省政府") in found


def test_university_party_secretary_and_work_team_chain(gaz):
    found = officials_of("中南大学党委书记易红讲话。驻村第一书记、工作队队长陈亮介绍。", gaz)
    assert ("易红", "党委书记", "中南大学") in found
    assert {r for p, r, _ in found if p == "陈亮"} == {"驻村第一书记", "工作队队长"}


def test_city_leaders_stay_with_the_article_city_after_other_cities(gaz):  # d16
    text = ("红网时刻娄底5月15日讯，娄底市委书记邹文辉率队赴深圳、东莞、广州、肇庆、佛山等地开展招商引资。\n"
            "市领导谢君毅、谢学龙、彭石清分别参加。")
    found = officials_of(text, gaz)
    assert {o for p, r, o in found if r == "市领导"} == {"娄底市"}


# ---------------------------------------------------------------- names that are also words or places
# (written for this class; sentences of our own)

def _people(sentence: str) -> list[str]:
    from graph.gazetteer import load_gazetteer
    from graph.pipeline import extract_document
    from graph.text import make_document

    return sorted({o.person for o in extract_document(make_document(sentence + "\n", "t"), load_gazetteer()).officials})


@pytest.mark.parametrize("sentence, names", [
    ("省政协主席李微微出席。", ["李微微"]),                  # a doubled given name that is also an adverb
    ("市妇联主席王芳芳、副主席陈丽丽参加活动。", ["王芳芳", "陈丽丽"]),
    ("省委副书记乌兰主持会议。", ["乌兰"]),                  # also 乌兰县 (Qinghai)
    ("市发改委副主任江山出席。", ["江山"]),                  # also 江山市 (Zhejiang)
    ("会议由秘书长高阳主持。", ["高阳"]),
])
def test_a_name_after_a_title_that_is_also_a_word_or_a_distant_place(sentence: str, names: list[str]) -> None:
    assert _people(sentence) == names


@pytest.mark.parametrize("sentence", [
    "市委书记江永调研。",          # 江永 is a Hunan county: the reader goes there, it is no name
    "副县长渐渐地走上讲台。",      # a doubled adverb not closed like a name
    "市长赴长沙出席签约仪式。",
])
def test_places_of_the_province_and_adverbs_after_a_title_are_not_names(sentence: str) -> None:
    assert _people(sentence) == []


# ---------------------------------------------------------------- named citizens: a citizen word, or the speaker of a quote

def _citizens(sentence: str) -> list[str]:
    from graph.gazetteer import load_gazetteer
    from graph.pipeline import extract_document
    from graph.text import make_document

    return sorted(p.name for p in extract_document(make_document(sentence + "\n", "t"), load_gazetteer()).persons)


@pytest.mark.parametrize("sentence, names", [
    ("建档立卡贫困户朱元珍一边烘烤菊花，一边告诉记者。", ["朱元珍"]),      # dev d05
    ("“通过种植茶叶，带动就业人数达到900多人。”刘雪文说。", ["刘雪文"]),  # dev d10
    ("“日子越过越好了。”低保户李桂花笑着说。", ["李桂花"]),
    ("“今年的收成不错。”王大山告诉记者。", ["王大山"]),
])
def test_named_citizens_and_speakers_of_quotes_are_persons(sentence: str, names: list[str]) -> None:
    assert _citizens(sentence) == names


@pytest.mark.parametrize("sentence", [
    "“今年收成好。”他说。",                 # a pronoun
    "“我们一定干好。”县委书记王明表示。",   # an official, not a citizen
    "“三高四新”战略说到底是发展战略。",     # a quoted name followed by words, not a speaker
])
def test_no_citizen_without_a_name_or_with_a_post(sentence: str) -> None:
    assert _citizens(sentence) == []
