"""Screen a whole records file: batches in bounded memory, every input row out, atomic outputs.

``screen_file`` streams the input through :meth:`Screener.screen` batch by batch and appends to
the decisions (and optional hits) outputs, which appear complete on success or not at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from pathlib import Path

import polars as pl

from screening.errors import ConfigError, GateFailedError
from screening.pipeline import Screener
from screening.records import DEFAULT_BATCH, ColumnMapping, open_records
from screening.report import ChunkWriter, RunSummary

FAIL_LEVELS = {"review": ("review", "block"), "block": ("block",)}

Progress = Callable[[int, int | None], None]
"""Called after each batch with (rows done, estimated total rows or None if unknown)."""

SAMPLE_BYTES = 1 << 20


def estimate_rows(path: Path, fmt: str) -> int | None:
    """Rows in the input: exact for Parquet, estimated from the first MiB for text formats."""
    if fmt == "parquet":
        return int(pl.scan_parquet(path).select(pl.len()).collect().item())
    if fmt not in ("csv", "jsonl"):
        return None
    size = path.stat().st_size
    with path.open("rb") as fh:
        sample = fh.read(SAMPLE_BYTES)
    lines = sample.count(b"\n")
    if not lines:
        return None
    header = 1 if fmt == "csv" else 0
    return max(0, round(size * lines / len(sample)) - header)


def decision_rows(decisions: pl.DataFrame) -> pl.DataFrame:
    """The decisions output: one row per input row, in input order (``row_nr`` dropped)."""
    return decisions.drop("row_nr")


def screen_file(
    screener: Screener,
    input_path: Path,
    output_path: Path,
    *,
    hits_path: Path | None = None,
    summary_path: Path | None = None,
    mapping: ColumnMapping | Mapping[str, str] | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: Progress | None = None,
) -> RunSummary:
    """Screen ``input_path`` into ``output_path`` (format by extension); returns the summary."""
    if batch_size < 1:
        raise ConfigError(f"--batch-size must be at least 1, not {batch_size}")
    start = time.perf_counter()
    summary = RunSummary(input_path=str(input_path), output_path=str(output_path))
    summary.list_versions = {s.meta.name: s.meta.version for s in screener.lists}
    summary.rule_version = screener.rules.version if screener.rules is not None else None
    with summary.stage("open"):
        source = open_records(input_path, mapping=mapping)
    info = source.info
    summary.input = {"format": info.format, "kind": info.kind}
    if info.encoding:
        summary.input["encoding"] = info.encoding
    if info.delimiter:
        summary.input["delimiter"] = info.delimiter
    with summary.stage("index"):
        _ = screener.index
    total = estimate_rows(input_path, info.format) if progress is not None else None
    with ExitStack() as stack:
        out = stack.enter_context(ChunkWriter(output_path))
        hits_out = stack.enter_context(ChunkWriter(hits_path)) if hits_path else None
        batches = source.batches(batch_size)
        while True:
            with summary.stage("read"):
                batch = next(batches, None)
            if batch is None:
                break
            with summary.stage("screen"):
                result = screener.screen(batch)
            with summary.stage("write"):
                out.write(decision_rows(result.decisions))
                if hits_out is not None:
                    hits_out.write(result.hits)
            summary.add(result.decisions, result.hits)
            if progress is not None:
                progress(summary.rows, total)
    summary.wall_seconds = time.perf_counter() - start
    if summary_path is not None:
        summary.write(summary_path)
    return summary


def check_gate(summary: RunSummary, fail_on: str | None) -> None:
    """Raise :class:`GateFailedError` when ``fail_on`` (review|block) decisions were made."""
    if fail_on is None:
        return
    levels = FAIL_LEVELS[fail_on]
    hit = {d: summary.decisions.get(d, 0) for d in levels if summary.decisions.get(d, 0)}
    if hit:
        found = ", ".join(f"{n} {d}" for d, n in hit.items())
        raise GateFailedError(f"--fail-on {fail_on}: {found} decision(s) in {summary.input_path}")
