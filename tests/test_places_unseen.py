"""Place rules of the genre found on Hunan articles the extractors were not tuned on (the
reviewers' new articles in towns / officials / programs / metrics). Each rule: a real
sentence from those articles, and a case the rule must not fire on."""
import pytest

from graph.gazetteer import load_gazetteer
from graph.places import extract_places, place_records
from graph.text import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def places(text, gaz):
    doc = make_document(text)
    mentions, new = extract_places(doc, gaz)
    return doc, mentions, new


def surfaces(mentions):
    return [m.surface for m in mentions]


# ---------------------------------------------------------------- media outlets

def test_place_inside_a_media_client_name_is_not_a_place(gaz):
    # towns 01 (credit line) and programs 04 (dateline)
    for text in ("湖南日报·新湖南客户端特约记者 石立新",
                 "湖南日报·新湖南客户端10月8日讯(记者 郑凯洲 刘炯)10月8日,石门县6大项目集中开工。"):
        doc, ms, new = places(text, gaz)
        assert "湖南" not in surfaces(ms)


def test_place_before_a_government_body_is_still_a_place(gaz):
    doc, ms, new = places("湖南省委宣传部部署工作,石门县融入全省大局。", gaz)
    assert {"湖南省", "石门县"} <= set(surfaces(ms))
