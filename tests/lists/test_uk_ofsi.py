"""OFSI ConList.csv / ConList.xlsx: name rows joined by Group ID into one entry per subject."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import xlsxwriter
from polars.testing import assert_frame_equal

from screening.errors import ListDataError
from screening.lists import uk_ofsi
from screening.lists.base import LoadedList
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES, shared_path

UK = FIXTURES / "lists" / "uk"
CONLIST = UK / "ofsi_conlist_2022_layout.csv"
CONLIST_2020 = UK / "ofsi_conlist_2020_layout.csv"


@pytest.fixture(scope="module")
def loaded() -> LoadedList:
    return uk_ofsi.read_csv(CONLIST)


@pytest.fixture(scope="module")
def by_id(loaded: LoadedList) -> dict[str, dict[str, Any]]:
    return {e["entry_id"]: e for e in loaded.entries.to_dicts()}


def test_one_entry_per_group_id(loaded: LoadedList) -> None:
    assert loaded.entries.height == 4
    assert loaded.source_records == 18  # name rows
    assert loaded.list_date == "2024-05-20"  # row 1: "Last Updated,20/05/2024"
    assert loaded.format == "uk_ofsi_csv"
    assert set(loaded.entries["action"]) == {"block"}
    assert detect_format(CONLIST).name == "uk_ofsi_csv"


def _names(entry: dict[str, Any]) -> list[tuple[str, str]]:
    return [(a["name"], a["quality"]) for a in entry["aliases"]]


def test_person_names_dates_and_documents(by_id: dict[str, dict[str, Any]]) -> None:
    e = by_id["uk_ofsi:90001"]
    assert (e["name"], e["entity_type"]) == ("Ivan Sergeyevich PETROV", "person")  # Name 1..5 + 6
    assert _names(e) == [
        ("Ivan Sergeyevich PETROFF", "strong"),  # AKA, Good quality
        ("VANYA", "weak"),  # AKA, Low quality
        ("ПЕТРОВ Иван Сергеевич", "original_script"),
    ]
    assert e["birth_dates"] == ["1965-02-01", "1966"]  # one row per DOB in the source
    assert [(i["type"], i["value"]) for i in e["identifiers"]] == [
        ("passport", "753123456"),
        ("passport", "721234567"),
        ("other", "RUS9001"),
    ]
    assert e["countries"] == ["RU"]  # nationality, address, "Former USSR Currently Russia"
    assert e["addresses"] == [
        {"text": "12 Tverskaya Street, Moscow, 125009", "city": None, "country": "RU"}
    ]
    assert e["listed_date"] == "2022-03-15"
    assert e["remarks"].startswith("Title: Mr | Position: Director General")


def test_entity_variations_fka_regimes_and_other_information(
    by_id: dict[str, dict[str, Any]],
) -> None:
    e = by_id["uk_ofsi:90002"]
    assert e["entity_type"] == "organization"
    assert _names(e) == [
        ("NORTH STAR TRADING, LLC", "strong"),  # Primary name variation
        ("SEVERNAYA ZVEZDA OOO", "strong"),
        ("POLAR TRADE LLC", "fka"),
        ("ООО «СЕВЕРНАЯ ЗВЕЗДА»", "original_script"),
    ]
    assert e["programs"] == ["Russia", "Belarus"]
    assert {(i["type"], i["value"]) for i in e["identifiers"]} == {
        ("other", "RUS9002"),
        ("phone", "+7 495 000 0001"),
        ("phone", "+7 495 000 0002"),
        ("website", "www.northern-star.example"),
        ("email", "info@northern-star.example"),
        ("registration", "1027700000001"),
    }
    assert e["linked_to"] == ["Polar Holdings JSC"]
    assert "supplies electronic components" in e["remarks"]  # quoted newline kept as a space


def test_ship_and_subject_without_a_primary_name_row(by_id: dict[str, dict[str, Any]]) -> None:
    ship = by_id["uk_ofsi:90003"]
    assert (ship["entity_type"], ship["countries"], ship["linked_to"]) == (
        "vessel",
        ["PA"],
        ["Dawn Shipping Co"],
    )
    assert ("imo", "9123456") in {(i["type"], i["value"]) for i in ship["identifiers"]}
    assert _names(ship) == [("SEA DAWN", "aka")]
    variant = by_id["uk_ofsi:90004"]
    assert variant["name"] == "Abu Bakr AL-IRAQI"  # first "Primary name variation" row
    assert variant["countries"] == ["IQ", "SY"]
    assert ("national_id", "44103-5251752-5") in {
        (i["type"], i["value"]) for i in variant["identifiers"]
    }


def _write_xlsx(rows: list[list[str]], path: Path) -> Path:
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Data")
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            if value:
                sheet.write_string(r, c, value)
    book.close()
    return path


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def test_xlsx_reads_as_the_csv(tmp_path: Path, loaded: LoadedList) -> None:
    path = _write_xlsx(_csv_rows(CONLIST), tmp_path / "ConList.xlsx")
    assert detect_format(path).name == "uk_ofsi_xlsx"
    book = uk_ofsi.read_xlsx(path)
    assert (book.list_date, book.source_records, book.format) == ("2024-05-20", 18, "uk_ofsi_xlsx")
    assert_frame_equal(book.entries, loaded.entries)


def test_2020_layout_cp1252_with_stray_header_cell() -> None:
    got = uk_ofsi.read_csv(CONLIST_2020)
    assert (got.list_date, got.source_records) == (None, 4)
    e = {x["entry_id"]: x for x in got.entries.to_dicts()}
    assert e["uk_ofsi:19001"]["name"] == "Abdul AL-TESTI"  # "Prime Alias" row
    assert _names(e["uk_ofsi:19001"]) == [("Abdoul AL-TESTY", "aka")]
    assert e["uk_ofsi:19001"]["identifiers"][0]["value"] == "592999"  # out of Passport Details
    assert e["uk_ofsi:19001"]["countries"] == ["SA", "QA"]
    assert {(i["type"], i["value"]) for i in e["uk_ofsi:19002"]["identifiers"]} == {
        ("imo", "8999999"),
        ("mmsi", "445999000"),
    }
    assert e["uk_ofsi:19003"]["name"] == "SOCIÉTÉ GÉNÉRALE D’ESSAI"  # cp1252 decoded
    assert e["uk_ofsi:19003"]["countries"] == ["CD"]


def _edit_line(number: int, edit: Callable[[list[str]], list[str]]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        rows = list(csv.reader(io.StringIO(text, newline="")))
        rows[number - 1] = edit(rows[number - 1])
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        return out.getvalue()

    return apply


def _without_column(name: str) -> Callable[[str], str]:
    def apply(text: str) -> str:
        rows = list(csv.reader(io.StringIO(text, newline="")))
        at = rows[1].index(name)
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(
            [r if i == 0 else r[:at] + r[at + 1 :] for i, r in enumerate(rows)]
        )
        return out.getvalue()

    return apply


BAD: list[tuple[str, Callable[[str], str], str]] = [
    ("short row", _edit_line(5, lambda r: r[:-1]), r":5: expected 36 columns .* found 35"),
    ("no header", lambda t: "\n".join(t.splitlines()[2:]), "no OFSI header row"),
    (
        "unknown type",
        _edit_line(3, lambda r: [*r[:28], "Alien", *r[29:]]),
        r":3: unknown type 'Alien'; expected Individual, Entity or Ship",
    ),
    ("no group id", _edit_line(4, lambda r: [*r[:-1], ""]), r":4: row without Group ID"),
    ("missing column", _without_column("Group Type"), "header lacks column.*Group Type"),
    ("empty", lambda t: "", "file is empty"),
    ("html", lambda t: "<!DOCTYPE html><html><body>Sorry</body></html>", "HTML page"),
]


@pytest.mark.parametrize(("case", "mutate", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_names_file_and_line(
    tmp_path: Path, case: str, mutate: Callable[[str], str], message: str
) -> None:
    path = tmp_path / "ConList.csv"
    path.write_text(mutate(CONLIST.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ListDataError, match=message) as err:
        uk_ofsi.read_csv(path)
    assert str(path) in str(err.value)


def test_bytes_neither_utf8_nor_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "ConList.csv"
    path.write_bytes(CONLIST.read_bytes().replace("ПЕТРОВ".encode(), b"\x81\x8d", 1))
    with pytest.raises(ListDataError, match=r":3: not valid UTF-8 or cp1252"):
        uk_ofsi.read_csv(path)


# --- real data (../shared) -------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_csv() -> LoadedList:
    return load_list(shared_path("lists", "uk", "ofsi_conlist_2025-04-10.csv"))


@pytest.mark.shared
def test_real_conlist_one_entry_per_subject(real_csv: LoadedList) -> None:
    path = shared_path("lists", "uk", "ofsi_conlist_2025-04-10.csv")
    source = pl.read_csv(path, skip_rows=1, infer_schema_length=0)
    assert source.height == real_csv.source_records == 18_796
    assert real_csv.entries.height == source["Group ID"].n_unique() == 4_686
    assert real_csv.list_date == "2025-04-10"
    e = real_csv.entries
    assert e.filter(pl.col("name").str.strip_chars() == "").height == 0
    assert dict(e["entity_type"].value_counts().iter_rows()) == {
        "person": 3_662,
        "organization": 1_009,
        "vessel": 15,
    }
    assert e["aliases"].list.len().sum() == 11_278
    assert (
        e.filter(pl.col("entity_type") == "vessel")["identifiers"]
        .list.eval(pl.element().struct.field("type") == "imo")
        .list.any()
        .all()
    )


@pytest.mark.shared
def test_real_xlsx_and_its_csv_dump_give_identical_frames(real_csv: LoadedList) -> None:
    book = load_list(shared_path("lists", "uk", "ofsi_conlist_2025-04-10.xlsx"))
    assert (book.format, book.list_date) == ("uk_ofsi_xlsx", real_csv.list_date)
    assert_frame_equal(book.entries, real_csv.entries)


@pytest.mark.shared
def test_real_2020_sample_cp1252() -> None:
    path = shared_path("lists", "uk", "ofsi_conlist_sample_2020.csv")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252"), newline="")))
    got = load_list(path)
    assert got.source_records == len(rows) - 1 == 77
    assert got.entries.height == len({r[-1] for r in rows[1:]}) == 41
    assert set(got.entries["entity_type"]) == {"person", "organization"}
    assert "’" in "".join(got.entries["remarks"].drop_nulls())  # cp1252 0x92, decoded
