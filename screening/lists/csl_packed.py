"""The US CSL CSV's packed cells: ``"; "``-joined lists, addresses and ids as strings.

An address is ``"street, city, state, postal, CC"`` with empty parts left out, so only the last
part can be placed (the country, when it is a code or a country name). An id is
``"type, number, country, issue date, expiration date"``; OFAC also puts facts in ``ids``
("Target Type, Public Company", "Secondary sanctions risk:, <text with commas>"), whose text is
kept whole. The JSON API has the same data as objects; its readers reuse these parsers only for
values given as strings.
"""

from __future__ import annotations

import re

from screening.countries import to_iso2

ALIAS_LABELS = frozenset({"issuer name"})
COUNTRY_LABELS = frozenset({"nationality of registration", "nationality country"})
FACT_LABELS = re.compile(
    r"^(?:target type|listing date|effective date|purchase/sales|executive order|secondary "
    r"sanctions|additional sanctions|gender|organization (?:established|type)|transactions "
    r"prohibited|caatsa|ifca)",
    re.IGNORECASE,
)
_ISO2 = re.compile(r"[A-Z]{2}")


def split_packed(text: str | None) -> list[str]:
    """A ``"; "``-joined CSV cell as its non-empty parts."""
    return [p.strip() for p in (text or "").split("; ") if p.strip()]


def packed_address(text: str) -> dict[str, str]:
    """``"street, city, state, postal, CC"`` (empty parts dropped) -> address dict."""
    parts = [p.strip() for p in text.split(",")]
    tail = parts[-1] if parts else ""
    country = tail if (_ISO2.fullmatch(tail) or len(tail) > 2) and to_iso2(tail) else ""
    return {"address": text.strip(), "country": country}


def packed_id(text: str) -> dict[str, str]:
    """``"type, number, country, issue date, expiration date"`` -> id dict (facts keep all text)."""
    label, _, rest = text.partition(",")
    parts = [p.strip() for p in rest.split(",")]
    if FACT_LABELS.match(label.strip()) or label.strip().lower() in ALIAS_LABELS:
        return {"type": label.strip(), "number": rest.strip()}
    out = {"type": label.strip(), "number": parts[0] if parts else ""}
    for part in parts[1:]:
        if "country" not in out and _ISO2.fullmatch(part):
            out["country"] = part
        elif "issue_date" not in out:
            out["issue_date"] = part
        else:
            out["expiration_date"] = part
    return out
