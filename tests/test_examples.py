"""The main job on the bundled data: examples/shipments.csv must reproduce examples/expected.csv."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from screening import Screener
from screening.lists.store import ListStore
from screening.run import screen_file
from tests.conftest import REPO


@pytest.fixture(scope="module")
def decisions(tmp_path_factory: pytest.TempPathFactory) -> pl.DataFrame:
    home = tmp_path_factory.mktemp("home")
    out = tmp_path_factory.mktemp("out") / "decisions.parquet"
    screener = Screener.from_paths(store=ListStore(home))
    screen_file(screener, REPO / "examples" / "shipments.csv", out)
    return pl.read_parquet(out)


def test_one_output_row_per_input_row_in_order(decisions: pl.DataFrame) -> None:
    shipments = pl.read_csv(REPO / "examples" / "shipments.csv", infer_schema=False)
    assert decisions["record_id"].to_list() == shipments["record_id"].to_list()


def test_reproduces_expected_decisions(decisions: pl.DataFrame) -> None:
    expected = pl.read_csv(REPO / "examples" / "expected.csv", infer_schema=False)
    got = expected.join(decisions.select("record_id", "decision", "reasons"), on="record_id",
                        how="left")
    wrong = got.filter(pl.col("decision") != pl.col("expected_decision"))
    report = "\n".join(
        f"{r['record_id']}: expected {r['expected_decision']} ({r['why']}), got {r['decision']}: "
        f"{r['reasons']}"
        for r in wrong.iter_rows(named=True)
    )
    assert wrong.height == 0, report


def test_every_block_and_review_has_reasons(decisions: pl.DataFrame) -> None:
    flagged = decisions.filter(pl.col("decision").is_in(["block", "review"]))
    assert flagged.height > 0
    assert flagged["reasons"].str.len_chars().min() > 0  # type: ignore[operator]


def test_listed_party_has_best_match_columns(decisions: pl.DataFrame) -> None:
    matched = decisions.filter(pl.col("consignee_match").is_not_null())
    assert matched.height > 0
    assert matched["consignee_match_score"].min() >= 0.8  # type: ignore[operator]
    assert Path(REPO / "lists" / "default.yaml").exists()
