"""Programs, ninth round: error classes of the development set dev6 (benchmarks/unseen/dev6,
h131-h150) whose cause is a general shape of the genre — each rule tested on the quoted dev6
sentence, with a counter-example the rule must not fire on."""
from __future__ import annotations

from graph.programs import NATIONAL
from support import place_key, program_places_of, programs_of


# ---------------------------------------------------------------- a list of staged events
# dev6/h140 (2022年沅江市文旅融合发展大会暨…洞庭湖生态文化旅游节)
YUANJIANG_EVENTS = ("本次节会期间,沅江市推出湖南省第八届语言艺术节、洞庭湖诗歌艺术节、《南洞庭赋》大型情景演出、"
                    "沅江微型马拉松赛、浩江湖垂钓比赛、胭脂湖沙滩音乐啤酒节、“味道湖南·沅江味道”美食周、"
                    "乡贤高峰论坛等内容丰富的主体活动。")


def test_the_items_after_a_staged_event_that_end_in_an_event_noun_are_events(gaz):
    found = programs_of(YUANJIANG_EVENTS, gaz, "沅江市")
    for name in ("洞庭湖诗歌艺术节", "南洞庭赋大型情景演出", "沅江微型马拉松赛", "浩江湖垂钓比赛",
                 "胭脂湖沙滩音乐啤酒节", "味道湖南·沅江味道美食周"):
        assert found.get(name, ("",))[0] == "event", name


def test_a_place_inside_the_first_item_runs_none_of_its_siblings(gaz):
    found = program_places_of(YUANJIANG_EVENTS, gaz, "沅江市")
    assert found["湖南省第八届语言艺术节"] == place_key(gaz, "湖南省")
    assert found["洞庭湖诗歌艺术节"] == place_key(gaz, "沅江市")
    assert found["浩江湖垂钓比赛"] == place_key(gaz, "沅江市")


def test_the_list_stops_at_an_item_that_names_no_event(gaz):
    # counter-example (constructed): the item after the festival is a field of work, not an event
    text = "沅江市推出湖南省第八届语言艺术节、文旅融合发展、胭脂湖沙滩音乐啤酒节等内容。"
    found = programs_of(text, gaz, "沅江市")
    assert "湖南省第八届语言艺术节" in found
    assert "文旅融合发展" not in found
    assert "胭脂湖沙滩音乐啤酒节" not in found


# ---------------------------------------------------------------- ceremonies named by their act
# dev6/h140: 聘任仪式 (unquoted, a topic before it) and “…”开园仪式 (the quoted park opened)
YUANJIANG_CEREMONIES = ("开幕式上,沅江市举行了招商顾问聘任仪式,聘请冯亮、刘德军等5位乡贤代表为该市招商顾问。"
                        "嘉宾们在小河咀村参加了“渔家文化园”开园仪式,见证昔日旧渔村蝶变成为洞庭文化打卡地。")


def test_a_ceremony_noun_ends_the_name_of_the_event_before_it(gaz):
    found = programs_of(YUANJIANG_CEREMONIES, gaz, "沅江市")
    assert found.get("招商顾问聘任仪式", ("",))[0] == "event"
    assert found.get("渔家文化园开园仪式", ("",))[0] == "event"


def test_a_bare_ceremony_noun_names_no_event(gaz):
    # counter-example, dev5/h107: nothing but the act before 仪式 (为…分队举行|授旗仪式)
    text = "该县还为15名招商大使颁发聘任证书,并为6大区域招商分队举行授旗仪式。"
    found = programs_of(text, gaz, "新化县")
    assert not any(name.endswith("授旗仪式") for name in found)


# ---------------------------------------------------------------- a counted class spelled out
# dev6/h147 (湘潭市 重点民生实事): N项分别是: A、B、C — exactly N items after a count of 实事/项目
XIANGTAN_ITEMS = ("湘潭市已提前完成16项省、市重点民生实事项目。\n"
                  "截至10月20日,省实事11件15项中有9项指标提前完成,占比60%;3项进展较快,占比27%;3项进度偏慢,占比20%。"
                  "其中,进度偏慢的3项分别是:改(新)建农村户用厕所、4座台站开展省级节目数字化覆盖、新增直播卫星用户。")


def test_the_items_a_counted_class_of_projects_spells_out_are_projects(gaz):
    found = programs_of(XIANGTAN_ITEMS, gaz, "湘潭市")
    for name in ("改(新)建农村户用厕所", "4座台站开展省级节目数字化覆盖", "新增直播卫星用户"):
        assert found.get(name, ("",))[0] == "project", name


def test_a_spelled_out_count_of_villages_names_no_project(gaz):
    # counter-example (an unannotated fresh article): the counted class is villages, no project
    text = "全区共有11个村入选。11个村分别是:伊塘镇马家村、庙山村、孟公山村,上岭桥镇香花坝村、渲溪村。"
    found = programs_of(text, gaz, "冷水滩区")
    assert "庙山村" not in found and "伊塘镇马家村" not in found


