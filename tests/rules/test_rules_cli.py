"""``screening rules validate|list|explain|test`` through the real entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening.cli import main
from screening.errors import RuleFileError
from tests.rules.helpers import write_rules

BROKEN = """\
rules:
  - id: BROKEN
    title: Broken rule
    category: test
    severity: block
    score: 2
    rationale: Everything wrong at once.
    sources: {user_brief: unverified}
    when: {hs: {codes: ["85x"]}}
    examples: {fire: [{hs_code: "85"}], quiet: []}
"""


def test_validate_bundled_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: ")
    assert "rules," in out


def test_validate_reports_every_problem_with_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    directory = write_rules(tmp_path, {"broken.yaml": BROKEN})
    assert main(["rules", "validate", str(directory)]) == RuleFileError.exit_code
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    lines = err.removeprefix("error: ").splitlines()
    assert any(":6:12: score: Input should be less than or equal to 1" in ln for ln in lines)
    assert any(":9:25: HS code '85x'" in ln for ln in lines)
    assert any(":10:" in ln and "fire: needs at least 2 entries, found 1" in ln for ln in lines)
    assert all("broken.yaml:" in ln for ln in lines)


def test_list_and_filter(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--category", "chpl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "category", "severity", "score", "sources"]
    assert {ln.split()[1] for ln in lines[1:]} == {"chpl"}
    assert any(ln.startswith("CHPL_T12_EMBARGOED ") and "bis_chpl_page(V)" in ln for ln in lines)


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "explain", "UAV_DIVERSION"]) == 0
    out = capsys.readouterr().out
    for part in ("UAV_DIVERSION: UAVs or UAV parts", "Rationale:", "Fires when:",
                 "hs_code starts with a code of uav, uav_parts", "[verified] czso_hs88:",
                 "Evidence used by the conditions, weakest first", "Examples that fire:", '"goods_description": "无人机"'):
        assert part in out


def test_explain_unknown_rule_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "explain", "uav_diversoin"]) == 2
    assert "did you mean UAV_DIVERSION" in capsys.readouterr().err


def test_test_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test", "-v", str(Path("rules") / "drones.yaml")]) == 0
    out = capsys.readouterr().out
    assert "ok    UAV_EMBARGOED fire 1:" in out
    assert " failed" in out.splitlines()[-1]
    rule = BROKEN.replace("severity: block", "severity: review").replace("score: 2", "score: 0.5")
    rule = rule.replace('codes: ["85x"]', 'codes: ["8542"]').replace(
        'fire: [{hs_code: "85"}], quiet: []',
        'fire: [{hs_code: "8542"}, {hs_code: "9403"}], quiet: [{hs_code: "1234"}]')
    directory = write_rules(tmp_path, {"one.yaml": rule})
    assert main(["rules", "test", str(directory)]) == RuleFileError.exit_code
    captured = capsys.readouterr()
    assert "FAIL  " in captured.out
    assert "fire example 2 did not fire" in captured.out
    assert "3 examples of 1 rules: 1 failed" in captured.out
