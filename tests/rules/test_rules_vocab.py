"""The column and role names the condition models accept agree with the shared vocabulary."""

from __future__ import annotations

from typing import get_args

from screening.rules import leaf_specs, vocab
from screening.schema import SHIPMENT


def test_literals_match_the_vocabulary() -> None:
    assert set(get_args(leaf_specs.CountryColumn)) == set(vocab.COUNTRY_COLUMNS)
    assert set(get_args(leaf_specs.SingleCountryColumn)) == (
        set(vocab.COUNTRY_COLUMNS) - vocab.MULTI_COUNTRY_COLUMNS)
    assert set(get_args(leaf_specs.TextColumn)) == set(vocab.TEXT_COLUMNS)
    assert set(get_args(leaf_specs.DateColumn)) == set(vocab.DATE_COLUMNS)
    assert get_args(leaf_specs.Role) == vocab.ROLES


def test_every_rule_column_is_a_shipment_column_or_a_documented_extra() -> None:
    used = {*vocab.COUNTRY_COLUMNS, *vocab.TEXT_COLUMNS, *vocab.DATE_COLUMNS, *vocab.NUMBER_COLUMNS}
    assert used <= vocab.KNOWN_COLUMNS
    assert set(vocab.EXTRA_COLUMNS).isdisjoint(SHIPMENT)


def test_severity_and_status_order() -> None:
    assert [s.rank for s in vocab.Severity] == [0, 1, 2]
    assert vocab.weakest([vocab.Status.verified, vocab.Status.secondary]) is vocab.Status.secondary
    assert vocab.weakest([]) is vocab.Status.verified
