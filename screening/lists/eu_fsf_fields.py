"""EU Financial Sanctions File: one ``sanctionEntity`` (XML) or group of rows (CSV) -> one entry.

Both file forms are read into :class:`EuSubject`, whose dicts use the XML attribute names
(``wholeName``, ``identificationTypeCode``, ``countryIso2Code`` ...); :func:`entry` maps that
onto ``LIST_ENTRY``. Decisions:

* ``entry_id`` ``eu_fsf:<logicalId>``: the FSF database key, unique by construction; the public
  ``euReferenceNumber`` (``EU.27.28``) and the UN reference go to ``remarks``.
* names: the first ``nameAlias`` in Latin script that is not ``strong="false"`` is the primary
  name; the rest are aliases: non-Latin script -> ``original_script``, ``strong="false"`` or a
  "low quality" remark -> ``weak``, ``strong="true"`` -> ``strong``, no ``strong`` given (older
  CSV) -> ``aka``.
* ``subjectType`` ``person``/``P`` -> person, ``enterprise``/``E`` -> organization.
* identifications typed from ``identificationTypeCode`` (:data:`ID_TYPES`), else from the
  description; ``latinNumber`` is added when it differs from ``number``. ``countryIso2Code``
  ``00`` means unknown. Address ``contactInfo`` EMAIL/WEB/PHONE/FAX become identifiers.
* countries: citizenships and address countries (not places of birth, which go to remarks).
* ``listed_date``: ``designationDate``, else the earliest regulation publication date.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from screening.countries import to_iso2
from screening.lists.dates import iso_date, year_range
from screening.lists.id_labels import identifier, identifier_type

PUBLISHER = "EU"
SOURCE = "eu_fsf"
LIST_NAME = "EU Financial Sanctions File (consolidated list)"
SUBJECT_TYPES = {
    "person": "person",
    "p": "person",
    "enterprise": "organization",
    "e": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}
ID_TYPES = {
    "passport": "passport",
    "id": "national_id",
    "nationcert": "national_id",
    "ssn": "national_id",
    "nrn": "national_id",
    "electionid": "national_id",
    "regnumber": "registration",
    "tradelic": "registration",
    "fiscalcode": "tax_id",
    "swiftbic": "swift_bic",
    "imo": "imo",
}
CONTACT_TYPES = {"email": "email", "web": "website", "phone": "phone", "fax": "phone"}
Attrs = dict[str, str]
eu_date = partial(iso_date, slash_order="dmy")  # the FSF CSV writes dd/mm/yyyy


@dataclass
class EuSubject:
    """One sanctioned subject with its sub-elements, keyed by XML attribute names."""

    attrib: Attrs  # logicalId, euReferenceNumber, unitedNationId, designationDate ...
    subject_type: list[str] = field(default_factory=list)  # code and classificationCode
    remarks: list[str] = field(default_factory=list)
    regulations: list[Attrs] = field(default_factory=list)
    names: list[Attrs] = field(default_factory=list)
    addresses: list[Attrs] = field(default_factory=list)
    contacts: list[tuple[str, str]] = field(default_factory=list)  # (key, value)
    birthdates: list[Attrs] = field(default_factory=list)
    identifications: list[Attrs] = field(default_factory=list)
    citizenships: list[Attrs] = field(default_factory=list)


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin script (digits and punctuation ignored)."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _country(attrs: Attrs) -> str | None:
    code = attrs.get("countryIso2Code", "").strip()
    if code and code != "00":
        return to_iso2(code)
    description = attrs.get("countryDescription", "").strip()
    return to_iso2(description) if description and description.upper() != "UNKNOWN" else None


def _whole_name(attrs: Attrs) -> str:
    whole = attrs.get("wholeName", "")
    if not whole.strip():
        whole = " ".join(attrs.get(k, "") for k in ("firstName", "middleName", "lastName"))
    return " ".join(whole.split())


def _quality(attrs: Attrs, name: str) -> str:
    if not is_latin(name):
        return "original_script"
    strong = attrs.get("strong", "").strip().lower()
    if strong == "false" or "low quality" in attrs.get("remark", "").lower():
        return "weak"
    return "strong" if strong == "true" else "aka"


def _names(subject: EuSubject) -> tuple[str, list[dict[str, str]]]:
    named: list[tuple[str, str]] = []
    for attrs in subject.names:
        if name := _whole_name(attrs):
            named.append((name, _quality(attrs, name)))
    if not named:
        return "", []
    primary = next(
        (n for n, q in named if q in ("strong", "aka")),
        next((n for n, q in named if q != "original_script"), named[0][0]),
    )
    aliases: dict[str, dict[str, str]] = {}
    for name, quality in named:
        if name.casefold() != primary.casefold():
            aliases.setdefault(name.casefold(), {"name": name, "quality": quality})
    return primary, list(aliases.values())


def _identifiers(subject: EuSubject) -> list[dict[str, str | None]]:
    out: list[dict[str, str | None]] = []
    for attrs in subject.identifications:
        code = attrs.get("identificationTypeCode", "").strip()
        label = attrs.get("identificationTypeDescription", "").strip() or code or None
        kind = ID_TYPES.get(code.lower()) or identifier_type(label)
        numbers = {n for k in ("number", "latinNumber") if (n := attrs.get(k, "").strip())}
        for number in sorted(numbers, key=lambda n: n != attrs.get("number", "").strip()):
            out.append(identifier(kind, number, country=_country(attrs), label=label))
    for key, value in subject.contacts:
        kind = CONTACT_TYPES.get(key.strip().lower(), "other")
        for part in value.replace(";", ",").split(","):
            if part.strip():
                out.append(identifier(kind, part.strip(), label=key.strip() or None))
    return out


def _address(attrs: Attrs) -> dict[str, str | None] | None:
    description = attrs.get("countryDescription", "").strip()
    parts = [
        attrs.get(k, "").strip() for k in ("street", "poBox", "zipCode", "city", "region", "place")
    ]
    parts.append("" if description.upper() == "UNKNOWN" else description)
    text = ", ".join(p for p in parts if p)
    if not text:
        return None
    return {"text": text, "city": attrs.get("city", "").strip() or None, "country": _country(attrs)}


def _birth_dates(subject: EuSubject) -> list[str]:
    dates: list[str] = []
    for b in subject.birthdates:
        year, month, day = (b.get(k, "").strip() for k in ("year", "monthOfYear", "dayOfMonth"))
        parts = "-".join(p.zfill(2) for p in (year, month, day) if p) if year else ""
        exact = eu_date(b.get("birthdate")) or eu_date(parts)
        if exact:
            dates.append(exact)
        elif b.get("yearRangeFrom") or b.get("yearRangeTo"):
            first, last = b.get("yearRangeFrom") or b.get("yearRangeTo"), b.get("yearRangeTo")
            dates.extend(year_range(first, last or first))
    return list(dict.fromkeys(dates))


def _remarks(subject: EuSubject) -> str | None:
    a = subject.attrib
    births = [
        ", ".join(
            p
            for k in ("place", "city", "region", "countryDescription")
            if (p := b.get(k, "").strip()) and p.upper() != "UNKNOWN"
        )
        for b in subject.birthdates
    ]
    parts = [
        f"EU reference: {a['euReferenceNumber']}" if a.get("euReferenceNumber") else "",
        f"UN reference: {a['unitedNationId']}" if a.get("unitedNationId") else "",
        *subject.remarks,
        a.get("designationDetails", ""),
        *(
            f"Function: {f}"
            for f in dict.fromkeys(n.get("function", "") for n in subject.names)
            if f
        ),
        *(f"Place of birth: {p}" for p in dict.fromkeys(births) if p),
        *(f"Contact: {c}" for ad in subject.addresses if (c := ad.get("contactInfo", ""))),
    ]
    return " | ".join(" ".join(p.split()) for p in parts if p and p.strip()) or None


def entry(subject: EuSubject) -> dict[str, Any]:
    """The ``LIST_ENTRY`` row of one subject (the caller checks the name is not empty)."""
    name, aliases = _names(subject)
    addresses = [ad for a in subject.addresses if (ad := _address(a))]
    kinds = [SUBJECT_TYPES.get(t.strip().lower(), "") for t in subject.subject_type]
    countries = [c for a in subject.citizenships if (c := _country(a))]
    countries += [a["country"] for a in addresses if a["country"]]
    publications = sorted(
        d for r in subject.regulations if (d := eu_date(r.get("publicationDate")))
    )
    urls = [u for r in subject.regulations if (u := r.get("publicationUrl", "").strip())]
    return {
        "entry_id": f"{SOURCE}:{subject.attrib.get('logicalId', '').strip()}",
        "source": SOURCE,
        "list_name": LIST_NAME,
        "programs": list(
            dict.fromkeys(p for r in subject.regulations if (p := r.get("programme", "").strip()))
        ),
        "entity_type": next((k for k in kinds if k), "unknown"),
        "name": name,
        "aliases": aliases,
        "countries": list(dict.fromkeys(countries)),
        "addresses": addresses,
        "identifiers": _identifiers(subject),
        "birth_dates": _birth_dates(subject),
        "listed_date": eu_date(subject.attrib.get("designationDate"))
        or (publications[0] if publications else None),
        "linked_to": [],
        "remarks": _remarks(subject),
        "source_url": urls[0] if urls else None,
        "action": "block",
    }
