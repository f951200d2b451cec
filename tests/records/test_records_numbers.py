"""Numbers written as text: strict grammar, one decimal mark per file
(screening/records/numbers.py)."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.records.numbers import detect_decimal, parse_number

# (text, decimal mark, expected value; None = "is not a number")
CASES: list[tuple[str, str, float | None]] = [
    ("12", ".", 12.0),
    ("-5", ".", -5.0),
    ("+3.25", ".", 3.25),
    (".5", ".", 0.5),
    ("5.", ".", 5.0),
    ("1e3", ".", 1000.0),
    (" 42 ", ".", 42.0),
    ("1,234", ".", 1234.0),
    ("1,234,567.89", ".", 1234567.89),
    ("1 234.5", ".", 1234.5),
    ("1\u00a0234.5", ".", 1234.5),
    ("1'234.5", ".", 1234.5),
    ("12,3", ".", None),  # a comma that does not group thousands
    ("12,3x", ".", None),
    ("1.234,5", ".", None),
    ("$100", ".", None),
    ("(12)", ".", None),
    ("n/a", ".", None),
    ("nan", ".", None),
    ("inf", ".", None),
    ("1e999", ".", None),
    ("12,5", ",", 12.5),
    ("1.234,5", ",", 1234.5),
    ("1.234.567", ",", 1234567.0),
    ("1 234,5", ",", 1234.5),
    ("-0,5", ",", -0.5),
    ("1.5", ",", None),
    ("12,3x", ",", None),
]


@pytest.mark.parametrize(("text", "decimal", "expected"), CASES)
def test_grammar(text: str, decimal: str, expected: float | None) -> None:
    value, bad = parse_number(pl.col("x"), decimal)
    out = pl.DataFrame({"x": [text]}).select(value.alias("v"), bad.alias("bad"))
    assert out["v"][0] == expected
    assert out["bad"][0] == (expected is None)


def test_empty_cells_are_null_not_errors() -> None:
    value, bad = parse_number(pl.col("x"), ".")
    out = pl.DataFrame({"x": ["", "  ", None]}).select(value.alias("v"), bad.alias("bad"))
    assert out["v"].to_list() == [None, None, None]
    assert out["bad"].to_list() == [False, False, False]


@pytest.mark.parametrize(
    ("cells", "decimal"),
    [
        (["12,50", "1.234,5", "7"], ","),
        (["12.50", "1,234.5", "7"], "."),
        (["1,234", "1.234"], "."),  # only ambiguous cells: the default
        ([], "."),
    ],
)
def test_decimal_vote(cells: list[str], decimal: str) -> None:
    assert detect_decimal(pl.Series(cells, dtype=pl.Utf8)) == decimal


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.sampled_from([".", ","]))
def test_formatted_numbers_read_back(number: float, decimal: str) -> None:
    """A number printed with grouping in either convention parses back to itself."""
    text = f"{number:,.2f}"
    if decimal == ",":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    value, bad = parse_number(pl.col("x"), decimal)
    out = pl.DataFrame({"x": [text]}).select(value.alias("v"), bad.alias("bad"))
    assert not out["bad"][0]
    assert out["v"][0] == pytest.approx(round(number, 2), abs=0.006)
