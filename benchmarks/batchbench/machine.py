"""The machine a run happened on, and resident memory sampled in a thread while it ran.

Peak RSS is measured two ways: ``RssSampler`` polls ``psutil`` (this process plus any child
processes) at a fixed interval and keeps every sample, so a streamed run can show memory over
time; ``ru_maxrss`` (``resource.getrusage``) is the kernel's high-water mark of the whole process
life so far, including phases before the run (list loading, index build).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import platform
import resource
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import psutil

GIB = 2**30
MIB = 2**20


def machine_line() -> str:
    """Cores, RAM, platform, Python and polars versions, polars thread pool."""
    ram = psutil.virtual_memory().total / GIB
    return (f"machine: {os.cpu_count()} cores, {ram:.0f} GiB RAM, {platform.platform()}; "
            f"python {platform.python_version()}, polars {pl.__version__} "
            f"({pl.thread_pool_size()} threads)")


def code_line(repo: Path) -> str:
    """The commit and the uncommitted files under screening/: other people edit the shared
    tree while benchmarks run, so a figure belongs to this state of the code."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True,
                              check=False)
        return done.stdout.rstrip() if done.returncode == 0 else "?"

    changed = [ln[3:].removeprefix("screening/")
               for ln in git("status", "--porcelain", "--", "screening").splitlines()]
    diff = hashlib.sha256(git("diff", "HEAD", "--", "screening").encode()).hexdigest()[:10]
    return (f"code: commit {git('rev-parse', '--short', 'HEAD').strip()}; {len(changed)} files "
            f"under screening/ with uncommitted changes"
            + (f" (diff sha256 {diff}): {', '.join(changed)}" if changed else ""))


def load_line(when: str) -> str:
    """Load averages (1, 5, 15 min) with a reminder that other jobs share the machine."""
    one, five, fifteen = os.getloadavg()
    return (f"load average {when}: {one:.2f} {five:.2f} {fifteen:.2f} "
            f"(other jobs share this machine; load > cores inflates wall times)")


def max_rss_self() -> int:
    """``ru_maxrss`` of this process in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def max_rss_children() -> int:
    """``ru_maxrss`` of the largest waited-for child process in bytes (the generator)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024


def _rss_tree(proc: psutil.Process) -> int:
    total = int(proc.memory_info().rss)
    for child in proc.children(recursive=True):
        with contextlib.suppress(psutil.Error):  # exited between listing and reading
            total += int(child.memory_info().rss)
    return total


@dataclass
class RssSampler:
    """Samples (seconds since start, RSS bytes of process + children, rows done) every
    ``interval`` seconds in a daemon thread; ``rows`` is updated by the caller's progress hook."""

    interval: float = 0.2
    samples: list[tuple[float, int, int]] = field(default_factory=list)
    rows: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> RssSampler:
        proc = psutil.Process()
        start = time.perf_counter()

        def loop() -> None:
            while True:
                self.samples.append((time.perf_counter() - start, _rss_tree(proc), self.rows))
                if self._stop.wait(self.interval):
                    break

        self._thread = threading.Thread(target=loop, name="rss-sampler", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    @property
    def peak(self) -> int:
        return max((s[1] for s in self.samples), default=0)

    def after(self, rows: int) -> list[int]:
        """RSS samples taken once ``rows`` rows were done (the warm-up excluded)."""
        return [rss for _, rss, done in self.samples if done >= rows]

    def stats(self, rows: int) -> tuple[int, int, int, int] | None:
        """(min, median, max, sample count) of the samples after ``rows`` rows."""
        values = self.after(rows)
        if not values:
            return None
        return min(values), int(statistics.median(values)), max(values), len(values)

    def timeline(self, points: int = 10) -> list[tuple[float, int, int]]:
        """About ``points`` evenly spaced samples (seconds, RSS, rows done), for printing."""
        if not self.samples:
            return []
        step = max(1, len(self.samples) // points)
        picked = self.samples[::step]
        if picked[-1] != self.samples[-1]:
            picked.append(self.samples[-1])
        return picked
