"""OFAC remarks parsing: clauses -> weak aliases, typed identifiers, dates, countries, links."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening.lists.id_labels import ID_LABELS
from screening.lists.ofac_remarks import (
    Identifier,
    ofac_dates,
    parse_clauses,
    parse_remarks,
    split_clauses,
)
from screening.schema import IDENTIFIER_TYPES


@dataclass(frozen=True)
class Case:
    remarks: str
    # (type, value, country as written)
    identifiers: list[tuple[str, str, str | None]] = field(default_factory=list)
    weak_aliases: list[str] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    linked_to: list[str] = field(default_factory=list)
    listed_dates: list[str] = field(default_factory=list)


CASES = [
    Case("DOB 01 Jan 1960.", birth_dates=["1960-01-01"]),
    Case("DOB circa 1960; POB Tehran, Iran.", birth_dates=["1960"]),
    Case("DOB 1960 to 1962.", birth_dates=["1960", "1961", "1962"]),
    Case("DOB Mar 1945; alt. DOB 1947.", birth_dates=["1945-03", "1947"]),
    Case("DOB 01 Jan 1960 to 31 Dec 1962.", birth_dates=["1960", "1961", "1962"]),
    Case("DOB 10 Apr 1965 to 12 Apr 1965.", birth_dates=["1965-04-10", "1965-04-12"]),
    Case("DOB circa 1955-1957.", birth_dates=["1955", "1956", "1957"]),
    Case("nationality Iran; alt. citizen Syria.", countries=["Iran", "Syria"]),
    Case("nationality Korea, North; Gender Male.", countries=["Korea, North"]),
    Case("Nationality of Registration Russia.", countries=["Russia"]),
    Case(
        "Passport A12345 (Iran) expires 22 Oct 2018; alt. Passport RL 1794375 (Lebanon).",
        identifiers=[("passport", "A12345", "Iran"), ("passport", "RL 1794375", "Lebanon")],
    ),
    Case(
        "Passport L 191609 issued 28 Feb 1996 expires 27 Feb 2001.",
        identifiers=[("passport", "L 191609", None)],
    ),
    Case("National ID No. 216040 (Yemen).", identifiers=[("national_id", "216040", "Yemen")]),
    Case(
        "C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968.",
        identifiers=[("national_id", "AIMM67125HCHRRG06", "Mexico")],
    ),
    Case("Registration ID 14063277.", identifiers=[("registration", "14063277", None)]),
    Case(
        "Registration Number HRA 738077 (Stuttgart) (Germany).",
        identifiers=[("registration", "HRA 738077 (Stuttgart)", "Germany")],
    ),
    Case("Tax ID No. 7707083893 (Russia).", identifiers=[("tax_id", "7707083893", "Russia")]),
    Case("R.F.C. DIB-771110-HQ1 (Mexico).", identifiers=[("tax_id", "DIB-771110-HQ1", "Mexico")]),
    Case(
        "Unified Social Credit Code (USCC) 91110000MA005UCQ5P (China).",
        identifiers=[("uscc", "91110000MA005UCQ5P", "China")],
    ),
    Case("SWIFT/BIC GAZPRUMM.", identifiers=[("swift_bic", "GAZPRUMM", None)]),
    Case("Website http://www.rshb.ru.", identifiers=[("website", "http://www.rshb.ru", None)]),
    Case("Email Address office@rshb.ru.", identifiers=[("email", "office@rshb.ru", None)]),
    Case(
        "Telephone (98)(21)(66153220); Fax: 0097282858208.",
        identifiers=[("phone", "(98)(21)(66153220)", None), ("phone", "0097282858208", None)],
    ),
    Case(
        "Vessel Registration Identification IMO 9187629; MMSI 572469210.",
        identifiers=[("imo", "9187629", None), ("mmsi", "572469210", None)],
    ),
    Case("Vessel Registration Identification 8606173.", identifiers=[("imo", "8606173", None)]),
    Case(
        "Vessel Registration Identification RS 150443 (Russia).",
        identifiers=[("registration", "RS 150443", "Russia")],
    ),
    Case("Identification Number IMO 5342883.", identifiers=[("imo", "5342883", None)]),
    Case("Company Number IMO 5055293.", identifiers=[("imo", "5055293", None)]),
    Case("Aircraft Tail Number RA-76842.", identifiers=[("aircraft_tail", "RA-76842", None)]),
    Case(
        "Legal Entity Number 253400V1H6ART1UQ0N98 (Russia); ISIN KYG7114V1023.",
        identifiers=[("lei", "253400V1H6ART1UQ0N98", "Russia"), ("isin", "KYG7114V1023", None)],
    ),
    Case("D-U-N-S Number 542957624.", identifiers=[("duns", "542957624", None)]),
    Case(
        "Digital Currency Address - XBT 149w62rY42aZBox8fGcmqNsXUzSStKeq8C.",
        identifiers=[("other", "149w62rY42aZBox8fGcmqNsXUzSStKeq8C", None)],
    ),
    Case("Organization Established Date 31 Jul 1990.", birth_dates=["1990-07-31"]),
    Case("Listing Date (CMIC) 03 Jun 2021.", listed_dates=["2021-06-03"]),
    Case("Listing Date (EO 14024 Directive 2): 24 Feb 2022.", listed_dates=["2022-02-24"]),
    Case("Linked To: HIZBALLAH.", linked_to=["HIZBALLAH"]),
    Case("Linked To: DIAB, Adel; Linked To: AYAD, Adnan.", linked_to=["DIAB, Adel", "AYAD, Adnan"]),
    Case("Linked To: KAIKAI TECHNOLOGY CO., LTD.", linked_to=["KAIKAI TECHNOLOGY CO., LTD."]),
    Case("Linked To: BM BANK JSC.", linked_to=["BM BANK JSC"]),
    Case(
        "(Linked To: PUBLIC JOINT STOCK COMPANY GAZPROM)",
        linked_to=["PUBLIC JOINT STOCK COMPANY GAZPROM"],
    ),
    Case("a.k.a. 'BNC'.", weak_aliases=["BNC"]),
    Case(
        "f.k.a. 'ANA I'; n.k.a. 'SAND SWAN'; a.k.a. 'ABU 'ABD AL-'AZIZ'.",
        weak_aliases=["ANA I", "SAND SWAN", "ABU 'ABD AL-'AZIZ"],
    ),
    Case("a.k.a. ''ABD-AL-'IZ'.", weak_aliases=["'ABD-AL-'IZ"]),
    Case(
        "Additional Sanctions Information - Subject to Secondary Sanctions; Gender Male; "
        "Secondary sanctions risk: section 1(b) of Executive Order 13224."
    ),
    Case(
        "Unknown Label 12345; Target Type Government Entity; Aircraft Model IL76-TD.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.remarks[:40] for c in CASES])
def test_remarks_clauses(case: Case) -> None:
    facts = parse_remarks(case.remarks)
    assert [(i.type, i.value, i.country) for i in facts.identifiers] == case.identifiers
    assert facts.weak_aliases == case.weak_aliases
    assert facts.birth_dates == case.birth_dates
    assert facts.countries == case.countries
    assert facts.linked_to == case.linked_to
    assert facts.listed_dates == case.listed_dates


def test_identifier_keeps_the_label_as_written() -> None:
    facts = parse_remarks("alt. Passport 123 (Egypt); Diplomatic Passport 008827 (Iran).")
    assert facts.identifiers == [
        Identifier("passport", "123", "Egypt", "Passport"),
        Identifier("passport", "008827", "Iran", "Diplomatic Passport"),
    ]


def test_truncated_remarks_drop_the_cut_clause() -> None:
    text = "Tax ID No. 7707083893 (Russia); Registration Number 10277001"
    assert [i.value for i in parse_remarks(text).identifiers] == ["7707083893", "10277001"]
    assert [i.value for i in parse_remarks(text, truncated=True).identifiers] == ["7707083893"]


def test_split_keeps_semicolons_inside_quoted_aliases() -> None:
    assert split_clauses("a.k.a. 'X; Y'; DOB 1960.") == ["a.k.a. 'X; Y'", "DOB 1960"]


def test_empty_and_null_remarks() -> None:
    assert parse_remarks(None) == parse_remarks("") == parse_clauses([])


DATES = [
    ("1960", ["1960"]),
    ("Jan 1960", ["1960-01"]),
    ("01 Jan 1960", ["1960-01-01"]),
    ("5 Sep 1938", ["1938-09-05"]),
    ("circa 1960", ["1960"]),
    ("1940 to 1970", ["1940", "1970"]),  # more than 10 years: the two ends only
    ("Foo 1960", []),
    ("sometime", []),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_ofac_dates(text: str, expected: list[str]) -> None:
    assert ofac_dates(text) == expected


def test_every_label_maps_to_a_schema_identifier_type() -> None:
    assert set(ID_LABELS.values()) <= set(IDENTIFIER_TYPES)


@given(st.text(max_size=300))
def test_parser_never_raises_and_is_pure(text: str) -> None:
    assert parse_remarks(text) == parse_remarks(text)


@settings(max_examples=60)
@given(
    st.sampled_from(sorted(ID_LABELS)),
    st.from_regex(r"[0-9][A-Z0-9-]{3,14}", fullmatch=True),
)
def test_known_label_with_value_is_typed(label: str, value: str) -> None:
    (ident,) = parse_remarks(f"{label} {value}.").identifiers
    assert ident.label == label
    assert ident.value == value
    assert ident.type in IDENTIFIER_TYPES
