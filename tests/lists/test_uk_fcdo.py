"""UK Sanctions List (FCDO) CSV: rows per name/address joined by Unique ID.

No real file is available; the fixture follows the published 58-column layout (``Report Date``
line, then the header) with invented subjects.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from screening.errors import ListDataError
from screening.lists import uk_fcdo
from screening.lists.base import LoadedList
from screening.lists.registry import detect_format
from tests.conftest import FIXTURES

SAMPLE = FIXTURES / "lists" / "uk" / "uk_sanctions_list_sample.csv"


@pytest.fixture(scope="module")
def loaded() -> LoadedList:
    return uk_fcdo.read(SAMPLE)


@pytest.fixture(scope="module")
def by_id(loaded: LoadedList) -> dict[str, dict[str, Any]]:
    return {e["entry_id"]: e for e in loaded.entries.to_dicts()}


def test_one_entry_per_unique_id(loaded: LoadedList) -> None:
    assert list(loaded.entries["entry_id"]) == [
        "uk_fcdo:RUS9101",
        "uk_fcdo:AFG9102",
        "uk_fcdo:RUS9103",
    ]
    assert loaded.source_records == 10
    assert loaded.list_date == "2026-10-08"  # "Report Date: 08-Oct-2026"
    assert (loaded.format, loaded.publisher) == ("uk_fcdo_csv", "FCDO")
    assert detect_format(SAMPLE).name == "uk_fcdo_csv"


ENTRIES = [
    # (entry id, field, expected)
    ("uk_fcdo:RUS9101", "name", "Ivan Sergeyevich PETROV"),
    ("uk_fcdo:RUS9101", "entity_type", "person"),
    (
        "uk_fcdo:RUS9101",
        "aliases",
        [
            {"name": "Ivan PETROFF", "quality": "strong"},  # Alias, "Good quality"
            {"name": "VANYA", "quality": "weak"},  # Alias, "Low quality"
            {"name": "ПЕТРОВ Иван Сергеевич", "quality": "original_script"},
        ],
    ),
    ("uk_fcdo:RUS9101", "programs", ["The Russia (Sanctions) (EU Exit) Regulations 2019"]),
    ("uk_fcdo:RUS9101", "birth_dates", ["1965-02-01"]),
    ("uk_fcdo:RUS9101", "listed_date", "2022-03-15"),
    ("uk_fcdo:RUS9101", "countries", ["RU"]),
    ("uk_fcdo:AFG9102", "entity_type", "organization"),
    (
        "uk_fcdo:AFG9102",
        "aliases",
        [
            {"name": "HAJI TEST HAWALA", "quality": "strong"},  # Primary name variation
            {"name": "حاجی تست صرافی", "quality": "original_script"},
        ],
    ),
    ("uk_fcdo:AFG9102", "countries", ["PK"]),
    ("uk_fcdo:RUS9103", "entity_type", "vessel"),
    ("uk_fcdo:RUS9103", "countries", ["PA"]),  # current believed flag
    ("uk_fcdo:RUS9103", "linked_to", ["Dawn Shipping Co"]),
]


@pytest.mark.parametrize(("entry_id", "field", "expected"), ENTRIES)
def test_fields(by_id: dict[str, dict[str, Any]], entry_id: str, field: str, expected: Any) -> None:
    assert by_id[entry_id][field] == expected


def _ids(entry: dict[str, Any]) -> set[tuple[str, str]]:
    return {(i["type"], i["value"]) for i in entry["identifiers"]}


def test_identifiers(by_id: dict[str, dict[str, Any]]) -> None:
    assert _ids(by_id["uk_fcdo:RUS9101"]) == {("passport", "753123456"), ("other", "90001")}
    assert _ids(by_id["uk_fcdo:AFG9102"]) == {
        ("registration", "PK-12345-67"),
        ("phone", "+92 000 0000000"),
        ("website", "www.example-exchange.example"),
        ("email", "info@example-exchange.example"),
        ("other", "91002"),
        ("other", "TAe.999"),
    }
    assert _ids(by_id["uk_fcdo:RUS9103"]) == {("imo", "9123456")}


def test_addresses_per_row_variant_and_remarks(by_id: dict[str, dict[str, Any]]) -> None:
    assert [a["text"] for a in by_id["uk_fcdo:RUS9101"]["addresses"]] == [
        "12 Tverskaya Street, Moscow",
        "7 Arbat Street, Moscow",
    ]
    remarks = by_id["uk_fcdo:RUS9103"]["remarks"]
    assert "Sanctions imposed: Ship specification|Ship detention" in remarks
    assert "with a comma, and a line break" in remarks


def _replace(old: str, new: str, count: int = 1) -> Callable[[str], str]:
    return lambda text: text.replace(old, new, count)


BAD: list[tuple[str, Callable[[str], str], str]] = [
    ("no header", lambda t: t.split("\n", 2)[2], "no UK Sanctions List header"),
    (
        "short row",
        _replace(",RUS9103,,,SEA DAWN,", ",RUS9103,,SEA DAWN,"),
        r":13: expected 58 columns",
    ),
    ("unknown type", _replace(",Individual,UK,", ",Alien,UK,"), r":3: unknown type 'Alien'"),
    ("no unique id", _replace("20/05/2024,RUS9101,", "20/05/2024,,"), r":3: row without Unique ID"),
    (
        "missing column",
        _replace("Name type,", "Name kind,"),
        r":2: header lacks column\(s\) Name type",
    ),
    ("empty", lambda t: "\n\n", "file is empty"),
]


@pytest.mark.parametrize(("case", "mutate", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input(tmp_path: Path, case: str, mutate: Callable[[str], str], message: str) -> None:
    path = tmp_path / "UK-Sanctions-List.csv"
    path.write_text(mutate(SAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ListDataError, match=message):
        uk_fcdo.read(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "UK-Sanctions-List.csv"
    path.write_bytes(SAMPLE.read_bytes().replace("Иван".encode(), b"\xc8\xe2\xe0\xed", 1))
    with pytest.raises(ListDataError, match=r":3: not valid UTF-8"):
        uk_fcdo.read(path)


def test_ofsi_sniff_does_not_claim_the_fcdo_file() -> None:
    from screening.lists import uk_ofsi

    head = SAMPLE.read_bytes()[:4096]
    assert not uk_ofsi.sniff_csv(SAMPLE, head)
    assert uk_fcdo.sniff(SAMPLE, head)
