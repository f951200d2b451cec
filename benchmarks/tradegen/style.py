"""Name styles: templates with slots, filled vectorised with numpy indices and polars.

A :class:`Style` describes how one country's companies, logistics firms, persons and addresses
are written, possibly in several scripts (Latin and Cyrillic, Latin and Han). A template has one
text per script; a slot has one value per script, so the Latin and the Cyrillic spelling of one
drawn name are the same company. Slots used twice in a row (``{city}`` in the name and in the
address) take the same draw, so "Shenzhen ... Co., Ltd." has its address in Shenzhen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import polars as pl

Template = tuple[float, tuple[str, ...]]
"""(weight, one text per script)."""

SlotValues = tuple[tuple[str, ...], ...]
"""Alternatives; each alternative has one spelling per script (or one for all scripts)."""

_PLACEHOLDER = re.compile(r"(\{[a-z_0-9]+\})")
NUMERIC_SLOTS: Mapping[str, tuple[int, int, int]] = {
    # name: (low, high inclusive, zero-padded width or 0)
    "num": (1, 299, 0),
    "room": (101, 2899, 0),
    "zip5": (10000, 99999, 5),
    "zip6": (100000, 699999, 6),
}


def words(text: str) -> tuple[str, ...]:
    """Split a ``", "``-separated vocabulary string into a tuple (keeps data tables compact)."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def slot(values: Iterable[str | tuple[str, ...]]) -> SlotValues:
    """A slot from plain strings (same in every script) or per-script tuples."""
    return tuple((v,) if isinstance(v, str) else tuple(v) for v in values)


@dataclass(frozen=True)
class Style:
    """How parties of one country (or country group) are written."""

    scripts: tuple[str, ...]
    script_weights: tuple[float, ...]
    company: tuple[Template, ...]
    logistics: tuple[Template, ...]
    person: tuple[Template, ...]
    address: tuple[str, ...]
    slots: Mapping[str, SlotValues] = field(default_factory=dict)


def subsample_slots(style: Style, rng: np.random.Generator, keep: float) -> Style:
    """The style with each large slot cut to a random ``keep`` share (pool diversity per seed)."""
    slots: dict[str, SlotValues] = {}
    for name in sorted(style.slots):
        values = style.slots[name]
        if len(values) >= 8 and keep < 1.0:
            k = max(6, round(len(values) * keep))
            chosen = np.sort(rng.choice(len(values), size=k, replace=False))
            values = tuple(values[i] for i in chosen)
        slots[name] = values
    return Style(style.scripts, style.script_weights, style.company, style.logistics,
                 style.person, style.address, slots)


def _weights(items: Iterable[float]) -> np.ndarray:
    w = np.asarray(list(items), dtype=np.float64)
    share: np.ndarray = w / w.sum()
    return share


_ARRAYS: dict[tuple[int, int], tuple[SlotValues, np.ndarray]] = {}


def _slot_array(values: SlotValues, script: int) -> np.ndarray:
    """The slot's spellings in ``script`` as an object array (cached per slot and script)."""
    hit = _ARRAYS.get((id(values), script))
    if hit is not None and hit[0] is values:
        return hit[1]
    array = np.array([v[script] if len(v) > script else v[0] for v in values], dtype=object)
    _ARRAYS[(id(values), script)] = (values, array)
    return array


def _numeric(name: str, idx: np.ndarray) -> np.ndarray:
    low, _high, width = NUMERIC_SLOTS[name]
    text = (idx + low).astype(str)
    padded: np.ndarray = (np.char.zfill(text, width) if width else text).astype(object)
    return padded


