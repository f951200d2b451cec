"""Leaves about where goods go: country columns vs groups, regions in addresses, country mismatch."""

from __future__ import annotations

import polars as pl

from screening.rules import conditions as c
from screening.rules.compiled import (
    Compiled,
    any_known,
    join_texts,
    keyword_match,
    label_of,
    masked,
    quoted,
    unknown,
)
from screening.rules.prep import VALUE, Ctx
from screening.rules.vocab import MULTI_COUNTRY_COLUMNS


def compile_country(spec: c.CountrySpec, ctx: Ctx) -> Compiled:
    floor = f" (status ≥ {spec.min_status.value})" if spec.min_status else ""
    many = f" ({spec.min_matches}+ matches)" if spec.min_matches > 1 else ""
    describe = f"{' or '.join(spec.fields)} in {', '.join(spec.in_)}{floor}{many}"
    fields = [f for f in spec.fields if ctx.has(f)]
    if not fields:
        return unknown(describe)
    hits = ctx.lib.countries_in(spec.in_, spec.min_status)
    isos = list(hits)
    key = f"country:{spec.model_dump_json(exclude={'fields', 'min_matches'})}"
    counts, texts = [], []
    for col in fields:
        if col in MULTI_COUNTRY_COLUMNS:
            found = ctx.form(col, "isos").list.eval(pl.element().filter(pl.element().is_in(isos)))
            count = found.list.len()
            shown = pl.concat_str([found.list.join(","), pl.lit(" in "),
                                   label_of(found.list.first(), hits)])
        else:
            iso = ctx.form(col, "iso")
            count = iso.is_in(isos).cast(pl.UInt32)
            shown = pl.concat_str([iso, pl.lit(" in "), label_of(iso, hits)])
        text = pl.concat_str([pl.lit(f"{col} "), quoted(VALUE), pl.lit(" → "), shown])
        counts.append(ctx.per_value(col, key, count))
        texts.append(ctx.per_value(col, key + ":x", masked(count > 0, text), explain=True))
    known = pl.any_horizontal([n.is_not_null() for n in counts])
    total = pl.sum_horizontal([n.fill_null(0) for n in counts])
    fired = ctx.leaf(f"country:{spec.model_dump_json()}",
                     pl.when(known).then(total >= spec.min_matches))
    explain = join_texts([masked(n > 0, t) for n, t in zip(counts, texts, strict=True)])
    return Compiled(fired, masked(fired, explain), describe)


def compile_region(spec: c.RegionSpec, ctx: Ctx) -> Compiled:
    floor = f" (status ≥ {spec.min_status.value})" if spec.min_status else ""
    describe = f"{' or '.join(spec.fields)} names a place in {', '.join(spec.in_)}{floor}"
    fields = [f for f in spec.fields if ctx.has(f)]
    hits = ctx.lib.regions(spec.in_, spec.min_status)
    if not fields or not hits:
        return unknown(describe)
    key = f"region:{spec.model_dump_json(exclude={'fields'})}"
    results = []
    for col in fields:
        found, word, where = keyword_match(ctx.form(col, "tokens"), hits)
        text = pl.concat_str([pl.lit(f"{col} names "), quoted(word), pl.lit(" → "), where])
        results.append((ctx.per_value(col, key, found),
                        ctx.per_value(col, key + ":x", masked(found, text), explain=True)))
    fired = ctx.leaf(f"region:{spec.model_dump_json()}", any_known([f for f, _ in results]))
    explain = join_texts([masked(f, x) for f, x in results])
    return Compiled(fired, masked(fired, explain), describe)


def compile_country_differs(spec: c.CountryDiffersSpec, ctx: Ctx) -> Compiled:
    describe = f"{spec.field} differs from {' and '.join(spec.from_)}"
    others = [f for f in spec.from_ if ctx.has(f)]
    if not ctx.has(spec.field) or not others:
        return unknown(describe)
    iso = ctx.per_value(spec.field, "iso", ctx.form(spec.field, "iso"))
    other_isos = [ctx.per_value(f, "iso", ctx.form(f, "iso")) for f in others]
    known = iso.is_not_null() & pl.any_horizontal([o.is_not_null() for o in other_isos])
    differs = pl.all_horizontal([(o.is_null() | (o != iso)) for o in other_isos])
    fired = ctx.leaf(f"differs:{spec.model_dump_json()}", pl.when(known).then(differs))
    shown = [pl.concat_str([pl.lit(f"{f} "), o]) for f, o in zip(others, other_isos, strict=True)]
    text = pl.concat_str([pl.lit(f"{spec.field} "), iso, pl.lit(" differs from "),
                          pl.concat_str(shown, separator=", ", ignore_nulls=True)])
    return Compiled(fired, masked(fired, text), describe)
