"""Perturbations of listed names, the way trade documents misspell them, each with a label.

:func:`perturb` turns a list name into the name written on a shipment and says what it did
("typo1", "legal_form+suffix" ...), so recall can be reported per kind. Kinds only apply where
they make sense (reorder and drop_middle to persons, legal_form/suffix to organisations,
translit to Russian-looking or Cyrillic names) and always change the name, except ``exact``.
Planted rows are a small share of the data, so a Python call per planted name is fine.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from random import Random

from benchmarks.tradegen.legal import abbreviate, can_abbreviate, vary_legal_form
from benchmarks.tradegen.translit import AR_VARIANTS, RU_VARIANTS, SYSTEMS, to_cyrillic, to_latin
from benchmarks.tradegen.typos import typo

PROFILES: Mapping[str, Mapping[str, float]] = {
    "light": {"exact": 12, "case": 16, "punct": 12, "legal_form": 14, "typo1": 16, "typo2": 2,
              "reorder": 8, "drop_middle": 3, "translit": 6, "script": 1, "suffix": 4,
              "abbrev": 3, "paren": 2, "combo": 1},
    "medium": {"exact": 6, "case": 10, "punct": 9, "legal_form": 12, "typo1": 14, "typo2": 7,
               "reorder": 8, "drop_middle": 5, "translit": 9, "script": 3, "suffix": 6,
               "abbrev": 5, "paren": 2, "combo": 7},
    "heavy": {"exact": 2, "case": 4, "punct": 5, "legal_form": 9, "typo1": 10, "typo2": 12,
              "reorder": 7, "drop_middle": 6, "translit": 10, "script": 6, "suffix": 7,
              "abbrev": 6, "paren": 2, "combo": 15},
}
"""Relative frequency of each perturbation kind per noise profile."""

_COMBO_PARTS = ("case", "punct", "legal_form", "typo1", "reorder", "drop_middle", "translit",
                "suffix", "abbrev", "paren")
_PUNCT = re.compile(r"[^\w\s]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_RUSSIAN_LOOK = re.compile(
    r"\w(?:ov|ev|yev|sky|skiy|vich|vna|ova|eva|enko|yuk)\b|\b(?:ooo|oao|zao|pao|tsentr|"
    r"zavod|nauchno|obshchestvo|aktsionernoe|kompaniya)\b", re.IGNORECASE)
_ARABIC_LOOK = re.compile(r"\b(?:al|el|abd|abu|bin|ibn)\b|mohamm|muhamm|ahmad|hussein|hassan",
                          re.IGNORECASE)
_RUSSIAN_COUNTRIES = frozenset({"RU", "BY", "UA", "KZ", "KG"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_LEGAL_TOKENS = frozenset({"ooo", "oao", "zao", "pao", "ao", "llc", "jsc", "ojsc", "pjsc", "cjsc",
                           "ltd", "co", "inc", "corp", "fze", "fzco", "gmbh", "plc"})
_PAREN = re.compile(r"\s*\([^)]*\)")
BRANCHES: Mapping[str, tuple[str, ...]] = {
    "CN": ("Shenzhen", "Shanghai", "Beijing", "Guangzhou"), "HK": ("Hong Kong", "Kowloon"),
    "RU": ("Moscow", "St. Petersburg", "Novosibirsk"), "AE": ("Dubai", "Sharjah", "Jebel Ali"),
    "TR": ("Istanbul", "Ankara"), "IR": ("Tehran", "Bandar Abbas"), "KZ": ("Almaty", "Astana"),
    "BY": ("Minsk",), "KP": ("Pyongyang",), "SY": ("Damascus",),
}
_BRANCH_FORMS = ("{n} ({c} Branch)", "{n} {c} Branch", "{n} - {c}", "{n}, {c} Office",
                 "{n} Representative Office {c}", "{n} ({c})", "{n} {c}")


def russian_looking(name: str, country: str | None) -> bool:
    """A romanised Russian (or Russian-speaking) name: by the listed country or its endings."""
    return country in _RUSSIAN_COUNTRIES or bool(_RUSSIAN_LOOK.search(name))


def applicable(kind: str, name: str, entity_type: str, country: str | None = None) -> bool:
    """Whether ``kind`` makes sense for this name (and can change it)."""
    return kind in applicable_kinds(name, entity_type, country)


@lru_cache(maxsize=65_536)
def applicable_kinds(name: str, entity_type: str, country: str | None) -> frozenset[str]:
    """Every kind that makes sense for this name (a pure function of its inputs: cached)."""
    person = entity_type == "person"
    letters = sum(c.isalpha() for c in name)
    tokens = len(name.replace(",", " ").split())
    cyrillic = bool(_CYRILLIC.search(name))
    checks = {
        "exact": True,
        "case": True,
        "punct": bool(_PUNCT.search(name)),
        "legal_form": not person,
        "typo1": letters >= 5,
        "typo2": letters >= 8,
        "reorder": person and tokens >= 2,
        "drop_middle": person and tokens >= 3,
        "translit": cyrillic or bool(_variant_options(name)),
        "script": not cyrillic and russian_looking(name, country),
        "suffix": not person,
        "abbrev": can_abbreviate(name),
        "paren": bool(_PAREN.search(name)) and bool(_PAREN.sub("", name).strip()),
        "combo": letters >= 8,
    }
    return frozenset(kind for kind, ok in checks.items() if ok)


def perturb(name: str, entity_type: str, country: str | None, kind: str,
            rnd: Random) -> tuple[str, str]:
    """Apply ``kind`` to ``name``; returns (written name, steps taken joined by "+")."""
    if kind == "exact":
        return name, "exact"
    if kind == "combo":
        parts = [k for k in _COMBO_PARTS if applicable(k, name, entity_type, country)]
        planned = rnd.sample(parts, k=min(len(parts), rnd.choice((2, 2, 3))))
        out, steps = name, list[str]()
        for step in planned:
            new = _apply(step, out, entity_type, country, rnd)
            if new != out:  # label only the steps that changed something
                out, steps = new, [*steps, step]
        if out == name:
            return typo(name, rnd), "typo1"
        return out, "+".join(steps)
    out = _apply(kind, name, entity_type, country, rnd)
    if out == name:  # e.g. a transposition of equal letters: fall back to one typo
        return typo(name, rnd), "typo1"
    return out, kind


def _apply(kind: str, name: str, entity_type: str, country: str | None, rnd: Random) -> str:
    if kind == "case":
        options = [v for v in (name.upper(), name.lower(), name.title()) if v != name]
        return rnd.choice(options) if options else name
    if kind == "punct":
        return " ".join(_PUNCT.sub(rnd.choice(("", " ")), name).split())
    if kind == "legal_form":
        return vary_legal_form(name, rnd)
    if kind in ("typo1", "typo2"):
        return typo(name, rnd, count=1 if kind == "typo1" else 2)
    if kind == "reorder":
        return _reorder(name, rnd)
    if kind == "drop_middle":
        return _drop_middle(name, rnd)
    if kind == "translit":
        if _CYRILLIC.search(name):
            return to_latin(name, rnd.choice(sorted(SYSTEMS)))
        return _latin_variant(name, rnd)
    if kind == "script":
        return to_cyrillic(name)
    if kind == "suffix":
        city = rnd.choice(BRANCHES.get(country or "", ("Dubai", "Hong Kong", "Moscow")))
        return rnd.choice(_BRANCH_FORMS).format(n=name, c=city)
    if kind == "abbrev":
        return abbreviate(name, rnd, count=rnd.choice((1, 1, 2)))
    if kind == "paren":
        return " ".join(_PAREN.sub("", name).split())
    raise ValueError(f"unknown perturbation kind {kind!r}")


def _reorder(name: str, rnd: Random) -> str:
    if "," in name:  # SDN "LAST, First Middle" -> "First Middle Last"
        last, _, first = name.partition(",")
        return f"{first.strip()} {last.strip()}".strip()
    tokens = name.split()
    if rnd.random() < 0.5:
        return " ".join(tokens[-1:] + tokens[:-1])
    return " ".join(tokens[1:] + tokens[:1])


def _drop_middle(name: str, rnd: Random) -> str:
    if "," in name:
        last, _, first = name.partition(",")
        given = first.split()
        if len(given) >= 2:
            kept = given[:1] if rnd.random() < 0.7 else [given[0], given[1][0] + "."]
            return f"{last.strip()}, {' '.join(kept)}"
        return name
    tokens = name.split()
    i = rnd.randrange(1, len(tokens) - 1)
    if rnd.random() < 0.3:
        return " ".join([*tokens[:i], tokens[i][0] + ".", *tokens[i + 1:]])
    return " ".join(tokens[:i] + tokens[i + 1:])


def _variant_options(name: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every word a romanisation variant applies to."""
    rules = (RU_VARIANTS if _RUSSIAN_LOOK.search(name) else ()) + (
        AR_VARIANTS if _ARABIC_LOOK.search(name) else ())
    options: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(name):
        word = m.group(0)
        low = word.lower()
        if len(word) < 4 or low in _LEGAL_TOKENS or len(low) != len(word):
            continue
        for pat, rep in rules:
            new = re.sub(pat, rep, low, count=1)
            if new != low:
                cased = new.upper() if word.isupper() else (
                    new[:1].upper() + new[1:] if word[:1].isupper() else new)
                options.append((m.start(), m.end(), cased))
    return options


def _latin_variant(name: str, rnd: Random) -> str:
    options = _variant_options(name)
    rnd.shuffle(options)
    chosen: list[tuple[int, int, str]] = []
    for start, end, new in options:
        if len(chosen) < rnd.choice((1, 1, 2)) and all(e <= start or end <= s
                                                       for s, e, _ in chosen):
            chosen.append((start, end, new))
    out = name
    for start, end, new in sorted(chosen, reverse=True):  # right to left keeps offsets valid
        out = out[:start] + new + out[end:]
    return out
