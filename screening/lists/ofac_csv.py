"""OFAC legacy CSV sets: SDN.CSV (+ ADD, ALT, SDN_COMMENTS) and CONS_PRIM.CSV (+ CONS_*).

Layout (OFAC "SDN data specification"): headerless, comma-separated, ``"``-quoted, ``-0-`` for
null, records end in CR LF and the file in a 0x1A byte. The main file has 12 fields (ent_num,
SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner,
Remarks); ADD.CSV 6 (ent_num, add_num, address, city/state/postal, country, add_remarks); ALT.CSV
5 (ent_num, alt_num, alt_type aka/fka/nka, alt_name, alt_remarks); SDN_COMMENTS.CSV 2 (ent_num,
remarks spill-over: the text past the 1,000-character Remarks limit, appended as is).

The path may be the main file or its directory; siblings are found by their official names, any
case, in the same directory. ALT.CSV holds the strong aliases (quality aka/fka/nka); weak ones are
in the remarks (quality weak). Without ALT.CSV the strong aliases are missing: loaded anyway,
with a warning (logged and in ``LoadedList.warnings``). Entries are joined on ent_num; a duplicate
ent_num, or an ADD/ALT/COMMENTS row for an ent_num the main file lacks (files from different
downloads), is an error. Lenient mode (:mod:`screening.lists.salvage`) keeps a repeated ent_num's
later entry as ``ofac_sdn:<ent_num>~line<N>`` (sibling rows with that ent_num stay with the
first; its OFAC details link is left out, the id being wrong for one of the two) and drops
sibling rows for an ent_num the main file lacks, each with a warning naming the line.
Columns beyond name/type/program: Call_Sign -> ``call_sign`` identifier, Vess_flag -> country,
Vess_owner -> linked_to; Title, Vess_type, Tonnage and GRT have no schema field and are dropped.
An address's ``city`` is ADD.CSV's combined "City/State/Province/Postal Code" field as published.

Encoding: the specification says ASCII and every real file seen is ASCII. We decode UTF-8 (a
superset); if that fails we fall back to cp1252, the Windows code page older OFAC tooling and
spreadsheet re-saves produce - a valid UTF-8 file can never be mis-read this way, and bytes
cp1252 leaves undefined (or NUL bytes: UTF-16) are an error naming the line.

SDN or consolidated: by official file name (SDN.CSV / CONS_PRIM.CSV); any other name by content
(:func:`ofac_labels.is_non_sdn_only` on the first rows). Actions: see :mod:`ofac_labels`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import HEAD_BYTES, ListFormat, LoadedList, entries_frame, read_head
from screening.lists.ofac_common import PUBLISHER, OfacAddress, OfacEntry, resolve_linked
from screening.lists.ofac_csv_rows import csv_rows, head_rows
from screening.lists.ofac_labels import (
    CSV_ENTITY_TYPES,
    is_non_sdn_only,
    non_sdn_list,
    split_programs,
)
from screening.lists.ofac_remarks import Identifier, parse_remarks
from screening.lists.salvage import Salvage, id_suffix

__all__ = ["FORMATS", "read_cons_csv", "read_sdn_csv"]

log = logging.getLogger(__name__)
_REMARKS_LIMIT = 1000  # OFAC cuts Remarks here; the rest goes to *_COMMENTS.CSV
_ALT_TYPES = {"aka": "aka", "fka": "fka", "nka": "nka"}


@dataclass(frozen=True)
class _Kind:
    source: str
    main: str
    add: str
    alt: str
    comments: str


SDN = _Kind("ofac_sdn", "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")
CONS = _Kind("ofac_cons", "cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv")


def _files(path: Path, kind: _Kind) -> tuple[Path, dict[str, Path]]:
    """The main file and its siblings (official names, any case) beside it."""
    folder = path if path.is_dir() else path.parent
    names = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
    main = names.get(kind.main) if path.is_dir() else path
    if main is None:
        raise ListDataError(path, f"no {kind.main.upper()} in this directory")
    return main, {k: names[k] for k in (kind.add, kind.alt, kind.comments) if k in names}


def _read(path: Path, kind: _Kind, fmt: str, *, lenient: bool = False) -> LoadedList:
    main, siblings = _files(path, kind)
    read_head(main)
    salvage = Salvage(lenient)
    entries, remarks = _main_file(main, kind, salvage)
    if kind.add in siblings:
        add = siblings[kind.add]
        for line, row in csv_rows(add, 6, "ADD.CSV layout", required=False):
            parts = tuple(p for p in (row[2], row[3]) if p)
            if owner := _owner(entries, add, line, row[0], salvage):
                owner.addresses.append(OfacAddress(parts, row[3], row[4]))
    if kind.alt in siblings:
        alt = siblings[kind.alt]
        for line, row in csv_rows(alt, 5, "ALT.CSV layout", required=False):
            quality = _alt_quality(alt, line, row[2])
            if owner := _owner(entries, alt, line, row[0], salvage):
                owner.aliases.append((row[3] or "", quality))
    else:
        log.warning("%s: no %s beside it; strong aliases are missing", main, kind.alt.upper())
        salvage.note(main, f"no {kind.alt.upper()} beside it; strong aliases are missing")
    overflow: dict[str, str] = {}
    if kind.comments in siblings:
        comments = siblings[kind.comments]
        for line, row in csv_rows(comments, 2, "COMMENTS layout", raw=1, required=False):
            if owner := _owner(entries, comments, line, row[0], salvage):
                overflow[owner.ofac_id] = overflow.get(owner.ofac_id, "") + (row[1] or "")
    _parse_remarks(main, entries, remarks, overflow, salvage)
    resolve_linked(list(entries.values()))
    frame = entries_frame((e.row() for e in entries.values()), path=main)
    files = (main, *(siblings[k] for k in (kind.add, kind.alt, kind.comments) if k in siblings))
    return LoadedList(
        frame, fmt, PUBLISHER, None, files, len(entries), warnings=tuple(salvage.warnings)
    )


def _main_file(
    main: Path, kind: _Kind, salvage: Salvage
) -> tuple[dict[str, OfacEntry], dict[str, str | None]]:
    """Entries by ent_num and their raw remarks; a repeated ent_num is an error (lenient: the
    later entry is keyed and identified ``<ent_num>~line<N>``)."""
    entries: dict[str, OfacEntry] = {}
    first_line: dict[str, int] = {}
    remarks: dict[str, str | None] = {}
    for line, row in csv_rows(main, 12, "SDN.CSV layout", raw=11):
        entry = _entry(main, line, row, kind)
        key = entry.ofac_id
        if key in first_line:
            entry.id_suffix = id_suffix(line)
            key += entry.id_suffix
            salvage.problem(
                main,
                f"duplicate ent_num {entry.ofac_id} (first on line {first_line[entry.ofac_id]})",
                where=f"line {line}",
                instead=f"kept as {kind.source}:{key}; ADD/ALT/COMMENTS rows with ent_num "
                f"{entry.ofac_id} stay with the entry on line {first_line[entry.ofac_id]}",
            )
        else:
            first_line[key] = line
        entries[key] = entry
        remarks[key] = row[11]
    return entries, remarks


def _parse_remarks(
    main: Path,
    entries: dict[str, OfacEntry],
    remarks: dict[str, str | None],
    overflow: dict[str, str],
    salvage: Salvage,
) -> None:
    """Join each remark with its spill-over and parse it; a cut remark loses its last clause."""
    truncated = 0
    for ent, entry in entries.items():
        text, extra = remarks[ent] or "", overflow.get(ent)
        cut = extra is None and len(text) >= _REMARKS_LIMIT
        truncated += cut
        entry.remarks = (text + (extra or "")).strip() or None
        entry.facts.absorb(parse_remarks(entry.remarks, truncated=cut))
    if truncated:
        message = (
            f"{truncated} remarks cut at {_REMARKS_LIMIT} characters and no comments file; "
            "their last clause is not parsed"
        )
        log.warning("%s: %s", main, message)
        salvage.note(main, message)


def _entry(path: Path, line: int, row: list[str | None], kind: _Kind) -> OfacEntry:
    ent, name, sdn_type, program = row[0], row[1], row[2], row[3]
    if not (ent and ent.isdigit()):
        raise ListDataError(path, f"ent_num must be a number, found {ent!r}", where=f"line {line}")
    if not name:
        raise ListDataError(path, "SDN_Name is empty", where=f"line {line}")
    key = sdn_type.lower() if sdn_type else None
    if key not in CSV_ENTITY_TYPES:
        raise ListDataError(
            path,
            f"unknown SDN_Type {sdn_type!r}; expected individual, vessel, aircraft or -0-",
            where=f"line {line}",
        )
    programs = split_programs(program)
    list_name, action = ("OFAC SDN", "block") if kind is SDN else non_sdn_list(programs)
    entry = OfacEntry(kind.source, ent, CSV_ENTITY_TYPES[key], name, programs, list_name, action)
    if row[5]:
        entry.facts.identifiers.append(Identifier("call_sign", row[5], None, "Call_Sign"))
    if row[9]:
        entry.countries.append(row[9])
    if row[10]:
        entry.facts.linked_to.append(row[10])
    return entry


def _owner(
    entries: dict[str, OfacEntry], path: Path, line: int, ent: str | None, salvage: Salvage
) -> OfacEntry | None:
    """The entry a sibling row belongs to; ``None`` (lenient only) for an ent_num not there."""
    entry = entries.get(ent or "")
    if entry is None:
        salvage.problem(
            path,
            f"ent_num {ent} is not in the main file; are the files from different downloads?",
            where=f"line {line}",
            instead="row dropped",
        )
    return entry


def _alt_quality(path: Path, line: int, alt_type: str | None) -> str:
    key = (alt_type or "").replace(".", "").lower()
    if key not in _ALT_TYPES:
        raise ListDataError(
            path, f"unknown alt_type {alt_type!r}; expected aka, fka or nka", where=f"line {line}"
        )
    return _ALT_TYPES[key]


def read_sdn_csv(path: Path, *, lenient: bool = False) -> LoadedList:
    """Read SDN.CSV (file or directory) with its ADD/ALT/SDN_COMMENTS siblings."""
    return _read(path, SDN, "ofac_sdn_csv", lenient=lenient)


def read_cons_csv(path: Path, *, lenient: bool = False) -> LoadedList:
    """Read CONS_PRIM.CSV (file or directory) with its CONS_ADD/ALT/COMMENTS siblings."""
    return _read(path, CONS, "ofac_cons_csv", lenient=lenient)


def _kind_of(path: Path, head: bytes) -> _Kind | None:
    """Which OFAC CSV set ``path`` is, or None: official names first, then the content."""
    if path.is_dir():
        names = {p.name.lower() for p in path.iterdir()}
        return SDN if SDN.main in names else CONS if CONS.main in names else None
    rows = head_rows(head[:HEAD_BYTES], 12)
    if not rows:
        return None
    name = path.name.lower()
    if name.startswith("cons_prim"):
        return CONS
    if name.startswith("sdn"):
        return SDN
    return CONS if any(is_non_sdn_only(split_programs(r[3])) for r in rows) else SDN


FORMATS: tuple[ListFormat, ...] = (
    ListFormat(
        "ofac_sdn_csv",
        PUBLISHER,
        "OFAC SDN.CSV with ADD/ALT/SDN_COMMENTS (legacy CSV)",
        read_sdn_csv,
        lambda p, h: _kind_of(p, h) is SDN,
        (".csv",),
        partial(read_sdn_csv, lenient=True),
    ),
    ListFormat(
        "ofac_cons_csv",
        PUBLISHER,
        "OFAC consolidated non-SDN CONS_PRIM.CSV set (legacy CSV)",
        read_cons_csv,
        lambda p, h: _kind_of(p, h) is CONS,
        (".csv",),
        partial(read_cons_csv, lenient=True),
    ),
)
