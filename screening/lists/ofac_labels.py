"""OFAC's vocabulary: identifier labels, entity types, programs and lists, and what each means here.

One table per question, shared by the CSV, classic-XML and advanced-XML readers so the same OFAC
entry comes out the same whichever format it was read from.

Actions (``block`` / ``review``) for the non-SDN lists, a judgement documented here:

- SDN List: ``block`` (property blocked, all dealings prohibited).
- FSE (Foreign Sanctions Evaders, programs ``FSE-*``): ``block`` - US persons may not engage in
  any transaction or dealing with an FSE, though property is not blocked.
- NS-CMIC (``CMIC-*``): ``review`` - a ban on buying publicly traded securities, not on trade.
- SSI (``UKRAINE-EO13662``): ``review`` - only new debt/equity dealings under the directives.
- NS-PLC, CAPTA (``561-Related``), NS-MBS (``NS-ISA`` / menu-based): ``review`` - restrictions on
  particular kinds of dealing (correspondent accounts, chosen menu measures), not a full ban.
- Anything else on the consolidated (non-SDN) list: ``review``.
"""

from __future__ import annotations

import re

__all__ = [
    "COUNTRY_NAMES",
    "CSV_ENTITY_TYPES",
    "ID_LABELS",
    "MONTHS",
    "NON_SDN_DEFAULT",
    "XML_ENTITY_TYPES",
    "advanced_list",
    "is_non_sdn_only",
    "non_sdn_list",
    "split_programs",
]

MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}

COUNTRY_NAMES = {
    "palestinian": "PS",  # OFAC's word for the Palestinian territories (addresses, nationality)
    "north macedonia, the republic of": "MK",
    "man, isle of": "IM",
}
"""OFAC country spellings ``screening.countries`` does not know (tried after it, lower-cased)."""

CSV_ENTITY_TYPES: dict[str | None, str] = {
    None: "organization",  # SDN.CSV writes -0- (null) for entities
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}
XML_ENTITY_TYPES = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}

_PASSPORT = (
    "Passport",
    "Diplomatic Passport",
    "Passport Booklet",
    "Travel Document Number",
    "Passport No.",
)
_NATIONAL_ID = (
    "National ID No.",
    "Cedula No.",
    "C.U.R.P.",
    "C.U.R.P. #",
    "CURP #",
    "D.N.I.",
    "DNI",
    "Identification Number",
    "Personal ID Card",
    "Electoral Registry No.",
    "Credencial electoral",
    "I.F.E.",
    "C.U.I.",
    "C.U.I.P.",
    "SSN",
    "National Foreign ID Number",
    "Residency Number",
    "Kenyan ID No.",
    "Turkish Identification Number",
    "Numero de Identidad",
    "Citizen's Card Number",
    "Tazkira National ID Card",
    "UAE Identification",
    "Birth Certificate Number",
    "Cartilla de Servicio Militar Nacional",
    "Military Registration Number",
    "Refugee ID Card",
    "Immigration No.",
    "Moroccan Personal ID No.",
    "Stateless Person ID Card",
    "Alien Registration",
)
_REGISTRATION = (
    "Registration Number",
    "Registration ID",
    "Business Registration Number",
    "Business Registration Document #",
    "Company Number",
    "UK Company Number",
    "Commercial Registry Number",
    "Government Gazette Number",
    "Public Registration Number",
    "Folio Mercantil No.",
    "Matricula Mercantil No",
    "Matricula Mercantil No.",
    "Chamber of Commerce Number",
    "C.R. No.",
    "Trade License No.",
    "Central Registration System Number",
    "Economic Register Number (CBLS)",
    "Enterprise Number",
    "Istanbul Chamber of Comm. No.",
    "Dubai Chamber of Commerce Membership No.",
    "Registered Charity No.",
    "Business Number",
    "Branch Unit Number",
    "Certificate of Incorporation Number",
    "License",
    "Permit Number",
    "LE Number",
    "Romanian C.R.",
    "Organization Code",
    "File Number",
    "SRE Permit No.",
    "Afghan Money Service Provider License Number",
    "Serial No.",
    "Company ID No.",
)
_TAX_ID = (
    "Tax ID No.",
    "R.F.C.",
    "R.F.C. #",
    "RFC",
    "V.A.T. Number",
    "US FEIN",
    "Italian Fiscal Code",
    "NIT #",
    "RUC #",
    "RIF #",
    "C.U.I.T.",
    "C.I.F.",
    "RTN",
    "Romanian Tax Registration",
    "Numero Unico de Identificacao Tributaria (NUIT)",
    "Paraguayan tax identification number",
    "Kyrgyzstan Tax Identification Number",
    "N.I.F.",
    "CUIT",
)
_PHONE = ("Phone Number", "Telephone", "Telephone No.", "Phone", "Fax", "Fax No.")
_OTHER = (
    "Aircraft Manufacturer's Serial Number (MSN)",
    "Aircraft Construction Number (also called L/N or S/N or F/N)",
    "Aircraft Serial Identification",
    "Aircraft Mode S Transponder Code",
    "Equity Ticker",
    "BIK (RU)",
    "Chinese Commercial Code",
    "Driver's License No.",
    "Pilot License Number",
    "VisaNumberID",
)
ID_LABELS: dict[str, str] = {
    **dict.fromkeys(_PASSPORT, "passport"),
    **dict.fromkeys(_NATIONAL_ID, "national_id"),
    **dict.fromkeys(_REGISTRATION, "registration"),
    **dict.fromkeys(_TAX_ID, "tax_id"),
    **dict.fromkeys(_PHONE, "phone"),
    **dict.fromkeys(_OTHER, "other"),
    "Unified Social Credit Code (USCC)": "uscc",
    "United Social Credit Code Certificate (USCCC)": "uscc",
    "SWIFT/BIC": "swift_bic",
    "Legal Entity Number": "lei",
    "ISIN": "isin",
    "D-U-N-S Number": "duns",
    "Email Address": "email",
    "Website": "website",
    "Vessel Registration Identification": "imo",  # "IMO 1234567"; other registers -> registration
    "MMSI": "mmsi",
    "Vessel Call Sign": "call_sign",
    "Other Vessel Call Sign": "call_sign",
    "Call Sign": "call_sign",
    "Aircraft Tail Number": "aircraft_tail",
}
"""OFAC identifier label (remarks clause prefix, XML ``idType`` / ``IDRegDocType`` / feature name,
matched case-insensitively) -> ``schema.IDENTIFIER_TYPES`` value."""

