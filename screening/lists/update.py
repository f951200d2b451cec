"""Download the official list files and import them: ``screening lists update``.

Each list's files (``lists/sources.yaml``) are fetched with urllib into a temp dir inside the
store, checked (not empty, not an HTML error page), then imported through the store, so the
reader validates everything before the current version moves. Any failure (offline, HTTP error,
timeout, a file that does not parse) raises :class:`ListUpdateError` naming the list and the URL;
what was there stays current. A list's failure does not stop the others from updating.
"""

from __future__ import annotations

import os
import shutil
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from screening.errors import ConfigError, ListDataError, ListUpdateError
from screening.lists import registry
from screening.lists.base import HEAD_BYTES, check_not_empty_or_html
from screening.lists.sources import Source, load_sources
from screening.lists.store import ListStore, check_name
from screening.lists.version import ListVersion, StoredList

USER_AGENT = "screening/0.1 (sanctions list update; Python urllib)"
"""Some publishers refuse Python's default urllib User-Agent."""

DEFAULT_TIMEOUT = 60.0


@dataclass(frozen=True)
class UpdateResult:
    """What happened to one list: ``updated``, ``unchanged`` or ``failed`` (with ``error``)."""

    name: str
    status: str
    urls: tuple[str, ...]
    stored: StoredList | None = None
    previous: ListVersion | None = None
    downloaded_bytes: int = 0
    error: str | None = None


class _DownloadError(Exception):
    """A download problem, worded for the user; becomes a ListUpdateError naming list and URL."""


def download(url: str, dest: Path, *, timeout: float = DEFAULT_TIMEOUT) -> int:
    """Fetch ``url`` into ``dest``; ``timeout`` bounds connecting and each read. Returns bytes."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, dest.open("wb") as out:
            shutil.copyfileobj(response, out, 1 << 20)
    except urllib.error.HTTPError as exc:
        raise _DownloadError(f"the server answered HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise _DownloadError(f"no answer within {timeout:g} s: offline, or server down?") from exc
        text = getattr(reason, "strerror", None) or str(reason)
        raise _DownloadError(f"cannot connect ({text}): offline, or behind a proxy?") from exc
    except TimeoutError as exc:
        raise _DownloadError(f"download stalled for more than {timeout:g} s") from exc
    except (OSError, ValueError) as exc:
        raise _DownloadError(f"download failed: {exc}") from exc
    size = dest.stat().st_size
    with dest.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    try:
        check_not_empty_or_html(dest, head)
    except ListDataError as exc:
        what = "an empty file" if not head.strip() else "an HTML page, not the list file"
        raise _DownloadError(f"the server sent {what} (moved URL, login or error page?)") from exc
    return size


def check_source(source: Source) -> None:
    """Reject a bad name or an unknown format before anything is downloaded."""
    check_name(source.name)
    if source.format is not None and source.format not in registry.FORMATS:
        known = ", ".join(sorted(registry.FORMATS))
        raise ConfigError(
            f"{source.name}: unknown format {source.format!r} in the sources file; known: {known}"
        )


def update_list(store: ListStore, source: Source, *, timeout: float = DEFAULT_TIMEOUT) -> UpdateResult:
    """Download one list's files and import them as a new version of ``source.name``."""
    check_source(source)
    previous = store.current_meta(source.name)
    urls = tuple(f.url for f in source.files)
    keep = "The previous version stays in place." if previous else "Nothing was imported."
    with store.temp_dir("download-") as tmp:
        folder = tmp / source.name
        folder.mkdir()
        size = 0
        for item in source.files:
            try:
                size += download(item.url, folder / item.file, timeout=timeout)
            except _DownloadError as exc:
                raise ListUpdateError(f"{source.name}: {item.url}: {exc}. {keep}") from exc
        path = folder if source.is_set else folder / source.files[0].file
        try:
            stored = store.import_list(path, fmt=source.format, name=source.name)
        except ListDataError as exc:  # name the downloaded file, not the deleted temp dir
            detail = str(exc).replace(f"{folder}{os.sep}", "").replace(str(folder), source.name)
            raise ListUpdateError(
                f"{source.name}: the download from {', '.join(urls)} is not a valid list "
                f"({detail}). {keep}"
            ) from exc
    unchanged = previous is not None and previous.sha256 == stored.meta.sha256
    return UpdateResult(
        name=source.name,
        status="unchanged" if unchanged else "updated",
        urls=urls,
        stored=stored,
        previous=previous,
        downloaded_bytes=size,
    )


def select_sources(sources: list[Source], names: Iterable[str] | None) -> list[Source]:
    """The named sources (all must exist), or every enabled one when no names are given."""
    if not names:
        return [s for s in sources if s.enabled]
    by_name = {s.name: s for s in sources}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise ConfigError(
            f"no download source for {', '.join(map(repr, unknown))}; "
            f"known: {', '.join(sorted(by_name))} (edit lists/sources.yaml or pass --sources)"
        )
    return [by_name[n] for n in dict.fromkeys(names)]


def update_lists(
    store: ListStore,
    names: Iterable[str] | None = None,
    *,
    sources_file: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Callable[[UpdateResult], None] | None = None,
) -> list[UpdateResult]:
    """Update ``names`` (default: every enabled source) and return what happened to each.

    ``progress`` is called after each list. When any list failed, the others are still
    updated and then :class:`ListUpdateError` is raised listing every failure.
    """
    selected = select_sources(load_sources(sources_file), list(names) if names else None)
    for source in selected:
        check_source(source)
    results: list[UpdateResult] = []
    for source in selected:
        try:
            result = update_list(store, source, timeout=timeout)
        except ListUpdateError as exc:
            result = UpdateResult(
                name=source.name, status="failed", urls=tuple(f.url for f in source.files),
                error=exc.message,
            )
        results.append(result)
        if progress is not None:
            progress(result)
    failed = [r for r in results if r.status == "failed"]
    if failed:
        ok = [r.name for r in results if r.status != "failed"]
        lines = [str(r.error) for r in failed]
        if ok:
            lines.append(f"(updated or unchanged: {', '.join(ok)})")
        raise ListUpdateError("\n".join(lines))
    return results
