"""Command line: parses options, calls the library facade, prints. No screening logic lives here.

Every user error is a :class:`~screening.errors.ScreeningError`; :func:`main` prints its message
as one line (no traceback) and exits with the error's own code.
"""

from __future__ import annotations

import sys

import click

from screening.cli.lists_cmd import lists
from screening.cli.rules_cmd import rules
from screening.cli.screen_cmd import batch, check, compare
from screening.errors import ScreeningError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="screening")
def cli() -> None:
    """Screen parties, goods and routes against sanctions lists and export-control rules.

    \b
    Examples:
      screening check "Henan Diesel Engine Industrial Co., Ltd"
      screening batch examples/shipments.csv -o out/decisions.parquet
      screening compare "Huawei Technologies" "HUAWEI TECHNOLOGIES CO., LTD."
    """


cli.add_command(check)
cli.add_command(batch)
cli.add_command(compare)
cli.add_command(lists)
cli.add_command(rules)


def main(argv: list[str] | None = None) -> int:
    """Console-script entry: run the CLI, turning library errors into one line + exit code."""
    try:
        cli.main(args=argv, prog_name="screening", standalone_mode=False)
    except ScreeningError as exc:
        click.echo(f"error: {exc}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    return 0


def entry() -> None:  # pragma: no cover - process entry
    sys.exit(main())
