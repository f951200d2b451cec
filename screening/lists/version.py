"""What the store records about one imported list version, and a stored list with its entries.

``ListVersion`` is what a screening result cites ("OFAC SDN, list date 2024-05-03, version
3f2a9c0d1e4b"): every field is plain JSON so it can be written into reports and ``meta.json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

VERSION_CHARS = 12
"""Length of the short version id: a SHA-256 prefix, like a short git commit id."""


def utc_now() -> str:
    """The current UTC time as ISO 8601, e.g. ``2024-05-03T12:00:00.123456+00:00``.

    Microseconds keep versions imported within one second in order.
    """
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class ListVersion:
    """One version of one list: where it came from, when, and how much is in it."""

    name: str  # store name, e.g. "ofac_sdn" (the entries' source key) or the user's --name
    version: str  # first VERSION_CHARS hex digits of sha256
    publisher: str  # "OFAC", "UN", ...
    format: str  # ListFormat.name that read it
    list_date: str | None  # publication date the file states, ISO 8601, when it has one
    imported_at: str  # UTC ISO 8601, first time this version was compiled / imported
    sha256: str  # of the source bytes (multi-file sets: see screening.lists.fileset)
    entry_count: int
    alias_count: int
    source_records: int  # records counted in the source, before any merge
    files: tuple[str, ...] = ()  # source file names, relative to the imported path
    lenient: bool = False  # read with --lenient: damage salvaged, see warnings
    warnings: tuple[str, ...] = ()  # the reader's warnings ("<file>:<line>: problem; what it did")

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (``files`` and ``warnings`` as lists)."""
        data = asdict(self)
        data["files"] = list(self.files)
        data["warnings"] = list(self.warnings)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ListVersion:
        """Inverse of :meth:`to_dict`; unknown keys (e.g. store bookkeeping) are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["files"] = tuple(values.get("files", ()))
        values["warnings"] = tuple(values.get("warnings", ()))
        return cls(**values)


@dataclass(frozen=True)
class StoredList:
    """A compiled list: its version record, its ``LIST_ENTRY`` frame and its cache directory.

    ``cache_dir`` holds ``entries.parquet`` and ``meta.json``; later stages keep caches derived
    from this exact version there (the matcher's name index), so they are reused with it and can
    never be mixed up with another version's.
    """

    meta: ListVersion
    entries: pl.DataFrame
    cache_dir: Path
