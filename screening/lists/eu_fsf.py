"""EU Financial Sanctions File (FSF), XML form: ``<export generationDate=...>`` of ``sanctionEntity``.

The file published by the Commission (``xmlFullSanctionsList_1_1``, namespace
``http://eu.europa.ec/fpi/fsd/export``) holds one ``sanctionEntity`` per subject with attributes
``logicalId``, ``euReferenceNumber``, ``unitedNationId``, ``designationDate``, and children
``remark``, ``regulation`` (``programme``, ``publicationDate``, child ``publicationUrl``),
``subjectType`` (``code``, ``classificationCode``), ``nameAlias`` (``wholeName``, ``strong``,
``nameLanguage`` ...), ``address`` (with ``contactInfo`` children), ``birthdate``,
``identification`` and ``citizenship``. Elements are matched by local name, so the namespace
URI is not pinned. The list date is the root's ``generationDate``. Mapping decisions live in
:mod:`screening.lists.eu_fsf_fields`; the CSV form in :mod:`screening.lists.eu_fsf_csv`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, entries_frame
from screening.lists.eu_fsf_csv import FORMAT as CSV_FORMAT
from screening.lists.eu_fsf_fields import PUBLISHER, EuSubject, entry, eu_date
from screening.lists.xml_stream import XmlRecords, local, text_of

SUB_ELEMENTS = {
    "nameAlias": "names",
    "address": "addresses",
    "birthdate": "birthdates",
    "identification": "identifications",
    "citizenship": "citizenships",
    "regulation": "regulations",
}


def sniff(path: Path, head: bytes) -> bool:
    """Root ``<export`` with the FSF (``/fsd/``) namespace."""
    start = head[:4096]
    return b"<export" in start and b"/fsd/" in start


def _attrs(element: ET.Element) -> dict[str, str]:
    """Attributes, plus the texts of ``remark`` and ``publicationUrl`` children."""
    attrs = {local(k): v for k, v in element.attrib.items()}
    for child in element:
        tag = local(child.tag)
        if tag in ("remark", "publicationUrl") and (text := text_of(child)):
            attrs[tag] = f"{attrs[tag]} {text}" if tag in attrs else text
    return attrs


def subject(element: ET.Element) -> EuSubject:
    """One ``sanctionEntity`` element as an :class:`EuSubject`."""
    out = EuSubject(attrib={local(k): v for k, v in element.attrib.items()})
    for child in element:
        tag = local(child.tag)
        if tag == "remark":
            if text := text_of(child):
                out.remarks.append(text)
        elif tag == "subjectType":
            out.subject_type += [child.get("code", ""), child.get("classificationCode", "")]
        elif tag in SUB_ELEMENTS:
            getattr(out, SUB_ELEMENTS[tag]).append(_attrs(child))
            if tag == "address":
                out.contacts += [
                    (c.get("key", ""), c.get("value", ""))
                    for c in child
                    if local(c.tag) == "contactInfo" and c.get("value")
                ]
    return out


def read(path: Path) -> LoadedList:
    """Stream the FSF XML into the canonical frame (one entry per ``sanctionEntity``)."""
    records = XmlRecords(path, root="export", tags=frozenset({"sanctionEntity"}))
    entries = []
    for number, element in enumerate(records, start=1):
        row = entry(subject(element))
        if not row["name"] or row["entry_id"] == "eu_fsf:":
            ref = element.get("logicalId") or element.get("euReferenceNumber") or f"#{number}"
            raise ListDataError(
                path, "sanctionEntity without a logicalId or a name", where=f"record {ref}"
            )
        entries.append(row)
    return LoadedList(
        entries=entries_frame(entries, path=path),
        format="eu_fsf_xml",
        publisher=PUBLISHER,
        list_date=eu_date(records.root_attrib.get("generationDate")),
        files=(path,),
        source_records=len(entries),
    )


FORMATS: tuple[ListFormat, ...] = (
    ListFormat(
        name="eu_fsf_xml",
        publisher=PUBLISHER,
        description="EU Financial Sanctions File XML (xmlFullSanctionsList 1.1)",
        read=read,
        sniff=sniff,
        extensions=(".xml",),
    ),
    CSV_FORMAT,
)
