"""Token similarity: the per-token rule, as a plain reference function and a vectorised twin.

Equal tokens score 1; numbers only match equal numbers; short tokens and initials never match
fuzzily (an initial matches a word's first letter); legal forms only match legal forms; other
tokens score their Indel similarity (rapidfuzz ``fuzz.ratio``) raised to a floor when one is a
prefix of the other or both share a phonetic key, and count only above a minimum.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import Any

import jellyfish
import numpy as np
import polars as pl
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Indel, Levenshtein
from rapidfuzz.process import cpdist

from screening.match.features import MatchConfig
from screening.normalize.vocab import is_pinyin_word

PREFIX_MIN_LEN = 5
"""An abbreviation must keep at least this much of the word (shorter ones, "tech", "intl", are in
the vocabulary; "tian" is no abbreviation of "tiansen")."""
PHONETIC_MIN_LEN = 4
"""Three-letter tokens ("yan"/"yun", "isi"/"isa") share phonetic keys by accident."""


TYPO_MIN_LEN = 4


KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOUR_PAIRS = frozenset(
    pair for row in KEYBOARD_ROWS for a, b in pairwise(row) for pair in (a + b, b + a)
)
"""Letters of side-by-side keys on a QWERTY keyboard, both orders ("as", "sa", ...): a finger
slipping sideways, the commonest typing error. Names differing by other letters ("Omar" / "Omer",
"Hala" / "Hana") are other names."""


def _slip(a: str, b: str) -> str:
    """"swap" (adjacent letters exchanged), "gap" (one letter dropped or added), "key" (one letter
    replaced by the key beside it: "Rezs"/"Reza", "Bsnk"/"Bank") or ""."""
    if Indel.distance(a, b) == 1:
        return "gap"
    if len(a) == len(b) and OSA.distance(a, b) == 1:
        if Levenshtein.distance(a, b) == 2:
            return "swap"  # a substitution costs 1 in both OSA and Levenshtein; a swap 1 and 2
        at = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
        return "key" if a[at] + b[at] in NEIGHBOUR_PAIRS else ""
    return ""


@cache
def phonetic(token: str) -> str:
    """Metaphone key of a token ("" for tokens with digits or under 3 chars)."""
    if len(token) < 3 or not token.isalpha():
        return ""
    return str(jellyfish.metaphone(token))


FEMININE = ("ova", "eva", "ina", "aya")
"""Slavic surnames and patronymics in their feminine form ("Lebedeva" / "Lebedev", "Petrovna"):
a different person, never a typo."""


def masculine(token: str) -> str:
    """The masculine form of a Slavic feminine ending, else the token ("lebedeva" -> "lebedev")."""
    if len(token) > 5 and token.endswith(FEMININE):
        return token[:-3] + ("iy" if token.endswith("aya") else token[-3:-1])
    return token


def gendered(a: str, b: str) -> bool:
    """The feminine and masculine forms of one given name ("Ivana"/"Ivan", "Evgeniya"/"Evgeny",
    "Karima"/"Karim"): two different people, not a typo. Applied to person names only."""
    if a.endswith("a") == b.endswith("a"):
        return False
    fem, masc = (a, b) if a.endswith("a") else (b, a)
    stem = masc.rstrip("iy").lstrip("y")  # "Yevgeniy" / "Evgeniya": a leading y is romanisation
    return len(stem) >= 3 and fem[:-1].rstrip("iy").lstrip("y") == stem


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


def token_similarity(a: str, kind_a: str, b: str, kind_b: str, cfg: MatchConfig) -> float:
    """Reference implementation of the token rule (one pair; used by tests and compare)."""
    if a == b:
        return 1.0
    if masculine(a) == masculine(b):
        return 0.0
    if "number" in (kind_a, kind_b):
        return 0.0
    if kind_a == "legal" or kind_b == "legal":
        return cfg.legal_mismatch_similarity if kind_a == kind_b else 0.0
    if kind_a == "initial" or kind_b == "initial":
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        return cfg.initial_similarity if len(short) == 1 and long_[0] == short else 0.0
    if min(len(a), len(b)) <= cfg.short_token_len:
        return 0.0
    slip = _slip(a, b)
    if "syllable" in (kind_a, kind_b):
        # a slip of a pinyin word spells no valid word; an Arabic-script skeleton one letter off
        # ("hsn"/"mhsn"), or two valid syllables ("lin"/"ling"), are different names
        one_off = slip != "" and is_pinyin_word(a) != is_pinyin_word(b)
        return cfg.typo_similarity if one_off else 0.0
    sim = fuzz.ratio(a, b) / 100.0
    if slip in ("swap", "key") and min(len(a), len(b)) >= TYPO_MIN_LEN:
        sim = max(sim, cfg.typo_similarity)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= PREFIX_MIN_LEN and long_.startswith(short):
        sim = max(sim, cfg.prefix_similarity)
    pa, pb = phonetic(a), phonetic(b)
    if pa and pa == pb and min(len(a), len(b)) >= PHONETIC_MIN_LEN and sim >= cfg.phonetic_min_ratio:
        sim = max(sim, cfg.phonetic_similarity)
    return sim if sim >= cfg.token_min_similarity else 0.0


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
