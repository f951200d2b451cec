"""Downloading list updates: against a local HTTP server (127.0.0.1, ephemeral port, a thread)."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import fake_list
import pytest

from screening.errors import ConfigError, ListUpdateError
from screening.lists import registry
from screening.lists.sources import DEFAULT_SOURCES, load_sources
from screening.lists.store import ListStore
from screening.lists.update import UpdateResult, update_lists

V1 = "#FAKELIST date=2024-05-03\n1|ACME LLC|ACME CO|SDGT\n2|IVAN PETROV||RUSSIA\n"
V2 = "#FAKELIST date=2024-06-01\n1|ACME LLC|ACME CO|SDGT;IRAN\n3|NEW CO||IRAN\n"
HTML = "<!DOCTYPE html>\n<html><head><title>Service Unavailable</title></head></html>\n"


@dataclass
class Server:
    """Routes path -> (status, body); ``/slow`` answers only after the test is over."""

    url: str
    routes: dict[str, tuple[int, bytes]]
    release: threading.Event


@pytest.fixture
def server() -> Iterator[Server]:
    routes: dict[str, tuple[int, bytes]] = {}
    release = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/slow":
                release.wait(10)
            status, body = routes.get(self.path, (404, b"not found"))
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", routes, release)
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _fake(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_list.install(monkeypatch)


@pytest.fixture
def store(tmp_path: Path) -> ListStore:
    return ListStore(tmp_path / "home")


def sources(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text("lists:\n" + body, encoding="utf-8")
    return path


def one(name: str, url: str, enabled: bool = True) -> str:
    return f"  - {{name: {name}, format: fake, url: '{url}', file: {name}.fake, enabled: {enabled}}}\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_update_imports_then_reports_unchanged_then_updated(
    server: Server, store: ListStore, tmp_path: Path
) -> None:
    server.routes["/list.fake"] = (200, V1.encode())
    src = sources(tmp_path, one("demo", f"{server.url}/list.fake"))
    [first] = update_lists(store, sources_file=src, timeout=5)
    assert (first.status, first.previous, first.downloaded_bytes) == ("updated", None, len(V1))
    assert first.stored is not None
    assert first.stored.meta.name == "demo"
    assert store.current_meta("demo") == first.stored.meta
    [again] = update_lists(store, ["demo"], sources_file=src, timeout=5)
    assert again.status == "unchanged"
    server.routes["/list.fake"] = (200, V2.encode())
    [second] = update_lists(store, ["demo"], sources_file=src, timeout=5)
    assert second.status == "updated"
    assert second.previous == first.stored.meta
    assert second.stored is not None
    assert second.stored.meta.list_date == "2024-06-01"
    assert len(store.versions("demo")) == 2
    assert list((store.root / "tmp").iterdir()) == []


def test_a_multi_file_set_is_downloaded_into_one_directory(
    server: Server, store: ListStore, tmp_path: Path
) -> None:
    server.routes["/A.FAKE"] = (200, V1.encode())
    server.routes["/A.ALT"] = (200, b"1|ACME TRADING\n")
    src = sources(tmp_path, f"""  - name: set
    format: fake
    files:
      - {{url: "{server.url}/A.FAKE", file: a.fake}}
      - {{url: "{server.url}/A.ALT", file: a.fake.alt}}
