"""Batched twin of ``align.py``: scores many (query name, list name) pairs with polars joins.

Tokens are interned as integer *terms* (token + kind) so every join is on integers; token pairs
of all candidate pairs are materialised once, similarities computed once per distinct term pair
(rapidfuzz ``cpdist`` for the fuzzy ones), and the greedy one-to-one alignment is done in
rounds: in each round every token pair that is the best of its query token *and* of its list
token is aligned (exactly what the sequential greedy does, with the same tie order). A handful
of rounds, never a Python loop per pair. Property tests check equality with the reference.
"""

from __future__ import annotations

import polars as pl

from screening.match.explain import explanations
from screening.match.features import DESIGNATION_KINDS, MatchConfig
from screening.match.names import DISTINCTIVE, name_stats, token_frame
from screening.match.similarity_frame import gendered_expr, token_similarity_frame

PAIR_SCORE_SCHEMA = {
    "pair_id": pl.UInt32(),
    "score": pl.Float64(),
    "token_score": pl.Float64(),
    "compact_score": pl.Float64(),
    "explanation": pl.Utf8(),
}


def _interned(qtok: pl.DataFrame, ctok: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame,
                                                               pl.DataFrame]:
    """Term table (term, token, kind) and both token frames with a ``term`` column."""
    terms = (
        pl.concat([qtok.select("token", "kind"), ctok.select("token", "kind")])
        .unique()
        .with_row_index("term")
    )
    q = qtok.join(terms, on=["token", "kind"], how="left", maintain_order="left")
    c = ctok.join(terms, on=["token", "kind"], how="left", maintain_order="left")
    return terms, q, c


_SHIFT = 1 << 32
"""A (query term, list term) pair packed into one integer: unique and join on one column."""


