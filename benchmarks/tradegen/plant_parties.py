"""Plant listed parties: a real list name, perturbed, written into one party role of a row.

Ground truth per planted row: the record, the role, the list entry (source, file, entry id), the
exact list name used (primary or alias), the name as written and the perturbation kind and steps.
Party-planted rows carry ordinary goods only (the caller forces that), so the goods truth stays
separate from the party truth.
"""

from __future__ import annotations

from random import Random

import numpy as np
import polars as pl

from benchmarks.tradegen.context import Context
from benchmarks.tradegen.noise import PROFILES, applicable, perturb

ORG_ROLES = (("shipper", 0.15), ("consignee", 0.40), ("end_user", 0.30), ("forwarder", 0.15))
PERSON_ROLES = (("shipper", 0.10), ("consignee", 0.45), ("end_user", 0.45))

TRUTH_PARTIES = {
    "record_id": pl.Utf8, "row_nr": pl.UInt32, "role": pl.Utf8, "source": pl.Utf8,
    "list_file": pl.Utf8, "entry_id": pl.Utf8, "entity_type": pl.Utf8, "name_quality": pl.Utf8,
    "list_name": pl.Utf8, "written_name": pl.Utf8, "perturbation": pl.Utf8, "steps": pl.Utf8,
    "country": pl.Utf8,
}
"""``row_nr`` is the 0-based position of the record in the file; ``perturbation`` the kind drawn
(``combo`` for several), ``steps`` what was applied ("legal_form+typo1")."""


def _role(entity_type: str, r: float) -> str:
    acc = 0.0
    for role, share in PERSON_ROLES if entity_type == "person" else ORG_ROLES:
        acc += share
        if r < acc:
            return role
    return "consignee"


def plant_parties(ctx: Context, rng: np.random.Generator, frame: pl.DataFrame, rows: np.ndarray,
                  row_offset: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Write one perturbed listed name into each of ``rows``; returns (frame, truth rows)."""
    if rows.size == 0:
        return frame, pl.DataFrame(schema=TRUTH_PARTIES)
    profile = PROFILES[ctx.cfg.noise_profile]
    kinds = list(profile)
    weights = np.array([profile[k] for k in kinds], dtype=np.float64)
    chosen = ctx.targets[rng.choice(ctx.targets.height, size=rows.size, p=ctx.target_p)]
    drawn = rng.choice(len(kinds), size=rows.size, p=weights / weights.sum())
    seeds = rng.integers(0, 2**62, rows.size)
    role_r = rng.random(rows.size)
    out: dict[str, list[object]] = {k: [] for k in ("role", "written_name", "perturbation", "steps")}
    for i, t in enumerate(chosen.iter_rows(named=True)):  # planted rows only: a small share
        rnd = Random(int(seeds[i]))
        name, etype, country = t["list_name"], t["entity_type"], t["country"]
        kind = kinds[drawn[i]]
        if not applicable(kind, name, etype, country):
            fits = [k for k in kinds if applicable(k, name, etype, country)]
            kind = rnd.choices(fits, weights=[profile[k] for k in fits])[0]
        written, steps = perturb(name, etype, country, kind, rnd)
        out["role"].append(_role(etype, float(role_r[i])))
        out["written_name"].append(" ".join(written.replace("\t", " ").splitlines()))
        out["perturbation"].append(kind)
        out["steps"].append(steps)
    planted = chosen.with_columns(
        pl.Series("role", out["role"], dtype=pl.Utf8),
        pl.Series("written_name", out["written_name"], dtype=pl.Utf8),
        pl.Series("perturbation", out["perturbation"], dtype=pl.Utf8),
        pl.Series("steps", out["steps"], dtype=pl.Utf8),
    )
    roles = planted["role"].to_numpy()
    updates = []
    for role in ("shipper", "consignee", "end_user", "forwarder"):
        mask = roles == role
        if not mask.any():
            continue
        idx, sub = rows[mask], planted.filter(pl.Series(mask))
        updates.append(frame[f"{role}_name"].scatter(idx, sub["written_name"]))
        if role != "forwarder":
            col = frame[f"{role}_country"]
            fallback = frame["consignee_country"].gather(idx)
            current = col.gather(idx).fill_null(fallback)
            updates.append(col.scatter(idx, sub["country"].fill_null(current)))
    frame = frame.with_columns(updates)
    truth = planted.select(
        frame["record_id"].gather(rows).alias("record_id"),
        pl.Series("row_nr", rows + row_offset, dtype=pl.UInt32),
        *[c for c in TRUTH_PARTIES if c not in ("record_id", "row_nr")],
    )
    return frame, truth.cast(TRUTH_PARTIES)  # type: ignore[arg-type]
