"""Why a pair was missed: where in the matcher a (query name, list entry) pair was lost.

Replays the batch path for each query exactly as ``match_parties`` runs it (query names untyped,
as shipment parties are; the list side from the combined index, as cached): every name of the
target entry is scored with ``score_pairs`` and the best one is followed through the steps:

* ``scored below threshold``: even the best name scores below the cut: the scorer rejects it;
* ``not a candidate``: it scores at or above the cut, but candidate generation's score bound
  dropped it (or no blocking key led to it): lost before scoring;
* ``cut by candidate cap``: a candidate, but not among the query's best ``MAX_CANDIDATES``;
* ``adjusted below threshold``: a candidate scoring at or above the cut, dropped afterwards by
  the adjustments of ``match_names`` (in the batch: the query's country is not among the
  entry's countries, -0.04).
"""

from __future__ import annotations

import polars as pl

from screening.index.build import NameIndex
from screening.match.batch_align import score_pairs
from screening.match.candidates import candidate_pairs
from screening.match.features import DEFAULT_CONFIG, MatchConfig
from screening.match.names import name_table, token_frame

UNCAPPED = 1_000_000


def where_lost(queries: pl.DataFrame, index: NameIndex,
               config: MatchConfig = DEFAULT_CONFIG) -> pl.DataFrame:
    """``queries`` (``name``, ``entry_id``, any other columns) with ``stage``, ``name_score``
    (best name score of the entry's names) and ``name_why`` (its explanation) added."""
    if queries.is_empty():
        return queries.with_columns(stage=pl.lit(None, pl.Utf8),
                                    name_score=pl.lit(None, pl.Float64),
                                    name_why=pl.lit(None, pl.Utf8))
    q = queries.with_row_index("q_id")
    names = [n.strip() for n in q["name"].to_list()]
    qnames = name_table(names, [None] * len(names))
    qtokens = token_frame(qnames, config)
    capped = candidate_pairs(qnames, qtokens, index, config).select("q_id", "c_id")
    uncapped = candidate_pairs(qnames, qtokens, index, config,
                               max_candidates=UNCAPPED).select("q_id", "c_id")
    target = (q.select("q_id", "entry_id")
              .join(index.name_entries.select(c_id="name_id", entry_id="entry_id"), on="entry_id")
              .select(pl.col("q_id").cast(pl.UInt32), pl.col("c_id").cast(pl.UInt32))
              .unique().with_row_index("pair_id"))
    target = target.with_columns(pl.col("pair_id").cast(pl.UInt32))
    scored = score_pairs(target, qnames, index.names, config, ctokens=index.tokens)
    per_q = (target.join(scored.select("pair_id", "score", "explanation"), on="pair_id")
             .with_columns(
                 capped=pl.struct("q_id", "c_id").is_in(
                     capped.select(pl.struct("q_id", "c_id")).to_series().implode()),
                 uncapped=pl.struct("q_id", "c_id").is_in(
                     uncapped.select(pl.struct("q_id", "c_id")).to_series().implode()))
             .sort(["score", "capped", "uncapped"], descending=True)
             .group_by("q_id").agg(name_score=pl.col("score").first(),
                                   name_why=pl.col("explanation").first(),
                                   capped=pl.col("capped").first(),
                                   uncapped=pl.col("uncapped").first()))
    stage = (pl.when(pl.col("name_score") < config.threshold)
             .then(pl.lit("scored below threshold"))
             .when(~pl.col("uncapped")).then(pl.lit("not a candidate"))
             .when(~pl.col("capped")).then(pl.lit("cut by candidate cap"))
             .otherwise(pl.lit("adjusted below threshold")))
    return (q.join(per_q.with_columns(stage=stage), on="q_id", how="left")
            .with_columns(pl.col("stage").fill_null("entry has no names in the index"))
            .drop("q_id", "capped", "uncapped"))
