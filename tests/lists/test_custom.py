"""Custom watchlists (CSV / XLSX) with a column mapping or recognised header names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import xlsxwriter

from screening.errors import ConfigError, ListDataError
from screening.lists.custom import read_custom
from screening.lists.mapping import load_mapping
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES

CUSTOM = FIXTURES / "lists" / "custom"
WATCHLIST = CUSTOM / "watchlist.csv"
SEMICOLON = CUSTOM / "watchlist_semicolon.csv"


def _by_id(path: Path, **kwargs: Any) -> dict[str, dict[str, Any]]:
    return {e["entry_id"]: e for e in read_custom(path, **kwargs).entries.to_dicts()}


def test_recognised_headers() -> None:
    got = read_custom(WATCHLIST)
    assert (got.format, got.publisher, got.source_records) == ("custom_csv", "watchlist", 4)
    e = _by_id(WATCHLIST)
    assert list(e) == ["watchlist:W-001", "watchlist:W-002", "watchlist:W-003", "watchlist:W-004"]
    star = e["watchlist:W-001"]
    assert (star["name"], star["entity_type"], star["action"]) == (
        "Northern Star Trading LLC",
        "organization",
        "block",
    )
    assert [a["name"] for a in star["aliases"]] == ["Severnaya Zvezda OOO", "NST"]
    assert {(i["type"], i["value"], i["label"]) for i in star["identifiers"]} == {
        ("lei", "2534000TEST0000000X9", "LEI"),  # a typed column recognised by its header
        ("tax_id", "7700000002", "tax_id"),  # "type:value" pairs in the Identifiers column
        ("registration", "1027700000001", "ogrn"),
    }
    person = e["watchlist:W-002"]
    assert (person["entity_type"], person["countries"], person["birth_dates"]) == (
        "person",
        ["RU", "BY"],
        ["1965-02-01"],
    )
    assert person["aliases"][0]["name"] == "Petrov, Ivan"  # commas are not separators
    assert e["watchlist:W-003"]["identifiers"][0]["value"] == "9123456"
    unknown = e["watchlist:W-004"]
    assert (unknown["entity_type"], unknown["action"]) == ("unknown", "review")  # defaults
    assert detect_format(WATCHLIST).name == "custom_csv"


def test_explicit_mapping_and_list_name(tmp_path: Path) -> None:
    path = tmp_path / "suppliers.tsv"
    path.write_text(
        "Supplier\tNicknames\tCtry\tStatus\nACME Ltd\tAcme|ACME Limited\tGB\tdenied\n",
        encoding="utf-8",
    )
    mapping = {"name": "Supplier", "aliases": "Nicknames", "countries": "Ctry", "action": "Status"}
    got = read_custom(path, mapping, name="Supplier Watch")
    e = got.entries.to_dicts()[0]
    assert (e["entry_id"], e["source"]) == ("supplier-watch:row2", "supplier-watch")
    assert [a["name"] for a in e["aliases"]] == ["Acme", "ACME Limited"]
    assert (e["countries"], e["action"]) == (["GB"], "block")


def test_sidecar_mapping_file_with_separator() -> None:
    e = _by_id(SEMICOLON)
    polar = e["watchlist-semicolon:A1"]
    assert [a["name"] for a in polar["aliases"]] == ["Polar Holdings", "PH JSC"]
    assert polar["identifiers"] == [
        {"type": "registration", "value": "1027700000099", "country": None, "label": "Reg no"}
    ]
    assert (polar["entity_type"], e["watchlist-semicolon:A2"]["entity_type"]) == (
        "organization",
        "vessel",
    )
    assert detect_format(SEMICOLON).name == "custom_csv"  # claimed through its sidecar


def test_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "watch.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["Company", "Country", "Program"])
    sheet.write_row(1, 0, ["Northern Star Trading LLC", "Russia", "internal-watch"])
    book.close()
    assert detect_format(path).name == "custom_xlsx"
    got = load_list(path)
    assert got.format == "custom_xlsx"
    assert got.entries.to_dicts()[0]["countries"] == ["RU"]


def test_no_name_column_says_what_was_found_and_how_to_map(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Counterparty;Ctry\nACME;GB\n", encoding="utf-8")
    with pytest.raises(ListDataError, match=r"list\.csv:1: no name column") as err:
        read_custom(path)
    assert "'Counterparty', 'Ctry'" in str(err.value)
    assert "'name': 'Company Name'" in str(err.value)
    assert read_custom(path, {"name": "Counterparty"}).entries["name"].to_list() == ["ACME"]


def _csv(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "list.csv"
    path.write_text("ID,Name,Type,Country,Action,DOB,Listed on\n" + body, encoding="utf-8")
    return path


BAD = [
    ("bad type", "1,ACME,spaceship,,,,\n", r":2: type 'spaceship': expected"),
    ("bad action", "1,ACME,,,maybe,,\n", r":2: action 'maybe': expected block or review"),
    ("bad country", "1,ACME,,Atlantis,,,\n", r":2: country 'Atlantis': expected a country"),
    ("bad dob", "1,ACME,,,,someday,\n", r":2: date of birth 'someday'"),
    ("bad listed", "1,ACME,,,,,last year\n", r":2: listed date 'last year'"),
    ("no name", "1,ACME,,,,,\n2,,,,,,\n", r":3: row without a name"),
    ("duplicate id", "1,ACME,,,,,\n1,OTHER,,,,,\n", r":3: duplicate id 'list:1'"),
    ("short row", "1,ACME\n", r":2: expected 7 columns"),
    ("no rows", "", "no entries found"),
]


@pytest.mark.parametrize(("case", "body", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_rows(tmp_path: Path, case: str, body: str, message: str) -> None:
    with pytest.raises(ListDataError, match=message):
        read_custom(_csv(tmp_path, body))


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("Name\nSociété\n".encode("cp1252"))
    with pytest.raises(ListDataError, match=r":2: not valid UTF-8"):
        read_custom(path)


MAPPING_ERRORS = [
    ({"nme": "Name"}, ConfigError, "unknown key 'nme'"),
    ({"identifiers.vat": "VAT"}, ConfigError, "'identifiers.vat': unknown identifier type"),
    ({"name": "Company"}, ConfigError, r"mapping 'name' -> 'Company': no such column"),
]


@pytest.mark.parametrize(("mapping", "error", "message"), MAPPING_ERRORS)
def test_bad_mapping(
    tmp_path: Path, mapping: dict[str, str], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        read_custom(_csv(tmp_path, "1,ACME,,,,,\n"), mapping)


def test_mapping_file_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "map.yaml"
    path.write_text("name: Company\nalias: AKA\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"map\.yaml:2: unknown key 'alias'"):
        load_mapping(path)
    path.write_text("- name\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expected a mapping"):
        load_mapping(path)
    assert load_mapping(CUSTOM / "watchlist_semicolon.mapping.yaml")["separator"] == "|"


def test_sniff_needs_a_name_column(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ListDataError, match="not a list format this tool knows"):
        detect_format(path)
