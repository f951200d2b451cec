"""Named polars schemas for the frames that flow between stages.

lists -> ``LIST_ENTRY`` -> index (``NAME_ROW``); records (``SHIPMENT`` / ``COUNTERPARTY``) ->
``MATCH`` (party vs list entry) and ``HIT`` (rule fired) -> ``DECISION``. Every stage checks its
input and output against these with :func:`conform`, so a change of shape fails loudly at the
boundary instead of deep inside a join.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from screening.errors import ScreeningError

ENTITY_TYPES = ("person", "organization", "vessel", "aircraft", "unknown")
"""Canonical entity types; every loader maps its source's vocabulary onto these."""

ALIAS_QUALITIES = ("strong", "weak", "aka", "fka", "nka", "original_script")
"""Alias quality as the source states it: OFAC strong/weak a.k.a., f.k.a., n.k.a.; names in the
original (non-Latin) script are kept as ``original_script``."""

IDENTIFIER_TYPES = (
    "imo", "mmsi", "call_sign", "aircraft_tail", "passport", "national_id", "registration",
    "tax_id", "uscc", "swift_bic", "lei", "isin", "duns", "email", "website", "phone", "other",
)
"""Typed identifiers; equal ``imo``/``registration``/``tax_id``/``uscc``/``lei`` are near-certain
evidence in matching. Anything a loader cannot type is ``other`` with the source label kept."""

ALIAS = pl.Struct({"name": pl.Utf8, "quality": pl.Utf8})
ADDRESS = pl.Struct({"text": pl.Utf8, "city": pl.Utf8, "country": pl.Utf8})
IDENTIFIER = pl.Struct({"type": pl.Utf8, "value": pl.Utf8, "country": pl.Utf8, "label": pl.Utf8})

LIST_ENTRY: Mapping[str, pl.DataType] = {
    "entry_id": pl.Utf8(),  # unique across all lists: "<source>:<source's own id>"
    "source": pl.Utf8(),  # publisher/format key, e.g. "ofac_sdn", "us_csl", "un", "uk_ofsi"
    "list_name": pl.Utf8(),  # list as the source names it, e.g. "Entity List (EL) - BIS"
    "programs": pl.List(pl.Utf8()),  # sanction programs / regimes
    "entity_type": pl.Utf8(),  # one of ENTITY_TYPES
    "name": pl.Utf8(),  # primary name, never null or empty
    "aliases": pl.List(ALIAS),
    "countries": pl.List(pl.Utf8()),  # ISO 3166-1 alpha-2, upper case
    "addresses": pl.List(ADDRESS),
    "identifiers": pl.List(IDENTIFIER),
    "birth_dates": pl.List(pl.Utf8()),  # ISO 8601, partial allowed ("1961", "1961-05")
    "listed_date": pl.Utf8(),  # ISO 8601 date the entry was listed, when the source says
    "linked_to": pl.List(pl.Utf8()),  # related parties named by the source ("Linked To: ...")
    "remarks": pl.Utf8(),
    "source_url": pl.Utf8(),
    "action": pl.Utf8(),  # "block" (sanctioned/denied) or "review" (watch, restricted, unverified)
}
"""One row per list entry: the canonical form every loader produces."""

NAME_ROW: Mapping[str, pl.DataType] = {
    "entry_id": pl.Utf8(),
    "name": pl.Utf8(),  # as listed
    "quality": pl.Utf8(),  # "primary" or an ALIAS_QUALITIES value
}
"""One row per (entry, name): primary name and every alias, the unit of name matching."""

SHIPMENT: Mapping[str, pl.DataType] = {
    "record_id": pl.Utf8(),
    "date": pl.Utf8(),
    "shipper_name": pl.Utf8(),
    "shipper_country": pl.Utf8(),
    "consignee_name": pl.Utf8(),
    "consignee_country": pl.Utf8(),
    "consignee_address": pl.Utf8(),
    "end_user_name": pl.Utf8(),
    "end_user_country": pl.Utf8(),
    "forwarder_name": pl.Utf8(),
    "origin_country": pl.Utf8(),
    "transit_countries": pl.Utf8(),  # ISO-2 codes separated by ";" (or "," / "|" / spaces)
    "destination_country": pl.Utf8(),
    "hs_code": pl.Utf8(),
    "goods_description": pl.Utf8(),
    "quantity": pl.Float64(),
    "value": pl.Float64(),
    "currency": pl.Utf8(),
}
"""The canonical shipment record. Extra columns are kept and passed through; optional extras the
rules understand: ``payer_name``, ``payer_country``, ``end_user_incorporation_date``,
``consignee_incorporation_date``, ``previous_destination_country``, ``end_user_business``."""

