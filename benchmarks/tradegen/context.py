"""What every chunk draws from, built once per run: party pools, samplers, goods, list targets.

Background pools are cleaned against the list names (a background name equal to a listed name
after casefolding and dropping punctuation is removed), so a hit on a name outside
``truth_parties`` is a false positive by construction, not an unlabelled true one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np
import polars as pl

from benchmarks.tradegen import vocab_embargo
from benchmarks.tradegen.config import GenConfig
from benchmarks.tradegen.goods import GoodsSampler
from benchmarks.tradegen.names import ZipfSampler, build_pool, pool_styles
from benchmarks.tradegen.style import render
from benchmarks.tradegen.targets import load_targets, target_weights

POOL_SIZES: Mapping[str, int] = {"shipper": 80_000, "consignee": 100_000, "forwarder": 16_000,
                                 "russia": 8_000}
"""Requested pool sizes (fewer remain after de-duplication: small vocabularies saturate)."""
ZIPF: Mapping[str, tuple[float, float]] = {
    "shipper": (1.1, 8.0), "consignee": (1.05, 12.0), "forwarder": (1.2, 2.0),
}
"""(exponent s, offset q) of the Zipf-Mandelbrot law per role."""


@dataclass(frozen=True)
class Context:
    cfg: GenConfig
    pools: Mapping[str, pl.DataFrame]  # role -> name, country, address
    samplers: Mapping[str, ZipfSampler]
    by_country: Mapping[str, Mapping[str, np.ndarray]]  # role -> country -> pool positions
    goods: GoodsSampler
    targets: pl.DataFrame  # targets.TARGET_SCHEMA rows
    target_p: np.ndarray


def pool_key(cfg: GenConfig) -> tuple[object, ...]:
    """The settings a context's pools and targets depend on (the rest may change freely)."""
    return (cfg.pool_seed, cfg.pool_scale, cfg.vocab_keep, cfg.lists, cfg.lists_dir)


def for_config(ctx: Context, cfg: GenConfig) -> Context:
    """``ctx`` reused for another run ``cfg`` with the same pools (e.g. another seed)."""
    if pool_key(ctx.cfg) != pool_key(cfg):
        raise ValueError("context was built for other pool settings or lists")
    return replace(ctx, cfg=cfg)


def normalise_expr(col: str) -> pl.Expr:
    """Casefold, drop punctuation, squeeze spaces (the comparison used to clean the pools)."""
    return (pl.col(col).str.to_lowercase().str.replace_all(r"[^\p{L}\p{N}\s]", " ")
            .str.replace_all(r"\s+", " ").str.strip_chars())


def build_context(cfg: GenConfig, targets: pl.DataFrame | None = None) -> Context:
    """Pools, samplers and targets for ``cfg`` (``targets`` may be given to skip list loading)."""
    if targets is None:
        targets = load_targets(cfg.lists, cfg.lists_dir, use_store=cfg.use_store)
    if targets.height == 0:
        raise ValueError("no plantable names in the given lists")
    listed = targets.select(normalise_expr("list_name").alias("key")).unique()
    styles = pool_styles(cfg.pool_seed, cfg.vocab_keep)
    rng = np.random.default_rng([cfg.pool_seed, 1])
    pools: dict[str, pl.DataFrame] = {}
    for role, size in POOL_SIZES.items():
        pool = build_pool(role, max(200, int(size * cfg.pool_scale)), styles, rng)
        pool = (pool.with_columns(normalise_expr("name").alias("key"))
                .join(listed, on="key", how="anti", maintain_order="left").drop("key"))
        pools[role] = pool
    pools["embargo"] = _embargo_pool(rng)
    samplers = {role: ZipfSampler(pools[role].height, *ZIPF[role]) for role in ZIPF}
    by_country = {role: _positions(pool) for role, pool in pools.items()}
    return Context(cfg, pools, samplers, by_country, GoodsSampler(model_seed=cfg.pool_seed),
                   targets, target_weights(targets))


def _embargo_pool(rng: np.random.Generator) -> pl.DataFrame:
    frames = []
    for country, style in sorted(vocab_embargo.STYLES.items()):
        names, (addresses,) = render(style, style.company, 400, rng, extra=(style.address,))
        frames.append(pl.DataFrame({"name": names, "country": country, "address": addresses}))
    return pl.concat(frames).unique("name", keep="first", maintain_order=True)


def _positions(pool: pl.DataFrame) -> dict[str, np.ndarray]:
    countries = pool["country"].to_numpy()
    return {c: np.flatnonzero(countries == c) for c in np.unique(countries).tolist()}
