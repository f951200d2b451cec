"""Batched twin of ``align.py``: scores many (query name, list name) pairs with polars joins.

Token pairs of every candidate pair are materialised once, their similarities computed in one
vectorised call, and the greedy one-to-one alignment is done in rounds: in each round every
token pair that is the best of its query token *and* of its list token is aligned (this is
exactly what the sequential greedy does, with the same tie order). A handful of rounds, never a
Python loop per pair. Property tests check equality with the reference path.
"""

from __future__ import annotations

import numpy as np
import polars as pl
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from screening.match.align import DISTINCTIVE
from screening.match.features import MatchConfig
from screening.match.names import name_stats, token_frame
from screening.match.similarity import token_similarity_frame

PAIR_SCORE_SCHEMA = {
    "pair_id": pl.UInt32(),
    "score": pl.Float64(),
    "token_score": pl.Float64(),
    "compact_score": pl.Float64(),
    "explanation": pl.Utf8(),
}


def _token_pairs(
    pairs: pl.DataFrame, qtok: pl.DataFrame, ctok: pl.DataFrame, cfg: MatchConfig
) -> pl.DataFrame:
    q = pairs.select("pair_id", pl.col("q_id").alias("name_id")).join(qtok, on="name_id")
    c = pairs.select("pair_id", pl.col("c_id").alias("name_id")).join(ctok, on="name_id")
    tp = q.select(
        "pair_id", qi="pos", qt="token", qk="kind", qw="weight"
    ).join(c.select("pair_id", cj="pos", ct="token", ck="kind", cw="weight"), on="pair_id")
    combos = tp.select("qt", "qk", "ct", "ck").unique()
    combos = combos.with_columns(sim=token_similarity_frame(combos, cfg))
    return tp.join(combos, on=["qt", "qk", "ct", "ck"]).filter(pl.col("sim") > 0)


def greedy_rounds(tp: pl.DataFrame) -> pl.DataFrame:
    """One-to-one greedy alignment of token pairs, by mutual-best rounds."""
    done: list[pl.DataFrame] = []
    remaining = tp
    while remaining.height:
        row_best = remaining.sort(
            ["pair_id", "qi", "sim", "cj"], descending=[False, False, True, False]
        ).unique(["pair_id", "qi"], keep="first")
        col_best = remaining.sort(
            ["pair_id", "cj", "sim", "qi"], descending=[False, False, True, False]
        ).unique(["pair_id", "cj"], keep="first")
        mutual = row_best.join(col_best.select("pair_id", "qi", "cj"), on=["pair_id", "qi", "cj"])
        done.append(mutual)
        remaining = remaining.join(
            mutual.select("pair_id", "qi"), on=["pair_id", "qi"], how="anti"
        ).join(mutual.select("pair_id", "cj"), on=["pair_id", "cj"], how="anti")
    if not done:
        return tp.clear()
    return pl.concat(done)


def _explanations(
    aligned: pl.DataFrame, pairs: pl.DataFrame, qtok: pl.DataFrame, ctok: pl.DataFrame
) -> pl.DataFrame:
    pct = (pl.col("sim") * 100).round().cast(pl.Int64).cast(pl.Utf8)
    piece = (
        pl.when(pl.col("sim") >= 1.0)
        .then(pl.format("{}={}", "qt", "ct"))
        .otherwise(pl.format("{}~{}({})", "qt", "ct", pct))
    )
    got = aligned.select("pair_id", "qi", order=pl.lit(0), sub="qi", text=piece)
    q = pairs.select("pair_id", pl.col("q_id").alias("name_id")).join(qtok, on="name_id")
    c = pairs.select("pair_id", pl.col("c_id").alias("name_id")).join(ctok, on="name_id")
    extra = q.join(aligned.select("pair_id", pl.col("qi").alias("pos")), on=["pair_id", "pos"],
                   how="anti").select("pair_id", qi="pos", order=pl.lit(1), sub="pos",
                                      text=pl.format("+{}", "token"))
    missing = c.join(aligned.select("pair_id", pl.col("cj").alias("pos")), on=["pair_id", "pos"],
                     how="anti").select("pair_id", qi="pos", order=pl.lit(2), sub="pos",
                                        text=pl.format("-{}", "token"))
    return (
        pl.concat([got, extra, missing])
        .sort("pair_id", "order", "sub")
        .group_by("pair_id", maintain_order=True)
        .agg(pl.col("text").str.join(", "))
    )


