"""Fast path for one piece of a CSV file: vectorised record checks, then polars' parser.

A piece is a run of records (the block reader cuts at a newline with an even number of quotes
before it). Steps, vectorised in polars (Python touches only the few lines :mod:`csv_lenient`
reads with the csv module):

1. Split the piece into physical lines (``split_lines``) and count quotes per line. The quote
   state before/after each line gives record boundaries: a line starts a record when no quoted
   field is open before it, so quoted fields with embedded newlines are one record.
2. Count the delimiters outside quotes per line: plain ``count`` for lines without quotes; for the
   few with quotes (or inside a quoted field), close the line's open ends with ``"`` and delete the
   ``"..."`` runs by regex first. Field count of a record = its delimiters + 1. Lines that are
   empty or blank are no record.
3. The whole piece is parsed by ``pl.read_csv`` in one call (ragged rows truncated/padded, so there
   is exactly one row per record, else the piece is not what the parity model assumed and goes to
   the exact path); blank records are dropped and bad ones become rows of nulls with an error.

Quotes that are text (``15" screen``, inch marks) would break steps 1 and 3: the few lines
concerned are read by the csv module and re-quoted first (:mod:`csv_lenient`). Returns None when
the piece needs the exact (slow) reader: too many such lines, something the csv module reads
differently from the line-by-line view, polars rejecting the piece, a row-count mismatch, or an
unterminated quote at end of file. Measured: ~0.3 s CPU per 32 MiB block (200 k rows x 18
columns), of which ~0.15 s is polars' own parse; 1 % bad rows or 0.1 % inch marks cost little.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

import polars as pl

from screening.records.csv_checks import (
    blank,
    finish,
    misquoted_spans,
    split_strays,
    with_byte_errors,
)
from screening.records.csv_lenient import (
    line_offset,
    read_record,
    requote,
    rewrite_lines,
    scan_quotes,
)
from screening.records.csv_records import plain_records, quoted_records
from screening.records.encoding import to_utf8
from screening.records.raw import ERROR, LINE, split_lines


@dataclass(frozen=True)
class CsvLayout:
    """What a piece parser needs to know about the file."""

    delimiter: str
    columns: tuple[str, ...]
    encoding: str
    clean: bool = False  # the encoding scan found no invalid bytes: skip the per-piece check


def parse_fast(
    piece: bytes, layout: CsvLayout, first_line: int, *, final: bool
) -> tuple[pl.DataFrame, int] | None:
    """(raw frame, bytes used) of ``piece`` (first physical line ``first_line``); None: slow path.

    Fewer bytes than the piece are used when text quotes moved the last record boundary: the
    unfinished record is left for the caller to carry into the next block.
    """
    used = len(piece)
    data, bad_bytes = to_utf8(piece, layout.encoding, clean=layout.clean)
    lines = split_lines(data)
    if lines is None:
        return None
    delim, ncols = layout.delimiter, len(layout.columns)
    limit = max(64, lines.len() // 20)  # more lines needing the csv module: the exact path
    if b'"' in data:
        quotes = lines.str.count_matches('"', literal=True).cast(pl.Int64)
        scan = scan_quotes(lines, quotes, delim, limit)
        if scan is None:
            return None
        if len(scan.toggles) % 2:  # the piece ends inside a quoted field
            unfinished = scan.toggles[-1]  # where that record starts
            if final or unfinished == 0:
                return None  # an unterminated quote at end of file: the exact path reports it
            used = line_offset(piece, unfinished)
            data = data[: line_offset(data, unfinished)]
            lines, quotes = lines.head(unfinished), quotes.head(unfinished)
            scan.toggles.pop()
            scan.literal = {i: f for i, f in scan.literal.items() if i < unfinished}
            bad_bytes = {i: p for i, p in bad_bytes.items() if i < unfinished}
        toggles = pl.repeat(0, lines.len(), dtype=pl.Int64, eager=True).scatter(scan.toggles, 1)
        recs, record_of_line = quoted_records(lines, quotes, toggles, delim)
        if recs is None:
            return None
        fixes = {(i, i): fields for i, fields in scan.literal.items()}
        for first, last in misquoted_spans(lines, recs, record_of_line, delim):
            fields = _read(lines.slice(first, last - first + 1).to_list(), delim)
            if fields is None:
                return None
            fixes[(first, last)] = fields
        if len(fixes) > limit:
            return None
        if fixes:  # field counts as the csv module read them; polars gets them re-quoted
            at = record_of_line.gather([first for first, _ in fixes])
            counts = pl.Series([len(f) for f in fixes.values()], dtype=pl.Int64)
            recs = recs.with_columns(recs["fields"].scatter(at, counts))
            data = rewrite_lines(data, {span: requote(f, delim) for span, f in fixes.items()})
    else:
        recs = plain_records(lines, delim)
    recs = recs.with_columns(blank=blank(lines, recs))
    recs = recs.with_columns(bad=~pl.col("blank") & (pl.col("fields") != ncols))
    try:  # one row per record, blank and bad ones included (ragged rows cut/padded)
        parsed = pl.read_csv(
            data,
            has_header=False,
            separator=delim,
            quote_char='"',
            schema=dict.fromkeys(layout.columns, pl.Utf8),
            raise_if_empty=False,
            truncate_ragged_lines=True,
        )
    except pl.exceptions.PolarsError:
        return None
    if parsed.height != recs.height:
        return None
    frame = split_strays(finish(parsed, recs, ncols, first_line), recs, lines, delim, first_line)
    if bad_bytes:
        starts = frame[LINE].cast(pl.Int64) - first_line
        frame = frame.with_columns(with_byte_errors(frame[ERROR], bad_bytes, starts, first_line))
    return frame, used


def _read(lines: list[str], delim: str) -> list[str] | None:
    try:
        return read_record(lines, delim)
    except csv.Error:
        return None
