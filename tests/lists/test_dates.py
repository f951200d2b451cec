"""List dates -> ISO, partial where the source is partial: the one parser every reader uses."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.lists.dates import find_dates, iso_date, year_range

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
    ("06/19/2003", "dmy", "2003"),  # month 19 does not exist: only the year is certain
    ("01/02/1965", "dmy", "1965-02-01"),  # day first, as UK and EU publish
    ("00/00/1980", "dmy", "1980"),  # OFSI: unknown day and month
    ("00/05/1980", "dmy", "1980-05"),
    ("31/02/1970", "dmy", "1970-02"),  # impossible day: keep what is certain
    ("17.3.2014", "dmy", "2014-03-17"),  # EU journal
    ("17-03-2014", "dmy", "2014-03-17"),
    ("1954", "dmy", "1954"),
    ("2022-12-09 00:00:00", "dmy", "2022-12-09"),  # a spreadsheet date read as text
    ("2021-06", "dmy", "2021-06"),
    ("1962-13-01", "dmy", "1962"),
    ('"1962-05-12"', "dmy", "1962-05-12"),
    ("circa 1958", "dmy", "1958"),
    ("1960 to 1962", "dmy", None),  # a range is not one date (OFAC's parser expands it)
    ("31 Feb 1970", "mdy", "1970-02"),
    ("Janu 1970", "mdy", None),
    ("", "mdy", None),
    ("30-35 years old", "mdy", None),
    ("Between Aug. and Sep. 1977", "mdy", None),
    ("24/06/1402 (Hijri Calendar)", "dmy", None),
    ("0000", "mdy", None),
]


@pytest.mark.parametrize(("text", "order", "expected"), CASES)
def test_iso_date(text: str, order: str, expected: str | None) -> None:
    assert iso_date(text, slash_order=order) == expected  # type: ignore[arg-type]


def test_day_first_is_the_default() -> None:
    assert iso_date("01/02/1965") == "1965-02-01"
    assert iso_date(None) is None


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_iso_and_both_slash_orders_agree(day: dt.date) -> None:
    iso = day.isoformat()
    assert iso_date(iso) == iso
    assert iso_date(f"{day.month}/{day.day}/{day.year:04d}", slash_order="mdy") == iso
    assert iso_date(f"{day.day:02d}/{day.month:02d}/{day.year:04d}", slash_order="dmy") == iso
    assert iso_date(f"{day.day}.{day.month}.{day.year:04d}") == iso
    assert iso_date(f"00/{day.month:02d}/{day.year:04d}") == iso[:7]


FIND_DATES = [
    ("a) 10.7.1968, b) 10.6.1968", ["1968-07-10", "1968-06-10"]),
    ("6.3.1955 or 15.3.1955", ["1955-03-06", "1955-03-15"]),
    ("Approximately 1958", ["1958"]),
    ("between 1960 and 1962", ["1960", "1962"]),
    ("(a) 1.2.1965; (b) 1966", ["1965-02-01", "1966"]),
    ("born 2001-05 in Minsk, 00.00.1961", ["1961", "2001-05"]),
    ("unknown", []),
]


@pytest.mark.parametrize(("cell", "expected"), FIND_DATES)
def test_find_dates(cell: str, expected: list[str]) -> None:
    assert find_dates(cell) == expected


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
