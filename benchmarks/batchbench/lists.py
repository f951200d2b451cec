"""The real lists, imported into a temporary store: list load and name-index build, cold vs cached.

Cold = first import into a fresh ``SCREENING_HOME`` (hash + parse + write Parquet) and first
``list_index`` (analyse every name, write the index beside the list version). Cached = the same
calls again (hash + read Parquet; read the index Parquet), median of ``repeat``.

The shared CSL file is cut mid-record: when the store refuses it as truncated and the store has no
``lenient`` import, a copy cut after its last complete line is imported instead (as
``bench_lists.py`` does), in the work directory, never in the repository.
"""

from __future__ import annotations

import inspect
import logging
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from screening.errors import ListDataError
from screening.index.build import NameIndex
from screening.index.cache import combine, list_index
from screening.lists.store import ListStore
from screening.lists.version import StoredList

SHARED_LISTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "lists"
LISTS = (
    ("OFAC SDN 2024-05-03", "ofac/sdn_2024-05-03.csv"),
    ("OFAC consolidated 2025-12", "ofac/cons_2025-12"),
    ("US CSL 2023-11-30", "us_csl/consolidated_csl_2023-11-30.csv"),
    ("UN consolidated 2026-02-27", "un/un_consolidated_2026-02-27.xml"),
    ("UK OFSI 2025-04-10 (xlsx)", "uk/ofsi_conlist_2025-04-10.xlsx"),
    ("EU 269/2014 (journal csv)", "eu_journal/32014R0269.csv"),
)
"""The five lists of the brief, plus the EU Russia list: tradegen plants a quarter of its parties
from it (benchmarks/tradegen/targets.py), so without it those could never be found by entry id."""


@dataclass(frozen=True)
class ListTiming:
    label: str
    name: str
    entries: int
    names: int
    load_cold: float
    load_cached: float
    index_cold: float
    index_cached: float
    note: str


def _median(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def trimmed_copy(path: Path, work: Path) -> Path:
    """A copy of ``path`` without its last (incomplete) line."""
    data = path.read_bytes()
    copy = work / f"trimmed_{path.name}"
    copy.write_bytes(data[: data.rstrip(b"\n").rfind(b"\n") + 1])
    return copy


Importer = Callable[[], StoredList]


def _import(store: ListStore, path: Path, work: Path) -> tuple[StoredList, float, Importer, str]:
    """(stored list, cold seconds, the import call to repeat for the cached time, note)."""
    def plain(p: Path = path) -> StoredList:
        return store.import_list(p)

    start = time.perf_counter()
    try:
        return plain(), time.perf_counter() - start, plain, ""
    except ListDataError as exc:
        if "truncat" not in str(exc).lower():
            raise
    if "lenient" in inspect.signature(store.import_list).parameters:
        def lenient() -> StoredList:
            stored: StoredList = getattr(store, "import_list")(path, lenient=True)  # noqa: B009
            return stored  # (getattr: stores before the lenient option lack the keyword)

        start = time.perf_counter()
        return lenient(), time.perf_counter() - start, lenient, "truncated: lenient import"
    copy = trimmed_copy(path, work)
    start = time.perf_counter()
    return (plain(copy), time.perf_counter() - start, lambda: plain(copy),
            "truncated: copy cut at last complete line")


def import_lists(store: ListStore, work: Path, repeat: int = 3
                 ) -> tuple[list[StoredList], list[ListTiming]]:
    """Import every list of ``LISTS`` into ``store`` and time load and index, cold and cached."""
    quiet = logging.getLogger("screening.lists")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # readers' notes about known gaps of the shared files
    stored_lists, timings = [], []
    try:
        for label, rel in LISTS:
            stored, cold, again, note = _import(store, SHARED_LISTS / rel, work)
            cached = _median(again, repeat)
            start = time.perf_counter()
            index = list_index(stored)
            index_cold = time.perf_counter() - start
            index_cached = _median(lambda s=stored: list_index(s), repeat)  # type: ignore[misc]
            stored_lists.append(stored)
            timings.append(ListTiming(label, stored.meta.name, stored.entries.height,
                                      index.names.height, cold, cached, index_cold,
                                      index_cached, note))
    finally:
        quiet.setLevel(level)
    return stored_lists, timings


def combined_index(lists: list[StoredList]) -> tuple[NameIndex, float]:
    """The combined index of ``lists`` (each from its cache) and the seconds it took."""
    start = time.perf_counter()
    index = combine([list_index(s) for s in lists])
    return index, time.perf_counter() - start


def timing_table(timings: list[ListTiming]) -> list[str]:
    """Lines of the list table (milliseconds, wall)."""
    head = (f"  {'list':<28} {'store name':<11} {'entries':>8} {'names':>7}  "
            f"{'load cold':>9} {'cached':>7}  {'index cold':>10} {'cached':>7}")
    lines = [head]
    tot = [0.0, 0.0, 0.0, 0.0]
    for t in timings:
        vals = (t.load_cold, t.load_cached, t.index_cold, t.index_cached)
        tot = [a + b for a, b in zip(tot, vals, strict=True)]
        lines.append(f"  {t.label:<28} {t.name:<11} {t.entries:>8,} {t.names:>7,}  "
                     f"{vals[0] * 1e3:>7.0f}ms {vals[1] * 1e3:>5.0f}ms  "
                     f"{vals[2] * 1e3:>8.0f}ms {vals[3] * 1e3:>5.0f}ms"
                     + (f"  [{t.note}]" if t.note else ""))
    lines.append(f"  {'total':<28} {'':<11} {sum(t.entries for t in timings):>8,} "
                 f"{sum(t.names for t in timings):>7,}  {tot[0] * 1e3:>7.0f}ms "
                 f"{tot[1] * 1e3:>5.0f}ms  {tot[2] * 1e3:>8.0f}ms {tot[3] * 1e3:>5.0f}ms")
    return lines
