"""Plant dual-use goods on diversion routes: the goods/route ground truth.

Each planted row gets a controlled item (or a concealed one) with a matching description in
EN/RU/ZH and a route of the kind enforcement cases describe: a Chinese or Western shipper, a
trader in a hub (AE, TR, KZ, KG, AM, HK ...), a Russian/Belarusian end user or a final leg to
RU/BY; plus embargoed destinations and addresses in occupied regions of Ukraine.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl

from benchmarks.tradegen.context import Context
from benchmarks.tradegen.countries import DIVERSION_HUBS
from benchmarks.tradegen.goods import GoodsSampler
from benchmarks.tradegen.hs_table import CHPL_CODES, CONCEALMENT, HS_TABLE
from benchmarks.tradegen.occupied import occupied_addresses

CHPL_ITEMS = tuple(it.hs6 for it in HS_TABLE if it.hs6 in CHPL_CODES)
MAKERS = ("CN", "HK", "TW", "DE", "US", "JP", "KR", "MY", "IT")


@dataclass(frozen=True)
class GoodsKind:
    """One planted pattern: which goods, which shippers, which hub, how the route ends."""

    name: str
    weight: float
    codes: tuple[str, ...]  # hs6 from HS_TABLE ("" = any item, for embargo/occupied rows)
    shippers: tuple[str, ...]
    hubs: tuple[str, ...]  # consignee countries
    to_target: float  # chance the destination is RU/BY (the hub becomes transit)
    end_user: str  # "target" (RU/BY party), "forwarder" (a logistics firm), "none"
    langs: tuple[float, float, float]  # en, ru, zh


KINDS = (
    GoodsKind("chpl_diversion", 36, CHPL_ITEMS, MAKERS, DIVERSION_HUBS, 0.35, "target", (.5, .3, .2)),
    GoodsKind("chpl_direct", 10, CHPL_ITEMS, MAKERS, ("RU", "BY"), 1.0, "none", (.4, .5, .1)),
    GoodsKind("forwarder_end_user", 5, CHPL_ITEMS, MAKERS, ("AE", "HK", "TR", "KZ"), 0.0,
              "forwarder", (.6, .2, .2)),
    GoodsKind("drone", 10, ("880622", "880699", "880730", "852692"), ("CN", "HK"),
              ("AE", "TR", "KZ", "KG", "AM"), 0.3, "target", (.3, .2, .5)),
    GoodsKind("marine_engine", 5, ("840810",), ("CN", "DE", "KR", "JP"), ("RU", "KZ", "AE"), 0.6,
              "target", (.2, .6, .2)),
    GoodsKind("turbine", 2, ("841112",), ("CN", "US", "FR"), ("AE", "TR"), 0.5, "target",
              (.6, .3, .1)),
    GoodsKind("thermal_optics", 7, ("901380", "852589"), ("CN", "US", "DE", "HK"),
              ("KG", "KZ", "AM", "AE", "GE"), 0.3, "target", (.4, .4, .2)),
    GoodsKind("machine_tools", 6, ("845710", "845811", "846693"), ("DE", "IT", "JP", "TW", "CN"),
              ("TR", "AM", "KZ", "UZ", "CN"), 0.3, "target", (.5, .4, .1)),
    GoodsKind("embargo", 8, ("",), MAKERS, ("IR", "SY", "KP", "CU"), 0.0, "none", (1, 0, 0)),
    GoodsKind("occupied_region", 6, ("",), ("CN", "TR", "DE", "IN"), ("RU",), 0.0, "none",
              (.4, .6, 0)),
    GoodsKind("concealment", 5, ("",), ("CN", "HK"), ("AE", "KG", "KZ", "TR"), 0.3, "target",
              (.4, .3, .3)),
)

TRUTH_GOODS = {
    "record_id": pl.Utf8, "row_nr": pl.UInt32, "kind": pl.Utf8, "group": pl.Utf8,
    "hs6": pl.Utf8, "chpl": pl.Boolean, "lang": pl.Utf8, "route": pl.Utf8,
    "consignee_country": pl.Utf8, "end_user_country": pl.Utf8, "destination_country": pl.Utf8,
    "hs_code": pl.Utf8, "goods_description": pl.Utf8,
}
GOODS_COLUMNS = ("shipper_name", "shipper_country", "consignee_name", "consignee_country",
                 "consignee_address", "end_user_name", "end_user_country", "origin_country",
                 "transit_countries", "destination_country", "hs_code", "goods_description",
                 "quantity", "value", "currency")
_CONCEAL = GoodsSampler(CONCEALMENT)


def _members(ctx: Context, rng: np.random.Generator, role: str, countries: np.ndarray) -> np.ndarray:
    """A random pool position of ``role`` in each row's country."""
    out = np.zeros(countries.size, dtype=np.int64)
    for country in np.unique(countries).tolist():
        rows = np.flatnonzero(countries == country)
        members = ctx.by_country[role].get(country)
        if members is None:  # tiny test pools may lack a country: any party will do
            members = np.arange(ctx.pools[role].height)
        out[rows] = members[rng.integers(0, members.size, rows.size)]
    return out


_OWN_POOL = {"RU": "russia", "BY": "russia", "IR": "embargo", "SY": "embargo", "KP": "embargo",
             "CU": "embargo"}
"""Countries whose parties have a pool of their own, which background rows never draw from."""


