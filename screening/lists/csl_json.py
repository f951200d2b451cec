"""US Consolidated Screening List as JSON: the trade.gov API / bulk ``consolidated.json`` shape.

``{"results": [{...}, ...], "total": ..., "sources_used": [...]}`` (a bare list of results is
accepted too). Each result carries the CSV's fields unpacked: ``alt_names``, ``programs``,
``citizenships`` ... as arrays, ``addresses`` as objects ``{address, city, state, postal_code,
country}`` and ``ids`` as ``{type, number, country, issue_date, expiration_date}``. The record id
is ``id`` (API) or ``_id`` (older dumps). A string where an array is expected is read as the
CSV's ``"; "``-joined form, so hand-made exports also load.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from screening.errors import ListDataError
from screening.lists.base import (
    HEAD_BYTES,
    ListFormat,
    LoadedList,
    check_not_empty_or_html,
    decode_utf8,
    entries_frame,
)
from screening.lists.csl_fields import (
    PUBLISHER,
    TYPES,
    CslRecord,
    entry,
)
from screening.lists.csl_packed import packed_address, packed_id, split_packed

LIST_FIELDS = (
    "programs",
    "alt_names",
    "citizenships",
    "nationalities",
    "dates_of_birth",
    "places_of_birth",
)


def sniff(path: Path, head: bytes) -> bool:
    """JSON whose first records show CSL fields (``source_information_url`` / ``alt_names``)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return (
        start in (b"{", b"[")
        and b'"source"' in head
        and (b'"source_information_url"' in head or b'"alt_names"' in head)
    )


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return split_packed(value)
    if isinstance(value, list):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    return [str(value).strip()]


def _objects(value: Any, parse: Any) -> list[dict[str, str]]:
    """A list of objects (or a packed string) as string dicts."""
    if isinstance(value, str):
        return [parse(v) for v in split_packed(value)]
    out: list[dict[str, str]] = []
    for item in value or []:
        if isinstance(item, dict):
            out.append({k: str(v).strip() for k, v in item.items() if v is not None})
        elif isinstance(item, str) and item.strip():
            out.append(parse(item))
    return out


def _full_address(address: dict[str, str]) -> dict[str, str]:
    """The API splits addresses; the text keeps every part, as the CSV does."""
    parts = (address.get(k) for k in ("address", "city", "state", "postal_code", "country"))
    return {**address, "address": ", ".join(p for p in parts if p)}


def _record(path: Path, obj: Any, number: int) -> CslRecord:
    where = f"record {number}"
    if not isinstance(obj, dict):
        raise ListDataError(path, "a result is not a JSON object", where=where)
    rid, name = str(obj.get("id") or obj.get("_id") or "").strip(), obj.get("name")
    if not rid or not isinstance(name, str) or not name.strip():
        raise ListDataError(path, "result without id or name", where=where)
    kind = str(obj.get("type") or "")
    if kind.strip().lower() not in TYPES:
        raise ListDataError(
            path,
            f"unknown type {kind!r}; expected Individual, Entity, Vessel or Aircraft",
            where=where,
        )
    lists = {f: _strings(obj.get(f)) for f in LIST_FIELDS}
    scalars = {
        k: str(v).strip()
        for k, v in obj.items()
        if isinstance(v, str | int | float) and k not in LIST_FIELDS and str(v).strip()
    }
    return CslRecord(
        id=rid,
        source=str(obj.get("source") or "").strip(),
        type=kind,
        name=name,
        scalars=scalars,
        addresses=[_full_address(a) for a in _objects(obj.get("addresses"), packed_address)],
        ids=_objects(obj.get("ids"), packed_id),
        **lists,
    )


def read(path: Path) -> LoadedList:
    """Read a CSL JSON document into the canonical frame (one entry per result)."""
    data = path.read_bytes()
    check_not_empty_or_html(path, data[:HEAD_BYTES])
    text = decode_utf8(path, data)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ListDataError(path, f"not valid JSON ({exc.msg})", where=str(exc.lineno)) from exc
    results = doc.get("results") if isinstance(doc, dict) else doc
    if not isinstance(results, list):
        raise ListDataError(path, 'expected {"results": [...]} (the trade.gov CSL API shape)')
    records = [_record(path, obj, i) for i, obj in enumerate(results, start=1)]
    return LoadedList(
        entries=entries_frame([entry(r) for r in records], path=path),
        format="us_csl_json",
        publisher=PUBLISHER,
        list_date=None,
        files=(path,),
        source_records=len(records),
    )


FORMAT = ListFormat(
    name="us_csl_json",
    publisher=PUBLISHER,
    description="US Consolidated Screening List JSON (trade.gov API / consolidated.json)",
    read=read,
    sniff=sniff,
    extensions=(".json",),
)
