"""``screening lists ...``: what lists are loaded, importing, diffing and updating them.

Parses options, calls :mod:`screening.lists` (store, diff, update) and prints; nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from screening.errors import ConfigError, ScreeningError
from screening.lists import registry
from screening.lists.bundled import bundled_lists
from screening.lists.diff import ListDiff, diff_lists
from screening.lists.store import ListStore
from screening.lists.update import DEFAULT_TIMEOUT, UpdateResult, update_lists
from screening.lists.version import ListVersion, StoredList

home_option = click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="SCREENING_HOME",
    help="List store directory [env SCREENING_HOME; default ~/.local/share/screening].",
)
"""``--home``: the list store root; shared with the screening commands that read lists."""

format_option = click.option(
    "--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True,
    help="Output as an aligned table or as JSON.",
)


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, width: int = 48) -> str:
    """Rows as a plain-text table (numbers right-aligned, cells cut at ``width``), header first."""
    cells = [[_cell(row.get(c), width) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    numeric = [bool(rows) and all(isinstance(row.get(c), int) for row in rows) for c in columns]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)
        ).rstrip()

    return "\n".join([line([c.replace("_", " ") for c in columns]), *(line(r) for r in cells)])


def _cell(value: Any, width: int) -> str:
    if value is None:
        return "-"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    text = ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _version_row(meta: ListVersion, origin: str) -> dict[str, Any]:
    return {
        "name": meta.name, "publisher": meta.publisher, "format": meta.format,
        "list_date": meta.list_date, "imported": meta.imported_at[:19] + "Z",
        "version": meta.version, "entries": meta.entry_count, "aliases": meta.alias_count,
        "origin": origin,
    }


def _bundled(store: ListStore) -> list[tuple[StoredList, str]]:
    """The bundled default lists, compiled through the store without importing them."""
    try:
        found = bundled_lists()
    except ConfigError as exc:  # an install without the repository's lists/ folder
        click.echo(f"note: no bundled lists: {exc}", err=True)
        return []
    loaded: list[tuple[StoredList, str]] = []
    for item in found:
        try:
            stored = store.load(item.path, fmt=item.format, name=item.name)
        except ScreeningError as exc:
            click.echo(f"note: bundled list {item.name} cannot be read: {exc}", err=True)
            continue
        loaded.append((stored, "bundled (demo)" if item.demo else "bundled"))
    return loaded


@click.group()
def lists() -> None:
    """Entity lists: show what is loaded, import a file, diff two versions, download updates.

    \b
    Examples:
      screening lists show
      screening lists import ~/Downloads/sdn_set/     # SDN.CSV + ADD.CSV + ALT.CSV ...
      screening lists update ofac_sdn
      screening lists diff ofac_sdn@1a2b3c4d5e6f ofac_sdn
    """


@lists.command()
@format_option
@home_option
def show(output: str, home: Path | None) -> None:
    """The imported lists at their current version, and the bundled default list.

    \b
    Example:
      screening lists show --format json
    """
    store = ListStore(home)
    found = [(m, "imported") for m in store.current_versions()]
    found += [(s.meta, origin) for s, origin in _bundled(store)]
    rows = [_version_row(meta, origin) for meta, origin in found]
    if output == "json":
        click.echo(json.dumps([{**m.to_dict(), "origin": o} for m, o in found], indent=2))
    elif not rows:
        click.echo("no lists imported yet; try: screening lists import PATH, or screening lists update")
    else:
        columns = ["name", "publisher", "list_date", "imported", "version", "entries", "aliases", "origin"]
        click.echo(table(rows, columns))
        _print_warnings([meta for meta, _ in found])


def _print_warnings(metas: Sequence[ListVersion]) -> None:
    """Each list's reader warnings under the table, so a salvaged (lenient) list stays visible."""
    for meta in metas:
        if meta.warnings:
            how = "lenient import" if meta.lenient else "import"
            count = len(meta.warnings)
            click.echo(f"\n{meta.name} {meta.version}: {count} warning(s) from its {how}:")
            for warning in meta.warnings:
                click.echo(f"  {warning}")


