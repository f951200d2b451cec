"""Cell parsing shared by the list readers: enumerations, countries, identifier values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.lists import fieldparse as fp

SPLITS = [
    ("(1) 753123456 (2) 721234567", ["753123456", "721234567"]),
    ("1) Saudi Arabia 2) Qatar", ["Saudi Arabia", "Qatar"]),
    ("(a) 17.8.1972; (b) 1.1.1972", ["17.8.1972", "1.1.1972"]),
    ("a) x, b) y", ["x", "y"]),
    ("(1-3) Libya (4) Morocco", ["Libya", "Morocco"]),
    ("Kim (a.k.a. Jon); Lee", ["Kim (a.k.a. Jon)", "Lee"]),  # a note in brackets stays
    ("one; one; two", ["one", "two"]),
    ("", []),
]


@pytest.mark.parametrize(("cell", "expected"), SPLITS)
def test_split_enumerated(cell: str, expected: list[str]) -> None:
    assert fp.split_enumerated(cell) == expected


COUNTRIES = [
    ("Russia", ("RU",)),
    ("(1) Central African Republic (2) Sudan", ("CF", "SD")),
    ("Afghanistan (since 2009)", ("AF",)),
    ("Congo (Democratic Republic)", ("CD",)),  # OFSI's spelling, not Congo-Brazzaville
    ("Former USSR Currently Ukraine", ("UA",)),
    ("Russian SFSR, (now Russian Federation)", ("RU",)),
    ("Moscow", ()),
]


@pytest.mark.parametrize(("cell", "expected"), COUNTRIES)
def test_countries_in(cell: str, expected: tuple[str, ...]) -> None:
    assert fp.countries_in(cell) == expected


IDS = [
    ("passport", "Passport No: 592667 (Qatari passport issued on 3 May 2007).", [("592667", None)]),
    (
        "passport",
        "(1) D00001184 (CAR passport) (2) no: P04838205",
        [("D00001184", None), ("P04838205", None)],
    ),
    ("passport", "C2002515 (Iran); 477845448 (USA)", [("C2002515", "IR"), ("477845448", "US")]),
    ("registration", "1 121 402 000 213", [("1121402000213", None)]),
    ("registration", "CH-2 17-0-431-423-3 (Switzerland)", [("17-0-431-423-3", "CH")]),
    ("national_id", "UK ID", []),  # no number in it: nothing rather than a made-up value
    (
        "phone",
        "(1) +963112121816 (2) +963112121834",
        [("+963112121816", None), ("+963112121834", None)],
    ),
    (
        "email",
        "info@x.example; sales@x.example",
        [("info@x.example", None), ("sales@x.example", None)],
    ),
]


@pytest.mark.parametrize(("kind", "cell", "expected"), IDS)
def test_id_pairs(kind: str, cell: str, expected: list[tuple[str, str | None]]) -> None:
    assert fp.id_pairs(kind, cell) == expected


CLEAN = [
    ("  ACME \n Ltd ", "ACME Ltd"),
    ('"Quoted whole"', "Quoted whole"),
    ('"A" and "B"', '"A" and "B"'),  # quotes inside the value: not a wrapping pair
    ('""', ""),  # OpenSanctions writes an empty cell as ""
    (None, ""),
]


@pytest.mark.parametrize(("cell", "expected"), CLEAN)
def test_clean(cell: str | None, expected: str) -> None:
    assert fp.clean(cell) == expected


def test_aliases_drop_the_primary_and_repeats_and_mark_scripts() -> None:
    got = fp.aliases(
        "PETROV",
        [
            ("PETROV", "aka"),
            ("PETROFF", "weak"),
            ("PETROFF", "aka"),
            ("ПЕТРОВ", "aka"),
            ("", "aka"),
        ],
    )
    assert got == [
        {"name": "PETROFF", "quality": "weak"},
        {"name": "ПЕТРОВ", "quality": "original_script"},
    ]


WORD = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=12)


@given(st.lists(WORD, min_size=1, max_size=6, unique=True))
def test_enumerations_round_trip(items: list[str]) -> None:
    cell = " ".join(f"({i}) {item}" for i, item in enumerate(items, start=1))
    assert fp.split_enumerated(cell) == items
    assert fp.split_enumerated("; ".join(items)) == items
