"""The name vocabulary (legal forms, stopwords, honorifics, generic words, number words).

Loaded once from ``screening/data/name_vocab.yaml``; every entry passes through :func:`fold` so
the table can be written in any script and still match folded names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from screening.normalize.text import fold

VOCAB_FILE = Path(__file__).resolve().parent.parent / "data" / "name_vocab.yaml"

EDGE_ONLY_MAX_LEN = 2
"""Single-token legal forms this short ("ao", "sa", "as", "pt") are also ordinary name tokens
(the surname Ao, the particle As): they count as legal forms only at the start or end of a name."""


@dataclass(frozen=True)
class Vocab:
    """Folded vocabulary tables."""

    legal_phrases: dict[tuple[str, ...], str]  # variant tokens -> canonical legal form
    legal_canonical: frozenset[str]
    stopwords: frozenset[str]
    honorifics: frozenset[str]
    generic: frozenset[str]
    common: frozenset[str]  # frequent given names / surnames
    places: frozenset[str]
    numbers: dict[str, str]  # word -> digits
    words: dict[str, str]  # word variant -> canonical (numbers and generic forms)
    max_phrase: int


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(fold(item) for item in items if fold(item))


@cache
def vocab() -> Vocab:
    """The vocabulary, read and folded once per process."""
    raw = yaml.safe_load(VOCAB_FILE.read_text(encoding="utf-8"))
    phrases: dict[tuple[str, ...], str] = {}
    for canonical, variants in raw["legal_forms"].items():
        for variant in [canonical, *variants]:
            key = tuple(fold(variant).split())
            if key:
                phrases[key] = canonical
    numbers = {fold(w): digits for digits, words in raw["number_words"].items() for w in words}
    forms = {fold(w): canon for canon, words in raw["generic_forms"].items() for w in words}
    return Vocab(
        legal_phrases=phrases,
        legal_canonical=frozenset(raw["legal_forms"]),
        stopwords=_words(raw["stopwords"]),
        honorifics=_words(raw["honorifics"]),
        generic=_words(raw["generic"]) | frozenset(raw["generic_forms"]),
        common=_words(raw["common_names"]),
        places=_words(raw["places"]),
        numbers=numbers,
        words={**forms, **numbers},
        max_phrase=max(len(k) for k in phrases),
    )
