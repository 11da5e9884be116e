"""The gazetteer: every parent exists, no parent chain loops, walks over it are bounded."""
from __future__ import annotations

import pytest

from graph.gazetteer import MAX_DEPTH, Gazetteer, GazetteerError, PlaceEntry, load_gazetteer
from graph.pipeline import extract_document
from graph.text import make_document


def test_every_entry_has_a_real_parent_and_a_short_chain() -> None:
    gaz = load_gazetteer()
    for entry in gaz.entries.values():
        assert entry.parent != entry.key, entry
        if entry.parent is not None:
            assert entry.parent in gaz.entries, entry
        assert len(gaz.ancestors(entry.key)) <= MAX_DEPTH


@pytest.mark.parametrize("name, province", [
    ("东莞", "广东省"), ("中山", "广东省"), ("儋州", "海南省"), ("嘉峪关", "甘肃省"),
    ("元朗区", "香港特别行政区"), ("路氹城", "澳门特别行政区"),
])
def test_divisions_without_counties_hang_under_their_province(name: str, province: str) -> None:
    gaz = load_gazetteer()
    (entry,) = gaz.lookup(name)
    assert gaz.ancestors(entry.key)[-1].name == province


def test_hong_kong_is_still_a_province_level_region() -> None:
    gaz = load_gazetteer()
    assert [e.level for e in gaz.lookup("香港")] == ["province"]


def test_validate_refuses_a_loop_and_an_unknown_parent() -> None:
    looped = Gazetteer()
    looped.add(PlaceEntry("1", "甲市", "prefecture_city", "2"))
    looped.add(PlaceEntry("2", "乙县", "county", "1"))
    with pytest.raises(GazetteerError, match="loop"):
        looped.validate()
    orphan = Gazetteer()
    orphan.add(PlaceEntry("1", "甲市", "prefecture_city", "9"))
    with pytest.raises(GazetteerError, match="unknown parent"):
        orphan.validate()
    selfish = Gazetteer()
    selfish.add(PlaceEntry("1", "甲市", "prefecture_city", "1"))
    with pytest.raises(GazetteerError, match="loop"):
        selfish.validate()


def test_ancestors_stop_even_on_a_looping_table() -> None:
    looped = Gazetteer()
    looped.add(PlaceEntry("1", "甲市", "prefecture_city", "1"))
    assert len(looped.ancestors("1")) <= MAX_DEPTH


def test_an_article_naming_places_without_counties_is_extracted() -> None:
    text = "市委书记带队赴深圳市、东莞市、中山市、广州市考察，并与香港、澳门客商座谈。\n"
    gaz = load_gazetteer()
    extraction = extract_document(make_document(text, "trip", "trip.txt"), gaz)
    names = {gaz.entries[p.key].name for p in extraction.places}
    assert {"东莞市", "中山市", "香港特别行政区"} <= names, names


def test_former_names_from_the_change_table() -> None:
    from graph.gazetteer import _former_names

    gaz = load_gazetteer()
    lines = ["2018-06-19\t国批\t湖南省\t湖南\t株洲市\t株洲\t株洲县\t株洲县=>湖南省\t株洲市\t渌口区",
             "2010-12-09\t国批\t湖北省\t湖北\t襄樊市\t襄樊=>湖北省\t襄阳市",
             "2018-02-09\t国批\t山西省\t山西\t大同市\t大同\t城区\t城区=>山西省\t大同市\t平城区"]
    found = dict(_former_names(gaz, lines))
    assert "株洲县" not in found          # already read when the gazetteer loaded
    assert gaz.by_name["株洲县"] == ["430212"] and gaz.by_name["襄樊市"] == ["420600"]
    assert "城区" not in found


def test_former_county_name_never_shadows_an_autonomous_county_short_form() -> None:
    gaz = load_gazetteer()
    assert "宽城县" not in gaz.by_name                          # 宽城区 (长春) never took it
    assert gaz.by_short["宽城县"] == ["130827"]                   # 宽城满族自治县
    assert gaz.by_name["崇礼县"] == ["130709"]


# ---------------------------------------------------------------- the parsed-gazetteer cache

def test_gazetteer_cache_gives_the_parsed_gazetteer(tmp_path, monkeypatch):
    """The second load reads the pickled gazetteer from the user's cache: same entries and
    names as a parse of the data file; a damaged cache file is parsed again and replaced."""
    from graph.gazetteer import load_gazetteer, parse_gazetteer

    monkeypatch.setenv("GOVKG_CACHE", str(tmp_path / "cache"))
    load = load_gazetteer.__wrapped__          # past the in-process lru_cache
    first = load()
    files = list((tmp_path / "cache").glob("gazetteer-*.pickle"))
    assert len(files) == 1 and oct(files[0].stat().st_mode & 0o777) == "0o600"
    second = load()
    parsed = parse_gazetteer()
    assert second.entries == parsed.entries == first.entries
    assert second.by_name == parsed.by_name and second.by_short == parsed.by_short
    files[0].write_bytes(b"not a pickle")
    again = load()
    assert again.entries == parsed.entries
    assert files[0].read_bytes()[:1] == b"\x80"   # rewritten as a pickle


def test_gazetteer_cache_never_read_from_a_folder_others_can_write(tmp_path, monkeypatch):
    """A pickle can run code: a cache folder writable by other users is not used at all."""
    import os

    from graph.cache import user_cache_dir
    from graph.gazetteer import load_gazetteer

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    monkeypatch.setenv("GOVKG_CACHE", str(shared))
    assert user_cache_dir() is None
    load_gazetteer.__wrapped__()
    assert not list(shared.iterdir())


def test_the_place_matchers_tables_are_cached_for_the_loaded_gazetteer_only(tmp_path, monkeypatch):
    """The place extractor's tables (names, short forms, coded zones and the Aho-Corasick
    automaton) are kept in the user's cache folder for the gazetteer as loaded: read back, they
    are the tables built from it and find the same places; a damaged file is built again, and
    a gazetteer changed after loading is never matched with the loaded one's tables."""
    from graph import places
    from graph.gazetteer import PlaceEntry, load_gazetteer

    monkeypatch.setenv("GOVKG_CACHE", str(tmp_path))
    gaz = load_gazetteer.__wrapped__()
    assert gaz.origin is not None
    built = places._index_tables(gaz)
    text = "宁乡市资福镇和株洲市渌口区"
    for state in ("missing", "present", "damaged"):
        if state == "damaged":
            for path in tmp_path.glob("place-index-*"):
                path.write_bytes(b"\x80\x05not a pickle")
        places._INDEXES.clear()
        index = places._index(gaz)
        assert index.gaz is gaz
        assert (index.names, index.short, index.shorts_of, index.coded_zones) == built[1:], state
        assert list(index.automaton.iter(text)) == list(built[0].iter(text)), state
        assert len(list(tmp_path.glob("place-index-*"))) == 1, state
    gaz.add(PlaceEntry("43/test/新造镇", "新造镇", "town", None))
    assert gaz.origin is None
    places._INDEXES.clear()
    assert "新造镇" in places._index(gaz).names
    places._INDEXES.clear()
