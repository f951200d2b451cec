"""BIS Denied Persons List reader: ids stable across versions, names, countries, bad input."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from screening.errors import ListDataError
from screening.lists import bis_dpl
from screening.lists.registry import detect_format
from tests.conftest import FIXTURES, shared_path
from tests.lists.sniffing import fixture_heads

DPL = FIXTURES / "lists" / "bis_dpl" / "dpl_sample.txt"


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    return bis_dpl.read(DPL).entries.to_dicts()


def test_one_entry_per_row(entries: list[dict[str, Any]]) -> None:
    loaded = bis_dpl.read(DPL)
    assert loaded.entries.height == loaded.source_records == 6
    assert loaded.list_date == "2023-06-14"  # latest Last_Update
    assert {e["action"] for e in entries} == {"block"}
    assert {e["entity_type"] for e in entries} == {"unknown"}


NAMES = [
    ("JOHN Q. EXAMPLE", "JOHN Q. EXAMPLE", []),
    ("WEI MING A/K/A WILLIAM MING", "WEI MING", ["WILLIAM MING"]),
    ("SIBERIAN AIRLINES D/B/A S7 AIRLINES", "SIBERIAN AIRLINES", ["S7 AIRLINES"]),
    ("PEARL (A.K.A. NEI-CHIEN CHU) LI", "PEARL LI", ["NEI-CHIEN CHU"]),
    (
        "SOCCER ZONE (MNC GROUP INTERNATIONAL, INC.)",
        "SOCCER ZONE (MNC GROUP INTERNATIONAL, INC.)",
        [],
    ),
    ("  I.  ASH ", "I. ASH", []),
]


@pytest.mark.parametrize(("cell", "name", "aliases"), NAMES)
def test_split_name(cell: str, name: str, aliases: list[str]) -> None:
    assert bis_dpl.split_name(cell) == (name, aliases)


COUNTRIES = [
    ("JOHN Q. EXAMPLE", ["US"]),  # empty Country, State CA: a US address, not Canada
    ("ANNA KOVAC", ["CH"]),
    ("WEI MING", ["CN"]),  # "PRC"
]


@pytest.mark.parametrize(("name", "countries"), COUNTRIES)
def test_countries(entries: list[dict[str, Any]], name: str, countries: list[str]) -> None:
    assert next(e for e in entries if e["name"] == name)["countries"] == countries


def test_party_with_two_addresses_is_two_entries(entries: list[dict[str, Any]]) -> None:
    orion = [e for e in entries if e["name"] == "ORION AIR CARGO LLC"]
    assert [e["addresses"][0]["city"] for e in orion] == ["SHARJAH", "MOSCOW"]
    assert [e["countries"] for e in orion] == [["AE"], ["RU"]]
    assert orion[0]["listed_date"] == "2023-06-08"
    assert "Expires: 2023-12-05" in orion[0]["remarks"]


def test_ids_are_stable_and_duplicate_rows_numbered(entries: list[dict[str, Any]]) -> None:
    ids = [e["entry_id"] for e in entries]
    assert len(set(ids)) == len(ids)
    wei = [e["entry_id"] for e in entries if e["name"] == "WEI MING"]
    assert wei[1] == wei[0] + "-2"
    assert re.fullmatch(r"bis_dpl:[0-9a-f]{16}", wei[0])


def test_id_ignores_renewal_fields_but_not_name_or_address(tmp_path: Path) -> None:
    """A TDO renewal (new dates, action, FR citation) keeps the id; an address change does not."""
    original = {
        e["name"] + e["addresses"][0]["text"]: e["entry_id"]
        for e in bis_dpl.read(DPL).entries.to_dicts()
    }
    text = DPL.read_text(encoding="utf-8")
    renewed = (
        text.replace('"06/08/2023"\t"12/05/2023"', '"12/01/2023"\t"05/29/2024"')
        .replace('"2023-06-14"', '"2023-12-04"')
        .replace("14 AIRPORT ROAD", "15 AIRPORT ROAD")
    )
    path = tmp_path / "dpl.txt"
    path.write_text(renewed, encoding="utf-8")
    after = {
        e["name"] + e["addresses"][0]["text"]: e["entry_id"]
        for e in bis_dpl.read(path).entries.to_dicts()
    }
    moscow = "ORION AIR CARGO LLCOFFICE 5, 22 LENINA STREET, MOSCOW, 101000, Russia"
    assert after[moscow] == original[moscow]
    assert after["ORION AIR CARGO LLC15 AIRPORT ROAD, SHARJAH, AE"] not in original.values()


def test_detected_and_not_stealing() -> None:
    assert detect_format(DPL).name == "bis_dpl"
    for other, head in fixture_heads():
        assert bis_dpl.sniff(other, head) == (other == DPL)


ERRORS = [
    ("wrong width", lambda t: t.replace('"CH"\t"1201"\t', '"CH"\t'), "6", "11 fields where"),
    ("truncated", lambda t: t[: t.index("3 TECH PARK")], "5", "truncated"),
    (
        "renamed column",
        lambda t: t.replace('"FR_Citation"', '"Citation"'),
        "1",
        "lacks column(s) FR_Citation",
    ),
    ("header only", lambda t: t.splitlines(keepends=True)[0], None, "no entries found"),
    ("nameless row", lambda t: t.replace('"JOHN Q. EXAMPLE"', '""'), "2", "row without a name"),
]


@pytest.mark.parametrize(("case", "mutate", "where", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_file_names_file_and_line(
    tmp_path: Path, case: str, mutate: Any, where: str | None, message: str
) -> None:
    path = tmp_path / "dpl.txt"
    path.write_text(mutate(DPL.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ListDataError, match=re.escape(message)) as info:
        bis_dpl.read(path)
    assert info.value.path == str(path)
    assert info.value.where == where


def test_non_utf8_byte_names_line(tmp_path: Path) -> None:
    path = tmp_path / "dpl.txt"
    path.write_bytes(DPL.read_bytes().replace(b"GENEVA", b"GEN\xe8VE"))
    with pytest.raises(ListDataError, match="not valid UTF-8") as info:
        bis_dpl.read(path)
    assert info.value.where == "6"


@pytest.mark.shared
def test_real_dpl_file() -> None:
    loaded = bis_dpl.read(shared_path("lists", "bis", "dpl_2023-11-30.txt"))
    frame = loaded.entries
    assert frame.height == loaded.source_records == 665
    assert loaded.list_date == "2023-11-28"
    assert frame.filter(pl.col("name").str.strip_chars() == "").height == 0
    assert frame["entry_id"].n_unique() == 665
    assert frame.filter(pl.col("entry_id").str.ends_with("-2")).height == 2  # two doubled rows
    assert frame.filter(pl.col("countries").list.len() == 0).height == 2
    fuyi = frame.filter(pl.col("name") == "FUYI SUN").to_dicts()[0]
    assert fuyi["aliases"] == [{"name": "FRANK SUN", "quality": "aka"}]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "file is empty"), (b"<!DOCTYPE html><html><body>Error</body></html>", "HTML page")],
)
def test_empty_file_and_html_page(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "download"
    path.write_bytes(content)
    with pytest.raises(ListDataError, match=message) as info:
        bis_dpl.read(path)
    assert info.value.where == "1"
