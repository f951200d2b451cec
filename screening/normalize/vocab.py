"""The name vocabulary (legal forms, stopwords, honorifics, generic words, number words).

Loaded once from ``screening/data/name_vocab.yaml``; every entry passes through :func:`fold` so
the table can be written in any script and still match folded names.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from screening.normalize.text import fold

VOCAB_FILE = Path(__file__).resolve().parent.parent / "data" / "name_vocab.yaml"
PINYIN_FILE = VOCAB_FILE.parent / "pinyin_syllables.txt"

EDGE_ONLY = frozenset({"ao", "sa", "as", "se", "ab", "pt", "kk", "bv", "nv", "ag", "lp", "oy", "spa"})
"""Short legal forms that are also ordinary name tokens (the surname Ao, the particle As): they
count as legal forms only at the start or end of a name."""

GENERIC_SLIP_MIN_LEN = 7
"""Only business words and qualifiers at least this long are restored from a slip: a short one is
one letter away from too many names ("marine" / "martine", "branch" / "Branco", "center" /
"Centek"), and two names one slip from it would become the same word."""

PLACE_SLIP_MIN_LEN = 8
"""Places at least this long are restored from a slip ("Pyongyagn", "Petersbrug"); shorter ones are
one letter from too many names ("Berlin" / "Merlin")."""

LEGAL_WORD_MIN_LEN = 5
"""Words of legal-form phrases at least this long ("limited", "liability", "obshchestvo") mark a
token as a legal form even outside a recognised phrase, and so do near-misspellings of them."""


@dataclass(frozen=True)
class Vocab:
    """Folded vocabulary tables."""

    legal_phrases: dict[tuple[str, ...], str]  # variant tokens -> canonical legal form
    legal_canonical: frozenset[str]
    legal_words: frozenset[str]  # words of legal phrases, e.g. "liability", "aktsionernoe"
    stopwords: frozenset[str]
    honorifics: frozenset[str]
    generic: frozenset[str]
    qualifiers: frozenset[str]
    common: frozenset[str]  # frequent given names / surnames
    places: frozenset[str]
    numbers: dict[str, str]  # word -> digits
    words: dict[str, str]  # word variant -> canonical (numbers and generic forms)
    slip_targets: tuple[str, ...]  # long business words, qualifiers and places a slip may mean
    max_phrase: int
    phrase_starts: dict[str, int]  # first token of a legal phrase -> longest phrase length


def _phrase_starts(phrases: dict[tuple[str, ...], str]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for key in phrases:
        starts[key[0]] = max(starts.get(key[0], 0), len(key))
    return starts


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(fold(item) for item in items if fold(item))


@cache
def vocab_fingerprint() -> str:
    """Short hash of the vocabulary files: anything built from analysed names (a cached name
    index) is stale when someone edits the table, so caches key on this."""
    digest = hashlib.sha256(VOCAB_FILE.read_bytes() + b"\0" + PINYIN_FILE.read_bytes())
    return digest.hexdigest()[:16]


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
        legal_words=frozenset(
            w for key in phrases for w in key if len(w) >= LEGAL_WORD_MIN_LEN
        ) | _words(raw["legal_words"]),
        stopwords=_words(raw["stopwords"]),
        honorifics=_words(raw["honorifics"]),
        generic=(_words(raw["generic"]) | frozenset(raw["generic_forms"])) - _words(raw["qualifiers"]),
        qualifiers=_words(raw["qualifiers"]),
        common=_words(raw["common_names"]),
        places=_words(raw["places"]),
        numbers=numbers,
        words={**forms, **numbers},
        slip_targets=tuple(sorted(
            {w for w in (_words(raw["generic"]) | _words(raw["qualifiers"]) | frozenset(forms))
             if len(w) >= GENERIC_SLIP_MIN_LEN}
            | {w for w in _words(raw["places"]) if len(w) >= PLACE_SLIP_MIN_LEN}
        )),
        max_phrase=max(len(k) for k in phrases),
        phrase_starts=_phrase_starts(phrases),
    )


@cache
def pinyin_syllables() -> frozenset[str]:
    """Toneless Mandarin pinyin syllables ("zhang", "wei", "ying")."""
    lines = PINYIN_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


VOWELS = frozenset("aeiouv")


@cache
def is_pinyin_word(token: str, max_syllables: int = 2) -> bool:
    """A token made of one or two pinyin syllables ("wei", "guoying"). In a two-syllable word
    both syllables must open with a consonant, or "ali" (a+li) and "ozai" (o+zai) would count."""
    syllables = pinyin_syllables()
    if token in syllables:
        return True
    if max_syllables < 2:
        return False
    return any(
        token[:i] in syllables
        and token[0] not in VOWELS
        and token[i] not in VOWELS
        and is_pinyin_word(token[i:], max_syllables - 1)
        for i in range(1, len(token))
    )
