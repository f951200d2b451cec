"""Validation of rule files: every problem reported at once as file:line:col with the problem named."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from screening.errors import RuleFileError
from screening.rules import load_rules
from tests.rules.helpers import write_rules

GOOD = """\
rules:
  - id: {id}
    title: A good rule
    category: test
    severity: review
    score: 0.5
    rationale: Fires on Russia as destination.
    sources: {{bis_supp7_746: verified}}
    when:
      country: {{fields: [destination_country], in: [RU]}}
    examples:
      fire: [{{destination_country: RU}}, {{destination_country: Russia}}]
      quiet: [{{destination_country: DE}}]
"""


@dataclass(frozen=True)
class Broken:
    name: str
    text: str
    line: int
    says: str


CASES = [
    Broken("syntax.yaml", "rules:\n  - id: X\n    title: [unclosed\n", 4, "YAML syntax error"),
    Broken("unknown_field.yaml", GOOD.format(id="UNKNOWN_FIELD").replace("severity:", "severty:"),
           5, "unknown field 'severty' (did you mean 'severity'?)"),
    Broken("bad_hs.yaml", GOOD.format(id="BAD_HS").replace(
        "country: {fields: [destination_country], in: [RU]}", 'hs: {codes: ["8542.3"]}'),
        10, "HS code '8542.3' has 5 digits; expected 4, 6, 8 or 10"),
    Broken("hs2017.yaml", GOOD.format(id="HS2017").replace(
        "country: {fields: [destination_country], in: [RU]}", 'hs: {codes: ["8541.50"]}'),
        10, "is HS2017 854150, gone in HS2022: use 854151 or 854159"),
    Broken("bad_group.yaml", GOOD.format(id="BAD_GROUP").replace("in: [RU]", "in: [embargo]"),
           10, "unknown country group 'embargo' (did you mean 'embargoed'?)"),
    Broken("lookaround.yaml", GOOD.format(id="LOOKAROUND").replace(
        "country: {fields: [destination_country], in: [RU]}", "text: {regex: ['fpga(?=x)']}"),
        10, "look-around"),
    Broken("bad_regex.yaml", GOOD.format(id="BAD_REGEX").replace(
        "country: {fields: [destination_country], in: [RU]}", "text: {regex: ['[a-']}"),
        10, "does not compile"),
    Broken("unverified_block.yaml", GOOD.format(id="UNVERIFIED_BLOCK")
           .replace("severity: review", "severity: block")
           .replace("{bis_supp7_746: verified}", "{bis_supp7_746: verified, user_brief: unverified}"),
           5, "rests on unverified facts (source user_brief)"),
    Broken("unverified_group.yaml", GOOD.format(id="UNVERIFIED_GROUP")
           .replace("severity: review", "severity: block").replace("in: [RU]", "in: [embargoed]"),
           5, "country 'embargoed': KP"),
    Broken("no_fire.yaml", GOOD.format(id="NO_FIRE").replace(
        "fire: [{destination_country: RU}, {destination_country: Russia}]",
        "fire: [{destination_country: RU}, {destination_country: KZ}]"),
        12, "rule NO_FIRE: fire example 2 did not fire"),
    Broken("unknown_source.yaml", GOOD.format(id="UNKNOWN_SOURCE").replace(
        "bis_supp7_746: verified", "bis_supp7_747: verified"),
        8, "unknown source 'bis_supp7_747' (did you mean 'bis_supp7_746'?)"),
    Broken("unknown_condition.yaml", GOOD.format(id="UNKNOWN_CONDITION").replace(
        "country: {fields", "contry: {fields"), 10, "unknown condition 'contry'"),
    Broken("unknown_column.yaml", GOOD.format(id="UNKNOWN_COLUMN").replace(
        "quiet: [{destination_country: DE}]", "quiet: [{destinaton_country: DE}]"),
        13, "unknown record column 'destinaton_country' (did you mean 'destination_country'?)"),
    Broken("duplicate_key.yaml", GOOD.format(id="DUPLICATE_KEY").replace(
        "    score: 0.5\n", "    score: 0.5\n    score: 0.6\n"), 7, "duplicate key 'score'"),
    Broken("dup_a.yaml", GOOD.format(id="DUPLICATE_ID"), 2, ""),
    Broken("dup_b.yaml", GOOD.format(id="DUPLICATE_ID"), 2,
           "duplicate rule id 'DUPLICATE_ID': first defined at"),
    Broken("bad_term.yaml", GOOD.format(id="BAD_TERM").replace(
        "country: {fields: [destination_country], in: [RU]}", "text: {terms: {ru: [бес*пилотник]}}"),
        10, "'*' is allowed only at the end of a word"),
    Broken("bad_severity.yaml", GOOD.format(id="BAD_SEVERITY").replace(
        "severity: review", "severity: stop"), 5, "severity: Input should be 'info', 'review' or 'block'"),
]


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    directory = write_rules(tmp_path_factory.mktemp("broken"), {c.name: c.text for c in CASES})
    with pytest.raises(RuleFileError) as caught:
        load_rules([directory], check_examples=True)
    return caught.value.problems


@pytest.mark.parametrize("case", [c for c in CASES if c.says], ids=lambda c: c.name)
def test_problem_names_file_line_and_what(problems: list[str], case: Broken) -> None:
    prefix = f"/{case.name}:{case.line}:"
    found = [p for p in problems if prefix in p and case.says in p]
    assert found, f"no problem {prefix} ... {case.says!r} in:\n" + "\n".join(problems)


def test_every_problem_is_reported_once_and_located(problems: list[str]) -> None:
    assert len(problems) == len(set(problems))
    for problem in problems:
        location = problem.split(": ", 1)[0]
        path, line, col = location.rsplit(":", 2)
        assert path.endswith(".yaml")
        assert int(line) >= 1
        assert int(col) >= 1
    # the good duplicate (dup_a) is not itself an error
    assert not any(p.split(": ", 1)[0].rsplit(":", 2)[0].endswith("/dup_a.yaml") for p in problems)


def test_a_valid_directory_loads(tmp_path: Path) -> None:
    directory = write_rules(tmp_path, {"ok.yaml": GOOD.format(id="GOOD_RULE")})
    ruleset = load_rules([directory], check_examples=True)
    (rule,) = ruleset.rules
    assert rule.id == "GOOD_RULE"
    assert rule.file.name == "ok.yaml"
    assert rule.line == 2
    assert len(rule.file_hash) == 64
    assert len(ruleset.version) == 64


def test_version_changes_with_any_file(tmp_path: Path) -> None:
    directory = write_rules(tmp_path, {"ok.yaml": GOOD.format(id="GOOD_RULE")})
    before = load_rules([directory]).version
    (directory / "ok.yaml").write_text(GOOD.format(id="GOOD_RULE") + "# edited\n", encoding="utf-8")
    assert load_rules([directory]).version != before


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="no such file or directory"):
        load_rules([tmp_path / "nope.yaml"])


def test_a_single_file_uses_definitions_of_its_siblings(tmp_path: Path) -> None:
    lists = "code_lists:\n  my_codes: {title: Mine, status: verified, sources: {govregs_746: verified},\n" \
            "    codes: {'8542': ICs}}\n"
    rule = GOOD.format(id="USES_SIBLING").replace(
        "country: {fields: [destination_country], in: [RU]}", "hs: {lists: [my_codes]}").replace(
        "fire: [{destination_country: RU}, {destination_country: Russia}]",
        "fire: [{hs_code: '8542.31'}, {hs_code: '85429000'}]").replace(
        "quiet: [{destination_country: DE}]", "quiet: [{hs_code: '8541.10'}]")
    directory = write_rules(tmp_path, {"lists.yaml": lists, "rule.yaml": rule})
    ruleset = load_rules([directory / "rule.yaml"], check_examples=True)
    assert [r.id for r in ruleset.rules] == ["USES_SIBLING"]
