"""The timed run: ``screen_file`` exactly as ``screening batch`` calls it, with finer timings.

The run summary times the stages of ``screen_file`` (open, index, read, screen, write). To see
inside "screen", a few functions are wrapped for the duration of the run only (attributes of the
imported modules, restored afterwards; no file under screening/ is touched): party matching
(``Screener.party_matches``) and within it ``match_names`` and its ``candidate_pairs`` and
``score_pairs``; rule evaluation (``Screener.rule_hits``); ``decide``. What remains of "screen"
(list hits, sorting, best-match columns) is reported as the rest.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import screening.match.matcher as matcher_mod
import screening.pipeline as pipeline_mod
import screening.screen.matching as matching_mod
from benchmarks.batchbench.machine import RssSampler
from screening.lists.store import ListStore
from screening.pipeline import Screener
from screening.report import RunSummary
from screening.run import screen_file

SUBSTAGES = (  # (label, module, attribute)
    ("match_names", matching_mod, "match_names"),
    ("candidates", matcher_mod, "candidate_pairs"),
    ("score_pairs", matcher_mod, "score_pairs"),
    ("decide", pipeline_mod, "decide"),
)


@dataclass
class RunResult:
    summary: RunSummary
    screener_seconds: float  # Screener.from_paths: cached lists + rules
    wall: float  # screen_file alone
    cpu: float  # CPU seconds of this process (all threads) during screen_file
    substages: dict[str, float]
    sampler: RssSampler
    outputs: dict[str, Path] = field(default_factory=dict)
    lists: list[str] = field(default_factory=list)


def _timed(fn: Callable[..., Any], key: str, into: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            into[key] = into.get(key, 0.0) + time.perf_counter() - start
    return wrapper


@contextmanager
def substage_timers(screener: Screener, into: dict[str, float]) -> Iterator[None]:
    """Wrap the sub-stages (see the module docstring) while the block runs."""
    saved = [(mod, attr, getattr(mod, attr)) for _, mod, attr in SUBSTAGES]
    try:
        for label, mod, attr in SUBSTAGES:
            setattr(mod, attr, _timed(getattr(mod, attr), label, into))
        screener.party_matches = _timed(screener.party_matches, "party_matches", into)  # type: ignore[method-assign]
        screener.rule_hits = _timed(screener.rule_hits, "rule_hits", into)  # type: ignore[method-assign]
        yield
    finally:
        for mod, attr, fn in saved:
            setattr(mod, attr, fn)
        del screener.party_matches, screener.rule_hits


def run_batch(store: ListStore, input_path: Path, out_dir: Path, *, batch_size: int,
              out_format: str, sample_every: float, quiet: bool = False) -> RunResult:
    """Build the screener from the store (bundled + imported lists, bundled rules) and screen
    ``input_path`` into ``out_dir`` (decisions.<fmt>, hits.parquet, summary.json)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    screener = Screener.from_paths(store=store)
    screener_seconds = time.perf_counter() - start
    outputs = {"decisions": out_dir / f"decisions.{out_format}",
               "hits": out_dir / "hits.parquet", "summary": out_dir / "summary.json"}
    substages: dict[str, float] = {}
    sampler = RssSampler(interval=sample_every)
    last = [0.0]

    def progress(done: int, total: int | None) -> None:
        sampler.rows = done
        now = time.perf_counter()
        if not quiet and now - last[0] >= 10:
            last[0] = now
            pct = f" of ~{total:,} ({100 * done / total:.0f} %)" if total else ""
            rss = sampler.samples[-1][1] / 2**20 if sampler.samples else 0
            print(f"  ... {done:,} rows{pct}, {now - start:.0f} s, RSS {rss:,.0f} MiB",
                  file=sys.stderr, flush=True)

    with sampler, substage_timers(screener, substages):
        begin, begin_cpu = time.perf_counter(), time.process_time()
        summary = screen_file(screener, input_path, outputs["decisions"],
                              hits_path=outputs["hits"], summary_path=outputs["summary"],
                              batch_size=batch_size, progress=progress)
        wall, cpu = time.perf_counter() - begin, time.process_time() - begin_cpu
    names = [f"{s.meta.name} {s.meta.version} ({s.entries.height:,})" for s in screener.lists]
    return RunResult(summary, screener_seconds, wall, cpu, substages, sampler, outputs, names)