def _parties(ctx: Context, rng: np.random.Generator, countries: np.ndarray) -> pl.DataFrame:
    """A consignee-like party (name, country, address) per row, in the row's country."""
    roles = np.array([_OWN_POOL.get(c, "consignee") for c in countries.tolist()])
    parts, positions = [], []
    for role in ("consignee", "russia", "embargo"):
        rows = np.flatnonzero(roles == role)
        if rows.size:
            parts.append(ctx.pools[role][_members(ctx, rng, role, countries[rows])])
            positions.append(rows)
    return pl.concat(parts)[np.argsort(np.concatenate(positions), kind="stable")]


def _pick(rng: np.random.Generator, options: tuple[str, ...], n: int) -> np.ndarray:
    return np.array(options, dtype=object)[rng.integers(0, len(options), n)]


def plant_goods(ctx: Context, rng: np.random.Generator, frame: pl.DataFrame, rows: np.ndarray,
                row_offset: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Rewrite ``rows`` as planted goods/route cases; returns (frame, truth rows)."""
    if rows.size == 0:
        return frame, pl.DataFrame(schema=TRUTH_GOODS)
    w = np.array([k.weight for k in KINDS])
    which = rng.choice(len(KINDS), size=rows.size, p=w / w.sum())
    parts, truths = [], []
    for k, kind in enumerate(KINDS):
        sel = rows[which == k]
        if sel.size:
            sub, truth = _kind_rows(ctx, rng, kind, sel.size)
            parts.append((sel, sub))
            truths.append(truth.with_columns(
                frame["record_id"].gather(sel).alias("record_id"),
                pl.Series("row_nr", sel + row_offset, dtype=pl.UInt32)))
    updates = []
    for col in GOODS_COLUMNS:
        values = frame[col]
        for sel, sub in parts:
            values = values.scatter(sel, sub[col].cast(values.dtype))
        updates.append(values)
    truth = pl.concat(truths).select(TRUTH_GOODS.keys()).cast(TRUTH_GOODS)  # type: ignore[arg-type]
    return frame.with_columns(updates), truth.sort("row_nr")


def _kind_rows(ctx: Context, rng: np.random.Generator, kind: GoodsKind,
               n: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    goods = _CONCEAL if kind.name == "concealment" else ctx.goods
    if kind.codes == ("",):
        items = (rng.integers(0, len(CONCEALMENT), n) if kind.name == "concealment"
                 else goods.draw(rng, np.full(n, kind.name == "occupied_region")))
    else:
        items = np.array([goods.index_of(c) for c in kind.codes])[rng.integers(0, len(kind.codes), n)]
    lang = rng.choice(3, size=n, p=kind.langs)
    ship_c = _pick(rng, kind.shippers, n)
    hub = _pick(rng, kind.hubs, n)
    shippers = ctx.pools["shipper"][_members(ctx, rng, "shipper", ship_c)]
    consignees = _parties(ctx, rng, hub)
    target = _pick(rng, ("RU", "RU", "RU", "RU", "BY"), n)
    to_target = (rng.random(n) < kind.to_target) & ~np.isin(hub, ("RU", "BY"))
    dest = np.where(to_target, target, hub)
    transit = hub.copy()
    transit[~to_target] = None
    eu_name: list[str | None] = [None] * n
    eu_country = np.full(n, None, dtype=object)
    if kind.end_user == "target":
        has = rng.random(n) < 0.7
        eus = _parties(ctx, rng, target)
        eu_name = [v if h else None for v, h in zip(eus["name"].to_list(), has, strict=True)]
        eu_country = target.copy()
        eu_country[~has] = None
    elif kind.end_user == "forwarder":
        fw = ctx.pools["forwarder"][_members(ctx, rng, "forwarder", _hub_with_forwarders(ctx, hub))]
        eu_name, eu_country = fw["name"].to_list(), fw["country"].to_numpy().astype(object)
    address = consignees["address"]
    con_country = consignees["country"]
    if kind.name == "occupied_region":
        address = pl.Series(occupied_addresses(rng, n))
        con_country = pl.Series(_pick(rng, ("RU", "RU", "UA"), n).astype(str))
        dest = con_country.to_numpy().astype(object)
    qty, value = goods.amounts(rng, items)
    sub = pl.DataFrame({
        "shipper_name": shippers["name"], "shipper_country": shippers["country"],
        "consignee_name": consignees["name"], "consignee_country": con_country,
        "consignee_address": address,
        "end_user_name": pl.Series(eu_name, dtype=pl.Utf8),
        "end_user_country": pl.Series(eu_country.tolist(), dtype=pl.Utf8),
        "origin_country": shippers["country"],
        "transit_countries": pl.Series(transit.tolist(), dtype=pl.Utf8),
        "destination_country": pl.Series(dest.tolist(), dtype=pl.Utf8),
        "hs_code": goods.codes(rng, items, dotted_p=0.0),
        "goods_description": goods.describe(rng, items, lang, bilingual_p=0.1),
        "quantity": qty, "value": value, "currency": pl.Series(["USD"] * n),
    })
    table = goods.table
    truth = sub.select(
        pl.lit(kind.name).alias("kind"),
        pl.Series("group", [table[i].group for i in items.tolist()]),
        pl.Series("hs6", [table[i].hs6 for i in items.tolist()]),
        pl.Series("chpl", [table[i].hs6 in CHPL_CODES for i in items.tolist()]),
        pl.Series("lang", np.array(("en", "ru", "zh"))[lang].tolist()),
        pl.concat_str("origin_country", "transit_countries", "destination_country",
                      separator=">", ignore_nulls=True).alias("route"),
        "consignee_country", "end_user_country", "destination_country", "hs_code",
        "goods_description",
    )
    return sub, truth


def _hub_with_forwarders(ctx: Context, hub: np.ndarray) -> np.ndarray:
    known = ctx.by_country["forwarder"]
    return np.array([h if h in known else "AE" for h in hub.tolist()], dtype=object)
