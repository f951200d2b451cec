"""Drift checks: the rule files against the researched facts file (skipped when ../shared is absent).

The CHPL codes and tiers, the country groups and their statuses, the cited source ids and the
occupied-region names must stay as the facts file states them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from screening.rules import RuleSet
from screening.rules.compiled import keyword_match
from screening.rules.text import token_expr
from screening.rules.vocab import Status
from tests.conftest import SHARED

FACTS = SHARED / "domain" / "export_control_facts.yaml"
TIER_LISTS = {"1": "chpl_tier_1", "2": "chpl_tier_2", "3.A": "chpl_tier_3a", "3.B": "chpl_tier_3b",
              "4.A": "chpl_tier_4a", "4.B": "chpl_tier_4b"}
# Deliberate departures from the facts file, each explained in countries.yaml
STATUS_EXCEPTIONS = {("embargoed", "SY"): Status.unverified}  # "verified historically; uncertain"


@pytest.fixture(scope="module")
def facts() -> dict[str, Any]:
    if not FACTS.exists():
        pytest.skip("../shared/domain/export_control_facts.yaml not present")
    data: dict[str, Any] = yaml.safe_load(Path(FACTS).read_text(encoding="utf-8"))
    return data


def _status(text: str) -> Status:
    return Status(text.split()[0].rstrip(";,"))


def test_cited_sources_exist_in_the_facts_file(bundled: RuleSet, facts: dict[str, Any]) -> None:
    assert bundled.library.sources is not None
    unknown = set(bundled.library.sources.sources) - set(facts["sources"])
    assert not unknown


def test_chpl_codes_and_tiers(bundled: RuleSet, facts: dict[str, Any]) -> None:
    items = facts["chpl"]["items"]
    assert len(items) == 50
    for tier, name in TIER_LISTS.items():
        expected = {i["hs6"] for i in items if i["tier"] == tier}
        assert set(bundled.library.code_lists[name].codes) == expected, name
    assert len(bundled.library.codes(["chpl"], None)) == 50


@pytest.mark.parametrize(("group", "section"), [
    ("transshipment_risk", ("transshipment_risk", "countries")),
    ("embargoed", ("embargoed_or_comprehensive", None)),
])
def test_country_groups_and_statuses(
    bundled: RuleSet, facts: dict[str, Any], group: str, section: tuple[str, str | None],
) -> None:
    entries = facts["countries"][section[0]]
    if section[1]:
        entries = entries[section[1]]
    expected = {e["iso"]: _status(e["status"]) for e in entries}
    members = bundled.library.countries_in([group], None)
    assert set(members) == set(expected)
    for iso, status in expected.items():
        assert members[iso].status is STATUS_EXCEPTIONS.get((group, iso), status), iso


def test_every_occupied_region_alias_is_recognised(bundled: RuleSet, facts: dict[str, Any]) -> None:
    aliases = [a for region in facts["countries"]["occupied_regions_ukraine"]["regions"]
               for a in region["aliases"]]
    hits = bundled.library.regions(["occupied_ukraine"], None)
    found, _, _ = keyword_match(token_expr(pl.col("a")), hits)
    recognised = pl.DataFrame({"a": aliases}).select(found).to_series().to_list()
    assert [a for a, ok in zip(aliases, recognised, strict=True) if not ok] == []
