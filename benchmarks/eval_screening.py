"""Screening-scale evaluation: false positives, typo recall, blocking recall and speed.

    uv run python benchmarks/eval_screening.py [--sample 2000] [--queries 50000]

Against SDN (2024-05-03) + UN + UK OFSI from ../shared:
  * false-positive rate: the 50 k synthetic people of negatives_people_global_50k.csv (on no
    list) screened as persons; flagged = any match at the default threshold;
  * recall: list person names perturbed (one typo; reordered; middle name left out) screened back;
  * blocking recall: brute-force rapidfuzz token_sort_ratio (cdist, all list names) on a sample of
    queries at the same threshold vs the pairs our candidate generation produced;
  * speed: candidate generation + scoring of all queries, names/s, with the brute-force time of
    the sample extrapolated in the same run.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np
import polars as pl
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from screening import DEFAULT_CONFIG
from screening.index.build import NameIndex, build_index
from screening.index.cache import combine
from screening.lists.registry import load_list
from screening.match.batch_align import score_pairs
from screening.match.candidates import candidate_pairs
from screening.match.matcher import match_names
from screening.match.names import name_table, token_frame


def _without_middle_name(name: str) -> str | None:
    """The name with its middle name left out, written given names first: "TAYLOR, Mark John"
    -> "Mark TAYLOR"; "Kim Jong Un" -> "Kim Un"; None when it has no middle name (one given name
    in a "LAST, First" name, or under three words)."""
    if name.count(",") == 1:
        last, first = (part.split() for part in name.split(","))
        return " ".join([first[0], *first[2:], *last]) if len(first) >= 2 and last else None
    words = name.split()
    return " ".join([words[0], *words[2:]]) if len(words) >= 3 else None


ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
LISTS = ("ofac/sdn_2024-05-03.csv", "un/un_consolidated_2026-02-27.xml",
         "uk/ofsi_conlist_2025-04-10.xlsx")


def perturb(rng: random.Random, name: str) -> tuple[str, str]:
    words = name.replace(",", " ").split()
    middle = _without_middle_name(name)
    kind = rng.choice(["typo", "reorder", "drop"]) if middle else rng.choice(["typo", "reorder"])
    if kind == "reorder":
        return kind, " ".join(reversed(words))
    if kind == "drop" and middle:
        return kind, middle
    cands = [i for i, w in enumerate(words) if len(w) >= 5]
    if not cands:
        return "reorder", " ".join(reversed(words))
    i = rng.choice(cands)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.5 else w[:j] + w[j + 1 :]
    return kind, " ".join(words)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=1000, help="queries for brute force")
    parser.add_argument("--queries", type=int, default=50_000)
    parser.add_argument("--threshold", type=float, default=DEFAULT_CONFIG.threshold)
    parser.add_argument("--own", type=int, default=200, help="queries for own-scorer brute force")
    parser.add_argument("--show", type=int, default=15, help="false positives to print")
    args = parser.parse_args()
    t0 = time.perf_counter()
    indexes = []
    loaded = []
    for rel in LISTS:
        try:
            lst = load_list(DATA / "lists" / rel)
        except Exception as exc:  # a list the loaders cannot read yet: say so, go on
            print(f"skip {rel}: {exc}", file=sys.stderr)
            continue
        loaded.append(lst.entries)
        indexes.append(build_index(lst.entries, list_version=rel))
    index = combine(indexes)
    entries = pl.concat([e.select("name", "entity_type") for e in loaded])
    print(f"lists: {', '.join(LISTS)} -> {index.entries.height:,} entries, "
          f"{index.names.height:,} names; load+index {time.perf_counter() - t0:.1f} s")

    neg = pl.read_csv(DATA / "eval" / "negatives_people_global_50k.csv").head(args.queries)
    names = neg["full_name"].to_list()
    t = time.perf_counter()
    found = match_names(names, index, entity_types=["person"] * len(names),
                        threshold=args.threshold)
    dt = time.perf_counter() - t
    flagged = found["query_id"].n_unique()
    print(f"\nfalse positives: {flagged} of {len(names):,} people flagged "
          f"({100 * flagged / len(names):.3f} %) at {args.threshold}; "
          f"{len(names) / dt:,.0f} names/s")
    with pl.Config(tbl_rows=args.show, fmt_str_lengths=50, tbl_width_chars=200):
        top = found.sort("score", descending=True).unique("query_id", maintain_order=True)
        top = top.head(args.show)
        print(top.with_columns(query=pl.col("query_id").map_elements(lambda i: names[i], return_dtype=pl.Utf8))
              .select("query", "matched_name", "score", "explanation"))

    rng = random.Random(3)
    people = entries.filter(pl.col("entity_type") == "person")["name"].unique().sort().to_list()
    picks = rng.sample(people, 2000)
    variants = [perturb(rng, p) for p in picks]
    got = match_names([v for _, v in variants], index, entity_types=["person"] * len(variants),
                      threshold=args.threshold)
    got = got.join(index.name_entries.select("entry_id", "listed_name").unique(), on="entry_id")
    hit = set()
    for q, listed in got.select("query_id", "listed_name").iter_rows():
        if listed == picks[q]:
            hit.add(q)
    print("\nrecall of perturbed list names (person):")
    for kind in ("typo", "reorder", "drop"):
        ids = [i for i, (k, _) in enumerate(variants) if k == kind]
        print(f"   {kind:<8} {sum(i in hit for i in ids) / max(1, len(ids)):.3f} (n={len(ids)})")

    sample = rng.sample(names, min(args.sample, len(names))) + [v for _, v in variants[: args.sample]]
    list_names = index.names["compact"].to_list()
    qtab = name_table(sample, ["person"] * len(sample))
    cut = DEFAULT_CONFIG.threshold * 100
    tb = time.perf_counter()
    q_str = [" ".join(t) for t in qtab["tokens"].to_list()]
    l_str = [" ".join(t) for t in index.names["tokens"].to_list()]
    brute = cdist(q_str, l_str, scorer=fuzz.token_sort_ratio, score_cutoff=cut, workers=-1,
                  dtype=np.uint8)
    tb = time.perf_counter() - tb
    bq, bc = np.nonzero(brute)
    tc = time.perf_counter()
    cands = candidate_pairs(qtab, token_frame(qtab, DEFAULT_CONFIG), index, DEFAULT_CONFIG)
    tc = time.perf_counter() - tc
    ours = set(zip(cands["q_id"].to_list(), cands["c_id"].to_list(), strict=True))
    kept = sum((int(q), int(c)) in ours for q, c in zip(bq, bc, strict=True))
    print(f"\nblocking recall vs brute-force token_sort_ratio >= {cut:.0f}: "
          f"{kept}/{len(bq)} = {kept / max(1, len(bq)):.4f} ({len(sample)} queries x "
          f"{len(l_str):,} list names; brute force {tb:.2f} s, our candidates {tc:.2f} s, "
          f"x{tb / tc:.1f}); {len(list_names):,} names")
    print("\nblocking recall vs brute force with our own scorer (same threshold):")
    own = rng.sample(names, args.own // 2) + [v for _, v in variants[: args.own // 2]]
    own_recall(own, index)
    return 0


def own_recall(queries: list[str], index: NameIndex) -> None:
    """Score every (query, list name) pair with the batched scorer (brute force) and check that
    candidate generation + scoring found every pair at or above the threshold."""
    cfg = DEFAULT_CONFIG
    qtab = name_table(queries, ["person"] * len(queries))
    n_list = index.names.height
    hits: set[tuple[int, int]] = set()
    tb = time.perf_counter()
    step = max(1, 400_000 // max(1, len(queries)))
    q_ids = pl.Series(range(len(queries)), dtype=pl.UInt32)
    for start in range(0, n_list, step):
        c_ids = pl.Series(range(start, min(n_list, start + step)), dtype=pl.UInt32)
        pairs = pl.DataFrame({"q_id": q_ids}).join(pl.DataFrame({"c_id": c_ids}), how="cross")
        pairs = pairs.with_row_index("pair_id").with_columns(pl.col("pair_id").cast(pl.UInt32))
        scored = score_pairs(pairs, qtab, index.names, cfg, explain_min=2.0,
                             ctokens=index.tokens).join(pairs, on="pair_id")
        hits |= set(scored.filter(pl.col("score") >= cfg.threshold).select("q_id", "c_id").iter_rows())
    tb = time.perf_counter() - tb
    tc = time.perf_counter()
    cands = candidate_pairs(qtab, token_frame(qtab, cfg), index, cfg)
    pairs = cands.with_row_index("pair_id").select(pl.col("pair_id").cast(pl.UInt32), "q_id", "c_id")
    scored = score_pairs(pairs, qtab, index.names, cfg, explain_min=2.0, ctokens=index.tokens)
    found = set(scored.join(pairs, on="pair_id").filter(pl.col("score") >= cfg.threshold)
                .select("q_id", "c_id").iter_rows())
    tc = time.perf_counter() - tc
    kept = len(hits & found)
    print(f"   {kept}/{len(hits)} = {kept / max(1, len(hits)):.4f} of brute-force pairs >= "
          f"{cfg.threshold} found ({len(queries)} queries x {n_list:,} names; brute force "
          f"{tb:.1f} s, candidates + scoring {tc:.2f} s, x{tb / max(tc, 1e-9):.0f})")
    lost = sorted(hits - found)[:8]
    for q, c in lost:
        print(f"   missed: {queries[q]!r} ~ {index.names['tokens'][c].to_list()}")


if __name__ == "__main__":
    sys.exit(main())
