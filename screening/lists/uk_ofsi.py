"""OFSI Consolidated List of Financial Sanctions Targets: ``ConList.csv`` and ``ConList.xlsx``.

Layout as published by HM Treasury (OFSI): row 1 ``Last Updated,DD/MM/YYYY`` (the list date),
row 2 the header (``Name 6, Name 1..5, Title, ... Group Type, Alias Type, Regime, Listed On,
... Group ID``), then one row per name of a subject; ``Group ID`` joins them. One entry per Group
ID; see :mod:`screening.lists.uk_common` for how names, qualities and details are joined.

Layouts differ by year (2020: ``NI Number``, ``Passport Details``, no ``Alias Quality``; 2022 on:
non-Latin names, ``Passport Number``, ``Alias Quality``); columns are found by header name.
Encoding: UTF-8 (current files, which carry non-Latin names), else cp1252 (older files).
One tolerated artefact: a header with an empty first cell over rows one cell shorter (seen in
real 2020 copies) has that cell dropped; any other width mismatch is an error naming the line.
"""

from __future__ import annotations

from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, check_not_empty_or_html, entries_frame
from screening.lists.dates import iso_date
from screening.lists.tabular import (
    XLSX_MAGIC,
    Row,
    csv_rows,
    decode,
    header_key,
    trim_header,
    xlsx_rows,
)
from screening.lists.uk_common import Layout, subject_entries

PUBLISHER = "OFSI (HM Treasury)"
_NAMES = {f"name{i}": (f"Name {i}",) for i in range(1, 7)}
_ADDRESS = {f"address{i}": (f"Address {i}",) for i in range(1, 7)}
LAYOUT = Layout(
    source="uk_ofsi",
    list_name="UK OFSI Consolidated List of Financial Sanctions Targets",
    source_url=(
        "https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets"
    ),
    columns={
        "id": ("Group ID",),
        **_NAMES,
        "name_type": ("Alias Type",),
        "alias_quality": ("Alias Quality",),
        "non_latin": ("Name Non-Latin Script",),
        "title": ("Title",),
        "entity_type": ("Group Type",),
        "regime": ("Regime",),
        "dob": ("DOB",),
        "country_of_birth": ("Country of Birth",),
        "nationality": ("Nationality",),
        "passport": ("Passport Number",),
        "passport_details": ("Passport Details",),
        "national_id": ("National Identification Number", "NI Number"),
        "position": ("Position",),
        **_ADDRESS,
        "postcode": ("Post/Zip Code",),
        "country": ("Country",),
        "other_info": ("Other Information",),
        "listed_on": ("Listed On",),
        "designated_on": ("UK Sanctions List Date Designated",),
        "imo": ("IMO number",),
    },
    required=("id", "name6", "name1", "entity_type", "name_type"),
)


def _is_header(cells: list[str]) -> bool:
    keys = {header_key(c) for c in cells}
    return {"name 6", "group id"} <= keys and "unique id" not in keys


def read_rows(path: Path, records: list[Row], fmt: str) -> LoadedList:
    """The entries of OFSI rows (CSV records or sheet rows, preamble included)."""
    at = next((i for i, (_, cells) in enumerate(records[:3]) if _is_header(cells)), None)
    if at is None:
        raise ListDataError(
            path,
            "no OFSI header row (expected 'Last Updated,DD/MM/YYYY' then a header with "
            "'Name 6' ... 'Group ID')",
            where="1",
        )
    list_date = None
    if at and header_key(records[at - 1][1][0]).startswith("last updated"):
        list_date = iso_date(next((c for c in records[at - 1][1][1:] if c.strip()), ""))
    header_line, header = records[at][0], trim_header(records[at][1])
    data = records[at + 1 :]
    if header and not header[0] and data and len(trim_header(data[0][1])) < len(header):
        header = header[1:]  # 2020 copies: stray empty first header cell
    rows = subject_entries(path, LAYOUT, header, header_line, data)
    return LoadedList(
        entries=entries_frame(rows, path=path),
        format=fmt,
        publisher=PUBLISHER,
        list_date=list_date,
        files=(path,),
        source_records=len(data),
    )


def read_csv(path: Path) -> LoadedList:
    """Read ``ConList.csv``."""
    data = path.read_bytes()
    check_not_empty_or_html(path, data[:4096])
    text = decode(path, data, fallback="cp1252")
    return read_rows(path, list(csv_rows(path, text)), "uk_ofsi_csv")


def read_xlsx(path: Path) -> LoadedList:
    """Read ``ConList.xlsx`` (first sheet, same rows as the CSV)."""
    return read_rows(path, xlsx_rows(path), "uk_ofsi_xlsx")


def sniff_csv(path: Path, head: bytes) -> bool:
    """A CSV whose first three lines hold the OFSI header."""
    if head.startswith(XLSX_MAGIC):
        return False
    lines = head.decode("latin-1").splitlines()[:3]
    return any(_is_header(line.split(",")) for line in lines)


def sniff_xlsx(path: Path, head: bytes) -> bool:
    """An XLSX workbook whose first sheet starts with the OFSI header."""
    if not head.startswith(XLSX_MAGIC):
        return False
    try:
        return any(_is_header(cells) for _, cells in xlsx_rows(path, n_rows=3))
    except ListDataError:
        return False


FORMATS = (
    ListFormat(
        name="uk_ofsi_csv",
        publisher=PUBLISHER,
        description="OFSI Consolidated List ConList.csv (one row per name, joined by Group ID)",
        read=read_csv,
        sniff=sniff_csv,
        extensions=(".csv",),
    ),
    ListFormat(
        name="uk_ofsi_xlsx",
        publisher=PUBLISHER,
        description="OFSI Consolidated List ConList.xlsx (same layout as the CSV)",
        read=read_xlsx,
        sniff=sniff_xlsx,
        extensions=(".xlsx",),
    ),
)
