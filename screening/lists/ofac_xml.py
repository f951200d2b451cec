"""OFAC classic XML (SDN.XML / CONSOLIDATED.XML, schema sdn.xsd): root ``sdnList``.

Streams ``sdnEntry`` elements with ``iterparse`` (any namespace: OFAC has used
``http://tempuri.org/sdnList.xsd`` and the Sanctions List Service one). Per entry: ``uid``,
``lastName`` [+ ``firstName``] -> ``"LAST, First"`` as SDN.CSV writes it, ``sdnType``,
``programList``, ``akaList`` (category ``weak`` -> quality ``weak``, else the type a.k.a. / f.k.a. /
n.k.a. -> aka / fka / nka, as ALT.CSV), ``idList`` (each ``idType idNumber (idCountry)`` is read as
a remarks clause, so identifiers are typed exactly like the CSV's), ``addressList``,
``nationalityList`` / ``citizenshipList``, ``dateOfBirthList``, ``vesselInfo`` (call sign, flag,
owner -> linked_to) and ``remarks`` (raw; ``(Linked To: X)`` parsed). ``Publish_Date`` (MM/DD/YYYY)
is the list date; ``Record_Count``, when given, must equal the entries read.

SDN or consolidated: the file does not say. Rule: it is the consolidated (non-SDN) file when some
entry has only programs that exist solely on non-SDN lists (NS-*, CMIC-*, FSE-*, 561-Related);
an SDN.XML has none (its few NS-PLC entries also carry SDGT). A consolidated file holding only
SSI or menu-based entries would be read as SDN - the strict side (``block``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, entries_frame, read_head
from screening.lists.dates import iso_date
from screening.lists.ofac_common import PUBLISHER, OfacAddress, OfacEntry
from screening.lists.ofac_labels import XML_ENTITY_TYPES, is_non_sdn_only, non_sdn_list
from screening.lists.ofac_remarks import Identifier, ofac_dates, parse_clauses, parse_remarks

_POSITION = re.compile(r": line \d+, column \d+$")

__all__ = ["FORMATS", "read_ofac_xml"]

_ROOT = "sdnList"
_ADDRESS_PARTS = (
    "address1",
    "address2",
    "address3",
    "city",
    "stateOrProvince",
    "postalCode",
    "region",
)
_AKA_TYPES = {"a.k.a.": "aka", "f.k.a.": "fka", "n.k.a.": "nka"}


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _text(el: ET.Element, child: str) -> str | None:
    for sub in el:
        if _local(sub.tag) == child:
            value = (sub.text or "").strip()
            return value or None
    return None


def _children(el: ET.Element, child: str) -> list[ET.Element]:
    return [sub for sub in el if _local(sub.tag) == child]


def _items(el: ET.Element, list_tag: str) -> list[ET.Element]:
    """The items of a ``...List`` child (``akaList/aka`` ...), whatever their tag."""
    return [item for lst in _children(el, list_tag) for item in lst]


def _name(el: ET.Element) -> str | None:
    last, first = _text(el, "lastName"), _text(el, "firstName")
    return f"{last}, {first}" if last and first else last or first


def _entry(el: ET.Element, where: str, path: Path) -> OfacEntry:
    uid, name, sdn_type = _text(el, "uid"), _name(el), _text(el, "sdnType")
    if not uid or not name:
        raise ListDataError(path, "sdnEntry without uid or lastName", where=where)
    entity_type = XML_ENTITY_TYPES.get((sdn_type or "").lower())
    if entity_type is None:
        raise ListDataError(path, f"unknown sdnType {sdn_type!r} in entry {uid}", where=where)
    programs = [p.text.strip() for p in _items(el, "programList") if p.text and p.text.strip()]
    entry = OfacEntry("", uid, entity_type, name, programs, "", "")
    entry.aliases = _aliases(el)
    entry.remarks = _text(el, "remarks")
    entry.facts = parse_clauses(_id_clauses(el))
    entry.facts.absorb(parse_remarks(entry.remarks))
    for addr in _items(el, "addressList"):
        parts = tuple(p for t in _ADDRESS_PARTS if (p := _text(addr, t)))
        entry.addresses.append(OfacAddress(parts, _text(addr, "city"), _text(addr, "country")))
    for tag in ("nationalityList", "citizenshipList"):
        entry.countries.extend(c for n in _items(el, tag) if (c := _text(n, "country")))
    for dob in _items(el, "dateOfBirthList"):
        entry.facts.birth_dates.extend(ofac_dates(_text(dob, "dateOfBirth") or ""))
    for vessel in _children(el, "vesselInfo"):
        if call_sign := _text(vessel, "callSign"):
            entry.facts.identifiers.append(Identifier("call_sign", call_sign, None, "callSign"))
        if flag := _text(vessel, "vesselFlag"):
            entry.countries.append(flag)
        if owner := _text(vessel, "vesselOwner"):
            entry.facts.linked_to.append(owner)
    return entry


def _aliases(el: ET.Element) -> list[tuple[str, str]]:
    """(name, quality): ``weak`` for category weak, else aka / fka / nka by type."""
    out = []
    for aka in _items(el, "akaList"):
        if alias := _name(aka):
            weak = (_text(aka, "category") or "").lower() == "weak"
            kind = _AKA_TYPES.get((_text(aka, "type") or "a.k.a.").lower(), "aka")
            out.append((alias, "weak" if weak else kind))
    return out


def _id_clauses(el: ET.Element) -> list[str]:
    """Each ``id`` as the remarks clause SDN.CSV would hold: ``idType idNumber (idCountry)``."""
    clauses = []
    for ident in _items(el, "idList"):
        label, number = _text(ident, "idType"), _text(ident, "idNumber")
        country = _text(ident, "idCountry")
        if label and number:
            clauses.append(f"{label} {number}" + (f" ({country})" if country else ""))
    return clauses


def _sniff(path: Path, head: bytes) -> bool:
    return b"<sdnList" in head[:4096] or b":sdnList" in head[:4096]


def read_ofac_xml(path: Path) -> LoadedList:
    """Read SDN.XML or CONSOLIDATED.XML into the canonical frame."""
    read_head(path)
    entries: list[OfacEntry] = []
    publish_date = record_count = None
    root_seen = False
    try:
        for event, el in ET.iterparse(path, events=("start", "end")):
            tag = _local(el.tag)
            if event == "start":
                if not root_seen and tag != _ROOT:
                    raise ListDataError(
                        path, f"root element is <{tag}>; expected <{_ROOT}> (OFAC classic XML)"
                    )
                root_seen = True
                continue
            if tag == "sdnEntry":
                entries.append(_entry(el, f"sdnEntry {len(entries) + 1}", path))
                el.clear()
            elif tag == "Publish_Date":
                publish_date = iso_date(el.text, slash_order="mdy")  # "03/28/2025"
            elif tag == "Record_Count":
                record_count = (el.text or "").strip()
    except ET.ParseError as exc:
        line, col = exc.position
        raise ListDataError(
            path,
            f"broken XML (truncated download?): {_POSITION.sub('', exc.msg)}",
            where=f"line {line}, col {col}",
        ) from exc
    if record_count and record_count.isdigit() and int(record_count) != len(entries):
        raise ListDataError(
            path, f"Record_Count says {record_count} entries but the file has {len(entries)}"
        )
    source = "ofac_cons" if any(is_non_sdn_only(e.programs) for e in entries) else "ofac_sdn"
    for entry in entries:
        entry.source = source
        entry.list_name, entry.action = (
            ("OFAC SDN", "block") if source == "ofac_sdn" else non_sdn_list(entry.programs)
        )
    frame = entries_frame((e.row() for e in entries), path=path)
    return LoadedList(frame, "ofac_xml", PUBLISHER, publish_date, (path,), len(entries))


FORMATS: tuple[ListFormat, ...] = (
    ListFormat(
        "ofac_xml",
        PUBLISHER,
        "OFAC classic XML: SDN.XML or CONSOLIDATED.XML (sdnList)",
        read_ofac_xml,
        _sniff,
        (".xml",),
    ),
)
