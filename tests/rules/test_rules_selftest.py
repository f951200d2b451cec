"""Every bundled rule's own examples, one test per rule; and the self-test machinery itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening.rules import RuleSet, default_rules_dir, load_rules
from screening.rules.refs import evidence
from screening.rules.selftest import run_examples, run_rule_examples
from screening.rules.vocab import Severity, Status
from tests.rules.helpers import write_rules

RULE_IDS = [rule.id for rule in load_rules([default_rules_dir()]).rules]


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_examples(bundled: RuleSet, rule_id: str) -> None:
    rule = bundled.get(rule_id)
    results = run_rule_examples(bundled, rule)
    assert len(results) == len(rule.spec.examples.fire) + len(rule.spec.examples.quiet)
    failures = [r.message for r in results if not r.ok]
    assert not failures, "\n".join(failures)


def test_every_rule_has_two_fire_and_one_quiet_example(bundled: RuleSet) -> None:
    for rule in bundled.rules:
        assert len(rule.spec.examples.fire) >= 2, rule.id
        assert len(rule.spec.examples.quiet) >= 1, rule.id


RULE = """
rules:
  - id: TEST_RULE
    title: Test rule
    category: test
    severity: review
    score: 0.5
    rationale: Fires on Russia as destination.
    sources: {bis_supp7_746: verified}
    when:
      country: {fields: [destination_country], in: [RU]}
    examples:
      fire:
        - {destination_country: RU}
        - {record: {destination_country: DE}, explains: "RU"}
        - {record: {destination_country: Russia}, explains: "nowhere"}
      quiet:
        - {destination_country: BY}
        - {destination_country: RU}
"""


def test_failures_name_the_example_line_and_what_went_wrong(tmp_path: Path) -> None:
    directory = write_rules(tmp_path, {"t.yaml": RULE})
    results = run_examples(load_rules([directory]))
    bad = {(r.kind, r.index): r.message for r in results if not r.ok}
    assert set(bad) == {("fire", 2), ("fire", 3), ("quiet", 2)}
    assert bad[("fire", 2)].endswith("rule TEST_RULE: fire example 2 did not fire")
    assert "t.yaml:15:11: " in bad[("fire", 2)]  # file:line:col of the example
    assert "does not contain 'nowhere'" in bad[("fire", 3)]
    assert "quiet example 2 fired: destination_country" in bad[("quiet", 2)]


def test_rules_resting_on_unverified_facts_say_so(bundled: RuleSet) -> None:
    silent = []
    for rule in bundled.rules:
        weak = [e for e in evidence(rule.spec, bundled.library) if e.status is Status.unverified]
        if weak:
            assert rule.severity.rank <= Severity.review.rank, rule.id
            if "unverified" not in rule.spec.rationale.lower():
                silent.append(rule.id)
    assert silent == []
