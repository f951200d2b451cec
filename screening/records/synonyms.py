"""Column names that mean a canonical field, per record kind (EN, plus common RU / ZH headers).

Keys are normalised with :func:`normalise`: case-folded, each run of characters that are not
letters or digits replaced by ``_``. Earlier synonyms win when two columns claim one field
("Consignee" beats "Buyer"). Extend here, not in code: a wrong synonym silently screens the wrong
column, so only unambiguous names belong (``country`` alone is a counterparty's country, never
guessed for a shipment; ``supplier`` is a counterparty name, not a shipper).
"""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"[\W_]+")

_IDS = ("record_id", "id", "record", "record_no", "record_number", "row_id", "line_id",
        "reference", "ref", "ref_no", "reference_number", "transaction_id")  # fmt: skip

SHIPMENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "record_id": (*_IDS, "shipment_id", "shipment_no", "declaration_no", "declaration_number",
                  "declaration_id", "entry_number", "报关单号"),
    "date": ("date", "shipment_date", "ship_date", "declaration_date", "transaction_date",
             "export_date", "import_date", "дата", "日期"),
    "shipper_name": ("shipper", "shipper_name", "exporter", "exporter_name", "consignor",
                     "consignor_name", "seller", "seller_name", "отправитель", "экспортер",
                     "экспортёр", "发货人", "出口商"),
    "shipper_country": ("shipper_country", "exporter_country", "consignor_country",
                        "seller_country", "страна_отправителя"),
    "consignee_name": ("consignee", "consignee_name", "importer", "importer_name", "buyer",
                       "buyer_name", "receiver", "receiver_name", "recipient", "получатель",
                       "импортер", "импортёр", "收货人", "进口商"),
    "consignee_country": ("consignee_country", "importer_country", "buyer_country",
                          "receiver_country", "recipient_country", "страна_получателя"),
    "consignee_address": ("consignee_address", "importer_address", "buyer_address",
                          "receiver_address", "адрес_получателя", "收货人地址"),
    "end_user_name": ("end_user", "end_user_name", "enduser", "enduser_name", "ultimate_consignee",
                      "ultimate_consignee_name", "конечный_пользователь", "最终用户"),
    "end_user_country": ("end_user_country", "enduser_country", "ultimate_consignee_country",
                         "страна_конечного_пользователя"),
    "forwarder_name": ("forwarder", "forwarder_name", "freight_forwarder", "forwarding_agent",
                       "экспедитор", "货代"),
    "origin_country": ("origin_country", "origin", "country_of_origin", "coo",
                       "страна_происхождения", "原产国"),
    "transit_countries": ("transit_countries", "transit", "transit_country", "via",
                          "страны_транзита", "транзит", "中转国"),
    "destination_country": ("destination_country", "destination", "dest_country",
                            "country_of_destination", "страна_назначения", "目的国"),
    "hs_code": ("hs_code", "hs", "hscode", "tariff_code", "hts", "hts_code", "commodity_code",
                "cn_code", "код_тн_вэд", "тн_вэд", "тнвэд", "hs编码", "海关编码", "商品编码"),
    "goods_description": ("goods_description", "description", "description_of_goods", "goods",
                          "product_description", "item_description", "commodity_description",
                          "product", "commodity", "описание_товара", "наименование_товара",
                          "商品名称", "货物描述", "品名"),
    "quantity": ("quantity", "qty", "количество", "кол_во", "数量"),
    "value": ("value", "amount", "total_value", "invoice_value", "customs_value",
              "declared_value", "стоимость", "сумма", "金额", "总价"),
    "currency": ("currency", "ccy", "currency_code", "валюта", "币种", "币制"),
    "payer_name": ("payer_name", "payer", "плательщик"),
    "payer_country": ("payer_country",),
    "previous_destination_country": ("previous_destination_country", "previous_destination"),
}  # fmt: skip

COUNTERPARTY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "record_id": (*_IDS, "party_id", "counterparty_id", "customer_id", "client_id", "vendor_id",
                  "supplier_id"),
    "name": ("name", "party_name", "counterparty", "counterparty_name", "company", "company_name",
             "customer", "customer_name", "client", "client_name", "vendor", "vendor_name",
             "supplier", "supplier_name", "entity_name", "full_name", "legal_name",
             "наименование", "название", "контрагент", "名称", "公司名称"),
    "country": ("country", "country_code", "jurisdiction", "country_of_incorporation",
                "nationality", "страна", "国家"),
    "entity_type": ("entity_type", "party_type", "type", "тип"),
    "identifiers": ("identifiers", "identifier", "ids"),
}  # fmt: skip


def normalise(header: str) -> str:
    """``"HS Code"`` -> ``"hs_code"``, ``"Description of goods"`` -> ``"description_of_goods"``."""
    return _NON_WORD.sub("_", header.casefold()).strip("_")
