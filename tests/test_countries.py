"""Country resolution: spellings → ISO2, multi-country cells, the polars twin, the data table."""

from __future__ import annotations

import csv
from importlib.resources import files

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening.countries import (
    all_iso2,
    country_name,
    iso2_expr,
    normalize_country,
    split_countries,
    to_iso2,
)


def _rows() -> list[dict[str, str]]:
    text = files("screening").joinpath("data/countries.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


ROWS = _rows()
SPELLINGS: list[tuple[str, str]] = [
    (spelling, row["iso2"])
    for row in ROWS
    for spelling in (row["iso2"], row["iso3"], row["name"], *row["aliases"].split("|"))
    if spelling
]

OFAC_UN_UK_EU = [
    ("Korea, North", "KP"),
    ("KOREA, NORTH", "KP"),
    ("korea north", "KP"),
    ("Korea (North)", "KP"),
    ("Korea, Democratic People's Republic of", "KP"),
    ("Korea, Democratic People’s Republic of", "KP"),
    ("Korea, South", "KR"),
    ("Iran (Islamic Republic of)", "IR"),
    ("Iran, Islamic Republic of", "IR"),
    ("Burma", "MM"),
    ("Congo, Democratic Republic of the", "CD"),
    ("Congo, Republic of the", "CG"),
    ("Congo", "CG"),
    ("Viet Nam", "VN"),
    ("Türkiye", "TR"),
    ("Turkiye", "TR"),
    ("TURKEY", "TR"),
    ("Syrian Arab Republic", "SY"),
    ("Moldova, Republic of", "MD"),
    ("Lao People's Democratic Republic", "LA"),
    ("Bolivia (Plurinational State of)", "BO"),
    ("Venezuela, Bolivarian Republic of", "VE"),
    ("United Kingdom of Great Britain and Northern Ireland", "GB"),
    ("UK", "GB"),
    ("U.K.", "GB"),
    ("USA", "US"),
    ("United States of America", "US"),
    ("UAE", "AE"),
    ("Hong Kong SAR", "HK"),
    ("China, Hong Kong Special Administrative Region", "HK"),
    ("Macao", "MO"),
    ("Macau", "MO"),
    ("Taiwan, Province of China", "TW"),
    ("Palestine, State of", "PS"),
    ("West Bank", "PS"),
    ("Gaza", "PS"),
    ("Russian Federation", "RU"),
    ("Côte d'Ivoire", "CI"),
    ("Cote d'Ivoire", "CI"),
    ("COTE D IVOIRE", "CI"),
    ("The Gambia", "GM"),
    ("Gambia, The", "GM"),
    ("Bosnia & Herzegovina", "BA"),
    ("Kosovo", "XK"),
    ("  russia  ", "RU"),
]
CODES = [
    ("ru", "RU"),
    ("RUS", "RU"),
    ("rus", "RU"),
    ("BLR", "BY"),
    ("kgz", "KG"),
    ("ARE", "AE"),
    ("PRK", "KP"),
    ("GBR", "GB"),
    ("XKX", "XK"),
    ("COD", "CD"),
]
RU_ZH = [
    ("Россия", "RU"),
    ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "RU"),
    ("俄罗斯", "RU"),
    ("Беларусь", "BY"),
    ("Белоруссия", "BY"),
    ("白俄罗斯", "BY"),
    ("Китай", "CN"),
    ("中国", "CN"),
    ("Гонконг", "HK"),
    ("香港", "HK"),
    ("Казахстан", "KZ"),
    ("哈萨克斯坦", "KZ"),
    ("Киргизия", "KG"),
    ("Кыргызстан", "KG"),
    ("吉尔吉斯斯坦", "KG"),
    ("Армения", "AM"),
    ("亚美尼亚", "AM"),
    ("Грузия", "GE"),
    ("Узбекистан", "UZ"),
    ("Таджикистан", "TJ"),
    ("Турция", "TR"),
    ("土耳其", "TR"),
    ("ОАЭ", "AE"),
    ("Объединенные Арабские Эмираты", "AE"),  # е for ё
    ("阿联酋", "AE"),
    ("Иран", "IR"),
    ("伊朗", "IR"),
    ("КНДР", "KP"),
    ("朝鲜", "KP"),
    ("Сирия", "SY"),
    ("Украина", "UA"),
    ("乌克兰", "UA"),
    ("Германия", "DE"),
    ("德国", "DE"),
    ("США", "US"),
    ("美国", "US"),
    ("Индия", "IN"),
    ("Сербия", "RS"),
    ("Монголия", "MN"),
    ("Азербайджан", "AZ"),
    ("Туркменистан", "TM"),
    ("Молдова", "MD"),
    ("Куба", "CU"),
    ("Венесуэла", "VE"),
    ("Мьянма", "MM"),
]
# Nationality adjectives as EU journal, OFSI, UN and OFAC files write them in nationality columns.
DEMONYMS = [
    ("Russian", "RU"),
    ("RUSSIAN", "RU"),
    ("Iranian", "IR"),
    ("Belarusian", "BY"),
    ("Belarussian", "BY"),  # EU spelling
    ("Afghan", "AF"),
    ("Syrian", "SY"),
    ("Tunisian", "TN"),
    ("Iraqi", "IQ"),
    ("Ukrainian", "UA"),
    ("Chinese", "CN"),
    ("North Korean", "KP"),
    ("South Korean", "KR"),
    ("German", "DE"),
    ("Palestinian", "PS"),
    ("British", "GB"),
    ("American", "US"),
    ("Saudi Arabian", "SA"),
    ("Filipino", "PH"),
    ("Sudanese", "SD"),
    ("South Sudanese", "SS"),
    ("Nigerian", "NG"),
    ("Nigerien", "NE"),
    ("Guinean", "GN"),
    ("Equatorial Guinean", "GQ"),
    ("Bissau-Guinean", "GW"),
    ("Samoan", "WS"),
    ("American Samoan", "AS"),
    ("Uzbekistani", "UZ"),
    ("Kyrgyz", "KG"),
    ("Ivorian", "CI"),
    ("Manx", "IM"),
]
NEW_SPELLINGS = [
    ("Congo (Democratic Republic)", "CD"),  # OFSI
    ("North Macedonia, The Republic of", "MK"),  # OFAC
    ("Man, Isle of", "IM"),  # OFAC
    ("Netherlands Antilles", "AN"),  # historic: BQ, CW or SX today
]
UNKNOWN = [
    None, "", "   ", "---", "xx", "XXX", "Korea", "Virgin Islands", "Narnia", "Moscow", "12",
    "Korean", "Congolese", "Dominican",  # adjectives of two countries each
    "Crimea", "Region: Crimea", "Donetsk",  # regions: address text, not countries
]  # fmt: skip


