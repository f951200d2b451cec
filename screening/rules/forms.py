"""Normalised forms of a column's distinct values: token text, casefold text, ISO2 code(s), HS
codes, dates.

Each form has a polars implementation and a Python twin that must agree on every input (tests
hold them equal). Rules are evaluated on *distinct* values (descriptions, countries and codes
repeat heavily), and for a few thousand values the Python twin is faster than building the
polars expression (Unicode regexes and the country table take milliseconds to compile).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from screening.countries import iso2_expr, split_countries, to_iso2
from screening.rules.hs import hs_codes, normalized_exprs
from screening.rules.text import casefold_expr, casefold_text, token_expr, token_text

SMALL = 5000
"""Up to this many distinct values, forms are computed by their Python twins."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_text(value: str) -> dt.date | None:
    """The ISO date at the start of ``value`` (``2024-03-05`` or ``2024-03-05T10:00``), else None."""
    head = value.strip()[:10]
    if not _ISO_DATE.fullmatch(head):
        return None
    try:
        return dt.date.fromisoformat(head)
    except ValueError:
        return None


def date_expr(expr: pl.Expr) -> pl.Expr:
    """:func:`date_text` over a string column."""
    head = expr.str.strip_chars().str.slice(0, 10)
    return pl.when(head.str.contains(r"^\d{4}-\d{2}-\d{2}$")).then(
        head.str.to_date("%Y-%m-%d", strict=False)
    )


def isos_text(value: str) -> str:
    """ISO2 codes of a multi-country cell joined by ``;`` (Python only: comma logic)."""
    return ";".join(split_countries(value))


@dataclass(frozen=True)
class Form:
    """One normalised form: polars implementation, Python twin, dtype, ASCII fast path."""

    expr: Callable[[pl.Expr], pl.Expr] | None  # None: Python only
    twin: Callable[[str], object]
    dtype: pl.DataType
    ascii_expr: Callable[[pl.Expr], pl.Expr] | None = None  # same result on ASCII-only text


FORMS: dict[str, Form] = {
    "tokens": Form(token_expr, token_text, pl.Utf8(),
                   lambda e: token_expr(e, ascii_only=True)),
    "casefold": Form(casefold_expr, casefold_text, pl.Utf8(),
                     lambda e: casefold_expr(e, ascii_only=True)),
    "iso": Form(iso2_expr, to_iso2, pl.Utf8()),
    "isos": Form(None, isos_text, pl.Utf8()),
    "hs": Form(lambda e: normalized_exprs(e)[0], lambda v: hs_codes(v)[0], pl.Utf8()),
    "hs_alt": Form(lambda e: normalized_exprs(e)[1], lambda v: hs_codes(v)[1], pl.Utf8()),
    "date": Form(date_expr, date_text, pl.Date()),
}


def ascii_first(values: pl.Series) -> tuple[pl.Series, int]:
    """``values`` reordered with the pure-ASCII ones first, and how many those are."""
    mask = values.str.contains(r"^[\x00-\x7F]*$")
    ascii_values = values.filter(mask)
    return pl.concat([ascii_values, values.filter(~mask)]), len(ascii_values)


def compute_form(name: str, values: pl.Series, n_ascii: int = 0) -> pl.Series:
    """Form ``name`` of ``values`` (distinct, non-null strings; the first ``n_ascii`` of them
    pure ASCII, see :func:`ascii_first`)."""
    form = FORMS[name]
    if form.expr is None or len(values) <= SMALL:
        out = pl.Series(f"__form_{name}", [form.twin(v) for v in values], dtype=form.dtype)
    elif form.ascii_expr is not None and n_ascii:
        frame = pl.DataFrame({"v": values})
        fast = frame.head(n_ascii).select(form.ascii_expr(pl.col("v"))).to_series()
        full = frame.slice(n_ascii).select(form.expr(pl.col("v"))).to_series()
        out = pl.concat([fast, full])
    else:
        out = pl.DataFrame({"v": values}).select(form.expr(pl.col("v"))).to_series()
    if name == "isos":
        return out.str.split(";").list.eval(pl.element().filter(pl.element() != ""))
    return out.rename(f"__form_{name}")
