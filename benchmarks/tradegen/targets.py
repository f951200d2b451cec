"""Listed parties to plant: real names read from real list files with the project's loaders.

``load_targets`` reads each list with :func:`screening.lists.load_list` (the same readers the
screener uses, so every planted name is one the screener can know) and returns one row per
(entry, name): the primary name and each alias the source does not call weak. Vessels and
aircraft are left out: they are not shipment parties.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import polars as pl

from screening.lists import load_list
from screening.lists.store import ListStore

REPO = Path(__file__).resolve().parents[2]
DEFAULT_LISTS_DIR = REPO.parent / "shared" / "data" / "lists"
DEFAULT_LISTS = (
    "ofac/sdn_2024-05-03.csv",
    "eu_journal/32014R0269.csv",
    "un/un_consolidated_2026-02-27.xml",
    "ofac/cons_2025-12",
)
"""OFAC SDN (Russia-related designations of Chinese, Turkish, Emirati traders), the EU Russia
asset-freeze list (Latin and Cyrillic names), the UN list and OFAC's non-SDN set (NS-CMIC).
The partial CSL file in ../shared is refused by the CSL reader (truncated), so it is not used."""

SOURCE_WEIGHTS = {"ofac_sdn": 0.5, "eu_journal": 0.25, "un": 0.12, "ofac_cons": 0.13}
"""Share of planted names per source (other sources given with --lists: 0.1 each)."""
TRADE_COUNTRIES = ("RU", "BY", "CN", "HK", "AE", "TR", "IR", "KP", "SY", "KZ", "KG", "AM", "UZ",
                   "GE", "IN", "TJ", "RS", "MY", "SG", "TW", "TH")
"""Entries from these countries are drawn three times as often: they are who trade files name."""

TARGET_SCHEMA = pl.Schema({"entry_id": pl.Utf8(), "source": pl.Utf8(), "list_file": pl.Utf8(),
                           "entity_type": pl.Utf8(), "country": pl.Utf8(),
                           "list_name": pl.Utf8(), "name_quality": pl.Utf8()})


def load_targets(paths: Sequence[str | Path], lists_dir: Path = DEFAULT_LISTS_DIR,
                 *, use_store: bool = True) -> pl.DataFrame:
    """One row per plantable (entry, name) across ``paths`` (relative to ``lists_dir``).

    With ``use_store`` the lists go through the project's :class:`ListStore` (compiled once,
    cached by content hash under ``$SCREENING_HOME``); without, each file is parsed afresh.
    """
    frames = []
    store = ListStore() if use_store else None
    for raw in paths:
        path = Path(raw) if Path(raw).is_absolute() else lists_dir / raw
        quiet = logging.getLogger("screening.lists")
        level = quiet.level
        quiet.setLevel(logging.ERROR)  # loaders log known gaps of the sample files; not ours
        try:
            entries = store.load(path).entries if store else load_list(path).entries
        finally:
            quiet.setLevel(level)
        frames.append(_name_rows(entries, path.name))
    return pl.concat(frames).unique(["entry_id", "list_name"], keep="first", maintain_order=True)


def _name_rows(entries: pl.DataFrame, list_file: str) -> pl.DataFrame:
    base = entries.filter(pl.col("entity_type").is_in(["person", "organization", "unknown"]))
    base = base.select(
        "entry_id", "source", pl.lit(list_file).alias("list_file"),
        pl.col("entity_type").replace("unknown", "organization"),
        pl.col("countries").list.first().alias("country"), "name", "aliases",
    )
    primary = base.select(*TARGET_SCHEMA.keys() - {"list_name", "name_quality"},
                          pl.col("name").alias("list_name"), pl.lit("primary").alias("name_quality"))
    aliases = (base.select("entry_id", "source", "list_file", "entity_type", "country", "aliases")
               .explode("aliases", empty_as_null=True).drop_nulls("aliases").unnest("aliases")
               .rename({"name": "list_name", "quality": "name_quality"})
               .filter(pl.col("name_quality") != "weak"))
    rows = pl.concat([primary.select(TARGET_SCHEMA.keys()), aliases.select(TARGET_SCHEMA.keys())])
    letters = pl.col("list_name").str.count_matches(r"\p{L}")
    return rows.filter((pl.col("list_name").str.len_chars() >= 5) & (letters >= 4)).cast(TARGET_SCHEMA)


def target_weights(targets: pl.DataFrame) -> np.ndarray:
    """Draw probability per name row.

    Each source gets its ``SOURCE_WEIGHTS`` share of the draws; within a source, entries from
    trade-relevant countries count three times, organisations twice, and an entry's weight is
    split over its names (primary 0.6, aliases share 0.4).
    """
    t = targets.with_columns(
        src=pl.col("source").replace_strict(SOURCE_WEIGHTS, default=0.1, return_dtype=pl.Float64),
        names=pl.len().over("entry_id"),
    ).with_columns(
        raw=pl.when(pl.col("country").is_in(TRADE_COUNTRIES)).then(3.0).otherwise(1.0)
        * pl.when(pl.col("entity_type") == "organization").then(2.0).otherwise(1.0)
        * pl.when(pl.col("names") == 1).then(1.0)
        .when(pl.col("name_quality") == "primary").then(0.6)
        .otherwise(0.4 / (pl.col("names") - 1).clip(1))
    ).with_columns(w=pl.col("src") * pl.col("raw") / pl.col("raw").sum().over("source"))
    w = t["w"].to_numpy().astype(np.float64)
    share: np.ndarray = w / w.sum()
    return share
