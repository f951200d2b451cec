"""Column mapping as the user gives it: which source column holds which canonical field.

A mapping comes from a YAML file (``canonical_field: source column``, optionally nested under
``columns:`` next to the options ``kind``, ``decimal``, ``sheet``) or from CLI pairs
``field=column`` (options by the same syntax: ``decimal=,``); pairs override the file
(:meth:`ColumnMapping.updated`). Field names are checked here, with the line and a suggestion;
applying a mapping to a file's columns is :mod:`columns`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import yaml

from screening.errors import ConfigError
from screening.schema import COUNTERPARTY, SHIPMENT

KINDS: dict[str, Mapping[str, pl.DataType]] = {"shipment": SHIPMENT, "counterparty": COUNTERPARTY}
SHIPMENT_OPTIONAL = (
    "payer_name", "payer_country", "end_user_incorporation_date", "consignee_incorporation_date",
    "previous_destination_country", "end_user_business",
)  # fmt: skip
RESERVED = ("row_nr", "parse_error")
OPTIONS = ("kind", "decimal", "sheet")
SHIPMENT_ONLY = (set(SHIPMENT) | set(SHIPMENT_OPTIONAL)) - set(COUNTERPARTY)
COUNTERPARTY_ONLY = set(COUNTERPARTY) - set(SHIPMENT)
FIELDS = tuple(dict.fromkeys([*SHIPMENT, *SHIPMENT_OPTIONAL, *COUNTERPARTY]))


@dataclass(frozen=True)
class ColumnMapping:
    """What the user said about the input's columns (all optional)."""

    columns: Mapping[str, str] = field(default_factory=dict)  # canonical field -> source column
    kind: str | None = None  # "shipment" / "counterparty"; None: detect
    decimal: str | None = None  # "." / ","; None: detect from the file
    sheet: str | None = None  # XLSX sheet name; None: the first sheet
    origin: str = "column mapping"  # where it came from, for messages

    def __post_init__(self) -> None:
        for name in self.columns:
            _check_field(name, self.origin)
        if self.kind not in (None, *KINDS):
            raise ConfigError(
                f"{self.origin}: kind must be shipment or counterparty, not {self.kind!r}"
            )
        if self.decimal not in (None, ".", ","):
            raise ConfigError(f"{self.origin}: decimal must be '.' or ',', not {self.decimal!r}")

    def updated(self, other: ColumnMapping) -> ColumnMapping:
        """This mapping with ``other``'s entries and options on top (CLI pairs over a file)."""
        return ColumnMapping(
            {**self.columns, **other.columns},
            other.kind or self.kind,
            other.decimal or self.decimal,
            other.sheet or self.sheet,
            f"{self.origin} + {other.origin}",
        )


def _check_field(name: str, origin: str, value: str | None = None) -> None:
    if name in FIELDS:
        return
    hint = difflib.get_close_matches(name, FIELDS, n=1)
    if value is not None and value in FIELDS:
        suggestion = f"; the format is field: column - did you mean {value}: {name}?"
    else:
        suggestion = f"; did you mean {hint[0]}?" if hint else ""
    raise ConfigError(
        f"{origin}: unknown field {name!r}{suggestion} Fields: {', '.join(FIELDS)}; "
        f"options: {', '.join(OPTIONS)}"
    )


def parse_mapping_pairs(pairs: Iterable[str], *, origin: str = "--map") -> ColumnMapping:
    """``["consignee_name=Buyer", "decimal=,"]`` -> a mapping; options go by the same syntax."""
    columns: dict[str, str] = {}
    options: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise ConfigError(f"{origin}: expected field=column, got {pair!r}")
        if key in OPTIONS:
            options[key] = value
        else:
            _check_field(key, origin, value)
            columns[key] = value
    return ColumnMapping(columns, origin=origin, **options)


def load_mapping(path: Path) -> ColumnMapping:
    """A mapping file: ``field: column`` lines (or ``columns:`` + options); errors name the line."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read mapping file: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{path}: expected lines of field: column (a YAML mapping)")
    columns: dict[str, str] = {}
    options: dict[str, str] = {}
    for key, value in node.value:
        where = f"{path}:{key.start_mark.line + 1}"
        if key.value == "columns" and isinstance(value, yaml.MappingNode):
            for inner_key, inner_value in value.value:
                inner_where = f"{path}:{inner_key.start_mark.line + 1}"
                name, column = _entry(inner_key, inner_value, inner_where)
                _check_field(name, inner_where, column)
                columns[name] = column
            continue
        name, text = _entry(key, value, where)
        if name in OPTIONS:
            options[name] = text
        else:
            _check_field(name, where, text)
            columns[name] = text
    return ColumnMapping(columns, origin=str(path), **options)


def _entry(key: yaml.Node, value: yaml.Node, where: str) -> tuple[str, str]:
    """(field, column) of one ``field: column`` line; the column text exactly as written."""
    if not isinstance(key, yaml.ScalarNode) or not isinstance(value, yaml.ScalarNode):
        raise ConfigError(f"{where}: expected field: column, with one column name")
    if not value.value.strip():
        raise ConfigError(f"{where}: {key.value}: no column name given")
    return str(key.value), str(value.value)
