"""Legal-form and abbreviation variants, as trade documents rewrite list names.

A list says "TRANS LOGISTIK, OOO"; the invoice says 'OOO "Trans Logistik"', "TRANS LOGISTIK LLC"
or "ООО Транс Логистик". Each class below holds spellings documents use for one legal form; a
name's form is replaced by another member of its class, and sometimes moved to the other end.
"""

from __future__ import annotations

import re
from random import Random

LEGAL_CLASSES: tuple[tuple[str, ...], ...] = (
    ("Co., Ltd.", "Co. Ltd", "Co Ltd", "Company Limited", "Co., Limited", "Co.,Ltd.", "Co Limited"),
    ("Limited", "Ltd", "Ltd."),
    ("Limited Liability Company", "LLC", "L.L.C.", "OOO", "ООО",
     "Obshchestvo s Ogranichennoy Otvetstvennostyu"),
    ("Joint Stock Company", "JSC", "AO", "АО", "Aktsionernoe Obshchestvo", "A.O."),
    ("Open Joint Stock Company", "OJSC", "OAO", "ОАО"),
    ("Public Joint Stock Company", "PJSC", "PAO", "ПАО"),
    ("Closed Joint Stock Company", "CJSC", "ZAO", "ЗАО"),
    ("Corporation", "Corp.", "Corp"),
    ("Incorporated", "Inc.", "Inc"),
    ("GmbH", "G.m.b.H.", "Gesellschaft mbH"),
    ("FZE", "F.Z.E.", "Free Zone Establishment"),
    ("FZCO", "FZ Co", "Free Zone Company"),
    ("Private Limited", "Pvt. Ltd.", "Pvt Ltd"),
    ("S.A.", "SA", "Sociedad Anonima"),
    ("Ltd. Şti.", "Ltd. Sti.", "Limited Şirketi"),
    ("A.Ş.", "A.S.", "Anonim Şirketi"),
    ("Company", "Co.", "Co"),
)
"""Longest spellings are tried first when finding a form, so "Co., Ltd." wins over "Ltd"."""

_FORMS = sorted(((form, i) for i, cls in enumerate(LEGAL_CLASSES) for form in cls),
                key=lambda fi: -len(fi[0]))
_ALT = "|".join(re.escape(f) for f, _ in _FORMS)
_END = re.compile(rf"(?:,\s*|\s+)({_ALT})\s*$", re.IGNORECASE)
_START = re.compile(rf"^({_ALT})(?:\s+|\s*[\"«‘'])", re.IGNORECASE)
_CLASS_OF = {f.casefold(): i for f, i in _FORMS}
_DEFAULT_ADD = ("LLC", "Co., Ltd.", "Ltd", "Limited", "FZE", "JSC", "OOO")
_FRONT_OK = frozenset({"OOO", "ООО", "AO", "АО", "OAO", "ОАО", "PAO", "ПАО", "ZAO", "ЗАО", "JSC",
                       "OJSC", "PJSC", "CJSC", "LLC"})


def _shout(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def vary_legal_form(name: str, rnd: Random) -> str:
    """Another spelling (or position) of ``name``'s legal form; adds one when it has none."""
    shout = _shout(name)
    found = _END.search(name)
    if found:
        core, form = name[: found.start()].strip(), found.group(1)
    elif m := _START.match(name):
        form = m.group(1)
        core = name[m.end():].strip().strip("\"«»‘’'").strip()
    else:
        extra = rnd.choice(_DEFAULT_ADD)
        return f"{name} {extra.upper() if shout else extra}"
    cls = LEGAL_CLASSES[_CLASS_OF[form.casefold()]]
    others = [f for f in cls if f.casefold() != form.casefold()] or list(cls)
    new = rnd.choice(others)
    new = new.upper() if shout else new
    if new.upper() in _FRONT_OK and rnd.random() < 0.5:
        quote = rnd.choice(('"{}"', "«{}»", "{}"))
        return f"{new} {quote.format(core)}"
    return f"{core}{rnd.choice((' ', ', '))}{new}" if new[0].isalpha() else f"{core} {new}"


ABBREVIATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"international", ("Intl", "Int'l", "Intl.")), (r"technology", ("Tech", "Tech.")),
    (r"technologies", ("Tech", "Techs")), (r"corporation", ("Corp", "Corp.")),
    (r"company", ("Co", "Co.")), (r"limited", ("Ltd", "Ltd.")), (r"industries", ("Inds", "Ind.")),
    (r"industrial", ("Ind.", "Indl")), (r"trading", ("Trdg", "Trad.")),
    (r"manufacturing", ("Mfg", "Mfg.")), (r"engineering", ("Eng.", "Engg")),
    (r"electronics?", ("Elec.", "Electr.")), (r"science", ("Sci.", "Sci")),
    (r"research", ("Res.",)), (r"institute", ("Inst.",)), (r"aviation", ("Avn.", "Aviat.")),
    (r"equipment", ("Equip.", "Eqpt")), (r"import (?:and|&) export", ("Imp. & Exp.", "I/E")),
    (r"development", ("Dev.", "Devt")), (r"group", ("Grp",)), (r"holding", ("Hldg",)),
    (r"machinery", ("Mach.",)), (r"shipping", ("Shpg",)), (r"management", ("Mgmt",)),
    (r"services", ("Svcs",)), (r"systems", ("Sys.",)), (r"national", ("Natl", "Nat'l")),
    (r"joint stock company", ("JSC",)), (r"limited liability company", ("LLC",)),
    (r"scientific", ("Sci.",)), (r"production", ("Prod.",)), (r"association", ("Assn.",)),
    (r"enterprise", ("Ent.",)), (r"republic", ("Rep.",)), (r"petroleum", ("Petr.",)),
)
_ABBREV_RE = [(re.compile(rf"\b{pat}\b", re.IGNORECASE), subs) for pat, subs in ABBREVIATIONS]


def abbreviate(name: str, rnd: Random, *, count: int = 1) -> str:
    """Replace up to ``count`` long words (International, Technology ...) by abbreviations."""
    shout = _shout(name)
    options = [(rx, subs) for rx, subs in _ABBREV_RE if rx.search(name)]
    rnd.shuffle(options)
    for rx, subs in options[:count]:
        sub = rnd.choice(subs)
        name = rx.sub(sub.upper() if shout else sub, name, count=1)
    return name


def can_abbreviate(name: str) -> bool:
    return any(rx.search(name) for rx, _ in _ABBREV_RE)
