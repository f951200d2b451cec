"""Evaluate a rule set over a whole batch of shipment records at once → ``HIT`` rows.

Two passes, both vectorised: (1) every rule's condition over every record, as boolean columns
built from shared derived and leaf columns; (2) for each rule that fired anywhere, its
explanation and subject over just the records it fired on. No Python runs per record.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from screening.rules.compile import compile_tree
from screening.rules.compiled import Compiled
from screening.rules.leaves_party import MATCH_COLUMNS
from screening.rules.prep import Ctx
from screening.rules.ruleset import Rule, RuleSet
from screening.schema import HIT, conform, empty


def _matches(frame: pl.DataFrame | None) -> pl.DataFrame | None:
    if frame is None:
        return None
    return conform(frame, MATCH_COLUMNS, what="party_matches").select(list(MATCH_COLUMNS))


def _effective(rule: Rule, fired: pl.Expr, ctx: Ctx) -> pl.Expr:
    eff = rule.spec.effective
    if eff.from_ is None and eff.until is None:
        return fired
    as_of = ctx.as_of_date()
    if eff.from_ is not None:
        fired = fired & (as_of >= pl.lit(eff.from_))
    if eff.until is not None:
        fired = fired & (as_of <= pl.lit(eff.until))
    return fired


def _subject(rule: Rule, compiled: Compiled) -> pl.Expr:
    subject = rule.spec.subject
    if subject == "party" and compiled.role is not None:
        return pl.concat_str([pl.lit("party:"), compiled.role]).fill_null("party")
    return pl.lit(subject)


def evaluate(
    ruleset: RuleSet,
    records: pl.DataFrame,
    party_matches: pl.DataFrame | None = None,
    *,
    as_of: dt.date | None = None,
) -> pl.DataFrame:
    """One ``HIT`` row per (record, rule) that fired, ordered by ``row_nr`` then rule order.

    ``records`` has ``row_nr`` (UInt32; added from the position when absent) and any SHIPMENT
    columns: a missing or null column makes the conditions on it unknown, never an error.
    ``party_matches`` (row_nr, role, entry_id, source, list_name, programs, score, action) feeds
    ``list_match`` conditions; without it they cannot fire. ``as_of`` (default today) stands in
    for the shipment date where a record has none, for rules with ``effective`` dates.
    """
    if "row_nr" not in records.columns:
        records = records.with_row_index("row_nr")
    records = records.with_columns(pl.col("row_nr").cast(pl.UInt32))
    if records.height == 0 or not ruleset.rules:
        return empty(HIT)
    ctx = Ctx(records.schema, ruleset.library, _matches(party_matches), as_of or dt.date.today())
    compiled = [(rule, compile_tree(rule.spec.when, ctx)) for rule in ruleset.rules]
    fired_exprs = [_effective(r, comp.fired, ctx).fill_null(False) for r, comp in compiled]
    prepared = ctx.prepare(records)
    fired = prepared.select(e.alias(f"__rule{i}") for i, e in enumerate(fired_exprs))
    record_id = pl.col("record_id").cast(pl.Utf8) if "record_id" in records.columns else None
    parts: list[pl.DataFrame] = []
    for i, (rule, comp) in enumerate(compiled):
        mask = fired.get_column(f"__rule{i}")
        if not mask.any():
            continue
        columns = [
            pl.col("row_nr"),
            (record_id if record_id is not None else pl.lit(None, pl.Utf8)).alias("record_id"),
            pl.lit("rule").alias("kind"),
            _subject(rule, comp).alias("subject"),
            pl.lit(rule.id).alias("ref"),
            pl.lit(rule.file.name).alias("source"),
            pl.lit(rule.severity.value).alias("severity"),
            pl.lit(rule.spec.score, pl.Float64).alias("score"),
            comp.explain.fill_null(comp.describe).alias("explanation"),
            pl.lit(rule.version).alias("version"),
        ]
        needed = {n for col in columns for n in col.meta.root_names()}
        keys = {ctx.owner[n] for n in needed if n in ctx.owner}
        present = sorted((needed | keys) & set(prepared.columns))
        subset = ctx.attach(prepared.select(present).filter(mask), needed)
        parts.append(subset.select(columns))
    if not parts:
        return empty(HIT)
    out = pl.concat(parts, how="vertical").sort("row_nr", maintain_order=True)
    return conform(out, HIT, what="rule hits").select(list(HIT))