def render(style: Style, templates: tuple[Template, ...], n: int, rng: np.random.Generator,
           *, extra: tuple[tuple[str, ...], ...] = ()) -> tuple[pl.Series, list[pl.Series]]:
    """``n`` names from ``templates`` (and, with the same slot draws, each ``extra`` template).

    ``extra`` holds further per-script templates (e.g. the address) filled from the same draws.
    Returns the names and one series per extra template, all of length ``n``. Strings are
    joined as numpy object arrays: one C loop per template part, not a Python loop per name.
    """
    script = rng.choice(len(style.scripts), size=n, p=_weights(style.script_weights))
    choice = rng.choice(len(templates), size=n, p=_weights(t[0] for t in templates))
    used: set[str] = set()
    for texts in [t[1] for t in templates] + list(extra):
        for text in texts:
            used.update(m[1:-1] for m in _PLACEHOLDER.findall(text))
    draws: dict[str, np.ndarray] = {}
    for name in sorted(used):
        if name in NUMERIC_SLOTS:
            low, high, _ = NUMERIC_SLOTS[name]
            draws[name] = rng.integers(0, high - low + 1, size=n)
        else:
            draws[name] = rng.integers(0, len(style.slots[name]), size=n)
    out = np.empty(n, dtype=object)
    extras = [np.empty(n, dtype=object) for _ in extra]
    for s in range(len(style.scripts)):
        in_script = script == s
        for t, (_, texts) in enumerate(templates):
            rows = np.flatnonzero(in_script & (choice == t))
            if rows.size:
                out[rows] = _fill(style, texts[s] if len(texts) > s else texts[0], s, draws, rows)
        rows = np.flatnonzero(in_script)
        for e, texts in enumerate(extra):
            if rows.size:
                extras[e][rows] = _fill(style, texts[s] if len(texts) > s else texts[0], s,
                                        draws, rows)
    return (pl.Series(out.tolist(), dtype=pl.Utf8),
            [pl.Series(x.tolist(), dtype=pl.Utf8) for x in extras])


def _fill(style: Style, text: str, script: int, draws: Mapping[str, np.ndarray],
          rows: np.ndarray) -> np.ndarray:
    joined = np.full(rows.size, "", dtype=object)
    for part in _PLACEHOLDER.split(text):
        if part.startswith("{") and part.endswith("}"):
            name = part[1:-1]
            if name in NUMERIC_SLOTS:
                joined = joined + _numeric(name, draws[name][rows])
            else:
                joined = joined + _slot_array(style.slots[name], script)[draws[name][rows]]
        elif part:
            joined = joined + part
    return joined


def coined(first: str, second: str, mid: str = ", i, o, a, er, an") -> tuple[str, ...]:
    """Coined trade names ("Tek" + "o" + "tron" = "Tekotron"): the long tail of small firms.

    ``mid`` may hold an empty item (``", i"``) so plain two-part names are included.
    """
    mids = [m.strip() for m in mid.split(",")]
    return tuple(a + m + b for a in words(first) for m in mids for b in words(second))



COIN_EN = coined(
    "Al, Ar, Bel, Cor, Dyn, El, Ev, Fal, Gal, Hel, Ind, Kor, Lum, Mar, Med, Nor, Nov, Om, Pol, "
    "Pro, Rex, Sol, Syn, Tek, Tri, Ult, Val, Ver, Vis, Zen, Ax, Bri, Cal, Dex, Fin, Jet",
    "tek, tron, max, lux, com, net, ra, ion, via, tex, dyn, sys, mat, lab, gen, tis, ora, ex, on, "
    "us, ix, ant, corp, line",
)
COIN_DE = coined(
    "Hag, Bau, Rhe, Wil, Kro, Hel, Sta, Tec, Fra, Lin, Wer, Alt, Neu, Ober, Hoch, Fein, Kraft, Stein",
    "tec, mann, bau, tronik, form, stahl, werk, mat, plan, hof, berg, rad, tek, lux, guss, dreh",
)
COIN_IT = coined("Ital, Tecno, Meccan, Elett, Flu, Idra, Termo, Ferr, Pneu, Ele, Oleo, Metal",
                 "ital, tec, mec, form, plast, sud, nord, tronic, flex, press, idea, sistem")
COIN_TR = coined("Ak, Kar, Yıl, Öz, Tek, Ege, Bay, Can, Er, Gül, Kay, Sel, Tur, Uz, Ay, Nur",
                 "san, tek, taş, kan, man, er, soy, pa, ak, demir, el, mak, tas, sen")
