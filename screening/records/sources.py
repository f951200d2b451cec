"""Open a records file in its format: its columns, text encoding, and a raw-block generator.

One place knows which reader serves which format (:mod:`csv_read`, :mod:`jsonl`, :mod:`tables`);
:class:`RawSource` is what :mod:`read` needs from any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from screening.errors import InputError
from screening.records import csv_read, jsonl, tables
from screening.records.detect import detect_dialect, detect_format
from screening.records.encoding import CP1252, UTF8, detect_encoding


@dataclass(frozen=True)
class RawSource:
    """A file opened for raw reading; ``blocks(block_bytes)`` starts a new pass over the rows."""

    path: Path
    format: str
    columns: tuple[str, ...]
    blocks: Callable[[int | None], Iterator[pl.DataFrame]]
    encoding: str | None = None
    delimiter: str | None = None
    notes: tuple[str, ...] = field(default=())


def open_raw(path: Path, *, sheet: str | None = None) -> RawSource:
    """Detect the format of ``path`` and prepare its reader (InputError if it cannot be read)."""
    fmt = detect_format(path)
    if fmt == "csv":
        source = _csv(path)
    elif fmt == "jsonl":
        keys, notes = jsonl.jsonl_keys(path)

        def json_blocks(block: int | None) -> Iterator[pl.DataFrame]:
            return jsonl.jsonl_raw_blocks(path, keys, block_bytes=block or jsonl.BLOCK_BYTES)

        source = RawSource(path, fmt, keys, json_blocks, UTF8, None, tuple(notes))
    elif fmt == "parquet":
        names, rows = tables.parquet_columns(path)
        source = RawSource(path, fmt, names, lambda _: tables.parquet_raw_blocks(path, rows))
    else:
        frame = tables.read_xlsx(path, sheet)
        source = RawSource(path, fmt, tuple(frame.columns), lambda _: tables.xlsx_raw_blocks(frame))
    if not source.columns:
        raise InputError(f"{path}: no columns found; expected a header row")
    return source


def _csv(path: Path) -> RawSource:
    encoding, clean = detect_encoding(path)
    dialect = detect_dialect(path, encoding)

    def csv_blocks(block: int | None) -> Iterator[pl.DataFrame]:
        return csv_read.csv_raw_blocks(
            path, dialect, encoding, clean=clean, block_bytes=block or csv_read.BLOCK_BYTES
        )

    notes = (
        ("not valid UTF-8: read as cp1252 (Windows Western European)",)
        if encoding == CP1252
        else ()
    )
    return RawSource(path, "csv", dialect.header, csv_blocks, encoding, dialect.delimiter, notes)
