"""EU Financial Sanctions File: XML and CSV readers agree; names, ids, bad input."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from screening.errors import ListDataError
from screening.lists import eu_fsf, eu_fsf_csv
from screening.lists.base import read_head
from screening.lists.eu_fsf_fields import is_latin
from screening.lists.registry import detect_format
from tests.conftest import FIXTURES
from tests.lists.sniffing import fixture_heads

XML = FIXTURES / "lists" / "eu_fsf" / "fsf_sample.xml"
CSV = FIXTURES / "lists" / "eu_fsf" / "fsf_sample.csv"


def by_id(path: Path) -> dict[str, dict[str, Any]]:
    reader = eu_fsf.read if path.suffix == ".xml" else eu_fsf_csv.read
    return {e["entry_id"]: e for e in reader(path).entries.to_dicts()}


@pytest.fixture(scope="module")
def xml_entries() -> dict[str, dict[str, Any]]:
    return by_id(XML)


def test_xml_list_date_and_types(xml_entries: dict[str, dict[str, Any]]) -> None:
    loaded = eu_fsf.read(XML)
    assert loaded.list_date == "2026-03-02"  # root generationDate
    assert loaded.source_records == 2
    assert {k: e["entity_type"] for k, e in xml_entries.items()} == {
        "eu_fsf:900101": "person",
        "eu_fsf:900102": "organization",
    }
    assert {e["action"] for e in xml_entries.values()} == {"block"}


def test_xml_person(xml_entries: dict[str, dict[str, Any]]) -> None:
    e = xml_entries["eu_fsf:900101"]
    assert e["name"] == "Ivan Petrovich SOKOLOV"
    assert e["aliases"] == [
        {"name": "Иван Петрович Соколов", "quality": "original_script"},
        {"name": "Ivan SOKOLOFF", "quality": "weak"},  # strong="false"
        {"name": "Vanya Sokol", "quality": "weak"},  # strong="true" but remark "low quality"
    ]
    assert e["programs"] == ["UKR"]
    assert e["countries"] == ["RU"]
    assert e["birth_dates"] == ["1965-04-12"]
    assert e["listed_date"] == "2022-02-28"
    assert e["identifiers"] == [
        {"type": "passport", "value": "753123456", "country": "RU", "label": "National passport"},
        {"type": "tax_id", "value": "770123456789", "country": None, "label": "Fiscal code"},
    ]
    assert e["source_url"].endswith("CELEX:32022R0336")
    for part in (
        "EU reference: EU.9001.10",
        "Function: Deputy Minister",
        "Place of birth: Tula, RUSSIAN FEDERATION",
    ):
        assert part in e["remarks"]


def test_xml_enterprise(xml_entries: dict[str, dict[str, Any]]) -> None:
    e = xml_entries["eu_fsf:900102"]
    assert e["aliases"] == [{"name": "Korea Rokpyong Trading", "quality": "strong"}]
    assert e["listed_date"] == "2016-08-31"  # no designationDate: first regulation
    assert e["programs"] == ["PRK"]
    assert [(i["type"], i["value"]) for i in e["identifiers"]] == [
        ("registration", "RN-00112"),
        ("imo", "9123456"),
        ("email", "info@greenvalley.example"),
        ("website", "www.greenvalley.example"),
    ]
    assert e["addresses"] == [
        {"text": "Sosong District, Pyongyang, NORTH KOREA", "city": "Pyongyang", "country": "KP"}
    ]
    assert "UN reference: KPe.901" in e["remarks"]


def test_csv_groups_rows_like_the_xml(xml_entries: dict[str, dict[str, Any]]) -> None:
    loaded = eu_fsf_csv.read(CSV)
    assert loaded.list_date == "2026-03-02"  # fileGenerationDate 02/03/2026
    assert loaded.source_records == 2
    csv_entries = by_id(CSV)
    assert csv_entries.keys() == xml_entries.keys()
    for key, e in csv_entries.items():
        x = xml_entries[key]
        for field in (
            "name",
            "entity_type",
            "programs",
            "countries",
            "birth_dates",
            "listed_date",
            "addresses",
            "source_url",
        ):
            assert e[field] == x[field], (key, field)
        assert {a["name"] for a in e["aliases"]} <= {a["name"] for a in x["aliases"]}
    # Rows repeating one address for each name give one address, not two.
    assert len(csv_entries["eu_fsf:900102"]["addresses"]) == 1
    # The CSV has no `strong` column: its aliases are plain a.k.a.s unless marked low quality.
    assert csv_entries["eu_fsf:900102"]["aliases"] == [
        {"name": "Korea Rokpyong Trading", "quality": "aka"}
    ]
    assert csv_entries["eu_fsf:900101"]["aliases"][1] == {
        "name": "Ivan SOKOLOFF",
        "quality": "weak",
    }


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Ivan SOKOLOV", True),
        ("Иван", False),
        ("José Müller-Łukasz", True),
        ("陈", False),
        ("A-1 (2)", True),
    ],
)
def test_is_latin(text: str, latin: bool) -> None:
    assert is_latin(text) is latin


def test_other_namespace_uri_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "fsf.xml"
    path.write_bytes(
        XML.read_bytes().replace(
            b"http://eu.europa.ec/fpi/fsd/export", b"http://eu.europa.eu/fsd/bfs/export"
        )
    )
    assert eu_fsf.read(path).entries.height == 2
    assert eu_fsf.sniff(path, read_head(path))


@pytest.mark.parametrize(("path", "fmt"), [(XML, "eu_fsf_xml"), (CSV, "eu_fsf_csv")])
def test_detected_and_not_stealing(path: Path, fmt: str) -> None:
    assert detect_format(path).name == fmt
    sniff = eu_fsf.sniff if fmt == "eu_fsf_xml" else eu_fsf_csv.sniff
    for other, head in fixture_heads():
        assert sniff(other, head) == (other == path)


SAMPLE_XML = XML.read_bytes()


def _line(data: bytes, marker: bytes) -> str:
    return str(data[: data.index(marker)].count(b"\n") + 1)


XML_ERRORS = [
    (
        "truncated",
        lambda d: d[: d.index(b'<identification identificationTypeCode="regnumber')],
        str(SAMPLE_XML[: SAMPLE_XML.index(b'"regnumber"')].count(b"\n") + 1),
        "truncated",
    ),
    (
        "not utf-8",
        lambda d: d.replace(b"Tula", b"T\xfcla"),
        _line(SAMPLE_XML, b'city="Tula"'),
        "not valid UTF-8",
    ),
    (
        "other root",
        lambda d: d.replace(b"<export", b"<exports").replace(b"</export>", b"</exports>"),
        "1",
        "expected <export>",
    ),
    (
        "nameless",
        lambda d: re.sub(rb"<nameAlias[^>]*logicalId=\"2901\d\d\"/>", b"", d),
        "record 900102",
        "without a logicalId or a name",
    ),
]


@pytest.mark.parametrize(
    ("case", "mutate", "where", "message"), XML_ERRORS, ids=[e[0] for e in XML_ERRORS]
)
def test_bad_xml(tmp_path: Path, case: str, mutate: Any, where: str, message: str) -> None:
    path = tmp_path / "fsf.xml"
    path.write_bytes(mutate(SAMPLE_XML))
    with pytest.raises(ListDataError, match=re.escape(message)) as info:
        eu_fsf.read(path)
    assert info.value.path == str(path)
    assert info.value.where == where


SAMPLE_CSV = CSV.read_bytes()
CSV_ERRORS = [
    (
        "wrong width",
        lambda d: d.replace(b";RN-00112;", b";RN;00112;"),
        "10",
        "119 fields where the header has 118",
    ),
    ("not utf-8", lambda d: d.replace("Соколов".encode(), b"\xd1\x3f\xd0"), "3", "not valid UTF-8"),
    (
        "missing column",
        lambda d: d.replace(b"NameAlias_WholeName", b"NameAlias_FullName"),
        "1",
        "lacks column(s) NameAlias_WholeName",
    ),
    (
        "no logical id",
        lambda d: d.replace(b";900102;EU.4567.12;", b";;EU.4567.12;", 1),
        "8",
        "row without Entity_LogicalId",
    ),
    (
        "subject without name",
        lambda d: b"".join(
            line
            for line in d.splitlines(keepends=True)
            if b"Green Valley" not in line and b"Korea Rokpyong" not in line
        ),
        "8",
        "has no name",
    ),
]


@pytest.mark.parametrize(
    ("case", "mutate", "where", "message"), CSV_ERRORS, ids=[e[0] for e in CSV_ERRORS]
)
def test_bad_csv(tmp_path: Path, case: str, mutate: Any, where: str, message: str) -> None:
    path = tmp_path / "fsf.csv"
    path.write_bytes(mutate(SAMPLE_CSV))
    with pytest.raises(ListDataError, match=re.escape(message)) as info:
        eu_fsf_csv.read(path)
    assert info.value.path == str(path)
    assert info.value.where == where


@pytest.mark.parametrize("reader", [eu_fsf.read, eu_fsf_csv.read])
@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "file is empty"), (b"<!DOCTYPE html><html><body>Error</body></html>", "HTML page")],
)
def test_empty_file_and_html_page(
    tmp_path: Path, reader: Any, content: bytes, message: str
) -> None:
    path = tmp_path / "download"
    path.write_bytes(content)
    with pytest.raises(ListDataError, match=message) as info:
        reader(path)
    assert info.value.where == "1"
