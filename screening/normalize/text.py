"""Script folding: any name text to lower-case ASCII words, the same way for lists and queries.

NFKC, casefold, Chinese to pinyin (one syllable per character, so "西安" -> "xi an"), every other
script through ``anyascii`` (Cyrillic, Greek, Arabic, Hebrew ...), apostrophes joined
("Xi'an" -> "xian"), other punctuation to spaces. Pure and idempotent: ``fold(fold(s)) == fold(s)``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from anyascii import anyascii

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_APOSTROPHES = re.compile(r"[’'`ʼʻ‘´]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_DOTTED = re.compile(r"(?<![a-z0-9])((?:[a-z]\.){2,})(?![a-z0-9])")


@cache
def _pinyin() -> object:
    import pypinyin  # imported lazily: ~0.2 s, only needed for Chinese text

    return pypinyin


def has_cjk(text: str) -> bool:
    """True when ``text`` contains Chinese (Han) characters."""
    return _CJK.search(text) is not None


def _cjk_to_pinyin(text: str) -> str:
    pypinyin = _pinyin()
    out: list[str] = []
    for chunk in re.split(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)", text):
        if chunk and _CJK.match(chunk):
            syllables = pypinyin.lazy_pinyin(chunk, errors="ignore")  # type: ignore[attr-defined]
            out.append(" " + " ".join(syllables) + " ")
        else:
            out.append(chunk)
    return "".join(out)


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces; ``""`` for text with no letters/digits."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        if has_cjk(text):
            text = _cjk_to_pinyin(text)
        text = anyascii(text).lower()
    text = _APOSTROPHES.sub("", text.replace("&", " and "))
    text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text)  # "p.l.c." -> "plc"
    return _NON_WORD.sub(" ", text).strip()
