"""Leaf condition specs: what each kind of leaf (hs, text, country, ...) takes in YAML.

Every spec is strict (unknown fields are errors) and validates what it can on its own: HS codes,
keywords and regexes compile, bounds are given. References to named lists, groups and regions
are resolved across files by ``checks``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from screening.rules.model_base import Frozen, HsCode, Name, Regex, Terms
from screening.rules.vocab import Status

Role = Literal["shipper", "consignee", "end_user", "forwarder", "payer"]
CountryColumn = Literal[
    "shipper_country", "consignee_country", "end_user_country", "origin_country",
    "destination_country", "transit_countries", "payer_country", "previous_destination_country",
]
SingleCountryColumn = Literal[
    "shipper_country", "consignee_country", "end_user_country", "origin_country",
    "destination_country", "payer_country", "previous_destination_country",
]
TextColumn = Literal[
    "goods_description", "shipper_name", "consignee_name", "consignee_address", "end_user_name",
    "forwarder_name", "payer_name", "end_user_address", "end_user_business", "consignee_business",
]
DateColumn = Literal["date", "end_user_incorporation_date", "consignee_incorporation_date"]


class HsSpec(Frozen):
    """HS code of the record starts with one of ``codes`` or a code of the named ``lists``."""

    lists: tuple[Name, ...] = ()
    codes: tuple[HsCode, ...] = ()
    min_status: Status | None = None  # use only list entries at least this well sourced

    @model_validator(mode="after")
    def _some(self) -> HsSpec:
        if not (self.lists or self.codes):
            raise ValueError("give `lists` (code list names) and/or `codes`")
        return self


class TextSpec(Frozen):
    """Keywords (per language, ``*`` = prefix) or safe regexes found in text columns."""

    fields: tuple[TextColumn, ...] = Field(default=("goods_description",), min_length=1)
    lists: tuple[Name, ...] = ()
    terms: Terms = Field(default_factory=dict)
    regex: tuple[Regex, ...] = ()

    @model_validator(mode="after")
    def _some(self) -> TextSpec:
        if not (self.lists or self.terms or self.regex):
            raise ValueError("give `lists` (keyword list names), `terms` and/or `regex`")
        return self


class PartyTypeSpec(Frozen):
    """Keywords in the names of parties in ``roles`` (e.g. forwarder, trading house, FZE)."""

    roles: tuple[Role, ...] = Field(min_length=1)
    lists: tuple[Name, ...] = ()
    terms: Terms = Field(default_factory=dict)

    @model_validator(mode="after")
    def _some(self) -> PartyTypeSpec:
        if not (self.lists or self.terms):
            raise ValueError("give `lists` (keyword list names) and/or `terms`")
        return self


class CountrySpec(Frozen):
    """A country column holds a member of the named groups / ISO codes / country names."""

    fields: tuple[CountryColumn, ...] = Field(min_length=1)
    in_: tuple[str, ...] = Field(alias="in", min_length=1)
    min_status: Status | None = None  # use only group members at least this well sourced
    min_matches: int = Field(default=1, ge=1)  # matching countries over all fields


class RegionSpec(Frozen):
    """An address (or other text) names a place of the named regions / region groups."""

    fields: tuple[TextColumn | CountryColumn, ...] = Field(
        default=("consignee_address",), min_length=1
    )
    in_: tuple[Name, ...] = Field(alias="in", min_length=1)
    min_status: Status | None = None


class ListMatchSpec(Frozen):
    """A party of ``roles`` matched a list entry (from the ``party_matches`` frame)."""

    roles: tuple[Role, ...] = ("shipper", "consignee", "end_user", "forwarder", "payer")
    sources: tuple[str, ...] = ()  # list source keys, e.g. ofac_sdn, us_csl
    lists: tuple[str, ...] = ()  # list names as the source writes them
    programs: tuple[str, ...] = ()  # any of these programs
    actions: tuple[Literal["block", "review"], ...] = ()
    min_score: float = Field(default=0.0, ge=0.0, le=1.0)


class SamePartySpec(Frozen):
    """Two of ``roles`` carry the same (normalised) name, e.g. consignee == forwarder."""

    roles: tuple[Role, ...] = Field(min_length=2)


class NumberSpec(Frozen):
    """``value``, ``quantity`` or ``unit_price`` (value / quantity) against bounds."""

    field: Literal["value", "quantity", "unit_price"]
    gt: float | None = None
    gte: float | None = None
    lt: float | None = None
    lte: float | None = None
    currency: tuple[str, ...] = ()  # only records in one of these currencies

    @model_validator(mode="after")
    def _some(self) -> NumberSpec:
        if all(b is None for b in (self.gt, self.gte, self.lt, self.lte)):
            raise ValueError("give at least one bound: gt, gte, lt, lte")
        return self


class UnitPriceSpec(Frozen):
    """Unit price (value / quantity) above ``above`` × or below ``below`` × the reference price."""

    table: Name
    above: float | None = Field(default=None, gt=0)
    below: float | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _some(self) -> UnitPriceSpec:
        if self.above is None and self.below is None:
            raise ValueError("give `above` and/or `below` (factors of the reference price)")
        return self


class DateSpec(Frozen):
    """A date column within ``from``..``until`` (both inclusive, ISO dates)."""

    field: DateColumn
    from_: dt.date | None = Field(default=None, alias="from")
    until: dt.date | None = None

    @model_validator(mode="after")
    def _some(self) -> DateSpec:
        if self.from_ is None and self.until is None:
            raise ValueError("give `from` and/or `until`")
        if self.from_ and self.until and self.from_ > self.until:
            raise ValueError("`from` is after `until`")
        return self


class CountryDiffersSpec(Frozen):
    """``field`` names a country that is none of the countries in the ``from`` columns."""

    field: SingleCountryColumn
    from_: tuple[SingleCountryColumn, ...] = Field(alias="from", min_length=1)
