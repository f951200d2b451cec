"""Each kind of leaf condition on a small rule file: a table of records that fire or not."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl
import pytest

from screening.rules import RuleSet, evaluate, load_rules
from tests.rules.helpers import frame, write_rules

EX = "examples: {fire: [{value: 1}, {value: 2}], quiet: [{value: 3}]}"
RULES = f"""
keyword_lists:
  bad_words: {{title: Bad, status: unverified, sources: {{user_brief: unverified}},
              terms: {{en: [jammer*], ru: [глушилк*]}}}}
price_tables:
  prices: {{title: P, currency: USD, status: unverified, sources: {{user_brief: unverified}},
           prices: {{"8542": 2.0, "854231": 10.0}}}}
rules:
  - {{id: L_NUMBER, title: number, category: t, severity: info, score: 0.1, rationale: number leaf.,
      sources: {{user_brief: unverified}}, {EX},
      when: {{number: {{field: value, gte: 100, lt: 1000, currency: [USD]}}}}}}
  - {{id: L_UNIT, title: unit price, category: t, severity: info, score: 0.1, rationale: unit leaf.,
      sources: {{user_brief: unverified}}, {EX},
      when: {{unit_price: {{table: prices, above: 10, below: 0.1}}}}}}
  - {{id: L_DATE, title: date, category: t, severity: info, score: 0.1, rationale: date leaf.,
      sources: {{user_brief: unverified}}, {EX},
      when: {{date: {{field: consignee_incorporation_date, from: 2022-02-24, until: 2022-12-31}}}}}}
  - {{id: L_HUBS, title: hubs, category: t, severity: info, score: 0.1, rationale: count leaf.,
      sources: {{user_brief: unverified}}, {EX},
      when: {{country: {{fields: [destination_country, transit_countries], in: [transshipment_risk],
                        min_matches: 2}}}}}}
  - {{id: L_DIFFERS, title: differs, category: t, severity: info, score: 0.1, rationale: differs leaf.,
      sources: {{user_brief: unverified}}, {EX},
      when: {{country_differs: {{field: payer_country, from: [consignee_country, destination_country]}}}}}}
  - {{id: L_SAME, title: same, category: t, severity: info, score: 0.1, rationale: same party leaf.,
      sources: {{user_brief: unverified}}, {EX}, subject: party,
      when: {{same_party: {{roles: [shipper, consignee, forwarder]}}}}}}
  - {{id: L_PRESENT, title: present, category: t, severity: info, score: 0.1, rationale: present leaf.,
      sources: {{user_brief: unverified}}, {EX},
      when: {{all: [{{party_present: payer}}, {{party_missing: end_user}}]}}}}
  - {{id: L_LIST, title: list, category: t, severity: info, score: 0.1, rationale: list leaf.,
      sources: {{user_brief: unverified}}, {EX}, subject: party,
      when: {{list_match: {{roles: [consignee, end_user], sources: [ofac_sdn], programs: [IRAN],
                           actions: [block], min_score: 0.9}}}}}}
  - {{id: L_TEXT, title: text, category: t, severity: info, score: 0.1, rationale: text leaf.,
      sources: {{user_brief: unverified}}, {EX},
      when: {{text: {{fields: [goods_description, consignee_name], lists: [bad_words],
                     regex: ['\\bsn\\d{{4}}']}}}}}}
  - {{id: L_NOT_ANY, title: not any, category: t, severity: info, score: 0.1, rationale: combinators.,
      sources: {{user_brief: unverified}}, {EX},
      when: {{all: [{{hs: {{codes: ["8542"]}}}},
                   {{not: {{any: [{{country: {{fields: [destination_country], in: [DE]}}}},
                                 {{country: {{fields: [consignee_country], in: [DE]}}}}]}}}}]}}}}
