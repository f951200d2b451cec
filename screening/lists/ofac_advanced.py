"""OFAC advanced XML (sdn_advanced.xsd): SDN_ADVANCED.XML and CONS_ADVANCED.XML, root ``Sanctions``.

A normalised format: every type, country, list and program is an ID into ``ReferenceValueSets``.
The reader streams the top-level sections with ``iterparse`` and resolves IDs at the end:

- ``DistinctParty/Profile``: ``PartySubTypeID`` (Vessel / Aircraft, else its ``PartyType``:
  Individual / Entity) -> entity type; ``Identity/Alias`` (``AliasTypeID`` Name / A.K.A. / F.K.A. /
  N.K.A.; ``Primary="true"`` is the name, ``LowQuality="true"`` -> ``weak``) with
  ``DocumentedName/DocumentedNamePart/NamePartValue`` joined per ``NamePartGroups`` type: persons as
  ``"LAST, Given names"`` like SDN.CSV, other parties in part order. A documented name whose
  ``ScriptID`` is not Latin becomes an ``original_script`` alias.
- ``Feature``: Birthdate / Organization Established Date (``DatePeriod``) -> birth_dates;
  Location -> address; Nationality / Citizenship / Vessel Flag -> countries; anything with a text
  value is read as a remarks clause ``"<feature type> <value>"`` (SWIFT/BIC, Website, MMSI ...).
- ``IDRegDocuments`` (by ``IdentityID``): ``"<IDRegDocType> <IDRegistrationNo> (<country>)"``,
  typed like remarks clauses (``Vessel Registration Identification IMO 1234567`` -> imo).
- ``ProfileRelationships``: From-profile is linked to the To-profile's name (when in the file).
- ``SanctionsEntries``: list names and ``Program`` measures -> list_name / action / programs, the
  earliest ``EntryEvent`` date -> listed_date. ``DateOfIssue`` is the list date.
- ``DistinctParty/Comment`` -> remarks (raw, also parsed as remarks).

Source: ``ofac_sdn`` when every party is on the "SDN List", else ``ofac_cons`` (the consolidated
file also holds a few parties listed on both). Per-party list and action: :mod:`ofac_labels`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, entries_frame, read_head
from screening.lists.ofac_advanced_parts import Party, Refs, parse_party, ymd
from screening.lists.ofac_common import PUBLISHER, OfacAddress
from screening.lists.ofac_labels import NON_SDN_DEFAULT, advanced_list
from screening.lists.ofac_remarks import parse_clauses

_POSITION = re.compile(r": line \d+, column \d+$")

__all__ = ["FORMATS", "read_ofac_advanced"]

_ROOT = "Sanctions"
_SDN_LIST = "SDN List"
_LOCATION_PARTS = (
    "ADDRESS1",
    "ADDRESS2",
    "ADDRESS3",
    "CITY",
    "STATE/PROVINCE",
    "POSTAL CODE",
    "REGION",
    "Unknown",
)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


class _Reader:
    """State of one streaming pass: the sections, kept until every ID can be resolved."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.refs = Refs(path)
        self.list_date: str | None = None
        self.locations: dict[str, ET.Element] = {}
        self.docs: dict[str, list[ET.Element]] = defaultdict(list)
        self.parties: list[Party] = []
        self.relations: list[tuple[str, str]] = []
        self.sanctions: dict[str, list[ET.Element]] = defaultdict(list)

    def element(self, tag: str, el: ET.Element) -> bool:
        """Take a finished element; True when it was kept or consumed (may be cleared)."""
        if tag == "ReferenceValueSets":
            self.refs.load(el)
        elif tag == "DateOfIssue":
            self.list_date = ymd(el)
        elif tag == "Location":
            self.locations[el.get("ID", "")] = el
            return False
        elif tag == "IDRegDocument":
            self.docs[el.get("IdentityID", "")].append(el)
            return False
        elif tag == "DistinctParty":
            self.parties.append(parse_party(el, self.refs, len(self.parties) + 1))
        elif tag == "ProfileRelationship":
            self.relations.append((el.get("From-ProfileID", ""), el.get("To-ProfileID", "")))
        elif tag == "SanctionsEntry":
            self.sanctions[el.get("ProfileID", "")].append(el)
            return False
        else:
            return False
        return True

    def location(self, location_id: str, party: Party) -> ET.Element:
        """A ``Location`` a party's feature refers to; a dangling reference is an error."""
        loc = self.locations.get(location_id)
        if loc is None:
            raise ListDataError(
                self.path,
                f"LocationID {location_id!r} is not in <Locations>",
                where=f"DistinctParty {party.entry.ofac_id}",
            )
        self.refs.where = f"Location {location_id}"
        return loc

    def address(self, loc: ET.Element) -> OfacAddress | None:
        parts: dict[str, str] = {}
        for part in loc.iter():
            if _local(part.tag) == "LocationPart":
                kind = self.refs.text("LocPartType", part.get("LocPartTypeID"))
                value = next((v.text for v in part.iter() if _local(v.tag) == "Value"), None)
                if value:
                    parts[kind] = value.strip()
        countries = self.location_countries(loc)
        code = countries[0] if countries else None
        name = self.refs.country_name(code) if code else None
        ordered = tuple(parts[k] for k in _LOCATION_PARTS if k in parts)
        return OfacAddress(ordered, parts.get("CITY"), name, code if code != name else None)

    def location_countries(self, loc: ET.Element) -> list[str]:
        names = []
        for sub in loc.iter():
            if _local(sub.tag) == "LocationCountry":
                names.append(self.refs.country(sub.get("CountryID")))
            elif _local(sub.tag) == "LocationAreaCode":
                names.append(self.refs.area_country(sub.get("AreaCodeID")))
        return [n for n in names if n]


