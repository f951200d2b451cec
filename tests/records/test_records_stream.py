"""Laws of streaming: every row once, in order, whatever the batch and block sizes
(screening/records/read.py + csv_read.py)."""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from screening.errors import ConfigError
from screening.records import ColumnMapping, RecordSource, iter_record_batches, read_records
from screening.records.csv_fast import CsvLayout, parse_fast
from screening.records.csv_slow import parse_slow

TEXT = st.text(alphabet='ab ,;"\néЖ|\t1', max_size=12)
# A multi-line row with the wrong field count is read as a stray quote (csv_exact.split_stray):
# one row per line, by design. Broken rows here keep to one line so the law "one row per written
# row" is exact.
ONE_LINE = st.text(alphabet='ab ,;"éЖ|\t1', max_size=12)
KINDS = ("ok", "ok", "ok", "short", "long", "bad_number")
MAPPING = ColumnMapping({"record_id": "record_id", "value": "value"}, kind="shipment")


@dataclass(frozen=True)
class Row:
    kind: str
    fields: list[str]


@st.composite
def tables(draw: st.DrawFn) -> tuple[int, list[Row]]:
    width = draw(st.integers(min_value=2, max_value=5))
    rows = []
    for i in range(draw(st.integers(min_value=0, max_value=30))):
        kind = draw(st.sampled_from(KINDS))
        text = ONE_LINE if kind in ("short", "long") else TEXT
        extra = [draw(text) for _ in range(width - 2)]
        value = "12,3x" if kind == "bad_number" else str(draw(st.integers(-999, 999)))
        fields = [str(i), value, *extra]
        if kind == "short":
            fields = fields[: draw(st.integers(min_value=1, max_value=width - 1))]
        elif kind == "long":
            fields = [*fields, draw(text)]
        rows.append(Row(kind, fields))
    return width, rows


def _write(path: Path, width: int, rows: list[Row], delimiter: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["record_id", "value", *[f"extra_{i}" for i in range(width - 2)]])
    writer.writerows(r.fields for r in rows)
    path.write_bytes(out.getvalue().encode("utf-8"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=tables(),
    delimiter=st.sampled_from([",", ";", "|"]),
    batch=st.integers(min_value=1, max_value=7),
    block=st.integers(min_value=1, max_value=200),
)
def test_every_row_once_in_order(
    table: tuple[int, list[Row]], delimiter: str, batch: int, block: int
) -> None:
    width, rows = table
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.csv"
        _write(path, width, rows, delimiter)
        whole = read_records(path, mapping=MAPPING)
        batches = list(RecordSource(path, MAPPING, block_bytes=block).batches(batch))
        default_batches = list(iter_record_batches(path, mapping=MAPPING, batch_size=batch + 3))
    assert sum(b.height for b in batches) == len(rows)
    assert all(b.height == batch for b in batches[:-1])
    if not rows:
        assert batches == default_batches == []
        assert whole.height == 0
        return
    got = pl.concat(batches)
    assert_frame_equal(got, whole)
    assert_frame_equal(pl.concat(default_batches), whole)
    assert got["row_nr"].to_list() == list(range(len(rows)))
    for row, record_id, error in zip(rows, got["record_id"], got["parse_error"], strict=True):
        if row.kind == "ok":
            assert error is None
            assert record_id == row.fields[0]
        elif row.kind == "bad_number":
            assert error is not None
            assert error.endswith("'12,3x' is not a number")
        else:
            assert error is not None
            assert f"{len(row.fields)} field" in error
            assert record_id is None
    ok = [i for i, r in enumerate(rows) if r.kind == "ok"]
    for name_i in range(width - 2):
        column = got[f"extra_{name_i}"].to_list()
        assert [column[i] for i in ok] == [rows[i].fields[2 + name_i] or None for i in ok]


@settings(max_examples=150, deadline=None)
@given(body=st.text(alphabet='ab,"\n\r é', max_size=60), final=st.booleans())
def test_fast_path_agrees_with_the_exact_path(body: str, final: bool) -> None:
    """Whenever the vectorised path answers, it gives what Python's csv module gives."""
    data = body.encode()
    if not final:
        data = data[: data.rfind(b"\n") + 1]  # pieces end with a line
    layout = CsvLayout(",", ("a", "b"), "utf-8")
    result = parse_fast(data, layout, 2, final=final)
    if result is None:
        return
    fast, fast_used = result
    slow, used = parse_slow(data, layout, 2, final=final)
    assert fast_used == used  # both leave the same unfinished record for the next block
    # a CR before the line end is dropped by polars, kept by the csv module; "" == null later
    same = pl.col("a", "b").str.replace_all("\r", "").replace("", None)
    assert fast.with_columns(same).to_dicts() == slow.with_columns(same).to_dicts()


def test_batch_size_is_checked_when_called(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("name\nA\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="batch size must be at least 1"):
        iter_record_batches(path, batch_size=0)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.text(alphabet='ab,"\n\r 5é', max_size=150),
    block=st.integers(min_value=1, max_value=64),
)
def test_blocks_read_like_one_exact_pass(body: str, block: int) -> None:
    """Whatever the quoting (stray inch marks, unclosed quotes), block-wise reading with fast and
    exact paths mixed gives what one csv-module pass over the whole file gives."""
    data = body.encode()
    layout = CsvLayout(",", ("a", "b"), "utf-8")
    reference, _ = parse_slow(data, layout, 2, final=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.csv"
        path.write_bytes(b"a,b\n" + data)
        mapping = ColumnMapping({"record_id": "a"}, kind="shipment")
        got = RecordSource(path, mapping, block_bytes=block).read()
    assert got.height == reference.height
    same = pl.col("a", "b").str.replace_all("\r", "").replace("", None)  # CR: see above
    want = reference.select(same)
    assert got.select(pl.col("record_id").alias("a"), "b").select(same).equals(want)
    assert (got["parse_error"].is_null() == reference["__error__"].is_null()).all()
