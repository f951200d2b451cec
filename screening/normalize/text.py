"""Script folding: any name text to lower-case ASCII words, the same way for lists and queries.

NFKC, casefold, Chinese to pinyin (one syllable per character, so "西安" -> "xi an"), every other
script through ``anyascii`` (Cyrillic, Greek, Arabic, Hebrew ...), apostrophes joined
("Xi'an" -> "xian"), other punctuation to spaces. Pure and idempotent: ``fold(fold(s)) == fold(s)``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from anyascii import anyascii

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_SPLIT = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")
_APOSTROPHES = re.compile(r"[’'`ʼʻ‘´]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_DOTTED = re.compile(r"(?<![a-z0-9])((?:[a-z]\.){2,})(?![a-z0-9])")


@cache
def _pinyin() -> object:
    import pypinyin  # imported lazily: ~0.2 s, only needed for Chinese text

    return pypinyin


_LOSSY = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"  # Arabic
    r"\u0590-\u05ff"  # Hebrew
    r"\u0900-\u0dff"  # Indic scripts
    r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"  # Hangul
    r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"  # Kana, Han
)


def has_lossy_script(text: str) -> bool:
    """True for scripts whose romanisation loses what tells names apart (vowels in Arabic and
    Hebrew, tones and characters in Chinese, syllable blocks in Korean)."""
    return _LOSSY.search(text) is not None


def has_cjk(text: str) -> bool:
    """True when ``text`` contains Chinese (Han) characters."""
    return _CJK.search(text) is not None


CJK_WORD_MAX = 3
"""A run of at most this many Chinese characters is one word (a family or given name, written
``jianxin`` as in passports); longer runs (company names) become one token per syllable."""


@lru_cache(maxsize=1 << 16)
def _chunk_pinyin(chunk: str) -> str:
    """Pinyin of one run of Chinese characters (cached: family names repeat)."""
    syllables = _pinyin().lazy_pinyin(chunk, errors="ignore")  # type: ignore[attr-defined]
    sep = "" if len(chunk) <= CJK_WORD_MAX else " "
    return " " + sep.join(syllables) + " "


def _cjk_to_pinyin(text: str) -> str:
    return "".join(
        _chunk_pinyin(chunk) if chunk and _CJK.match(chunk) else chunk
        for chunk in _CJK_SPLIT.split(text)
    )


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
