"""Publishers' identifier labels -> IDENTIFIER_TYPES."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.lists.id_labels import ID_LABELS, identifier, identifier_type, typed
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
    ("Aircraft Tail Number", "aircraft_tail"),
    ("Aircraft registration", "aircraft_tail"),
    # serial, construction and transponder numbers identify an airframe, not its registration
    ("Aircraft Manufacturer's Serial Number (MSN)", "other"),
    ("Aircraft Serial Identification", "other"),
    ("Aircraft Mode S Transponder Code", "other"),
    ("United Social Credit Code Certificate (USCCC)", "uscc"),
    ("Vessel Registration Identification", "imo"),  # see test_typed_reads_the_value_too
    ("Vessel registration number", "registration"),
    ("RIF #", "tax_id"),
    ("N.I.F.", "tax_id"),
    ("CUIT", "tax_id"),
    ("Numero Unico de Identificacao Tributaria (NUIT)", "tax_id"),
    ("DNI", "national_id"),
    ("LE Number", "national_id"),  # Peru's Libreta Electoral, a personal document
    ("Company ID No.", "registration"),
    ("Company identification number", "registration"),
    ("Matricula Mercantil No", "registration"),
    ("Printed circuit", "other"),  # no "cuit" inside a word
    ("Equity Ticker", "other"),
    ("Government Gazette Number", "registration"),
    ("  passport  no. ", "passport"),
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


def test_every_table_label_is_typed_by_the_table_in_any_case() -> None:
    for label, kind in ID_LABELS.items():
        assert identifier_type(label) == identifier_type(label.upper()) == kind


TYPED = [
    # (label, value, type, value)
    ("Vessel Registration Identification", "IMO 9187629", "imo", "9187629"),
    ("Vessel Registration Identification", "9187629", "imo", "9187629"),
    ("Vessel Registration Identification", "RS 150443", "registration", "RS 150443"),
    ("Company Number", "IMO 9187629", "imo", "9187629"),  # the value says IMO: an IMO number
    ("Registration Number", "1234567", "registration", "1234567"),
    ("Passport", "A1234567", "passport", "A1234567"),
]


@pytest.mark.parametrize(("label", "value", "kind", "out"), TYPED)
def test_typed_reads_the_value_too(label: str, value: str, kind: str, out: str) -> None:
    assert typed(label, value) == (kind, out)


def test_imo_identifiers_lose_their_prefix() -> None:
    assert identifier("imo", "IMO9123456", label="x")["value"] == "9123456"
    assert identifier("imo", "imo: 9123456")["value"] == "9123456"
    assert identifier("imo", "9123456", label="x")["value"] == "9123456"
