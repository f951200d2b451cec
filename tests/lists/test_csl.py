"""US Consolidated Screening List: CSV and JSON readers, packed fields, bad input, real file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from screening.errors import ListDataError
from screening.lists import csl, csl_json
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES, shared_path
from tests.lists.sniffing import fixture_heads

CSV = FIXTURES / "lists" / "us_csl" / "consolidated_sample.csv"
JSON = FIXTURES / "lists" / "us_csl" / "csl_search_sample.json"


def by_id(frame: pl.DataFrame) -> dict[str, dict[str, Any]]:
    return {row["entry_id"]: row for row in frame.to_dicts()}


@pytest.fixture(scope="module")
def csv_entries() -> dict[str, dict[str, Any]]:
    return by_id(csl.read(CSV).entries)


def test_csv_reads_every_row_with_list_code_in_id(csv_entries: dict[str, dict[str, Any]]) -> None:
    assert len(csv_entries) == 9
    # One OFAC id on two sub-lists (SSI and NS-MBS) stays two entries.
    assert {"us_csl:SSI:17777", "us_csl:NS-MBS:17777"} <= csv_entries.keys()


ACTIONS = [
    ("us_csl:EL:9f3c2a61d0b84e7c8a5b1e2f3a4b5c6d", "unknown", "block"),
    ("us_csl:SDN:40123", "person", "block"),
    ("us_csl:CMIC:50211", "organization", "review"),
    ("us_csl:SSI:17777", "organization", "review"),
    ("us_csl:NS-MBS:17777", "organization", "review"),
    ("us_csl:SDN:30999", "vessel", "block"),
    ("us_csl:DPL:c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6", "unknown", "block"),
    ("us_csl:ISN:d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9", "unknown", "block"),
    ("us_csl:UVL:e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0", "unknown", "review"),
]


@pytest.mark.parametrize(("entry_id", "entity_type", "action"), ACTIONS)
def test_csv_type_and_action(
    csv_entries: dict[str, dict[str, Any]], entry_id: str, entity_type: str, action: str
) -> None:
    assert csv_entries[entry_id]["entity_type"] == entity_type
    assert csv_entries[entry_id]["action"] == action


def test_csv_unpacks_person_fields(csv_entries: dict[str, dict[str, Any]]) -> None:
    e = csv_entries["us_csl:SDN:40123"]
    assert [a["name"] for a in e["aliases"]] == ["VOLKOV, Pavel", "WOLKOW, Pawel"]
    assert e["programs"] == ["RUSSIA-EO14024", "CYBER2"]
    assert e["countries"] == ["RU", "CY"]
    assert e["birth_dates"] == ["1971-03-14", "1972"]
    assert e["identifiers"] == [
        {"type": "passport", "value": "7200123456", "country": "RU", "label": "Passport"},
        {"type": "tax_id", "value": "771234567890", "country": "RU", "label": "Tax ID No."},
    ]
    # Facts in `ids` are not identifiers; they are kept in remarks, commas and all.
    assert "Gender: Male" in e["remarks"]
    assert "31 CFR 589.201 and/or 589.209" in e["remarks"]
    assert "Place of birth: Tula, Russia" in e["remarks"]


def test_csv_unpacks_company_fields(csv_entries: dict[str, dict[str, Any]]) -> None:
    e = csv_entries["us_csl:CMIC:50211"]
    assert {
        "type": "uscc",
        "value": "91110000MA01ABCDE7",
        "country": "CN",
        "label": "Unified Social Credit Code (USCC)",
    } in e["identifiers"]
    # Issuer names are names the company is known by; case variants of the name are dropped.
    assert [a["name"] for a in e["aliases"]] == [
        "EASTERN LANTERN AEROSPACE",
        "EASTERN LANTERN AEROSPACE HOLDINGS LTD",
        "Eastern Lantern Aerospace Hldgs Ltd",
    ]
    el = csv_entries["us_csl:EL:9f3c2a61d0b84e7c8a5b1e2f3a4b5c6d"]
    assert [a["name"] for a in el["aliases"]] == [
        "NW Micro",
        "Northwind Semiconductor (Shenzhen) Co.",
    ]
    assert [a["country"] for a in el["addresses"]] == ["CN", "HK"]
    assert el["listed_date"] == "2023-03-02"
    assert "Presumption of denial." in el["remarks"]


def test_csv_vessel_and_successor_clause(csv_entries: dict[str, dict[str, Any]]) -> None:
    vessel = csv_entries["us_csl:SDN:30999"]
    assert [(i["type"], i["value"]) for i in vessel["identifiers"]] == [
        ("imo", "9123456"),
        ("mmsi", "352000123"),
        ("call_sign", "9HA1234"),
    ]
    assert vessel["countries"] == ["PA"]  # vessel_flag "Panama"
    isn = csv_entries["us_csl:ISN:d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9"]
    assert isn["name"] == "Harbin Polar Star Trading Co. Ltd."
    assert [a["name"] for a in isn["aliases"]] == ["Polar Star Trading"]
    assert isn["remarks"].startswith("Includes any successor, sub-unit, or subsidiary")
    dpl = csv_entries["us_csl:DPL:c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6"]
    assert dpl["countries"] == []  # "..., CA, 90802": no country part, and CA is not read as Canada


def test_json_matches_csv_for_the_same_records(csv_entries: dict[str, dict[str, Any]]) -> None:
    loaded = csl_json.read(JSON)
    assert loaded.format == "us_csl_json"
    assert loaded.source_records == 3
    for entry_id, row in by_id(loaded.entries).items():
        expected = csv_entries[entry_id]
        for key in (
            "name",
            "aliases",
            "entity_type",
            "programs",
            "countries",
            "birth_dates",
            "action",
            "list_name",
        ):
            assert row[key] == expected[key], (entry_id, key)
        assert {i["value"] for i in row["identifiers"]} <= {
            i["value"] for i in expected["identifiers"]
        }
    # The API gives the city, the CSV cannot place it.
    el = by_id(loaded.entries)["us_csl:EL:9f3c2a61d0b84e7c8a5b1e2f3a4b5c6d"]
    assert [a["city"] for a in el["addresses"]] == ["Shenzhen", "Hong Kong"]


@pytest.mark.parametrize(("path", "fmt"), [(CSV, "us_csl_csv"), (JSON, "us_csl_json")])
def test_detected_from_content(path: Path, fmt: str) -> None:
    assert detect_format(path).name == fmt


def test_sniffers_do_not_claim_other_formats() -> None:
    for other, head in fixture_heads():
        assert csl.sniff(other, head) == (other == CSV)
        assert csl_json.sniff(other, head) == (other == JSON)


def test_repeated_header_line_is_skipped(tmp_path: Path) -> None:
    lines = CSV.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "csl.csv"
    path.write_text(lines[0] + lines[0] + "".join(lines[1:]), encoding="utf-8")
    loaded = csl.read(path)
    assert loaded.entries.height == loaded.source_records == 9


Mutation = Callable[[bytes], bytes]


def _cut_inside_last_record(data: bytes) -> bytes:
    return data[: data.rindex(b"Jebel Ali")]


def _short_row(data: bytes) -> bytes:
    lines = data.splitlines(keepends=True)
    return b"".join([*lines[:3], b'"1","Specially Designated Nationals (SDN)","1"\n', *lines[3:]])


def _latin1_name(data: bytes) -> bytes:
    return data.replace(b"Lesnaya", "Lesn\xe1ya".encode("latin-1"))


def _unknown_type(data: bytes) -> bytes:
    return data.replace(b'"Vessel"', b'"Submarine"')


def _multiline_field_then_short_row(data: bytes) -> bytes:
    # The vessel row (line 7) gets a quoted field spanning two lines, and a short row goes in
    # before the DPL row: that row starts on line 9, not 8.
    data = data.replace(b'"Kestrel Shipping Ltd","",', b'"Kestrel Shipping Ltd","two\nlines",')
    at = data.index(b'"c1d2e3f4')
    return data[:at] + b'"1","Specially Designated Nationals (SDN)","1"\n' + data[at:]


ERRORS: list[tuple[str, Mutation, str, str]] = [
    ("truncated", _cut_inside_last_record, "10", "truncated"),
    ("wrong width", _short_row, "4", "3 fields where the header has 29"),
    ("multi-line field", _multiline_field_then_short_row, "9", "3 fields"),
    ("not utf-8", _latin1_name, "3", "not valid UTF-8"),
    ("unknown type", _unknown_type, "7", "unknown type 'Submarine'"),
    ("header only", lambda d: d.splitlines(keepends=True)[0], "", "no entries found"),
    (
        "missing column",
        lambda d: d.replace(b",ids\n", b",identifiers\n", 1),
        "1",
        "lacks column(s) ids",
    ),
]


@pytest.mark.parametrize(("case", "mutate", "where", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_csv_names_file_and_line(
    tmp_path: Path, case: str, mutate: Mutation, where: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(mutate(CSV.read_bytes()))
    with pytest.raises(ListDataError, match=re.escape(message)) as info:
        csl.read(path)
    assert info.value.path == str(path)
    assert (info.value.where or "") == where


# ---- lenient mode: salvage a cut-off last record and repeated ids, each with a warning ---------

UVL = "us_csl:UVL:e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0"


def _cut_before_name(data: bytes) -> bytes:
    return data[: data.rindex(b"Bright Delta")]


def _repeat_last_row(data: bytes) -> bytes:
    return data + data.splitlines(keepends=True)[-1]


LENIENT: list[tuple[str, Mutation, int, int, str]] = [
    # (case, damage, source records, entries kept, the warning)
    (
        "cut in addresses: kept",
        _cut_inside_last_record,
        9,
        9,
        "bad.csv:10: the file ends inside a quoted field: the download is truncated; the last "
        "record is cut inside column 'addresses'; kept, with later columns empty and a remark",
    ),
    (
        "cut in the name: dropped",
        _cut_before_name,
        9,
        8,
        "bad.csv:10: the file ends inside a quoted field: the download is truncated; the last "
        "record is cut inside column 'name', before its _id and name are complete; dropped",
    ),
    (
        "repeated id: kept apart",
        _repeat_last_row,
        10,
        10,
        f"bad.csv:11: duplicate entry id {UVL} (first on line 10); kept as {UVL}~line11",
    ),
]


@pytest.mark.parametrize(
    ("case", "damage", "records", "kept", "warning"), LENIENT, ids=[c[0] for c in LENIENT]
)
def test_lenient_read_salvages_and_warns(
    tmp_path: Path, case: str, damage: Mutation, records: int, kept: int, warning: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(damage(CSV.read_bytes()))
    with pytest.raises(ListDataError) as strict:
        csl.read(path)
    assert strict.value.where == warning.split(":")[1]
    loaded = load_list(path, lenient=True)
    assert loaded.warnings == (warning,)
    assert (loaded.source_records, loaded.entries.height) == (records, kept)


def test_a_salvaged_record_keeps_what_precedes_the_cut_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(_cut_inside_last_record(CSV.read_bytes()))
    row = by_id(csl.read(path, lenient=True).entries)[UVL]
    assert row["name"] == "Bright Delta Logistics FZE"
    assert row["addresses"] == [{"text": "Plot S10203,", "city": None, "country": None}]
    assert row["listed_date"] is None  # start_date comes after the cut
    assert row["remarks"] == "record truncated in source file at line 10"


def test_a_sound_file_reads_the_same_either_way() -> None:
    strict, lenient = csl.read(CSV), csl.read(CSV, lenient=True)
    assert strict.entries.equals(lenient.entries)
    assert strict.warnings == lenient.warnings == ()


CUT_JSON = JSON.read_text(encoding="utf-8")[:900]
JSON_ERRORS: list[tuple[str, str, str | None, str]] = [
    ("truncated", CUT_JSON, str(CUT_JSON.count("\n") + 1), "not valid JSON"),
    ("not the API shape", '{"items": []}', None, "expected"),
    (
        "result without name",
        '{"results": [{"id": "1", "source": "X (X)"}]}',
        "record 1",
        "without id or name",
    ),
    (
        "unknown type",
        '{"results": [{"id": "1", "name": "A", "type": "Robot"}]}',
        "record 1",
        "unknown type 'Robot'",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "where", "message"), JSON_ERRORS, ids=[e[0] for e in JSON_ERRORS]
)
def test_bad_json_names_file_and_record(
    tmp_path: Path, case: str, text: str, where: str | None, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ListDataError, match=re.escape(message)) as info:
        csl_json.read(path)
    assert info.value.path == str(path)
    assert info.value.where == where


CSL_COUNTS = {  # shared/data/README.md: 4,227 records, per sub-list
    "Entity List (EL) - Bureau of Industry and Security": 919,
    "Specially Designated Nationals (SDN) - Treasury Department": 1738,
    "Denied Persons List (DPL) - Bureau of Industry and Security": 577,
    "Sectoral Sanctions Identifications List (SSI) - Treasury Department": 288,
    "Unverified List (UVL) - Bureau of Industry and Security": 186,
    "Nonproliferation Sanctions (ISN) - State Department": 144,
    "ITAR Debarred (DTC) - State Department": 142,
    "Palestinian Legislative Council List (PLC) - Treasury Department": 78,
    "Military End User (MEU) List - Bureau of Industry and Security": 71,
    "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department": 68,
    "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department": 14,
    "Foreign Sanctions Evaders (FSE) - Treasury Department": 1,
    "Capta List (CAP) - Treasury Department": 1,
}


@pytest.mark.shared
def test_real_partial_csl_file() -> None:
    """The shared CSL copy repeats its header on line 2 and is cut inside its last record."""
    path = shared_path("lists", "us_csl", "consolidated_csl_2023-11-30.csv")
    with pytest.raises(ListDataError, match="truncated") as info:
        csl.read(path)
    assert info.value.where == "4233"
    assert str(info.value).startswith(f"{path}:4233: the file ends inside a quoted field")


@pytest.mark.shared
def test_real_partial_csl_file_lenient() -> None:
    """Lenient: all 4,227 records of the README, the cut-off SDN record kept and reported."""
    path = shared_path("lists", "us_csl", "consolidated_csl_2023-11-30.csv")
    loaded = load_list(path, lenient=True)
    frame = loaded.entries
    assert frame.height == loaded.source_records == 4227
    assert dict(frame.group_by("list_name").len().iter_rows()) == CSL_COUNTS
    assert loaded.warnings == (
        "consolidated_csl_2023-11-30.csv:4233: the file ends inside a quoted field: the download "
        "is truncated; the last record is cut inside column 'addresses'; kept, with later "
        "columns empty and a remark",
    )
    cut = by_id(frame.filter(pl.col("entry_id") == "us_csl:SDN:11476"))["us_csl:SDN:11476"]
    assert cut["name"] == "BERMUDEZ SUAZA, Pedro Antonio"
    assert cut["programs"] == ["SDNT"]
    assert cut["remarks"] == "record truncated in source file at line 4233"
    assert len(cut["addresses"]) == 7  # six complete ones and the one the file cuts
    assert cut["countries"] == ["CO", "MX"]


@pytest.mark.shared
def test_real_csl_file_up_to_its_last_complete_record(tmp_path: Path) -> None:
    data = shared_path("lists", "us_csl", "consolidated_csl_2023-11-30.csv").read_bytes()
    path = tmp_path / "csl.csv"
    path.write_bytes(data[: data.rindex(b"\n") + 1])  # drop the cut-off last record
    loaded = csl.read(path)
    frame = loaded.entries
    # README: 4,227 rows including the cut-off SDN record, which is not readable.
    assert frame.height == loaded.source_records == 4226
    counts = dict(frame.group_by("list_name").len().iter_rows())
    assert counts["Entity List (EL) - Bureau of Industry and Security"] == 919
    assert counts["Specially Designated Nationals (SDN) - Treasury Department"] == 1737
    assert counts["Denied Persons List (DPL) - Bureau of Industry and Security"] == 577
    assert counts["Sectoral Sanctions Identifications List (SSI) - Treasury Department"] == 288
    assert counts["Unverified List (UVL) - Bureau of Industry and Security"] == 186
    assert counts["Nonproliferation Sanctions (ISN) - State Department"] == 144
    assert counts["ITAR Debarred (DTC) - State Department"] == 142
    assert counts["Military End User (MEU) List - Bureau of Industry and Security"] == 71
    assert frame.filter(pl.col("name").str.strip_chars() == "").height == 0
    assert dict(frame.group_by("entity_type").len().iter_rows()) == {
        "person": 1124,
        "organization": 1060,
        "vessel": 3,
        "unknown": 2039,
    }
    telecom = by_id(frame.filter(pl.col("entry_id") == "us_csl:CMIC:30882"))["us_csl:CMIC:30882"]
    # 3 alt_names + 4 issuer names; one issuer name is the name, two differ from alt_names by case.
    assert [a["name"] for a in telecom["aliases"]] == [
        "CHINA TELECOM",
        "CHINA TELECOM CO., LTD",
        "CHINA TELECOM CORP LTD",
        "China Telecom Corporation Limited.Co.Ltd",
    ]
    assert {
        "type": "uscc",
        "value": "9111000071093019X7",
        "country": "CN",
        "label": "Unified Social Credit Code (USCC)",
    } in telecom["identifiers"]
    assert telecom["action"] == "review"


@pytest.mark.parametrize("reader", [csl.read, csl_json.read])
@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "file is empty"), (b"<!DOCTYPE html><html><body>Error</body></html>", "HTML page")],
)
def test_empty_file_and_html_page(
    tmp_path: Path, reader: Callable[[Path], object], content: bytes, message: str
) -> None:
    path = tmp_path / "download"
    path.write_bytes(content)
    with pytest.raises(ListDataError, match=message) as info:
        reader(path)
    assert info.value.where == "1"
