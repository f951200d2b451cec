"""Content hashes of list files and multi-file sets, and the atomic writes the store relies on.

A list version is identified by the SHA-256 of its source bytes. One file: the plain
``sha256sum`` of the file, so a user can check it by hand. A multi-file set (SDN.CSV + ADD.CSV +
ALT.CSV ...): the SHA-256 of a ``sha256sum``-style manifest, one ``"<sha256>  <name>"`` line per
file, names lower-cased and sorted, so the same download hashes the same whatever the local file
names' case or the order the reader opened them in.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of one file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class Hasher:
    """Hashes files at most once per instance (a cache check and a version hash share work)."""

    def __init__(self) -> None:
        self._seen: dict[Path, str] = {}

    def __call__(self, path: Path) -> str:
        key = path.resolve()
        if key not in self._seen:
            self._seen[key] = file_sha256(key)
        return self._seen[key]


def set_files(path: Path) -> list[Path]:
    """The regular files an input stands for: itself, or every non-hidden file under a directory."""
    if not path.is_dir():
        return [path]
    return sorted(
        p for p in path.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def relative_name(file: Path, base: Path) -> str:
    """``file`` relative to ``base`` as a POSIX path, or its absolute path when outside ``base``."""
    try:
        return file.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return file.resolve().as_posix()


def manifest(files: Iterable[Path], base: Path, hasher: Hasher) -> list[dict[str, str]]:
    """``[{"path": relative name, "sha256": hex}]`` for ``files``, sorted by lower-cased name."""
    rows = {relative_name(f, base): hasher(f) for f in files}
    return [{"path": name, "sha256": rows[name]} for name in sorted(rows, key=str.lower)]


def combined_sha256(rows: list[dict[str, str]]) -> str:
    """The version hash of a manifest: the file's own hash for one file, else of the manifest."""
    if len(rows) == 1:
        return rows[0]["sha256"]
    lines = sorted(f"{r['sha256']}  {r['path'].lower()}\n" for r in rows)
    return hashlib.sha256("".join(lines).encode()).hexdigest()


def input_key(path: Path, fmt: str | None, hasher: Hasher, *, lenient: bool = False) -> str:
    """Cache key of an input before parsing: its bytes (a directory: its files), the format and
    whether the read is lenient."""
    if path.is_dir():
        content: object = manifest(set_files(path), path, hasher)
    else:  # bytes, not name: a renamed or moved copy is the same input ...
        siblings = sorted(
            p.name.lower() for p in path.parent.iterdir()
            if p.name != path.name and not p.name.startswith(".") and p.is_file()
        )  # ... but a reader may read files beside it (SDN.CSV + ALT.CSV): a new one counts
        content = [hasher(path), siblings]
    key: list[object] = [fmt or "auto", content, *(["lenient"] if lenient else [])]
    text = json.dumps(key, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON next to ``path`` and rename it into place: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, indent=2, sort_keys=True) + "\n")
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path) -> Any:
    """Parse one JSON file the store wrote."""
    return json.loads(path.read_text(encoding="utf-8"))
