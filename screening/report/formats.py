"""Output formats by extension and the one function that writes a frame in each.

Parquet, CSV and JSONL use polars' native writers; XLSX goes through xlsxwriter (via
``write_excel``) with formula/URL/number conversion of strings switched off. CSV and XLSX get
spreadsheet-safe cells (:mod:`cells`); Parquet and JSONL keep types and nesting.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import polars as pl
import xlsxwriter

from screening.errors import ConfigError
from screening.report.cells import XLSX_MAX_CHARS, for_spreadsheet

FORMATS = {".parquet": "parquet", ".csv": "csv", ".jsonl": "jsonl", ".xlsx": "xlsx"}
XLSX_MAX_ROWS = 1_048_576
XLSX_MAX_COLUMNS = 16_384


def output_format(path: Path) -> str:
    """``parquet`` / ``csv`` / ``jsonl`` / ``xlsx`` from the extension; ConfigError otherwise."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ConfigError(
            f"{path}: unknown output extension {path.suffix or '(none)'!r}; "
            f"use one of {', '.join(FORMATS)}"
        )
    return fmt


def check_xlsx_size(rows: int, columns: int, path: Path) -> None:
    """ConfigError when a sheet would exceed Excel's limits."""
    if rows + 1 > XLSX_MAX_ROWS or columns > XLSX_MAX_COLUMNS:
        raise ConfigError(
            f"{path}: {rows:,} rows x {columns} columns do not fit in one Excel sheet "
            f"(max {XLSX_MAX_ROWS - 1:,} rows + header, {XLSX_MAX_COLUMNS:,} columns); "
            "write .parquet or .csv instead"
        )


def write_to(frame: pl.DataFrame, fh: BinaryIO, fmt: str, *, header: bool) -> None:
    if fmt == "parquet":
        frame.write_parquet(fh)
    elif fmt == "jsonl":
        frame.write_ndjson(fh)
    elif fmt == "csv":
        for_spreadsheet(frame).write_csv(fh, include_header=header)
    else:
        workbook = xlsxwriter.Workbook(
            fh,
            {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        try:
            for_spreadsheet(frame, max_chars=XLSX_MAX_CHARS).write_excel(
                workbook=workbook, worksheet="results", autofit=False
            )
        finally:
            workbook.close()
