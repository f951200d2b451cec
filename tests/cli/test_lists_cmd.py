"""``screening lists ...`` through click's CliRunner: output, JSON shapes, errors, help."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import click
import pytest
from click.testing import CliRunner, Result

from screening.cli import lists_cmd
from screening.cli.lists_cmd import lists
from screening.errors import ConfigError, ListDataError, ListUpdateError
from screening.lists.bundled import BundledList


def _fake_module() -> ModuleType:
    """tests/lists/fake_list.py, shared with the store tests (one module object either way)."""
    if "fake_list" not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "lists" / "fake_list.py"
        spec = importlib.util.spec_from_file_location("fake_list", path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["fake_list"] = module
        spec.loader.exec_module(module)
    return sys.modules["fake_list"]


fake = _fake_module()
V1 = [("1", "ACME TRADING LLC", "ACME LLC", "SDGT"), ("2", "IVAN PETROV", "", "RUSSIA-EO14024")]
V2 = [("1", "ACME TRADING LLC", "ACME LLC;ACME CO", "SDGT"), ("3", "NEW CO", "", "IRAN")]


@pytest.fixture(autouse=True)
def _setup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake.install(monkeypatch)
    monkeypatch.setenv("SCREENING_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(lists_cmd, "bundled_lists", list)  # no bundled list unless a test adds one


def run(*args: str) -> Result:
    return CliRunner().invoke(lists, list(args), catch_exceptions=True)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def test_show_empty_then_imported(tmp_path: Path) -> None:
    assert "no lists imported yet" in ok("show")
    fake.write(tmp_path / "a.fake", V1)
    out = ok("import", str(tmp_path / "a.fake"))
    assert out.startswith("imported fake version ")
    assert "2 entries, 1 aliases, list date 2024-05-03" in out
    table = ok("show").splitlines()
    assert table[0].split() == ["name", "publisher", "list", "date", "imported", "version", "entries", "aliases", "origin"]
    assert table[1].split()[:3] == ["fake", "FAKE", "2024-05-03"]
    [row] = json.loads(ok("show", "--format", "json"))
    assert row["name"] == "fake"
    assert row["entry_count"] == 2
    assert row["origin"] == "imported"
    assert len(row["version"]) == 12
    assert row["sha256"].startswith(row["version"])


def test_show_lists_the_bundled_list(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = fake.write(tmp_path / "bundled.fake", V1)
    bundled = [BundledList("screening-default", path, "fake", True, "demo")]
    monkeypatch.setattr(lists_cmd, "bundled_lists", lambda: bundled)
    [row] = json.loads(ok("show", "--format", "json"))
    assert (row["name"], row["origin"]) == ("screening-default", "bundled (demo)")
    assert ok("show")
    assert ok("show", "--format", "json")
    assert "no lists imported" not in ok("show")


def test_import_reports_changes_against_the_previous_version(tmp_path: Path) -> None:
    src = fake.write(tmp_path / "a.fake", V1)
    ok("import", str(src))
    assert "unchanged: this version was already current" in ok("import", str(src))
    fake.write(src, V2, date="2024-06-01")
    out = ok("import", str(src))
    assert "1 added, 1 removed, 1 changed" in out


def test_import_with_format_and_name(tmp_path: Path) -> None:
    src = fake.write(tmp_path / "a.txt", V1)
    assert ok("import", str(src), "--format", "fake", "--name", "mine").startswith("imported mine ")
    [row] = json.loads(ok("versions", "mine", "--format", "json"))
    assert row["current"] is True


DAMAGED = "#FAKELIST date=2024-05-03\n1|ACME||SDGT\n1|ACME TWIN||SDGT\n"


@pytest.mark.parametrize(
    ("text", "where"), [("#FAKELIST\n1|only\n", "bad.fake:2"), (DAMAGED, "bad.fake:3: repeated id")]
)
def test_import_of_a_broken_file_raises_the_data_error(tmp_path: Path, text: str, where: str) -> None:
    src = tmp_path / "bad.fake"
    src.write_text(text, encoding="utf-8")
    result = run("import", str(src))
    assert isinstance(result.exception, ListDataError)
    assert where in str(result.exception)
    assert "no lists imported yet" in ok("show")


def test_lenient_import_prints_the_warnings_and_show_repeats_them(tmp_path: Path) -> None:
    src = tmp_path / "damaged.fake"
    src.write_text(DAMAGED, encoding="utf-8")
    out = ok("import", str(src), "--lenient")
    assert out.splitlines()[0].endswith("list date 2024-05-03 (lenient)")
    assert "  warning: damaged.fake:3: repeated id 1; kept" in out.splitlines()
    shown = ok("show")
    assert "fake " in shown
    assert "1 warning(s) from its lenient import:" in shown
    assert "  damaged.fake:3: repeated id 1; kept" in shown.splitlines()
    [row] = json.loads(ok("show", "--format", "json"))
    assert (row["lenient"], row["warnings"]) == (True, ["damaged.fake:3: repeated id 1; kept"])


def test_a_sound_import_prints_no_warnings(tmp_path: Path) -> None:
    out = ok("import", str(fake.write(tmp_path / "a.fake", V1)))
    assert "warning" not in out
    assert "warning" not in ok("show")


def test_diff_files_and_versions(tmp_path: Path) -> None:
    old = fake.write(tmp_path / "old.fake", V1)
    new = fake.write(tmp_path / "new.fake", V2, date="2024-06-01")
    out = ok("diff", str(old), str(new))
    assert "added 1, removed 1, changed 1, unchanged 0" in out
    assert "changed fields: aliases 1" in out
    assert "+ fake:3  NEW CO" in out
    assert "- fake:2  IVAN PETROV" in out
    assert "~ fake:1  ACME TRADING LLC  [aliases]; names +ACME CO" in out
    v1 = json.loads(ok("import", str(old)) and ok("show", "--format", "json"))[0]["version"]
    ok("import", str(new))
    data = json.loads(ok("diff", f"fake@{v1}", "fake", "--format", "json"))
    assert data["counts"] == {"added": 1, "removed": 1, "changed": 1, "unchanged": 0}
    assert data["old"]["version"] == v1
    assert data["new"]["list_date"] == "2024-06-01"
    assert {e["change"] for e in data["entries"]} == {"added", "removed", "changed"}
    limited = ok("diff", str(old), str(new), "--limit", "1")
    assert "... and 2 more (--limit 0 shows all)" in limited


def test_diff_of_something_unknown(tmp_path: Path) -> None:
    result = run("diff", str(tmp_path / "nope.fake"), "fake@abc")
    assert isinstance(result.exception, ConfigError)
    assert "neither a file nor an imported NAME[@VERSION]" in str(result.exception)


def test_versions_marks_the_current_one(tmp_path: Path) -> None:
    src = fake.write(tmp_path / "a.fake", V1)
    ok("import", str(src))
    ok("import", str(fake.write(src, V2)))
    rows = ok("versions", "fake").splitlines()
    assert len(rows) == 3
    assert rows[2].startswith("*")
    assert not rows[1].startswith("*")


def test_update_from_a_mirror_and_a_failure(tmp_path: Path) -> None:
    mirror = fake.write(tmp_path / "mirror" / "list.fake", V1)
    src = tmp_path / "sources.yaml"
    src.write_text(
        "lists:\n"
        f"  - {{name: demo, format: fake, url: '{mirror.as_uri()}'}}\n"
        f"  - {{name: gone, format: fake, url: '{(tmp_path / 'missing.fake').as_uri()}'}}\n",
        encoding="utf-8",
    )
    assert ok("update", "demo", "--sources", str(src)).startswith("updated    demo ")
    assert ok("update", "demo", "--sources", str(src)).startswith("unchanged  demo ")
    fake.write(mirror, V2)
    assert "since " in ok("update", "demo", "--sources", str(src))
    result = run("update", "--sources", str(src))
    assert isinstance(result.exception, ListUpdateError)
    assert "gone: file://" in str(result.exception)
    assert "failed     gone" in result.stderr


def test_formats_lists_the_registered_readers() -> None:
    assert "Test-only list format" in ok("formats")
    rows = json.loads(ok("formats", "--format", "json"))
    assert {"name": "fake", "publisher": "FAKE", "extensions": [".fake"], "description": "Test-only list format"} in rows


def test_home_option_overrides_the_environment(tmp_path: Path) -> None:
    ok("import", str(fake.write(tmp_path / "a.fake", V1)), "--home", str(tmp_path / "other"))
    assert "no lists imported yet" in ok("show")
    assert "fake" in ok("show", "--home", str(tmp_path / "other"))


@pytest.mark.parametrize("command", sorted(lists.commands))
def test_every_command_has_help_with_an_example(command: str) -> None:
    out = ok(command, "--help")
    assert "Example" in out
    assert "screening lists" in out
    assert isinstance(lists.commands[command], click.Command)
