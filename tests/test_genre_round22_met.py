"""graph.metrics, round 22: causes of anchoring errors (the subject a figure is about) seen in
fresh Hunan village features, investment items and county roundups. Each rule is asserted on a
sentence of one of those articles and has a counter-example it must not fire on; the whole
pipeline runs on each snippet."""
from __future__ import annotations

from support import metrics_of as _metrics, one_metric as _one


# ---------------------------------------------------------------- a bare 基地 / 工业园 opening a clause

def test_a_bare_base_opening_a_clause_is_the_base_named_before(gaz):
    # 基地预计可产出沃柑约500万斤: the base is the orange base of the sentence before, not the county
    text = ("眼下,位于衡山县永和乡龙凤村的沃柑基地迎来了一年中最热闹的时刻。\n"
            "“今年的沃柑长势尤其喜人,品质和产量双丰收。”刘冬洋难掩激动之情,基地预计可产出沃柑约500万斤,"
            "批发价约5元/斤。\n")
    found = _metrics(gaz, text)
    assert _one(found, 500, "万斤").subject == "沃柑基地"
    assert _one(found, 5, "元/斤").subject == "沃柑基地"


def test_a_bare_base_after_a_speaker_is_the_base_named_before(gaz):
    # 该基地今天第一年运营,…,基地目前规划种植中药材50余亩: the medicinal-herb base, not its village
    text = ("5月27日,位于新邵县坪上镇三长村的中药材基地里,耕地、培土、起沟、覆膜、种植……"
            "10余名当地的贫困群众正在抢种中药材幼苗,一派忙碌的景象。\n"
            "该村村支部书记李高生介绍,该基地今天第一年运营,正在种植的是兼具药物和观赏价值的白芨,"
            "基地目前规划种植中药材50余亩,尚有土地计划种植果树。\n")
    assert _one(_metrics(gaz, text), 50, "亩").subject == "中药材基地"


def test_a_bare_base_inside_a_clause_is_no_reference(gaz):
    # counter-example: 基地 not opening its clause (建成基地, 基地内) refers to nothing: the clause's
    # place stays the subject
    text = ("眼下,位于衡山县永和乡龙凤村的沃柑基地迎来了一年中最热闹的时刻。\n"
            "今年永和乡新建基地3个,基地内种植面积达1万亩。\n")
    found = _metrics(gaz, text)
    assert _one(found, 3, "个").subject == "永和乡"
    assert _one(found, 1, "万亩").subject == "永和乡"


def test_a_bare_industrial_park_opening_a_sentence_is_the_park_named_before(gaz):
    # 工业园已形成…产业集群,年产值将在40亿元以上: the park of the sentence before, not its county
    text = ("湖南临澧是一个只有45万人口的内陆小县,为打造投资环境。"
            "临澧先后投入近4亿元资金,在临澧工业园区兴建变电站,启动一批基础设施建设项目。\n"
            "工业园已形成高新材料、机械制造、建筑材料等产业集群,年产值将在40亿元以上。\n")
    found = _metrics(gaz, text)
    assert _one(found, 40, "亿元").subject == "临澧工业园区"
    assert _one(found, 4, "亿元").subject == "临澧县"


# ---------------------------------------------------------------- the place a visit arrives at

def test_the_village_a_visit_arrives_at_is_what_村里_refers_to(gaz):
    # 从杨林桥村…来到花明楼村, …“我们村里…已有40多家相关企业”: 村里 is the village arrived at
    text = ("从杨林桥村约10分钟的车程来到花明楼村,大片黄土上,两栋厂房拔地而起。\n"
            "“早在30年前,我们村里已开始生产非标机械,到现在已有40多家相关企业。"
            "所以村里先拿出15000平方米土地,与企业合作建标准化厂房。”\n")
    found = _metrics(gaz, text)
    assert _one(found, 40, "家").subject == "花明楼村"
    assert _one(found, 15000, "平方米").subject == "花明楼村"


def test_a_destination_after_到_stays_an_object(gaz):
    # counter-example: 到X村 (a destination of people sent, not a visit arriving) is no topic
    text = ("花明楼镇今年组织120名干部到杨林桥村开展帮扶。村里新建厂房3栋。\n")
    found = _metrics(gaz, text)
    assert _one(found, 120, "名").subject == "花明楼镇"


# ---------------------------------------------------------------- a rank scoped by a quoted list

_CHANGSHA_2024 = ("长沙县大力推进“湘商回归”“校友回湘”“湘智兴湘”“湘企出海”(简称“四湘行动”),成果丰硕。"
                  "2024年完成新注册湘商回归企业36家,引进斯玛特全球贸易中心及配套国际产业园、鹏厦大族机器人智能制造基地、"
                  "文和友烹饪机器人产业园建设等一批代表性湘商回归项目,招商引资落地金额居湖南省“校友回湘”成绩榜单第二位。\n")


def test_a_place_before_a_quoted_lists_rank_is_the_yardstick(gaz):
    # 招商引资落地金额居湖南省“校友回湘”成绩榜单第二位: the province is the list's scope, and the
    # batch of projects (等一批…项目) before it is a class: the county stays the subject
    assert _one(_metrics(gaz, _CHANGSHA_2024), 2, "位").subject == "长沙县"


def test_a_place_after_a_quoted_name_and_no_rank_stays_the_subject(gaz):
    # counter-example: a quoted name after the place with no rank word after it
    text = ("2024年,湖南省“校友回湘”活动签约项目达到300个。\n")
    assert _one(_metrics(gaz, text), 300, "个").subject == "湖南省"


