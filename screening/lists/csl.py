"""US Consolidated Screening List (trade.gov): the CSV download and the JSON API shape.

CSV: ``consolidated.csv`` from data.trade.gov, 29 columns starting
``_id,source,entity_number,type,programs,name,...`` with list fields packed into strings (see
:mod:`screening.lists.csl_fields`). Columns are taken by header name, so a reordered or extended
header still reads; the columns used must all be there. A data line identical to the header is
skipped: copies of this file circulate with the header repeated on line 2. Any other line of the
wrong width, a file cut inside a quoted field, a repeated ``entry_id`` or bytes that are not UTF-8
stop the read with the line named. Lenient mode (:mod:`screening.lists.salvage`) keeps a cut-off
last record whose ``_id`` and ``name`` are complete and keeps a repeated id as ``<id>~line<N>``,
each with a warning. JSON: see :mod:`screening.lists.csl_json`.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, entries_frame
from screening.lists.csl_fields import (
    PUBLISHER,
    TYPES,
    CslRecord,
    entry,
)
from screening.lists.csl_json import FORMAT as JSON_FORMAT
from screening.lists.csl_packed import packed_address, packed_id, split_packed
from screening.lists.salvage import TRUNCATED_REMARK, Salvage, disambiguated
from screening.lists.tabular import Record, read_table

LIST_COLUMNS = (
    "programs",
    "alt_names",
    "citizenships",
    "nationalities",
    "dates_of_birth",
    "places_of_birth",
)
SCALAR_COLUMNS = (
    "title",
    "federal_register_notice",
    "start_date",
    "end_date",
    "standard_order",
    "license_requirement",
    "license_policy",
    "call_sign",
    "vessel_type",
    "gross_tonnage",
    "gross_registered_tonnage",
    "vessel_flag",
    "vessel_owner",
    "remarks",
    "source_list_url",
    "source_information_url",
)
REQUIRED = ("_id", "source", "type", "name", "addresses", "ids", *LIST_COLUMNS, *SCALAR_COLUMNS)
HEADER_START = b"_id,source,entity_number"


def sniff(path: Path, head: bytes) -> bool:
    """The CSL CSV header starts ``_id,source,entity_number``."""
    return head.lstrip(b"\xef\xbb\xbf").lstrip().startswith(HEADER_START)


def _record(path: Path, row: Record) -> CslRecord:
    f = row.fields
    if f["type"].strip().lower() not in TYPES:
        raise ListDataError(
            path,
            f"unknown type {f['type']!r}; expected Individual, Entity, Vessel, Aircraft or empty",
            where=str(row.line),
        )
    if not f["_id"].strip() or not f["name"].strip():
        raise ListDataError(path, "record without _id or name", where=str(row.line))
    return CslRecord(
        id=f["_id"].strip(),
        source=f["source"].strip(),
        type=f["type"],
        name=f["name"],
        scalars={c: f[c].strip() for c in SCALAR_COLUMNS if f[c].strip()},
        programs=split_packed(f["programs"]),
        alt_names=split_packed(f["alt_names"]),
        addresses=[packed_address(a) for a in split_packed(f["addresses"])],
        ids=[packed_id(i) for i in split_packed(f["ids"])],
        citizenships=split_packed(f["citizenships"]),
        nationalities=split_packed(f["nationalities"]),
        dates_of_birth=split_packed(f["dates_of_birth"]),
        places_of_birth=split_packed(f["places_of_birth"]),
    )


def _cut_record_usable(path: Path, row: Record, salvage: Salvage) -> bool:
    """Whether a record the file cuts off has a complete ``_id`` and ``name`` (lenient only)."""
    columns = list(row.fields)
    cut_at = columns.index(row.cut or "")
    usable = all(columns.index(c) < cut_at and row.fields[c].strip() for c in ("_id", "name"))
    what = f"the last record is cut inside column {row.cut!r}"
    salvage.problem(
        path,
        "the file ends inside a quoted field: the download is truncated",
        where=str(row.line),
        instead=f"{what}; kept, with later columns empty and a remark"
        if usable
        else f"{what}, before its _id and name are complete; dropped",
    )
    return usable


def read(path: Path, *, lenient: bool = False) -> LoadedList:
    """Read a CSL CSV file into the canonical frame (one entry per data row)."""
    salvage = Salvage(lenient)
    _header, rows = read_table(
        path,
        path.read_bytes(),
        delimiter=",",
        required=REQUIRED,
        skip_repeated_header=True,
        keep_cut_last=lenient,
    )
    entries: list[dict[str, Any]] = []
    first_line: dict[str, int] = {}
    for row in rows:
        if row.cut is not None and not _cut_record_usable(path, row, salvage):
            continue
        found = entry(_record(path, row))
        if row.cut is not None:
            notes = (TRUNCATED_REMARK.format(line=row.line), found["remarks"])
            found["remarks"] = " | ".join(n for n in notes if n)
        entry_id = found["entry_id"]
        if entry_id in first_line:
            found["entry_id"] = disambiguated(entry_id, row.line)
            salvage.problem(
                path,
                f"duplicate entry id {entry_id} (first on line {first_line[entry_id]})",
                where=str(row.line),
                instead=f"kept as {found['entry_id']}",
            )
        else:
            first_line[entry_id] = row.line
        entries.append(found)
    return LoadedList(
        entries=entries_frame(entries, path=path),
        format="us_csl_csv",
        publisher=PUBLISHER,
        list_date=None,
        files=(path,),
        source_records=len(rows),
        warnings=tuple(salvage.warnings),
    )


FORMATS: tuple[ListFormat, ...] = (
    ListFormat(
        name="us_csl_csv",
        publisher=PUBLISHER,
        description="US Consolidated Screening List CSV (trade.gov consolidated.csv)",
        read=read,
        sniff=sniff,
        extensions=(".csv",),
        read_lenient=partial(read, lenient=True),
    ),
    JSON_FORMAT,
)
