"""Country groups and regions from countries.yaml: includes, min_status filtering, region terms."""

from __future__ import annotations

import pytest

from screening.rules import RuleSet
from screening.rules.vocab import Status


def test_embargoed_resolves_includes_with_member_status(bundled: RuleSet) -> None:
    members = bundled.library.countries_in(["embargoed"], None)
    assert set(members) == {"RU", "BY", "IR", "CU", "KP", "SY"}
    assert members["RU"].label == "embargoed/russia_belarus"
    assert members["KP"].status is Status.unverified


@pytest.mark.parametrize(("floor", "expected"), [
    (None, {"RU", "BY", "IR", "CU", "KP", "SY"}),
    (Status.secondary, {"RU", "BY", "IR", "CU"}),
    (Status.verified, {"RU", "BY", "IR", "CU"}),
])
def test_min_status_filters_members(bundled: RuleSet, floor: Status | None, expected: set[str]) -> None:
    assert set(bundled.library.countries_in(["embargoed"], floor)) == expected


def test_transshipment_members_by_status(bundled: RuleSet) -> None:
    everyone = bundled.library.countries_in(["transshipment_risk"], None)
    strong = bundled.library.countries_in(["transshipment_risk"], Status.corroborated)
    assert {"AE", "KG", "KZ", "AM", "TR", "CN", "HK"} <= set(strong)
    assert "SG" in everyone
    assert "SG" not in strong
    assert "GE" not in strong  # one source only


def test_codes_and_names_resolve_outside_groups(bundled: RuleSet) -> None:
    got = bundled.library.countries_in(["RU", "Kyrgyzstan", "Российская Федерация"], None)
    assert set(got) == {"RU", "KG"}
    assert not bundled.library.is_country_entry("in")  # lower case is a group name, not India
    assert bundled.library.is_country_entry("IN")


def test_region_terms(bundled: RuleSet) -> None:
    crimea_verified = bundled.library.regions(["crimea"], Status.verified)
    assert " севастопол" in crimea_verified  # prefix: Севастополь, Севастополя ...
    assert " simferopol " not in crimea_verified  # cities are unverified (illustrative)
    everything = bundled.library.regions(["occupied_ukraine"], None)
    assert " simferopol " in everything
    assert " днр " in everything
    assert everything[" днр "].status is Status.verified  # the region's own (verified) name
    assert everything[" mariupol "].status is Status.unverified  # a city: illustrative


def test_include_cycles_are_reported(bundled: RuleSet) -> None:
    assert bundled.library.countries.include_cycle("embargoed") is None
