"""Outputs: result frames written atomically by extension, and the run summary.

CSV/XLSX cells are flattened and formula-neutralised (:mod:`cells`); Parquet/JSONL keep types.
"""

from __future__ import annotations

from screening.report.chunks import ChunkWriter
from screening.report.formats import FORMATS, output_format
from screening.report.summary import RunSummary
from screening.report.write import write_frame

__all__ = ["FORMATS", "ChunkWriter", "RunSummary", "output_format", "write_frame"]
