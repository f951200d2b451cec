"""Build a labelled set of trade-style name variants from real list names (seeded).

    uv run python benchmarks/make_variants.py [--out benchmarks/data/variants.csv] [--seed 7]

Positives perturb a real SDN/UN name the way trade documents do (category in the first column):
legal-form swaps, one or two typos, dropped or reordered tokens, abbreviations, Russian names in
other romanisation systems, Chinese pinyin with and without spaces, case and punctuation loss.
Hard negatives keep most of a name but change who it is: the same city + "Trading Co Ltd" with
another distinctive word, the same given names with another surname, another entity that shares
a token. The file is generated (not committed): it is derived from ../shared list data.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import polars as pl

from screening.lists import load_list
from screening.normalize import analyze_name

ROOT = Path(__file__).resolve().parents[1]
LISTS = ROOT.parent / "shared" / "data" / "lists"
LEGAL_SWAPS = [
    (r"\bCO\.?,? LTD\.?", ["Company Limited", "Co Ltd", "Co., Limited", "LTD"]),
    (r"\bLIMITED LIABILITY COMPANY\b", ["LLC", "OOO", "L.L.C."]),
    (r"\bLLC\b", ["Limited Liability Company", "OOO", "L.L.C."]),
    (r"\bOOO\b", ["LLC", "Limited Liability Company", "ООО"]),
    (r"\bJOINT STOCK COMPANY\b", ["JSC", "AO", "A.O."]),
    (r"\bJSC\b", ["Joint Stock Company", "AO", "OAO"]),
    (r"\bCOMPANY LIMITED\b", ["Co., Ltd.", "Co Ltd", "Ltd"]),
    (r"\bLIMITED\b", ["Ltd", "Ltd."]),
    (r"\bCORPORATION\b", ["Corp", "Corp."]),
    (r"\bINC\.?\b", ["Incorporated", "Inc"]),
]
ABBREV = {"INTERNATIONAL": "Intl", "COMPANY": "Co", "CORPORATION": "Corp", "INDUSTRIES": "Ind",
          "INDUSTRIAL": "Ind.", "TECHNOLOGY": "Tech", "TECHNOLOGIES": "Tech", "TRADING": "Trdg",
          "ENGINEERING": "Eng.", "MANAGEMENT": "Mgmt", "DEVELOPMENT": "Dev."}
ROMAN = [("KH", "H"), ("Y", "I"), ("YA", "IA"), ("YU", "IU"), ("TS", "TZ"), ("SH", "SCH"),
         ("OV", "OFF"), ("EV", "EFF"), ("IY", "II"), ("I", "Y"), ("ZH", "J"), ("YE", "E")]
RUSSIAN = re.compile(r"(OV|EV|IN|SKY|SKIY|ENKO|YEV|OVA|EVA|INA|OVICH|EVICH)\b")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def typo(rng: random.Random, word: str) -> str:
    """One edit (substitute, delete, insert, transpose), never on the first letter."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice("sdit")
    if kind == "s":
        return word[:i] + rng.choice(LETTERS) + word[i + 1 :]
    if kind == "d":
        return word[:i] + word[i + 1 :]
    if kind == "i":
        return word[:i] + rng.choice(LETTERS) + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def person_order(name: str) -> str:
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        return f"{first} {last}"
    return name


