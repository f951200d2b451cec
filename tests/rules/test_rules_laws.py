"""Laws of the vectorised evaluator, checked on random batches:

* a batch gives the same hits as its records one by one (per-distinct-value tables and joins
  change nothing);
* the vectorised normalisers give the same hits as their Python twins;
* removing information (nulling cells) never adds a hit (three-valued logic is monotone).
"""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening.rules import RuleSet, evaluate
from screening.rules import forms as forms_module
from tests.rules.helpers import frame

RULES = [
    "CHPL_T12_EMBARGOED", "CHPL_T12_DIVERSION", "CHPL_DUE_DILIGENCE", "DEST_CRIMEA",
    "DEST_OCCUPIED_OBLASTS", "UAV_TERMS_RISK_DEST", "ENG_MARINE_TERMS_EMBARGOED",
    "ELEC_FPGA_PART_NUMBER", "ROUTE_MULTIPLE_HUBS", "RF_FORWARDER_IS_END_USER",
    "RF_THIRD_COUNTRY_PAYER", "RF_NEW_COMPANY_HUB", "RF_HIGH_VALUE_CHPL_HUB",
    "RF_UNIT_PRICE_ANOMALY", "RF_BUSINESS_MISMATCH", "RF_END_USER_MISSING_CHPL",
    "ROUTE_DIVERSION_FORWARDER_CHPL",
]
POOLS: dict[str, list[Any]] = {
    "hs_code": ["8542.31.00", "854150", "8806.22", "940360", "8408.10", None],
    "goods_description": ["Беспилотник", "无人机", "судовые дизели", "IC XC7K325T", "coffee", None],
    "destination_country": ["RU", "KG", "DE", "Kazakhstan", "ОАЭ", "xx", None],
    "end_user_country": ["KG", "AE", "DE", None],
    "consignee_name": ["Alatoo Cargo LLC", "Bakery Sunrise", "Bosch GmbH", None],
    "end_user_name": ["ALATOO CARGO, LLC", "Bosch GmbH", "  ", None],
    "forwarder_name": ["Alatoo Cargo LLC", "DHL", None],
    "consignee_address": ["г. Севастополь", "Donetsk, Artema 1", "Berlin", None],
    "transit_countries": ["HK;AE", "TR", "PL;BY;RU", "", None],
    "payer_country": ["HK", "KG", None],
    "end_user_incorporation_date": ["2023-01-01", "2001-01-01", "bad", None],
    "value": [250000.0, 10.0, None],
    "quantity": [10.0, 0.0, None],
    "currency": ["USD", "eur", None],
}
RECORD = st.fixed_dictionaries({col: st.sampled_from(pool) for col, pool in POOLS.items()})
SETTINGS = settings(max_examples=6, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _pairs(hits: pl.DataFrame) -> set[tuple[int, str, str, str]]:
    return {(r["row_nr"], r["ref"], r["subject"], r["explanation"])
            for r in hits.iter_rows(named=True)}


NON_MONOTONE = frozenset({"not", "country_differs", "party_missing"})
"""Condition kinds that can turn true when a field is blanked."""


def _non_monotone(cond: Any) -> bool:
    """Whether a rule condition holds a negation, a difference or an absence anywhere."""
    if cond.TAG in NON_MONOTONE:
        return True
    children = getattr(cond, "all", None) or getattr(cond, "any", None) or ()
    return any(_non_monotone(child) for child in children)


@pytest.fixture(scope="module")
def subset(bundled: RuleSet) -> RuleSet:
    return bundled.subset(RULES)


@SETTINGS
@given(st.lists(RECORD, min_size=2, max_size=3))
def test_batch_equals_records_one_by_one(subset: RuleSet, records: list[dict[str, Any]]) -> None:
    batch = frame(records)
    singles = set()
    for i in range(batch.height):
        one = evaluate(subset, batch.slice(i, 1))
        singles |= _pairs(one.with_columns(pl.lit(i, pl.UInt32).alias("row_nr")))
    assert _pairs(evaluate(subset, batch)) == singles


@SETTINGS
@given(records=st.lists(RECORD, min_size=1, max_size=4))
def test_vectorised_normalisers_equal_python_twins(
    subset: RuleSet, records: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch,
) -> None:
    batch = frame(records)
    python = _pairs(evaluate(subset, batch))
    with monkeypatch.context() as patch:
        patch.setattr(forms_module, "SMALL", -1)
        assert _pairs(evaluate(subset, batch)) == python


@SETTINGS
@given(st.lists(RECORD, min_size=1, max_size=3),
       st.lists(st.booleans(), min_size=3 * len(POOLS), max_size=3 * len(POOLS)))
def test_less_information_never_adds_hits(
    subset: RuleSet, records: list[dict[str, Any]], flags: list[bool],
) -> None:
    # the blanking mask is a plain drawn list (no interactive draws), so replays are stable
    cols = list(POOLS)
    blanked = [
        {k: (None if flags[i * len(cols) + cols.index(k)] else v) for k, v in dict(rec).items()}
        for i, rec in enumerate(records)
    ]
    # rules that fire on an absence (an end user missing), a difference (a payer country unlike
    # the others: blank the one that agreed) or hold a negation (CHPL_T12_DIVERSION: "not to an
    # embargoed country", the milder sibling of CHPL_T12_EMBARGOED) are the exceptions
    monotone = {r.spec.id for r in subset.rules if not _non_monotone(r.spec.when)}

    def presence(pairs: set[tuple[int, str, str, str]]) -> set[tuple[int, str]]:
        return {(r, ref) for r, ref, _, _ in pairs if "MISSING" not in ref and ref in monotone}

    full = presence(_pairs(evaluate(subset, frame(records))))
    fewer = presence(_pairs(evaluate(subset, frame(blanked))))
    assert fewer <= full
