"""Free-text dates as list publishers write them -> ISO 8601, partial where the source is partial.

Lists state dates of birth and listing dates in many shapes: ``1962``, ``1962-05-12``,
``Nov 1962``, ``circa 01 Jan 1962``, ``06/19/2003`` (US month first), ``19/06/2003`` (EU day
first). :func:`iso_date` keeps exactly the precision given (``"1962-11"`` for ``Nov 1962``) and
drops qualifiers such as ``circa`` (the matcher treats every list date of birth as approximate
to its precision anyway). Anything it cannot read returns ``None``; readers keep the raw text in
``remarks`` when it matters, rather than inventing a date.
"""

from __future__ import annotations

import re
from typing import Literal

_MONTHS = {
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
_QUALIFIER = re.compile(r"^(?:circa|ca\.?|c\.|approx(?:imately)?\.?|about)\s+", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")

SlashOrder = Literal["mdy", "dmy"]


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def iso_date(text: str | None, *, slash_order: SlashOrder = "mdy") -> str | None:
    """``text`` as an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or ``None``.

    ``slash_order`` says how ``a/b/yyyy`` is to be read: ``"mdy"`` for US publishers (BIS,
    trade.gov), ``"dmy"`` for European ones. ISO input passes through (a time part is cut).
    """
    if text is None:
        return None
    value = _QUALIFIER.sub("", text.strip()).strip()
    if not value:
        return None
    if m := _ISO.match(value):
        year, month, day = m.groups()
        return _iso(int(year), int(month) if month else None, int(day) if day else None)
    if m := _SLASHED.match(value):
        first, second, year = (int(g) for g in m.groups())
        month, day = (first, second) if slash_order == "mdy" else (second, first)
        return _iso(year, month, day)
    if m := _DAY_MONTH_YEAR.match(value):
        day_text, month_text, year = m.groups()
        month = _MONTHS.get(month_text.lower())
        if month is None:
            return None
        return _iso(int(year), month, int(day_text) if day_text else None)
    if m := _MONTH_DAY_YEAR.match(value):
        month_text, day_text, year = m.groups()
        month = _MONTHS.get(month_text.lower())
        return None if month is None else _iso(int(year), month, int(day_text))
    return None


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
        return [d for d in (_iso(start), _iso(end)) if d]
    return [d for y in range(start, end + 1) if (d := _iso(y))]
