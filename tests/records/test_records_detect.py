"""Format sniffing, encoding detection and CSV dialect detection (screening/records/detect.py,
encoding.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest

from screening.errors import InputError
from screening.records.detect import clean_header, detect_dialect, detect_format
from screening.records.encoding import CP1252, UTF8, UTF8_BOM, detect_encoding, to_utf8

HEADER = ["record_id", "consignee_name", "destination_country", "value"]
ROWS = [["1", "Müller GmbH", "DE", "10.5"], ["2", "Peña SA", "ES", "3"], ["3", "Acme", "RU", "7"]]


def _csv_text(delimiter: str, rows: list[list[str]] = ROWS) -> str:
    return "\n".join(delimiter.join(r) for r in [HEADER, *rows]) + "\n"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [("utf-8", b"", UTF8), ("utf-8", b"\xef\xbb\xbf", UTF8_BOM), ("cp1252", b"", CP1252)],
)
def test_every_delimiter_and_encoding_is_detected(
    tmp_path: Path, delimiter: str, encoding: str, prefix: bytes, expected: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(prefix + _csv_text(delimiter).encode(encoding))
    found, _ = detect_encoding(path)
    dialect = detect_dialect(path, found)
    assert found == expected
    assert dialect.delimiter == delimiter
    assert dialect.header == tuple(HEADER)
    assert dialect.data_line == 2
    assert path.read_bytes()[dialect.data_offset :].startswith(b"1")


@dataclass(frozen=True)
class EncodingCase:
    name: str
    data: bytes
    encoding: str
    clean: bool


ENCODING_CASES = [
    EncodingCase("ascii", b"a,b\n1,2\n", UTF8, True),
    EncodingCase("utf-8", "a,b\nMüller,Ж\n".encode(), UTF8, True),
    EncodingCase("utf-8 BOM", b"\xef\xbb\xbfa,b\n1,2\n", UTF8_BOM, True),
    EncodingCase("utf-8 BOM with a bad byte", b"\xef\xbb\xbfa,b\nM\xfcller,2\n", UTF8_BOM, False),
    EncodingCase("cp1252", "a,b\nMüller,Peña €\n".encode("cp1252"), CP1252, True),
    EncodingCase("latin-1 C1 byte", b"a,b\nx\x81y,2\n", CP1252, True),
    EncodingCase(
        "mostly utf-8, one cp1252 line",
        "a,b\nMüller,Zürich\nKöln,Düsseldorf\n".encode() + b"Stra\xdfe,1\n",
        UTF8,
        False,
    ),
]


@pytest.mark.parametrize("case", ENCODING_CASES, ids=lambda c: c.name)
def test_encoding_detection(tmp_path: Path, case: EncodingCase) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(case.data)
    assert detect_encoding(path) == (case.encoding, case.clean)


def test_cp1252_first_seen_late_in_a_big_file(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"a,b\n" + b"plain,ascii\n" * 800_000 + "Peña,1\n".encode("cp1252"))
    assert detect_encoding(path) == (CP1252, True)


def test_to_utf8_reports_the_line_and_column_of_bad_bytes() -> None:
    data, problems = to_utf8(b"ok\nab\xe9c\nfine \xc3\xa9\nx\xff\n", UTF8)
    assert data == "ok\nab\ufffdc\nfine é\nx\ufffd\n".encode()
    assert set(problems) == {1, 3}
    assert problems[1].startswith("not valid UTF-8 (byte 0xe9 at column 3)")


def test_cp1252_is_transcoded() -> None:
    assert to_utf8("Peña €".encode("cp1252"), CP1252) == ("Peña €".encode(), {})


@dataclass(frozen=True)
class FormatCase:
    name: str
    filename: str
    data: bytes
    expected: str | None  # None: InputError
    message: str = ""


PARQUET_HEAD = b"PAR1" + b"\x00" * 20 + b"PAR1"
FORMAT_CASES = [
    FormatCase("csv", "a.csv", b"a,b\n1,2\n", "csv"),
    FormatCase("tsv", "a.tsv", b"a\tb\n1\t2\n", "csv"),
    FormatCase("jsonl", "a.jsonl", b'{"a": 1}\n', "jsonl"),
    FormatCase("json extension with lines", "a.json", b'{"a": 1}\n', "jsonl"),
    FormatCase("no extension, json lines", "export", b'{"a": 1}\n', "jsonl"),
    FormatCase("no extension, csv", "export", b"a;b\n1;2\n", "csv"),
    FormatCase("parquet", "a.parquet", PARQUET_HEAD, "parquet"),
    FormatCase("csv that is parquet", "a.csv", PARQUET_HEAD, None, "content is Parquet"),
    FormatCase("parquet that is csv", "a.parquet", b"a,b\n", None, "content is CSV"),
    FormatCase("truncated parquet", "a.parquet", b"PAR1\x00\x00", None, "truncated"),
    FormatCase("empty", "a.csv", b"", None, "empty"),
    FormatCase("only a BOM and blanks", "a.csv", b"\xef\xbb\xbf \n\n", None, "empty"),
    FormatCase("html error page", "a.csv", b"<!DOCTYPE html><html>", None, "HTML page"),
    FormatCase("legacy xls", "a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", None, ".xls"),
    FormatCase("utf-16", "a.csv", "a,b\n".encode("utf-16"), None, "UTF-16"),
    FormatCase("json array", "a.json", b'[{"a": 1}]', None, "jq -c"),
    FormatCase("binary", "a.bin", b"\x00\x01\x02abc", None, "binary"),
    FormatCase("zip not xlsx", "a.xlsx", b"PK\x03\x04garbage", None, "ZIP"),
]


@pytest.mark.parametrize("case", FORMAT_CASES, ids=lambda c: c.name)
def test_format_from_extension_confirmed_by_content(tmp_path: Path, case: FormatCase) -> None:
    path = tmp_path / case.filename
    path.write_bytes(case.data)
    if case.expected is None:
        with pytest.raises(InputError, match=case.message) as info:
            detect_format(path)
        assert str(path) in str(info.value)
    else:
        assert detect_format(path) == case.expected


def test_real_xlsx_and_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    pl.DataFrame({"name": ["x"]}).write_excel(path)
    assert detect_format(path) == "xlsx"
    with pytest.raises(InputError, match="not found"):
        detect_format(tmp_path / "missing.csv")
    with pytest.raises(InputError, match="directory"):
        detect_format(tmp_path)


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        # commas inside quoted names do not make "," win over ";"
        ('id;name;country\n1;"Acme, Inc";US\n2;"Foo, Bar";DE\n', ";"),
        # semicolons inside names do not make ";" win over ","
        ('id,name,country\n1,"A; B",US\n2,C;D,DE\n', ","),
        ("name\nAcme\nFoo\n", ","),  # one column: no delimiter at all
        ("\n\nid|name\n1|x\n", "|"),  # leading blank lines
    ],
)
def test_delimiter_choice(tmp_path: Path, text: str, delimiter: str) -> None:
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    assert detect_dialect(path, UTF8).delimiter == delimiter


def test_header_quoted_over_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b'id,"consignee\nname",value\n1,x,2\n')
    dialect = detect_dialect(path, UTF8)
    assert dialect.header == ("id", "consignee\nname", "value")
    assert dialect.data_line == 3
    assert path.read_bytes()[dialect.data_offset :] == b"1,x,2\n"


def test_clean_header() -> None:
    assert clean_header([" id ", "", "name", "name", "\ufeffx", "name"]) == (
        "id", "column_2", "name", "name_2", "x", "name_3",
    )  # fmt: skip


def test_cr_only_line_ends_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"id,name\r1,a\r2,b\r")
    with pytest.raises(InputError, match="CR only"):
        detect_dialect(path, UTF8)
