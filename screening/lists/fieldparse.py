"""Cell-level parsing shared by the list readers: enumerations, scripts, countries, id values.

Official lists pack several values into one cell ("(1) 12/03/1961 (2) 1962", "a) Iran, b) Iraq",
"Passport No: 592667 (Qatari)"). These helpers turn such cells into the canonical values of
``LIST_ENTRY`` (ISO2 codes, alias structs, identifier values) the same way for every reader, so a
quirk is fixed once. Dates: :mod:`screening.lists.dates`; identifier types and the ``IDENTIFIER``
struct: :mod:`screening.lists.id_labels`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from screening.countries import split_countries

# "(1) x (2) y", "1) x 2) y", "(a) x; (b) y", "a) x, b) y": a marker at the start or after a
# separator, followed by a space.
_ENUM = re.compile(r"(?:^|(?<=[\s;,]))\(?(?:\d{1,2}(?:-\d{1,2})?|[a-z])\)\s*")
_NOW = re.compile(r"\b(?:now|currently)\b\W*(?P<rest>[^()]+)", re.IGNORECASE)
_PAREN = re.compile(r"^(?P<outer>[^()]+?)\s*\([^()]+\)\s*\.?$")
_ID_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9\-/.]*\d[A-Z0-9\-/.]*", re.IGNORECASE)
_PARENS = re.compile(r"\([^()]*\)")
_DIGIT_GROUPS = re.compile(r"\d{1,4}(?: \d{1,4}){2,}")
_QUOTES = "\"'“”‘’"


def clean(value: object) -> str:
    """A cell as text: ``None`` → ``""``, whitespace collapsed, one pair of wrapping double
    quotes removed (``"X"`` → ``X``, but ``"A" and "B"`` stays)."""
    if not value:
        return ""
    text = " ".join(str(value).split())
    if len(text) >= 2 and text[0] == text[-1] == '"' and '"' not in text[1:-1]:
        text = text[1:-1].strip()
    return text


def uniq(values: Iterable[str | None]) -> list[str]:
    """Non-empty values in first-seen order, without repeats."""
    return list(dict.fromkeys(v for v in values if v))


def split_enumerated(text: str) -> list[str]:
    """Items of a cell enumerated as ``(1) x (2) y`` / ``a) x, b) y``; else the ``;`` parts."""
    text = clean(text)
    if not text:
        return []
    parts = _ENUM.split(text) if _ENUM.match(text) else text.split(";")
    return uniq(p.strip(" ;,.") for p in parts)


def is_latin(text: str) -> bool:
    """True when every letter is Latin (basic, Latin-1, extended A/B, extended additional)."""
    return text.isascii() or all(
        ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in text if c.isalpha()
    )


def alias(name: str, quality: str) -> dict[str, str]:
    """An ``ALIAS`` struct; names in a non-Latin script are ``original_script`` whatever the
    source calls them, so matching can route them through transliteration."""
    return {"name": name, "quality": quality if is_latin(name) else "original_script"}


def aliases(primary: str, named: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    """``ALIAS`` structs for ``(name, quality)`` pairs: the primary name and repeats dropped,
    the first quality given for a name kept."""
    seen = {primary}
    out = []
    for name, quality in named:
        name = clean(name)
        if name and name not in seen:
            seen.add(name)
            out.append(alias(name, quality))
    return out


@cache
def countries_in(text: str) -> tuple[str, ...]:
    """ISO2 codes named by a country cell, including enumerated and qualified forms.

    ``(1) Central African Republic (2) Sudan`` → CF, SD; ``Afghanistan (since 2009)`` → AF (a
    qualifier the country table does not know is dropped); ``Congo (Democratic Republic)`` → CD
    (OFSI's spelling, in the table); ``Former USSR (now Belarus)`` → BY (today's country).
    Unknown spellings give nothing.
    """
    out: list[str] = []
    for part in split_enumerated(text) or [text]:
        if now := _NOW.search(part):
            part = now["rest"].strip(" ).,")
        codes = split_countries(part)
        if not codes and (m := _PAREN.match(part)):
            codes = split_countries(m["outer"])
        out += codes
    return tuple(uniq(out))


def countries_of(cells: Iterable[str | None]) -> list[str]:
    """ISO2 codes of several country cells, first-seen order, no repeats."""
    return uniq(code for cell in cells if cell for code in countries_in(clean(cell)))


def parentheticals(text: str) -> list[str]:
    """The texts inside (non-nested) parentheses: ``A (B) C (D)`` → ``["B", "D"]``."""
    return [p[1:-1].strip() for p in _PARENS.findall(text)]


def without_parentheticals(text: str) -> str:
    """``A (B) C`` → ``A C``."""
    return clean(_PARENS.sub(" ", text))


def strip_quotes(text: str) -> str:
    """``‘Name’`` → ``Name``: typographic quotes around a whole value are not part of it."""
    text = clean(text)
    while len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    return text


def id_values(kind: str, cell: str) -> list[str]:
    """Identifier values of a cell (see :func:`id_pairs`)."""
    return uniq(value for value, _ in id_pairs(kind, cell))


def id_pairs(kind: str, cell: str) -> list[tuple[str, str | None]]:
    """``(value, country)`` per identifier in a cell.

    Phones, e-mails and websites are taken as written. Document numbers are cut out of their
    prose: per enumerated part, parentheticals are dropped (a country in one is kept) and the
    longest token with a digit is the value (``Passport No: 592667 (Qatari ...)`` → ``592667``,
    ``C2002515 (Iran)`` → ``C2002515``, IR); a number written in digit groups is joined.
    """
    if kind == "phone":
        return [(p, None) for p in split_enumerated(cell)]
    if kind in ("email", "website"):
        words = (t.strip(",;()") for t in cell.split())
        kept = uniq(t for t in words if "@" in t or (kind == "website" and "." in t))
        return [(t, None) for t in kept]
    out: list[tuple[str, str | None]] = []
    for part in split_enumerated(cell):
        bare = without_parentheticals(part)
        if _DIGIT_GROUPS.fullmatch(bare):
            value = bare.replace(" ", "")
        else:
            tokens = [t.strip("./-") for t in _ID_TOKEN.findall(bare.removeprefix("IMO"))]
            value = max((t for t in tokens if len(t) >= 4), key=len, default="")
        if value:
            codes = [c for inner in parentheticals(part) for c in countries_in(inner)]
            out.append((value, codes[0] if codes else None))
    return out
