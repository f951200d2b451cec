"""Column mapping by file, by CLI pairs and by synonyms; schema detection
(screening/records/mapping.py, synonyms.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from screening.errors import ConfigError, InputError
from screening.records import (
    ColumnMapping,
    detect_schema,
    load_mapping,
    parse_mapping_pairs,
    read_records,
)
from screening.records.columns import resolve_columns
from screening.records.synonyms import normalise
from tests.conftest import FIXTURES

RECORDS = FIXTURES / "records"
HERE = Path("input.csv")


@dataclass(frozen=True)
class SynonymCase:
    header: list[str]
    kind: str
    fields: dict[str, str]  # expected subset of the resolved fields
    extras: list[str] = field(default_factory=list)


SYNONYM_CASES = [
    SynonymCase(["Consignee", "HS Code", "Description of goods", "Destination"], "shipment",
                {"consignee_name": "Consignee", "hs_code": "HS Code",
                 "goods_description": "Description of goods", "destination_country": "Destination"}),
    SynonymCase(["id", "hs", "Buyer"], "shipment",
                {"record_id": "id", "hs_code": "hs", "consignee_name": "Buyer"}),
    SynonymCase(["record", "tariff_code", "EXPORTER"], "shipment",
                {"record_id": "record", "hs_code": "tariff_code", "shipper_name": "EXPORTER"}),
    SynonymCase(["Declaration No.", "Shipper", "End User", "Freight Forwarder", "Country of Origin"],
                "shipment", {"record_id": "Declaration No.", "shipper_name": "Shipper",
                             "end_user_name": "End User", "forwarder_name": "Freight Forwarder",
                             "origin_country": "Country of Origin"}),
    SynonymCase(["Получатель", "Код ТН ВЭД", "Страна назначения", "Кол-во"], "shipment",
                {"consignee_name": "Получатель", "hs_code": "Код ТН ВЭД",
                 "destination_country": "Страна назначения", "quantity": "Кол-во"}),
    SynonymCase(["收货人", "HS编码", "目的国"], "shipment",
                {"consignee_name": "收货人", "hs_code": "HS编码", "destination_country": "目的国"}),
    SynonymCase(["Company Name", "Country", "Notes"], "counterparty",
                {"name": "Company Name", "country": "Country"}, ["Notes"]),
    # "country" is never guessed for a shipment; it passes through
    SynonymCase(["consignee", "country", "Payer"], "shipment",
                {"consignee_name": "consignee", "payer_name": "Payer"}, ["country"]),
    # the canonical name itself beats a synonym ("consignee_name" over "buyer")
    SynonymCase(["Buyer", "consignee name"], "shipment", {"consignee_name": "consignee name"},
                ["Buyer"]),
]  # fmt: skip


@pytest.mark.parametrize("case", SYNONYM_CASES, ids=lambda c: ",".join(c.header))
def test_synonyms(case: SynonymCase) -> None:
    resolved = resolve_columns(case.header, None, path=HERE)
    assert resolved.kind == case.kind
    assert case.fields.items() <= resolved.fields.items()
    assert list(resolved.extras) == case.extras


def test_normalise() -> None:
    assert normalise("  HS-Code (6 digit) ") == "hs_code_6_digit"
    assert normalise("Кол-во") == "кол_во"


@pytest.mark.parametrize(
    ("columns", "kind"),
    [
        (["consignee_name"], "shipment"),
        (["end_user_name", "name"], "shipment"),
        (["hs_code"], "shipment"),
        (["name", "country"], "counterparty"),
        (["record_id", "value"], None),
    ],
)
def test_detect_schema(columns: list[str], kind: str | None) -> None:
    assert detect_schema(columns) == kind


def test_mapping_file_and_extras_pass_through() -> None:
    mapping = load_mapping(RECORDS / "mapping.yaml")
    assert mapping.decimal == ","
    frame = read_records(RECORDS / "erp_export.csv", mapping=mapping)
    assert frame["record_id"].to_list() == ["R1", "R2"]
    assert frame["consignee_name"].to_list() == ["Alpha GmbH", "Beta LLC"]
    assert frame["value"].to_list() == [1234.5, 99.9]
    assert frame["Bemerkung"].to_list() == ["ok", None]
    assert frame.columns[-2:] == ["parse_error", "Bemerkung"]


def test_pairs_override_file_and_match_loosely(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("Ref,Client,Other Client,consignee_name\n1,a,b,c\n", encoding="utf-8")
    mapping = ColumnMapping({"consignee_name": "Client"}).updated(
        parse_mapping_pairs(["consignee_name= other client "])
    )
    frame = read_records(path, mapping=mapping)
    assert frame["consignee_name"].to_list() == ["b"]
    # the file's own "consignee_name" column is shadowed, so it passes through renamed
    assert frame["consignee_name_original"].to_list() == ["c"]
    assert frame["Client"].to_list() == ["a"]


def test_missing_record_id_is_the_row_number(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("name\nA\nB\n", encoding="utf-8")
    assert read_records(path)["record_id"].to_list() == ["1", "2"]


@dataclass(frozen=True)
class BadMapping:
    name: str
    yaml: str
    message: str


BAD_MAPPINGS = [
    BadMapping("unknown field", "consigne_name: Buyer\n", r"mapping.yaml:1: unknown field 'consigne_name'; did you mean consignee_name\?"),
    BadMapping("reversed", "Buyer: consignee_name\n", "did you mean consignee_name: Buyer"),
    BadMapping("list value", "consignee_name: [a, b]\n", ":1: expected field: column"),
    BadMapping("empty value", "hs_code: ''\n", "no column name"),
    BadMapping("not a mapping", "- a\n- b\n", "expected lines of field: column"),
    BadMapping("bad yaml", "a: [\n", "not valid YAML"),
    BadMapping("bad decimal", "decimal: x\n", "decimal must be"),
    BadMapping("bad kind", "kind: vessel\n", "kind must be"),
    BadMapping("second line", "record_id: Ref\nhs: Code\n", "mapping.yaml:2: unknown field 'hs'"),
]  # fmt: skip


@pytest.mark.parametrize("case", BAD_MAPPINGS, ids=lambda c: c.name)
def test_bad_mapping_files(tmp_path: Path, case: BadMapping) -> None:
    path = tmp_path / "mapping.yaml"
    path.write_text(case.yaml, encoding="utf-8")
    with pytest.raises(ConfigError, match=case.message):
        load_mapping(path)


def test_nested_columns_form(tmp_path: Path) -> None:
    path = tmp_path / "mapping.yaml"
    path.write_text("columns:\n  consignee_name: Kunde\n  hs_code: '0012'\nkind: shipment\n")
    mapping = load_mapping(path)
    assert mapping.columns == {"consignee_name": "Kunde", "hs_code": "0012"}
    assert mapping.kind == "shipment"


@pytest.mark.parametrize(
    ("pairs", "message"),
    [(["consignee_name"], "expected field=column"), (["=x"], "expected field=column"),
     (["nme=Company"], "did you mean name")],
)  # fmt: skip
def test_bad_pairs(pairs: list[str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_mapping_pairs(pairs)


def test_mapped_column_missing_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("Kunde,Land\nA,DE\n", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"column 'Kude', which .* does not have. Did you mean 'Kunde'"
    ):
        read_records(path, mapping={"consignee_name": "Kude"})


def test_no_usable_columns(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"in.csv: no usable columns; found 'a', 'b'.*--map"):
        read_records(path)


def test_mixed_kinds_in_one_mapping() -> None:
    with pytest.raises(ConfigError, match="mixes shipment fields"):
        resolve_columns(["a", "b"], ColumnMapping({"name": "a", "hs_code": "b"}), path=HERE)


def test_explicit_fields_decide_the_kind() -> None:
    resolved = resolve_columns(["Supplier", "HS"], ColumnMapping({"name": "Supplier"}), path=HERE)
    assert resolved.kind == "counterparty"
    assert resolved.extras == {"HS": "HS"}
