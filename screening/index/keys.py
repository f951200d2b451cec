"""Blocking keys: how a misspelt query token finds the list tokens it may be.

Per distinct token: the token itself, its phonetic key (``~`` + metaphone), and every
single-character deletion (``-`` + variant) for tokens of 4+ characters, so any two tokens
within one edit (insert, delete, substitute, transpose) share a key. Keys are computed per
distinct token, never per record or pair.
"""

from __future__ import annotations

import polars as pl

from screening.match.similarity import phonetic

INDEXED_KINDS = ("word", "common", "syllable", "number", "patronymic")
"""Only distinctive tokens generate candidates; business words, qualifiers, places, legal forms,
particles and initials still count in scoring (and in the candidate bound) but never find
candidates alone."""

MIN_INDEXED_LEN = 3
"""One- and two-letter tokens ("yu", "cv") match only exactly and would pull in thousands of
names each; whole-name keys still find names made of them."""

FALLBACK_KINDS = ("place", "generic", "qualifier")
"""Names with no distinctive token at all ("China North Industries Group Corporation Limited")
find candidates through these instead, so a typo in them is still found."""

MIN_DELETE_LEN = 4


def searchable(tokens: pl.DataFrame) -> pl.DataFrame:
    """The rows of a token frame that generate candidates: distinctive tokens, or for a name
    without any, its places, business words and qualifiers (3+ letters each)."""
    long_enough = pl.col("token").str.len_chars() >= MIN_INDEXED_LEN
    distinctive = pl.col("kind").is_in(INDEXED_KINDS) & long_enough
    fallback = pl.col("kind").is_in(FALLBACK_KINDS) & long_enough
    has_distinctive = distinctive.any().over("name_id")
    return tokens.filter(distinctive | (fallback & ~has_distinctive))


def token_keys(tokens: list[str]) -> pl.DataFrame:
    """``key, token`` rows for distinct ``tokens``."""
    keys: list[str] = []
    owners: list[str] = []
    for tok in tokens:
        variants = {tok}
        ph = phonetic(tok)
        if ph:
            variants.add("~" + ph)
        if len(tok) >= MIN_DELETE_LEN:
            variants.update("-" + tok[:i] + tok[i + 1 :] for i in range(len(tok)))
        if len(tok) >= MIN_DELETE_LEN - 1:  # "tun" meets the deletions of "htun"
            variants.add("-" + tok)
        keys.extend(variants)
        owners.extend([tok] * len(variants))
    return pl.DataFrame({"key": keys, "token": owners}, schema={"key": pl.Utf8, "token": pl.Utf8})


def name_keys(names: pl.DataFrame) -> pl.DataFrame:
    """Whole-name keys ``key, name_id``: sorted distinct tokens, their sorted phonetic keys, and
    the compact form (all tokens but legal forms, without spaces).

    They find names made only of common tokens ("Mohammad Ali"), which token keys skip, and
    names whose word boundaries differ ("ZHAO Wei" / "ZHAOWEI").
    """
    toks = names.select("name_id", "tokens", "kinds").explode("tokens", "kinds", empty_as_null=False).filter(
        pl.col("kinds") != "legal"
    )
    uniq = toks["tokens"].drop_nulls().unique().to_list()
    ph = pl.DataFrame({"tokens": uniq, "ph": [phonetic(t) or t for t in uniq]},
                      schema={"tokens": pl.Utf8, "ph": pl.Utf8})
    toks = toks.join(ph, on="tokens", how="left")
    by_name = toks.group_by("name_id").agg(
        exact=pl.col("tokens").unique().sort().str.join(" "),
        sound=pl.col("ph").unique().sort().str.join(" "),
    )
    compact = names.select(pl.format("#{}", "compact").alias("key"), "name_id")
    return pl.concat(
        [
            by_name.select(pl.format("={}", "exact").alias("key"), "name_id"),
            by_name.select(pl.format("~{}", "sound").alias("key"), "name_id"),
            compact,
        ]
    ).filter(pl.col("key").str.len_chars() > 1)  # a prefix and at least one character: "=a7"
    # finds "Limited Liability Company A7", whose only other token is a legal form
