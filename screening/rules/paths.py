"""Which files make up a rule set.

A directory contributes every ``*.yaml`` in it. A single file contributes its rules, while the
other files of its directory lend their shared definitions (code lists, keyword lists, price
tables), so ``drones.yaml`` can be validated alone and still use the CHPL lists of ``chpl.yaml``.
``countries.yaml`` and ``sources.yaml`` come from the first directory that has them, else from
the bundled ``rules/`` directory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import screening

COUNTRIES_FILE = "countries.yaml"
SOURCES_FILE = "sources.yaml"
LIBRARY_FILES = (COUNTRIES_FILE, SOURCES_FILE)


def default_rules_dir() -> Path:
    """The repository's ``rules/`` directory (the project runs from a checkout or editable install)."""
    return Path(screening.__file__).resolve().parent.parent / "rules"


@dataclass
class Plan:
    """Files to read, by role."""

    members: list[Path] = field(default_factory=list)  # their rules are loaded
    context: list[Path] = field(default_factory=list)  # only their shared definitions
    countries: Path | None = None
    sources: Path | None = None
    missing: list[str] = field(default_factory=list)

    @property
    def all_files(self) -> list[Path]:
        extra = [p for p in (self.countries, self.sources) if p is not None]
        return [*self.members, *self.context, *extra]


def plan(paths: Sequence[Path]) -> Plan:
    """Sort ``paths`` (files or directories; empty = the bundled rules) into a :class:`Plan`."""
    out = Plan()
    dirs: list[Path] = []
    for raw in paths or [default_rules_dir()]:
        path = Path(raw)
        if path.is_dir():
            out.members.extend(sorted(path.glob("*.yaml")))
            dirs.append(path)
        elif path.is_file():
            out.members.append(path)
            dirs.append(path.parent)
        else:
            out.missing.append(f"{path}:1:1: no such file or directory")
    out.members = _unique([p for p in out.members if p.name not in LIBRARY_FILES])
    taken = {p.resolve() for p in out.members}
    for directory in _unique(dirs):
        for path in sorted(directory.glob("*.yaml")):
            if path.name not in LIBRARY_FILES and path.resolve() not in taken:
                out.context.append(path)
                taken.add(path.resolve())
    for directory in [*_unique(dirs), default_rules_dir()]:
        if out.countries is None and (directory / COUNTRIES_FILE).is_file():
            out.countries = directory / COUNTRIES_FILE
        if out.sources is None and (directory / SOURCES_FILE).is_file():
            out.sources = directory / SOURCES_FILE
    return out


def _unique(paths: list[Path]) -> list[Path]:
    seen: dict[Path, Path] = {}
    for path in paths:
        seen.setdefault(path.resolve(), path)
    return list(seen.values())
