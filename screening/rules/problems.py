"""Pydantic validation errors → ``file:line:col: message`` lines a rule author can act on.

Pydantic's locations are paths into the data; :class:`~screening.rules.yamlsrc.YamlDoc` maps
them to YAML marks. Messages are reworded: an unknown field names a close known one, a missing
field points at its parent, a bad condition says which keys are allowed.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from screening.rules.conditions import CONDITION_ERROR, TAGS
from screening.rules.model_base import Frozen
from screening.rules.yamlsrc import Path_, YamlDoc

M = TypeVar("M", bound=BaseModel)


def _all_models(cls: type[BaseModel] = Frozen) -> Iterator[type[BaseModel]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_models(sub)


def _field_names() -> list[str]:
    names = {f.alias or n for m in _all_models() for n, f in m.model_fields.items()}
    return sorted(names | set(TAGS))


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.7)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _field(loc: tuple[str | int, ...]) -> str:
    for i in range(len(loc) - 1, -1, -1):
        if isinstance(loc[i], str) and not str(loc[i]).startswith("function-"):
            rest = "".join(f"[{x}]" for x in loc[i + 1:] if isinstance(x, int))
            return f"{loc[i]}{rest}"
    return "value"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def describe(err: ErrorDetails) -> tuple[Path_, str, bool]:
    """(location, message, point-at-key) for one pydantic error."""
    loc = tuple(err["loc"])
    kind, msg, value = err["type"], err["msg"], err.get("input")
    if kind == "extra_forbidden":
        name = str(loc[-1])
        return loc, f"unknown field {name!r}{_suggest(name, _field_names())}", True
    if kind == "missing":
        return loc[:-1], f"missing required field {loc[-1]!r}", False
    if kind == CONDITION_ERROR:
        allowed = ", ".join(TAGS)
        if isinstance(value, dict) and len(value) == 1:
            key = str(next(iter(value)))
            return loc, f"unknown condition {key!r}{_suggest(key, list(TAGS))}; one of: {allowed}", False
        got = f"keys {', '.join(map(str, value))}" if isinstance(value, dict) else _short(value)
        return loc, f"a condition is a mapping with exactly one key (one of: {allowed}); got {got}", False
    if kind == "too_short" and "ctx" in err:
        ctx = err["ctx"]
        return loc, (f"{_field(loc)}: needs at least {ctx['min_length']} "
                     f"entr{'y' if ctx['min_length'] == 1 else 'ies'}, found {ctx['actual_length']}"), False
    if kind == "value_error":
        return loc, msg.removeprefix("Value error, "), False
    shown = "" if isinstance(value, dict | list) else f" (got {_short(value)})"
    return loc, f"{_field(loc)}: {msg}{shown}", False


def validate(model: type[M], data: Any, doc: YamlDoc, loc: Path_) -> M | None:
    """``model`` validated from ``data`` found at ``loc`` of ``doc``; problems go to the doc."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        locs = [tuple(e["loc"]) for e in errors]
        for err in errors:
            at = tuple(err["loc"])
            if err["type"] == "too_short" and any(o[: len(at)] == at and o != at for o in locs):
                continue  # a list shortened by its own invalid items: those are reported
            where, message, key = describe(err)
            doc.problem((*loc, *where), message, key=key)
        return None
