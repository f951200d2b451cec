"""Strict delimited reading: widths, line numbers across quoted newlines, repeated headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening.errors import ListDataError
from screening.lists.delimited import read_table

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
        (b'a,b\n1,"2"x\n', "2", "malformed record"),
        (b"\n\n", "1", "file is empty"),
    ],
)
def test_errors_name_the_line(data: bytes, where: str, message: str) -> None:
    with pytest.raises(ListDataError, match=message) as info:
        read_table(Path("t.csv"), data, delimiter=",", required=())
    assert info.value.where == where