def test_a_list_longer_than_its_count_is_not_spelled_out(gaz):
    # counter-example (constructed): four items after 3项 — not the items counted
    text = ("省实事11件15项中有3项进度偏慢。其中,进度偏慢的3项分别是:改(新)建农村户用厕所、"
            "4座台站开展省级节目数字化覆盖、新增直播卫星用户、城区老旧小区改造。")
    found = programs_of(text, gaz, "湘潭市")
    assert "新增直播卫星用户" not in found


# ---------------------------------------------------------------- meetings whose spirit is studied
# dev6/h131 (衡阳市委常委会): 学习领会全省…电视电话会议、全省…视频会议精神
HENGYANG_MEETINGS = ("会议要求,要认真学习领会全省“雁过拔毛”式腐败问题和“纠‘四风’、治陋习”专项整治工作电视电话会议、"
                     "全省加强换届风气监督工作视频会议精神。")


def test_a_whole_province_meeting_whose_spirit_is_studied_is_an_event(gaz):
    found = programs_of(HENGYANG_MEETINGS, gaz, "衡阳市")
    assert found.get("全省加强换届风气监督工作视频会议", ("",))[0] == "event"
    assert found.get("全省雁过拔毛式腐败问题和纠四风、治陋习专项整治工作电视电话会议", ("",))[0] == "event"


def test_a_whole_province_meeting_named_in_passing_is_no_event(gaz):
    # counter-example (constructed): no spirit studied, nothing held — a meeting to be called
    text = "下一步将适时筹备全省加强换届风气监督工作视频会议。"
    found = programs_of(text, gaz, "衡阳市")
    assert "全省加强换届风气监督工作视频会议" not in found


# ---------------------------------------------------------------- the centre's No. 1 document
# dev6/h142 (邵阳县 高沙镇): 在中央一号文件下发后
def test_the_centres_no_1_document_written_bare_is_a_national_program(gaz):
    text = "在中央一号文件下发后,该镇对乡村振兴又多了一份期待和信心。"
    found = program_places_of(text, gaz, "洞口县")
    assert found.get("中央一号文件") == NATIONAL


def test_a_provinces_no_1_document_is_not_the_centres(gaz):
    # counter-example (constructed): the province's own No. 1 document is no national program
    text = "在省委一号文件下发后,该镇对乡村振兴又多了一份期待和信心。"
    found = program_places_of(text, gaz, "洞口县")
    assert found.get("中央一号文件") is None and "一号文件" not in found


# ---------------------------------------------------------------- 河湖长制: two heads, one system
# dev6/h143 (岳阳市 清河净滩): 纳入河湖长制工作年度考核内容
def test_two_joined_heads_of_a_chief_system_are_one_head(gaz):
    text = "将河道保洁和“清河净滩”专项行动开展情况纳入河湖长制工作年度考核内容。"
    found = programs_of(text, gaz, "岳阳市")
    assert "河湖长制" in found and "湖长制" not in found


def test_a_verbs_last_character_is_not_a_head(gaz):
    # counter-example (constructed): 推行|河长制 — 行 is the verb's, the system is 河长制
    text = "全县全面推行河长制,落实河道管护责任。"
    found = programs_of(text, gaz, "湘阴县")
    assert "河长制" in found and "行河长制" not in found


# ---------------------------------------------------------------- …保卫战 / 阻击战: campaigns like 攻坚战
# dev6/h133 (衡阳市雁峰区): 衡阳市雁峰区经济保卫战全面打响
def test_a_places_battle_of_a_topic_is_a_campaign(gaz):
    text = "衡阳市雁峰区经济保卫战全面打响,在52家上规模工业企业全部复工的前提下,2月14日签订战略合作协议。"
    found = programs_of(text, gaz, "雁峰区")
    battles = [name for name in found if name.endswith("经济保卫战")]
    assert battles and found[battles[0]][0] == "campaign"


def test_a_bare_battle_word_is_no_campaign(gaz):
    # counter-example (constructed): one bout counted (一场), no topic named
    text = "这是一场保卫战,大家要坚定信心。"
    found = programs_of(text, gaz, "雁峰区")
    assert not any(name.endswith("保卫战") for name in found)


# ---------------------------------------------------------------- 《…统计报表》: a document
# dev6/h139 (通道县 林长制)
def test_a_cited_table_of_figures_is_a_policy_document(gaz):
    text = "翻开《通道县林长制工作完成进度统计报表》,一组组亮眼的数据佐证了通道县林区经济的生态化转型。"
    found = programs_of(text, gaz, "通道县")
    assert found.get("通道县林长制工作完成进度统计报表", ("",))[0] == "policy_document"


def test_a_cited_book_is_no_document(gaz):
    # counter-example (constructed): a 书名号 title without a document word
    text = "翻开《通道县林区风物》,一组组亮眼的图片展现了通道县的山林。"
    found = programs_of(text, gaz, "通道县")
    assert "通道县林区风物" not in found


