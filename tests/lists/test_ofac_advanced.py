"""OFAC advanced XML (sdn_advanced.xsd): reference values resolved, parties, bad input."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from screening.errors import ListDataError
from screening.lists import ofac_advanced, ofac_csv
from screening.lists.ofac_advanced_parts import period_dates
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES, shared_path

ADVANCED = FIXTURES / "ofac" / "sdn_advanced.xml"


def by_id(frame: pl.DataFrame) -> dict[str, dict[str, Any]]:
    return {row["entry_id"]: row for row in frame.to_dicts()}


@pytest.fixture(scope="module")
def parties() -> dict[str, dict[str, Any]]:
    return by_id(ofac_advanced.read_ofac_advanced(ADVANCED).entries)


def test_file_facts() -> None:
    loaded = ofac_advanced.read_ofac_advanced(ADVANCED)
    assert loaded.format == "ofac_advanced"
    assert loaded.list_date == "2024-05-03"  # DateOfIssue
    assert loaded.source_records == loaded.entries.height == 3
    assert detect_format(ADVANCED).name == "ofac_advanced"


def test_person_names_scripts_and_features(parties: dict[str, dict[str, Any]]) -> None:
    row = parties["ofac_sdn:2674"]
    assert row["entity_type"] == "person"
    assert row["name"] == "ABDEL RAHMAN, Omar Ahmed"  # Last Name, then given-name parts
    assert row["aliases"] == [
        {"name": "АБДЕЛЬ РАХМАН, Омар", "quality": "original_script"},
        {"name": "ABDEL-RAHMAN, Omar", "quality": "aka"},
        {"name": "THE BLIND SHAYKH", "quality": "weak"},  # LowQuality="true"
    ]
    assert row["birth_dates"] == ["1938-09-03", "1939", "1940", "1941"]
    assert row["countries"] == ["EG"]  # Nationality Country -> Location -> Country ISO2
    assert row["identifiers"] == [
        {"type": "passport", "value": "1084010", "country": "EG", "label": "Passport"}
    ]
    assert (row["list_name"], row["action"], row["source"]) == ("OFAC SDN", "block", "ofac_sdn")
    assert row["programs"] == ["SDGT"]
    assert row["listed_date"] == "1995-01-24"  # EntryEvent


def test_entity(parties: dict[str, dict[str, Any]]) -> None:
    row = parties["ofac_sdn:40"]
    assert row["entity_type"] == "organization"
    assert row["aliases"] == [{"name": "KARAVAN TRADING LLC", "quality": "fka"}]
    assert row["addresses"] == [
        {"text": "ul. Tverskaya 7, Moscow, 125009, Russia", "city": "Moscow", "country": "RU"}
    ]
    assert row["countries"] == ["RU"]
    assert {(i["type"], i["value"], i["country"]) for i in row["identifiers"]} == {
        ("website", "www.karawan.example", None),
        ("tax_id", "7707083893", "RU"),
    }
    assert row["birth_dates"] == ["2004-03"]  # established: a whole-month period
    assert row["linked_to"] == ["ABDEL RAHMAN, Omar Ahmed"]  # from the Comment remarks
    assert row["remarks"] == "Linked To: ABDEL RAHMAN, Omar Ahmed."


def test_vessel(parties: dict[str, dict[str, Any]]) -> None:
    row = parties["ofac_sdn:4243"]
    assert row["entity_type"] == "vessel"
    assert {(i["type"], i["value"]) for i in row["identifiers"]} == {
        ("imo", "7406784"),
        ("mmsi", "352002785"),
        ("call_sign", "CL2192"),
    }
    assert row["countries"] == ["PA"]  # Vessel Flag
    assert row["aliases"] == [{"name": "ANA I", "quality": "weak"}]
    assert row["linked_to"] == ["KARAWAN TRADING CO., LTD."]  # ProfileRelationship


def test_agrees_with_the_csv_fixture(parties: dict[str, dict[str, Any]]) -> None:
    csv = by_id(ofac_csv.read_sdn_csv(FIXTURES / "ofac" / "sdn_set").entries)
    for entry_id in parties:
        for column in ("name", "entity_type", "source", "action", "list_name"):
            assert parties[entry_id][column] == csv[entry_id][column], (entry_id, column)
        names = {a["name"] for a in csv[entry_id]["aliases"]}
        latin = {
            a["name"] for a in parties[entry_id]["aliases"] if a["quality"] != "original_script"
        }
        assert latin <= names


PERIODS = [
    (("1960-1-1", "1960-1-1", "1960-12-31", "1960-12-31"), ["1960"]),
    (("1960-1-1", "1960-1-1", "1962-12-31", "1962-12-31"), ["1960", "1961", "1962"]),
    (("1960-3-1", "1960-3-1", "1960-3-31", "1960-3-31"), ["1960-03"]),
    (("1960-3-5", "1960-3-5", "1960-3-5", "1960-3-5"), ["1960-03-05"]),
    (("1960-3-5", "1960-3-5", "1960-4-9", "1960-4-9"), ["1960-03-05", "1960-04-09"]),
    (("1900-1-1", "1900-1-1", "1950-12-31", "1950-12-31"), ["1900", "1950"]),
]


def period(start_from: str, start_to: str, end_from: str, end_to: str) -> ET.Element:
    def ymd(tag: str, date: str) -> str:
        y, m, d = date.split("-")
        return f"<{tag}><Year>{y}</Year><Month>{m}</Month><Day>{d}</Day></{tag}>"

    return ET.fromstring(
        f"<DatePeriod><Start>{ymd('From', start_from)}{ymd('To', start_to)}</Start>"
        f"<End>{ymd('From', end_from)}{ymd('To', end_to)}</End></DatePeriod>"
    )


@pytest.mark.parametrize(("dates", "expected"), PERIODS)
def test_date_periods(dates: tuple[str, str, str, str], expected: list[str]) -> None:
    assert period_dates(period(*dates)) == expected


def broken(tmp_path: Path, old: str, new: str, *, count: int = 1) -> Path:
    path = tmp_path / "sdn_advanced.xml"
    text = ADVANCED.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


BAD_INPUT = [
    (
        'AliasTypeID="1400"',
        'AliasTypeID="9999"',
        "DistinctParty 2674",
        "AliasTypeID '9999' is not in ReferenceValueSets",
    ),
    ('PartySubTypeID="1"', 'PartySubTypeID="77"', "DistinctParty 4243", "PartySubTypeID '77'"),
    ('IDRegDocTypeID="1571"', 'IDRegDocTypeID="1"', "IDRegDocument 801", "IDRegDocTypeID '1'"),
    (
        'AliasTypeID="1403" Primary="true"',
        'AliasTypeID="1403" Primary="false"',
        "DistinctParty 2674",
        "no primary name",
    ),
    (
        '<VersionLocation LocationID="503" />',
        '<VersionLocation LocationID="599" />',
        "DistinctParty 4243",
        "LocationID '599' is not in <Locations>",
    ),
    (
        '<Location ID="501">\n      <LocationAreaCode AreaCodeID="11171" />',
        '<Location ID="501">\n      <LocationAreaCode AreaCodeID="1" />',
        "Location 501",
        "AreaCodeID '1'",
    ),
    ('ListID="1550">', 'ListID="1551">', "SanctionsEntry 2674", "ListID '1551'"),
    ("<Sanctions ", "<Other ", None, "root element is <Other>"),
]


@pytest.mark.parametrize(("old", "new", "where", "message"), BAD_INPUT)
def test_broken_references(
    tmp_path: Path, old: str, new: str, where: str | None, message: str
) -> None:
    path = broken(tmp_path, old, new)
    if old == "<Sanctions ":
        path.write_text(path.read_text(encoding="utf-8").replace("</Sanctions>", "</Other>"))
    with pytest.raises(ListDataError) as err:
        ofac_advanced.read_ofac_advanced(path)
    assert err.value.where == where
    assert message in err.value.message


def test_truncated_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "sdn_advanced.xml"
    lines = ADVANCED.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:200]), encoding="utf-8")
    with pytest.raises(ListDataError) as err:
        ofac_advanced.read_ofac_advanced(path)
    assert err.value.where is not None
    assert err.value.where.startswith("line 201")
    assert "broken XML" in err.value.message


def test_empty_and_html(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    html = tmp_path / "page.xml"
    html.write_bytes(b"<!DOCTYPE html><html><body>Service unavailable</body></html>")
    with pytest.raises(ListDataError, match="file is empty"):
        ofac_advanced.read_ofac_advanced(empty)
    with pytest.raises(ListDataError, match="HTML page"):
        ofac_advanced.read_ofac_advanced(html)


# ---- real file (../shared) ---------------------------------------------------------------------


@pytest.mark.shared
def test_real_consolidated_advanced() -> None:
    path = shared_path("lists", "ofac", "cons_advanced_2020-03-17.xml")
    loaded = load_list(path)
    frame = loaded.entries
    assert loaded.format == "ofac_advanced"
    assert loaded.list_date == "2020-03-17"
    assert frame.height == loaded.source_records == 375
    assert (frame["source"] == "ofac_cons").all()
    assert frame["entity_type"].value_counts().sort("entity_type").rows() == [
        ("organization", 293),
        ("person", 82),
    ]
    assert frame.filter(pl.col("aliases").list.len() > 0).height > 300
    # 9 parties are on the SDN List as well: blocked
    assert frame.filter(pl.col("list_name") == "OFAC SDN")["action"].to_list() == ["block"] * 9
    rows = by_id(frame.filter(pl.col("entry_id").is_in(["ofac_cons:17016", "ofac_cons:18267"])))
    bank = rows["ofac_cons:17016"]
    assert (bank["list_name"], bank["action"]) == ("OFAC SSI", "review")
    assert ("swift_bic", "GAZPRUMM") in {(i["type"], i["value"]) for i in bank["identifiers"]}
    assert rows["ofac_cons:18267"]["linked_to"] == ["Open Joint-Stock Company Rosneft Oil Company"]
    assert frame["linked_to"].list.len().sum() == 276  # every ProfileRelationship resolved
