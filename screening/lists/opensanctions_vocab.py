"""OpenSanctions and FollowTheMoney vocabulary shared by the OpenSanctions and EU-journal readers.

OpenSanctions aggregates many publishers and is not itself an authority, so its entries carry
``action = "review"`` (verify against the official list before blocking). FollowTheMoney (FtM)
names entity schemas and properties; the tables below map them onto ``LIST_ENTRY``.
"""

from __future__ import annotations

from screening.countries import to_iso2
from screening.lists import fieldparse as fp

SOURCE = "opensanctions"
PUBLISHER = "OpenSanctions"
ACTION = "review"
SCHEMA_TYPES = {
    "Person": "person",
    "Company": "organization",
    "Organization": "organization",
    "LegalEntity": "organization",
    "PublicBody": "organization",
    "Vessel": "vessel",
    "Airplane": "aircraft",
}
"""FollowTheMoney party schema → entity type (the simple CSV maps any other schema to unknown)."""

NAME_PROPS = (
    ("name", "strong"),
    ("alias", "aka"),
    ("abbreviation", "aka"),
    ("weakAlias", "weak"),
    ("previousName", "fka"),
)
COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "mainCountry", "flag")
ID_PROPS = {
    "imoNumber": "imo",
    "mmsi": "mmsi",
    "callSign": "call_sign",
    "registrationNumber": "registration",
    "ogrnCode": "registration",
    "taxNumber": "tax_id",
    "innCode": "tax_id",
    "vatCode": "tax_id",
    "swiftBic": "swift_bic",
    "bicCode": "swift_bic",
    "leiCode": "lei",
    "isinCode": "isin",
    "dunsCode": "duns",
    "uscCode": "uscc",
    "idNumber": "national_id",
    "passportNumber": "passport",
    "email": "email",
    "website": "website",
    "phone": "phone",
    "kppCode": "other",
    "okpoCode": "other",
    "uniqueEntityId": "other",
    "permId": "other",
}
LINKS = {
    "Ownership": ("owner", "asset"),
    "Directorship": ("director", "organization"),
    "Family": ("person", "relative"),
    "Associate": ("person", "associate"),
    "Membership": ("member", "organization"),
    "Employment": ("employee", "employer"),
    "Representation": ("agent", "client"),
    "UnknownLink": ("subject", "object"),
    "Succession": ("predecessor", "successor"),
}


def country_codes(values: list[str]) -> list[str]:
    """OpenSanctions country codes (``ru``, ``xk``, ``suhh`` ...) → ISO2; non-ISO codes dropped."""
    return fp.uniq(to_iso2(v) if len(v) == 2 else None for v in values)
