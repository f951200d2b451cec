"""The raw frame every format reader yields, before column mapping.

A raw frame holds the file's own columns (named as in the file) plus two bookkeeping columns:
``LINE`` (UInt32, the 1-based line of a text file or row of a table where the record starts, for
messages) and ``ERROR`` (Utf8, why the record could not be parsed, null when it could). Rows are
in input order and a reader never drops one: a broken record is a row of nulls with an error.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

LINE = "__line__"
ERROR = "__error__"
META = (LINE, ERROR)

_FREE_BYTES = (b"\x00", b"\x01", b"\x1f", b"\x1e", b"\x02", b"\x03")


def split_lines(data: bytes) -> pl.Series | None:
    """The physical lines of UTF-8 ``data`` as a Utf8 series, read by polars' parallel CSV reader.

    Trick: parse with no quoting and a separator byte that does not occur, so every line is one
    field. A ``\\r`` before ``\\n`` is dropped; a lone ``\\r`` stays inside its line, so line
    numbers agree with counting ``\\n``. None when no candidate byte is free (binary junk).
    """
    if not data:
        return pl.Series("l", [], dtype=pl.Utf8)
    sep = next((b for b in _FREE_BYTES if b not in data), None)
    if sep is None:
        return None
    frame = pl.read_csv(
        data,
        has_header=False,
        separator=sep.decode(),
        quote_char=None,
        infer_schema=False,
        new_columns=["l"],
        empty_string_is_null=False,
        raise_if_empty=False,
    )
    return frame.to_series()


def field_text(n: int) -> str:
    """``"1 field"`` / ``"3 fields"``."""
    return f"{n} field" if n == 1 else f"{n} fields"


def raw_frame(
    columns: Sequence[str],
    rows: Sequence[Sequence[str | None] | None],
    lines: Sequence[int],
    errors: Sequence[str | None],
) -> pl.DataFrame:
    """A raw frame from Python rows (None = a broken record: all its values are null)."""
    empty: tuple[None, ...] = (None,) * len(columns)
    values = [tuple(r) if r is not None else empty for r in rows]
    frame = pl.DataFrame(values, schema=dict.fromkeys(columns, pl.Utf8), orient="row")
    return frame.with_columns(
        pl.Series(LINE, lines, dtype=pl.UInt32), pl.Series(ERROR, errors, dtype=pl.Utf8)
    )