def _finish(reader: _Reader) -> LoadedList:
    refs, path = reader.refs, reader.path
    names = {p.profile_id: p.entry.name for p in reader.parties}
    on_lists = {
        pid: [refs.list_name(s) for s in entries] for pid, entries in reader.sanctions.items()
    }
    source = (
        "ofac_sdn"
        if reader.parties
        and all(_SDN_LIST in on_lists.get(p.profile_id, []) for p in reader.parties)
        else "ofac_cons"
    )
    for party in reader.parties:
        entry = party.entry
        entry.source = source
        for entry_el in reader.sanctions.get(party.profile_id, []):
            programs, dates = refs.sanctions_entry(entry_el)
            entry.programs.extend(programs)
            entry.facts.listed_dates.extend(dates)
        default = ("OFAC SDN", "block") if source == "ofac_sdn" else NON_SDN_DEFAULT
        entry.list_name, entry.action = advanced_list(on_lists.get(party.profile_id, [])) or default
        entry.listed_date = min(entry.facts.listed_dates, default=None)
        for identity in party.identity_ids:
            clauses = [refs.id_doc_clause(doc) for doc in reader.docs.get(identity, [])]
            entry.facts.identifiers.extend(parse_clauses(clauses).identifiers)
        for loc_id in party.address_locations:
            if (address := reader.address(reader.location(loc_id, party))) is not None:
                entry.addresses.append(address)
        for loc_id in party.country_locations:
            entry.countries.extend(reader.location_countries(reader.location(loc_id, party)))
    by_profile = {p.profile_id: p.entry for p in reader.parties}
    for from_id, to_id in reader.relations:
        if from_id in by_profile and to_id in names:
            by_profile[from_id].facts.linked_to.append(names[to_id])
    frame = entries_frame((p.entry.row() for p in reader.parties), path=path)
    return LoadedList(
        frame, "ofac_advanced", PUBLISHER, reader.list_date, (path,), len(reader.parties)
    )


def read_ofac_advanced(path: Path) -> LoadedList:
    """Read SDN_ADVANCED.XML or CONS_ADVANCED.XML into the canonical frame."""
    read_head(path)
    reader = _Reader(path)
    depth = 0
    try:
        for event, el in ET.iterparse(path, events=("start", "end")):
            tag = _local(el.tag)
            if event == "start":
                if depth == 0 and tag != _ROOT:
                    raise ListDataError(path, f"root element is <{tag}>; expected <{_ROOT}>")
                depth += 1
                continue
            depth -= 1
            if reader.element(tag, el):
                el.clear()
    except ET.ParseError as exc:
        line, col = exc.position
        raise ListDataError(
            path,
            f"broken XML (truncated download?): {_POSITION.sub('', exc.msg)}",
            where=f"line {line}, col {col}",
        ) from exc
    return _finish(reader)


def _sniff(path: Path, head: bytes) -> bool:
    return b"<Sanctions" in head and (
        b"sdn_advanced" in head or b"DistinctParties" in head or b"ReferenceValueSets" in head
    )


FORMATS: tuple[ListFormat, ...] = (
    ListFormat(
        "ofac_advanced",
        PUBLISHER,
        "OFAC advanced XML: SDN_ADVANCED.XML or CONS_ADVANCED.XML (sdn_advanced.xsd)",
        read_ofac_advanced,
        _sniff,
        (".xml",),
    ),
)
