"""Condition tree → polars expressions (see :class:`~screening.rules.compiled.Compiled`).

``all``/``any``/``not`` use polars' three-valued (Kleene) ``&``/``|``/``~``: true and unknown is
unknown, true or unknown is true, not unknown is unknown. Leaves are compiled by the modules for
goods, routes and parties. Explanations join the texts of the leaves that fired (`` + `` within
``all``, `` | `` within ``any``); exclusions (``not``) name no triggering value and are left out.
"""

from __future__ import annotations

from functools import reduce

import polars as pl

from screening.rules import conditions as c
from screening.rules.compiled import Compiled, join_texts, masked
from screening.rules.leaves_goods import (
    compile_date,
    compile_hs,
    compile_number,
    compile_text,
    compile_unit_price,
)
from screening.rules.leaves_party import (
    compile_list_match,
    compile_party_missing,
    compile_party_present,
    compile_party_type,
    compile_same_party,
)
from screening.rules.leaves_route import (
    compile_country,
    compile_country_differs,
    compile_region,
)
from screening.rules.prep import Ctx


def _roles(children: list[Compiled]) -> pl.Expr | None:
    roles = [pl.when(ch.fired.fill_null(False)).then(ch.role) for ch in children if ch.role is not None]
    return pl.coalesce(roles) if roles else None


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def compile_tree(node: c.Condition, ctx: Ctx) -> Compiled:
    """Compile ``node`` and everything under it against the batch described by ``ctx``."""
    if isinstance(node, c.AllCond | c.AnyCond):
        items = node.all if isinstance(node, c.AllCond) else node.any
        children = [compile_tree(child, ctx) for child in items]
        op = pl.Expr.__and__ if isinstance(node, c.AllCond) else pl.Expr.__or__
        fired = reduce(op, [ch.fired for ch in children])
        sep = " + " if isinstance(node, c.AllCond) else " | "
        explain = masked(fired, join_texts([ch.explain for ch in children], sep))
        describe = f"{node.TAG}:\n" + "\n".join(_indent("- " + ch.describe) for ch in children)
        return Compiled(fired, explain, describe, _roles(children))
    if isinstance(node, c.NotCond):
        # An exclusion names no triggering value: it stays out of the explanation (a rule
        # that is nothing but an exclusion is explained by its description).
        child = compile_tree(node.not_, ctx)
        return Compiled(~child.fired, pl.lit(None, pl.Utf8), f"not: {child.describe}")
    return _leaf(node, ctx)


def _leaf(node: c.Condition, ctx: Ctx) -> Compiled:
    match node:
        case c.HsCond():
            return compile_hs(node.hs, ctx)
        case c.TextCond():
            return compile_text(node.text, ctx)
        case c.NumberCond():
            return compile_number(node.number, ctx)
        case c.UnitPriceCond():
            return compile_unit_price(node.unit_price, ctx)
        case c.DateCond():
            return compile_date(node.date, ctx)
        case c.CountryCond():
            return compile_country(node.country, ctx)
        case c.RegionCond():
            return compile_region(node.region, ctx)
        case c.CountryDiffersCond():
            return compile_country_differs(node.country_differs, ctx)
        case c.PartyMissingCond():
            return compile_party_missing(node.party_missing, ctx)
        case c.PartyPresentCond():
            return compile_party_present(node.party_present, ctx)
        case c.PartyTypeCond():
            return compile_party_type(node.party_type, ctx)
        case c.SamePartyCond():
            return compile_same_party(node.same_party, ctx)
        case c.ListMatchCond():
            return compile_list_match(node.list_match, ctx)
    raise TypeError(f"internal: no compiler for condition {type(node).__name__}")
