"""Leaves about the goods: HS code, description keywords/regex, amounts, unit price, dates.

Per-value predicates are computed on the distinct values of their column (see ``prep``); the
row-level parts (several columns, amounts) combine the joined-back results.
"""

from __future__ import annotations

import polars as pl

from screening.rules import conditions as c
from screening.rules.compiled import (
    Compiled,
    any_known,
    join_texts,
    keyword_match,
    masked,
    quoted,
    unknown,
)
from screening.rules.countries import Hit
from screening.rules.hs import crosswalk_note, prefix_label, prefix_match
from screening.rules.prep import VALUE, Ctx
from screening.rules.text import regex_for
from screening.rules.vocab import Status


def _status(spec_min: Status | None) -> str:
    return f" (status ≥ {spec_min.value})" if spec_min else ""


def compile_hs(spec: c.HsSpec, ctx: Ctx) -> Compiled:
    names = [*spec.lists, *spec.codes]
    describe = f"hs_code starts with a code of {', '.join(names)}{_status(spec.min_status)}"
    if not ctx.has("hs_code"):
        return unknown(describe)
    hits = dict(ctx.lib.codes(spec.lists, spec.min_status))
    for code in spec.codes:
        hits.setdefault(code, Hit(f"{code} (listed in the rule)", Status.verified))
    primary, alternative = ctx.form("hs_code", "hs"), ctx.form("hs_code", "hs_alt")
    pred = prefix_match(primary, hits) | prefix_match(alternative, hits).fill_null(False)
    labels = {code: hit.label for code, hit in hits.items()}
    label = pl.coalesce(prefix_label(primary, labels), prefix_label(alternative, labels))
    text = pl.concat_str([pl.lit("hs_code "), quoted(VALUE), crosswalk_note(VALUE),
                          pl.lit(" → "), label])
    key = f"hs:{spec.model_dump_json()}"
    fired = ctx.per_value("hs_code", key, pred)
    explain = ctx.per_value("hs_code", key + ":x", masked(pred, text), explain=True)
    return Compiled(fired, masked(fired, explain), describe)


def describe_terms(spec: c.TextSpec | c.PartyTypeSpec) -> str:
    parts = [*spec.lists]
    parts += [f"{lang}: {', '.join(words)}" for lang, words in spec.terms.items()]
    if isinstance(spec, c.TextSpec):
        parts += [f"/{rx}/" for rx in spec.regex]
    return "; ".join(parts)


def text_field(ctx: Ctx, col: str, key: str, hits: dict[str, Hit],
               regexes: tuple[str, ...], what: str) -> tuple[pl.Expr, pl.Expr]:
    """Row-level (fired, explanation) of keywords/regexes in one text column."""
    parts: list[pl.Expr] = []
    texts: list[pl.Expr] = []
    if hits:
        found, word, label = keyword_match(ctx.form(col, "tokens"), hits)
        parts.append(found)
        texts.append(pl.concat_str([pl.lit(f"{col} has {what} "), quoted(word), pl.lit(" "),
                                    label]))
    for rx in regexes:
        folded = ctx.form(col, "casefold")
        parts.append(folded.str.contains(regex_for(rx)))
        texts.append(pl.concat_str([pl.lit(f"{col} matches /{rx}/: "),
                                    quoted(folded.str.extract(f"({regex_for(rx)})", 1))]))
    pred = pl.any_horizontal(parts) if len(parts) > 1 else parts[0]
    fired = ctx.per_value(col, key, pred)
    text = join_texts([masked(p, t) for p, t in zip(parts, texts, strict=True)])
    return fired, ctx.per_value(col, key + ":x", masked(pred, text), explain=True)


def compile_text(spec: c.TextSpec, ctx: Ctx) -> Compiled:
    describe = f"{' or '.join(spec.fields)} contains {describe_terms(spec)}"
    fields = [f for f in spec.fields if ctx.has(f)]
    if not fields:
        return unknown(describe)
    hits = ctx.lib.keywords(spec.lists, spec.terms)
    key = f"text:{spec.model_dump_json(exclude={'fields'})}"
    results = [text_field(ctx, f, key, hits, spec.regex, "keyword") for f in fields]
    fired = ctx.leaf(f"text:{spec.model_dump_json()}", any_known([r[0] for r in results]))
    explain = join_texts([masked(f, x) for f, x in results])
    return Compiled(fired, masked(fired, explain), describe)


