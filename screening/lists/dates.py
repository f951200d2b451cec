"""Dates as list publishers write them -> ISO 8601, partial where the source is partial.

One parser for every reader. Lists state dates of birth and listing dates in many shapes:
``1962``, ``1962-05-12`` (a time part is cut), ``Nov 1962``, ``14 Mar 1971``, ``March 14, 1971``,
``circa 01 Jan 1962``, and numeric ``a/b/yyyy`` (also ``a.b.yyyy``, ``a-b-yyyy``) written day
first in Europe and at the UN (``slash_order="dmy"``, the default) and month first by US
publishers (``"mdy"``: BIS, trade.gov, OFAC XML). :func:`iso_date` keeps exactly the precision
given (``"1962-11"`` for ``Nov 1962``) and drops qualifiers such as ``circa`` (the matcher treats
every list date of birth as approximate to its precision anyway). A part that is ``00`` or
impossible is dropped with the parts below it, keeping what is certain: ``00/00/1961`` (OFSI's
unknown day and month) -> ``1961``, ``31/02/1970`` -> ``1970-02``. Anything else returns
``None``; readers keep the raw text in ``remarks`` when it matters, rather than invent a date.
:func:`find_dates` collects every date of a free-text cell, :func:`year_range` expands
"born between" ranges.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Literal

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
"""Month names and abbreviations, lower case -> month number."""

_QUALIFIER = re.compile(r"^(?:circa|ca\.?|c\.|approx(?:imately)?\.?|about)\s+", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ]\d.*)?)?)?$")  # time part cut
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")
# find_dates: day-first numeric dates, ISO dates and plausible years anywhere in a cell
_FIND_DMY = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")
_FIND_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_FIND_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")

SlashOrder = Literal["mdy", "dmy"]


def _partial(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text of the certain parts: a missing, zero or impossible part ends the precision."""
    if not 1000 <= year <= 2999:
        return None
    if month is None or not 1 <= month <= 12:
        return f"{year:04d}"
    if not day:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # 31/02/1970 and the like
        return f"{year:04d}-{month:02d}"


def iso_date(text: str | None, *, slash_order: SlashOrder = "dmy") -> str | None:
    """``text`` as an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or ``None``.

    ``slash_order`` says how ``a/b/yyyy`` is to be read: ``"dmy"`` (the default: European and UN
    lists), ``"mdy"`` for US publishers. ISO input passes through (a time part is cut).
    """
    if not text:
        return None
    return _parse(" ".join(text.split()).strip('"'), slash_order)


@cache
def _parse(text: str, slash_order: SlashOrder) -> str | None:
    value = _QUALIFIER.sub("", text).strip()
    if m := _ISO.match(value):
        year, month, day = m.groups()
        return _partial(int(year), int(month) if month else None, int(day) if day else None)
    if m := _NUMERIC.match(value):
        first, second, year = (int(g) for g in m.groups())
        month, day = (first, second) if slash_order == "mdy" else (second, first)
        return _partial(year, month, day)
    if m := _DAY_MONTH_YEAR.match(value):
        day_text, month_text, year = m.groups()
        month = MONTHS.get(month_text.lower())
        if month is None:
            return None
        return _partial(int(year), month, int(day_text) if day_text else None)
    if m := _MONTH_DAY_YEAR.match(value):
        month_text, day_text, year = m.groups()
        month = MONTHS.get(month_text.lower())
        return None if month is None else _partial(int(year), month, int(day_text))
    return None


def find_dates(text: str) -> list[str]:
    """Every date in a free-text cell ("a) 10.7.1968, b) 1968", "circa 1958") as ISO 8601.

    Numeric dates are read day first (the cells this is used on are European and UN ones).
    """
    text = " ".join(text.split())
    found = [_partial(int(m[3]), int(m[2]), int(m[1])) for m in _FIND_DMY.finditer(text)]
    found += [_partial(int(m[1]), int(m[2]), int(m[3] or 0)) for m in _FIND_ISO.finditer(text)]
    rest = _FIND_ISO.sub(" ", _FIND_DMY.sub(" ", text))
    found += _FIND_YEAR.findall(rest)
    return list(dict.fromkeys(d for d in found if d))


def year_range(first: str | int | None, last: str | int | None, *, limit: int = 20) -> list[str]:
    """Every year from ``first`` to ``last`` inclusive (a "born between" range) as ISO years.

    Ranges wider than ``limit`` years, reversed or unreadable ranges give only their ends, so a
    typo cannot turn into a century of birth years.
    """
    try:
        start, end = int(str(first).strip()), int(str(last).strip())
    except ValueError:
        ends = [iso_date(str(v)) for v in (first, last) if v is not None]
        return [d for d in ends if d]
    if start > end or end - start > limit:
        return [d for d in (_partial(start), _partial(end)) if d]
    return [d for y in range(start, end + 1) if (d := _partial(y))]
