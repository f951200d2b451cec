"""What changed between two versions of a list: entries added, removed and changed.

Entries are matched on ``entry_id`` (the publisher's own id, e.g. the OFAC ent_num). An entry is
*changed* when any compared field differs; list-valued fields compare as sets (order and
duplicates in the source do not count as a change, and null equals empty). For names (primary and
aliases), programs and identifiers the detail says which values came and went. All of it is
polars joins and list expressions, no Python loop over entries.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from screening.schema import LIST_ENTRY, conform

COMPARED = (
    "name", "aliases", "entity_type", "programs", "identifiers", "countries", "addresses",
    "birth_dates", "listed_date", "linked_to", "list_name", "action", "remarks",
)
"""Fields whose difference makes an entry "changed", in the order reported."""

SETS = ("names", "programs", "identifiers")
"""Set-valued views whose added/removed values the detail lists."""

DETAIL: dict[str, pl.DataType] = {
    "entry_id": pl.Utf8(),
    "change": pl.Utf8(),  # "added" / "removed" / "changed"
    "name": pl.Utf8(),  # primary name (new one for added/changed, old one for removed)
    "fields": pl.List(pl.Utf8()),  # COMPARED fields that differ ([] for added/removed)
    **{f"{s}_{d}": pl.List(pl.Utf8()) for s in SETS for d in ("added", "removed")},
}
"""One row per entry that is not unchanged."""

_EMPTY = pl.lit([], dtype=pl.List(pl.Utf8()))
_SET = pl.element().unique().sort()  # inside list.eval: ~15x faster than .list.unique().list.sort()


def _joined(field: str, *parts: str) -> pl.Expr:
    """A list-of-struct column as sorted unique strings ``part|part``."""
    return (
        pl.col(field)
        .list.eval(
            pl.concat_str(
                [pl.element().struct.field(p).fill_null("") for p in parts], separator="|"
            )
        )
        .fill_null(_EMPTY)
        .list.eval(_SET)
    )


def _canonical(frame: pl.DataFrame) -> pl.DataFrame:
    """Every compared field as one comparable string; names/programs/identifiers also as sets."""
    frame = conform(frame, LIST_ENTRY, what="list diff input")
    alias_names = pl.col("aliases").list.eval(pl.element().struct.field("name")).fill_null(_EMPTY)
    sets = {
        "names": pl.concat_list(pl.col("name"), alias_names).list.eval(_SET.drop_nulls()),
        "programs": pl.col("programs").fill_null(_EMPTY).list.eval(_SET),
        "identifiers": _joined("identifiers", "type", "value", "country"),
    }
    views: dict[str, pl.Expr] = {
        "aliases": _joined("aliases", "name", "quality"),
        "addresses": _joined("addresses", "text", "city", "country"),
        "programs": sets["programs"],
        "identifiers": sets["identifiers"],
        **{f: pl.col(f).fill_null(_EMPTY).list.eval(_SET) for f in ("countries", "birth_dates", "linked_to")},
    }
    keys = [
        (views[f].list.join("\x1f") if f in views else pl.col(f).cast(pl.Utf8)).alias(f"k_{f}")
        for f in COMPARED
    ]
    return frame.select("entry_id", "name", *keys, *(e.alias(f"s_{s}") for s, e in sets.items()))


@dataclass(frozen=True)
class ListDiff:
    """The difference between two ``LIST_ENTRY`` frames (see the module docstring)."""

    added: pl.DataFrame  # LIST_ENTRY rows only in the new frame
    removed: pl.DataFrame  # LIST_ENTRY rows only in the old frame
    detail: pl.DataFrame  # DETAIL: every added, removed and changed entry
    unchanged: int

    @property
    def changed(self) -> pl.DataFrame:
        """Detail rows of the entries present in both versions with some field changed."""
        return self.detail.filter(pl.col("change") == "changed")

    @property
    def counts(self) -> dict[str, int]:
        """``{"added", "removed", "changed", "unchanged"}`` entry counts."""
        return {
            "added": self.added.height,
            "removed": self.removed.height,
            "changed": self.changed.height,
            "unchanged": self.unchanged,
        }

    @property
    def field_counts(self) -> dict[str, int]:
        """How many changed entries changed each field, for fields that changed at all."""
        counts = self.changed["fields"].explode(empty_as_null=False).drop_nulls().value_counts()
        found = dict(zip(counts["fields"].to_list(), counts["count"].to_list(), strict=True))
        return {f: int(found[f]) for f in COMPARED if f in found}


def diff_lists(old: pl.DataFrame, new: pl.DataFrame) -> ListDiff:
    """Entries added, removed and changed from ``old`` to ``new``, matched on ``entry_id``."""
    a, b = _canonical(old), _canonical(new)
    added_ids = b.join(a, on="entry_id", how="anti")
    removed_ids = a.join(b, on="entry_id", how="anti")
    both = a.join(b, on="entry_id", how="inner", suffix="_new")
    flags = [
        pl.when(pl.col(f"k_{f}").ne_missing(pl.col(f"k_{f}_new"))).then(pl.lit(f))
        for f in COMPARED
    ]
    both = both.with_columns(fields=pl.concat_list(flags).list.drop_nulls())
    changed = both.filter(pl.col("fields").list.len() > 0).select(
        "entry_id",
        pl.lit("changed").alias("change"),
        pl.col("name_new").alias("name"),
        "fields",
        *(
            pl.col(f"s_{s}_new").list.set_difference(pl.col(f"s_{s}")).alias(f"{s}_added")
            for s in SETS
        ),
        *(
            pl.col(f"s_{s}").list.set_difference(pl.col(f"s_{s}_new")).alias(f"{s}_removed")
            for s in SETS
        ),
    )

    def one_sided(frame: pl.DataFrame, change: str) -> pl.DataFrame:
        present, absent = ("added", "removed") if change == "added" else ("removed", "added")
        return frame.select(
            "entry_id",
            pl.lit(change).alias("change"),
            "name",
            _EMPTY.alias("fields"),
            *(pl.col(f"s_{s}").alias(f"{s}_{present}") for s in SETS),
            *(_EMPTY.alias(f"{s}_{absent}") for s in SETS),
        )

    detail = pl.concat(
        [
            one_sided(added_ids, "added").select(list(DETAIL)),
            one_sided(removed_ids, "removed").select(list(DETAIL)),
            changed.select(list(DETAIL)),
        ],
        how="vertical",
    ).cast(pl.Schema(DETAIL)).sort("change", "entry_id")
    return ListDiff(
        added=new.join(added_ids.select("entry_id"), on="entry_id", how="semi"),
        removed=old.join(removed_ids.select("entry_id"), on="entry_id", how="semi"),
        detail=detail,
        unchanged=both.height - changed.height,
    )
