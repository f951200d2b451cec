"""One OFAC entry, from whichever format, into one ``LIST_ENTRY`` row dict.

Readers collect the pieces (names, aliases, addresses, remark facts, extra identifiers) in an
:class:`OfacEntry`; :meth:`OfacEntry.row` resolves countries to ISO2, removes duplicates (an alias
equal to the name or to an earlier alias; the same identifier twice) and fills the fixed fields,
so the CSV, classic-XML and advanced-XML readers agree on everything they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from screening.countries import to_iso2
from screening.lists.ofac_remarks import Identifier, RemarkFacts

__all__ = ["DETAILS_URL", "PUBLISHER", "OfacAddress", "OfacEntry", "country_iso2", "resolve_linked"]

PUBLISHER = "OFAC"
DETAILS_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={}"
_REGION = re.compile(r"^Region:\s*", re.I)


@lru_cache(maxsize=4096)
def country_iso2(name: str | None) -> str | None:
    """ISO2 of an OFAC country name; ``Region: Gaza`` is tried as ``Gaza``; None if unknown.

    A region without a country code of its own (``Region: Crimea``, ``Region: Kafia Kingi``)
    gives None; the address keeps the text, where the occupied-region rules find it.
    """
    if not name:
        return None
    return to_iso2(name) or to_iso2(_REGION.sub("", name))


@dataclass(frozen=True, slots=True)
class OfacAddress:
    """An address as OFAC gives it: its parts in order (street ... postal code), the city, the
    country name, and the ISO2 code when the file states it (advanced XML)."""

    parts: tuple[str, ...]
    city: str | None
    country: str | None
    country_code: str | None = None

    @property
    def iso2(self) -> str | None:
        return self.country_code or country_iso2(self.country)

    def as_struct(self) -> dict[str, str | None] | None:
        """The ``ADDRESS`` struct: all parts and the country name as one line of text."""
        text = ", ".join(p for p in (*self.parts, self.country) if p)
        if not text:
            return None
        return {"text": text, "city": self.city, "country": self.iso2}


@dataclass(slots=True)
class OfacEntry:
    """Everything one reader gathered about one entry before it becomes a row."""

    source: str
    ofac_id: str
    entity_type: str
    name: str
    programs: list[str]
    list_name: str
    action: str
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (name, quality)
    addresses: list[OfacAddress] = field(default_factory=list)
    facts: RemarkFacts = field(default_factory=RemarkFacts)
    countries: list[str] = field(default_factory=list)  # raw names (flag, nationality ...)
    remarks: str | None = None
    listed_date: str | None = None
    id_suffix: str = ""  # "~line<N>": a repeated ent_num kept by a lenient read

    @property
    def entry_id(self) -> str:
        """``<source>:<ofac id>``, plus the suffix of a repeated id."""
        return f"{self.source}:{self.ofac_id}{self.id_suffix}"

    def row(self) -> dict[str, Any]:
        """The ``LIST_ENTRY`` row (a dict ``entries_frame`` accepts)."""
        facts = self.facts
        aliases = _unique_aliases(
            self.name, [*self.aliases, *((a, "weak") for a in facts.weak_aliases)]
        )
        addresses = [s for a in self.addresses if (s := a.as_struct()) is not None]
        raw_countries = [*self.countries, *facts.countries]
        countries = [c for c in map(country_iso2, raw_countries) if c]
        countries += [c for a in self.addresses if (c := a.iso2)]
        listed = self.listed_date or min(facts.listed_dates, default=None)
        return {
            "entry_id": self.entry_id,
            "source": self.source,
            "list_name": self.list_name,
            "programs": list(dict.fromkeys(self.programs)),
            "entity_type": self.entity_type,
            "name": self.name,
            "aliases": [{"name": n, "quality": q} for n, q in aliases],
            "countries": list(dict.fromkeys(countries)),
            "addresses": addresses,
            "identifiers": _unique_identifiers(facts.identifiers),
            "birth_dates": list(dict.fromkeys(facts.birth_dates)),
            "listed_date": listed,
            "linked_to": list(dict.fromkeys(facts.linked_to)),
            "remarks": self.remarks,
            "source_url": None if self.id_suffix else DETAILS_URL.format(self.ofac_id),
            "action": self.action,
        }


def _unique_aliases(name: str, aliases: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen = {name.casefold()}
    out: list[tuple[str, str]] = []
    for alias, quality in aliases:
        alias = alias.strip()
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            out.append((alias, quality))
    return out


def _unique_identifiers(identifiers: list[Identifier]) -> list[dict[str, str | None]]:
    out: dict[tuple[str, str], dict[str, str | None]] = {}
    for ident in identifiers:
        key = (ident.type, ident.value.casefold())
        if key not in out:
            out[key] = {
                "type": ident.type,
                "value": ident.value,
                "country": country_iso2(ident.country),
                "label": ident.label,
            }
    return list(out.values())


def resolve_linked(entries: list[OfacEntry]) -> None:
    """Spell ``Linked To`` names as the linked entry's own name when it is in the same file.

    A remarks field ends with a period, so ``Linked To: ACME CO.`` may name ``ACME CO`` or
    ``ACME CO.``; OFAC spells both ways. The parser guesses from the last word; here the guess is
    corrected whenever the file holds the entry with or without the final period.
    """
    names = {e.name for e in entries}
    for entry in entries:
        linked = entry.facts.linked_to
        for i, name in enumerate(linked):
            if name in names:
                continue
            if f"{name}." in names:
                linked[i] = f"{name}."
            elif name.endswith(".") and name[:-1] in names:
                linked[i] = name[:-1]
