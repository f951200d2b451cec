"""CSV/XLSX rows with line numbers (the lines errors name are the lines an editor shows), and
strict header-checked tables with an opt-in for a record the file cuts off."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import xlsxwriter

from screening.errors import ListDataError
from screening.lists.tabular import (
    TruncatedRecordError,
    csv_rows,
    decode,
    fit,
    read_table,
    trim_header,
    xlsx_rows,
)

P = Path("list.csv")


def test_rows_carry_the_line_they_start_on() -> None:
    text = 'a,b\n\n"multi\nline",x\nlast,y\n'
    assert list(csv_rows(P, text)) == [
        (1, ["a", "b"]),
        (3, ["multi\nline", "x"]),
        (5, ["last", "y"]),
    ]


def test_unterminated_quote_names_the_line() -> None:
    with pytest.raises(
        TruncatedRecordError, match=r"list\.csv:2: the file ends inside a quoted"
    ) as info:
        list(csv_rows(P, 'a,b\n"open,x\nmore\n'))
    assert info.value.cells == ["open,x\nmore\n"]


def test_bad_quoting_names_the_line() -> None:
    with pytest.raises(ListDataError, match=r"list\.csv:3: malformed CSV"):
        list(csv_rows(P, 'a,b\n\n"x"y,z\n'))


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


# ---- read_table: a publisher's CSV with a header (strict widths, repeated headers) ------------

TEXT = b'a,b\n"1","two\nlines"\n\n3,4\n'


def test_records_start_lines_count_quoted_newlines() -> None:
    header, rows = read_table(Path("t.csv"), TEXT, delimiter=",", required=("a",))
    assert header == ["a", "b"]
    assert [(r.line, r.fields) for r in rows] == [
        (2, {"a": "1", "b": "two\nlines"}),
        (5, {"a": "3", "b": "4"}),
    ]


def test_repeated_header_skipped_only_when_asked() -> None:
    data = b"a,b\na,b\n1,2\n"
    _, kept = read_table(Path("t.csv"), data, delimiter=",", required=())
    _, skipped = read_table(
        Path("t.csv"), data, delimiter=",", required=(), skip_repeated_header=True
    )
    assert [r.fields["a"] for r in kept] == ["a", "1"]
    assert [(r.line, r.fields["a"]) for r in skipped] == [(3, "1")]


@pytest.mark.parametrize(
    ("data", "where", "message"),
    [
        (b"a,b\n1,2,3\n", "2", "3 fields where the header has 2"),
        (b'a,b\n1,"2\n', "2", "truncated"),
        (b'a,b\n1,"2"x\n', "2", "malformed CSV"),
        (b"\n\n", "1", "file is empty"),
        (b"a,b\n1,2\n", "1", "lacks column(s) c"),
    ],
)
def test_errors_name_the_line(data: bytes, where: str, message: str) -> None:
    with pytest.raises(ListDataError, match=re.escape(message)) as info:
        read_table(
            Path("t.csv"), data, delimiter=",", required=("a", "c") if "lacks" in message else ()
        )
    assert info.value.where == where


CUTS = [
    # (data, cut column, fields of the kept record)
    (b'a,b,c\n1,2,3\n4,"cut sh', "b", {"a": "4", "b": "cut sh", "c": ""}),
    (b'a,b,c\n1,2,3\n"4","x","y\nz', "c", {"a": "4", "b": "x", "c": "y\nz"}),
    (b'a,b,c\n1,2,3\n"4', "a", {"a": "4", "b": "", "c": ""}),
]


@pytest.mark.parametrize(("data", "column", "fields"), CUTS)
def test_a_cut_last_record_is_kept_only_when_asked(
    data: bytes, column: str, fields: dict[str, str]
) -> None:
    with pytest.raises(TruncatedRecordError) as info:
        read_table(Path("t.csv"), data, delimiter=",", required=())
    assert info.value.where == "3"
    _, rows = read_table(Path("t.csv"), data, delimiter=",", required=(), keep_cut_last=True)
    assert [(r.line, r.cut) for r in rows] == [(2, None), (3, column)]
    assert rows[-1].fields == fields


def test_a_cut_header_is_never_kept() -> None:
    with pytest.raises(TruncatedRecordError):
        read_table(Path("t.csv"), b'a,"b', delimiter=",", required=(), keep_cut_last=True)
