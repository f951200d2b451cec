"""Candidate generation: which list names are worth scoring for each query name.

Distinct query tokens find similar list tokens through the blocking keys (one polars join),
their similarities are computed once per distinct token pair, and postings turn similar tokens
into (query name, list name) pairs; each query expands only its rarest tokens. Each pair gets
an upper bound of its final score: a query token that found the list name counts with its best
similarity, any other query token as if it aligned perfectly with a partner of weight 1, over
the smallest denominator the scorer can produce. Pairs whose bound is below the threshold
cannot match and are dropped; whole-name keys add names made only of common tokens. Survivors
are ranked by the share of both names that found tokens explain, and each query keeps its
best ``max_candidates`` (ties included).
"""

from __future__ import annotations

import polars as pl

from screening.index.build import NameIndex
from screening.index.keys import name_keys, searchable, token_keys
from screening.match.features import MatchConfig
from screening.match.similarity_frame import token_similarity_frame

MAX_CANDIDATES = 40
BOUND_MARGIN = 0.05
"""Secondary features can add a little to a name score: keep pairs this close below the cut."""
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


EXPAND_RAREST = 2
"""Each query name finds candidates through its rarest indexed tokens only (fewest list names
behind them): a list name scoring above the threshold aligns most of the query's weight, so it
shares one of them. Tokens left out still count in the bound."""
CHEAP = 25
"""A token leading to at most this many list names is always expanded."""


def cheapest_tokens(q_ind: pl.DataFrame, sims: pl.DataFrame, index: NameIndex) -> pl.DataFrame:
    """The rows of ``q_ind`` whose token is among its name's EXPAND_RAREST rarest, or cheap."""
    df = index.postings.group_by("token").agg(df=pl.len()).rename({"token": "lt"})
    cost = (
        q_ind.select("q_id", "qpos", "qt")
        .join(sims.select("qt", "lt"), on="qt")
        .join(df, on="lt")
        .group_by("q_id", "qpos")
        .agg(cost=pl.col("df").sum())
        .with_columns(rank=pl.col("cost").rank("ordinal").over("q_id"))
        .filter((pl.col("rank") <= EXPAND_RAREST) | (pl.col("cost") <= CHEAP))
    )
    return q_ind.join(cost.select("q_id", "qpos"), on=["q_id", "qpos"])


def candidate_pairs(
    qnames: pl.DataFrame,
    qtokens: pl.DataFrame,
    index: NameIndex,
    cfg: MatchConfig,
    *,
    max_candidates: int = MAX_CANDIDATES,
    threshold: float | None = None,
) -> pl.DataFrame:
    """``q_id, c_id, estimate`` for query name table ``qnames`` (with token frame ``qtokens``):
    pairs whose score bound reaches the threshold, each query's best ``max_candidates`` by
    ``estimate`` (the share of both names' weight its found tokens explain)."""
    cut = (cfg.threshold if threshold is None else threshold) - BOUND_MARGIN
    q_ind = searchable(qtokens).select(
        q_id="name_id", qpos="pos", qt="token", kind="kind", qw="weight"
    )
    sims = similar_tokens(q_ind.select(token="qt", kind="kind"), index, cfg)
    q_exp = cheapest_tokens(q_ind, sims, index)
    hits = (
        q_exp.lazy()
        .join(sims.lazy(), on="qt")
        .join(index.postings.lazy().rename({"token": "lt", "name_id": "c_id"}), on="lt")
        .group_by("q_id", "c_id", "qpos")
        .agg(part=(pl.col("sim") * (pl.col("qw") + 1.0)).max(), qw=pl.col("qw").first())
        .group_by("q_id", "c_id")
        .agg(part=pl.col("part").sum(), found=pl.col("qw").sum(), n_found=pl.len())
    )
    # every query token without a hit on this list name (not expanded, a business word or legal
    # form, a very common token, or a misspelling beyond the blocking keys) may still align in
    # scoring: at best with similarity 1 and a partner of weight 1
    per_q = qtokens.group_by("name_id").agg(tq=pl.col("weight").sum(), n_q=pl.len())
    totals_c = index.tokens.group_by("name_id").agg(tc=pl.col("weight").sum())
    omission = min(cfg.omission_query_penalty, cfg.omission_candidate_penalty,
                   cfg.person_omission_penalty, 1.0)
    rest = (pl.col("tq") - pl.col("found")) + (pl.col("n_q") - pl.col("n_found"))
    num = pl.min_horizontal(pl.col("part") + rest, pl.col("tq") + pl.col("tc"))
    den = omission * (pl.col("tq") + pl.col("tc")) + (1 - omission) * num
    est = (
        hits.join(per_q.lazy().rename({"name_id": "q_id"}), on="q_id")
        .join(totals_c.lazy().rename({"name_id": "c_id"}), on="c_id")
        .filter(pl.min_horizontal(num / den, pl.lit(1.0)) >= cut)
        # rank by what was found, not by the (loose) bound: the bound only filters
        .select("q_id", "c_id", estimate=pl.col("part") / (pl.col("tq") + pl.col("tc")))
        .collect()
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
        # the best max_candidates per query, ties included: the same name listed by several
        # lists ties, and none of them may be cut
        .filter(pl.col("estimate").rank("min", descending=True).over("q_id") <= max_candidates)
        .sort(["q_id", "estimate", "c_id"], descending=[False, True, False])
        .select(
            pl.col("q_id").cast(pl.UInt32), pl.col("c_id").cast(pl.UInt32),
            pl.col("estimate").cast(pl.Float64),
        )
    )