def _token_pairs(
    pairs: pl.DataFrame, qtok: pl.DataFrame, ctok: pl.DataFrame, cfg: MatchConfig
) -> pl.DataFrame:
    """Token pairs of every name pair (``pairs``: ``pair_id, q_id, c_id, person``) with a
    similarity; ``gendered`` marks the feminine and masculine forms of one given name in a pair
    where either name is a person's: those never align.

    The cross product of the pairs' tokens is built from ids only (a few percent of its rows
    have a similarity); weights and kinds are joined to the rows that survive."""
    terms, q, c = _interned(qtok, ctok)
    qside = pairs.select("pair_id", "person", "q_id").join(
        q.select(q_id="name_id", qi="pos", qterm="term"), on="q_id"
    )
    cside = pairs.select("pair_id", "c_id").join(
        c.select(c_id="name_id", cj="pos", cterm="term"), on="c_id"
    )
    combo = pl.col("qterm").cast(pl.UInt64) * _SHIFT + pl.col("cterm").cast(pl.UInt64)
    tp = qside.join(cside, on="pair_id").with_columns(combo=combo)
    named = (
        tp.select("combo").unique()
        .with_columns(qterm=(pl.col("combo") // _SHIFT).cast(pl.UInt32),
                      cterm=(pl.col("combo") % _SHIFT).cast(pl.UInt32))
        .join(terms.select(qterm="term", qt="token", qk="kind"), on="qterm")
        .join(terms.select(cterm="term", ct="token", ck="kind"), on="cterm")
    )
    named = named.with_columns(
        sim=token_similarity_frame(named, cfg), gendered=gendered_expr(pl.col("qt"), pl.col("ct"))
    ).filter((pl.col("sim") > 0) | pl.col("gendered"))
    return (
        tp.join(named.select("combo", "sim", "qt", "ct", "gendered"), on="combo")
        .join(q.select(q_id="name_id", qi="pos", qk="kind", qw="weight", qm="miss"),
              on=["q_id", "qi"])
        .join(c.select(c_id="name_id", cj="pos", ck="kind", cw="weight", cm="miss"),
              on=["c_id", "cj"])
        .with_columns(gendered=pl.col("gendered") & pl.col("person"))
        .drop("person", "combo", "q_id", "c_id")
    )


def greedy_rounds(tp: pl.DataFrame) -> pl.DataFrame:
    """One-to-one greedy alignment of token pairs, by mutual-best rounds.

    A token pair is the best of its query token when it comes first in (similarity desc, list
    position asc) order, the reference's tie order, and symmetrically for its list token.
    (Measured: sorting beats hash-aggregation and window versions of the same step.)
    """
    done: list[pl.DataFrame] = []
    remaining = tp
    row, col = ["pair_id", "qi"], ["pair_id", "cj"]
    while remaining.height:
        row_best = remaining.sort(
            [*row, "sim", "cj"], descending=[False, False, True, False]
        ).unique(row, keep="first")
        col_best = remaining.sort(
            [*col, "sim", "qi"], descending=[False, False, True, False]
        ).unique(col, keep="first")
        mutual = row_best.join(col_best.select("pair_id", "qi", "cj"), on=["pair_id", "qi", "cj"])
        done.append(mutual)
        remaining = remaining.join(mutual.select(row), on=row, how="anti").join(
            mutual.select(col), on=col, how="anti"
        )
    if not done:
        return tp.clear()
    return pl.concat(done)


def _capped_miss(total: str, matched: str, total_desig: str, matched_desig: str,
                 cfg: MatchConfig) -> pl.Expr:
    """Omission weight of one side's unmatched tokens, designations capped (``align._miss``)."""
    designation = pl.col(total_desig) - pl.col(matched_desig)
    return (pl.col(total) - pl.col(matched) - designation
            + pl.min_horizontal(designation, pl.lit(cfg.designation_miss_cap)))


def _combine(frame: pl.DataFrame, cfg: MatchConfig) -> pl.DataFrame:
    """The aggregate formula of ``align.combine`` as column expressions."""
    miss_q = _capped_miss("tq_miss", "mq_miss", "tq_desig", "mq_desig", cfg)
    miss_c = _capped_miss("tc_miss", "mc_miss", "tc_desig", "mc_desig", cfg)
    paired = pl.min_horizontal(pl.col("tq") - pl.col("mq"), pl.col("tc") - pl.col("mc"))
    den = (pl.col("mq") + pl.col("mc") + cfg.conflict_penalty * 2 * paired
           + cfg.omission_query_penalty * (miss_q - paired).clip(lower_bound=0.0)
           + pl.when(pl.col("qperson") | pl.col("cperson")).then(cfg.person_omission_penalty)
           .otherwise(cfg.omission_candidate_penalty) * (miss_c - paired).clip(lower_bound=0.0))
    token_score = pl.when(den > 0).then(pl.col("num") / den).otherwise(0.0)
    same_words, lossy = pl.col("wq") == pl.col("wc"), pl.col("lq") | pl.col("lc")
    floor = (  # align._compact_floor
        pl.when(lossy & same_words).then(2.0)
        .when(lossy).then(max(cfg.compact_min, cfg.compact_lossy_min))
        .when(same_words).then(cfg.compact_same_words_min)
        .otherwise(cfg.compact_min)
    )
    alt = (pl.when((pl.col("compact_score") >= floor) & ~pl.col("gender"))
           .then(pl.col("compact_score")).otherwise(0.0))
    score = pl.max_horizontal(pl.col("token_score"), alt)
    no_dist = (pl.col("dq") | pl.col("dc")) & ~pl.col("aligned_distinctive") & (alt == 0.0)
    score = pl.when(no_dist).then(pl.min_horizontal(score, cfg.no_distinctive_cap)).otherwise(score)
    num_mismatch = (pl.col("nq").list.len() > 0) & (pl.col("nc").list.len() > 0) & (
        pl.col("nq") != pl.col("nc"))
    score = pl.when(num_mismatch).then(
        pl.min_horizontal(score, cfg.number_mismatch_cap)).otherwise(score)
    cap = (pl.when(num_mismatch).then(pl.lit("number_mismatch"))
           .when(no_dist).then(pl.lit("no_distinctive")))
    empty = (pl.col("tq") == 0) | (pl.col("tc") == 0)  # a name with no tokens matches nothing
    return frame.with_columns(token_score=token_score.round(6)).with_columns(
        score=pl.when(empty).then(0.0).otherwise(score.round(6)),
        compact_score=pl.when(empty).then(0.0).otherwise(pl.col("compact_score").round(6)),
        cap=cap,
    )


def score_pairs(
    pairs: pl.DataFrame,
    qnames: pl.DataFrame,
    cnames: pl.DataFrame,
    cfg: MatchConfig,
    *,
    explain_min: float = 0.0,
    ctokens: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Score ``pairs`` (``pair_id, q_id, c_id``) of name-table rows; returns PAIR_SCORE_SCHEMA.

    Explanations are built only for pairs scoring at least ``explain_min`` (others get null):
    they cost more than the scores. ``ctokens`` is the token frame of ``cnames`` when the
    caller has it cached (the list index does).
    """
    if pairs.height == 0:
        return pl.DataFrame(schema=PAIR_SCORE_SCHEMA)
    qtok = token_frame(qnames, cfg)
    ctok = ctokens if ctokens is not None else token_frame(cnames, cfg)
    used_c = pairs.select(name_id="c_id").unique()
    ctok = ctok.join(used_c, on="name_id")
    persons = (
        pairs.join(qnames.select(q_id="name_id", qp="person"), on="q_id", how="left")
        .join(cnames.select(c_id="name_id", cp="person"), on="c_id", how="left")
        .select("pair_id", "q_id", "c_id",
                person=pl.col("qp").fill_null(False) | pl.col("cp").fill_null(False))
    )
    tp = _token_pairs(persons, qtok, ctok, cfg)
    gender = tp.filter("gendered").select("pair_id").unique().with_columns(gender=pl.lit(True))
    aligned = greedy_rounds(tp.filter(~pl.col("gendered") & (pl.col("sim") > 0)).drop("gendered"))
    agg = aligned.group_by("pair_id").agg(
        num=(pl.col("sim") * (pl.col("qw") + pl.col("cw"))).sum(),
        mq=pl.col("qw").sum(),
        mc=pl.col("cw").sum(),
        mq_miss=pl.col("qm").sum(),
        mc_miss=pl.col("cm").sum(),
        mq_desig=pl.col("qm").filter(pl.col("qk").is_in(DESIGNATION_KINDS)).sum(),
        mc_desig=pl.col("cm").filter(pl.col("ck").is_in(DESIGNATION_KINDS)).sum(),
        aligned_distinctive=(
            (pl.col("qk").is_in(DISTINCTIVE) | pl.col("ck").is_in(DISTINCTIVE))
            & (pl.col("qk") != "initial") & (pl.col("ck") != "initial")
        ).any(),
    )
    qs = name_stats(qtok).rename({"name_id": "q_id", "total_w": "tq", "total_miss": "tq_miss",
                                  "total_desig": "tq_desig", "distinctive": "dq", "numbers": "nq",
                                  "words": "wq", "lossy": "lq"})
    cs = name_stats(ctok).rename({"name_id": "c_id", "total_w": "tc", "total_miss": "tc_miss",
                                  "total_desig": "tc_desig", "distinctive": "dc", "numbers": "nc",
                                  "words": "wc", "lossy": "lc"})
    frame = (
        pairs.join(qnames.select(q_id="name_id", qc="compact", qperson="person"), on="q_id",
                   how="left", maintain_order="left")
        .join(cnames.select(c_id="name_id", cc="compact", cperson="person"), on="c_id",
              how="left", maintain_order="left")
        .with_columns(compact_score=compact_similarity("qc", "cc"))
        .join(agg, on="pair_id", how="left", maintain_order="left")
        .join(gender, on="pair_id", how="left", maintain_order="left")
        .join(qs, on="q_id", how="left", maintain_order="left")
        .join(cs, on="c_id", how="left", maintain_order="left")
        .with_columns(pl.col("num", "mq", "mc", "mq_miss", "mc_miss", "tq", "tc", "tq_miss",
                             "tc_miss", "mq_desig", "mc_desig", "tq_desig", "tc_desig")
                      .fill_null(0.0),
                      pl.col("wq", "wc").fill_null(0),
                      pl.col("aligned_distinctive", "dq", "dc", "lq", "lc", "gender")
                      .fill_null(False))
    )
    frame = _combine(frame, cfg)
    keep = frame.filter(pl.col("score") >= explain_min).select("pair_id", "q_id", "c_id")
    text = explanations(keep, aligned, qtok, ctok)
    return (
        frame.join(text, on="pair_id", how="left", maintain_order="left")
        .with_columns(explanation=pl.when(pl.col("score") >= explain_min).then(
            pl.concat_str(
                pl.col("text").fill_null(""),
                pl.when((pl.col("compact_score") >= 1.0) | (
                    (pl.col("score") == pl.col("compact_score"))
                    & (pl.col("compact_score") > pl.col("token_score")))
                ).then(pl.format("; whole-name {}", (pl.col("compact_score") * 100).round()
                                 .cast(pl.Int64))).otherwise(pl.lit("")),
                pl.when(pl.col("cap").is_not_null()).then(
                    pl.format("; capped: {}", pl.col("cap").str.replace("_", " "))
                ).otherwise(pl.lit("")),
            )))
        .select(list(PAIR_SCORE_SCHEMA))
    )


def compact_similarity(a: str, b: str) -> pl.Expr:
    """Indel similarity of two string columns (the compact forms), computed in one batch."""
    return pl.struct(a, b).map_batches(_compact_batch, return_dtype=pl.Float64)


def _compact_batch(s: pl.Series) -> pl.Series:
    import numpy as np
    from rapidfuzz import fuzz
    from rapidfuzz.process import cpdist

    left = s.struct.field(s.struct.fields[0]).fill_null("").to_list()
    right = s.struct.field(s.struct.fields[1]).fill_null("").to_list()
    if not left:
        return pl.Series([], dtype=pl.Float64)
    ratio = cpdist(left, right, scorer=fuzz.ratio, workers=-1)
    return pl.Series(np.asarray(ratio, dtype=np.float64) / 100.0)
