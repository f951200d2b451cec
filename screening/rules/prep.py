"""Compile context: what a rule set needs from a batch, computed once per distinct value.

Nearly every leaf is a function of one column's value (an HS code, a description, a country),
and those values repeat heavily. So leaves register *per-value outputs* — a predicate (bool,
count, code) and an explanation fragment — on a table of the column's distinct values, where
normalised forms (token text, ISO2, HS2022 code, date) are computed once (:mod:`forms`).
:meth:`Ctx.prepare` builds each table and joins the predicates back onto the records (one join
per column); explanation fragments are joined only onto the records a rule fired on
(:meth:`Ctx.attach`). Row-level leaves (numbers, list matches, several columns at once) are
boolean combinations of those columns, each distinct leaf computed once and shared by all rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import polars as pl

from screening.rules.forms import ascii_first, compute_form
from screening.rules.library import Library

VALUE = pl.col("v")
"""A column's raw value (as text) inside its distinct-value table."""


@dataclass
class _Table:
    forms: list[str] = field(default_factory=list)
    outputs: dict[str, pl.Expr] = field(default_factory=dict)
    explain: set[str] = field(default_factory=set)


@dataclass
class Ctx:
    """What the batch has, what the rules need, and the shared library."""

    schema: Mapping[str, pl.DataType]
    lib: Library
    party_matches: pl.DataFrame | None = None
    as_of: dt.date = field(default_factory=dt.date.today)
    tables: dict[str, _Table] = field(default_factory=dict)
    names: dict[tuple[str, str], str] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)
    joins: dict[str, pl.DataFrame] = field(default_factory=dict)
    leaves: dict[str, pl.Expr] = field(default_factory=dict)
    distinct: dict[str, pl.DataFrame] = field(default_factory=dict)

    def has(self, col: str) -> bool:
        return col in self.schema

    def form(self, col: str, name: str) -> pl.Expr:
        """Form ``name`` of ``col``'s value, for use in a per-value expression."""
        table = self.tables.setdefault(col, _Table())
        if name not in table.forms:
            table.forms.append(name)
        return pl.col(f"__form_{name}")

    def per_value(self, col: str, key: str, expr: pl.Expr, *, explain: bool = False) -> pl.Expr:
        """Register ``expr`` (over ``col``'s distinct-value table) and return its row-level column."""
        table = self.tables.setdefault(col, _Table())
        name = self.names.get((col, key))
        if name is None:
            name = f"__{'x' if explain else 'v'}{len(self.names)}"
            self.names[(col, key)] = name
            self.owner[name] = col
            table.outputs[name] = expr.alias(name)
            if explain:
                table.explain.add(name)
        return pl.col(name)

    def leaf(self, key: str, expr: pl.Expr) -> pl.Expr:
        """A shared row-level boolean column (one per distinct ``key``)."""
        if key not in self.leaves:
            self.leaves[key] = expr.alias(f"__leaf{len(self.leaves)}")
        return pl.col(self.leaves[key].meta.output_name())

    def number(self, col: str) -> pl.Expr:
        return pl.col(col).cast(pl.Float64, strict=False)

    def as_of_date(self) -> pl.Expr:
        """The shipment date where known, else the evaluation date: what ``effective`` tests."""
        if not self.has("date"):
            return pl.lit(self.as_of)
        return pl.coalesce(self.per_value("date", "as_of", self.form("date", "date")),
                           pl.lit(self.as_of))

    def join(self, name: str, frame: pl.DataFrame) -> None:
        """A per-record frame (``row_nr`` + columns) to left-join before leaves are computed."""
        self.joins.setdefault(name, frame)

    def _table(self, records: pl.DataFrame, col: str, table: _Table) -> pl.DataFrame:
        """Distinct values of ``col`` with their forms and (non-explanation) outputs."""
        values, n_ascii = ascii_first(records.get_column(col).cast(pl.Utf8).drop_nulls().unique())
        distinct = pl.DataFrame({"v": values})
        if table.forms:
            distinct = distinct.with_columns(compute_form(f, values, n_ascii) for f in table.forms)
        return distinct.with_columns(
            expr for name, expr in table.outputs.items() if name not in table.explain
        )

    def _join_values(self, frame: pl.DataFrame, col: str, values: pl.DataFrame) -> pl.DataFrame:
        """Left-join per-value outputs onto ``frame`` by ``col``'s value.

        Joins on the 64-bit hash of the value when no two distinct values share a hash (checked
        on the small distinct table, and every value of ``frame`` is in it, so the join is exact);
        on the text itself otherwise. Hashes join markedly faster than strings.
        """
        hashed = values.with_columns(pl.col("v").hash().alias("__key")).drop("v")
        if hashed.get_column("__key").n_unique() == hashed.height:
            keyed = frame.with_columns(pl.col(col).cast(pl.Utf8).hash().alias("__key"))
            keyed = keyed.with_columns(pl.when(pl.col(col).is_not_null()).then(pl.col("__key")))
            return keyed.join(hashed, on="__key", how="left", maintain_order="left").drop("__key")
        keyed = frame.with_columns(pl.col(col).cast(pl.Utf8).alias("__key"))
        return keyed.join(values, left_on="__key", right_on="v", how="left",
                          maintain_order="left").drop("__key")

    def prepare(self, records: pl.DataFrame) -> pl.DataFrame:
        """``records`` plus every per-value, joined and leaf column the compiled rules refer to."""
        out = records
        for col, table in self.tables.items():
            self.distinct[col] = self._table(records, col, table)
            wanted = [n for n in table.outputs if n not in table.explain]
            if wanted:
                out = self._join_values(out, col, self.distinct[col].select("v", *wanted))
        for frame in self.joins.values():
            out = out.join(frame, on="row_nr", how="left", maintain_order="left")
        if self.leaves:
            out = out.with_columns(self.leaves.values())
        return out

    def attach(self, frame: pl.DataFrame, needed: set[str]) -> pl.DataFrame:
        """``frame`` (a subset of prepared records) plus the explanation fragments in ``needed``,
        computed only for the distinct values that occur in ``frame``."""
        for col, distinct in self.distinct.items():
            outputs = self.tables[col].outputs
            names = [n for n in outputs if n in needed and n not in frame.columns]
            if not names:
                continue
            present = frame.get_column(col).cast(pl.Utf8).drop_nulls().unique()
            fragments = (distinct.filter(pl.col("v").is_in(present.implode()))
                         .select("v", *(outputs[n] for n in names)))
            frame = self._join_values(frame, col, fragments)
        return frame
