"""Strict reading of delimited list files (CSV, TSV, semicolon) with the line of every record.

Publishers' CSVs are read with the standard ``csv`` module in strict mode: a record is a row of
the header's width or the read stops with :class:`ListDataError` naming the line where the record
starts. A quoted field may span lines, so the reported line is the record's first physical line,
which is what an editor shows. Blank lines carry nothing and are skipped; a line repeating the
header is skipped only where the caller says the publisher is known to produce one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import HEAD_BYTES, check_not_empty_or_html, decode_utf8

csv.field_size_limit(16 * 1024 * 1024)  # long remarks are legal; the default 128 KiB is not enough


@dataclass(frozen=True, slots=True)
class Record:
    """One data row: the line it starts on and its fields, keyed by header name."""

    line: int
    fields: dict[str, str]


def _rows(path: Path, text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    last = 0
    try:
        for fields in reader:
            start, last = last + 1, reader.line_num
            yield start, fields
    except csv.Error as exc:
        where = str(last + 1)
        if "unexpected end of data" in str(exc):
            raise ListDataError(
                path,
                "the file ends inside a quoted field: the download is truncated; download the "
                "list again",
                where=where,
            ) from exc
        raise ListDataError(path, f"malformed record ({exc})", where=where) from exc


def read_table(
    path: Path,
    data: bytes,
    *,
    delimiter: str,
    required: Sequence[str],
    skip_repeated_header: bool = False,
) -> tuple[list[str], list[Record]]:
    """Header and records of a delimited UTF-8 file; every record has the header's width.

    ``required`` columns must all be in the header (extra columns are kept: publishers add
    columns over time). With ``skip_repeated_header`` a data line equal to the header is dropped
    (trade.gov's CSL file has been seen with the header twice); any other odd line is an error.
    """
    check_not_empty_or_html(path, data[:HEAD_BYTES])
    text = decode_utf8(path, data)
    rows = _rows(path, text, delimiter)
    header: list[str] | None = None
    for _line, fields in rows:
        if fields:
            header = [f.strip() for f in fields]
            break
    if header is None:
        raise ListDataError(path, "file is empty; expected a header line", where="1")
    missing = [c for c in required if c not in header]
    if missing:
        raise ListDataError(
            path,
            f"header lacks column(s) {', '.join(missing)}; expected a header with "
            f"{', '.join(required)}",
            where="1",
        )
    records: list[Record] = []
    for line, fields in rows:
        if not fields or fields == [""]:
            continue
        if skip_repeated_header and [f.strip() for f in fields] == header:
            continue
        if len(fields) != len(header):
            raise ListDataError(
                path,
                f"{len(fields)} fields where the header has {len(header)} (an unquoted "
                f"{delimiter!r} or quote inside a value, or a cut-off line?)",
                where=str(line),
            )
        records.append(Record(line, dict(zip(header, fields, strict=True))))
    return header, records
