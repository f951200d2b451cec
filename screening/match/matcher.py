"""Screen query names against a name index: candidates -> name scores -> entry scores.

Secondary features move a name score where the query carries them: entity type disagreement
and country agreement/disagreement. The best-scoring name of each entry is kept, with the
explanation of what aligned and what moved the score.
"""

from __future__ import annotations

import polars as pl

from screening.index.build import NameIndex
from screening.match.batch_align import score_pairs
from screening.match.candidates import candidate_pairs
from screening.match.features import DEFAULT_CONFIG, MatchConfig
from screening.match.names import name_table, token_frame
from screening.schema import MATCH

TYPE_MISMATCH = -0.10
"""A person query against an organisation entry (or the reverse): strong contrary evidence."""
PARTY = "party"
"""Entity type of a trade party of unknown kind: a person or an organisation, never a vessel or
aircraft (a consignee called "Premier Marine Pte. Ltd." is not the vessel PREMIER)."""
COUNTRY_AGREES = 0.02
COUNTRY_DIFFERS = -0.04


def match_names(
    names: list[str],
    index: NameIndex,
    *,
    entity_types: list[str | None] | None = None,
    countries: list[str | None] | None = None,
    threshold: float | None = None,
    config: MatchConfig = DEFAULT_CONFIG,
) -> pl.DataFrame:
    """Matches of ``names`` (``query_id`` = position) at or above ``threshold``, best first."""
    cut = config.threshold if threshold is None else threshold
    types = entity_types or [None] * len(names)
    qnames = name_table(names, types)
    qtok = token_frame(qnames, config)
    cands = candidate_pairs(qnames, qtok, index, config, threshold=cut)
    pairs = cands.with_row_index("pair_id").select(
        pl.col("pair_id").cast(pl.UInt32), "q_id", "c_id"
    )
    scored = score_pairs(
        pairs, qnames, index.names, config, explain_min=cut - COUNTRY_AGREES,
        ctokens=index.tokens,
    ).join(pairs, on="pair_id")
    feats = pl.DataFrame(
        {
            "q_id": pl.Series(range(len(names)), dtype=pl.UInt32),
            "q_type": pl.Series(types, dtype=pl.Utf8),
            "q_country": pl.Series(countries or [None] * len(names), dtype=pl.Utf8),
        }
    )
    entries = index.entries.select("entry_id", "entity_type", "countries")
    frame = (
        scored.filter(pl.col("score") >= cut - COUNTRY_AGREES)
        .join(index.name_entries.rename({"name_id": "c_id"}), on="c_id")
        .filter((pl.col("quality") != "weak") | (pl.col("score") >= config.weak_alias_min))
        .join(entries, on="entry_id")
        .join(feats, on="q_id")
    )
    typed = pl.col("q_type").is_not_null() & (pl.col("entity_type") != "unknown")
    differs = (
        pl.when(pl.col("q_type") == PARTY)
        .then(pl.col("entity_type").is_in(["vessel", "aircraft"]))
        .otherwise(pl.col("q_type") != pl.col("entity_type"))
    )
    type_adj = pl.when(typed & differs).then(TYPE_MISMATCH)
    has_c = pl.col("q_country").is_not_null() & (pl.col("countries").list.len() > 0)
    agrees = pl.col("countries").list.contains(pl.col("q_country"))
    country_adj = pl.when(has_c & agrees).then(COUNTRY_AGREES).when(has_c).then(COUNTRY_DIFFERS)
    frame = frame.with_columns(
        type_adj=type_adj.otherwise(0.0), country_adj=country_adj.otherwise(0.0)
    ).with_columns(
        final=(pl.col("score") + pl.col("type_adj") + pl.col("country_adj")).clip(0.0, 1.0)
    )
    notes = pl.concat_str(
        pl.when(pl.col("type_adj") != 0).then(pl.format("; type {} vs {} -0.10", "q_type",
                                                       "entity_type")).otherwise(pl.lit("")),
        pl.when(pl.col("country_adj") > 0).then(pl.format("; country {} agrees +0.02",
                                                         "q_country"))
        .when(pl.col("country_adj") < 0).then(pl.format("; country {} not listed -0.04",
                                                        "q_country")).otherwise(pl.lit("")),
    )
    return (
        frame.filter(pl.col("final") >= cut)
        .sort(["q_id", "entry_id", "final", "score"], descending=[False, False, True, True])
        .unique(["q_id", "entry_id"], keep="first", maintain_order=True)
        .select(
            query_id="q_id",
            entry_id="entry_id",
            matched_name="listed_name",
            quality="quality",
            score=pl.col("final").round(4),
            name_score=pl.col("score"),
            explanation=pl.concat_str(pl.col("explanation"), notes),
        )
        .sort(["query_id", "score", "entry_id"], descending=[False, True, False])
        .cast(pl.Schema(MATCH))
    )