# ---------------------------------------------------------------- 第N批…重点村/试点镇: a designation
# dev6/h141 (望城区 谭家园村) and dev6/h142 (邵阳县 高沙镇)
def test_a_numbered_batch_of_key_villages_is_a_provincial_designation(gaz):
    text = "近日,湖南省文化和旅游厅公布第七批湖南省乡村旅游重点村名单,望城区茶亭镇谭家园村、靖港镇凌冲村成功入选。"
    found = program_places_of(text, gaz, "望城区")
    assert found.get("第七批湖南省乡村旅游重点村") == place_key(gaz, "湖南省")


def test_a_numbered_batch_of_pilot_towns_is_a_provincial_designation(gaz):
    text = "利用好列入湖南省第二批经济发达镇行政管理体制改革试点镇的政策机遇,稳步推进行政管理体制改革。"
    found = program_places_of(text, gaz, "邵阳县")
    assert found.get("湖南省第二批经济发达镇行政管理体制改革试点镇") == place_key(gaz, "湖南省")


def test_a_numbered_batch_of_goods_is_no_designation(gaz):
    # counter-example (constructed): a batch of funds or goods, no pilot/model/key place
    text = "近日,湖南省财政厅下达第二批乡村振兴衔接资金,支持各地重点项目建设。"
    found = programs_of(text, gaz, "望城区")
    assert not any(name.startswith("第二批") for name in found)


# ---------------------------------------------------------------- a village report goes on
# dev6/h141: the village opens a paragraph as its subject; the next paragraph's systems are its own,
# not those of the town named in passing before (带动茶亭镇特色农产品畅销)
TANJIAYUAN = ("近年来,谭家园村坚持发展乡村旅游,这里连续4年举办花海观光活动,带动茶亭镇特色农产品畅销,年销售量达300余万元。\n"
              "谭家园村还构建了“党建+文化旅游”发展格局,形成村落景区一体化运营的“123”模式。\n"
              "当前,村庄基础设施不断完善。同时,通过建立河长制、林长制、路长制,配备专职保洁员和环保队伍,保持了村容整洁与生态优美。")


def test_a_village_opening_an_earlier_paragraph_runs_the_next_paragraphs_systems(gaz):
    found = program_places_of(TANJIAYUAN, gaz, "望城区")
    assert found["河长制"].endswith("茶亭镇/谭家园村")
    assert found["路长制"].endswith("茶亭镇/谭家园村")


def test_a_village_named_inside_an_earlier_paragraph_does_not(gaz):
    # counter-example (constructed): the village is an object, not the subject opening its paragraph
    text = ("近年来,茶亭镇大力发展乡村旅游,带动谭家园村特色农产品畅销。\n"
            "当前,全镇基础设施不断完善。同时,通过建立河长制、林长制、路长制,保持了环境整洁。")
    found = program_places_of(text, gaz, "望城区")
    assert found["河长制"].endswith("/茶亭镇")


# ---------------------------------------------------------------- …签约项目: verbs name no project
# dev6/h133: 成为开春以来衡阳市首家外来投资与合作签约项目
def test_a_project_named_only_by_what_was_done_to_it_is_no_name(gaz):
    text = "项目总投资不少于80亿元,成为开春以来衡阳市首家外来投资与合作签约项目。"
    found = programs_of(text, gaz, "雁峰区")
    assert not any(name.endswith("签约项目") for name in found)


def test_a_project_with_a_proper_word_before_the_verbs_is_still_named(gaz):
    # counter-example (constructed): a named project (its place and product) is kept
    text = "雁峰区湘江风光带提质改造项目正式开工建设。"
    found = programs_of(text, gaz, "雁峰区")
    assert any(name.endswith("风光带提质改造项目") for name in found)


# ---------------------------------------------------------------- a proverb is no numbered code
# dev6/h149 (永州 脱贫): 8.17万“一方水土养不好一方人”的贫困群众挪出了“穷窝”
def test_numerals_repeated_across_a_sayings_halves_make_no_code(gaz):
    text = "26.56万贫困劳动力通过务工就业长了见识,8.17万“一方水土养不好一方人”的贫困群众挪出了“穷窝”。"
    found = programs_of(text, gaz, "永州市")
    assert "一方水土养不好一方人" not in found


def test_a_code_of_short_numbered_parts_is_still_a_code(gaz):
    # counter-example (constructed): numerals heading short parts (一村一品) make a code
    text = "全县大力推行“一村一品”,带动群众增收。"
    found = programs_of(text, gaz, "永州市")
    assert "一村一品" in found


# ---------------------------------------------------------------- 现代 inside a name
# dev6/h136 (桃源县 集中开工): 湘西北现代装饰建材商贸城项目
def test_modern_inside_a_project_name_does_not_cut_it():
    from graph.programs import name_before
    text = "据了解,湘西北现代装饰建材商贸城项目,由湖南德亿众置业有限公司投资建设。"
    assert name_before(text, text.index("项目")) == "湘西北现代装饰建材商贸城"


def test_a_real_time_word_still_cuts_the_name():
    # counter-example (constructed): 目前 opens the clause, it is no part of the name
    from graph.programs import name_before
    text = "目前装饰建材商贸城项目进展顺利。"
    assert name_before(text, text.index("项目")) == "装饰建材商贸城"
