"""Identifiers and labelled details in the UK layouts' cells.

OFSI packs details into Other Information as ``(Label):value`` parts (``(IMO number):9123456
(Phone number):(1) ... (2) ...``); older files write ``IMO: 8937675. MMSI: 445539000.`` in prose;
the FCDO list has a column per identifier. All of them end up as typed ``IDENTIFIER`` structs,
the publisher's label kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from screening.lists import fieldparse as fp
from screening.lists.id_labels import identifier

_LABEL = re.compile(r"\(([^()]{2,40})\)\s*:")
_IMO = re.compile(r"\bIMO(?:\s*(?:number|no\.?))?\s*[:.]?\s*(\d{7})\b", re.IGNORECASE)
_MMSI = re.compile(r"\bMMSI\s*[:.]?\s*(\d{9})\b", re.IGNORECASE)
# "(Label):value" parts of Other Information that are identifiers, and those naming a party.
INFO_IDS = {
    "imo number": "imo",
    "business reg no": "registration",
    "website": "website",
    "email address": "email",
    "phone number": "phone",
    "uk sanctions list ref": "other",
    "un ref": "other",
}
INFO_LINKS = ("parent company", "current owners")
IdColumns = tuple[tuple[str, str, str], ...]  # (canonical field, identifier type, label)


def labelled_parts(text: str) -> list[tuple[str, str]]:
    """``(label, value)`` pairs of an OFSI ``(Label):value (Label):value`` cell."""
    marks = list(_LABEL.finditer(text))
    if not marks:
        return []
    return [
        (m[1].strip(), text[m.end() : nxt.start() if nxt else len(text)].strip(" .;"))
        for m, nxt in zip(marks, [*marks[1:], None], strict=True)
    ]


def identifiers(
    vals: Callable[[str], list[str]],
    infos: list[str],
    labelled: list[tuple[str, str]],
    id_columns: IdColumns,
) -> list[dict[str, str | None]]:
    """Typed identifiers of a subject: id columns (their distinct cells via ``vals``), IMO/MMSI
    in free text, and ``(Label):value`` parts of Other Information."""
    found: list[tuple[str, str, str]] = []  # (type, value, label)
    for field, kind, label in id_columns:
        for cell in vals(field):
            found += [(kind, v, label) for v in fp.id_values(kind, cell)]
    for info in infos:  # free-text "IMO: 8937675. MMSI: 445539000." (older layouts)
        found += [("imo", m, "IMO") for m in _IMO.findall(info)]
        found += [("mmsi", m, "MMSI") for m in _MMSI.findall(info)]
    for label, value in labelled:
        if id_kind := INFO_IDS.get(label.lower()):
            found += [(id_kind, v, label) for v in fp.id_values(id_kind, value)]
    out: dict[tuple[str, str], dict[str, str | None]] = {}
    for kind, value, label in found:
        if (kind, value) not in out:
            out[kind, value] = identifier(kind, value, label=label)
    return list(out.values())


ID_COLUMNS: IdColumns = (
    ("passport", "passport", "Passport Number"),
    ("national_id", "national_id", "National Identification Number"),
    ("business_reg", "registration", "Business registration number"),
    ("imo", "imo", "IMO number"),
    ("hin", "other", "Hull identification number (HIN)"),
    ("phone", "phone", "Phone number"),
    ("website", "website", "Website"),
    ("email", "email", "Email address"),
    ("group_ref", "other", "OFSI Group ID"),
    ("un_ref", "other", "UN Reference Number"),
)
# 2020 layout: no "Passport Number" column; the number sits inside "Passport Details".
PASSPORT_DETAILS = ("passport_details", "passport", "Passport Details")
