"""Twenty-second round (org): rules of the genre for organisations, from causes found in fresh
Hunan local-government articles. Each rule is tested on a sentence quoted from one of those
articles and on a counter-example it must not fire on."""
from __future__ import annotations

from support import listed_org_names as named


# ---------------------------------------------------------------- a government's office compound

def test_an_administrative_centre_is_a_venue_not_a_body(gaz):
    text = "实地调研结束后,在县行政中心召开了专题座谈会。会上,新田县相关部门负责人进行了系统汇报。"
    assert not any(name.endswith("行政中心") for name in named(text, gaz))


def test_an_administrative_approval_centre_is_still_a_body(gaz):
    # 行政审批服务中心 ends in 服务中心: the false ending is the compound 行政中心 only
    orgs = named("新田县召开会议。县行政审批服务中心负责人作汇报。", gaz)
    assert "新田县行政审批服务中心" in orgs


# ---------------------------------------------------------------- 率 before the body it leads

def test_lead_written_as_one_character_ends_the_name(gaz):
    text = "5月1日上午,石峰区主要负责人率区应急管理局、经开消防救援大队、云田镇工作人员对辖区烟花爆竹门店进行检查。"
    orgs = named(text, gaz)
    assert "石峰区应急管理局" in orgs
    assert not any("率" in name for name in orgs)


def test_a_name_without_lead_keeps_its_words(gaz):
    assert "湖南省县域经济研究会" in named("湖南省县域经济研究会理事长伍晓华率专家组一行,深入永州市新田县调研。", gaz)
