"""OpenSanctions exports: ``targets.simple.csv`` here, FollowTheMoney JSON lines in
:mod:`screening.lists.opensanctions_ftm` (both registered from this module).

``targets.simple.csv`` (UTF-8, quoted): ``id, schema, name, aliases, birth_date, countries,
addresses, identifiers, sanctions, phones, emails, program_ids, dataset, first_seen, last_seen,
last_change``; multi-valued cells are ``;``-separated, countries are lower-case ISO2. One entry
per row. OpenSanctions aggregates many publishers and is not itself an authority, so its entries
carry ``action = "review"`` (verify against the official list before blocking); the list date is
the export date, i.e. the latest ``last_seen``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from screening.errors import ListDataError
from screening.lists import fieldparse as fp
from screening.lists import opensanctions_ftm
from screening.lists.base import ListFormat, LoadedList, check_not_empty_or_html, entries_frame
from screening.lists.dates import iso_date
from screening.lists.id_labels import identifier
from screening.lists.opensanctions_vocab import (
    ACTION,
    PUBLISHER,
    SCHEMA_TYPES,
    SOURCE,
    country_codes,
)
from screening.lists.tabular import csv_rows, decode, fit, header_key

COLUMNS = (
    "id",
    "schema",
    "name",
    "aliases",
    "birth_date",
    "countries",
    "addresses",
    "identifiers",
    "sanctions",
    "phones",
    "emails",
    "program_ids",
    "dataset",
    "first_seen",
    "last_seen",
    "last_change",
)
_REQUIRED = ("id", "schema", "name")
_IMO = re.compile(r"IMO\s*(\d{7})", re.IGNORECASE)


def _split(cell: str) -> list[str]:
    return fp.uniq(fp.clean(v) for v in cell.split(";"))


def _identifiers(row: dict[str, str]) -> list[dict[str, str | None]]:
    out = []
    for value in _split(row.get("identifiers", "")):
        if m := _IMO.fullmatch(value):
            out.append(identifier("imo", m[1], label="identifiers"))
        else:
            out.append(identifier("other", value, label="identifiers"))
    out += [identifier("phone", v, label="phones") for v in _split(row.get("phones", ""))]
    out += [identifier("email", v, label="emails") for v in _split(row.get("emails", ""))]
    return out


def _entry(row: dict[str, str]) -> dict[str, Any]:
    name = fp.clean(row["name"])
    return {
        "entry_id": f"{SOURCE}:{row['id']}",
        "source": SOURCE,
        "list_name": fp.clean(row.get("dataset")) or PUBLISHER,
        "programs": _split(row.get("program_ids", "")),
        "entity_type": SCHEMA_TYPES.get(row["schema"], "unknown"),
        "name": name,
        "aliases": fp.aliases(name, [(a, "aka") for a in _split(row.get("aliases", ""))]),
        "countries": country_codes(_split(row.get("countries", ""))),
        "addresses": [
            {"text": a, "city": None, "country": None} for a in _split(row.get("addresses", ""))
        ],
        "identifiers": _identifiers(row),
        "birth_dates": fp.uniq(iso_date(d) for d in _split(row.get("birth_date", ""))),
        "remarks": "; ".join(_split(row.get("sanctions", ""))) or None,
        "source_url": f"https://www.opensanctions.org/entities/{row['id']}/",
        "action": ACTION,
    }


def read_simple(path: Path) -> LoadedList:
    """Read ``targets.simple.csv``."""
    data = path.read_bytes()
    check_not_empty_or_html(path, data[:4096])
    records = csv_rows(path, decode(path, data))
    header_line, header = next(records, (1, []))
    keys = [header_key(c) for c in header]
    missing = [c for c in _REQUIRED if c not in keys]
    if missing:
        raise ListDataError(
            path,
            f"header lacks {', '.join(missing)}; expected the targets.simple.csv header "
            f"({', '.join(COLUMNS[:6])}, ...)",
            where=str(header_line),
        )
    rows, last_seen = [], ""
    for line, cells in records:
        row = dict(zip(keys, fit(path, line, cells, len(keys)), strict=True))
        if not row["id"].strip():
            raise ListDataError(path, "row without an id", where=str(line))
        rows.append(_entry(row))
        last_seen = max(last_seen, row.get("last_seen", ""))
    return LoadedList(
        entries=entries_frame(rows, path=path),
        format="opensanctions_simple_csv",
        publisher=PUBLISHER,
        list_date=iso_date(last_seen[:10]),
        files=(path,),
        source_records=len(rows),
    )


def sniff_simple(path: Path, head: bytes) -> bool:
    """A CSV whose header is the ``targets.simple.csv`` one (``id,schema,name,aliases ...``)."""
    first = head.decode("utf-8", errors="replace").lstrip("\ufeff").split("\n", 1)[0]
    cells = [header_key(c.strip().strip('"')) for c in first.split(",")]
    return cells[:4] == ["id", "schema", "name", "aliases"] and "dataset" in cells


FORMATS = (
    ListFormat(
        name="opensanctions_simple_csv",
        publisher=PUBLISHER,
        description="OpenSanctions targets.simple.csv (one row per target)",
        read=read_simple,
        sniff=sniff_simple,
        extensions=(".csv",),
    ),
    ListFormat(
        name="opensanctions_ftm",
        publisher=PUBLISHER,
        description="OpenSanctions FollowTheMoney entities, JSON lines (party schemas only)",
        read=opensanctions_ftm.read,
        sniff=opensanctions_ftm.sniff,
        extensions=(".json", ".jsonl", ".ftm.json"),
    ),
)
