"""The fixed vocabulary of the rule language: severities, evidence statuses, record columns.

Kept in one place so the models, the validator, the compiler and the README agree on every name.
"""

from __future__ import annotations

from enum import StrEnum

from screening.schema import PARTY_ROLES, SHIPMENT


class Severity(StrEnum):
    """What a fired rule asks for: ``info`` (note it), ``review`` (a human decides), ``block``."""

    info = "info"
    review = "review"
    block = "block"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self.value]


_SEVERITY_RANK = {"info": 0, "review": 1, "block": 2}


class Status(StrEnum):
    """Evidence status of a fact, as the facts file grades it (weakest last)."""

    verified = "verified"  # seen in an official text or an authoritative mirror of it
    corroborated = "corroborated"  # two or more independent non-official sources agree
    secondary = "secondary"  # one non-official source
    unverified = "unverified"  # domain knowledge not confirmed in any retrieved source

    @property
    def rank(self) -> int:
        """3 for verified down to 0 for unverified: ``a.rank >= b.rank`` means a is as strong."""
        return _STATUS_RANK[self.value]


_STATUS_RANK = {"verified": 3, "corroborated": 2, "secondary": 1, "unverified": 0}


def weakest(statuses: list[Status]) -> Status:
    """The weakest status of ``statuses`` (``verified`` for an empty list)."""
    return min(statuses, key=lambda s: s.rank, default=Status.verified)


MAX_SEVERITY_FOR_UNVERIFIED = Severity.review
"""Facts marked unverified may back a rule only up to this severity (validator-enforced)."""

EXTRA_COLUMNS: dict[str, str] = {
    "payer_name": "text",
    "payer_country": "country",
    "end_user_address": "text",
    "end_user_business": "text",
    "consignee_business": "text",
    "end_user_incorporation_date": "date",
    "consignee_incorporation_date": "date",
    "previous_destination_country": "country",
}
"""Optional record columns the rules understand beyond ``schema.SHIPMENT`` (kind per column)."""

COUNTRY_COLUMNS = (
    "shipper_country",
    "consignee_country",
    "end_user_country",
    "origin_country",
    "destination_country",
    "transit_countries",
    "payer_country",
    "previous_destination_country",
)
"""Columns holding countries; ``transit_countries`` holds several (``;``-separated)."""

MULTI_COUNTRY_COLUMNS = frozenset({"transit_countries"})
NUMBER_COLUMNS = ("value", "quantity")
DATE_COLUMNS = ("date", "end_user_incorporation_date", "consignee_incorporation_date")
TEXT_COLUMNS = (
    "goods_description",
    "shipper_name",
    "consignee_name",
    "consignee_address",
    "end_user_name",
    "forwarder_name",
    *(k for k, v in EXTRA_COLUMNS.items() if v == "text"),
)
"""Free-text columns a ``text`` or ``region`` condition may read."""

KNOWN_COLUMNS = frozenset(SHIPMENT) | frozenset(EXTRA_COLUMNS)
"""Every column an example record may set."""

ROLES = (*PARTY_ROLES, "payer")
"""Party roles; the name column of role ``r`` is ``r_name``."""


def name_column(role: str) -> str:
    """The record column holding the name of ``role``."""
    return f"{role}_name"
