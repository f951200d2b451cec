"""One row of a custom watchlist table → a ``LIST_ENTRY`` row, values checked not guessed.

Types: person/individual, organization/entity/company, vessel/ship, aircraft (blank: unknown);
actions: block (also deny/denied/prohibited) or review (also watch/hold; blank: review).
Countries (names or codes), dates of birth and listed dates must be readable; aliases,
countries, programs and identifiers split on the mapping's separator. Identifiers come from
typed columns and from an ``identifiers`` column of ``type:value`` pairs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from screening.errors import ListDataError
from screening.lists import fieldparse as fp
from screening.lists.dates import find_dates, iso_date
from screening.lists.id_labels import identifier, identifier_type
from screening.lists.mapping import Columns
from screening.schema import IDENTIFIER_TYPES

TYPES = {
    "person": "person",
    "individual": "person",
    "natural person": "person",
    "organization": "organization",
    "organisation": "organization",
    "entity": "organization",
    "company": "organization",
    "legal entity": "organization",
    "business": "organization",
    "vessel": "vessel",
    "ship": "vessel",
    "aircraft": "aircraft",
    "airplane": "aircraft",
    "unknown": "unknown",
}
ACTIONS = {
    "block": "block",
    "blocked": "block",
    "deny": "block",
    "denied": "block",
    "prohibited": "block",
    "review": "review",
    "watch": "review",
    "hold": "review",
}


def row_entry(
    path: Path, line: int, cells: list[str], cols: Columns, source: str
) -> dict[str, Any]:
    """The ``LIST_ENTRY`` row of one table row; unreadable values raise naming the line."""

    def cell(field: str) -> str:
        return fp.clean(cells[cols.fields[field]]) if field in cols.fields else ""

    def split(field: str) -> list[str]:
        return fp.uniq(fp.clean(v) for v in cols.separator.split(cell(field)))

    def bad(what: str, value: str, expected: str) -> ListDataError:
        return ListDataError(path, f"{what} {value!r}: expected {expected}", where=str(line))

    name = cell("name")
    if not name:
        raise ListDataError(path, "row without a name", where=str(line))
    kind = TYPES.get(cell("entity_type").lower() or "unknown")
    if kind is None:
        raise bad("type", cell("entity_type"), " | ".join(sorted(set(TYPES))))
    action = ACTIONS.get(cell("action").lower() or "review")
    if action is None:
        raise bad("action", cell("action"), "block or review")
    countries: list[str] = []
    for part in split("countries"):
        if not (codes := fp.countries_in(part)):
            raise bad("country", part, "a country name or ISO code")
        countries += codes
    dates = []
    for part in split("birth_dates"):
        if not (found := find_dates(part)):
            raise bad("date of birth", part, "a date such as 1961-05-12, 12/05/1961 or 1961")
        dates += found
    listed = iso_date(cell("listed_date")) if cell("listed_date") else None
    if cell("listed_date") and listed is None:
        raise bad("listed date", cell("listed_date"), "a date such as 2024-05-12")
    names = [(a, "strong") for a in split("aliases")] + [(a, "weak") for a in split("weak_aliases")]
    names += [(a, "original_script") for a in split("original_script")]
    return {
        "entry_id": f"{source}:{cell('id') or f'row{line}'}",
        "source": source,
        "list_name": source,
        "programs": split("programs"),
        "entity_type": kind,
        "name": name,
        "aliases": fp.aliases(name, names),
        "countries": fp.uniq(countries),
        "addresses": [{"text": a, "city": None, "country": None} for a in split("addresses")],
        "identifiers": _identifiers(cells, cols, split("identifiers")),
        "birth_dates": fp.uniq(dates),
        "listed_date": listed,
        "remarks": cell("remarks") or None,
        "source_url": cell("source_url") or None,
        "action": action,
    }


def _identifiers(cells: list[str], cols: Columns, generic: list[str]) -> list[dict[str, Any]]:
    out = []
    for i, kind, label in cols.id_columns:
        for value in fp.uniq(fp.clean(v) for v in cols.separator.split(cells[i])):
            out.append(identifier(kind, value, label=label))
    for item in generic:  # "type:value" pairs, as in counterparty files
        label, sep, value = item.partition(":")
        if not sep:
            out.append(identifier("other", item, label="identifiers"))
            continue
        typed = label.strip().lower()
        id_kind = typed if typed in IDENTIFIER_TYPES else identifier_type(label)
        out.append(identifier(id_kind, value.strip(), label=label.strip()))
    return list({(i["type"], i["value"]): i for i in out if i["value"]}.values())
