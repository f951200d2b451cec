"""compare_names throughput (batched) vs the peer matcher, in one run.

    uv run python benchmarks/bench_compare.py [--pairs N] [--peer-python /path/to/venv/bin/python]

Scores N labelled-style pairs (the dev pairs and the generated variants, repeated with a suffix so
they are distinct) with ``compare_many`` and reports pairs/s. With ``--peer-python`` (a venv with
nomenklatura installed, see ../shared/tools/peer_score.py) the peer's logic-v2 scores the dev
pairs in the same run, for the speed ratio.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from screening import compare_many

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "eval" / "name_pairs_dev.csv"
PEER = ROOT.parent / "shared" / "tools" / "peer_score.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=200_000)
    parser.add_argument("--peer-python", type=Path)
    args = parser.parse_args()
    dev = pl.read_csv(DEV, infer_schema=False).select("name1", "name2")
    reps = args.pairs // dev.height + 1
    frames = [dev.with_columns(pl.col("name1") + f" {i}", pl.col("name2") + f" {i}")
              for i in range(reps)]
    pairs = pl.concat(frames).head(args.pairs)
    a, b = pairs["name1"].to_list(), pairs["name2"].to_list()
    compare_many(a[:1000], b[:1000])  # warm caches and imports
    start = time.perf_counter()
    compare_many(a, b)
    ours = len(a) / (time.perf_counter() - start)
    print(f"ours  compare_many: {len(a):,} pairs, {ours:,.0f} pairs/s")
    if args.peer_python:
        done = subprocess.run(
            [str(args.peer_python), str(PEER), str(DEV), "--algorithms", "logic-v2", "--summary"],
            capture_output=True, text=True, check=True,
        )
        out = done.stdout + done.stderr  # the summary goes to stderr
        found = re.search(r"logic-v2\s+([\d.]+) pairs/second", out)
        if found:
            peer = float(found.group(1))
            print(f"peer  nomenklatura logic-v2: {peer:,.0f} pairs/s -> ratio x{ours / peer:,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
