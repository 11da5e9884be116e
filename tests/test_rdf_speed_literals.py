"""rdf.typed_form computes the stored form of the typed literals a build writes in Python
(canonical_lexical); it must be exactly what Oxigraph writes back once it holds them."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.rdf import (DATE, DECIMAL, DOUBLE, G_MONTH_DAY, G_YEAR, G_YEAR_MONTH, _decimal, _quoted,
                       canonical_lexical, stored_form, typed_form)


def _agree(lexical: str, datatype: str) -> None:
    """typed_form (Python when it can) equals the store's own form (always asked of Oxigraph)."""
    assert typed_form(lexical, datatype) == stored_form(f"{_quoted(lexical)}^^{datatype}"), (lexical, datatype)


_EDGES = ["0", "-0", "+0", "0.0", "-0.0", "5", "5.0", "5.", ".5", "+3.10", "00012.50", "-007.000", "1e+20", "1E+20",
          "1.5e-05", "12345678901234567890.5", "9999999999999999999", "9999999999999999999.999999999999999999",
          "99999999999999999999", "123456789012345678901234", "0.123456789012345678", "0.1234567890123456789",
          "1.0000000000000000000", "0" * 40 + "7", "-" + "0" * 30 + ".25", ".", "-", "+", "", "1.2.3", "1e",
          "inf", "-inf", "nan", "NaN", "INF", "1e999", "-1e999", "1e-999", "5e-324", "1.7976931348623157e308",
          " 5", "5 ", "١٢", "1_000", "0x10", "2021-01-05",
          "562949953421312.2", "1000000000000000.2", "0.30000000000000004", "123456789012345.6"]


def test_edge_forms_of_decimals_and_doubles() -> None:
    for lexical in _EDGES:
        _agree(lexical, DECIMAL)
        _agree(lexical, DOUBLE)


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_metric_values_as_decimal_and_double(value: float) -> None:
    """The forms rdf.py writes: xsd:decimal of `_decimal(value)`, xsd:double of repr(value); the
    double's form is computed in Python unless its shortest digits are more than 15 (a figure of
    the news never is), where two forms may both be shortest and the store is asked."""
    _agree(_decimal(value), DECIMAL)
    _agree(repr(value), DOUBLE)
    significant = len(Decimal(repr(value)).normalize().as_tuple().digits)
    assert (canonical_lexical(repr(value), DOUBLE) is not None) == (significant <= 15)


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"\A[+-]?0{0,3}[0-9]{0,21}(\.[0-9]{0,20})?([eE][+-]?[0-9]{1,3})?\Z"))
def test_written_numbers_as_decimal_and_double(lexical: str) -> None:
    _agree(lexical, DECIMAL)
    _agree(lexical, DOUBLE)


@settings(max_examples=300, deadline=None)
@given(st.dates())
def test_dates_and_their_parts(day: date) -> None:
    """isoformat dates (years 1-9999), years, year-months and month-days."""
    text = day.isoformat()
    _agree(text, DATE)
    _agree(text[:4], G_YEAR)
    _agree(text[:7], G_YEAR_MONTH)
    _agree("--" + text[5:], G_MONTH_DAY)


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"\A-?-?[0-9]{1,5}(-[0-9]{1,2}(-[0-9]{1,2})?)?Z?\Z"))
def test_date_like_text_of_every_date_type(lexical: str) -> None:
    """Ill-formed or out-of-range dates (2021-02-30, --13-01, 0000, 12345) as the store writes them."""
    for datatype in (DATE, G_YEAR, G_YEAR_MONTH, G_MONTH_DAY):
        _agree(lexical, datatype)


def test_the_common_forms_are_computed_not_asked() -> None:
    """The forms a build writes most take the Python path (the reason for typed_form)."""
    assert canonical_lexical("45.0", DECIMAL) == "45"
    assert canonical_lexical("4500000000.0", DOUBLE) == "4500000000"
    assert canonical_lexical("2021-02-28", DATE) == "2021-02-28"
    assert canonical_lexical("2021-02-30", DATE) is None
    assert canonical_lexical("--02-29", G_MONTH_DAY) == "--02-29"
    assert canonical_lexical("1E+20", DECIMAL) is None


def test_edge_dates() -> None:
    for lexical in ["2020-02-29", "2021-02-29", "--02-29", "--02-30", "--04-31", "--00-10", "1000-01-01", "0999-12-31",
                    "9999-12-31", "10000-01-01", "2021-00", "2021-13", "2021-1-05", "2021-01-05Z", "2021-01-05+08:00",
                    "0000", "-2021", "２０２１"]:
        for datatype in (DATE, G_YEAR, G_YEAR_MONTH, G_MONTH_DAY):
            _agree(lexical, datatype)
