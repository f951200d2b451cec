"""Column mappings for custom (internal) watchlists: canonical field → the user's column.

A mapping is a flat dict such as ``{"name": "Company Name", "aliases": "AKA", "countries":
"Ctry", "identifiers.lei": "LEI code", "separator": ";"}``, given in code or as a YAML file
(:func:`load_mapping`). Fields left out are found by common header names, compared
case-insensitively with ``_``/``-`` read as spaces (``name``, ``entity_name``, ``company``;
``alias``/``aliases``/``aka``; ``type``; ``country`` ...). ``identifiers.<type>`` maps a column of
one identifier type (any of ``schema.IDENTIFIER_TYPES``); header names such as ``LEI`` or
``IMO number`` are recognised as typed identifier columns by default too. Multi-valued cells
(aliases, countries, programs, identifiers) split on ``separator`` (default ``;`` and ``|``;
never ``,``, which occurs inside names).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from screening.errors import ConfigError, ListDataError
from screening.lists.id_labels import identifier_type
from screening.schema import IDENTIFIER_TYPES

DEFAULT_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "entry id", "ref", "reference", "record id", "list id", "code"),
    "name": (
        "name",
        "entity name",
        "entity",
        "company",
        "company name",
        "party",
        "party name",
        "full name",
        "organisation",
        "organization",
        "legal name",
        "primary name",
    ),
    "aliases": (
        "alias",
        "aliases",
        "aka",
        "a.k.a.",
        "also known as",
        "alt names",
        "alternate names",
        "other names",
    ),
    "weak_aliases": ("weak alias", "weak aliases", "weak aka"),
    "original_script": ("original script", "native name", "local name", "name original script"),
    "entity_type": ("type", "entity type", "party type", "kind"),
    "countries": ("country", "countries", "country code", "nationality", "jurisdiction"),
    "programs": ("program", "programs", "programme", "programmes", "regime", "sanctions program"),
    "identifiers": ("identifiers", "identifier", "ids"),
    "birth_dates": ("dob", "date of birth", "birth date", "birth dates"),
    "addresses": ("address", "addresses"),
    "remarks": ("remarks", "notes", "note", "comment", "comments", "reason"),
    "action": ("action", "decision", "severity"),
    "listed_date": ("listed date", "date listed", "listed on", "date added", "added"),
    "source_url": ("url", "source url", "link"),
}
FIELDS = tuple(DEFAULT_HEADERS)
OPTIONS = ("separator",)
ID_PREFIX = "identifiers."
_NOT_ID = re.compile(r"country|date|type|name")


def header_norm(text: str) -> str:
    """``"Entity_Name"`` → ``entity name``: how headers and mapping values are compared."""
    return " ".join(re.sub(r"[_\-]+", " ", text).lower().split())


@dataclass(frozen=True)
class Columns:
    """A mapping resolved against one header: positions of fields and typed id columns."""

    fields: dict[str, int]  # canonical field -> column index
    id_columns: tuple[tuple[int, str, str], ...]  # (index, identifier type, header label)
    separator: re.Pattern[str]


def check_mapping(mapping: Mapping[str, str], *, where: str = "mapping") -> None:
    """Unknown keys or non-text values are a :class:`ConfigError` naming the allowed keys."""
    for key, value in mapping.items():
        kind = key.removeprefix(ID_PREFIX)
        if key.startswith(ID_PREFIX) and kind not in IDENTIFIER_TYPES:
            raise ConfigError(
                f"{where}: {key!r}: unknown identifier type; use one of {', '.join(IDENTIFIER_TYPES)}"
            )
        if not key.startswith(ID_PREFIX) and key not in FIELDS + OPTIONS:
            raise ConfigError(
                f"{where}: unknown key {key!r}; use {', '.join(FIELDS + OPTIONS)} or "
                "identifiers.<type>"
            )
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where}: {key!r} must name a column (text), got {value!r}")


def resolve(
    path: Path, header: list[str], mapping: Mapping[str, str] | None, *, line: int = 1
) -> Columns:
    """Positions of the mapped (or recognised) columns in ``header``."""
    mapping = dict(mapping or {})
    check_mapping(mapping)
    norm = {header_norm(h): i for i, h in reversed(list(enumerate(header))) if h.strip()}
    found = ", ".join(repr(h) for h in header if h.strip())
    fields: dict[str, int] = {}
    ids: list[tuple[int, str, str]] = []
    for key, column in mapping.items():
        if key in OPTIONS:
            continue
        if header_norm(column) not in norm:
            raise ConfigError(
                f"{path}: mapping {key!r} -> {column!r}: no such column (found {found})"
            )
        if key.startswith(ID_PREFIX):
            ids.append((norm[header_norm(column)], key.removeprefix(ID_PREFIX), column))
        else:
            fields[key] = norm[header_norm(column)]
    taken = set(fields.values()) | {i for i, _, _ in ids}
    for field, names in DEFAULT_HEADERS.items():
        if field not in fields:
            hit = next((norm[n] for n in names if n in norm and norm[n] not in taken), None)
            if hit is not None:
                fields[field] = hit
                taken.add(hit)
    for i, h in enumerate(header):
        kind = identifier_type(h)
        if i not in taken and kind != "other" and not _NOT_ID.search(h.lower()):
            ids.append((i, kind, h.strip()))
    if "name" not in fields:
        raise ListDataError(
            path,
            f"no name column among the columns found ({found}); rename one to 'name' or map it, "
            "e.g. read_custom(path, {'name': 'Company Name'}) or a mapping file with "
            "'name: Company Name'",
            where=str(line),
        )
    sep = mapping.get("separator")
    pattern = re.compile(re.escape(sep) if sep else r"[;|]")
    return Columns(fields, tuple(ids), pattern)


def load_mapping(path: str | Path) -> dict[str, str]:
    """A mapping from a YAML file of ``field: column`` lines; problems name the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read mapping file: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{path}: expected a mapping of field: column lines")
    out: dict[str, str] = {}
    for key, value in node.value:
        where = f"{path}:{key.start_mark.line + 1}"
        if not isinstance(value, yaml.ScalarNode):
            raise ConfigError(f"{where}: {key.value!r} must name one column")
        out[str(key.value)] = str(value.value)
        check_mapping({str(key.value): str(value.value)}, where=where)
    return out


def sidecar(path: Path) -> Path | None:
    """``<name>.mapping.yaml`` (or ``.yml``) next to a list file, used when no mapping is given."""
    for candidate in (path.with_suffix(".mapping.yaml"), path.with_suffix(".mapping.yml")):
        if candidate.is_file():
            return candidate
    return None
