"""Fixtures for the rule tests: the bundled rule set (loaded once) and helpers to evaluate records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import polars as pl
import pytest

from screening.rules import RuleSet, default_rules_dir, evaluate, load_rules
from tests.rules.helpers import Records, frame


@pytest.fixture(scope="session")
def bundled() -> RuleSet:
    """The repository's rules/ directory, validated without running examples."""
    return load_rules([default_rules_dir()])


@pytest.fixture
def hits_of(bundled: RuleSet) -> Callable[..., pl.DataFrame]:
    """Evaluate the bundled rules over records (and optional party-match rows)."""

    def run(records: Records, matches: Sequence[dict[str, Any]] | None = None,
            ruleset: RuleSet | None = None) -> pl.DataFrame:
        pm = None
        if matches is not None:
            pm = pl.DataFrame(list(matches)).with_columns(pl.col("row_nr").cast(pl.UInt32))
        return evaluate(ruleset or bundled, frame(records), pm)

    return run
