"""Raw frame -> canonical frame: rename by the mapping, type the columns, collect row errors.

Text fields become Utf8 (numbers and dates from typed sources cast to text; empty text -> null).
Number fields (quantity, value) keep numeric source types and parse text strictly
(:mod:`numbers`); a cell that is not a number is null with ``line N, column C: 'x' is not a
number`` in ``parse_error``, joined by ``; `` with any structural error of the row.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from screening.errors import InputError
from screening.records.columns import ResolvedColumns
from screening.records.mapping import KINDS
from screening.records.numbers import detect_decimal, other_mark_hint, parse_number
from screening.records.raw import ERROR, LINE

if TYPE_CHECKING:
    from screening.records.read import SourceInfo

_SAMPLE_ROWS = 1000
_TEXTUAL = (pl.Utf8, pl.Categorical, pl.Enum)


def _is_text(dtype: pl.DataType) -> bool:
    return isinstance(dtype, _TEXTUAL) or dtype == pl.Utf8


def _is_scalar(dtype: pl.DataType) -> bool:
    return not dtype.is_nested() and dtype not in (pl.Binary, pl.Object, pl.Null)


def check_source_types(sample: pl.DataFrame | None, resolved: ResolvedColumns, path: Path) -> None:
    """InputError when a mapped column holds lists/structs/binary (typed sources only)."""
    if sample is None:
        return
    schema = KINDS[resolved.kind]
    for name, column in resolved.fields.items():
        dtype = sample.schema[column]
        if dtype == pl.Null:
            continue
        numeric = schema.get(name) == pl.Float64()
        ok = (dtype.is_numeric() or _is_text(dtype)) if numeric else _is_scalar(dtype)
        if not ok:
            want = "numbers or number text" if numeric else "text"
            raise InputError(
                f"{path}: column {column!r} (mapped to {name}) holds {dtype}; expected {want}"
            )


def sample_decimal(sample: pl.DataFrame | None, resolved: ResolvedColumns) -> str:
    """The decimal mark the first rows' number cells vote for (``.`` without text numbers)."""
    if sample is None:
        return "."
    schema = KINDS[resolved.kind]
    cells = [
        sample[column].head(_SAMPLE_ROWS).cast(pl.Utf8)
        for name, column in resolved.fields.items()
        if schema.get(name) == pl.Float64() and _is_text(sample.schema[column])
    ]
    return detect_decimal(pl.concat(cells)) if cells else "."


def canonical_frame(
    raw: pl.DataFrame, resolved: ResolvedColumns, info: SourceInfo, offset: int
) -> pl.DataFrame:
    """The canonical frame of one raw block whose first row is input row ``offset``."""
    schema = KINDS[resolved.kind]
    row_nr = pl.int_range(offset, offset + raw.height, dtype=pl.UInt32)
    columns: list[pl.Expr] = [row_nr.alias("row_nr")]
    numbers: list[tuple[str, str]] = []
    for name, dtype in schema.items():
        source = resolved.fields.get(name)
        if source is None:
            default = (row_nr + 1).cast(pl.Utf8) if name == "record_id" else pl.lit(None, dtype)
            columns.append(default.alias(name))
        elif dtype == pl.Float64() and _is_text(raw.schema[source]):
            numbers.append((name, source))
            quick = pl.col(source).cast(pl.Utf8).cast(pl.Float64, strict=False)
            columns.append((quick if info.decimal == "." else pl.lit(None, pl.Float64)).alias(name))
        else:
            columns.append(_typed(source, raw.schema[source], dtype).alias(name))
    optional = [
        _typed(c, raw.schema[c], pl.Utf8()).alias(n)
        for n, c in resolved.fields.items()
        if n not in schema
    ]
    extras = [_typed(c, raw.schema[c], None).alias(n) for n, c in resolved.extras.items()]
    frame = raw.select(*columns, pl.col(ERROR).alias("parse_error"), *optional, *extras)
    messages = [_parse_numbers(frame, raw, name, source, info) for name, source in numbers]
    found = [m for m in messages if m is not None]
    if found:
        problem = pl.concat_str(["parse_error", *found], separator="; ", ignore_nulls=True)
        frame = frame.with_columns(pl.when(problem != "").then(problem).alias("parse_error"))
    return frame


def _parse_numbers(
    frame: pl.DataFrame, raw: pl.DataFrame, name: str, source: str, info: SourceInfo
) -> pl.Series | None:
    """Fix up ``frame[name]`` where the plain cast failed; messages for cells that are no number.

    The plain cast handles ``12.5`` / ``-5`` / ``1e3`` for the whole column at once; only the
    cells it rejects (grouped digits, decimal commas, junk, nan/inf) go through the grammar.
    """
    text = raw[source].cast(pl.Utf8)
    quick = frame[name]
    todo = (
        text.is_not_null() & (quick.is_null() | quick.is_infinite() | quick.is_nan())
    ).arg_true()
    if not todo.len():
        return None
    where = "line" if info.format in ("csv", "jsonl") else "row"
    label = source if source == name else f"{source} ({name})"
    cell = pl.col("cell")
    value, bad = parse_number(cell, info.decimal)
    sub = pl.DataFrame({"cell": text.gather(todo), "line": raw[LINE].gather(todo)}).select(
        value.alias("value"),
        pl.when(bad)
        .then(
            pl.format(
                f"{where} {{}}, column {label}: '{{}}' is not a number{{}}",
                "line",
                cell.str.strip_chars().str.slice(0, 40),
                other_mark_hint(cell, info.decimal),
            )
        )
        .alias("message"),
    )
    frame.replace_column(
        frame.get_column_index(name), quick.scatter(todo, sub["value"]).alias(name)
    )
    if sub["message"].null_count() == sub.height:
        return None
    return pl.repeat(None, frame.height, dtype=pl.Utf8, eager=True).scatter(todo, sub["message"])


def _typed(column: str, source: pl.DataType, target: pl.DataType | None) -> pl.Expr:
    """``column`` cast to ``target`` (None: keep its type); empty text becomes null."""
    expr = pl.col(column)
    if _is_text(source):
        expr = expr.cast(pl.Utf8)
        expr = pl.when(expr.str.len_bytes() > 0).then(expr)
    return expr if target is None else expr.cast(target)
