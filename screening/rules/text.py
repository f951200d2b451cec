"""Text normalisation and keyword / regex matching for goods descriptions, names and addresses.

Keywords are matched on a *token form* of the text, computed the same way for rule terms and
record cells: NFKC, lower case, ``ё``→``е``, ``ß``→``ss``, every run of characters that are not
letters or digits → one space, runs of Chinese characters set apart by spaces, and one space
padded at both ends. Then

* a Latin/Cyrillic term matches whole words: ``" uav "`` is a substring of ``" fpv uav kit "``
  but not of ``" uavs "``; a trailing ``*`` makes it a prefix (``беспилотн*`` → ``" беспилотн"``,
  matching беспилотник, беспилотный ...), for Russian stems;
* a Chinese term matches as a plain substring (``无人机`` in ``固定翼无人机``): Chinese has no
  spaces between words, so word boundaries do not exist there.

So every keyword is a literal substring test, and a whole keyword list is one Aho-Corasick scan
(``str.contains_any``) — no regex per term. Regex conditions run on the *casefold form* (same as
above but punctuation kept) in polars' Rust engine, which is linear-time by construction; the
validator still rejects look-around and back-references with a clear message (the engine cannot
run them) and bounds pattern length.
"""

from __future__ import annotations

import re
import unicodedata

import polars as pl

_HAN_CLASS = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_HAN = re.compile(_HAN_CLASS)
_HAN_RUN = re.compile(f"({_HAN_CLASS}+)")
_NON_WORD = re.compile(r"[\W_]+")  # Python's str.isalnum() == Rust's [\p{L}\p{N}]
_WS_CLASS = "[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
"""Whitespace as Python's ``str.isspace`` sees it, spelled out so both regex engines agree."""
_SPACES = re.compile(_WS_CLASS + "+")
_RUNS = re.compile(" +")
MAX_REGEX_LENGTH = 300
WORD_REST = "[^ ]*"
"""The rest of a word in token text (only letters, digits and single spaces remain there); much
cheaper for the regex engine to build than the Unicode class ``\\w*``."""
MIN_WORD_TERM = 2
_FORBIDDEN_REGEX = (
    (re.compile(r"\(\?<?[=!]"), "look-around ((?=, (?!, (?<=, (?<!) is not supported"),
    (re.compile(r"\\[1-9]|\\k<|\(\?P="), "back-references are not supported"),
)


_FOLDS = (("ё", "е"), ("ß", "ss"), ("ς", "σ"))  # after lower case; ς: Rust lowers final sigma


def casefold_text(text: str) -> str:
    """NFKC, lower case, ``ё``→``е``, ``ß``→``ss``, whitespace runs → one space, stripped."""
    text = unicodedata.normalize("NFKC", text).lower()
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return _SPACES.sub(" ", text).strip(" ")


def token_text(text: str) -> str:
    """The token form: casefold, non-alphanumerics → space, Chinese runs spaced, padded."""
    text = _HAN_RUN.sub(r" \1 ", _NON_WORD.sub(" ", casefold_text(text)))
    return " " + _RUNS.sub(" ", text).strip(" ") + " "


def casefold_expr(expr: pl.Expr, *, ascii_only: bool = False) -> pl.Expr:
    """:func:`casefold_text` over a string column (``ascii_only``: a faster path, same result
    for ASCII text: NFKC and the Unicode folds do nothing there)."""
    out = expr if ascii_only else expr.str.normalize("NFKC")
    out = out.str.to_lowercase()
    if not ascii_only:
        for old, new in _FOLDS:
            out = out.str.replace_all(old, new, literal=True)
    return out.str.replace_all(_WS_CLASS + "+", " ").str.strip_chars(" ")


def token_expr(expr: pl.Expr, *, ascii_only: bool = False) -> pl.Expr:
    """:func:`token_text` over a string column (the vectorised twin; tests hold them equal)."""
    folded = casefold_expr(expr, ascii_only=ascii_only)
    if ascii_only:
        spaced = folded.str.replace_all("[^a-z0-9]+", " ")
    else:
        spaced = folded.str.replace_all(r"[^\p{L}\p{N}]+", " ")
        spaced = spaced.str.replace_all(f"({_HAN_CLASS}+)", " ${1} ").str.replace_all(" +", " ")
    return pl.concat_str([pl.lit(" "), spaced.str.strip_chars(" "), pl.lit(" ")])


def compile_term(term: str) -> tuple[str | None, str | None]:
    """``(pattern, None)`` to look for in token text, or ``(None, problem)``.

    A plain term compiles to a literal (``" fpga "``, ``" беспилотн"``, ``"无人机"``). A ``*`` at
    the end of an inner word (``судов* дизел*``) compiles to a small regex (:data:`WORD_REST`
    after that word): see :func:`is_regex_pattern`.
    """
    pieces: list[str] = []
    words = term.split()
    for i, word in enumerate(words):
        star = word.endswith("*")
        core = token_text(word[:-1] if star else word).strip(" ")
        if "*" in word[:-1] or (star and not core):
            return None, f"keyword {term!r}: '*' is allowed only at the end of a word (prefix)"
        if star and _HAN.match(core[-1]):
            return None, f"keyword {term!r}: Chinese terms already match as substrings; drop '*'"
        pieces.append(core + (WORD_REST if star and i < len(words) - 1 else ""))
    core = " ".join(p for p in pieces if p)
    if not core:
        return None, f"keyword {term!r} has no letters or digits"
    plain = core.replace(WORD_REST, "").replace(" ", "")
    if not _HAN.search(plain) and len(plain) < MIN_WORD_TERM:
        return None, f"keyword {term!r} is too short (at least {MIN_WORD_TERM} letters)"
    lead = "" if _HAN.match(core[0]) else " "
    trail = "" if _HAN.match(core[-1]) or term.endswith("*") else " "
    return lead + core + trail, None


def is_regex_pattern(pattern: str) -> bool:
    """Whether a compiled keyword is a regex (inner prefix words) rather than a literal."""
    return WORD_REST in pattern


def is_prefix_pattern(pattern: str) -> bool:
    """Whether a compiled keyword pattern is a prefix (written with a trailing ``*``)."""
    return not pattern.endswith(" ") and not _HAN.match(pattern[-1])


def check_regex(pattern: str) -> str | None:
    """None when ``pattern`` is a safe regex polars can run; else what is wrong with it."""
    if len(pattern) > MAX_REGEX_LENGTH:
        return f"regex is {len(pattern)} characters long; at most {MAX_REGEX_LENGTH}"
    for bad, why in _FORBIDDEN_REGEX:
        if bad.search(pattern):
            return f"regex {pattern!r}: {why} (polars runs a linear-time engine)"
    try:
        pl.Series([""], dtype=pl.Utf8).str.contains(regex_for(pattern))
    except pl.exceptions.PolarsError as exc:
        detail = next((ln for ln in str(exc).splitlines() if ln.startswith("error:")), str(exc))
        return f"regex {pattern!r} does not compile: {detail.removeprefix('error: ')}"
    return None


def regex_for(pattern: str) -> str:
    """The pattern as run: case-insensitive, on casefold text."""
    return f"(?i){pattern}"
