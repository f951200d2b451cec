"""Name analysis: folded text -> canonical tokens, each with a kind that sets its weight.

Legal forms are canonicalised (``Co., Ltd`` / ``Company Limited`` / ``有限公司`` -> ``ltd``;
``ООО`` / ``LLC`` / ``GmbH`` -> ``llc``) and kept as low-weight tokens, never deleted; SDN-style
"LAST, First" person names are put in reading order; honorifics are dropped from person names;
number words become digits so numbers can be required to agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from screening.normalize.text import fold
from screening.normalize.vocab import EDGE_ONLY_MAX_LEN, vocab

TOKEN_KINDS = ("word", "common", "number", "generic", "place", "initial", "legal", "stop")
"""Token kinds, from most to least distinctive (numbers must agree; initials match initials)."""

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class NameForm:
    """A name ready for matching."""

    tokens: tuple[str, ...]
    kinds: tuple[str, ...]
    compact: str  # tokens other than legal forms, without spaces ("siemensag", "henanchaiyouji")

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
    table = vocab()
    out: list[tuple[str, bool]] = []
    i = 0
    n = len(tokens)
    while i < n:
        for size in range(min(table.max_phrase, n - i), 0, -1):
            canonical = table.legal_phrases.get(tuple(tokens[i : i + size]))
            if canonical is None:
                continue
            at_edge = i == 0 or i + size == n
            short = size == 1 and len(tokens[i]) <= EDGE_ONLY_MAX_LEN
            if n > 1 and (at_edge or not short):
                out.append((canonical, True))
                i += size
                break
        else:
            out.append((tokens[i], False))
            i += 1
    return out


def _kind(token: str, is_legal: bool) -> str:
    table = vocab()
    if is_legal:
        return "legal"
    if _DIGIT.search(token):
        return "number"
    if len(token) == 1:
        return "initial"
    if token in table.stopwords:
        return "stop"
    if token in table.generic:
        return "generic"
    if token in table.places:
        return "place"
    if token in table.common:
        return "common"
    return "word"


def analyze_name(name: str, entity_type: str | None = None) -> NameForm:
    """Tokens and kinds of ``name``; ``entity_type`` "person" enables person-only rules."""
    table = vocab()
    is_person = entity_type == "person"
    if is_person:
        name = reorder_person(name)
    words = fold(name).split()
    words = [table.words.get(w, w) for w in words]
    if is_person:
        kept = [w for w in words if w not in table.honorifics]
        words = kept or words
        marked = [(w, False) for w in words]
    else:
        marked = _canonical_legal(words)
    tokens = tuple(t for t, _ in marked)
    kinds = tuple(_kind(t, legal) for t, legal in marked)
    compact = "".join(t for t, k in zip(tokens, kinds, strict=True) if k != "legal")
    return NameForm(tokens=tokens, kinds=kinds, compact=compact)


def normalize_name(name: str, entity_type: str | None = None) -> str:
    """The normalised form of ``name`` (idempotent)."""
    return analyze_name(name, entity_type).text
