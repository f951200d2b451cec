"""Exact (slow) path for a CSV piece the fast path refused: Python's csv reader, record by record.

Used only for pieces with quoting trouble, so its per-record loop is off the hot path. Semantics
are the csv module's lenient ones: a ``"`` that does not open a field is literal (``2" pipe``),
``"ab"c`` reads as ``abc``. Record boundaries come from the reader itself; a sentinel line fed
after the piece shows whether the last record ended inside an open quote:

* not at end of file: that record is returned unconsumed, the block reader carries it over;
* at end of file (or ``final``): the record is an error row at the line where the quote opened,
  and reading resumes on the next line, so one stray quote costs one row, not the rest of the file.

A ``csv.Error`` (field over the csv module's size limit) likewise costs the one record.
"""

from __future__ import annotations

import bisect
import csv
from collections.abc import Iterator

import polars as pl

from screening.records.csv_fast import CsvLayout
from screening.records.encoding import to_utf8
from screening.records.raw import field_text, raw_frame

_SENTINEL = "\ue000screening-end-of-piece\ue000"
_CR = "\ue001"  # stands in for a bare carriage return while the csv module reads


class _Feed(Iterator[str]):
    """Lines from ``start`` on, then the sentinel line; ``index`` is the line last handed out."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.index = start - 1

    def __next__(self) -> str:
        self.index += 1
        if self.index < len(self.lines):
            return self.lines[self.index]
        if self.index == len(self.lines):
            return _SENTINEL + "\n"
        raise StopIteration


def parse_slow(
    piece: bytes, layout: CsvLayout, first_line: int, *, final: bool
) -> tuple[pl.DataFrame, int]:
    """The raw frame of the complete records in ``piece`` and how many bytes they used."""
    data, bad_bytes = to_utf8(piece, layout.encoding, clean=layout.clean)
    text = data.decode("utf-8")
    lone_cr = "\r" in text.replace("\r\n", "")
    if lone_cr:  # the csv module rejects a bare CR inside a field; polars keeps it: so do we
        text = text.replace("\r\n", "\n").replace("\r", _CR).replace("\n", "\r\n")
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]] + ([parts[-1] + "\n"] if parts[-1] else [])
    ncols = len(layout.columns)
    spans: list[tuple[int, int]] = []  # (first line, last line) per record
    rows: list[list[str] | None] = []
    errors: list[str | None] = []
    pos, carry_from = 0, len(lines)
    while pos < len(lines):
        feed = _Feed(lines, pos)
        reader = csv.reader(feed, delimiter=layout.delimiter, quotechar='"', strict=False)
        start = pos
        pos = len(lines)
        try:
            for row in reader:
                end = feed.index
                if end >= len(lines):  # this record took the sentinel
                    if row != [_SENTINEL]:
                        if not final:
                            carry_from = start
                        else:
                            spans.append((start, start))
                            rows.append(None)
                            errors.append(
                                f"line {first_line + start}: a quoted field opens on this line "
                                "and is never closed"
                            )
                            pos = start + 1
                    break
                if row and not (start == end and not lines[start].strip(" \r\n" + _CR)):
                    spans.append((start, end))
                    if len(row) == ncols:
                        rows.append([v.replace(_CR, "\r") for v in row] if lone_cr else row)
                        errors.append(None)
                    else:
                        rows.append(None)
                        errors.append(
                            f"line {first_line + start}: {field_text(len(row))}, expected {ncols}"
                        )
                start = end + 1
        except csv.Error as exc:
            spans.append((start, start))
            rows.append(None)
            errors.append(f"line {first_line + start}: {exc}")
            pos = start + 1
    _add_byte_errors(errors, spans, bad_bytes, first_line, carry_from)
    used = _byte_offset(piece, carry_from)
    frame = raw_frame(layout.columns, rows, [first_line + s for s, _ in spans], errors)
    return frame, used


def _add_byte_errors(
    errors: list[str | None],
    spans: list[tuple[int, int]],
    bad_bytes: dict[int, str],
    first_line: int,
    carry_from: int,
) -> None:
    starts = [s for s, _ in spans]
    for line_idx, problem in sorted(bad_bytes.items()):
        rec = bisect.bisect_right(starts, line_idx) - 1
        if line_idx >= carry_from or rec < 0 or spans[rec][1] < line_idx:
            continue  # carried over (reported with its record next time) or on a blank line
        message = f"line {first_line + line_idx}: {problem}"
        errors[rec] = f"{errors[rec]}; {message}" if errors[rec] else message


def _byte_offset(piece: bytes, line: int) -> int:
    """Byte offset where 0-based ``line`` of ``piece`` starts (``len(piece)`` past the end)."""
    if line >= piece.count(b"\n") + (not piece.endswith(b"\n")):
        return len(piece)
    offset = 0
    for _ in range(line):
        offset = piece.find(b"\n", offset) + 1
        if offset == 0:
            return len(piece)
    return offset
