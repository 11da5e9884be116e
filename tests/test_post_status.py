"""Posts in time: the status of each post as the text gives it (graph.officials.post_status,
decision_status), and its RDF (W3C ORG membership + OWL-Time interval at the document's date)."""
from __future__ import annotations

import pytest
from rdflib.namespace import ORG

from graph.gazetteer import load_gazetteer
from graph.officials import decision_status, post_status
from graph.pipeline import build_graph_from
from graph.text import make_document
from graph.vocab import GK

OWL_TIME = "http://www.w3.org/2006/time#"

# d14 (real): a personnel decision
D14 = ("2月1日下午,衡阳市召开全市领导干部大会,宣读省委关于衡阳市委主要领导同志调整的决定:周农同志不再担任衡阳市委书记,"
       "提名免去市人大常委会主任职务。郑建新同志任衡阳市委书记,提名为市人大常委会主任候选人,提名免去市人民政府市长职务。"
       "周农主持会议并讲话,郑建新出席会议并讲话,省委组织部副部长蔡建和宣布省委决定并讲话。")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def statuses(text: str, gaz) -> dict[tuple[str, str], str]:
    _, extractions = build_graph_from([make_document(text, "t", "t.txt")], gaz)
    return {(m.person, m.role): m.status for m in extractions[0].officials}


def test_decision_d14(gaz):
    got = statuses(D14, gaz)
    assert got[("周农", "市委书记")] == "removed"                 # 不再担任
    assert got[("周农", "市人大常委会主任")] == "removed"         # 提名免去 … 职务
    assert got[("郑建新", "市委书记")] == "new"                   # 同志任
    assert got[("郑建新", "市人大常委会主任候选人")] == "nominated"  # 提名为 … 候选人
    assert got[("郑建新", "市长")] == "removed"                 # 提名免去市人民政府市长职务 (a government post: its title)
    assert got[("蔡建和", "省委组织部副部长")] == "current"         # no marker: held now


def test_acting_d13(gaz):
    # d13 (real): 市委副书记、代市长李爱武 — only the 代 post is acting
    got = statuses("3月30日下午,岳阳市委书记刘和生主持召开常委会会议。市委副书记、代市长李爱武,市委常委会组成人员出席会议。", gaz)
    assert got[("李爱武", "代市长")] == "acting"
    assert got[("李爱武", "市委副书记")] == "current"
    assert got[("刘和生", "市委书记")] == "current"


def test_former_markers(gaz):
    got = statuses("会上，原株洲市委书记张三、时任攸县县委书记李四出席。", gaz)
    assert got[("张三", "市委书记")] == "former"
    assert got[("李四", "县委书记")] == "former"


def test_new_and_current_markers(gaz):
    assert statuses("新任邵阳市委书记王五到任后首次调研。", gaz)[("王五", "市委书记")] == "new"
    assert statuses("现任湘潭县县长赵六表示。", gaz)[("赵六", "县长")] == "current"


def test_nominated_by_niren(gaz):
    # 拟任: the name is 陈强 (not 陈强拟) and the post is only proposed
    assert statuses("据悉，陈强拟任岳阳市副市长。", gaz) == {("陈强", "副市长"): "nominated"}


def test_danren_describes_a_post_held_outside_a_decision(gaz):
    got = statuses("王明担任株洲市委书记，狠抓项目建设。", gaz)
    assert got.get(("王明", "市委书记"), "current") == "current"


@pytest.mark.parametrize("before, role, expected", [
    ("会上，原", "市委书记", "former"),
    ("、时任", "县委书记", "former"),
    ("前任", "县长", "former"),
    ("新任", "市委书记", "new"),
    ("拟任", "副市长", "nominated"),
    ("出席的有", "代市长", "acting"),
    ("出席的有", "市长候选人", "nominated"),
    ("出席的有", "市长", "current"),
    ("青藏高原", "县委书记", "current"),     # 原 ends 高原: not "former"
    ("太原", "市委书记", "current"),
    ("人大", "代表", "current"),             # 代表 is not acting
])
def test_post_status_before_a_title(before, role, expected):
    assert post_status(before + role + "张三", len(before), role) == expected


@pytest.mark.parametrize("verb, tail, sentence, comrade, expected", [
    ("不再担任", "", "", False, "removed"),
    ("免去", "职务", "", False, "removed"),
    ("提名免去", "职务", "", False, "removed"),
    ("提名为", "候选人", "", False, "nominated"),
    ("拟任", "", "", False, "nominated"),
    ("任", "", "", False, "new"),
    ("担任", "", "省委决定", False, "new"),
    ("担任", "", "", True, "new"),
    ("担任", "", "他担任村支书多年", False, "current"),
])
def test_decision_status(verb, tail, sentence, comrade, expected):
    assert decision_status(verb, tail, sentence, comrade) == expected


def test_membership_interval_at_the_documents_date(gaz):
    text = "新华社长沙2021年10月8日电 省委决定：刘明同志任株洲市委书记，免去其邵阳市市长职务。株洲市委副书记、代市长李华出席。"
    graph, _ = build_graph_from([make_document(text, "t", "t.txt")], gaz)
    rows = {(str(s), str(p)) for s, p in graph.query(f"""
        PREFIX org: <http://www.w3.org/ns/org#> PREFIX gk: <https://w3id.org/govkg/ontology#>
        PREFIX time: <{OWL_TIME}> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        SELECT ?status ?link WHERE {{ ?m a org:Membership ; gk:postStatus ?status ;
             org:memberDuring ?i . ?i ?link ?instant . ?instant time:inXSDDate "2021-10-08"^^xsd:date }}""")}
    assert ("new", OWL_TIME + "hasBeginning") in rows
    assert ("removed", OWL_TIME + "hasEnd") in rows
    assert ("acting", OWL_TIME + "inside") in rows


def test_no_interval_without_a_date_or_for_former_posts(gaz):
    graph, _ = build_graph_from([make_document("会上，原株洲市委书记张三出席。", "t", "t.txt")], gaz)
    assert list(graph.subjects(ORG.memberDuring, None)) == []
    assert {str(o) for o in graph.objects(None, GK.postStatus)} == {"former"}
