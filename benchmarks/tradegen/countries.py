"""Country groups and per-role country weights for synthetic trade.

The groups follow ../shared/domain/export_control_facts.yaml (``countries``): embargoed
destinations, the transshipment-risk union, and Russia/Belarus as the diversion targets. They
decide two things: where planted diversion routes go, and which background rows must stay clean
(no controlled goods and no risky transit there), so that any goods/route hit on a row that is not
in ``truth_goods`` is a false positive by construction.
"""

from __future__ import annotations

from collections.abc import Mapping

DIVERSION_TARGETS = ("RU", "BY")
EMBARGOED = ("RU", "BY", "IR", "KP", "SY", "CU")
TRANSSHIPMENT_RISK = (
    "AM", "KZ", "KG", "GE", "UZ", "TJ", "TR", "AE", "CN", "HK", "MO", "RS", "IN", "IL", "BR",
    "MX", "NI", "ZA", "TW", "SG", "SY",
)
RISKY = tuple(sorted(set(EMBARGOED) | set(TRANSSHIPMENT_RISK)))
"""A background row touching one of these (consignee, end user, transit, destination) only ever
carries ordinary goods."""

DIVERSION_HUBS = ("AE", "TR", "KZ", "KG", "AM", "HK", "CN", "UZ", "GE")
"""Where planted diversion routes stop before Russia/Belarus."""

SAFE_TRANSIT = ("NL", "BE", "DE", "PL", "ES", "IT", "US", "PA", "MY", "KR", "JP", "LK", "EG")
"""Transit hubs for background rows (ports and airports not on the risk list)."""

SHIPPER_WEIGHTS: Mapping[str, float] = {
    "CN": 30, "DE": 8, "US": 8, "JP": 4, "KR": 5, "TW": 3, "IT": 4, "IN": 5, "TR": 4, "HK": 3,
    "GB": 3, "FR": 3, "NL": 3, "VN": 3, "MY": 2, "SG": 2, "PL": 2, "AE": 2, "KZ": 1,
    "UZ": 0.5, "AM": 0.5, "GE": 0.5, "KG": 0.5, "BR": 1, "MX": 1, "ES": 2, "TH": 1.5,
    "IL": 0.5, "SA": 0.5, "CA": 1.5,
}
"""Exporters: China-heavy, like real electronics/machinery trade. No RU/BY: parties there
appear only on planted rows (see TARGET_WEIGHTS), so a hit on them is never unlabelled."""

CONSIGNEE_WEIGHTS: Mapping[str, float] = {
    "US": 12, "DE": 8, "NL": 4, "GB": 4, "FR": 4, "IT": 3, "ES": 3, "PL": 3, "JP": 4, "KR": 3,
    "CN": 6, "HK": 3, "IN": 4, "TR": 4, "AE": 5, "KZ": 3, "KG": 1.5, "AM": 1.5,
    "UZ": 1.5, "GE": 1.5, "VN": 3, "MY": 2, "SG": 2, "TH": 2, "BR": 2, "MX": 2,
    "SA": 2, "EG": 1, "CA": 3, "IL": 1, "TW": 1,
}
"""Importers: broad, with the Central Asian/Caucasus traders real Russia-adjacent trade shows."""

TARGET_WEIGHTS: Mapping[str, float] = {"RU": 6, "BY": 1}
"""Russian and Belarusian consignees/end users, drawn only by planted diversion rows."""

FORWARDER_WEIGHTS: Mapping[str, float] = {
    "CN": 18, "HK": 6, "DE": 8, "NL": 5, "US": 8, "GB": 4, "TR": 6, "AE": 8, "RU": 5, "KZ": 3,
    "SG": 4, "IN": 3, "PL": 3, "FR": 2, "IT": 2, "KR": 2, "JP": 2, "GE": 1, "AM": 1, "UZ": 1,
    "KG": 1, "BY": 0.5,
}

CURRENCY_BY_COUNTRY: Mapping[str, str] = {
    "CN": "CNY", "RU": "RUB", "AE": "AED", "TR": "TRY", "GB": "GBP", "JP": "JPY", "IN": "INR",
    "KZ": "KZT", "DE": "EUR", "FR": "EUR", "IT": "EUR", "ES": "EUR", "NL": "EUR", "BE": "EUR",
    "PL": "PLN", "KR": "KRW", "HK": "HKD",
}
"""A shipper's local currency, used for a minority of rows (most trade is invoiced in USD/EUR)."""

COUNTRY_NAMES: Mapping[str, str] = {
    "CN": "China", "DE": "Germany", "US": "USA", "JP": "Japan", "KR": "Korea", "TW": "Taiwan",
    "IT": "Italy", "IN": "India", "TR": "Turkey", "HK": "Hong Kong", "GB": "United Kingdom",
    "FR": "France", "NL": "Netherlands", "VN": "Vietnam", "MY": "Malaysia", "SG": "Singapore",
    "PL": "Poland", "AE": "UAE", "RU": "Russia", "KZ": "Kazakhstan", "UZ": "Uzbekistan",
    "AM": "Armenia", "BY": "Belarus", "GE": "Georgia", "KG": "Kyrgyzstan", "BR": "Brazil",
    "MX": "Mexico", "ES": "Spain", "TH": "Thailand", "IL": "Israel", "SA": "Saudi Arabia",
    "CA": "Canada", "EG": "Egypt", "IR": "Iran", "KP": "DPRK", "SY": "Syria", "CU": "Cuba",
}
