"""``python -m screening`` runs the CLI."""

from screening.cli import entry

entry()
