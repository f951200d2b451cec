"""Parquet and XLSX records: typed tables, so no line parsing; rows are sliced into blocks.

Parquet is streamed with ``pl.scan_parquet(...).slice(offset, n)`` (row-group aware, no pyarrow).
Its columns keep their types; mapping casts them (numbers stay numbers). XLSX is read in one go by
calamine (a sheet is at most 1,048,576 rows) with every cell as text, so an identifier or HS code
keeps its digits and a stray word in a number column is reported, not turned into null. Row
numbers in messages are the spreadsheet's (header = row 1) and the Parquet file's (first = row 1).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from screening.errors import InputError
from screening.records.detect import clean_header
from screening.records.raw import ERROR, LINE

BLOCK_ROWS = 200_000
_UNNAMED = re.compile(r"^__UNNAMED__\d+$")


def parquet_columns(path: Path) -> tuple[tuple[str, ...], int]:
    """Column names and row count of the Parquet file at ``path``."""
    try:
        lazy = pl.scan_parquet(path)
        names = tuple(lazy.collect_schema().names())
        rows = int(lazy.select(pl.len()).collect().item())
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({exc}); export it again") from exc
    if not names:
        raise InputError(f"{path}: Parquet file without columns; expected records")
    return names, rows


def parquet_raw_blocks(
    path: Path, rows: int, *, block_rows: int = BLOCK_ROWS
) -> Iterator[pl.DataFrame]:
    """Raw frames (see :mod:`raw`) of the Parquet file at ``path``, ``block_rows`` rows each."""
    lazy = pl.scan_parquet(path)
    for offset in range(0, rows, block_rows):
        try:
            block = lazy.slice(offset, block_rows).collect()
        except pl.exceptions.PolarsError as exc:
            raise InputError(f"{path}: cannot read rows from {offset + 1} on: {exc}") from exc
        yield _with_meta(block, offset + 1)


def read_xlsx(path: Path, sheet: str | None = None) -> pl.DataFrame:
    """The first (or named) sheet of the workbook at ``path``, every cell as text."""
    try:
        with warnings.catch_warnings():  # polars/fastexcel version chatter, not the user's problem
            warnings.simplefilter("ignore", FutureWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            if sheet is None:
                frame = pl.read_excel(path, engine="calamine", sheet_id=1, infer_schema_length=0)
            else:
                frame = pl.read_excel(
                    path, engine="calamine", sheet_name=sheet, infer_schema_length=0
                )
    except Exception as exc:  # fastexcel raises its own types; all mean "cannot read this file"
        where = f"sheet {sheet!r}" if sheet else "the first sheet"
        raise InputError(f"{path}: cannot read {where} as a workbook ({exc})") from exc
    names = [("" if _UNNAMED.match(c) else c) for c in frame.columns]
    frame.columns = list(clean_header(names))
    return frame.with_columns(pl.all().cast(pl.Utf8))


def xlsx_raw_blocks(frame: pl.DataFrame, *, block_rows: int = BLOCK_ROWS) -> Iterator[pl.DataFrame]:
    """Raw frames of a sheet read by :func:`read_xlsx`; row 1 is the header, data from row 2."""
    for offset in range(0, frame.height, block_rows):
        yield _with_meta(frame.slice(offset, block_rows), offset + 2)


def _with_meta(block: pl.DataFrame, first: int) -> pl.DataFrame:
    return block.with_columns(
        pl.int_range(first, first + block.height, dtype=pl.UInt32).alias(LINE),
        pl.lit(None, dtype=pl.Utf8).alias(ERROR),
    )
