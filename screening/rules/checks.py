"""Cross-file checks that no single model can do: names resolve, ids are unique, sources exist,
and no rule blocks on unverified facts.

Every problem is written to the document it belongs to, at the line of the offending value, so
the loader can raise them all together.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel

from screening.rules.countries import CountriesFile
from screening.rules.library import Library
from screening.rules.model import RuleSpec
from screening.rules.refs import iter_refs, resolve
from screening.rules.vocab import MAX_SEVERITY_FOR_UNVERIFIED, Status
from screening.rules.yamlsrc import Path_, YamlDoc

T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True)
class Located(Generic[T]):
    """A validated model and where it was written."""

    item: T
    name: str
    doc: YamlDoc
    loc: Path_


def check_unique(items: Iterable[Located[T]], what: str) -> None:
    """Report every repeat of a name (rule id, list name) with where it was first defined."""
    first: dict[str, Located[T]] = {}
    for entry in items:
        if entry.name in first:
            prev = first[entry.name]
            entry.doc.problem(entry.loc, f"duplicate {what} {entry.name!r}: first defined at "
                                         f"{prev.doc.where(prev.loc)}")
        else:
            first[entry.name] = entry


def check_sources(lib: Library, ids: Iterable[tuple[str, Path_]], doc: YamlDoc) -> None:
    """Every cited source id must be a key of ``sources.yaml``."""
    if lib.sources is None:
        return
    known = list(lib.sources.sources)
    for sid, loc in ids:
        if sid not in lib.sources.sources:
            close = difflib.get_close_matches(sid, known, n=1, cutoff=0.7)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            doc.problem(loc, f"unknown source {sid!r}{hint}: cite ids of sources.yaml", key=True)


def cite_locs(cites: Mapping[str, Status], loc: Path_) -> list[tuple[str, Path_]]:
    return [(sid, (*loc, "sources", sid)) for sid in cites]


def check_code_list_includes(lib: Library, lists: Iterable[Located[BaseModel]]) -> None:
    for entry in lists:
        for i, inner in enumerate(getattr(entry.item, "include", ())):
            if inner not in lib.code_lists:
                entry.doc.problem((*entry.loc, "include", i), f"unknown code list {inner!r}")
            elif inner == entry.name or entry.name in _includes(lib, inner, set()):
                entry.doc.problem((*entry.loc, "include", i),
                                  f"code list {entry.name!r} includes itself via {inner!r}")


def _includes(lib: Library, name: str, seen: set[str]) -> set[str]:
    if name in seen or name not in lib.code_lists:
        return seen
    seen.add(name)
    for inner in lib.code_lists[name].include:
        _includes(lib, inner, seen)
    return seen


def check_countries(lib: Library, spec: CountriesFile, doc: YamlDoc) -> None:
    """Group includes and region groups resolve, without cycles; member sources exist."""
    book = lib.countries
    for name, group in spec.groups.items():
        for i, inner in enumerate(group.include):
            if inner not in spec.groups:
                doc.problem(("groups", name, "include", i), f"unknown country group {inner!r}")
        if cycle := book.include_cycle(name):
            doc.problem(("groups", name, "include"), f"include cycle: {' -> '.join(cycle)}")
        for iso, member in group.members.items():
            at: Path_ = ("groups", name, "members", iso, "sources")
            check_sources(lib, [(s, (*at, i)) for i, s in enumerate(member.sources)], doc)
    for name, region in spec.regions.items():
        at = ("regions", name, "sources")
        check_sources(lib, [(s, (*at, i)) for i, s in enumerate(region.sources)], doc)
    for name, members in spec.region_groups.items():
        for i, region_name in enumerate(members):
            if region_name not in spec.regions:
                doc.problem(("region_groups", name, i), f"unknown region {region_name!r}")


def check_rule(rule: Located[RuleSpec], lib: Library) -> None:
    """References resolve; a rule resting on unverified facts is at most ``review``."""
    spec, doc, loc = rule.item, rule.doc, rule.loc
    check_sources(lib, cite_locs(spec.sources, loc), doc)
    weak = [f"source {sid}" for sid, st in spec.sources.items() if st is Status.unverified]
    for ref in iter_refs(spec.when, (*loc, "when")):
        problem, found = resolve(ref, lib)
        if problem:
            doc.problem(ref.loc, problem)
        weak.extend(e.what for e in found if e.status is Status.unverified)
    if weak and spec.severity.rank > MAX_SEVERITY_FOR_UNVERIFIED.rank:
        doc.problem(
            (*loc, "severity"),
            f"rule {spec.id} has severity {spec.severity.value!r} but rests on unverified facts "
            f"({'; '.join(dict.fromkeys(weak))}); unverified facts may be used only up to "
            f"{MAX_SEVERITY_FOR_UNVERIFIED.value!r} (lower the severity or set min_status)",
        )
    eff = spec.effective
    if eff.from_ and eff.until and eff.from_ > eff.until:
        doc.problem((*loc, "effective"), "effective `from` is after `until`")
