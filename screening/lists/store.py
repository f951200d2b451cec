"""The list store: imported list versions, compiled to Parquet once and reused by content hash.

Layout under the root (``$SCREENING_HOME``, else ``$XDG_DATA_HOME/screening``, else
``~/.local/share/screening``)::

    compiled/<sha256>-<format>-<reader>/   one compiled version: entries.parquet + meta.json,
                                            plus caches later stages derive from it
    inputs/<input key>.json                 which compiled dirs an input file/directory gave
    lists/<name>/versions/<version>.json    every version imported under a name (kept for diff)
    lists/<name>/current.json               the version in use
    tmp/                                    work dirs, renamed into place when complete

Everything is written into ``tmp/`` (same filesystem) and renamed into place, so a reader
exception, a crash or a concurrent reader never sees a half-written version or loses the current
one. ``<reader>`` fingerprints the reader code and schema: a changed reader re-parses. This
module keeps the names and versions (``lists/``); :mod:`screening.lists.cache` the compiled
lists.
"""

from __future__ import annotations

import os
import re
from contextlib import AbstractContextManager
from pathlib import Path

from screening.errors import ConfigError
from screening.lists.cache import NAME_RE, CompiledCache
from screening.lists.fileset import read_json, write_json_atomic
from screening.lists.version import ListVersion, StoredList, utc_now

__all__ = ["ListStore", "ListVersion", "StoredList", "default_root"]

HEX_RE = re.compile(r"[0-9a-f]{1,64}\Z")


def default_root() -> Path:
    """``$SCREENING_HOME``, else ``$XDG_DATA_HOME/screening``, else ``~/.local/share/screening``."""
    if home := os.environ.get("SCREENING_HOME"):
        return Path(home).expanduser()
    data = os.environ.get("XDG_DATA_HOME")
    return (Path(data) if data else Path.home() / ".local" / "share") / "screening"


def check_name(name: str) -> str:
    """A list name is used as a directory name: letters, digits, ``_ . -``, up to 64 chars."""
    if not NAME_RE.match(name):
        raise ConfigError(
            f"invalid list name {name!r}: use letters, digits, '_', '.', '-' (up to 64 characters)"
        )
    return name


class ListStore:
    """Imported lists and their versions under one root directory (see the module docstring)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_root()
        self.cache = CompiledCache(self.root)

    # -- reading files ---------------------------------------------------------------------
    def load(
        self,
        path: str | Path,
        *,
        fmt: str | None = None,
        name: str | None = None,
        lenient: bool = False,
    ) -> StoredList:
        """A list file (or multi-file directory) compiled, from cache when its bytes are known.

        Does not change which lists are imported: this is ``--list PATH`` on check/batch.
        ``lenient``: salvage a damaged file, see :mod:`screening.lists.salvage`.
        """
        stored = self.cache.compile(Path(path), fmt, lenient=lenient)
        if name is None:
            return stored
        meta = ListVersion.from_dict({**stored.meta.to_dict(), "name": check_name(name)})
        return StoredList(meta, stored.entries, stored.cache_dir)

    def import_list(
        self,
        path: str | Path,
        *,
        fmt: str | None = None,
        name: str | None = None,
        lenient: bool = False,
    ) -> StoredList:
        """Read, validate and cache a list, record it as a version of ``name`` and make it current.

        A reader error raises before anything under ``lists/`` changes. ``lenient`` (never the
        default) salvages a damaged file; the version records ``lenient`` and the warnings.
        """
        stored = self.cache.compile(Path(path), fmt, lenient=lenient)
        name = check_name(stored.meta.name if name is None else name)
        meta = ListVersion.from_dict({**stored.meta.to_dict(), "name": name})
        record = self._list_dir(name) / "versions" / f"{meta.version}.json"
        obj = stored.cache_dir.name
        known = read_json(record) if record.exists() else None
        if known is None or known.get("object") != obj or known.get("sha256") != meta.sha256:
            meta = ListVersion.from_dict({**meta.to_dict(), "imported_at": utc_now()})
            write_json_atomic(record, {**meta.to_dict(), "object": obj})
        else:
            meta = ListVersion.from_dict(known)
        write_json_atomic(self._list_dir(name) / "current.json", {"version": meta.version})
        return StoredList(meta, stored.entries, stored.cache_dir)

    # -- querying --------------------------------------------------------------------------
    def names(self) -> list[str]:
        """Names of the imported lists, sorted."""
        lists = self.root / "lists"
        if not lists.is_dir():
            return []
        return sorted(d.name for d in lists.iterdir() if (d / "current.json").is_file())

    def current(self) -> list[StoredList]:
        """Every imported list at its current version."""
        return [self.get(name) for name in self.names()]

    def current_versions(self) -> list[ListVersion]:
        """The current version record of every imported list, without loading entries."""
        return [ListVersion.from_dict(self._record(name, None)) for name in self.names()]

    def versions(self, name: str) -> list[ListVersion]:
        """Every version imported under ``name``, oldest first."""
        vdir = self._existing(name) / "versions"
        found = [ListVersion.from_dict(read_json(p)) for p in vdir.glob("*.json")]
        return sorted(found, key=lambda v: (v.imported_at, v.version))

    def current_meta(self, name: str) -> ListVersion | None:
        """The current version record of ``name``, or ``None`` when it was never imported."""
        if not (self._list_dir(check_name(name)) / "current.json").is_file():
            return None
        return ListVersion.from_dict(self._record(name, None))

    def get(self, name: str, version: str | None = None) -> StoredList:
        """``name`` at ``version`` (a short id or a unique prefix of one), default the current."""
        record = self._record(name, version)
        found = self.cache.open(str(record["object"]))
        if found is None:
            raise ConfigError(
                f"list {name!r} version {record['version']}: compiled data missing under "
                f"{self.root / 'compiled'}; import the list file again"
            )
        return StoredList(ListVersion.from_dict(record), found[1], found[0])

    def temp_dir(self, prefix: str = "work-") -> AbstractContextManager[Path]:
        """A fresh directory on the store's filesystem, removed on exit (downloads go here)."""
        return self.cache.temp_dir(prefix)

    # -- internals -------------------------------------------------------------------------
    def _list_dir(self, name: str) -> Path:
        return self.root / "lists" / name

    def _existing(self, name: str) -> Path:
        ldir = self._list_dir(check_name(name))
        if not (ldir / "current.json").is_file():
            known = ", ".join(self.names()) or "none yet"
            raise ConfigError(
                f"no imported list named {name!r} (imported: {known}); "
                "see `screening lists show`, import one with `screening lists import PATH`"
            )
        return ldir

    def _record(self, name: str, version: str | None) -> dict[str, object]:
        ldir = self._existing(name)
        if version is None:
            version = str(read_json(ldir / "current.json")["version"])
        if not HEX_RE.match(version):
            raise ConfigError(f"list {name!r}: {version!r} is not a version id (hex digits)")
        exact = ldir / "versions" / f"{version}.json"
        if exact.is_file():
            data: dict[str, object] = read_json(exact)
            return data
        matches = sorted((ldir / "versions").glob(f"{version}*.json"))
        if len(matches) == 1:
            found: dict[str, object] = read_json(matches[0])
            return found
        have = ", ".join(v.version for v in self.versions(name))
        what = "is ambiguous" if matches else "not found"
        raise ConfigError(f"list {name!r}: version {version!r} {what} (versions: {have})")
