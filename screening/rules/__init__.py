"""Export-control rules: a YAML rule language over HS codes, goods text, countries, regions,
parties, amounts and dates, compiled to polars expressions and evaluated over whole batches.

``load_rules(paths)`` reads and validates rule files into a :class:`RuleSet`;
``evaluate(ruleset, records, party_matches)`` returns ``HIT`` rows; ``run_examples`` runs every
rule's self-test examples. The language is documented in ``rules/README.md``.
"""

from screening.rules.evaluator import evaluate
from screening.rules.loader import load_rules
from screening.rules.paths import default_rules_dir
from screening.rules.ruleset import Rule, RuleSet
from screening.rules.selftest import ExampleResult, run_examples

__all__ = [
    "ExampleResult",
    "Rule",
    "RuleSet",
    "default_rules_dir",
    "evaluate",
    "load_rules",
    "run_examples",
]