@lists.command()
@click.argument("name")
@format_option
@home_option
def versions(name: str, output: str, home: Path | None) -> None:
    """Every version imported under NAME, oldest first; * marks the current one.

    \b
    Example:
      screening lists versions ofac_sdn
    """
    store = ListStore(home)
    current = store.current_meta(name)
    found = [(v, current is not None and v.version == current.version) for v in store.versions(name)]
    if output == "json":
        click.echo(json.dumps([{**v.to_dict(), "current": c} for v, c in found], indent=2))
    else:
        rows = [{**_version_row(v, "imported"), "current": "*" if c else ""} for v, c in found]
        columns = ["current", "version", "list_date", "imported", "entries", "aliases", "format"]
        click.echo(table(rows, columns))


def _change_line(old: StoredList, new: StoredList) -> str:
    counts = diff_lists(old.entries, new.entries).counts
    return (
        f"  since {old.meta.version}: {counts['added']:,} added, {counts['removed']:,} removed, "
        f"{counts['changed']:,} changed"
    )


@lists.command(name="import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", metavar="FORMAT", help="Force a reader (see `screening lists formats`).")
@click.option("--name", help="Store name [default: the list's own key, e.g. ofac_sdn].")
@click.option(
    "--lenient", is_flag=True,
    help="Load a damaged file anyway where the reader can salvage it (a record cut off at the "
    "end, a repeated id, sibling rows for a missing id), printing every problem as a warning. "
    "Off by default: a damaged file is refused.",
)
@home_option
def import_(
    path: Path, fmt: str | None, name: str | None, lenient: bool, home: Path | None
) -> None:
    """Read a list file (or a directory holding a multi-file set) and make it current.

    The file is validated completely first: a broken file changes nothing, unless --lenient
    salvages it (the version then records every warning; `lists show` repeats them).

    \b
    Examples:
      screening lists import SDN.CSV                 # ADD/ALT/SDN_COMMENTS beside it are read too
      screening lists import consolidated.csv --format us_csl_csv --name csl
      screening lists import damaged_copy.csv --lenient
    """
    store = ListStore(home)
    compiled = store.load(path, fmt=fmt, name=name, lenient=lenient)
    previous = store.current_meta(compiled.meta.name)
    stored = store.import_list(path, fmt=fmt, name=name, lenient=lenient)
    meta = stored.meta
    click.echo(
        f"imported {meta.name} version {meta.version} ({meta.publisher}, {meta.format}): "
        f"{meta.entry_count:,} entries, {meta.alias_count:,} aliases, list date {meta.list_date or '-'}"
        + (" (lenient)" if meta.lenient else "")
    )
    for warning in meta.warnings:
        click.echo(f"  warning: {warning}")
    if previous is None:
        return
    if previous.version == meta.version:
        click.echo("  unchanged: this version was already current")
    else:
        click.echo(_change_line(store.get(meta.name, previous.version), stored))


def _resolve(store: ListStore, spec: str, fmt: str | None) -> StoredList:
    """A list file path, or NAME / NAME@VERSION of an imported list."""
    if Path(spec).exists():
        return store.load(Path(spec), fmt=fmt)
    name, _, version = spec.partition("@")
    try:
        return store.get(name, version or None)
    except ConfigError as exc:
        raise ConfigError(f"{spec!r} is neither a file nor an imported NAME[@VERSION]: {exc}") from exc


def _detail_line(row: dict[str, Any]) -> str:
    mark = {"added": "+", "removed": "-", "changed": "~"}[row["change"]]
    text = f"{mark} {row['entry_id']}  {row['name']}"
    if row["change"] != "changed":
        return text
    parts = [f"[{', '.join(row['fields'])}]"]
    for kind in ("names", "programs", "identifiers"):
        plus = [f"+{v}" for v in row[f"{kind}_added"]]
        minus = [f"-{v}" for v in row[f"{kind}_removed"]]
        if plus or minus:
            parts.append(f"{kind} {' '.join(plus + minus)}")
    return f"{text}  {'; '.join(parts)}"


