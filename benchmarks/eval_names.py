"""Name-matching evaluation: labelled pairs -> precision / recall / F1, by group and quality.

    uv run python benchmarks/eval_names.py [--pairs ../shared/data/eval/name_pairs_dev.csv]
                                           [--variants benchmarks/data/variants.csv]

Reports our matcher at its default threshold, a threshold sweep, and the rapidfuzz baselines
WRatio and token_sort_ratio at *their* best thresholds on the same pairs, in the same run.
Not a test: it prints figures for the README and the closing notes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import polars as pl
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from screening import DEFAULT_CONFIG, compare_many
from screening.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "eval" / "name_pairs_dev.csv"
SCHEMA_TYPES = {"Person": "person", "Company": "organization", "Organization": "organization",
                "LegalEntity": None, "Vessel": "vessel"}


def prf(pred: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall, F1 of boolean predictions."""
    tp = float(np.sum(pred & truth))
    fp = float(np.sum(pred & ~truth))
    fn = float(np.sum(~pred & truth))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_pairs(path: Path) -> pl.DataFrame:
    """Labelled pairs: name1, name2, is_match (bool), schema, group, quality."""
    frame = pl.read_csv(path, infer_schema=False)
    group = "case_group" if "case_group" in frame.columns else "category"
    return frame.select(
        pl.col("name1").fill_null(""), pl.col("name2").fill_null(""),
        is_match=pl.col("is_match").str.to_lowercase() == "true",
        schema=pl.col("schema").fill_null("") if "schema" in frame.columns else pl.lit(""),
        group=pl.col(group).fill_null("-"),
        quality=pl.col("quality").fill_null("-") if "quality" in frame.columns else pl.lit("-"),
    )


def our_scores(pairs: pl.DataFrame) -> tuple[np.ndarray, float]:
    """Our scores, grouped by entity type so person rules apply; returns (scores, pairs/s)."""
    scores = np.zeros(pairs.height)
    start = time.perf_counter()
    indexed = pairs.with_row_index("i")
    for schema, sub in indexed.group_by("schema"):
        etype = SCHEMA_TYPES.get(str(schema[0]))
        res = compare_many(sub["name1"].to_list(), sub["name2"].to_list(), entity_type=etype)
        scores[sub["i"].to_numpy()] = res["score"].to_numpy()
    elapsed = time.perf_counter() - start
    return scores, pairs.height / elapsed


def baseline(pairs: pl.DataFrame, scorer: object) -> np.ndarray:
    """A rapidfuzz scorer over simply folded names, scaled to [0, 1]."""
    a = [fold(x) for x in pairs["name1"].to_list()]
    b = [fold(x) for x in pairs["name2"].to_list()]
    return np.asarray(cpdist(a, b, scorer=scorer, workers=-1), dtype=float) / 100.0  # type: ignore[call-overload]


def best_threshold(scores: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """The threshold (0.50-0.99) with the best F1, and that F1."""
    grid = np.round(np.arange(0.50, 1.0, 0.01), 2)
    f1s = [prf(scores >= t, truth)[2] for t in grid]
    best = int(np.argmax(f1s))
    return float(grid[best]), float(f1s[best])


def report(name: str, pairs: pl.DataFrame) -> None:
    """Print the full evaluation of one labelled set."""
    truth = pairs["is_match"].to_numpy()
    ours, rate = our_scores(pairs)
    t = DEFAULT_CONFIG.threshold
    p, r, f = prf(ours >= t, truth)
    print(f"\n== {name}: {pairs.height} pairs ({int(truth.sum())} matches) ==")
    print(f"ours  @ {t:.2f}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({rate:,.0f} pairs/s incl. setup)")
    for label, scorer in (("WRatio", fuzz.WRatio), ("token_sort_ratio", fuzz.token_sort_ratio)):
        bt, bf = best_threshold(baseline(pairs, scorer), truth)
        bp, br, _ = prf(baseline(pairs, scorer) >= bt, truth)
        print(f"{label:<16} best @ {bt:.2f}: P {bp:.3f}  R {br:.3f}  F1 {bf:.3f}")
    bt, bf = best_threshold(ours, truth)
    print(f"ours  best @ {bt:.2f}: F1 {bf:.3f}")
    print("sweep:", "  ".join(
        f"{x:.2f}:{prf(ours >= x, truth)[2]:.3f}" for x in (0.70, 0.75, 0.78, 0.80, 0.82, 0.85, 0.90)
    ))
    pred = ours >= t
    scored = pairs.with_columns(pred=pl.Series(pred), score=pl.Series(ours))
    for col in ("group", "quality", "schema"):
        print(f"-- by {col}")
        for key, sub in scored.group_by(col, maintain_order=True):
            sp, sr, sf = prf(sub["pred"].to_numpy(), sub["is_match"].to_numpy())
            print(f"   {key[0]!s:<28} n={sub.height:<4} P {sp:.3f} R {sr:.3f} F1 {sf:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=Path, default=DEV)
    parser.add_argument("--variants", type=Path, default=ROOT / "benchmarks" / "data" / "variants.csv")
    parser.add_argument("--errors", action="store_true", help="print misclassified pairs")
    args = parser.parse_args()
    for path in (args.pairs, args.variants):
        if not path.exists():
            print(f"skip {path}: not found", file=sys.stderr)
            continue
        pairs = load_pairs(path)
        report(path.name, pairs)
        if args.errors:
            ours, _ = our_scores(pairs)
            wrong = pairs.with_columns(score=pl.Series(ours)).filter(
                (pl.col("score") >= DEFAULT_CONFIG.threshold) != pl.col("is_match"))
            with pl.Config(tbl_rows=200, fmt_str_lengths=60, tbl_width_chars=220):
                print(wrong.select("group", "schema", "name1", "name2", "is_match", "score"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
