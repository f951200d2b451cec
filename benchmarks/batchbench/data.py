"""Data sets from the trade generator (benchmarks/tradegen), made once per settings and reused.

The generator runs as a child process (``benchmarks/gen_trade.py``), so its memory never counts
towards the screening run's RSS; it streams chunks to disk, so a 10 M-row file costs it little
memory either. A data set lives under ``/tmp/bench_batch/data/<settings>/`` (never in the
repository) and is reused when its ``manifest.json`` has the same settings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[2]
GEN = REPO / "benchmarks" / "gen_trade.py"
DATA_ROOT = Path("/tmp/bench_batch/data")


@dataclass(frozen=True)
class DataSpec:
    rows: int
    seed: int
    pool_seed: int
    noise_profile: str
    corrupt_pct: float
    fmt: str

    @property
    def key(self) -> str:
        return (f"r{self.rows}_s{self.seed}_p{self.pool_seed}_{self.noise_profile}"
                f"_c{self.corrupt_pct:g}_{self.fmt}")

    def matches(self, settings: dict[str, object]) -> bool:
        want = {"rows": self.rows, "seed": self.seed, "pool_seed": self.pool_seed,
                "noise_profile": self.noise_profile, "corrupt_pct": self.corrupt_pct,
                "format": self.fmt}
        return all(settings.get(k) == v for k, v in want.items())


@dataclass(frozen=True)
class DataSet:
    folder: Path
    input: Path
    counts: dict[str, int]
    gen_seconds: float | None  # None: reused from an earlier run
    command: str

    def truth(self, what: str) -> pl.DataFrame:
        """``truth_parties`` / ``truth_goods`` / ``truth_corrupt`` as a frame."""
        return pl.read_parquet(self.folder / f"truth_{what}.parquet")


def ensure_data(spec: DataSpec, *, screening_home: Path, regenerate: bool = False,
                root: Path = DATA_ROOT) -> DataSet:
    """The data set for ``spec``: reused when present and complete, else generated."""
    folder = root / spec.key
    manifest = folder / "manifest.json"
    args = [sys.executable, str(GEN), "--rows", str(spec.rows), "--seed", str(spec.seed),
            "--pool-seed", str(spec.pool_seed), "--noise-profile", spec.noise_profile,
            "--corrupt-pct", f"{spec.corrupt_pct:g}", "--format", spec.fmt,
            "--out", str(folder), "--quiet"]
    command = " ".join(args[1:]).replace(str(REPO) + "/", "")
    seconds = None
    if regenerate or not manifest.exists() or not _same(manifest, spec):
        folder.mkdir(parents=True, exist_ok=True)
        manifest.unlink(missing_ok=True)
        env = {**os.environ, "SCREENING_HOME": str(screening_home)}
        start = time.perf_counter()
        done = subprocess.run(args, env=env, cwd=REPO, capture_output=True, text=True,
                              check=False)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"generator failed ({done.returncode}):\n{done.stderr[-3000:]}")
    meta = json.loads(manifest.read_text())
    counts = {k: int(v) for k, v in meta["counts"].items()}
    return DataSet(folder, folder / f"shipments.{spec.fmt}", counts, seconds, command)


def _same(manifest: Path, spec: DataSpec) -> bool:
    try:
        settings = json.loads(manifest.read_text())["settings"]
    except (OSError, ValueError, KeyError):
        return False
    return spec.matches(settings)
