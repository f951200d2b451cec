"""Run summary: counts, timings, JSON and text (screening/report/summary.py)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from screening.report import RunSummary
from screening.schema import DECISION, HIT


def _decisions(decisions: list[str], start: int = 0) -> pl.DataFrame:
    n = len(decisions)
    return pl.DataFrame(
        {
            "row_nr": list(range(start, start + n)),
            "record_id": [str(i) for i in range(start, start + n)],
            "decision": decisions,
            "risk_score": [0.5] * n,
            "reasons": [None] * n,
        },
        schema=dict(DECISION),
    )


def _hits(rows: list[tuple[int, str, str, str]]) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {"row_nr": r, "record_id": str(r), "kind": kind, "subject": "consignee", "ref": ref,
             "source": source, "severity": "block", "score": 1.0, "explanation": "", "version": "v1"}
            for r, kind, ref, source in rows
        ],
        schema=dict(HIT),
    )  # fmt: skip


def _summary() -> RunSummary:
    summary = RunSummary(input_path="trades.csv", list_versions={"ofac_sdn": "1a2b3c4d"})
    summary.add(
        _decisions(["clear", "block", "review"]),
        _hits([(1, "list", "ofac_sdn:123", "ofac_sdn"), (1, "list", "ofac_sdn:456", "ofac_sdn"),
               (2, "rule", "goods.hs_8542", "goods.yaml")]),
    )  # fmt: skip
    summary.add(_decisions(["error", "clear"], start=3), _hits([(4, "rule", "goods.hs_8542", "g")]))
    summary.timings = {"read": 1.0, "match": 3.0}
    return summary


def test_counts_accumulate_per_batch() -> None:
    summary = _summary()
    assert summary.rows == 5
    assert summary.decisions == {"clear": 2, "review": 1, "block": 1, "error": 1}
    assert summary.error_rows == 1
    assert summary.by_list == {"ofac_sdn": 1}  # two entries on one record count once
    assert summary.by_rule == {"goods.hs_8542": 2}
    assert summary.rows_per_second == 5 / 4.0


def test_json_round_trip(tmp_path: Path) -> None:
    summary = _summary()
    path = tmp_path / "summary.json"
    summary.write(path)
    data = json.loads(path.read_text())
    assert data["rows_per_second"] == 1.2
    assert data["seconds"] == 4.0
    assert RunSummary.from_dict(data) == summary


def test_text() -> None:
    text = _summary().to_text()
    assert text.splitlines() == [
        "5 rows from trades.csv in 4.0 s (1 rows/s)",
        "decisions: clear 2, review 1, block 1, error 1",
        "input errors: 1 rows (see parse_error)",
        "rules: goods.hs_8542 2",
        "lists: ofac_sdn 1",
        "versions: ofac_sdn 1a2b3c4d",
        "stages: read 1.0 s, match 3.0 s",
    ]


def test_stage_timer_adds_up() -> None:
    summary = RunSummary(input_path="x")
    for _ in range(3):
        with summary.stage("match"):
            pass
    assert list(summary.timings) == ["match"]
    assert summary.timings["match"] >= 0.0
    assert RunSummary(input_path="x").rows_per_second is None
