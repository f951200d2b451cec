"""YAML → plain data plus the line/column of every node, so any problem can name ``file:line:col``.

Scalars are read the way a rule author means them: everything is a string except ``null``/``~``/
empty (None) and ``true``/``false`` (bool). So ``8542.10`` stays ``"8542.10"`` (not the float
8542.1), ``NO`` stays Norway and ``2024-02-23`` stays a string for the model to parse. Duplicate
mapping keys are errors (PyYAML silently keeps the last); ``<<`` merge keys are supported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Path_ = tuple[str | int, ...]
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_MERGE_TAG = "tag:yaml.org,2002:merge"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDoc:
    """One parsed file: its data and, per data path, where the value (and its key) starts."""

    path: Path
    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def where(self, loc: Path_, *, key: bool = False) -> str:
        """``file:line:col`` of the deepest node on ``loc`` (elements not in the data are skipped)."""
        found: Path_ = ()
        node = self.data
        for part in loc:
            in_dict = isinstance(node, dict) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
            if in_dict or in_list:
                node, found = node[part], (*found, part)
        table = self.key_marks if key and found in self.key_marks else self.marks
        line, col = table.get(found, self.marks.get((), (1, 1)))
        return f"{self.path}:{line}:{col}"

    def problem(self, loc: Path_, message: str, *, key: bool = False) -> None:
        self.problems.append(f"{self.where(loc, key=key)}: {message}")


def load_yaml(path: Path) -> YamlDoc:
    """Parse ``path``; syntax errors and duplicate keys end up in ``doc.problems``."""
    doc = YamlDoc(path=path, data=None)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        doc.problems.append(f"{path}:1:1: cannot read: {exc}")
        return doc
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else f"{path}:1:1"
        context = ""
        if exc.context and exc.context_mark:
            context = f" ({exc.context} at line {exc.context_mark.line + 1})"
        doc.problems.append(f"{where}: YAML syntax error: {exc.problem or exc}{context}")
        return doc
    except yaml.YAMLError as exc:
        doc.problems.append(f"{path}:1:1: YAML error: {exc}")
        return doc
    if root is None:
        doc.problems.append(f"{path}:1:1: the file is empty")
        return doc
    doc.data = _convert(root, (), doc)
    return doc


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _convert(node: yaml.Node, loc: Path_, doc: YamlDoc) -> Any:
    doc.marks[loc] = _mark(node)
    if isinstance(node, yaml.ScalarNode):
        if node.style is None or node.style == "":
            if node.value in _NULLS:
                return None
            if node.value in _BOOLS:
                return _BOOLS[node.value]
        return str(node.value)
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*loc, i), doc) for i, item in enumerate(node.value)]
    out: dict[str, Any] = {}
    merged: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if key_node.tag == _MERGE_TAG:
            sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            for src in sources:
                value = _convert(src, (*loc, "<<"), doc)
                if isinstance(value, dict):
                    merged.update({k: v for k, v in value.items() if k not in merged})
            continue
        if not isinstance(key_node, yaml.ScalarNode):
            doc.problems.append(f"{doc.path}:{_mark(key_node)[0]}:{_mark(key_node)[1]}: "
                                "mapping keys must be plain text")
            continue
        key = str(key_node.value)
        if key in out:
            line, col = _mark(key_node)
            doc.problems.append(f"{doc.path}:{line}:{col}: duplicate key {key!r}")
            continue
        doc.key_marks[(*loc, key)] = _mark(key_node)
        out[key] = _convert(value_node, (*loc, key), doc)
    for key, value in merged.items():
        out.setdefault(key, value)
    return out
