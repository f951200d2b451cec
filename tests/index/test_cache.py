"""The cached name index (screening/index/cache.py, build.py): reused while the format and the
vocabulary it was analysed with are unchanged, rebuilt when either changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening import Screener
from screening.index import build
from screening.index.build import NameIndex
from screening.lists.store import ListStore


def test_saved_index_loads_back_and_goes_stale_with_the_vocabulary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = Screener.from_paths(store=ListStore(tmp_path / "home")).index
    index.save(tmp_path / "idx")
    again = NameIndex.load(tmp_path / "idx")
    assert again is not None
    assert again.names.equals(index.names)
    monkeypatch.setattr(build, "vocab_fingerprint", lambda: "edited-vocabulary")
    assert NameIndex.load(tmp_path / "idx") is None


def test_index_of_another_format_version_is_not_loaded(tmp_path: Path) -> None:
    (tmp_path / "FORMAT").write_text("9")
    assert NameIndex.load(tmp_path) is None
