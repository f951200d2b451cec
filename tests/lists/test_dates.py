"""Free-text list dates -> ISO, partial where the source is partial."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.lists.dates import iso_date, year_range

CASES = [
    # (text, slash order, expected)
    ("1962", "mdy", "1962"),
    ("1962-05-12", "mdy", "1962-05-12"),
    ("2026-02-27T00:00:09.554Z", "mdy", "2026-02-27"),
    ("2026-03-02T10:05:36.338+01:00", "dmy", "2026-03-02"),
    ("Nov 1962", "mdy", "1962-11"),
    ("Nov. 1973", "mdy", "1973-11"),
    ("August 1961", "mdy", "1961-08"),
    ("circa 1962", "mdy", "1962"),
    ("circa 01 Jan 1962", "mdy", "1962-01-01"),
    ("14 Mar 1971", "mdy", "1971-03-14"),
    ("March 14, 1971", "mdy", "1971-03-14"),
    ("06/19/2003", "mdy", "2003-06-19"),
    ("19/06/2003", "dmy", "2003-06-19"),
    ("02.03.2026", "dmy", "2026-03-02"),
    ("06/19/2003", "dmy", None),  # month 19 does not exist: no guess
    ("", "mdy", None),
    ("30-35 years old", "mdy", None),
    ("Between Aug. and Sep. 1977", "mdy", None),
    ("24/06/1402 (Hijri Calendar)", "dmy", None),
    ("0000", "mdy", None),
]


@pytest.mark.parametrize(("text", "order", "expected"), CASES)
def test_iso_date(text: str, order: str, expected: str | None) -> None:
    assert iso_date(text, slash_order=order) == expected  # type: ignore[arg-type]


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_iso_and_both_slash_orders_agree(day: dt.date) -> None:
    iso = day.isoformat()
    assert iso_date(iso) == iso
    assert iso_date(f"{day.month}/{day.day}/{day.year:04d}", slash_order="mdy") == iso
    assert iso_date(f"{day.day:02d}/{day.month:02d}/{day.year:04d}", slash_order="dmy") == iso


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("1965", "1967", ["1965", "1966", "1967"]),
        (1970, 1970, ["1970"]),
        ("1900", "1990", ["1900", "1990"]),  # too wide: ends only
        ("1967", "1965", ["1967", "1965"]),  # reversed: ends only
        ("1965", "x", ["1965"]),
    ],
)
def test_year_range(first: str | int, last: str | int, expected: list[str]) -> None:
    assert year_range(first, last) == expected
