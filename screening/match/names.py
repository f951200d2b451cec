"""Name tables: distinct names analysed once into token frames that the batched scorer joins.

A name table has one row per distinct (name, entity type) with ``name_id``; its token frame has
one row per token with position, kind and weight. Analysis runs once per distinct name (trade
data repeats counterparties, so this is far fewer than records).
"""

from __future__ import annotations

import polars as pl

from screening.match.features import DESIGNATION_KINDS, MatchConfig
from screening.normalize import analyze_name

DISTINCTIVE = ("word", "common", "syllable", "number")
"""Token kinds that identify a name; generic words, places, legal forms, particles, initials and
patronymics never make a match on their own."""

NAME_TABLE_SCHEMA = {
    "name_id": pl.UInt32(),
    "tokens": pl.List(pl.Utf8()),
    "kinds": pl.List(pl.Utf8()),
    "compact": pl.Utf8(),
    "person": pl.Boolean(),
    "keys": pl.List(pl.UInt16()),
}


def name_table(names: list[str], entity_types: list[str | None] | None = None) -> pl.DataFrame:
    """Analyse ``names`` (row i gets ``name_id`` i) into tokens, kinds and compact form."""
    types = entity_types or [None] * len(names)
    forms = [analyze_name(n or "", t) for n, t in zip(names, types, strict=True)]
    # joined strings split by polars: far faster than building list columns from Python lists
    frame = pl.DataFrame(
        {
            "tokens": [f.text for f in forms],
            "kinds": [" ".join(f.kinds) for f in forms],
            "compact": [f.compact for f in forms],
            "person": [f.person for f in forms],
            "keys": [" ".join(map(str, f.keys)) for f in forms],
        },
        schema={"tokens": pl.Utf8, "kinds": pl.Utf8, "compact": pl.Utf8, "person": pl.Boolean,
                "keys": pl.Utf8},
    )
    split = pl.when(pl.col("tokens") == "").then(pl.lit([], dtype=pl.List(pl.Utf8)))
    return frame.select(
        name_id=pl.int_range(pl.len(), dtype=pl.UInt32),
        tokens=split.otherwise(pl.col("tokens").str.split(" ")),
        kinds=split.otherwise(pl.col("kinds").str.split(" ")),
        compact="compact",
        person="person",
        keys=pl.when(pl.col("keys") == "").then(pl.lit([], dtype=pl.List(pl.Utf8)))
        .otherwise(pl.col("keys").str.split(" ")).cast(pl.List(pl.UInt16)),
    )


def token_frame(table: pl.DataFrame, cfg: MatchConfig) -> pl.DataFrame:
    """One row per token: ``name_id, pos, token, kind, weight, miss`` (``miss``: the weight it
    costs when left unaligned, ``align.miss_weight``)."""
    kinds = list(cfg.kind_weights)
    weights = pl.DataFrame(
        {
            "kind": kinds,
            "weight": [cfg.kind_weights[k] for k in kinds],
            "miss": [cfg.kind_weights[k] * cfg.miss_factors.get(k, 1.0) for k in kinds],
        }
    )
    key = pl.col("keys").list.contains(pl.col("pos"))
    return (
        table.select("name_id", "tokens", "kinds", "keys")
        .with_columns(pos=pl.int_ranges(pl.col("tokens").list.len(), dtype=pl.UInt16))
        .explode("tokens", "kinds", "pos", empty_as_null=False)
        .drop_nulls("tokens")
        .rename({"tokens": "token", "kinds": "kind"})
        .join(weights, on="kind", how="left", maintain_order="left")
        .with_columns(miss=pl.when(key).then(pl.col("miss") * cfg.key_omission_factor)
                      .otherwise(pl.col("miss")))
        .drop("keys")
    )


def name_stats(tokens: pl.DataFrame) -> pl.DataFrame:
    """Per name: total weight, whether it has distinctive tokens, its sorted number tokens."""
    return tokens.group_by("name_id").agg(
        total_w=pl.col("weight").sum(),
        total_miss=pl.col("miss").sum(),
        total_desig=pl.col("miss").filter(pl.col("kind").is_in(DESIGNATION_KINDS)).sum(),
        words=(pl.col("kind") != "legal").sum(),
        distinctive=pl.col("kind").is_in(DISTINCTIVE).any(),
        lossy=(pl.col("kind") == "syllable").any(),
        numbers=pl.col("token").filter(pl.col("kind") == "number").unique().sort(),
    )
