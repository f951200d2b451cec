"""Brute-force name matching: the reference answer batch screening is measured against.

Every unique query name is scored against every unique list name with ``rapidfuzz.process.cdist``
in row blocks (bounded memory: ``block_cells`` uint8 scores at a time, all cores), and the pairs
at or above ``threshold`` are expanded back to the positions of the input lists. No blocking and
no index, so nothing is missed that the scorer would find: recall of a fast matcher is judged
against it. (Cost: about 100 M pairs/s with token_sort_ratio on 2 cores.)

    from benchmarks.baseline import brute_force_matches
    pairs = brute_force_matches(queries, list_names, threshold=85)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
import polars as pl
from rapidfuzz import fuzz, process

Scorer = Callable[..., float]

_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")

MATCHES_SCHEMA = {"query_idx": pl.UInt32, "list_idx": pl.UInt32, "score": pl.UInt8}


def simple_normalize(name: str) -> str:
    """The simple way: casefold, punctuation to spaces, squeeze whitespace."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", name.casefold()).replace("_", " ")).strip()


def simple_normalize_series(names: pl.Series) -> pl.Series:
    """:func:`simple_normalize` for a whole column, vectorised.

    Same result for names of letters, digits, spaces and punctuation; differs only where Python
    and polars disagree on Unicode (casefold of "ß", "¼" counted as a word character).
    """
    return (names.str.to_lowercase().str.replace_all(r"[^\w\s]+|_", " ")
            .str.replace_all(r"\s+", " ").str.strip_chars())


def brute_force_matches(
    query_names: Sequence[str],
    list_names: Sequence[str],
    *,
    scorer: Scorer = fuzz.token_sort_ratio,
    threshold: float,
    processor: Callable[[str], str] | None = simple_normalize,
    block_cells: int = 50_000_000,
    workers: int = -1,
) -> pl.DataFrame:
    """All (query, list name) pairs scoring at least ``threshold`` (rapidfuzz 0-100 scale).

    Names are processed once and de-duplicated on both sides; ``query_idx`` and ``list_idx`` are
    positions in the lists passed in (a duplicated name yields a row per position). The cut is
    on rapidfuzz's exact score; ``score`` reports it rounded to a whole number (``uint8``).
    """
    if not 0 < threshold <= 100:
        raise ValueError(f"threshold is on rapidfuzz's 0-100 scale and must be > 0, got {threshold}")
    q_pos, q_keys = _index(query_names, processor)
    l_pos, l_keys = _index(list_names, processor)
    found = []
    if q_keys and l_keys:
        rows_per_block = max(1, block_cells // len(l_keys))
        for start in range(0, len(q_keys), rows_per_block):
            block = q_keys[start:start + rows_per_block]
            # float32, not uint8: the integer path of cdist rounds before the cutoff
            scores = process.cdist(block, l_keys, scorer=scorer, dtype=np.float32,
                                   score_cutoff=threshold, workers=workers)
            qi, li = np.nonzero(scores >= threshold)
            found.append(pl.DataFrame({"q": (qi + start).astype(np.uint32),
                                       "l": li.astype(np.uint32),
                                       "score": np.rint(scores[qi, li]).astype(np.uint8)}))
    if not found:
        return pl.DataFrame(schema=MATCHES_SCHEMA)
    pairs = pl.concat(found)
    return (pairs.join(q_pos.rename({"pos": "query_idx"}), on="q")
            .join(l_pos.rename({"pos": "list_idx", "q": "l"}), on="l")
            .select("query_idx", "list_idx", "score").cast(MATCHES_SCHEMA)  # type: ignore[arg-type]
            .sort("query_idx", "list_idx"))


def _index(names: Sequence[str], processor: Callable[[str], str] | None
           ) -> tuple[pl.DataFrame, list[str]]:
    """(positions with the id ``q`` of their processed key, the unique keys in id order).

    The processor runs once per distinct name; names that process to "" are dropped (they
    would match nothing meaningfully).
    """
    raw = pl.Series("raw", list(names), dtype=pl.Utf8).fill_null("")
    distinct = raw.unique(maintain_order=True)
    keys = [processor(n) for n in distinct.to_list()] if processor else distinct.to_list()
    mapping = pl.DataFrame({"raw": distinct, "key": pl.Series(keys, dtype=pl.Utf8)}).filter(
        pl.col("key") != "")
    ids = mapping.select("key").unique(maintain_order=True).with_row_index("q")
    mapping = mapping.join(ids, on="key")
    positions = (raw.to_frame().with_row_index("pos")
                 .join(mapping.select("raw", "q"), on="raw").select("pos", "q"))
    return positions, ids["key"].to_list()
