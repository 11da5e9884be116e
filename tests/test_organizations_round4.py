"""Organisation rules of the genre found on fresh Hunan articles (benchmarks kept outside the
repository: /work/newarts4/org4, industry news, signings, inspection visits, departmental news):
a real sentence per rule and a case it must not fire on."""
from __future__ import annotations

from support import orgs_of

# /work/newarts4/org4/06 (邵阳, 健康中国(湖南)行): hospitals named by their class after the level character
_SHAOYANG = ("9月10日上午,2021年“健康中国(湖南)行”邵阳站启动仪式暨集中宣传活动在市区城南公园举行。"
             "活动由市卫健委主办,由市文明办、市中心医院、邵阳学院附属第一医院、邵阳学院附属第二医院、"
             "市三区卫健局、市中医院、市中西医结合医院等单位协办。")


def test_hospital_class_names_after_a_level_character_are_that_places_hospitals(gaz):
    found = orgs_of(_SHAOYANG, gaz)
    for name in ("邵阳市中心医院", "邵阳市中医院", "邵阳市中西医结合医院"):
        assert name in found and found[name] == "other"


def test_an_ordinal_before_the_suffix_is_part_of_the_name(gaz):
    found = orgs_of(_SHAOYANG, gaz)
    assert "邵阳学院附属第一医院" in found and "邵阳学院附属第二医院" in found


def test_a_hospital_class_name_alone_is_listed_only_among_bodies(gaz):
    # /work/newarts4/org4/05 (新化县 in 祁阳县)
    found = orgs_of("考察组一行首先实地参观了祁阳县人社局、卫健局、中医医院等单位的健康小屋。", gaz)
    assert "祁阳县中医医院" in found   # (the list's place, see below)
    found = orgs_of("位于市中心的医院人满为患,他在中心医院工作,全县第一所医院建成。", gaz)
    assert not found


def test_a_place_in_brackets_before_the_legal_suffix_is_inside_the_company_name(gaz):
    # /work/newarts4/org4/03 (岳阳) and 04 (长沙经开区), ASCII and full-width brackets
    found = orgs_of("调研组一行实地考察了中石化催化剂长岭分公司、岳阳东方雨虹、泰金宝光电(岳阳)有限公司、"
                    "湖南复星合力新材料有限公司等地。", gaz)
    assert "泰金宝光电(岳阳)有限公司" in found
    found = orgs_of("调研组一行实地走访了广汽三菱汽车有限公司生产工厂、博世汽车部件（长沙）有限公司101车间。", gaz)
    assert "博世汽车部件（长沙）有限公司" in found


def test_brackets_holding_no_place_do_not_extend_a_company_name(gaz):
    found = orgs_of("会上,投资方(外资)有限公司代表发言。", gaz)
    assert not [name for name in found if "(" in name]


def test_a_trade_word_between_two_commas_of_a_list_of_groups_is_a_short_name(gaz):
    # /work/newarts4/org4/02 (省国资委监管企业与汨罗集中签约)
    found = orgs_of("省国资委党委委员、副主任、一级巡视员张美诚,交水建集团、湘电集团、现代农业集团、粮食集团、"
                    "湘水集团、湘科集团、建筑设计院集团、高新创投集团、高速集团、建工集团、湘投集团、兴湘集团、"
                    "高速文旅公司等16家省国资委监管企业领导参加。", gaz)
    for name in ("现代农业集团", "粮食集团", "高新创投集团", "高速集团", "建工集团"):
        assert name in found


def test_a_list_of_trades_with_a_company_word_names_no_company(gaz):
    assert not orgs_of("引进了农业公司、物流公司、科技公司等市场主体。", gaz)
    assert not orgs_of("培育家庭农场、农民合作社、农业企业等经营主体。", gaz)


def test_a_verb_of_leading_a_delegation_ends_the_name_of_the_body_after_it(gaz):
    # /work/newarts4/org4/05: 谭庚艮带领政府办公室副主任…
    found = orgs_of("9月26日,由新化县人民政府副县级干部谭庚艮带领政府办公室副主任刘光荣、县政协科教文卫委主任"
                    "杨铁祥等相关单位负责人,赴祁阳县学习。", gaz)
    assert not [name for name in found if "带领" in name or "谭庚艮" in name]
    assert "新化县政府" in found


