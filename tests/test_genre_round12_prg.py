"""Programs, twelfth round: causes of program errors recurring across the ten development sets —
each rule tested on a quoted development sentence, with a counter-example (our own writing) it must
not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- a place brand a place sets out to become
# dev/d16 (娄底 … 打造中部地区“材料谷”) and dev4/h55 (灵官殿镇 … 全力打造“幸福中乡”): a quoted name
# ending in a kind of place after 打造/建设/创建 (at most a few nouns of where between) is a campaign
LOUDI_VALLEY = "近年来,娄底围绕打造中部地区“材料谷”,大力实施“娄商返娄”战略,瞄准产业链上下游。"
ZHONGXIANG = "灵官殿镇:牢记使命忠诚履职 全力打造“幸福中乡”\n9月3日,灵官殿镇党委书记向记者介绍。"


def test_a_quoted_place_brand_after_a_building_verb_is_a_campaign(gaz):
    assert programs_of(LOUDI_VALLEY, gaz, "娄底市").get("材料谷") == ("campaign", "娄底市")
    assert programs_of(ZHONGXIANG, gaz, "邵东市").get("幸福中乡") == ("campaign", "灵官殿镇")


def test_a_quote_of_another_head_or_heading_a_noun_is_no_place_brand(gaz):
    # counter-examples: a metaphor of another head (链), a brand heading the noun after it
    assert "人才链" not in programs_of("该县围绕产业链、创新链积极打造“人才链”。", gaz, "石门县")
    assert "茶香小镇乡" not in programs_of("该县打造“茶香小镇乡”旅游线路,吸引游客。", gaz, "石门县")
    assert "山水新城" not in programs_of("他走过了“山水新城”,又去了老街。", gaz, "长沙市")
