"""Damaged list files: truncations and byte flips never escape as anything but ``ListDataError``.

Inputs are small slices of the real files in ../shared (cut at a line end) and the official-
format fixtures under tests/fixtures. Each mutated copy goes to ``load_list`` (detection) or to
the reader of the unmutated sample's format; the result is either ``ListDataError`` or a list
that keeps every ``LIST_ENTRY`` invariant. Bounded: 40 examples per sample (~50-120 per format), no deadline.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
from conftest import FIXTURES, shared_path
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from screening.errors import ListDataError
from screening.lists import registry
from screening.lists.base import LoadedList
from screening.lists.registry import detect_format, load_list
from screening.schema import ENTITY_TYPES, LIST_ENTRY

SLICE = 12_000  # bytes kept of each shared file: a few dozen records, parsed in milliseconds
EXAMPLES = 40  # per sample; most formats have two or more samples

SHARED = [
    "ofac/sdn_2024-05-03.csv",
    "ofac/cons_2025-12",
    "ofac/consolidated_nonsdn_2025-03-28.xml",
    "ofac/cons_advanced_2020-03-17.xml",
    "us_csl/consolidated_csl_2023-11-30.csv",
    "bis/dpl_2023-11-30.txt",
    "un/un_consolidated_2026-02-27.xml",
    "uk/ofsi_conlist_sample_2020.csv",
    "uk/ofsi_conlist_2025-04-10.csv",
    "opensanctions/ua_war_sanctions_targets.simple.csv",
]
FIXTURE_SAMPLES = sorted(
    p.relative_to(FIXTURES).as_posix()
    for area in ("lists", "ofac")
    for p in (FIXTURES / area).glob("*/*" if area == "lists" else "*")
    if (p.is_file() and p.stat().st_size < 200_000) or (p.is_dir() and area == "ofac")
) if FIXTURES.exists() else []


def _slice(data: bytes, size: int = SLICE) -> bytes:
    """The first ``size`` bytes, cut back to the last line end (whole records stay parseable)."""
    if len(data) <= size:
        return data
    cut = data.rfind(b"\n", 0, size)
    return data[: cut + 1] if cut > 0 else data[:size]


def _sample(kind: str, name: str) -> dict[str, bytes]:
    """``{file name: bytes}``: one file, or every file of a multi-file set directory."""
    path = shared_path("lists", *name.split("/")) if kind == "shared" else FIXTURES / name
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    return {f.name: (_slice(f.read_bytes()) if kind == "shared" else f.read_bytes()) for f in files}


def _write(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder if len(files) > 1 else folder / next(iter(files))


def _check(call: Callable[[], LoadedList]) -> None:
    try:
        loaded = call()
    except ListDataError:
        return
    entries = loaded.entries
    assert isinstance(loaded, LoadedList)
    assert entries.columns[: len(LIST_ENTRY)] == list(LIST_ENTRY)
    assert all(entries.schema[c] == dtype for c, dtype in LIST_ENTRY.items())
    assert entries.height > 0
    assert entries["entry_id"].is_unique().all()
    assert entries["entity_type"].is_in(ENTITY_TYPES).all()
    assert entries.filter(pl.col("name").is_null() | (pl.col("name").str.strip_chars() == "")).height == 0


mutations = st.tuples(
    st.booleans(),  # through load_list (detection) or straight to the sample's reader
    st.integers(min_value=0),  # which file of a set
    st.one_of(st.none(), st.floats(min_value=0.0, max_value=1.0)),  # truncate at this fraction
    st.lists(st.tuples(st.floats(0.0, 1.0, exclude_max=True), st.integers(0, 255)), max_size=4),
)


@pytest.mark.parametrize(
    ("kind", "name"),
    [("shared", s) for s in SHARED] + [("fixture", f) for f in FIXTURE_SAMPLES],
)
def test_damaged_files_only_raise_list_data_error(kind: str, name: str) -> None:
    files = _sample(kind, name)
    with tempfile.TemporaryDirectory() as clean:
        try:
            fmt = detect_format(_write(Path(clean), files))
        except ListDataError:
            pytest.skip(f"no registered reader recognises {name}")

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(mutations)
    @example((True, 0, None, [(0.0, 0)]))  # NUL first: binary junk, YAML/XML control characters
    @example((False, 0, None, [(0.5, 0xFF)]))  # invalid UTF-8 mid-file
    @example((False, 0, 0.5, []))  # cut mid-record
    @example((False, 0, 0.0, []))  # empty
    def fuzz(mutation: tuple[bool, int, float | None, list[tuple[float, int]]]) -> None:
        detect, which, cut, flips = mutation
        target = sorted(files)[which % len(files)]
        data = bytearray(files[target])
        if cut is not None:
            del data[int(len(data) * cut):]
        for where, value in flips:
            if data:
                data[int(len(data) * where)] = value
        with tempfile.TemporaryDirectory() as folder:
            path = _write(Path(folder), {**files, target: bytes(data)})
            _check(lambda: load_list(path) if detect else registry.FORMATS[fmt.name].read(path))

    fuzz()
