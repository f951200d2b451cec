"""``screening rules ...``: validate, list, explain and self-test rule files."""

from __future__ import annotations

import difflib
from pathlib import Path

import click

from screening.errors import RuleFileError

PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))


@click.group()
def rules() -> None:
    """Export-control rule files: validate, list, explain, test.

    PATHS are rule files or directories; without any, the bundled rules/ directory.
    """


@rules.command()
@PATHS
def validate(paths: tuple[Path, ...]) -> None:
    """Check rule files: syntax, fields, references, evidence, and every example.

    \b
    Problems are printed as file:line:col: message, all at once (exit code 5).
    Example:
      screening rules validate rules/
    """
    from screening.rules import load_rules

    ruleset = load_rules(list(paths), check_examples=True)
    examples = sum(len(r.spec.examples.fire) + len(r.spec.examples.quiet) for r in ruleset.rules)
    click.echo(f"ok: {len(ruleset.rules)} rules, {examples} examples, "
               f"{len(ruleset.files)} files, version {ruleset.version[:12]}")


@rules.command(name="list")
@PATHS
@click.option("--category", help="Only rules of this category.")
def list_(paths: tuple[Path, ...], category: str | None) -> None:
    """Table of rules: id, category, severity, score, sources (V/C/S/U = status).

    \b
    Example:
      screening rules list --category chpl
    """
    from screening.rules import load_rules
    from screening.rules.describe import list_rows, table

    ruleset = load_rules(list(paths))
    rows = [r for r in list_rows(ruleset) if category is None or r[1] == category]
    click.echo(table(rows, ("id", "category", "severity", "score", "sources")))


@rules.command()
@click.argument("rule_id")
@click.option("--rules", "paths", multiple=True, type=click.Path(path_type=Path),
              help="Rule file or directory (repeatable; default: bundled rules/).")
def explain(rule_id: str, paths: tuple[Path, ...]) -> None:
    """Title, rationale, condition tree, sources with status, and examples of one rule.

    \b
    Example:
      screening rules explain CHPL_T12_EMBARGOED
    """
    from screening.rules import load_rules
    from screening.rules.describe import explain_text

    ruleset = load_rules(list(paths))
    try:
        rule = ruleset.get(rule_id)
    except KeyError:
        close = difflib.get_close_matches(rule_id.upper(), [r.id for r in ruleset.rules], n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "see `screening rules list`"
        raise click.BadParameter(f"no rule {rule_id!r} ({hint})") from None
    click.echo(explain_text(ruleset, rule))


@rules.command()
@PATHS
@click.option("-v", "--verbose", is_flag=True, help="Also list the examples that pass.")
def test(paths: tuple[Path, ...], verbose: bool) -> None:
    """Run every rule's examples: fire records must fire, quiet ones must not.

    \b
    Example:
      screening rules test rules/drones.yaml
    """
    from screening.rules import load_rules, run_examples

    results = run_examples(load_rules(list(paths)))
    failed = [r for r in results if not r.ok]
    if verbose:
        for res in results:
            if res.ok:
                click.echo(f"ok    {res.rule_id} {res.kind} {res.index}: {res.explanation or '-'}")
    for res in failed:
        click.echo(f"FAIL  {res.message}")
    rule_count = len({r.rule_id for r in results})
    click.echo(f"{len(results)} examples of {rule_count} rules: {len(failed)} failed")
    if failed:
        raise RuleFileError([r.message for r in failed])
