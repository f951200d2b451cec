"""A fingerprint of the code that turns a list file into ``LIST_ENTRY`` rows.

The store keys compiled Parquet by source hash *and* this fingerprint, so a fixed reader (or a
changed schema) re-parses the file instead of serving entries the old code produced. It hashes
every module of the list readers' package except the store's own, the schema, the country
table readers map names with and, for a reader living elsewhere (a plug-in or a test), that
reader's own module; and whether the read was lenient (a strict and a lenient compile of the
same bytes are different results: the lenient one may hold salvaged records). Computed once per
process.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from pathlib import Path

from screening.lists import registry

CACHE_FORMAT = "1"
"""Bump when the layout of a compiled version (entries.parquet + meta.json) changes."""

_LISTS_DIR = Path(__file__).resolve().parent
_PACKAGE = _LISTS_DIR.parent
_SHARED = (_PACKAGE / "schema.py", _PACKAGE / "countries.py", _PACKAGE / "data" / "countries.csv")
"""Code and data outside ``screening/lists`` that readers use to build entries."""
_STORE_SIDE = frozenset(
    f"{m}.py" for m in (
        "__init__", "bundled", "cache", "diff", "fileset", "fingerprint", "sources",
        "store", "update", "version",
    )
)
"""Modules of the package that do not shape parsed entries: editing them keeps compiled caches."""


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # pragma: no cover - zipped install: fall back to the file name only
        return str(path).encode()


@functools.cache
def _package_digest() -> str:
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    readers = [f for f in sorted(_LISTS_DIR.glob("*.py")) if f.name not in _STORE_SIDE]
    for file in [*readers, *_SHARED]:
        digest.update(file.name.encode() + b"\0" + _bytes(file) + b"\0")
    return digest.hexdigest()


@functools.cache
def _fingerprint(name: str, module_file: str | None, lenient: bool) -> str:
    digest = hashlib.sha256(f"{_package_digest()}\0{name}\0".encode())
    if module_file is not None and Path(module_file).resolve().parent != _LISTS_DIR:
        digest.update(_bytes(Path(module_file)))
    if lenient:
        digest.update(b"\0lenient")
    return digest.hexdigest()


def reader_fingerprint(format_name: str, *, missing_ok: bool = False, lenient: bool = False) -> str:
    """Hex fingerprint of ``format_name``'s reader, strict or ``lenient``; ``""`` for an unknown
    format if ``missing_ok``."""
    fmt = registry.FORMATS.get(format_name)
    if fmt is None:
        if missing_ok:
            return ""
        raise KeyError(format_name)  # pragma: no cover - the store only asks for formats it read
    module = sys.modules.get(getattr(fmt.read, "__module__", ""), None)
    return _fingerprint(format_name, getattr(module, "__file__", None), lenient)
