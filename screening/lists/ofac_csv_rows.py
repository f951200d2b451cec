"""Rows of an OFAC legacy CSV file: decoding, the 0x1A end byte, ``-0-`` nulls, field counts.

Every row is checked against the layout's field count and reported by its first physical line,
so a broken file fails with ``file:line N: expected 12 fields ...`` instead of a shifted column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import check_not_empty_or_html

__all__ = ["csv_rows", "decode_ofac", "head_rows"]

NULL = "-0-"
_SUB = "\x1a"  # DOS end-of-file byte OFAC appends
_HEAD_ROWS = 20
_ENT_NUM = re.compile(r"^\d+$")


def decode_ofac(path: Path, data: bytes) -> str:
    """UTF-8 (so ASCII) first, cp1252 as the fallback; anything else names the line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise ListDataError(
            path,
            "NUL bytes: this looks like UTF-16; save the file as UTF-8 or re-download it",
            where=f"line {line}",
        )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ListDataError(
            path,
            f"byte 0x{data[exc.start]:02x} at offset {exc.start} is neither UTF-8 nor cp1252 "
            "text; OFAC files are ASCII - re-download the file",
            where=f"line {line}",
        ) from exc


def _null(field: str, *, raw: bool = False) -> str | None:
    value = field.strip()
    if value in ("", NULL):
        return None
    return field if raw else value


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, raw fields) per non-empty record; raises csv.Error with a line."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise csv.Error(f"line {reader.line_num}: {exc}") from exc
        if row and any(f.strip() for f in row):
            yield start, row


def csv_rows(
    path: Path, ncols: int, layout: str, *, raw: int | None = None, required: bool = True
) -> Iterator[tuple[int, list[str | None]]]:
    """(line, fields with ``-0-`` as None) per record of ``path``; exactly ``ncols`` fields.

    Fields are stripped except column ``raw`` (remarks: a spill-over into the comments file can
    split the text at a space, which must survive the join). A file that is not ``required`` (a
    sibling such as an empty SDN_COMMENTS.CSV) may hold no rows; the main file may not.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ListDataError(path, f"cannot read file: {exc.strerror}") from exc
    if required or data.strip(b" \t\r\n\x1a"):
        check_not_empty_or_html(path, data[:4096])
    text = decode_ofac(path, data).rstrip("\r\n" + _SUB)
    try:
        for line, row in _rows(text):
            if len(row) != ncols:
                raise ListDataError(
                    path,
                    f"expected {ncols} comma-separated fields ({layout}), found {len(row)}",
                    where=f"line {line}",
                )
            yield line, [_null(f, raw=i == raw) for i, f in enumerate(row)]
    except csv.Error as exc:
        where, _, message = str(exc).partition(": ")
        raise ListDataError(path, f"malformed CSV quoting: {message}", where=where) from exc


def head_rows(head: bytes, ncols: int) -> list[list[str | None]]:
    """The first complete rows of ``head`` if they look like an OFAC file of ``ncols`` fields.

    OFAC-looking: every row has ``ncols`` fields, a numeric first field, and the file uses the
    ``-0-`` null marker. Anything else (a header row, another publisher's CSV) gives ``[]``.
    """
    text = head.decode("latin-1")
    if NULL not in text:
        return []
    lines = text.replace("\r\n", "\n").split("\n")
    complete = lines[:-1] if len(lines) > 1 else lines
    rows: list[list[str | None]] = []
    try:
        for _, row in _rows("\n".join(complete[:_HEAD_ROWS]).rstrip(_SUB)):
            if len(row) != ncols or not _ENT_NUM.match(row[0].strip()):
                return []
            rows.append([_null(f) for f in row])
    except csv.Error:
        return []
    return rows
