"""Python's csv reader over a run of text lines: the exact record semantics both CSV paths share.

Semantics are the csv module's lenient ones: a ``"`` that does not open a field is literal
(``2" pipe``), ``"ab"c`` reads as ``abc``. Record boundaries come from the reader itself; a
sentinel line fed after the lines shows whether the last record ended inside an open quote:

* not ``final``: that record is left unread (``carry_from``), the block reader carries it over;
* ``final`` (end of file): it is an error row at the line where the quote opened, and reading
  resumes on the next line, so one stray quote costs one row, not the rest of the file.

**Stray quotes.** A quote opened by mistake (``"ACME, Ltd`` with no closing quote) runs on into
the next lines until some later line's odd quote closes it, swallowing the records between.
A genuine multi-line field leaves a record of the right field count; so a *multi-line record with
the wrong field count* is read as a stray quote (:func:`split_stray`): its first line is an error
row and its other lines are read again as records of their own, so swallowed records are screened
and every broken line is named. In a file of :data:`WIDE` columns or more, so is a record of the
right count that looks like it swallowed records, when a complete record comes out of its lines.
Ambiguous by nature: a broken row with a real multi-line field is split too, one row per line.
A ``csv.Error`` (field over the csv module's size limit) likewise costs the one record.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field

from screening.records.raw import field_text

_SENTINEL = "\ue000screening-end-of-piece\ue000"
CR = "\ue001"  # stands in for a bare carriage return while the csv module reads


@dataclass
class Exact:
    """Records read from a run of lines: 0-based (first, last) line, fields (None: broken), error."""

    spans: list[tuple[int, int]] = field(default_factory=list)
    rows: list[list[str] | None] = field(default_factory=list)
    errors: list[str | None] = field(default_factory=list)
    carry_from: int = -1  # first line of an unfinished record left for the next block (-1: none)

    def add(self, span: tuple[int, int], row: list[str] | None, error: str | None) -> None:
        self.spans.append(span)
        self.rows.append(row)
        self.errors.append(error)

    def extend(self, other: Exact, offset: int) -> None:
        """Append ``other``'s records, whose line indices start at ``offset`` here."""
        self.spans += [(a + offset, b + offset) for a, b in other.spans]
        self.rows += other.rows
        self.errors += other.errors


class _Feed(Iterator[str]):
    """Lines from ``start`` to ``stop``, then the sentinel line; ``index``: the line last handed out."""

    def __init__(self, lines: list[str], start: int, stop: int) -> None:
        self.lines, self.stop = lines, stop
        self.index = start - 1

    def __next__(self) -> str:
        self.index += 1
        if self.index < self.stop:
            return self.lines[self.index]
        if self.index == self.stop:
            return _SENTINEL + "\n"
        raise StopIteration


WIDE = 6
"""From this many columns, a multi-line record whose field count comes out right may still be a
stray quote that swallowed records, and is checked (:func:`split_stray`) when a quoted field runs
*over* a whole line (neither the one it opens on nor the one it closes on) holding a record's worth
of delimiters, or when its last line has an even number of quotes (so no quote closes on it, as
one does in RFC 4180 quoting: the csv module's lenient reading ended the record there). An inner
line of a genuine multi-line cell (an address) does not hold five delimiters."""


def csv_lines(text: str) -> tuple[list[str], bool]:
    """``text`` as lines for the csv module (each ending in a newline); True if it has a bare CR.

    The csv module rejects a bare CR inside a field while polars keeps it: it is swapped for
    :data:`CR` here and back in :func:`read_exact`.
    """
    lone_cr = "\r" in text.replace("\r\n", "")
    if lone_cr:
        text = text.replace("\r\n", "\n").replace("\r", CR).replace("\n", "\r\n")
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1] + "\n"] if parts[-1] else []), lone_cr


def read_exact(
    lines: list[str], delim: str, ncols: int, first_line: int, *, final: bool, lone_cr: bool = False
) -> Exact:
    """The records of ``lines`` (see :func:`csv_lines`); ``first_line``: line number of lines[0]."""
    reader = _Reader(lines, delim, ncols, first_line, lone_cr)
    reader.read(0, len(lines), final)
    return reader.out


@dataclass
class _Reader:
    lines: list[str]
    delim: str
    ncols: int
    first_line: int
    lone_cr: bool
    out: Exact = field(default_factory=Exact)

    def read(self, pos: int, stop: int, final: bool) -> None:
        """Read lines ``pos`` up to ``stop``; a record still open at ``stop``: see the module."""
        while pos < stop:
            feed = _Feed(self.lines, pos, stop)
            reader = csv.reader(feed, delimiter=self.delim, quotechar='"', strict=False)
            start, pos = pos, stop
            try:
                for row in reader:
                    end = feed.index
                    if end < stop:
                        self._take(start, end, row)
                        start = end + 1
                        continue
                    if row != [_SENTINEL]:  # the last record took the sentinel: still open
                        if not final:
                            self.out.carry_from = start
                        else:
                            message = "a quoted field opens on this line and is never closed"
                            self._error(start, message)
                            pos = start + 1
                    break
            except csv.Error as exc:
                self._error(start, str(exc))
                pos = start + 1

    def _take(self, start: int, end: int, row: list[str]) -> None:
        if not row or (start == end and not self.lines[start].strip(" \r\n" + CR)):
            return  # a blank line is no record
        good = len(row) == self.ncols
        if start < end and (not good or self._suspect(start, end)):
            span = self.lines[start : end + 1]
            line = self.first_line + start
            stray = split_stray(span, self.delim, self.ncols, line, len(row), self.lone_cr)
            if stray is not None:
                self.out.extend(stray, start)
                return
        if good:
            values = [v.replace(CR, "\r") for v in row] if self.lone_cr else row
            self.out.add((start, end), values, None)
        else:
            self._error(start, f"{field_text(len(row))}, expected {self.ncols}")

    def _suspect(self, start: int, end: int) -> bool:
        """A multi-line record of the right field count that may hold swallowed records (see
        :data:`WIDE`)."""
        if self.ncols < WIDE:
            return False
        if self.lines[end].count('"') % 2 == 0:
            return True
        need = self.ncols - 1
        return any(self.lines[i].count(self.delim) >= need for i in range(start + 1, end))

    def _error(self, line: int, problem: str) -> None:
        self.out.add((line, line), None, f"line {self.first_line + line}: {problem}")


def split_stray(
    lines: list[str], delim: str, ncols: int, first_line: int, fields: int, lone_cr: bool = False
) -> Exact | None:
    """A multi-line record of ``fields`` fields read as a stray quote, or None to keep it whole.

    ``lines`` are the record's lines, ``first_line`` the number of the first. Its first line is
    an error row and the others are read again, ending at the record's last line. A record of
    the right field count is kept whole (None) unless a complete record comes out of its lines.
    """
    rest = read_exact(lines[1:], delim, ncols, first_line + 1, final=True, lone_cr=lone_cr)
    if fields == ncols and all(row is None for row in rest.rows):
        return None
    count = "" if fields == ncols else f"{field_text(fields)}, expected {ncols} "
    out = Exact()
    out.add((0, 0), None, (
        f"line {first_line}: {count}(a quote opened on this line runs to line "
        f"{first_line + len(lines) - 1}: read as a stray quote, the lines after it as records of "
        "their own)"
    ))  # fmt: skip
    out.extend(rest, 1)
    return out
