"""The brute-force baseline equals a plain double loop, whatever the block size."""

from __future__ import annotations

import unicodedata

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from benchmarks.baseline import brute_force_matches, simple_normalize, simple_normalize_series


def reference(queries: list[str], names: list[str], threshold: int) -> set[tuple[int, int, int]]:
    out = set()
    for i, q in enumerate(queries):
        for j, n in enumerate(names):
            a, b = simple_normalize(q), simple_normalize(n)
            if not a or not b:
                continue
            score = fuzz.token_sort_ratio(a, b)
            if score >= threshold:  # the cut is on the exact score; the report is rounded
                out.add((i, j, round(score)))
    return out


NAME = st.text(alphabet="abc ABC.,-Щш", max_size=8)


@given(st.lists(NAME, max_size=12), st.lists(NAME, max_size=12), st.integers(40, 100),
       st.integers(1, 40))
@settings(max_examples=150, deadline=None)
def test_matches_equal_the_double_loop(queries: list[str], names: list[str], threshold: int,
                                       block: int) -> None:
    got = brute_force_matches(queries, names, threshold=threshold, block_cells=block, workers=1)
    assert set(got.iter_rows()) == reference(queries, names, threshold)


CASES = [
    ("Huawei Technologies Co., Ltd.", "HUAWEI TECHNOLOGIES CO., LTD.", 100),
    ("Ltd Huawei Co Technologies", "HUAWEI TECHNOLOGIES CO., LTD.", 100),  # token order ignored
    ("Acme Inc", "ACME INCORPORATED", 64),
]


@pytest.mark.parametrize(("query", "listed", "score"), CASES)
def test_known_scores(query: str, listed: str, score: int) -> None:
    got = brute_force_matches([query], [listed, "unrelated name"], threshold=60)
    assert got.rows() == [(0, 0, score)]


def test_duplicates_expand_to_every_position() -> None:
    got = brute_force_matches(["acme", "ACME", "x"], ["Acme.", "acme"], threshold=90)
    assert got.select("query_idx", "list_idx").rows() == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert got.schema == pl.Schema({"query_idx": pl.UInt32, "list_idx": pl.UInt32,
                                    "score": pl.UInt8})


def test_threshold_on_rapidfuzz_scale() -> None:
    with pytest.raises(ValueError, match="0-100"):
        brute_force_matches(["a"], ["a"], threshold=0)


NAME_CHARS = st.sampled_from(list("aZéßÖ ЖщΩ中文0９_-.,'&()«»/\t")) | st.characters(
    categories=("Lu", "Ll", "Nd", "Zs", "Po", "Pd", "Ps", "Pe"))


@given(st.lists(st.text(NAME_CHARS, max_size=12), max_size=20))
def test_series_normaliser_agrees(names: list[str]) -> None:
    names = [n for n in names if n.lower() == n.casefold()  # casefold differs for a few letters
             and not any(unicodedata.category(c).startswith("M") for c in n.lower())]  # "İ"
    got = simple_normalize_series(pl.Series(names, dtype=pl.Utf8)).to_list()
    assert got == [simple_normalize(n) for n in names]
