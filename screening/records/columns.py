"""Apply a column mapping and the header synonyms to one file's columns; detect the schema.

Columns the mapping does not name are recognised by their header (:mod:`synonyms`,
case-insensitive). Everything else passes through under its own name (renamed ``<name>_original``
if a canonical column takes that name).

Schema (:func:`detect_schema`): SHIPMENT when a ``<role>_name`` or ``hs_code`` column is present
after mapping, else COUNTERPARTY when ``name`` is. An explicit ``kind``, or explicit fields of only
one schema, decide it up front.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from screening.errors import ConfigError, InputError
from screening.records.mapping import (
    COUNTERPARTY_ONLY,
    KINDS,
    RESERVED,
    SHIPMENT_ONLY,
    ColumnMapping,
)
from screening.records.synonyms import COUNTERPARTY_SYNONYMS, SHIPMENT_SYNONYMS, normalise
from screening.schema import PARTY_ROLES


@dataclass(frozen=True)
class ResolvedColumns:
    """The mapping applied to one file's columns."""

    kind: str  # "shipment" / "counterparty"
    fields: dict[str, str]  # canonical (or optional) field -> source column
    extras: dict[str, str]  # output name -> source column, passed through unchanged
    notes: tuple[str, ...]


def detect_schema(columns: Iterable[str]) -> str | None:
    """``"shipment"``, ``"counterparty"`` or None for canonical column names after mapping."""
    names = set(columns)
    if "hs_code" in names or any(f"{role}_name" in names for role in PARTY_ROLES):
        return "shipment"
    return "counterparty" if "name" in names else None


def resolve_columns(
    source: Sequence[str], mapping: ColumnMapping | None, *, path: Path
) -> ResolvedColumns:
    """Apply ``mapping`` and the synonyms to the ``source`` columns of the file at ``path``."""
    mapping = mapping or ColumnMapping()
    explicit = {f: _find(source, col, f, mapping, path) for f, col in mapping.columns.items()}
    kinds = _kinds(mapping)
    for kind in kinds:
        fields, notes = dict(explicit), []
        synonyms = SHIPMENT_SYNONYMS if kind == "shipment" else COUNTERPARTY_SYNONYMS
        used = set(fields.values())
        for name, names in synonyms.items():
            if name in fields:
                continue
            hits = sorted(
                (names.index(n), i, col)
                for i, col in enumerate(source)
                if col not in used and (n := normalise(col)) in names
            )
            if hits:
                fields[name] = hits[0][2]
                used.add(hits[0][2])
                notes += [
                    f"column {h[2]!r} also looks like {name}; used {hits[0][2]!r}" for h in hits[1:]
                ]
        if mapping.kind or detect_schema(fields) == kind:
            return ResolvedColumns(kind, fields, _extras(source, fields, kind), tuple(notes))
    expected = "party name columns (consignee_name, shipper_name, end_user_name, forwarder_name) or hs_code"
    raise InputError(
        f"{path}: no usable columns; found {', '.join(map(repr, source))}. Expected {expected} "
        "for shipments, or name for counterparties: name yours with --map consignee_name=COLUMN "
        "or a mapping file"
    )


def _kinds(mapping: ColumnMapping) -> list[str]:
    if mapping.kind:
        return [mapping.kind]
    shipment = SHIPMENT_ONLY & set(mapping.columns)
    counterparty = COUNTERPARTY_ONLY & set(mapping.columns)
    if shipment and counterparty:
        raise ConfigError(
            f"{mapping.origin}: mixes shipment fields ({', '.join(sorted(shipment))}) and "
            f"counterparty fields ({', '.join(sorted(counterparty))}); use one kind of record"
        )
    return ["shipment"] if shipment else ["counterparty"] if counterparty else list(KINDS)


def _find(source: Sequence[str], column: str, name: str, mapping: ColumnMapping, path: Path) -> str:
    """The source column the mapping means: exact name, else the one equal ignoring case/space."""
    if column in source:
        return column
    loose = [c for c in source if c.strip().casefold() == column.strip().casefold()]
    if len(loose) == 1:
        return loose[0]
    close = difflib.get_close_matches(column, source, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise ConfigError(
        f"{mapping.origin}: {name} is mapped to column {column!r}, which {path} does not have.{hint}"
        f" Its columns: {', '.join(map(repr, source))}"
    )


def _extras(source: Sequence[str], fields: dict[str, str], kind: str) -> dict[str, str]:
    """Unmapped columns under their own names, renamed when a canonical name is taken."""
    taken = {*KINDS[kind], *fields, *RESERVED}
    used = set(fields.values())
    extras: dict[str, str] = {}
    for col in source:
        if col in used:
            continue
        name = col
        while name in taken or name in extras:
            name = f"{name}_original"
        extras[name] = col
    return extras
