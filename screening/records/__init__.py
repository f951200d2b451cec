"""Record inputs: CSV / Parquet / JSON lines / XLSX -> canonical SHIPMENT or COUNTERPARTY frames.

Every input row comes out, in order, with ``row_nr`` and ``parse_error``; see :mod:`read` for the
frame and :mod:`mapping` for column mapping and schema detection.
"""

from __future__ import annotations

from screening.records.columns import ResolvedColumns, detect_schema, resolve_columns
from screening.records.mapping import ColumnMapping, load_mapping, parse_mapping_pairs
from screening.records.read import (
    DEFAULT_BATCH,
    RecordSource,
    SourceInfo,
    iter_record_batches,
    open_records,
    read_records,
)

__all__ = [
    "DEFAULT_BATCH",
    "ColumnMapping",
    "RecordSource",
    "ResolvedColumns",
    "SourceInfo",
    "detect_schema",
    "iter_record_batches",
    "load_mapping",
    "open_records",
    "parse_mapping_pairs",
    "read_records",
    "resolve_columns",
]
