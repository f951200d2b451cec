"""One exception base for everything a user can cause, each subclass with its own CLI exit code.

The library raises; only the CLI turns an error into a message line and an exit code. Messages
name the file, the line/row/record and what to do, so a user can act without a traceback.
"""

from __future__ import annotations

from pathlib import Path


class ScreeningError(Exception):
    """Base of every error a user can cause. ``exit_code`` is what the CLI exits with."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(ScreeningError):
    """A bad option, mapping or configuration value."""

    exit_code = 3


class ListDataError(ScreeningError):
    """A list file that cannot be read as the format it claims (or any known format).

    ``where`` is the line (text formats) or record (XML element, row) the reader stopped at.
    """

    exit_code = 4

    def __init__(
        self, path: str | Path, message: str, *, where: str | None = None
    ) -> None:
        self.path = str(path)
        self.where = where
        loc = f"{self.path}:{where}" if where else self.path
        super().__init__(f"{loc}: {message}")


class RuleFileError(ScreeningError):
    """One or more problems in rule files; ``problems`` holds every ``file:line:col: message``."""

    exit_code = 5

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class InputError(ScreeningError):
    """A record input file (shipments, counterparties) that cannot be read at all."""

    exit_code = 6


class ListUpdateError(ScreeningError):
    """Downloading a list failed (offline, HTTP error); the previous version stays in place."""

    exit_code = 7


class GateFailedError(ScreeningError):
    """``--fail-on`` threshold reached: not an error in the run, a CI gating signal."""

    exit_code = 10
