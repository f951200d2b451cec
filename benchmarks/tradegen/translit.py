"""Russian Cyrillic <-> Latin in the systems trade documents actually use.

Several romanisation systems are in use at once: BGN/PCGN (US/UK government lists), the 2013
Russian passport system (ICAO Doc 9303), GOST 7.79 system B, German-style (Schtschukin) and
scholarly with diacritics. A name listed as "YURIY" is written "Iurii", "Yury" or "Jurij" in
invoices; these tables produce those spellings. ``to_cyrillic`` is the approximate reverse
(Latin list name -> a Russian-language document), good enough to be a realistic hard case.
"""

from __future__ import annotations

_BASE = dict(zip("абвгдезиклмнопрстуф", "abvgdeziklmnoprstuf", strict=True))

SYSTEMS: dict[str, dict[str, str]] = {
    "bgn": {**_BASE, "ё": "yo", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
            "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"},
    "icao": {**_BASE, "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia"},
    "gost": {**_BASE, "ё": "yo", "ж": "zh", "й": "j", "х": "x", "ц": "c", "ч": "ch", "ш": "sh",
             "щ": "shh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"},
    "german": {**_BASE, "в": "w", "з": "s", "с": "ss", "ё": "jo", "ж": "sh", "й": "j",
               "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y",
               "ь": "", "э": "e", "ю": "ju", "я": "ja"},
    "scholarly": {**_BASE, "ё": "ë", "ж": "ž", "й": "j", "х": "ch", "ц": "c", "ч": "č",
                  "ш": "š", "щ": "šč", "ъ": "", "ы": "y", "ь": "", "э": "è", "ю": "ju",
                  "я": "ja"},
}
"""Lower-case letter tables; ``е`` after a vowel/start is ``ye`` in BGN (handled in code)."""

_VOWELS = set("аеёиоуыэюяъь")


def to_latin(text: str, system: str = "bgn") -> str:
    """Romanise Cyrillic ``text`` in ``system``; other characters pass through unchanged."""
    table = SYSTEMS[system]
    letters = [c for c in text if c.isalpha()]
    shout = bool(letters) and sum(c.isupper() for c in letters) > len(letters) // 2
    out: list[str] = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low == "е":
            lat = "ye" if system == "bgn" and (not prev.isalpha() or prev in _VOWELS) else "e"
        elif low in table:
            lat = table[low]
        else:
            out.append(ch)
            prev = low
            continue
        if ch.isupper() and lat:
            lat = lat.upper() if shout else lat[0].upper() + lat[1:]
        out.append(lat)
        prev = low
    return "".join(out)


_TO_CYR = [
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("ye", "е"), ("iy", "ий"), ("yy", "ый"), ("ai", "ай"),
    ("oi", "ой"), ("ei", "ей"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"),
    ("e", "е"), ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"),
    ("h", "х"), ("c", "к"), ("x", "кс"), ("w", "в"), ("q", "к"), ("j", "й"), ("y", "ы"),
]


def to_cyrillic(text: str) -> str:
    """Approximate Cyrillic spelling of a romanised Russian name (greedy, longest match first)."""
    out: list[str] = []
    i = 0
    low = text.lower()
    while i < len(text):
        for lat, cyr in _TO_CYR:
            if low.startswith(lat, i):
                word_start = i == 0 or not low[i - 1].isalpha()
                if lat == "y" and not word_start and low[i - 1] in "aeiou":
                    cyr = "й"
                if lat == "e" and word_start:
                    cyr = "э"
                upper = text[i].isupper()
                out.append(cyr.upper() if upper and text[i:i + len(lat)].isupper()
                           else cyr.capitalize() if upper else cyr)
                i += len(lat)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


RU_VARIANTS: tuple[tuple[str, str], ...] = (
    (r"^aleksandr$", "alexander"), (r"^aleksey$", "alexei"), (r"^yuriy$", "yury"),
    (r"^yuriy$", "iurii"), (r"^dmitriy$", "dmitry"), (r"^sergey$", "sergei"),
    (r"^andrey$", "andrei"), (r"^mikhail$", "michail"), (r"^yevgeniy$", "evgeny"),
    (r"ks", "x"), (r"kh", "h"), (r"kh", "ch"), (r"iy$", "y"), (r"iy$", "ii"), (r"yev$", "ev"),
    (r"^ye", "e"), (r"ov$", "off"), (r"ev$", "eff"), (r"ts", "tz"), (r"zh", "j"), (r"ya", "ia"),
    (r"yu", "iu"), (r"shch", "sch"), (r"vich$", "vitch"), (r"yy$", "iy"), (r"ei$", "ey"),
    (r"ii$", "iy"), (r"^e(?=[vl])", "ye"), (r"ie", "ye"), (r"yevich$", "evich"),
)
"""Russian romanisation variants, per word (regex over the lower-cased word -> replacement)."""

AR_VARIANTS: tuple[tuple[str, str], ...] = (
    (r"^mohammed$", "muhammad"), (r"^muhammad$", "mohammad"), (r"^mohammad$", "mohamed"),
    (r"^abdul", "abd al-"), (r"^al-", "al "), (r"^el-", "al-"), (r"ou", "u"), (r"ee", "i"),
    (r"oo", "u"), (r"^hussein$", "husain"), (r"^hassan$", "hasan"), (r"^yousef$", "yusuf"),
    (r"dh", "z"), (r"q", "k"),
)
"""Arabic-name romanisation variants, per word."""
