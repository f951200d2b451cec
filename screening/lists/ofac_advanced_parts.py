"""Pieces of the advanced-XML reader: reference values, date periods, one DistinctParty.

``Refs`` resolves the IDs of ``ReferenceValueSets`` (an unknown ID is a broken file, reported with
the party it occurs in); :func:`parse_party` turns one ``DistinctParty`` into an
:class:`~screening.lists.ofac_common.OfacEntry` plus the IDs that other sections resolve later.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.ofac_common import OfacEntry
from screening.lists.ofac_remarks import parse_clauses, parse_remarks

__all__ = ["Party", "Refs", "parse_party", "period_dates", "ymd"]

_ENTITY_TYPES = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}
_ALIAS_QUALITY = {"a.k.a.": "aka", "f.k.a.": "fka", "n.k.a.": "nka", "name": "aka"}
_LAST = "Last Name"
_WHOLE = ("Entity Name", "Vessel Name", "Aircraft Name")
_ORIGIN_DATES = ("Birthdate", "Organization Established Date")
_MAX_RANGE_YEARS = 10


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _kids(el: ET.Element, tag: str) -> list[ET.Element]:
    return [sub for sub in el if _local(sub.tag) == tag]


def _kid(el: ET.Element | None, tag: str) -> ET.Element | None:
    return next((sub for sub in el if _local(sub.tag) == tag), None) if el is not None else None


class Refs:
    """``ReferenceValueSets``: (value set, ID) -> text and attributes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = "ReferenceValueSets"
        self._values: dict[str, dict[str, tuple[str, dict[str, str]]]] = {}
        self._names: dict[str, str] = {}  # ISO2 -> country name

    def load(self, el: ET.Element) -> None:
        for value_set in el:
            for value in value_set:
                kind = self._values.setdefault(_local(value.tag), {})
                kind[value.get("ID", "")] = ((value.text or "").strip(), dict(value.attrib))
                if _local(value.tag) == "Country" and value.get("ISO2"):
                    self._names[value.get("ISO2", "")] = (value.text or "").strip()

    def get(self, kind: str, ref_id: str | None) -> tuple[str, dict[str, str]]:
        found = self._values.get(kind, {}).get(ref_id or "")
        if found is None:
            raise ListDataError(
                self.path, f"{kind}ID {ref_id!r} is not in ReferenceValueSets", where=self.where
            )
        return found

    def text(self, kind: str, ref_id: str | None) -> str:
        return self.get(kind, ref_id)[0]

    def country(self, ref_id: str | None) -> str | None:
        """ISO2 the file gives for a CountryID, else its name (``undetermined`` -> None)."""
        name, attrs = self.get("Country", ref_id)
        return attrs.get("ISO2") or (name if name.lower() != "undetermined" else None)

    def country_name(self, code: str) -> str:
        """The file's name for an ISO2 code it uses (the code itself when not a code)."""
        return self._names.get(code, code)

    def area_country(self, ref_id: str | None) -> str | None:
        _, attrs = self.get("AreaCode", ref_id)
        return self.country(attrs["CountryID"]) if "CountryID" in attrs else None

    def id_doc_clause(self, doc: ET.Element) -> str:
        """``"<IDRegDocType> <IDRegistrationNo> (<country>)"``: a remarks clause to type."""
        self.where = f"IDRegDocument {doc.get('ID')}"
        label = self.text("IDRegDocType", doc.get("IDRegDocTypeID"))
        number = _kid_text(doc, "IDRegistrationNo")
        country_id = doc.get("IssuedBy-CountryID")
        country = self.text("Country", country_id) if country_id else None
        return f"{label} {number}" + (f" ({country})" if country else "")

    def list_name(self, entry: ET.Element) -> str:
        """The name of the list a ``SanctionsEntry`` is on."""
        self.where = f"SanctionsEntry {entry.get('ID')}"
        return self.text("List", entry.get("ListID"))

    def sanctions_entry(self, entry: ET.Element) -> tuple[list[str], list[str]]:
        """(programs, entry event dates) of one ``SanctionsEntry``."""
        self.where = f"SanctionsEntry {entry.get('ID')}"
        programs = []
        for measure in _kids(entry, "SanctionsMeasure"):
            kind = self.text("SanctionsType", measure.get("SanctionsTypeID"))
            if kind == "Program" and (program := _kid_text(measure, "Comment")):
                programs.append(program)
        dates = [d for ev in _kids(entry, "EntryEvent") if (d := ymd(_kid(ev, "Date")))]
        return programs, dates


def _kid_text(el: ET.Element | None, tag: str) -> str:
    kid = _kid(el, tag)
    return (kid.text or "").strip() if kid is not None else ""


def ymd(el: ET.Element | None) -> str | None:
    """ISO date of an element with Year / Month / Day children (partial when parts are missing)."""
    if el is None:
        return None
    parts = {_local(s.tag): (s.text or "").strip() for s in el}
    year, month, day = parts.get("Year"), parts.get("Month"), parts.get("Day")
    if not (year and year.isdigit()):
        return None
    if not (month and month.isdigit()):
        return year
    if not (day and day.isdigit()):
        return f"{year}-{int(month):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def period_dates(period: ET.Element) -> list[str]:
    """Dates of a ``DatePeriod``: a whole-year span is its year(s), a whole month its month."""
    start, end = _kid(period, "Start"), _kid(period, "End")
    first = ymd(_kid(start, "From")) or ymd(_kid(start, "To"))
    last = ymd(_kid(end, "To")) or ymd(_kid(end, "From"))
    if first is None or last is None or first == last:
        return [d for d in (first or last,) if d]
    if first[5:] == "01-01" and last[5:] == "12-31":
        years = range(int(first[:4]), int(last[:4]) + 1)
        if len(years) <= _MAX_RANGE_YEARS:
            return [str(y) for y in years]
        return [first[:4], last[:4]]
    if first[:7] == last[:7] and first[8:] == "01" and int(last[8:] or 0) >= 28:
        return [first[:7]]
    return [first, last]


