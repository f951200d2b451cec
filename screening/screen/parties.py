"""Records -> party names: one row per (record, role) with a name, then distinct names.

Trade data repeats counterparties, so names are de-duplicated (with their country and role
type) before matching and the matches joined back to every record that carries them.
"""

from __future__ import annotations

import polars as pl

from screening.match.matcher import PARTY
from screening.schema import PARTY_ROLES

PARTY_COLUMNS = {
    "row_nr": pl.UInt32(),
    "role": pl.Utf8(),
    "name": pl.Utf8(),
    "country": pl.Utf8(),
    "entity_type": pl.Utf8(),
}


def party_rows(records: pl.DataFrame) -> pl.DataFrame:
    """Party names of shipment records (``<role>_name`` / ``<role>_country``) or counterparties
    (``name`` / ``country`` / ``entity_type``, role "party")."""
    frames: list[pl.DataFrame] = []
    for role in PARTY_ROLES:
        col = f"{role}_name"
        if col not in records.columns:
            continue
        country = f"{role}_country"
        frames.append(
            records.select(
                pl.col("row_nr"),
                role=pl.lit(role),
                name=pl.col(col),
                country=pl.col(country) if country in records.columns else pl.lit(None),
                entity_type=pl.lit(PARTY, dtype=pl.Utf8),
            )
        )
    if "name" in records.columns:
        frames.append(
            records.select(
                pl.col("row_nr"),
                role=pl.lit("party"),
                name=pl.col("name"),
                country=pl.col("country") if "country" in records.columns else pl.lit(None),
                entity_type=pl.col("entity_type") if "entity_type" in records.columns
                else pl.lit(None),
            )
        )
    if not frames:
        return pl.DataFrame(schema=PARTY_COLUMNS)
    rows = pl.concat([f.cast(PARTY_COLUMNS) for f in frames])  # type: ignore[arg-type]
    return rows.with_columns(
        pl.col("name").str.strip_chars(),
        pl.col("country").str.strip_chars().str.to_uppercase(),
        pl.col("entity_type").str.strip_chars().str.to_lowercase().fill_null(PARTY),
    ).filter(pl.col("name").is_not_null() & (pl.col("name") != ""))


def distinct_queries(parties: pl.DataFrame) -> pl.DataFrame:
    """Distinct (name, country, entity_type) with ``query_id``; join back on those columns."""
    return (
        parties.select("name", "country", "entity_type")
        .unique(maintain_order=True)
        .with_row_index("query_id")
    )