def _bounds(spec: c.NumberSpec) -> list[tuple[str, float]]:
    ops = (("gt", ">"), ("gte", "≥"), ("lt", "<"), ("lte", "≤"))
    return [(sym, v) for name, sym in ops if (v := getattr(spec, name)) is not None]


def _unit_price(ctx: Ctx) -> pl.Expr:
    quantity = ctx.number("quantity")
    return pl.when(quantity > 0).then(ctx.number("value") / quantity)


def _currency() -> pl.Expr:
    return pl.col("currency").cast(pl.Utf8).str.strip_chars().str.to_uppercase()


def compile_number(spec: c.NumberSpec, ctx: Ctx) -> Compiled:
    bounds = " and ".join(f"{sym} {v:g}" for sym, v in _bounds(spec))
    money = f" ({'/'.join(spec.currency)})" if spec.currency else ""
    describe = f"{spec.field} {bounds}{money}"
    needs = ["value", "quantity"] if spec.field == "unit_price" else [spec.field]
    if not all(ctx.has(n) for n in needs) or (spec.currency and not ctx.has("currency")):
        return unknown(describe)
    value = _unit_price(ctx) if spec.field == "unit_price" else ctx.number(spec.field)
    tests = {">": value.__gt__, "≥": value.__ge__, "<": value.__lt__, "≤": value.__le__}
    expr = pl.all_horizontal([tests[sym](v) for sym, v in _bounds(spec)])
    if spec.currency:
        expr = expr & _currency().is_in([cur.upper() for cur in spec.currency])
    fired = ctx.leaf(f"number:{spec.model_dump_json()}", expr)
    text = pl.concat_str([pl.lit(f"{spec.field} "), value.round(2).cast(pl.Utf8),
                          pl.lit(f" {bounds}{money}")])
    return Compiled(fired, masked(fired, text), describe)


def compile_unit_price(spec: c.UnitPriceSpec, ctx: Ctx) -> Compiled:
    table = ctx.lib.price_tables.get(spec.table)
    sides = [f"> {spec.above:g}×" if spec.above else "", f"< {spec.below:g}×" if spec.below else ""]
    describe = f"unit price {' or '.join(s for s in sides if s)} the reference in {spec.table}"
    needed = ("value", "quantity", "hs_code", "currency")
    if table is None or not all(ctx.has(n) for n in needed):
        return unknown(describe)
    prices = {code: str(price) for code, price in table.prices.items()}
    reference = ctx.per_value("hs_code", f"price:{spec.table}",
                              prefix_label(ctx.form("hs_code", "hs"), prices).cast(pl.Float64))
    price = _unit_price(ctx)
    tests = []
    if spec.above:
        tests.append(price > reference * spec.above)
    if spec.below:
        tests.append(price < reference * spec.below)
    expr = pl.when(_currency() == table.currency).then(any_known(tests))
    fired = ctx.leaf(f"unit_price:{spec.model_dump_json()}", expr)
    text = pl.concat_str([pl.lit("unit price "), price.round(2).cast(pl.Utf8),
                          pl.lit(f" {table.currency} (value/quantity) vs reference "),
                          reference.cast(pl.Utf8), pl.lit(f" in {spec.table}: {describe}")])
    return Compiled(fired, masked(fired, text), describe)


def compile_date(spec: c.DateSpec, ctx: Ctx) -> Compiled:
    window = f"{spec.from_ or '…'}..{spec.until or '…'}"
    describe = f"{spec.field} within {window}"
    if not ctx.has(spec.field):
        return unknown(describe)
    value = ctx.form(spec.field, "date")
    tests = []
    if spec.from_:
        tests.append(value >= pl.lit(spec.from_))
    if spec.until:
        tests.append(value <= pl.lit(spec.until))
    pred = pl.all_horizontal(tests)
    key = f"date:{spec.model_dump_json()}"
    fired = ctx.per_value(spec.field, key, pred)
    text = pl.concat_str([pl.lit(f"{spec.field} "), value.cast(pl.Utf8), pl.lit(f" within {window}")])
    explain = ctx.per_value(spec.field, key + ":x", masked(pred, text), explain=True)
    return Compiled(fired, masked(fired, explain), describe)
