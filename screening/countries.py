"""Country names and codes → ISO 3166-1 alpha-2, for single values and for whole polars columns.

Lists, shipments and counterparties name countries every way there is: ``RU``, ``RUS``,
``Russian Federation``, ``Korea, North``, ``Iran (Islamic Republic of)``, ``Россия``, ``俄罗斯``.
Every later stage (destination rules, diversion routes, list filters) compares ISO2 codes only,
so all spellings are resolved here, against ``screening/data/countries.csv`` (columns
``iso2,iso3,name,aliases``; aliases ``|``-separated; ISO 3166-1 plus ``XK`` Kosovo and the
historic ``AN`` Netherlands Antilles, see below). Aliases include the nationality adjectives
lists write in nationality columns (``Russian``, ``Iranian``, ``North Korean``); an adjective that
names two countries is left out (``Congolese``: CG or CD; ``Dominican``: DM or DO; ``Korean``),
as is any spelling that would: the loader refuses a table where one spelling names two countries.
Regions without a code of their own (Crimea, Donetsk, Kafia Kingi) are not in the table: they
stay in address text, where the occupied-region rules look for them.

``AN`` Netherlands Antilles was deleted from ISO 3166-1 in 2010 (its code is reserved, not
reused) and split into ``BQ``, ``CW`` and ``SX``. Lists still name it in old addresses, and the
name alone cannot say which successor is meant, so it resolves to ``AN`` - what the list says -
rather than to a guess; a caller that needs today's country must look at the city.

Matching is on a normalised key (:func:`normalize_country`): accents and case dropped,
apostrophes removed, ``&`` read as ``and``, other punctuation as a space, and a leading or trailing
``the`` ignored, so ``KOREA, NORTH``, ``korea north`` and ``Korea (North)`` are one key.
:func:`iso2_expr` is the vectorised twin of :func:`to_iso2`; the two must agree on every input
(tests check this with hypothesis). Caveat: bare ISO2 codes match in any case, so a cell that
says ``NA`` or ``no`` meaning "none" resolves to Namibia / Norway — callers that know a column
holds names only should blank such placeholders first.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import polars as pl

from screening.errors import ListDataError

__all__ = [
    "Country",
    "all_iso2",
    "country_name",
    "iso2_expr",
    "normalize_country",
    "split_countries",
    "to_iso2",
]

DATA_FILE = "data/countries.csv"
_APOSTROPHES = "'’ʼ‘`"  # ASCII, typographic and modifier-letter apostrophes
_APOS_RE = re.compile(f"[{_APOSTROPHES}]")
_NON_ALNUM_RE = re.compile(r"[\W_]+")  # str.isalnum() in Python == \p{L}\p{N} in Rust
_THE_RE = re.compile(r"^the | the$")
_PART_SEP_RE = re.compile(r"[;|\n\r\t]+")
_CODE_RE = re.compile(r"[A-Za-z]{2,3}")
_MAX_COMMA_PIECES = 5  # longest alias, split on commas, has 3 pieces; leave headroom


@dataclass(frozen=True, slots=True)
class Country:
    """One row of the country table."""

    iso2: str
    iso3: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Table:
    rows: dict[str, Country]  # iso2 -> row
    keys: dict[str, str]  # normalised spelling -> iso2


def normalize_country(text: str) -> str:
    """The matching key of a country spelling (the Python twin of the polars steps below)."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M")).lower()
    s = _APOS_RE.sub("", s).replace("&", " and ")
    s = _NON_ALNUM_RE.sub(" ", s).strip(" ")
    return _THE_RE.sub("", s)


def _normalize_expr(expr: pl.Expr) -> pl.Expr:
    """:func:`normalize_country` as string expressions (same steps, same order)."""
    return (
        expr.str.normalize("NFKD")
        .str.replace_all(r"\p{M}+", "")
        .str.to_lowercase()
        .str.replace_all(f"[{_APOSTROPHES}]", "")
        .str.replace_all("&", " and ", literal=True)
        .str.replace_all(r"[^\p{L}\p{N}]+", " ")
        .str.strip_chars(" ")
        .str.replace_all(_THE_RE.pattern, "")
    )


