"""Printing the benchmark's sections: each function takes measured values and returns lines."""

from __future__ import annotations

import statistics

import polars as pl

from benchmarks.batchbench.accuracy import GoodsAccuracy, PartyAccuracy, share
from benchmarks.batchbench.integrity import Integrity
from benchmarks.batchbench.machine import GIB, MIB, RssSampler
from benchmarks.batchbench.runner import RunResult
from benchmarks.batchbench.versus import Versus, extra_examples


def table(frame: pl.DataFrame) -> str:
    """A frame as an unwrapped markdown table (long strings cut at 48 characters)."""
    with pl.Config(tbl_rows=40, tbl_cols=12, fmt_str_lengths=48, tbl_width_chars=400,
                   tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True,
                   float_precision=3, tbl_formatting="MARKDOWN"):
        return str(frame)


def pct(x: float) -> str:
    return f"{100 * x:.2f} %"


def run_lines(r: RunResult, rows: int, batch_size: int) -> list[str]:
    s = r.summary
    t = s.timings
    screen = t.get("screen", 0.0)
    sub = r.substages
    e2e = r.screener_seconds + r.wall
    lines = [
        f"  screener (cached lists + rules): {r.screener_seconds:.1f} s; lists: "
        + "; ".join(r.lists),
        f"  screen_file wall {r.wall:.1f} s = {s.rows / r.wall:,.0f} rows/s "
        f"(batch size {batch_size:,}); end to end incl. screener {e2e:.1f} s "
        f"= {s.rows / e2e:,.0f} rows/s",
        f"  CPU time of screen_file {r.cpu:.1f} s (all threads; {r.cpu / r.wall:.2f} cores busy on "
        f"average; steadier than wall time on a shared machine: alone on 2 cores the wall time "
        f"would lie between {r.cpu / 2:.0f} and {r.cpu:.0f} s)",
        "  stages (RunSummary, seconds, summed over batches): "
        + ", ".join(f"{k} {v:.1f}" for k, v in t.items()),
        f"  inside screen {screen:.1f} s: party_matches {sub.get('party_matches', 0):.1f} "
        f"[match_names {sub.get('match_names', 0):.1f} = candidates "
        f"{sub.get('candidates', 0):.1f} + score_pairs {sub.get('score_pairs', 0):.1f} + rest "
        f"{sub.get('match_names', 0) - sub.get('candidates', 0) - sub.get('score_pairs', 0):.1f};"
        f" party rows/joins {sub.get('party_matches', 0) - sub.get('match_names', 0):.1f}], "
        f"rule_hits {sub.get('rule_hits', 0):.1f}, decide {sub.get('decide', 0):.1f}, "
        f"rest (list hits, sort, best-match columns) "
        f"{screen - sub.get('party_matches', 0) - sub.get('rule_hits', 0) - sub.get('decide', 0):.1f}",
        f"  peak RSS {r.sampler.peak / GIB:.2f} GiB (psutil RSS of this process + children, "
        f"sampled every {r.sampler.interval:g} s during screen_file; no child processes)",
        "  decisions: " + ", ".join(f"{k} {v:,}" for k, v in s.decisions.items()),
        "  rules (records): " + ", ".join(f"{k} {v:,}" for k, v in
                                          sorted(s.by_rule.items(), key=lambda kv: -kv[1])[:10])
        + (f", +{len(s.by_rule) - 10} more" if len(s.by_rule) > 10 else ""),
        "  lists (records): " + ", ".join(f"{k} {v:,}" for k, v in
                                          sorted(s.by_list.items(), key=lambda kv: -kv[1])),
    ]
    if s.rows != rows:
        lines.append(f"  !! summary counted {s.rows:,} rows, input has {rows:,}")
    return lines


