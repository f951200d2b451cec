"""The README's commands and quickstart stay true: the code block runs, the test command is the
one .ci/run calls."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command() -> None:
    assert "python3 tasks.py test" in README
    assert "python3 tasks.py test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_quickstart_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    block = re.search(r"```python\n(.*?)```", README, re.S)
    assert block is not None
    monkeypatch.setenv("SCREENING_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(REPO / "examples")
    exec(compile(block.group(1), "README.md", "exec"), {})
    assert (tmp_path / "out" / "decisions.parquet").exists()
