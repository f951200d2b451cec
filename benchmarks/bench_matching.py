"""Matching at scale: candidate generation + scoring of 100 k query names against ~100 k list
names, and the brute-force rapidfuzz baseline on a sample, in one run.

    uv run python benchmarks/bench_matching.py [--queries 100000]

List side: OFAC SDN + consolidated, UN, UK OFSI, EU (OpenSanctions' journal transcription) and
OpenSanctions targets from ../shared (every name and alias). Query side: half synthetic company
names of many countries (benchmarks/tradegen pools), half the synthetic people of
negatives_people_global_50k.csv. Prints names/s, matches found, and the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np
import polars as pl
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from benchmarks.tradegen.names import build_pool, pool_styles
from screening import DEFAULT_CONFIG
from screening.index.build import build_index
from screening.index.cache import combine
from screening.lists.registry import load_list
from screening.match.matcher import match_names

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
LISTS = ("ofac/sdn_2024-05-03.csv", "ofac/cons_2025-12/cons_prim.csv",
         "un/un_consolidated_2026-02-27.xml", "uk/ofsi_conlist_2025-04-10.xlsx", "eu_journal",
         "opensanctions/ua_war_sanctions_targets.simple.csv")


def machine() -> str:
    load = os.getloadavg()[0]
    return (f"{os.cpu_count()} cores, Python {platform.python_version()}, polars {pl.__version__}, "
            f"load average {load:.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=1000)
    args = parser.parse_args()
    print(machine())
    t = time.perf_counter()
    indexes = [build_index(load_list(DATA / "lists" / rel).entries) for rel in LISTS]
    index = combine(indexes)
    print(f"lists: {index.entries.height:,} entries, {index.names.height:,} names; "
          f"load + index {time.perf_counter() - t:.1f} s")
    half = args.queries // 2
    rng = np.random.default_rng(11)
    companies: list[str] = []
    while len(companies) < half:  # a pool repeats names: draw until there are enough distinct
        more = build_pool("consignee", half, pool_styles(5, 1.0), rng)["name"].to_list()
        companies = list(dict.fromkeys(companies + more))[:half]
    people = pl.read_csv(DATA / "eval" / "negatives_people_global_50k.csv")["full_name"]
    queries = companies + people.head(args.queries - len(companies)).to_list()
    start = time.perf_counter()
    found = match_names(queries, index)
    took = time.perf_counter() - start
    print(f"ours: {len(queries):,} query names x {index.names.height:,} list names in {took:.1f} s "
          f"({len(queries) / took:,.0f} names/s); {found['query_id'].n_unique():,} queries with "
          f"a match >= {DEFAULT_CONFIG.threshold}")
    sample = queries[: args.sample // 2] + queries[half : half + args.sample // 2]
    list_names = [" ".join(t) for t in index.names["tokens"].to_list()]
    tb = time.perf_counter()
    cdist([s.lower() for s in sample], list_names, scorer=fuzz.token_sort_ratio,
          score_cutoff=80, workers=-1, dtype=np.uint8)
    tb = time.perf_counter() - tb
    per_name = tb / len(sample)
    print(f"brute force token_sort_ratio cdist: {len(sample)} names in {tb:.1f} s -> "
          f"{per_name * len(queries):,.0f} s extrapolated for all queries; "
          f"ours x{per_name * len(queries) / took:.0f} faster")
    print(f"load average now {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
