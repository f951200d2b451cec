"""A second pass over the input (after the timed run) with the project's own reader.

Collects what the accuracy and baseline sections need and the outputs do not carry: the distinct
party names (exactly as the screener sees them: ``party_rows`` of the rows that parsed) and the
party names of chosen (row, role) cells, e.g. the flagged cells nobody planted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from screening.records import open_records
from screening.screen.parties import party_rows


@dataclass(frozen=True)
class InputScan:
    rows: int
    party_cells: int  # (row, role) cells with a name
    distinct_names: pl.Series  # distinct name strings over the whole file
    distinct_queries: int  # distinct (name, country) over the whole file
    batch_queries: int  # distinct (name, country) per batch, summed: what the run matched
    cells: pl.DataFrame  # row_nr, role, name, country for the requested cells


def scan_input(path: Path, wanted: pl.DataFrame, batch_size: int) -> InputScan:
    """Read ``path`` once in the run's ``batch_size``; ``wanted`` has ``row_nr`` (UInt32) and
    ``role`` columns."""
    rows = cells = per_batch = 0
    names: list[pl.DataFrame] = []
    found: list[pl.DataFrame] = []
    wanted = wanted.select(pl.col("row_nr").cast(pl.UInt32), "role").unique()
    for batch in open_records(path).batches(batch_size):
        rows += batch.height
        good = batch.filter(pl.col("parse_error").is_null()) if "parse_error" in batch.columns \
            else batch
        parties = party_rows(good)
        cells += parties.height
        distinct = parties.select("name", "country").unique()
        per_batch += distinct.height
        names.append(distinct)
        found.append(parties.join(wanted, on=["row_nr", "role"], how="semi")
                     .select("row_nr", "role", "name", "country"))
    queries = pl.concat(names).unique() if names else pl.DataFrame(
        schema={"name": pl.Utf8, "country": pl.Utf8})
    return InputScan(rows, cells, queries["name"].unique().sort(), queries.height, per_batch,
                     pl.concat(found) if found else pl.DataFrame(
                         schema={"row_nr": pl.UInt32, "role": pl.Utf8, "name": pl.Utf8,
                                 "country": pl.Utf8}))
