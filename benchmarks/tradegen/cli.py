"""Command line: ``python benchmarks/gen_trade.py --rows N --seed S --out DIR [...]``.

Example: ``uv run python benchmarks/gen_trade.py --rows 1000000 --seed 1 --out /tmp/trade1m
--corrupt-pct 1`` writes shipments.csv, truth_parties/goods/corrupt.parquet and manifest.json.
Hold-out data for a final judgement: another ``--pool-seed`` (other name pools and vocabulary)
and ``--noise-profile heavy``.
"""

from __future__ import annotations

import time
from pathlib import Path

import click

from benchmarks.tradegen.config import GenConfig
from benchmarks.tradegen.generate import generate
from benchmarks.tradegen.noise import PROFILES
from benchmarks.tradegen.targets import DEFAULT_LISTS, DEFAULT_LISTS_DIR


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--rows", type=click.IntRange(min=1), required=True, help="Number of shipment rows.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for the rows.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Output directory (created).")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv",
              show_default=True)
@click.option("--corrupt-pct", type=float, default=0.0, show_default=True,
              help="Percent of CSV rows corrupted (field count, numbers, quotes, bytes).")
@click.option("--plant-pct", type=float, default=0.5, show_default=True,
              help="Percent of rows with a planted listed party.")
@click.option("--goods-pct", type=float, default=0.3, show_default=True,
              help="Percent of rows with planted dual-use goods on a diversion route.")
@click.option("--pool-seed", type=int, default=0, show_default=True,
              help="Seed for name pools and vocabulary subsets (use another for hold-out data).")
@click.option("--pool-scale", type=float, default=1.0, show_default=True,
              help="Name pool sizes relative to the defaults (more distinct names when > 1).")
@click.option("--vocab-keep", type=float, default=0.8, show_default=True,
              help="Share of each vocabulary a pool seed keeps.")
@click.option("--noise-profile", type=click.Choice(sorted(PROFILES)), default="medium",
              show_default=True, help="Mix of perturbations applied to planted names.")
@click.option("--lists", "lists", multiple=True, default=DEFAULT_LISTS, show_default=True,
              help="List files to plant from, relative to --lists-dir (repeat the option).")
@click.option("--lists-dir", type=click.Path(path_type=Path), default=DEFAULT_LISTS_DIR,
              show_default=True)
@click.option("--no-store", is_flag=True, help="Parse list files afresh instead of the cache.")
@click.option("--quiet", is_flag=True, help="No progress output.")
def main(rows: int, seed: int, out: Path, fmt: str, corrupt_pct: float, plant_pct: float,
         goods_pct: float, pool_seed: int, pool_scale: float, vocab_keep: float,
         noise_profile: str, lists: tuple[str, ...], lists_dir: Path, no_store: bool,
         quiet: bool) -> None:
    """Generate synthetic trade records with planted listed parties and dual-use goods.

    \b
    Example (1 M rows, 1 % broken CSV lines):
      uv run python benchmarks/gen_trade.py --rows 1000000 --seed 1 --out /tmp/trade1m --corrupt-pct 1
    Hold-out data (other name pools, harder misspellings):
      ... --pool-seed 17 --noise-profile heavy
    """
    try:
        cfg = GenConfig(rows=rows, seed=seed, out=out, fmt=fmt, corrupt_pct=corrupt_pct,
                        plant_pct=plant_pct, goods_pct=goods_pct, pool_seed=pool_seed,
                        pool_scale=pool_scale, vocab_keep=vocab_keep,
                        noise_profile=noise_profile, lists=tuple(lists), lists_dir=lists_dir,
                        use_store=not no_store)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not quiet:
            elapsed = time.perf_counter() - started
            click.echo(f"\rchunk {done}/{total}  {elapsed:6.1f} s", nl=done == total, err=True)

    summary = generate(cfg, progress=progress)
    elapsed = time.perf_counter() - started
    click.echo(
        f"{summary.rows:,} rows in {elapsed:.1f} s -> {out}\n"
        f"planted parties {summary.planted_parties:,}, goods {summary.planted_goods:,}, "
        f"corrupted lines {summary.corrupted:,}"
    )


if __name__ == "__main__":  # pragma: no cover
    main()
