"""Leaves about the parties: present/missing, type keywords in names, list matches, same party
in two roles. Each reports the role that fired so a hit's subject can be ``party:<role>``."""

from __future__ import annotations

import hashlib
from itertools import combinations

import polars as pl

from screening.rules import conditions as c
from screening.rules.compiled import Compiled, any_known, join_texts, masked, quoted, unknown
from screening.rules.leaves_goods import describe_terms, text_field
from screening.rules.prep import Ctx
from screening.rules.vocab import name_column
from screening.schema import PARTY_MATCH

MATCH_COLUMNS = PARTY_MATCH
"""The ``party_matches`` frame the evaluator accepts (``schema.PARTY_MATCH``); missing columns
are nulls."""


def _first_role(pairs: list[tuple[str, pl.Expr]]) -> pl.Expr:
    return pl.coalesce([pl.when(f.fill_null(False)).then(pl.lit(role)) for role, f in pairs])


def _missing(role: str, ctx: Ctx) -> pl.Expr | None:
    col = name_column(role)
    if not ctx.has(col):
        return None
    return pl.col(col).cast(pl.Utf8).str.strip_chars().str.len_chars().fill_null(0) == 0


def compile_party_missing(role: str, ctx: Ctx) -> Compiled:
    describe = f"{name_column(role)} is missing"
    expr = _missing(role, ctx)
    if expr is None:
        return unknown(describe)
    fired = ctx.leaf(f"missing:{role}", expr)
    return Compiled(fired, masked(fired, pl.lit(describe)), describe, pl.lit(role))


def compile_party_present(role: str, ctx: Ctx) -> Compiled:
    describe = f"{name_column(role)} is given"
    expr = _missing(role, ctx)
    if expr is None:
        return unknown(describe)
    fired = ctx.leaf(f"present:{role}", ~expr)
    text = pl.concat_str([pl.lit(f"{name_column(role)} "), quoted(pl.col(name_column(role)))])
    return Compiled(fired, masked(fired, text), describe, pl.lit(role))


def compile_party_type(spec: c.PartyTypeSpec, ctx: Ctx) -> Compiled:
    describe = f"name of {' or '.join(spec.roles)} contains {describe_terms(spec)}"
    roles = [r for r in spec.roles if ctx.has(name_column(r))]
    if not roles:
        return unknown(describe)
    hits = ctx.lib.keywords(spec.lists, spec.terms)
    key = f"party_type:{spec.model_dump_json(exclude={'roles'})}"
    results = [(r, *text_field(ctx, name_column(r), key, hits, (), "party-type keyword"))
               for r in roles]
    fired = ctx.leaf(f"party_type:{spec.model_dump_json()}", any_known([f for _, f, _ in results]))
    role = _first_role([(r, f) for r, f, _ in results])
    explain = join_texts([masked(f, t) for _, f, t in results])
    return Compiled(fired, masked(fired, explain), describe, role)


def _name_key(ctx: Ctx, role: str) -> pl.Expr:
    """Row-level hash of the normalised name of ``role`` (null when there is no name)."""
    key = ctx.form(name_column(role), "tokens").str.strip_chars(" ")
    return ctx.per_value(name_column(role), "name_key", pl.when(key != "").then(key.hash()))


def compile_same_party(spec: c.SamePartySpec, ctx: Ctx) -> Compiled:
    describe = f"the same name in two of {', '.join(spec.roles)}"
    roles = [r for r in spec.roles if ctx.has(name_column(r))]
    if len(roles) < 2:
        return unknown(describe)
    keys = {r: _name_key(ctx, r) for r in roles}
    pairs = [(a, b, keys[a] == keys[b]) for a, b in combinations(roles, 2)]
    fired = ctx.leaf(f"same:{spec.model_dump_json()}", any_known([eq for _, _, eq in pairs]))
    texts = [masked(eq, pl.concat_str([pl.lit(f"{name_column(a)} = {name_column(b)} "),
                                       quoted(pl.col(name_column(a)))])) for a, b, eq in pairs]
    role = _first_role([(a, eq) for a, _, eq in pairs])
    return Compiled(fired, masked(fired, join_texts(texts)), describe, role)


def _filtered_matches(spec: c.ListMatchSpec, matches: pl.DataFrame) -> pl.DataFrame:
    m = matches.filter(pl.col("role").is_in(list(spec.roles)), pl.col("score") >= spec.min_score)
    if spec.sources:
        m = m.filter(pl.col("source").is_in(list(spec.sources)))
    if spec.lists:
        m = m.filter(pl.col("list_name").is_in(list(spec.lists)))
    if spec.actions:
        m = m.filter(pl.col("action").is_in(list(spec.actions)))
    if spec.programs:
        wanted = list(spec.programs)
        m = m.filter(pl.col("programs").list.eval(pl.element().is_in(wanted)).list.any())
    return m


def compile_list_match(spec: c.ListMatchSpec, ctx: Ctx) -> Compiled:
    filters = [f"{k} {', '.join(v)}" for k in ("sources", "lists", "programs", "actions")
               if (v := getattr(spec, k))]
    describe = (f"{' or '.join(spec.roles)} matched a list entry with score ≥ {spec.min_score:g}"
                + (f" ({'; '.join(filters)})" if filters else ""))
    if ctx.party_matches is None:
        return unknown(describe)
    key = f"match:{spec.model_dump_json()}"
    name = "__lm" + hashlib.sha1(key.encode()).hexdigest()[:10]
    best = (
        _filtered_matches(spec, ctx.party_matches)
        .sort("score", descending=True)
        .group_by("row_nr", maintain_order=True)
        .first()
        .select(
            "row_nr",
            pl.col("role").alias(f"{name}_role"),
            pl.concat_str([
                pl.col("role"), pl.lit(" matched "), pl.col("entry_id").fill_null("?"),
                pl.concat_str([pl.lit(' "'), pl.col("listed_name"), pl.lit('"')]).fill_null(""),
                pl.lit(" ("),
                pl.col("source").fill_null("?"), pl.lit(", "), pl.col("list_name").fill_null("?"),
                pl.lit("; programs "), pl.col("programs").list.join(",").fill_null(""),
                pl.lit("; score "), pl.col("score").round(2).cast(pl.Utf8), pl.lit(")"),
            ]).alias(f"{name}_text"),
        )
    )
    ctx.join(name, best)
    fired = ctx.leaf(key, pl.col(f"{name}_role").is_not_null())
    return Compiled(fired, masked(fired, pl.col(f"{name}_text")), describe, pl.col(f"{name}_role"))
