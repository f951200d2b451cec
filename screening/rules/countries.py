"""Country groups and occupied regions, defined once in ``rules/countries.yaml``.

A group lists ISO2 members, each with the status and sources the facts file gives it, and may
``include`` other groups. A rule can use only the members at least as well sourced as it needs
(``min_status``), so one ``transshipment_risk`` group serves both a review rule (every member)
and a stricter one (corroborated members only).

Regions are places without an ISO code (Crimea, the occupied parts of four Ukrainian oblasts),
found in addresses by keyword: ``names`` are the region's own names in several scripts, with the
region's status; ``places`` are cities and towns, which the facts file calls illustrative, so
they carry ``places_status`` (unverified by default).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator, Field

from screening.countries import all_iso2
from screening.rules.model_base import Frozen, Name, SourceId, Term
from screening.rules.text import compile_term
from screening.rules.vocab import Status


def _iso2(code: str) -> str:
    if code not in all_iso2():
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code (upper case)")
    return code


Iso2 = Annotated[str, AfterValidator(_iso2)]


class Member(Frozen):
    """A country in a group, with the evidence for putting it there."""

    name: str | None = None
    status: Status
    sources: tuple[SourceId, ...] = ()
    note: str | None = None


class Group(Frozen):
    """A named set of countries."""

    title: str = Field(min_length=3)
    members: dict[Iso2, Member] = Field(default_factory=dict)
    include: tuple[Name, ...] = ()


class Region(Frozen):
    """A place without its own country code, found by its names in address text."""

    title: str = Field(min_length=3)
    status: Status
    sources: tuple[SourceId, ...] = Field(min_length=1)
    names: tuple[Term, ...] = Field(min_length=1)
    places: tuple[Term, ...] = ()
    places_status: Status = Status.unverified
    note: str | None = None


class CountriesFile(Frozen):
    """``rules/countries.yaml``."""

    description: str | None = None
    groups: dict[Name, Group] = Field(min_length=1)
    regions: dict[Name, Region] = Field(default_factory=dict)
    region_groups: dict[Name, tuple[Name, ...]] = Field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    """What a resolved group member or region term stands for."""

    label: str  # group or region name, for explanations
    status: Status


@dataclass(frozen=True)
class CountryBook:
    """The loaded ``countries.yaml`` with includes resolved."""

    spec: CountriesFile

    def group_members(self, name: str, seen: frozenset[str] = frozenset()) -> dict[str, Hit]:
        """ISO2 → (innermost group, status) over ``name`` and its includes (first one wins)."""
        group = self.spec.groups[name]
        out = {iso: Hit(name, m.status) for iso, m in group.members.items()}
        for inner in group.include:
            if inner in self.spec.groups and inner not in seen | {name}:
                for iso, hit in self.group_members(inner, seen | {name}).items():
                    out.setdefault(iso, hit)
        return out

    def include_cycle(self, name: str, path: tuple[str, ...] = ()) -> tuple[str, ...] | None:
        """The include chain that leads back to ``name``, if any."""
        for inner in self.spec.groups[name].include:
            if inner in path or inner == name:
                return (*path, name, inner)
            if inner in self.spec.groups and (found := self.include_cycle(inner, (*path, name))):
                return found
        return None

    def regions_of(self, name: str) -> tuple[str, ...]:
        """Region names behind a region or region-group name (empty when unknown)."""
        if name in self.spec.regions:
            return (name,)
        return tuple(r for r in self.spec.region_groups.get(name, ()) if r in self.spec.regions)

    def region_patterns(self, names: tuple[str, ...], min_status: Status | None) -> dict[str, Hit]:
        """Token-text pattern → (region, status) for the regions' names and places."""
        out: dict[str, Hit] = {}
        floor = min_status.rank if min_status else -1
        for region_name in dict.fromkeys(r for n in names for r in self.regions_of(n)):
            region = self.spec.regions[region_name]
            for terms, status in ((region.names, region.status),
                                  (region.places, region.places_status)):
                if status.rank < floor:
                    continue
                for term in terms:
                    pattern = compile_term(term)[0]
                    if pattern is not None:
                        out.setdefault(pattern, Hit(f"{region_name}: {term}", status))
        return out
