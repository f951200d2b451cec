"""Generate a data set: shipments (CSV or Parquet) plus ground truth and a manifest.

Rows are made in fixed-size chunks, chunk ``k`` from the RNG ``[seed, k]``, and streamed to disk,
so memory stays bounded at any size and the bytes depend only on the settings. Output files::

    shipments.csv | shipments.parquet   the SHIPMENT columns, in schema order
    truth_parties.parquet               planted listed parties (plant_parties.TRUTH_PARTIES)
    truth_goods.parquet                 planted goods/route cases (plant_goods.TRUTH_GOODS)
    truth_corrupt.parquet               corrupted CSV lines (corrupt.TRUTH_CORRUPT)
    manifest.json                       settings, counts, list files and their sha256

Everything is written under temporary names and renamed when complete.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl
from polars.io.plugins import register_io_source

from benchmarks.tradegen.config import GenConfig
from benchmarks.tradegen.context import Context, build_context, for_config
from benchmarks.tradegen.corrupt import TRUTH_CORRUPT, corrupt_lines
from benchmarks.tradegen.plant_goods import TRUTH_GOODS, plant_goods
from benchmarks.tradegen.plant_parties import TRUTH_PARTIES, plant_parties
from benchmarks.tradegen.records import background
from screening.schema import SHIPMENT, conform


@dataclass(frozen=True)
class Chunk:
    frame: pl.DataFrame
    parties: pl.DataFrame
    goods: pl.DataFrame
    corrupt_rows: np.ndarray  # 0-based within the chunk


@dataclass(frozen=True)
class Summary:
    """What a run wrote; ``manifest.json`` holds the same counts."""

    rows: int
    planted_parties: int
    planted_goods: int
    corrupted: int
    files: tuple[Path, ...]


def make_chunk(ctx: Context, k: int) -> Chunk:
    """Chunk ``k``: background rows, then planted parties and goods on disjoint rows."""
    cfg = ctx.cfg
    start = k * cfg.chunk_rows
    n = min(cfg.chunk_rows, cfg.rows - start)
    rng = np.random.default_rng([cfg.seed, k])
    n_party, n_goods, n_bad = (round(n * pct / 100) for pct in
                               (cfg.plant_pct, cfg.goods_pct, cfg.corrupt_pct))
    order = rng.permutation(n)
    party_rows = np.sort(order[:n_party])
    goods_rows = np.sort(order[n_party:n_party + n_goods])
    bad_rows = np.sort(order[n_party + n_goods:n_party + n_goods + n_bad])
    force = np.zeros(n, dtype=bool)
    force[party_rows] = True
    frame, _items = background(ctx, rng, start, n, force)
    frame, parties = plant_parties(ctx, rng, frame, party_rows, start)
    frame, goods = plant_goods(ctx, rng, frame, goods_rows, start)
    return Chunk(conform(frame, SHIPMENT, what="generated shipments"), parties, goods, bad_rows)


def generate(cfg: GenConfig, *, targets: pl.DataFrame | None = None,
             context: Context | None = None,
             progress: Callable[[int, int], None] | None = None) -> Summary:
    """Write the data set for ``cfg`` into ``cfg.out`` (see the module docstring).

    ``targets`` skips reading the lists; ``context`` (from :func:`build_context` with the same
    pool settings) skips building the pools too, e.g. for several seeds in one process.
    """
    ctx = for_config(context, cfg) if context is not None else build_context(cfg, targets)
    cfg.out.mkdir(parents=True, exist_ok=True)
    n_chunks = -(-cfg.rows // cfg.chunk_rows)
    truths: dict[str, list[pl.DataFrame]] = {"parties": [], "goods": [], "corrupt": []}

    def chunks() -> Iterator[Chunk]:
        for k in range(n_chunks):
            chunk = make_chunk(ctx, k)
            truths["parties"].append(chunk.parties)
            truths["goods"].append(chunk.goods)
            if progress:
                progress(k + 1, n_chunks)
            yield chunk

    data = cfg.out / f"shipments.{cfg.fmt}"
    tmp = data.with_name(data.name + ".tmp")
    if cfg.fmt == "csv":
        _write_csv(ctx, chunks(), tmp, truths["corrupt"])
    else:
        _write_parquet(chunks(), tmp)
    tmp.replace(data)
    files = [data]
    for name, schema in (("parties", TRUTH_PARTIES), ("goods", TRUTH_GOODS),
                         ("corrupt", TRUTH_CORRUPT)):
        frame = pl.concat(truths[name]) if truths[name] else pl.DataFrame(schema=schema)
        files.append(_write_frame(frame, cfg.out / f"truth_{name}.parquet"))
    counts = {k: sum(f.height for f in v) for k, v in truths.items()}
    manifest = {"settings": cfg.manifest(), "counts": {"rows": cfg.rows, **counts},
                "lists": _list_files(cfg), "files": [f.name for f in files]}
    path = cfg.out / "manifest.json"
    path.with_suffix(".tmp").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    path.with_suffix(".tmp").replace(path)
    return Summary(cfg.rows, counts["parties"], counts["goods"], counts["corrupt"],
                   (*files, path))


def _write_csv(ctx: Context, chunks: Iterator[Chunk], path: Path,
               corrupt: list[pl.DataFrame]) -> None:
    with path.open("wb") as fh:
        fh.write((",".join(SHIPMENT) + "\n").encode())
        for k, chunk in enumerate(chunks):
            body = chunk.frame.write_csv(include_header=False).encode()
            if chunk.corrupt_rows.size:
                rng = np.random.default_rng([ctx.cfg.seed, k, 99])
                body, truth = corrupt_lines(body, chunk.corrupt_rows, list(SHIPMENT), rng,
                                            k * ctx.cfg.chunk_rows)
                corrupt.append(truth)
            fh.write(body)


def _write_parquet(chunks: Iterator[Chunk], path: Path) -> None:
    def source(with_columns: list[str] | None, _predicate: object, _n_rows: int | None,
               _batch_size: int | None) -> Iterator[pl.DataFrame]:
        for chunk in chunks:
            yield chunk.frame if with_columns is None else chunk.frame.select(with_columns)

    lazy = register_io_source(source, schema=pl.Schema(SHIPMENT))
    lazy.sink_parquet(path, maintain_order=True)


def _write_frame(frame: pl.DataFrame, path: Path) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    frame.write_parquet(tmp)
    tmp.replace(path)
    return path


def _list_files(cfg: GenConfig) -> list[dict[str, str]]:
    out = []
    for raw in cfg.lists:
        path = Path(raw) if Path(raw).is_absolute() else cfg.lists_dir / raw
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        digest = hashlib.sha256()
        for f in files:
            digest.update(f.read_bytes())
        out.append({"list": str(raw), "sha256": digest.hexdigest()})
    return out
