"""Planted parties and goods against the run's outputs.

A planted party (row, role, entry) is *found* when the hits output has a list hit on that row and
role with that entry id (the generator reads the lists with the same loaders, so its entry ids are
the store's). Also reported, looser: the role was flagged with any entry; the row's decision is
not ``clear``. Precision is per party cell (row, role): flagged cells nobody planted are false
positives or real-name collisions of the synthetic background with list names; their names are
listed so a human can judge. Goods: planted goods/route rows with a rule hit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from benchmarks.batchbench.diagnose import where_lost
from screening.index.build import NameIndex
from screening.match.features import DEFAULT_CONFIG, MatchConfig

SEVERE = ("review", "block")


def _scan(path: Path) -> pl.LazyFrame:
    if path.suffix == ".parquet":
        return pl.scan_parquet(path)
    return pl.scan_csv(path, infer_schema=False)


def read_decisions(path: Path) -> pl.DataFrame:
    """``pos`` (0-based output row), ``record_id``, ``decision`` of the decisions output."""
    return _scan(path).select("record_id", "decision").with_row_index("pos").collect()


def reasons_at(path: Path, positions: pl.Series) -> pl.DataFrame:
    """``pos``, ``reasons`` of the output rows at ``positions`` (reasons are long: read few)."""
    return (_scan(path).select("reasons").with_row_index("pos")
            .filter(pl.col("pos").is_in(positions.cast(pl.UInt32).implode())).collect())


HIT_TEXT = r" as '(.*)' \([0-9.]+\): (.*)$"
"""A list hit's explanation: "<role> '<name>' ~ <list> '<entry name>' as '<matched name>'
(<score>): <why>" (screening/screen/matching.py); the matched (alias) name and the why."""


def list_hits(hits: Path) -> pl.DataFrame:
    """row_nr, role, entry_id, score, severity, matched (the list name that matched), why."""
    return (pl.scan_parquet(hits).filter(pl.col("kind") == "list")
            .select("row_nr", "record_id", role="subject", entry_id="ref", score="score",
                    severity="severity",
                    matched=pl.col("explanation").str.extract(HIT_TEXT, 1),
                    why=pl.col("explanation").str.extract(HIT_TEXT, 2)).collect())


def rule_hits(hits: Path) -> pl.DataFrame:
    """Per record with a rule hit: the rule ids and the highest severity."""
    rank = pl.col("severity").replace_strict({"info": 0, "review": 1, "block": 2}, default=0,
                                             return_dtype=pl.Int8)
    return (pl.scan_parquet(hits).filter(pl.col("kind") == "rule")
            .group_by("record_id").agg(top=rank.max(), rules=pl.col("ref").unique().sort())
            .collect())


def share(flags: pl.Series) -> float:
    """Share of true values (nan for an empty series)."""
    return int(flags.sum()) / flags.len() if flags.len() else float("nan")


def _rate(frame: pl.DataFrame, by: str) -> pl.DataFrame:
    return (frame.group_by(by).agg(n=pl.len(), found=pl.col("found").sum(),
                                   role_flagged=pl.col("role_flagged").sum(),
                                   not_clear=pl.col("not_clear").sum())
            .with_columns(recall=pl.col("found") / pl.col("n"))
            .sort("recall", by))


@dataclass(frozen=True)
class PartyAccuracy:
    truth: pl.DataFrame  # truth with found / role_flagged / not_clear / best hit columns
    flagged_cells: int
    flagged_planted: int
    fp_cells: pl.DataFrame  # row_nr, role, entry_id, score of the best hit on unplanted cells
    extra_entries: int  # other entries hit on planted cells (same person on several lists)

    @property
    def recall(self) -> float:
        return share(self.truth["found"])

    def by(self, column: str) -> pl.DataFrame:
        return _rate(self.truth, column)


K = ["record_id", "role"]
"""Truth and outputs are joined on the record id (unique per generated row), never on row
numbers: a reader that loses a line shifts every row number after it."""


