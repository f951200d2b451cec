"""What a record file is: its format (extension confirmed by content) and, for CSV, its dialect.

The extension names the format; the first bytes must agree (a ``.csv`` that starts with ``PAR1`` is
a Parquet file saved under the wrong name, a ``.xlsx`` that is an HTML page is an error page).
A mismatch is an :class:`InputError` that says what the file really looks like. Files without a
known extension are read as whatever their content shows.

The CSV delimiter is the candidate among ``, ; TAB |`` that splits the header into more than one
column and gives the most data lines (first 200, parsed with quotes respected) the header's field
count; ties go to the extension's hint (.tsv) and then to that order.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from screening.errors import InputError
from screening.records.encoding import BOM, decode_text

FORMAT_BY_EXTENSION = {
    ".csv": "csv", ".tsv": "csv", ".tab": "csv", ".txt": "csv", ".psv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".xlsx": "xlsx", ".xlsm": "xlsx",
}  # fmt: skip
DELIMITERS = (",", ";", "\t", "|")
HEAD_BYTES = 1 << 20
_SAMPLE_RECORDS = 200
_HINT = {".tsv": "\t", ".tab": "\t", ".psv": "|"}
_NAMES = {"parquet": "Parquet", "xlsx": "Excel (.xlsx)", "jsonl": "JSON lines", "csv": "CSV text"}


def read_head(path: Path, size: int = HEAD_BYTES) -> bytes:
    """First ``size`` bytes; missing, unreadable and empty files raise :class:`InputError`."""
    if not path.exists():
        raise InputError(f"{path}: file not found; check the path of the records file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a CSV, Parquet, JSONL or XLSX file")
    try:
        with path.open("rb") as fh:
            head = fh.read(size)
    except OSError as exc:
        raise InputError(f"{path}: cannot read file: {exc.strerror}") from exc
    if not head.lstrip(BOM + b" \t\r\n"):
        raise InputError(f"{path}: file is empty; expected a header line and records")
    return head


def sniff(path: Path, head: bytes) -> str:
    """The format the content shows: parquet, xlsx, jsonl, csv; InputError for anything else."""
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                if "xl/workbook.xml" in archive.namelist():
                    return "xlsx"
        except (zipfile.BadZipFile, OSError) as exc:
            raise InputError(f"{path}: damaged ZIP/XLSX file ({exc}); save it again") from exc
        raise InputError(f"{path}: is a ZIP archive, not a spreadsheet; unzip it first")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(f"{path}: legacy Excel .xls file; save it as .xlsx or CSV (UTF-8)")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: UTF-16 text (Excel 'Unicode Text'); save it as CSV UTF-8")
    text = head.lstrip(BOM + b" \t\r\n")
    lower = text[:512].lower()
    if lower.startswith((b"<!doctype html", b"<html")) or b"<html" in lower[:200]:
        raise InputError(f"{path}: is an HTML page (an error or login page?), not records")
    if b"\x00" in head:
        raise InputError(f"{path}: binary data, not CSV/JSONL text; expected {supported()}")
    if text.startswith(b"["):
        raise InputError(
            f"{path}: a JSON array; expected JSON lines (one object per line) - convert with "
            "jq -c '.[]' in.json > out.jsonl"
        )
    return "jsonl" if text.startswith(b"{") else "csv"


def supported() -> str:
    """The supported extensions, for messages."""
    return ", ".join(sorted(FORMAT_BY_EXTENSION))


def detect_format(path: Path) -> str:
    """``csv``, ``parquet``, ``jsonl`` or ``xlsx``: the extension, confirmed by the content."""
    head = read_head(path)
    found = sniff(path, head)
    claimed = FORMAT_BY_EXTENSION.get(path.suffix.lower())
    if claimed is not None and claimed != found:
        raise InputError(
            f"{path}: the extension says {_NAMES[claimed]} but the content is {_NAMES[found]}; "
            "rename the file to match its content or export it again"
        )
    if found == "parquet":
        with path.open("rb") as fh:
            fh.seek(-4, 2)
            if fh.read(4) != b"PAR1":
                raise InputError(f"{path}: truncated Parquet file (no footer); copy it again")
    return found


@dataclass(frozen=True)
class CsvDialect:
    """A CSV file's delimiter and header, and where its data lines start."""

    delimiter: str
    header: tuple[str, ...]
    data_offset: int  # byte offset of the first line after the header
    data_line: int  # 1-based physical line number of that line


def detect_dialect(path: Path, encoding: str) -> CsvDialect:
    """Delimiter, header (cleaned, unique names) and data start of the CSV file at ``path``."""
    raw = read_head(path)
    if b"\n" not in raw and raw.count(b"\r") > 1:
        raise InputError(
            f"{path}: lines end with CR only (classic Mac); save it with LF or CRLF line ends"
        )
    complete = raw if len(raw) < HEAD_BYTES else raw[: raw.rfind(b"\n") + 1] or raw
    text = decode_text(complete, encoding).removeprefix("\ufeff")
    lines = text.split("\n")
    skip = next((i for i, line in enumerate(lines) if line.strip(" \r\t")), 0)
    hint = _HINT.get(path.suffix.lower())
    scored = [(*_score(lines[skip:], d), d == hint, -DELIMITERS.index(d), d) for d in DELIMITERS]
    best = max(scored)  # split the header, most consistent, most columns, hinted, listed first
    delimiter = best[-1] if best[0] else (hint or ",")
    reader = csv.reader(io.StringIO("\n".join(lines[skip:])), delimiter=delimiter)
    header = next(reader, [])
    header_end = skip + reader.line_num  # physical lines up to the end of the header record
    offset = 0
    for _ in range(header_end):
        offset = raw.find(b"\n", offset) + 1
        if offset == 0:
            offset = path.stat().st_size
            break
    return CsvDialect(delimiter, clean_header(header), offset, header_end + 1)


def _score(lines: list[str], delimiter: str) -> tuple[bool, float, int]:
    """(splits the header, share of sampled records with the header's field count, fields)."""
    reader = csv.reader(io.StringIO("\n".join(lines[: _SAMPLE_RECORDS * 2])), delimiter=delimiter)
    try:
        rows = [row for _, row in zip(range(_SAMPLE_RECORDS), reader, strict=False) if row]
    except csv.Error:
        return (False, 0.0, 0)
    if not rows:
        return (False, 0.0, 0)
    width = len(rows[0])
    data = rows[1:]
    share = sum(len(r) == width for r in data) / len(data) if data else 1.0
    return (width > 1, share, width)


def clean_header(names: list[str]) -> tuple[str, ...]:
    """Header names stripped, blanks named ``column_N``, duplicates suffixed ``_2``, ``_3`` ..."""
    out: list[str] = []
    seen: set[str] = set()
    for i, name in enumerate(names, start=1):
        base = name.strip().removeprefix("\ufeff") or f"column_{i}"
        unique, n = base, 1
        while unique in seen:
            n += 1
            unique = f"{base}_{n}"
        seen.add(unique)
        out.append(unique)
    return tuple(out)
