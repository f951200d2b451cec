"""Record-level checks and edits for the CSV fast path (:mod:`csv_fast`), on polars series.

Kept apart so the fast path reads as its steps; each helper works on the per-line series and the
per-record frame (``start``, ``end``, ``fields``, ``single``, ``has_quote``) it builds.
"""

from __future__ import annotations

import bisect

import polars as pl

from screening.records.csv_exact import WIDE, csv_lines, split_stray
from screening.records.csv_lenient import rfc_record
from screening.records.raw import ERROR, LINE, raw_frame


def misquoted_spans(
    lines: pl.Series, recs: pl.DataFrame, record_of_line: pl.Series, delim: str
) -> list[tuple[int, int]]:
    """(first, last) lines of multi-line records whose quoting is not RFC 4180."""
    multi = recs.with_row_index("rec").filter(~pl.col("single"))
    if not multi.height:
        return []
    texts = (
        pl.DataFrame({"rec": record_of_line, "l": lines})
        .filter(pl.col("rec").is_in(multi["rec"].implode()))
        .group_by("rec", maintain_order=True)
        .agg(pl.col("l").str.join("\n"))
    )
    wrong = multi.filter(~texts["l"].str.contains(rfc_record(delim)))
    return list(zip(wrong["start"].to_list(), wrong["end"].to_list(), strict=True))


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


def split_strays(
    frame: pl.DataFrame, recs: pl.DataFrame, lines: pl.Series, delim: str, first_line: int
) -> pl.DataFrame:
    """Multi-line records that may be stray quotes, read as :func:`csv_exact.split_stray` does."""
    columns = [c for c in frame.columns if c not in (LINE, ERROR)]
    ncols = len(columns)
    maybe = pl.col("bad")
    if ncols >= WIDE:  # or an inner line with a record's worth of delimiters, or no closing quote
        wide = (lines.str.count_matches(delim, literal=True) >= ncols - 1).cum_sum()
        inner = recs["end"].cast(pl.Int64) - 1
        even = lines.gather(recs["end"]).str.count_matches('"', literal=True) % 2 == 0
        maybe = maybe | (wide.gather(inner.clip(0)) > wide.gather(recs["start"])) | even
    strays = recs.filter(maybe & ~pl.col("single") & ~pl.col("blank"))
    if not strays.height:
        return frame
    at = frame[LINE].cast(pl.Int64) - first_line
    parts, done = [], 0
    for start, end, fields in strays.select("start", "end", "fields").iter_rows():
        text, lone_cr = csv_lines("\n".join(lines.slice(start, end - start + 1)) + "\n")
        got = split_stray(text, delim, ncols, first_line + start, fields, lone_cr)
        if got is None:
            continue
        row = int(at.search_sorted(start))  # rows are in line order
        numbers = [first_line + start + s for s, _ in got.spans]
        split = raw_frame(columns, got.rows, numbers, got.errors)
        parts += [
            frame.slice(done, row - done),
            split.with_columns(pl.col(columns).replace("", None)),
        ]
        done = row + 1
    parts.append(frame.slice(done))
    return pl.concat(parts)


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


def finish(parsed: pl.DataFrame, recs: pl.DataFrame, ncols: int, first_line: int) -> pl.DataFrame:
    """Drop blank records, null out bad ones, add the line numbers and errors."""
    recs = recs.with_columns(line=pl.col("start").cast(pl.Int64) + first_line)
    if recs["blank"].any():
        keep = ~recs["blank"]
        parsed, recs = parsed.filter(keep), recs.filter(keep)
    errors = pl.repeat(None, recs.height, dtype=pl.Utf8, eager=True)
    if recs["bad"].any():  # a bad record's fields are not trusted: a row of nulls
        bad = recs["bad"]
        parsed = parsed.with_columns(pl.when(bad).then(None).otherwise(pl.all()).name.keep())
        messages = recs.filter("bad").select(
            pl.format(
                "line {}: {} {}, expected {}",
                "line",
                "fields",
                pl.when(pl.col("fields") == 1).then(pl.lit("field")).otherwise(pl.lit("fields")),
                pl.lit(ncols),
            )
        )
        errors = errors.scatter(bad.arg_true(), messages.to_series())
    return parsed.with_columns(
        recs["line"].cast(pl.UInt32).alias(LINE), errors.cast(pl.Utf8).alias(ERROR)
    )
