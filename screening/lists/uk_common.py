"""What the two UK list layouts share: one row per name, rows of one subject joined by an id.

Both the OFSI Consolidated List (``Group ID``) and the FCDO UK Sanctions List (``Unique ID``)
repeat a subject's details on every name row (and multiply rows per DOB/address). A
:class:`Layout` maps a layout's header to canonical field names; :func:`subject_entries` then
joins the rows of each subject into one ``LIST_ENTRY`` row: the primary-name row gives ``name``,
every other distinct name becomes an alias with the quality the row states.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening.errors import ListDataError
from screening.lists import fieldparse as fp
from screening.lists.dates import find_dates, iso_date
from screening.lists.tabular import Row, fit, header_key
from screening.lists.uk_fields import (
    ID_COLUMNS,
    INFO_LINKS,
    PASSPORT_DETAILS,
    IdColumns,
    identifiers,
    labelled_parts,
)

NAME_PARTS = ("name1", "name2", "name3", "name4", "name5", "name6")
ADDRESS_LINES = ("address1", "address2", "address3", "address4", "address5", "address6")
ENTITY_TYPES = {"individual": "person", "entity": "organization", "ship": "vessel"}
# Rank of a name row as the subject's main name: lower wins, ties go to the first row.
PRIMARY_RANK = {"primary name": 0, "prime alias": 1, "primary name variation": 2}


@dataclass(frozen=True)
class Layout:
    """One published layout: its id column, source key and header spellings per field."""

    source: str
    list_name: str
    source_url: str
    columns: Mapping[str, tuple[str, ...]]  # canonical field -> published header spellings
    required: tuple[str, ...]

    def index(self, path: Path, header: list[str], line: int) -> dict[str, int]:
        """Column position of every canonical field present; missing required ones raise."""
        keys = {header_key(c): i for i, c in enumerate(header)}
        found = {
            field: keys[header_key(s)]
            for field, spellings in self.columns.items()
            for s in spellings
            if header_key(s) in keys
        }
        missing = [self.columns[f][0] for f in self.required if f not in found]
        if missing:
            raise ListDataError(
                path, f"header lacks column(s) {', '.join(missing)}", where=str(line)
            )
        return found


def subject_entries(
    path: Path, layout: Layout, header: list[str], header_line: int, records: list[Row]
) -> list[dict[str, Any]]:
    """Join name rows into one entry per subject id, in first-seen order."""
    index = list(layout.index(path, header, header_line).items())
    groups: dict[str, list[dict[str, str]]] = {}
    memo: dict[str, str] = {}  # cells repeat on every name row: clean each text once
    for line, cells in records:
        cells = fit(path, line, cells, len(header))
        row = {"line": str(line)}
        for field, i in index:
            if raw := cells[i]:
                value = memo.get(raw)
                if value is None:
                    value = memo[raw] = fp.clean(raw)
                row[field] = value
        if not row.get("id"):
            raise ListDataError(path, f"row without {layout.columns['id'][0]}", where=str(line))
        groups.setdefault(row["id"], []).append(row)
    present = {field for field, _ in index}
    id_columns = tuple(c for c in ID_COLUMNS if c[0] in present)
    if "passport" not in present:  # 2020 layout: the number sits inside "Passport Details"
        id_columns += (PASSPORT_DETAILS,)
    return [_entry(path, layout, sid, rows, id_columns) for sid, rows in groups.items()]


def full_name(row: Mapping[str, str]) -> str:
    """OFSI convention: given names ``Name 1..5`` then the surname / entity name ``Name 6``."""
    return " ".join(row.get(p, "") for p in NAME_PARTS if row.get(p))


def _quality(row: Mapping[str, str]) -> str:
    kind, strength = row.get("name_type", "").lower(), row.get("alias_quality", "").lower()
    if kind in PRIMARY_RANK:
        return "strong"
    if kind == "fka":
        return "fka"
    if "good" in strength or "strong" in strength:
        return "strong"
    if "low" in strength or "weak" in strength:
        return "weak"
    return "aka"


def _entry(
    path: Path, layout: Layout, sid: str, rows: list[dict[str, str]], id_columns: IdColumns
) -> dict[str, Any]:
    distinct: dict[str, dict[str, None]] = {}  # field -> its values over the rows, in order
    for r in rows:
        for f, v in r.items():
            if (seen := distinct.get(f)) is None:
                distinct[f] = {v: None}
            else:
                seen[v] = None

    def vals(*fields: str) -> list[str]:
        if len(fields) == 1:
            return list(distinct.get(fields[0], ()))
        return fp.uniq(v for f in fields for v in distinct.get(f, ()))

    main = min(rows, key=lambda r: PRIMARY_RANK.get(r.get("name_type", "").lower(), 9))
    names = [(full_name(r), _quality(r)) for r in rows]
    names += [(n, "original_script") for n in vals("non_latin")]
    name = full_name(main) or next((n for n, _ in names if n), "")
    for bad in (k for k in vals("entity_type") if k.lower() not in ENTITY_TYPES):
        raise ListDataError(
            path,
            f"unknown type {bad!r}; expected Individual, Entity or Ship",
            where=next(r["line"] for r in rows if r.get("entity_type") == bad),
        )
    kind = next(iter(vals("entity_type")), "")
    labelled = [pair for text in vals("other_info") for pair in labelled_parts(text)]
    listed = [d for v in vals("listed_on", "designated_on") if (d := iso_date(v))]
    remarks = [f"Title: {t}" for t in vals("title")]
    remarks += [f"Position: {p}" for p in vals("position")]
    remarks += [f"Sanctions imposed: {s}" for s in vals("sanctions_imposed")]
    remarks += vals("other_info", "reasons")
    return {
        "entry_id": f"{layout.source}:{sid}",
        "source": layout.source,
        "list_name": layout.list_name,
        "programs": vals("regime"),
        "entity_type": ENTITY_TYPES.get(kind.lower(), "unknown"),
        "name": name,
        "aliases": fp.aliases(name, names),
        "countries": fp.countries_of(
            vals("nationality", "country", "country_of_birth", "flag")
            + [v for label, v in labelled if label.lower() == "flag of ship"]
        ),
        "addresses": _addresses(rows),
        "identifiers": identifiers(vals, vals("other_info"), labelled, id_columns),
        "birth_dates": fp.uniq(d for v in vals("dob") for d in _dates(v)),
        "listed_date": min(listed, default=None),
        "linked_to": fp.uniq(
            [v for label, v in labelled if label.lower() in INFO_LINKS] + vals("parent", "owner")
        ),
        "remarks": " | ".join(remarks) or None,
        "source_url": layout.source_url,
        "action": "block",
    }


def _dates(cell: str) -> list[str]:
    parts = fp.split_enumerated(cell)
    return fp.uniq(iso_date(p) or next(iter(find_dates(p)), None) for p in parts)


def _addresses(rows: list[dict[str, str]]) -> list[dict[str, str | None]]:
    out: dict[tuple[str, str | None], dict[str, str | None]] = {}
    for r in rows:
        parts = [r.get(k, "") for k in (*ADDRESS_LINES, "postcode")]
        text = ", ".join(p for p in parts if p) or r.get("country", "")
        codes = fp.countries_in(r.get("country", "")) if r.get("country") else ()
        if text:
            country = codes[0] if codes else None
            out.setdefault((text, country), {"text": text, "city": None, "country": country})
    return list(out.values())