def positives(rng: random.Random, name: str, etype: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    plain = person_order(name) if etype == "person" else name
    words = plain.split()
    for pattern, repls in LEGAL_SWAPS:
        if re.search(pattern, name, flags=re.I):
            out.append(("legal_form_swap", re.sub(pattern, rng.choice(repls), name, count=1, flags=re.I)))
            break
    long_idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if long_idx:
        i = rng.choice(long_idx)
        out.append(("typo_1", " ".join(typo(rng, w) if k == i else w for k, w in enumerate(words))))
    if len(long_idx) >= 2:
        a, b = rng.sample(long_idx, 2)
        out.append(("typo_2", " ".join(typo(rng, w) if k in (a, b) else w for k, w in enumerate(words))))
    if etype == "person" and len(words) >= 3:
        out.append(("drop_middle", " ".join([words[0], *words[2:]])))
        out.append(("reorder", " ".join([words[-1], *words[:-1]])))
    if etype != "person" and len(words) >= 2:
        out.append(("reorder", " ".join(words[1:] + words[:1])))
    abbr = [ABBREV.get(w.upper(), w) for w in words]
    if abbr != words:
        out.append(("abbreviation", " ".join(abbr)))
    out.append(("case_punct", re.sub(r"[^\w\s]", "", plain).lower()))
    if etype == "person" and RUSSIAN.search(name.upper()):
        up = plain.upper()
        for src, dst in rng.sample(ROMAN, len(ROMAN)):
            if src in up:
                up = up.replace(src, dst, 1)
                break
        out.append(("romanisation", up.title()))
    syll = [w for w in words if re.fullmatch(r"[A-Za-z]{2,}", w)]
    if etype != "person" and len(syll) >= 3 and any(p in name.upper() for p in ("SHENZHEN", "SHANGHAI", "BEIJING", "GUANGZHOU", "HONG KONG", "XIAMEN", "NINGBO", "DALIAN", "TIANJIN", "CHINA")):
        i = rng.randrange(1, len(words) - 1)
        out.append(("pinyin_spacing", " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]])))
    return [(cat, var) for cat, var in out if var.strip() and var != name]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "data" / "variants.csv")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-category", type=int, default=150)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    frames = [load_list(LISTS / "ofac" / "sdn_2024-05-03.csv").entries,
              load_list(LISTS / "un" / "un_consolidated_2026-02-27.xml").entries]
    entries = pl.concat([f.select("name", "entity_type") for f in frames]).unique(maintain_order=True)
    entries = entries.filter(pl.col("entity_type").is_in(["person", "organization"]))
    rows: list[dict[str, object]] = []
    names = entries.rows()
    rng.shuffle(names)
    counts: dict[str, int] = {}
    for name, etype in names:
        for cat, var in positives(rng, name, etype):
            if counts.get(cat, 0) < args.per_category:
                counts[cat] = counts.get(cat, 0) + 1
                rows.append({"case_group": cat, "schema": "Person" if etype == "person" else "Company",
                             "name1": var, "name2": name, "is_match": "true", "quality": "MEDIUM"})
    # hard negatives
    orgs = [n for n, t in names if t == "organization"]
    people = [n for n, t in names if t == "person" and n.count(",") == 1]
    by_token: dict[str, list[str]] = {}
    for n in orgs:
        for tok in set(analyze_name(n).tokens):
            by_token.setdefault(tok, []).append(n)
    cities = ["Shenzhen", "Dubai", "Istanbul", "Moscow", "Almaty", "Hong Kong", "Shanghai", "Tashkent"]
    for n in rng.sample(orgs, args.per_category):
        form = analyze_name(n)
        distinct = [t for t, k in zip(form.tokens, form.kinds, strict=True) if k == "word"]
        if not distinct:
            continue
        other = rng.choice(orgs)
        other_words = [t for t, k in zip(*(lambda f: (f.tokens, f.kinds))(analyze_name(other)), strict=True) if k == "word"]
        if not other_words or set(other_words) & set(distinct):
            continue
        city = rng.choice(cities)
        rows.append({"case_group": "neg_same_city_trading", "schema": "Company",
                     "name1": f"{city} {distinct[0].title()} Trading Co Ltd",
                     "name2": f"{city} {other_words[0].title()} Trading Co., Ltd.",
                     "is_match": "false", "quality": "MEDIUM"})
    surnames = [p.split(",")[0].strip() for p in people]
    for n in rng.sample(people, min(len(people), args.per_category)):
        last, first = (p.strip() for p in n.split(","))
        other = rng.choice(surnames)
        if analyze_name(other).tokens == analyze_name(last).tokens or not first:
            continue
        rows.append({"case_group": "neg_shared_given_names", "schema": "Person",
                     "name1": f"{first} {other}", "name2": n, "is_match": "false", "quality": "MEDIUM"})
    shared = [ns for ns in by_token.values() if 2 <= len(ns) <= 20]
    for ns in rng.sample(shared, min(len(shared), args.per_category)):
        a, b = rng.sample(ns, 2)
        if analyze_name(a).tokens != analyze_name(b).tokens:
            rows.append({"case_group": "neg_shared_token", "schema": "Company", "name1": a,
                         "name2": b, "is_match": "false", "quality": "MEDIUM"})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    pl.DataFrame(rows).write_csv(args.out)
    print(f"wrote {len(rows)} pairs to {args.out}")
    print(pl.DataFrame(rows).group_by("case_group").len().sort("case_group"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
