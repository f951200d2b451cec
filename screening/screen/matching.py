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
from screening.schema import HIT, PARTY_MATCH, conform
from screening.screen.parties import distinct_queries, party_rows

KEY = ["name", "country", "entity_type"]


class MatchCache:
    """Matches of party names already screened in this run, so a counterparty that recurs in
    later batches (trade data repeats them) is matched once. Bounded: cleared past ``limit``
    distinct names."""

    def __init__(self, limit: int = 2_000_000) -> None:
        self.limit = limit
        self.keys = pl.DataFrame(schema=dict.fromkeys(KEY, pl.Utf8))
        self.matches: pl.DataFrame | None = None

    def split(self, queries: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
        """(queries not seen yet, cached matches of the queries seen before)."""
        new = queries.join(self.keys, on=KEY, how="anti", nulls_equal=True)
        if self.matches is None:
            return new, pl.DataFrame()
        old = self.matches.join(queries.select(KEY), on=KEY, how="semi", nulls_equal=True)
        return new, old

    def add(self, queries: pl.DataFrame, matches: pl.DataFrame) -> None:
        """Remember ``queries`` (``KEY`` columns) and their ``matches``."""
        if self.keys.height + queries.height > self.limit:
            self.keys, self.matches = self.keys.clear(), None
        self.keys = pl.concat([self.keys, queries.select(KEY)])
        self.matches = matches if self.matches is None else pl.concat([self.matches, matches])


def match_parties(
    records: pl.DataFrame, index: NameIndex, config: MatchConfig, cache: MatchCache | None = None
) -> pl.DataFrame:
    """PARTY_MATCH rows for the party names of ``records`` (names in ``cache`` not rematched)."""
    parties = party_rows(records)
    queries = distinct_queries(parties)
    cached = pl.DataFrame()
    if cache is not None:
        queries, cached = cache.split(queries)
        queries = queries.drop("query_id").with_row_index("query_id")
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
    per_query = matches.join(queries, on="query_id").join(entries, on="entry_id").drop("query_id")
    if cache is not None:
        cache.add(queries, per_query)
        if cached.height:
            per_query = pl.concat([per_query, cached.select(per_query.columns)])
    joined = parties.join(per_query, on=KEY, nulls_equal=True)
    return joined.select(list(PARTY_MATCH)).cast(pl.Schema(PARTY_MATCH))


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
