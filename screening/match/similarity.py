"""Token similarity: the per-token rule, as a plain reference function (the vectorised twin is
``similarity_frame.py``).

Equal tokens score 1; numbers only match equal numbers; short tokens and initials never match
fuzzily (an initial matches a word's first letter); legal forms only match legal forms; other
tokens score their Indel similarity (rapidfuzz ``fuzz.ratio``) raised to a floor when one is a
prefix of the other, both share a phonetic key, or one is a slip of the other (two letters
swapped, one replaced by its neighbour on the keyboard), and count only above a minimum. The
feminine and masculine forms of a name never match (``masculine``, ``gendered``).
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

import jellyfish
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Indel, Levenshtein

from screening.match.features import MatchConfig
from screening.normalize.vocab import is_pinyin_word

PREFIX_MIN_LEN = 5
"""An abbreviation must keep at least this much of the word (shorter ones, "tech", "intl", are in
the vocabulary; "tian" is no abbreviation of "tiansen")."""
PHONETIC_MIN_LEN = 4
"""Three-letter tokens ("yan"/"yun", "isi"/"isa") share phonetic keys by accident."""


TYPO_MIN_LEN = 4


KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOUR_PAIRS = frozenset(
    pair for row in KEYBOARD_ROWS for a, b in pairwise(row) for pair in (a + b, b + a)
)
"""Letters of side-by-side keys on a QWERTY keyboard, both orders ("as", "sa", ...): a finger
slipping sideways, the commonest typing error. Names differing by other letters ("Omar" / "Omer",
"Hala" / "Hana") are other names."""


def _slip(a: str, b: str) -> str:
    """"swap" (adjacent letters exchanged), "gap" (one letter dropped or added), "key" (one letter
    replaced by the key beside it: "Rezs"/"Reza", "Bsnk"/"Bank") or ""."""
    if Indel.distance(a, b) == 1:
        return "gap"
    if len(a) == len(b) and OSA.distance(a, b) == 1:
        if Levenshtein.distance(a, b) == 2:
            return "swap"  # a substitution costs 1 in both OSA and Levenshtein; a swap 1 and 2
        at = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
        return "key" if a[at] + b[at] in NEIGHBOUR_PAIRS else ""
    return ""


@cache
def phonetic(token: str) -> str:
    """Metaphone key of a token ("" for tokens with digits or under 3 chars)."""
    if len(token) < 3 or not token.isalpha():
        return ""
    return str(jellyfish.metaphone(token))


FEMININE = ("ova", "eva", "ina", "aya")
"""Slavic surnames and patronymics in their feminine form ("Lebedeva" / "Lebedev", "Petrovna"):
a different person, never a typo."""


def masculine(token: str) -> str:
    """The masculine form of a Slavic feminine ending, else the token ("lebedeva" -> "lebedev")."""
    if len(token) > 5 and token.endswith(FEMININE):
        return token[:-3] + ("iy" if token.endswith("aya") else token[-3:-1])
    return token


def gendered(a: str, b: str) -> bool:
    """The feminine and masculine forms of one given name ("Ivana"/"Ivan", "Evgeniya"/"Evgeny",
    "Karima"/"Karim"): two different people, not a typo. Applied to person names only."""
    if a.endswith("a") == b.endswith("a"):
        return False
    fem, masc = (a, b) if a.endswith("a") else (b, a)
    stem = masc.rstrip("iy").lstrip("y")  # "Yevgeniy" / "Evgeniya": a leading y is romanisation
    return len(stem) >= 3 and fem[:-1].rstrip("iy").lstrip("y") == stem


def token_similarity(a: str, kind_a: str, b: str, kind_b: str, cfg: MatchConfig) -> float:
    """Reference implementation of the token rule (one pair; used by tests and compare)."""
    if a == b:
        return 1.0
    if masculine(a) == masculine(b):
        return 0.0
    if "number" in (kind_a, kind_b):
        return 0.0
    if kind_a == "legal" or kind_b == "legal":
        return cfg.legal_mismatch_similarity if kind_a == kind_b else 0.0
    if kind_a == "initial" or kind_b == "initial":
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        return cfg.initial_similarity if len(short) == 1 and long_[0] == short else 0.0
    if min(len(a), len(b)) <= cfg.short_token_len:
        return 0.0
    slip = _slip(a, b)
    if "syllable" in (kind_a, kind_b):
        # a slip of a pinyin word spells no valid word; an Arabic-script skeleton one letter off
        # ("hsn"/"mhsn"), or two valid syllables ("lin"/"ling"), are different names
        one_off = slip != "" and is_pinyin_word(a) != is_pinyin_word(b)
        return cfg.typo_similarity if one_off else 0.0
    sim = fuzz.ratio(a, b) / 100.0
    if slip in ("swap", "key") and min(len(a), len(b)) >= TYPO_MIN_LEN:
        sim = max(sim, cfg.typo_similarity)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= PREFIX_MIN_LEN and long_.startswith(short):
        sim = max(sim, cfg.prefix_similarity)
    pa, pb = phonetic(a), phonetic(b)
    if pa and pa == pb and min(len(a), len(b)) >= PHONETIC_MIN_LEN and sim >= cfg.phonetic_min_ratio:
        sim = max(sim, cfg.phonetic_similarity)
    return sim if sim >= cfg.token_min_similarity else 0.0
