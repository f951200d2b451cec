"""UK Sanctions List (FCDO) CSV: ``UK-Sanctions-List.csv``, the UK list of record since 2026.

Layout as published by the FCDO (no real file in ../shared; written from the published layout as
reproduced by several independent parsers): row 1 ``Report Date: DD-Mon-YYYY``, row 2 a 58-column
header (``Last Updated, Unique ID, OFSI Group ID, UN Reference Number, Name 6, Name 1..5, Name
type, Alias strength, Title, Name non-latin script, ..., Regime Name, Designation Type, ...,
Date Designated, D.O.B, Nationality(/ies), ..., IMO number, ...``), then one row per name (and
address) variant; ``Unique ID`` (e.g. ``RUS0001``) joins them. One entry per Unique ID. Columns
are found by header name, so added or reordered columns do not break the reader. UTF-8.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, check_not_empty_or_html, entries_frame
from screening.lists.tabular import XLSX_MAGIC, csv_rows, decode, header_key, trim_header
from screening.lists.uk_common import Layout, subject_entries

PUBLISHER = "FCDO"
_REPORT_DATE = re.compile(r"report date\s*:\s*(\d{1,2}-[a-z]{3}-\d{4})", re.IGNORECASE)
LAYOUT = Layout(
    source="uk_fcdo",
    list_name="UK Sanctions List (FCDO)",
    source_url="https://www.gov.uk/government/publications/the-uk-sanctions-list",
    columns={
        "id": ("Unique ID",),
        "group_ref": ("OFSI Group ID",),
        "un_ref": ("UN Reference Number",),
        **{f"name{i}": (f"Name {i}",) for i in range(1, 7)},
        "name_type": ("Name type",),
        "alias_quality": ("Alias strength",),
        "title": ("Title",),
        "non_latin": ("Name non-latin script",),
        "regime": ("Regime Name", "Regime"),
        "entity_type": ("Designation Type", "Individual, Entity, Ship"),
        "sanctions_imposed": ("Sanctions Imposed",),
        "other_info": ("Other Information",),
        "reasons": ("UK Statement of Reasons",),
        **{f"address{i}": (f"Address Line {i}",) for i in range(1, 7)},
        "postcode": ("Address Postal Code",),
        "country": ("Address Country",),
        "phone": ("Phone number",),
        "website": ("Website",),
        "email": ("Email address",),
        "designated_on": ("Date Designated",),
        "dob": ("D.O.B", "DOB", "Date of birth"),
        "nationality": ("Nationality(/ies)", "Nationality"),
        "national_id": ("National Identifier number",),
        "passport": ("Passport number",),
        "position": ("Position",),
        "country_of_birth": ("Country of birth",),
        "parent": ("Parent company",),
        "business_reg": ("Business registration number (s)", "Business registration number"),
        "imo": ("IMO number",),
        "owner": ("Current owner/operator (s)",),
        "flag": ("Current believed flag of ship",),
        "hin": ("Hull identification number (HIN)",),
    },
    required=("id", "name6", "name_type", "entity_type"),
)


def _is_header(cells: list[str]) -> bool:
    keys = {header_key(c) for c in cells}
    return {"unique id", "name 6"} <= keys


def read(path: Path) -> LoadedList:
    """Read ``UK-Sanctions-List.csv``."""
    data = path.read_bytes()
    check_not_empty_or_html(path, data[:4096])
    records = list(csv_rows(path, decode(path, data)))
    at = next((i for i, (_, cells) in enumerate(records[:3]) if _is_header(cells)), None)
    if at is None:
        raise ListDataError(
            path,
            "no UK Sanctions List header (expected 'Report Date: ...' then a header with "
            "'Unique ID', 'Name 6', 'Name type' ...)",
            where="1",
        )
    list_date = None
    if at and (m := _REPORT_DATE.search(",".join(records[at - 1][1]))):
        list_date = datetime.strptime(m[1].title(), "%d-%b-%Y").date().isoformat()
    header_line, header = records[at][0], trim_header(records[at][1])
    data_rows = records[at + 1 :]
    rows = subject_entries(path, LAYOUT, header, header_line, data_rows)
    return LoadedList(
        entries=entries_frame(rows, path=path),
        format="uk_fcdo_csv",
        publisher=PUBLISHER,
        list_date=list_date,
        files=(path,),
        source_records=len(data_rows),
    )


def sniff(path: Path, head: bytes) -> bool:
    """A CSV starting with ``Report Date:`` or whose first lines hold the FCDO header."""
    if head.startswith(XLSX_MAGIC):
        return False
    lines = head.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines()[:3]
    return any(_is_header(line.split(",")) for line in lines)


FORMATS = (
    ListFormat(
        name="uk_fcdo_csv",
        publisher=PUBLISHER,
        description="UK Sanctions List CSV (FCDO; one row per name, joined by Unique ID)",
        read=read,
        sniff=sniff,
        extensions=(".csv",),
    ),
)
