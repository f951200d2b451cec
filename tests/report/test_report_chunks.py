"""ChunkWriter: batches appended in order, one file, atomic at close (screening/report/write.py)."""

from __future__ import annotations

import warnings
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from screening.errors import ConfigError, ScreeningError
from screening.report import ChunkWriter, formats
from screening.schema import DECISION

SCHEMA = dict(DECISION)


def _batch(start: int, n: int) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "row_nr": pl.Series(range(start, start + n), dtype=pl.UInt32),
            "record_id": [f"R{i}" for i in range(start, start + n)],
            "decision": ["clear"] * n,
            "risk_score": [i / 10 for i in range(n)],
            "reasons": [None] * n,
        },
        schema=SCHEMA,
    )


def _read(path: Path) -> pl.DataFrame:
    if path.suffix == ".parquet":
        return pl.read_parquet(path)
    if path.suffix == ".csv":
        return pl.read_csv(path, schema=SCHEMA)
    if path.suffix == ".jsonl":
        return pl.read_ndjson(path, schema=SCHEMA)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return pl.read_excel(path, engine="calamine").cast(SCHEMA)  # type: ignore[arg-type]


SUFFIXES = [".parquet", ".csv", ".jsonl", ".xlsx"]


def _write(path: Path, batches: list[pl.DataFrame], *, crash: bool = False) -> None:
    with ChunkWriter(path) as writer:
        for batch in batches:
            writer.write(batch)
        if crash:
            raise RuntimeError("matcher crashed")


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_batches_in_order(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    batches = [_batch(0, 3), _batch(3, 1), _batch(4, 5)]
    with ChunkWriter(path) as writer:
        writer.write(batches[0])
        for batch in batches[1:]:
            writer.write(batch.select(reversed(batch.columns)))  # the first batch sets the order
            assert not path.exists()  # nothing visible before close
    assert writer.rows == 9
    assert_frame_equal(_read(path), pl.concat(batches))
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_error_inside_the_block_keeps_the_old_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    path.write_bytes(b"previous results")
    with pytest.raises(RuntimeError, match="matcher crashed"):
        _write(path, [_batch(0, 3)], crash=True)
    assert path.read_bytes() == b"previous results"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_no_batches_gives_an_empty_file_with_the_schema(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    with ChunkWriter(path, schema=SCHEMA):
        pass
    if suffix == ".jsonl":
        assert path.read_bytes() == b""
    else:
        assert _read(path).columns == list(SCHEMA)


def test_batch_with_other_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    with pytest.raises(ScreeningError, match="differ"):
        _write(path, [_batch(0, 1), _batch(1, 1).drop("reasons")])
    assert not path.exists()


def test_parquet_batches_with_null_typed_columns_merge(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    first = pl.DataFrame({"a": [1], "b": [None]})  # b is Null-typed here ...
    second = pl.DataFrame({"a": [2], "b": ["x"]})  # ... and text here
    with ChunkWriter(path) as writer:
        writer.write(first)
        writer.write(second)
    assert pl.read_parquet(path).rows() == [(1, None), (2, "x")]


def test_xlsx_limit_checked_while_appending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formats, "XLSX_MAX_ROWS", 5)
    path = tmp_path / "out.xlsx"
    with pytest.raises(ConfigError, match=r"write \.parquet or \.csv"):
        _write(path, [_batch(0, 3), _batch(3, 3)])
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_close_is_idempotent_and_write_after_close_fails(tmp_path: Path) -> None:
    writer = ChunkWriter(tmp_path / "out.jsonl")
    writer.write(_batch(0, 2))
    writer.close()
    writer.close()
    with pytest.raises(ScreeningError, match="write after close"):
        writer.write(_batch(2, 1))
    assert _read(tmp_path / "out.jsonl").height == 2
