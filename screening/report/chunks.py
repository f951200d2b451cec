"""ChunkWriter: append the batches of a chunked pipeline to one output file, atomically.

CSV and JSONL batches are appended to a temp file. Parquet batches go to part files in a temp
directory, merged at close by a streaming ``scan_parquet(...).sink_parquet`` (bounded memory, no
pyarrow; ``vertical_relaxed`` so an all-null batch merges with typed ones). XLSX batches are held in
memory (a sheet is at most ~1 M rows) and written at close; the row limit is checked on every
append. The target appears, complete, on ``close()``; an exception in the ``with`` block (or
``abort()``) removes every temp and leaves the target as it was.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import polars as pl

from screening.errors import ScreeningError
from screening.report import formats
from screening.report.atomic import check_directory, commit, discard, temp_path


class ChunkWriter:
    """Append frames to one output file in order (see the module doc); a context manager.

    Every batch must have the first batch's columns, in any order; ``schema`` names them up front
    so that a run without any batch still writes a file with the right header/schema.
    """

    def __init__(self, path: Path, *, schema: Mapping[str, pl.DataType] | None = None) -> None:
        self.path = Path(path)
        self.format = formats.output_format(self.path)
        check_directory(self.path)
        self.rows = 0
        self._schema = dict(schema) if schema is not None else None
        self._columns: list[str] | None = list(schema) if schema is not None else None
        self._temp = temp_path(self.path)
        self._parts_dir: Path | None = None
        self._parts: list[Path] = []
        self._held: list[pl.DataFrame] = []
        self._fh: BinaryIO | None = None
        self._wrote = False
        self._closed = False
        if self.format == "parquet":
            self._parts_dir = Path(
                tempfile.mkdtemp(dir=self.path.parent, prefix=f".{self.path.name}.parts-")
            )
        elif self.format in ("csv", "jsonl"):
            self._fh = self._temp.open("wb")

    def __enter__(self) -> ChunkWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    def write(self, frame: pl.DataFrame) -> None:
        """Append ``frame`` (columns as the first batch, in any order)."""
        if self._closed:
            raise ScreeningError(f"internal: {self.path}: write after close")
        if self._columns is None:
            self._columns = frame.columns
        elif set(frame.columns) != set(self._columns) or len(frame.columns) != len(self._columns):
            self.abort()
            raise ScreeningError(
                f"internal: {self.path}: batch columns {frame.columns} differ from {self._columns}"
            )
        frame = frame.select(self._columns)
        try:
            if self.format == "parquet":
                assert self._parts_dir is not None
                part = self._parts_dir / f"part-{len(self._parts):06d}.parquet"
                frame.write_parquet(part)
                self._parts.append(part)
            elif self.format == "xlsx":
                formats.check_xlsx_size(self.rows + frame.height, frame.width, self.path)
                self._held.append(frame)
            else:
                assert self._fh is not None
                formats.write_to(frame, self._fh, self.format, header=not self._wrote)
        except BaseException:
            self.abort()
            raise
        self.rows += frame.height
        self._wrote = True

    def close(self) -> None:
        """Finish the file and move it into place (idempotent)."""
        if self._closed:
            return
        try:
            if self.format in ("csv", "jsonl"):
                assert self._fh is not None
                if not self._wrote and self.format == "csv" and self._columns is not None:
                    formats.write_to(self._empty(), self._fh, "csv", header=True)
                self._fh.close()
            elif self.format == "parquet":
                if self._parts:
                    scans = [pl.scan_parquet(p) for p in self._parts]
                    pl.concat(scans, how="vertical_relaxed").sink_parquet(self._temp)
                else:
                    self._empty().write_parquet(self._temp)
            else:
                frame = (
                    pl.concat(self._held, how="vertical_relaxed") if self._held else self._empty()
                )
                with self._temp.open("wb") as fh:
                    formats.write_to(frame, fh, "xlsx", header=True)
            commit(self._temp, self.path)
        except BaseException as exc:
            self.abort()
            if isinstance(exc, OSError):
                raise ScreeningError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
            raise
        finally:
            self._cleanup_parts()
        self._closed = True

    def abort(self) -> None:
        """Drop everything written so far; the target stays as it was."""
        if self._closed:
            return
        self._closed = True
        if self._fh is not None and not self._fh.closed:
            self._fh.close()
        discard(self._temp)
        self._cleanup_parts()
        self._held.clear()

    def _empty(self) -> pl.DataFrame:
        if self._schema is not None:
            return pl.DataFrame(schema=self._schema)
        return pl.DataFrame(schema=dict.fromkeys(self._columns or [], pl.Utf8))

    def _cleanup_parts(self) -> None:
        if self._parts_dir is not None:
            shutil.rmtree(self._parts_dir, ignore_errors=True)
            self._parts_dir = None
