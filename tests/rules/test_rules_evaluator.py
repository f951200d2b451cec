"""The evaluator's contract: HIT schema, row numbers, missing data, dtypes, list matches,
subjects, effective dates, versions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import polars as pl
import pytest

from screening.rules import RuleSet, evaluate
from screening.schema import HIT, SHIPMENT
from tests.rules.helpers import frame

FULL = {
    "record_id": "R1", "date": "2024-05-01", "shipper_name": "Acme GmbH", "shipper_country": "DE",
    "consignee_name": "Alatoo Cargo Express LLC", "consignee_country": "KG",
    "consignee_address": "Bishkek, Chui 1", "end_user_name": "Silk Road Logistics",
    "end_user_country": "KG", "forwarder_name": "Silk Road Logistics", "origin_country": "DE",
    "transit_countries": "TR;KZ", "destination_country": "KG", "hs_code": "8542.31.00",
    "goods_description": "Microcontrollers, FPGA XC7K325T", "quantity": 100.0, "value": 250000.0,
    "currency": "USD",
}


def test_hits_have_the_hit_schema_and_follow_row_numbers(bundled: RuleSet) -> None:
    records = frame([FULL, {"record_id": "R2", "destination_country": "DE"}, FULL])
    records = records.with_columns(pl.Series("row_nr", [7, 3, 11], dtype=pl.UInt32))
    hits = evaluate(bundled, records)
    assert hits.schema == pl.Schema(HIT)
    assert hits["row_nr"].to_list() == sorted(hits["row_nr"].to_list())
    assert set(hits["row_nr"]) == {7, 11}
    assert set(hits.filter(pl.col("row_nr") == 7)["record_id"]) == {"R1"}
    assert hits.select(pl.struct("row_nr", "ref").is_unique().all()).item()  # one row per pair
    assert set(hits["kind"]) == {"rule"}


def test_rule_order_within_a_record_follows_the_rule_set(bundled: RuleSet) -> None:
    hits = evaluate(bundled, frame([FULL]))
    order = {rule.id: i for i, rule in enumerate(bundled.rules)}
    assert [order[r] for r in hits["ref"]] == sorted(order[r] for r in hits["ref"])


DROPS = {
    "countries": [c for c in SHIPMENT if c.endswith(("_country", "_countries"))],
    "names": [c for c in SHIPMENT if c.endswith("_name")],
    "goods": ["hs_code", "goods_description"],
    "amounts": ["value", "quantity", "currency"],
    "ids_dates_address": ["record_id", "date", "consignee_address"],
}


@pytest.mark.parametrize("dropped", list(DROPS))
def test_missing_columns_are_tolerated(bundled: RuleSet, dropped: str) -> None:
    records = frame([FULL]).drop(DROPS[dropped])
    full = set(evaluate(bundled, frame([FULL]))["ref"])
    hits = set(evaluate(bundled, records)["ref"])
    assert hits  # the rest still fires
    assert hits <= full  # and dropping data never adds a hit


def test_nothing_fires_on_empty_or_null_records(bundled: RuleSet) -> None:
    assert evaluate(bundled, frame([{"record_id": "x"}])).height == 0
    nulls = pl.DataFrame({c: [None] for c in SHIPMENT}, schema=dict(SHIPMENT))
    assert evaluate(bundled, nulls).height == 0
    empty = pl.DataFrame(schema={**SHIPMENT, "row_nr": pl.UInt32})
    assert evaluate(bundled, empty).schema == pl.Schema(HIT)


def test_other_dtypes_and_no_row_nr(bundled: RuleSet) -> None:
    records = pl.DataFrame({
        "hs_code": [854231], "destination_country": ["RU"], "value": ["1000"],
        "date": [dt.date(2024, 1, 5)],
    })
    hits = evaluate(bundled, records)
    assert "CHPL_T12_EMBARGOED" in hits["ref"].to_list()
    assert hits["row_nr"].to_list()[0] == 0


def test_list_match_rules_need_party_matches(hits_of: Callable[..., pl.DataFrame]) -> None:
    record = {"hs_code": "854231", "end_user_name": "Sinno Electronics Co. Limited"}
    assert "RF_LISTED_PARTY_CONTROLLED_GOODS" not in hits_of([record])["ref"].to_list()
    matches = [{"row_nr": 0, "role": "end_user", "entry_id": "ofac_sdn:1", "source": "ofac_sdn",
                "list_name": "SDN List", "programs": ["RUSSIA-EO14024"], "score": 0.95,
                "action": "block", "listed_name": "SINNO ELECTRONICS CO., LIMITED",
                "extra": "ignored"}]
    hits = hits_of([record], matches)
    row = hits.filter(pl.col("ref") == "RF_LISTED_PARTY_CONTROLLED_GOODS").row(0, named=True)
    assert row["severity"] == "block"
    assert row["subject"] == "party:end_user"
    assert 'end_user matched ofac_sdn:1 "SINNO ELECTRONICS CO., LIMITED" (ofac_sdn, SDN List' in (
        row["explanation"])
    assert "score 0.95" in row["explanation"]


def test_party_matches_with_missing_columns(hits_of: Callable[..., pl.DataFrame]) -> None:
    matches = [{"row_nr": 0, "role": "end_user", "score": 0.99, "action": "block"}]
    hits = hits_of([{"hs_code": "854231", "end_user_name": "X"}], matches)
    row = hits.filter(pl.col("ref") == "RF_LISTED_PARTY_CONTROLLED_GOODS").row(0, named=True)
    assert row["explanation"].startswith("end_user matched ? (?, ?; programs ; score 0.99)")


def test_subject_names_the_role_that_fired(hits_of: Callable[..., pl.DataFrame]) -> None:
    hits = hits_of([{"hs_code": "854231", "consignee_name": "Sunrise Bakery LLC"},
                    {"hs_code": "854231", "end_user_business": "bakery"}])
    subjects = hits.filter(pl.col("ref") == "RF_BUSINESS_MISMATCH")["subject"].to_list()
    assert subjects == ["party:consignee", "party"]  # a business column names no role


def test_effective_dates_use_the_shipment_date_else_as_of(bundled: RuleSet) -> None:
    rule = bundled.subset(["RF_PREVIOUSLY_RUSSIA_BOUND"])
    records = frame([
        {"previous_destination_country": "RU", "destination_country": "KZ", "date": "2021-01-01"},
        {"previous_destination_country": "RU", "destination_country": "KZ", "date": "2023-01-01"},
        {"previous_destination_country": "RU", "destination_country": "KZ", "date": None},
        {"previous_destination_country": "RU", "destination_country": "KZ", "date": "soon"},
    ])
    assert evaluate(rule, records)["row_nr"].to_list() == [1, 2, 3]
    assert evaluate(rule, records, as_of=dt.date(2020, 1, 1))["row_nr"].to_list() == [1]


def test_hits_carry_rule_file_and_hash(bundled: RuleSet) -> None:
    hits = evaluate(bundled, frame([{"hs_code": "8806.22", "destination_country": "RU"}]))
    row = hits.filter(pl.col("ref") == "UAV_EMBARGOED").row(0, named=True)
    rule = bundled.get("UAV_EMBARGOED")
    assert row["source"] == "drones.yaml"
    assert row["version"] == rule.file_hash[:12]
    assert row["score"] == rule.spec.score


def test_explanations_name_the_triggering_values(hits_of: Callable[..., pl.DataFrame]) -> None:
    hits = hits_of([FULL])
    by_rule = dict(zip(hits["ref"], hits["explanation"], strict=True))
    assert by_rule["CHPL_T12_DIVERSION"].startswith(
        'hs_code "8542.31.00" → 854231 in CHPL Tier 1 (ICs: processors and controllers)')
    assert 'transit_countries "TR;KZ" → TR,KZ in transshipment_risk' in by_rule["CHPL_T12_DIVERSION"]
    assert 'goods_description matches' in by_rule["ELEC_FPGA_PART_NUMBER"]
    assert '"xc7k3"' in by_rule["ELEC_FPGA_PART_NUMBER"]
    assert 'end_user_name = forwarder_name "Silk Road Logistics"' in by_rule["RF_FORWARDER_IS_END_USER"]
