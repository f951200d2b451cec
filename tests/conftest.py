"""Shared test fixtures: paths to the repo, its bundled data, and ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Shared CI machines are loaded and timings vary: no per-example deadlines.
settings.register_profile("screening", deadline=None)
settings.load_profile("screening")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, skipping the calling test when ../shared is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/data/{'/'.join(parts)} not present (CI always has ../shared)")
    return path


@pytest.fixture
def repo() -> Path:
    return REPO
