"""cProfile of the screen stage (``Screener.screen``) on one batch, read beforehand.

Prints the top entries by cumulative time whose file is under ``screening/`` (where the package's
time goes, native polars/rapidfuzz work included in the callers' cumulative time), then the top
entries by own time over everything (which library calls are heavy).
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from pathlib import Path

from screening.pipeline import Screener
from screening.records import open_records


def profile_screen(screener: Screener, path: Path, rows: int, top: int = 25) -> str:
    """The report text for ``Screener.screen`` over the first ``rows`` rows of ``path``."""
    batch = next(open_records(path).batches(rows))
    _ = screener.index
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    result = screener.screen(batch)
    profiler.disable()
    wall = time.perf_counter() - start
    out = io.StringIO()
    out.write(f"cProfile of Screener.screen on {batch.height:,} rows: {wall:.1f} s wall under the "
              f"profiler, {result.hits.height:,} hits\n")
    stats = pstats.Stats(profiler, stream=out)
    out.write(f"\n-- top {top} by cumulative time, functions under screening/ --\n")
    stats.sort_stats("cumulative").print_stats(r"/screening/", top)
    out.write("\n-- top 15 by own time, everything --\n")
    stats.sort_stats("tottime").print_stats(15)
    return _shorten(out.getvalue())


def _shorten(text: str) -> str:
    root = str(Path(__file__).resolve().parents[2]) + "/"
    lines = [ln.replace(root, "") for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if not ln.strip().startswith("Ordered by"))
