"""Records of a CSV piece from its lines: boundaries by quote state, field counts.

A record starts on a line with no quoted field open before it. Its field count is the number of
delimiters outside quotes plus one: lines without quotes are counted directly; one-line records
with quotes have their ``"..."`` runs deleted first; lines of multi-line records have their open
ends closed with ``"`` before that. Counts for records the csv module read are set by the caller.
"""

from __future__ import annotations

import polars as pl

_QUOTED_RUN = '"[^"]*"'


def plain_records(lines: pl.Series, delim: str) -> pl.DataFrame:
    """One record per line, fields = delimiters + 1 (no quotes in the piece)."""
    return pl.DataFrame(
        {
            "start": pl.int_range(0, lines.len(), eager=True, dtype=pl.UInt32),
            "fields": lines.str.count_matches(delim, literal=True).cast(pl.Int64) + 1,
            "has_quote": pl.repeat(False, lines.len(), eager=True),
        }
    ).with_columns(end=pl.col("start"), single=pl.lit(True))


def quoted_records(
    lines: pl.Series, quotes: pl.Series, toggles: pl.Series, delim: str
) -> tuple[pl.DataFrame | None, pl.Series]:
    """Records by quote state (``toggles``: 1 where a line opens/closes a multi-line field) and
    their field counts (delimiters outside quotes + 1)."""
    delims = lines.str.count_matches(delim, literal=True).cast(pl.Int64)
    after = toggles.cum_sum() % 2  # inside a quoted field after each line
    before = (after + toggles) % 2  # ... and before it
    record_of_line = (before == 0).cum_sum() - 1
    if lines.len() and after[-1] == 1:  # the piece ends inside quotes (an unterminated quote
        return None, record_of_line  # at end of file, or text quotes moved the boundary)
    whole = ((quotes > 0) & (before == 0) & (after == 0)).arg_true()  # one-line records
    if whole.len():
        outside = lines.gather(whole).str.replace_all(_QUOTED_RUN, "")
        delims = delims.scatter(
            whole, outside.str.count_matches(delim, literal=True).cast(pl.Int64)
        )
    spanning = ((before == 1) | (after == 1)).arg_true()  # lines of multi-line records
    if spanning.len():  # close the open ends with '"' first, then drop the quoted runs
        pre = pl.when(before.gather(spanning) == 1).then(pl.lit('"')).otherwise(pl.lit(""))
        post = pl.when(after.gather(spanning) == 1).then(pl.lit('"')).otherwise(pl.lit(""))
        outside = pl.select(pre + lines.gather(spanning) + post).to_series()
        outside = outside.str.replace_all(_QUOTED_RUN, "")
        delims = delims.scatter(
            spanning, outside.str.count_matches(delim, literal=True).cast(pl.Int64)
        )
    starts, ends = (before == 0).arg_true(), (after == 0).arg_true()
    cum = delims.cum_sum()
    recs = pl.DataFrame(
        {
            "start": starts,
            "end": ends,
            "fields": cum.gather(ends) - cum.gather(starts) + delims.gather(starts) + 1,
            "single": starts == ends,
            "has_quote": quotes.gather(starts) > 0,
        }
    )
    return recs, record_of_line
