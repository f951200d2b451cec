"""The project's YAML list format (``lists/default.yaml``, and any curated list in that form).

::

    list: {name: screening-default, publisher: "...", date: 2026-11-22, demo: true}
    entries:
      - id: henan_diesel            # unique within the list; entry_id = "<list name>:<id>"
        name: "Henan Diesel Engine Industry Co., Ltd."
        type: organization          # person | organization | vessel | aircraft | unknown
        aliases: [...]              # strong a.k.a.; weak_aliases: [...]; original_script: [...]
        countries: [CN]             # ISO2 (or names); programs: [...]; action: block | review
        listed_date: "2021-06-03"   # identifiers: [{type: uscc, value: "...", country, label}]
        sources: [...]              # provenance, kept in remarks; remarks: "..."

Also accepted: ``birth_dates``, ``addresses`` (text or {text, city, country}), ``linked_to``,
``source_url``; ``list`` may carry ``description``, ``url``, ``license``, ``version``. Validation
is strict: an unknown key, a missing name or id, a repeated id, a bad type, action, country,
date or identifier is a :class:`ListDataError` naming the file and the YAML line. ``source`` is
``list.name``; the list date is ``list.date``; ``action`` defaults to review, ``type`` to
unknown. ``demo`` is checked (true/false) but LoadedList has no field for it (the bundled
manifest carries it).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from screening.errors import ListDataError
from screening.lists import fieldparse as fp
from screening.lists import yaml_nodes as yn
from screening.lists.base import LoadedList, check_not_empty_or_html, entries_frame
from screening.lists.tabular import decode
from screening.schema import ENTITY_TYPES

LIST_KEYS = {"name", "publisher", "date", "demo", "description", "url", "license", "version"}
TEXT_LISTS = (
    "aliases",
    "weak_aliases",
    "original_script",
    "programs",
    "sources",
    "linked_to",
    "birth_dates",
    "countries",
    "identifiers",
    "addresses",
)
ENTRY_KEYS = {"id", "name", "type", "action", "listed_date", "remarks", "source_url", *TEXT_LISTS}
QUALITIES = (
    ("aliases", "strong"),
    ("weak_aliases", "weak"),
    ("original_script", "original_script"),
)
_TOP = re.compile(rb"^entries\s*:", re.MULTILINE)


def _entry(node: yaml.Node, source: str) -> dict[str, Any]:
    f = yn.mapping(node, ENTRY_KEYS, "entry")
    for key in ("id", "name"):
        if key not in f:
            raise yn.NodeError(f"entry without {key}", node)
    name = yn.text(f["name"], "name")
    kind = yn.text(f["type"], "type") if "type" in f else "unknown"
    if kind not in ENTITY_TYPES:
        raise yn.NodeError(f"type {kind!r}: use one of {', '.join(ENTITY_TYPES)}", f["type"])
    action = yn.text(f["action"], "action") if "action" in f else "review"
    if action not in ("block", "review"):
        raise yn.NodeError(f"action {action!r}: use block or review", f["action"])
    lists = {
        k: yn.texts(f[k], k) if k in f else []
        for k in TEXT_LISTS
        if k not in ("identifiers", "addresses")
    }
    names = [(n, q) for key, q in QUALITIES for n, _ in lists[key]]
    sources = [s for s, _ in lists["sources"]]
    remarks = [yn.text(f["remarks"], "remarks")] if "remarks" in f else []
    remarks += [f"Sources: {'; '.join(sources)}"] if sources else []
    seq = {
        k: f[k].value if isinstance(f.get(k), yaml.SequenceNode) else None
        for k in ("identifiers", "addresses")
    }
    for k in seq:
        if k in f and seq[k] is None:
            raise yn.NodeError(f"{k} must be a list", f[k])
    url = yn.text(f["source_url"], "source_url") if "source_url" in f else None
    return {
        "entry_id": f"{source}:{yn.text(f['id'], 'id')}",
        "source": source,
        "list_name": source,
        "programs": fp.uniq(p for p, _ in lists["programs"]),
        "entity_type": kind,
        "name": name,
        "aliases": fp.aliases(name, names),
        "countries": fp.uniq(yn.country_code(n) for _, n in lists["countries"]),
        "addresses": [yn.address(n) for n in seq["addresses"] or []],
        "identifiers": [yn.identifier(n) for n in seq["identifiers"] or []],
        "birth_dates": fp.uniq(yn.iso_date(n, "birth date") for _, n in lists["birth_dates"]),
        "listed_date": yn.iso_date(f["listed_date"], "listed_date") if "listed_date" in f else None,
        "linked_to": [t for t, _ in lists["linked_to"]],
        "remarks": " | ".join(remarks) or None,
        "source_url": url
        or next((s for s in sources if s.startswith(("http://", "https://"))), None),
        "action": action,
    }


def _parse(path: Path, root: yaml.Node) -> tuple[dict[str, yaml.Node], list[dict[str, Any]]]:
    top = yn.mapping(root, {"list", "entries"}, "file")
    if "list" not in top or "entries" not in top:
        raise yn.NodeError("expected top-level 'list:' and 'entries:'", root)
    meta = yn.mapping(top["list"], LIST_KEYS, "list")
    if "name" not in meta:
        raise yn.NodeError("list needs a name (it becomes the entries' source)", top["list"])
    if "demo" in meta and meta["demo"].tag != "tag:yaml.org,2002:bool":
        raise yn.NodeError("demo must be true or false", meta["demo"])
    source = yn.text(meta["name"], "list name")
    if not isinstance(top["entries"], yaml.SequenceNode):
        raise yn.NodeError("entries must be a list of entries", top["entries"])
    rows, seen = [], set()
    for node in top["entries"].value:
        row = _entry(node, source)
        if row["entry_id"] in seen:
            raise yn.NodeError(f"duplicate id {row['entry_id'].split(':', 1)[1]!r}", node)
        seen.add(row["entry_id"])
        rows.append(row)
    return meta, rows


def read(path: Path) -> LoadedList:
    """Read and validate a YAML list file."""
    data = path.read_bytes()
    check_not_empty_or_html(path, data[:4096])
    text = decode(path, data)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        if root is None:
            raise ListDataError(path, "empty YAML document; expected list: and entries:", where="1")
        meta, rows = _parse(path, root)
        list_date = yn.iso_date(meta["date"], "list date") if "date" in meta else None
        publisher = yn.text(meta.get("publisher", meta["name"]), "publisher")
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise ListDataError(path, f"not valid YAML: {exc.problem}", where=str(line)) from exc
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (control bytes)
        line = text.count("\n", 0, exc.position) + 1
        raise ListDataError(path, f"not valid YAML: {exc.reason}", where=str(line)) from exc
    except yn.NodeError as exc:
        raise ListDataError(path, str(exc), where=str(exc.node.start_mark.line + 1)) from exc
    return LoadedList(
        entries=entries_frame(rows, path=path),
        format="custom_yaml",
        publisher=publisher,
        list_date=list_date,
        files=(path,),
        source_records=len(rows),
    )


def sniff(path: Path, head: bytes) -> bool:
    """A YAML file with a top-level ``entries:`` key (and ``.yaml``/``.yml`` or ``list:``)."""
    if not _TOP.search(head):
        return False
    return (
        path.suffix.lower() in (".yaml", ".yml") or re.search(rb"^list\s*:", head, re.M) is not None
    )
