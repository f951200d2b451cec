"""Typed reading of YAML nodes with their line: every problem is a :class:`NodeError` at a node.

Validating the composed node tree (``yaml.compose``) rather than loaded Python values keeps each
value's ``start_mark``, so a bad value is reported at its own line in the file.
"""

from __future__ import annotations

import yaml

from screening.countries import to_iso2
from screening.lists import dates, id_labels
from screening.lists import fieldparse as fp
from screening.schema import IDENTIFIER_TYPES


class NodeError(Exception):
    """A validation problem at a YAML node; turned into ListDataError with the node's line."""

    def __init__(self, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.node = node


def mapping(node: yaml.Node, allowed: set[str], what: str) -> dict[str, yaml.Node]:
    """A mapping node's values by key; a key outside ``allowed`` is an error at the key."""
    if not isinstance(node, yaml.MappingNode):
        raise NodeError(f"{what} must be a mapping", node)
    out = {}
    for key, value in node.value:
        if key.value not in allowed:
            allowed_keys = ", ".join(sorted(allowed))
            raise NodeError(f"{what}: unknown key {key.value!r}; allowed: {allowed_keys}", key)
        out[key.value] = value
    return out


def text(node: yaml.Node, what: str) -> str:
    """A non-empty scalar as cleaned text."""
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise NodeError(f"{what} must be non-empty text", node)
    return fp.clean(node.value)


def texts(node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
    """A sequence of non-empty scalars, each with its node."""
    if not isinstance(node, yaml.SequenceNode):
        raise NodeError(f"{what} must be a list, e.g. [a, b]", node)
    return [(text(n, f"each of {what}"), n) for n in node.value]


def iso_date(node: yaml.Node, what: str) -> str:
    """A date scalar (``2026-11-22``, quoted or not) as ISO 8601."""
    value = dates.iso_date(text(node, what))
    if value is None:
        raise NodeError(f"{what} {node.value!r} is not an ISO date (YYYY-MM-DD)", node)
    return value


def country_code(node: yaml.Node) -> str:
    """A country scalar (ISO code or name) as ISO2."""
    code = to_iso2(text(node, "country"))
    if code is None:
        raise NodeError(f"unknown country {node.value!r}; use an ISO 3166-1 code such as CN", node)
    return code


def identifier(node: yaml.Node) -> dict[str, str | None]:
    """``{type, value, country?, label?}`` as an ``IDENTIFIER`` struct."""
    fields = mapping(node, {"type", "value", "country", "label"}, "identifier")
    if "type" not in fields or "value" not in fields:
        raise NodeError("identifier needs type and value", node)
    kind = text(fields["type"], "identifier type")
    if kind not in IDENTIFIER_TYPES:
        raise NodeError(f"identifier type {kind!r}: use one of {', '.join(IDENTIFIER_TYPES)}", node)
    code = country_code(fields["country"]) if "country" in fields else None
    label = text(fields["label"], "label") if "label" in fields else kind
    value = text(fields["value"], "identifier value")
    return id_labels.identifier(kind, value, label=label, country=code)


def address(node: yaml.Node) -> dict[str, str | None]:
    """Address text, or ``{text, city?, country?}``, as an ``ADDRESS`` struct."""
    if isinstance(node, yaml.ScalarNode):
        return {"text": text(node, "address"), "city": None, "country": None}
    fields = mapping(node, {"text", "city", "country"}, "address")
    return {
        "text": text(fields["text"], "address text") if "text" in fields else "",
        "city": text(fields["city"], "city") if "city" in fields else None,
        "country": country_code(fields["country"]) if "country" in fields else None,
    }
