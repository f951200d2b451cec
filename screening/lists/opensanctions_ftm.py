"""OpenSanctions FollowTheMoney export: one JSON entity per line (``entities.ftm.json``).

Each line is ``{"id", "caption", "schema", "properties": {prop: [values]}, "datasets", "target",
"first_seen", "last_seen", ...}``. Party schemas (:data:`SCHEMA_TYPES`) become entries; the
others are not parties and are folded into the parties they point at, where that is simple:

- ``Sanction`` (``entity``): ``programId`` (else ``program``) → programs, the earliest
  ``listingDate``/``startDate`` → listed date;
- ``Address`` (referenced by ``addressEntity``): full text, city, country → addresses;
- ``Identification`` / ``Passport`` (``holder``): ``number`` → national id / passport;
- links (``Ownership``, ``Directorship``, ``Family``, ``Associate``, ``Membership``,
  ``Employment``, ``Representation``, ``UnknownLink``, ``Succession``): each side's caption is
  added to the other side's ``linked_to``.
Everything else (``Position``, ``Article`` ...) is skipped. Non-target parties (owners, relatives
pulled in as context) are kept, marked in remarks; all entries are ``review`` (see
:mod:`screening.lists.opensanctions`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from screening.errors import ListDataError
from screening.lists import fieldparse as fp
from screening.lists.base import LoadedList, check_not_empty_or_html, entries_frame
from screening.lists.dates import iso_date
from screening.lists.id_labels import identifier
from screening.lists.opensanctions_vocab import (
    ACTION,
    COUNTRY_PROPS,
    ID_PROPS,
    LINKS,
    NAME_PROPS,
    PUBLISHER,
    SCHEMA_TYPES,
    SOURCE,
    country_codes,
)
from screening.lists.tabular import decode

Entity = dict[str, Any]


def _load(path: Path, text: str) -> list[Entity]:
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entity = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ListDataError(path, f"not a JSON object: {exc.msg}", where=str(number)) from exc
        if not (
            isinstance(entity, dict)
            and isinstance(entity.get("id"), str)
            and isinstance(entity.get("schema"), str)
            and isinstance(entity.get("properties"), dict)
        ):
            raise ListDataError(
                path,
                "expected a FollowTheMoney entity with id, schema and properties",
                where=str(number),
            )
        entity["_line"] = number
        out.append(entity)
    return out


def _props(entity: Entity, name: str) -> list[str]:
    values = entity["properties"].get(name) or []
    return [fp.clean(v) for v in values if isinstance(v, str) and v.strip()]


class _Context:
    """What the non-party entities add to the parties, collected in one pass."""

    def __init__(self, entities: list[Entity]) -> None:
        self.by_id = {e["id"]: e for e in entities}
        self.programs: dict[str, list[str]] = defaultdict(list)
        self.listed: dict[str, list[str]] = defaultdict(list)
        self.ids: dict[str, list[dict[str, str | None]]] = defaultdict(list)
        self.links: dict[str, list[str]] = defaultdict(list)
        for e in entities:
            schema = e["schema"]
            if schema == "Sanction":
                for target in _props(e, "entity"):
                    self.programs[target] += _props(e, "programId") or _props(e, "program")
                    self.listed[target] += _props(e, "listingDate") + _props(e, "startDate")
            elif schema in ("Identification", "Passport"):
                kind = "passport" if schema == "Passport" else "national_id"
                codes = country_codes(_props(e, "country"))
                for holder in _props(e, "holder"):
                    self.ids[holder] += [
                        identifier(kind, n, label=schema, country=next(iter(codes), None))
                        for n in _props(e, "number")
                    ]
            elif schema in LINKS:
                one, two = (_props(e, p) for p in LINKS[schema])
                for a, b in ((one, two), (two, one)):
                    for source in a:
                        self.links[source] += [self.caption(t) for t in b]

    def caption(self, ref: str) -> str:
        other = self.by_id.get(ref)
        return fp.clean(other.get("caption")) if other else ""

    def address(self, ref: str) -> dict[str, str | None] | None:
        other = self.by_id.get(ref)
        if other is None or other["schema"] != "Address":
            return None
        text = next(iter(_props(other, "full")), "") or fp.clean(other.get("caption"))
        codes = country_codes(_props(other, "country"))
        city = next(iter(_props(other, "city")), None)
        return {"text": text, "city": city, "country": next(iter(codes), None)} if text else None


def _entry(e: Entity, ctx: _Context) -> dict[str, Any]:
    names = [(n, q) for prop, q in NAME_PROPS for n in _props(e, prop)]
    caption = fp.clean(e.get("caption"))
    name = (
        caption
        if caption and caption in {n for n, _ in names}
        else next((n for n, q in names if q == "strong"), caption)
    )
    addresses = [{"text": a, "city": None, "country": None} for a in _props(e, "address")]
    addresses += [a for ref in _props(e, "addressEntity") if (a := ctx.address(ref))]
    kind = SCHEMA_TYPES[e["schema"]]
    ids = [
        identifier(
            "aircraft_tail" if kind == "aircraft" and t == "registration" else t, v, label=prop
        )
        for prop, t in ID_PROPS.items()
        for v in _props(e, prop)
    ]
    datasets = [d for d in e.get("datasets") or [] if isinstance(d, str)]
    remarks = [f"datasets: {', '.join(datasets)}"] if datasets else []
    if not e.get("target", True):
        remarks.insert(0, "not a sanctions target: a related party in the export")
    remarks += _props(e, "notes")
    listed = sorted(d for d in (iso_date(v[:10]) for v in ctx.listed[e["id"]]) if d)
    return {
        "entry_id": f"{SOURCE}:{e['id']}",
        "source": SOURCE,
        "list_name": PUBLISHER,
        "programs": fp.uniq(_props(e, "programId") + ctx.programs[e["id"]]),
        "entity_type": kind,
        "name": name,
        "aliases": fp.aliases(name, names),
        "countries": country_codes([v for p in COUNTRY_PROPS for v in _props(e, p)]),
        "addresses": list({(a["text"], a["country"]): a for a in addresses}.values()),
        "identifiers": list({(i["type"], i["value"]): i for i in ids + ctx.ids[e["id"]]}.values()),
        "birth_dates": fp.uniq(iso_date(d[:10]) for d in _props(e, "birthDate")),
        "listed_date": listed[0] if listed else None,
        "linked_to": fp.uniq(ctx.links[e["id"]]),
        "remarks": " | ".join(remarks) or None,
        "source_url": next(iter(_props(e, "sourceUrl")), None),
        "action": ACTION,
    }


def read(path: Path) -> LoadedList:
    """Read a FollowTheMoney JSON-lines export; one entry per party entity."""
    data = path.read_bytes()
    check_not_empty_or_html(path, data[:4096])
    entities = _load(path, decode(path, data))
    ctx = _Context(entities)
    parties = [e for e in entities if e["schema"] in SCHEMA_TYPES]
    if not parties:
        raise ListDataError(
            path, f"no party entities ({', '.join(SCHEMA_TYPES)}) among {len(entities)} lines"
        )
    last_seen = max((str(e.get("last_seen") or "") for e in entities), default="")
    return LoadedList(
        entries=entries_frame([_entry(e, ctx) for e in parties], path=path),
        format="opensanctions_ftm",
        publisher=PUBLISHER,
        list_date=iso_date(last_seen[:10]),
        files=(path,),
        source_records=len(parties),
    )


def sniff(path: Path, head: bytes) -> bool:
    """JSON lines whose first line is an object with ``schema`` and ``properties``."""
    first = head.decode("utf-8", errors="replace").lstrip("\ufeff \r\n\t").split("\n", 1)[0]
    return first.startswith("{") and '"schema"' in first and '"properties"' in first
