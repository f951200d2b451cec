"""BIS Denied Persons List: the tab-separated, quoted ``dpl.txt`` published by Commerce/BIS.

Header ``Name Street_Address City State Country Postal_Code Effective_Date Expiration_Date
Standard_Order Last_Update Action FR_Citation`` (tabs), one row per (denied party, address): a
party with several addresses has several rows, and they are kept as separate entries because the
file gives nothing that joins them reliably (names repeat across unrelated orders).

Entries carry no id in the file. ``entry_id`` is ``bis_dpl:`` plus the first 16 hex digits of the
SHA-1 of the normalised (case- and space-folded) name, street, city, state, country and postal
code. Row numbers would change whenever a row is added above; the effective date changes with
every renewal of a temporary denial order; name and address are what identify the row, so
``lists diff`` reports a renewal as a changed entry and a corrected name or address as one
removed and one added. Two identical rows (the file has such duplicates) get ``-2``, ``-3`` ...
in file order.

Country is an ISO2 code, a name, or empty; empty with a US state code in ``State`` is read as
US; a spelling :func:`~screening.countries.to_iso2` does not know stays in the address text only.
Names ``X A/K/A Y`` / ``X D/B/A Y`` / ``X (A.K.A. Y) Z`` give primary ``X`` (``X Z``) and alias
``Y``. The list date is the latest ``Last_Update`` in the file (BIS prints no file date).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from screening.countries import to_iso2
from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, entries_frame
from screening.lists.dates import iso_date
from screening.lists.tabular import Record, read_table

PUBLISHER = "BIS"
SOURCE = "bis_dpl"
LIST_NAME = "Denied Persons List"
URL = "https://www.bis.gov/licensing/guidance-on-end-user-and-end-use-controls-and-us-person-controls/denied-persons-list"
COLUMNS = (
    "Name",
    "Street_Address",
    "City",
    "State",
    "Country",
    "Postal_Code",
    "Effective_Date",
    "Expiration_Date",
    "Standard_Order",
    "Last_Update",
    "Action",
    "FR_Citation",
)
ADDRESS_COLUMNS = ("Street_Address", "City", "State", "Postal_Code", "Country")
# fmt: off
US_STATES = frozenset({  # state codes, DC and territories: "State" of a US address
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU", "AS", "MP",
})
# fmt: on
_ALIAS_SPLIT = re.compile(r"\s+(?:A/K/A|D/B/A|F/K/A|AKA)\s+", re.IGNORECASE)
_ALIAS_PAREN = re.compile(r"\s*\((?:A\.K\.A\.|AKA|A/K/A)\s*([^)]+)\)\s*", re.IGNORECASE)


def sniff(path: Path, head: bytes) -> bool:
    """The DPL header: ``Name<TAB>Street_Address`` (quoted or not)."""
    first = head.lstrip(b"\xef\xbb\xbf").lstrip()[:40].replace(b'"', b"")
    return first.startswith(b"Name\tStreet_Address\t")


def split_name(text: str) -> tuple[str, list[str]]:
    """Primary name and aliases of a DPL ``Name`` cell."""
    name = " ".join(text.split())
    aliases = [m.strip() for m in _ALIAS_PAREN.findall(name)]
    name = " ".join(_ALIAS_PAREN.sub(" ", name).split())
    primary, *rest = _ALIAS_SPLIT.split(name)
    return primary.strip(), [a for a in (*aliases, *rest) if a and a != primary]


def row_key(fields: dict[str, str]) -> str:
    """The stable id part of a row: hash of its folded name and address."""
    parts = (fields["Name"], *(fields[c] for c in ADDRESS_COLUMNS))
    folded = "\x1f".join(" ".join(p.split()).casefold() for p in parts)
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


def _country(fields: dict[str, str]) -> str | None:
    """ISO2 of the row's country; an unknown spelling stays only in the address text."""
    raw, state = fields["Country"], fields["State"].upper()
    if not raw:
        return "US" if state in US_STATES else None
    return to_iso2(raw)


def _entry(path: Path, row: Record, entry_id: str) -> dict[str, Any]:
    f = {k: v.strip() for k, v in row.fields.items()}
    name, aliases = split_name(f["Name"])
    if not name:
        raise ListDataError(path, "row without a name", where=str(row.line))
    country = _country(f)
    text = ", ".join(f[c] for c in ADDRESS_COLUMNS if f[c])
    remarks = [
        f"Expires: {iso_date(f['Expiration_Date'], slash_order='mdy') or f['Expiration_Date']}"
        if f["Expiration_Date"]
        else "",
        f"Standard order: {f['Standard_Order']}" if f["Standard_Order"] else "",
        f"Last update: {f['Last_Update']}" if f["Last_Update"] else "",
        f"Action: {f['Action']}" if f["Action"] else "",
        f"Federal Register: {f['FR_Citation']}" if f["FR_Citation"] else "",
    ]
    return {
        "entry_id": entry_id,
        "source": SOURCE,
        "list_name": LIST_NAME,
        "programs": [],
        "entity_type": "unknown",
        "name": name,
        "aliases": [{"name": a, "quality": "aka"} for a in aliases],
        "countries": [country] if country else [],
        "addresses": [{"text": text or None, "city": f["City"] or None, "country": country}]
        if text
        else [],
        "identifiers": [],
        "birth_dates": [],
        "listed_date": iso_date(f["Effective_Date"], slash_order="mdy"),
        "linked_to": [],
        "remarks": " | ".join(r for r in remarks if r) or None,
        "source_url": URL,
        "action": "block",
    }


def read(path: Path) -> LoadedList:
    """Read ``dpl.txt`` into the canonical frame (one entry per row)."""
    _header, rows = read_table(path, path.read_bytes(), delimiter="\t", required=COLUMNS)
    seen: dict[str, int] = {}
    entries = []
    for row in rows:
        key = row_key(row.fields)
        seen[key] = seen.get(key, 0) + 1
        suffix = f"-{seen[key]}" if seen[key] > 1 else ""
        entries.append(_entry(path, row, f"{SOURCE}:{key}{suffix}"))
    updates = [d for r in rows if (d := iso_date(r.fields["Last_Update"], slash_order="mdy"))]
    return LoadedList(
        entries=entries_frame(entries, path=path),
        format="bis_dpl",
        publisher=PUBLISHER,
        list_date=max(updates) if updates else None,
        files=(path,),
        source_records=len(rows),
    )


FORMATS: tuple[ListFormat, ...] = (
    ListFormat(
        name="bis_dpl",
        publisher=PUBLISHER,
        description="BIS Denied Persons List (dpl.txt, tab-separated)",
        read=read,
        sniff=sniff,
        extensions=(".txt", ".tsv"),
    ),
)
