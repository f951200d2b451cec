"""Token alignment between two names: the reference (one pair, plain Python) and the rules.

Each token is used once: the pair of tokens with the highest similarity is aligned first (ties:
earlier query token, then earlier list token), and so on while any similarity is above zero.
The batched twin in ``batch_align.py`` must give the same result; a property test checks it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from screening.match.features import DESIGNATION_KINDS, MatchConfig
from screening.match.names import DISTINCTIVE
from screening.match.similarity import gendered, token_similarity
from screening.normalize import NameForm


@dataclass(frozen=True)
class NameScore:
    """A scored name pair with what the score is made of."""

    score: float
    token_score: float
    compact_score: float
    aligned: tuple[tuple[int, int, float], ...]  # (query token, list token, similarity)
    unmatched_query: tuple[int, ...]
    unmatched_candidate: tuple[int, ...]
    capped: str | None  # "no_distinctive" / "number_mismatch" when a cap applied


def greedy_alignment(sims: list[list[float]]) -> list[tuple[int, int, float]]:
    """Greedy one-to-one alignment over a similarity matrix (rows: query, cols: candidate)."""
    cells = sorted(
        ((s, i, j) for i, row in enumerate(sims) for j, s in enumerate(row) if s > 0),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_i: set[int] = set()
    used_j: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for s, i, j in cells:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((i, j, s))
    return sorted(out)


def unmatched_weight(
    raw_q: float, raw_c: float, miss_q: float, miss_c: float, person: bool, cfg: MatchConfig
) -> float:
    """Denominator share of unaligned tokens: weight facing leftovers on the other side is a
    conflict (full weight), the rest an omission (weighted by the miss factors)."""
    paired = min(raw_q, raw_c)
    omit_c = cfg.person_omission_penalty if person else cfg.omission_candidate_penalty
    return (
        cfg.conflict_penalty * 2 * paired
        + cfg.omission_query_penalty * max(0.0, miss_q - paired)
        + omit_c * max(0.0, miss_c - paired)
    )


def combine(
    q: NameForm,
    c: NameForm,
    aligned: list[tuple[int, int, float]],
    compact: float,
    cfg: MatchConfig,
) -> NameScore:
    """Aggregate aligned tokens into the name score (shared by reference and batched paths)."""
    kw = cfg.kind_weights
    wq = [kw[k] for k in q.kinds]
    wc = [kw[k] for k in c.kinds]
    got_i = {i for i, _, _ in aligned}
    got_j = {j for _, j, _ in aligned}
    num = sum(s * (wq[i] + wc[j]) for i, j, s in aligned)
    den = sum(wq[i] + wc[j] for i, j, _ in aligned)
    un_q = tuple(i for i in range(len(q.tokens)) if i not in got_i)
    un_c = tuple(j for j in range(len(c.tokens)) if j not in got_j)
    miss_q = _miss(q, wq, un_q, cfg)
    miss_c = _miss(c, wc, un_c, cfg)
    raw_q = sum(wq[i] for i in un_q)
    raw_c = sum(wc[j] for j in un_c)
    den += unmatched_weight(raw_q, raw_c, miss_q, miss_c, q.person or c.person, cfg)
    token_score = num / den if den > 0 else 0.0
    alt = compact if compact >= _compact_floor(q, c, cfg) and not _gendered(q, c) else 0.0
    score = max(token_score, alt)
    capped = None
    has_distinctive = any(k in DISTINCTIVE for k in (*q.kinds, *c.kinds))
    aligned_distinctive = any(
        (q.kinds[i] in DISTINCTIVE or c.kinds[j] in DISTINCTIVE)
        and "initial" not in (q.kinds[i], c.kinds[j])
        for i, j, _ in aligned
    )
    if has_distinctive and not aligned_distinctive and alt == 0.0:
        score, capped = min(score, cfg.no_distinctive_cap), "no_distinctive"
    q_nums = {t for t, k in zip(q.tokens, q.kinds, strict=True) if k == "number"}
    c_nums = {t for t, k in zip(c.tokens, c.kinds, strict=True) if k == "number"}
    if q_nums and c_nums and q_nums != c_nums:
        score, capped = min(score, cfg.number_mismatch_cap), "number_mismatch"
    return NameScore(
        score=round(score, 6),
        token_score=round(token_score, 6),
        compact_score=round(compact, 6),
        aligned=tuple(aligned),
        unmatched_query=un_q,
        unmatched_candidate=un_c,
        capped=capped,
    )


def miss_weight(form: NameForm, i: int, weight: float, cfg: MatchConfig) -> float:
    """What token ``i`` costs when left out (``names.token_frame`` computes the same column)."""
    factor = cfg.key_omission_factor if i in form.keys else 1.0
    return weight * cfg.miss_factors.get(form.kinds[i], 1.0) * factor


def _miss(form: NameForm, weights: list[float], unmatched: tuple[int, ...],
          cfg: MatchConfig) -> float:
    """Omission weight of the unmatched tokens of one side (designations capped)."""
    kinds = form.kinds
    plain = sum(miss_weight(form, i, weights[i], cfg) for i in unmatched
                if kinds[i] not in DESIGNATION_KINDS)
    designation = sum(miss_weight(form, i, weights[i], cfg) for i in unmatched
                      if kinds[i] in DESIGNATION_KINDS)
    return plain + min(designation, cfg.designation_miss_cap)


def _gendered(q: NameForm, c: NameForm) -> bool:
    """A person's given name in its other gender form on the other side: the whole-name form
    ("ivanaabramov" / "ivanabramov") must not paper over it."""
    return (q.person or c.person) and any(gendered(a, b) for a in q.tokens for b in c.tokens)


def _compact_floor(q: NameForm, c: NameForm, cfg: MatchConfig) -> float:
    """How close the whole-name forms must be to stand in for the token alignment (> 1: never)."""
    same_words = _words(q) == _words(c)
    if "syllable" in q.kinds or "syllable" in c.kinds:
        return 2.0 if same_words else max(cfg.compact_min, cfg.compact_lossy_min)
    return cfg.compact_same_words_min if same_words else cfg.compact_min


def _words(form: NameForm) -> int:
    return sum(k != "legal" for k in form.kinds)


def score_forms(q: NameForm, c: NameForm, cfg: MatchConfig) -> NameScore:
    """Reference scorer for one pair of analysed names."""
    if not q.tokens or not c.tokens:
        return NameScore(0.0, 0.0, 0.0, (), tuple(range(len(q.tokens))), (), None)
    person = q.person or c.person
    sims = [
        [
            0.0 if person and gendered(a, b) else token_similarity(a, ka, b, kb, cfg)
            for b, kb in zip(c.tokens, c.kinds, strict=True)
        ]
        for a, ka in zip(q.tokens, q.kinds, strict=True)
    ]
    compact = fuzz.ratio(q.compact, c.compact) / 100.0
    return combine(q, c, greedy_alignment(sims), compact, cfg)


def explain(q: NameForm, c: NameForm, ns: NameScore) -> str:
    """Human-readable alignment: ``henan=henan, industrial~industry(78), +branch, -engine``."""
    parts: list[str] = []
    for i, j, s in ns.aligned:
        a, b = q.tokens[i], c.tokens[j]
        parts.append(f"{a}={b}" if s >= 1.0 else f"{a}~{b}({round(s * 100)})")
    parts += [f"+{q.tokens[i]}" for i in ns.unmatched_query]
    parts += [f"-{c.tokens[j]}" for j in ns.unmatched_candidate]
    text = ", ".join(parts)
    if ns.compact_score >= 1.0 or ns.score == ns.compact_score > ns.token_score:
        text += f"; whole-name {round(ns.compact_score * 100)}"
    if ns.capped:
        text += f"; capped: {ns.capped.replace('_', ' ')}"
    return text
