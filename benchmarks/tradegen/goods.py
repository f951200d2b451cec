"""Goods lines: HS codes weighted like real trade, descriptions in EN/RU/ZH, quantities, values.

Everything is drawn vectorised per chunk from :data:`HS_TABLE`. Declarations are written the way
real files write them: 6-, 8- or 10-digit national codes (sometimes dotted), descriptions with
model/part numbers appended, now and then bilingual ("Ball bearings / Подшипники шариковые").
"""

from __future__ import annotations

import numpy as np
import polars as pl

from benchmarks.tradegen.hs_table import HS_TABLE, MODEL_LABELS, HsItem

LANGS = ("en", "ru", "zh")
_PLAIN_GROUPS = frozenset({"food", "pharma", "textiles", "footwear", "leather", "paper", "wood",
                           "ceramics", "hygiene", "glass", "chemicals", "furniture", "steel"})
"""Goods declared without a model or part number."""
_NATIONAL_SUFFIX = ("00", "10", "90", "11", "19", "30", "80", "99")


class GoodsSampler:
    """Vectorised draws of goods lines from an HS table."""

    def __init__(self, table: tuple[HsItem, ...] = HS_TABLE, *, model_seed: int = 0) -> None:
        self.table = table
        self.hs6 = pl.Series("hs6", [it.hs6 for it in table])
        weights = np.array([it.weight for it in table], dtype=np.float64)
        ordinary = np.array([it.level == "ordinary" for it in table])
        self.p_all = weights / weights.sum()
        self.p_ordinary = np.where(ordinary, weights, 0.0) / weights[ordinary].sum()
        self.price = np.array([it.price for it in table], dtype=np.float64)
        self.per_kg = np.array([it.unit == "kg" for it in table])
        self.technical = np.array([it.group not in _PLAIN_GROUPS for it in table])
        flat: list[str] = []
        self.base = np.zeros((len(table), len(LANGS)), dtype=np.int64)
        self.count = np.zeros((len(table), len(LANGS)), dtype=np.int64)
        for i, item in enumerate(table):
            for j, lang in enumerate(LANGS):
                variants = getattr(item, lang)
                self.base[i, j] = len(flat)
                self.count[i, j] = len(variants)
                flat.extend(variants)
        self.flat = pl.Series("desc", flat)
        self.labels = pl.Series([w for lang in LANGS for w in MODEL_LABELS[lang]])
        self.label_count = np.array([len(MODEL_LABELS[lang]) for lang in LANGS])
        self.label_base = np.concatenate([[0], np.cumsum(self.label_count)[:-1]])
        self.models = _model_numbers(np.random.default_rng([model_seed, 11]), 20_000)

    def index_of(self, hs6: str) -> int:
        return next(i for i, it in enumerate(self.table) if it.hs6 == hs6)

    def draw(self, rng: np.random.Generator, ordinary_only: np.ndarray) -> np.ndarray:
        """An item index per row; rows flagged ``ordinary_only`` get ordinary goods only."""
        n = ordinary_only.size
        any_item = rng.choice(len(self.table), size=n, p=self.p_all)
        ordinary = rng.choice(len(self.table), size=n, p=self.p_ordinary)
        return np.where(ordinary_only, ordinary, any_item)

    def describe(self, rng: np.random.Generator, items: np.ndarray, lang: np.ndarray,
                 *, model_p: float = 0.35, bilingual_p: float = 0.04) -> pl.Series:
        """A declaration text per row in language ``lang`` (indices into :data:`LANGS`)."""
        n = items.size
        variant = rng.random(n)  # one draw for both texts keeps "X / X in Russian" aligned
        pick = self.base[items, lang] + (variant * self.count[items, lang]).astype(np.int64)
        text = self.flat.gather(pick)
        english = self.flat.gather(self.base[items, 0]
                                   + (variant * self.count[items, 0]).astype(np.int64))
        label_pick = self.label_base[lang] + (rng.random(n) * self.label_count[lang]).astype(
            np.int64)
        labels = self.labels.gather(label_pick)
        models = self.models.gather(rng.integers(0, self.models.len(), n))
        add_model = pl.Series((rng.random(n) < model_p) & self.technical[items])
        bilingual = pl.Series((rng.random(n) < bilingual_p) & (lang != 0))
        frame = pl.DataFrame({"t": text, "en": english, "label": labels, "model": models,
                              "m": add_model, "b": bilingual})
        return frame.select(
            pl.when(pl.col("b")).then(pl.concat_str("en", pl.lit(" / "), "t"))
            .otherwise(pl.col("t")).alias("d"), "label", "model", "m"
        ).select(
            pl.when(pl.col("m")).then(pl.concat_str("d", pl.lit(", "), "label", pl.lit(" "),
                                                    "model"))
            .otherwise(pl.col("d")).alias("goods_description")
        ).to_series()

    def codes(self, rng: np.random.Generator, items: np.ndarray, *, dotted_p: float = 0.05
              ) -> pl.Series:
        """HS codes as declared: 6, 8 or 10 digits, a few with dots ("8542.31.00")."""
        n = items.size
        hs6 = self.hs6.gather(items)
        suffixes = pl.Series(_NATIONAL_SUFFIX)
        sfx = suffixes.gather(rng.integers(0, len(_NATIONAL_SUFFIX), n))
        sfx2 = suffixes.gather(rng.integers(0, 3, n))
        form = rng.choice(4, size=n, p=[0.6 - dotted_p, 0.25, 0.15, dotted_p])
        frame = pl.DataFrame({"h": hs6, "s": sfx, "s2": sfx2, "f": form})
        return frame.select(
            pl.when(pl.col("f") == 0).then(pl.col("h"))
            .when(pl.col("f") == 1).then(pl.concat_str("h", "s"))
            .when(pl.col("f") == 2).then(pl.concat_str("h", "s", "s2"))
            .otherwise(pl.concat_str(pl.col("h").str.slice(0, 4), pl.lit("."),
                                     pl.col("h").str.slice(4, 2), pl.lit("."), "s"))
            .alias("hs_code")
        ).to_series()

    def amounts(self, rng: np.random.Generator, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Quantity (pieces or kg) and value in USD-equivalent, lognormal around the unit price."""
        n = items.size
        kg = self.per_kg[items]
        expensive = self.price[items] > 5000
        qty = np.where(kg, rng.lognormal(7.0, 1.3, n), rng.lognormal(4.5, 1.6, n))
        qty = np.where(expensive & ~kg, rng.integers(1, 6, n), qty)
        qty = np.maximum(1.0, np.where(kg, np.round(qty, 1), np.round(qty)))
        value = np.round(qty * self.price[items] * rng.lognormal(0.0, 0.35, n), 2)
        return qty, np.maximum(value, 1.0)


def _model_numbers(rng: np.random.Generator, n: int) -> pl.Series:
    """Model / part numbers such as "KX-20417", "B59774", "MD/10946-PL"."""
    letters = np.array(list("ABCDEFGHJKLMNPRSTUVWXYZ"), dtype=object)

    def code(length: np.ndarray) -> np.ndarray:
        out = np.full(n, "", dtype=object)
        for k in range(int(length.max())):
            out = out + np.where(length > k, letters[rng.integers(0, letters.size, n)], "")
        return out

    head = code(rng.integers(1, 4, n))
    sep = np.array(["-", "", " ", "/"], dtype=object)[rng.integers(0, 4, n)]
    num = rng.integers(10, 99999, n).astype(str).astype(object)
    tail = np.where(rng.random(n) < 0.33, "-" + code(np.full(n, 2)), "")
    return pl.Series("model", (head + sep + num + tail).tolist(), dtype=pl.Utf8)