SHIPMENT_REQUIRED = ("record_id",)

PARTY_ROLES = ("shipper", "consignee", "end_user", "forwarder")
"""Roles whose ``<role>_name`` columns are screened against lists."""

COUNTERPARTY: Mapping[str, pl.DataType] = {
    "record_id": pl.Utf8(),
    "name": pl.Utf8(),
    "country": pl.Utf8(),
    "entity_type": pl.Utf8(),
    "identifiers": pl.Utf8(),  # "type:value" pairs separated by ";"
}
"""The canonical counterparty record (one party per row, role ``party``)."""

MATCH: Mapping[str, pl.DataType] = {
    "query_id": pl.UInt32(),  # position of the query name in the screened batch
    "entry_id": pl.Utf8(),
    "matched_name": pl.Utf8(),  # the list name (primary or alias) that matched best
    "quality": pl.Utf8(),  # "primary" or the alias quality of matched_name
    "score": pl.Float64(),  # calibrated similarity in [0, 1], secondary features included
    "name_score": pl.Float64(),  # the name similarity alone
    "explanation": pl.Utf8(),
}
"""One row per (query name, list entry) whose score reached the threshold, best name only."""

PARTY_MATCH: Mapping[str, pl.DataType] = {
    "row_nr": pl.UInt32(),
    "role": pl.Utf8(),
    "name": pl.Utf8(),
    "entry_id": pl.Utf8(),
    "source": pl.Utf8(),
    "list_name": pl.Utf8(),
    "programs": pl.List(pl.Utf8()),
    "action": pl.Utf8(),
    "listed_name": pl.Utf8(),
    "matched_name": pl.Utf8(),
    "score": pl.Float64(),
    "explanation": pl.Utf8(),
    "list_version": pl.Utf8(),
}
"""One row per (record, party role, list entry) whose party name matched: what the rules'
``list_match`` conditions read."""

HIT: Mapping[str, pl.DataType] = {
    "row_nr": pl.UInt32(),  # position of the record in the input
    "record_id": pl.Utf8(),
    "kind": pl.Utf8(),  # "list" (a party matched a list entry) or "rule"
    "subject": pl.Utf8(),  # party role ("consignee" ...) or "goods"/"route" for rules
    "ref": pl.Utf8(),  # entry_id or rule id
    "source": pl.Utf8(),  # list source or rule file name
    "severity": pl.Utf8(),  # info / review / block
    "score": pl.Float64(),
    "explanation": pl.Utf8(),
    "version": pl.Utf8(),  # list version (sha256 prefix) or rule file hash
}
"""One row per (record, party role or goods line, list entry or rule) that fired."""

DECISIONS = ("clear", "review", "block", "error")

DECISION: Mapping[str, pl.DataType] = {
    "row_nr": pl.UInt32(),
    "record_id": pl.Utf8(),
    "decision": pl.Utf8(),
    "risk_score": pl.Float64(),
    "reasons": pl.Utf8(),
}
"""One row per input record, in input order; best match per role is added as columns."""


def empty(schema: Mapping[str, pl.DataType]) -> pl.DataFrame:
    """An empty frame of ``schema``."""
    return pl.DataFrame(schema=dict(schema))


def conform(frame: pl.DataFrame, schema: Mapping[str, pl.DataType], *, what: str) -> pl.DataFrame:
    """Return ``frame`` with exactly the columns of ``schema`` first, in order, cast to their types.

    Missing columns are added as nulls; extra columns are kept after the schema's. A column that
    cannot be cast is a programming error in a stage and raises with the stage name.
    """
    exprs: list[pl.Expr] = []
    for name, dtype in schema.items():
        if name in frame.columns:
            exprs.append(pl.col(name).cast(dtype))
        else:
            exprs.append(pl.lit(None, dtype=dtype).alias(name))
    extra = [c for c in frame.columns if c not in schema]
    try:
        return frame.select(*exprs, *extra)
    except pl.exceptions.PolarsError as exc:  # pragma: no cover - a stage bug, not user input
        raise ScreeningError(f"internal: {what} frame does not fit its schema: {exc}") from exc
