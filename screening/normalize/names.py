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

from screening.normalize.legal import canonical_legal, is_legal_word, slip_of
from screening.normalize.text import fold, has_lossy_script
from screening.normalize.vocab import GENERIC_SLIP_MIN_LEN, is_pinyin_word, vocab

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


@cache
def canonical_word(token: str) -> str:
    """Number words to digits, business-word variants to their canonical form, and a slip in a
    long business word ("inustries", "electonics"), qualifier ("Reprsentative") or place name
    ("Petersbrug") to the word it misspells (``Vocab.slip_targets``)."""
    table = vocab()
    known = table.words.get(token)
    if known is not None or len(token) < GENERIC_SLIP_MIN_LEN - 1 or not token.isalpha():
        return known or token  # shorter than any word it could be one slip from
    if token in table.generic or token in table.qualifiers or token in table.places:
        return token
    best = slip_of(token, table.slip_targets, min_ratio=0.0)
    return token if best is None else table.words.get(best, best)


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
        words = [canonical_word(w) for w in join_abd(fold(name).split())]
        marked = canonical_legal(words)
    tokens = tuple(t for t, _ in marked)
    lossy = has_lossy_script(name) or (is_person and _is_chinese_name(words))
    is_org = entity_type in ("organization", "vessel", "aircraft")
    kinds = tuple(_kind(t, legal, lossy, is_person, is_org) for t, legal in marked)
    compact = "".join(t for t, k in zip(tokens, kinds, strict=True) if k != "legal")
    return NameForm(tokens=tokens, kinds=kinds, compact=compact, person=is_person, keys=keys)


ABD_LINKS = frozenset({"al", "el", "ul", "ol", "il", "ar", "as", "ad", "an", "az", "at", "ash"})
"""The article after "Abd" ("servant of") as transliterations write it, assimilated to the next
letter or not: "Abd al-Rahman", "Abd ar-Rahman", "Abd el Aziz"."""
ABD_FORMS = frozenset({"abdel", "abdal", "abdol", "abdil", "abdoul", "abdul"})


def join_abd(words: list[str]) -> list[str]:
    """"Abd al" / "Abd el" / "Abdel" / "Abdol" ... -> "abdul": one Arabic name part that
    documents write as one word or two ("Abdul Rahim" / "Abd al-Rahim")."""
    if "abd" not in words and not ABD_FORMS.intersection(words):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "abd" and i + 1 < len(words) and words[i + 1] in ABD_LINKS:
            out.append("abdul")
            i += 2
            continue
        out.append("abdul" if words[i] in ABD_FORMS else words[i])
        i += 1
    return out


def _person_words(name: str) -> tuple[list[str], tuple[int, ...]]:
    """Words of a person name in "given names, surnames" order (honorifics dropped) and the
    positions of the key parts: the first given name and the first surname, known only when the
    name is written "LAST, First Middle"."""
    honorifics = vocab().honorifics

    def words_of(text: str) -> list[str]:
        words = [canonical_word(w) for w in join_abd(fold(text).split())]
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
