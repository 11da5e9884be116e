"""Fifteenth round (off): rules of the genre for officials, found on the misses shared by the
development sets. Each rule is tested on a sentence of our own writing (invented names and
places) with a counter-example it must not fire on."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- two officials, the comma between them lost

GLUED = "县委书记吴明白沙县人大常委会主任欧阳立春，县人大常委会副主任彭宁副县长张少军参加调研。"


def test_a_name_ends_where_the_next_officials_post_opens_without_punctuation(gaz):
    found = officials_of(GLUED, gaz)
    persons = {p for p, _r, _o in found}
    assert {"吴明", "彭宁", "张少军", "欧阳立春"} <= persons          # not 吴明白 (白沙县…), 彭宁副 (副县长张少军)
    assert not any(p.endswith(("白", "副")) for p in persons)
    assert ("彭宁", "副县长") not in {(p, r) for p, r, _o in found}   # 副县长 is 张少军's, not a title after 彭宁


def test_a_three_character_name_stays_whole_when_no_post_follows(gaz):
    found = officials_of("县委书记吴明白参加调研，副县长彭宁国出席。", gaz)
    assert {"吴明白", "彭宁国"} <= {p for p, _r, _o in found}
    assert ("何小翔", "副省长") in {(p, r) for p, r, _o in officials_of("省长许大中，何小翔副省长出席。", gaz)}
