"""OpenSanctions' transcription of EU sanctions acts: one CSV per CELEX act, or a folder of them.

Each file (``<CELEX>.csv``, UTF-8) has the header ``celex, recordId, programKey, annex, measure,
startDate, reason, schema, name, alias, weakAlias, previousName, country, nationality, ...,
imoNumber, mmsi, flag, address, phone, email, website, notes``: one row per listed record of
one annex, FollowTheMoney schema names, ``;``-separated multi-values, day-first dates
(``17.3.2014``). One entry per row, ``entry_id = eu_journal:<celex>:<annex>:<recordId>`` (rows
without a recordId use their line). Programs are the CELEX number and the program key.

Header-only files: the real transcription has acts whose annexes list nobody (repealed or not
yet transcribed). In a folder such a file is valid and contributes nothing, so importing the
folder works; loaded alone it is an error (a list with no entries cannot screen anything, and is
more likely the wrong file). A folder with no records at all is an error too.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from screening.errors import ListDataError
from screening.lists import fieldparse as fp
from screening.lists.base import ListFormat, LoadedList, check_not_empty_or_html, entries_frame
from screening.lists.dates import find_dates, iso_date
from screening.lists.id_labels import identifier
from screening.lists.opensanctions_vocab import SCHEMA_TYPES
from screening.lists.tabular import csv_rows, decode, fit, header_key

SOURCE = "eu_journal"
PUBLISHER = "EU Official Journal (transcribed by OpenSanctions)"
REQUIRED = ("celex", "schema", "name")
NAMES = (("alias", "aka"), ("weakAlias", "weak"), ("previousName", "fka"))
IDS = (
    ("passportNumber", "passport"),
    ("idNumber", "national_id"),
    ("registrationNumber", "registration"),
    ("ogrnCode", "registration"),
    ("taxNumber", "tax_id"),
    ("innCode", "tax_id"),
    ("kppCode", "other"),
    ("okpoCode", "other"),
    ("leiCode", "lei"),
    ("swiftBic", "swift_bic"),
    ("imoNumber", "imo"),
    ("mmsi", "mmsi"),
    ("phone", "phone"),
    ("email", "email"),
    ("website", "website"),
)
_SCRIPT_NOTE = re.compile(r"^[^:]*:\s*")


def _names(cell: str) -> list[tuple[str, str | None]]:
    """``A (Б); C`` → A, Б (original script), C; Latin notes in parentheses are dropped."""
    out: list[tuple[str, str | None]] = []
    for part in fp.clean(cell).split(";"):
        part = part.strip().strip('"').strip()
        out.append((fp.strip_quotes(fp.without_parentheticals(part)), None))
        for text in fp.parentheticals(part):
            if not fp.is_latin(text):
                out.append((_SCRIPT_NOTE.sub("", text) if ":" in text else text, "original_script"))
    return out


def _entry(path: Path, line: int, row: dict[str, str]) -> dict[str, Any]:
    celex = row.get("celex") or path.stem
    name = fp.clean(row["name"])
    names = [(n, q or quality) for prop, quality in NAMES for n, q in _names(row.get(prop, ""))]
    addresses = []
    for text in fp.split_enumerated(row.get("address", "")):
        codes = fp.countries_in(text.rsplit(",", 1)[-1].strip())
        addresses.append({"text": text, "city": None, "country": codes[0] if codes else None})
    ids = [
        identifier(kind, value, label=prop, country=country)
        for prop, kind in IDS
        for value, country in fp.id_pairs(kind, row.get(prop, ""))
    ]
    remarks = [row.get(k, "") for k in ("measure", "position", "reason", "notes")]
    return {
        "entry_id": f"{SOURCE}:{celex}:{row.get('annex', '')}:{row.get('recordId') or f'line{line}'}",
        "source": SOURCE,
        "list_name": f"EU act {celex}, annex {row.get('annex') or '-'}",
        "programs": fp.uniq([celex, row.get("programKey")]),
        "entity_type": SCHEMA_TYPES.get(row["schema"], "unknown"),
        "name": name,
        "aliases": fp.aliases(name, names),
        "countries": fp.countries_of(
            [row.get(k) for k in ("country", "nationality", "jurisdiction", "flag")]
            + [a["country"] for a in addresses]
            + [row.get("birthPlace", "").rsplit(",", 1)[-1]]
        ),
        "addresses": addresses,
        "identifiers": list({(i["type"], i["value"]): i for i in ids}.values()),
        "birth_dates": find_dates(row.get("birthDate", "")),
        "listed_date": iso_date(row.get("startDate", "")),
        "remarks": " | ".join(fp.uniq(fp.clean(r) for r in remarks)) or None,
        "source_url": f"https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:{celex}",
        "action": "block",
    }


def _read_file(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes()
    check_not_empty_or_html(path, data[:4096])
    records = csv_rows(path, decode(path, data))
    header_line, header = next(records, (1, []))
    keys = [c.strip() for c in header]
    missing = [c for c in REQUIRED if c not in {header_key(k) for k in keys}]
    if missing:
        raise ListDataError(
            path,
            f"header lacks {', '.join(missing)}; expected celex,recordId,programKey,...",
            where=str(header_line),
        )
    keys = [k if header_key(k) not in REQUIRED else header_key(k) for k in keys]
    out = []
    for line, cells in records:
        row = {k: v.strip() for k, v in zip(keys, fit(path, line, cells, len(keys)), strict=True)}
        if not fp.clean(row["name"]):
            raise ListDataError(path, "record without a name", where=str(line))
        out.append(_entry(path, line, row))
    return out


def read(path: Path) -> LoadedList:
    """Read one act's CSV, or every ``*.csv`` of a folder as one list."""
    files = tuple(sorted(path.glob("*.csv"))) if path.is_dir() else (path,)
    if not files:
        raise ListDataError(path, "folder holds no .csv files; expected <CELEX>.csv files")
    rows = [row for f in files for row in _read_file(f)]
    if not rows:
        what = "folder's files hold" if path.is_dir() else "file holds"
        raise ListDataError(
            path, f"the {what} only a header: the act lists no records (load the whole folder)"
        )
    return LoadedList(
        entries=entries_frame(rows, path=path),
        format="eu_journal_csv",
        publisher=PUBLISHER,
        list_date=None,  # the transcription states no publication date
        files=files,
        source_records=len(rows),
    )


def _is_header(first_line: str) -> bool:
    cells = {header_key(c.strip().strip('"')) for c in first_line.split(",")}
    return {"celex", "recordid", "programkey", "schema", "name"} <= cells


def sniff(path: Path, head: bytes) -> bool:
    """A CSV (or a folder whose first CSV) starts with the transcription's header."""
    if path.is_dir():
        first = next(iter(sorted(path.glob("*.csv"))), None)
        if first is None:
            return False
        with first.open("rb") as fh:
            head = fh.read(4096)
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    return _is_header(text.split("\n", 1)[0])


FORMATS = (
    ListFormat(
        name="eu_journal_csv",
        publisher=PUBLISHER,
        description="EU sanctions acts as transcribed by OpenSanctions: <CELEX>.csv or a folder",
        read=read,
        sniff=sniff,
        extensions=(".csv",),
    ),
)
