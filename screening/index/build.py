"""The name index of a set of lists: built once per list version, saved as Parquet beside it.

Holds the analysed list names (tokens, kinds, compact form), which entries each name belongs
to, token postings with document frequency (rarity), and the blocking keys. Loading a cached
index skips all name analysis.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from screening.index.keys import name_keys, searchable, token_keys
from screening.match.features import DEFAULT_CONFIG, MatchConfig
from screening.match.names import name_table, token_frame
from screening.normalize.vocab import vocab_fingerprint

INDEX_FORMAT = "12"
MAX_DF = 250
"""Tokens in more list names than this ("mohammad", "trading") do not generate candidates."""

ENTRY_COLUMNS = (
    "entry_id", "source", "list_name", "programs", "entity_type", "name", "countries",
    "identifiers", "birth_dates", "action", "list_version",
)


@dataclass(frozen=True)
class NameIndex:
    """Everything candidate generation and scoring need about the list side."""

    entries: pl.DataFrame  # ENTRY_COLUMNS, one row per entry
    names: pl.DataFrame  # name table: name_id, tokens, kinds, compact
    name_entries: pl.DataFrame  # name_id, entry_id, listed_name, quality
    tokens: pl.DataFrame  # token frame of names: name_id, pos, token, kind, weight
    postings: pl.DataFrame  # token, name_id for indexed tokens with df <= MAX_DF
    keys: pl.DataFrame  # key, token: blocking keys of indexed list tokens
    whole_keys: pl.DataFrame  # key, name_id: whole-name keys

    PARTS = ("entries", "names", "name_entries", "tokens", "postings", "keys", "whole_keys")

    def save(self, folder: Path) -> None:
        """Write every part as Parquet into ``folder`` (created; written atomically by caller)."""
        folder.mkdir(parents=True, exist_ok=True)
        for part in self.PARTS:
            getattr(self, part).write_parquet(folder / f"{part}.parquet")
        (folder / "FORMAT").write_text(_format())

    @classmethod
    def load(cls, folder: Path) -> NameIndex | None:
        """The index saved in ``folder``, or None when absent, of another format version or built
        with another vocabulary."""
        marker = folder / "FORMAT"
        if not marker.exists() or marker.read_text() != _format():
            return None
        return cls(**{p: pl.read_parquet(folder / f"{p}.parquet") for p in cls.PARTS})


def _format() -> str:
    """The index format version and the vocabulary it was analysed with."""
    return f"{INDEX_FORMAT}:{vocab_fingerprint()}"


def _name_rows(entries: pl.DataFrame) -> pl.DataFrame:
    primary = entries.select("entry_id", "entity_type", listed_name="name", quality=pl.lit("primary"))
    aliases = (
        entries.select("entry_id", "entity_type", "aliases")
        .explode("aliases", empty_as_null=False)
        .drop_nulls("aliases")
        .select("entry_id", "entity_type", listed_name=pl.col("aliases").struct.field("name"),
                quality=pl.col("aliases").struct.field("quality"))
    )
    rows = pl.concat([primary, aliases]).filter(pl.col("listed_name").str.strip_chars() != "")
    return rows.unique(["entry_id", "listed_name"], keep="first", maintain_order=True)


def build_index(
    entries: pl.DataFrame, *, list_version: str = "", cfg: MatchConfig = DEFAULT_CONFIG
) -> NameIndex:
    """Index ``entries`` (LIST_ENTRY frames of one or more lists, concatenated)."""
    rows = _name_rows(entries)
    distinct = rows.select("listed_name", "entity_type").unique(maintain_order=True)
    distinct = distinct.with_row_index("name_id")
    names = name_table(distinct["listed_name"].to_list(), distinct["entity_type"].to_list())
    name_entries = rows.join(distinct, on=["listed_name", "entity_type"]).select(
        "name_id", "entry_id", "listed_name", "quality"
    )
    tokens = token_frame(names, cfg)
    indexed = searchable(tokens).select("token", "name_id").unique()
    df = indexed.group_by("token").agg(df=pl.len())
    rare = df.filter(pl.col("df") <= MAX_DF)["token"]
    postings = indexed.filter(pl.col("token").is_in(rare.implode()))
    ent = entries.with_columns(list_version=pl.lit(list_version)) if "list_version" not in entries.columns else entries
    return NameIndex(
        entries=ent.select(ENTRY_COLUMNS),
        names=names,
        name_entries=name_entries,
        tokens=tokens,
        postings=postings,
        keys=token_keys(rare.sort().to_list()),
        whole_keys=name_keys(names),
    )
