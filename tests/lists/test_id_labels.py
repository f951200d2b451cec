"""Publishers' identifier labels -> IDENTIFIER_TYPES."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.lists.id_labels import identifier, identifier_type
from screening.schema import IDENTIFIER_TYPES

CASES = [
    ("Unified Social Credit Code (USCC)", "uscc"),
    ("Passport", "passport"),
    ("Diplomatic Passport", "passport"),
    ("Numéro de passeport", "passport"),
    ("Número de pasaporte", "passport"),
    ("National passport", "passport"),
    ("Tax ID No.", "tax_id"),
    ("Italian Fiscal Code", "tax_id"),
    ("R.F.C.", "tax_id"),
    ("NIT #", "tax_id"),
    ("V.A.T. Number", "tax_id"),
    ("Registration ID", "registration"),
    ("Registration Number", "registration"),
    ("Company Number", "registration"),
    ("Certificate of Incorporation Number", "registration"),
    ("C.R. No.", "registration"),
    ("National ID No.", "national_id"),
    ("National Identification Number", "national_id"),
    ("Cedula No.", "national_id"),
    ("C.U.R.P.", "national_id"),
    ("SSN", "national_id"),
    ("Electoral Registry No.", "national_id"),
    ("Legal Entity Number", "lei"),
    ("SWIFT/BIC", "swift_bic"),
    ("ISIN", "isin"),
    ("Email Address", "email"),
    ("Website", "website"),
    ("Phone Number", "phone"),
    ("MMSI", "mmsi"),
    ("IMO number", "imo"),
    ("Aircraft Manufacturer's Serial Number (MSN)", "aircraft_tail"),
    ("Equity Ticker", "other"),
    ("Government Gazette Number", "other"),
    ("", "other"),
    (None, "other"),
]


@pytest.mark.parametrize(("label", "expected"), CASES)
def test_identifier_type(label: str | None, expected: str) -> None:
    assert identifier_type(label) == expected


@given(st.text(max_size=40))
def test_every_label_maps_to_a_schema_type(label: str) -> None:
    assert identifier_type(label) in IDENTIFIER_TYPES


def test_identifier_struct_strips_value_and_rejects_unknown_type() -> None:
    assert identifier("passport", " A1 ", country="IQ", label="Passport") == {
        "type": "passport",
        "value": "A1",
        "country": "IQ",
        "label": "Passport",
    }
    with pytest.raises(ValueError, match="unknown identifier type"):
        identifier("shoe_size", "42")
