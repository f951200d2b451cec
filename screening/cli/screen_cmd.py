"""``screening check``, ``batch`` and ``compare``: parse options, call the facade, print."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from screening import Screener, compare_names
from screening.lists.store import ListStore
from screening.records import DEFAULT_BATCH

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


@click.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(exists=True, dir_okay=False,
                                                                path_type=Path))
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path),
              help="Decisions file: .csv, .parquet, .jsonl or .xlsx (one row per input row).")
@click.option("--hits", "hits", type=click.Path(path_type=Path),
              help="Also write every hit (record x party/goods x entry/rule) here.")
@click.option("--summary", "summary_path", type=click.Path(path_type=Path),
              help="Run summary JSON (default: OUTPUT with .summary.json).")
@click.option("--list", "lists", multiple=True, type=click.Path(exists=True),
              help="List file in any supported format (repeatable). Default: bundled + imported.")
@click.option("--rules", "rules", multiple=True, type=click.Path(exists=True),
              help="Rule file or folder (repeatable). Default: the bundled rules/.")
@click.option("--map", "maps", multiple=True, metavar="FIELD=COLUMN",
              help="Map an input column onto a canonical field (repeatable).")
@click.option("--mapping", "mapping_file", type=click.Path(exists=True, path_type=Path),
              help="YAML file mapping canonical fields to input columns.")
@click.option("--batch-size", default=DEFAULT_BATCH, show_default=True,
              help="Rows per batch (bounds memory).")
@click.option("--fail-on", type=click.Choice(["review", "block"]),
              help="Exit non-zero (10) when any record gets this decision or worse.")
@click.option("--home", envvar="SCREENING_HOME", help="List store directory.")
@click.option("--quiet", is_flag=True, help="No progress and no summary on the terminal.")
def batch(input_path: Path, output: Path, hits: Path | None, summary_path: Path | None,
          lists: tuple[str, ...], rules: tuple[str, ...], maps: tuple[str, ...],
          mapping_file: Path | None, batch_size: int, fail_on: str | None, home: str | None,
          quiet: bool) -> None:
    """Screen every record of INPUT (shipments or counterparties) into OUTPUT.

    \b
    Example:
      screening batch examples/shipments.csv -o out/decisions.parquet --hits out/hits.parquet
    """
    from screening.records import load_mapping, parse_mapping_pairs
    from screening.run import check_gate, screen_file

    mapping = None
    if mapping_file is not None:
        mapping = load_mapping(mapping_file)
    if maps:
        mapping = parse_mapping_pairs(maps)
    for target in (output, hits, summary_path):
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
    screener = Screener.from_paths(lists, rules, store=_store(home))
    summary_path = summary_path or output.with_name(output.stem + ".summary.json")
    show = not quiet and sys.stderr.isatty()
    started = time.perf_counter()

    def progress(rows: int, total: int | None) -> None:
        if not show:
            return
        rate = rows / max(time.perf_counter() - started, 1e-9)
        line = f"\r{rows:,} rows  {rate:,.0f} rows/s"
        if total and rate > 0 and total > rows:
            line += f"  ~{rows / total:.0%}  ETA {(total - rows) / rate:,.0f} s"
        click.echo(line.ljust(60), nl=False, err=True)

    summary = screen_file(screener, input_path, output, hits_path=hits,
                          summary_path=summary_path, mapping=mapping, batch_size=batch_size,
                          progress=progress)
    if show:
        click.echo("", err=True)
    if not quiet:
        click.echo(summary.to_text())
        click.echo(f"summary: {summary_path}" + (f"\nhits: {hits}" if hits else ""))
    check_gate(summary, fail_on)