""")
    [result] = update_lists(store, sources_file=src, timeout=5)
    assert result.stored is not None
    assert result.stored.meta.files == ("a.fake", "a.fake.alt")
    aliases = result.stored.entries.filter(result.stored.entries["entry_id"] == "fake:1")["aliases"][0]
    assert [a["name"] for a in aliases] == ["ACME CO", "ACME TRADING"]


@dataclass(frozen=True)
class Failure:
    why: str
    path: str  # served path; "refused" = a closed port
    route: tuple[int, bytes] | None
    message: str


FAILURES = [
    Failure("404", "/gone.fake", None, "HTTP 404"),
    Failure("500", "/err.fake", (500, b"oops"), "HTTP 500"),
    Failure("html with 200", "/page.fake", (200, HTML.encode()), "HTML page"),
    Failure("empty body", "/empty.fake", (200, b""), "empty file"),
    Failure("not a list", "/bad.fake", (200, b"#FAKELIST\n1|broken\n"), r"not a valid list \(demo.fake:2: expected"),
    Failure("connection refused", "refused", None, "cannot connect"),
    Failure("timeout", "/slow", (200, V2.encode()), "no answer within|stalled"),
]


@pytest.mark.parametrize("case", FAILURES, ids=lambda c: c.why)
def test_failures_keep_the_current_version(
    server: Server, store: ListStore, tmp_path: Path, case: Failure
) -> None:
    good = store.import_list(fake_list.write(tmp_path / "v1.fake", [("1", "ACME LLC", "", "SDGT")]), name="demo")
    if case.route is not None:
        server.routes[case.path] = case.route
    url = f"http://127.0.0.1:{free_port()}/list.fake" if case.path == "refused" else server.url + case.path
    src = sources(tmp_path, one("demo", url))
    with pytest.raises(ListUpdateError, match=case.message) as info:
        update_lists(store, ["demo"], sources_file=src, timeout=0.5)
    assert "demo" in str(info.value)
    assert url in str(info.value)
    assert "previous version stays in place" in str(info.value)
    assert store.current_meta("demo") == good.meta
    assert len(store.versions("demo")) == 1
    assert list((store.root / "tmp").iterdir()) == []


def test_one_failure_does_not_stop_the_others(server: Server, store: ListStore, tmp_path: Path) -> None:
    server.routes["/ok.fake"] = (200, V1.encode())
    src = sources(tmp_path, one("bad", f"{server.url}/missing") + one("good", f"{server.url}/ok.fake"))
    seen: list[UpdateResult] = []
    with pytest.raises(ListUpdateError, match=r"(?s)bad: .*HTTP 404.*Nothing was imported.*updated or unchanged: good"):
        update_lists(store, sources_file=src, timeout=5, progress=seen.append)
    assert [(r.name, r.status) for r in seen] == [("bad", "failed"), ("good", "updated")]
    assert store.names() == ["good"]


def test_names_select_and_disabled_sources_need_a_name(
    server: Server, store: ListStore, tmp_path: Path
) -> None:
    server.routes["/a.fake"] = (200, V1.encode())
    src = sources(tmp_path, one("daily", f"{server.url}/a.fake") + one("rare", f"{server.url}/a.fake", False))
    assert [r.name for r in update_lists(store, sources_file=src, timeout=5)] == ["daily"]
    assert [r.name for r in update_lists(store, ["rare"], sources_file=src, timeout=5)] == ["rare"]
    with pytest.raises(ConfigError, match="no download source for 'nope'; known: daily, rare"):
        update_lists(store, ["nope"], sources_file=src)


def test_file_urls_serve_a_local_mirror(store: ListStore, tmp_path: Path) -> None:
    mirror = fake_list.write(tmp_path / "mirror" / "list.fake", [("1", "ACME LLC", "", "SDGT")])
    [result] = update_lists(store, sources_file=sources(tmp_path, one("m", mirror.as_uri())))
    assert result.status == "updated"


def test_unknown_format_fails_before_downloading(store: ListStore, tmp_path: Path) -> None:
    src = sources(tmp_path, "  - {name: x, format: nosuch, url: 'http://127.0.0.1:9/x'}\n")
    with pytest.raises(ConfigError, match="unknown format 'nosuch'"):
        update_lists(store, sources_file=src)


BAD_SOURCES = [
    ("not a mapping", "- x\n", "top-level 'lists:'"),
    ("no url", "lists:\n  - {name: a}\n", "either 'url'"),
    ("yaml boolean name", "lists:\n  - {name: on, url: 'https://x/a'}\n", "'name' must be text"),
    ("both", "lists:\n  - {name: a, url: 'https://x/a', files: ['https://x/b']}\n", "not both"),
    ("ftp", "lists:\n  - {name: a, url: 'ftp://x/a'}\n", "must start with one of https, http, file"),
    ("unknown field", "lists:\n  - {name: a, url: 'https://x/a', urls: []}\n", "unknown field.*urls"),
    ("path in file", "lists:\n  - {name: a, url: 'https://x/a', file: ../a}\n", "plain file name"),
    ("same file twice", "lists:\n  - {name: a, files: ['https://x/a', 'https://y/A']}\n", "same name"),
    ("duplicate names", "lists:\n  - {name: a, url: 'https://x/a'}\n  - {name: a, url: 'https://x/b'}\n", "given twice: a"),
    ("yaml error", "lists: [\n", "cannot read sources file"),
]


@pytest.mark.parametrize(("why", "text", "message"), BAD_SOURCES, ids=[b[0] for b in BAD_SOURCES])
def test_bad_sources_files_are_reported(tmp_path: Path, why: str, text: str, message: str) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_sources(path)
    assert str(path) in str(info.value)


def test_missing_sources_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="sources file not found"):
        load_sources(tmp_path / "nope.yaml")


def test_shipped_sources_file_is_valid_and_uses_known_formats() -> None:
    shipped = load_sources(DEFAULT_SOURCES)
    assert {"ofac_sdn", "ofac_cons", "us_csl", "un", "uk_fcdo", "eu_fsf"} <= {s.name for s in shipped}
    assert all(f.url.startswith("https://") for s in shipped for f in s.files)
    unknown = [s.format for s in shipped if s.format and s.format not in registry.FORMATS]
    assert unknown == [], "sources.yaml names formats no reader registers"
