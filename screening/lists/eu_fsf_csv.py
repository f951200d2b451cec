"""EU Financial Sanctions File, CSV form: ``;``-separated, one row per subject and sub-element.

Header ``fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber;...;NameAlias_WholeName;
...;Address_City;...;BirthDate_BirthDate;...;Identification_Number;...;Citizenship_...``: the
subject's columns repeat on every row and each row fills one or more sub-element groups. Rows are
grouped by ``Entity_LogicalId`` (in file order) and each group's sub-elements de-duplicated by
their ``*_LogicalId`` (by content when there is none), then mapped exactly as the XML form via
:mod:`screening.lists.eu_fsf_fields`. Columns are renamed to the XML attribute names
(``NameAlias_WholeName`` -> ``wholeName``, ``BirthDate_Day`` -> ``dayOfMonth``,
``Identification_TypeCode`` -> ``identificationTypeCode`` ...); the ``*_Regulation_*`` columns of
sub-elements are not used. Only ``Entity_LogicalId`` and ``NameAlias_WholeName`` are required.
"""

from __future__ import annotations

import re
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, entries_frame
from screening.lists.eu_fsf_fields import PUBLISHER, EuSubject, entry, eu_date
from screening.lists.tabular import Record, read_table

REQUIRED = ("Entity_LogicalId", "NameAlias_WholeName")
GROUPS = {
    "NameAlias": "names",
    "Address": "addresses",
    "BirthDate": "birthdates",
    "Identification": "identifications",
    "Citizenship": "citizenships",
}
ENTITY_ATTRS = {
    "Entity_LogicalId": "logicalId",
    "Entity_EU_ReferenceNumber": "euReferenceNumber",
    "Entity_UnitedNationId": "unitedNationId",
    "Entity_UN_ReferenceNumber": "unitedNationId",
    "Entity_DesignationDate": "designationDate",
    "Entity_DesignationDetails": "designationDetails",
}
RENAMES = {
    "BirthDate": "birthdate",
    "Day": "dayOfMonth",
    "Month": "monthOfYear",
    "TypeCode": "identificationTypeCode",
    "TypeDescription": "identificationTypeDescription",
    "IssuedDate": "issueDate",
    "CountryIso2Code": "countryIso2Code",
}
_HEADER = re.compile(rb"^(?:\xef\xbb\xbf)?[^\r\n]*\bEntity_LogicalId\b[^\r\n]*;")


def sniff(path: Path, head: bytes) -> bool:
    """A ``;``-separated header naming ``Entity_LogicalId``."""
    return bool(_HEADER.match(head))


def _attr(suffix: str) -> str:
    return RENAMES.get(suffix) or suffix[:1].lower() + suffix[1:]


def _groups(fields: dict[str, str]) -> dict[str, dict[str, str]]:
    """A row's sub-element values by group, XML attribute names, empty values dropped."""
    out: dict[str, dict[str, str]] = {g: {} for g in GROUPS}
    for column, value in fields.items():
        group, _, suffix = column.partition("_")
        if group in GROUPS and value.strip() and not suffix.startswith("Regulation_"):
            out[group][_attr(suffix)] = value.strip()
    return out


def _add(row: Record, subject: EuSubject, seen: set[tuple[str, str]]) -> None:
    f = row.fields
    for column, attr in ENTITY_ATTRS.items():
        if f.get(column, "").strip():
            subject.attrib.setdefault(attr, f[column].strip())
    subject.subject_type += [
        f.get("Entity_SubjectType", ""),
        f.get("Entity_SubjectType_ClassificationCode", ""),
    ]
    if (remark := f.get("Entity_Remark", "").strip()) and remark not in subject.remarks:
        subject.remarks.append(remark)
    regulation = {
        _attr(c.removeprefix("Entity_Regulation_")): v.strip()
        for c, v in f.items()
        if c.startswith("Entity_Regulation_") and v.strip()
    }
    groups = {"regulations": regulation} | {GROUPS[g]: a for g, a in _groups(f).items()}
    for target, attrs in groups.items():
        relevant = {k: v for k, v in attrs.items() if k not in ("logicalId", "regulationLanguage")}
        if not relevant:
            continue
        key = (target, attrs.get("logicalId") or repr(sorted(relevant.items())))
        if key not in seen:
            seen.add(key)
            getattr(subject, target).append(attrs)


def read(path: Path) -> LoadedList:
    """Read the FSF CSV into the canonical frame (one entry per ``Entity_LogicalId``)."""
    _header, rows = read_table(path, path.read_bytes(), delimiter=";", required=REQUIRED)
    subjects: dict[str, tuple[int, EuSubject, set[tuple[str, str]]]] = {}
    for row in rows:
        logical_id = row.fields["Entity_LogicalId"].strip()
        if not logical_id:
            raise ListDataError(path, "row without Entity_LogicalId", where=str(row.line))
        if logical_id not in subjects:
            subjects[logical_id] = (row.line, EuSubject(attrib={}), set())
        _, subject, seen = subjects[logical_id]
        _add(row, subject, seen)
    entries = []
    for line, subject, _seen in subjects.values():
        row_out = entry(subject)
        if not row_out["name"]:
            raise ListDataError(
                path, f"subject {subject.attrib['logicalId']} has no name", where=str(line)
            )
        entries.append(row_out)
    dates = [r.fields.get("fileGenerationDate", "") for r in rows[:1]]
    return LoadedList(
        entries=entries_frame(entries, path=path),
        format="eu_fsf_csv",
        publisher=PUBLISHER,
        list_date=eu_date(dates[0]) if dates else None,
        files=(path,),
        source_records=len(entries),
    )


FORMAT = ListFormat(
    name="eu_fsf_csv",
    publisher=PUBLISHER,
    description="EU Financial Sanctions File CSV (;-separated, one row per sub-element)",
    read=read,
    sniff=sniff,
    extensions=(".csv",),
)
