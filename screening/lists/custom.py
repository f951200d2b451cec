"""Custom (internal) watchlists: CSV or XLSX with a column mapping, and the YAML list format.

:func:`read_custom` is the entry point; ``load_list`` reaches the same readers through
:data:`FORMATS` (with the ``<file>.mapping.yaml`` sidecar as mapping, if there is one). The YAML
form (the project's bundled list format) lives in :mod:`screening.lists.custom_yaml`.

Tables: one entry per row, ``entry_id = <list name>:<id column or row<line>>``, ``source`` = the
list name (``name`` argument, else the file name). Values are checked, not guessed: a type,
action, country or date that cannot be read is a :class:`ListDataError` naming the line. Types:
person/individual, organization/entity/company, vessel/ship, aircraft; actions: block (also
deny/denied/prohibited) or review (also watch/hold; the default). The generic CSV sniff is the
last in detection and claims only files whose header has a recognisable name column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from screening.errors import ListDataError
from screening.lists import custom_yaml
from screening.lists.base import ListFormat, LoadedList, check_not_empty_or_html, entries_frame
from screening.lists.custom_rows import row_entry
from screening.lists.mapping import (
    DEFAULT_HEADERS,
    header_norm,
    load_mapping,
    resolve,
    sidecar,
)
from screening.lists.tabular import XLSX_MAGIC, Row, csv_rows, decode, fit, xlsx_rows

_DELIMITERS = (",", ";", "\t", "|")


def read_custom(
    path: str | Path, mapping: Mapping[str, str] | None = None, *, name: str | None = None
) -> LoadedList:
    """Read a custom list: YAML list file, XLSX or CSV (comma, semicolon, tab or pipe).

    ``mapping`` maps canonical fields to columns (see :mod:`screening.lists.mapping`); without
    one, a ``<file>.mapping.yaml`` sidecar is used if present, else header names are recognised.
    ``name`` names the list (``source`` and entry id prefix); default: the file name.
    """
    path = Path(path)
    head = path.read_bytes()[:4096] if path.is_file() else b""
    check_not_empty_or_html(path, head)
    if custom_yaml.sniff(path, head):
        return custom_yaml.read(path)
    if mapping is None and (side := sidecar(path)):
        mapping = load_mapping(side)
    if head.startswith(XLSX_MAGIC):
        return _read_table(path, xlsx_rows(path), mapping, name, "custom_xlsx")
    text = decode(path, path.read_bytes())
    records = list(csv_rows(path, text, delimiter=_delimiter(text.split("\n", 1)[0])))
    return _read_table(path, records, mapping, name, "custom_csv")


def _read_table(
    path: Path, records: list[Row], mapping: Mapping[str, str] | None, name: str | None, fmt: str
) -> LoadedList:
    if not records:
        raise ListDataError(path, "no header row; expected a header with a name column")
    header_line, header = records[0]
    columns = resolve(path, header, mapping, line=header_line)
    source = _slug(name or path.stem)
    rows, seen = [], set()
    for line, cells in records[1:]:
        entry = row_entry(path, line, fit(path, line, cells, len(header)), columns, source)
        if entry["entry_id"] in seen:
            raise ListDataError(path, f"duplicate id {entry['entry_id']!r}", where=str(line))
        seen.add(entry["entry_id"])
        rows.append(entry)
    return LoadedList(
        entries=entries_frame(rows, path=path),
        format=fmt,
        publisher=name or path.stem,
        list_date=None,
        files=(path,),
        source_records=len(rows),
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "custom"


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _has_name_column(path: Path, header: list[str]) -> bool:
    names = set(DEFAULT_HEADERS["name"])
    return any(header_norm(h) in names for h in header) or sidecar(path) is not None


def sniff_csv(path: Path, head: bytes) -> bool:
    """Delimited text whose header has a recognisable name column (or a mapping sidecar)."""
    if head.startswith(XLSX_MAGIC) or not head.strip() or custom_yaml.sniff(path, head):
        return False
    first = head.decode("utf-8", errors="replace").lstrip("\ufeff").split("\n", 1)[0]
    cells = [c.strip().strip('"') for c in first.rstrip("\r").split(_delimiter(first))]
    return _has_name_column(path, cells)


def sniff_xlsx(path: Path, head: bytes) -> bool:
    """An XLSX workbook whose first row has a recognisable name column."""
    if not head.startswith(XLSX_MAGIC):
        return False
    try:
        rows = xlsx_rows(path, n_rows=1)
    except ListDataError:
        return False
    return bool(rows) and _has_name_column(path, rows[0][1])


FORMATS = (
    ListFormat(
        name="custom_yaml",
        publisher="custom",
        description="Custom list in the project's YAML list format (list: + entries:)",
        read=custom_yaml.read,
        sniff=custom_yaml.sniff,
        extensions=(".yaml", ".yml"),
    ),
    ListFormat(
        name="custom_xlsx",
        publisher="custom",
        description="Custom watchlist spreadsheet with a name column (mapping optional)",
        read=lambda path: read_custom(path),
        sniff=sniff_xlsx,
        extensions=(".xlsx",),
    ),
    ListFormat(
        name="custom_csv",
        publisher="custom",
        description="Custom watchlist CSV/TSV with a name column (mapping optional)",
        read=lambda path: read_custom(path),
        sniff=sniff_csv,
        extensions=(".csv", ".tsv", ".txt"),
    ),
)
