"""The list store and its compiled cache: versions, content-hash reuse, atomic replacement,
lookup by name/version (store.py + cache.py)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import fake_list
import polars as pl
import pytest
from conftest import FIXTURES, shared_path
from fake_list import write
from hypothesis import given
from hypothesis import strategies as st

from screening.errors import ConfigError, ListDataError
from screening.lists import cache as cache_module
from screening.lists import registry
from screening.lists.fileset import combined_sha256
from screening.lists.fingerprint import reader_fingerprint
from screening.lists.store import ListStore, default_root
from screening.lists.version import ListVersion

V1 = [("1", "ACME TRADING LLC", "ACME LLC", "SDGT"), ("2", "IVAN PETROV", "", "RUSSIA-EO14024")]
V2 = [("1", "ACME TRADING LLC", "ACME LLC;ACME CO", "SDGT"), ("3", "NEW CO", "", "IRAN")]


@pytest.fixture(autouse=True)
def _fake(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_list.install(monkeypatch)


@pytest.fixture
def store(tmp_path: Path) -> ListStore:
    return ListStore(tmp_path / "home")


def test_import_records_a_complete_version(store: ListStore, tmp_path: Path) -> None:
    src = write(tmp_path / "in" / "a.fake", V1)
    stored = store.import_list(src)
    meta = stored.meta
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    assert (meta.name, meta.publisher, meta.format, meta.list_date) == ("fake", "FAKE", "fake", "2024-05-03")
    assert (meta.sha256, meta.version) == (sha, sha[:12])
    assert (meta.entry_count, meta.alias_count, meta.source_records) == (2, 1, 2)
    assert meta.files == ("a.fake",)
    assert meta.imported_at.endswith("+00:00")
    assert sorted(p.name for p in stored.cache_dir.iterdir()) == ["entries.parquet", "meta.json"]
    assert store.names() == ["fake"]
    [current] = store.current()
    assert current.meta == meta
    assert current.entries.equals(stored.entries)
    assert store.get("fake").cache_dir == stored.cache_dir


def test_version_record_is_json_and_round_trips(store: ListStore, tmp_path: Path) -> None:
    meta = store.import_list(write(tmp_path / "a.fake", V1)).meta
    assert ListVersion.from_dict(json.loads(json.dumps(meta.to_dict()))) == meta


def test_name_override_and_invalid_names(store: ListStore, tmp_path: Path) -> None:
    src = write(tmp_path / "a.fake", V1)
    assert store.import_list(src, name="my-list.v1").meta.name == "my-list.v1"
    for bad in ("../x", "a/b", "", ".hidden", "x" * 65):
        with pytest.raises(ConfigError, match="invalid list name"):
            store.import_list(src, name=bad)


def test_same_bytes_reuse_the_compiled_list_without_parsing(store: ListStore, tmp_path: Path) -> None:
    first = store.import_list(write(tmp_path / "a.fake", V1))
    copy = write(tmp_path / "elsewhere" / "renamed.fake", V1)
    again = store.load(copy)
    assert len(fake_list.READS) == 1  # the copy was not parsed
    assert again.cache_dir == first.cache_dir
    assert again.entries.equals(first.entries)


def test_changed_file_makes_a_new_version_and_keeps_the_old(store: ListStore, tmp_path: Path) -> None:
    src = tmp_path / "a.fake"
    old = store.import_list(write(src, V1)).meta
    new = store.import_list(write(src, V2, date="2024-06-01")).meta
    assert old.version != new.version
    assert [v.version for v in store.versions("fake")] == [old.version, new.version]
    assert store.get("fake").meta.version == new.version
    back = store.get("fake", old.version)
    assert back.meta == old
    assert back.entries["entry_id"].to_list() == ["fake:1", "fake:2"]
    assert store.get("fake", old.version[:6]).meta == old  # unique prefix


def test_reimport_is_idempotent_and_rollback_moves_the_pointer(store: ListStore, tmp_path: Path) -> None:
    old = store.import_list(write(tmp_path / "v1.fake", V1)).meta
    new = store.import_list(write(tmp_path / "v2.fake", V2)).meta
    assert store.import_list(tmp_path / "v2.fake").meta == new
    assert store.import_list(tmp_path / "v1.fake").meta == old  # rollback, same record
    assert len(store.versions("fake")) == 2
    assert store.current_meta("fake") == old


def test_load_does_not_touch_imported_lists(store: ListStore, tmp_path: Path) -> None:
    current = store.import_list(write(tmp_path / "v1.fake", V1)).meta
    loaded = store.load(write(tmp_path / "v2.fake", V2), name="adhoc")
    assert loaded.meta.name == "adhoc"
    assert store.names() == ["fake"]
    assert store.current_meta("fake") == current
    assert [v.version for v in store.versions("fake")] == [current.version]


@dataclass(frozen=True)
class Broken:
    why: str
    text: str


BROKEN = [
    Broken("bad line", "#FAKELIST date=2024-06-01\n9|only two\n"),
    Broken("not the format", "id,name\n1,x\n"),
    Broken("empty", ""),
    Broken("html page", "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>"),
]


@pytest.mark.parametrize("case", BROKEN, ids=lambda c: c.why)
def test_failed_import_leaves_the_current_version(store: ListStore, tmp_path: Path, case: Broken) -> None:
    src = write(tmp_path / "a.fake", V1)
    good = store.import_list(src).meta
    src.write_text(case.text, encoding="utf-8")
    with pytest.raises(ListDataError):
        store.import_list(src, fmt="fake")
    assert store.current_meta("fake") == good
    assert [v.version for v in store.versions("fake")] == [good.version]
    assert list((store.root / "tmp").iterdir()) == []


def test_crash_while_writing_leaves_nothing_half_written(
    store: ListStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = store.import_list(write(tmp_path / "a.fake", V1)).meta

    def boom(self: pl.DataFrame, *args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(pl.DataFrame, "write_parquet", boom)
    with pytest.raises(OSError, match="disk full"):
        store.import_list(write(tmp_path / "b.fake", V2))
    assert store.current_meta("fake") == good
    assert len(list((store.root / "compiled").iterdir())) == 1
    assert list((store.root / "tmp").iterdir()) == []


def test_a_changed_sibling_file_invalidates_the_cache(store: ListStore, tmp_path: Path) -> None:
    src = write(tmp_path / "a.fake", V1)
    alt = tmp_path / "a.fake.alt"
    alt.write_text("2|VANYA PETROV\n", encoding="utf-8")
    first = store.import_list(src)
    assert first.meta.files == ("a.fake", "a.fake.alt")
    assert first.meta.sha256 == combined_sha256(
        [{"path": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in (src, alt)]
    )
    assert store.load(src).meta.sha256 == first.meta.sha256
    assert len(fake_list.READS) == 1
    alt.write_text("2|I. PETROV\n", encoding="utf-8")
    second = store.import_list(src)
    assert len(fake_list.READS) == 2
    assert second.meta.version != first.meta.version
    assert "I. PETROV" in second.entries.filter(pl.col("entry_id") == "fake:2")["aliases"][0][0]["name"]
    alt.unlink()
    assert store.load(src).meta.files == ("a.fake",)
    assert len(fake_list.READS) == 3


def test_a_new_sibling_file_is_noticed(store: ListStore, tmp_path: Path) -> None:
    src = write(tmp_path / "a.fake", V1)
    assert store.load(src).meta.alias_count == 1
    (tmp_path / "a.fake.alt").write_text("2|VANYA PETROV\n", encoding="utf-8")
    assert store.load(src).meta.alias_count == 2
    assert len(fake_list.READS) == 2


def test_a_directory_set_is_one_version(store: ListStore, tmp_path: Path) -> None:
    folder = tmp_path / "set"
    write(folder / "a.fake", V1[:1])
    write(folder / "b.fake", V2[1:])
    stored = store.import_list(folder)
    assert stored.meta.files == ("a.fake", "b.fake")
    assert stored.meta.entry_count == 2
    assert store.load(folder).cache_dir == stored.cache_dir
    assert len(fake_list.READS) == 1


def test_a_changed_reader_reparses(store: ListStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write(tmp_path / "a.fake", V1)
    first = store.import_list(src)
    monkeypatch.setattr(cache_module, "reader_fingerprint", lambda name, **_: "f" * 64)
    second = store.load(src)
    assert len(fake_list.READS) == 2
    assert second.cache_dir != first.cache_dir
    assert second.meta.sha256 == first.meta.sha256


def test_concurrent_imports_of_the_same_file(store: ListStore, tmp_path: Path) -> None:
    src = write(tmp_path / "a.fake", V1)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            store.import_list(src)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert len(list((store.root / "compiled").iterdir())) == 1
    assert len(store.versions("fake")) == 1


@dataclass(frozen=True)
class Lookup:
    why: str
    name: str
    version: str | None
    message: str


LOOKUPS = [
    Lookup("unknown name", "nope", None, r"no imported list named 'nope' \(imported: fake\)"),
    Lookup("unknown version", "fake", "abcdef", "version 'abcdef' not found"),
    Lookup("not hex", "fake", "../../x", "not a version id"),
    Lookup("bad name", "../x", None, "invalid list name"),
]


@pytest.mark.parametrize("case", LOOKUPS, ids=lambda c: c.why)
def test_lookup_errors_name_what_exists(store: ListStore, tmp_path: Path, case: Lookup) -> None:
    store.import_list(write(tmp_path / "a.fake", V1))
    with pytest.raises(ConfigError, match=case.message):
        store.get(case.name, case.version)


def test_missing_compiled_data_is_reported(store: ListStore, tmp_path: Path) -> None:
    stored = store.import_list(write(tmp_path / "a.fake", V1))
    (stored.cache_dir / "entries.parquet").unlink()
    with pytest.raises(ConfigError, match="compiled data missing"):
        store.get("fake")


def test_missing_input_is_a_list_data_error(store: ListStore, tmp_path: Path) -> None:
    with pytest.raises(ListDataError, match="no such file"):
        store.load(tmp_path / "nope.fake")


def test_empty_store(store: ListStore) -> None:
    assert (store.names(), store.current(), store.current_meta("fake")) == ([], [], None)


def test_default_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SCREENING_HOME", str(tmp_path / "h"))
    assert default_root() == tmp_path / "h"
    assert ListStore().root == tmp_path / "h"
    monkeypatch.delenv("SCREENING_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_root() == tmp_path / "xdg" / "screening"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_root() == Path.home() / ".local" / "share" / "screening"


names = st.text(alphabet="abcXYZ_.-0", min_size=1, max_size=8)
shas = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)


@given(st.dictionaries(names, shas, min_size=2, max_size=5), st.randoms())
def test_set_hash_ignores_order_and_name_case(files: dict[str, str], rnd: object) -> None:
    rows = [{"path": k, "sha256": v} for k, v in files.items()]
    shuffled = rows[:]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    upper = [{"path": r["path"].upper(), "sha256": r["sha256"]} for r in shuffled]
    assert combined_sha256(rows) == combined_sha256(shuffled) == combined_sha256(upper)
    changed = [dict(rows[0], sha256="0" * 64 if rows[0]["sha256"] != "0" * 64 else "1" * 64), *rows[1:]]
    assert combined_sha256(changed) != combined_sha256(rows)


# -- with the real readers (official-format fixtures and ../shared) ---------------------------

REAL = [
    ("fixture", "ofac/sdn_set", "ofac_sdn", "ofac_sdn_csv", 4),
    ("fixture", "ofac/cons_set", "ofac_cons", "ofac_cons_csv", 4),
    ("fixture", "lists/un/consolidated_sample.xml", "un", "un_xml", 1),
    ("shared", "lists/un/un_consolidated_2026-02-27.xml", "un", "un_xml", 1),
]


@pytest.mark.parametrize(("kind", "rel", "name", "fmt", "files"), REAL, ids=[r[1] for r in REAL])
def test_real_lists_import_and_reload_from_cache(
    store: ListStore, monkeypatch: pytest.MonkeyPatch,
    kind: str, rel: str, name: str, fmt: str, files: int,
) -> None:

    path = shared_path(*rel.split("/")) if kind == "shared" else FIXTURES / rel
    if fmt not in registry.FORMATS:
        pytest.skip(f"reader {fmt} not registered")
    stored = store.import_list(path)
    assert (stored.meta.name, stored.meta.format, len(stored.meta.files)) == (name, fmt, files)
    if files == 1:
        assert stored.meta.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("re-parsed a cached list")

    monkeypatch.setattr(cache_module, "load_list", no_parse)
    again = store.get(name)
    assert again.entries.equals(stored.entries)
    assert store.load(path).cache_dir == stored.cache_dir


def test_work_dirs_left_by_a_killed_process_are_swept(store: ListStore, tmp_path: Path) -> None:
    old = store.root / "tmp" / "compile-killed"
    old.mkdir(parents=True)
    (old / "entries.parquet").write_bytes(b"half")
    os.utime(old, (0, 0))
    fresh = store.root / "tmp" / "download-running"
    fresh.mkdir()
    store.import_list(write(tmp_path / "a.fake", V1))
    assert sorted(p.name for p in (store.root / "tmp").iterdir()) == ["download-running"]


def test_reader_fingerprints_differ_per_reader_and_are_stable() -> None:
    fake = reader_fingerprint("fake")
    assert fake == reader_fingerprint("fake")
    assert len(fake) == 64
    assert all(reader_fingerprint(f) != fake for f in registry.FORMATS if f != "fake")
    assert reader_fingerprint("no_such_format", missing_ok=True) == ""


# ---- lenient imports: a separate compiled result, with its warnings on record -----------------

DAMAGED = "#FAKELIST date=2024-05-03\n1|ACME|x|SDGT\n1|ACME TWIN||SDGT\n"


def test_lenient_import_records_its_warnings(store: ListStore, tmp_path: Path) -> None:
    src = tmp_path / "a.fake"
    src.write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "a.fake.alt").write_text("1|ACME CORP\n7|NOBODY\n", encoding="utf-8")
    with pytest.raises(ListDataError, match="repeated id 1") as err:
        store.import_list(src)
    assert err.value.where == "3"
    assert store.names() == []
    stored = store.import_list(src, lenient=True)
    assert stored.entries["entry_id"].to_list() == ["fake:1", "fake:1~line3"]
    warnings = ("a.fake:3: repeated id 1; kept", "a.fake.alt:2: alias for an unknown id; dropped")
    assert (stored.meta.lenient, stored.meta.warnings) == (True, warnings)
    on_disk = json.loads((stored.cache_dir / "meta.json").read_text(encoding="utf-8"))
    assert (on_disk["lenient"], on_disk["warnings"]) == (True, list(warnings))
    assert store.get("fake").meta == stored.meta  # the version record keeps them too
    assert store.load(src, lenient=True).cache_dir == stored.cache_dir
    assert len(fake_list.READS) == 2  # the strict attempt and the lenient read, nothing since


def test_a_lenient_compile_never_answers_a_strict_load(store: ListStore, tmp_path: Path) -> None:
    src = tmp_path / "a.fake"
    src.write_text(DAMAGED, encoding="utf-8")
    store.load(src, lenient=True)
    with pytest.raises(ListDataError, match="repeated id"):
        store.load(src)  # parsed again, strictly, and refused


def test_strict_and_lenient_compiles_of_a_sound_file_are_kept_apart(
    store: ListStore, tmp_path: Path
) -> None:
    src = write(tmp_path / "a.fake", V1)
    strict, lenient = store.load(src), store.load(src, lenient=True)
    assert strict.cache_dir != lenient.cache_dir
    assert strict.entries.equals(lenient.entries)
    assert (strict.meta.lenient, lenient.meta.lenient) == (False, True)
    assert strict.meta.version == lenient.meta.version  # same source bytes, same version id
    assert strict.meta.warnings == lenient.meta.warnings == ()
    assert reader_fingerprint("fake") != reader_fingerprint("fake", lenient=True)


def test_lenient_means_strict_for_a_format_without_a_lenient_mode(
    store: ListStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    strict_only = dataclasses.replace(fake_list.FAKE, read_lenient=None)
    monkeypatch.setattr(registry, "FORMATS", {"fake": strict_only})
    src = tmp_path / "a.fake"
    src.write_text(DAMAGED, encoding="utf-8")
    with pytest.raises(ListDataError, match="repeated id"):
        store.load(src, lenient=True)
