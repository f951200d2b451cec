"""What a rule refers to by name, whether each name resolves, and the evidence it rests on.

A rule is only as strong as its weakest fact: its own cited sources plus every code list entry,
keyword list, country-group member, region term and price table its conditions use (after
``min_status`` filtering). :func:`evidence` lists them; the validator turns the weakest into the
"unverified facts may be used only at review severity" check, and ``rules explain`` prints them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from screening.rules import conditions as c
from screening.rules.countries import Hit
from screening.rules.library import Library
from screening.rules.model import RuleSpec
from screening.rules.vocab import Status
from screening.rules.yamlsrc import Path_


@dataclass(frozen=True)
class Ref:
    """One name used in a condition, where (``loc``), and of what kind."""

    loc: Path_
    kind: str  # "code list" | "keyword list" | "country" | "region" | "price table"
    name: str
    min_status: Status | None = None


@dataclass(frozen=True)
class Evidence:
    """One fact a rule rests on."""

    status: Status
    what: str


def iter_refs(node: c.Condition, loc: Path_) -> Iterator[Ref]:
    """Every named reference in the tree under ``node`` (found at ``loc``)."""
    if isinstance(node, c.AllCond | c.AnyCond):
        key = node.TAG
        for i, child in enumerate(node.all if isinstance(node, c.AllCond) else node.any):
            yield from iter_refs(child, (*loc, key, i))
    elif isinstance(node, c.NotCond):
        yield from iter_refs(node.not_, (*loc, "not"))
    elif isinstance(node, c.HsCond):
        for i, name in enumerate(node.hs.lists):
            yield Ref((*loc, "hs", "lists", i), "code list", name, node.hs.min_status)
    elif isinstance(node, c.TextCond | c.PartyTypeCond):
        spec = node.text if isinstance(node, c.TextCond) else node.party_type
        for i, name in enumerate(spec.lists):
            yield Ref((*loc, node.TAG, "lists", i), "keyword list", name)
    elif isinstance(node, c.CountryCond):
        for i, name in enumerate(node.country.in_):
            yield Ref((*loc, "country", "in", i), "country", name, node.country.min_status)
    elif isinstance(node, c.RegionCond):
        for i, name in enumerate(node.region.in_):
            yield Ref((*loc, "region", "in", i), "region", name, node.region.min_status)
    elif isinstance(node, c.UnitPriceCond):
        yield Ref((*loc, "unit_price", "table"), "price table", node.unit_price.table)


def _known(ref: Ref, lib: Library) -> Iterable[str]:
    spec = lib.countries.spec
    tables: dict[str, Iterable[str]] = {
        "code list": lib.code_lists,
        "keyword list": lib.keyword_lists,
        "price table": lib.price_tables,
        "region": [*spec.regions, *spec.region_groups],
        "country": spec.groups,
    }
    return tables[ref.kind]


def _weakest(label: str, hits: dict[str, Hit], country: bool) -> list[Evidence]:
    """One evidence item per distinct status, naming the members that have it."""
    by_status: dict[Status, list[str]] = {}
    for key, hit in hits.items():
        by_status.setdefault(hit.status, []).append(key if country else hit.label)
    out = []
    for status, names in sorted(by_status.items(), key=lambda kv: -kv[0].rank):
        more = f" and {len(names) - 3} more" if len(names) > 3 else ""
        out.append(Evidence(status, f"{label}: {', '.join(names[:3])}{more}"))
    return out


def resolve(ref: Ref, lib: Library) -> tuple[str | None, list[Evidence]]:
    """(problem or None, evidence) for one reference."""
    floor = f" at least {ref.min_status.value}" if ref.min_status else ""
    label = f"{ref.kind} {ref.name!r}"
    if ref.kind == "country" and not ref.name.islower():
        if lib.is_country_entry(ref.name):
            return None, []
        return f"{ref.name!r} is not an upper-case ISO2 code, a country name or a group", []
    known = list(_known(ref, lib))
    if ref.name not in known:
        close = difflib.get_close_matches(ref.name, known, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else f"; known: {', '.join(sorted(known))}"
        kind = "country group" if ref.kind == "country" else ref.kind
        return f"unknown {kind} {ref.name!r}{hint}", []
    if ref.kind == "keyword list":
        kw = lib.keyword_lists[ref.name]
        return None, [Evidence(kw.status, label)]
    if ref.kind == "price table":
        return None, [Evidence(lib.price_tables[ref.name].status, label)]
    hits = {
        "code list": lambda: lib.codes([ref.name], ref.min_status),
        "country": lambda: lib.countries_in([ref.name], ref.min_status),
        "region": lambda: lib.regions([ref.name], ref.min_status),
    }[ref.kind]()
    if not hits:
        return f"{label} has no entry{floor}", []
    return None, _weakest(label, hits, ref.kind == "country")


def evidence(spec: RuleSpec, lib: Library) -> list[Evidence]:
    """Every fact ``spec`` rests on: its cited sources and what its conditions use."""
    out = [Evidence(status, f"source {sid}") for sid, status in spec.sources.items()]
    for ref in iter_refs(spec.when, ("when",)):
        out.extend(resolve(ref, lib)[1])
    return out
