"""OFAC classic XML (SDN.XML / CONSOLIDATED.XML, sdn.xsd): entries, SDN vs non-SDN, bad input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

from screening.errors import ListDataError
from screening.lists import ofac_csv, ofac_xml
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES, shared_path

SDN_XML = FIXTURES / "ofac" / "sdn.xml"
CONS_XML = FIXTURES / "ofac" / "consolidated.xml"


def by_id(frame: pl.DataFrame) -> dict[str, dict[str, Any]]:
    return {row["entry_id"]: row for row in frame.to_dicts()}


@pytest.fixture(scope="module")
def sdn() -> dict[str, dict[str, Any]]:
    return by_id(ofac_xml.read_ofac_xml(SDN_XML).entries)


def test_full_layout_individual(sdn: dict[str, dict[str, Any]]) -> None:
    loaded = ofac_xml.read_ofac_xml(SDN_XML)
    assert loaded.list_date == "2024-05-03"
    assert loaded.source_records == 4
    row = sdn["ofac_sdn:2674"]
    assert row["name"] == "ABDEL RAHMAN, Omar Ahmed"
    assert row["entity_type"] == "person"
    assert row["programs"] == ["SDGT", "IFSR"]
    assert (row["list_name"], row["action"]) == ("OFAC SDN", "block")
    assert row["aliases"] == [
        {"name": "ABDEL-RAHMAN, Omar", "quality": "aka"},
        {"name": "THE BLIND SHAYKH", "quality": "weak"},
    ]
    assert row["identifiers"] == [
        {"type": "passport", "value": "1084010", "country": "EG", "label": "Passport"},
        {"type": "national_id", "value": "216040", "country": "YE", "label": "National ID No."},
    ]
    assert row["countries"] == ["EG", "SD"]  # nationality, citizenship (address adds EG again)
    assert row["birth_dates"] == ["1938-09-03", "1940"]
    assert row["addresses"] == [
        {
            "text": "12 Tahrir Street, Building 4, Cairo, Cairo Governorate, 11511, Egypt",
            "city": "Cairo",
            "country": "EG",
        }
    ]
    assert row["remarks"] == "Gender Male"


def test_vessel_aircraft_entity(sdn: dict[str, dict[str, Any]]) -> None:
    vessel = sdn["ofac_sdn:4243"]
    assert vessel["entity_type"] == "vessel"
    assert {(i["type"], i["value"]) for i in vessel["identifiers"]} == {
        ("imo", "7406784"),
        ("mmsi", "352002785"),
        ("call_sign", "CL2192"),
    }
    assert vessel["countries"] == ["PA"]
    assert vessel["linked_to"] == ["Samir de Navegacion S.A."]
    assert vessel["aliases"] == [{"name": "ANA I", "quality": "weak"}]
    assert sdn["ofac_sdn:15037"]["identifiers"][0]["type"] == "aircraft_tail"
    company = sdn["ofac_sdn:30930"]
    assert [a["quality"] for a in company["aliases"]] == ["aka", "nka"]
    assert company["linked_to"] == ["ABDEL RAHMAN, Omar Ahmed"]
    assert company["birth_dates"] == ["2006-10-08"]  # Organization Established Date
    assert {i["type"] for i in company["identifiers"]} == {"uscc", "website"}


def test_same_entries_as_the_csv_fixture(sdn: dict[str, dict[str, Any]]) -> None:
    csv = by_id(ofac_csv.read_sdn_csv(FIXTURES / "ofac" / "sdn_set").entries)
    for entry_id in ("ofac_sdn:2674", "ofac_sdn:4243", "ofac_sdn:15037"):
        for column in ("name", "entity_type", "programs", "birth_dates", "source", "action"):
            assert sdn[entry_id][column] == csv[entry_id][column], (entry_id, column)


def test_consolidated_file_is_told_from_sdn_by_its_programs() -> None:
    loaded = ofac_xml.read_ofac_xml(CONS_XML)
    rows = by_id(loaded.entries)
    assert set(rows) == {"ofac_cons:9639", "ofac_cons:30902", "ofac_cons:17526"}
    assert {k: (v["list_name"], v["action"]) for k, v in rows.items()} == {
        "ofac_cons:9639": ("OFAC NS-PLC", "review"),
        "ofac_cons:30902": ("OFAC NS-CMIC", "review"),
        "ofac_cons:17526": ("OFAC FSE", "block"),
    }
    assert rows["ofac_cons:30902"]["listed_date"] == "2021-06-03"
    assert rows["ofac_cons:9639"]["addresses"] == [
        {"text": "Gaza, Palestinian", "city": None, "country": "PS"}  # OFAC's "Palestinian"
    ]
    assert rows["ofac_cons:9639"]["countries"] == ["PS"]


@pytest.mark.parametrize("path", [SDN_XML, CONS_XML])
def test_detected_from_content(path: Path) -> None:
    assert detect_format(path).name == "ofac_xml"


def xml(body: str, count: int | None = None) -> str:
    info = f"<Record_Count>{count}</Record_Count>" if count is not None else ""
    return (
        '<?xml version="1.0"?>\n<sdnList xmlns="http://tempuri.org/sdnList.xsd">\n'
        f"<publshInformation><Publish_Date>01/02/2024</Publish_Date>{info}</publshInformation>\n"
        f"{body}</sdnList>\n"
    )


ENTRY = (
    "<sdnEntry><uid>1</uid><lastName>ACME</lastName><sdnType>Entity</sdnType>"
    "<programList><program>SDGT</program></programList></sdnEntry>\n"
)
BAD_INPUT = [
    (xml(ENTRY)[:-40], "line 4, col 98", "broken XML (truncated download?): unclosed token"),
    (xml(ENTRY * 2, count=3), None, "Record_Count says 3 entries but the file has 2"),
    (xml(ENTRY.replace("Entity", "Ship")), "sdnEntry 1", "unknown sdnType 'Ship'"),
    (xml(ENTRY.replace("<lastName>ACME</lastName>", "")), "sdnEntry 1", "without uid or lastName"),
    ('<?xml version="1.0"?><Sanctions></Sanctions>', None, "root element is <Sanctions>"),
    ("", "1", "file is empty"),
    ("<html><head><title>Error</title></head><body>Access denied</body></html>", "1", "HTML"),
]


@pytest.mark.parametrize(("content", "where", "message"), BAD_INPUT)
def test_bad_input(tmp_path: Path, content: str, where: str | None, message: str) -> None:
    path = tmp_path / "sdn.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ListDataError) as err:
        ofac_xml.read_ofac_xml(path)
    assert err.value.where == where
    assert message in err.value.message


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "sdn.xml"
    path.write_bytes(xml(ENTRY.replace("ACME", "CAF\xc9")).encode("latin-1"))
    with pytest.raises(ListDataError) as err:
        ofac_xml.read_ofac_xml(path)
    assert err.value.where is not None
    assert err.value.where.startswith("line 4")
    assert "not well-formed" in err.value.message


# ---- real file (../shared) ---------------------------------------------------------------------


@pytest.mark.shared
def test_real_consolidated_xml() -> None:
    path = shared_path("lists", "ofac", "consolidated_nonsdn_2025-03-28.xml")
    loaded = load_list(path)
    frame = loaded.entries
    assert loaded.format == "ofac_xml"
    assert loaded.list_date == "2025-03-28"
    assert frame.height == 443
    assert (frame["source"] == "ofac_cons").all()
    assert frame["entity_type"].value_counts().sort("entity_type").rows() == [
        ("organization", 363),
        ("person", 80),
    ]
    qualities = [a["quality"] for aliases in frame["aliases"].to_list() for a in aliases]
    assert len(qualities) == 1_135  # 1,136 <aka>: one repeats its entry's primary name
    assert qualities.count("weak") == 70
    rows = by_id(frame.filter(pl.col("entry_id").is_in(["ofac_cons:30902", "ofac_cons:17016"])))
    cmic = rows["ofac_cons:30902"]
    assert (cmic["list_name"], cmic["action"]) == ("OFAC NS-CMIC", "review")
    assert ("uscc", "91110000MA005UCQ5P") in {(i["type"], i["value"]) for i in cmic["identifiers"]}
    bank = rows["ofac_cons:17016"]
    assert ("swift_bic", "GAZPRUMM") in {(i["type"], i["value"]) for i in bank["identifiers"]}
    assert bank["list_name"] == "OFAC SSI"
