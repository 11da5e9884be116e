"""Officials, fourth round: rules of the genre found on fresh articles nobody tuned the extractors
for (a helper's set of congress, CPPCC, inspection, departmental and town items, not kept in the
repository: the sentences are quoted here). Each rule is tested on a real sentence, quoted, with a
counter-example it must not fire on."""
from __future__ import annotations

from support import officials_and_citizens


def officials_of(text: str, gaz) -> set[tuple[str, str, str]]:
    return officials_and_citizens(text, gaz)[0]


# ---------------------------------------------------------------- 县委|第一巡察组|组长: a committee's unit is the body

XUNCHA = ("2018年9月19日,衡阳县县委第一巡察组正式进驻杉桥镇。会上,县委第一巡察组副组长陈香娥做动员会议总报告。"
          "杉桥镇党委书记蒋建平做了表态发言。县委第一巡察组组长许耀新做总结发言。")   # 衡阳县, town news
YANJIUSHI = ("长沙县人大常委会组织开展视察调研活动。在代表初任培训中,市人大常委会研究室主任彭友元将代表的权利与义务"
             "娓娓道来。")   # 长沙县人大


def test_unit_of_a_party_committee_is_the_body_of_its_head(gaz):
    officials = officials_of(XUNCHA, gaz)
    assert ("许耀新", "组长", "衡阳县委第一巡察组") in officials      # was (许耀新, 组长, 杉桥镇)
    assert ("陈香娥", "副组长", "衡阳县委第一巡察组") in officials
    assert ("蒋建平", "镇党委书记", "杉桥镇党委") in officials


def test_unit_of_a_standing_committee_is_the_body_of_its_head(gaz):
    assert ("彭友元", "主任", "长沙市人大常委会研究室") in officials_of(YANJIUSHI, gaz)   # was 长沙县


def test_a_title_between_committee_and_head_is_no_unit(gaz):
    # 县人大常委会|主任: nothing between, the committee itself; 常委会研究室 holds the title 常委
    assert ("李建章", "县人大常委会主任", "长沙县人大常委会") in officials_of(
        "长沙县人大常委会组织开展活动。县人大常委会主任李建章参加调研。", gaz)
    assert not any(org.endswith("研究室") for _p, _r, org in officials_of("会上,县委常委会研究室主任李明讲话。", gaz))


def test_unit_of_a_company_still_goes_into_the_role(gaz):
    text = "签约仪式在长沙举行。中国华夏文化遗产基金会公募基金部长万家春参加签约仪式。"
    assert ("万家春", "公募基金部长", "中国华夏文化遗产基金会") in officials_of(text, gaz)