def test_one_named_project_keeps_the_clause_after_it(gaz):
    # counter-example to the batch: one project named without 一批 is what the clause after it is about
    text = ("2月3日,长沙县举办项目签约活动。华医医疗器械智能化产业项目集中签约,签约金额34.45亿元。\n")
    assert _one(_metrics(gaz, text), 34.45, "亿元").subject == "华医医疗器械智能化产业项目"


# ---------------------------------------------------------------- a park embedded by 使

def test_a_park_in_a_clause_embedded_by_使_is_the_park_named_before(gaz):
    # …在临澧工业园区兴建变电站,…,使园区面积达到10.68平方公里: the park's area, not the county's
    text = ("湖南临澧:软实力招来硬项目\n"
            "湖南临澧是一个只有45万人口的内陆小县,为打造投资环境。"
            "临澧先后投入近4亿元资金,在临澧工业园区兴建变电站,启动一批以征拆、土平、路网、管网为重点的"
            "基础设施建设项目,使园区面积达到10.68平方公里;良好的园区环境很快引来了投资者。\n")
    assert _one(_metrics(gaz, text), 10.68, "平方公里").subject == "临澧工业园区"


def test_使_before_a_place_keeps_the_clause_subject(gaz):
    # counter-example: 使 before no bare park/base noun refers to nothing new
    text = ("湖南临澧:软实力招来硬项目\n"
            "湖南临澧是一个只有45万人口的内陆小县,为打造投资环境。"
            "临澧先后投入近4亿元资金,在临澧工业园区兴建变电站,使全县签约项目达到6个。\n")
    assert _one(_metrics(gaz, text), 6, "个").subject == "临澧县"


# ---------------------------------------------------------------- a class of bases by a threshold

def test_bases_over_a_threshold_are_a_class_not_the_subject(gaz):
    # 其中200亩以上的水果基地就有10个: the township has ten such bases; they are not the subject
    text = ("2024年永和乡水果种植面积达1万亩,年产值近2亿元,从业人员超过3000人,"
            "其中200亩以上的水果基地就有10个。\n")
    assert _one(_metrics(gaz, text), 10, "个").subject == "永和乡"


def test_a_named_place_in_the_其中_clause_keeps_its_figure(gaz):
    # counter-example: the 其中 clause names a village (no threshold class): the figure is the village's
    text = ("2024年永和乡水果种植面积达1万亩,其中龙凤村沃柑基地就有1100亩。\n")
    assert _one(_metrics(gaz, text), 1100, "亩").subject == "龙凤村"


# ---------------------------------------------------------------- a park named as a site

_LIGHT_INDUSTRY_PARK = (
    "作为全国轻工业调整和振兴的第一个创新示范性产业园,中国(湖南)轻工产业园今年4月落户湘阴,"
    "按照“行业牵头、产业集聚、整体规划、分期开发”的原则,由省轻工行办与湘阴县人民政府合作开发。"
    "入园企业以轻工机械、环保设备、食品加工设备、照明器具、生物工程等为主。"
    "园区建成后可吸纳入园企业约300家,年产值预计可达1000亿元人民币,解决就业约30万人。\n")


def test_a_park_named_at_a_clause_opening_is_what_园区_refers_to(gaz):
    # 中国(湖南)轻工产业园今年4月落户湘阴 … 园区建成后可吸纳入园企业约300家: the park's figures,
    # its name with the bracketed province
    found = _metrics(gaz, _LIGHT_INDUSTRY_PARK)
    assert _one(found, 300, "家").subject == "中国(湖南)轻工产业园"
    assert _one(found, 30, "万人").subject == "中国(湖南)轻工产业园"


def test_a_parks_head_inside_a_longer_word_names_no_site(gaz):
    # counter-example: 为省级工业园区 (a preposition opens it, 工业园 is part of 工业园区) is no site;
    # the zone named before keeps its figures
    text = ("湖南汨罗工业园区始建于2003年,为省级工业园区,2005年被国家六部委批准为全国首批循环经济试点单位。"
            "园区按照“高起点规划、高质量建设、高标准管理、高效益经营”的建园理念,规划建设面积18平方公里。\n")
    assert _one(_metrics(gaz, text), 18, "平方公里").subject == "汨罗工业园区"


# ---------------------------------------------------------------- a site named right after its places

_TONGGUAN = ("近日,湖南省长沙市望城区铜官循环经济工业基地传来喜讯,循环经济工业基地的18个产业项目将集体开工,"
             "此次项目标志着又一个环保产业基地在湖南崛起,总投资达32亿元,预计建成投产后,年产值可达96亿元,"
             "实现税收2.2亿元。\n")


def test_a_site_named_right_after_the_places_opening_a_clause_is_the_subject(gaz):
    # 湖南省长沙市望城区铜官循环经济工业基地传来喜讯,…总投资达32亿元: the base, not the district
    found = _metrics(gaz, _TONGGUAN)
    assert _one(found, 32, "亿元").subject == "铜官循环经济工业基地"
    assert _one(found, 96, "亿元").subject == "铜官循环经济工业基地"


def test_places_opening_a_clause_without_a_site_keep_the_smallest_place(gaz):
    # counter-example: no site head after the places: the smallest place stays the subject
    text = _TONGGUAN.replace("铜官循环经济工业基地传来喜讯,循环经济工业基地的", "传来喜讯,")
    assert _one(_metrics(gaz, text), 32, "亿元").subject == "望城区"
