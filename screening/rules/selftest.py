"""Self-tests: every rule's ``examples`` — ``fire`` records must fire it, ``quiet`` ones must not.

An example is a *partial* record: the columns it names exist, the others do not, exactly as a
batch missing those columns would be screened. Examples of a rule with the same column set are
evaluated together in one batch.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from screening.rules.evaluator import evaluate
from screening.rules.model import Example
from screening.rules.ruleset import Rule, RuleSet
from screening.rules.vocab import NUMBER_COLUMNS


@dataclass(frozen=True)
class ExampleResult:
    """Outcome of one example."""

    rule_id: str
    kind: str  # "fire" | "quiet"
    index: int  # 1-based within its kind
    ok: bool
    explanation: str | None
    message: str


def _frame(examples: list[Example]) -> pl.DataFrame:
    columns = list(examples[0].record)
    data: dict[str, list[object]] = {col: [ex.record.get(col) for ex in examples] for col in columns}
    series = [
        pl.Series(col, [None if v is None else float(str(v)) for v in values], pl.Float64)
        if col in NUMBER_COLUMNS
        else pl.Series(col, [None if v is None else str(v) for v in values], pl.Utf8)
        for col, values in data.items()
    ]
    return pl.DataFrame(series).with_row_index("row_nr")


def _matches(examples: list[Example]) -> pl.DataFrame | None:
    rows = [{"row_nr": i, **m.model_dump()} for i, ex in enumerate(examples) for m in ex.party_matches]
    if not rows:
        return None
    return pl.DataFrame(rows).with_columns(pl.col("row_nr").cast(pl.UInt32),
                                           pl.col("programs").cast(pl.List(pl.Utf8)))


def _check(rule: Rule, kind: str, index: int, ex: Example, expl: str | None) -> ExampleResult:
    line, col = rule.example_marks.get((kind, index), (rule.line, 1))
    where = f"{rule.file}:{line}:{col}: rule {rule.id}: {kind} example {index + 1}"
    if kind == "fire" and expl is None:
        return ExampleResult(rule.id, kind, index + 1, False, None, f"{where} did not fire")
    if kind == "quiet" and expl is not None:
        return ExampleResult(rule.id, kind, index + 1, False, expl, f"{where} fired: {expl}")
    if kind == "fire" and ex.explains and ex.explains not in (expl or ""):
        msg = f"{where}: explanation {expl!r} does not contain {ex.explains!r}"
        return ExampleResult(rule.id, kind, index + 1, False, expl, msg)
    return ExampleResult(rule.id, kind, index + 1, True, expl, f"{where} ok")


def run_rule_examples(ruleset: RuleSet, rule: Rule) -> list[ExampleResult]:
    """Results of every example of ``rule`` (evaluated with ``ruleset``'s library)."""
    single = ruleset.subset([rule.id])
    labelled = [("fire", i, ex) for i, ex in enumerate(rule.spec.examples.fire)]
    labelled += [("quiet", i, ex) for i, ex in enumerate(rule.spec.examples.quiet)]
    groups: dict[tuple[str, ...], list[tuple[str, int, Example]]] = {}
    for item in labelled:
        groups.setdefault(tuple(sorted(item[2].record)), []).append(item)
    results: list[ExampleResult] = []
    for items in groups.values():
        examples = [ex for _, _, ex in items]
        hits = evaluate(single, _frame(examples), _matches(examples))
        by_row = dict(zip(hits["row_nr"].to_list(), hits["explanation"].to_list(), strict=True))
        results += [_check(rule, kind, i, ex, by_row.get(row))
                    for row, (kind, i, ex) in enumerate(items)]
    return sorted(results, key=lambda r: (r.kind != "fire", r.index))


def run_examples(ruleset: RuleSet) -> list[ExampleResult]:
    """Results of every example of every rule, in rule order."""
    return [res for rule in ruleset.rules for res in run_rule_examples(ruleset, rule)]
