"""Compiled lists: each list file parsed once, kept as Parquet, found again by its bytes.

``compiled/<sha256>-<format>-<reader>/`` holds ``entries.parquet`` and ``meta.json`` for one
source (one file or one multi-file set) read by one reader version; ``inputs/<key>.json`` maps
an input's bytes to the compiled dirs it produced. A hit is checked against every file the reader
read last time (OFAC's ALT.CSV beside SDN.CSV), so a changed sibling re-parses. Directories are
written in ``tmp/`` and renamed into place: never half-written, safe with concurrent writers.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from screening.errors import ListDataError
from screening.lists.fileset import (
    Hasher,
    combined_sha256,
    input_key,
    manifest,
    read_json,
    set_files,
    write_json_atomic,
)
from screening.lists.fingerprint import reader_fingerprint
from screening.lists.registry import load_list
from screening.lists.version import VERSION_CHARS, ListVersion, StoredList, utc_now

ENTRIES = "entries.parquet"
META = "meta.json"
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")
STALE_SECONDS = 24 * 3600


class CompiledCache:
    """The content-addressed half of the store (``compiled/``, ``inputs/``, ``tmp/``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @contextlib.contextmanager
    def temp_dir(self, prefix: str = "work-") -> Iterator[Path]:
        """A fresh directory on the store's filesystem, removed on exit."""
        base = self.root / "tmp"
        base.mkdir(parents=True, exist_ok=True)
        _sweep(base)
        path = Path(tempfile.mkdtemp(dir=base, prefix=prefix))
        try:
            yield path
        finally:
            shutil.rmtree(path, ignore_errors=True)

    def open(self, obj: str) -> tuple[Path, pl.DataFrame] | None:
        """The directory and entries of compiled version ``obj``, or ``None`` if it is gone."""
        cache_dir = self.root / "compiled" / obj
        if not (cache_dir / ENTRIES).is_file():
            return None
        return cache_dir, pl.read_parquet(cache_dir / ENTRIES)

    def compile(self, path: Path, fmt: str | None, *, lenient: bool = False) -> StoredList:
        """``path`` as a compiled list: the cached one when the same bytes were read before by the
        same reader in the same mode (a lenient compile never stands in for a strict one)."""
        if not path.exists():
            raise ListDataError(path, "no such file or directory")
        hasher = Hasher()
        try:
            key = input_key(path, fmt, hasher, lenient=lenient)
        except OSError as exc:
            raise ListDataError(path, f"cannot read: {exc.strerror or exc}") from exc
        cached = self._lookup(key, path, hasher)
        if cached is not None:
            return cached
        loaded = load_list(path, fmt, lenient=lenient)
        base = path if path.is_dir() else path.parent
        rows = manifest(loaded.files or set_files(path), base, hasher)
        sha = combined_sha256(rows)
        reader = reader_fingerprint(loaded.format, lenient=lenient)
        entries = loaded.entries
        meta = ListVersion(
            name=_default_name(entries, loaded.format),
            version=sha[:VERSION_CHARS],
            publisher=loaded.publisher,
            format=loaded.format,
            list_date=loaded.list_date,
            imported_at=utc_now(),
            sha256=sha,
            entry_count=entries.height,
            alias_count=int(entries["aliases"].list.len().fill_null(0).sum()),
            source_records=loaded.source_records,
            files=tuple(r["path"] for r in rows),
            lenient=lenient,
            warnings=loaded.warnings,
        )
        target = self.root / "compiled" / f"{sha}-{loaded.format}-{reader[:12]}"
        if (target / META).is_file():
            meta = ListVersion.from_dict(read_json(target / META))
        else:
            self._publish(target, entries, {**meta.to_dict(), "manifest": rows, "reader": reader})
        self._remember(key, target.name)
        return StoredList(meta, entries, target)

    def _publish(self, target: Path, entries: pl.DataFrame, meta: dict[str, object]) -> None:
        """Write a compiled version into a temp dir and rename it into place."""
        target.parent.mkdir(parents=True, exist_ok=True)
        with self.temp_dir("compile-") as tmp:
            entries.write_parquet(tmp / ENTRIES)
            write_json_atomic(tmp / META, meta)
            try:
                tmp.rename(target)
            except OSError:
                if not (target / META).is_file():  # not a concurrent writer's finished copy
                    raise

    def _remember(self, key: str, obj: str) -> None:
        index = self.root / "inputs" / f"{key}.json"
        objects = list(read_json(index)["objects"]) if index.is_file() else []
        if obj not in objects:
            write_json_atomic(index, {"objects": [*objects, obj]})

    def _lookup(self, key: str, path: Path, hasher: Hasher) -> StoredList | None:
        """The compiled version of this exact input, if one is cached and still valid."""
        index = self.root / "inputs" / f"{key}.json"
        if not index.is_file():
            return None
        for obj in reversed(read_json(index)["objects"]):
            cache_dir = self.root / "compiled" / obj
            if not (cache_dir / META).is_file():
                continue
            meta = read_json(cache_dir / META)
            lenient = bool(meta.get("lenient", False))
            if meta.get("reader") != reader_fingerprint(
                meta["format"], missing_ok=True, lenient=lenient
            ):
                continue
            if not _same_files(meta["manifest"], path, hasher):
                continue
            entries = pl.read_parquet(cache_dir / ENTRIES)
            return StoredList(ListVersion.from_dict(meta), entries, cache_dir)
        return None


def _default_name(entries: pl.DataFrame, fmt: str) -> str:
    """The entries' single ``source`` key (\"ofac_sdn\"), else the format name."""
    sources = entries["source"].drop_nulls().unique()
    if len(sources) == 1 and NAME_RE.match(str(sources[0])):
        return str(sources[0])
    return fmt


def _sweep(base: Path, max_age: float = STALE_SECONDS) -> None:
    """Remove work dirs a killed process left behind (older than a day: none is still in use)."""
    cutoff = time.time() - max_age
    for leftover in base.iterdir():
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                shutil.rmtree(leftover, ignore_errors=True)


def _same_files(rows: list[dict[str, str]], path: Path, hasher: Hasher) -> bool:
    """Whether every file a reader read last time (siblings included) still has the same bytes."""
    base = path if path.is_dir() else path.parent
    own = hasher(path) if path.is_file() else None
    for row in rows:
        if row["sha256"] == own:
            continue
        file = Path(row["path"])
        file = file if file.is_absolute() else base / file
        if not file.is_file() or hasher(file) != row["sha256"]:
            return False
    return True