def score_pairs(
    pairs: pl.DataFrame, qnames: pl.DataFrame, cnames: pl.DataFrame, cfg: MatchConfig
) -> pl.DataFrame:
    """Score ``pairs`` (``pair_id, q_id, c_id``) of name-table rows; returns PAIR_SCORE_SCHEMA."""
    if pairs.height == 0:
        return pl.DataFrame(schema=PAIR_SCORE_SCHEMA)
    qtok, ctok = token_frame(qnames, cfg), token_frame(cnames, cfg)
    aligned = greedy_rounds(_token_pairs(pairs, qtok, ctok, cfg))
    agg = aligned.group_by("pair_id").agg(
        num=(pl.col("sim") * (pl.col("qw") + pl.col("cw"))).sum(),
        mq=pl.col("qw").sum(),
        mc=pl.col("cw").sum(),
        aligned_distinctive=(
            pl.col("qk").is_in(DISTINCTIVE) | pl.col("ck").is_in(DISTINCTIVE)
        ).any(),
    )
    qs, cs = name_stats(qtok), name_stats(ctok)
    compact = cpdist(
        pairs.join(qnames.select(q_id="name_id", qc="compact"), on="q_id", how="left",
                   maintain_order="left")["qc"].to_list(),
        pairs.join(cnames.select(c_id="name_id", cc="compact"), on="c_id", how="left",
                   maintain_order="left")["cc"].to_list(),
        scorer=fuzz.ratio, workers=-1,
    )
    frame = (
        pairs.with_columns(compact_score=pl.Series(np.asarray(compact, dtype=np.float64) / 100))
        .join(agg, on="pair_id", how="left", maintain_order="left")
        .join(qs.rename({"name_id": "q_id", "total_w": "tq", "distinctive": "dq",
                         "numbers": "nq"}), on="q_id", how="left", maintain_order="left")
        .join(cs.rename({"name_id": "c_id", "total_w": "tc", "distinctive": "dc",
                         "numbers": "nc"}), on="c_id", how="left", maintain_order="left")
        .with_columns(pl.col("num", "mq", "mc", "tq", "tc").fill_null(0.0),
                      pl.col("aligned_distinctive", "dq", "dc").fill_null(False))
    )
    left_q, left_c = pl.col("tq") - pl.col("mq"), pl.col("tc") - pl.col("mc")
    paired = pl.min_horizontal(left_q, left_c)
    den = (pl.col("mq") + pl.col("mc") + cfg.conflict_penalty * 2 * paired
           + cfg.omission_query_penalty * (left_q - paired)
           + cfg.omission_candidate_penalty * (left_c - paired))
    token_score = pl.when(den > 0).then(pl.col("num") / den).otherwise(0.0)
    alt = pl.when(pl.col("compact_score") >= cfg.compact_min).then(pl.col("compact_score"))
    alt = alt.otherwise(0.0)
    score = pl.max_horizontal(pl.col("token_score"), alt)
    no_dist = (pl.col("dq") | pl.col("dc")) & ~pl.col("aligned_distinctive") & (alt == 0.0)
    score = pl.when(no_dist).then(pl.min_horizontal(score, cfg.no_distinctive_cap)).otherwise(score)
    num_mismatch = (pl.col("nq").list.len() > 0) & (pl.col("nc").list.len() > 0) & (
        pl.col("nq") != pl.col("nc"))
    score = pl.when(num_mismatch).then(
        pl.min_horizontal(score, cfg.number_mismatch_cap)).otherwise(score)
    cap = (pl.when(num_mismatch).then(pl.lit("; capped: number mismatch"))
           .when(no_dist).then(pl.lit("; capped: no distinctive")).otherwise(pl.lit("")))
    whole = pl.when((pl.col("compact_score") >= 1.0) | (
        (pl.col("score") == pl.col("compact_score")) & (pl.col("compact_score") > pl.col("token_score"))
    )).then(pl.format("; whole-name {}", (pl.col("compact_score") * 100).round().cast(pl.Int64)))
    empty = (pl.col("tq") == 0) | (pl.col("tc") == 0)  # a name with no tokens matches nothing
    frame = frame.with_columns(token_score=token_score.round(6)).with_columns(
        score=pl.when(empty).then(0.0).otherwise(score.round(6)), cap=cap,
        compact_score=pl.when(empty).then(0.0).otherwise(pl.col("compact_score").round(6)))
    expl = _explanations(aligned, pairs, qtok, ctok)
    return (
        frame.join(expl, on="pair_id", how="left", maintain_order="left")
        .with_columns(explanation=pl.concat_str(pl.col("text").fill_null(""),
                                                whole.otherwise(pl.lit("")), pl.col("cap")))
        .select(list(PAIR_SCORE_SCHEMA))
    )
