"""HS codes: rule-code validation, record normalisation + crosswalk (Python and polars agree),
prefix matching and labels."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.rules.hs import (
    crosswalk_note,
    hs_codes,
    normalized_exprs,
    parse_rule_code,
    prefix_label,
    prefix_match,
)

RULE_CODES = [
    ("8542.31", "854231", None),
    ("8542 31 00", "85423100", None),
    ("8806", "8806", None),
    ("8537.10.90.30", "8537109030", None),
    ("854", None, "has 3 digits"),
    ("8542.3", None, "has 5 digits"),
    ("85423100901", None, "has 11 digits"),
    ("8542-31", "854231", None),
    ("98.01", None, "chapter 98 does not exist"),
    ("00.01", None, "chapter 00 does not exist"),
    ("8542x", None, "digits, dots and spaces only"),
    ("８５４２", None, "digits, dots and spaces only"),  # full-width digits are not ASCII
    ("8541.50", None, "HS2017 854150"),
    ("880330", None, "use 880730"),
]


@pytest.mark.parametrize(("raw", "code", "problem"), RULE_CODES)
def test_parse_rule_code(raw: str, code: str | None, problem: str | None) -> None:
    got, why = parse_rule_code(raw)
    assert got == code
    if problem is None:
        assert why is None
    else:
        assert why is not None
        assert problem in why


RECORD_CODES = [
    ("8542.31.00", ("85423100", None)),
    (" 8542 31 ", ("854231", None)),
    ("HS 8806.22", ("880622", None)),
    ("8541500000", ("854151", "854159")),  # HS2017 split in two
    ("8803.30", ("880730", None)),
    ("854890", ("854800", None)),
    ("n/a", (None, None)),
    ("", (None, None)),
]


@pytest.mark.parametrize(("raw", "expected"), RECORD_CODES)
def test_record_codes(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert hs_codes(raw) == expected


@given(st.lists(st.text(alphabet="0123456789. -xA", max_size=14), min_size=1, max_size=20))
def test_polars_normalisation_equals_python(raws: list[str]) -> None:
    primary, alternative = normalized_exprs(pl.col("v"))
    got = pl.DataFrame({"v": raws}).select(primary.alias("p"), alternative.alias("a"))
    assert list(zip(got["p"], got["a"], strict=True)) == [hs_codes(r) for r in raws]


def test_prefix_match_and_longest_label() -> None:
    codes = pl.DataFrame({"c": ["85423100", "8542", "880622", "940360", None]})
    labels = {"8542": "ICs", "854231": "processors", "8806": "UAV"}
    got = codes.select(prefix_match(pl.col("c"), labels).alias("m"),
                       prefix_label(pl.col("c"), labels).alias("l"))
    assert got["m"].to_list() == [True, True, True, False, None]
    assert got["l"].to_list() == ["processors", "ICs", "UAV", None, None]


def test_crosswalk_note_names_both_versions() -> None:
    notes = pl.DataFrame({"c": ["8541.50.00", "854890", "854231"]}).select(
        crosswalk_note(pl.col("c"))).to_series().to_list()
    assert notes[0] == " (HS2017 854150 → HS2022 854151/854159)"
    assert "crosswalk unverified" in notes[1]
    assert notes[2] == ""
