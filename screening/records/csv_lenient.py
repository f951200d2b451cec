"""Stray quotes without the slow path: ``15" screen`` in an otherwise clean CSV.

A ``"`` inside an unquoted field is text to Python's csv module (and to spreadsheets), but it
breaks both the quote-parity record split and polars' parser. Trade data has many of them (inch
marks), so instead of sending the whole 32 MiB piece to the exact path, the few lines concerned
are read one by one with the csv module and written back with RFC 4180 quoting before polars
parses the piece:

1. Lines with an odd number of quotes are walked in order (a Python loop over those lines only).
   Outside a quoted field, such a line either opens a field that runs past the line end (the
   start of a multi-line record) or is a complete record whose quotes are text: the csv module,
   fed the line and a sentinel line, says which. Inside a quoted field, it closes the field.
2. One-line records whose quotes are not RFC quoting are read by the csv module the same way.
3. Those lines are replaced in the bytes by their fields re-quoted, so polars reads exactly what
   the csv module read. Too many such lines (over 5 % of a piece): the exact path is cheaper.
"""

from __future__ import annotations

import csv
import io

import numpy as np
import polars as pl

_SENTINEL = "\ue000end-of-line\ue000"


def read_line(text: str, delimiter: str) -> list[str] | None:
    """The fields of one line as the csv module reads them; None if a quote runs past its end.

    Raises ``csv.Error`` for what the csv module cannot read at all (a bare CR in a field).
    """
    rows = list(csv.reader([text + "\n", _SENTINEL + "\n"], delimiter=delimiter, strict=False))
    if len(rows) != 2 or rows[1] != [_SENTINEL]:
        return None
    return rows[0]


def literal_quote_lines(
    lines: pl.Series, quotes: pl.Series, delimiter: str, limit: int
) -> dict[int, list[str]] | None:
    """{line: fields} of odd-quote lines whose quotes are text; None: too many or unresolvable."""
    odd = (quotes % 2 == 1).arg_true()
    if odd.len() > limit:
        return None
    inside = False
    literal: dict[int, list[str]] = {}
    for index, text in zip(odd.to_list(), lines.gather(odd).to_list(), strict=True):
        if inside:
            inside = False  # closes the multi-line field
            continue
        try:
            fields = read_line(text, delimiter)
        except csv.Error:
            return None
        if fields is None:
            inside = True  # opens a field that continues on the next line
        else:
            literal[index] = fields
    return literal


def requote(fields: list[str], delimiter: str) -> str:
    """One line of RFC 4180 CSV for ``fields``."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="").writerow(fields)
    return out.getvalue()


def rewrite_lines(data: bytes, replacements: dict[int, str]) -> bytes:
    """``data`` with the text of some lines (0-based, without their line end) replaced."""
    newlines = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("\n"))
    starts = np.concatenate(([0], newlines + 1))
    ends = np.append(newlines, len(data))  # (the last line may have no newline)
    parts: list[bytes] = []
    position = 0
    for index in sorted(replacements):
        start, end = int(starts[index]), int(ends[index])
        if end > start and data[end - 1 : end] == b"\r":
            end -= 1  # keep a CRLF line end as it was
        parts += [data[position:start], replacements[index].encode("utf-8")]
        position = end
    parts.append(data[position:])
    return b"".join(parts)