"""


@dataclass(frozen=True)
class Case:
    rule: str
    record: dict[str, Any]
    fires: bool
    matches: list[dict[str, Any]] = field(default_factory=list)


SDN = {"role": "consignee", "source": "ofac_sdn", "programs": ["IRAN"], "score": 0.95,
       "action": "block", "entry_id": "ofac_sdn:1", "list_name": "SDN"}
CASES = [
    Case("L_NUMBER", {"value": 100.0, "currency": "usd"}, True),
    Case("L_NUMBER", {"value": 1000.0, "currency": "USD"}, False),
    Case("L_NUMBER", {"value": 500.0, "currency": "EUR"}, False),
    Case("L_NUMBER", {"value": 500.0}, False),  # no currency column: unknown
    Case("L_UNIT", {"hs_code": "854231", "value": 1010.0, "quantity": 10.0, "currency": "USD"}, True),
    Case("L_UNIT", {"hs_code": "854231", "value": 99.0, "quantity": 1.0, "currency": "USD"}, False),
    Case("L_UNIT", {"hs_code": "854239", "value": 25.0, "quantity": 1.0, "currency": "USD"}, True),
    Case("L_UNIT", {"hs_code": "854239", "value": 0.1, "quantity": 1.0, "currency": "USD"}, True),
    Case("L_UNIT", {"hs_code": "854239", "value": 5.0, "quantity": 0.0, "currency": "USD"}, False),
    Case("L_UNIT", {"hs_code": "940360", "value": 1e6, "quantity": 1.0, "currency": "USD"}, False),
    Case("L_DATE", {"consignee_incorporation_date": "2022-02-24"}, True),
    Case("L_DATE", {"consignee_incorporation_date": "2022-12-31T23:00"}, True),
    Case("L_DATE", {"consignee_incorporation_date": "2023-01-01"}, False),
    Case("L_DATE", {"consignee_incorporation_date": "24.02.2022"}, False),
    Case("L_HUBS", {"destination_country": "KG", "transit_countries": "TR"}, True),
    Case("L_HUBS", {"destination_country": "DE", "transit_countries": "TR; GE"}, True),
    Case("L_HUBS", {"destination_country": "DE", "transit_countries": "TR;DE"}, False),
    Case("L_HUBS", {"destination_country": "KG"}, False),
    Case("L_DIFFERS", {"payer_country": "HK", "consignee_country": "KG"}, True),
    Case("L_DIFFERS", {"payer_country": "KG", "consignee_country": "KG", "destination_country": "DE"}, False),
    Case("L_DIFFERS", {"payer_country": "HK", "consignee_country": None}, False),
    Case("L_SAME", {"shipper_name": "Acme", "consignee_name": "X", "forwarder_name": "ACME."}, True),
    Case("L_SAME", {"shipper_name": "Acme", "consignee_name": "Acme Ltd", "forwarder_name": None}, False),
    Case("L_PRESENT", {"payer_name": "P", "end_user_name": ""}, True),
    Case("L_PRESENT", {"payer_name": "P", "end_user_name": "E"}, False),
    Case("L_PRESENT", {"payer_name": "P"}, False),  # no end_user column at all: unknown
    Case("L_LIST", {"consignee_name": "X"}, True, [SDN]),
    Case("L_LIST", {"consignee_name": "X"}, False, [{**SDN, "score": 0.85}]),
    Case("L_LIST", {"consignee_name": "X"}, False, [{**SDN, "programs": ["SDGT"]}]),
    Case("L_LIST", {"consignee_name": "X"}, False, [{**SDN, "role": "forwarder"}]),
    Case("L_LIST", {"consignee_name": "X"}, False, [{**SDN, "action": "review"}]),
    Case("L_TEXT", {"goods_description": "GSM jammers", "consignee_name": "x"}, True),
    Case("L_TEXT", {"goods_description": "x", "consignee_name": "Глушилки оптом"}, True),
    Case("L_TEXT", {"goods_description": "router SN1234", "consignee_name": None}, True),
    Case("L_TEXT", {"goods_description": "jam", "consignee_name": None}, False),
    Case("L_NOT_ANY", {"hs_code": "8542", "destination_country": "KG", "consignee_country": "KG"}, True),
    Case("L_NOT_ANY", {"hs_code": "8542", "destination_country": "KG", "consignee_country": "DE"}, False),
    # "neither is DE" cannot be established while the consignee country is unknown
    Case("L_NOT_ANY", {"hs_code": "8542", "destination_country": "KG", "consignee_country": None}, False),
    Case("L_NOT_ANY", {"hs_code": "8542", "destination_country": None, "consignee_country": None}, False),
]


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    return load_rules([write_rules(tmp_path_factory.mktemp("leaves"), {"leaves.yaml": RULES})])


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule}-{c.fires}-{sorted(c.record.items())}")
def test_leaf(ruleset: RuleSet, case: Case) -> None:
    matches = None
    if case.matches:
        matches = pl.DataFrame([{"row_nr": 0, **m} for m in case.matches]).with_columns(
            pl.col("row_nr").cast(pl.UInt32))
    hits = evaluate(ruleset.subset([case.rule]), frame([case.record]), matches)
    assert (hits.height == 1) is case.fires, hits["explanation"].to_list()


def test_same_party_subject_and_explanation(ruleset: RuleSet) -> None:
    hits = evaluate(ruleset.subset(["L_SAME"]), frame(
        [{"shipper_name": "Acme", "consignee_name": "X", "forwarder_name": "ACME."}]))
    assert hits["subject"].to_list() == ["party:shipper"]
    assert hits["explanation"].to_list() == ['shipper_name = forwarder_name "Acme"']


def test_unit_price_explanation(ruleset: RuleSet) -> None:
    hits = evaluate(ruleset.subset(["L_UNIT"]), frame(
        [{"hs_code": "854231", "value": 1010.0, "quantity": 10.0, "currency": "USD"}]))
    assert "unit price 101.0 USD (value/quantity) vs reference 10.0" in hits["explanation"][0]
