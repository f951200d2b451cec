"""Helpers for the rule tests: records as a batch, rule files in a temporary directory."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

Records = Sequence[dict[str, Any]]


def frame(records: Records) -> pl.DataFrame:
    """Records (dicts, missing keys → null) as a batch with ``row_nr``."""
    columns = list(dict.fromkeys(k for r in records for k in r))
    data = {c: [r.get(c) for r in records] for c in columns}
    schema = {c: (pl.Float64 if c in ("value", "quantity") else pl.Utf8) for c in columns}
    return pl.DataFrame(data, schema=schema).with_row_index("row_nr")


def write_rules(tmp_path: Path, files: dict[str, str]) -> Path:
    """Write rule files into a fresh directory (countries/sources come from the bundled dir)."""
    directory = tmp_path / "rules"
    directory.mkdir(exist_ok=True)
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory
