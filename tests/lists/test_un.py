"""UN Security Council consolidated XML reader."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from screening.errors import ListDataError
from screening.lists import un
from screening.lists.registry import detect_format
from tests.conftest import FIXTURES, shared_path
from tests.lists.sniffing import fixture_heads

UN = FIXTURES / "lists" / "un" / "consolidated_sample.xml"


@pytest.fixture(scope="module")
def entries() -> dict[str, dict[str, Any]]:
    return {e["entry_id"]: e for e in un.read(UN).entries.to_dicts()}


def test_reads_individuals_and_entities(entries: dict[str, dict[str, Any]]) -> None:
    loaded = un.read(UN)
    assert loaded.list_date == "2026-02-27"  # root dateGenerated
    assert loaded.source_records == 3
    assert {k: e["entity_type"] for k, e in entries.items()} == {
        "un:QDi.901": "person",
        "un:KPi.901": "person",
        "un:KPe.901": "organization",
    }
    assert {e["action"] for e in entries.values()} == {"block"}


def test_individual(entries: dict[str, dict[str, Any]]) -> None:
    e = entries["un:QDi.901"]
    assert e["name"] == "KARIM ABDUL RAHMAN AL-SAMIRI"  # FIRST..FOURTH_NAME
    assert e["programs"] == ["Al-Qaida"]
    assert e["aliases"] == [
        {"name": "Abu Yusuf al-Iraqi", "quality": "strong"},
        {"name": "Abu Yusuf", "quality": "weak"},
        {"name": "Karim Abdulrahman Samiri", "quality": "strong"},
        {"name": "كريم عبد الرحمن السامري", "quality": "original_script"},
    ]
    # EXACT date, BETWEEN 1965..1967, and the date given on an alias.
    assert e["birth_dates"] == ["1968-07-01", "1965", "1966", "1967", "1969-02-05"]
    assert e["countries"] == ["IQ"]  # "na" is a placeholder, not Namibia
    assert e["identifiers"] == [
        {"type": "passport", "value": "A1234567", "country": "IQ", "label": "Passport"},
        {
            "type": "national_id",
            "value": "00998877",
            "country": None,
            "label": "National Identification Number",
        },
    ]
    assert e["addresses"] == [
        {"text": "Al-Mansour Street, Baghdad, Iraq", "city": "Baghdad", "country": "IQ"}
    ]
    assert e["listed_date"] == "2011-05-12"
    for part in (
        "resolution 2368",
        "Title: Sheikh",
        "Designation: Financier",
        "Place of birth: Mosul, Iraq",
        "Ration card issued in Mosul",
    ):
        assert part in e["remarks"]


def test_sparse_individual_and_entity(entries: dict[str, dict[str, Any]]) -> None:
    ri = entries["un:KPi.901"]
    assert ri["aliases"] == []  # <QUALITY/><ALIAS_NAME/> is no alias
    assert ri["birth_dates"] == ["1970", "1973-11"]  # YEAR, and a date only in NOTE
    assert ri["addresses"] == []
    assert ri["remarks"] is None
    entity = entries["un:KPe.901"]
    assert [(a["name"], a["quality"]) for a in entity["aliases"]] == [
        ("Green Valley Trading Corp.", "aka"),
        ("Korea Rokpyong Trading", "fka"),
        ("록색골짜기무역회사", "original_script"),
    ]
    assert entity["countries"] == ["KP", "CN"]
    assert entity["birth_dates"] == []


def test_detected_and_not_stealing() -> None:
    assert detect_format(UN).name == "un_xml"
    for other, head in fixture_heads():
        assert un.sniff(other, head) == (other == UN)


def _truncate(data: bytes) -> bytes:
    return data[: data.index(b"<REFERENCE_NUMBER>KPe")]


def _line_of(data: bytes, marker: bytes) -> str:
    return str(data[: data.index(marker)].count(b"\n") + 1)


SAMPLE = UN.read_bytes()
ERRORS = [
    ("truncated", _truncate, str(_truncate(SAMPLE).count(b"\n") + 1), "truncated"),
    (
        "mismatched tag",
        lambda d: d.replace(b"</LISTED_ON>", b"</LISTED>", 1),
        _line_of(SAMPLE, b"<LISTED_ON>"),
        "malformed XML (mismatched tag",
    ),
    (
        "not utf-8",
        lambda d: d.replace(b"Baghdad", "Ba\xefdad".encode("latin-1")),
        _line_of(SAMPLE, b"<CITY>Baghdad"),
        "not valid UTF-8",
    ),
    (
        "other root",
        lambda d: d.replace(b"CONSOLIDATED_LIST", b"SANCTIONS"),
        "1",
        "expected <CONSOLIDATED_LIST>",
    ),
    (
        "nameless",
        lambda d: d.replace(b"<FIRST_NAME>RI</FIRST_NAME>", b"").replace(
            b"<SECOND_NAME>SONG CHOL</SECOND_NAME>", b""
        ),
        "record KPi.901",
        "without",
    ),
    (
        "no records",
        lambda d: d[: d.index(b"<INDIVIDUALS>")] + b"</CONSOLIDATED_LIST>\n",
        None,
        "no entries found",
    ),
]


@pytest.mark.parametrize(("case", "mutate", "where", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_xml_names_file_and_line(
    tmp_path: Path, case: str, mutate: Any, where: str | None, message: str
) -> None:
    path = tmp_path / "un.xml"
    path.write_bytes(mutate(SAMPLE))
    with pytest.raises(ListDataError, match=re.escape(message)) as info:
        un.read(path)
    assert info.value.path == str(path)
    assert info.value.where == where


@pytest.mark.shared
def test_real_un_file() -> None:
    loaded = un.read(shared_path("lists", "un", "un_consolidated_2026-02-27.xml"))
    frame = loaded.entries
    assert loaded.list_date == "2026-02-27"
    assert dict(frame.group_by("entity_type").len().iter_rows()) == {
        "person": 730,
        "organization": 273,
    }
    assert frame.height == loaded.source_records == 1003
    assert frame.filter(pl.col("name").str.strip_chars() == "").height == 0
    qualities = dict(
        frame.select(pl.col("aliases").explode(empty_as_null=False).struct.field("quality"))
        .drop_nulls()
        .group_by("quality")
        .len()
        .iter_rows()
    )
    assert qualities == {"strong": 1509, "weak": 615, "aka": 594, "fka": 18, "original_script": 377}
    saddam = frame.filter(pl.col("entry_id") == "un:IQi.001").to_dicts()[0]
    assert saddam["name"] == "SADDAM HUSSEIN AL-TIKRITI"
    assert {"name": "Abu Ali", "quality": "weak"} in saddam["aliases"]
    assert saddam["birth_dates"] == ["1937-04-28"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "file is empty"), (b"<!DOCTYPE html><html><body>Error</body></html>", "HTML page")],
)
def test_empty_file_and_html_page(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "download"
    path.write_bytes(content)
    with pytest.raises(ListDataError, match=message) as info:
        un.read(path)
    assert info.value.where == "1"