def party_accuracy(truth: pl.DataFrame, hits: pl.DataFrame, decisions: pl.DataFrame,
                   index: NameIndex, config: MatchConfig = DEFAULT_CONFIG) -> PartyAccuracy:
    """``hits`` from :func:`list_hits`. Each missed party also gets ``stage``, ``name_score``
    and ``name_why`` from :func:`diagnose.where_lost` (where in the matcher it was lost)."""
    exact = hits.select(*K, "entry_id").unique().with_columns(found=pl.lit(True))
    best = (hits.sort("score", descending=True).unique(K, keep="first")
            .select(*K, "row_nr", hit_entry="entry_id", hit_name="matched",
                    hit_score="score", why="why"))
    dec = decisions.select("record_id", "decision").drop_nulls("record_id").unique(
        "record_id", keep="first")
    out = (truth.join(exact, on=[*K, "entry_id"], how="left")
           .join(best.drop("row_nr"), on=K, how="left")
           .join(dec, on="record_id", how="left")
           .with_columns(found=pl.col("found").fill_null(False),
                         role_flagged=pl.col("hit_entry").is_not_null(),
                         not_clear=pl.col("decision").is_in(SEVERE)))
    miss = out.filter(~pl.col("found")).select(*K, "entry_id", name="written_name")
    lost = where_lost(miss, index, config).select(*K, "stage", "name_score", "name_why")
    out = out.join(lost, on=K, how="left").with_columns(
        stage=pl.when(pl.col("found")).then(None)
        .when(pl.col("decision").is_null()).then(pl.lit("record lost by the reader"))
        .when(pl.col("decision") == "error").then(pl.lit("record read as error"))
        .otherwise(pl.col("stage")))
    cells = hits.select(K).unique()
    planted = truth.select(K).unique()
    flagged_planted = cells.join(planted, on=K, how="semi").height
    fp = best.join(planted, on=K, how="anti").rename(
        {"hit_entry": "entry_id", "hit_score": "score"})
    on_planted = hits.join(planted, on=K, how="semi")
    extra = on_planted.join(truth.select(*K, "entry_id"), on=[*K, "entry_id"],
                            how="anti").height
    return PartyAccuracy(out, cells.height, flagged_planted, fp, extra)


def top_false_positives(fp: pl.DataFrame, names: pl.DataFrame, top: int = 15) -> pl.DataFrame:
    """Most frequent (written name, best list name) among flagged unplanted cells."""
    joined = fp.join(names, on=["row_nr", "role"], how="left")
    return (joined.group_by("name", "hit_name", "entry_id")
            .agg(cells=pl.len(), score=pl.col("score").max(), country=pl.col("country").first(),
                 why=pl.col("why").first())
            .sort(["cells", "score"], descending=True).head(top))


@dataclass(frozen=True)
class GoodsAccuracy:
    truth: pl.DataFrame  # truth_goods with rule_hit / severe_hit / not_clear
    background_flagged: int  # unplanted rows with a review/block rule hit
    background_rows: int

    def by_kind(self) -> pl.DataFrame:
        return (self.truth.group_by("kind").agg(
            n=pl.len(), rule_hit=pl.col("rule_hit").sum(), severe=pl.col("severe_hit").sum(),
            not_clear=pl.col("not_clear").sum()).sort("kind"))


def goods_accuracy(truth: pl.DataFrame, rules: pl.DataFrame, decisions: pl.DataFrame,
                   planted_party_ids: pl.Series, corrupt_ids: pl.Series) -> GoodsAccuracy:
    """``rules`` from :func:`rule_hits`; joined on record ids (see ``K``)."""
    dec = decisions.select("record_id", "decision").drop_nulls("record_id").unique(
        "record_id", keep="first")
    out = (truth.join(rules, on="record_id", how="left").join(dec, on="record_id", how="left")
           .with_columns(rule_hit=pl.col("top").is_not_null(),
                         severe_hit=pl.col("top").fill_null(0) >= 1,
                         not_clear=pl.col("decision").is_in(SEVERE)))
    skip = pl.concat([truth["record_id"], planted_party_ids, corrupt_ids]).unique()
    background = rules.filter(~pl.col("record_id").is_in(skip.implode()))
    return GoodsAccuracy(out, background.filter(pl.col("top") >= 1).height,
                         decisions.height - skip.len())
