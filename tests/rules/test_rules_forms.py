"""Normalised forms of distinct values: the Python twins and the polars paths agree."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening.rules import forms
from screening.rules.forms import FORMS, ascii_first, compute_form, date_text

VALUES = {
    "tokens": ["Drone, 5.8G VTX", "Беспилотник", "无人机abc", "x"],
    "casefold": ["IC  XC7K325T", "Ёлка\tЗЕЛЁНАЯ"],
    "iso": ["RU", "Russia", "Российская Федерация", "Kyrgyz Republic", "nowhere"],
    "isos": ["TR;GE", "AE | KZ", "Korea, North, Iran", "", "zz"],
    "hs": ["8542.31.00", "8541500000", "none"],
    "hs_alt": ["8542.31.00", "8541500000"],
    "date": ["2024-03-05", "2024-03-05T10:00:00", "05/03/2024", "2024-13-01", " 2022-02-24 "],
}


@pytest.mark.parametrize("name", sorted(VALUES))
def test_polars_path_equals_python_twin(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    values, n_ascii = ascii_first(pl.Series(VALUES[name], dtype=pl.Utf8))
    python = compute_form(name, values, n_ascii)
    monkeypatch.setattr(forms, "SMALL", -1)  # force the vectorised path
    vectorised = compute_form(name, values, n_ascii)
    assert vectorised.to_list() == python.to_list()
    assert vectorised.dtype == python.dtype


@settings(max_examples=40)
@given(st.lists(st.text(alphabet="aZ é,ё-无\t", max_size=12), min_size=1, max_size=12, unique=True))
def test_ascii_split_keeps_every_value_in_place(texts: list[str]) -> None:
    values, n_ascii = ascii_first(pl.Series(texts, dtype=pl.Utf8))
    assert sorted(values.to_list()) == sorted(texts)
    assert all(v.isascii() for v in values.to_list()[:n_ascii])
    assert not any(v.isascii() for v in values.to_list()[n_ascii:])
    tokens = compute_form("tokens", values, n_ascii).to_list()
    assert tokens == [FORMS["tokens"].twin(v) for v in values.to_list()]


def test_dates() -> None:
    assert date_text("2024-03-05T10:00") == dt.date(2024, 3, 5)
    assert date_text("2024-02-30") is None
    assert date_text("20240305") is None
