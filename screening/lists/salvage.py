"""Strict or lenient reading: what a reader does with damage it knows how to work around.

Strict is the rule and the default: the first problem raises :class:`ListDataError` naming the
file and the line, and nothing is loaded. Lenient (``load_list(..., lenient=True)``, ``screening
lists import --lenient``; never the default) is for a damaged copy that has to be used anyway:
where a reader knows a safe way round a problem it takes it, and every problem becomes a warning
that travels with the list (``LoadedList.warnings`` -> the store's ``meta.json`` -> ``lists
import`` / ``lists show``). What the readers salvage, and nothing else:

* a last record the file cuts off inside a quoted field, kept when its id and name are complete
  (the cut field is kept as far as it goes, later fields are empty; remarks say so);
* a repeated id: the later record is kept under ``<entry id>~line<N>``;
* rows of a sibling file (OFAC ADD/ALT/COMMENTS) for an id the main file lacks: dropped.

Any other problem still raises in lenient mode. Warnings name the file by its name only: a
compiled list is shared by every copy of the same bytes, wherever it lies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from screening.errors import ListDataError

__all__ = ["TRUNCATED_REMARK", "Salvage", "disambiguated", "id_suffix"]

TRUNCATED_REMARK = "record truncated in source file at line {line}"
"""The remark a salvaged cut-off record carries (``{line}``: the line the record starts on)."""


@dataclass
class Salvage:
    """One read's problems: raised when strict, collected as warnings when lenient."""

    lenient: bool = False
    warnings: list[str] = field(default_factory=list)

    def problem(self, path: Path, message: str, *, where: str, instead: str) -> None:
        """A problem the reader can work round: strict raises ``ListDataError(path, message,
        where)``; lenient records ``"<file>:<where>: <message>; <instead>"`` and returns, and
        the reader then does what ``instead`` says."""
        if not self.lenient:
            raise ListDataError(path, message, where=where)
        self.warnings.append(f"{path.name}:{where}: {message}; {instead}")

    def note(self, path: Path, message: str) -> None:
        """Something a user should know in either mode (a sibling file missing, say)."""
        self.warnings.append(f"{path.name}: {message}")


def id_suffix(line: int | str) -> str:
    """What a repeated id found on ``line`` gets appended: ``~line9044``."""
    return f"~line{line}"


def disambiguated(entry_id: str, line: int | str) -> str:
    """The id a repeated ``entry_id`` is kept under: ``ofac_sdn:2677~line9044``."""
    return entry_id + id_suffix(line)
