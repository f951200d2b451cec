"""Numbers written as text (quantity, value): strict parsing with one decimal mark per file.

Accepted: an optional sign, digits with an optional decimal part and exponent, thousands grouped in
threes by one of ``, . ' `` space, no-break space (never the decimal mark itself): ``1234.5``,
``1,234.5``, ``1 234,5``, ``1.234.567``, ``-5``, ``.5``, ``1e3``. Anything else (``12,3x``,
``$100``, ``(12)``, ``n/a``) is an error naming the cell, never a silent null or a guess.

The decimal mark is ``.`` unless the mapping says ``decimal: ","`` or, left unset, a sample of the
file's number cells votes for ``,``: only unambiguous cells vote (``12,50`` yes, ``1,234`` no, it
could be either).
"""

from __future__ import annotations

import polars as pl

_GROUP = {".": ",' \u00a0\u202f", ",": ".' \u00a0\u202f"}
_COMMA_VOTE = r"^[+-]?[0-9]*,([0-9]{1,2}|[0-9]{4,})$|[0-9]\.[0-9]{3},[0-9]*$"
_POINT_VOTE = r"^[+-]?[0-9]*\.([0-9]{1,2}|[0-9]{4,})$|[0-9],[0-9]{3}\.[0-9]*$"


def _grammar(decimal: str) -> str:
    group = "[" + "".join(_escape(c) for c in _GROUP[decimal]) + "]"
    mark = _escape(decimal)
    exp = "(?:[eE][+-]?[0-9]+)?"
    integer = f"(?:[0-9]+|[0-9]{{1,3}}(?:{group}[0-9]{{3}})+)"
    return f"^[+-]?(?:{integer}(?:{mark}[0-9]*)?|{mark}[0-9]+){exp}$"


def _escape(char: str) -> str:
    return "\\." if char == "." else char


def detect_decimal(samples: pl.Series) -> str:
    """``","`` when more unambiguous sample cells use a decimal comma than a decimal point."""
    text = samples.cast(pl.Utf8).str.strip_chars().drop_nulls()
    comma = int(text.str.contains(_COMMA_VOTE).sum())
    point = int(text.str.contains(_POINT_VOTE).sum())
    return "," if comma > point else "."


def parse_number(cell: pl.Expr, decimal: str) -> tuple[pl.Expr, pl.Expr]:
    """(Float64 value, bool "cell has text that is not a number") for the Utf8 expression ``cell``."""
    text = cell.str.strip_chars()
    present = text.is_not_null() & (text != "")
    cleaned = text.str.replace_all("[" + _GROUP[decimal] + "]", "")
    if decimal == ",":
        cleaned = cleaned.str.replace(",", ".", literal=True)
    valid = text.str.contains(_grammar(decimal))
    value = pl.when(valid).then(cleaned.cast(pl.Float64, strict=False))
    bad = present & (value.is_null() | value.is_infinite())
    return pl.when(bad).then(None).otherwise(value), bad


def other_mark_hint(cell: pl.Expr, decimal: str) -> pl.Expr:
    """A hint for cells that are numbers with the other decimal mark, else empty text."""
    other = "," if decimal == "." else "."
    fits_other = cell.str.strip_chars().str.contains(_grammar(other))
    return pl.when(fits_other).then(
        pl.lit(f" (the decimal mark of this file is '{decimal}'; set decimal: '{other}' in the "
               "column mapping if it uses the other one)")
    ).otherwise(pl.lit(""))  # fmt: skip
