"""US Consolidated Screening List: one record (CSV row or JSON object) -> one ``LIST_ENTRY`` row.

The CSV and the JSON API carry the same fields; the CSV packs lists into strings
(``alt_names``/``programs``/``ids``/``addresses`` joined with ``"; "``, an address as
``"street, city, state, postal, CC"`` with empty parts left out, an id as
``"type, number, country, issue date, expiration date"``). The readers turn both into the
:class:`CslRecord` shape below; :func:`entry` maps that onto the canonical row.

Decisions, each visible in the output:

* ``entry_id`` is ``us_csl:<list code>:<_id>``: trade.gov's ``_id`` repeats across sub-lists
  (an OFAC entity on both SSI and NS-MBS has one ``_id`` and two rows), the pair is unique.
* ``action``: ``block`` for lists that prohibit the transaction or require a licence that is
  presumptively denied (SDN, FSE, DPL, Entity List, MEU, ISN nonproliferation, DTC debarred);
  ``review`` for lists that restrict only some dealings or call for extra diligence (UVL, SSI,
  CMIC, PLC, NS-MBS, CAPTA) and for any list code not known here.
* ``ids`` entries that are facts, not identifiers ("Target Type", "Listing Date (CMIC)",
  directive texts, "Gender" ...) go to ``remarks``; "Issuer Name" values become aliases (they are
  the names the securities trade under); "Nationality of Registration" adds a country.
* Address ``city`` is left empty in the CSV: with empty parts dropped, position does not say
  which part is the city. The JSON API gives it, and it is used there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from screening.countries import split_countries, to_iso2
from screening.lists.csl_packed import ALIAS_LABELS, COUNTRY_LABELS, FACT_LABELS
from screening.lists.dates import iso_date
from screening.lists.id_labels import identifier, typed

PUBLISHER = "trade.gov"
SOURCE = "us_csl"

TYPES = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
    "": "unknown",
}
BLOCK_LISTS = frozenset({"SDN", "FSE", "DPL", "EL", "MEU", "ISN", "DTC"})
_LIST_CODE = re.compile(r"\(([^)]+)\)")
_SUCCESSORS = re.compile(
    r"[;,]?\s*and any successor, sub-unit,? or subsidiary thereof\.?\s*$", re.IGNORECASE
)


@dataclass
class CslRecord:
    """One CSL record with every packed field unpacked (lists, address and id dicts)."""

    id: str
    source: str
    type: str
    name: str
    scalars: dict[str, str] = field(default_factory=dict)  # title, remarks, start_date ...
    programs: list[str] = field(default_factory=list)
    alt_names: list[str] = field(default_factory=list)
    addresses: list[dict[str, str]] = field(default_factory=list)  # address, city, country ...
    ids: list[dict[str, str]] = field(default_factory=list)  # type, number, country ...
    citizenships: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    dates_of_birth: list[str] = field(default_factory=list)
    places_of_birth: list[str] = field(default_factory=list)


def list_code(source: str) -> str:
    """Short code of a CSL sub-list: ``"Entity List (EL) - Bureau ..."`` -> ``"EL"``."""
    m = _LIST_CODE.search(source)
    code = m.group(1).split()[0] if m else source.split(" - ")[0]
    return re.sub(r"[^A-Za-z0-9-]+", "-", code).strip("-").upper() or "CSL"


def clean_name(text: str) -> tuple[str, bool]:
    """Whitespace collapsed and ISN's "and any successor, sub-unit, or subsidiary thereof" cut.

    The second value says whether the clause was there; it goes to ``remarks``, not the name,
    where it would only add noise to matching.
    """
    name = " ".join(text.split())
    cut = _SUCCESSORS.sub("", name)
    return (cut, True) if cut and cut != name else (name, False)


def _unique_names(primary: str, names: list[str]) -> list[str]:
    """``names`` without empties, repeats and the primary name, compared case-insensitively."""
    seen = {primary.casefold()}
    out: list[str] = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def _dedupe(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _identifiers(
    rec: CslRecord,
) -> tuple[list[dict[str, str | None]], list[str], list[str], list[str]]:
    """Typed identifiers, plus the alias names, countries and fact texts found among ``ids``."""
    idents: list[dict[str, str | None]] = []
    aliases: list[str] = []
    countries: list[str] = []
    facts: list[str] = []
    for item in rec.ids:
        label, number = item.get("type", "").strip(), (item.get("number") or "").strip()
        if not number:
            continue
        low = label.lower()
        if low in ALIAS_LABELS:
            aliases.append(number)
        elif low in COUNTRY_LABELS:
            countries.extend(split_countries(number))
        elif FACT_LABELS.match(label):
            facts.append(f"{label.rstrip(':- ')}: {number}")
        else:
            kind, value = typed(label, number)
            country = to_iso2(item.get("country")) if item.get("country") else None
            idents.append(identifier(kind, value, country=country, label=label or None))
    call_sign = rec.scalars.get("call_sign", "").strip()
    if call_sign:
        idents.append(identifier("call_sign", call_sign, label="call_sign"))
    return idents, aliases, countries, facts


def _remarks(rec: CslRecord, facts: list[str], *, successors: bool) -> str | None:
    s = rec.scalars
    parts = [
        "Includes any successor, sub-unit, or subsidiary" if successors else "",
        f"Title: {s['title']}" if s.get("title") else "",
        s.get("remarks", ""),
        f"Place of birth: {'; '.join(rec.places_of_birth)}" if rec.places_of_birth else "",
        f"Federal Register: {s['federal_register_notice']}"
        if s.get("federal_register_notice")
        else "",
        f"End date: {s['end_date']}" if s.get("end_date") else "",
        f"License requirement: {s['license_requirement']}" if s.get("license_requirement") else "",
        f"License policy: {s['license_policy']}" if s.get("license_policy") else "",
        *(
            f"{k.replace('_', ' ').capitalize()}: {s[k]}"
            for k in (
                "vessel_type",
                "vessel_flag",
                "vessel_owner",
                "gross_tonnage",
                "gross_registered_tonnage",
            )
            if s.get(k)
        ),
        *facts,
    ]
    text = " | ".join(p.strip() for p in parts if p and p.strip())
    return text or None


def entry(rec: CslRecord) -> dict[str, Any]:
    """The ``LIST_ENTRY`` row of one record (the type label is checked by the caller)."""
    code = list_code(rec.source)
    idents, id_aliases, id_countries, facts = _identifiers(rec)
    name, successors = clean_name(rec.name)
    cleaned = [clean_name(a) for a in rec.alt_names + id_aliases]
    aliases = _unique_names(name, [a for a, _ in cleaned])
    successors = successors or any(flag for _, flag in cleaned)
    addresses = [
        {
            "text": a.get("address") or None,
            "city": a.get("city") or None,
            "country": to_iso2(a.get("country")) if a.get("country") else None,
        }
        for a in rec.addresses
    ]
    countries = _dedupe(
        [a["country"] for a in addresses if a["country"]]
        + [c for v in rec.citizenships + rec.nationalities for c in split_countries(v)]
        + split_countries(rec.scalars.get("vessel_flag"))
        + id_countries
    )
    return {
        "entry_id": f"{SOURCE}:{code}:{rec.id}",
        "source": SOURCE,
        "list_name": rec.source,
        "programs": _dedupe(rec.programs),
        "entity_type": TYPES[rec.type.strip().lower()],
        "name": name,
        "aliases": [{"name": a, "quality": "aka"} for a in aliases],
        "countries": countries,
        "addresses": addresses,
        "identifiers": idents,
        "birth_dates": _dedupe(
            [d for v in rec.dates_of_birth if (d := iso_date(v, slash_order="mdy"))]
        ),
        "listed_date": iso_date(rec.scalars.get("start_date"), slash_order="mdy"),
        "linked_to": [],
        "remarks": _remarks(rec, facts, successors=successors),
        "source_url": rec.scalars.get("source_information_url") or None,
        "action": "block" if code in BLOCK_LISTS else "review",
    }
