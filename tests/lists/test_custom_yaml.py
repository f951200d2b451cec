"""The YAML list format (bundled lists/default.yaml): strict validation with YAML line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening.errors import ListDataError
from screening.lists import custom_yaml
from screening.lists.custom import read_custom
from screening.lists.registry import detect_format, load_list
from tests.conftest import FIXTURES, REPO

YAML = FIXTURES / "lists" / "custom" / "watchlist.yaml"


def test_fixture() -> None:
    got = custom_yaml.read(YAML)
    assert (got.format, got.publisher, got.list_date) == (
        "custom_yaml",
        "Compliance team (test fixture)",
        "2026-11-22",
    )
    e = {x["entry_id"]: x for x in got.entries.to_dicts()}
    assert list(e) == ["test-watch:northern_star", "test-watch:ocean_dawn", "test-watch:42"]
    star = e["test-watch:northern_star"]
    assert star["source"] == star["list_name"] == "test-watch"  # list.name
    assert [(a["name"], a["quality"]) for a in star["aliases"]] == [
        ("Severnaya Zvezda OOO", "strong"),
        ("NST", "strong"),
        ("Star", "weak"),
        ("ООО «Северная звезда»", "original_script"),
    ]
    assert star["identifiers"][0] == {
        "type": "registration",
        "value": "1027700000001",
        "country": "RU",
        "label": "registration",
    }
    assert (star["action"], star["listed_date"]) == ("block", "2023-05-04")
    assert star["remarks"].endswith("Sources: audit_2024; https://example.org/northern-star")
    assert star["source_url"] == "https://example.org/northern-star"
    person = e["test-watch:42"]  # an integer id is text in the entry id
    assert (person["action"], person["birth_dates"]) == ("review", ["1965-02-01"])
    assert person["addresses"][1] == {"text": "7 Arbat Street", "city": "Moscow", "country": "RU"}
    assert detect_format(YAML).name == "custom_yaml"
    assert read_custom(YAML).entries.equals(got.entries)


def test_bundled_default_list_loads() -> None:
    path = REPO / "lists" / "default.yaml"
    if not path.exists():
        pytest.skip("lists/default.yaml not written yet")
    got = load_list(path)
    assert got.format == "custom_yaml"
    assert got.entries.height == got.source_records > 0
    assert set(got.entries["source"]) == {"screening-default"}
    assert set(got.entries["action"]) <= {"block", "review"}


ENTRY = """list:
  name: t
entries:
  - id: a
    name: ACME
"""

# (case, text, line, message): the line is where the offending entry or key starts.
BAD = [
    ("unknown entry key", ENTRY + "    nmae: x\n", 6, "unknown key 'nmae'"),
    ("missing name", ENTRY + "  - id: b\n    type: person\n", 6, "entry without name"),
    ("missing id", ENTRY + "  - name: B\n", 6, "entry without id"),
    ("bad type", ENTRY + "    type: company\n", 6, "type 'company': use one of person"),
    ("bad action", ENTRY + "    action: deny\n", 6, "action 'deny': use block or review"),
    ("bad country", ENTRY + "    countries: [XX]\n", 6, "unknown country 'XX'"),
    (
        "bad identifier type",
        ENTRY + "    identifiers: [{type: vat, value: '1'}]\n",
        6,
        "identifier type 'vat'",
    ),
    (
        "identifier without value",
        ENTRY + "    identifiers: [{type: lei}]\n",
        6,
        "identifier needs type and value",
    ),
    ("aliases not a list", ENTRY + "    aliases: ACME Ltd\n", 6, "aliases must be a list"),
    ("bad date", ENTRY + "    listed_date: soon\n", 6, "listed_date 'soon' is not an ISO date"),
    ("duplicate id", ENTRY + "  - id: a\n    name: B\n", 6, "duplicate id 'a'"),
    ("empty name", ENTRY.replace("name: ACME", "name: ''"), 5, "name must be non-empty text"),
    (
        "unknown list key",
        ENTRY.replace("  name: t\n", "  name: t\n  owner: me\n"),
        3,
        "list: unknown key 'owner'",
    ),
    ("list without name", ENTRY.replace("  name: t\n", "  publisher: p\n"), 2, "list needs a name"),
    (
        "demo not a bool",
        ENTRY.replace("  name: t\n", "  name: t\n  demo: maybe\n"),
        3,
        "demo must be true or false",
    ),
    (
        "bad list date",
        ENTRY.replace("  name: t\n", "  name: t\n  date: tomorrow\n"),
        3,
        "list date 'tomorrow'",
    ),
    (
        "publisher not text",
        ENTRY.replace("  name: t\n", "  name: t\n  publisher: [a]\n"),
        3,
        "publisher must be non-empty text",
    ),
    ("no entries key", "list:\n  name: t\n", 1, "expected top-level 'list:' and 'entries:'"),
    ("unknown top key", ENTRY + "extra: 1\n", 6, "file: unknown key 'extra'"),
    ("broken yaml", ENTRY + "    aliases: [unclosed\n", 7, "not valid YAML"),
]


@pytest.mark.parametrize(("case", "text", "line", "message"), BAD, ids=[b[0] for b in BAD])
def test_strict_validation_names_the_line(
    tmp_path: Path, case: str, text: str, line: int, message: str
) -> None:
    path = tmp_path / "list.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ListDataError, match=message) as err:
        custom_yaml.read(path)
    assert str(err.value).startswith(f"{path}:{line}: ")


def test_empty_entries_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("list:\n  name: t\nentries: []\n", encoding="utf-8")
    with pytest.raises(ListDataError, match="no entries found"):
        custom_yaml.read(path)


def test_sniff() -> None:
    head = YAML.read_bytes()[:4096]
    assert custom_yaml.sniff(YAML, head)
    assert not custom_yaml.sniff(Path("x.yaml"), b"bundled:\n  - name: x\n")
