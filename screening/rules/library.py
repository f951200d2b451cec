"""Shared definitions of a rule set and how a condition's references resolve against them.

Code lists, keyword lists and price tables come from any rule file; country groups and regions
from ``countries.yaml``; citable sources from ``sources.yaml``. Every resolver returns, per
matched item, an explanation label and the evidence status, filtered by ``min_status``.
Unknown names resolve to nothing here; the validator (``checks``) reports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from screening.countries import all_iso2, to_iso2
from screening.rules.countries import CountryBook, Hit
from screening.rules.model import CodeList, KeywordList, PriceTable, SourcesFile
from screening.rules.model_base import Terms
from screening.rules.text import compile_term
from screening.rules.vocab import Status


@dataclass(frozen=True)
class Library:
    """Everything a rule may refer to by name."""

    countries: CountryBook
    code_lists: dict[str, CodeList] = field(default_factory=dict)
    keyword_lists: dict[str, KeywordList] = field(default_factory=dict)
    price_tables: dict[str, PriceTable] = field(default_factory=dict)
    sources: SourcesFile | None = None

    def codes(
        self, names: Iterable[str], min_status: Status | None, seen: frozenset[str] = frozenset()
    ) -> dict[str, Hit]:
        """HS code → label/status over the named code lists and their includes."""
        out: dict[str, Hit] = {}
        floor = min_status.rank if min_status else -1
        for name in names:
            code_list = self.code_lists.get(name)
            if code_list is None or name in seen:
                continue
            for code, entry in code_list.codes.items():
                status = entry.status or code_list.status or Status.unverified
                if status.rank >= floor:
                    out.setdefault(code, Hit(f"{code} in {code_list.title} ({entry.label})", status))
            for code, hit in self.codes(code_list.include, min_status, seen | {name}).items():
                out.setdefault(code, hit)
        return out

    def keywords(self, names: Iterable[str], terms: Terms) -> dict[str, Hit]:
        """Match pattern → ``"term" (lang)``/status for keyword lists plus inline terms."""
        out: dict[str, Hit] = {}
        sources: list[tuple[Terms, Status, str]] = [(terms, Status.verified, "")]
        for name in names:
            if (kw := self.keyword_lists.get(name)) is not None:
                sources.append((kw.terms, kw.status, f" from {name}"))
        for lang_terms, status, where in sources:
            for lang, words in lang_terms.items():
                for word in words:
                    pattern = compile_term(word)[0]
                    if pattern is not None:
                        out.setdefault(pattern, Hit(f'({lang} "{word}"{where})', status))
        return out

    def countries_in(self, entries: Iterable[str], min_status: Status | None) -> dict[str, Hit]:
        """ISO2 → label/status for group names, ISO codes and country names."""
        out: dict[str, Hit] = {}
        floor = min_status.rank if min_status else -1
        for entry in entries:
            if entry in self.countries.spec.groups:
                for iso, hit in self.countries.group_members(entry).items():
                    if hit.status.rank >= floor:
                        label = entry if hit.label == entry else f"{entry}/{hit.label}"
                        out.setdefault(iso, Hit(label, hit.status))
            elif (code := country_code(entry)) is not None:
                out.setdefault(code, Hit(code, Status.verified))
        return out

    def regions(self, names: Iterable[str], min_status: Status | None) -> dict[str, Hit]:
        """Match pattern → ``region: term``/status for region and region-group names."""
        return self.countries.region_patterns(tuple(names), min_status)

    def is_country_entry(self, entry: str) -> bool:
        """Whether ``entry`` of a ``country.in`` is a group name or a country code/name."""
        return entry in self.countries.spec.groups or country_code(entry) is not None


def country_code(entry: str) -> str | None:
    """ISO2 for an upper-case ISO2 code or a country name (not a lower-case code: ``in`` is no
    typo-tolerant spelling of India, it is an unknown group)."""
    if len(entry) == 2:
        return entry if entry.isupper() and entry in all_iso2() else None
    return to_iso2(entry) if len(entry) > 3 else None
