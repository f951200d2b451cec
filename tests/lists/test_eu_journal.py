"""OpenSanctions' EU-journal CSVs: one entry per row, a folder read as one list."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from screening.errors import ListDataError
from screening.lists import eu_journal
from screening.lists.base import LoadedList
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES, shared_path

ACTS = FIXTURES / "lists" / "eu_journal" / "acts"


@pytest.fixture(scope="module")
def loaded() -> LoadedList:
    return eu_journal.read(ACTS)


@pytest.fixture(scope="module")
def by_id(loaded: LoadedList) -> dict[str, dict[str, Any]]:
    return {e["entry_id"]: e for e in loaded.entries.to_dicts()}


def test_folder_is_one_list_header_only_files_included(loaded: LoadedList) -> None:
    assert loaded.entries.height == loaded.source_records == 6
    assert [f.name for f in loaded.files] == ["32099R0001.csv", "32099R0002.csv", "32099R0003.csv"]
    assert loaded.list_date is None
    assert detect_format(ACTS).name == "eu_journal_csv"
    assert detect_format(ACTS / "32099R0001.csv").name == "eu_journal_csv"


def test_ids_programs_and_types(by_id: dict[str, dict[str, Any]]) -> None:
    assert sorted(by_id) == [
        "eu_journal:32099R0001:I.ENTITIES:2",
        "eu_journal:32099R0001:I.ENTITIES:3",
        "eu_journal:32099R0001:I.PERSONS:1",
        "eu_journal:32099R0003:XLII:line2",  # no recordId: the line stands in
        "eu_journal:32099R0003:XLII:line3",
        "eu_journal:32099R0003:XLVII:line4",
    ]
    person = by_id["eu_journal:32099R0001:I.PERSONS:1"]
    assert person["programs"] == ["32099R0001", "EU-UKR"]  # CELEX number first
    assert [by_id[k]["entity_type"] for k in sorted(by_id)] == [
        "organization",
        "organization",
        "person",
        "vessel",
        "vessel",
        "unknown",
    ]  # Asset


def test_person_aliases_dates_and_documents(by_id: dict[str, dict[str, Any]]) -> None:
    e = by_id["eu_journal:32099R0001:I.PERSONS:1"]
    assert [(a["name"], a["quality"]) for a in e["aliases"]] == [
        ("Ivan Sergeevich PETROV", "aka"),
        ("Иван Сергеевич ПЕТРОВ", "original_script"),  # "(Иван ...)" after the Latin form
        ("Ivan PETROFF", "aka"),
    ]
    assert e["birth_dates"] == ["1965-02-01", "1966"]
    assert e["listed_date"] == "2014-03-17"
    assert e["identifiers"] == [
        {"type": "passport", "value": "753123456", "country": "RU", "label": "passportNumber"}
    ]
    assert e["countries"] == ["RU"]


def test_entity_addresses_and_qualities(by_id: dict[str, dict[str, Any]]) -> None:
    e = by_id["eu_journal:32099R0001:I.ENTITIES:2"]
    assert [(a["name"], a["quality"]) for a in e["aliases"]] == [
        ("ООО «Северная звезда»", "original_script"),
        ("NST", "weak"),
        ("Polar Trade LLC", "fka"),
    ]
    assert e["identifiers"][0] == {
        "type": "registration",
        "value": "1027700000001",
        "country": "RU",
        "label": "registrationNumber",
    }
    group = by_id["eu_journal:32099R0001:I.ENTITIES:3"]
    assert [(a["text"], a["country"]) for a in group["addresses"]] == [
        ("Kabul, Afghanistan", "AF"),
        ("Peshawar, Pakistan", "PK"),
    ]
    assert group["countries"] == ["AF", "PK"]


def test_header_only_file_alone_is_an_error() -> None:
    with pytest.raises(ListDataError, match=r"32099R0002\.csv: the file holds only a header"):
        eu_journal.read(ACTS / "32099R0002.csv")


def _folder(tmp_path: Path, **texts: str) -> Path:
    folder = tmp_path / "acts"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return folder


def test_folder_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ListDataError, match=r"folder holds no \.csv files"):
        eu_journal.read(empty)
    header = (ACTS / "32099R0002.csv").read_text(encoding="utf-8")
    with pytest.raises(ListDataError, match="folder's files hold only a header"):
        eu_journal.read(_folder(tmp_path, a=header, b=header))


def test_bad_rows_name_file_and_line(tmp_path: Path) -> None:
    good = (ACTS / "32099R0001.csv").read_text(encoding="utf-8")
    lines = good.splitlines()
    short = "\n".join([*lines[:2], lines[2].rsplit(",", 1)[0], *lines[3:]])
    folder = _folder(tmp_path, **{"32099R0001": short})
    with pytest.raises(ListDataError, match=r"32099R0001\.csv:3: expected 45 columns"):
        eu_journal.read(folder)
    nameless = next(csv.reader([lines[3]]))
    nameless[8] = ""
    other = tmp_path / "32099R0004.csv"
    other.write_text("\n".join([lines[0], ",".join(f'"{c}"' for c in nameless)]), encoding="utf-8")
    with pytest.raises(ListDataError, match=r"32099R0004\.csv:2: record without a name"):
        eu_journal.read(other)


def test_a_foreign_csv_in_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "acts"
    shutil.copytree(ACTS, folder)
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ListDataError, match=r"notes\.csv:1: header lacks celex, schema, name"):
        eu_journal.read(folder)


def _records(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


@pytest.mark.shared
def test_real_transcription_folder() -> None:
    folder = shared_path("lists", "eu_journal")
    got = load_list(folder)
    counts = {f.stem: _records(f) for f in got.files}
    assert len(got.files) == 45
    assert sum(counts.values()) == got.entries.height == 8_017
    assert sum(1 for n in counts.values() if n == 0) == 8  # header-only acts, read as empty
    per_act = dict(got.entries.group_by(pl.col("programs").list.first()).len().iter_rows())
    assert per_act == {celex: n for celex, n in counts.items() if n}
    e = got.entries
    assert e.filter(pl.col("name").str.strip_chars() == "").height == 0
    assert dict(e["entity_type"].value_counts().iter_rows()) == {
        "person": 4_500,
        "organization": 2_553 + 200 + 27,
        "vessel": 708,
        "unknown": 29,
    }
    assert e["aliases"].list.len().sum() > 10_000
    # Nationality columns say "Russian", "Iranian", "Ukrainian, Russian": the country table reads
    # these adjectives (3,363 entries had no country before it did). Most of the rest are vessels
    # and organisations without a flag or address, and cells such as "Russian and Ukrainian".
    without = e.filter(pl.col("countries").list.len() == 0)
    assert without.height == 2_521
    assert dict(without["entity_type"].value_counts().iter_rows())["person"] == 1_226


@pytest.mark.shared
def test_real_header_only_act_alone() -> None:
    with pytest.raises(ListDataError, match="only a header"):
        load_list(shared_path("lists", "eu_journal", "32004R0314.csv"))
