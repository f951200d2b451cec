"""YAML with marks: scalars as the author means them, duplicate keys, merges, locations."""

from __future__ import annotations

from pathlib import Path

from screening.rules.yamlsrc import YamlDoc, load_yaml


def _doc(tmp_path: Path, text: str) -> YamlDoc:
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    return load_yaml(path)


def test_scalars_stay_text_except_null_and_booleans(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "a: 8542.10\nb: NO\nc: 2024-02-23\nd: ~\ne: true\nf: 'null'\ng: 0.5\nh:\n")
    assert doc.data == {"a": "8542.10", "b": "NO", "c": "2024-02-23", "d": None, "e": True,
                        "f": "null", "g": "0.5", "h": None}
    assert not doc.problems


def test_marks_point_at_values_and_keys(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "rules:\n  - id: X\n    when: {hs: {codes: ['85']}}\n")
    assert doc.where(("rules", 0, "when", "hs", "codes", 0)).endswith("f.yaml:3:25")
    assert doc.where(("rules", 0, "id"), key=True).endswith("f.yaml:2:5")
    assert doc.where(("rules", 0, "id")).endswith("f.yaml:2:9")
    # loc elements that are not in the data (pydantic union tags) are skipped
    assert doc.where(("rules", 0, "when", "hs", "hs", "codes")) == doc.where(
        ("rules", 0, "when", "hs", "codes"))


def test_duplicate_keys_are_problems(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "a: 1\nb: 2\na: 3\n")
    assert doc.problems == [f"{tmp_path / 'f.yaml'}:3:1: duplicate key 'a'"]
    assert doc.data == {"a": "1", "b": "2"}


def test_merge_keys(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "base: &b {x: 1, y: 2}\nthing:\n  <<: *b\n  y: 3\n")
    assert doc.data["thing"] == {"x": "1", "y": "3"}


def test_syntax_error_and_empty_file(tmp_path: Path) -> None:
    assert "YAML syntax error" in _doc(tmp_path, "a: [1, 2\n").problems[0]
    assert _doc(tmp_path, "").problems[0].endswith(":1:1: the file is empty")