def _print_diff(old: StoredList, new: StoredList, diff: ListDiff, limit: int) -> None:
    click.echo(
        f"{old.meta.name} {old.meta.version} ({old.meta.list_date or '-'}) -> "
        f"{new.meta.name} {new.meta.version} ({new.meta.list_date or '-'})"
    )
    click.echo(", ".join(f"{k} {v:,}" for k, v in diff.counts.items()))
    if diff.field_counts:
        click.echo("changed fields: " + ", ".join(f"{k} {v:,}" for k, v in diff.field_counts.items()))
    rows = diff.detail.to_dicts()
    for row in rows if limit == 0 else rows[:limit]:
        click.echo(_detail_line(row))
    if 0 < limit < len(rows):
        click.echo(f"... and {len(rows) - limit:,} more (--limit 0 shows all)")


@lists.command()
@click.argument("old")
@click.argument("new")
@click.option("--list-format", "fmt", metavar="FORMAT",
              help="Reader for OLD/NEW when they are files [default: detect].")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="Entries to print in the table (0 = all); JSON has all.")
@format_option
@home_option
def diff(old: str, new: str, fmt: str | None, limit: int, output: str, home: Path | None) -> None:
    """Entries added, removed and changed from OLD to NEW (matched on the list's entry id).

    OLD and NEW are list files, or NAME (current version) / NAME@VERSION of an imported list.

    \b
    Examples:
      screening lists diff sdn_2024-04.csv sdn_2024-05.csv
      screening lists diff ofac_sdn@1a2b3c4d5e6f ofac_sdn --format json
    """
    store = ListStore(home)
    before, after = _resolve(store, old, fmt), _resolve(store, new, fmt)
    result = diff_lists(before.entries, after.entries)
    if output == "json":
        payload = {
            "old": before.meta.to_dict(), "new": after.meta.to_dict(), "counts": result.counts,
            "field_counts": result.field_counts, "entries": result.detail.to_dicts(),
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        _print_diff(before, after, result, limit)


@lists.command()
@click.argument("names", nargs=-1, metavar="[NAME]...")
@click.option("--sources", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Sources file with the download URLs [default: the shipped lists/sources.yaml].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds to wait for a connection or for more data.")
@home_option
def update(names: tuple[str, ...], sources: Path | None, timeout: float, home: Path | None) -> None:
    """Download the official files of NAME (default: every enabled source) and import them.

    A download or parse failure keeps the current version and exits with code 7.

    \b
    Examples:
      screening lists update
      screening lists update ofac_sdn un --timeout 120
      screening lists update --sources my_mirrors.yaml
    """
    store = ListStore(home)

    def report(result: UpdateResult) -> None:
        if result.stored is None:
            click.echo(f"failed     {result.name}", err=True)
            return
        meta = result.stored.meta
        click.echo(
            f"{result.status:<10} {meta.name} {meta.version}: {meta.entry_count:,} entries, "
            f"list date {meta.list_date or '-'} ({result.downloaded_bytes / 1e6:.1f} MB)"
        )
        if result.status == "updated" and result.previous is not None:
            click.echo(_change_line(store.get(meta.name, result.previous.version), result.stored))

    update_lists(store, names or None, sources_file=sources, timeout=timeout, progress=report)


@lists.command()
@format_option
def formats(output: str) -> None:
    """The list formats this tool reads, with what each one is.

    \b
    Example:
      screening lists formats
    """
    rows = [
        {"name": f.name, "publisher": f.publisher, "extensions": list(f.extensions),
         "description": f.description}
        for f in registry.FORMATS.values()
    ]
    if output == "json":
        click.echo(json.dumps(rows, indent=2))
    else:
        click.echo(table(rows, ["name", "publisher", "extensions", "description"], width=100))
