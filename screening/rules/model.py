"""Rule-file models: rules, shared code/keyword lists, price tables, self-test examples, sources.

A rule file is YAML with up to four sections: ``code_lists``, ``keyword_lists``,
``price_tables`` (names shared across all files of a rule set) and ``rules``. Models are strict
(unknown fields are errors) and frozen. See ``rules/README.md`` for the language.
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any

from pydantic import Field, model_validator

from screening.rules.conditions import Condition
from screening.rules.model_base import Cites, Frozen, HsCode, Name, SourceId, Terms
from screening.rules.vocab import (
    KNOWN_COLUMNS,
    NUMBER_COLUMNS,
    ROLES,
    Severity,
    Status,
)

RULE_ID = r"^[A-Z][A-Z0-9_]{2,63}$"
SUBJECT = r"^(goods|route|shipment|payment|party(:(" + "|".join(ROLES) + r"))?)$"


class CodeEntry(Frozen):
    """One HS code of a code list: a short label for explanations and its evidence status."""

    label: str = Field(min_length=1)
    status: Status | None = None  # None: the list's status

    @model_validator(mode="before")
    @classmethod
    def _short(cls, value: Any) -> Any:
        return {"label": value} if isinstance(value, str) else value


class CodeList(Frozen):
    """A named set of HS codes, e.g. one CHPL tier; ``include`` unions other lists into it."""

    title: str = Field(min_length=1)
    status: Status | None = None  # default status of the entries (required when codes given)
    sources: Cites = Field(default_factory=dict)
    include: tuple[Name, ...] = ()
    codes: dict[HsCode, CodeEntry] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _complete(self) -> CodeList:
        if not (self.codes or self.include):
            raise ValueError("give `codes` and/or `include`")
        if self.codes and (self.status is None or not self.sources):
            raise ValueError("a list with `codes` needs `status` and `sources`")
        return self


class KeywordList(Frozen):
    """Named keywords per language, shared between rules (e.g. forwarder terms)."""

    title: str = Field(min_length=1)
    status: Status
    sources: Cites = Field(min_length=1)
    terms: Terms = Field(min_length=1)


class PriceTable(Frozen):
    """Reference unit prices per HS prefix (longest prefix wins) for unit-price anomalies."""

    title: str = Field(min_length=1)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    status: Status
    sources: Cites = Field(min_length=1)
    prices: dict[HsCode, float] = Field(min_length=1)


class PartyMatchRow(Frozen):
    """A row of the ``party_matches`` frame, for examples (defaults fill what a test ignores)."""

    role: str = Field(pattern="^(" + "|".join(ROLES) + ")$")
    entry_id: str = "example:1"
    source: str = "example"
    list_name: str = "Example list"
    programs: tuple[str, ...] = ()
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    action: str = "block"


Scalar = str | float | bool | None


class Example(Frozen):
    """A partial shipment record (any SHIPMENT column or known extra) plus optional list matches.

    Written either as the record itself (``{hs_code: "8806.21", destination_country: AE}``) or as
    ``{record: {...}, party_matches: [...], explains: "text expected in the explanation"}``.
    """

    record: dict[str, Scalar] = Field(min_length=1)
    party_matches: tuple[PartyMatchRow, ...] = ()
    explains: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _short(cls, value: Any) -> Any:
        if isinstance(value, dict) and "record" not in value:
            return {"record": value}
        return value

    @model_validator(mode="after")
    def _columns(self) -> Example:
        for col in sorted(set(self.record) - KNOWN_COLUMNS):
            close = difflib.get_close_matches(col, sorted(KNOWN_COLUMNS), n=1, cutoff=0.7)
            hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(sorted(KNOWN_COLUMNS))}"
            raise ValueError(f"unknown record column {col!r} ({hint})")
        for col in NUMBER_COLUMNS:
            value = self.record.get(col)
            if isinstance(value, str):
                try:
                    float(value)
                except ValueError:
                    raise ValueError(f"{col} must be a number, got {value!r}") from None
        return self


class Examples(Frozen):
    """Self-tests: every ``fire`` record must fire the rule, no ``quiet`` record may."""

    fire: tuple[Example, ...] = Field(min_length=2)
    quiet: tuple[Example, ...] = Field(min_length=1)


class Effective(Frozen):
    """The rule applies to shipments dated ``from``..``until`` (inclusive; either may be open)."""

    from_: dt.date | None = Field(default=None, alias="from")
    until: dt.date | None = None


class RuleSpec(Frozen):
    """One export-control rule."""

    id: str = Field(pattern=RULE_ID)
    title: str = Field(min_length=3)
    category: Name
    subject: str = Field(default="goods", pattern=SUBJECT)
    severity: Severity
    score: float = Field(ge=0.0, le=1.0)
    rationale: str = Field(min_length=10)
    sources: Cites = Field(min_length=1)
    effective: Effective = Effective()
    when: Condition
    examples: Examples


class RuleFile(Frozen):
    """Top level of a rule file; sections are validated entry by entry (see ``loader``)."""

    description: str | None = None
    code_lists: dict[Name, Any] = Field(default_factory=dict)
    keyword_lists: dict[Name, Any] = Field(default_factory=dict)
    price_tables: dict[Name, Any] = Field(default_factory=dict)
    rules: list[Any] = Field(default_factory=list)


class SourceInfo(Frozen):
    """A citable source: the facts file's description of it."""

    title: str = Field(min_length=3)


class SourcesFile(Frozen):
    """``rules/sources.yaml``: the facts file's source ids the rules may cite."""

    description: str | None = None
    sources: dict[SourceId, SourceInfo] = Field(min_length=1)
