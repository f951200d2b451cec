"""Run summary: what was screened, what came out, how long it took, against which versions.

Built incrementally so a chunked run can add each batch (``add(decisions, hits)``) and time each
stage (``with summary.stage("match"): ...``). Counts by rule and by list are *records* that rule or
list fired on (a record with two hits from one list counts once). ``to_json`` is the machine form
(stable keys, written atomically next to the results), ``to_text`` a few lines for the terminal.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from screening.report.atomic import atomic_output
from screening.schema import DECISIONS


@dataclass
class RunSummary:
    """Totals of one screening run."""

    input_path: str
    rows: int = 0
    error_rows: int = 0  # rows whose input could not be parsed (decision "error")
    decisions: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DECISIONS, 0))
    by_rule: dict[str, int] = field(default_factory=dict)  # rule id -> records it fired on
    by_list: dict[str, int] = field(default_factory=dict)  # list source -> records it matched
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, in run order
    list_versions: dict[str, str] = field(default_factory=dict)  # list source -> version
    rule_version: str | None = None
    output_path: str | None = None
    input: dict[str, str] = field(default_factory=dict)  # format, encoding, delimiter, kind ...
    wall_seconds: float | None = None  # whole run; defaults to the sum of the stage timings

    @property
    def seconds(self) -> float:
        """Run time: ``wall_seconds`` if set, else the sum of the stage timings."""
        return self.wall_seconds if self.wall_seconds is not None else sum(self.timings.values())

    @property
    def rows_per_second(self) -> float | None:
        """Throughput, None before anything was timed."""
        return self.rows / self.seconds if self.seconds > 0 else None

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time a block and add it to ``timings[name]`` (stages repeat once per batch)."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start

    def add(self, decisions: pl.DataFrame, hits: pl.DataFrame | None = None) -> None:
        """Count one batch: a DECISION frame and its HIT frame."""
        self.rows += decisions.height
        counts = decisions.group_by("decision").len()
        for decision, n in counts.iter_rows():
            self.decisions[decision] = self.decisions.get(decision, 0) + n
        self.error_rows = self.decisions.get("error", 0)
        if hits is not None and hits.height:
            self._count(hits.filter(pl.col("kind") == "rule"), "ref", self.by_rule)
            self._count(hits.filter(pl.col("kind") == "list"), "source", self.by_list)

    @staticmethod
    def _count(hits: pl.DataFrame, key: str, into: dict[str, int]) -> None:
        per_record = hits.select(key, "row_nr").unique().group_by(key).len()
        into.update(Counter(into) + Counter(dict(per_record.iter_rows())))

    def to_dict(self) -> dict[str, Any]:
        """Plain data with ``seconds`` and ``rows_per_second`` added."""
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        rate = self.rows_per_second
        data["rows_per_second"] = round(rate, 1) if rate is not None else None
        data["timings"] = {k: round(v, 3) for k, v in self.timings.items()}
        return data

    def to_json(self) -> str:
        """The summary as indented JSON."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def to_text(self, *, top: int = 5) -> str:
        """A compact human summary, a few lines."""
        rate = self.rows_per_second
        speed = f" ({rate:,.0f} rows/s)" if rate else ""
        lines = [f"{self.rows:,} rows from {self.input_path} in {self.seconds:.1f} s{speed}"]
        lines.append("decisions: " + ", ".join(f"{k} {v:,}" for k, v in self.decisions.items()))
        if self.error_rows:
            lines.append(f"input errors: {self.error_rows:,} rows (see parse_error)")
        for title, counts in (("rules", self.by_rule), ("lists", self.by_list)):
            if counts:
                best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
                more = f", +{len(counts) - top} more" if len(counts) > top else ""
                lines.append(f"{title}: " + ", ".join(f"{k} {v:,}" for k, v in best) + more)
        if self.list_versions or self.rule_version:
            versions = [f"{k} {v}" for k, v in self.list_versions.items()]
            if self.rule_version:
                versions.append(f"rules {self.rule_version}")
            lines.append("versions: " + ", ".join(versions))
        if self.timings:
            lines.append("stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in self.timings.items()))
        if self.output_path:
            lines.append(f"written: {self.output_path}")
        return "\n".join(lines)

    def write(self, path: Path) -> None:
        """Write ``to_json()`` to ``path`` atomically."""
        with atomic_output(Path(path)) as fh:
            fh.write(self.to_json().encode("utf-8"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RunSummary:
        """Read back what ``to_dict``/``to_json`` produced (derived keys ignored)."""
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in names})
