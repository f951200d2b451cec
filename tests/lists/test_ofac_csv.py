"""OFAC legacy CSV sets: SDN.CSV + ADD/ALT/SDN_COMMENTS and CONS_PRIM.CSV + CONS_*."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from screening.errors import ListDataError
from screening.lists import ofac_csv
from screening.lists.base import read_head
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES, shared_path

SDN_SET = FIXTURES / "ofac" / "sdn_set"
CONS_SET = FIXTURES / "ofac" / "cons_set"
NULLS = ",".join(["-0- "] * 7)


def qualities(frame: pl.DataFrame) -> list[str]:
    return [a["quality"] for aliases in frame["aliases"].to_list() for a in aliases]


def count_identifiers(frame: pl.DataFrame, id_type: str) -> int:
    is_type = pl.element().struct.field("type") == id_type
    return int(frame.select(pl.col("identifiers").list.eval(is_type).list.sum().sum()).item())


def by_id(frame: pl.DataFrame) -> dict[str, dict[str, Any]]:
    return {row["entry_id"]: row for row in frame.to_dicts()}


@pytest.fixture(scope="module")
def sdn() -> dict[str, dict[str, Any]]:
    return by_id(ofac_csv.read_sdn_csv(SDN_SET).entries)


def test_sdn_set_joins_siblings_found_case_insensitively() -> None:
    loaded = ofac_csv.read_sdn_csv(SDN_SET / "SDN.CSV")
    assert loaded.format == "ofac_sdn_csv"
    assert loaded.publisher == "OFAC"
    assert loaded.source_records == loaded.entries.height == 7
    assert [p.name for p in loaded.files] == ["SDN.CSV", "ADD.CSV", "ALT.CSV", "SDN_COMMENTS.CSV"]


ENTITY_TYPES = [
    ("ofac_sdn:36", "organization"),  # SDN_Type -0- is an entity
    ("ofac_sdn:2674", "person"),
    ("ofac_sdn:4243", "vessel"),
    ("ofac_sdn:15037", "aircraft"),
]


@pytest.mark.parametrize(("entry_id", "entity_type"), ENTITY_TYPES)
def test_entity_types(sdn: dict[str, dict[str, Any]], entry_id: str, entity_type: str) -> None:
    assert sdn[entry_id]["entity_type"] == entity_type


def test_individual(sdn: dict[str, dict[str, Any]]) -> None:
    row = sdn["ofac_sdn:2674"]
    assert row["name"] == "ABDEL RAHMAN, Omar Ahmed"  # as listed: LAST, First
    assert row["programs"] == ["SDGT", "IFSR"]
    assert row["list_name"] == "OFAC SDN"
    assert row["action"] == "block"
    assert row["aliases"] == [
        {"name": "ABDEL-RAHMAN, Omar", "quality": "aka"},  # ALT.CSV: strong
        {"name": "RAHMAN, Omar Abdel", "quality": "aka"},
        {"name": "THE BLIND SHAYKH", "quality": "weak"},  # remarks: weak
        {"name": "ABU 'ABD AL-'AZIZ", "quality": "weak"},
    ]
    assert row["birth_dates"] == ["1938-09-03", "1940"]
    assert row["countries"] == ["EG", "SD"]
    assert row["identifiers"] == [
        {"type": "passport", "value": "1084010", "country": "EG", "label": "Passport"},
        {"type": "national_id", "value": "216040", "country": "YE", "label": "National ID No."},
    ]
    assert row["remarks"].startswith("DOB 03 Sep 1938; alt. DOB circa 1940;")
    assert row["source_url"].endswith("Details.aspx?id=2674")


def test_vessel(sdn: dict[str, dict[str, Any]]) -> None:
    row = sdn["ofac_sdn:4243"]
    types = {(i["type"], i["value"]) for i in row["identifiers"]}
    assert types == {("imo", "7406784"), ("mmsi", "352002785"), ("call_sign", "CL2192")}
    assert row["countries"] == ["PA"]  # Vess_flag
    assert row["linked_to"] == ["Samir de Navegacion S.A."]  # Vess_owner
    assert row["aliases"] == [{"name": "ANA I", "quality": "weak"}]


def test_addresses_and_alias_types(sdn: dict[str, dict[str, Any]]) -> None:
    bank = sdn["ofac_sdn:306"]
    # the all-null ADD row adds nothing
    assert bank["addresses"] == [
        {
            "text": "Zweierstrasse 35, Zurich CH-8022, Switzerland",
            "city": "Zurich CH-8022",
            "country": "CH",
        }
    ]
    assert bank["countries"] == ["CH"]
    assert [a["quality"] for a in sdn["ofac_sdn:40"]["aliases"]] == ["fka", "nka"]


def test_comments_spill_over_completes_the_remarks(sdn: dict[str, dict[str, Any]]) -> None:
    row = sdn["ofac_sdn:40"]
    # SDN.CSV cut the text after "Registration Number " (1,000 chars, trailing space kept)
    assert "Registration Number 1027700132195 (Russia); Tax ID No." in row["remarks"]
    assert {(i["type"], i["value"]) for i in row["identifiers"]} == {
        ("registration", "1027700132195"),
        ("tax_id", "7707083893"),
    }
    assert row["linked_to"] == ["BANCO NACIONAL DE CUBA"]
    assert row["birth_dates"] == ["2004-03-12"]  # Organization Established Date


def test_linked_names_follow_the_file_spelling(sdn: dict[str, dict[str, Any]]) -> None:
    assert sdn["ofac_sdn:15037"]["linked_to"] == ["KARAWAN TRADING CO., LTD."]
    assert sdn["ofac_sdn:30930"]["linked_to"] == ["ABDEL RAHMAN, Omar Ahmed"]


def test_consolidated_lists_and_actions() -> None:
    cons = by_id(ofac_csv.read_cons_csv(CONS_SET).entries)
    assert {k: (v["list_name"], v["action"]) for k, v in cons.items()} == {
        "ofac_cons:9639": ("OFAC NS-PLC", "review"),
        "ofac_cons:30902": ("OFAC NS-CMIC", "review"),
        "ofac_cons:17016": ("OFAC SSI", "review"),
        "ofac_cons:17526": ("OFAC FSE", "block"),
    }
    cmic = cons["ofac_cons:30902"]
    assert {
        "type": "uscc",
        "value": "91110000MA005UCQ5P",
        "country": "CN",
        "label": "Unified Social Credit Code (USCC)",
    } in cmic["identifiers"]
    assert cmic["listed_date"] == "2021-06-03"
    assert cmic["aliases"] == [{"name": "AECC", "quality": "weak"}]


SNIFF = [
    (SDN_SET, "ofac_sdn_csv"),
    (SDN_SET / "SDN.CSV", "ofac_sdn_csv"),
    (CONS_SET, "ofac_cons_csv"),
    (CONS_SET / "cons_prim.csv", "ofac_cons_csv"),
]


@pytest.mark.parametrize(("path", "fmt"), SNIFF)
def test_detected_from_content(path: Path, fmt: str) -> None:
    assert detect_format(path).name == fmt


def test_renamed_files_are_told_apart_by_their_programs(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes((SDN_SET / "SDN.CSV").read_bytes())
    (tmp_path / "b.csv").write_bytes((CONS_SET / "cons_prim.csv").read_bytes())
    assert detect_format(tmp_path / "a.csv").name == "ofac_sdn_csv"
    assert detect_format(tmp_path / "b.csv").name == "ofac_cons_csv"


def test_sibling_files_alone_are_not_claimed() -> None:
    for name in ("ADD.CSV", "ALT.CSV"):
        path = SDN_SET / name
        assert not any(f.sniff(path, read_head(path)) for f in ofac_csv.FORMATS)


def test_lone_sdn_file_loads_and_warns_about_missing_aliases(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lone = tmp_path / "sdn_2024.csv"
    lone.write_bytes((SDN_SET / "SDN.CSV").read_bytes())
    with caplog.at_level(logging.WARNING):
        entries = by_id(load_list(lone).entries)
    assert "strong aliases are missing" in caplog.text
    assert "remarks cut at 1000 characters" in caplog.text
    assert entries["ofac_sdn:306"]["aliases"] == [{"name": "BNC", "quality": "weak"}]
    # no SDN_COMMENTS: the cut clause "Registration Number " is not parsed
    assert entries["ofac_sdn:40"]["identifiers"] == []


def test_cp1252_bytes_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_bytes(f'1,"CAF\xc9 DE PAR\xcdS",-0- ,"CUBA",{NULLS},-0- \r\n'.encode("cp1252"))
    (row,) = ofac_csv.read_sdn_csv(path).entries.to_dicts()
    assert row["name"] == "CAFÉ DE PARÍS"


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("ascii") if isinstance(text, str) else text)
    return path


GOOD = f'1,"ACME",-0- ,"SDGT",{NULLS},-0- \r\n'
BAD_INPUT = [
    ("sdn.csv", f'1,"ACME",-0- ,"SDGT",{NULLS}\r\n', "line 1", "expected 12 comma-separated"),
    ("sdn.csv", GOOD + f'2,"X",-0- ,"SDGT",{NULLS},-0- ,extra\r\n', "line 2", "found 13"),
    ("sdn.csv", GOOD + GOOD, "line 2", "duplicate ent_num 1 (first on line 1)"),
    ("sdn.csv", f'X1,"ACME",-0- ,"SDGT",{NULLS},-0- \r\n', "line 1", "ent_num must be a number"),
    ("sdn.csv", f'1,"ACME","ship","SDGT",{NULLS},-0- \r\n', "line 1", "unknown SDN_Type"),
    ("sdn.csv", f'1,-0- ,-0- ,"SDGT",{NULLS},-0- \r\n', "line 1", "SDN_Name is empty"),
    ("sdn.csv", GOOD + f'2,"ACME,-0- ,"SDGT",{NULLS},-0- \r\n', "line 2", "malformed CSV"),
    ("sdn.csv", "", "1", "file is empty"),
    ("sdn.csv", "\x1a", "1", "file is empty"),
    ("sdn.csv", "<!DOCTYPE html><html><body>Error</body></html>", "1", "HTML page"),
    ("sdn.csv", b'1,"\x81\x8d"' + GOOD.encode()[3:], "line 1", "neither UTF-8 nor cp1252"),
    ("sdn.csv", GOOD.encode("utf-16"), "line 1", "UTF-16"),
]


@pytest.mark.parametrize(("name", "content", "where", "message"), BAD_INPUT)
def test_bad_main_file(
    tmp_path: Path, name: str, content: str | bytes, where: str, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(ListDataError) as err:
        ofac_csv.read_sdn_csv(path)
    assert err.value.where == where
    assert message in err.value.message
    assert str(path) in str(err.value)


BAD_SIBLINGS = [
    ("alt.csv", '1,10,"aka","ACME CO",-0- ,-0- \r\n', "line 1", "expected 5"),
    ("alt.csv", '1,10,"xyz","ACME CO",-0- \r\n', "line 1", "unknown alt_type 'xyz'"),
    (
        "alt.csv",
        '1,10,"aka","ACME CO",-0- \r\n9,11,"aka","X",-0- \r\n',
        "line 2",
        "ent_num 9 is not in the main file",
    ),
    ("add.csv", '7,10,-0- ,"Paris","France",-0- \r\n', "line 1", "ent_num 7"),
    ("sdn_comments.csv", '1,"x",3\r\n', "line 1", "expected 2"),
    ("add.csv", "<html><body>404</body></html>", "1", "HTML page"),
]


@pytest.mark.parametrize(("name", "content", "where", "message"), BAD_SIBLINGS)
def test_bad_sibling_file_names_file_and_line(
    tmp_path: Path, name: str, content: str, where: str, message: str
) -> None:
    write(tmp_path, "sdn.csv", GOOD)
    sibling = write(tmp_path, name, content)
    with pytest.raises(ListDataError) as err:
        ofac_csv.read_sdn_csv(tmp_path)
    assert err.value.path == str(sibling)
    assert err.value.where == where
    assert message in err.value.message


REGIONS = [
    # (ADD.CSV country field, address text kept, country code)
    ("Region: Crimea", "Oreanda - 12, Yalta 298658, Region: Crimea", None),
    ("Region: Kafia Kingi", "Oreanda - 12, Yalta 298658, Region: Kafia Kingi", None),
    ("Region: Gaza", "Oreanda - 12, Yalta 298658, Region: Gaza", "PS"),  # Gaza is Palestine's
    ("Palestinian", "Oreanda - 12, Yalta 298658, Palestinian", "PS"),
    ("Man, Isle of", "Oreanda - 12, Yalta 298658, Man, Isle of", "IM"),
]


@pytest.mark.parametrize(("country", "text", "code"), REGIONS)
def test_regions_stay_in_the_address_text_and_are_no_country(
    tmp_path: Path, country: str, text: str, code: str | None
) -> None:
    """The occupied-region rules read address text: "Region: Crimea" must reach them there."""
    write(tmp_path, "sdn.csv", GOOD)
    write(tmp_path, "add.csv", f'1,10,"Oreanda - 12","Yalta 298658","{country}",-0- \r\n')
    [row] = ofac_csv.read_sdn_csv(tmp_path).entries.to_dicts()
    assert row["addresses"] == [{"text": text, "city": "Yalta 298658", "country": code}]
    assert row["countries"] == ([code] if code else [])


# ---- lenient mode: repeated ent_num kept apart, sibling rows for a missing ent_num dropped ------

SECOND = f'2,"BETA",-0- ,"SDGT",{NULLS},-0- \r\n'
LENIENT = [
    # (file, content, entry ids, the warning)
    (
        "sdn.csv",
        GOOD + SECOND + f'1,"ACME TWIN",-0- ,"SDGT",{NULLS},-0- \r\n',
        ["ofac_sdn:1", "ofac_sdn:2", "ofac_sdn:1~line3"],
        "sdn.csv:line 3: duplicate ent_num 1 (first on line 1); kept as ofac_sdn:1~line3; "
        "ADD/ALT/COMMENTS rows with ent_num 1 stay with the entry on line 1",
    ),
    (
        "alt.csv",
        '1,10,"aka","ACME CO",-0- \r\n9,11,"aka","X",-0- \r\n',
        ["ofac_sdn:1", "ofac_sdn:2"],
        "alt.csv:line 2: ent_num 9 is not in the main file; are the files from different "
        "downloads?; row dropped",
    ),
    (
        "add.csv",
        '7,10,-0- ,"Paris","France",-0- \r\n',
        ["ofac_sdn:1", "ofac_sdn:2"],
        "add.csv:line 1: ent_num 7 is not in the main file; are the files from different "
        "downloads?; row dropped",
    ),
    (
        "sdn_comments.csv",
        '2,"more"\r\n8,"x"\r\n',
        ["ofac_sdn:1", "ofac_sdn:2"],
        "sdn_comments.csv:line 2: ent_num 8 is not in the main file; are the files from different "
        "downloads?; row dropped",
    ),
]


@pytest.mark.parametrize(("name", "content", "ids", "warning"), LENIENT, ids=[c[0] for c in LENIENT])
def test_lenient_read_salvages_and_warns(
    tmp_path: Path, name: str, content: str, ids: list[str], warning: str
) -> None:
    write(tmp_path, "sdn.csv", GOOD + SECOND)
    write(tmp_path, "alt.csv", '1,10,"aka","ACME CO",-0- \r\n')
    write(tmp_path, name, content)
    with pytest.raises(ListDataError) as strict:
        ofac_csv.read_sdn_csv(tmp_path)
    assert f"{strict.value.path}:{strict.value.where}".endswith(warning.split(": ")[0])
    loaded = load_list(tmp_path, lenient=True)
    assert loaded.entries["entry_id"].to_list() == ids
    assert loaded.warnings == (warning,)
    assert loaded.source_records == len(ids)


def test_a_repeated_ent_num_keeps_its_own_data_and_siblings_stay_with_the_first(
    tmp_path: Path,
) -> None:
    write(tmp_path, "sdn.csv", GOOD + f'1,"ACME TWIN",-0- ,"SDGT",{NULLS},"Website x.example."\r\n')
    write(tmp_path, "alt.csv", '1,10,"aka","ACME CO",-0- \r\n')
    rows = by_id(ofac_csv.read_sdn_csv(tmp_path, lenient=True).entries)
    assert [a["name"] for a in rows["ofac_sdn:1"]["aliases"]] == ["ACME CO"]
    twin = rows["ofac_sdn:1~line2"]
    assert (twin["name"], twin["aliases"]) == ("ACME TWIN", [])
    assert twin["identifiers"][0]["value"] == "x.example"
    assert twin["source_url"] is None  # OFAC's page for ent_num 1 is the other entry's
    assert rows["ofac_sdn:1"]["source_url"].endswith("id=1")


def test_missing_alt_file_is_a_warning_in_either_mode(tmp_path: Path) -> None:
    path = write(tmp_path, "sdn.csv", GOOD)
    expected = ("sdn.csv: no ALT.CSV beside it; strong aliases are missing",)
    assert ofac_csv.read_sdn_csv(path).warnings == expected
    assert ofac_csv.read_sdn_csv(path, lenient=True).warnings == expected


def test_directory_with_both_sets_reads_the_sdn_set(tmp_path: Path) -> None:
    for folder in (SDN_SET, CONS_SET):
        for path in folder.iterdir():
            (tmp_path / path.name).write_bytes(path.read_bytes())
    assert detect_format(tmp_path).name == "ofac_sdn_csv"
    assert load_list(tmp_path, "ofac_cons_csv").entries.height == 4


def test_directory_without_main_file(tmp_path: Path) -> None:
    write(tmp_path, "add.csv", '1,10,-0- ,"Paris","France",-0- \r\n')
    with pytest.raises(ListDataError, match=r"no SDN\.CSV"):
        ofac_csv.read_sdn_csv(tmp_path)


# ---- real files (../shared), figures from shared/data/README.md -------------------------------


@pytest.mark.shared
def test_real_sdn_2024_lone_file() -> None:
    path = shared_path("lists", "ofac", "sdn_2024-05-03.csv")
    loaded = load_list(path)
    frame = loaded.entries
    assert loaded.format == "ofac_sdn_csv"
    assert frame.height == loaded.source_records == 14_965
    assert frame["entity_type"].value_counts().sort("entity_type").rows() == [
        ("aircraft", 376),
        ("organization", 6884),
        ("person", 6854),
        ("vessel", 851),
    ]
    assert (frame["action"] == "block").all()
    rows = by_id(frame.filter(pl.col("entry_id").is_in(["ofac_sdn:306", "ofac_sdn:4243"])))
    assert rows["ofac_sdn:306"]["aliases"] == [{"name": "BNC", "quality": "weak"}]
    assert {
        "type": "imo",
        "value": "7406784",
        "country": None,
        "label": "Vessel Registration Identification",
    } in rows["ofac_sdn:4243"]["identifiers"]
    assert count_identifiers(frame, "imo") > 800  # 851 vessels, most with an IMO number


@pytest.mark.shared
def test_real_sdn_2022_set_has_an_edited_line() -> None:
    folder = shared_path("lists", "ofac", "sdn_2022-01-31")
    # The republished copy's last line reuses ent_num 2677 (the 2024 file has it as 34489).
    with pytest.raises(ListDataError) as err:
        load_list(folder)
    assert err.value.where == "line 9044"
    assert "duplicate ent_num 2677 (first on line 57)" in err.value.message
    assert str(err.value).startswith(f"{folder / 'sdn.csv'}:line 9044: ")


@pytest.mark.shared
def test_real_sdn_2022_set_lenient() -> None:
    """README: 9,044 entries, 13,625 ADD rows, 12,409 ALT rows "all attached". Honestly: every
    ALT row names an ent_num of sdn.csv, so all 12,409 attach (none is an orphan), but the last,
    ``34111,234234,aka,Another name,`` (an alt_num far out of OFAC's sequence, an empty field
    where OFAC writes -0-), is the republisher's, attached to a real entry; no format rule tells
    it apart. The ADD row of the real ent_num 34489 (line 13,625) is the one orphan."""
    folder = shared_path("lists", "ofac", "sdn_2022-01-31")
    loaded = load_list(folder, lenient=True)
    frame = loaded.entries
    assert frame.height == loaded.source_records == 9_044
    assert loaded.warnings == (
        "sdn.csv:line 9044: duplicate ent_num 2677 (first on line 57); kept as "
        "ofac_sdn:2677~line9044; ADD/ALT/COMMENTS rows with ent_num 2677 stay with the entry "
        "on line 57",
        "add.csv:line 13625: ent_num 34489 is not in the main file; are the files from "
        "different downloads?; row dropped",
        "sdn.csv: 7 remarks cut at 1000 characters and no comments file; their last clause is "
        "not parsed",
    )
    strong = [q for q in qualities(frame) if q in ("aka", "fka", "nka")]
    assert len(strong) == 12_409  # every ALT.CSV row attached, 0 orphans
    # 13,625 ADD rows: 1 orphan dropped, 2,328 all -0- placeholders, 11,296 addresses
    assert frame["addresses"].list.len().sum() == 11_296
    rows = by_id(frame.filter(pl.col("entry_id").str.contains("^ofac_sdn:(2677|34111)")))
    assert rows["ofac_sdn:2677"]["name"] == "AL-ZOMOR, Abboud Abdul Latif Hassan"
    assert len(rows["ofac_sdn:2677"]["aliases"]) == 5  # its ALT rows, lines 23-27
    assert rows["ofac_sdn:2677~line9044"]["name"] == "HAMER AND NAIL CONSTRUCTION LIMITED"
    assert {"name": "Another name", "quality": "aka"} in rows["ofac_sdn:34111"]["aliases"]


@pytest.mark.shared
def test_real_sdn_2022_set_restored(tmp_path: Path) -> None:
    folder = shared_path("lists", "ofac", "sdn_2022-01-31")
    lines = (folder / "sdn.csv").read_bytes().split(b"\n")
    assert lines[9043].startswith(b"2677,HAMER AND NAIL")
    lines[9043] = b"34489" + lines[9043][len(b"2677") :]
    (tmp_path / "sdn.csv").write_bytes(b"\n".join(lines))
    for name in ("add.csv", "alt.csv"):
        (tmp_path / name).symlink_to(folder / name)
    loaded = load_list(tmp_path)
    frame = loaded.entries
    assert frame.height == 9_044
    strong = [q for q in qualities(frame) if q in ("aka", "fka", "nka")]
    assert len(strong) == 12_409  # every ALT.CSV row attached
    # 13,625 ADD.CSV rows, of which 2,328 are all -0- placeholders (an entry with no address)
    assert frame["addresses"].list.len().sum() == 11_297
    assert len(loaded.files) == 3


@pytest.mark.shared
def test_real_consolidated_csv_set() -> None:
    folder = shared_path("lists", "ofac", "cons_2025-12")
    loaded = load_list(folder)
    frame = loaded.entries
    assert loaded.format == "ofac_cons_csv"
    assert frame.height == 442
    assert (frame["source"] == "ofac_cons").all()
    strong = [q for q in qualities(frame) if q in ("aka", "fka", "nka")]
    assert len(strong) == 1_073 - 2  # two CONS_ALT rows repeat their entry's primary name
    assert frame["addresses"].list.len().sum() == 522  # 574 CONS_ADD rows, 52 all -0-
    rows = by_id(frame.filter(pl.col("entry_id").is_in(["ofac_cons:30902", "ofac_cons:17254"])))
    cmic = rows["ofac_cons:30902"]
    assert cmic["list_name"] == "OFAC NS-CMIC"
    assert cmic["action"] == "review"
    assert ("uscc", "91110000MA005UCQ5P") in {(i["type"], i["value"]) for i in cmic["identifiers"]}
    # CONS_COMMENTS completes a remark cut at "... Government" | " Gazette Number 00044463 ..."
    gazette = {(i["label"], i["value"]) for i in rows["ofac_cons:17254"]["identifiers"]}
    assert ("Government Gazette Number", "00044463") in gazette
