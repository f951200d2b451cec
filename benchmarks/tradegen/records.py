"""Background shipment rows: realistic, repetitive and clean by construction.

A chunk of rows is drawn vectorised: parties from the Zipf samplers, routes from the parties'
countries, goods weighted like real trade. Rows that touch a risky country (consignee, end user,
destination; see countries.RISKY) or whose shipper is in an embargoed country carry ordinary
goods only, and background transit is through safe hubs only, so no goods/route rule should
fire on a row that is not in ``truth_goods``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import polars as pl

from benchmarks.tradegen.context import Context
from benchmarks.tradegen.countries import (
    CURRENCY_BY_COUNTRY,
    EMBARGOED,
    RISKY,
    SAFE_TRANSIT,
)

RU_SPEAKING = ("RU", "BY", "KZ", "KG", "UZ", "AM", "TJ")
ZH_WRITING = ("CN", "HK", "TW")
MAKERS = ("CN", "DE", "JP", "KR", "US", "TW", "VN", "MY", "IT", "TH", "IN")
RATES = {"USD": 1.0, "EUR": 0.92, "CNY": 7.2, "RUB": 90.0, "AED": 3.67, "TRY": 32.0, "GBP": 0.79,
         "JPY": 150.0, "INR": 83.0, "KZT": 450.0, "PLN": 4.0, "KRW": 1350.0, "HKD": 7.8}
START_DAY = np.datetime64("2023-01-01")
DAYS = 730


@dataclass(frozen=True)
class NameNoise:
    """Chance per name cell of the variants real files show for one and the same party."""

    upper: float = 0.08
    lower: float = 0.01
    no_punct: float = 0.02
    double_space: float = 0.01


def background(ctx: Context, rng: np.random.Generator, start: int, n: int,
               force_ordinary: np.ndarray) -> tuple[pl.DataFrame, np.ndarray]:
    """``n`` rows with record ids from ``start``; returns the frame and the goods item per row."""
    shippers = ctx.pools["shipper"][ctx.samplers["shipper"].sample(rng, n)]
    consignees = ctx.pools["consignee"][ctx.samplers["consignee"].sample(rng, n)]
    others = ctx.pools["consignee"][ctx.samplers["consignee"].sample(rng, n)]
    forwarders = ctx.pools["forwarder"][ctx.samplers["forwarder"].sample(rng, n)]
    s_country, c_country = shippers["country"], consignees["country"]
    o_country = others["country"]

    mode = rng.random(n)  # end user: same as consignee / none / another party of the country
    risky_mix = ((o_country != c_country) & (o_country.is_in(RISKY) | c_country.is_in(RISKY))
                 ).to_numpy()
    same = pl.Series((mode < 0.55) | ((mode >= 0.80) & risky_mix))
    keep = pl.Series((mode < 0.55) | (mode >= 0.80))
    no_name = pl.Series([None], dtype=pl.Utf8).extend_constant(None, n - 1)
    eu_name = consignees["name"].zip_with(same, others["name"]).zip_with(keep, no_name)
    eu_country = c_country.zip_with(same, o_country).zip_with(keep, no_name)

    risky = ((c_country.is_in(RISKY) | eu_country.is_in(RISKY).fill_null(False)
              | s_country.is_in(EMBARGOED)).to_numpy() | force_ordinary)
    items = ctx.goods.draw(rng, risky)
    lang = _language(rng, s_country, c_country)
    qty, value_usd = ctx.goods.amounts(rng, items)
    currency = _currency(rng, s_country)
    rate = currency.replace_strict(RATES, return_dtype=pl.Float64).to_numpy()
    makers = pl.Series(MAKERS).gather(rng.integers(0, len(MAKERS), n))
    origin = s_country.zip_with(pl.Series(rng.random(n) < 0.88), makers)
    frame = pl.DataFrame({
        "record_id": record_ids(ctx.cfg.id_prefix, start, n),
        "date": pl.Series(START_DAY + rng.integers(0, DAYS, n)).dt.strftime("%Y-%m-%d"),
        "shipper_name": shippers["name"],
        "shipper_country": s_country,
        "consignee_name": consignees["name"],
        "consignee_country": c_country,
        "consignee_address": consignees["address"],
        "end_user_name": eu_name,
        "end_user_country": eu_country,
        "forwarder_name": forwarders["name"].zip_with(pl.Series(rng.random(n) < 0.72), no_name),
        "origin_country": origin,
        "transit_countries": _transit(rng, origin, c_country),
        "destination_country": c_country,
        "hs_code": ctx.goods.codes(rng, items),
        "goods_description": ctx.goods.describe(rng, items, lang),
        "quantity": qty,
        "value": np.round(value_usd * rate, 2),
        "currency": currency,
    })
    return _name_noise(frame, rng, NameNoise()), items


def record_ids(prefix: str, start: int, n: int) -> pl.Series:
    """``prefix`` + 10-digit 1-based row number: SHP0000000001 ..."""
    return pl.select(
        (pl.lit(prefix) + pl.int_range(start + 1, start + n + 1).cast(pl.Utf8).str.zfill(10))
        .alias("record_id")
    ).to_series()


def _language(rng: np.random.Generator, shipper: pl.Series, consignee: pl.Series) -> np.ndarray:
    n = shipper.len()
    ru = consignee.is_in(RU_SPEAKING).to_numpy() & (rng.random(n) < 0.6)
    zh = ~ru & shipper.is_in(ZH_WRITING).to_numpy() & (rng.random(n) < 0.3)
    return np.where(ru, 1, np.where(zh, 2, 0))


def _currency(rng: np.random.Generator, shipper: pl.Series) -> pl.Series:
    local = shipper.replace_strict(CURRENCY_BY_COUNTRY, default="USD", return_dtype=pl.Utf8)
    r = rng.random(shipper.len())
    usd_eur = pl.Series(["USD", "EUR"]).gather((r < 0.35).astype(np.int64))
    return local.zip_with(pl.Series(r < 0.15), usd_eur).alias("currency")


def _transit(rng: np.random.Generator, origin: pl.Series, dest: pl.Series) -> pl.Series:
    n = origin.len()
    hubs = pl.Series(SAFE_TRANSIT)
    frame = pl.DataFrame({
        "o": origin, "d": dest, "r": rng.random(n),
        "a": hubs.gather(rng.integers(0, hubs.len(), n)),
        "b": hubs.gather(rng.integers(0, hubs.len(), n)),
    })
    one_ok = (pl.col("a") != pl.col("o")) & (pl.col("a") != pl.col("d"))
    two_ok = one_ok & (pl.col("b") != pl.col("o")) & (pl.col("b") != pl.col("d")) & (
        pl.col("b") != pl.col("a"))
    return frame.select(
        pl.when((pl.col("r") < 0.03) & two_ok).then(pl.concat_str("a", pl.lit(";"), "b"))
        .when((pl.col("r") < 0.15) & one_ok).then(pl.col("a"))
        .otherwise(None).alias("transit_countries")
    ).to_series()


def _upper(s: pl.Series) -> pl.Series:
    return s.str.to_uppercase()


def _lower(s: pl.Series) -> pl.Series:
    return s.str.to_lowercase()


def _no_punct(s: pl.Series) -> pl.Series:
    return s.str.replace_all(r"[.,\"«»]", "").str.replace_all(r"\s+", " ")


def _double_space(s: pl.Series) -> pl.Series:
    return s.str.replace(" ", "  ", literal=True)


def _name_noise(frame: pl.DataFrame, rng: np.random.Generator, p: NameNoise) -> pl.DataFrame:
    """Rewrite a few name cells the way real files vary one party (only those cells are touched)."""
    edits: tuple[tuple[float, Callable[[pl.Series], pl.Series]], ...] = (
        (p.upper, _upper), (p.lower, _lower), (p.no_punct, _no_punct),
        (p.double_space, _double_space),
    )
    columns = []
    for col in ("shipper_name", "consignee_name", "end_user_name", "forwarder_name"):
        values = frame[col]
        r = rng.random(frame.height)
        low = 0.0
        for share, edit in edits:
            rows = np.flatnonzero((r >= low) & (r < low + share))
            low += share
            if rows.size:
                values = values.scatter(rows, edit(values.gather(rows)))
        columns.append(values)
    return frame.with_columns(columns)
