"""Parquet, JSON lines and XLSX inputs (screening/records/tables.py, jsonl.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from screening.errors import InputError
from screening.records import ColumnMapping, RecordSource, iter_record_batches, read_records
from tests.conftest import FIXTURES

RECORDS = FIXTURES / "records"

FRAME = pl.DataFrame(
    {
        "Declaration No": ["A1", "A2", "A3"],
        "Buyer": ["Alpha", None, "Gamma"],
        "HS": [854231, 8471, None],
        "Qty": ["1,234", "12,3x", None],
        "Value": [1.5, None, -5.0],
        "Shipped": [date(2024, 1, 2), None, None],
        "Tags": [["a", "b"], [], None],
    },
    schema_overrides={"Shipped": pl.Date},
)


def test_parquet_keeps_types_and_reports_rows(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    FRAME.write_parquet(path)
    frame = read_records(path)
    assert frame["record_id"].to_list() == ["A1", "A2", "A3"]
    assert frame["hs_code"].to_list() == ["854231", "8471", None]
    assert frame["quantity"].to_list() == [1234.0, None, None]
    assert frame["value"].to_list() == [1.5, None, -5.0]
    assert frame["parse_error"].to_list() == [
        None, "row 2, column Qty (quantity): '12,3x' is not a number", None,
    ]  # fmt: skip
    assert frame.schema["Tags"] == pl.List(pl.Utf8)  # pass-through keeps its type
    assert frame.schema["Shipped"] == pl.Date


def test_parquet_streams_in_row_blocks(tmp_path: Path) -> None:
    path = tmp_path / "big.parquet"
    pl.DataFrame({"name": [f"n{i}" for i in range(1000)]}).write_parquet(path, row_group_size=64)
    batches = list(iter_record_batches(path, batch_size=300))
    assert [b.height for b in batches] == [300, 300, 300, 100]
    assert pl.concat(batches)["row_nr"].to_list() == list(range(1000))
    assert batches[-1]["record_id"][-1] == "1000"


def test_parquet_nested_column_mapped_to_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    FRAME.write_parquet(path)
    with pytest.raises(InputError, match=r"column 'Tags' \(mapped to goods_description\) holds"):
        read_records(path, mapping={"goods_description": "Tags"})


def test_damaged_parquet(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    path.write_bytes(b"PAR1" + b"\x07" * 40 + b"PAR1")
    with pytest.raises(InputError, match="not a readable Parquet file"):
        read_records(path)


def test_xlsx_cells_as_text_with_spreadsheet_rows(tmp_path: Path) -> None:
    path = tmp_path / "in.xlsx"
    FRAME.drop("Tags").write_excel(path)
    frame = read_records(path)
    assert frame["hs_code"].to_list() == ["854231", "8471", None]
    assert frame["value"].to_list() == [1.5, None, -5.0]
    assert frame["parse_error"][1] == "row 3, column Qty (quantity): '12,3x' is not a number"


def test_xlsx_named_sheet(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "in.xlsx"
    with xlsxwriter.Workbook(path) as workbook:
        pl.DataFrame({"x": [1]}).write_excel(workbook, worksheet="cover")
        pl.DataFrame({"name": ["Acme"], "country": ["RU"]}).write_excel(
            workbook, worksheet="parties"
        )
    frame = read_records(path, mapping=ColumnMapping(sheet="parties"))
    assert frame["name"].to_list() == ["Acme"]
    with pytest.raises(InputError, match="cannot read sheet 'nope'"):
        read_records(path, mapping=ColumnMapping(sheet="nope"))


def test_jsonl_fixture_every_line_accounted_for() -> None:
    source = RecordSource(RECORDS / "shipments.jsonl")
    frame = source.read()
    assert source.info.format == "jsonl"
    assert frame["record_id"].to_list() == ["J1", "J2", None, None, "J4"]
    assert frame["hs_code"].to_list() == ["854231", "847130", None, None, None]
    assert frame["value"].to_list() == [12.5, None, None, None, 7.0]
    assert frame["parse_error"].to_list() == [
        None,
        "line 2, column value: '12,3x' is not a number",
        "line 3: broken JSON (Expecting value at column 27)",
        "line 5: expected a JSON object, found an array",
        None,
    ]


@pytest.mark.parametrize("block", [1, 16, 1 << 20])
def test_jsonl_blocks(tmp_path: Path, block: int) -> None:
    path = tmp_path / "in.jsonl"
    lines = [f'{{"id": "{i}", "name": "n{i}"}}' for i in range(50)]
    lines[7] = '{"id": "7", "name": '
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "50", "name": "M\xfcller"}\n')
    frame = RecordSource(path, block_bytes=block).read()
    assert frame.height == 51
    assert frame["record_id"][50] == "50"
    assert frame["parse_error"][7].startswith("line 8: broken JSON")
    assert frame["parse_error"][50].startswith("line 51: not valid UTF-8 (byte 0xfc")
    assert frame["parse_error"].null_count() == 49


def test_jsonl_without_objects(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"broken\n', encoding="utf-8")
    with pytest.raises(InputError, match="no JSON object"):
        read_records(path)