def test_a_body_before_the_verb_of_leading_keeps_its_name(gaz):
    found = orgs_of("新化县召开会议。县长带领县发改局、县财政局负责人调研。", gaz)
    assert "新化县发改局" in found and "新化县财政局" in found


def test_a_party_department_after_a_place_alone_is_the_committees(gaz):
    # /work/newarts4/org4/05: …县政协科教文卫委主任杨铁祥及宣传部、卫健局… (新化县's 宣传部)
    found = orgs_of("新化县召开会议。县宣传部、县组织部负责人参加。", gaz)
    assert "新化县委宣传部" in found and "新化县委组织部" in found
    assert "新化县宣传部" not in found


def test_a_party_department_of_a_company_keeps_its_name(gaz):
    found = orgs_of("新化县召开会议。县委统战部和华菱集团公司宣传部负责人参加。", gaz)
    assert "新化县委统战部" in found
    assert not [name for name in found if name.endswith("司委宣传部")]


def test_unprefixed_items_of_a_list_take_the_place_of_the_body_before_them(gaz):
    # /work/newarts4/org4/05: the visited county's bureaus, not the visitors'
    text = ("新化县赴祁阳学习。考察组一行首先实地参观了祁阳县人社局、卫健局、中医医院等单位的健康小屋。")
    found = orgs_of(text, gaz)
    assert "祁阳县卫健局" in found and "祁阳县中医医院" in found
    assert "新化县卫健局" not in found


def test_a_listed_name_opening_with_a_place_keeps_its_own(gaz):
    # review article programs/05: …衡阳县人民政府、湖南农业大学…
    found = orgs_of("衡阳市农业委员会、市旅游外侨民宗局、衡阳县人民政府、湖南农业大学、国家南方林业生态工程"
                    "技术研究中心承办。", gaz)
    assert "湖南农业大学" in found and not [name for name in found if name.endswith("县湖南农业大学")]


def test_a_level_character_before_a_word_opening_with_another_is_no_collective(gaz):
    # /work/newarts4/org4/09: 省|市场监督管理局 is the province's market regulator, not 省市 (provinces and cities)
    text = ("省市场监督管理局检查长沙市场监管领域行动\n\n"
            "2月2日下午,省市场监督管理局党组书记、局长彭华松带队检查长沙市场监管领域行动开展情况。")
    assert "湖南省市场监督管理局" in orgs_of(text, gaz)


def test_a_collective_of_levels_still_names_a_class_of_bodies(gaz):
    found = orgs_of("长沙市召开会议,要求县市区政府加强领导,省市县三级联动。", gaz)
    assert not [name for name in found if "县市区" in name or "省市县" in name]


def test_a_rural_credit_cooperative_is_named_by_its_place(gaz):
    # /work/newarts4/org4/10 (冷水江)
    text = ("冷水江市农村信用体系建设试点授信工作会议召开\n\n"
            "自今年初以来,冷水江市联社信贷部门与中连分社信贷小组对金湾村396户农户进行了走访。")
    assert "冷水江市联社" in orgs_of(text, gaz)
    assert "湖南省农村信用合作联社" in orgs_of("湖南省农村信用合作联社召开会议。", gaz)


def test_a_cooperative_word_without_a_place_names_no_credit_cooperative(gaz):
    assert not orgs_of("会议要求全市各联社抓好落实。", gaz)


def test_items_before_a_unit_in_a_list_share_its_head_word(gaz):
    # /work/newarts4/org4/07 (石门农商银行)
    found = orgs_of("石门农商银行党委书记、董事长邱表军现场为石门柑橘协会授信30亿元。楚江、夹山、维新、磨市支行"
                    "负责人和杨氏果业、湘九红、等柑橘企业现场授信签约。", gaz)
    for name in ("楚江支行", "夹山支行", "维新支行", "磨市支行"):
        assert name in found


