"""UN Security Council Consolidated List, XML (``consolidated.xml``, root ``CONSOLIDATED_LIST``).

Streams ``INDIVIDUALS/INDIVIDUAL`` and ``ENTITIES/ENTITY`` records. Mapping:

* ``entry_id`` ``un:<REFERENCE_NUMBER>`` (``un:QDi.001``): the permanent reference the UN, the EU
  and OFAC all cite; ``DATAID`` only when a record has no reference number.
* name = ``FIRST_NAME`` .. ``FOURTH_NAME`` joined; aliases: individuals' ``QUALITY`` Good ->
  ``strong``, Low -> ``weak``; entities' a.k.a. -> ``aka``, f.k.a. -> ``fka``;
  ``NAME_ORIGINAL_SCRIPT`` -> ``original_script``. Empty alias elements (the UN writes
  ``<INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/>``) are skipped.
* dates of birth: ``DATE`` or ``YEAR`` (any ``TYPE_OF_DATE``), ``FROM_YEAR``..``TO_YEAR`` as every
  year of the range, a ``NOTE`` such as ``Nov. 1973`` when it is the only date; dates given on an
  alias too.
* countries: ``NATIONALITY/VALUE`` and address countries; documents (``NUMBER`` with
  ``TYPE_OF_DOCUMENT``) typed by label; documents with only a note go to ``remarks``.
* the list date is the root's ``dateGenerated``; every entry is ``block``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from screening.countries import to_iso2
from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, entries_frame
from screening.lists.dates import iso_date, year_range
from screening.lists.id_labels import identifier, identifier_type
from screening.lists.xml_stream import XmlRecords, local, text_of

PUBLISHER = "UN"
SOURCE = "un"
LIST_NAME = "UN Security Council Consolidated List"
URL = "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list"
NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
QUALITY = {"good": "strong", "low": "weak", "a.k.a.": "aka", "f.k.a.": "fka"}
PLACEHOLDERS = frozenset({"na", "n/a", "none", "unknown", "-"})


def sniff(path: Path, head: bytes) -> bool:
    """The root element ``<CONSOLIDATED_LIST``."""
    return b"<CONSOLIDATED_LIST" in head[:4096]


def _country(text: str) -> str | None:
    return None if text.lower() in PLACEHOLDERS else to_iso2(text)


def _aliases(record: ET.Element, kind: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for alias in record.iterfind(f"{kind}_ALIAS"):
        name = text_of(alias.find("ALIAS_NAME"))
        if name:
            quality = text_of(alias.find("QUALITY")).lower()
            out.append({"name": name, "quality": QUALITY.get(quality, "aka")})
    for original in record.iterfind("NAME_ORIGINAL_SCRIPT"):
        if name := text_of(original):
            out.append({"name": name, "quality": "original_script"})
    return out


def _birth_dates(record: ET.Element) -> list[str]:
    dates: list[str] = []
    for dob in record.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
        exact = iso_date(text_of(dob.find("DATE"))) or iso_date(text_of(dob.find("YEAR")))
        first, last = text_of(dob.find("FROM_YEAR")), text_of(dob.find("TO_YEAR"))
        if exact:
            dates.append(exact)
        elif first or last:
            dates.extend(year_range(first or last, last or first))
        elif note := iso_date(text_of(dob.find("NOTE"))):
            dates.append(note)
    for alias in record.iterfind("INDIVIDUAL_ALIAS"):
        if alias_dob := iso_date(text_of(alias.find("DATE_OF_BIRTH"))):
            dates.append(alias_dob)
    return list(dict.fromkeys(dates))


def _addresses(record: ET.Element, kind: str) -> list[dict[str, str | None]]:
    out: list[dict[str, str | None]] = []
    for address in record.iterfind(f"{kind}_ADDRESS"):
        parts = [
            text_of(address.find(t))
            for t in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
        ]
        text = ", ".join(p for p in parts if p)
        if text:
            out.append({"text": text, "city": parts[1] or None, "country": _country(parts[4])})
    return out


def _documents(record: ET.Element) -> tuple[list[dict[str, str | None]], list[str]]:
    idents: list[dict[str, str | None]] = []
    notes: list[str] = []
    for doc in record.iterfind("INDIVIDUAL_DOCUMENT"):
        label = " / ".join(
            t
            for t in (text_of(doc.find("TYPE_OF_DOCUMENT")), text_of(doc.find("TYPE_OF_DOCUMENT2")))
            if t
        )
        number, note = text_of(doc.find("NUMBER")), text_of(doc.find("NOTE"))
        country = text_of(doc.find("ISSUING_COUNTRY")) or text_of(doc.find("COUNTRY_OF_ISSUE"))
        if number:
            idents.append(
                identifier(
                    identifier_type(label),
                    number,
                    country=_country(country) if country else None,
                    label=label or None,
                )
            )
        elif note:
            notes.append(f"Document: {label + ' - ' if label else ''}{note}")
    return idents, notes


def _values(record: ET.Element, tag: str) -> list[str]:
    return [v for e in record.iterfind(f"{tag}/VALUE") if (v := text_of(e))]


def _remarks(record: ET.Element, notes: list[str]) -> str | None:
    places = [
        ", ".join(p for t in ("CITY", "STATE_PROVINCE", "COUNTRY") if (p := text_of(pob.find(t))))
        for pob in record.iterfind("INDIVIDUAL_PLACE_OF_BIRTH")
    ]
    parts = [
        text_of(record.find("COMMENTS1")),
        *(f"Title: {v}" for v in _values(record, "TITLE")),
        *(f"Designation: {v}" for v in _values(record, "DESIGNATION")),
        *(f"Place of birth: {p}" for p in places if p),
        *notes,
    ]
    return " | ".join(p for p in parts if p) or None


def _entry(path: Path, record: ET.Element, number: int) -> dict[str, Any]:
    kind = "INDIVIDUAL" if local(record.tag) == "INDIVIDUAL" else "ENTITY"
    ref = text_of(record.find("REFERENCE_NUMBER")) or text_of(record.find("DATAID"))
    name = " ".join(p for t in NAME_PARTS if (p := text_of(record.find(t))))
    if not ref or not name:
        where = f"record {ref}" if ref else f"record {number} ({kind})"
        raise ListDataError(path, f"{kind} without a REFERENCE_NUMBER/DATAID or name", where=where)
    addresses = _addresses(record, kind)
    idents, notes = _documents(record)
    nationalities = [c for v in _values(record, "NATIONALITY") if (c := _country(v))]
    unique: dict[str, dict[str, str]] = {}
    for alias in _aliases(record, kind):
        if alias["name"].casefold() != name.casefold():
            unique.setdefault(alias["name"].casefold(), alias)
    aliases = list(unique.values())
    program = text_of(record.find("UN_LIST_TYPE"))
    return {
        "entry_id": f"{SOURCE}:{ref}",
        "source": SOURCE,
        "list_name": LIST_NAME,
        "programs": [program] if program else [],
        "entity_type": "person" if kind == "INDIVIDUAL" else "organization",
        "name": name,
        "aliases": aliases,
        "countries": list(
            dict.fromkeys(nationalities + [a["country"] for a in addresses if a["country"]])
        ),
        "addresses": addresses,
        "identifiers": idents,
        "birth_dates": _birth_dates(record) if kind == "INDIVIDUAL" else [],
        "listed_date": iso_date(text_of(record.find("LISTED_ON"))),
        "linked_to": [],
        "remarks": _remarks(record, notes),
        "source_url": URL,
        "action": "block",
    }


def read(path: Path) -> LoadedList:
    """Stream the UN consolidated XML into the canonical frame."""
    records = XmlRecords(path, root="CONSOLIDATED_LIST", tags=frozenset({"INDIVIDUAL", "ENTITY"}))
    entries = [_entry(path, rec, i) for i, rec in enumerate(records, start=1)]
    return LoadedList(
        entries=entries_frame(entries, path=path),
        format="un_xml",
        publisher=PUBLISHER,
        list_date=iso_date(records.root_attrib.get("dateGenerated")),
        files=(path,),
        source_records=len(entries),
    )


FORMATS: tuple[ListFormat, ...] = (
    ListFormat(
        name="un_xml",
        publisher=PUBLISHER,
        description="UN Security Council Consolidated List XML (consolidated.xml)",
        read=read,
        sniff=sniff,
        extensions=(".xml",),
    ),
)
