"""Every input row accounted for: count, order, and errors exactly where the input is broken.

Checked independently of the reader: data lines are counted in the raw bytes (the generator
writes one record per line, corrupted ones included), and the generator's record ids are the
1-based data line numbers (``SHP0000000001`` ...). Each output row is mapped back to the input
line it stands for: an error row by the ``line N`` its reason names (a file line, header
included), any other row by its record id. Then: every data line must be covered exactly once, in
increasing order; corrupted lines (``truth_corrupt``) must come out as ``error``; no other line
may. A line covered by no output row is *lost*; when the line before it is a corrupted one, the
reader swallowed it into that line's record (an unbalanced quote reads on across the newline).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from benchmarks.batchbench.accuracy import reasons_at

BLOCK = 64 << 20
ID = r"^[A-Z]+(\d{10})$"
LINE = r"^line (\d+)"
HEADER_LINES = 1


def data_lines(path: Path) -> int:
    """Records in the input: newline count minus the header (CSV), row count (Parquet)."""
    if path.suffix == ".parquet":
        return int(pl.scan_parquet(path).select(pl.len()).collect().item())
    count, last = 0, b"\n"
    with path.open("rb") as fh:
        while block := fh.read(BLOCK):
            count += block.count(b"\n")
            last = block[-1:]
    if last != b"\n":
        count += 1
    return count - HEADER_LINES


@dataclass(frozen=True)
class Integrity:
    input_rows: int
    output_rows: int
    lost: pl.DataFrame  # line, after_kind (kind of the corrupted line before it, if any)
    duplicated: int  # lines covered by more than one output row
    out_of_order: int  # output rows whose line is not after the previous row's line
    unmapped: pl.DataFrame  # output rows that name no line (no id, no "line N" reason)
    corrupt: pl.DataFrame  # truth_corrupt + the decision of the row covering the line
    unexpected_errors: pl.DataFrame  # error rows for lines that are not corrupted

    @property
    def accounted(self) -> bool:
        """Every input line has its own output row, in order, and no valid line became an error
        (the issue's target)."""
        return (self.input_rows == self.output_rows and self.lost.is_empty()
                and not self.duplicated and not self.out_of_order and self.unmapped.is_empty()
                and self.unexpected_errors.is_empty())

    def by_kind(self) -> pl.DataFrame:
        swallowed = self.lost.group_by(kind="after_kind").agg(next_line_lost=pl.len())
        return (self.corrupt.group_by("kind").agg(
            n=pl.len(), error=pl.col("is_error").sum(),
            not_error=(~pl.col("is_error") & pl.col("decision").is_not_null()).sum(),
            no_row=pl.col("decision").is_null().sum())
            .join(swallowed, on="kind", how="left")
            .with_columns(pl.col("next_line_lost").fill_null(0)).sort("kind"))


def check_rows(input_path: Path, decisions_path: Path, decisions: pl.DataFrame,
               corrupt: pl.DataFrame) -> Integrity:
    """``decisions`` from :func:`accuracy.read_decisions` (``pos``, ``record_id``,
    ``decision``); the error reasons are read from ``decisions_path``."""
    n = data_lines(input_path)
    errors = decisions.filter(pl.col("decision") == "error")
    reasons = reasons_at(decisions_path, errors["pos"])
    by_id = pl.col("record_id").str.extract(ID, 1).cast(pl.Int64)
    by_reason = pl.col("reasons").str.extract(LINE, 1).cast(pl.Int64) - HEADER_LINES
    rows = (decisions.join(reasons, on="pos", how="left")
            .with_columns(line=pl.when(pl.col("decision") == "error")
                          .then(pl.coalesce(by_reason, by_id)).otherwise(by_id)))
    mapped = rows.filter(pl.col("line").is_not_null())
    bad = corrupt.select(line=pl.col("line_no").cast(pl.Int64), kind="kind")
    lines = pl.int_range(1, n + 1, dtype=pl.Int64, eager=True).alias("line").to_frame()
    lost = (lines.join(mapped.select("line"), on="line", how="anti")
            .join(bad.select(pl.col("line") + 1, after_kind="kind"), on="line", how="left"))
    order = mapped.select(pl.col("line").diff().fill_null(1) <= 0).to_series().sum()
    checked = (corrupt.with_columns(line=pl.col("line_no").cast(pl.Int64))
               .join(mapped.select("line", "decision", out_id="record_id")
                     .unique("line", keep="first"), on="line", how="left")
               .with_columns(is_error=(pl.col("decision") == "error").fill_null(False)))
    unexpected = (mapped.filter(pl.col("decision") == "error")
                  .join(bad, on="line", how="anti").select("pos", "line", "record_id", "reasons"))
    return Integrity(n, decisions.height, lost, mapped.height - mapped["line"].n_unique(),
                     int(order), rows.filter(pl.col("line").is_null()), checked, unexpected)