def test_common_words_before_a_unit_share_no_head_word(gaz):
    found = orgs_of("会议推动存款、贷款、城东支行业务发展。", gaz)
    assert "存款支行" not in found and "贷款支行" not in found


def test_a_speech_verb_ends_the_walk_back_over_a_name(gaz):
    # /work/newarts4/org4/08 (汉寿, 政银企签约)
    found = orgs_of("车世忠感谢国开行湖南省分行一直以来为汉寿发展所作的贡献。", gaz)
    assert "国开行湖南省分行" in found and not [name for name in found if "感谢" in name]


def test_a_division_written_right_after_its_department_is_named_after_it(gaz):
    # /work/newarts4/org4/03 (岳阳): 省工信厅运行处毛六平处长表示
    found = orgs_of("座谈会上,市工信局介绍了岳阳市特色、支柱产业及重点企业发展情况。"
                    "省工信厅运行处毛六平处长表示,要加强创新研究。", gaz)
    assert "湖南省工信厅运行处" in found


def test_chu_closing_a_word_after_a_department_is_no_division(gaz):
    found = orgs_of("岳阳市召开会议。市财政局工作人员到处走访,市公安局有一处不足,市财政局安排处长参加。", gaz)
    assert not [name for name in found if name.endswith("处")]


def test_chambers_of_commerce_of_several_towns_share_the_head_word(gaz):
    # /work/newarts4/org4/12 (长沙县 镇街商会)
    found = orgs_of("据介绍,星沙、湘龙、泉塘商会2011年成立,长龙商会2013年成立。", gaz)
    for name in ("星沙商会", "湘龙商会", "泉塘商会", "长龙商会"):
        assert name in found


def _listed(text: str, gaz) -> set[str]:
    from graph.organizations import extract_organizations
    from graph.places import article_places
    from support import places_of

    doc, places, _new = places_of(text, gaz)
    return {o.name for o in extract_organizations(doc, places, gaz, article_places(doc, places, gaz)) if o.listed}


def test_a_body_before_a_post_with_no_named_holder_is_named(gaz):
    # review article officials/05 (澧县) and newarts2 anc2/01 (道县): the body's unnamed spokesman
    text = ("澧县召开乡村振兴工作推进会。县人大常委会副主任熊德蓉和县乡村振兴五大分指挥部牵头单位负责人、"
            "县乡村振兴局主要负责人参加观摩。")
    assert "澧县乡村振兴局" in _listed(text, gaz)
    text = "道县县委常委、常务副县长李林,县发改局主要负责人陪同调研。"
    assert "道县发改局" in _listed(text, gaz)


def test_a_body_before_a_post_whose_holder_is_named_stays_implied(gaz):
    # /work/newarts4/org4/05: 祁阳县卫健局局长奉毅 (a named holder); 负责人 + a name likewise
    text = "新化县赴祁阳县学习。交流会上,祁阳县卫健局局长奉毅作了介绍,县财政局负责人周贞霖发言。"
    listed = _listed(text, gaz)
    assert "祁阳县财政局" not in listed and "新化县财政局" not in listed


def test_wei_of_weituo_closes_no_body(gaz):
    # newarts4 prg4/03 and off4/07: 受…胡忠雄委托, 受政协桃源县第十一届委员会常务委员会委托
    found = orgs_of("受市委副书记、市长、湖南湘江新区党工委书记胡忠雄委托,市委常委、常务副市长舒行钢主持会议。", gaz)
    assert not [name for name in found if name.endswith("雄委")]
    found = orgs_of("桃源县召开会议。受政协桃源县第十一届委员会常务委员会委托,县政协副主席余晓斌向大会作了报告。", gaz)
    assert not [name for name in found if name.endswith("会委")]


def test_a_committee_before_weiyuan_is_still_a_body(gaz):
    found = orgs_of("桃源县召开会议。县委委员、县纪委书记李某出席。", gaz)
    assert "桃源县纪委" in found


