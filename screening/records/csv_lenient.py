"""Stray quotes without the slow path: ``15" screen`` in an otherwise clean CSV.

A ``"`` inside an unquoted field is text to Python's csv module (and to spreadsheets), but it
breaks both the quote-parity record split and polars' parser. Trade data has many (inch marks),
so instead of sending a whole 32 MiB piece to the exact path, only the lines concerned are read
with the csv module and written back with RFC 4180 quoting before polars parses the piece:

1. Candidate lines are those with an odd number of quotes or whose quotes are not RFC quoting of
   a whole record (a vectorised regex); outside a quoted field, other lines cannot change the
   quote state. A Python loop walks the lines with quotes, reading only candidates (and, inside a
   quoted field, every line with a quote): outside one, the csv module (fed the line and a
   sentinel line) says whether the line is a complete record (its fields are kept) or opens a
   field that runs on; inside one, whether the line closes it (read as the rest of a field).
2. The resulting toggles give the record boundaries; records whose quoting is not RFC 4180 (the
   one-line ones from step 1, multi-line ones caught by :mod:`csv_checks`) are read whole by the
   csv module and their lines replaced by the fields re-quoted, so polars reads what it read.

Over 5 % of a piece needing this, or anything the csv module reads differently (a bare CR, a
record that ends earlier than its lines say), and the caller uses the exact path instead.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

import numpy as np
import polars as pl

_SENTINEL = "\ue000end-of-record\ue000"


def rfc_record(delim: str) -> str:
    """Regex of one record in RFC 4180 quoting (quoted fields may hold newlines)."""
    d = re.escape(delim)
    one = f'(?:"(?:[^"]|"")*"|[^"{d}\\n]*)'
    return f"^{one}(?:{d}{one})*\\r?$"


def read_record(lines: list[str], delimiter: str) -> list[str] | None:
    """The fields of ``lines`` read as one record by the csv module; None if it does not end there.

    Raises ``csv.Error`` for what the csv module cannot read at all (a bare CR in a field).
    """
    source = [line + "\n" for line in lines] + [_SENTINEL + "\n"]
    rows = list(csv.reader(source, delimiter=delimiter, strict=False))
    if len(rows) != 2 or rows[1] != [_SENTINEL]:
        return None
    return rows[0]


@dataclass
class QuoteScan:
    """Where quoted fields open and close, and one-line records the csv module read."""

    toggles: list[int] = field(default_factory=list)  # lines after which the quote state flips
    literal: dict[int, list[str]] = field(default_factory=dict)  # line -> fields


def scan_quotes(
    lines: pl.Series, quotes: pl.Series, delimiter: str, limit: int
) -> QuoteScan | None:
    """Step 1 of the module doc; None when too many lines need it or the csv module refuses one.

    Outside a quoted field only candidate lines (odd quotes or not RFC quoting) can change the
    state; inside one, any line with a quote can close it, so those are read too.
    """
    quoted = (quotes > 0).arg_true()
    clean = lines.gather(quoted).str.contains(rfc_record(delimiter))
    odd = quotes.gather(quoted) % 2 == 1
    candidate = (~clean | odd).to_list()
    if sum(candidate) > limit:
        return None
    scan = QuoteScan()
    inside = False
    reads = 0
    try:
        for index, check in zip(quoted.to_list(), candidate, strict=True):
            if not (check or inside):
                continue
            reads += 1
            if reads > 2 * limit:
                return None
            text = str(lines[index])
            if not inside:
                fields = read_record([text], delimiter)
                if fields is None:
                    inside = True
                    scan.toggles.append(index)
                else:
                    scan.literal[index] = fields
            elif read_record(['"' + text], delimiter) is not None:
                inside = False
                scan.toggles.append(index)
    except csv.Error:
        return None
    return scan


def requote(fields: list[str], delimiter: str) -> str:
    """``fields`` as one RFC 4180 record (newlines inside fields stay, quoted)."""
    out = io.StringIO()  # the line end must be "\r\n" so that fields with CR or LF get quoted
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerow(fields)
    return out.getvalue().removesuffix("\r\n")


def rewrite_lines(data: bytes, replacements: dict[tuple[int, int], str]) -> bytes:
    """``data`` with line ranges ``(first, last)`` (0-based, inclusive) replaced by new text.

    The new text replaces the lines without the line end of the last one (a CRLF stays CRLF).
    """
    newlines = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("\n"))
    starts = np.concatenate(([0], newlines + 1))
    ends = np.append(newlines, len(data))  # (the last line may have no newline)
    parts: list[bytes] = []
    position = 0
    for first, last in sorted(replacements):
        start, end = int(starts[first]), int(ends[last])
        if end > start and data[end - 1 : end] == b"\r":
            end -= 1
        parts += [data[position:start], replacements[(first, last)].encode("utf-8")]
        position = end
    parts.append(data[position:])
    return b"".join(parts)


def line_offset(data: bytes, line: int) -> int:
    """Byte offset where 0-based ``line`` starts in ``data``."""
    if line == 0:
        return 0
    newlines = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("\n"))
    return int(newlines[line - 1]) + 1
