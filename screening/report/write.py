"""Write result frames by extension (.parquet .csv .jsonl .xlsx), atomically.

``write_frame`` writes one frame; :class:`ChunkWriter` (:mod:`chunks`) appends the batches of a
chunked pipeline to one file in order. Either way the target is replaced only when everything is
written (temp file in the same directory, fsync, ``os.replace``); on any failure it is left as it
was and temps are removed. CSV/XLSX cells are flattened and formula-neutralised (:mod:`cells`).
XLSX is limited to 1,048,576 rows (header included): beyond, ConfigError suggests Parquet or CSV.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from screening.report import formats
from screening.report.atomic import atomic_output, check_directory
from screening.report.chunks import ChunkWriter
from screening.report.formats import FORMATS, output_format

__all__ = ["FORMATS", "ChunkWriter", "output_format", "write_frame"]


def write_frame(frame: pl.DataFrame, path: Path) -> None:
    """Write ``frame`` to ``path`` in the format its extension names, atomically."""
    path = Path(path)
    fmt = output_format(path)
    if fmt == "xlsx":
        formats.check_xlsx_size(frame.height, frame.width, path)
    check_directory(path)
    with atomic_output(path) as fh:
        formats.write_to(frame, fh, fmt, header=True)
