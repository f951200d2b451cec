"""The Screener: lists -> index; records -> candidates -> scores -> rule hits -> decisions.

Each stage is a public method taking and returning polars frames, so large jobs can run them
one at a time; :meth:`Screener.screen` chains them for one batch and :func:`screen_file` streams
a whole input file through them in bounded memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from screening.decide import BLOCK_SCORE, decide
from screening.index.build import NameIndex
from screening.index.cache import combine, list_index
from screening.lists.bundled import bundled_lists
from screening.lists.store import ListStore
from screening.lists.version import StoredList
from screening.match.features import DEFAULT_CONFIG, MatchConfig
from screening.match.matcher import match_names
from screening.schema import HIT, PARTY_ROLES, conform, empty
from screening.screen.matching import MatchCache, best_match_columns, list_hits, match_parties

if TYPE_CHECKING:
    from screening.rules import RuleSet


@dataclass(frozen=True)
class Match:
    """One list entry a checked name matched."""

    list: str
    entity_id: str
    name: str  # the entry's primary name
    matched_name: str  # the listed name (primary or alias) that matched
    score: float
    explanation: str
    action: str
    programs: tuple[str, ...]
    list_version: str


@dataclass(frozen=True)
class CheckResult:
    """Result of screening one name."""

    query: str
    decision: str
    matches: list[Match] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``screening check --format json``."""
        return {
            "query": self.query,
            "decision": self.decision,
            "matches": [
                {
                    "list": m.list, "entity_id": m.entity_id, "name": m.name,
                    "matched_name": m.matched_name, "score": m.score,
                    "explanation": m.explanation, "action": m.action,
                    "programs": list(m.programs), "list_version": m.list_version,
                }
                for m in self.matches
            ],
        }


@dataclass(frozen=True)
class ScreenResult:
    """Decisions (one row per record, input order) and the hits behind them."""

    decisions: pl.DataFrame
    hits: pl.DataFrame


def resolve_lists(
    paths: Sequence[str | Path] = (), *, store: ListStore | None = None
) -> list[StoredList]:
    """``--list`` files when given; otherwise the bundled lists plus the store's imported lists."""
    store = store or ListStore()
    if paths:
        return [store.load(p) for p in paths]
    lists = [store.load(b.path, fmt=b.format, name=b.name) for b in bundled_lists()]
    return lists + store.current()


class Screener:
    """Screens names and records against lists and rules (see the module docstring)."""

    def __init__(
        self,
        lists: Sequence[StoredList],
        rules: RuleSet | None = None,
        *,
        config: MatchConfig = DEFAULT_CONFIG,
    ) -> None:
        self.lists = list(lists)
        self.rules = rules
        self.config = config
        self._index: NameIndex | None = None
        self.match_cache = MatchCache()

    @classmethod
    def from_paths(
        cls,
        list_paths: Sequence[str | Path] = (),
        rule_paths: Sequence[str | Path] = (),
        *,
        store: ListStore | None = None,
        config: MatchConfig = DEFAULT_CONFIG,
        with_rules: bool = True,
    ) -> Screener:
        """A screener over ``list_paths`` (default: bundled + imported) and ``rule_paths``
        (default: the bundled rules/ folder)."""
        rules = None
        if with_rules:
            from screening.rules import default_rules_dir, load_rules

            rules = load_rules([Path(p) for p in rule_paths] or [default_rules_dir()])
        return cls(resolve_lists(list_paths, store=store), rules, config=config)

    @property
    def index(self) -> NameIndex:
        """The combined name index of all lists (each list's part cached with its version)."""
        if self._index is None:
            self._index = combine([list_index(s) for s in self.lists])
        return self._index

    def check(
        self,
        name: str,
        *,
        country: str | None = None,
        entity_type: str | None = None,
        limit: int = 10,
    ) -> CheckResult:
        """Screen one name: matches best first and a decision."""
        found = match_names(
            [name], self.index, entity_types=[entity_type], countries=[country],
            config=self.config,
        )
        entries = self.index.entries
        rows = found.join(entries, on="entry_id").sort(
            ["score", "entry_id"], descending=[True, False]
        ).head(limit)
        matches = [
            Match(
                list=r["list_name"], entity_id=r["entry_id"], name=r["name"],
                matched_name=r["matched_name"], score=r["score"],
                explanation=r["explanation"], action=r["action"],
                programs=tuple(r["programs"] or ()), list_version=r["list_version"],
            )
            for r in rows.iter_rows(named=True)
        ]
        decision = "clear"
        if matches:
            block = any(m.action == "block" and m.score >= BLOCK_SCORE for m in matches)
            decision = "block" if block else "review"
        return CheckResult(query=name, decision=decision, matches=matches)

    # -- stages for record batches ---------------------------------------------------------
    def party_matches(self, records: pl.DataFrame) -> pl.DataFrame:
        """Stage: every (record, role, entry) whose party name matched."""
        return match_parties(records, self.index, self.config, self.match_cache)

    def rule_hits(self, records: pl.DataFrame, party_matches: pl.DataFrame) -> pl.DataFrame:
        """Stage: rule hits of the batch (empty when the screener has no rules)."""
        if self.rules is None:
            return empty(HIT)
        from screening.rules import evaluate

        return conform(evaluate(self.rules, records, party_matches), HIT, what="rule hit")

    def screen(self, records: pl.DataFrame) -> ScreenResult:
        """All stages over one batch of canonical records (with ``row_nr``)."""
        if "row_nr" not in records.columns:
            records = records.with_row_index("row_nr")
        good = records
        if "parse_error" in records.columns:
            good = records.filter(pl.col("parse_error").is_null())
        matches = self.party_matches(good)
        hits = pl.concat([list_hits(matches, good), self.rule_hits(good, matches)])
        hits = hits.sort(["row_nr", "kind", "subject", "score"], descending=[False, False, False, True])
        decisions = decide(records, hits)
        roles = [r for r in (*PARTY_ROLES, "party") if f"{r}_name" in records.columns
                 or (r == "party" and "name" in records.columns)]
        best = best_match_columns(matches, roles)
        decisions = decisions.join(best, on="row_nr", how="left", maintain_order="left")
        for role in roles:
            if f"{role}_match" not in decisions.columns:
                decisions = decisions.with_columns(
                    pl.lit(None, dtype=pl.Utf8).alias(f"{role}_match"),
                    pl.lit(None, dtype=pl.Float64).alias(f"{role}_match_score"),
                    pl.lit(None, dtype=pl.Utf8).alias(f"{role}_match_list"),
                    pl.lit(None, dtype=pl.Utf8).alias(f"{role}_match_entry_id"),
                )
        return ScreenResult(decisions=decisions, hits=hits)
