"""``screening check``, ``batch`` and ``compare``: parse options, call the facade, print."""

from __future__ import annotations

import json
from pathlib import Path

import click

from screening import Screener, compare_names
from screening.lists.store import ListStore

TYPES = click.Choice(["person", "organization", "vessel", "aircraft"])
FORMATS = click.Choice(["table", "json"])


def _store(home: str | None) -> ListStore:
    return ListStore(Path(home) if home else None)


@click.command()
@click.argument("name")
@click.option("--country", help="ISO-2 country of the party (moves the score a little).")
@click.option("--type", "entity_type", type=TYPES, help="Entity type of the party.")
@click.option("--list", "lists", multiple=True, type=click.Path(exists=True),
              help="List file in any supported format (repeatable). Default: bundled + imported.")
@click.option("--limit", default=10, show_default=True, help="Most matches to show.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--home", envvar="SCREENING_HOME", help="List store directory.")
def check(name: str, country: str | None, entity_type: str | None, lists: tuple[str, ...],
          limit: int, fmt: str, home: str | None) -> None:
    """Screen one NAME against the lists.

    \b
    Example:
      screening check "Henan Diesel Engine Industrial Co., Ltd" --country CN
    """
    screener = Screener.from_paths(lists, store=_store(home), with_rules=False)
    result = screener.check(name, country=country, entity_type=entity_type, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{result.query!r}: {result.decision.upper()}")
    for m in result.matches:
        click.echo(f"  {m.score:.2f}  {m.name}  [{m.list}; {m.entity_id}; {m.action}]")
        if m.matched_name != m.name:
            click.echo(f"        matched name: {m.matched_name}")
        click.echo(f"        {m.explanation}")


@click.command()
@click.argument("name_a")
@click.argument("name_b")
@click.option("--type", "entity_type", type=TYPES, help="Entity type of both names.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def compare(name_a: str, name_b: str, entity_type: str | None, fmt: str) -> None:
    """Compare two names: score, match flag and explanation.

    \b
    Example:
      screening compare "Xian Bingo Intelligent Aviation" "Xi'an Bingo Intelligent Aviation Technology Co., Ltd."
    """
    c = compare_names(name_a, name_b, entity_type=entity_type)
    if fmt == "json":
        out = {"a": c.a, "b": c.b, "score": c.score, "is_match": c.is_match,
               "threshold": c.threshold, "explanation": c.explanation}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    verdict = "MATCH" if c.is_match else "no match"
    click.echo(f"{c.score:.3f} {verdict} (threshold {c.threshold:.2f})")
    click.echo(f"  {c.explanation}")
