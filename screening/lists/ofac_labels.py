"""OFAC's vocabulary: entity types, programs and lists, and what each means here.

One table per question, shared by the CSV, classic-XML and advanced-XML readers so the same OFAC
entry comes out the same whichever format it was read from. Identifier labels are in
:mod:`screening.lists.id_labels` (one table for every reader), month names in
:mod:`screening.lists.dates`.

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
    "CSV_ENTITY_TYPES",
    "NON_SDN_DEFAULT",
    "XML_ENTITY_TYPES",
    "advanced_list",
    "is_non_sdn_only",
    "non_sdn_list",
    "split_programs",
]

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
