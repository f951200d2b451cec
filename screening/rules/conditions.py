"""The condition tree of a rule: ``all`` / ``any`` / ``not`` over leaf conditions.

Each node is a YAML mapping with exactly one key naming its kind (``{hs: {...}}``,
``{all: [...]}``); the leaf specs are in :mod:`~screening.rules.leaf_specs`. Leaves are evaluated
with three-valued logic: a leaf whose input is missing or null is *unknown*, ``not unknown``
stays unknown, and a rule fires only when its tree is true -- so a missing column can never make
a rule fire (nor crash it).
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import Discriminator, Field, Tag

from screening.rules.leaf_specs import (
    CountryDiffersSpec,
    CountrySpec,
    DateSpec,
    HsSpec,
    ListMatchSpec,
    NumberSpec,
    PartyTypeSpec,
    RegionSpec,
    Role,
    SamePartySpec,
    TextSpec,
    UnitPriceSpec,
)
from screening.rules.model_base import Frozen

__all__ = [
    "CountryDiffersSpec", "CountrySpec", "DateSpec", "HsSpec", "ListMatchSpec", "NumberSpec",
    "PartyTypeSpec", "RegionSpec", "Role", "SamePartySpec", "TextSpec", "UnitPriceSpec",
]


class _Node(Frozen):
    TAG: ClassVar[str]


class HsCond(_Node):
    TAG = "hs"
    hs: HsSpec


class TextCond(_Node):
    TAG = "text"
    text: TextSpec


class CountryCond(_Node):
    TAG = "country"
    country: CountrySpec


class RegionCond(_Node):
    TAG = "region"
    region: RegionSpec


class PartyMissingCond(_Node):
    TAG = "party_missing"
    party_missing: Role


class PartyPresentCond(_Node):
    TAG = "party_present"
    party_present: Role


class PartyTypeCond(_Node):
    TAG = "party_type"
    party_type: PartyTypeSpec


class ListMatchCond(_Node):
    TAG = "list_match"
    list_match: ListMatchSpec


class SamePartyCond(_Node):
    TAG = "same_party"
    same_party: SamePartySpec


class NumberCond(_Node):
    TAG = "number"
    number: NumberSpec


class UnitPriceCond(_Node):
    TAG = "unit_price"
    unit_price: UnitPriceSpec


class DateCond(_Node):
    TAG = "date"
    date: DateSpec


class CountryDiffersCond(_Node):
    TAG = "country_differs"
    country_differs: CountryDiffersSpec


class AllCond(_Node):
    TAG = "all"
    all: tuple[Condition, ...] = Field(min_length=1)


class AnyCond(_Node):
    TAG = "any"
    any: tuple[Condition, ...] = Field(min_length=1)


class NotCond(_Node):
    TAG = "not"
    not_: Condition = Field(alias="not")


NODE_TYPES: tuple[type[_Node], ...] = (
    AllCond, AnyCond, NotCond, HsCond, TextCond, CountryCond, RegionCond, PartyMissingCond,
    PartyPresentCond, PartyTypeCond, ListMatchCond, SamePartyCond, NumberCond, UnitPriceCond,
    DateCond, CountryDiffersCond,
)
TAGS = tuple(t.TAG for t in NODE_TYPES)
CONDITION_ERROR = "condition"


def _tag(value: Any) -> str | None:
    if isinstance(value, _Node):
        return value.TAG
    if isinstance(value, dict) and len(value) == 1:
        key = next(iter(value))
        return key if key in TAGS else None
    return None


Condition = Annotated[
    Annotated[AllCond, Tag("all")]
    | Annotated[AnyCond, Tag("any")]
    | Annotated[NotCond, Tag("not")]
    | Annotated[HsCond, Tag("hs")]
    | Annotated[TextCond, Tag("text")]
    | Annotated[CountryCond, Tag("country")]
    | Annotated[RegionCond, Tag("region")]
    | Annotated[PartyMissingCond, Tag("party_missing")]
    | Annotated[PartyPresentCond, Tag("party_present")]
    | Annotated[PartyTypeCond, Tag("party_type")]
    | Annotated[ListMatchCond, Tag("list_match")]
    | Annotated[SamePartyCond, Tag("same_party")]
    | Annotated[NumberCond, Tag("number")]
    | Annotated[UnitPriceCond, Tag("unit_price")]
    | Annotated[DateCond, Tag("date")]
    | Annotated[CountryDiffersCond, Tag("country_differs")],
    Discriminator(
        _tag,
        custom_error_type=CONDITION_ERROR,
        custom_error_message="a condition is a mapping with exactly one key, one of: "
        + ", ".join(TAGS),
    ),
]

for _model in (AllCond, AnyCond, NotCond):
    _model.model_rebuild()
