"""CSV reading: every row out, in order, with the right parse_error (screening/records/csv_*.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest

from screening.records import RecordSource, read_records
from screening.records.csv_fast import CsvLayout, parse_fast
from screening.records.csv_slow import parse_slow
from tests.conftest import FIXTURES

RECORDS = FIXTURES / "records"
HEAD = b"record_id,consignee_name,value\n"


@dataclass(frozen=True)
class Case:
    name: str
    body: bytes  # data lines after HEAD
    ids: list[str | None]  # record_id per output row
    errors: list[str | None]  # parse_error per output row (prefix match)
    names: list[str | None] | None = None  # consignee_name per row, when it matters


CASES = [
    Case("plain", b"1,a,1\n2,b,2\n", ["1", "2"], [None, None]),
    Case("no final newline", b"1,a,1\n2,b,2", ["1", "2"], [None, None]),
    Case("crlf", b"1,a,1\r\n2,b,2\r\n", ["1", "2"], [None, None], ["a", "b"]),
    Case("blank lines are no records", b"\n1,a,1\n\n  \n2,b,2\n\n", ["1", "2"], [None, None]),
    Case("too few fields", b"1,a,1\n2,b\n3,c,3\n", ["1", None, "3"],
         [None, "line 3: 2 fields, expected 3", None]),
    Case("too many fields", b"1,a,1,x\n2,b,2\n", [None, "2"], ["line 2: 4 fields, expected 3", None]),
    Case("one field", b"1\n", [None], ["line 2: 1 field, expected 3"]),
    Case("quoted delimiter", b'1,"Acme, Inc",1\n', ["1"], [None], ["Acme, Inc"]),
    Case("quoted newline", b'1,"two\nlines",1\n2,b,2\n', ["1", "2"], [None, None], ["two\nlines", "b"]),
    Case("escaped quotes", b'1,"say ""hi""",1\n', ["1"], [None], ['say "hi"']),
    Case("quoted bad row", b'1,"A, B",1,extra\n2,b,2\n', [None, "2"],
         ["line 2: 4 fields, expected 3", None]),
    Case("bad row after a multi-line record", b'1,"x\ny",1\n2,b\n3,c,3\n', ["1", None, "3"],
         [None, "line 4: 2 fields, expected 3", None]),
    Case("stray quote inside a field", b'1,2" pipe,1\n2,b,2\n', ["1", "2"], [None, None],
         ['2" pipe', "b"]),
    Case("inch marks, odd and even", b'1,15" screen,1\n2,"A, B",2\n3,5" x 3" pipe,3\n',
         ["1", "2", "3"], [None, None, None], ['15" screen', "A, B", '5" x 3" pipe']),
    Case("inch mark on the closing line of a multi-line record", b'"1\nx",15" screen,1\n2,b,2\n',
         ["1\nx", "2"], [None, None], ['15" screen', "b"]),
    Case("inch mark in a bad row", b'1,15" screen,1,extra\n2,b,2\n', [None, "2"],
         ["line 2: 4 fields, expected 3", None]),
    Case("quote never closed", b'1,"open,1\n2,b,2\n', [None, "2"],
         ["line 2: a quoted field opens on this line and is never closed", None]),
    Case("unclosed quote swallowing records", b'1,"open,1\n2,b,2\n3,c,3\n4,d",x,4\n5,e,5\n',
         [None, "2", "3", None, "5"],
         ["line 2: 4 fields, expected 3 (a quote opened on this line runs to line 5", None, None,
          "line 5: 4 fields, expected 3", None]),
    Case("broken multi-line row: one error row per line", b'1,"x\ny",1,2,3\n2,b,2\n',
         [None, None, "2"], ["line 2: 5 fields, expected 3 (a quote opened on this line runs to "
                             "line 3", "line 3: 4 fields, expected 3", None]),
    Case("bad number", b"1,a,12,3x\n2,b,\"12,3x\"\n", [None, "2"],
         ["line 2: 4 fields, expected 3", "line 3, column value: '12,3x' is not a number"]),
    Case("invalid utf-8 byte", "1,Müller,1\n".encode() + b"2,Stra\xdfe,2\n3,c,3\n", ["1", "2", "3"],
         [None, "line 3: not valid UTF-8 (byte 0xdf at column 7)", None]),
    Case("bad bytes and bad count", "1,é,1\n".encode() + b"2,\xff\n", ["1", None],
         [None, "line 3: 2 fields, expected 3; line 3: not valid UTF-8"]),
]  # fmt: skip


