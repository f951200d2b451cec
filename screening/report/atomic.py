"""Atomic file replacement: write a temp file beside the target, fsync, then ``os.replace``.

Readers of the target see the old file or the complete new one, never a half-written file; a
failure (exception, full disk) leaves the target untouched and removes the temp file. The new
file gets the permissions a plain ``open(path, "w")`` would give (umask), not mkstemp's 0600.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from screening.errors import ConfigError, ScreeningError

_UMASK = os.umask(0o022)
os.umask(_UMASK)


def check_directory(path: Path) -> None:
    """ConfigError when the directory ``path`` would be written into does not exist."""
    if not path.parent.is_dir():
        raise ConfigError(f"{path}: directory {path.parent} does not exist; create it first")


def temp_path(path: Path, suffix: str = ".tmp") -> Path:
    """A new empty temp file next to ``path`` (hidden, named after it)."""
    check_directory(path)
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write in {path.parent}: {exc.strerror}") from exc
    os.close(fd)
    return Path(name)


def commit(temp: Path, path: Path) -> None:
    """fsync ``temp``, give it normal permissions and move it over ``path`` atomically."""
    with temp.open("rb+") as fh:
        os.fsync(fh.fileno())
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_UMASK
    temp.chmod(mode)
    temp.replace(path)
    with contextlib.suppress(OSError):  # not every platform/filesystem can fsync a directory
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def discard(temp: Path) -> None:
    """Remove a temp file if it is still there."""
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces ``path`` only if the block completes."""
    temp = temp_path(path)
    try:
        with temp.open("wb") as fh:
            yield fh
        commit(temp, path)
    except OSError as exc:
        discard(temp)
        raise ScreeningError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        discard(temp)
        raise
