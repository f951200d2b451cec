"""Keyboard and copying typos: insert, delete, substitute, transpose.

Typos land on letters, rarely on the first one (people get the first letter right, and matchers
that block on the first letter would otherwise look better than they are on real data).
Substitutions prefer neighbouring keys (QWERTY for Latin, ЙЦУКЕН for Cyrillic).
"""

from __future__ import annotations

from random import Random

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
_NEIGHBOURS: dict[str, str] = {}
for _row in _ROWS:
    for _i, _c in enumerate(_row):
        _NEIGHBOURS[_c] = _row[max(0, _i - 1):_i] + _row[_i + 1:_i + 2]

FIRST_LETTER_P = 0.05
"""Chance that a typo hits the first letter of the name."""


def typo(text: str, rnd: Random, *, count: int = 1) -> str:
    """``text`` with ``count`` typos; always differs from ``text`` when it has 2+ letters."""
    out = text
    for _ in range(count):
        for _attempt in range(8):
            candidate = _one(out, rnd)
            if candidate != out:
                out = candidate
                break
    return out


def _one(text: str, rnd: Random) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 2:
        return text
    pos = letters[0] if rnd.random() < FIRST_LETTER_P else rnd.choice(letters[1:])
    ch = text[pos]
    op = rnd.choice(("insert", "delete", "substitute", "transpose"))
    if op == "delete":
        return text[:pos] + text[pos + 1:]
    if op == "insert":
        extra = ch if rnd.random() < 0.5 else _near(ch, rnd)
        return text[:pos + 1] + extra + text[pos + 1:]
    if op == "substitute":
        return text[:pos] + _near(ch, rnd) + text[pos + 1:]
    nxt = pos + 1
    if nxt < len(text) and text[nxt].isalpha():
        return text[:pos] + text[nxt] + ch + text[nxt + 1:]
    if pos == 0:
        return _near(ch, rnd) + text[1:]
    return text[:pos - 1] + ch + text[pos - 1] + text[pos + 1:]


def _near(ch: str, rnd: Random) -> str:
    low = ch.lower()
    pool = _NEIGHBOURS.get(low) or "aeiourstnl"
    new = rnd.choice(pool)
    return new.upper() if ch.isupper() else new
