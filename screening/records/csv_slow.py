"""Exact (slow) path for a CSV piece the fast path refused: Python's csv reader, record by record.

Used only for pieces with quoting trouble, so its per-record loop is off the hot path. The record
semantics (lenient quotes, an unclosed quote at end of file, stray quotes) are
:func:`csv_exact.read_exact`'s; this module decodes the piece and maps lines back to bytes.
"""

from __future__ import annotations

import bisect

import polars as pl

from screening.records.csv_exact import csv_lines, read_exact
from screening.records.csv_fast import CsvLayout
from screening.records.encoding import to_utf8
from screening.records.raw import raw_frame


def parse_slow(
    piece: bytes, layout: CsvLayout, first_line: int, *, final: bool
) -> tuple[pl.DataFrame, int]:
    """The raw frame of the complete records in ``piece`` and how many bytes they used."""
    data, bad_bytes = to_utf8(piece, layout.encoding, clean=layout.clean)
    lines, lone_cr = csv_lines(data.decode("utf-8"))
    got = read_exact(
        lines, layout.delimiter, len(layout.columns), first_line, final=final, lone_cr=lone_cr
    )
    carry_from = len(lines) if got.carry_from < 0 else got.carry_from
    _add_byte_errors(got.errors, got.spans, bad_bytes, first_line, carry_from)
    used = _byte_offset(piece, carry_from)
    frame = raw_frame(layout.columns, got.rows, [first_line + s for s, _ in got.spans], got.errors)
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