NON_SDN_DEFAULT = ("OFAC Consolidated (non-SDN)", "review")

# (program pattern, list name, action), first match wins: most specific list first.
_NON_SDN_RULES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^CMIC-"), "OFAC NS-CMIC", "review"),
    (re.compile(r"^NS-PLC$"), "OFAC NS-PLC", "review"),
    (re.compile(r"^FSE-"), "OFAC FSE", "block"),
    (re.compile(r"^561-Related$"), "OFAC CAPTA", "review"),
    (re.compile(r"^UKRAINE-EO13662$"), "OFAC SSI", "review"),
    (re.compile(r"^NS-(?:ISA|MBS)"), "OFAC NS-MBS", "review"),
)
_NON_SDN_ONLY = re.compile(r"^(?:NS-|CMIC-|FSE-|561-Related$)")

# Advanced XML list names (ListValues) -> (short name, action); "Consolidated List" is the
# umbrella every non-SDN party is also on and names nothing by itself.
_ADVANCED_LISTS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^SDN List$", re.I), "OFAC SDN", "block"),
    (re.compile(r"FSE|Foreign Sanctions Evaders", re.I), "OFAC FSE", "block"),
    (re.compile(r"Military-Industrial|CMIC", re.I), "OFAC NS-CMIC", "review"),
    (re.compile(r"Palestinian Legislative", re.I), "OFAC NS-PLC", "review"),
    (re.compile(r"CAPTA|561", re.I), "OFAC CAPTA", "review"),
    (re.compile(r"Sectoral Sanctions", re.I), "OFAC SSI", "review"),
    (re.compile(r"Menu-Based|Iran Sanctions Act", re.I), "OFAC NS-MBS", "review"),
)
UMBRELLA_LIST = "Consolidated List"


def split_programs(text: str | None) -> list[str]:
    """``"SDGT] [IFSR"`` -> ``["SDGT", "IFSR"]`` (CSV Program column; brackets are separators)."""
    if not text:
        return []
    return [p.strip(" []") for p in text.split("] [") if p.strip(" []")]


def is_non_sdn_only(programs: list[str]) -> bool:
    """True when every program is one only the non-SDN lists use (NS-*, CMIC-*, FSE-*, 561)."""
    return bool(programs) and all(_NON_SDN_ONLY.match(p) for p in programs)


def non_sdn_list(programs: list[str]) -> tuple[str, str]:
    """(list name, action) of a consolidated (non-SDN) entry, judged from its programs."""
    for pattern, name, action in _NON_SDN_RULES:
        if any(pattern.match(p) for p in programs):
            return name, action
    return NON_SDN_DEFAULT


def advanced_list(list_names: list[str]) -> tuple[str, str] | None:
    """(list name, action) for a party on the named advanced-XML lists; None for none known.

    The SDN List wins (it explains ``block``); otherwise the first specific non-SDN list.
    """
    named = [n for n in list_names if n != UMBRELLA_LIST]
    for pattern, short, action in _ADVANCED_LISTS:
        if any(pattern.search(n) for n in named):
            return short, action
    if named:
        return f"OFAC {named[0]}", "review"
    return None
