"""Round 24 (lead): posts told of a person rather than decided — NAME现任 TITLE (held now), NAME曾任
TITLE等职 (held before), and the record of a pre-appointment notice (任前公示: NAME，男，汉族，…，现任
TITLE，拟任 TITLE), whose name opens the record and whose clauses tell the posts. The sentences are from
a provincial notice reported in the press (fresh24/own); each rule has a counter-example."""
from __future__ import annotations

from support import officials_and_citizens, officials_of

RECORD = ("何华榕，男，汉族，1966年12月出生，大专，九三学社社员，现任九三学社衡阳市委主委、衡阳市审计局副局长，"
          "拟提名为市州政协副职候选人（学历破格）；")


def test_a_notice_record_names_the_posts_its_person_holds(gaz):
    found, _citizens, mentions = officials_and_citizens(RECORD, gaz)
    assert ("何华榕", "副局长", "衡阳市审计局") in found
    assert {m.status for m in mentions if m.org == "衡阳市审计局"} == {"current"}


def test_a_held_post_written_after_the_name_is_a_former_post_with_ceng(gaz):
    found, _citizens, mentions = officials_and_citizens("范振华曾任衡阳市民政局局长等职，2022年11月当选衡阳市工商联主席。", gaz)
    assert ("范振华", "局长", "衡阳市民政局") in found
    assert {m.status for m in mentions if m.org == "衡阳市民政局"} == {"former"}


def test_a_record_then_a_nomination_reads_both_clauses(gaz):
    # the record's own decision after the held post: 拟任 (nominated), the body of its clause
    text = "李建华，女，1975年3月出生，中共党员，现任邵阳市财政局副局长，拟任邵阳市审计局局长。"
    found, _citizens, mentions = officials_and_citizens(text, gaz)
    assert ("李建华", "副局长", "邵阳市财政局") in found
    assert ("李建华", "局长", "邵阳市审计局") in found
    assert {m.status for m in mentions if m.org == "邵阳市审计局"} == {"nominated"}


def test_a_held_post_without_a_holder_names_nobody(gaz):
    # 现任 with no name before it nor a record opening the sentence: the post of nobody named here
    assert officials_of("据介绍，现任衡阳市审计局局长曾多次到村里调研。", gaz) == set()


def test_a_record_needs_its_sex_right_after_the_name(gaz):
    # a sentence opening with a name and a comma that is no record: the clause after is no post of theirs
    found = officials_of("会议指出，现任领导班子要敢于担当。", gaz)
    assert found == set()


def test_a_democratic_party_committee_written_short_is_the_partys(gaz):
    # 九三学社衡阳市委: the party's city committee written with 委 alone (as 九三学社衡阳市委员会/委会)
    found, _citizens, _mentions = officials_and_citizens(RECORD, gaz)
    assert any(p == "何华榕" and o == "九三学社衡阳市委" for p, _r, o in found)
    assert not any(o == "衡阳市委" for _p, _r, o in found)


def test_a_city_committee_after_a_party_member_word_stays_the_citys(gaz):
    # 社员 after the party's name ends it: the 市委 further on is the city's party committee
    found = officials_of("九三学社社员、衡阳市委副秘书长何华榕出席。", gaz)
    assert ("何华榕", "市委副秘书长", "衡阳市委") in found


def test_a_bare_provincial_committee_after_a_democratic_partys_stays_the_communist_partys(gaz):
    # 九三学社湖南省委 named before: a later bare 省委 (省委巡视第四组) is still the province's party committee
    text = ("另一位是生于1958年的曾水平，他是九三学社成员，升任九三学社湖南省委机关副巡视员。"
            "如省委巡视第四组正处级巡视员曹周义升任省委巡视第二组副厅级巡视专员。")
    found = officials_of(text, gaz)
    assert ("曹周义", "巡视员", "湖南省委巡视第四组") in found
    assert not any(o.startswith("九三学社湖南省委巡视") for _p, _r, o in found)


def test_a_pronoun_clause_before_shi_ren_names_its_person(gaz):
    # 马俭平，他是民盟成员，时任 TITLE: the person named right before the pronoun's clause held the post then
    text = ("一位是生于1956年的马俭平，他是民盟成员，时任衡阳市教育局副局长、民盟衡阳市委主委，"
            "升任衡阳市政协副主席。")
    found, _citizens, mentions = officials_and_citizens(text, gaz)
    assert ("马俭平", "副局长", "衡阳市教育局") in found
    assert {m.status for m in mentions if m.org == "衡阳市教育局"} == {"former"}


def test_a_pronoun_clause_without_a_name_before_it_names_nobody(gaz):
    # counter-example: 他说，时任…: no name right before the pronoun's clause
    assert officials_of("他说，时任县委书记很重视这项工作。", gaz) == set()
