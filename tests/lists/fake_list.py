"""A tiny list format for store/diff/update/CLI tests, independent of the real readers.

``#FAKELIST date=YYYY-MM-DD`` then one entry per line ``id|name|aliases;..|programs;..``.
A sibling ``<file>.alt`` adds aliases (``id|alias`` lines), like OFAC's ALT.CSV beside SDN.CSV;
a directory is read as every ``*.fake`` in it (with their siblings). Bad lines raise
``ListDataError`` with the line number, as every real reader must. Its lenient mode, like the
real readers', keeps a repeated id as ``fake:<id>~line<N>`` and drops an alias for an unknown id,
each with a warning.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from screening.errors import ListDataError
from screening.lists import registry
from screening.lists.base import ListFormat, LoadedList, decode_utf8, entries_frame
from screening.lists.salvage import Salvage, disambiguated

MAGIC = b"#FAKELIST"
READS: list[Path] = []
"""Every path the fake reader parsed, so tests can tell a cache hit from a re-parse."""


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    text = decode_utf8(path, path.read_bytes())
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line


def _read_file(
    path: Path, rows: dict[str, dict[str, Any]], files: list[Path], salvage: Salvage
) -> str | None:
    head = path.read_bytes()[:64]
    if not head.startswith(MAGIC):
        raise ListDataError(path, "expected a #FAKELIST header", where="1")
    first = head.split(b"\n", 1)[0].decode("ascii", "replace")
    date = first.partition("date=")[2].strip() or None
    for number, line in _lines(path):
        parts = line.split("|")
        if len(parts) != 4 or not parts[0] or not parts[1]:
            raise ListDataError(path, "expected id|name|aliases|programs", where=str(number))
        entry_id = f"fake:{parts[0]}"
        if entry_id in rows:
            salvage.problem(path, f"repeated id {parts[0]}", where=str(number), instead="kept")
            entry_id = disambiguated(entry_id, number)
        rows[entry_id] = {
            "entry_id": entry_id, "source": "fake", "list_name": "Fake List", "entity_type": "unknown",
            "name": parts[1], "programs": [p for p in parts[3].split(";") if p],
            "aliases": [{"name": a, "quality": "aka"} for a in parts[2].split(";") if a],
            "action": "block",
        }
    files.append(path)
    alt = path.with_name(path.name + ".alt")
    if alt.is_file():
        files.append(alt)
        for number, line in _lines(alt):
            ent, _, alias = line.partition("|")
            if not alias:
                raise ListDataError(alt, "alias line without an alias", where=str(number))
            if f"fake:{ent}" not in rows:
                salvage.problem(alt, "alias for an unknown id", where=str(number), instead="dropped")
                continue
            rows[f"fake:{ent}"]["aliases"].append({"name": alias, "quality": "aka"})
    return date


def read(path: Path, *, lenient: bool = False) -> LoadedList:
    READS.append(path)
    salvage = Salvage(lenient)
    rows: dict[str, dict[str, Any]] = {}
    files: list[Path] = []
    mains = sorted(path.glob("*.fake")) if path.is_dir() else [path]
    if not mains:
        raise ListDataError(path, "no *.fake file in directory")
    dates = [_read_file(p, rows, files, salvage) for p in mains]
    frame = entries_frame(rows.values(), path=path)
    warnings = tuple(salvage.warnings)
    return LoadedList(frame, "fake", "FAKE", dates[0], tuple(files), len(rows), warnings)


def sniff(path: Path, head: bytes) -> bool:
    if path.is_dir():
        return any(path.glob("*.fake"))
    return head.startswith(MAGIC)


FAKE = ListFormat(
    "fake", "FAKE", "Test-only list format", read, sniff, (".fake",), partial(read, lenient=True)
)


def install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register ``fake`` first in the registry (detected before any real reader)."""
    monkeypatch.setattr(registry, "FORMATS", {"fake": FAKE, **registry.FORMATS})
    READS.clear()


def write(path: Path, entries: list[tuple[str, str, str, str]], date: str = "2024-05-03") -> Path:
    """Write a fake list file: ``(id, name, aliases;.., programs;..)`` rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"#FAKELIST date={date}", *("|".join(e) for e in entries)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
