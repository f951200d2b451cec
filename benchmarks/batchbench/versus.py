"""Our matcher against the brute-force baseline (benchmarks/baseline.py) on the same names.

The baseline scores every sampled query against every list name (primary + aliases of every
entry, its own simple normalisation) with ``token_sort_ratio`` and keeps pairs >= the threshold;
a (query, list name) pair becomes (query, entry) for every entry carrying that name. Our matcher
(``match_names`` on the combined index, names only: no country or entity type, as the baseline
has none) gives (query, entry) pairs at its own threshold.

* kept: share of the baseline's (query, entry) pairs that ours also reports;
* converse: our pairs the baseline does not have (names token_sort_ratio scores below the cut);
* speed: both timed on the same sample in the same process; the baseline's time per name is
  extrapolated to all distinct names of the input and set against the time our party-matching
  stage took for the whole batch run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import polars as pl
from rapidfuzz import fuzz

from benchmarks.baseline import brute_force_matches, simple_normalize
from benchmarks.batchbench.diagnose import where_lost
from screening.index.build import NameIndex
from screening.match.matcher import match_names


@dataclass(frozen=True)
class Versus:
    queries: list[str]
    baseline: pl.DataFrame  # query_id, entry_id, listed_name, base_score (best name per entry)
    ours: pl.DataFrame  # query_id, entry_id, matched_name, score
    baseline_seconds: float
    ours_seconds: float
    list_names: int  # distinct list names given to the baseline

    @property
    def kept(self) -> pl.DataFrame:
        return self.baseline.join(self.ours, on=["query_id", "entry_id"], how="semi")

    @property
    def missed(self) -> pl.DataFrame:
        return self.baseline.join(self.ours, on=["query_id", "entry_id"], how="anti")

    @property
    def extra(self) -> pl.DataFrame:
        return self.ours.join(self.baseline, on=["query_id", "entry_id"], how="anti")

    @property
    def kept_share(self) -> float:
        return self.kept.height / self.baseline.height if self.baseline.height else float("nan")


def run_versus(queries: list[str], index: NameIndex, threshold: float = 80) -> Versus:
    """Both matchers on ``queries``; see the module docstring."""
    name_entries = index.name_entries.select("listed_name", "entry_id").unique()
    list_names = name_entries["listed_name"].unique().sort().to_list()
    start = time.perf_counter()
    pairs = brute_force_matches(queries, list_names, threshold=threshold)
    baseline_seconds = time.perf_counter() - start
    named = pl.DataFrame({"listed_name": list_names}).with_row_index("list_idx")
    base = (pairs.join(named, on="list_idx").join(name_entries, on="listed_name")
            .sort("score", descending=True)
            .unique(["query_idx", "entry_id"], keep="first")
            .select(pl.col("query_idx").alias("query_id"), "entry_id", "listed_name",
                    base_score="score").sort("query_id", "entry_id"))
    start = time.perf_counter()
    ours = match_names(queries, index)
    ours_seconds = time.perf_counter() - start
    ours = ours.select("query_id", "entry_id", "matched_name", "score")
    return Versus(queries, base, ours, baseline_seconds, ours_seconds, len(list_names))


def missed_scored(v: Versus, index: NameIndex) -> pl.DataFrame:
    """The baseline (query, entry) pairs we do not report, with where our batch path lost them
    (:func:`diagnose.where_lost`: ``stage``, ``name_score``, ``name_why``), highest baseline
    score first."""
    miss = v.missed.sort(["base_score", "query_id", "entry_id"], descending=[True, False, False])
    miss = miss.with_columns(
        name=pl.Series([v.queries[i] for i in miss["query_id"].to_list()], dtype=pl.Utf8))
    return where_lost(miss, index).rename({"name": "query"})


def extra_examples(v: Versus, top: int = 8) -> pl.DataFrame:
    """Our pairs the baseline lacks, with token_sort_ratio of the pair (highest ours first)."""
    extra = v.extra.sort("score", descending=True).head(top)
    q = [v.queries[i] for i in extra["query_id"].to_list()]
    tsr = [round(fuzz.token_sort_ratio(simple_normalize(a), simple_normalize(b)))
           for a, b in zip(q, extra["matched_name"].to_list(), strict=True)]
    return extra.with_columns(query=pl.Series(q, dtype=pl.Utf8),
                              token_sort=pl.Series(tsr, dtype=pl.Int64)).select(
        "query", "matched_name", "score", "token_sort")


def planted_found(v: Versus, truth: pl.DataFrame) -> tuple[float, float, int]:
    """(baseline, ours) share of planted names whose planted entry each reports; queries are
    ``truth["written_name"]`` distinct, in the order given to :func:`run_versus`."""
    pos = pl.DataFrame({"written_name": v.queries}).with_row_index("query_id")
    want = truth.select("written_name", "entry_id").unique().join(pos, on="written_name")
    base = want.join(v.baseline, on=["query_id", "entry_id"], how="semi").height
    ours = want.join(v.ours, on=["query_id", "entry_id"], how="semi").height
    n = want.height
    return (base / n, ours / n, n) if n else (float("nan"), float("nan"), 0)
