"""Hits -> one decision per record: clear / review / block (or error for unparsed rows).

A record takes the most severe of its hits. A list hit blocks when the entry's list blocks
(sanctions, denials, Entity List) and the name score reaches ``BLOCK_SCORE``; weaker list
matches and entries of non-blocking lists go to review. Rule hits carry their own severity;
``info`` hits are reported but never change a decision. The risk score combines hit scores as
independent evidence (noisy-or), so two medium hits outrank one.
"""

from __future__ import annotations

import polars as pl

from screening.schema import DECISION, HIT, conform

BLOCK_SCORE = 0.90
"""A list match at or above this on a blocking list blocks; below, a reviewer decides."""

SEVERITY_RANK = {"info": 0, "review": 1, "block": 2}


def list_hit_severity(score: pl.Expr, action: pl.Expr) -> pl.Expr:
    """Severity of a list match from its score and the entry's list action."""
    return pl.when((action == "block") & (score >= BLOCK_SCORE)).then(pl.lit("block")).otherwise(
        pl.lit("review")
    )


def decide(records: pl.DataFrame, hits: pl.DataFrame) -> pl.DataFrame:
    """DECISION rows for every record (``row_nr``, ``record_id``, optional ``parse_error``)."""
    hits = conform(hits, HIT, what="hit")
    rank = pl.col("severity").replace_strict(SEVERITY_RANK, default=0, return_dtype=pl.Int8)
    weight = pl.when(pl.col("severity") == "info").then(0.25).otherwise(1.0)
    reason = pl.format("{}: {}", "severity", "explanation")
    per_record = (
        hits.with_columns(rank=rank, w=weight)
        .sort(["row_nr", "rank", "score"], descending=[False, True, True])
        .group_by("row_nr", maintain_order=True)
        .agg(
            top=pl.col("rank").max(),
            risk=(1 - (1 - (pl.col("score").clip(0, 1) * pl.col("w"))).product()),
            reasons=reason.filter(pl.col("rank") > 0).str.join(" | "),
            info=reason.filter(pl.col("rank") == 0).str.join(" | "),
        )
    )
    has_error = "parse_error" in records.columns
    base = records.select(
        "row_nr", "record_id",
        parse_error=pl.col("parse_error") if has_error else pl.lit(None, dtype=pl.Utf8),
    )
    decision = (
        pl.when(pl.col("parse_error").is_not_null()).then(pl.lit("error"))
        .when(pl.col("top") == 2).then(pl.lit("block"))
        .when(pl.col("top") == 1).then(pl.lit("review"))
        .otherwise(pl.lit("clear"))
    )
    reasons = (
        pl.when(pl.col("parse_error").is_not_null()).then(pl.col("parse_error"))
        .when(pl.col("reasons").fill_null("") != "").then(pl.col("reasons"))
        .otherwise(pl.col("info").fill_null(""))
    )
    out = base.join(per_record, on="row_nr", how="left", maintain_order="left").select(
        "row_nr", "record_id", decision=decision,
        risk_score=pl.when(pl.col("parse_error").is_null()).then(
            pl.col("risk").fill_null(0.0).round(4)),
        reasons=reasons,
    )
    return conform(out, DECISION, what="decision")
