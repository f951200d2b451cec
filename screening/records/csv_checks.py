"""Record-level checks and edits for the CSV fast path (:mod:`csv_fast`), on polars series.

Kept apart so the fast path reads as its steps; each helper works on the per-line series and the
per-record frame (``start``, ``end``, ``fields``, ``single``, ``has_quote``) it builds.
"""

from __future__ import annotations

import bisect
import re

import polars as pl

from screening.records.raw import ERROR


def _rfc_record(delim: str) -> str:
    d = re.escape(delim)
    field = f'(?:"(?:[^"]|"")*"|[^"{d}\\n]*)'
    return f"^{field}(?:{d}{field})*\\r?$"


def misquoted(lines: pl.Series, recs: pl.DataFrame, delim: str) -> pl.Series:
    """First lines of one-line records whose quotes are not RFC 4180 quoting (``5" x 3"``)."""
    single = recs.filter(pl.col("single") & pl.col("has_quote"))["start"]
    if not single.len():
        return single
    return single.filter(~lines.gather(single).str.contains(_rfc_record(delim)))


def multi_line_well_quoted(
    lines: pl.Series, recs: pl.DataFrame, record_of_line: pl.Series, delim: str
) -> bool:
    """Whether every multi-line record uses quotes as RFC 4180 says (else: the exact path)."""
    multi = recs.with_row_index("rec").filter(~pl.col("single"))
    if not multi.height:
        return True
    texts = (
        pl.DataFrame({"rec": record_of_line, "l": lines})
        .filter(pl.col("rec").is_in(multi["rec"].implode()))
        .group_by("rec", maintain_order=True)
        .agg(pl.col("l").str.join("\n"))
    )
    return bool(texts["l"].str.contains(_rfc_record(delim)).all())


def blank(lines: pl.Series, recs: pl.DataFrame) -> pl.Series:
    """Records that are one empty or all-blank line (no field at all): not records."""
    candidates = recs.select(
        (pl.col("single") & (pl.col("fields") == 1) & ~pl.col("has_quote")).arg_true()
    ).to_series()
    blank = pl.repeat(False, recs.height, eager=True)
    if candidates.len():
        text = lines.gather(recs["start"].gather(candidates))
        blank = blank.scatter(candidates, text.str.strip_chars(" \r") == "")
    return blank


def with_byte_errors(
    errors: pl.Series, bad_bytes: dict[int, str], starts: pl.Series, first_line: int
) -> pl.Series:
    """Add ``line N: not valid UTF-8 ...`` to the record holding each bad line."""
    values = errors.to_list()
    start_list = starts.to_list()
    for line_idx, problem in sorted(bad_bytes.items()):
        rec = bisect.bisect_right(start_list, line_idx) - 1
        if rec < 0:  # a bad byte on a blank line: no record to attach it to
            continue
        message = f"line {first_line + line_idx}: {problem}"
        values[rec] = f"{values[rec]}; {message}" if values[rec] else message
    return pl.Series(ERROR, values, dtype=pl.Utf8)
