"""Legal forms inside names: phrases replaced by their canonical form (kept, marked legal), with
the slips documents make in them.

``Co., Ltd`` / ``有限公司`` -> ``ltd``, ``ООО`` / ``Obshchestvo s Ogranichennoy Otvetstvennostyu``
-> ``llc``; the table is ``screening/data/name_vocab.yaml``. Phrases of several words are found
with one slip per word ("Joint Stocl Company"), single forms with a slip at the edges of a name
("LRD", "OOOO"), and a form followed only by a branch designation still ends the name.
"""

from __future__ import annotations

from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from screening.normalize.vocab import EDGE_ONLY, LEGAL_WORD_MIN_LEN, vocab

LEGAL_WORD_SIMILARITY = 85.0
"""A token this close (rapidfuzz ratio) to a legal-form word counts as that legal form word."""


def canonical_legal(tokens: list[str]) -> list[tuple[str, bool]]:
    """Replace legal-form phrases (longest first) by their canonical token, marking them."""
    out: list[tuple[str, bool]] = []
    i = 0
    n = len(tokens)
    while i < n:
        hit = _phrase_at(tokens, i) if n > 1 else None
        if hit is not None:
            out.append((hit[0], True))
            i += hit[1]
            continue
        slip = _legal_slip(tokens[i], leading=i == 0) if n > 1 and i in (0, n - 1) else None
        out.append((slip, True) if slip else (tokens[i], False))
        i += 1
    return out


def _phrase_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """(canonical form, tokens covered) of the longest legal phrase starting at ``tokens[i]``:
    exact, or a phrase of several words with slips in some of them ("Joint Stocl Company")."""
    table = vocab()
    longest = table.phrase_starts.get(tokens[i], 0)
    if not longest and not _phrases_near(tokens[i]):
        return None  # most tokens open no legal phrase
    n = len(tokens)
    exact: tuple[str, int] | None = None
    for size in range(min(longest, n - i), 0, -1):
        canonical = table.legal_phrases.get(tuple(tokens[i : i + size]))
        if canonical is None:
            continue
        at_edge = i == 0 or i + size == n or _designation(tokens[i + size :])
        if at_edge or not (size == 1 and tokens[i] in EDGE_ONLY):
            exact = (canonical, size)
            break
    fuzzy = _slipped_phrase(tokens, i)
    if fuzzy is not None and (exact is None or fuzzy[1] > exact[1]):
        return fuzzy
    return exact


def _designation(tokens: list[str]) -> bool:
    """Only places and qualifiers: a branch designation after the name ("... S.A. - Moscow",
    "... AO (St. Petersburg Branch)"), so a legal form before it still ends the name."""
    table = vocab()
    return all(t in table.places or t in table.qualifiers for t in tokens)


PHRASE_SLIP_MIN_LEN = 4
"""Words of a legal phrase at least this long may carry one slip ("stocl", "liabilty", "cpmpany");
shorter ones ("co", "de", "s") must be exact."""


def _slipped_phrase(tokens: list[str], i: int) -> tuple[str, int] | None:
    """A legal phrase of two or more words at ``tokens[i]``: every word exact or one slip away
    (OSA), at least one exact and one slipped (an exact phrase is found without this)."""
    for phrase in _phrases_near(tokens[i]):
        size = len(phrase)
        words = tokens[i : i + size]
        if len(words) < size:
            continue
        exact = sum(t == w for t, w in zip(words, phrase, strict=True))
        slipped = all(
            t == w or (len(w) >= PHRASE_SLIP_MIN_LEN and OSA.distance(t, w) <= 1)
            for t, w in zip(words, phrase, strict=True)
        )
        if slipped and 0 < exact < size:
            return vocab().legal_phrases[phrase], size
    return None


@cache
def _phrases_near(token: str) -> tuple[tuple[str, ...], ...]:
    """Legal phrases of several words whose first word is ``token`` or one slip from it, longest
    first (a SymSpell-style lookup: the word and its one-letter deletions as keys)."""
    index = _phrase_index()
    found = {p for key in _deletions(token) for p in index.get(key, ())}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


@cache
def _phrase_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, set[tuple[str, ...]]] = {}
    for phrase in vocab().legal_phrases:
        if len(phrase) >= 2:
            for key in _deletions(phrase[0]):
                index.setdefault(key, set()).add(phrase)
    return {key: tuple(phrases) for key, phrases in index.items()}


def _deletions(word: str) -> set[str]:
    if len(word) < PHRASE_SLIP_MIN_LEN - 1:
        return {word}
    return {word} | {word[:k] + word[k + 1 :] for k in range(len(word))}


TRAILING_SLIP_FORMS = ("ltd", "llc", "inc", "corp", "gmbh", "plc", "fze", "fzco", "bhd", "limited",
                       "company")
LEADING_SLIP_FORMS = ("ooo", "oao", "zao", "pao", "pjsc", "jsc")
"""Single-word legal forms whose one-letter slips ("LRD", "LKLC", "Limted" at the end; "OOOO" at
the start, where Russian forms stand) are still that legal form, not a distinctive word."""


@cache
def _legal_slip(token: str, *, leading: bool) -> str | None:
    if not 3 <= len(token) <= 8 or not token.isalpha():
        return None
    for form in LEADING_SLIP_FORMS if leading else TRAILING_SLIP_FORMS:
        if len(form) >= len(token) - 1 and Levenshtein.distance(token, form) == 1:
            return vocab().legal_phrases[(form,)]
    return None


def slip_of(
    token: str, targets: tuple[str, ...] | frozenset[str], *, min_ratio: float = LEGAL_WORD_SIMILARITY
) -> str | None:
    """The vocabulary word ``token`` misspells by one slip (a letter added, dropped, changed or
    two swapped) at least ``min_ratio`` similar, or None: similar spelling alone is not enough
    ("yuxiang" is no "youxian")."""
    best = process.extractOne(token, targets, scorer=OSA.distance, score_cutoff=1)
    if best is None or fuzz.ratio(token, best[0]) < min_ratio:
        return None
    return str(best[0])


@cache
def is_legal_word(token: str) -> bool:
    """A word of a legal-form phrase ("liability"), or a near-misspelling of one ("liabilty")."""
    table = vocab()
    if token in table.legal_words:
        return True
    if len(token) < LEGAL_WORD_MIN_LEN or not token.isalpha():
        return False
    return slip_of(token, table.legal_words) is not None
