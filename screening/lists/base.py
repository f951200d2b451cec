"""What every list reader shares: the format descriptor, the result type, and input guards.

A reader is a function ``read(path) -> LoadedList`` plus a ``sniff(path, head) -> bool`` that
recognises the format from the first bytes. Readers raise :class:`ListDataError` naming the file
and the line/record for anything they cannot parse; they never return a partial list. A format
may also offer ``read_lenient``, which salvages what it safely can from a damaged file and
reports every problem in ``LoadedList.warnings`` (see :mod:`screening.lists.salvage`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from screening.errors import ListDataError
from screening.schema import ENTITY_TYPES, LIST_ENTRY, conform

HEAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class LoadedList:
    """A list read from its source files, before it is stored."""

    entries: pl.DataFrame  # LIST_ENTRY
    format: str  # ListFormat.name
    publisher: str
    list_date: str | None  # ISO date the publisher gives in the file, when it does
    files: tuple[Path, ...]  # every source file read, hashed together for the version
    source_records: int  # records counted in the source (entries before any merge)
    warnings: tuple[str, ...] = ()  # "<file>:<line>: problem; what was done instead", in order


@dataclass(frozen=True)
class ListFormat:
    """One official file format and its reader."""

    name: str  # "ofac_sdn_csv", "un_xml", ...
    publisher: str  # "OFAC", "UN", ...
    description: str
    read: Callable[[Path], LoadedList]
    sniff: Callable[[Path, bytes], bool]
    extensions: tuple[str, ...] = field(default=())
    read_lenient: Callable[[Path], LoadedList] | None = None  # None: no lenient mode, reads strictly


def read_head(path: Path) -> bytes:
    """First bytes of ``path``; rejects missing, empty and HTML files with a clear message."""
    if path.is_dir():
        return b""
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise ListDataError(path, f"cannot read file: {exc.strerror}") from exc
    check_not_empty_or_html(path, head)
    return head


def check_not_empty_or_html(path: Path, head: bytes) -> None:
    """Raise for an empty file or an HTML page (an error page saved in place of a list)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n\x1a")
    if not stripped:
        raise ListDataError(path, "file is empty; expected a list file", where="1")
    lower = stripped[:512].lower()
    if lower.startswith((b"<!doctype html", b"<html")) or b"<html" in lower[:200]:
        raise ListDataError(
            path,
            "this is an HTML page, not a list file (an error or login page saved in place of "
            "the download?); download the list again",
            where="1",
        )


def decode_utf8(path: Path, data: bytes) -> str:
    """Decode UTF-8 (BOM allowed) strictly; on failure name the line and suggest the encoding."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ListDataError(
            path,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); the format is "
            "published in UTF-8 - was the file re-saved as cp1252/latin-1? Re-download it",
            where=str(line),
        ) from exc


def entries_frame(rows: Iterable[Mapping[str, Any]], *, path: Path) -> pl.DataFrame:
    """Build the ``LIST_ENTRY`` frame from row dicts and check the invariants every list keeps.

    Invariants: every entry has a non-empty name, an entity type from ``ENTITY_TYPES``, and a
    unique ``entry_id``. A violation is a reader bug or a broken file; either way, no partial list.
    """
    frame = pl.DataFrame(list(rows), schema=dict(LIST_ENTRY), strict=False)
    frame = conform(frame, LIST_ENTRY, what="list entry")
    if frame.height == 0:
        raise ListDataError(path, "no entries found; expected at least one list record")
    unnamed = frame.filter(pl.col("name").is_null() | (pl.col("name").str.strip_chars() == ""))
    if unnamed.height:
        raise ListDataError(path, "entry without a name", where=f"record {unnamed['entry_id'][0]}")
    bad_type = frame.filter(~pl.col("entity_type").is_in(ENTITY_TYPES))
    if bad_type.height:
        raise ListDataError(
            path,
            f"unmapped entity type {bad_type['entity_type'][0]!r}",
            where=f"record {bad_type['entry_id'][0]}",
        )
    dupes = frame.filter(pl.col("entry_id").is_duplicated())
    if dupes.height:
        raise ListDataError(path, "duplicate entry id", where=f"record {dupes['entry_id'][0]}")
    return frame
