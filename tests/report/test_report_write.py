"""Output writers: formats by extension, atomic replacement, spreadsheet-safe cells
(screening/report/write.py, atomic.py, cells.py)."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from screening.errors import ConfigError
from screening.report import formats
from screening.report.cells import flatten, neutralise
from screening.report.write import write_frame

FRAME = pl.DataFrame(
    {
        "row_nr": pl.Series([0, 1, 2], dtype=pl.UInt32),
        "record_id": ["A1", "A2", None],
        "decision": ["block", "clear", "error"],
        "risk_score": [0.97, 0.0, None],
        "reasons": ["OFAC SDN: Rosoboronexport (0.97)", None, "line 4: 2 fields, expected 18"],
    }
)


def _read(path: Path) -> pl.DataFrame:
    schema = dict(FRAME.schema)
    if path.suffix == ".parquet":
        return pl.read_parquet(path)
    if path.suffix == ".csv":
        return pl.read_csv(path, schema=schema)
    if path.suffix == ".jsonl":
        return pl.read_ndjson(path, schema=schema)
    return _read_xlsx(path).cast(schema)  # type: ignore[arg-type]


def _read_xlsx(path: Path) -> pl.DataFrame:
    with warnings.catch_warnings():  # polars/fastexcel version chatter (from_arrow)
        warnings.simplefilter("ignore", FutureWarning)
        return pl.read_excel(path, engine="calamine")


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl", ".xlsx"])
def test_round_trip(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    write_frame(FRAME, path)
    assert_frame_equal(_read(path), FRAME)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temp left behind
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_unknown_extension_and_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"unknown output extension '.txt'; use one of .parquet, .csv"
    ):
        write_frame(FRAME, tmp_path / "out.txt")
    with pytest.raises(ConfigError, match="does not exist"):
        write_frame(FRAME, tmp_path / "missing" / "out.csv")


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl", ".xlsx"])
def test_failure_midway_leaves_the_old_file(
    tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / f"out{suffix}"
    path.write_bytes(b"previous results")

    def broken(frame: pl.DataFrame, fh: object, fmt: str, *, header: bool) -> None:
        fh.write(b"half a file")  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(formats, "write_to", broken)
    with pytest.raises(Exception, match="No space left on device"):
        write_frame(FRAME, path)
    assert path.read_bytes() == b"previous results"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old")
    path.chmod(0o640)
    write_frame(FRAME, path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_xlsx_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "XLSX_MAX_ROWS", 3)  # header + 2 rows
    with pytest.raises(ConfigError, match=r"3 rows x 5 columns do not fit.*\.parquet or \.csv"):
        write_frame(FRAME, tmp_path / "out.xlsx")
    write_frame(FRAME.head(2), tmp_path / "out.xlsx")


# (cell, written as)
NEUTRALISE = [
    ("=1+2", "'=1+2"),
    ("+44 20 7946 0000", "'+44 20 7946 0000"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
    ("-5", "-5"),
    ("+3.5", "+3.5"),
    ("Acme = Best", "Acme = Best"),
    ("", ""),
]


@pytest.mark.parametrize(("cell", "expected"), NEUTRALISE)
def test_formula_neutralisation(cell: str, expected: str) -> None:
    out = neutralise(pl.DataFrame({"name": [cell], "score": [-5.0]}))
    assert out["name"][0] == expected
    assert out["score"][0] == -5.0


def test_csv_and_xlsx_are_neutralised_parquet_is_not(tmp_path: Path) -> None:
    frame = pl.DataFrame({"=cmd": ["=1+2", "ok"], "delta": [-5, 3]})
    write_frame(frame, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_text() == "'=cmd,delta\n'=1+2,-5\nok,3\n"
    write_frame(frame, tmp_path / "out.xlsx")
    sheet = _read_xlsx(tmp_path / "out.xlsx")
    assert sheet.columns == ["'=cmd", "delta"]
    assert sheet.rows() == [("'=1+2", -5), ("ok", 3)]
    write_frame(frame, tmp_path / "out.parquet")
    assert_frame_equal(pl.read_parquet(tmp_path / "out.parquet"), frame)


def test_flatten_nested_columns() -> None:
    frame = pl.DataFrame(
        {
            "programs": [["RUSSIA-EO14024", "UKRAINE-EO13662"], [], None],
            "scores": [[1, 2], [3], None],
            "best": [{"entry": "ofac:1", "score": 0.9}, None, {"entry": "un:2", "score": 0.5}],
            "hits": [[{"ref": "r1"}], [], None],
            "plain": ["x", None, "=z"],
        }
    )
    out = flatten(frame)
    assert out["programs"].to_list() == ["RUSSIA-EO14024; UKRAINE-EO13662", "", None]
    assert out["scores"].to_list() == ["1; 2", "3", None]
    assert out["best"].to_list() == [
        '{"entry":"ofac:1","score":0.9}',
        None,
        '{"entry":"un:2","score":0.5}',
    ]
    assert out["hits"].to_list() == ['[{"ref":"r1"}]', "[]", None]
    assert out["plain"].to_list() == ["x", None, "=z"]  # flattening alone does not neutralise


def test_nested_columns_in_csv(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_frame(pl.DataFrame({"programs": [["=A", "B"]], "n": [1]}), path)
    assert path.read_text() == "programs,n\n'=A; B,1\n"
