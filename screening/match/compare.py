"""``compare_names``: score two names with exactly the batched scorer the screening path uses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from screening.match.batch_align import score_pairs
from screening.match.features import DEFAULT_CONFIG, MatchConfig
from screening.match.names import name_table


@dataclass(frozen=True)
class Comparison:
    """Result of comparing two names."""

    a: str
    b: str
    score: float  # calibrated similarity in [0, 1]
    is_match: bool  # score >= threshold
    threshold: float
    explanation: str  # aligned tokens, unmatched tokens, caps


def compare_many(
    a: Sequence[str],
    b: Sequence[str],
    *,
    entity_type: str | None = None,
    config: MatchConfig = DEFAULT_CONFIG,
) -> pl.DataFrame:
    """Score ``a[i]`` against ``b[i]`` for all i in one batch: ``score, explanation`` per row."""
    if len(a) != len(b):
        raise ValueError("compare_many needs two sequences of equal length")
    n = len(a)
    types = [entity_type] * n
    ids = pl.Series(range(n), dtype=pl.UInt32)
    pairs = pl.DataFrame({"pair_id": ids, "q_id": ids, "c_id": ids})
    scored = score_pairs(pairs, name_table(list(a), types), name_table(list(b), types), config)
    return scored.sort("pair_id").select("score", "explanation")


def compare_names(
    a: str, b: str, *, entity_type: str | None = None, config: MatchConfig = DEFAULT_CONFIG
) -> Comparison:
    """Compare two names; ``entity_type`` "person" enables person rules (name order, titles)."""
    row = compare_many([a], [b], entity_type=entity_type, config=config).row(0, named=True)
    score = float(row["score"])
    return Comparison(
        a=a,
        b=b,
        score=score,
        is_match=score >= config.threshold,
        threshold=config.threshold,
        explanation=str(row["explanation"]),
    )
