"""The jieba segmenter knows the gazetteer: town and county names come out whole."""
from graph.segmenter import cut, pos_window, tokenizer


def test_town_and_county_names_are_single_words():
    words = cut("宁乡市资福镇：党建引领基层治理")
    assert words[:2] == ["宁乡市", "资福镇"]


def test_district_and_town_of_other_pages():
    assert "渌口区" in cut("会(2023涪商大会)在株洲市渌口区举行。")
    assert "钱粮湖镇" in cut("君山区钱粮湖镇观音村的稻田")


def test_ordinary_words_are_not_glued_to_places():
    words = cut("全市上下将党的二十大精神转化为指导实践")
    assert "全市" in words or "全" in words
    assert not any(w.endswith("市上") for w in words)


def test_pos_window_tags_place_names_ns():
    tags = dict(pos_window("打造株洲北斗产业园"))
    assert tags["株洲"] == "ns"
    assert tags["打造"].startswith("v")


def test_tokenizer_is_built_once():
    assert tokenizer() is tokenizer()


def test_tag_table_built_in_memory_equals_the_dictionary_files():
    """The tagger's table is jieba's own plus our words, built in memory: it must be the
    table jieba would read from the project's dictionary file."""
    import jieba.posseg

    from graph.segmenter import tokenizer, word_tags

    from_file = jieba.posseg.POSTokenizer(tokenizer()).word_tag_tab
    assert word_tags() == from_file
    assert from_file.get("资福镇") == "ns"     # a gazetteer town, tagged as a place


def test_jiebas_own_tokenizer_derived_in_memory_is_jiebas_default():
    """default_tokenizer() is built from the project's table instead of loading jieba's
    dictionary a second time: every word must have the frequency jieba's own dictionary
    gives it (0 and missing alike), the total must be jieba's, and it must cut real text
    (the seed pages) and tag it exactly as jieba's default tokenizer does."""
    from pathlib import Path

    import jieba
    import jieba.posseg

    from graph.segmenter import default_cut, default_pos_cut, default_tokenizer, default_word_freq

    jieba.dt.check_initialized()
    real, derived = jieba.dt.FREQ, default_tokenizer().FREQ
    assert default_tokenizer().total == jieba.dt.total
    assert all(derived.get(w, 0) == f for w, f in real.items())
    assert all(real.get(w, 0) == f for w, f in derived.items())
    assert default_word_freq() is derived
    assert derived.get("资福镇", 0) == 0 < tokenizer().FREQ["资福镇"]     # ours, not jieba's
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    for page in sorted(seeds.glob("*.txt")):
        text = page.read_text(encoding="utf-8")[:4000]
        assert default_cut(text) == jieba.lcut(text), page.name
        assert default_pos_cut(text, hmm=False) == [(p.word, p.flag) for p in jieba.posseg.lcut(text, HMM=False)]


def test_the_prefix_table_cache_is_jiebas_table_and_a_damaged_one_is_built_again(tmp_path):
    """The project's tokenizer reads its prefix table from a cache of its own (one read of the
    file's bytes): the same table jieba builds from the dictionary, whether the cache is
    missing (jieba builds it and it is written), present, or damaged (built and written again)."""
    import jieba

    from graph.segmenter import _initialised

    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("邵阳市 20000 ns\n资福镇 20000 ns\n市委书记 5000 nt\n会议 300 n\n", encoding="utf-8")
    expected = jieba.Tokenizer(dictionary=str(dictionary))
    expected.initialize()
    cache = dictionary.with_suffix(".freq")
    for state in ("missing", "present", "damaged"):
        if state == "damaged":
            cache.write_bytes(b"\x00not a table")
        tok = _initialised(dictionary)
        assert (tok.FREQ, tok.total, tok.initialized) == (expected.FREQ, expected.total, True), state
        assert tok.lcut("邵阳市委书记主持会议") == expected.lcut("邵阳市委书记主持会议")
        assert cache.is_file()


def _tags_of_dictionary(path):
    """word -> tag of a jieba dictionary file, parsed here line by line."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            word, _freq, tag = line.strip().split(" ")
            table[word] = tag
    return table


def test_jiebas_default_tag_table_is_its_dictionarys_whether_the_cache_is_missing_present_or_damaged(
        tmp_path, monkeypatch):
    """jieba.posseg's default tagger gets its table from a cache of ours (not by parsing dict.txt
    at import): it must be exactly the tags of jieba's dict.txt, and a missing or damaged cache
    is built again from the dictionary."""
    from pathlib import Path

    import jieba
    import jieba.posseg

    from graph import segmenter

    expected = _tags_of_dictionary(Path(jieba.__file__).with_name("dict.txt"))
    assert segmenter.default_word_tags() == expected
    assert jieba.posseg.dt.word_tag_tab is segmenter.default_word_tags()
    monkeypatch.setenv("GOVKG_CACHE", str(tmp_path))
    for state in ("missing", "present", "damaged"):
        if state == "damaged":
            for cache in tmp_path.glob("jieba-tags-*"):
                cache.write_bytes(b"\x00not a table")
        tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        tagger.tokenizer = jieba.dt
        assert segmenter._jieba_tag_table(tagger) == expected, state
        assert len(list(tmp_path.glob("jieba-tags-*"))) == 1, state


def test_jieba_imports_without_pkg_resources_and_opens_its_files_by_path():
    """Importing the segmenter keeps pkg_resources (0.15 s) out of the process, and jieba's
    own data files are still found (its default dictionary opens by path)."""
    import subprocess
    import sys

    code = ("import sys, graph.segmenter, jieba; "
            "assert 'pkg_resources' not in sys.modules, 'pkg_resources imported'; "
            "f = jieba.dt.get_dict_file(); assert f.readline().strip(); "
            "import jieba.posseg; assert jieba.posseg.lcut('邵阳市委书记主持会议')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _bounds(words: list[str], base: int = 0) -> set[int]:
    out, at = {base}, base
    for word in words:
        at += len(word)
        out.add(at)
    return out


def test_a_run_is_cut_as_in_the_whole_text():
    """run_around: the words of the run holding a stretch are the words a cut of the whole
    text has there, so the run alone can be cut instead (metrics' period words)."""
    from graph.segmenter import run_around

    text = "截至目前，全市完成固定资产投资45.1亿元（同比增长8%），项目前期工作 today 今年以来进展顺利。"
    whole = _bounds(cut(text))
    for start, end in ((2, 4), (5, 7), (16, 18), (23, 25), (30, 32), (37, 41)):
        lo, hi = run_around(text, start, end)
        assert lo <= start and end <= hi
        assert _bounds(cut(text[lo:hi]), lo) == {b for b in whole if lo <= b <= hi}
    assert run_around(text, 3, 6) == (0, len(text))     # 目前，全: not inside one run


def test_period_words_are_found_as_whole_words_only():
    from graph.metrics import find_periods

    assert [p for _, _, p in find_periods("截至目前，全市完成投资45亿元")] == ["截至目前"]
    assert find_periods("项目前期工作进展顺利") == []
