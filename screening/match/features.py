"""The matcher's tunables, as named and documented features with their weights.

Every number that shapes a score lives here, so the evaluation harness can sweep it and a
reviewer can read what moves a score without reading the scoring code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KIND_WEIGHTS: dict[str, float] = {
    "word": 1.0,  # a distinctive token: carries the match
    "number": 1.0,  # numbers must agree ("Fund 1" != "Fund 2")
    "common": 0.6,  # frequent given names / surnames: "mohammad", "ali", "wang", "ivanov"
    "syllable": 0.6,  # a Chinese syllable from pinyin: few hundred exist, so weak and exact-only
    "patronymic": 0.35,  # "Vladimirovich": often dropped in documents
    "generic": 0.45,  # business words of company names: "trading", "electronics", "shipping"
    "qualifier": 0.45,  # "group", "international", "branch", "holding"
    "place": 0.45,  # cities/regions/countries opening company names: "shenzhen", "asia"
    "initial": 0.35,  # single letters: match initials or the first letter of a word
    "legal": 0.15,  # canonical legal forms: "ltd", "llc", "jsc", "corp" (kept, down-weighted)
    "stop": 0.1,  # particles and connectors: "al", "bin", "de", "and"
}
"""Token weight by kind (see ``screening.normalize.names.TOKEN_KINDS``)."""

MISS_FACTORS: dict[str, float] = {
    "syllable": 2.5,  # a Chinese/Korean/Arabic-script name part left over: another person
    "qualifier": 0.5,  # "Branch", "Group", "Holding" added or dropped: the same company
    "place": 0.5,  # "Dubai", "(Schweiz)", "Shenzhen" added or dropped
}
"""Multiplier of a token's weight when it is left over on one side only (default 1). Names from
lossy scripts are short and every part identifies: "Wei Lin" is not "Wei Lin Na". A word facing
another leftover word (a conflict) always costs its full weight: "Green Trading" is not
"Green Shipping"."""


DESIGNATION_KINDS = ("qualifier", "place")
"""Kinds that make up a branch or group designation written around a company's name ("... Ltd
Representative Office Dubai", "Tehran ... (Shenzhen Branch)", "... Group International")."""


@dataclass(frozen=True)
class MatchConfig:
    """Tunables of name scoring. Defaults are the documented, evaluated configuration."""

    threshold: float = 0.80
    """Default decision threshold on the calibrated score: at or above is a match."""

    token_min_similarity: float = 0.80
    """Below this, two tokens give no credit at all (no partial credit for unrelated words)."""

    short_token_len: int = 2
    """Tokens this short (or shorter) only match exactly (or as initials), never fuzzily."""

    prefix_similarity: float = 0.80
    """Credit when one token (>= 5 chars) is a prefix of the other: "elektro"/"elektronika"."""

    phonetic_similarity: float = 0.88
    """Credit floor when two tokens share a phonetic key: "Mohammed"/"Muhammad"."""

    phonetic_min_ratio: float = 0.7
    """The phonetic floor applies only to tokens at least this similar in spelling ("Vita" and
    "Fuad" share a metaphone key but are different names)."""

    typo_similarity: float = 0.85
    """Credit for one swap of adjacent letters ("Chegn"/"Cheng", "Ssai"/"Sasi") or one letter
    replaced by the key beside it ("Rezs"/"Reza"): a fat-finger slip, which the edit ratio of a
    short word undervalues. For syllables of Chinese, Korean or Arabic-script names (otherwise
    exact-only) the same slips or one letter dropped or added, when exactly one side is a valid
    pinyin word ("Zhng"/"Zhang" yes; "Lin"/"Ling" and Arabic-script skeletons such as
    "hsn"/"mhsn" no)."""

    initial_similarity: float = 0.80
    """Credit for an initial matching the first letter of a word: "J"/"John"."""

    legal_mismatch_similarity: float = 0.5
    """Credit between two different legal forms ("ltd" vs "llc"): weak evidence either way."""

    conflict_penalty: float = 1.25
    """Weight of tokens left unaligned on *both* sides (a word replaced by another word: "Habib
    Ben Mohamed" vs "Habib Ben Ahmed"): contrary evidence, penalised above their weight."""

    omission_query_penalty: float = 1.0
    """Weight of extra query tokens with nothing left to face on the list side: the query says
    more than the listed name ("Adam Smith" vs the alias "ADAM"), full weight."""

    omission_candidate_penalty: float = 0.7
    """Weight of list-name tokens the query omits: documents drop qualifiers of a company name
    ("(Schweiz)", "Group"), so these count less (the asymmetry of the scorer)."""

    person_omission_penalty: float = 1.0
    """The same for person names (either side analysed as a person): a dropped given name or
    second surname leaves two common names that many people share, so it costs full weight;
    patronymics weigh little anyway."""

    key_omission_factor: float = 1.5
    """Multiplier of the omission weight of a person's *key* name part left out: the first given
    name or the first surname of a name written "LAST, First Middle". "Mark Taylor" for "TAYLOR,
    Mark John" drops a middle name, as documents do; "Franco Rojas" for "ROJAS FRANCO, Jaime"
    drops the given name and leaves two surnames many people share."""

    designation_miss_cap: float = 0.45
    """Qualifiers and places left over on one side cost at most this much together (one qualifier
    at full weight): a designation ("Representative Office Dubai", "(Shenzhen Branch)") names the
    listed company or its branch however many words it takes, while the distinctive words still
    have to align for a match."""

    compact_min: float = 0.90
    """Whole-name similarity without spaces counts at or above this where the word boundaries
    differ ("SiemensAG" / "Siemens AG", "ZHAO Wei" / "ZHAOWEI", pinyin spacing)."""

    compact_same_words_min: float = 0.92
    """With as many words on both sides, the whole-name form stands in for the token alignment
    only this close: one slip in a short word ("Kim Jong-uun", "Mercedes-Benn"), not a different
    given name ("Subhi" / "Suhail" al Abdallah, 0.90)."""

    compact_lossy_min: float = 0.95
    """Names from a lossy script (syllables of Chinese, Korean, Arabic-script skeletons) take the
    whole-name form only where their parts are split differently ("Zhao Wei" / "ZHAOWEI") and
    only this close: one syllable off in the joined form ("yanghao" / "yangao") is another name.
    With as many parts on both sides, the syllables' own alignment decides."""

    weak_alias_min: float = 0.95
    """A *weak* alias (OFAC's low-quality a.k.a.: a nickname or short alias such as 'D-BOY' or
    'MAKUBA'; the EU's low-quality names) matches only at or above this name score. OFAC: weak
    AKAs are "relatively broad" and "generally should not be used alone for screening"; a fuzzy
    match on one is mostly noise, an exact one still deserves a look."""

    no_distinctive_cap: float = 0.50
    """Score cap when no distinctive token (word/number) aligned: generic words never match alone."""

    number_mismatch_cap: float = 0.60
    """Score cap when both names carry numbers and they differ."""

    kind_weights: dict[str, float] = field(default_factory=lambda: dict(KIND_WEIGHTS))
    miss_factors: dict[str, float] = field(default_factory=lambda: dict(MISS_FACTORS))


DEFAULT_CONFIG = MatchConfig()