def test_he_xian_before_a_body_is_a_conjunction_and_a_level_character(gaz):
    # newarts4 prg4/02 (沅陵县 government work report): jieba reads 和县 (a county in Anhui)
    found = orgs_of("沅陵县召开会议。在上级党委政府和县委的坚强领导下,在县人大和县政协的监督支持下,我们坚持发展。", gaz)
    assert "沅陵县人大" in found and "沅陵县政协" in found
    assert not [name for name in found if "和县" in name]


def test_he_inside_a_department_name_is_still_crossed(gaz):
    found = orgs_of("湖南省住房和城乡建设厅、长沙市人力资源和社会保障局参加。", gaz)
    assert "湖南省住房和城乡建设厅" in found and "长沙市人力资源和社会保障局" in found


def test_daibiao_as_a_verb_ends_the_walk_back(gaz):
    # newarts4 off4/07 (桃源县政协 session)
    found = orgs_of("桃源县召开会议。县政协主席董莉莉代表政协桃源县第十一届委员会常务委员会,向大会作工作报告。", gaz)
    assert not [name for name in found if "董莉莉" in name or "代表" in name]
    assert "桃源县政协" in found


def test_a_congress_of_representatives_keeps_its_body(gaz):
    found = orgs_of("湖南省工商业联合会第十三次代表大会在长沙召开。", gaz)
    assert "湖南省工商业联合会" in found


def test_a_visit_by_qianwang_lists_companies_and_an_outlet_in_brackets_is_not_in_the_name(gaz):
    # /work/newarts4/org4/09 (省市场监管局 in 长沙)
    found = orgs_of("检查组先后前往长沙英茂金属有限公司、步步高星城天地(湘府东路店)以及红星全球农批中心。"
                    "在英茂金属,核查钢筋质量及生产管控记录。", gaz)
    assert "步步高星城天地" in found


def test_a_visit_to_places_names_no_company(gaz):
    assert not orgs_of("代表团先后前往长沙、株洲以及湘潭考察。", gaz)


def test_a_head_of_government_written_after_its_place_names_the_government(gaz):
    # the genre of personnel items (the dev gold lists 衡阳市政府 for 衡阳市市长); 湖南省省长 likewise
    assert "湖南省政府" in _listed("会议由湖南省省长毛伟明主持。", gaz)
    assert "澧县政府" in _listed("澧县召开会议。澧县县长李某讲话。", gaz)


def test_a_street_after_a_city_names_no_government(gaz):
    assert not _listed("衡阳市长沙路改造完工。", gaz)


def test_a_bracketed_aside_between_list_items_keeps_the_list(gaz):
    # /work/newarts4/org4/05: …应急管理局、疾控中心(健康教育所)、人民医院、街道(社区) 等相关单位负责人
    text = ("为加快推进新化县全国健康促进县创建工作步伐,9月26日,由新化县人民政府副县级干部谭庚艮带领"
            "政府办公室副主任刘光荣及宣传部、卫健局、教育局、住建局、应急管理局、疾控中心(健康教育所)、"
            "人民医院、街道(社区) 等相关单位负责人,赴祁阳县学习全国健康促进县创建工作先进经验。")
    assert "新化县人民医院" in orgs_of(text, gaz)


def test_a_bracketed_aside_after_a_non_body_lists_nothing(gaz):
    found = orgs_of("新化县召开会议。参加者有街道(社区)、人民医院。", gaz)
    assert "人民医院" not in found and "新化县人民医院" not in found


def test_an_accounting_or_law_firm_is_a_body(gaz):
    # /work/newarts4/org4/14 (隆回县湘商产业园)
    found = orgs_of("10月9日10月10日,大宇会计师事务所项目经理陈玲率省“135”工程综合考评组到县湘商产业园检查指导工作。", gaz)
    assert "大宇会计师事务所" in found


def test_a_firm_word_alone_names_no_firm(gaz):
    assert not orgs_of("他在事务所工作多年。", gaz)


def test_jian_between_two_posts_ends_the_walk_back(gaz):
    # /work/newarts4/org4/14: 县工业集中区党工委书记兼管委会主任张晚清
    found = orgs_of("隆回县人民政府党组成员、县工业集中区党工委书记兼管委会主任张晚清等陪同。", gaz)
    assert not [name for name in found if "兼" in name]


