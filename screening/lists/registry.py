"""The known list formats and content-based detection.

Formats register here by module name; detection asks each format's ``sniff`` in order, most
specific first, so a generic CSV reader never shadows a publisher's own layout.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import ListFormat, LoadedList, read_head

# Most specific first: detection takes the first format whose sniff says yes.
_MODULES = (
    "screening.lists.ofac_csv",
    "screening.lists.ofac_xml",
    "screening.lists.ofac_advanced",
    "screening.lists.csl",
    "screening.lists.bis_dpl",
    "screening.lists.un",
    "screening.lists.eu_fsf",
    "screening.lists.uk_fcdo",
    "screening.lists.uk_ofsi",
    "screening.lists.opensanctions",
    "screening.lists.eu_journal",
    "screening.lists.custom",
)


@cache
def _load_formats() -> dict[str, ListFormat]:
    formats: dict[str, ListFormat] = {}
    for module_name in _MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # reader not written yet
                continue
            raise
        for fmt in getattr(module, "FORMATS", ()):
            formats[fmt.name] = fmt
    return formats


class _Formats(Mapping[str, ListFormat]):
    """The registered formats, imported on first use (readers are not needed at import time)."""

    def __getitem__(self, name: str) -> ListFormat:
        return _load_formats()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(_load_formats())

    def __len__(self) -> int:
        return len(_load_formats())


FORMATS: Mapping[str, ListFormat] = _Formats()


def detect_format(path: Path) -> ListFormat:
    """The format of ``path`` judged from its content (the extension only breaks ties)."""
    head = read_head(path)
    for fmt in FORMATS.values():
        if fmt.sniff(path, head):
            return fmt
    known = ", ".join(sorted(FORMATS))
    raise ListDataError(
        path,
        f"not a list format this tool knows (known: {known}); pass --format to force one",
        where="1",
    )


def load_list(path: str | Path, fmt: str | None = None, *, lenient: bool = False) -> LoadedList:
    """Read one list file (or directory of a multi-file set) into the canonical frame.

    ``lenient`` (never the default) lets a format that has a lenient mode salvage a damaged file
    and report each problem in ``LoadedList.warnings`` (see :mod:`screening.lists.salvage`); a
    format without one reads strictly either way.
    """
    path = Path(path)
    if not path.exists():
        raise ListDataError(path, "no such file")
    if fmt is None:
        found = detect_format(path)
    elif fmt not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise ListDataError(path, f"unknown list format {fmt!r}; known: {known}")
    else:
        read_head(path)
        found = FORMATS[fmt]
    if lenient and found.read_lenient is not None:
        return found.read_lenient(path)
    return found.read(path)
