"""CSV text and XLSX sheets → rows with their line numbers, for readers that must name a bad line.

Python's ``csv`` module (strict mode) keeps quoted newlines inside a field and tells the physical
line a record ends on; polars' CSV reader is faster but cannot say which line broke. List files
are parsed once at import, so exact error locations win over speed here: every row carries the
line it starts on, which is what an editor shows. :func:`read_table` adds the header checks of a
publisher's CSV (required columns, every record the header's width). A file that ends inside a
quoted field raises :class:`TruncatedRecordError`, which carries what the cut record still holds
for readers that may salvage it (``--lenient``). XLSX goes through fastexcel (calamine, the
engine behind ``pl.read_excel``), every cell read as text so identifiers keep leading zeros.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import fastexcel

from screening.errors import ListDataError
from screening.lists.base import HEAD_BYTES, check_not_empty_or_html, decode_utf8

Row = tuple[int, list[str]]  # (1-based line or sheet row, cells)

csv.field_size_limit(16 * 1024 * 1024)  # statements of reasons run to tens of kB
XLSX_MAGIC = b"PK\x03\x04"


class TruncatedRecordError(ListDataError):
    """The file ends inside a quoted field; ``cells`` is what the cut record holds (its last cell
    cut short, later cells missing; empty when nothing could be recovered)."""

    def __init__(self, path: Path, line: int, cells: list[str]) -> None:
        super().__init__(
            path,
            "the file ends inside a quoted field: the download is truncated; download the list "
            "again",
            where=str(line),
        )
        self.line = line
        self.cells = cells


@dataclass(frozen=True, slots=True)
class Record:
    """One data row: the line it starts on, its fields keyed by header name and, for a record the
    file cuts off (read with ``keep_cut_last``), the column the file ends in."""

    line: int
    fields: dict[str, str]
    cut: str | None = None


def decode(path: Path, data: bytes, *, fallback: str | None = None) -> str:
    """UTF-8 (BOM allowed); with ``fallback`` (e.g. ``cp1252``) for formats published in both.

    A file that is neither names the line of the first bad byte.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if fallback is not None:
            try:
                return data.decode(fallback)
            except UnicodeDecodeError:
                pass
        line = data.count(b"\n", 0, exc.start) + 1
        also = f" or {fallback}" if fallback else ""
        raise ListDataError(
            path,
            f"not valid UTF-8{also} (byte 0x{data[exc.start]:02x} at offset {exc.start}); save "
            "or download the file again as UTF-8",
            where=str(line),
        ) from exc


def csv_rows(path: Path, text: str, *, delimiter: str = ",") -> Iterator[Row]:
    """``(line, cells)`` per record; ``line`` is where the record starts.

    Records that are entirely empty are skipped. Malformed quoting raises with the line; a file
    ending inside a quoted field raises :class:`TruncatedRecordError`.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                raise TruncatedRecordError(path, start, _cut_cells(text, start, delimiter)) from exc
            raise ListDataError(path, f"malformed CSV: {exc}", where=str(start)) from exc
        if any(c.strip() for c in cells):
            yield start, cells
        start = reader.line_num + 1


def _cut_cells(text: str, line: int, delimiter: str) -> list[str]:
    """The cells of the record starting on ``line`` that the text cuts inside a quoted field."""
    tail = "".join(io.StringIO(text, newline="").readlines()[line - 1 :]) + '"'
    try:
        return next(csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True))
    except (csv.Error, StopIteration):
        return []


def read_table(
    path: Path,
    data: bytes,
    *,
    delimiter: str,
    required: Sequence[str],
    skip_repeated_header: bool = False,
    keep_cut_last: bool = False,
) -> tuple[list[str], list[Record]]:
    """Header and records of a delimited UTF-8 file; every record has the header's width.

    ``required`` columns must all be in the header (extra columns are kept: publishers add
    columns over time). With ``skip_repeated_header`` a data line equal to the header is dropped
    (trade.gov's CSL file has been seen with the header twice); any other odd line is an error.
    With ``keep_cut_last`` a last record the file cuts off inside a quoted field is returned with
    ``cut`` naming the column it ends in (later fields empty) instead of raising; the caller
    decides whether enough of it is there.
    """
    check_not_empty_or_html(path, data[:HEAD_BYTES])
    rows = csv_rows(path, decode_utf8(path, data), delimiter=delimiter)
    header_line, header = next(rows, (1, []))
    header = [f.strip() for f in header]
    if not header:
        raise ListDataError(path, "file is empty; expected a header line", where="1")
    missing = [c for c in required if c not in header]
    if missing:
        raise ListDataError(
            path,
            f"header lacks column(s) {', '.join(missing)}; expected a header with "
            f"{', '.join(required)}",
            where=str(header_line),
        )
    records: list[Record] = []
    try:
        for line, fields in rows:
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
    except TruncatedRecordError as cut:
        if not (keep_cut_last and 0 < len(cut.cells) <= len(header)):
            raise
        padded = dict(zip(header, cut.cells + [""] * (len(header) - len(cut.cells)), strict=True))
        records.append(Record(cut.line, padded, cut=header[len(cut.cells) - 1]))
    return header, records


def xlsx_rows(path: Path, *, n_rows: int | None = None) -> list[Row]:
    """``(sheet row, cells)`` of the first sheet, all cells as text, empty rows skipped."""
    try:
        sheet = fastexcel.read_excel(path).load_sheet(
            0, header_row=None, n_rows=n_rows, dtypes="string"
        )
        frame = sheet.to_polars()
    except Exception as exc:  # calamine raises its own error types for every kind of damage
        raise ListDataError(path, f"cannot read as an XLSX workbook: {exc}") from exc
    out: list[Row] = []
    for number, cells in enumerate(frame.iter_rows(), start=1):
        text = ["" if c is None else str(c) for c in cells]
        if any(c.strip() for c in text):
            out.append((number, text))
    return out


def fit(path: Path, line: int, cells: list[str], width: int) -> list[str]:
    """``cells`` checked against the header width; trailing empty extra cells are tolerated
    (spreadsheet exports pad rows), anything else is a wrong column count naming the line."""
    if len(cells) == width:
        return cells
    if len(cells) > width and not any(c.strip() for c in cells[width:]):
        return cells[:width]
    raise ListDataError(
        path,
        f"expected {width} columns as in the header, found {len(cells)} (a stray comma or an "
        "unquoted field?)",
        where=str(line),
    )


def header_key(cell: str) -> str:
    """A header cell compared case- and spacing-insensitively (``" Name  6"`` → ``name 6``)."""
    return " ".join(cell.lower().split())


def trim_header(cells: list[str]) -> list[str]:
    """Header cells with trailing empty cells (spreadsheet padding) removed."""
    out = [c.strip() for c in cells]
    while out and not out[-1]:
        out.pop()
    return out
