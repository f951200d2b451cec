"""Streaming XML list files record by record, with parser errors turned into file:line messages.

List XML files are flat sequences of records (``INDIVIDUAL``, ``sanctionEntity`` ...). Reading
them with ``iterparse`` and dropping each record once handled keeps memory flat however large the
file is. Tags are compared by local name, so a namespace URI change by the publisher (the EU has
more than one in circulation) does not break the reader; the root is checked by local name too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from screening.errors import ListDataError
from screening.lists.base import decode_utf8, read_head

_ENCODING_DECL = re.compile(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']")
_PREMATURE_END = (3, 5)  # expat: XML_ERROR_NO_ELEMENTS ("no element found"), UNCLOSED_TOKEN


def local(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rpartition("}")[2]


def text_of(element: ET.Element | None) -> str:
    """Stripped text of an element ('' for a missing or empty one), inner whitespace collapsed."""
    if element is None or element.text is None:
        return ""
    return " ".join(element.text.split())


class XmlRecords:
    """Iterate the elements named ``tags`` of an XML file whose root is ``root``.

    ``root_attrib`` holds the root's attributes once iteration has started (list dates live
    there). Each yielded element is complete; it is detached after the consumer's step, so do not
    keep references to it.
    """

    def __init__(self, path: Path, *, root: str, tags: frozenset[str]) -> None:
        self.path = path
        self.root = root
        self.tags = tags
        self.root_attrib: dict[str, str] = {}

    def __iter__(self) -> Iterator[ET.Element]:
        read_head(self.path)  # an empty file or a saved HTML error page gets its own message
        stack: list[ET.Element] = []
        try:
            for event, element in ET.iterparse(self.path, events=("start", "end")):
                if event == "start":
                    if not stack:
                        self._check_root(element)
                    stack.append(element)
                    continue
                stack.pop()
                if local(element.tag) in self.tags:
                    yield element
                    if stack:
                        stack[-1].remove(element)
        except ET.ParseError as exc:
            raise self._parse_error(exc) from exc

    def _check_root(self, element: ET.Element) -> None:
        if local(element.tag) != self.root:
            raise ListDataError(
                self.path,
                f"root element is <{local(element.tag)}>; expected <{self.root}>",
                where="1",
            )
        self.root_attrib = dict(element.attrib)

    def _parse_error(self, exc: ET.ParseError) -> ListDataError:
        """The clearest message for a parser error: bad UTF-8, truncation, or malformed XML."""
        line, column = exc.position
        data = self.path.read_bytes()
        declared = _ENCODING_DECL.search(data[:200])
        if declared is None or declared.group(1).lower() in (b"utf-8", b"utf8", b"utf_8"):
            decode_utf8(self.path, data)  # raises with the line of the first bad byte
        if exc.code in _PREMATURE_END:
            return ListDataError(
                self.path,
                "the XML ends before its last element is closed: the download is truncated; "
                "download the list again",
                where=str(line),
            )
        reason = str(exc).split(":")[0]
        return ListDataError(
            self.path, f"malformed XML ({reason}, column {column + 1})", where=str(line)
        )
