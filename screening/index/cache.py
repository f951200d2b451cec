"""One name index per list version, cached in the version's own directory; several lists are
combined by offsetting name ids, so adding a list never rebuilds the others."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from screening.index.build import NameIndex, build_index
from screening.lists.version import StoredList

INDEX_DIR = "name_index"


def list_index(stored: StoredList) -> NameIndex:
    """The name index of one stored list version, built on first use and cached with it."""
    folder = stored.cache_dir / INDEX_DIR
    cached = NameIndex.load(folder)
    if cached is not None:
        return cached
    entries = stored.entries.with_columns(list_version=pl.lit(stored.meta.version))
    index = build_index(entries, list_version=stored.meta.version)
    _save_atomic(index, folder)
    return index


def _save_atomic(index: NameIndex, folder: Path) -> None:
    try:
        tmp = Path(tempfile.mkdtemp(prefix=".index-", dir=folder.parent))
    except OSError:  # read-only cache: use the index without caching it
        return
    try:
        index.save(tmp)
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)


def combine(indexes: Sequence[NameIndex]) -> NameIndex:
    """One index over several lists (name ids offset; entries, keys and postings concatenated)."""
    if len(indexes) == 1:
        return indexes[0]
    offset = 0
    parts: dict[str, list[pl.DataFrame]] = {p: [] for p in NameIndex.PARTS}
    for idx in indexes:
        shift = pl.col("name_id") + offset
        for part in NameIndex.PARTS:
            frame: pl.DataFrame = getattr(idx, part)
            if "name_id" in frame.columns:
                frame = frame.with_columns(shift.cast(pl.UInt32).alias("name_id"))
            parts[part].append(frame)
        offset += idx.names.height
    merged = {p: pl.concat(frames, how="vertical_relaxed") for p, frames in parts.items()}
    merged["keys"] = merged["keys"].unique()
    return NameIndex(**merged)
