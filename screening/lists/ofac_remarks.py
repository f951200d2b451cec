"""OFAC remarks: the identifiers, dates, aliases and links OFAC packs into one text field.

SDN.CSV (and CONS_PRIM.CSV) keep everything that is not a name, type or program in ``Remarks``
as ``"; "``-separated clauses: ``DOB 01 Jan 1960; nationality Iran; Passport A123 (Iran);
Linked To: ACME LTD.; a.k.a. 'ABU X'.`` The XML formats carry the same vocabulary as separate
fields (``idType`` / ``IDRegDocType`` / ``FeatureType`` + value + country); their readers rebuild
the clause text and call :func:`parse_clauses`, so all three formats type identifiers alike.

Rules (each clause is matched by one compiled regex, first match wins):

- ``a.k.a. 'X'`` / ``f.k.a. 'X'`` / ``n.k.a. 'X'``: a *weak* alias. OFAC's data specification:
  weak aliases are not in ALT.CSV but in the remarks, "bracketed by quotation marks"; so every
  remarks alias has quality ``weak`` (they never repeat an ALT.CSV alias, checked on real files).
- ``DOB ...`` (``01 Jan 1960``, ``Jan 1960``, ``1960``, ``circa 1960``, ``1960 to 1962``) and
  ``Organization Established Date ...``: ISO dates, partial allowed. ``circa`` is dropped; a range
  becomes every year in it (at most 10 years, else its two ends), or its two ends within a year.
  Establishment dates go to ``birth_dates`` too: the one "date of origin" column of the schema.
- ``nationality X`` / ``citizen X`` / ``Nationality of Registration X``: a country (raw name).
- ``Linked To: NAME`` (also ``(Linked To: NAME)`` as the XML remarks write it): a related party.
- ``Listing Date (...) DATE``: the date a non-SDN listing took effect (earliest wins).
- ``<label> <value> [(Country)] [issued D] [expires D]`` for a known identifier label (table
  :data:`~screening.lists.id_labels.ID_LABELS`): a typed identifier keeping the label as written. A value ``IMO 1234567`` is an IMO
  number whatever the label (``Vessel Registration Identification``, ``Company Number`` ...).
- Anything else (``Gender``, ``Secondary sanctions risk: ...``) stays only in the raw remarks.

A remarks field cut at OFAC's 1,000-character limit (and no SDN_COMMENTS row to complete it) has
a truncated last clause; ``truncated=True`` drops it rather than parse half a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from screening.lists.dates import iso_date
from screening.lists.id_labels import ID_LABELS, typed

__all__ = ["Identifier", "RemarkFacts", "ofac_dates", "parse_clauses", "parse_remarks"]


@dataclass(frozen=True, slots=True)
class Identifier:
    """One typed identifier; ``country`` is the country name as OFAC writes it."""

    type: str
    value: str
    country: str | None
    label: str


@dataclass(slots=True)
class RemarkFacts:
    """What the clauses say, in clause order (countries as OFAC names them, not yet ISO2)."""

    weak_aliases: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    linked_to: list[str] = field(default_factory=list)
    listed_dates: list[str] = field(default_factory=list)

    def absorb(self, other: RemarkFacts) -> None:
        """Add ``other``'s facts; its identifiers go first (remarks before column fields)."""
        self.weak_aliases.extend(other.weak_aliases)
        self.identifiers[:0] = other.identifiers
        self.birth_dates.extend(other.birth_dates)
        self.countries.extend(other.countries)
        self.linked_to.extend(other.linked_to)
        self.listed_dates.extend(other.listed_dates)


_ALT = r"(?:alt\.\s+)?"
_ALIAS = re.compile(r"^[afn]\.k\.a\.\s*'(?P<name>.+)'$", re.S)
_DOB = re.compile(rf"^{_ALT}(?:DOB|Organization Established Date)\s+(?P<date>.+)$", re.I)
_COUNTRY = re.compile(
    rf"^{_ALT}(?:Nationality of Registration|nationality|citizen)\s+(?:possibly\s+)?(?P<c>.+)$",
    re.I,
)
_LINKED_PAREN = re.compile(r"^\(Linked To:\s*(?P<name>.+)\)$")
_LINKED_PLAIN = re.compile(r"^Linked To:\s*(?P<name>.+)$")
_LISTED = re.compile(r"^Listing Date \([^)]*\):?\s+(?P<date>.+)$")
_CURRENCY = re.compile(rf"^{_ALT}(?P<label>Digital Currency Address - \S+)\s+(?P<v>\S+)$")
_LABELS = "|".join(re.escape(label) for label in sorted(ID_LABELS, key=len, reverse=True))
_ID = re.compile(rf"^{_ALT}(?P<label>{_LABELS}):?\s+(?P<rest>.+)$", re.I)
_ID_TAIL = re.compile(
    r"^(?P<value>.+?)(?:\s+\((?P<country>[^()]+)\))?"
    r"(?:\s+issued\s+(?:by\s+)?[^()]+?)?(?:\s+expires\s+.+)?$"
)
_LOOSE_VALUE = frozenset({"phone", "email", "website"})  # values may hold parentheses
_ABBREV_END = re.compile(r"(?:\b(?:LTD|INC|CO|JR|SR|BHD)|\b[A-Z]\.[A-Z])$", re.I)
_SPLIT = re.compile(r";\s*")
_FIRST_WORD = {
    "a.k.a.": "alias", "f.k.a.": "alias", "n.k.a.": "alias",
    "dob": "date", "organization": "date",
    "nationality": "country", "citizen": "country",
    "linked": "linked", "(linked": "linked",
    "listing": "listed",
    "digital": "currency",
}  # fmt: skip
_RANGE = re.compile(r"^(?P<a>.+?)\s*(?:\bto\b|-)\s*(?P<b>.+)$")
_MAX_RANGE_YEARS = 10


def split_clauses(text: str) -> list[str]:
    """Split remarks on ``;`` keeping quoted aliases whole; the final period is dropped."""
    body = text.strip()
    pieces = [p.strip() for p in _SPLIT.split(body) if p.strip()]
    merged: list[str] = []
    for piece in pieces:
        if merged and _open_quote(merged[-1]):
            merged[-1] = f"{merged[-1]}; {piece}"
        else:
            merged.append(piece)
    if merged and merged[-1].endswith("."):
        last = merged[-1][:-1]
        linked = _LINKED_PLAIN.match(last)
        if not (linked and _ABBREV_END.search(linked["name"])):
            merged[-1] = last
    return merged


def _open_quote(clause: str) -> bool:
    return bool(re.match(r"^[afn]\.k\.a\.\s*'", clause)) and not clause.rstrip(".").endswith("'")


def parse_remarks(text: str | None, *, truncated: bool = False) -> RemarkFacts:
    """Parse one OFAC remarks field (pure: same text, same facts)."""
    if not text:
        return RemarkFacts()
    clauses = split_clauses(text)
    if truncated and clauses:
        clauses = clauses[:-1]
    return parse_clauses(clauses)


def parse_clauses(clauses: Iterable[str]) -> RemarkFacts:
    """Parse already-split clauses (the XML readers rebuild ``label value (Country)`` text)."""
    facts = RemarkFacts()
    for clause in clauses:
        _parse_clause(clause.strip(), facts)
    return facts


def _parse_clause(clause: str, facts: RemarkFacts) -> None:
    body = clause[5:] if clause[:5].lower() == "alt. " else clause
    word = body.split(" ", 1)[0].lower()
    kind = _FIRST_WORD.get(word) or _FIRST_WORD.get(word[:6])  # the one regex that can match
    if kind == "alias" and (m := _ALIAS.match(clause)):
        facts.weak_aliases.append(m["name"].strip())
    elif kind == "date" and (m := _DOB.match(clause)):
        facts.birth_dates.extend(ofac_dates(m["date"]))
    elif kind == "country" and (m := _COUNTRY.match(clause)):
        facts.countries.append(m["c"].strip())
    elif kind == "linked" and (m := _LINKED_PAREN.match(clause) or _LINKED_PLAIN.match(clause)):
        facts.linked_to.append(m["name"].strip())
    elif kind == "listed" and (m := _LISTED.match(clause)):
        facts.listed_dates.extend(ofac_dates(m["date"])[:1])
    elif kind == "currency" and (m := _CURRENCY.match(clause)):
        facts.identifiers.append(Identifier("other", m["v"], None, m["label"]))
    elif m := _ID.match(clause):
        ident = _identifier(m["label"], m["rest"])
        if ident is not None:
            facts.identifiers.append(ident)


def _identifier(label: str, rest: str) -> Identifier | None:
    """Type and split ``rest`` (``value [(Country)] [issued ...] [expires ...]``)."""
    canonical = _canonical_label(label)
    value, country = rest.strip(), None
    if ID_LABELS[canonical] not in _LOOSE_VALUE:
        tail = _ID_TAIL.match(value)
        if tail is not None:
            value, country = tail["value"].strip(), tail["country"]
    id_type, value = typed(canonical, value)
    if not value:
        return None
    return Identifier(id_type, value, country.strip() if country else None, label)


_LABEL_KEYS = {label.lower(): label for label in ID_LABELS}


def _canonical_label(label: str) -> str:
    return _LABEL_KEYS[label.lower()]


def ofac_dates(text: str) -> list[str]:
    """ISO dates of an OFAC date phrase: ``01 Jan 1960`` -> ``1960-01-01``; ``[]`` if unreadable."""
    text = re.sub(r"^(?:circa|approximately|about)\s+", "", text.strip(), flags=re.I)
    single = iso_date(text)
    if single is not None:
        return [single]
    rng = _RANGE.match(text)
    if rng is None:
        return []
    start, end = iso_date(rng["a"]), iso_date(re.sub(r"^circa\s+", "", rng["b"], flags=re.I))
    if start is None or end is None:
        return []
    first, last = int(start[:4]), int(end[:4])
    if first == last or not 0 < last - first <= _MAX_RANGE_YEARS:
        return [start, end] if start != end else [start]
    return [str(year) for year in range(first, last + 1)]


