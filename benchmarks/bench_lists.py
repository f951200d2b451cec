#!/usr/bin/env python3
"""List loading: cold (fresh store: hash + parse + write Parquet) vs cached (hash + read Parquet).

``parse`` is the reader alone (``load_list``), for scale.

    uv run python benchmarks/bench_lists.py [--repeat 3]

Reads the real lists in ../shared/data/lists (never copied into the repository). The shared
CSL file is cut mid-record by its publisher of record (see shared/data/README.md); the reader
rightly rejects it, so the benchmark times a copy trimmed to its complete records, made in a temp
directory. Prints the machine, per-list and total timings (median of ``--repeat`` runs) and the
speed-up.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl
import psutil

from screening.errors import ListDataError
from screening.lists.registry import load_list
from screening.lists.store import ListStore

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "lists"
LISTS = [
    ("OFAC SDN 2024-05-03 (SDN.CSV)", "ofac/sdn_2024-05-03.csv"),
    ("OFAC consolidated (CONS_*.CSV set)", "ofac/cons_2025-12"),
    ("US CSL 2023-11-30 (CSV)", "us_csl/consolidated_csl_2023-11-30.csv"),
    ("UN consolidated 2026-02-27 (XML)", "un/un_consolidated_2026-02-27.xml"),
    ("UK OFSI ConList 2025-04-10 (xlsx)", "uk/ofsi_conlist_2025-04-10.xlsx"),
]


def machine() -> str:
    ram = psutil.virtual_memory().total / 2**30
    return (
        f"machine: {os.cpu_count()} cores, {ram:.0f} GiB RAM, {platform.platform()}\n"
        f"python {platform.python_version()}, polars {pl.__version__}"
    )


CPU: dict[str, float] = {}
"""CPU seconds (all threads) of the last ``timed`` call, median: steadier than wall time on a busy
machine."""


def timed(call: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall seconds of ``repeat`` calls (CPU seconds go to ``CPU["last"]``)."""
    times, cpu, result = [], [], None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = call()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU["last"] = statistics.median(cpu)
    return statistics.median(times), result


def trimmed(path: Path, work: Path) -> Path:
    """A copy of ``path`` without its last (incomplete) line."""
    data = path.read_bytes()
    copy = work / f"trimmed_{path.name}"
    copy.write_bytes(data[: data.rstrip(b"\n").rfind(b"\n") + 1])
    return copy


def bench(label: str, path: Path, work: Path, repeat: int) -> tuple[float, float] | None:
    def cold() -> object:
        with tempfile.TemporaryDirectory(dir=work) as root:
            return ListStore(Path(root)).load(path)

    try:
        cold_s, stored = timed(cold, repeat)
    except ListDataError as exc:
        if "truncated" not in str(exc):
            print(f"{label:<38} not readable: {exc}")
            return None
        path = trimmed(path, work)
        label += " [trimmed]"
        cold_s, stored = timed(cold, repeat)
    cold_cpu = CPU["last"]
    parse_s, _ = timed(lambda: load_list(path), repeat)
    store = ListStore(work / "store")
    store.load(path)
    warm_s, cached = timed(lambda: store.load(path), max(repeat, 5))
    meta = cached.meta  # type: ignore[attr-defined]
    print(
        f"{label:<38} {meta.format:<14} {meta.entry_count:>7,} entries  parse {parse_s * 1000:6.0f}"
        f"  cold {cold_s * 1000:6.0f} (cpu {cold_cpu * 1000:6.0f})"
        f"  cached {warm_s * 1000:5.0f} (cpu {CPU['last'] * 1000:4.0f})  x{cold_s / warm_s:5.1f}"
    )
    assert stored is not None
    return cold_s, warm_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # readers' notes about missing sibling files
    if not SHARED.exists():
        print(f"{SHARED} not found: the benchmark needs ../shared", file=sys.stderr)
        return 1
    print(machine())
    print(f"load average {os.getloadavg()[0]:.1f} (other work on the machine inflates cold times)")
    print(f"median of {args.repeat} cold runs (fresh store each) / {max(args.repeat, 5)} cached runs;")
    print("milliseconds, wall time (CPU time of all threads in parentheses)\n")
    totals = [0.0, 0.0]
    with tempfile.TemporaryDirectory() as tmp:
        for label, rel in LISTS:
            result = bench(label, SHARED / rel, Path(tmp), args.repeat)
            if result:
                totals = [totals[0] + result[0], totals[1] + result[1]]
    if totals[1]:
        print(
            f"\n{'total':<38} {'':<14} {'':>15}  {'':<12}  cold {totals[0] * 1000:6.0f}"
            f"{'':<13}  cached {totals[1] * 1000:5.0f}{'':<11}  x{totals[0] / totals[1]:5.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
