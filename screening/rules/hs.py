"""HS codes: normalisation, validation of rule codes, HS2017→HS2022 crosswalk, prefix matching.

Records carry codes every way there is (``8542.31``, ``8542 31 00``, ``85423100-90``); both rules
and records are reduced to their digits. A rule code of 4/6/8/10 digits matches every record code
that starts with it, so ``8806`` catches ``880621`` and the national ``8806100010``.

The CHPL and most rules are written in HS2022. Records still declared in HS2017 are mapped for
the few codes the facts file lists (a code that no longer exists in HS2022 maps to its successor;
``854150`` split into two, so a record may carry a primary and an alternative HS2022 code).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import polars as pl

from screening.rules.vocab import Status

RULE_CODE_LENGTHS = (4, 6, 8, 10)


@dataclass(frozen=True)
class Crosswalk:
    """One HS2017 subheading that does not exist in HS2022, and where its goods went."""

    hs2017: str
    hs2022: tuple[str, ...]
    status: Status
    source: str


CROSSWALK: tuple[Crosswalk, ...] = (
    Crosswalk("854150", ("854151", "854159"), Status.secondary, "repo_hs_bridge"),
    Crosswalk("880330", ("880730",), Status.secondary, "etoolsage_jp_88"),
    Crosswalk("854890", ("854800",), Status.unverified, "facts: hs2017_crosswalk_notes"),
)
"""From the facts file's ``hs2017_crosswalk_notes``. Not applied: HS2017 ``8802`` → ``8806``
(UAVs), because 8802 still exists for manned aircraft and a blanket mapping would call every
helicopter a drone."""

_BY_HS2017 = {c.hs2017: c for c in CROSSWALK}
_NON_DIGIT = re.compile(r"\D")
_SEPARATORS = re.compile(r"[\s.\-]")


def digits(code: str | None) -> str | None:
    """The digits of a record's code (``"8542.31 00"`` → ``"85423100"``); None when there are none."""
    if code is None:
        return None
    out = _NON_DIGIT.sub("", code)
    return out or None


def parse_rule_code(raw: str) -> tuple[str | None, str | None]:
    """``(digits, None)`` for a valid rule code, ``(None, problem)`` otherwise.

    Rule codes may contain dots and spaces only; they must have 4, 6, 8 or 10 digits, start with
    a chapter 01–97, and exist in HS2022 (an HS2017-only code names its successors instead).
    """
    text = _SEPARATORS.sub("", raw.strip())
    if not text.isdigit() or not text.isascii():
        return None, f"HS code {raw!r} must contain digits, dots and spaces only"
    if len(text) not in RULE_CODE_LENGTHS:
        return None, f"HS code {raw!r} has {len(text)} digits; expected 4, 6, 8 or 10"
    if not 1 <= int(text[:2]) <= 97:
        return None, f"HS code {raw!r}: chapter {text[:2]} does not exist (01-97)"
    step = _BY_HS2017.get(text[:6])
    if step is not None:
        succ = " or ".join(step.hs2022)
        return None, f"HS code {raw!r} is HS2017 {step.hs2017}, gone in HS2022: use {succ}"
    return text, None


def hs_codes(code: str | None) -> tuple[str | None, str | None]:
    """(primary, alternative) HS2022 digits of a record's code: the twin of :func:`normalized_exprs`."""
    found = digits(code)
    if found is None:
        return None, None
    step = _BY_HS2017.get(found[:6])
    if step is None:
        return found, None
    return step.hs2022[0], (step.hs2022[1] if len(step.hs2022) > 1 else None)


def normalized_exprs(col: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(primary, alternative) HS2022 digit strings of a record column; alternative mostly null."""
    raw = col.cast(pl.Utf8).str.replace_all(r"\D", "")
    code = pl.when(raw.str.len_bytes() > 0).then(raw)
    six = code.str.slice(0, 6)
    first = {c.hs2017: c.hs2022[0] for c in CROSSWALK}
    second = {c.hs2017: c.hs2022[1] for c in CROSSWALK if len(c.hs2022) > 1}
    primary = (
        pl.when(six.is_in(list(first)))
        .then(six.replace_strict(first, default=None, return_dtype=pl.Utf8))
        .otherwise(code)
    )
    alternative = six.replace_strict(second, default=None, return_dtype=pl.Utf8)
    return primary, alternative


def _by_length(codes: Iterable[str]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for code in sorted(set(codes)):
        out.setdefault(len(code), []).append(code)
    return out


def prefix_match(code: pl.Expr, codes: Iterable[str]) -> pl.Expr:
    """True where ``code`` starts with one of ``codes``; null where ``code`` is null."""
    parts = [code.str.slice(0, n).is_in(group) for n, group in _by_length(codes).items()]
    if not parts:
        return pl.when(code.is_not_null()).then(pl.lit(False))
    return pl.any_horizontal(parts)


def prefix_label(code: pl.Expr, labels: Mapping[str, str]) -> pl.Expr:
    """The label of the longest listed prefix of ``code`` (null when none matches)."""
    lookups = [
        code.str.slice(0, n).replace_strict(
            {c: labels[c] for c in group}, default=None, return_dtype=pl.Utf8
        )
        for n, group in sorted(_by_length(labels).items(), reverse=True)
    ]
    return pl.coalesce(lookups) if lookups else pl.lit(None, pl.Utf8)


def crosswalk_note(code: pl.Expr) -> pl.Expr:
    """``" (HS2017 854150 → HS2022 854151/854159)"`` for HS2017-only record codes, else ``""``."""
    six = code.cast(pl.Utf8).str.replace_all(r"\D", "").str.slice(0, 6)
    notes = {
        c.hs2017: f" (HS2017 {c.hs2017} → HS2022 {'/'.join(c.hs2022)}"
        + (", crosswalk unverified)" if c.status is Status.unverified else ")")
        for c in CROSSWALK
    }
    return six.replace_strict(notes, default="", return_dtype=pl.Utf8)
