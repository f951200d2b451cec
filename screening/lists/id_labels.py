"""Typed identifiers from the labels publishers use ("Tax ID No.", "Numéro de passeport" ...).

One vocabulary for every reader: matching compares :data:`screening.schema.IDENTIFIER_TYPES`,
whatever words a list uses. :func:`identifier_type` looks a label up in :data:`ID_LABELS` (OFAC's
labels, exact but case-insensitive: OFAC's three formats and trade.gov's CSL, which copies them,
share it), then by keyword, most specific rule first; anything not recognised is ``other``. The
label itself always travels along in ``label``. :func:`typed` adds the value's say: ``IMO
1234567`` is an IMO number whatever the label, and a label meaning IMO ("Vessel Registration
Identification") with any other value is a national ship register number (``registration``).
:func:`identifier` builds the ``IDENTIFIER`` struct as a dict.

Judgements in the table: aircraft serial, construction and Mode S numbers are not tail numbers
(``other``); Peru's "LE Number" (Libreta Electoral) and OFAC's "Serial No." (of a Kenyan ID card)
are personal documents (``national_id``), not company registers.
"""

from __future__ import annotations

import re

from screening.schema import IDENTIFIER_TYPES

__all__ = ["ID_LABELS", "identifier", "identifier_type", "typed"]

# fmt: off
_BY_TYPE: dict[str, tuple[str, ...]] = {
    "passport": (
        "Passport", "Diplomatic Passport", "Passport Booklet", "Travel Document Number",
        "Passport No.",
    ),
    "national_id": (
        "National ID No.", "Cedula No.", "C.U.R.P.", "C.U.R.P. #", "CURP #", "D.N.I.", "DNI",
        "Identification Number", "Personal ID Card", "Electoral Registry No.",
        "Credencial electoral", "I.F.E.", "C.U.I.", "C.U.I.P.", "SSN", "National Foreign ID Number",
        "Residency Number", "Kenyan ID No.", "Turkish Identification Number", "Numero de Identidad",
        "Citizen's Card Number", "Tazkira National ID Card", "UAE Identification",
        "Birth Certificate Number", "Cartilla de Servicio Militar Nacional",
        "Military Registration Number", "Refugee ID Card", "Immigration No.",
        "Moroccan Personal ID No.", "Stateless Person ID Card", "Alien Registration", "LE Number",
        "Serial No.",
    ),
    "registration": (
        "Registration Number", "Registration ID", "Business Registration Number",
        "Business Registration Document #", "Company Number", "UK Company Number",
        "Commercial Registry Number", "Government Gazette Number", "Public Registration Number",
        "Folio Mercantil No.", "Matricula Mercantil No", "Matricula Mercantil No.",
        "Chamber of Commerce Number", "C.R. No.", "Trade License No.",
        "Central Registration System Number", "Economic Register Number (CBLS)",
        "Enterprise Number", "Istanbul Chamber of Comm. No.",
        "Dubai Chamber of Commerce Membership No.", "Registered Charity No.", "Business Number",
        "Branch Unit Number", "Certificate of Incorporation Number", "License", "Permit Number",
        "Romanian C.R.", "Organization Code", "File Number", "SRE Permit No.",
        "Afghan Money Service Provider License Number", "Company ID No.",
    ),
    "tax_id": (
        "Tax ID No.", "R.F.C.", "R.F.C. #", "RFC", "V.A.T. Number", "US FEIN",
        "Italian Fiscal Code", "NIT #", "RUC #", "RIF #", "C.U.I.T.", "C.I.F.", "RTN",
        "Romanian Tax Registration", "Numero Unico de Identificacao Tributaria (NUIT)",
        "Paraguayan tax identification number", "Kyrgyzstan Tax Identification Number", "N.I.F.",
        "CUIT",
    ),
    "phone": ("Phone Number", "Telephone", "Telephone No.", "Phone", "Fax", "Fax No."),
    "other": (
        "Aircraft Manufacturer's Serial Number (MSN)",
        "Aircraft Construction Number (also called L/N or S/N or F/N)",
        "Aircraft Serial Identification", "Aircraft Mode S Transponder Code", "Equity Ticker",
        "BIK (RU)", "Chinese Commercial Code", "Driver's License No.", "Pilot License Number",
        "VisaNumberID",
    ),
    "uscc": ("Unified Social Credit Code (USCC)", "United Social Credit Code Certificate (USCCC)"),
    "swift_bic": ("SWIFT/BIC",),
    "lei": ("Legal Entity Number",),
    "isin": ("ISIN",),
    "duns": ("D-U-N-S Number",),
    "email": ("Email Address",),
    "website": ("Website",),
    "imo": ("Vessel Registration Identification",),  # "IMO 1234567"; see typed()
    "mmsi": ("MMSI",),
    "call_sign": ("Vessel Call Sign", "Other Vessel Call Sign", "Call Sign"),
    "aircraft_tail": ("Aircraft Tail Number",),
}
# fmt: on
ID_LABELS: dict[str, str] = {label: kind for kind, labels in _BY_TYPE.items() for label in labels}
"""OFAC identifier label (remarks clause prefix, XML ``idType`` / ``IDRegDocType`` / feature name;
matched case-insensitively) -> ``schema.IDENTIFIER_TYPES`` value."""
_EXACT = {label.lower(): kind for label, kind in ID_LABELS.items()}