@dataclass(slots=True)
class Party:
    """One DistinctParty: its entry and the IDs resolved after the whole file is read."""

    profile_id: str
    entry: OfacEntry
    identity_ids: list[str] = field(default_factory=list)
    address_locations: list[str] = field(default_factory=list)
    country_locations: list[str] = field(default_factory=list)


def parse_party(el: ET.Element, refs: Refs, index: int) -> Party:
    """One ``DistinctParty`` element (its ``Profile``, identities, aliases and features)."""
    ref = el.get("FixedRef", "")
    refs.where = f"DistinctParty {ref or index}"
    profile = _kid(el, "Profile")
    if profile is None or not ref:
        raise ListDataError(
            refs.path, "DistinctParty without FixedRef or Profile", where=refs.where
        )
    remarks = _kid_text(el, "Comment") or None
    entry = OfacEntry("", ref, _entity_type(refs, profile), "", [], "", "")
    entry.facts, entry.remarks = parse_remarks(remarks), remarks
    party = Party(profile.get("ID", ref), entry)
    for identity in _kids(profile, "Identity"):
        party.identity_ids.append(identity.get("ID", ""))
        _names(refs, identity, entry)
    if not entry.name:
        raise ListDataError(refs.path, 'no primary name (Alias Primary="true")', where=refs.where)
    for feature in _kids(profile, "Feature"):
        _feature(refs, feature, party)
    return party


def _entity_type(refs: Refs, profile: ET.Element) -> str:
    sub_type, attrs = refs.get("PartySubType", profile.get("PartySubTypeID"))
    if sub_type.lower() in _ENTITY_TYPES:
        return _ENTITY_TYPES[sub_type.lower()]
    party_type = refs.text("PartyType", attrs.get("PartyTypeID"))
    return _ENTITY_TYPES.get(party_type.lower(), "unknown")


def _names(refs: Refs, identity: ET.Element, entry: OfacEntry) -> None:
    groups = {
        g.get("ID", ""): refs.text("NamePartType", g.get("NamePartTypeID"))
        for master in _kids(_kid(identity, "NamePartGroups") or identity, "MasterNamePartGroup")
        for g in _kids(master, "NamePartGroup")
    }
    for alias in _kids(identity, "Alias"):
        kind = refs.text("AliasType", alias.get("AliasTypeID")).lower()
        primary = alias.get("Primary") == "true"
        quality = "weak" if alias.get("LowQuality") == "true" else _ALIAS_QUALITY.get(kind, "aka")
        for doc_name in _kids(alias, "DocumentedName"):
            name, latin = _documented_name(refs, groups, doc_name)
            if not name:
                continue
            if primary and latin and not entry.name:
                entry.name = name
            else:
                entry.aliases.append((name, quality if latin else "original_script"))


def _documented_name(refs: Refs, groups: dict[str, str], doc_name: ET.Element) -> tuple[str, bool]:
    parts: list[tuple[str, str]] = []
    latin = True
    for part in _kids(doc_name, "DocumentedNamePart"):
        for value in _kids(part, "NamePartValue"):
            if value.text and value.text.strip():
                parts.append((groups.get(value.get("NamePartGroupID", ""), ""), value.text.strip()))
            script_id = value.get("ScriptID")
            if script_id and refs.get("Script", script_id)[1].get("ScriptCode", "Latin") != "Latin":
                latin = False
    last = " ".join(v for t, v in parts if t == _LAST)
    given = " ".join(v for t, v in parts if t not in (_LAST, *_WHOLE))
    if last and given:
        return f"{last}, {given}", latin
    return " ".join(v for _, v in parts), latin


def _feature(refs: Refs, feature: ET.Element, party: Party) -> None:
    label = refs.text("FeatureType", feature.get("FeatureTypeID")).strip()
    country_like = any(w in label for w in ("Nationality", "Citizenship", "Flag"))
    country_like = country_like and "Former" not in label
    facts = party.entry.facts
    for version in _kids(feature, "FeatureVersion"):
        for period in _kids(version, "DatePeriod"):
            if label in _ORIGIN_DATES:
                facts.birth_dates.extend(period_dates(period))
        for loc in _kids(version, "VersionLocation"):
            if label == "Location":
                party.address_locations.append(loc.get("LocationID", ""))
            elif country_like:
                party.country_locations.append(loc.get("LocationID", ""))
        for detail in _kids(version, "VersionDetail"):
            ref_id = detail.get("DetailReferenceID")
            value = refs.text("DetailReference", ref_id) if ref_id else (detail.text or "").strip()
            if not value:
                continue
            if country_like:
                party.entry.countries.append(value)
            else:
                found = parse_clauses([f"{label} {value}"])
                facts.identifiers.extend(found.identifiers)
                facts.linked_to.extend(found.linked_to)
                facts.birth_dates.extend(found.birth_dates if label in _ORIGIN_DATES else [])