@cache
def _table() -> _Table:
    """Read and check the bundled table once; a spelling naming two countries is an error."""
    resource = files("screening").joinpath(DATA_FILE)
    rows: dict[str, Country] = {}
    keys: dict[str, str] = {}
    reader = csv.DictReader(io.StringIO(resource.read_text(encoding="utf-8")))
    for line, rec in enumerate(reader, start=2):
        iso2, iso3, name = rec["iso2"], rec["iso3"], rec["name"]
        if not (len(iso2) == 2 and len(iso3) == 3 and name) or iso2 in rows:
            expected = "a new 2-letter iso2, a 3-letter iso3 and a name"
            raise ListDataError(str(resource), f"expected {expected}", where=f"line {line}")
        aliases = tuple(a.strip() for a in (rec["aliases"] or "").split("|") if a.strip())
        rows[iso2] = Country(iso2, iso3, name, aliases)
        for spelling in (iso2, iso3, name, *aliases):
            key = normalize_country(spelling)
            if keys.setdefault(key, iso2) != iso2:
                raise ListDataError(
                    str(resource),
                    f"{spelling!r} names both {keys[key]} and {iso2}",
                    where=f"line {line}",
                )
    return _Table(rows, keys)


def to_iso2(text: str | None) -> str | None:
    """ISO2 code for a code (ISO2/ISO3, any case), English name, alias or RU/ZH name; else None."""
    if not text:
        return None
    return _table().keys.get(normalize_country(text))


def country_name(iso2: str) -> str:
    """English short name of an ISO2 code (any case); KeyError for an unknown code."""
    return _table().rows[iso2.upper()].name


@cache
def all_iso2() -> frozenset[str]:
    """Every ISO2 code in the table (ISO 3166-1 plus XK, and the historic AN)."""
    return frozenset(_table().rows)


def iso2_expr(col: str | pl.Expr) -> pl.Expr:
    """Vectorised :func:`to_iso2` over a string column: null where nothing matches."""
    expr = pl.col(col) if isinstance(col, str) else col
    keys = _table().keys
    return _normalize_expr(expr).replace_strict(
        old=list(keys), new=list(keys.values()), default=None, return_dtype=pl.String
    )


def split_countries(text: str | None) -> list[str]:
    """ISO2 codes of a multi-country cell, in order, de-duplicated, unknown parts dropped.

    Splits on ``; | tab newline`` first. Within a part, commas split only where the pieces
    resolve: the longest run of comma pieces that is a known spelling wins, so
    ``Korea, North, Iran`` gives KP, IR. A piece that is not a spelling may still be several
    codes split by spaces (``AE KG``) or spellings split by ``/`` (``AE/Kyrgyzstan``).
    """
    if not text:
        return []
    out: dict[str, None] = {}
    for part in _PART_SEP_RE.split(text):
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        i = 0
        while i < len(pieces):
            for j in range(min(len(pieces), i + _MAX_COMMA_PIECES), i, -1):
                codes = _resolve_piece(", ".join(pieces[i:j]))
                if codes:
                    out.update(dict.fromkeys(codes))
                    i = j
                    break
            else:
                i += 1  # an unknown piece: drop it
    return list(out)


def _resolve_piece(piece: str) -> list[str]:
    """One spelling, spellings split by ``/``, or codes split by spaces (all must resolve)."""
    code = to_iso2(piece)
    if code is not None:
        return [code]
    slashed = piece.split("/")
    spaced = piece.split()
    if len(slashed) > 1:
        candidates = slashed
    elif len(spaced) > 1 and all(_CODE_RE.fullmatch(t) for t in spaced):
        candidates = spaced
    else:
        return []
    codes = [to_iso2(c) for c in candidates]
    return [c for c in codes if c is not None] if all(codes) else []
