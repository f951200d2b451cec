"""Every list fixture file with its head, for "this sniffer claims only its own files" tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import read_head
from tests.conftest import FIXTURES


def fixture_heads() -> Iterator[tuple[Path, bytes]]:
    """(path, first bytes) of each readable file under tests/fixtures (error fixtures skipped)."""
    for path in sorted(FIXTURES.rglob("*")):
        if not path.is_file():
            continue
        try:
            yield path, read_head(path)
        except ListDataError:
            continue
