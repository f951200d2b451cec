"""Counterparty pools per role and Zipf-like sampling from them.

Each role (shipper, consignee/end user, forwarder) gets a pool of parties (name, country,
address) drawn from the country styles in proportion to that role's country weights. Rows then
pick parties with a Zipf-Mandelbrot law over a shuffled pool, so trade data repeats its
counterparties the way real files do: a few parties on thousands of rows, a long tail seen once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import polars as pl

from benchmarks.tradegen import vocab_cis, vocab_east, vocab_west
from benchmarks.tradegen.countries import (
    CONSIGNEE_WEIGHTS,
    FORWARDER_WEIGHTS,
    SHIPPER_WEIGHTS,
    TARGET_WEIGHTS,
)
from benchmarks.tradegen.style import Style, render, subsample_slots

STYLES: Mapping[str, Style] = {**vocab_east.STYLES, **vocab_cis.STYLES, **vocab_west.STYLES}

GLOBAL_FORWARDERS = (
    ("DHL Global Forwarding", "DE"), ("Kuehne + Nagel", "DE"), ("DB Schenker", "DE"),
    ("Expeditors International", "US"), ("CEVA Logistics", "FR"), ("DSV Air & Sea", "NL"),
    ("Nippon Express", "JP"), ("Kerry Logistics", "HK"), ("Sinotrans", "CN"),
    ("Maersk Logistics", "NL"), ("Hellmann Worldwide Logistics", "DE"), ("Agility", "AE"),
)
"""Large forwarders appear on a big share of real shipments: they head the forwarder pool."""


@dataclass(frozen=True)
class RoleSpec:
    weights: Mapping[str, float]
    person_share: float
    logistics: bool = False


ROLES: Mapping[str, RoleSpec] = {
    "shipper": RoleSpec(SHIPPER_WEIGHTS, 0.03),
    "consignee": RoleSpec(CONSIGNEE_WEIGHTS, 0.10),
    "forwarder": RoleSpec(FORWARDER_WEIGHTS, 0.0, logistics=True),
    "russia": RoleSpec(TARGET_WEIGHTS, 0.10),
}


def pool_styles(pool_seed: int, keep: float) -> dict[str, Style]:
    """The styles with vocabulary cut per ``pool_seed`` (another seed gives other word subsets)."""
    rng = np.random.default_rng([pool_seed, 7])
    return {c: subsample_slots(STYLES[c], rng, keep) for c in sorted(STYLES)}


def build_pool(role: str, size: int, styles: Mapping[str, Style],
               rng: np.random.Generator) -> pl.DataFrame:
    """``size`` distinct parties for ``role`` in random order: name, country, address."""
    spec = ROLES[role]
    countries = sorted(spec.weights)
    w = np.array([spec.weights[c] for c in countries], dtype=np.float64)
    counts = rng.multinomial(int(size * 1.15) + 16, w / w.sum())
    frames: list[pl.DataFrame] = []
    for country, n in zip(countries, counts, strict=True):
        style = styles[country]
        n_person = int(rng.binomial(n, spec.person_share)) if style.person else 0
        parts = [(style.logistics if spec.logistics else style.company, n - n_person),
                 (style.person, n_person)]
        for templates, k in parts:
            if k <= 0:
                continue
            names, (addresses,) = render(style, templates, int(k), rng, extra=(style.address,))
            frames.append(pl.DataFrame({"name": names, "address": addresses})
                          .with_columns(country=pl.lit(country)))
    pool = pl.concat(frames).select("name", "country", "address")
    pool = pool.unique(subset="name", keep="first", maintain_order=True)
    pool = pool[rng.permutation(pool.height)]
    if spec.logistics:
        majors = pl.DataFrame({"name": [n for n, _ in GLOBAL_FORWARDERS],
                               "country": [c for _, c in GLOBAL_FORWARDERS]})
        majors = majors.with_columns(address=pl.lit(None, dtype=pl.Utf8))
        pool = pl.concat([majors, pool.filter(~pl.col("name").is_in(majors["name"].implode()))])
    return pool.head(size)


class ZipfSampler:
    """Draw pool positions with P(rank k) proportional to 1 / (k + q) ** s (Zipf-Mandelbrot)."""

    def __init__(self, size: int, s: float, q: float) -> None:
        ranks = np.arange(1, size + 1, dtype=np.float64)
        weights = 1.0 / np.power(ranks + q, s)
        self.cdf = np.cumsum(weights)
        self.cdf /= self.cdf[-1]

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        idx = np.searchsorted(self.cdf, rng.random(n), side="right")
        return np.minimum(idx, self.cdf.size - 1).astype(np.int64)
