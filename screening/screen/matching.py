"""Stage: party names of a batch -> party matches -> list hits.

Names are de-duplicated across the batch, matched once, and joined back to every (record,
role) that carries them.
"""

from __future__ import annotations

import polars as pl

from screening.decide import list_hit_severity
from screening.index.build import NameIndex
from screening.match.features import MatchConfig
from screening.match.matcher import match_names
from screening.schema import HIT, conform
from screening.screen.parties import distinct_queries, party_rows

PARTY_MATCH = {
    "row_nr": pl.UInt32(),
    "role": pl.Utf8(),
    "name": pl.Utf8(),
    "entry_id": pl.Utf8(),
    "source": pl.Utf8(),
    "list_name": pl.Utf8(),
    "programs": pl.List(pl.Utf8()),
    "action": pl.Utf8(),
    "listed_name": pl.Utf8(),
    "matched_name": pl.Utf8(),
    "score": pl.Float64(),
    "explanation": pl.Utf8(),
    "list_version": pl.Utf8(),
}
"""One row per (record, party role, list entry) whose name matched."""


def match_parties(records: pl.DataFrame, index: NameIndex, config: MatchConfig) -> pl.DataFrame:
    """PARTY_MATCH rows for the party names of ``records``."""
    parties = party_rows(records)
    queries = distinct_queries(parties)
    matches = match_names(
        queries["name"].to_list(),
        index,
        entity_types=queries["entity_type"].to_list(),
        countries=queries["country"].to_list(),
        config=config,
    )
    entries = index.entries.select(
        "entry_id", "source", "list_name", "programs", "action", "list_version",
        listed_name="name",
    )
    per_query = matches.join(queries, on="query_id").join(entries, on="entry_id")
    joined = parties.join(
        per_query.drop("query_id"), on=["name", "country", "entity_type"], nulls_equal=True
    )
    return joined.select(list(PARTY_MATCH)).cast(PARTY_MATCH)  # type: ignore[arg-type]


def list_hits(party_matches: pl.DataFrame, records: pl.DataFrame) -> pl.DataFrame:
    """HIT rows (kind "list") for party matches."""
    ids = records.select("row_nr", "record_id")
    hits = party_matches.join(ids, on="row_nr").select(
        "row_nr",
        "record_id",
        kind=pl.lit("list"),
        subject="role",
        ref="entry_id",
        source="list_name",
        severity=list_hit_severity(pl.col("score"), pl.col("action")),
        score="score",
        explanation=pl.format(
            "{} '{}' ~ {} '{}' as '{}' ({}): {}",
            "role", "name", "list_name", "listed_name", "matched_name",
            pl.col("score").round(2).cast(pl.Utf8), "explanation",
        ),
        version="list_version",
    )
    return conform(hits, HIT, what="list hit")


def best_match_columns(party_matches: pl.DataFrame, roles: list[str]) -> pl.DataFrame:
    """Per record, the best match of each role as ``<role>_match``, ``_match_score``,
    ``_match_list``, ``_match_entry_id`` columns (null when the role matched nothing)."""
    best = party_matches.sort(["row_nr", "role", "score"], descending=[False, False, True]).unique(
        ["row_nr", "role"], keep="first", maintain_order=True
    )
    out = best.select("row_nr").unique()
    for role in roles:
        sub = best.filter(pl.col("role") == role).select(
            "row_nr",
            pl.col("listed_name").alias(f"{role}_match"),
            pl.col("score").alias(f"{role}_match_score"),
            pl.col("list_name").alias(f"{role}_match_list"),
            pl.col("entry_id").alias(f"{role}_match_entry_id"),
        )
        out = out.join(sub, on="row_nr", how="left")
    return out
