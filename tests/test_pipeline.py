"""Laws of the screening pipeline: every input row comes out once, in order; thresholds are
monotone; the decision is the most severe hit."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening import Screener
from screening.decide import decide
from screening.lists.store import ListStore
from screening.match.matcher import match_names
from screening.schema import HIT


@pytest.fixture(scope="module")
def screener(tmp_path_factory: pytest.TempPathFactory) -> Screener:
    return Screener.from_paths(store=ListStore(tmp_path_factory.mktemp("home")))


NAMES = st.sampled_from([
    "Henan Diesel Engine Industrial Co", "Xiamen Limbach Aircraft Engine Co Ltd", "Mueller GmbH",
    "", "Huawei Technologies", "OOO Romashka", "Sinno Electronics", "Acme Trading LLC",
])
ROWS = st.lists(
    st.fixed_dictionaries({
        "record_id": st.text(alphabet="ABC0123456789", min_size=1, max_size=6),
        "consignee_name": NAMES,
        "end_user_name": NAMES,
        "hs_code": st.sampled_from(["854231", "9403.60", "8806.21", "", "840810"]),
        "destination_country": st.sampled_from(["DE", "RU", "AE", "KG", "", "US"]),
        "goods_description": st.sampled_from(["chairs", "无人机", "судовой дизельный двигатель", ""]),
        "parse_error": st.sampled_from([None, None, None, "line 3: 4 fields, expected 6"]),
    }),
    min_size=0, max_size=25,
)


@settings(max_examples=25)
@given(ROWS)
def test_every_row_out_once_in_order(screener: Screener, rows: list[dict[str, object]]) -> None:
    schema = {"record_id": pl.Utf8, "consignee_name": pl.Utf8, "end_user_name": pl.Utf8,
              "hs_code": pl.Utf8, "destination_country": pl.Utf8, "goods_description": pl.Utf8,
              "parse_error": pl.Utf8}
    records = pl.DataFrame(rows, schema=schema).with_row_index("row_nr")
    result = screener.screen(records)
    assert result.decisions["row_nr"].to_list() == list(range(len(rows)))
    assert result.decisions["record_id"].to_list() == [r["record_id"] for r in rows]
    errors = [r["parse_error"] is not None for r in rows]
    assert [d == "error" for d in result.decisions["decision"].to_list()] == errors


@settings(max_examples=20)
@given(st.lists(NAMES, min_size=1, max_size=8), st.floats(0.5, 0.95), st.floats(0.0, 0.2))
def test_higher_threshold_never_adds_matches(screener: Screener, names: list[str], low: float,
                                             step: float) -> None:
    at_low = match_names(names, screener.index, threshold=low)
    at_high = match_names(names, screener.index, threshold=min(1.0, low + step))
    pairs = set(at_low.select("query_id", "entry_id").iter_rows())
    assert set(at_high.select("query_id", "entry_id").iter_rows()) <= pairs


CASES = [
    # severities of a record's hits -> decision
    ([], "clear"),
    (["info"], "clear"),
    (["info", "review"], "review"),
    (["review", "block", "info"], "block"),
]


@pytest.mark.parametrize(("severities", "decision"), CASES)
def test_decision_is_most_severe_hit(severities: list[str], decision: str) -> None:
    records = pl.DataFrame({"row_nr": [0], "record_id": ["R1"]},
                           schema={"row_nr": pl.UInt32, "record_id": pl.Utf8})
    hits = pl.DataFrame(
        {"row_nr": [0] * len(severities), "record_id": ["R1"] * len(severities),
         "kind": ["rule"] * len(severities), "subject": ["goods"] * len(severities),
         "ref": [f"R{i}" for i in range(len(severities))], "source": ["x"] * len(severities),
         "severity": severities, "score": [0.5] * len(severities),
         "explanation": ["why"] * len(severities), "version": ["v"] * len(severities)},
        schema=dict(HIT),
    )
    out = decide(records, hits)
    assert out["decision"].to_list() == [decision]
    assert 0.0 <= out["risk_score"][0] <= 1.0


def test_match_cache_gives_the_same_decisions(tmp_path: Path) -> None:
    records = pl.DataFrame({
        "record_id": ["A", "B", "C"],
        "consignee_name": ["Xiamen Limbach Aircraft Engine Co Ltd", "Mueller GmbH",
                           "Xiamen Limbach Aircraft Engine Co Ltd"],
        "consignee_country": ["CN", "DE", "CN"],
    }).with_row_index("row_nr")
    fresh = Screener.from_paths(store=ListStore(tmp_path / "h"), with_rules=False)
    first = fresh.screen(records).decisions
    again = fresh.screen(records).decisions  # second batch: every name comes from the cache
    assert fresh.match_cache.keys.height == 2
    assert first.equals(again)
    assert first["decision"].to_list() == ["block", "clear", "block"]
