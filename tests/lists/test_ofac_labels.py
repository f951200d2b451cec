"""OFAC vocabulary: program lists, non-SDN list names and actions, advanced-XML list names."""

from __future__ import annotations

import pytest

from screening.lists.ofac_labels import (
    NON_SDN_DEFAULT,
    advanced_list,
    is_non_sdn_only,
    non_sdn_list,
    split_programs,
)

PROGRAMS = [
    ("SDGT", ["SDGT"]),
    ("SDGT] [IFSR", ["SDGT", "IFSR"]),
    (
        "UKRAINE-EO13662] [RUSSIA-EO14024] [CAATSA - RUSSIA",
        ["UKRAINE-EO13662", "RUSSIA-EO14024", "CAATSA - RUSSIA"],
    ),
    (None, []),
    ("", []),
]


@pytest.mark.parametrize(("text", "programs"), PROGRAMS)
def test_split_programs(text: str | None, programs: list[str]) -> None:
    assert split_programs(text) == programs


NON_SDN = [
    (["CMIC-EO13959"], ("OFAC NS-CMIC", "review")),
    (["NS-PLC"], ("OFAC NS-PLC", "review")),
    (["SYRIA", "FSE-SY"], ("OFAC FSE", "block")),
    (["561-Related"], ("OFAC CAPTA", "review")),
    (["UKRAINE-EO13662", "RUSSIA-EO14024"], ("OFAC SSI", "review")),
    (["NS-ISA"], ("OFAC NS-MBS", "review")),
    (["RUSSIA-EO14024"], NON_SDN_DEFAULT),
    ([], NON_SDN_DEFAULT),
]


@pytest.mark.parametrize(("programs", "expected"), NON_SDN)
def test_non_sdn_list_and_action(programs: list[str], expected: tuple[str, str]) -> None:
    assert non_sdn_list(programs) == expected


ONLY_NON_SDN = [
    (["NS-PLC"], True),
    (["CMIC-EO13959"], True),
    (["FSE-IR", "561-Related"], True),
    (["SDGT", "NS-PLC"], False),  # an SDN also on the PLC list (SDN.CSV has two such)
    (["UKRAINE-EO13662"], False),  # SSI program is also an SDN program
    ([], False),
]


@pytest.mark.parametrize(("programs", "expected"), ONLY_NON_SDN)
def test_is_non_sdn_only(programs: list[str], expected: bool) -> None:
    assert is_non_sdn_only(programs) is expected


ADVANCED = [
    (["SDN List"], ("OFAC SDN", "block")),
    (
        ["Consolidated List", "SDN List", "Sectoral Sanctions Identifications List"],
        ("OFAC SDN", "block"),
    ),
    (["Consolidated List", "Sectoral Sanctions Identifications List"], ("OFAC SSI", "review")),
    (
        ["Consolidated List", "Non-SDN Palestinian Legislative Council List"],
        ("OFAC NS-PLC", "review"),
    ),
    (["Consolidated List", "FSE List"], ("OFAC FSE", "block")),
    (["Consolidated List", "CAPTA List"], ("OFAC CAPTA", "review")),
    (["Consolidated List", "Non-SDN Menu-Based Sanctions List"], ("OFAC NS-MBS", "review")),
    (
        ["Consolidated List", "Non-SDN Chinese Military-Industrial Complex Companies List"],
        ("OFAC NS-CMIC", "review"),
    ),
    (["Consolidated List", "Some New List"], ("OFAC Some New List", "review")),
    (["Consolidated List"], None),
    ([], None),
]


@pytest.mark.parametrize(("lists", "expected"), ADVANCED)
def test_advanced_list(lists: list[str], expected: tuple[str, str] | None) -> None:
    assert advanced_list(lists) == expected
