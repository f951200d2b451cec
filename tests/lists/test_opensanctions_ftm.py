"""FollowTheMoney JSON lines: party entities become entries, the rest is folded into them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from screening.errors import ListDataError
from screening.lists import opensanctions_ftm
from screening.lists.base import LoadedList
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES, shared_path

FTM = FIXTURES / "lists" / "opensanctions" / "entities.ftm.json"


@pytest.fixture(scope="module")
def loaded() -> LoadedList:
    return opensanctions_ftm.read(FTM)


@pytest.fixture(scope="module")
def by_id(loaded: LoadedList) -> dict[str, dict[str, Any]]:
    return {e["entry_id"]: e for e in loaded.entries.to_dicts()}


def test_only_party_schemas_become_entries(loaded: LoadedList) -> None:
    # 11 lines: Person, Company x2, Vessel are parties; Address, Sanction x2, Ownership,
    # Directorship, Passport and Position are not.
    assert sorted(loaded.entries["entry_id"]) == [
        "opensanctions:NK-c2",
        "opensanctions:NK-c4",
        "opensanctions:NK-p1",
        "opensanctions:NK-v3",
    ]
    assert loaded.source_records == 4
    assert loaded.list_date == "2026-04-29"
    assert detect_format(FTM).name == "opensanctions_ftm"


def test_person_names_and_folded_passport_and_address(by_id: dict[str, dict[str, Any]]) -> None:
    e = by_id["opensanctions:NK-p1"]
    assert e["name"] == "Ivan Sergeyevich PETROV"  # the caption
    assert [(a["name"], a["quality"]) for a in e["aliases"]] == [
        ("PETROV, Ivan Sergeyevich", "strong"),
        ("Иван Сергеевич Петров", "original_script"),
        ("Vanya Petroff", "aka"),
        ("Vanya", "weak"),
        ("Ivan SIDOROV", "fka"),
    ]
    assert {"type": "passport", "value": "753123456", "country": "RU", "label": "Passport"} in (
        e["identifiers"]
    )
    assert e["addresses"] == [
        {"text": "12 Tverskaya Street, Moscow, 125009", "city": "Moscow", "country": "RU"}
    ]
    assert e["birth_dates"] == ["1965-02-01"]
    assert e["linked_to"] == ["Northern Star Trading LLC"]  # Directorship
    assert e["source_url"] == "https://example.org/petrov"


def test_company_gets_sanction_programs_dates_and_links(by_id: dict[str, dict[str, Any]]) -> None:
    e = by_id["opensanctions:NK-c2"]
    assert e["programs"] == ["EU-UKR", "Russia"]  # programId, else program
    assert e["listed_date"] == "2023-05-03"  # earliest listing/start date of its sanctions
    assert e["linked_to"] == ["Polar Holdings JSC", "Ivan Sergeyevich PETROV"]
    assert {(i["type"], i["value"]) for i in e["identifiers"]} == {
        ("registration", "1027700000001"),
        ("tax_id", "7700000002"),
        ("other", "770001001"),
        ("lei", "2534000TEST0000000X9"),
        ("email", "info@northern-star.example"),
        ("website", "https://northern-star.example"),
    }


def test_vessel_and_non_target(by_id: dict[str, dict[str, Any]]) -> None:
    v = by_id["opensanctions:NK-v3"]
    assert (v["entity_type"], v["countries"]) == ("vessel", ["PA"])
    assert {(i["type"], i["value"]) for i in v["identifiers"]} == {
        ("imo", "9123456"),
        ("mmsi", "352000000"),
    }
    owner = by_id["opensanctions:NK-c4"]
    assert owner["remarks"].startswith("not a sanctions target")
    assert {e["action"] for e in by_id.values()} == {"review"}


BAD = [
    ('{"id": "x", "schema": "Person", "properties": {}}\nnot json\n', r":2: not a JSON object"),
    ('{"id": "x", "schema": "Person"}\n', r":1: expected a FollowTheMoney entity"),
    ('["a list"]\n', r":1: expected a FollowTheMoney entity"),
    ('{"id": "s", "schema": "Sanction", "properties": {"entity": ["x"]}}\n', "no party entities"),
    (
        '{"id": "x", "schema": "Person", "properties": {"name": []}, "caption": ""}\n',
        "entry without a name",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_input(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "entities.ftm.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ListDataError, match=message):
        opensanctions_ftm.read(path)


@pytest.mark.shared
def test_real_zala_export() -> None:
    path = shared_path("lists", "opensanctions", "zala_entities.ftm.json")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    schemas = Counter(e["schema"] for e in lines)
    assert (len(lines), schemas["Person"], schemas["Company"]) == (91, 6, 11)
    got = load_list(path)
    assert got.format == "opensanctions_ftm"
    assert got.entries.height == got.source_records == 17  # 6 Person + 11 Company
    assert dict(got.entries["entity_type"].value_counts().iter_rows()) == {
        "person": 6,
        "organization": 11,
    }
    by_id = {e["entry_id"]: e for e in got.entries.to_dicts()}
    cst = by_id["opensanctions:NK-abdzbEBkqyT29GyREbiURZ"]  # LLC CST, sanctioned widely
    assert cst["name"] == "LLC CST"
    assert len(cst["aliases"]) > 10
    assert {"US-BIS-EL", "EU-UKR"} <= set(cst["programs"])  # from its Sanction entities
    assert "JSC Kalashnikov Concern" in cst["linked_to"]  # Ownership
    assert cst["listed_date"] is not None