@pytest.mark.parametrize(("text", "iso2"), OFAC_UN_UK_EU + CODES + RU_ZH + DEMONYMS + NEW_SPELLINGS)
def test_to_iso2(text: str, iso2: str) -> None:
    assert to_iso2(text) == iso2


@pytest.mark.parametrize("text", UNKNOWN)
def test_to_iso2_unknown_is_none(text: str | None) -> None:
    assert to_iso2(text) is None


SPLITS = [
    ("AE; KG", ["AE", "KG"]),
    ("AE,KG", ["AE", "KG"]),
    ("AE|KG", ["AE", "KG"]),
    ("AE KG", ["AE", "KG"]),
    ("AE/KG", ["AE", "KG"]),
    ("Turkey, Kazakhstan", ["TR", "KZ"]),
    ("Korea, North", ["KP"]),
    ("Korea, North; Iran", ["KP", "IR"]),
    ("Korea, North, Iran, Islamic Republic of, Turkey", ["KP", "IR", "TR"]),
    ("Congo, Democratic Republic of the, Congo", ["CD", "CG"]),
    ("Russia/Belarus", ["RU", "BY"]),
    ("Россия; 中国", ["RU", "CN"]),
    ("KG; AE; kg; Kyrgyzstan", ["KG", "AE"]),
    ("Moscow, Russia", ["RU"]),
    ("Narnia; AE", ["AE"]),
    ("United States", ["US"]),
    ("Ukrainian, Russian", ["UA", "RU"]),  # EU journal nationality cells
    ("Syrian/Iranian", ["SY", "IR"]),
    ("AE XX", []),
    ("", []),
    (None, []),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_countries(text: str | None, expected: list[str]) -> None:
    assert split_countries(text) == expected


def test_country_name_and_codes() -> None:
    assert country_name("RU") == "Russia"
    assert country_name("kp") == "North Korea"
    with pytest.raises(KeyError):
        country_name("XX")
    codes = all_iso2()
    assert len(codes) == 251  # ISO 3166-1 (249) + XK + AN (historic, see countries.py)
    assert {"RU", "BY", "XK", "HK", "TW", "PS", "AN"} <= codes


def test_table_codes_unique_and_well_formed() -> None:
    iso2 = [r["iso2"] for r in ROWS]
    iso3 = [r["iso3"] for r in ROWS]
    assert len(set(iso2)) == len(iso2)
    assert len(set(iso3)) == len(iso3)
    assert all(c.isascii() and c.isupper() and len(c) == 2 for c in iso2)
    assert all(c.isascii() and c.isupper() and len(c) == 3 for c in iso3)
    assert all(r["name"] for r in ROWS)


def test_every_spelling_resolves_to_its_own_row() -> None:
    """No spelling is shared by two countries (the loader also refuses such a table)."""
    assert len(SPELLINGS) > 1000
    wrong = [(s, iso2, to_iso2(s)) for s, iso2 in SPELLINGS if to_iso2(s) != iso2]
    assert wrong == []


def test_iso2_expr_accepts_name_or_expr_and_keeps_nulls() -> None:
    frame = pl.DataFrame({"c": ["Korea, North", None, "", "RUS", "nowhere"]})
    by_name = frame.select(iso2_expr("c")).to_series().to_list()
    by_expr = frame.select(iso2_expr(pl.col("c").str.strip_chars())).to_series().to_list()
    assert by_name == by_expr == ["KP", None, None, "RU", None]


# Noise that looks like real cells: Latin (with accents), Cyrillic, CJK, punctuation, spaces.
NOISE_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:()-'’&/_\t")
    + list("éèüöäåçñøÉÜÖßİıœ")
    + list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєқўҳ")
    + list("中国俄罗斯香港（）、，\u00a0\u3000")
)
NOISY_SPELLING = st.builds(
    lambda s, upper, pre, post: (s.upper() if upper else s) + pre + post,
    st.sampled_from([s for s, _ in SPELLINGS]),
    st.booleans(),
    st.sampled_from(["", " ", ",", " (", "."]),
    st.sampled_from(["", "x", " the", "’"]),
)
CELL = st.one_of(
    st.sampled_from([s for s, _ in SPELLINGS]),
    NOISY_SPELLING,
    st.text(NOISE_ALPHABET, max_size=20),
    # any character Python 3.11 knows (unassigned ones may differ between Python and Rust)
    st.text(st.characters(exclude_categories=("Cn", "Cs")), max_size=8),
    st.none(),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(CELL, max_size=40))
def test_iso2_expr_equals_to_iso2(cells: list[str | None]) -> None:
    got = pl.DataFrame({"c": cells}, schema={"c": pl.String}).select(iso2_expr("c"))
    assert got.to_series().to_list() == [to_iso2(c) for c in cells]


@settings(max_examples=200, deadline=None)
@given(st.text(NOISE_ALPHABET, max_size=30))
def test_normalize_country_is_idempotent(text: str) -> None:
    once = normalize_country(text)
    assert normalize_country(once) == once
