"""CSV text and XLSX sheets → rows with their line numbers, for readers that must name a bad line.

Python's ``csv`` module keeps quoted newlines inside a field and tells the physical line a record
ends on; polars' CSV reader is faster but cannot say which line broke. List files are parsed once
at import, so exact error locations win over speed here. XLSX goes through fastexcel (calamine,
the engine behind ``pl.read_excel``), every cell read as text so identifiers keep leading zeros.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import fastexcel

from screening.errors import ListDataError

Row = tuple[int, list[str]]  # (1-based line or sheet row, cells)

csv.field_size_limit(16 * 1024 * 1024)  # statements of reasons run to tens of kB
XLSX_MAGIC = b"PK\x03\x04"


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

    Records that are entirely empty are skipped. Malformed quoting raises with the line.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ListDataError(path, f"malformed CSV: {exc}", where=str(start)) from exc
        if any(c.strip() for c in cells):
            yield start, cells
        start = reader.line_num + 1


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