def _check(frame: pl.DataFrame, case: Case) -> None:
    assert frame["row_nr"].to_list() == list(range(len(case.ids)))
    assert frame["record_id"].to_list() == case.ids
    errors = frame["parse_error"].to_list()
    for got, want in zip(errors, case.errors, strict=True):
        assert (got is None) == (want is None), (got, want)
        if want is not None:
            assert got is not None
            assert got.startswith(want), (got, want)
    if case.names is not None:
        assert frame["consignee_name"].to_list() == case.names


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_rows_and_errors(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(HEAD + case.body)
    _check(read_records(path), case)


@pytest.mark.parametrize("block", [1, 7, 32])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_tiny_blocks_give_the_same_rows(tmp_path: Path, case: Case, block: int) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(HEAD + case.body)
    _check(RecordSource(path, block_bytes=block).read(), case)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_fast_and_exact_path_agree(case: Case) -> None:
    layout = CsvLayout(",", ("record_id", "consignee_name", "value"), "utf-8")
    result = parse_fast(case.body, layout, 2, final=True)
    slow, used = parse_slow(case.body, layout, 2, final=True)
    assert used == len(case.body)
    if result is not None:  # the fast path may decline; when it answers it must agree
        fast, fast_used = result
        assert fast_used == used
        assert (
            fast.to_dicts()
            == slow.with_columns(
                pl.all().exclude("__line__", "__error__").replace("", None)
            ).to_dicts()
        )


def test_exact_path_carries_an_open_record() -> None:
    layout = CsvLayout(",", ("a", "b"), "utf-8")
    frame, used = parse_slow(b'1,2\n3,"open\nstill open', layout, 5, final=False)
    assert frame["a"].to_list() == ["1"]
    assert used == 4


def test_runaway_quote_limit(tmp_path: Path) -> None:
    from screening.records.csv_read import csv_raw_blocks
    from screening.records.detect import detect_dialect

    path = tmp_path / "in.csv"
    path.write_bytes(HEAD + b'1,"never closed,1\n' + b"2,b,2\n" * 50)
    dialect = detect_dialect(path, "utf-8")
    frame = pl.concat(
        list(csv_raw_blocks(path, dialect, "utf-8", block_bytes=16, max_record_bytes=64))
    )
    assert frame.height == 51
    assert frame["__error__"][0].startswith("line 2: a quoted field opens on this line")
    assert frame["__error__"][1:].null_count() == 50


def test_semicolon_bom_fixture() -> None:
    frame = read_records(RECORDS / "shipments_semicolon_bom.csv")
    assert frame["record_id"].to_list() == ["D-001", "D-002", "D-003", None, "D-005"]
    assert frame["consignee_name"][1] == "Acme; Trading LLC"
    assert frame["goods_description"][1] == "Laptops\nrefurbished"
    assert frame["hs_code"][0] == "8542.31"  # codes stay text, exactly as written
    assert frame["quantity"].to_list() == [1200.0, 40.0, None, None, 500.0]
    assert frame["value"].to_list() == [12500.0, 18000.5, 900.0, None, 7250.75]
    assert frame["parse_error"].to_list() == [
        None,
        None,
        "line 5, column Quantity (quantity): '12,3x' is not a number",
        "line 6: 2 fields, expected 9",
        None,
    ]


def test_cp1252_tab_fixture() -> None:
    source = RecordSource(RECORDS / "shipments_cp1252.tsv")
    frame = source.read()
    assert (source.info.encoding, source.info.delimiter) == ("cp1252", "\t")
    assert frame["shipper_name"].to_list() == ["Société Générale Export", "Café Noël"]
    assert frame["value"].to_list() == [1500.5, -5.0]
    assert frame["parse_error"].null_count() == 2


def test_broken_rows_fixture() -> None:
    frame = read_records(RECORDS / "broken_rows.csv")
    assert frame["row_nr"].to_list() == list(range(7))
    assert frame["record_id"].to_list() == ["1", "2", "3", None, "5", None, "7"]
    assert frame["consignee_name"][4] == "Düsseldorf Tech"
    assert frame["value"].to_list() == [100.5, None, 9.0, None, 20.0, None, 1234.5]
    assert frame["quantity"][6] == 1000.0
    assert frame["parse_error"].to_list() == [
        None,
        "line 3, column value: '12;5' is not a number",
        "line 4: not valid UTF-8 (byte 0xdf at column 7); the rest of the file is UTF-8 - fix "
        "or re-export this row",
        "line 5: 6 fields, expected 5",
        None,
        "line 7: 3 fields, expected 5",
        None,
    ]


def test_header_only_file_gives_an_empty_frame(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(HEAD)
    frame = read_records(path)
    assert frame.height == 0
    assert frame.columns[:2] == ["row_nr", "record_id"]
    assert frame.schema["value"] == pl.Float64


WIDE_HEAD = b"record_id,consignee_name,c,d,e,f\n"
WIDE_SWALLOW = b'1,x,"Trunc\n2,b,c,d,e,f\n3,b",d,e,f\n4,b,c,d,e,f\n'
WIDE_LENIENT = b'1,2023,"Har\n2,x,y,"Office, 5",e,f\n'


def test_wide_file_stray_quote_with_a_right_count_by_chance(tmp_path: Path) -> None:
    """The truncated line's quote runs over a whole record to an odd quote, and the merged record
    happens to have 6 fields: in a wide file the swallowed record still comes out on its own."""
    path = tmp_path / "in.csv"
    path.write_bytes(WIDE_HEAD + WIDE_SWALLOW)
    for frame in (read_records(path), RecordSource(path, block_bytes=7).read()):
        assert frame["record_id"].to_list() == [None, "2", None, "4"]
        errors = frame["parse_error"].to_list()
        assert errors[0].startswith("line 2: (a quote opened on this line runs to line 4")
        assert errors[1] is None
        assert errors[3] is None
        assert errors[2] == "line 4: 5 fields, expected 6"


def test_wide_file_truncated_line_swallowing_the_next_by_lenient_quotes(tmp_path: Path) -> None:
    """The csv module ends the merged record on a line with an even number of quotes (no quote
    closes there) and it happens to have 6 fields: the next line still comes out on its own."""
    path = tmp_path / "in.csv"
    path.write_bytes(WIDE_HEAD + WIDE_LENIENT)
    for frame in (read_records(path), RecordSource(path, block_bytes=7).read()):
        assert frame["record_id"].to_list() == [None, "2"]
        assert frame["parse_error"][0].startswith("line 2: (a quote opened on this line")
        assert frame["consignee_name"][1] == "x"


def test_wide_file_real_multi_line_cell_stays_one_record(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(WIDE_HEAD + b'1,"Room 5, Bldg 3\nShenzhen, CN",c,d,e,f\n2,b,c,d,e,f\n')
    frame = read_records(path)
    assert frame["record_id"].to_list() == ["1", "2"]
    assert frame["consignee_name"].to_list() == ["Room 5, Bldg 3\nShenzhen, CN", "b"]


@pytest.mark.parametrize("body", [WIDE_SWALLOW, WIDE_LENIENT])
def test_wide_file_fast_and_exact_path_agree(body: bytes) -> None:
    layout = CsvLayout(",", ("record_id", "consignee_name", "c", "d", "e", "f"), "utf-8")
    result = parse_fast(body, layout, 2, final=True)
    slow, _ = parse_slow(body, layout, 2, final=True)
    assert result is not None
    assert result[0].to_dicts() == slow.with_columns(
        pl.all().exclude("__line__", "__error__").replace("", None)
    ).to_dicts()
