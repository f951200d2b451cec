"""Break CSV lines the way real trade files break, and say exactly which and how.

Kinds: ``short_row`` / ``long_row`` (wrong field count; long rows mostly from an unquoted
"Co., Ltd"), ``bad_number`` ("12,3x", "1.234.567,00", "N/A" in quantity/value), ``stray_quote``
(unescaped quotes inside a field), ``unclosed_quote`` (a field opens a quote that never closes:
strict parsers swallow the following lines), ``invalid_utf8`` (a cp1252 re-save or stray bytes)
and ``truncated`` (the line is cut, sometimes inside the record id). Only the chosen lines change;
the generator never plants into them. Each corrupted line is reported with its 1-based data line
number (header excluded), its record id and whether that id is still the line's first field.
"""

from __future__ import annotations

import csv
import io
from random import Random

import numpy as np
import polars as pl

KINDS = ("short_row", "long_row", "bad_number", "stray_quote", "unclosed_quote", "invalid_utf8",
         "truncated")
WEIGHTS = (0.16, 0.16, 0.24, 0.12, 0.06, 0.16, 0.10)
BAD_NUMBERS = ("12,3x", "1.234.567,00", "N/A", "12 345", "$1,200.00", "1e", "--", "12..5",
               "0x1F", "1,5 kg", "12.5.3")
NAME_FIELDS = ("shipper_name", "consignee_name", "end_user_name", "forwarder_name",
               "consignee_address", "goods_description")

TRUTH_CORRUPT = {
    "line_no": pl.UInt64, "row_nr": pl.UInt32, "record_id": pl.Utf8, "kind": pl.Utf8,
    "field": pl.Utf8, "record_id_intact": pl.Boolean,
}


def _join(fields: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(fields)
    return buf.getvalue()


def corrupt_lines(data: bytes, rows: np.ndarray, columns: list[str], rng: np.random.Generator,
                  row_offset: int) -> tuple[bytes, pl.DataFrame]:
    """Corrupt the data lines ``rows`` (0-based, no header in ``data``) of one CSV chunk."""
    if rows.size == 0:
        return data, pl.DataFrame(schema=TRUTH_CORRUPT)
    lines = data.split(b"\n")
    kinds = rng.choice(len(KINDS), size=rows.size, p=np.array(WEIGHTS) / sum(WEIGHTS))
    seeds = rng.integers(0, 2**62, rows.size)
    out: dict[str, list[object]] = {k: [] for k in TRUTH_CORRUPT}
    for row, k, seed in zip(rows.tolist(), kinds.tolist(), seeds.tolist(), strict=True):
        fields = next(csv.reader([lines[row].decode("utf-8")]))
        record_id = fields[0]
        new, field = _corrupt(KINDS[k], fields, columns, Random(seed))
        lines[row] = new
        out["line_no"].append(row + row_offset + 1)
        out["row_nr"].append(row + row_offset)
        out["record_id"].append(record_id)
        out["kind"].append(KINDS[k])
        out["field"].append(field)
        out["record_id_intact"].append(new.startswith(record_id.encode() + b","))
    return b"\n".join(lines), pl.DataFrame(out, schema=TRUTH_CORRUPT)


def _corrupt(kind: str, fields: list[str], columns: list[str], rnd: Random) -> tuple[bytes, str]:
    if kind == "short_row":
        cut = rnd.randint(1, 3)
        return _join(fields[:-cut]).encode(), ""
    if kind == "long_row":
        commas = [i for i, v in enumerate(fields) if "," in v and '"' not in v]
        if commas:  # the classic: a name with a comma written without quotes
            i = rnd.choice(commas)
            line = ",".join(_cell(v) if j != i else v for j, v in enumerate(fields))
            return line.encode(), columns[i]
        return _join([*fields, rnd.choice(("", "N/A", "EXW"))]).encode(), ""
    if kind == "bad_number":
        i = columns.index(rnd.choice(("quantity", "value")))
        fields[i] = rnd.choice(BAD_NUMBERS)
        return _join(fields).encode(), columns[i]
    i = _text_field(fields, columns, rnd)
    if kind == "stray_quote":
        words = fields[i].split(" ")
        at = rnd.randrange(len(words))
        words[at] = f'"{words[at]}"' if rnd.random() < 0.6 else words[at] + '"'
        value = " ".join(words)
        raw = f'"{value}"' if "," in value else value  # inner quotes left unescaped
        return _replace(fields, i, raw).encode(), columns[i]
    if kind == "unclosed_quote":
        return _replace(fields, i, '"' + fields[i].replace('"', "")).encode(), columns[i]
    if kind == "invalid_utf8":
        return _invalid_utf8(fields, i, rnd), columns[i]
    whole = _join(fields).encode()
    return whole[: rnd.randint(3, max(4, len(whole) - 2))], ""


def _text_field(fields: list[str], columns: list[str], rnd: Random) -> int:
    usable = [columns.index(c) for c in NAME_FIELDS if fields[columns.index(c)].strip()]
    return rnd.choice(usable) if usable else columns.index("goods_description")


def _cell(value: str) -> str:
    """One field as the CSV writer would write it (a lone empty field stays empty)."""
    return _join([value]) if value else ""


def _replace(fields: list[str], i: int, raw: str) -> str:
    return ",".join(raw if j == i else _cell(v) for j, v in enumerate(fields))


def _invalid_utf8(fields: list[str], i: int, rnd: Random) -> bytes:
    cell = _cell(fields[i])
    good = cell.encode()
    try:
        bad = cell.encode("cp1252")  # a file re-saved as Windows-1252
    except UnicodeEncodeError:
        bad = good
    if bad == good:  # ASCII or not representable: stray bytes inside the field
        at = rnd.randint(1, max(1, len(good) - 1))
        while at < len(good) and (good[at] & 0xC0) == 0x80:  # keep whole characters
            at += 1
        bad = good[:at] + rnd.choice((b"\xff", b"\xc3\x28", b"\xe2\x82", b"\x80")) + good[at:]
    cells = [_cell(v).encode() for v in fields]
    cells[i] = bad
    return b",".join(cells)
