"""OpenSanctions targets.simple.csv: one entry per row, schema → entity type, review action."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from screening.errors import ListDataError
from screening.lists import opensanctions
from screening.lists.base import LoadedList
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES, shared_path

SIMPLE = FIXTURES / "lists" / "opensanctions" / "targets.simple.csv"


@pytest.fixture(scope="module")
def loaded() -> LoadedList:
    return opensanctions.read_simple(SIMPLE)


@pytest.fixture(scope="module")
def by_id(loaded: LoadedList) -> dict[str, dict[str, Any]]:
    return {e["entry_id"].split(":", 1)[1]: e for e in loaded.entries.to_dicts()}


def test_one_entry_per_row(loaded: LoadedList) -> None:
    assert loaded.entries.height == loaded.source_records == 5
    assert loaded.list_date == "2026-03-13"  # latest last_seen: the export date
    assert set(loaded.entries["action"]) == {"review"}  # an aggregator, not the authority
    assert set(loaded.entries["list_name"]) == {"Ukraine War and Sanctions"}
    assert detect_format(SIMPLE).name == "opensanctions_simple_csv"


SCHEMAS = [
    ("NK-test-person-1", "person"),
    ("NK-test-company-2", "organization"),
    ("NK-test-vessel-3", "vessel"),
    ("NK-test-legal-4", "organization"),
    ("NK-test-plane-5", "aircraft"),
]


@pytest.mark.parametrize(("source_id", "entity_type"), SCHEMAS)
def test_schema_maps_to_entity_type(
    by_id: dict[str, dict[str, Any]], source_id: str, entity_type: str
) -> None:
    assert by_id[source_id]["entity_type"] == entity_type


def test_person_multi_values(by_id: dict[str, dict[str, Any]]) -> None:
    e = by_id["NK-test-person-1"]
    assert e["aliases"] == [
        {"name": "ПЕТРОВ Иван Сергеевич", "quality": "original_script"},
        {"name": "Ivan PETROFF", "quality": "aka"},
    ]
    assert e["birth_dates"] == ["1965-02-01", "1966"]
    assert e["countries"] == ["RU"]  # "suhh" (Soviet Union) is no ISO code: dropped
    assert e["programs"] == ["UA-WS-EXECUTIVES"]
    assert e["source_url"] == "https://www.opensanctions.org/entities/NK-test-person-1/"


def test_company_identifiers_contacts_and_empty_sanctions(by_id: dict[str, dict[str, Any]]) -> None:
    e = by_id["NK-test-company-2"]
    assert [(i["type"], i["value"]) for i in e["identifiers"]] == [
        ("imo", "6999999"),
        ("other", "1027700000001"),
        ("phone", "+7 495 000 0001"),
        ("email", "info@northern-star.example"),
    ]
    assert e["remarks"] is None  # the export writes an empty sanctions cell as '""'
    assert e["programs"] == ["UA-WS-MILIND", "UA-WS-UAVS"]
    assert by_id["NK-test-legal-4"]["remarks"] == (
        "A manufacturer of pyrotechnic products. Part of a state corporation."
    )


def _rewrite(edit: Callable[[list[list[str]]], list[list[str]]]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        rows = edit(list(csv.reader(text.splitlines(keepends=True))))
        return "".join(",".join(f'"{c}"' for c in r) + "\n" for r in rows)

    return apply


BAD: list[tuple[str, Callable[[str], str], str]] = [
    (
        "short row",
        _rewrite(lambda rows: [*rows[:2], rows[2][:-1], *rows[3:]]),
        r":3: expected 16 columns",
    ),
    (
        "no id",
        _rewrite(lambda rows: [*rows[:3], ["", *rows[3][1:]], *rows[4:]]),
        r":4: row without an id",
    ),
    (
        "foreign header",
        _rewrite(lambda rows: [["uid", *rows[0][1:]], *rows[1:]]),
        r":1: header lacks id",
    ),
    ("html", lambda t: "<html><head></head><body>502 Bad Gateway</body></html>", "HTML page"),
]


@pytest.mark.parametrize(("case", "mutate", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input(tmp_path: Path, case: str, mutate: Callable[[str], str], message: str) -> None:
    path = tmp_path / "targets.simple.csv"
    path.write_text(mutate(SIMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ListDataError, match=message):
        opensanctions.read_simple(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "targets.simple.csv"
    path.write_bytes(SIMPLE.read_bytes().replace("ПЕТРОВ".encode(), b"\xcf\xc5", 1))
    with pytest.raises(ListDataError, match=r":2: not valid UTF-8"):
        opensanctions.read_simple(path)


@pytest.mark.shared
def test_real_targets_simple() -> None:
    path = shared_path("lists", "opensanctions", "ua_war_sanctions_targets.simple.csv")
    got = load_list(path)
    source = pl.read_csv(path, infer_schema_length=0)
    assert got.format == "opensanctions_simple_csv"
    assert got.entries.height == source.height == 5_600
    assert got.list_date == "2026-03-13"
    types = dict(got.entries["entity_type"].value_counts().iter_rows())
    assert types == {"organization": 1_524 + 1_193, "person": 1_543, "vessel": 1_340}
    assert got.entries.filter(pl.col("name").str.strip_chars() == "").height == 0
    with_aliases = source.filter(pl.col("aliases").fill_null("") != "").height
    assert got.entries.filter(pl.col("aliases").list.len() > 0).height == with_aliases
    vessels = got.entries.filter(pl.col("entity_type") == "vessel")
    imo = vessels["identifiers"].list.eval(pl.element().struct.field("type") == "imo").list.any()
    assert imo.mean() > 0.95  # type: ignore[operator]
