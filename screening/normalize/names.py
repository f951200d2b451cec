"""Name analysis: folded text -> canonical tokens, each with a kind that sets its weight.

Legal forms are canonicalised (``Co., Ltd`` / ``Company Limited`` / ``有限公司`` -> ``ltd``;
``ООО`` / ``LLC`` / ``GmbH`` -> ``llc``) and kept as low-weight tokens, never deleted; SDN-style
"LAST, First" person names are put in reading order; honorifics are dropped from person names;
number words become digits so numbers can be required to agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from screening.normalize.text import fold, has_lossy_script
from screening.normalize.vocab import EDGE_ONLY, LEGAL_WORD_MIN_LEN, is_pinyin_word, vocab

LEGAL_WORD_SIMILARITY = 85.0
"""A token this close (rapidfuzz ratio) to a legal-form word counts as that legal form word."""

TOKEN_KINDS = (
    "word", "common", "syllable", "number", "patronymic", "generic", "qualifier", "place",
    "initial", "legal", "stop",
)
"""Token kinds, from most to least distinctive (numbers must agree; initials match initials)."""

_DIGIT = re.compile(r"\d")
_PATRONYMIC = re.compile(r"^[a-z]{3,}(ovich|evich|ovna|evna|ichna|inichna)$")


@dataclass(frozen=True)
class NameForm:
    """A name ready for matching."""

    tokens: tuple[str, ...]
    kinds: tuple[str, ...]
    compact: str  # tokens other than legal forms, without spaces ("siemensag", "henanchaiyouji")
    person: bool = False  # analysed as a person name
    keys: tuple[int, ...] = ()  # positions of the first given name and the first surname, when
    # the name says which is which ("LAST, First Middle"); dropping one of them is not dropping a
    # middle name

    @property
    def text(self) -> str:
        """The normalised name: canonical tokens joined by spaces."""
        return " ".join(self.tokens)


def reorder_person(name: str) -> str:
    """``"LAST, First Middle"`` -> ``"First Middle LAST"`` (one comma only; else unchanged)."""
    if name.count(",") != 1:
        return name
    last, first = (part.strip() for part in name.split(","))
    return f"{first} {last}".strip() if first and last else name


def _canonical_legal(tokens: list[str]) -> list[tuple[str, bool]]:
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
    n = len(tokens)
    exact: tuple[str, int] | None = None
    for size in range(min(table.phrase_starts.get(tokens[i], 0), n - i), 0, -1):
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


GENERIC_TYPO_MIN_LEN = 6


@cache
def canonical_word(token: str) -> str:
    """Number words to digits, business-word variants to their canonical form, and a slip in a
    long business word ("inustries", "electonics") to the word it misspells."""
    table = vocab()
    known = table.words.get(token)
    if known is not None or len(token) < GENERIC_TYPO_MIN_LEN or not token.isalpha():
        return known or token
    if token in table.generic or token in table.qualifiers:
        return token
    best = _slip_of(token, table.generic_targets)
    if best is None or len(best) < GENERIC_SLIP_MIN_LEN:
        return token
    return table.words.get(best, best)


GENERIC_SLIP_MIN_LEN = 7
"""Only business words at least this long are restored from a slip: a short one is one letter
away from too many names ("marine" / "martine", "mariane")."""


def _slip_of(token: str, targets: tuple[str, ...] | frozenset[str]) -> str | None:
    """The vocabulary word ``token`` misspells by one slip (a letter added, dropped, changed or
    two swapped), or None: similar spelling alone is not enough ("yuxiang" is no "youxian")."""
    best = process.extractOne(token, targets, scorer=fuzz.ratio, score_cutoff=LEGAL_WORD_SIMILARITY)
    if best is None or OSA.distance(token, best[0]) > 1:
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
    return _slip_of(token, table.legal_words) is not None


@cache
def _kind(token: str, is_legal: bool, from_lossy: bool, is_person: bool, is_org: bool) -> str:
    table = vocab()
    if is_legal or (not is_person and is_legal_word(token)):
        return "legal"
    if from_lossy and token.isalpha():
        return "syllable"
    if _PATRONYMIC.match(token):
        return "patronymic"
    if _DIGIT.search(token):
        return "number"
    if len(token) == 1:  # an initial, except in a company name ("T-Component"): just a letter
        return "stop" if is_org else "initial"
    if token in table.stopwords:
        return "stop"
    if not is_person and token in table.generic:
        return "generic"
    if not is_person and token in table.qualifiers:
        return "qualifier"
    if token in table.honorifics and not is_org:  # kept in names of unknown type ("Mullah
        return "stop"  # Fazlullah"); in a company's name it is a word ("Admiral Group Shipping")
    if not is_person and token in table.places:
        return "place"
    if token in table.common:
        return "common"
    return "word"


@lru_cache(maxsize=1 << 18)
def analyze_name(name: str, entity_type: str | None = None) -> NameForm:
    """Tokens and kinds of ``name``; ``entity_type`` "person" enables person-only rules.

    Cached: trade data and list aliases repeat names."""
    is_person = entity_type == "person"
    keys: tuple[int, ...] = ()
    if is_person:
        words, keys = _person_words(name)
        name = reorder_person(name)
        marked = [(w, False) for w in words]
    else:
        words = [canonical_word(w) for w in fold(name).split()]
        marked = _canonical_legal(words)
    tokens = tuple(t for t, _ in marked)
    lossy = has_lossy_script(name) or (is_person and _is_chinese_name(words))
    is_org = entity_type in ("organization", "vessel", "aircraft")
    kinds = tuple(_kind(t, legal, lossy, is_person, is_org) for t, legal in marked)
    compact = "".join(t for t, k in zip(tokens, kinds, strict=True) if k != "legal")
    return NameForm(tokens=tokens, kinds=kinds, compact=compact, person=is_person, keys=keys)


def _person_words(name: str) -> tuple[list[str], tuple[int, ...]]:
    """Words of a person name in "given names, surnames" order (honorifics dropped) and the
    positions of the key parts: the first given name and the first surname, known only when the
    name is written "LAST, First Middle"."""
    honorifics = vocab().honorifics

    def words_of(text: str) -> list[str]:
        words = [canonical_word(w) for w in fold(text).split()]
        return [w for w in words if w not in honorifics] or words

    if name.count(",") == 1:
        last, first = (words_of(part) for part in name.split(","))
        if first and last:
            return [*first, *last], (0, len(first))
    return words_of(name), ()


def _is_chinese_name(words: list[str]) -> bool:
    """A romanised Chinese person name: two or more parts, each one or two pinyin syllables."""
    return len(words) >= 2 and all(w.isalpha() and is_pinyin_word(w) for w in words)


def normalize_name(name: str, entity_type: str | None = None) -> str:
    """The normalised form of ``name`` (idempotent)."""
    return analyze_name(name, entity_type).text