# (pattern, type): for labels not in ID_LABELS, the first pattern found in the lower-cased label.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"(?:unified|united) social credit|\busccc?\b", "uscc"),
        (r"\bimo\b", "imo"),
        (r"\bmmsi\b", "mmsi"),
        (r"call ?sign", "call_sign"),
        (r"tail number|aircraft registration", "aircraft_tail"),
        (r"swift|\bbic\b", "swift_bic"),
        (r"\blei\b|legal entity (?:number|identifier)", "lei"),
        (r"\bisin\b", "isin"),
        (r"\bduns\b|d-u-n-s", "duns"),
        (r"e-?mail", "email"),
        (r"website|web site|\burl\b|^web$", "website"),
        (r"phone|\bfax\b", "phone"),
        (r"passport|passeport|pasaporte|travel document", "passport"),
        (
            r"tax|fiscal|tribut|\bvat\b|v\.a\.t|\binn\b|\bnit\b|r\.?f\.?c\b|\bfein\b|\bc\.?u\.?i\.?t\b|"
            r"\bruc\b|\brif\b|\bkpp\b|\bcnpj\b|\bn\.i\.f\b|\bc\.i\.f\b",
            "tax_id",
        ),
        (r"vessel regist|company (?:id|number|no)", "registration"),
        (
            r"national (?:id|identi)|identity|identification|\bid (?:no|number|card)|"
            r"personal (?:id|number)|cedula|c[eé]dula|\bd\.?n\.?i\b|\bc\.?u\.?r\.?p|social security|"
            r"\bssn\b|national number|citizen|residen|electoral|\bnrn\b|\bnic\b|tazkira",
            "national_id",
        ),
        (
            r"regist|incorporation|c\.r\. no|commercial reg|\bogrn\b|\bcharity\b|"
            r"chamber of comm|business licen[cs]e|trade licen[cs]e|mercantil",
            "registration",
        ),
    )
)
_IMO_VALUE = re.compile(r"\bIMO\s*(\d{7})\b", re.IGNORECASE)
_IMO_PREFIX = re.compile(r"^IMO[\s:.]*", re.IGNORECASE)
_SEVEN_DIGITS = re.compile(r"\d{7}")


def identifier_type(label: str | None) -> str:
    """The ``IDENTIFIER_TYPES`` value for a publisher's label (``"other"`` when unknown)."""
    text = " ".join((label or "").split()).lower()
    if (kind := _EXACT.get(text)) is not None:
        return kind
    for pattern, kind in _RULES:
        if pattern.search(text):
            return kind
    return "other"


def typed(label: str | None, value: str) -> tuple[str, str]:
    """``(type, value)`` of one labelled value: the label's type, unless the value says IMO.

    ``IMO 1234567`` -> ``("imo", "1234567")`` under any label; an IMO label with anything but a
    bare 7-digit number (``RS 150443``) -> ``registration``, the vessel's national register.
    """
    if m := _IMO_VALUE.search(value):
        return "imo", m[1]
    kind = identifier_type(label)
    if kind == "imo" and not _SEVEN_DIGITS.fullmatch(value.strip()):
        return "registration", value
    return kind, value


def identifier(
    kind: str, value: str, *, country: str | None = None, label: str | None = None
) -> dict[str, str | None]:
    """An ``IDENTIFIER`` struct as a dict; ``kind`` must be one of ``IDENTIFIER_TYPES``.

    IMO numbers lose an ``IMO`` prefix, so ``IMO9123456`` and ``9123456`` compare equal.
    """
    if kind not in IDENTIFIER_TYPES:  # a reader bug, not user input
        raise ValueError(f"unknown identifier type {kind!r}")
    value = value.strip()
    if kind == "imo":
        value = _IMO_PREFIX.sub("", value).strip(" :.")
    return {"type": kind, "value": value, "country": country, "label": label}
