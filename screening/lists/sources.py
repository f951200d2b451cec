"""Where each list is published: ``lists/sources.yaml`` read into frozen records.

The file is user-editable (``--sources FILE`` on ``screening lists update``): a mirror, a proxy
or a changed official URL is a one-line edit, no code change. Every problem is reported with the
file and the entry, and what was expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from screening.errors import ConfigError

DEFAULT_SOURCES = Path(__file__).resolve().parents[2] / "lists" / "sources.yaml"
"""The published URLs shipped with the project (``lists/sources.yaml`` in the repository)."""

SCHEMES = ("https", "http", "file")
_FILE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")


@dataclass(frozen=True)
class SourceFile:
    """One file to download: its URL and the local file name the reader expects."""

    url: str
    file: str


@dataclass(frozen=True)
class Source:
    """One list: store name, reader format (``None`` = detect), files, and whether it is default."""

    name: str
    format: str | None
    files: tuple[SourceFile, ...]
    enabled: bool = True
    description: str = ""
    homepage: str = ""

    @property
    def is_set(self) -> bool:
        """A multi-file set is downloaded into one directory and read together."""
        return len(self.files) > 1


def _file_entry(raw: Any, where: str) -> SourceFile:
    if isinstance(raw, str):
        raw = {"url": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("url"), str):
        raise ConfigError(f"{where}: expected a URL or a mapping with 'url' (and optional 'file')")
    url = raw["url"].strip()
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise ConfigError(f"{where}: URL {url!r} must start with one of {', '.join(SCHEMES)}://")
    name = raw.get("file") or Path(urlsplit(url).path).name or "download"
    if not isinstance(name, str) or not _FILE_RE.match(name):
        raise ConfigError(f"{where}: 'file' must be a plain file name, got {name!r}")
    return SourceFile(url=url, file=name)


def _source(raw: Any, where: str) -> Source:
    if not isinstance(raw, dict) or "name" not in raw:
        raise ConfigError(f"{where}: expected a mapping with at least 'name' and 'url' or 'files'")
    if not isinstance(raw["name"], str):
        raise ConfigError(f"{where}: 'name' must be text, got {raw['name']!r} (quote it in YAML)")
    unknown = set(raw) - {"name", "format", "url", "file", "files", "enabled", "description", "homepage"}
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    where = f"{where} ({raw['name']})"
    if ("url" in raw) == ("files" in raw):
        raise ConfigError(f"{where}: give either 'url' (one file) or 'files' (a set), not both")
    items = [{"url": raw["url"], "file": raw.get("file")}] if "url" in raw else raw["files"]
    if not isinstance(items, list) or not items:
        raise ConfigError(f"{where}: 'files' must be a non-empty list")
    files = tuple(_file_entry(item, f"{where} file {i + 1}") for i, item in enumerate(items))
    if len({f.file.lower() for f in files}) != len(files):
        raise ConfigError(f"{where}: two files would be saved under the same name")
    fmt = raw.get("format")
    if fmt is not None and not isinstance(fmt, str):
        raise ConfigError(f"{where}: 'format' must be a format name (see `screening lists formats`)")
    return Source(
        name=raw["name"],
        format=fmt,
        files=files,
        enabled=bool(raw.get("enabled", True)),
        description=str(raw.get("description", "")).strip(),
        homepage=str(raw.get("homepage", "")),
    )


def load_sources(path: Path | None = None) -> list[Source]:
    """Every list of a sources file (default: the shipped ``lists/sources.yaml``)."""
    path = path or DEFAULT_SOURCES
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: sources file not found; pass --sources FILE") from exc
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read sources file: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("lists"), list):
        raise ConfigError(f"{path}: expected a top-level 'lists:' with one entry per list")
    sources = [_source(raw, f"{path}: list {i + 1}") for i, raw in enumerate(data["lists"])]
    names = [s.name for s in sources]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"{path}: list name(s) given twice: {', '.join(dupes)}")
    return sources
