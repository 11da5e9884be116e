"""Sixteenth round (off): rules of the genre for officials, found on the misses shared by the
development sets. Each rule is tested on a sentence of our own writing (invented names and
places) with a counter-example it must not fire on."""
from __future__ import annotations

from support import officials_of


# ---------------------------------------------------------------- a post predicated of the person

def test_a_passive_appointment_gives_the_clause_subject_the_post(gaz):
    found = officials_of("白沙村原村干部李大伟退休后，被推选为村环境保护协会会长。", gaz)
    assert ("李大伟", "会长", "村环境保护协会") in found        # the subject of the clause before 被
    found = officials_of("白沙村村民王小强被推选为县养蜂协会会长。", gaz)
    assert ("王小强", "会长", "县养蜂协会") in found           # the name right before 被


def test_a_passive_appointment_without_a_post_names_nobody(gaz):
    found = officials_of("白沙村原村干部李大伟退休后，被推选为先进个人。村民王小强被评为好人。", gaz)
    assert not any(r == "会长" or p == "王小强" for p, r, _o in found)


def test_a_person_described_as_one_of_a_bodys_post_holders_holds_that_post(gaz):
    found = officials_of("插秧现场热火朝天。周小明是横塘镇文堂居委会的一名邻长。他建了一个微信群。", gaz)
    assert ("周小明", "邻长", "横塘镇文堂居委会") in found


def test_a_description_that_is_no_post_names_nobody(gaz):
    found = officials_of("周小明是横塘镇文堂居委会的一名居民。李大伟是横塘镇文堂居委会的邻长推荐的人选。", gaz)
    assert found == set()
