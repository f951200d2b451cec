"""Explanations of scored pairs: which tokens aligned (with similarity), which were extra in the
query (``+token``) and which of the listed name were missing (``-token``)."""

from __future__ import annotations

import polars as pl


def explanations(
    keep: pl.DataFrame, aligned: pl.DataFrame, qtok: pl.DataFrame, ctok: pl.DataFrame
) -> pl.DataFrame:
    """``pair_id, text`` for the pairs in ``keep`` (``pair_id, q_id, c_id``)."""
    aligned = aligned.join(keep.select("pair_id"), on="pair_id")
    pct = (pl.col("sim") * 100).round().cast(pl.Int64).cast(pl.Utf8)
    piece = (
        pl.when(pl.col("sim") >= 1.0)
        .then(pl.format("{}={}", "qt", "ct"))
        .otherwise(pl.format("{}~{}({})", "qt", "ct", pct))
    )
    got = aligned.select("pair_id", order=pl.lit(0), sub="qi", text=piece)
    q = keep.select("pair_id", name_id="q_id").join(qtok, on="name_id")
    c = keep.select("pair_id", name_id="c_id").join(ctok, on="name_id")
    extra = q.join(aligned.select("pair_id", pos="qi"), on=["pair_id", "pos"], how="anti").select(
        "pair_id", order=pl.lit(1), sub="pos", text=pl.format("+{}", "token"))
    missing = c.join(aligned.select("pair_id", pos="cj"), on=["pair_id", "pos"],
                     how="anti").select("pair_id", order=pl.lit(2), sub="pos",
                                        text=pl.format("-{}", "token"))
    return (
        pl.concat([got, extra, missing], how="vertical_relaxed")
        .sort("pair_id", "order", "sub")
        .group_by("pair_id", maintain_order=True)
        .agg(pl.col("text").str.join(", "))
    )
