"""JSON-lines records in bounded memory: one object per line, broken lines become error rows.

Columns are the keys of the first ``KEY_SAMPLE`` objects, in first-seen order (a key that first
appears later is not read; :func:`jsonl_keys` says so in a note). Values arrive as text: numbers as
written, ``true``/``false``, nested arrays/objects as JSON text; number columns are parsed later
like CSV text. JSON is UTF-8 by definition; invalid bytes make their line an error row.

Each block is read by ``pl.read_ndjson`` in one call; only when polars rejects a block are its
lines checked one by one with ``json.loads`` to find the broken ones (then the good ones are read
by polars again, so values convert the same way on both paths).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from screening.errors import InputError
from screening.records.encoding import UTF8, to_utf8
from screening.records.raw import ERROR, LINE, split_lines

KEY_SAMPLE = 1000
BLOCK_BYTES = 16 << 20
_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "true/false", type(None): "null"}  # fmt: skip


def jsonl_keys(path: Path) -> tuple[tuple[str, ...], list[str]]:
    """Column names from the first objects of the file, and notes for the user."""
    keys: dict[str, None] = {}
    seen = 0
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
            if isinstance(value, dict):
                keys.update(dict.fromkeys(value))
                seen += 1
            if seen >= KEY_SAMPLE or number >= 10 * KEY_SAMPLE:
                break
    if not keys:
        raise InputError(
            f"{path}: no JSON object with fields in the first lines; expected one object per "
            'line like {"record_id": "1", "consignee_name": "..."}'
        )
    notes = [f"JSON lines: columns are the keys of the first {seen} objects"]
    return tuple(keys), notes


def jsonl_raw_blocks(
    path: Path, keys: tuple[str, ...], *, block_bytes: int = BLOCK_BYTES
) -> Iterator[pl.DataFrame]:
    """Raw frames (see :mod:`raw`) of the JSON-lines file at ``path``, in order."""
    line = 1
    carry = b""
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(block_bytes)
            buf = carry + chunk
            if not buf:
                return
            cut = len(buf) if not chunk else buf.rfind(b"\n") + 1
            piece, carry = buf[:cut], buf[cut:]
            if piece:
                frame = parse_jsonl_piece(piece, keys, line)
                line += piece.count(b"\n")
                if frame.height:
                    yield frame
            if not chunk:
                return


def parse_jsonl_piece(piece: bytes, keys: tuple[str, ...], first_line: int) -> pl.DataFrame:
    """The raw frame of the complete lines in ``piece`` (first line number ``first_line``)."""
    data, bad_bytes = to_utf8(piece.removeprefix(b"\xef\xbb\xbf"), UTF8)
    lines = split_lines(data)
    if lines is None:  # every candidate separator byte occurs: split in Python
        lines = pl.Series("l", data.decode(UTF8).split("\n")[: data.count(b"\n") + 1])
    nonblank = (lines.str.strip_chars() != "").arg_true()
    schema: dict[str, pl.DataType] = {key: pl.Utf8() for key in keys}
    errors: list[str | None] = [None] * nonblank.len()
    try:
        frame = pl.read_ndjson(io.BytesIO(data), schema=schema)
        if frame.height != nonblank.len():
            raise ValueError("row count")
    except (pl.exceptions.PolarsError, ValueError):
        frame, errors = _parse_line_by_line(lines, nonblank, schema, first_line)
    for index, problem in bad_bytes.items():
        pos = nonblank.search_sorted(index)
        if pos < nonblank.len() and nonblank[pos] == index:
            message = f"line {first_line + index}: {problem}"
            errors[pos] = f"{errors[pos]}; {message}" if errors[pos] else message
    line_no = (nonblank.cast(pl.Int64) + first_line).cast(pl.UInt32)
    return frame.with_columns(pl.Series(LINE, line_no), pl.Series(ERROR, errors, dtype=pl.Utf8))


def _parse_line_by_line(
    lines: pl.Series, nonblank: pl.Series, schema: dict[str, pl.DataType], first_line: int
) -> tuple[pl.DataFrame, list[str | None]]:
    """Check each line with ``json.loads``; parse the good ones with polars, null rows for the rest."""
    good: list[int] = []
    errors: list[str | None] = []
    for pos, (index, text) in enumerate(zip(nonblank, lines.gather(nonblank), strict=True)):
        where = f"line {first_line + index}"
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: broken JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(value, dict):
            found = _JSON_TYPES.get(type(value), "a value")
            errors.append(f"{where}: expected a JSON object, found {found}")
            continue
        good.append(pos)
        errors.append(None)
    body = "\n".join(lines.gather(nonblank.gather(good)).to_list()).encode(UTF8)
    parsed = (
        pl.read_ndjson(io.BytesIO(body), schema=schema) if good else pl.DataFrame(schema=schema)
    )
    slot = pl.Series([None] * nonblank.len(), dtype=pl.UInt32).scatter(good, range(len(good)))
    return parsed.select(pl.all().gather(slot)), errors
