"""List diffs: added/removed/changed entries on entry_id, which fields changed, set semantics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening.lists.diff import COMPARED, DETAIL, diff_lists
from screening.schema import LIST_ENTRY, conform


def frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    base = {"source": "t", "entity_type": "organization", "action": "block"}
    data = [{**base, **r} for r in rows]
    return conform(pl.DataFrame(data, schema=dict(LIST_ENTRY), strict=False), LIST_ENTRY, what="t")


def alias(name: str, quality: str = "aka") -> dict[str, str]:
    return {"name": name, "quality": quality}


def ident(kind: str, value: str) -> dict[str, str | None]:
    return {"type": kind, "value": value, "country": None, "label": None}


ACME = {"entry_id": "t:1", "name": "ACME LLC", "programs": ["SDGT"], "aliases": [alias("ACME CO")]}


@dataclass(frozen=True)
class Case:
    why: str
    new: dict[str, Any]  # ACME with these fields replaced
    fields: list[str]
    detail: dict[str, list[str]] = field(default_factory=dict)


CASES = [
    Case("identical", {}, []),
    Case("alias added", {"aliases": [alias("ACME CO"), alias("ACME INC")]}, ["aliases"],
         {"names_added": ["ACME INC"], "names_removed": []}),
    Case("primary renamed", {"name": "ACME HOLDING LLC"}, ["name"],
         {"names_added": ["ACME HOLDING LLC"], "names_removed": ["ACME LLC"]}),
    Case("program added", {"programs": ["SDGT", "IRAN"]}, ["programs"],
         {"programs_added": ["IRAN"], "programs_removed": []}),
    Case("program order only", {"programs": ["SDGT", "SDGT"]}, []),
    Case("null list equals empty", {"aliases": [alias("ACME CO")], "countries": None}, []),
    Case("identifier added", {"identifiers": [ident("imo", "9123456")]}, ["identifiers"],
         {"identifiers_added": ["imo|9123456|"]}),
    Case("alias quality", {"aliases": [alias("ACME CO", "weak")]}, ["aliases"],
         {"names_added": [], "names_removed": []}),
    Case("several fields", {"programs": [], "remarks": "Linked To: X", "entity_type": "vessel"},
         ["entity_type", "programs", "remarks"], {"programs_removed": ["SDGT"]}),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.why)
def test_changed_entry_fields(case: Case) -> None:
    diff = diff_lists(frame([ACME]), frame([{**ACME, **case.new}]))
    if not case.fields:
        assert diff.counts == {"added": 0, "removed": 0, "changed": 0, "unchanged": 1}
        assert diff.detail.height == 0
        return
    assert diff.counts == {"added": 0, "removed": 0, "changed": 1, "unchanged": 0}
    [row] = diff.changed.to_dicts()
    assert row["fields"] == case.fields
    for key, expected in case.detail.items():
        assert row[key] == expected, key


def test_added_and_removed_entries() -> None:
    old = frame([ACME, {"entry_id": "t:2", "name": "GONE LTD"}])
    new = frame([ACME, {"entry_id": "t:3", "name": "NEW LTD", "aliases": [alias("NL")]}])
    diff = diff_lists(old, new)
    assert diff.counts == {"added": 1, "removed": 1, "changed": 0, "unchanged": 1}
    assert diff.added["entry_id"].to_list() == ["t:3"]
    assert diff.removed["name"].to_list() == ["GONE LTD"]
    assert diff.added.schema == new.schema
    rows = {r["change"]: r for r in diff.detail.to_dicts()}
    assert rows["added"]["names_added"] == ["NEW LTD", "NL"]
    assert rows["removed"]["names_removed"] == ["GONE LTD"]
    assert dict(diff.detail.schema) == DETAIL


def test_field_counts() -> None:
    old = frame([ACME, {**ACME, "entry_id": "t:2"}])
    new = frame([{**ACME, "programs": ["X"]}, {**ACME, "entry_id": "t:2", "programs": [], "name": "B"}])
    assert diff_lists(old, new).field_counts == {"name": 1, "programs": 2}


# -- laws, against a plain one-entry-at-a-time reference --------------------------------------

names = st.sampled_from(["ACME", "BETA", "GAMMA", "DELTA"])
entries = st.fixed_dictionaries(
    {
        "name": names,
        "aliases": st.lists(st.builds(alias, names), max_size=3),
        "programs": st.lists(st.sampled_from(["SDGT", "IRAN", "RUSSIA"]), max_size=3),
        "countries": st.none() | st.lists(st.sampled_from(["RU", "IR"]), max_size=2),
        "remarks": st.none() | st.sampled_from(["a", "b"]),
    }
)
lists_ = st.dictionaries(st.sampled_from([f"t:{i}" for i in range(6)]), entries, max_size=6)


def reference(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> dict[str, Any]:
    def canon(e: dict[str, Any], f: str) -> object:
        v = e.get(f)
        if f == "aliases":
            return sorted({(a["name"], a["quality"]) for a in v or []})
        if f in ("programs", "countries"):
            return sorted(set(v or []))
        return v

    changed = {
        k: [f for f in COMPARED if canon(old[k], f) != canon(new[k], f)] for k in old.keys() & new.keys()
    }
    return {
        "added": sorted(new.keys() - old.keys()),
        "removed": sorted(old.keys() - new.keys()),
        "changed": {k: v for k, v in changed.items() if v},
    }


def rows(d: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"entry_id": k, **v} for k, v in d.items()] or [{"entry_id": "t:x", "name": "X"}]


@settings(max_examples=60, deadline=None)
@given(lists_, lists_)
def test_matches_reference_and_is_antisymmetric(old: dict[str, Any], new: dict[str, Any]) -> None:
    old.setdefault("t:x", {"name": "X"})
    new.setdefault("t:x", {"name": "X"})
    diff = diff_lists(frame(rows(old)), frame(rows(new)))
    ref = reference(old, new)
    assert sorted(diff.added["entry_id"].to_list()) == ref["added"]
    assert sorted(diff.removed["entry_id"].to_list()) == ref["removed"]
    assert {r["entry_id"]: r["fields"] for r in diff.changed.to_dicts()} == ref["changed"]
    back = diff_lists(frame(rows(new)), frame(rows(old)))
    assert back.counts == {**diff.counts, "added": diff.counts["removed"], "removed": diff.counts["added"]}
    assert diff_lists(frame(rows(new)), frame(rows(new))).detail.height == 0
