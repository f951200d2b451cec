"""Typed identifiers from the labels publishers use ("Tax ID No.", "Numéro de passeport" ...).

Each source labels its identifiers in its own words; matching needs one vocabulary
(:data:`screening.schema.IDENTIFIER_TYPES`). :func:`identifier_type` maps a label by keyword, most
specific rule first; the label itself always travels along in ``label``. Anything not recognised
is ``other``. :func:`identifier` builds the ``IDENTIFIER`` struct as a dict.
"""

from __future__ import annotations

import re

from screening.schema import IDENTIFIER_TYPES

# (pattern, type): the first pattern found in the lower-cased label wins.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"unified social credit|\buscc\b", "uscc"),
        (r"\bimo\b", "imo"),
        (r"\bmmsi\b", "mmsi"),
        (r"call ?sign", "call_sign"),
        (r"aircraft|tail number|manufacturer.?s serial", "aircraft_tail"),
        (r"swift|\bbic\b", "swift_bic"),
        (r"\blei\b|legal entity (?:number|identifier)", "lei"),
        (r"\bisin\b", "isin"),
        (r"\bduns\b|d-u-n-s", "duns"),
        (r"e-?mail", "email"),
        (r"website|web site|\burl\b|^web$", "website"),
        (r"phone|\bfax\b", "phone"),
        (r"passport|passeport|pasaporte|travel document", "passport"),
        (
            r"tax|fiscal|\bvat\b|v\.a\.t|\binn\b|\bnit\b|r\.?f\.?c\b|\bfein\b|c\.u\.i\.t|"
            r"\bruc\b|\bkpp\b|\bcnpj\b",
            "tax_id",
        ),
        (
            r"national (?:id|identi)|identity|identification|\bid (?:no|number|card)|"
            r"personal (?:id|number)|cedula|c[eé]dula|d\.n\.i|c\.u\.r\.p|social security|\bssn\b|"
            r"national number|citizen|residen|electoral|\bnrn\b|\bnic\b|tazkira",
            "national_id",
        ),
        (
            r"regist|company (?:number|no)|incorporation|c\.r\. no|commercial reg|\bogrn\b|"
            r"\bcharity\b|chamber of commerce|business licen[cs]e|trade licen[cs]e",
            "registration",
        ),
    )
)


def identifier_type(label: str | None) -> str:
    """The ``IDENTIFIER_TYPES`` value for a publisher's label (``"other"`` when unknown)."""
    text = (label or "").strip().lower()
    for pattern, kind in _RULES:
        if pattern.search(text):
            return kind
    return "other"


def identifier(
    kind: str, value: str, *, country: str | None = None, label: str | None = None
) -> dict[str, str | None]:
    """An ``IDENTIFIER`` struct as a dict; ``kind`` must be one of ``IDENTIFIER_TYPES``."""
    if kind not in IDENTIFIER_TYPES:  # a reader bug, not user input
        raise ValueError(f"unknown identifier type {kind!r}")
    return {"type": kind, "value": value.strip(), "country": country, "label": label}
