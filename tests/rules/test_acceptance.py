"""The four acceptance cases of the rule set, on the bundled rules."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

SEVERITY_RANK = {"info": 0, "review": 1, "block": 2}


def _fired(hits: pl.DataFrame) -> dict[str, str]:
    return dict(zip(hits["ref"], hits["severity"], strict=True))


def _worst(hits: pl.DataFrame) -> str:
    return max(hits["severity"], key=SEVERITY_RANK.__getitem__, default="clear")


def test_ic_to_kyrgyzstan_with_forwarder_consignee(hits_of: Callable[..., pl.DataFrame]) -> None:
    hits = hits_of([{
        "record_id": "A1", "hs_code": "8542.31.00", "goods_description": "Microcontrollers",
        "destination_country": "KG", "consignee_country": "KG",
        "consignee_name": "Alatoo Cargo Express LLC", "end_user_name": "Alatoo Cargo Express LLC",
    }])
    fired = _fired(hits)
    assert fired["CHPL_T12_DIVERSION"] == "review"  # CHPL Tier 1 to a transshipment point
    assert fired["ROUTE_DIVERSION_FORWARDER_CHPL"] == "review"  # diversion route + forwarder
    assert "RF_FORWARDER_END_USER" in fired
    row = hits.filter(pl.col("ref") == "CHPL_T12_DIVERSION").row(0, named=True)
    assert "CHPL Tier 1" in row["explanation"]
    assert '"KG"' in row["explanation"]
    assert (row["record_id"], row["kind"], row["source"]) == ("A1", "rule", "chpl.yaml")


def test_marine_diesel_to_russian_shipyard_blocks(hits_of: Callable[..., pl.DataFrame]) -> None:
    hits = hits_of([{
        "hs_code": "8408.10", "goods_description": "судовой дизельный двигатель",
        "consignee_name": "АО «Зеленодольский завод имени А. М. Горького» (судоверфь)",
        "consignee_country": "RU", "destination_country": "Russia",
    }])
    assert _worst(hits) == "block"
    fired = _fired(hits)
    assert fired["ENG_MARINE_DIESEL_EMBARGOED"] == "block"
    assert "ENG_MARINE_TERMS_EMBARGOED" in fired  # the Russian wording is recognised too
    explanation = hits.filter(pl.col("ref") == "ENG_MARINE_TERMS_EMBARGOED")["explanation"][0]
    assert '"судовой дизельный"' in explanation


def test_drone_described_in_chinese_to_uae_is_flagged(hits_of: Callable[..., pl.DataFrame]) -> None:
    hits = hits_of([{"hs_code": "8806", "goods_description": "无人机", "destination_country": "AE"}])
    fired = _fired(hits)
    assert _worst(hits) in ("review", "block")
    assert "UAV_DIVERSION" in fired
    assert "UAV_TERMS_RISK_DEST" in fired
    explanation = hits.filter(pl.col("ref") == "UAV_TERMS_RISK_DEST")["explanation"][0]
    assert '"无人机"' in explanation


def test_ics_to_germany_for_a_manufacturer_are_not_blocked(
    hits_of: Callable[..., pl.DataFrame],
) -> None:
    records = [
        {"hs_code": code, "goods_description": "Microcontrollers for ECUs",
         "destination_country": "DE", "consignee_country": "DE", "end_user_country": "DE",
         "consignee_name": "Robert Bosch GmbH", "end_user_name": "Robert Bosch GmbH",
         "value": 120000.0, "quantity": 40000.0, "currency": "EUR"}
        for code in ("8542", "8542.31.00", "85423990")
    ]
    hits = hits_of(records)
    assert set(hits["severity"]) <= {"info"}  # CHPL alone to a non-risk destination: info at most
    assert set(hits["ref"]) <= {"CHPL_DUE_DILIGENCE"}
