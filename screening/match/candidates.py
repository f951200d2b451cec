"""Candidate generation: which list names are worth scoring for each query name.

Distinct query tokens find similar list tokens through the blocking keys (one polars join),
their similarities are computed once per distinct token pair, and postings turn similar tokens
into (query name, list name) pairs with an estimate: the similarity-weighted share of both
names' weight already explained by rare tokens. Whole-name keys add names made only of common
tokens. Each query keeps its best ``max_candidates`` pairs above ``min_estimate``.
"""

from __future__ import annotations

import polars as pl

from screening.index.build import NameIndex
from screening.index.keys import INDEXED_KINDS, name_keys, token_keys
from screening.match.features import MatchConfig
from screening.match.similarity import token_similarity_frame

MAX_CANDIDATES = 40
MIN_ESTIMATE = 0.2
CANDIDATE_SCHEMA = {"q_id": pl.UInt32(), "c_id": pl.UInt32(), "estimate": pl.Float64()}


def similar_tokens(query_tokens: pl.DataFrame, index: NameIndex, cfg: MatchConfig) -> pl.DataFrame:
    """``qt, lt, sim``: distinct query tokens x indexed list tokens with similarity > 0."""
    uq = query_tokens.select("token", "kind").unique()
    qkeys = token_keys(uq["token"].to_list()).rename({"token": "qt"})
    pairs = qkeys.join(index.keys.rename({"token": "lt"}), on="key").select("qt", "lt").unique()
    kinds = uq.rename({"token": "qt", "kind": "qk"})
    pairs = pairs.join(kinds, on="qt").with_columns(
        ct=pl.col("lt"),
        ck=pl.when(pl.col("lt").str.contains(r"\d")).then(pl.lit("number")).otherwise(pl.lit("word")),
    )
    return pairs.with_columns(sim=token_similarity_frame(pairs, cfg)).filter(
        pl.col("sim") > 0
    ).select("qt", "lt", "sim")


def candidate_pairs(
    qnames: pl.DataFrame,
    qtokens: pl.DataFrame,
    index: NameIndex,
    cfg: MatchConfig,
    *,
    max_candidates: int = MAX_CANDIDATES,
    min_estimate: float = MIN_ESTIMATE,
) -> pl.DataFrame:
    """``q_id, c_id, estimate`` for query name table ``qnames`` (with token frame ``qtokens``)."""
    q_ind = qtokens.filter(pl.col("kind").is_in(INDEXED_KINDS)).select(
        q_id="name_id", qt="token", kind="kind", qw="weight"
    )
    sims = similar_tokens(q_ind.select(token="qt", kind="kind"), index, cfg)
    hits = (
        q_ind.join(sims, on="qt")
        .join(index.postings.rename({"token": "lt", "name_id": "c_id"}), on="lt")
        .group_by("q_id", "c_id", "qt")
        .agg(part=(pl.col("sim") * (pl.col("qw") + 1.0)).max())
        .group_by("q_id", "c_id")
        .agg(part=pl.col("part").sum())
    )
    totals_q = qtokens.group_by("name_id").agg(tq=pl.col("weight").sum())
    totals_c = index.tokens.group_by("name_id").agg(tc=pl.col("weight").sum())
    est = (
        hits.join(totals_q.rename({"name_id": "q_id"}), on="q_id")
        .join(totals_c.rename({"name_id": "c_id"}), on="c_id")
        .select("q_id", "c_id", estimate=pl.col("part") / (pl.col("tq") + pl.col("tc")))
    )
    whole = (
        name_keys(qnames)
        .rename({"name_id": "q_id"})
        .join(index.whole_keys.rename({"name_id": "c_id"}), on="key")
        .select("q_id", "c_id", estimate=pl.lit(1.0))
    )
    return (
        pl.concat([est, whole])
        .group_by("q_id", "c_id")
        .agg(pl.col("estimate").max())
        .filter(pl.col("estimate") >= min_estimate)
        .sort(["q_id", "estimate", "c_id"], descending=[False, True, False])
        .group_by("q_id", maintain_order=True)
        .head(max_candidates)
        .select(
            pl.col("q_id").cast(pl.UInt32), pl.col("c_id").cast(pl.UInt32),
            pl.col("estimate").cast(pl.Float64),
        )
    )
