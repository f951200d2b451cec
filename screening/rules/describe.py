"""Readable text about rules, for ``screening rules list`` and ``screening rules explain``."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from collections.abc import Sequence

import polars as pl

from screening.rules.compile import compile_tree
from screening.rules.model import Example
from screening.rules.prep import Ctx
from screening.rules.refs import evidence
from screening.rules.ruleset import Rule, RuleSet
from screening.rules.vocab import KNOWN_COLUMNS, weakest

_STATUS_MARK = {"verified": "V", "corroborated": "C", "secondary": "S", "unverified": "U"}


def condition_text(ruleset: RuleSet, rule: Rule) -> str:
    """The condition tree of ``rule`` as indented text."""
    schema = {col: pl.Utf8() for col in KNOWN_COLUMNS}
    ctx = Ctx(schema, ruleset.library, None, dt.date.today())
    return compile_tree(rule.spec.when, ctx).describe


def sources_short(rule: Rule) -> str:
    """``id(V), id(C)``: cited sources with a one-letter status."""
    return ", ".join(f"{sid}({_STATUS_MARK[st.value]})" for sid, st in rule.spec.sources.items())


def list_rows(ruleset: RuleSet) -> list[tuple[str, str, str, str, str]]:
    """(id, category, severity, score, sources) per rule, in file order."""
    return [
        (r.id, r.spec.category, r.severity.value, f"{r.spec.score:.2f}", sources_short(r))
        for r in ruleset.rules
    ]


def table(rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> str:
    """Rows as left-aligned columns; the last column is not padded."""
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    lines = []
    for row in [header, *rows]:
        cells = [str(c).ljust(w) for c, w in zip(row[:-1], widths, strict=False)]
        lines.append("  ".join([*cells, str(row[-1])]))
    return "\n".join(lines)


def _example(ex: Example) -> str:
    text = json.dumps(ex.record, ensure_ascii=False)
    if ex.party_matches:
        matches = [m.model_dump(exclude_defaults=True) for m in ex.party_matches]
        text += f"  party_matches={json.dumps(matches, ensure_ascii=False)}"
    return text


def explain_text(ruleset: RuleSet, rule: Rule) -> str:
    """Everything about one rule: what, why, on what evidence, when it fires, examples."""
    spec = rule.spec
    titles = ruleset.library.sources.sources if ruleset.library.sources else {}
    found = evidence(spec, ruleset.library)
    eff = spec.effective
    lines = [
        f"{spec.id}: {spec.title}",
        f"  file      {rule.file}:{rule.line} (sha256 {rule.version})",
        f"  category  {spec.category}   subject {spec.subject}",
        f"  severity  {spec.severity.value}   score {spec.score:.2f}",
    ]
    if eff.from_ or eff.until:
        lines.append(f"  effective {eff.from_ or '…'} .. {eff.until or '…'}")
    lines += ["", "Rationale:", textwrap.indent(textwrap.fill(spec.rationale, 92), "  "), "",
              "Fires when:", textwrap.indent(condition_text(ruleset, rule), "  "), "", "Sources:"]
    for sid, status in spec.sources.items():
        title = titles[sid].title if sid in titles else "(unknown source)"
        lines.append(f"  [{status.value}] {sid}: {title}")
    weak = weakest([e.status for e in found])
    lines += ["", f"Evidence used by the conditions, weakest first (rule rests on: {weak.value}):"]
    used = sorted((e for e in found if not e.what.startswith("source ")), key=lambda e: e.status.rank)
    lines += [f"  [{e.status.value}] {e.what}" for e in used]
    lines += ["", "Examples that fire:"]
    lines += [f"  {_example(ex)}" for ex in spec.examples.fire]
    lines += ["Examples that stay quiet:"]
    lines += [f"  {_example(ex)}" for ex in spec.examples.quiet]
    return "\n".join(lines)
