"""CSV/XLSX rows with line numbers: the lines errors name are the lines an editor shows."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from screening.errors import ListDataError
from screening.lists.tabular import csv_rows, decode, fit, trim_header, xlsx_rows

P = Path("list.csv")


def test_rows_carry_the_line_they_start_on() -> None:
    text = 'a,b\n\n"multi\nline",x\nlast,y\n'
    assert list(csv_rows(P, text)) == [
        (1, ["a", "b"]),
        (3, ["multi\nline", "x"]),
        (5, ["last", "y"]),
    ]


def test_unterminated_quote_names_the_line() -> None:
    with pytest.raises(ListDataError, match=r"list\.csv:2: malformed CSV"):
        list(csv_rows(P, 'a,b\n"open,x\nmore\n'))


FITS = [
    (["a", "b", "c"], 3, ["a", "b", "c"]),
    (["a", "b", "c", "", " "], 3, ["a", "b", "c"]),  # padded by a spreadsheet
]


@pytest.mark.parametrize(("cells", "width", "expected"), FITS)
def test_fit(cells: list[str], width: int, expected: list[str]) -> None:
    assert fit(P, 7, cells, width) == expected


@pytest.mark.parametrize("cells", [["a", "b"], ["a", "b", "c", "d"]])
def test_wrong_column_count_names_the_line(cells: list[str]) -> None:
    with pytest.raises(ListDataError, match=r"list\.csv:7: expected 3 columns.*found"):
        fit(P, 7, cells, 3)


def test_decode_utf8_cp1252_fallback_and_failure() -> None:
    assert decode(P, "Société".encode()) == "Société"
    assert decode(P, "\ufeffa".encode()) == "a"
    assert decode(P, "Société’".encode("cp1252"), fallback="cp1252") == "Société’"
    with pytest.raises(ListDataError, match=r"list\.csv:2: not valid UTF-8 \(byte 0xe9"):
        decode(P, "ok\nSoci\xe9t\xe9".encode("latin-1"))
    with pytest.raises(ListDataError, match="UTF-8 or cp1252"):
        decode(P, b"ok\n\x81\x90", fallback="cp1252")  # bytes cp1252 leaves undefined


def test_trim_header() -> None:
    assert trim_header([" Name ", "Type", "", ""]) == ["Name", "Type"]


def test_xlsx_rows_are_text_and_skip_empty_rows(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["Name", "Id"])
    sheet.write_row(2, 0, ["ACME", "007"])
    sheet.write_number(3, 1, 42)
    book.close()
    rows = xlsx_rows(path)
    assert rows[0] == (1, ["Name", "Id"])
    assert rows[1] == (3, ["ACME", "007"])  # leading zeros kept
    assert rows[2][0] == 4
    assert rows[2][1][1] in ("42", "42.0")  # a number cell, as text


def test_xlsx_rows_of_a_non_workbook(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ListDataError, match="cannot read as an XLSX workbook"):
        xlsx_rows(path)
