"""A compiled condition: a boolean expression, an explanation expression and a readable form.

``fired`` is three-valued (null = unknown because an input is missing); ``explain`` is the text
naming the triggering values, null where the node did not fire; ``role`` (party conditions
only) names the party role that fired. Helpers here combine per-field results the same way
everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import polars as pl

from screening.rules.countries import Hit
from screening.rules.text import WORD_REST, is_prefix_pattern, is_regex_pattern


@dataclass(frozen=True)
class Compiled:
    """One node of a compiled tree."""

    fired: pl.Expr
    explain: pl.Expr
    describe: str
    role: pl.Expr | None = None


def unknown(describe: str) -> Compiled:
    """A leaf that cannot be evaluated on this batch (a column it needs is missing)."""
    null = pl.lit(None, dtype=pl.Boolean)
    return Compiled(null, pl.lit(None, pl.Utf8), describe)


def masked(fired: pl.Expr, explain: pl.Expr) -> pl.Expr:
    """``explain`` where ``fired`` is true, else null."""
    return pl.when(fired.fill_null(False)).then(explain).otherwise(pl.lit(None, pl.Utf8))


def any_known(parts: Sequence[pl.Expr]) -> pl.Expr:
    """True if any part is true; false if none is but some part is known; null if all unknown."""
    if len(parts) == 1:
        return parts[0]
    known = pl.any_horizontal(p.is_not_null() for p in parts)
    return pl.when(known).then(pl.any_horizontal(p.fill_null(False) for p in parts))


def join_texts(parts: Sequence[pl.Expr], sep: str = "; ") -> pl.Expr:
    """The non-null texts of ``parts`` joined by ``sep`` (null when all are null)."""
    if len(parts) == 1:
        return parts[0]
    joined = pl.concat_str(parts, separator=sep, ignore_nulls=True)
    return pl.when(joined.str.len_bytes() > 0).then(joined)


def label_of(key: pl.Expr, hits: Mapping[str, Hit]) -> pl.Expr:
    """Look up the explanation label of a matched key (pattern, ISO code, HS code)."""
    return key.replace_strict({k: h.label for k, h in hits.items()}, default=None,
                              return_dtype=pl.Utf8)


def quoted(expr: pl.Expr) -> pl.Expr:
    """``"value"`` for an explanation (the value as text, in double quotes)."""
    return pl.concat_str([pl.lit('"'), expr.cast(pl.Utf8), pl.lit('"')])


def word_extract(tokens: pl.Expr, patterns: Sequence[str]) -> pl.Expr:
    """The text a keyword matched (a prefix keyword extends to the end of its word)."""
    parts = [p + (WORD_REST if is_prefix_pattern(p) else "") for p in patterns]
    return tokens.str.extract("(" + "|".join(parts) + ")", 1).str.strip_chars(" ")


def keyword_match(tokens: pl.Expr, hits: Mapping[str, Hit]) -> tuple[pl.Expr, pl.Expr, pl.Expr]:
    """(found, matched text, label) of compiled keywords in a token-text column.

    Literal keywords run as one Aho-Corasick scan, the few with inner prefixes as one regex.
    The label is looked up on the matched text itself, so text and label always agree.
    """
    ordered = sorted(hits, key=len, reverse=True)  # at one position, the longest keyword wins
    literals = [p for p in ordered if not is_regex_pattern(p)]
    regexes = [p for p in ordered if is_regex_pattern(p)]
    found: list[pl.Expr] = []
    if literals:
        found.append(tokens.str.contains_any(literals))
    if regexes:
        found.append(tokens.str.contains("(?:" + "|".join(regexes) + ")"))
    word = word_extract(tokens, ordered)
    padded = pl.concat_str([pl.lit(" "), word, pl.lit(" ")])
    labels = [label_of(padded.str.extract_many(literals).list.first(), hits)] if literals else []
    labels += [pl.when(padded.str.contains(rx)).then(pl.lit(hits[rx].label)) for rx in regexes]
    fired = found[0] if len(found) == 1 else found[0] | found[1]
    return fired, word, pl.coalesce(labels)