def test_a_name_with_no_jian_word_is_unchanged(gaz):
    found = orgs_of("株洲经开区党工委书记、管委会主任王某出席。", gaz)
    assert "株洲经开区管委会" in found


def test_ceramics_is_a_trade_word_after_a_brand(gaz):
    # /work/newarts4/org4/16 (衡阳县 界牌工业园区) and review article metrics/05 (旭辉、明新陶瓷建成投产)
    found = orgs_of("随后来到阳光陶瓷、盛泰陶瓷的生产一线,了解企业生产情况。界牌陶瓷工业园旭辉、明新陶瓷建成投产。", gaz)
    assert "盛泰陶瓷" in found and "明新陶瓷" in found


def test_ceramics_after_a_dictionary_word_names_no_company(gaz):
    assert not orgs_of("当地发展传统陶瓷产业。", gaz)


def test_a_shorthand_body_takes_the_counties_name_as_the_article_writes_it(gaz):
    # review article officials/06 (祁阳县, 2016; the gazetteer names it 祁阳市 since 2021)
    text = ("祁阳县党政代表团赴益阳、长沙学习考察随记\n"
            "红网祁阳县分站12月7日讯(记者 唐志强 刘志军 通讯员 郑宏)12月5日至6日,县委书记周新辉率领我县"
            "党政代表团赴益阳市南县、赫山区、长沙市宁乡县学习考察当地在农村综合服务平台建设、小城镇建设、"
            "美丽乡村建设、医养结合等方面的先进经验。")
    found = orgs_of(text, gaz)
    assert "祁阳县委" in found and "祁阳市委" not in found


def test_a_city_written_as_a_city_keeps_the_gazetteers_name(gaz):
    found = orgs_of("衡阳市召开会议。市委书记郑建新讲话,市财政局参加。", gaz)
    assert "衡阳市财政局" in found


def test_a_demonstrative_or_chained_body_takes_the_written_county_name_too(gaz):
    # written in the genre of the review article officials/02 (邵东县 in 2013, 邵东市 since 2019)
    found = orgs_of("邵东县召开会议。该县农业农村局参加。副县长、公安局局长李某出席。", gaz)
    assert "邵东县农业农村局" in found and "邵东县公安局" in found


def test_the_word_government_in_a_clause_after_a_body_is_no_government(gaz):
    # /work/newarts4/org4/05: 祁阳县卫健局局长奉毅从政府重视、部门联动、经费投入…等方面进行了详细的介绍
    found = orgs_of("新化县赴祁阳县学习。交流会上,祁阳县卫健局局长奉毅从政府重视、部门联动、经费投入、"
                    "部署督导等方面进行了详细的介绍。", gaz)
    assert "祁阳县政府" not in found


def test_a_government_in_a_title_chain_still_takes_the_place_before(gaz):
    found = orgs_of("洪江市安江镇党委副书记、政府镇长李某出席。", gaz)
    assert [name for name in found if name.endswith("安江镇政府")]


def test_more_trade_words_after_an_unknown_brand(gaz):
    # /work/newarts4/org4/07 (石门) and the review articles metrics/03 (古丈), metrics/05 (衡阳县)
    found = orgs_of("楚江、夹山、维新、磨市支行负责人和杨氏果业、湘九红、等柑橘企业现场授信签约。", gaz)
    assert "杨氏果业" in found
    found = orgs_of("由县委常委、常务副县长刘学书担任首席服务员的“送解优”驻企服务小分队走访吉盛服饰。", gaz)
    assert "吉盛服饰" in found
    found = orgs_of("界牌(石市)陶瓷工业园旭辉、明新陶瓷建成投产。井头石材基地的日晟石材和顺大石材投产。", gaz)
    assert "日晟石材" in found


def test_a_trade_word_after_a_dictionary_word_names_no_company(gaz):
    assert not orgs_of("大力发展现代物流和特色服饰产业。", gaz)
