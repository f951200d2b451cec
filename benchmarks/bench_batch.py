#!/usr/bin/env python3
"""Batch screening end to end: real lists, synthetic trade data with planted truth, screen_file.

    uv run python benchmarks/bench_batch.py --quick                  # 100 k rows + cProfile
    uv run python benchmarks/bench_batch.py                          # 1 M rows
    uv run python benchmarks/bench_batch.py --corrupt-pct 1          # 1 M rows, 1 % broken lines
    uv run python benchmarks/bench_batch.py --rows 10000000 --format csv   # streamed, 10 M rows

Steps: (1) the real lists (OFAC SDN, OFAC consolidated, CSL, UN, UK OFSI, EU 269/2014) imported
into a fresh temporary SCREENING_HOME: list load and name index, cold vs cached; (2) a data set
from benchmarks/tradegen (``--rows --seed --pool-seed --noise-profile --corrupt-pct --format``
pass through; made under /tmp/bench_batch/data and reused); (3) ``screen_file`` as ``screening
batch`` runs it (bundled + imported lists, bundled rules), timed per stage, RSS sampled in a
thread; (4) every row accounted for; (5) planted parties and goods vs the outputs; (6) the
brute-force baseline on a sample of the input's distinct names; (7) optionally a cProfile of the
screen stage. 5 M rows or more (or ``--stream``) streams with a small batch and prints RSS over
time instead of the baseline. Other jobs may share the machine: the load average is printed
before and after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere


import polars as pl

from benchmarks.batchbench import accuracy, integrity, report, versus
from benchmarks.batchbench.data import DataSpec, ensure_data
from benchmarks.batchbench.lists import combined_index, import_lists, timing_table
from benchmarks.batchbench.machine import (
    GIB,
    code_line,
    load_line,
    machine_line,
    max_rss_self,
)
from benchmarks.batchbench.profiling import profile_screen
from benchmarks.batchbench.runner import run_batch
from benchmarks.batchbench.scan import scan_input
from screening.lists.store import ListStore
from screening.match.features import DEFAULT_CONFIG
from screening.pipeline import Screener
from screening.records import DEFAULT_BATCH

STREAM_ROWS = 5_000_000
WORK_ROOT = Path("/tmp/bench_batch")


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=None, help="rows (default 1,000,000; --quick 100,000)")
    p.add_argument("--quick", action="store_true", help="100 k rows and a cProfile")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--pool-seed", type=int, default=0)
    p.add_argument("--noise-profile", default="medium", choices=("light", "medium", "heavy"))
    p.add_argument("--corrupt-pct", type=float, default=0.0)
    p.add_argument("--format", default="csv", choices=("csv", "parquet"), help="input format")
    p.add_argument("--out-format", default="csv", choices=("csv", "parquet"),
                   help="decisions output format (hits are always Parquet)")
    p.add_argument("--batch-size", type=int, default=None,
                   help=f"rows per batch (default {DEFAULT_BATCH:,}; streaming 50,000)")
    p.add_argument("--stream", action="store_true",
                   help=f"streaming mode (implied from {STREAM_ROWS:,} rows)")
    p.add_argument("--sample", type=int, default=2000, help="names for the baseline")
    p.add_argument("--no-baseline", action="store_true")
    p.add_argument("--profile", action="store_true", help="cProfile the screen stage (--quick: on)")
    p.add_argument("--profile-rows", type=int, default=100_000)
    p.add_argument("--regen", action="store_true", help="regenerate the data set")
    p.add_argument("--keep", action="store_true", help="keep outputs and the temporary store")
    args = p.parse_args()
    args.rows = args.rows or (100_000 if args.quick else 1_000_000)
    args.stream = args.stream or args.rows >= STREAM_ROWS
    args.batch_size = args.batch_size or (50_000 if args.stream else DEFAULT_BATCH)
    args.profile = args.profile or args.quick
    return args


def section(title: str) -> None:
    print(f"\n== {title} ==", flush=True)


def main() -> int:
    args = parse_args()
    logging.disable(logging.WARNING)
    started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"bench_batch {started}: {' '.join(sys.argv[1:]) or '(defaults)'}")
    print(machine_line())
    print(code_line(Path(__file__).resolve().parents[1]))
    print(load_line("at start"))
    WORK_ROOT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=WORK_ROOT))
    home = work / "home"
    os.environ["SCREENING_HOME"] = str(home)
    store = ListStore(home)
    try:
        section("lists: load (import into a fresh store) and name index, cold vs cached (median of 3)")
        stored, timings = import_lists(store, work)
        print("\n".join(timing_table(timings)))
        index, combine_s = combined_index(stored)
        print(f"  combined index of the {len(stored)} lists from cache: {combine_s:.2f} s, "
              f"{index.entries.height:,} entries, {index.names.height:,} names")

        section("data (benchmarks/tradegen, child process)")
        spec = DataSpec(args.rows, args.seed, args.pool_seed, args.noise_profile,
                        args.corrupt_pct, args.format)
        data = ensure_data(spec, screening_home=home, regenerate=args.regen)
        made = f"generated in {data.gen_seconds:.0f} s" if data.gen_seconds else "reused"
        print(f"  {data.input} ({data.input.stat().st_size / 2**20:,.0f} MiB, {made}): "
              + ", ".join(f"{k} {v:,}" for k, v in data.counts.items()))
        print(f"  generator: python {data.command}")

        section(f"run: screen_file -> {args.out_format} decisions + parquet hits")
        print(load_line("before the run"))
        result = run_batch(store, data.input, work / "out", batch_size=args.batch_size,
                           out_format=args.out_format, sample_every=1.0 if args.stream else 0.2)
        print("\n".join(report.run_lines(result, data.counts["rows"], args.batch_size)))
        print(f"  ru_maxrss of this process so far (incl. list import and index build): "
              f"{max_rss_self() / GIB:.2f} GiB")
        if args.stream:
            print("\n".join(report.stream_lines(result.sampler, data.counts["rows"])))
        print(load_line("after the run"))

        section("rows accounted for")
        decisions = accuracy.read_decisions(result.outputs["decisions"])
        checked = integrity.check_rows(data.input, result.outputs["decisions"], decisions,
                                       data.truth("corrupt"))
        print("\n".join(report.integrity_lines(checked)))

        section("planted listed parties vs hits (entry id must match)")
        truth = data.truth("parties")
        hits = accuracy.list_hits(result.outputs["hits"])
        parties = accuracy.party_accuracy(truth, hits, decisions, index)
        scan = scan_input(data.input, parties.fp_cells.select("row_nr", "role"), args.batch_size)
        top_fp = accuracy.top_false_positives(parties.fp_cells, scan.cells)
        print("\n".join(report.party_lines(parties, scan.party_cells, top_fp,
                                            DEFAULT_CONFIG.threshold)))

        section("planted goods / routes vs rule hits")
        goods = accuracy.goods_accuracy(data.truth("goods"),
                                        accuracy.rule_hits(result.outputs["hits"]), decisions,
                                        truth["record_id"], data.truth("corrupt")["record_id"])
        print("\n".join(report.goods_lines(goods)))

        vs = None
        vs_missed = pl.DataFrame()
        party_s = result.substages.get("party_matches", 0.0)
        if not (args.no_baseline or args.stream):
            section("baseline: brute-force token_sort_ratio >= 80 vs our matcher, same names")
            print(f"  input: {scan.distinct_names.len():,} distinct party names "
                  f"({scan.distinct_queries:,} distinct name+country) in {scan.party_cells:,} "
                  f"party cells; the run matched {scan.batch_queries:,} (distinct name+country per "
                  f"batch of {args.batch_size:,}, summed: names recurring across batches are "
                  "matched again)")
            names = scan.distinct_names.sample(min(args.sample, scan.distinct_names.len()),
                                               seed=args.seed).to_list()
            vs = versus.run_versus(names, index)
            vs_missed = versus.missed_scored(vs, index)
            print("\n".join(report.versus_lines(vs, vs_missed, scan.distinct_names.len(),
                                                party_s, "random distinct input names",
                                                DEFAULT_CONFIG.threshold)))
            written = truth["written_name"].unique().sort()
            planted = written.sample(min(args.sample, written.len()), seed=args.seed).to_list()
            vp = versus.run_versus(planted, index)
            print("\n".join(report.versus_lines(vp, versus.missed_scored(vp, index), 0, party_s,
                                                "planted names", DEFAULT_CONFIG.threshold)))
            b, o, n = versus.planted_found(vp, truth)
            print(f"  planted entry reported for {n:,} (planted name, entry): baseline "
                  f"{report.pct(b)}, ours {report.pct(o)}")

        if args.profile:
            section(f"cProfile of the screen stage on {args.profile_rows:,} rows")
            print(profile_screen(Screener.from_paths(store=store), data.input, args.profile_rows))

        section("targets")
        e2e = result.screener_seconds + result.wall
        per_m = e2e * 1_000_000 / max(1, result.summary.rows)
        print(f"  time: {e2e:.1f} s end to end for {result.summary.rows:,} rows = {per_m:.1f} s "
              f"per 1 M rows (target <= 60 s per 1 M); CPU {result.cpu:.0f} s = "
              f"{result.cpu * 1e6 / max(1, result.summary.rows):.0f} CPU s per 1 M rows")
        print(f"  peak RSS {result.sampler.peak / GIB:.2f} GiB (target <= 4 GiB)")
        print(f"  recall {report.pct(parties.recall)} (target >= 99 %)")
        if vs is not None:
            extrap = vs.baseline_seconds / len(vs.queries) * scan.distinct_names.len()
            accepted = vs.kept.height + vs_missed.filter(
                pl.col("stage") != "scored below threshold").height
            print(f"  speed vs baseline x{extrap / party_s:.1f} (target >= 10); baseline hits "
                  f"kept {report.pct(vs.kept_share)} (target >= 99.5 %); of the baseline hits "
                  f"our own scorer accepts: {report.pct(vs.kept.height / max(1, accepted))}")
        errors = int(checked.corrupt["is_error"].sum())
        print(f"  every row accounted for: {'yes' if checked.accounted else 'NO'}; corrupted lines "
              f"output as error: {errors:,} of {checked.corrupt.height:,}")
        print(load_line("at the end"))
        print(f"bench_batch finished in {time.perf_counter() - T0:.0f} s")
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


T0 = time.perf_counter()

if __name__ == "__main__":
    sys.exit(main())
