"""The token rule of ``similarity.py`` as polars column expressions, over many token pairs at once.

Only pairs that can score go through the rule chain (equal tokens, two legal forms, initials,
pairs whose lengths allow a fuzzy credit); edit distances are computed in one rapidfuzz batch,
and only where the ratio leaves room for a slip. A property test checks the twin against the
reference scorer.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Indel, Levenshtein
from rapidfuzz.process import cpdist

from screening.match.features import MatchConfig
from screening.match.similarity import (
    NEIGHBOUR_PAIRS,
    PHONETIC_MIN_LEN,
    PREFIX_MIN_LEN,
    TYPO_MIN_LEN,
    phonetic,
)
from screening.normalize.vocab import is_pinyin_word


def token_similarity_frame(pairs: pl.DataFrame, cfg: MatchConfig) -> pl.Series:
    """Vectorised :func:`token_similarity` over columns ``qt, qk, ct, ck`` (tokens and kinds)."""
    if pairs.height == 0:
        return pl.Series("sim", [], dtype=pl.Float64)
    qlen, clen = pl.col("qt").str.len_chars(), pl.col("ct").str.len_chars()
    frame = pairs.select("qt", "qk", "ct", "ck").with_row_index("_row")
    # only pairs that can reach a fuzzy credit need the edit-distance ratio: equal tokens, numbers,
    # legal forms, initials, short tokens and syllables are decided by rule; and two tokens whose
    # lengths differ too much cannot reach the minimum ratio unless one is a prefix
    fixed = (
        (pl.col("qt") == pl.col("ct"))
        | pl.col("qk").is_in(NON_FUZZY) | pl.col("ck").is_in(NON_FUZZY)
        | (pl.min_horizontal(qlen, clen) <= cfg.short_token_len)
    )
    syllable = (pl.col("qk") == "syllable") | (pl.col("ck") == "syllable")
    near = (qlen.cast(pl.Int64) - clen.cast(pl.Int64)).abs() <= 1  # lengths are unsigned
    lengths_ok = 2 * pl.min_horizontal(qlen, clen) >= cfg.token_min_similarity * (qlen + clen)
    prefix = _prefix_expr(qlen, clen)
    can_fuzz = (~fixed & (lengths_ok | prefix)) | (
        syllable & near & (pl.col("qt") != pl.col("ct"))
        & (pl.min_horizontal(qlen, clen) > cfg.short_token_len)
    )
    is_initial = (pl.col("qk") == "initial") | (pl.col("ck") == "initial")
    # every other pair scores 0: only these rows go through the rule chain below
    live = (pl.col("qt") == pl.col("ct")) | (pl.col("qk") == "legal") & (pl.col("ck") == "legal")
    total = frame.height
    frame = frame.filter(live | is_initial | can_fuzz)
    fuzzy_rows = frame.filter(can_fuzz).select("_row", "qt", "ct", syllable=syllable, prefix=prefix)
    fuzzy_rows = fuzzy_rows.with_columns(ratio=_pairwise(fuzzy_rows, fuzz.ratio) / 100.0)
    # the slips (swap, gap, key) and the phonetic floor need a ratio of 0.7 or more, except for
    # syllables (a swap in three letters is 0.67) and prefixes: the distances only for those
    slips = fuzzy_rows.filter(
        pl.col("syllable") | pl.col("prefix") | (pl.col("ratio") >= SLIP_MIN_RATIO)
    )
    slips = slips.with_columns(
        indel=_pairwise(slips, Indel.distance).cast(pl.Int64),
        osa=_pairwise(slips, OSA.distance).cast(pl.Int64),
        lev=_pairwise(slips, Levenshtein.distance).cast(pl.Int64),
    )
    slips = slips.with_columns(key=_key_slip(slips))
    fuzzy_rows = fuzzy_rows.join(
        slips.select("_row", "indel", "osa", "lev", "key"), on="_row", how="left",
        maintain_order="left",
    )
    uniq = pl.concat([fuzzy_rows["qt"], fuzzy_rows["ct"]]).unique()
    words = uniq.to_list()
    keys = pl.DataFrame(
        {"t": words, "p": [phonetic(t) for t in words], "py": [is_pinyin_word(t) for t in words]},
        schema={"t": pl.Utf8, "p": pl.Utf8, "py": pl.Boolean},
    )
    frame = (
        frame.join(fuzzy_rows.select("_row", "ratio", "indel", "osa", "lev", "key"), on="_row",
                   how="left", maintain_order="left")
        .with_columns(pl.col("ratio").fill_null(0.0), pl.col("indel", "osa", "lev").fill_null(-1),
                      pl.col("key").fill_null(False))
        .join(keys.rename({"t": "qt", "p": "qp", "py": "qpy"}), on="qt", how="left",
              maintain_order="left")
        .join(keys.rename({"t": "ct", "p": "cp", "py": "cpy"}), on="ct", how="left",
              maintain_order="left")
    )
    swap = (qlen == clen) & (pl.col("osa") == 1) & (pl.col("lev") == 2)
    gap = pl.col("indel") == 1
    key = pl.col("key")
    short = pl.when(qlen <= clen).then(pl.col("qt")).otherwise(pl.col("ct"))
    long_ = pl.when(qlen <= clen).then(pl.col("ct")).otherwise(pl.col("qt"))
    fuzzy = pl.max_horizontal(
        pl.col("ratio"),
        pl.when((swap | key) & (pl.min_horizontal(qlen, clen) >= TYPO_MIN_LEN))
        .then(cfg.typo_similarity).otherwise(0.0),
        pl.when(prefix).then(cfg.prefix_similarity).otherwise(0.0),
        pl.when((pl.col("qp").fill_null("") != "") & (pl.col("qp") == pl.col("cp"))
                & (pl.min_horizontal(qlen, clen) >= PHONETIC_MIN_LEN)
                & (pl.col("ratio") >= cfg.phonetic_min_ratio))
        .then(cfg.phonetic_similarity)
        .otherwise(0.0),
    )
    fuzzy = pl.when(fuzzy >= cfg.token_min_similarity).then(fuzzy).otherwise(0.0)
    sim = (
        pl.when(pl.col("qt") == pl.col("ct"))
        .then(1.0)
        .when(_masculine(pl.col("qt")) == _masculine(pl.col("ct")))
        .then(0.0)
        .when((pl.col("qk") == "number") | (pl.col("ck") == "number"))
        .then(0.0)
        .when((pl.col("qk") == "legal") & (pl.col("ck") == "legal"))
        .then(cfg.legal_mismatch_similarity)
        .when((pl.col("qk") == "legal") | (pl.col("ck") == "legal"))
        .then(0.0)
        .when(is_initial)
        .then(
            pl.when((short.str.len_chars() == 1) & (long_.str.slice(0, 1) == short))
            .then(cfg.initial_similarity)
            .otherwise(0.0)
        )
        .when(pl.min_horizontal(qlen, clen) <= cfg.short_token_len)
        .then(0.0)
        .when(syllable)
        .then(
            pl.when((swap | gap | key)
                    & (pl.col("qpy").fill_null(False) != pl.col("cpy").fill_null(False)))
            .then(cfg.typo_similarity)
            .otherwise(0.0)
        )
        .otherwise(fuzzy)
    )
    scored = frame.select("_row", sim.alias("sim"))
    out = np.zeros(total, dtype=np.float64)
    out[scored["_row"].to_numpy()] = scored["sim"].to_numpy()
    return pl.Series("sim", out, dtype=pl.Float64)


SLIP_MIN_RATIO = 0.7
"""Below this Indel ratio no slip credit can apply to tokens of four or more letters (a swap or a
neighbouring key in four letters is 0.75, a dropped letter more), nor the phonetic floor."""


def _pairwise(rows: pl.DataFrame, scorer: Any) -> pl.Series:
    """``scorer`` over the ``qt``/``ct`` columns of ``rows``, pair by pair, in one batch."""
    if rows.height == 0:
        return pl.Series([], dtype=pl.Float64)
    values = cpdist(rows["qt"].to_list(), rows["ct"].to_list(), scorer=scorer, workers=-1)
    return pl.Series(np.asarray(values, dtype=np.float64))


NON_FUZZY = ("number", "legal", "initial", "syllable")
"""Token kinds decided by rule, without an edit-ratio credit (syllables only get the one-slip
credit)."""


def _key_slip(rows: pl.DataFrame) -> pl.Expr:
    """Column twin of the "key" slip over ``rows`` (``qt, ct, lev``): equal lengths, one letter
    different (``lev`` 1), and that letter pair side by side on the keyboard. The differing
    position is the first k whose letters differ."""
    longest = rows.select(pl.col("qt").str.len_chars().max()).item() or 0
    firsts: list[pl.Expr] = [
        pl.when(pl.col("qt").str.slice(k, 1) != pl.col("ct").str.slice(k, 1)).then(pl.lit(k))
        for k in range(longest)
    ]
    at = pl.coalesce(firsts or [pl.lit(None, dtype=pl.Int64)])
    pair = pl.col("qt").str.slice(at, 1) + pl.col("ct").str.slice(at, 1)
    one = (pl.col("qt").str.len_chars() == pl.col("ct").str.len_chars()) & (pl.col("lev") == 1)
    return (one & pair.is_in(sorted(NEIGHBOUR_PAIRS))).fill_null(False)


def _prefix_expr(qlen: pl.Expr, clen: pl.Expr) -> pl.Expr:
    """One token (at least PREFIX_MIN_LEN long) is a prefix of the other."""
    q_short = (qlen <= clen) & (qlen >= PREFIX_MIN_LEN) & pl.col("ct").str.starts_with(pl.col("qt"))
    c_short = (clen < qlen) & (clen >= PREFIX_MIN_LEN) & pl.col("qt").str.starts_with(pl.col("ct"))
    return q_short | c_short


def _masculine(col: pl.Expr) -> pl.Expr:
    """Column twin of :func:`masculine`."""
    long_ = col.str.len_chars() > 5
    aya = col.str.ends_with("aya")
    fem = col.str.ends_with("ova") | col.str.ends_with("eva") | col.str.ends_with("ina")
    stem = col.str.slice(0, col.str.len_chars() - 3)
    return (
        pl.when(long_ & aya).then(stem + "iy")
        .when(long_ & fem).then(stem + col.str.slice(col.str.len_chars() - 3, 2))
        .otherwise(col)
    )


def gendered_expr(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """Column twin of :func:`gendered`."""
    a_fem, b_fem = a.str.ends_with("a"), b.str.ends_with("a")
    fem = pl.when(a_fem).then(a).otherwise(b)
    masc = pl.when(a_fem).then(b).otherwise(a)
    stem = masc.str.strip_chars_end("iy").str.strip_chars_start("y")
    fem_stem = (
        fem.str.slice(0, fem.str.len_chars() - 1).str.strip_chars_end("iy").str.strip_chars_start("y")
    )
    return (a_fem != b_fem) & (stem.str.len_chars() >= 3) & (fem_stem == stem)
