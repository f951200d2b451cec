"""Make a frame safe and flat for spreadsheets (CSV, XLSX).

Flattening: lists of scalars become ``"; "``-joined text (``["RU", "BY"]`` -> ``RU; BY``); structs,
lists of structs and deeper nesting become JSON text. Parquet and JSONL keep the structure.

Formula neutralisation (OWASP "CSV injection"): a text cell that starts with ``= + - @`` or a tab
or carriage return gets a leading ``'`` so a spreadsheet shows it as text instead of evaluating it
(``=HYPERLINK(...)`` in a counterparty name from an untrusted input). Numeric columns are not
touched, nor text cells that are a plain number (``-5``, ``+3.5``: a spreadsheet reads them as that
number anyway). Header names get the same treatment: pass-through columns come from the input.
"""

from __future__ import annotations

import re

import polars as pl

FORMULA_START = r"^[=+\-@\t\r]"
PLAIN_NUMBER = r"^[+-]?[0-9]+(?:[.,][0-9]+)?$"
XLSX_MAX_CHARS = 32_767


def flatten(frame: pl.DataFrame) -> pl.DataFrame:
    """Nested columns as text (see the module doc); other columns unchanged."""
    exprs = []
    for name, dtype in frame.schema.items():
        if not dtype.is_nested():
            continue
        col = pl.col(name)
        inner = dtype.inner if isinstance(dtype, pl.List | pl.Array) else None
        if inner is not None and not inner.is_nested():
            text = col.cast(pl.List(inner)).list.eval(pl.element().cast(pl.Utf8))
            exprs.append(text.list.join("; ", ignore_nulls=True).alias(name))
        else:
            encoded = pl.struct(col.alias("v")).struct.json_encode()
            json_text = encoded.str.strip_prefix('{"v":').str.strip_suffix("}")
            exprs.append(pl.when(col.is_not_null()).then(json_text).alias(name))
    return frame.with_columns(exprs) if exprs else frame


def neutralise(frame: pl.DataFrame, *, max_chars: int | None = None) -> pl.DataFrame:
    """Text cells (and header names) that a spreadsheet would run as a formula, quoted with ``'``."""
    exprs = []
    for name, dtype in frame.schema.items():
        if dtype not in (pl.Utf8, pl.Categorical) and not isinstance(dtype, pl.Enum):
            continue
        col = pl.col(name).cast(pl.Utf8)
        risky = col.str.contains(FORMULA_START) & ~col.str.contains(PLAIN_NUMBER)
        safe = pl.when(risky).then(pl.lit("'") + col).otherwise(col)
        if max_chars is not None:
            safe = safe.str.slice(0, max_chars)
        exprs.append(safe.alias(name))
    out = frame.with_columns(exprs) if exprs else frame
    return out.rename({c: safe_text(c) for c in out.columns if safe_text(c) != c})


def safe_text(text: str) -> str:
    """One text value neutralised like a cell (for header names and single strings)."""
    if re.match(FORMULA_START, text) and not re.match(PLAIN_NUMBER, text):
        return "'" + text
    return text


def for_spreadsheet(frame: pl.DataFrame, *, max_chars: int | None = None) -> pl.DataFrame:
    """Flattened and neutralised: what CSV and XLSX outputs contain."""
    return neutralise(flatten(frame), max_chars=max_chars)