def stream_lines(sampler: RssSampler, rows: int) -> list[str]:
    warm = rows // 10
    lines = ["  RSS over time (s, rows done, MiB):  " + "  ".join(
        f"{t:.0f}s/{done / 1e6:.1f}M/{rss / MIB:,.0f}" for t, rss, done in sampler.timeline(12))]
    stats = sampler.stats(warm)
    if stats:
        lo, med, hi, n = stats
        lines.append(f"  after warm-up (first {warm:,} rows excluded, {n} samples at "
                     f"{sampler.interval:g} s): min {lo / MIB:,.0f} MiB, median {med / MIB:,.0f} "
                     f"MiB, max {hi / MIB:,.0f} MiB (max - median {(hi - med) / MIB:,.0f} MiB)")
        first = [rss for _, rss, done in sampler.samples if warm <= done < rows // 2]
        second = sampler.after(rows // 2)
        if first and second:
            lines.append(f"  median RSS from warm-up to mid-run {statistics.median(first) / MIB:,.0f}"
                         f" MiB, second half {statistics.median(second) / MIB:,.0f} MiB "
                         "(flat memory: the two agree)")
    return lines


def integrity_lines(i: Integrity) -> list[str]:
    swallowed = i.lost.filter(pl.col("after_kind").is_not_null()).height
    lines = [f"  input data lines {i.input_rows:,}, decision rows {i.output_rows:,}: "
             + ("equal" if i.input_rows == i.output_rows else
                f"!! {i.input_rows - i.output_rows:+,} rows missing from the output"),
             f"  input lines with no output row (lost): {i.lost.height:,}, of which "
             f"{swallowed:,} directly follow a corrupted line (swallowed into its record)",
             f"  lines covered twice: {i.duplicated:,}; output rows out of input order: "
             f"{i.out_of_order:,}; output rows naming no input line: {i.unmapped.height:,}",
             f"  corrupted lines {i.corrupt.height:,}: output as error "
             f"{int(i.corrupt['is_error'].sum()):,}",
             f"  error rows for lines that are fine: {i.unexpected_errors.height:,}"]
    if i.corrupt.height:
        lines.append("  by corruption kind (error = came out as error; not_error = came out "
                     "parsed; no_row = no output row names the line; next_line_lost = the "
                     "following valid line vanished):")
        lines.append(table(i.by_kind()))
    if i.lost.height:
        lines.append("  lost lines (first 8):")
        lines.append(table(i.lost.head(8)))
    wrong = i.corrupt.filter(~pl.col("is_error"))
    if wrong.height:
        lines.append("  corrupted lines not output as error (first 8):")
        lines.append(table(wrong.select("line_no", "kind", "field", "record_id", "out_id",
                                        "decision").head(8)))
    if i.unexpected_errors.height:
        lines.append("  valid lines output as error (first 8):")
        lines.append(table(i.unexpected_errors.head(8)))
    return lines


def party_lines(a: PartyAccuracy, party_cells: int, top_fp: pl.DataFrame,
                threshold: float) -> list[str]:
    t = a.truth
    n = t.height
    fp = a.fp_cells.height
    lines = [
        f"  planted (row, role, entry): {n:,}; found with the planted entry id: "
        f"{int(t['found'].sum()):,} = recall {pct(a.recall)}",
        f"  looser: role flagged with any entry {pct(share(t['role_flagged']))}; "
        f"row decided review/block {pct(share(t['not_clear']))}",
        "  recall by perturbation / source / entity type / role:",
        table(a.by("perturbation")), table(a.by("source")), table(a.by("entity_type")),
        table(a.by("role")),
        f"  flagged party cells (row, role with a list hit): {a.flagged_cells:,} of "
        f"{party_cells:,} cells; planted {a.flagged_planted:,}; not planted {fp:,} "
        f"-> precision {pct(a.flagged_planted / a.flagged_cells if a.flagged_cells else 0)}; "
        f"unplanted cells flagged {pct(fp / max(1, party_cells - n))}",
        f"  (further entries hit on planted cells, e.g. the same party on another list: "
        f"{a.extra_entries:,}; unplanted flagged cells with score >= 0.90: "
        f"{a.fp_cells.filter(pl.col('score') >= 0.9).height:,})",
    ]
    miss = t.filter(~pl.col("found"))
    if miss.height:
        stages = miss.group_by("stage").len().sort("len", descending=True)
        lines.append(f"  where the {miss.height:,} missed were lost (batch path replayed per name, "
                     "diagnose.py): " + ", ".join(f"{st} {n:,}" for st, n in stages.iter_rows()))
        lines.append("  missed planted parties (first 25, highest name score first; name_score = "
                     "our best name score for the planted entry; hit_* = best hit on that role):")
        lines.append(table(miss.sort("name_score", descending=True, nulls_last=True).select(
            "stage", "perturbation", "list_name", "written_name", "name_score", "name_why",
            "hit_name", "hit_score").head(25)))
    if top_fp.height:
        lines.append("  most frequent flagged unplanted names (real collisions or false "
                     "positives: judge by eye):")
        lines.append(table(top_fp.select("name", "country", "hit_name", "entry_id", "score",
                                         "cells", "why")))
    return lines


def goods_lines(g: GoodsAccuracy) -> list[str]:
    t = g.truth
    if t.is_empty():
        return ["  no planted goods"]
    return [f"  planted goods/route rows {t.height:,}: any rule hit {pct(share(t['rule_hit']))}"
            f", review/block rule hit {pct(share(t['severe_hit']))}, decision "
            f"review/block {pct(share(t['not_clear']))}",
            table(g.by_kind()),
            f"  background rows (nothing planted) with a review/block rule hit: "
            f"{g.background_flagged:,} of {g.background_rows:,} "
            f"({pct(g.background_flagged / max(1, g.background_rows))}; the background has "
            "ordinary RU/BY/hub trade, so many are legitimate rule hits)"]


def versus_lines(v: Versus, miss: pl.DataFrame, distinct: int, party_seconds: float,
                 label: str, threshold: float) -> list[str]:
    """``miss`` from :func:`versus.missed_scored`."""
    n = len(v.queries)
    per_b, per_o = v.baseline_seconds / n, v.ours_seconds / n
    extrap = per_b * distinct
    lines = [
        f"  [{label}] {n:,} names x {v.list_names:,} distinct list names: baseline "
        f"{v.baseline_seconds:.2f} s ({n * v.list_names / v.baseline_seconds / 1e6:,.0f} M "
        f"pairs/s), ours (match_names, same names) {v.ours_seconds:.2f} s -> x{per_b / per_o:.1f}"
        " per name",
        f"  baseline (query, entry) pairs {v.baseline.height:,}; kept by ours "
        f"{v.kept.height:,} = {pct(v.kept_share)}; ours {v.ours.height:,} pairs, of which "
        f"{v.extra.height:,} the baseline lacks",
    ]
    if distinct:
        lines.insert(1, f"  extrapolated to all {distinct:,} distinct input names: baseline "
                        f"{extrap:,.0f} s vs our party-matching stage in the batch run "
                        f"{party_seconds:.1f} s -> speed ratio x{extrap / party_seconds:.1f}")
    if miss.height:
        before = miss.filter(pl.col("stage") != "scored below threshold")
        lines.append(
            f"  missed baseline (query, entry) pairs {miss.height:,}: our scorer gives >= "
            f"{threshold} but the batch path lost them {before.height:,}; scored below "
            f"{threshold} by our scorer {miss.height - before.height:,} (different distinctive "
            "word, generic-only overlap, typo in a legal form ...)")
        accept = v.kept.height + before.height
        lines.append(f"  -> of the baseline pairs our scorer accepts ({accept:,}), the batch path "
                     f"reports {pct(v.kept.height / max(1, accept))}")
        lines.append("  missed pairs lost before scoring (first 10):")
        lines.append(table(before.select("stage", "query", "listed_name", "base_score",
                                         "name_score", "name_why").head(10)))
        lines.append("  missed pairs our scorer rejects (first 10, highest baseline score):")
        lines.append(table(miss.filter(pl.col("stage") == "scored below threshold").select(
            "query", "listed_name", "base_score", "name_score", "name_why").head(10)))
    if v.extra.height:
        lines.append("  our pairs the baseline lacks (token_sort_ratio of the pair < 80):")
        lines.append(table(extra_examples(v)))
    return lines
