"""Name normalisation: behaviour table and laws (idempotence)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.normalize import analyze_name, fold, normalize_name, reorder_person
from screening.normalize.names import canonical_word

CASES = [
    # (input, entity_type, expected normalised form)
    ("HENAN DIESEL ENGINE INDUSTRY CO., LTD.", None, "henan diesel engine industry ltd"),
    ("Henan Diesel Engine Industry Company Limited", None, "henan diesel engine industry ltd"),
    ("ООО Ромашка", None, "llc romashka"),
    ("OOO Romashka", None, "llc romashka"),
    ("Romashka LLC", None, "romashka llc"),
    ("Siemens Aktiengesellschaft", None, "siemens jsc"),
    ("Siemens AG", None, "siemens jsc"),
    ("AO Kupol", None, "jsc kupol"),
    ("Акционерное общество Купол", None, "jsc kupol"),
    ("11420 CORP", None, "11420 corp"),  # legal forms kept: never "11420" alone
    ("PUTIN, Vladimir Vladimirovich", "person", "vladimir vladimirovich putin"),
    ("Dr. John Smith", "person", "john smith"),
    ("Xi'an Bingo", None, "xian bingo"),
    ("Fund One", None, "fund 1"),
    ("First Fund", None, "1 fund"),
    ("西安冰果", None, "xi an bing guo"),
    ("Ao Wei", "person", "ao wei"),  # a surname, not a legal form, for persons
    ("Sa Ding Ding", None, "jsc ding ding"),
    ("Ding Sa Ding", None, "ding sa ding"),  # short legal forms count only at the edges
    ("L & H Linguex", None, "l and h linguex"),
    ("", None, ""),
    ("!!!", None, ""),
]


@pytest.mark.parametrize(("raw", "entity_type", "expected"), CASES)
def test_normalize_cases(raw: str, entity_type: str | None, expected: str) -> None:
    assert normalize_name(raw, entity_type) == expected


def test_kinds_mark_legal_forms_and_numbers() -> None:
    form = analyze_name("Nantahala Capital Offshore Fund 1 Ltd")
    assert form.kinds[-1] == "legal"
    assert form.kinds[form.tokens.index("1")] == "number"
    assert form.compact == "nantahalacapitaloffshorefund1"


def test_reorder_person_only_with_one_comma() -> None:
    assert reorder_person("SMITH, John") == "John SMITH"
    assert reorder_person("A, B, C") == "A, B, C"
    assert reorder_person("SMITH,") == "SMITH,"


names = st.text(
    alphabet=st.sampled_from(list("abcdeéžАБВГДЕЖ西安有限公司 ,.-'&0123456789OoLlCcTtDd")),
    max_size=40,
)


@given(names, st.sampled_from([None, "person", "organization"]))
def test_normalisation_is_idempotent(raw: str, entity_type: str | None) -> None:
    once = normalize_name(raw, entity_type)
    assert normalize_name(once, entity_type) == once


@given(names)
def test_fold_is_idempotent_ascii(raw: str) -> None:
    once = fold(raw)
    assert fold(once) == once
    assert once.isascii()


def test_a_title_in_a_company_name_is_a_word() -> None:
    """Honorifics are particles in names of unknown type ("Mullah Fazlullah"), words in an
    organisation's ("Admiral Group Shipping Company")."""
    assert analyze_name("Admiral Group Shipping Company", "organization").kinds[0] == "word"
    assert analyze_name("Admiral Group Shipping Company").kinds[0] == "stop"


@pytest.mark.parametrize(("raw", "tokens"), [
    ("Abd al-Rahim", ("abdul", "rahim")),
    ("Abd ar-Rahman", ("abdul", "rahman")),
    ("Abdel Aziz", ("abdul", "aziz")),
    ("Abdul Sattar", ("abdul", "sattar")),
    ("Abdullah Khan", ("abdullah", "khan")),  # a name of its own, left alone
])
def test_abd_and_its_article_are_one_name_part(raw: str, tokens: tuple[str, ...]) -> None:
    assert analyze_name(raw, "person").tokens == tokens


@pytest.mark.parametrize(("token", "canonical"), [
    ("inustries", "industry"),  # a dropped letter in a business word
    ("petersbrug", "petersburg"),  # two letters swapped in a long place name
    ("centek", "centek"),  # one letter from "center", but six letters: a name, left alone
    ("branco", "branco"),
    ("martinez", "martinez"),  # two letters from "marine"
])
def test_only_real_slips_of_long_vocabulary_words_are_restored(token: str, canonical: str) -> None:
    assert canonical_word(token) == canonical
