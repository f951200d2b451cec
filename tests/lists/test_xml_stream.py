"""Streaming XML records by local name, with the root checked and records detached."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening.errors import ListDataError
from screening.lists.xml_stream import XmlRecords, local, text_of

DOC = b"""<?xml version="1.0" encoding="UTF-8"?>
<r:export xmlns:r="urn:x" generationDate="2026-01-02">
  <r:item n="1"><r:name>  A   B </r:name></r:item>
  <r:group><r:item n="2"/></r:group>
</r:export>
"""


def test_records_by_local_name_and_root_attributes(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_bytes(DOC)
    records = XmlRecords(path, root="export", tags=frozenset({"item"}))
    seen = [(r.get("n"), text_of(r.find("{urn:x}name"))) for r in records]
    assert seen == [("1", "A B"), ("2", "")]
    assert records.root_attrib == {"generationDate": "2026-01-02"}
    assert local("{urn:x}item") == "item"


def test_other_encoding_declared_is_not_reported_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_bytes(
        b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<export><item>\xe9</x></export>'
    )
    with pytest.raises(ListDataError, match="mismatched tag") as info:
        list(XmlRecords(path, root="export", tags=frozenset({"item"})))
    assert info.value.where == "2"
