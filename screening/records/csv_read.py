"""CSV records in bounded memory: blocks of bytes cut at record boundaries, each parsed fast or exactly.

The file is read in blocks (32 MiB by default). Each block is cut after the last newline that has
an even number of quotes before it, so a quoted field with embedded newlines is never split; the
rest is carried into the next block. A piece goes to the vectorised fast path
(:mod:`csv_fast`) and, only when that refuses it, to the exact csv-module path (:mod:`csv_slow`).

Runaway quotes: when no record boundary is found in a buffer larger than ``max_record_bytes`` the
exact path decides (it treats a ``"`` inside an unquoted field as text, where the parity cut
cannot); a quote that opens a field and is never closed within that many bytes becomes an error
row for its line, and reading resumes on the next line.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import polars as pl

from screening.records.csv_fast import CsvLayout, parse_fast
from screening.records.csv_slow import parse_slow
from screening.records.detect import CsvDialect
from screening.records.raw import raw_frame

BLOCK_BYTES = 32 << 20
MAX_RECORD_BYTES = 8 << 20


def csv_raw_blocks(
    path: Path,
    dialect: CsvDialect,
    encoding: str,
    *,
    clean: bool = False,
    block_bytes: int = BLOCK_BYTES,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[pl.DataFrame]:
    """Raw frames (see :mod:`raw`) of the data records of the CSV file at ``path``, in order."""
    layout = CsvLayout(dialect.delimiter, dialect.header, encoding, clean)
    line = dialect.data_line
    carry = b""
    final = False
    with path.open("rb") as fh:
        fh.seek(dialect.data_offset)
        while True:
            if not final:
                chunk = fh.read(block_bytes)
                final = not chunk
                buf = carry + chunk if carry else chunk
            else:
                buf = carry
            if not buf:
                return
            cut = len(buf) if final else record_cut(buf)
            if cut == 0 and len(buf) <= max_record_bytes:
                carry = buf  # one record longer than the block so far: read on
                continue
            piece = buf[:cut] if cut else buf
            fast = parse_fast(piece, layout, line, final=final) if cut else None
            if fast is not None:
                frame, used = fast
            else:
                frame, used = parse_slow(piece, layout, line, final=final)
                if used == 0 and len(buf) > max_record_bytes:
                    frame, used = _unclosed_quote(buf, layout, line, max_record_bytes)
            carry = buf[used:]
            line += buf.count(b"\n", 0, used)
            if frame.height:
                yield frame


def record_cut(buf: bytes) -> int:
    """Offset just after the last newline with an even number of quotes before it (0: none)."""
    last = buf.rfind(b"\n")
    if last < 0:
        return 0
    total = buf.count(b'"')
    if total == 0 or (total - buf.count(b'"', last)) % 2 == 0:
        return last + 1
    arr = np.frombuffer(buf, dtype=np.uint8)
    newlines = np.flatnonzero(arr == ord("\n"))
    quotes = np.flatnonzero(arr == ord('"'))
    even = newlines[(np.searchsorted(quotes, newlines) & 1) == 0]
    return int(even[-1]) + 1 if even.size else 0


def _unclosed_quote(
    buf: bytes, layout: CsvLayout, line: int, limit: int
) -> tuple[pl.DataFrame, int]:
    """An error row for the first line of ``buf``, whose quote runs past the record size limit."""
    end = buf.find(b"\n") + 1 or len(buf)
    message = (
        f"line {line}: a quoted field opens on this line and is not closed within "
        f"{limit:,} bytes; check the quotes on this line"
    )
    return raw_frame(layout.columns, [None], [line], [message]), end
