"""Programs, fifteenth round: causes of program-place errors seen in three or more development sets —
each rule tested on a sentence of the genre written for the test (invented names), with a
counter-example it must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- a village's own committees
# seeds/001, dev7/h166, dev10/h220, dev11/h246: a model or rule in a sentence that names the
# village's committees (村支两委, 村党总支, the speaker's 村党支部书记 after the quote) is the
# village's work, though a town or county is named later in the paragraph or before it
SPEECH = ("去年,石门县委组织部工作队进驻三圣乡樱桃岗村。进村后,工作队协助村支两委确定实行"
          "“党员+网格+屋场会”的治理方式。")
SPEAKER_AFTER = ("记者日前来到石门县三圣乡,走访了樱桃岗村。\n"
                 "“我们实行‘黄桃+油菜+绿肥’轮作,一年三收。”樱桃岗村党支部书记王大明说。")
COUNTY_AFTER = ("村党总支看到了三圣乡樱桃岗村发展的短板,于2019年成立石门县青石黄桃种植专业合作社,成为石门县首个村办合作社。"
                "创新经营方式,以“党总支+合作社+农户”模式,由村党总支书记任理事长。")


def test_a_model_in_a_sentence_naming_the_village_committees_is_the_villages(gaz):
    assert programs_of(SPEECH, gaz, "石门县")["党员+网格+屋场会"][1] == "樱桃岗村"


def test_the_village_in_the_speakers_title_after_the_quote_runs_its_model(gaz):
    assert programs_of(SPEAKER_AFTER, gaz, "石门县")["黄桃+油菜+绿肥"][1] == "樱桃岗村"


def test_a_county_named_after_the_village_does_not_take_its_committees_model(gaz):
    assert programs_of(COUNTY_AFTER, gaz, "石门县")["党总支+合作社+农户"][1] == "樱桃岗村"


def test_rural_party_branches_as_a_class_do_not_make_a_village_the_runner(gaz):
    # counter-example: 农村党支部 is every village's branch, a class, not the village's committee
    text = ("去年,石门县委组织部工作队进驻三圣乡樱桃岗村。工作队总结推广“党员+网格+屋场会”的治理方式,"
            "全县农村党支部纷纷学习。")
    assert programs_of(text, gaz, "石门县")["党员+网格+屋场会"][1] != "樱桃岗村"


def test_a_quote_without_village_committees_keeps_the_town(gaz):
    # counter-example: the speaker is the town's, no committee of the village is named
    text = ("记者日前来到石门县三圣乡,走访了樱桃岗村。\n"
            "“我们实行‘黄桃+油菜+绿肥’轮作,一年三收。”三圣乡党委书记王大明说。")
    assert programs_of(text, gaz, "石门县")["黄桃+油菜+绿肥"][1] != "樱桃岗村"
