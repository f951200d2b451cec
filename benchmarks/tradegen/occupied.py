"""Addresses in the occupied regions of Ukraine (Crimea, Sevastopol, parts of Donetsk, Luhansk,
Zaporizhzhia, Kherson oblasts), written as Russian-language documents and Latin invoices do.
City names follow export_control_facts.yaml ``occupied_regions_ukraine`` (illustrative list)."""

from __future__ import annotations

import numpy as np

PLACES = (
    ("г. Симферополь, Республика Крым", "Simferopol, Republic of Crimea"),
    ("г. Севастополь", "Sevastopol"),
    ("г. Керчь, Республика Крым", "Kerch, Crimea"),
    ("г. Донецк, ДНР", "Donetsk, DNR"),
    ("г. Луганск, ЛНР", "Luhansk, LNR"),
    ("г. Мариуполь", "Mariupol"),
    ("г. Мелитополь, Запорожская область", "Melitopol, Zaporozhye region"),
    ("г. Бердянск", "Berdyansk"),
    ("г. Геническ, Херсонская область", "Genichesk, Kherson region"),
)
STREETS = (("ул. Ленина", "Lenina str."), ("ул. Киевская", "Kievskaya str."),
           ("пр. Мира", "Mira ave."), ("ул. Гагарина", "Gagarina str."))


def occupied_addresses(rng: np.random.Generator, n: int) -> list[str]:
    """``n`` consignee addresses in occupied territory, Cyrillic or Latin."""
    place = rng.integers(0, len(PLACES), n)
    street = rng.integers(0, len(STREETS), n)
    number = rng.integers(1, 200, n)
    latin = rng.random(n) < 0.5
    out = []
    for p, s, num, lat in zip(place.tolist(), street.tolist(), number.tolist(), latin.tolist(),
                              strict=True):  # planted rows only
        script = 1 if lat else 0
        out.append(f"{STREETS[s][script]} {num}, {PLACES[p][script]}" if lat
                   else f"{STREETS[s][script]}, д. {num}, {PLACES[p][script]}")
    return out
