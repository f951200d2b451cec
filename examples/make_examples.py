"""Write the bundled example batch: ``examples/shipments.csv`` and ``examples/expected.csv``.

Deterministic (seeded): running it again writes byte-identical files, so the committed CSVs can be
regenerated and reviewed as a diff. Usage::

    python examples/make_examples.py            # writes both CSVs next to this script
    python examples/make_examples.py --check    # exit 1 if the committed CSVs differ

The data is synthetic. Listed names come from the bundled demo list ``lists/default.yaml``; a few
well-known manufacturers and freight forwarders appear only in ordinary, clear shipments; every
other company is invented. The expected decisions follow the semantics in ``examples/README.md``:

* block  - a party clearly names a ``block`` entry of the demo list; or an embargoed country
  (RU, BY, IR, CU) as destination or party country with CHPL / dual-use goods; or an address in
  an occupied region of Ukraine; or a marine diesel engine for a Russian shipyard.
* review - a party names a ``review`` entry; CHPL Tier 1/2 goods to a diversion hub or through
  RU/BY; a freight forwarder or trading company as consignee/end user of CHPL goods; drones to a
  diversion hub.
* clear  - everything else, including CHPL goods to non-risk destinations.

Every case is written so that exactly one label is defensible; :func:`check_case` re-derives the
route facts of each row (countries, CHPL code, party kind) and refuses a label they contradict.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SEED = 20251122
HERE = Path(__file__).resolve().parent
SHIPMENTS = HERE / "shipments.csv"
EXPECTED = HERE / "expected.csv"
N_CLEAN = 165

COLUMNS = (
    "record_id", "date", "shipper_name", "shipper_country", "consignee_name", "consignee_country",
    "consignee_address", "end_user_name", "end_user_country", "forwarder_name", "origin_country",
    "transit_countries", "destination_country", "hs_code", "goods_description", "quantity",
    "value", "currency",
)
EXPECTED_COLUMNS = ("record_id", "expected_decision", "why")

FIRST_DAY = date(2024, 1, 8)
LAST_DAY = date(2025, 10, 31)

# Country groups as the README states them (from shared/domain/export_control_facts.yaml).
EMBARGOED = ("RU", "BY", "IR", "KP", "SY", "CU")
HUBS = ("AE", "TR", "KZ", "KG", "AM", "GE", "UZ", "TJ", "HK", "CN", "MO")
# Further countries the facts file lists as transshipment risk; the examples never send CHPL
# goods there without another flag, so the label does not depend on whether a rule counts them.
OTHER_TRANSSHIPMENT = ("RS", "IN", "IL", "BR", "MX", "NI", "ZA", "TW", "SG")
FORWARDER_OR_TRADING = (
    "trading", "trade", "logistics", "forwarding", "cargo", "express", "fze", "fzco", "freight",
    "import", "export", "торговый дом", "贸易", "物流", "进出口",
)
CHPL_TIERS = {
    "854231": "1", "854232": "1", "854233": "1", "854239": "1",
    "851762": "2", "852691": "2", "853221": "2", "853224": "2", "854800": "2",
    "847150": "3.A", "850440": "3.A", "851769": "3.A", "852589": "3.A", "852910": "3.A",
    "852990": "3.A", "853669": "3.A", "853690": "3.A", "854110": "3.A", "854121": "3.A",
    "854129": "3.A", "854130": "3.A", "854149": "3.A", "854151": "3.A", "854159": "3.A",
    "854160": "3.A", "848210": "3.B", "848220": "3.B", "848230": "3.B", "848250": "3.B",
    "880730": "3.B", "901310": "3.B", "901380": "3.B", "901420": "3.B", "901480": "3.B",
    "847180": "4.A", "848610": "4.A", "848620": "4.A", "848640": "4.A", "853400": "4.A",
    "854320": "4.A", "902750": "4.A", "903020": "4.A", "903032": "4.A", "903039": "4.A",
    "903082": "4.A", "845710": "4.B", "845811": "4.B", "845891": "4.B", "845961": "4.B",
    "846693": "4.B",
}
"""The 50 HS-6 codes of the Common High Priority List (2024-02-23) with their tiers."""
DUAL_USE_HS4 = ("8806",)  # unmanned aircraft
DUAL_USE_HS6 = ("840810",)  # marine propulsion diesel engines


# --------------------------------------------------------------------------------------------
# Building blocks


@dataclass(frozen=True)
class Party:
    """A trading party as the documents name it."""

    name: str
    country: str
    address: str = ""


@dataclass(frozen=True)
class Goods:
    """A goods line: HS-6, descriptions as traders write them, plausible quantity and unit price."""

    hs6: str
    descs: tuple[str, ...]
    qty: tuple[int, int]
    price: tuple[float, float]  # USD per unit
    national: str = "0000"  # national tariff digits for 8/10-digit spellings

    @property
    def tier(self) -> str | None:
        return CHPL_TIERS.get(self.hs6)

    @property
    def hs_dotted(self) -> str:
        return f"{self.hs6[:4]}.{self.hs6[4:]}"


@dataclass
class Case:
    """One example shipment with its expected decision, the reason and the case kind."""

    kind: str
    decision: str
    why: str
    row: dict[str, str] = field(default_factory=dict)


def hs_text(rng: random.Random, goods: Goods) -> str:
    """The HS code spelled as trade documents do: 8542.31, 854231, 8542.31.0000, 8542 31 00 ..."""
    h, s, n = goods.hs6[:4], goods.hs6[4:], goods.national
    forms = (
        f"{h}.{s}", f"{h}{s}", f"{h}.{s}.{n}", f"{h} {s} {n[:2]}", f"{h}{s}{n[:2]}",
        f"{h}.{s}.{n[:2]}", f"{h} {s}",
    )
    return rng.choice(forms)


EUROZONE = ("DE", "FR", "IT", "ES", "NL", "BE", "AT", "FI", "GR", "PT", "IE", "LU", "LT", "MT")
FX = {"USD": 1.0, "EUR": 0.92, "JPY": 150.0, "GBP": 0.79, "CHF": 0.88, "CNY": 7.2}


def currency_for(rng: random.Random, shipper_country: str, dest: str) -> str:
    """Invoice currency a shipper of this country would typically use."""
    if shipper_country in EUROZONE or shipper_country in ("SE", "PL", "CZ"):
        return "EUR"
    if shipper_country in ("JP", "GB", "CH"):
        return {"JP": "JPY", "GB": "GBP", "CH": "CHF"}[shipper_country]
    if shipper_country == "CN" and (dest == "RU" or rng.random() < 0.15):
        return "CNY"
    return "USD"


def number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.2f}"


# --------------------------------------------------------------------------------------------
# Goods catalogue

G: dict[str, Goods] = {
    # ordinary goods (not CHPL, no dual-use keyword)
    "tshirts": Goods("610910", ("Men's T-shirts, 100% cotton, knitted", "Cotton T-shirts, crew neck, assorted sizes", "棉制针织T恤衫 / cotton knitted T-shirts"), (2000, 20000), (1.8, 4.5)),
    "trousers": Goods("620462", ("Women's trousers of cotton denim, woven", "Ladies' cotton chino trousers"), (1000, 8000), (5.0, 14.0)),
    "cashmere": Goods("611012", ("Cashmere pullovers, knitted", "Women's cashmere sweaters, knitted"), (300, 2000), (35.0, 90.0)),
    "bedlinen": Goods("630231", ("Bed linen of cotton, printed, sets", "Cotton duvet cover sets"), (1000, 6000), (6.0, 18.0)),
    "shoes": Goods("640399", ("Men's leather shoes with rubber soles", "Women's leather ankle boots"), (500, 5000), (12.0, 40.0)),
    "dining_tables": Goods("940360", ("Wooden dining tables, solid oak", "Wooden furniture: dining tables and sideboards"), (50, 400), (120.0, 450.0)),
    "armchairs": Goods("940161", ("Upholstered armchairs with wooden frames", "Upholstered sofas with wooden frames, fabric cover"), (60, 500), (90.0, 380.0)),
    "wardrobes": Goods("940350", ("Wooden bedroom furniture: wardrobes and bedside tables", "Wooden bed frames, flat-packed"), (80, 600), (60.0, 260.0)),
    "coffee": Goods("090111", ("Green coffee beans, Arabica, not roasted, in 60 kg bags", "Raw coffee Robusta, not roasted, not decaffeinated"), (10000, 40000), (3.2, 6.5)),
    "mangoes": Goods("080450", ("Fresh mangoes, Alphonso, in cartons", "Fresh mangoes, Kent variety"), (5000, 20000), (1.2, 3.0)),
    "rice": Goods("100630", ("Basmati rice, milled, 1121 sella", "Long-grain white rice, wholly milled"), (20000, 100000), (0.7, 1.4)),
    "shrimp": Goods("030617", ("Frozen shrimp, peeled and deveined, 26/30", "Frozen vannamei shrimp, head-on"), (5000, 20000), (6.0, 11.0)),
    "tilapia": Goods("030461", ("Frozen tilapia fillets, IQF, 5-7 oz",), (10000, 25000), (2.5, 4.0)),
    "wine": Goods("220421", ("Red wine, Cabernet Sauvignon, bottles 0.75 l", "White wine with protected designation of origin, 0.75 l bottles"), (3000, 15000), (3.5, 14.0)),
    "oranges": Goods("080510", ("Fresh oranges, Navel, in cartons", "Fresh Valencia oranges"), (15000, 25000), (0.6, 1.2)),
    "olive_oil": Goods("150920", ("Extra virgin olive oil, 1 l glass bottles", "Extra virgin olive oil in 5 l tins"), (4000, 20000), (5.0, 9.0)),
    "almonds": Goods("080212", ("Shelled almonds, Nonpareil, 25 lb cartons",), (10000, 20000), (4.5, 7.5)),
    "tea": Goods("090230", ("Black tea, CTC, in paper sacks", "Black tea, orthodox leaf, packed"), (5000, 18000), (2.5, 6.0)),
    "oolong": Goods("090240", ("Oolong tea (Tieguanyin), in bulk",), (2000, 8000), (8.0, 20.0)),
    "cheese": Goods("040690", ("Gouda cheese, 48% fat in dry matter, wheels",), (5000, 20000), (4.0, 8.0)),
    "bananas": Goods("080390", ("Fresh bananas, Cavendish, in 18.14 kg boxes",), (18000, 22000), (0.5, 0.9)),
    "juice": Goods("200979", ("Apple juice concentrate, 70 Brix, in drums",), (15000, 22000), (0.9, 1.6)),
    "brake_pads": Goods("870830", ("Disc brake pads for passenger cars", "Brake discs for passenger cars, ventilated"), (2000, 20000), (3.0, 12.0)),
    "shock_absorbers": Goods("870880", ("Shock absorbers for passenger cars", "Suspension struts for light commercial vehicles"), (500, 5000), (15.0, 45.0)),
    "wheels": Goods("870870", ("Aluminium alloy road wheels, 17 inch",), (400, 3000), (45.0, 110.0)),
    "tyres": Goods("401110", ("New pneumatic radial tyres for passenger cars, 205/55 R16", "New radial car tyres, 225/45 R17"), (1000, 6000), (28.0, 70.0)),
    "headlamps": Goods("851220", ("LED headlamps for passenger cars",), (500, 4000), (25.0, 90.0)),
    "smartphones": Goods("851713", ("Smartphones, 6.5-inch display, retail boxed", "Mobile telephones (smartphones), dual SIM"), (2000, 10000), (90.0, 260.0)),
    "laptops": Goods("847130", ("Notebook computers, 14-inch, with keyboard", "Portable notebook PCs, 15.6-inch"), (500, 3000), (300.0, 700.0)),
    "monitors": Goods("852852", ("LCD monitors, 27-inch, for office use",), (500, 3000), (110.0, 240.0)),
    "ovens": Goods("851660", ("Electric cooking ovens, built-in, household", "Electric induction hobs, household"), (300, 2000), (120.0, 320.0)),
    "mixers": Goods("850940", ("Household stand mixers, 1000 W", "Household food processors"), (1000, 6000), (25.0, 80.0)),
    "hair_dryers": Goods("851631", ("Electric hair dryers, 2000 W",), (3000, 15000), (6.0, 18.0)),
    "headphones": Goods("851830", ("Bluetooth headphones, over-ear",), (3000, 10000), (8.0, 30.0)),
    "led_lights": Goods("940542", ("LED ceiling luminaires, 24 W", "LED panel lights 600x600 mm"), (2000, 12000), (5.0, 25.0)),
    "air_conditioners": Goods("841510", ("Split air conditioners, wall-mounted, 12000 BTU",), (300, 2000), (180.0, 380.0)),
    "washing_machines": Goods("845011", ("Fully automatic washing machines, 8 kg, front-loading",), (200, 1200), (190.0, 330.0)),
    "solar": Goods("854143", ("Photovoltaic modules, monocrystalline, 410 W", "Solar panels (photovoltaic cells assembled in modules), 550 W"), (500, 4000), (60.0, 130.0)),
    "excavators": Goods("842952", ("Hydraulic crawler excavators, 21 t, new",), (2, 12), (95000.0, 160000.0)),
    "harvesters": Goods("843351", ("Combine harvesters, self-propelled",), (2, 8), (180000.0, 380000.0)),
    "filling_machines": Goods("842230", ("Bottle filling and capping machines, 12,000 bottles/h",), (1, 4), (60000.0, 240000.0)),
    "sewing_machines": Goods("845221", ("Industrial lockstitch sewing machines, automatic",), (50, 400), (350.0, 900.0)),
    "tiles": Goods("690721", ("Glazed porcelain floor tiles, 60x60 cm", "Ceramic wall tiles, glazed, 30x60 cm"), (5000, 30000), (5.0, 14.0)),
    "tableware": Goods("691110", ("Porcelain tableware sets, 18 pieces", "Porcelain dinner plates and bowls"), (1000, 8000), (9.0, 30.0)),
    "granite": Goods("680293", ("Polished granite slabs, 2 cm",), (300, 1500), (25.0, 70.0)),
    "timber": Goods("440711", ("Sawn pine timber, kiln dried, 47x150 mm",), (50, 300), (220.0, 380.0)),
    "steel_coils": Goods("721049", ("Hot-dip galvanised steel coils, 0.5 mm",), (50000, 200000), (0.7, 1.0)),
    "medicaments": Goods("300490", ("Paracetamol tablets 500 mg, packed for retail sale", "Amoxicillin capsules 500 mg, retail packs"), (50000, 400000), (0.2, 1.2)),
    "syringes": Goods("901831", ("Disposable syringes, 5 ml, sterile",), (100000, 800000), (0.03, 0.08)),
    "gloves": Goods("401519", ("Nitrile examination gloves, powder-free",), (100000, 1000000), (0.02, 0.05)),
    "ldpe": Goods("390110", ("Low-density polyethylene granules (LDPE), film grade",), (20000, 100000), (1.0, 1.4)),
    "cosmetics": Goods("330499", ("Skin care creams, retail packed", "Face serum, retail packed"), (5000, 30000), (2.0, 9.0)),
    "bicycles": Goods("871200", ("City bicycles, 28-inch, aluminium frame",), (200, 1500), (90.0, 240.0)),
    "cookware": Goods("732393", ("Stainless steel cookware sets, 10 pieces", "不锈钢锅具套装 / stainless steel cookware sets"), (1000, 6000), (15.0, 45.0)),
    "garden_tools": Goods("820130", ("Garden hoes and rakes with wooden handles",), (3000, 12000), (2.0, 6.0)),
    "water_filters": Goods("842121", ("Water filtration units for household use",), (500, 3000), (40.0, 150.0)),
    "bamboo": Goods("441919", ("Bamboo cutting boards and kitchen utensils",), (5000, 20000), (1.5, 5.0)),
    "jewelry": Goods("711719", ("Imitation jewellery of base metal, assorted",), (5000, 40000), (0.5, 2.5)),
    "marine_paint": Goods("320890", ("Marine antifouling paint, 20 l cans",), (200, 1500), (60.0, 140.0)),
    "tractor_tyres": Goods("401170", ("New pneumatic tyres for agricultural tractors",), (100, 800), (250.0, 700.0)),
    "steel_pipes": Goods("730439", ("Seamless steel pipes, hot-rolled, 159 mm",), (20000, 80000), (0.9, 1.5)),
    "irrigation": Goods("391723", ("PVC irrigation pipes, 110 mm",), (2000, 10000), (4.0, 12.0)),
    "fish_machinery": Goods("843880", ("Fish processing machinery: filleting machines",), (2, 6), (40000.0, 120000.0)),
    "workwear": Goods("620342", ("Men's cotton work trousers",), (2000, 8000), (6.0, 12.0)),
    "steel_rails": Goods("730210", ("Steel rails for railway track, 60 kg/m",), (500000, 1500000), (0.8, 1.1)),
    "aircraft_tyres": Goods("401130", ("New pneumatic tyres for aircraft",), (20, 200), (1500.0, 6000.0)),
    "turbine_parts": Goods("841191", ("Parts of turbojets: compressor blades",), (100, 1000), (800.0, 4000.0)),
    "drilling_parts": Goods("843143", ("Parts of boring or sinking machinery: PDC drill bits",), (50, 400), (3000.0, 12000.0)),
    "tbm": Goods("843031", ("Tunnelling machines, self-propelled, 6.4 m",), (1, 2), (6000000.0, 12000000.0)),
    "vessel": Goods("890190", ("Container vessel, 1,800 TEU, new build",), (1, 1), (28000000.0, 32000000.0)),
    "walkie": Goods("852560", ("Two-way radios (walkie-talkies), handheld, UHF/VHF",), (2000, 20000), (12.0, 35.0)),
    "computer_parts": Goods("847330", ("Graphics processing accelerator cards for servers",), (50, 800), (2500.0, 25000.0)),
    "cooling_units": Goods("841869", ("Industrial cooling units",), (20, 200), (4000.0, 15000.0)),
    "motors": Goods("850131", ("Brushless DC motors, 600 W",), (1000, 8000), (20.0, 90.0)),
    "satellite_parts": Goods("880790", ("Parts of spacecraft: solar array panels for small satellites",), (2, 20), (50000.0, 250000.0)),
    "aero_engines": Goods("840710", ("Aircraft piston engines L550E", "Aircraft spark-ignition piston engines, 50 hp"), (5, 50), (8000.0, 25000.0)),
    # CHPL goods
    "mcu": Goods("854231", ("32-bit microcontrollers, ARM Cortex-M4, tape and reel", "Microcontrollers for automotive body electronics", "Processors and controllers (electronic integrated circuits)", "Микросхемы интегральные: процессоры и контроллеры", "集成电路 处理器及控制器 / processors and controllers"), (5000, 100000), (1.2, 9.0), "9000"),
    "fpga": Goods("854231", ("FPGA devices, BGA package, industrial grade",), (200, 3000), (40.0, 400.0), "9000"),
    "memory": Goods("854232", ("DRAM memory ICs, DDR4 8 Gb", "NAND flash memory ICs, 64 Gb", "存储器 集成电路 / memory ICs"), (5000, 50000), (1.5, 6.0), "1000"),
    "amplifiers": Goods("854233", ("RF power amplifier ICs", "Operational amplifier ICs"), (5000, 50000), (0.5, 8.0)),
    "other_ic": Goods("854239", ("Integrated circuits: ADC/DAC converters", "Power management integrated circuits"), (5000, 50000), (0.5, 6.0), "9000"),
    "transceivers": Goods("851762", ("Ethernet switches, 24-port, managed", "Wireless transceiver modules, 2.4 GHz", "Industrial LTE routers", "Радиомодули приемопередающие"), (100, 5000), (20.0, 400.0), "0000"),
    "gnss": Goods("852691", ("GNSS receiver modules (GPS/GLONASS/Galileo)", "GPS navigation modules for telematics", "ГНСС навигационные модули", "卫星导航模块 / GNSS modules"), (500, 10000), (8.0, 60.0), "0000"),
    "mlcc": Goods("853224", ("Multilayer ceramic capacitors (MLCC), 0402, on reels", "Ceramic dielectric multilayer capacitors, SMD"), (500000, 5000000), (0.002, 0.02), "0000"),
    "tantalum": Goods("853221", ("Tantalum capacitors, SMD",), (100000, 1000000), (0.05, 0.4)),
    "ball_bearings": Goods("848210", ("Deep groove ball bearings 6205-2RS", "Angular contact ball bearings", "Шарикоподшипники радиальные"), (2000, 30000), (1.5, 25.0), "9000"),
    "tapered_bearings": Goods("848220", ("Tapered roller bearings",), (1000, 10000), (6.0, 40.0)),
    "uav_parts": Goods("880730", ("Parts of unmanned aircraft: carbon fibre airframe arms", "Other parts of aircraft: flight control actuators", "Части беспилотных летательных аппаратов", "无人机零部件 / UAV parts"), (200, 5000), (15.0, 300.0)),
    "heli_parts": Goods("880730", ("Parts of helicopters Mi-8/Mi-171: main gearbox components",), (20, 200), (2000.0, 20000.0)),
    "aircraft_parts": Goods("880730", ("Aircraft cabin interior brackets, aluminium", "Parts of aeroplanes: fuselage fastener assemblies"), (500, 5000), (20.0, 200.0)),
    "optics": Goods("901380", ("Laser rangefinder modules", "Thermal imaging cores 640x512, uncooled", "Оптические приборы: прицельные модули"), (50, 1000), (300.0, 3000.0)),
    "optics_clean": Goods("901380", ("Optical inspection devices for production lines", "Laser beam expanders for industrial optics"), (20, 300), (800.0, 5000.0)),
    "machining_centres": Goods("845710", ("Vertical machining centres, CNC, 5-axis", "Machining centres for working metal, CNC"), (1, 6), (120000.0, 450000.0)),
    "cnc_lathes": Goods("845811", ("CNC horizontal turning centres", "Numerically controlled horizontal lathes for metal"), (1, 6), (80000.0, 300000.0)),
    "milling": Goods("845961", ("CNC milling machines for metal",), (1, 5), (60000.0, 250000.0)),
    "servers": Goods("847150", ("Rack servers (processing units), 2U",), (20, 200), (3000.0, 15000.0)),
    "inverters": Goods("850440", ("Industrial frequency inverters, 15 kW", "Static converters: solar string inverters 10 kW"), (100, 2000), (200.0, 1500.0)),
    "cctv": Goods("852589", ("IP surveillance cameras, 4 MP",), (500, 5000), (30.0, 150.0)),
    "antennas": Goods("852910", ("Telescopic antennas and parts",), (200, 5000), (5.0, 60.0)),
    "pcb": Goods("853400", ("Printed circuit boards, multilayer, bare",), (5000, 50000), (1.0, 12.0)),
    "igbt": Goods("854129", ("IGBT modules 1200 V",), (500, 5000), (30.0, 150.0)),
    "wafer_equipment": Goods("848620", ("Machines for the manufacture of semiconductor devices: deposition systems",), (1, 3), (800000.0, 3000000.0)),
    "oscilloscopes": Goods("903020", ("Digital oscilloscopes, 4 channels, 1 GHz",), (20, 200), (3000.0, 15000.0)),
    # dual-use, not CHPL
    "drones": Goods("880622", ("Quadcopter drones with gimbal camera, 0.9 kg", "无人机 (四轴飞行器) / quadcopter drones", "Беспилотник (квадрокоптер) с камерой", "Multicopter UAV, 5 kg MTOW"), (20, 500), (400.0, 3000.0)),
    "fpv_drones": Goods("880621", ("FPV drones, 7-inch frame, under 250 g without battery",), (100, 1000), (150.0, 400.0)),
    "ag_drones": Goods("880623", ("Agricultural spraying drones, 30 l tank", "植保无人机 / agricultural spraying UAV"), (5, 60), (5000.0, 15000.0)),
    "fixed_wing": Goods("880692", ("Fixed-wing UAV, 6 kg MTOW, with autopilot",), (5, 40), (6000.0, 20000.0)),
    "marine_diesel": Goods("840810", ("Marine diesel engine, 1,850 kW, main propulsion", "Судовой дизельный двигатель 16V, 2400 кВт", "船用柴油机 / marine propulsion diesel engine", "Marine diesel engines with reduction gear"), (1, 4), (300000.0, 1200000.0), "2000"),
}


# --------------------------------------------------------------------------------------------
# Parties of ordinary trade (invented unless a well-known manufacturer or forwarder)

FORWARDERS = (
    "Kuehne + Nagel AG", "DHL Global Forwarding GmbH", "DB Schenker AG", "DSV Air & Sea A/S",
    "CEVA Logistics SA", "Expeditors International of Washington, Inc.", "Nippon Express Co., Ltd.",
    "Kerry Logistics Network Limited", "Hellmann Worldwide Logistics SE & Co. KG",
    "Gebrüder Weiss GmbH", "Yusen Logistics Co., Ltd.",
)
"""Well-known forwarders: used in clear rows only, never in a flagged case."""
INVENTED_FORWARDERS = (
    "Eurasia Rail Freight LLP", "Caspian Cargo Services LLC", "Golden Bridge Freight (HK) Limited",
    "Anatolian Transit Lojistik A.Ş.", "Orient Link Shipping Co., Ltd.", "Baltic Gateway Spedition UAB",
    "Gulf Star Shipping Agency LLC", "Pamir Express Logistics LLC", "Shenzhen Haiyun International Freight Co., Ltd.",
)
"""Invented forwarders for the listed and risk cases."""

CONSIGNEES: dict[str, tuple[Party, ...]] = {
    "apparel": (
        Party("Modehaus Nordstern GmbH", "DE", "Spitalerstraße 12, 20095 Hamburg"),
        Party("Urban Threads Inc.", "US", "350 5th Avenue, Suite 4100, New York, NY 10118"),
        Party("Textiles Boulanger SARL", "FR", "42 Rue du Faubourg Poissonnière, 75010 Paris"),
        Party("Northgate Clothing Ltd", "GB", "Unit 7, Trafford Park, Manchester M17 1PG"),
        Party("Van Dijk Mode B.V.", "NL", "Keizersgracht 210, 1016 DZ Amsterdam"),
        Party("Confecciones Levante S.L.", "ES", "Calle de Colón 18, 46004 Valencia"),
        Party("Moda Polska Sp. z o.o.", "PL", "ul. Piotrkowska 120, 90-006 Łódź"),
        Party("Shibuya Apparel Co., Ltd.", "JP", "2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002"),
        Party("Maple Leaf Garments Inc.", "CA", "1200 Rue Chabanel Ouest, Montréal, QC H4N 1H5"),
        Party("Almaty Fashion Retail LLP", "KZ", "Abay Avenue 52, Almaty 050008"),
        Party("Italmoda Milano S.r.l.", "IT", "Via Montenapoleone 8, 20121 Milano"),
    ),
    "home": (
        Party("Harbor Home Furnishings Inc.", "US", "1200 Harbor Blvd, Long Beach, CA 90802"),
        Party("Rhein-Ruhr Möbelhandel GmbH", "DE", "Königsallee 44, 40212 Düsseldorf"),
        Party("Oakfield Interiors Ltd", "GB", "14 Castle Street, Leeds LS1 2HD"),
        Party("Maison du Meuble SARL", "FR", "15 Rue de la République, 69002 Lyon"),
        Party("Osaka Home Center Co., Ltd.", "JP", "3-5-1 Nanko-kita, Suminoe-ku, Osaka 559-0034"),
        Party("Southern Cross Homewares Pty Ltd", "AU", "88 Dandenong Road, Clayton VIC 3168"),
        Party("Wonen & Co B.V.", "NL", "Stationsplein 45, 3013 AK Rotterdam"),
        Party("Al Jazeera Home Appliances Co.", "SA", "King Fahd Road, Al Olaya, Riyadh 12214"),
        Party("Al Noor Home Furnishing LLC", "AE", "Sheikh Zayed Road, Al Quoz 3, Dubai"),
        Party("Dom Meble Kraków Sp. z o.o.", "PL", "ul. Zakopiańska 62, 30-418 Kraków"),
        Party("Astana Home Market LLP", "KZ", "Kabanbay Batyr Avenue 11, Astana 010000"),
        Party("Kyiv Home Appliances LLC", "UA", "vul. Bolsunovska 13, Kyiv 01014"),
        Party("Gartenwelt Süd GmbH", "DE", "Ingolstädter Straße 60, 80939 München"),
        Party("Casa Bella Arredamenti S.r.l.", "IT", "Via Roma 45, 10121 Torino"),
    ),
    "food": (
        Party("Hansa Kaffee Import GmbH", "DE", "Am Sandtorkai 30, 20457 Hamburg"),
        Party("Sunbelt Grocers Inc.", "US", "880 Peachtree Industrial Blvd, Atlanta, GA 30340"),
        Party("Torrefazione Adriatica S.p.A.", "IT", "Via dell'Industria 14, 34147 Trieste"),
        Party("Kanto Foods Co., Ltd.", "JP", "1-3-7 Nihonbashi, Chuo-ku, Tokyo 103-0027"),
        Party("Antwerp Fresh Produce NV", "BE", "Noorderlaan 133, 2030 Antwerpen"),
        Party("Busan Food Distribution Co., Ltd.", "KR", "Jungang-daero 120, Jung-gu, Busan 48939"),
        Party("Greenfield Fresh Ltd", "GB", "New Covent Garden Market, London SW8 5EE"),
        Party("Fruitimport Rotterdam B.V.", "NL", "Waalhaven Z.z. 19, 3089 JH Rotterdam"),
        Party("Al Waha Foodstuff Trading LLC", "AE", "Al Ras, Deira, Dubai"),
        Party("Riyadh Food Industries Co.", "SA", "2nd Industrial City, Riyadh 14334"),
        Party("Shanghai Gourmet Imports Co., Ltd.", "CN", "No. 1199 Pudong Avenue, Pudong New Area, Shanghai 200135"),
        Party("Almaty Food Distribution LLP", "KZ", "Raiymbek Avenue 221, Almaty 050034"),
        Party("Tashkent Food Import LLC", "UZ", "Amir Temur Street 107, Tashkent 100084"),
        Party("Cairo Food Import Co.", "EG", "26 July Street, Downtown, Cairo 11511"),
        Party("Nairobi Fresh Distributors Ltd", "KE", "Enterprise Road, Industrial Area, Nairobi 00100"),
        Party("Karachi Food Traders (Pvt) Ltd", "PK", "Plot 22, SITE Area, Karachi 75700"),
        Party("Distribuidora Ibérica de Alimentos S.A.", "ES", "Calle de Alcalá 200, 28028 Madrid"),
        Party("Épicerie Fine de Provence SAS", "FR", "12 Boulevard Longchamp, 13001 Marseille"),
        Party("Mumbai Dry Fruits Pvt Ltd", "IN", "Vashi APMC Market, Navi Mumbai 400703"),
        Party("Ege Gıda Dağıtım A.Ş.", "TR", "Kemalpaşa Caddesi 45, Bornova, İzmir 35070"),
        Party("Distribuidora Paulista de Alimentos Ltda.", "BR", "Av. Paulista 1500, São Paulo - SP, 01310-200"),
        Party("Odesa Food Import LLC", "UA", "vul. Pushkinska 32, Odesa 65023"),
        Party("Casablanca Thé Import SARL", "MA", "Boulevard Mohammed V 120, Casablanca 20000"),
    ),
    "auto": (
        Party("Midwest Auto Supply Inc.", "US", "4500 W 31st Street, Chicago, IL 60623"),
        Party("Autoteile Weber GmbH", "DE", "Industriestraße 7, 70565 Stuttgart"),
        Party("Pièces Auto Lorraine SAS", "FR", "8 Rue des Forges, 57000 Metz"),
        Party("Refacciones del Bajío S.A. de C.V.", "MX", "Blvd. Adolfo López Mateos 1500, León, Gto. 37270"),
        Party("Autopeças Campinas Ltda.", "BR", "Rua Barão de Jaguara 900, Campinas - SP, 13015-002"),
        Party("Motorparts Direct Ltd", "GB", "Unit 3, Hams Hall Distribution Park, Coleshill B46 1AL"),
        Party("Auto Części Poznań Sp. z o.o.", "PL", "ul. Głogowska 250, 60-104 Poznań"),
        Party("Pacific Tyre Distributors Pty Ltd", "AU", "21 Fitzgerald Road, Laverton North VIC 3026"),
        Party("Jeddah Auto Accessories Co.", "SA", "Al Madinah Road, Jeddah 23435"),
        Party("Lagos Tyre Centre Ltd", "NG", "12 Apapa Road, Apapa, Lagos"),
    ),
    "electronics": (
        Party("Elektromarkt Süd GmbH", "DE", "Landsberger Straße 290, 80687 München"),
        Party("Distribution Électronique Lille SAS", "FR", "Rue de Lannoy 120, 59650 Villeneuve-d'Ascq"),
        Party("Mumbai Digital Retail Pvt Ltd", "IN", "Andheri East, Mumbai 400069"),
        Party("Eletrônicos Paulista Ltda.", "BR", "Rua Santa Ifigênia 300, São Paulo - SP, 01207-000"),
        Party("Deira Digital Trading LLC", "AE", "Al Maktoum Road, Deira, Dubai"),
        Party("Lakeside Consumer Electronics Inc.", "US", "1800 E Lake Cook Road, Deerfield, IL 60015"),
        Party("Beeld & Geluid Retail B.V.", "NL", "Hoofdweg 150, 2131 BC Hoofddorp"),
        Party("Akihabara Digital Co., Ltd.", "JP", "1-15-8 Sotokanda, Chiyoda-ku, Tokyo 101-0021"),
        Party("Camden Tech Retail Ltd", "GB", "200 Camden High Street, London NW1 8QP"),
        Party("Sydney Electrical Retail Pty Ltd", "AU", "500 Parramatta Road, Sydney NSW 2050"),
        Party("Ciudad de México Electrónica S.A. de C.V.", "MX", "Av. Insurgentes Sur 1000, Ciudad de México 03100"),
    ),
    "agri": (
        Party("Vinnytsia Agro Holding LLC", "UA", "vul. Keletska 100, Vinnytsia 21021"),
        Party("Poltava Grain Farms LLC", "UA", "vul. Sobornosti 41, Poltava 36014"),
        Party("Agropecuária Mato Grosso Ltda.", "BR", "Av. Rubens de Mendonça 2000, Cuiabá - MT, 78050-000"),
        Party("Agroservicios Pampa S.A.", "AR", "Ruta 8 Km 230, Pergamino, Buenos Aires"),
        Party("Savannah Agro Machinery Ltd", "KE", "Mombasa Road, Nairobi 00200"),
        Party("Riverina Grain Growers Pty Ltd", "AU", "15 Trewin Street, Wagga Wagga NSW 2650"),
    ),
    "construction": (
        Party("Outback Earthmoving Pty Ltd", "AU", "45 Great Eastern Highway, Kalgoorlie WA 6430"),
        Party("Constructora Andina S.A.", "CL", "Av. Apoquindo 4500, Las Condes, Santiago"),
        Party("Gulf Construction Equipment Co.", "SA", "2nd Industrial City, Dammam 34332"),
        Party("Pune Infrastructure Projects Pvt Ltd", "IN", "Hinjewadi Phase 2, Pune 411057"),
        Party("PT Nusantara Alat Berat", "ID", "Jl. Raya Bekasi Km 22, Jakarta 13910"),
        Party("Nairobi Road Builders Ltd", "KE", "Likoni Road, Nairobi 00500"),
    ),
    "beverage": (
        Party("Bebidas del Norte S.A. de C.V.", "MX", "Av. Constitución 500, Monterrey, N.L. 64000"),
        Party("Lagos Beverages Plc", "NG", "Oba Akran Avenue, Ikeja, Lagos"),
        Party("Delta Dairy Egypt S.A.E.", "EG", "10th of Ramadan City, Sharqia"),
        Party("Saigon Beverage JSC", "VN", "Tan Thuan EPZ, District 7, Ho Chi Minh City"),
        Party("Anand Dairy Foods Pvt Ltd", "IN", "GIDC Vitthal Udyognagar, Anand, Gujarat 388121"),
    ),
    "garment_factories": (
        Party("Chittagong Apparel Works Ltd.", "BD", "CEPZ, Chittagong 4223"),
        Party("Hawassa Garments PLC", "ET", "Hawassa Industrial Park, Hawassa"),
        Party("Binh Duong Garment Factory JSC", "VN", "VSIP 1, Thuan An, Binh Duong"),
        Party("Tiruppur Knit Processors Pvt Ltd", "IN", "SIDCO Industrial Estate, Tiruppur 641604"),
        Party("Denizli Konfeksiyon A.Ş.", "TR", "Denizli OSB, 20330 Denizli"),
    ),
    "building": (
        Party("Texas Building Supply Inc.", "US", "2200 N Loop W, Houston, TX 77018"),
        Party("Baustoffe Nord GmbH", "DE", "Hafenstraße 12, 28217 Bremen"),
        Party("Yorkshire Timber Merchants Ltd", "GB", "Hull Road, York YO10 3JB"),
        Party("Kobe Housing Materials Co., Ltd.", "JP", "6-1 Minatojima, Chuo-ku, Kobe 650-0045"),
        Party("Hai Phong Steel Processing JSC", "VN", "Dinh Vu Industrial Zone, Hai Phong"),
        Party("Sharjah Metal Processing LLC", "AE", "Industrial Area 6, Sharjah"),
        Party("Cairo Construction Supplies Co.", "EG", "El Obour City, Cairo"),
        Party("Sydney Tile Warehouse Pty Ltd", "AU", "7 Rosebery Avenue, Rosebery NSW 2018"),
        Party("Riyadh Building Materials Co.", "SA", "Exit 18, Eastern Ring Road, Riyadh 14326"),
    ),
    "medical": (
        Party("Lagos Pharma Distributors Ltd", "NG", "Plot 5, Oregun Industrial Estate, Ikeja, Lagos"),
        Party("Nairobi Medical Wholesalers Ltd", "KE", "Lusaka Road, Nairobi 00100"),
        Party("Medpharm Lviv LLC", "UA", "vul. Stepana Bandery 28, Lviv 79000"),
        Party("Distribuidora Farmacêutica Recife Ltda.", "BR", "Av. Mascarenhas de Morais 2000, Recife - PE, 51150-000"),
        Party("Gulf Medical Supplies LLC", "AE", "Dubai Healthcare City, Dubai"),
        Party("Manila Healthcare Distributors Inc.", "PH", "Pasong Tamo Extension, Makati City 1231"),
        Party("Lahore Surgical Supplies (Pvt) Ltd", "PK", "Ferozepur Road, Lahore 54600"),
        Party("Midwest Medical Distributors Inc.", "US", "1500 Corporate Drive, Columbus, OH 43215"),
        Party("Praxisbedarf Hessen GmbH", "DE", "Mainzer Landstraße 250, 60326 Frankfurt am Main"),
        Party("Careline Supplies Ltd", "GB", "Unit 12, Bristol Business Park, Bristol BS16 1EJ"),
        Party("Australian Clinical Supplies Pty Ltd", "AU", "12 Gibbes Street, Chatswood NSW 2067"),
    ),
    "plastics": (
        Party("Dong Nai Plastics JSC", "VN", "Bien Hoa Industrial Zone 2, Dong Nai"),
        Party("Gebze Ambalaj San. ve Tic. A.Ş.", "TR", "Gebze OSB, 41400 Kocaeli"),
        Party("Guangzhou Pearl River Packaging Co., Ltd.", "CN", "No. 38 Huangpu East Road, Huangpu District, Guangzhou 510700"),
        Party("Gujarat Flexible Films Pvt Ltd", "IN", "GIDC Estate, Vapi, Gujarat 396195"),
    ),
    "cosmetics": (
        Party("Hangzhou Beauty Import Co., Ltd.", "CN", "No. 9 Qianjiang Road, Shangcheng District, Hangzhou 310008"),
        Party("Bloom Beauty Inc.", "US", "600 Brickell Avenue, Miami, FL 33131"),
        Party("Ginza Cosme Co., Ltd.", "JP", "4-6-16 Ginza, Chuo-ku, Tokyo 104-0061"),
        Party("Riyadh Beauty House Co.", "SA", "Tahlia Street, Riyadh 12241"),
    ),
    "bikes": (
        Party("Fietsgroothandel Utrecht B.V.", "NL", "Atoomweg 50, 3542 AB Utrecht"),
        Party("Zweirad Center Köln GmbH", "DE", "Aachener Straße 300, 50933 Köln"),
        Party("Cycle Republic Distribution Ltd", "GB", "Unit 4, Kingsway Business Park, Rochdale OL16 4NG"),
        Party("Vélos de France SAS", "FR", "22 Avenue de la Gare, 44000 Nantes"),
    ),
    "jewelry": (
        Party("Dragon City Accessories LLC", "AE", "Al Awir Road, International City, Dubai"),
        Party("Bijuterias Brás Ltda.", "BR", "Rua Oriente 500, Brás, São Paulo - SP, 03016-000"),
        Party("Lagos Fashion Accessories Ltd", "NG", "Balogun Market Road, Lagos Island, Lagos"),
        Party("Claire Street Accessories Inc.", "US", "1400 Broadway, New York, NY 10018"),
    ),
    "solar": (
        Party("Solarpark Brandenburg GmbH", "DE", "Am Seegraben 4, 03051 Cottbus"),
        Party("Zonnepanelen Direct B.V.", "NL", "Industrieweg 21, 3401 MA IJsselstein"),
        Party("Energías Renovables del Sur S.L.", "ES", "Avenida de la Palmera 19, 41013 Sevilla"),
        Party("Sole Puglia Energia S.r.l.", "IT", "Via Napoli 160, 70123 Bari"),
        Party("Sunstate Solar Installations Pty Ltd", "AU", "33 Hercules Street, Hamilton QLD 4007"),
    ),
}

# Ordinary lanes: goods, shippers (name, country), consignee pool. Origin = shipper country.
P = Party
LANES: tuple[tuple[str, tuple[Party, ...], str], ...] = (
    ("tshirts", (P("Guangzhou Liwan Garment Co., Ltd.", "CN"), P("Dhaka Knitwear Ltd.", "BD"), P("Ege Tekstil San. ve Tic. Ltd. Şti.", "TR"), P("Tiruppur Cotton Mills Pvt Ltd", "IN")), "apparel"),
    ("trousers", (P("Hanoi Garment Export JSC", "VN"), P("Guangzhou Liwan Garment Co., Ltd.", "CN"), P("Ege Tekstil San. ve Tic. Ltd. Şti.", "TR")), "apparel"),
    ("shoes", (P("Calzaturificio Marche S.r.l.", "IT"), P("Saigon Footwear JSC", "VN"), P("Dongguan Jiahe Footwear Co., Ltd.", "CN"), P("Agra Leather Works Pvt Ltd", "IN")), "apparel"),
    ("bedlinen", (P("Sharma Home Textiles Pvt Ltd", "IN"), P("Faisalabad Home Textile Mills (Pvt.) Ltd.", "PK")), "home"),
    ("dining_tables", (P("Foshan Shunde Furniture Manufacturing Co., Ltd.", "CN"), P("Meble Wielkopolska Sp. z o.o.", "PL"), P("Binh Duong Woodcraft Co., Ltd.", "VN")), "home"),
    ("armchairs", (P("Foshan Shunde Furniture Manufacturing Co., Ltd.", "CN"), P("Muar Furniture Industries Sdn. Bhd.", "MY"), P("Meble Wielkopolska Sp. z o.o.", "PL")), "home"),
    ("wardrobes", (P("Binh Duong Woodcraft Co., Ltd.", "VN"), P("Muar Furniture Industries Sdn. Bhd.", "MY")), "home"),
    ("coffee", (P("Café Serra Verde Exportadora Ltda.", "BR"), P("Cafés de Antioquia S.A.S.", "CO"), P("Sidama Coffee Export PLC", "ET"), P("Dak Lak Coffee JSC", "VN")), "food"),
    ("mangoes", (P("Ratnagiri Mango Exports Pvt Ltd", "IN"), P("Agrícola Piura S.A.C.", "PE")), "food"),
    ("rice", (P("Punjab Basmati Rice Mills Pvt Ltd", "IN"), P("Lahore Rice Mills (Pvt.) Ltd.", "PK"), P("Siam Jasmine Rice Co., Ltd.", "TH")), "food"),
    ("shrimp", (P("Saigon Seafood Joint Stock Company", "VN"), P("Camaronera del Guayas S.A.", "EC"), P("Andhra Aqua Foods Pvt Ltd", "IN")), "food"),
    ("wine", (P("Château Belvue SAS", "FR"), P("Cantine Colli Euganei S.r.l.", "IT"), P("Bodegas Valdemar Norte S.L.", "ES"), P("Viña Los Andes Ltda.", "CL"), P("Kakheti Wine Cellars LLC", "GE")), "food"),
    ("oranges", (P("Cítricos del Levante S.L.", "ES"), P("Cape Citrus Exporters (Pty) Ltd", "ZA"), P("Nile Valley Fresh Produce S.A.E.", "EG")), "food"),
    ("olive_oil", (P("Oleificio Toscano S.r.l.", "IT"), P("Kalamata Olive Oil S.A.", "GR"), P("Anadolu Zeytinyağı Gıda San. Tic. Ltd. Şti.", "TR")), "food"),
    ("almonds", (P("Central Valley Almond Growers Inc.", "US"),), "food"),
    ("tea", (P("Ceylon Highland Tea Exports (Pvt) Ltd", "LK"), P("Mombasa Tea Brokers Ltd", "KE"), P("Assam Valley Tea Estates Pvt Ltd", "IN")), "food"),
    ("cheese", (P("Van der Berg Kaas B.V.", "NL"),), "food"),
    ("bananas", (P("Bananera del Pacífico S.A.", "EC"),), "food"),
    ("brake_pads", (P("Bremstechnik Sauerland GmbH", "DE"), P("Zhejiang Ruian Auto Brake Co., Ltd.", "CN"), P("Pune Auto Components Pvt Ltd", "IN"), P("Bursa Fren Sistemleri San. ve Tic. A.Ş.", "TR")), "auto"),
    ("shock_absorbers", (P("Daegu Auto Parts Co., Ltd.", "KR"), P("Pune Auto Components Pvt Ltd", "IN")), "auto"),
    ("wheels", (P("Ningbo Lumen Alloy Wheel Co., Ltd.", "CN"), P("Kocaeli Jant San. A.Ş.", "TR")), "auto"),
    ("tyres", (P("Rayong Tyre Manufacturing Co., Ltd.", "TH"), P("Shandong Huasheng Rubber Co., Ltd.", "CN")), "auto"),
    ("headlamps", (P("Daegu Auto Parts Co., Ltd.", "KR"), P("Changzhou Guangming Auto Lamp Co., Ltd.", "CN")), "auto"),
    ("smartphones", (P("Dongguan Lianxin Communication Equipment Co., Ltd.", "CN"), P("Bac Ninh Electronics Manufacturing Co., Ltd.", "VN")), "electronics"),
    ("laptops", (P("Chongqing Xiyong Computer Manufacturing Co., Ltd.", "CN"),), "electronics"),
    ("monitors", (P("Suzhou Guanghua Display Co., Ltd.", "CN"), P("Bac Ninh Electronics Manufacturing Co., Ltd.", "VN")), "electronics"),
    ("hair_dryers", (P("Ningbo Beilun Household Products Co., Ltd.", "CN"),), "electronics"),
    ("headphones", (P("Shenzhen Nanshan Audio Co., Ltd.", "CN"),), "electronics"),
    ("ovens", (P("Zhejiang Yongkang Kitchenware Co., Ltd.", "CN"), P("Manisa Ev Aletleri San. A.Ş.", "TR")), "home"),
    ("mixers", (P("Ningbo Beilun Household Products Co., Ltd.", "CN"),), "home"),
    ("air_conditioners", (P("Zhuhai Coolwave Air Conditioning Co., Ltd.", "CN"), P("Chonburi Air Systems Co., Ltd.", "TH")), "home"),
    ("washing_machines", (P("Manisa Ev Aletleri San. A.Ş.", "TR"), P("Changwon Home Appliances Co., Ltd.", "KR")), "home"),
    ("cookware", (P("浙江永康五金制品有限公司", "CN"),), "home"),
    ("solar", (P("Jiangsu Sunshine Solar Technology Co., Ltd.", "CN"),), "solar"),
    ("excavators", (P("Hyogo Construction Machinery Co., Ltd.", "JP"), P("Ulsan Heavy Equipment Co., Ltd.", "KR"), P("Xuzhou Hengtai Construction Machinery Co., Ltd.", "CN")), "construction"),
    ("harvesters", (P("Westfalen Landtechnik GmbH", "DE"), P("Heartland Harvester Equipment Inc.", "US")), "agri"),
    ("filling_machines", (P("Parma Packaging Machines S.p.A.", "IT"), P("Bielefeld Abfülltechnik GmbH", "DE")), "beverage"),
    ("sewing_machines", (P("Kansai Sewing Systems Co., Ltd.", "JP"), P("Taizhou Jiangnan Sewing Machine Co., Ltd.", "CN")), "garment_factories"),
    ("tiles", (P("Ceramiche Sassuolo S.p.A.", "IT"), P("Azulejos Castellón S.A.", "ES"), P("Morbi Ceramic Tiles Pvt Ltd", "IN")), "building"),
    ("timber", (P("Norrland Sågverk AB", "SE"), P("Karelia Timber Oy", "FI")), "building"),
    ("steel_coils", (P("Pohang Coated Steel Co., Ltd.", "KR"), P("Maharashtra Steel Strips Pvt Ltd", "IN")), "building"),
    ("medicaments", (P("Mehta Pharmaceuticals Pvt. Ltd.", "IN"), P("Thames Valley Pharmaceuticals Ltd", "GB"), P("Hessen Pharma GmbH", "DE")), "medical"),
    ("syringes", (P("Jiangsu Kangli Medical Devices Co., Ltd.", "CN"), P("Tuttlingen Medizintechnik GmbH", "DE")), "medical"),
    ("gloves", (P("Klang Valley Gloves Sdn. Bhd.", "MY"),), "medical"),
    ("ldpe", (P("Jubail Polymers Co.", "SA"), P("Yeosu Petrochemical Co., Ltd.", "KR")), "plastics"),
    ("cosmetics", (P("Lyon Cosmétiques SARL", "FR"), P("Seoul Beauty Lab Co., Ltd.", "KR")), "cosmetics"),
    ("bicycles", (P("Tianjin Flying Wheel Bicycle Co., Ltd.", "CN"), P("Águeda Bicicletas Lda.", "PT")), "bikes"),
    ("jewelry", (P("义乌市佳美饰品有限公司", "CN"),), "jewelry"),
)

# Hard negatives: names that share words with listed names but are other companies.
HARD_NEGATIVES: tuple[tuple[str, Party, str, str], ...] = (
    ("tshirts", P("Henan Textile Import & Export Co., Ltd.", "CN"), "apparel", "'Henan', 'Import & Export' (Henan Diesel, CEIEC)"),
    ("tilapia", P("Xiamen Ocean Seafood Co., Ltd.", "CN"), "food", "'Xiamen' (Xiamen Limbach)"),
    ("garden_tools", P("Changsha Hengyuan Garden Tools Co., Ltd.", "CN"), "home", "'Changsha' (Changsha Tianyi / Spacety)"),
    ("dining_tables", P("Beijing Sunrise Furniture Co., Ltd.", "CN"), "home", "'Beijing' (Beijing Xichao)"),
    ("led_lights", P("Shenzhen Brightway Lighting Co., Ltd.", "CN"), "home", "'Shenzhen' (Redlepus Vector Industry Shenzhen)"),
    ("tableware", P("Jiangxi Jingdezhen Porcelain Co., Ltd.", "CN"), "home", "'Jiangxi' (Jiangxi Hongdu Aviation)"),
    ("cashmere", P("Inner Mongolia Cashmere Products Co., Ltd.", "CN"), "apparel", "'Inner Mongolia' (Inner Mongolia First Machinery)"),
    ("water_filters", P("Nordic Water Technologies AB", "SE"), "home", "'Technologies' (Poly Technologies)"),
    ("bamboo", P("Anhui Bamboo Products Co., Ltd.", "CN"), "home", "'Anhui' (Anhui Greatwall Military Industry)"),
    ("juice", P("Shaanxi Fruit Juice Co., Ltd.", "CN"), "food", "'Shaanxi' (Shaanxi Zhongtian Rocket Technology)"),
    ("oolong", P("Fujian Anxi Tieguanyin Tea Co., Ltd.", "CN"), "food", "'Fujian' (Fujian Nanan Baofeng, Fujian Torch)"),
    ("granite", P("Xiamen Dongfang Stone Co., Ltd.", "CN"), "building", "'Xiamen' (Xiamen Limbach, Xiamen Meiya Pico)"),
)

# CHPL goods to non-risk destinations: (goods, shipper, origin, consignee, shared-word note).
CHPL_OK = {
    "rheinland": Party("Rheinland Automotive Electronics GmbH", "DE", "Industriestraße 40, 50735 Köln"),
    "bayern": Party("Bayerische Steuergeräte GmbH", "DE", "Lilienthalstraße 9, 85748 Garching bei München"),
    "nagoya": Party("Nagoya Automotive Systems Co., Ltd.", "JP", "1-1 Showa-cho, Kariya, Aichi 448-8661"),
    "kyoto": Party("Kyoto Industrial Controls Co., Ltd.", "JP", "58 Nishinokyo, Nakagyo-ku, Kyoto 604-8511"),
    "stuttgart": Party("Stuttgart Antriebstechnik GmbH", "DE", "Heilbronner Straße 150, 70191 Stuttgart"),
    "franken": Party("Franken Leiterplatten GmbH", "DE", "Am Tullnaupark 8, 90402 Nürnberg"),
    "lyon": Party("Lyon Électronique Industrielle SAS", "FR", "25 Avenue Jean Jaurès, 69007 Lyon"),
    "hanse": Party("Hanseatic Fleet Telematics GmbH", "DE", "Überseering 30, 22297 Hamburg"),
    "brescia": Party("Officine Meccaniche Brescia S.p.A.", "IT", "Via Industriale 31, 25125 Brescia"),
    "ohio": Party("Ohio Precision Machining Inc.", "US", "2300 Industrial Parkway, Dayton, OH 45414"),
    "grenoble": Party("Optique de Précision Grenoble SAS", "FR", "10 Rue Général Mangin, 38000 Grenoble"),
    "sanjose": Party("Silicon Valley Server Systems Inc.", "US", "2500 Zanker Road, San Jose, CA 95131"),
    "funknetz": Party("Deutsche Funknetz GmbH", "DE", "Friedrichstraße 100, 10117 Berlin"),
    "rennes": Party("Réseaux Télécom de l'Ouest SAS", "FR", "4 Rue du Breil, 35000 Rennes"),
    "hamburg_air": Party("Hamburg Aircraft Interiors GmbH", "DE", "Hein-Saß-Weg 30, 21129 Hamburg"),
    "torino": Party("Torino Automotive Electronics S.p.A.", "IT", "Corso Orbassano 400, 10137 Torino"),
    "suwon": Party("Suwon Display Modules Co., Ltd.", "KR", "Samsung-ro 129, Yeongtong-gu, Suwon 16677"),
    "detroit": Party("Detroit Axle Components Inc.", "US", "12000 E Eight Mile Road, Detroit, MI 48205"),
    "wien": Party("Wiener Messtechnik GmbH", "AT", "Brünner Straße 50, 1210 Wien"),
    "brno": Party("Brno Strojírny s.r.o.", "CZ", "Hněvkovského 50, 617 00 Brno"),
    "ontario": Party("Ontario Robotics Assembly Inc.", "CA", "500 Hanlan Road, Woodbridge, ON L4L 3P6"),
    "solar_de": Party("Solarpark Brandenburg GmbH", "DE", "Am Seegraben 4, 03051 Cottbus"),
}
CHPL_CLEAN: tuple[tuple[str, Party, str, tuple[str, ...], str], ...] = (
    ("mcu", P("Infineon Technologies AG", "DE"), "MY", ("rheinland", "stuttgart"), "shares 'Technologies' with Poly Technologies"),
    ("mcu", P("Renesas Electronics Corporation", "JP"), "JP", ("bayern", "detroit"), "shares 'Electronics' with Sinno Electronics"),
    ("mcu", P("NXP Semiconductors Netherlands B.V.", "NL"), "MY", ("nagoya",), ""),
    ("other_ic", P("Texas Instruments Incorporated", "US"), "PH", ("kyoto",), ""),
    ("mcu", P("Microchip Technology Inc.", "US"), "TH", ("ontario",), ""),
    ("mcu", P("STMicroelectronics International N.V.", "CH"), "MT", ("torino",), ""),
    ("memory", P("Samsung Electronics Co., Ltd.", "KR"), "KR", ("sanjose",), "shares 'Electronics' with Sinno Electronics"),
    ("mlcc", P("Murata Manufacturing Co., Ltd.", "JP"), "JP", ("franken",), ""),
    ("mlcc", P("TDK Electronics AG", "DE"), "AT", ("lyon",), "shares 'Electronics' with Sinno Electronics"),
    ("gnss", P("u-blox AG", "CH"), "CH", ("hanse",), ""),
    ("ball_bearings", P("AB SKF", "SE"), "SE", ("brescia",), ""),
    ("tapered_bearings", P("Schaeffler Technologies AG & Co. KG", "DE"), "DE", ("detroit",), "shares 'Technologies' with Poly Technologies"),
    ("machining_centres", P("Yamazaki Mazak Corporation", "JP"), "JP", ("ohio",), ""),
    ("cnc_lathes", P("DMG Mori Pfronten GmbH", "DE"), "DE", ("brno",), ""),
    ("optics_clean", P("Carl Zeiss Jena GmbH", "DE"), "DE", ("grenoble",), ""),
    ("transceivers", P("Ericsson AB", "SE"), "SE", ("funknetz",), ""),
    ("transceivers", P("Nokia Solutions and Networks Oy", "FI"), "FI", ("rennes",), ""),
    ("aircraft_parts", P("Aérostructures du Sud-Ouest SAS", "FR"), "FR", ("hamburg_air",), ""),
    ("inverters", P("SMA Solar Technology AG", "DE"), "DE", ("solar_de",), ""),
    ("pcb", P("AT&S Austria Technologie & Systemtechnik AG", "AT"), "AT", ("rheinland",), ""),
    ("igbt", P("Mitsubishi Electric Corporation", "JP"), "JP", ("suwon", "wien"), ""),
)

# Ordinary goods to government-controlled Ukraine (hard negatives for the occupied-region rule).
UA_CLEAN: tuple[tuple[str, Party, str], ...] = (
    ("harvesters", P("Westfalen Landtechnik GmbH", "DE"), "Poltava Grain Farms LLC"),
    ("medicaments", P("Mehta Pharmaceuticals Pvt. Ltd.", "IN"), "Medpharm Lviv LLC"),
    ("washing_machines", P("Changwon Home Appliances Co., Ltd.", "KR"), "Kyiv Home Appliances LLC"),
    ("coffee", P("Dak Lak Coffee JSC", "VN"), "Odesa Food Import LLC"),
)

# Dual-use (not CHPL) goods to non-risk destinations.
DUAL_USE_CLEAN: tuple[tuple[str, Party, Party], ...] = (
    ("marine_diesel", P("Nordsee Motorenwerke GmbH", "DE"), P("Bergen Ship Repair AS", "NO", "Damsgårdsveien 100, 5058 Bergen")),
    ("marine_diesel", P("Nordsee Motorenwerke GmbH", "DE"), P("Astilleros del Cantábrico S.A.", "ES", "Muelle de la Osa s/n, 33212 Gijón")),
    ("drones", P("Bordeaux Drone Systems SAS", "FR"), P("Colorado Aerial Mapping Inc.", "US", "4800 Baseline Road, Boulder, CO 80303")),
    ("drones", P("Bordeaux Drone Systems SAS", "FR"), P("Luftbildvermessung Allgäu GmbH", "DE", "Kemptener Straße 21, 87509 Immenstadt")),
)


# --------------------------------------------------------------------------------------------
# Case construction


class Builder:
    """Turns (parties, goods, route) into rows with plausible dates, quantities and values."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cases: list[Case] = []

    def add(
        self, kind: str, decision: str, why: str, *, shipper: Party, consignee: Party,
        goods: str, desc: int | None = None, end_user: Party | None = None,
        forwarder: str = "", transit: str = "", origin: str = "", dest: str = "",
        currency: str = "",
    ) -> Case:
        rng = self.rng
        g = G[goods]
        day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
        qty = rng.randint(*g.qty)
        if qty > 1000:
            qty = round(qty, -2)
        dest = dest or consignee.country
        cur = currency or currency_for(rng, shipper.country, dest)
        usd = qty * rng.uniform(*g.price)
        amount = usd * FX[cur]
        amount = round(amount) if cur == "JPY" else round(amount, 2)
        description = g.descs[desc] if desc is not None else rng.choice(g.descs)
        row = {
            "record_id": "",
            "date": day.isoformat(),
            "shipper_name": shipper.name,
            "shipper_country": shipper.country,
            "consignee_name": consignee.name,
            "consignee_country": consignee.country,
            "consignee_address": consignee.address,
            "end_user_name": end_user.name if end_user else "",
            "end_user_country": end_user.country if end_user else "",
            "forwarder_name": forwarder,
            "origin_country": origin or shipper.country,
            "transit_countries": transit,
            "destination_country": dest,
            "hs_code": hs_text(rng, g),
            "goods_description": description,
            "quantity": number(qty),
            "value": number(amount),
            "currency": cur,
        }
        case = Case(kind, decision, why, row)
        check_case(case)
        self.cases.append(case)
        return case

    def forwarder(self, p: float = 0.6, pool: tuple[str, ...] = INVENTED_FORWARDERS) -> str:
        return self.rng.choice(pool) if self.rng.random() < p else ""

    def known_forwarder(self, p: float = 0.6) -> str:
        return self.forwarder(p, FORWARDERS)


def route(shipper: Party, consignee: Party) -> str:
    return f"{shipper.country}→{consignee.country}"


def label(goods: str) -> str:
    """Short goods wording for a reason: the first description up to its first comma."""
    return G[goods].descs[0].split(",")[0]


def city(address: str) -> str:
    """The city of an address written 'street, [district,] postcode city' or 'street, city postcode'."""
    last = address.split(",")[-1].strip()
    words = [w for w in last.split() if not any(ch.isdigit() for ch in w)]
    return " ".join(words)


# --- clear -------------------------------------------------------------------------------------


def clean_cases(b: Builder) -> None:
    """Ordinary trade, hard negatives, CHPL and dual-use goods to non-risk destinations."""
    rng = b.rng
    for goods, shipper, pool, shared in HARD_NEGATIVES:
        consignee = rng.choice([c for c in CONSIGNEES[pool] if c.country != shipper.country])
        b.add(
            "clear_hard_negative", "clear",
            f"'{shipper.name}' shares {shared} with listed names but is a different company; "
            f"{label(goods)} (HS {G[goods].hs_dotted}) {route(shipper, consignee)}",
            shipper=shipper, consignee=consignee, goods=goods, desc=0,
            end_user=consignee if rng.random() < 0.3 else None, forwarder=b.known_forwarder(),
        )
    for goods, shipper, origin, keys, note in CHPL_CLEAN:
        for key in keys:
            consignee = CHPL_OK[key]
            g = G[goods]
            transit = rng.choice(["", "", "", "NL", "BE"]) if consignee.country not in ("NL", "BE") else ""
            extra = f"; {note}" if note else ""
            b.add(
                "clear_chpl_nonrisk", "clear",
                f"HS {g.hs_dotted} (CHPL Tier {g.tier}) {shipper.name} → {consignee.name} "
                f"({consignee.country}): manufacturer to manufacturer, non-risk destination, "
                f"at most info{extra}",
                shipper=shipper, consignee=consignee, goods=goods, end_user=consignee,
                forwarder=b.known_forwarder(0.8), transit=transit, origin=origin,
            )
    ukraine = {c.name: c for c in CONSIGNEES["home"] + CONSIGNEES["food"] + CONSIGNEES["agri"] + CONSIGNEES["medical"]}
    for goods, shipper, name in UA_CLEAN:
        consignee = ukraine[name]
        b.add(
            "clear_ukraine_free_territory", "clear",
            f"{label(goods)} (HS {G[goods].hs_dotted}) {route(shipper, consignee)}, consignee in "
            f"{city(consignee.address)} (government-controlled Ukraine, not an occupied region)",
            shipper=shipper, consignee=consignee, goods=goods, end_user=consignee,
            forwarder=b.known_forwarder(),
        )
    for goods, shipper, consignee in DUAL_USE_CLEAN:
        what = "marine diesel engine (HS 8408.10)" if goods == "marine_diesel" else "drones (HS 8806)"
        b.add(
            "clear_dual_use_nonrisk", "clear",
            f"{what} to {consignee.country}: not CHPL, non-risk destination, no listed party",
            shipper=shipper, consignee=consignee, goods=goods, desc=0,
            end_user=consignee, forwarder=b.known_forwarder(),
        )
    while len(b.cases) < N_CLEAN:
        goods, shippers, pool = rng.choice(LANES)
        shipper = rng.choice(shippers)
        consignee = rng.choice([c for c in CONSIGNEES[pool] if c.country != shipper.country])
        end_user = None
        if rng.random() < 0.35:
            end_user = consignee
        transit = ""
        if rng.random() < 0.15:
            transit = rng.choice(
                [t for t in ("NL", "BE", "SG", "AE", "ES", "PA") if t not in (shipper.country, consignee.country)]
            )
        g = G[goods]
        if consignee.country in HUBS:
            kind, why = "clear_ordinary_to_hub", (
                f"ordinary goods: {label(goods)} (HS {g.hs_dotted}, not CHPL) "
                f"{route(shipper, consignee)}; hub rules apply to CHPL goods and drones only"
            )
        elif consignee.country == "UA":
            kind, why = "clear_ukraine_free_territory", (
                f"{label(goods)} (HS {g.hs_dotted}) {route(shipper, consignee)}, consignee in "
                f"{city(consignee.address)} (government-controlled Ukraine, not an occupied region)"
            )
        else:
            kind, why = "clear_ordinary", (
                f"ordinary trade: {label(goods)} (HS {g.hs_dotted}) {route(shipper, consignee)}, "
                "no listed party"
            )
        b.add(kind, "clear", why, shipper=shipper, consignee=consignee, goods=goods,
              end_user=end_user, forwarder=b.known_forwarder(), transit=transit)


# --- listed parties ---------------------------------------------------------------------------

RU_ADDR = {
    "izhevsk": "ul. Pesochnaya 3, Izhevsk, Udmurt Republic, 426033",
    "moscow": "ul. Tverskaya 18, Moscow, 125009",
}
KZ_ALTYN = P("Altyn Trade LLP", "KZ", "Dostyk Avenue 180, Almaty 050051")
KZ_STEPPE = P("Steppe Logistics LLP", "KZ", "Kulager Street 12, Almaty 050022")
KZ_SHYMKENT = P("Shymkent Industrial Components LLP", "KZ", "Tauke Khan Avenue 31, Shymkent 160000")
KZ_TELESET = P("KazTeleSet JSC", "KZ", "Mangilik El Avenue 55, Astana 010000")
KZ_KARAGANDA = P("Karaganda Mining Machinery LLP", "KZ", "Bukhar Zhyrau Avenue 49, Karaganda 100000")
KZ_AGRO = P("Astana Agro Innovations LLP", "KZ", "Turan Avenue 24, Astana 010000")
KZ_HOMEGOODS = P("Karaganda Home Goods LLP", "KZ", "Yerubayev Street 35, Karaganda 100008")
KZ_TD = P("ТОО «Торговый дом Алтын-Тех»", "KZ", "ул. Толе би 101, Алматы 050012")
AE_GULF = P("Gulf Horizon General Trading LLC", "AE", "Office 1204, Al Maktoum Road, Deira, Dubai")
AE_OASIS = P("Oasis Tech Components FZE", "AE", "Building A2, Dubai Silicon Oasis, Dubai")
AE_CREST = P("Emirates Crest Logistics FZCO", "AE", "Plot S30512, Jebel Ali Free Zone South, Dubai")
AE_FALCON = P("Desert Falcon Fleet Tracking LLC", "AE", "Mussafah Industrial Area M-12, Abu Dhabi")
AE_BARSHA = P("Al Barsha Electronics Trading LLC", "AE", "Al Barsha 1, Sheikh Zayed Road, Dubai")
TR_ANATOLIA = P("Anatolia Global Trading Ltd. Şti.", "TR", "Halkalı Merkez Mah. Basın Ekspres Cad. 9, Küçükçekmece, İstanbul")
TR_MARMARA = P("Marmara Elektronik Sanayi A.Ş.", "TR", "Dudullu OSB 1. Cadde 12, Ümraniye, İstanbul")
TR_IZMIR = P("İzmir Akıllı Sistemler A.Ş.", "TR", "Atatürk OSB 10003 Sokak 5, Çiğli, İzmir")
TR_RULMAN = P("İstanbul Rulman Sanayi A.Ş.", "TR", "İkitelli OSB Demirciler Sitesi 4, Başakşehir, İstanbul")
TR_KONYA = P("Konya Tarım Teknolojileri A.Ş.", "TR", "Konya OSB 2. Cadde 8, Selçuklu, Konya")
TR_TUZLA = P("Tuzla Gemi Endüstrisi A.Ş.", "TR", "Aydınlı Mah. Tersaneler Cad. 40, Tuzla, İstanbul")
TR_TUZLA_SUPPLY = P("Tuzla Marine Supply Ltd. Şti.", "TR", "İçmeler Mah. Tersane Yolu 7, Tuzla, İstanbul")
KG_BISHKEK = P("Bishkek Trading House LLC", "KG", "Chui Avenue 150, Bishkek 720001")
KG_ALATOO = P("Ala-Too Cargo LLC", "KG", "Zhibek Zholu Street 490, Bishkek 720021")
KG_ISSYK = P("Issyk-Kul Electric LLC", "KG", "Manas Avenue 40, Bishkek 720017")
AM_ARARAT = P("Ararat General Trading LLC", "AM", "Tigran Mets Avenue 48, Yerevan 0005")
AM_YEA = P("Yerevan Electronics Assembly CJSC", "AM", "Arshakunyats Avenue 34, Yerevan 0026")
AM_DRONE = P("Yerevan Drone Club LLC", "AM", "Komitas Avenue 60, Yerevan 0051")
GE_TBILISI = P("Tbilisi Freight Forwarding LLC", "GE", "David Agmashenebeli Alley 13 km, Tbilisi 0131")
GE_KARTLI = P("Kartli Telecom LLC", "GE", "Tsereteli Avenue 116, Tbilisi 0119")
GE_KUTAISI = P("Kutaisi Survey Solutions LLC", "GE", "Rustaveli Street 9, Kutaisi 4600")
UZ_TASHKENT = P("Tashkent Cargo Express LLC", "UZ", "Sergeli District, Yangi Sergeli Street 11, Tashkent 100022")
UZ_SAMARKAND = P("Samarkand Instruments JV LLC", "UZ", "Registan Street 24, Samarkand 140100")
UZ_FERGANA = P("Fergana Agro Services LLC", "UZ", "Al-Fargoniy Street 18, Fergana 150100")
HK_VICTORIA = P("Victoria Harbour Components Limited", "HK", "Unit 1502, 15/F, Shun Tak Centre, 200 Connaught Road Central, Sheung Wan, Hong Kong")
HK_KOWLOON = P("Kowloon Bay Trading Co., Limited", "HK", "Room 8, 12/F, Kowloon Bay Industrial Centre, 15 Wang Hoi Road, Kowloon Bay, Hong Kong")
HK_PEARL = P("Pearl Delta Logistics (HK) Limited", "HK", "Flat C, 9/F, Kwai Cheong Centre, 50 Kwai Cheong Road, Kwai Chung, Hong Kong")
CN_FUTIAN_SMART = P("Shenzhen Futian Smart Terminal Manufacturing Co., Ltd.", "CN", "No. 3 Tairan 7th Road, Futian District, Shenzhen 518040")
CN_YIWU = P("Yiwu International Trade Logistics Co., Ltd.", "CN", "No. 1 Futian Road, Yiwu, Zhejiang 322000")
CN_XINDA = P("深圳鑫达国际贸易有限公司", "CN", "深圳市福田区华强北路1002号")
CN_CHENGDU = P("Chengdu Airframe Tooling Co., Ltd.", "CN", "No. 66 Wuke East 3rd Road, Wuhou District, Chengdu 610045")
RU_VOLGA = P("OOO Volga Elektronika", "RU", "ul. Bolshaya Pokrovskaya 60, Nizhny Novgorod, 603000")
RU_SEVERTEKH = P("OOO Severtekh Komponent", "RU", "Moskovsky prospekt 212, St Petersburg, 196066")
RU_PROMTEKH = P("OOO Promtekh-Ural", "RU", "ul. Frontovykh Brigad 18, Yekaterinburg, 620017")
RU_KAMSTANKO = P("OOO Kamstanko-Servis", "RU", "prospekt Mira 45, Naberezhnye Chelny, 423800")
RU_TEKHNOKOM = P("OOO Tekhnokom-Sibir", "RU", "ul. Bolshevistskaya 131, Novosibirsk, 630083")
RU_OPTIKA = P("OOO Optika-Tsentr", "RU", "ul. Ordzhonikidze 11, Moscow, 115419")
RU_KAMA = P("OOO Kama Instrument Service", "RU", "ul. Sibirsky Trakt 34, Kazan, 420029")
RU_SIBSTANKO = P("OOO Sibirskiy Stankoinstrument", "RU", "ul. Kirova 86, Novosibirsk, 630102")
RU_AEROTEKH = P("OOO Aerotekh-Service", "RU", "ul. Novo-Sadovaya 106, Samara, 443068")
RU_AGRODRON = P("OOO Agrodron Povolzhye", "RU", "ul. Moskovskoye shosse 17, Samara, 443013")
RU_BAIKAL = P("OOO Baikal Aviaremont", "RU", "ul. Khorinskaya 1, Ulan-Ude, Republic of Buryatia, 670009")
RU_RADIO = P("OOO Radiokomplekt-Yug", "RU", "ul. Bolshaya Sadovaya 70, Rostov-on-Don, 344002")
RU_ZELENODOLSK = P("Zelenodolsk Shipyard JSC", "RU", "ul. Zavodskaya 5, Zelenodolsk, Republic of Tatarstan, 422546")
RU_PELLA = P("Pella Shipyard JSC", "RU", "ul. Zheleznodorozhnaya 1, Otradnoye, Leningrad Oblast, 187330")
RU_ASTRAKHAN = P("OOO Astrakhan Sudoremont", "RU", "ul. Admiralteyskaya 46, Astrakhan, 414000")
BY_BELPROM = P("OOO Belpromkomplekt", "BY", "ul. Platonova 1B, Minsk, 220034")
BY_GOMEL = P("ZAO Gomelstankoservis", "BY", "ul. Barykina 119, Gomel, 246003")
BY_AERO = P("OOO Belaerotekh", "BY", "prospekt Nezavisimosti 177, Minsk, 220125")


def listed_cases(b: Builder) -> None:
    """Parties of the demo list, spelled as trade documents spell them, in every role."""
    f = b.forwarder
    blk, rev = "listed_block", "listed_review"

    def why(role: str, name: str, entry: str, action: str) -> str:
        return f"{role} '{name}' = {entry} ({action})"

    # Spacety (OFAC SDN) and Spacety Luxembourg
    s = P("Changsha Tianyi Space Science & Technology Research Institute", "CN", "Building 7, Lugu Science Park, Yuelu District, Changsha, Hunan 410205")
    b.add(blk, "block", why("consignee", s.name, "Changsha Tianyi (Spacety), OFAC SDN", "block"),
          shipper=P("Optik Manufaktur Jena GmbH", "DE"), consignee=s, goods="optics_clean", forwarder=f())
    s = P("长沙天仪空间科技研究院有限公司", "CN")
    lux = P("Spacety Luxembourg S.A.", "LU", "9 Rue du Laboratoire, 1911 Luxembourg")
    b.add(blk, "block", why("shipper", s.name, "Spacety (script name as listed)", "block") + "; consignee = Spacety Luxembourg S.A. (block)",
          shipper=s, consignee=lux, goods="satellite_parts", forwarder=f())
    lux2 = P("SPACETY LUXEMBOURG SA", "LU", "9 Rue du Laboratoire, 1911 Luxembourg")
    b.add(blk, "block", why("consignee", lux2.name, "Spacety Luxembourg S.A.", "block"),
          shipper=P("Toulouse Space Components SAS", "FR"), consignee=lux2, goods="satellite_parts", forwarder=f())
    b.add(blk, "block", why("end user", "Spacety Co., Ltd. (Changsha)", "Spacety alias", "block") + "; also GNSS (CHPL Tier 2) to HK",
          shipper=P("Cascade Photonics Inc.", "US"), consignee=HK_VICTORIA, goods="gnss",
          end_user=P("Spacety Co., Ltd. (Changsha)", "CN"), forwarder=f())
    # Huawei (BIS Entity List)
    hw = P("Huawei Technologies Co Ltd", "CN")
    b.add(blk, "block", why("shipper", hw.name, "Huawei Technologies Co., Ltd., BIS Entity List", "block"),
          shipper=hw, consignee=P("Nordnetz Telekommunikation GmbH", "DE", "Mainzer Landstraße 50, 60325 Frankfurt am Main"),
          goods="transceivers", desc=0, forwarder=f())
    hw = P("HUAWEI TECHNOLOGIES CO., LIMITED", "CN", "Bantian, Longgang District, Shenzhen 518129")
    b.add(blk, "block", why("consignee", hw.name, "Huawei Technologies Co., Ltd., BIS Entity List", "block"),
          shipper=P("Cascade Photonics Inc.", "US"), consignee=hw, goods="fpga", forwarder=f())
    b.add(blk, "block", why("end user", "华为技术有限公司", "Huawei (script name as listed)", "block") + "; memory ICs via HK trading company",
          shipper=P("Incheon Semicon Co., Ltd.", "KR"), consignee=HK_KOWLOON, goods="memory", desc=0,
          end_user=P("华为技术有限公司", "CN"), forwarder=f())
    b.add(blk, "block", why("shipper", "HUAWEI TECHNOLOGIES CO LTD", "Huawei Technologies Co., Ltd.", "block"),
          shipper=P("HUAWEI TECHNOLOGIES CO LTD", "CN"),
          consignee=P("Telecomunicaciones del Norte S.A. de C.V.", "MX", "Av. Lázaro Cárdenas 2400, San Pedro Garza García, N.L. 66260"),
          goods="smartphones", forwarder=f())
    # Xiamen Limbach, Redlepus (OFAC SDN, Garpiya network)
    b.add(blk, "block", why("shipper", "Xiamen Limbach Aircraft Engine Company Limited", "Xiamen Limbach Aircraft Engine Co., Ltd., OFAC SDN", "block"),
          shipper=P("Xiamen Limbach Aircraft Engine Company Limited", "CN"), consignee=AE_GULF, goods="aero_engines", desc=0, forwarder=f())
    b.add(blk, "block", why("shipper", "XIAMEN LIMBACH AIRCRAFT ENGINE CO LTD", "Xiamen Limbach, OFAC SDN", "block") + "; engines declared as 'industrial cooling units'",
          shipper=P("XIAMEN LIMBACH AIRCRAFT ENGINE CO LTD", "CN"), consignee=KZ_STEPPE, goods="cooling_units", forwarder=f())
    b.add(blk, "block", why("consignee", "Xiamen Limbach Aircraft Engine Co Ltd", "Xiamen Limbach, OFAC SDN", "block"),
          shipper=P("Bodensee Präzisionsteile GmbH", "DE"),
          consignee=P("Xiamen Limbach Aircraft Engine Co Ltd", "CN", "No. 2 Xiangxing 3rd Road, Torch Hi-tech Zone, Xiamen, Fujian 361006"),
          goods="ball_bearings", desc=1, forwarder=f())
    b.add(blk, "block", why("shipper", "Redlepus Vector Industry (Shenzhen) Co Ltd", "Redlepus Vector Industry Shenzhen Co., Ltd., OFAC SDN", "block"),
          shipper=P("Redlepus Vector Industry (Shenzhen) Co Ltd", "CN"), consignee=KG_BISHKEK, goods="motors", forwarder=f())
    b.add(blk, "block", why("consignee", "REDLEPUS VECTOR INDUSTRY SHENZHEN CO LTD", "Redlepus Vector Industry Shenzhen Co., Ltd.", "block"),
          shipper=P("Hamamatsu Motor Parts Co., Ltd.", "JP"),
          consignee=P("REDLEPUS VECTOR INDUSTRY SHENZHEN CO LTD", "CN", "Bao'an District, Shenzhen, Guangdong 518101"),
          goods="ball_bearings", desc=0, forwarder=f())
    # TSK Vektor, IEMZ Kupol, Yamshchikov (RU, OFAC)
    b.add(blk, "block", why("consignee", "OOO TSK Vektor", "TSK Vektor, OFAC", "block") + "; also CHPL 8807.30 to RU",
          shipper=P("Guangzhou Tianhe Industrial Supply Co., Ltd.", "CN"),
          consignee=P("OOO TSK Vektor", "RU", "ul. Udmurtskaya 255, Izhevsk, 426011"), goods="uav_parts", desc=2, currency="CNY")
    b.add(blk, "block", why("end user", "TSK VEKTOR", "TSK Vektor, OFAC", "block") + "; RU end user of GNSS modules",
          shipper=P("Shenzhen Longhua Navigation Electronics Co., Ltd.", "CN"), consignee=KZ_ALTYN, goods="gnss",
          end_user=P("TSK VEKTOR", "RU"), forwarder=f())
    b.add(blk, "block", why("forwarder", "TSK Vector", "TSK Vektor alias, OFAC", "block"),
          shipper=P("Yiwu Jinyuan Commodity Co., Ltd.", "CN"), consignee=KZ_HOMEGOODS, goods="hair_dryers",
          forwarder="TSK Vector")
    b.add(blk, "block", why("end user", "AO IEMZ Kupol", "AO IEMZ Kupol, OFAC", "block") + "; RU end user of CHPL Tier 1",
          shipper=P("Dresden Mikrosysteme GmbH", "DE"), consignee=KZ_SHYMKENT, goods="mcu", desc=0,
          end_user=P("AO IEMZ Kupol", "RU"), forwarder=f())
    b.add(blk, "block", why("consignee", "JSC IEMZ Kupol", "AO IEMZ Kupol (AO = JSC)", "block"),
          shipper=P("Shenzhen Longgang Motor Co., Ltd.", "CN"),
          consignee=P("JSC IEMZ Kupol", "RU", RU_ADDR["izhevsk"]), goods="motors", currency="CNY")
    b.add(blk, "block", why("end user", "Izhevsk Electromechanical Plant Kupol", "AO IEMZ Kupol alias", "block"),
          shipper=P("Dongguan Aerofly Model Co., Ltd.", "CN"), consignee=AM_ARARAT, goods="uav_parts", desc=0,
          end_user=P("Izhevsk Electromechanical Plant Kupol", "RU"), forwarder=f())
    b.add(blk, "block", why("end user", "АО ИЭМЗ Купол", "AO IEMZ Kupol (Cyrillic name as listed)", "block"),
          shipper=P("Shenzhen Longhua Navigation Electronics Co., Ltd.", "CN"), consignee=UZ_TASHKENT, goods="gnss", desc=2,
          end_user=P("АО ИЭМЗ Купол", "RU"))
    b.add(blk, "block", why("end user", "Artem Mikhailovich Yamshchikov", "Artem Mikhailovich Yamshchikov, OFAC", "block"),
          shipper=P("Dongguan Aerofly Model Co., Ltd.", "CN"), consignee=KZ_STEPPE, goods="uav_parts", desc=3,
          end_user=P("Artem Mikhailovich Yamshchikov", "RU"), forwarder=f())
    b.add(blk, "block", why("consignee", "YAMSHCHIKOV ARTEM MIKHAILOVICH", "Artem Mikhailovich Yamshchikov (surname first)", "block"),
          shipper=P("Shenzhen Futian Components Trading Co., Ltd.", "CN"),
          consignee=P("YAMSHCHIKOV ARTEM MIKHAILOVICH", "RU", RU_ADDR["moscow"]), goods="computer_parts")
    b.add(blk, "block", why("end user", "Artyom Yamshchikov", "Yamshchikov alias", "block"),
          shipper=P("Espoo Network Systems Oy", "FI"), consignee=AE_OASIS, goods="transceivers", desc=1,
          end_user=P("Artyom Yamshchikov", "RU"), forwarder=f())
    # Sinno Electronics (OFAC)
    b.add(blk, "block", why("consignee", "Sinno Electronics Co Ltd", "Sinno Electronics Co. Limited, OFAC", "block"),
          shipper=P("Pacific Rim Components Inc.", "US"),
          consignee=P("Sinno Electronics Co Ltd", "HK", "Room 1203, 12/F, Ho King Commercial Centre, 2-16 Fa Yuen Street, Mong Kok, Hong Kong"),
          goods="other_ic", forwarder=f())
    b.add(blk, "block", why("shipper", "SINNO ELECTRONICS CO., LIMITED", "Sinno Electronics Co. Limited", "block"),
          shipper=P("SINNO ELECTRONICS CO., LIMITED", "HK"), consignee=TR_ANATOLIA, goods="memory", desc=1, forwarder=f())
    b.add(blk, "block", why("consignee", "Sinno Electronics Company Limited", "Sinno Electronics Co. Limited", "block"),
          shipper=P("Shenzhen Futian Components Trading Co., Ltd.", "CN"),
          consignee=P("Sinno Electronics Company Limited", "HK", "Room 1203, 12/F, Ho King Commercial Centre, 2-16 Fa Yuen Street, Mong Kok, Hong Kong"),
          goods="mlcc", forwarder=f())

    # Henan Diesel (watch)
    b.add(rev, "review", why("shipper", "Henan Diesel Engine Industrial Co., Ltd", "watch entry Henan Diesel Engine Industry Co., Ltd.", "review") + "; marine diesel to BD, no other rule",
          shipper=P("Henan Diesel Engine Industrial Co., Ltd", "CN"),
          consignee=P("Chittagong Marine Works Ltd.", "BD", "Patenga, Chittagong 4204"), goods="marine_diesel", desc=0, forwarder=f())
    b.add("listed_review_goods_block", "block",
          "marine diesel engine (HS 8408.10) to a Russian shipyard (RU embargoed) → block; shipper 'HENAN DIESEL ENGINE IND CO LTD' = watch entry Henan Diesel (review)",
          shipper=P("HENAN DIESEL ENGINE IND CO LTD", "CN"), consignee=RU_ZELENODOLSK, goods="marine_diesel", desc=1, currency="CNY")
    b.add(rev, "review", why("shipper", "河南柴油机重工有限责任公司", "Henan Diesel (script name as listed)", "review"),
          shipper=P("河南柴油机重工有限责任公司", "CN"),
          consignee=P("PT Samudra Marine Indonesia", "ID", "Jl. Yos Sudarso 7, Tanjung Priok, Jakarta 14310"), goods="marine_diesel", desc=2, forwarder=f())
    b.add(rev, "review", why("shipper", "Henan Diesel Engine Heavy Industry Co Ltd", "Henan Diesel alias", "review") + "; 8408.10 is not CHPL",
          shipper=P("Henan Diesel Engine Heavy Industry Co Ltd", "CN"), consignee=TR_TUZLA, goods="marine_diesel", desc=3, forwarder=f())
    # Xi'an Bingo (watch)
    b.add(rev, "review", why("shipper", "Xian Bingo Intelligent Aviation Tech Co Ltd", "watch entry Xi'an Bingo", "review") + "; drones to US otherwise clear",
          shipper=P("Xian Bingo Intelligent Aviation Tech Co Ltd", "CN"),
          consignee=P("Prairie Aerial Services Inc.", "US", "2100 N Market Street, Wichita, KS 67214"), goods="drones", desc=0, forwarder=f())
    b.add(rev, "review", why("shipper", "XI'AN BINGO INTELLIGENT AVIATION TECHNOLOGY CO.,LTD", "watch entry Xi'an Bingo", "review") + "; drones to AE trading company (review)",
          shipper=P("XI'AN BINGO INTELLIGENT AVIATION TECHNOLOGY CO.,LTD", "CN"), consignee=AE_GULF, goods="drones", desc=3, forwarder=f())
    b.add("listed_review_goods_block", "block",
          "drones (HS 8806) to RU (embargoed) → block; shipper '西安冰果智能航空科技有限公司' = watch entry Xi'an Bingo (review)",
          shipper=P("西安冰果智能航空科技有限公司", "CN"), consignee=RU_AEROTEKH, goods="drones", desc=2, currency="CNY")
    # Poly Technologies
    b.add("listed_review_goods_block", "block",
          "helicopter parts HS 8807.30 (CHPL 3.B) to RU (embargoed) → block; shipper 'Poly Technologies Inc' = Poly Technologies (INKSNA, review)",
          shipper=P("Poly Technologies Inc", "CN"), consignee=RU_BAIKAL, goods="heli_parts", currency="CNY")
    b.add(rev, "review", why("shipper", "POLY TECHNOLOGIES INCORPORATED", "Poly Technologies, Inc. (INKSNA)", "review") + "; aircraft tyres to NG",
          shipper=P("POLY TECHNOLOGIES INCORPORATED", "CN"),
          consignee=P("Abuja Aviation Services Ltd", "NG", "Nnamdi Azikiwe International Airport Road, Abuja"), goods="aircraft_tyres", forwarder=f())
    b.add(rev, "review", why("consignee", "保利科技有限公司", "Poly Technologies (script name as listed)", "review") + "; excavators are ordinary goods",
          shipper=P("Württemberg Baumaschinen GmbH", "DE"),
          consignee=P("保利科技有限公司", "CN", "北京市东城区朝阳门北大街1号"), goods="excavators", forwarder=f())
    # CEIEC, CATIC (ISNA)
    b.add(rev, "review", why("shipper", "CEIEC", "China National Electronics Import & Export Corporation (ISNA)", "review") + "; VE is not a diversion hub",
          shipper=P("CEIEC", "CN"),
          consignee=P("Compañía Anónima Redes Andinas", "VE", "Av. Francisco de Miranda, Torre Europa, Caracas 1060"),
          goods="transceivers", desc=0, forwarder=f())
    b.add(rev, "review", why("consignee", "China National Electronics Import and Export Corporation", "CEIEC (ISNA)", "review") + "; oscilloscopes are CHPL 4.A, not Tier 1/2",
          shipper=P("Sendai Instruments Co., Ltd.", "JP"),
          consignee=P("China National Electronics Import and Export Corporation", "CN", "No. 23 Fuxing Road, Haidian District, Beijing 100036"),
          goods="oscilloscopes", forwarder=f())
    b.add(rev, "review", why("shipper", "CATIC", "China National Aero-Technology Import & Export Corporation (ISNA)", "review"),
          shipper=P("CATIC", "CN"),
          consignee=P("Karachi Aviation Support (Pvt) Ltd", "PK", "Jinnah International Airport, Karachi 75200"), goods="aircraft_tyres", forwarder=f())
    b.add(rev, "review", why("consignee", "China National Aero Technology Import & Export Corp", "CATIC (ISNA)", "review") + "; 8807.30 is CHPL 3.B, not Tier 1/2",
          shipper=P("Pyrénées Aéro Équipements SAS", "FR"),
          consignee=P("China National Aero Technology Import & Export Corp", "CN", "No. 5 Liangguochang Road, Dongcheng District, Beijing 100010"),
          goods="aircraft_parts", forwarder=f())
    # Chernyshev (watch)
    b.add(rev, "review", why("consignee", "Moscow Machine-Building Enterprise named after V.V. Chernyshev JSC", "watch entry Chernyshev", "review") + "; RU destination but ordinary workwear (not CHPL/dual-use)",
          shipper=P("Wuhan Jiangcheng Workwear Co., Ltd.", "CN"),
          consignee=P("Moscow Machine-Building Enterprise named after V.V. Chernyshev JSC", "RU", "ul. Vishnevaya 7, Moscow, 125362"),
          goods="workwear", currency="CNY")
    b.add("listed_review_goods_block", "block",
          "RU end user of CHPL 8482.20 bearings (embargoed party country) → block; end user 'Chernyshev MMP' = watch entry Chernyshev (review)",
          shipper=P("Liaoning Hengrun Bearing Co., Ltd.", "CN"), consignee=KZ_SHYMKENT, goods="tapered_bearings",
          end_user=P("Chernyshev MMP", "RU"), forwarder=f())
    # Beijing Xichao, Fujian Nanan Baofeng (watch)
    b.add("listed_review_goods_block", "block",
          "UAV parts HS 8807.30 (CHPL 3.B) to RU (embargoed) → block; shipper 'Beijing Xichao International Technology & Trade Co Ltd' = watch entry Beijing Xichao (review)",
          shipper=P("Beijing Xichao International Technology & Trade Co Ltd", "CN"), consignee=RU_AEROTEKH, goods="uav_parts", desc=1, currency="CNY")
    b.add(rev, "review", why("shipper", "BEIJING XICHAO INTERNATIONAL TECHNOLOGY AND TRADE CO., LTD.", "watch entry Beijing Xichao", "review") + "; cooling units are not CHPL",
          shipper=P("BEIJING XICHAO INTERNATIONAL TECHNOLOGY AND TRADE CO., LTD.", "CN"), consignee=KG_ALATOO, goods="cooling_units", forwarder=f())
    b.add(rev, "review", why("shipper", "Fujian Nan'an Baofeng Electronic Co., Ltd.", "watch entry Fujian Nanan Baofeng", "review") + "; two-way radios to US",
          shipper=P("Fujian Nan'an Baofeng Electronic Co., Ltd.", "CN"),
          consignee=P("Frontier Radio Supply Inc.", "US", "1450 W Bell Road, Phoenix, AZ 85023"), goods="walkie", forwarder=f())
    b.add("listed_review_goods_block", "block",
          "antennas HS 8529.10 (CHPL 3.A) to RU (embargoed) → block; shipper 'FUJIAN NANAN BAOFENG ELECTRONICS CO LTD' = watch entry Baofeng (review)",
          shipper=P("FUJIAN NANAN BAOFENG ELECTRONICS CO LTD", "CN"), consignee=RU_RADIO, goods="antennas", currency="CNY")
    b.add(rev, "review", why("shipper", "Fujian Nanan Baofeng Electonic Co Ltd", "watch entry Fujian Nanan Baofeng (one typo)", "review"),
          shipper=P("Fujian Nanan Baofeng Electonic Co Ltd", "CN"),
          consignee=P("Funkhandel Bremen GmbH", "DE", "Otto-Lilienthal-Straße 20, 28199 Bremen"), goods="walkie", forwarder=f())
    # NS-CMIC companies (review)
    b.add(rev, "review", why("shipper", "SZ DJI Technology Co., Ltd.", "NS-CMIC SZ DJI Technology", "review") + "; drones to DE otherwise clear",
          shipper=P("SZ DJI Technology Co., Ltd.", "CN"),
          consignee=P("Luftbild Service Nord GmbH", "DE", "Flughafenstraße 1, 24941 Flensburg"), goods="drones", desc=0, forwarder=f())
    b.add(rev, "review", why("shipper", "SZ DJI TECHNOLOGY CO LTD", "NS-CMIC SZ DJI Technology", "review") + "; drones to AE (hub, review)",
          shipper=P("SZ DJI TECHNOLOGY CO LTD", "CN"), consignee=AE_BARSHA, goods="drones", desc=0, forwarder=f())
    b.add(rev, "review", why("shipper", "Hangzhou Hikvision Digital Technology Co Ltd", "NS-CMIC Hikvision", "review") + "; cameras (CHPL 3.A) to GB otherwise clear",
          shipper=P("Hangzhou Hikvision Digital Technology Co Ltd", "CN"),
          consignee=P("Midlands Security Installations Ltd", "GB", "Unit 9, Tyseley Industrial Estate, Birmingham B11 2AA"), goods="cctv", forwarder=f())
    b.add(rev, "review", why("consignee", "Aviation Industry Corporation of China", "NS-CMIC AVIC", "review"),
          shipper=P("Pyrénées Aéro Équipements SAS", "FR"),
          consignee=P("Aviation Industry Corporation of China", "CN", "No. 128 Jianguo Road, Chaoyang District, Beijing 100022"),
          goods="aircraft_parts", forwarder=f())
    b.add(rev, "review", why("end user", "AVIC", "NS-CMIC AVIC (alias)", "review") + "; bearings are CHPL 3.B, not Tier 1/2",
          shipper=P("Franken Wälzlager GmbH", "DE"), consignee=CN_CHENGDU, goods="tapered_bearings",
          end_user=P("AVIC", "CN"), forwarder=f())
    b.add(rev, "review", why("consignee", "中国航空工业集团有限公司", "NS-CMIC AVIC (script name as listed)", "review") + "; CNC lathes are CHPL 4.B, not Tier 1/2",
          shipper=P("Bodensee Präzisionsteile GmbH", "DE"),
          consignee=P("中国航空工业集团有限公司", "CN", "北京市朝阳区曙光西里甲5号院19号楼"), goods="cnc_lathes", forwarder=f())
    b.add(rev, "review", why("shipper", "NORINCO", "NS-CMIC China North Industries Group (alias)", "review") + "; steel rails to NG",
          shipper=P("NORINCO", "CN"),
          consignee=P("Abuja Rail Infrastructure Ltd", "NG", "Plot 1021, Central Business District, Abuja"), goods="steel_rails", forwarder=f())
    b.add(rev, "review", why("consignee", "China North Industries Group Corp Ltd", "NS-CMIC China North Industries Group Corporation Limited", "review") + "; milling machines are CHPL 4.B, not Tier 1/2",
          shipper=P("Württemberg Baumaschinen GmbH", "DE"),
          consignee=P("China North Industries Group Corp Ltd", "CN", "No. 46 Sanlihe Road, Xicheng District, Beijing 100821"), goods="milling", forwarder=f())
    b.add(rev, "review", why("consignee", "China Telecom Corp Ltd", "NS-CMIC China Telecom Corporation Limited", "review") + "; also CHPL Tier 2 to CN (review)",
          shipper=P("Nordic Radio Access AB", "SE"),
          consignee=P("China Telecom Corp Ltd", "CN", "No. 31 Jinrong Street, Xicheng District, Beijing 100033"), goods="transceivers", desc=0, forwarder=f())
    b.add(rev, "review", why("consignee", "CNOOC Ltd", "NS-CMIC CNOOC Limited", "review"),
          shipper=P("Gulf Coast Drilling Tools Inc.", "US"),
          consignee=P("CNOOC Ltd", "CN", "No. 25 Chaoyangmen North Street, Dongcheng District, Beijing 100010"), goods="drilling_parts", forwarder=f())
    b.add(rev, "review", why("consignee", "Semiconductor Manufacturing International Corp", "NS-CMIC SMIC", "review") + "; CHPL 4.A, not Tier 1/2",
          shipper=P("Veldhoven Vacuum Systems B.V.", "NL"),
          consignee=P("Semiconductor Manufacturing International Corp", "CN", "No. 18 Zhangjiang Road, Pudong New Area, Shanghai 201203"), goods="wafer_equipment", forwarder=f())
    b.add(rev, "review", why("shipper", "Inspur Group Co., Ltd.", "NS-CMIC Inspur Group", "review") + "; servers to DE otherwise clear",
          shipper=P("Inspur Group Co., Ltd.", "CN"),
          consignee=P("Rechenzentrum Rhein-Main GmbH", "DE", "Hanauer Landstraße 300, 60314 Frankfurt am Main"), goods="servers", forwarder=f())
    b.add(rev, "review", why("consignee", "Aero Engine Corporation of China", "NS-CMIC AECC", "review"),
          shipper=P("Derby Turbine Components Ltd", "GB"),
          consignee=P("Aero Engine Corporation of China", "CN", "No. 5 Lanxiang Road, Haidian District, Beijing 100097"), goods="turbine_parts", forwarder=f())
    b.add(rev, "review", why("shipper", "China State Shipbuilding Corporation Limited", "NS-CMIC CSSC", "review") + "; new-build vessel to GR",
          shipper=P("China State Shipbuilding Corporation Limited", "CN"),
          consignee=P("Piraeus Container Lines S.A.", "GR", "Akti Miaouli 85, 185 38 Piraeus"), goods="vessel")
    b.add(rev, "review", why("consignee", "China Communications Construction Company Ltd", "NS-CMIC CCCC", "review"),
          shipper=P("Tunnelbau Technik Schwaben GmbH", "DE"),
          consignee=P("China Communications Construction Company Ltd", "CN", "No. 85 Deshengmenwai Street, Xicheng District, Beijing 100088"), goods="tbm")
    b.add(rev, "review", why("consignee", "China Unicom (Hong Kong) Limited", "NS-CMIC China Unicom (Hong Kong) Limited", "review") + "; also CHPL Tier 2 to HK (review)",
          shipper=P("Silicon Prairie Networks Inc.", "US"),
          consignee=P("China Unicom (Hong Kong) Limited", "HK", "75/F, The Center, 99 Queen's Road Central, Hong Kong"), goods="transceivers", desc=2, forwarder=f())
    b.add(rev, "review", why("consignee", "SenseTime Group Ltd", "NS-CMIC SenseTime Group Limited", "review"),
          shipper=P("Cascade Compute Systems Inc.", "US"),
          consignee=P("SenseTime Group Ltd", "HK", "Unit 1101, 11/F, Hong Kong Science Park, Pak Shek Kok, New Territories, Hong Kong"), goods="computer_parts", forwarder=f())
    b.add(rev, "review", why("consignee", "Jiangxi Hongdu Aviation Industry Co Ltd", "NS-CMIC Jiangxi Hongdu Aviation Industry", "review"),
          shipper=P("Pyrénées Aéro Équipements SAS", "FR"),
          consignee=P("Jiangxi Hongdu Aviation Industry Co Ltd", "CN", "Xinxi Bridge, Qingyunpu District, Nanchang, Jiangxi 330024"), goods="aircraft_tyres", forwarder=f())


# --- goods and route risk ---------------------------------------------------------------------


def risk_cases(b: Builder) -> None:
    """CHPL goods through diversion hubs, embargoed destinations, occupied regions, drones, diesels."""
    f = b.forwarder

    def hub(g: str, c: Party, extra: str = "") -> str:
        gd = G[g]
        return f"HS {gd.hs_dotted} (CHPL Tier {gd.tier}) to {c.country} (diversion hub), consignee '{c.name}'{extra}"

    # review: CHPL Tier 1/2 to a diversion hub, consignee a manufacturer or operator
    k = "route_review_tier12_hub"
    for goods, shipper, consignee, desc in (
        ("mcu", P("Austin Embedded Devices Inc.", "US"), CN_FUTIAN_SMART, 1),
        ("memory", P("Incheon Semicon Co., Ltd.", "KR"), HK_VICTORIA, 0),
        ("mlcc", P("Kanazawa Ceramic Devices Co., Ltd.", "JP"), TR_MARMARA, 0),
        ("transceivers", P("Espoo Network Systems Oy", "FI"), KZ_TELESET, 0),
        ("gnss", P("Zug Positioning Modules AG", "CH"), AE_FALCON, 1),
        ("amplifiers", P("Pacific Rim Components Inc.", "US"), AM_YEA, 0),
        ("other_ic", P("Dresden Mikrosysteme GmbH", "DE"), GE_KARTLI, 1),
        ("tantalum", P("Pacific Rim Components Inc.", "US"), UZ_SAMARKAND, 0),
        ("fpga", P("Austin Embedded Devices Inc.", "US"), KG_ISSYK, 0),
        ("mcu", P("Dresden Mikrosysteme GmbH", "DE"), KZ_KARAGANDA, 0),
        ("transceivers", P("Nordic Radio Access AB", "SE"), TR_IZMIR, 2),
    ):
        b.add(k, "review", hub(goods, consignee), shipper=shipper, consignee=consignee, goods=goods,
              desc=desc, end_user=consignee, forwarder=f())
    # review: forwarder / trading company as consignee of CHPL goods in a hub
    k = "route_review_trading_consignee"
    for goods, shipper, consignee, desc, term in (
        ("ball_bearings", P("Franken Wälzlager GmbH", "DE"), AM_ARARAT, 1, "trading company"),
        ("machining_centres", P("Niigata Machine Tools Co., Ltd.", "JP"), TR_ANATOLIA, 0, "trading company"),
        ("optics", P("Boulder Photonics Inc.", "US"), AE_CREST, 0, "logistics FZCO"),
        ("uav_parts", P("Dongguan Aerofly Model Co., Ltd.", "CN"), KG_BISHKEK, 0, "trading house"),
        ("cnc_lathes", P("Emilia Torni Automatici S.r.l.", "IT"), KZ_STEPPE, 0, "logistics company"),
        ("servers", P("Cascade Compute Systems Inc.", "US"), HK_PEARL, 0, "logistics company"),
        ("mcu", P("Brabant Semiconductor Supply B.V.", "NL"), AE_OASIS, 0, "FZE"),
        ("igbt", P("Dresden Mikrosysteme GmbH", "DE"), UZ_TASHKENT, 0, "cargo/express company"),
        ("gnss", P("Zug Positioning Modules AG", "CH"), HK_KOWLOON, 0, "trading company"),
        ("tapered_bearings", P("Göteborg Lager AB", "SE"), GE_TBILISI, 0, "freight forwarder"),
        ("inverters", P("Dresden Mikrosysteme GmbH", "DE"), CN_YIWU, 0, "trade logistics company"),
        ("optics", P("Boulder Photonics Inc.", "US"), CN_XINDA, 1, "trading company (贸易)"),
        ("ball_bearings", P("Liaoning Hengrun Bearing Co., Ltd.", "CN"), KZ_TD, 2, "trading house (торговый дом)"),
    ):
        b.add(k, "review", hub(goods, consignee, f" is a {term}"), shipper=shipper,
              consignee=consignee, goods=goods, desc=desc, forwarder=f(0.3))
    # review: CHPL Tier 1/2 through Russia / Belarus
    k = "route_review_ru_by_transit"
    for goods, shipper, consignee, transit in (
        ("mcu", P("Chongqing Liangjiang Electronics Co., Ltd.", "CN"), P("Wrocław Automotive Modules Sp. z o.o.", "PL", "ul. Kobierzycka 20, 52-315 Wrocław"), "KZ;RU;BY"),
        ("mlcc", P("Wuxi Taihu Electronic Components Co., Ltd.", "CN"), P("Duisburg Automation Systems GmbH", "DE", "Kaiserberg 4, 47058 Duisburg"), "KZ;RU;BY;PL"),
        ("transceivers", P("Berliner Netzwerktechnik GmbH", "DE"), P("Ulaanbaatar Telecom Solutions LLC", "MN", "Peace Avenue 17, Sukhbaatar District, Ulaanbaatar 14200"), "RU"),
        ("gnss", P("Sapporo Navigation Devices Co., Ltd.", "JP"), P("Erdenet Fleet Services LLC", "MN", "Orkhon Province, Erdenet 61000"), "RU"),
        ("other_ic", P("Suzhou Wujiang Control Systems Co., Ltd.", "CN"), P("Kaunas Electronics Manufacturing UAB", "LT", "Taikos pr. 141, 51132 Kaunas"), "KZ;RU;BY"),
    ):
        g = G[goods]
        ru_by = "/".join(c for c in transit.split(";") if c in ("RU", "BY"))
        b.add(k, "review", f"HS {g.hs_dotted} (CHPL Tier {g.tier}) {route(shipper, consignee)} in transit through {ru_by} (route {transit.replace(';', '→')})",
              shipper=shipper, consignee=consignee, goods=goods, end_user=consignee, transit=transit, forwarder=f())
    # review: drones to a diversion hub
    k = "route_review_drones_hub"
    for goods, shipper, consignee, desc in (
        ("drones", P("Shenzhen Skyhawk Robotics Co., Ltd.", "CN"), AE_BARSHA, 0),
        ("drones", P("Guangzhou Feiyu Drone Technology Co., Ltd.", "CN"), KZ_AGRO, 1),
        ("drones", P("Shenzhen Skyhawk Robotics Co., Ltd.", "CN"), KG_ALATOO, 2),
        ("drones", P("Guangzhou Feiyu Drone Technology Co., Ltd.", "CN"), TR_KONYA, 3),
        ("fpv_drones", P("Dongguan Aerofly Model Co., Ltd.", "CN"), AM_DRONE, 0),
        ("ag_drones", P("Guangzhou Feiyu Drone Technology Co., Ltd.", "CN"), UZ_FERGANA, 1),
        ("fixed_wing", P("Shenzhen Skyhawk Robotics Co., Ltd.", "CN"), GE_KUTAISI, 0),
    ):
        b.add(k, "review", f"drones (HS {G[goods].hs_dotted}) to {consignee.country} (diversion hub), consignee '{consignee.name}'",
              shipper=shipper, consignee=consignee, goods=goods, desc=desc, forwarder=f())
    # review: freight forwarder as consignee of CHPL goods outside the hubs
    k = "route_review_forwarder_consignee"
    for goods, shipper, consignee in (
        ("mcu", P("Dresden Mikrosysteme GmbH", "DE"), P("Baltic Cargo Forwarding UAB", "LT", "Savanorių pr. 187, 02300 Vilnius")),
        ("mlcc", P("Kanazawa Ceramic Devices Co., Ltd.", "JP"), P("Eastgate Logistics Sp. z o.o.", "PL", "ul. Terebelska 81, 21-500 Biała Podlaska")),
        ("gnss", P("Sierra GNSS Devices Inc.", "US"), P("Rotterdam Express Freight B.V.", "NL", "Albert Plesmanweg 43, 3088 GB Rotterdam")),
        ("ball_bearings", P("Göteborg Lager AB", "SE"), P("Helsinki Transit Logistics Oy", "FI", "Tikkurilantie 136, 01530 Vantaa")),
    ):
        g = G[goods]
        b.add(k, "review", f"HS {g.hs_dotted} (CHPL Tier {g.tier}) consigned to freight forwarder '{consignee.name}' ({consignee.country}), no end user named",
              shipper=shipper, consignee=consignee, goods=goods, desc=0)

    # block: CHPL / dual-use goods straight to an embargoed country
    k = "route_block_embargoed_destination"
    for goods, shipper, consignee, desc, transit in (
        ("mcu", P("Shenzhen Futian Components Trading Co., Ltd.", "CN"), RU_VOLGA, 3, ""),
        ("mlcc", P("Tsuen Wan Electronic Parts Limited", "HK"), RU_SEVERTEKH, 1, ""),
        ("ball_bearings", P("Liaoning Hengrun Bearing Co., Ltd.", "CN"), RU_PROMTEKH, 2, "KZ"),
        ("machining_centres", P("Dalian Jinzhou Machine Tool Co., Ltd.", "CN"), RU_KAMSTANKO, 1, "KZ"),
        ("gnss", P("Shenzhen Longhua Navigation Electronics Co., Ltd.", "CN"), RU_TEKHNOKOM, 2, "MN"),
        ("optics", P("Wuhan Guanggu Infrared Co., Ltd.", "CN"), RU_OPTIKA, 1, ""),
        ("mcu", P("Shenzhen Futian Components Trading Co., Ltd.", "CN"), BY_BELPROM, 4, "KZ;RU"),
        ("cnc_lathes", P("Dalian Jinzhou Machine Tool Co., Ltd.", "CN"), BY_GOMEL, 1, "KZ;RU"),
        ("gnss", P("Shenzhen Longhua Navigation Electronics Co., Ltd.", "CN"), P("Pars Navigation Systems Co.", "IR", "No. 14, Shahid Beheshti Street, Tehran 1533713111"), 0, "AE"),
        ("transceivers", P("Shenzhen Bao'an Telecom Devices Co., Ltd.", "CN"), P("Comercializadora Habana Telecom S.A.", "CU", "Calle 23 No. 156, Vedado, La Habana 10400"), 2, ""),
    ):
        g = G[goods]
        what = f"HS {g.hs_dotted} (CHPL Tier {g.tier})"
        b.add(k, "block", f"{what} to {consignee.country} (embargoed destination), consignee '{consignee.name}'", shipper=shipper,
              consignee=consignee, goods=goods, desc=desc, end_user=consignee, transit=transit,
              forwarder=f(0.3))
    b.add(k, "block", "drones (HS 8806) to IR (embargoed destination)",
          shipper=P("Guangzhou Feiyu Drone Technology Co., Ltd.", "CN"),
          consignee=P("Kish Aviation Parts Co.", "IR", "Sanaee Commercial Zone, Kish Island 7941"), goods="fixed_wing", transit="AE")
    b.add(k, "block", "marine diesel engine (HS 8408.10) to IR (embargoed destination)",
          shipper=P("Weifang Haiyuan Power Machinery Co., Ltd.", "CN"),
          consignee=P("Bandar Abbas Marine Industries Co.", "IR", "Shahid Rajaee Port Road, Bandar Abbas 7918"), goods="marine_diesel", desc=0, transit="AE")
    # block: hub consignee, Russian / Belarusian end user, CHPL goods
    k = "route_block_embargoed_end_user"
    for goods, shipper, consignee, end_user, desc, transit in (
        ("mcu", P("Dresden Mikrosysteme GmbH", "DE"), KZ_ALTYN, RU_KAMA, 0, ""),
        ("machining_centres", P("Niigata Machine Tools Co., Ltd.", "JP"), AE_OASIS, RU_SIBSTANKO, 0, ""),
        ("tapered_bearings", P("Franken Wälzlager GmbH", "DE"), TR_RULMAN, RU_PROMTEKH, 0, ""),
        ("mlcc", P("Kanazawa Ceramic Devices Co., Ltd.", "JP"), AM_YEA, BY_BELPROM, 0, ""),
        ("transceivers", P("Nordic Radio Access AB", "SE"), GE_KARTLI, RU_SEVERTEKH, 0, ""),
        ("gnss", P("Zug Positioning Modules AG", "CH"), KG_ISSYK, RU_TEKHNOKOM, 0, ""),
        ("optics", P("Boulder Photonics Inc.", "US"), UZ_SAMARKAND, RU_OPTIKA, 0, ""),
        ("memory", P("Incheon Semicon Co., Ltd.", "KR"), HK_KOWLOON, RU_VOLGA, 1, ""),
        ("uav_parts", P("Dongguan Aerofly Model Co., Ltd.", "CN"), HK_PEARL, RU_AEROTEKH, 3, ""),
    ):
        g = G[goods]
        b.add(k, "block", f"HS {g.hs_dotted} (CHPL Tier {g.tier}) via {consignee.country} consignee '{consignee.name}' for end user '{end_user.name}' in {end_user.country} (embargoed)",
              shipper=shipper, consignee=consignee, goods=goods, desc=desc, end_user=end_user,
              transit=transit, forwarder=f())
    b.add(k, "block", f"drones (HS 8806) via KZ consignee '{KZ_AGRO.name}' for end user '{RU_AGRODRON.name}' in RU (embargoed)",
          shipper=P("Shenzhen Skyhawk Robotics Co., Ltd.", "CN"), consignee=KZ_AGRO, goods="drones", desc=1,
          end_user=RU_AGRODRON, forwarder=f())
    # block: drones to Russia / Belarus
    k = "route_block_drones_embargoed"
    b.add(k, "block", "drones (HS 8806, 'беспилотник') to RU (embargoed)",
          shipper=P("Shenzhen Skyhawk Robotics Co., Ltd.", "CN"), consignee=RU_AEROTEKH, goods="drones", desc=2, currency="CNY")
    b.add(k, "block", "agricultural drones (HS 8806, '无人机') to RU (embargoed)",
          shipper=P("Guangzhou Feiyu Drone Technology Co., Ltd.", "CN"), consignee=RU_AGRODRON, goods="ag_drones", desc=1, transit="KZ", currency="CNY")
    b.add(k, "block", "fixed-wing UAV (HS 8806) to BY (embargoed)",
          shipper=P("Dongguan Aerofly Model Co., Ltd.", "CN"), consignee=BY_AERO, goods="fixed_wing", transit="KZ;RU")
    # block: marine diesel engines for Russian shipyards
    k = "route_block_marine_diesel_ru"
    b.add(k, "block", "marine diesel engine (HS 8408.10, 'судовой дизельный двигатель') to Russian shipyard Zelenodolsk",
          shipper=P("Weifang Haiyuan Power Machinery Co., Ltd.", "CN"), consignee=RU_ZELENODOLSK, goods="marine_diesel", desc=1, currency="CNY")
    b.add(k, "block", "marine diesel engines (HS 8408.10) to Russian shipyard Pella",
          shipper=P("Shandong Bohai Power Equipment Co., Ltd.", "CN"), consignee=RU_PELLA, goods="marine_diesel", desc=0)
    b.add(k, "block", "marine diesel engine (HS 8408.10) via TR consignee for Russian shipyard Pella (end user in RU)",
          shipper=P("Weifang Haiyuan Power Machinery Co., Ltd.", "CN"), consignee=TR_TUZLA_SUPPLY, goods="marine_diesel", desc=3,
          end_user=RU_PELLA, forwarder=f())
    b.add(k, "block", "marine diesel engine (HS 8408.10, '船用柴油机') to Russian ship repair yard in Astrakhan",
          shipper=P("Shandong Bohai Power Equipment Co., Ltd.", "CN"), consignee=RU_ASTRAKHAN, goods="marine_diesel", desc=2, transit="KZ", currency="CNY")
    # block: consignee address in an occupied region of Ukraine (any goods)
    k = "route_block_occupied_region"
    for goods, shipper, consignee, region, also in (
        ("marine_paint", P("İzmir Boya Sanayi A.Ş.", "TR"), P("Sevastopol Marine Supply LLC", "UA", "ul. Lenina 12, Sevastopol, 299011"), "Sevastopol", ""),
        ("tractor_tyres", P("Qingdao Fengtai Tyre Co., Ltd.", "CN"), P("OOO Krym Agro Torg", "RU", "ul. Kievskaya 77, Simferopol, Republic of Crimea, 295000"), "Simferopol, Crimea", ""),
        ("steel_pipes", P("Tianjin Haigang Steel Pipe Co., Ltd.", "CN"), P("Donetsk Metallurgical Supply LLC", "UA", "pr. Ilyicha 15, Donetsk, 83000"), "Donetsk", ""),
        ("tiles", P("Uşak Seramik Sanayi A.Ş.", "TR"), P("OOO Lugansk Stroymarket", "RU", "ul. Sovetskaya 50, Luhansk, 91055"), "Luhansk", ""),
        ("irrigation", P("Adana Plastik Boru San. A.Ş.", "TR"), P("Melitopol Agro Trade LLC", "UA", "vul. Bohdana Khmelnytskoho 20, Melitopol, Zaporizhzhia oblast, 72312"), "Melitopol, Zaporizhzhia oblast", ""),
        ("fish_machinery", P("Qingdao Haihua Food Machinery Co., Ltd.", "CN"), P("Henichesk Fish Processing LLC", "UA", "vul. Hoholia 5, Henichesk, Kherson oblast, 75500"), "Henichesk, Kherson oblast", ""),
        ("ball_bearings", P("Liaoning Hengrun Bearing Co., Ltd.", "CN"), P("Mariupol Port Services LLC", "RU", "pr. Admirala Lunina 99, Mariupol, Donetsk People's Republic, 87510"), "Mariupol, Donetsk", "; also CHPL HS 8482.10 to a consignee declared in RU"),
        ("smartphones", P("Shenzhen Bao'an Telecom Devices Co., Ltd.", "CN"), P("OOO Kerch Svyaz-Torg", "RU", "ul. Lenina 30, Kerch, Republic of Crimea, 298300"), "Kerch, Crimea", ""),
    ):
        b.add(k, "block", f"consignee '{consignee.name}' at an address in {region} (occupied region of Ukraine){also}",
              shipper=shipper, consignee=consignee, goods=goods, forwarder=f(0.3))


# --------------------------------------------------------------------------------------------
# Consistency checks: the row must support its label and nothing may contradict it


def _countries(row: dict[str, str]) -> list[str]:
    keys = ("shipper_country", "consignee_country", "end_user_country", "origin_country",
            "destination_country")
    cs = [row[k] for k in keys if row[k]]
    return cs + _transit(row)


def _transit(row: dict[str, str]) -> list[str]:
    return [t for t in row["transit_countries"].split(";") if t]


def _hs6(row: dict[str, str]) -> str:
    return "".join(ch for ch in row["hs_code"] if ch.isdigit())[:6]


def _is_forwarder_or_trading(name: str) -> bool:
    low = name.lower()
    return any(term in low for term in FORWARDER_OR_TRADING)


OCCUPIED = ("sevastopol", "crimea", "simferopol", "kerch", "donetsk", "luhansk", "lugansk",
            "mariupol", "melitopol", "zaporizhzhia", "kherson", "henichesk", "berdyansk")


def block_triggers(row: dict[str, str]) -> list[str]:
    """Goods/route block conditions of the README that hold for ``row``."""
    hs6 = _hs6(row)
    dual = hs6 in CHPL_TIERS or hs6[:4] in DUAL_USE_HS4 or hs6 in DUAL_USE_HS6
    parties = ("shipper_country", "consignee_country", "end_user_country", "destination_country")
    out = []
    if dual and any(row[k] in EMBARGOED for k in parties):
        out.append("embargoed country with CHPL/dual-use goods")
    if any(w in row["consignee_address"].lower() for w in OCCUPIED):
        out.append("occupied-region address")
    return out


def review_triggers(row: dict[str, str]) -> list[str]:
    """Goods/route review conditions of the README that hold for ``row``."""
    hs6 = _hs6(row)
    tier = CHPL_TIERS.get(hs6)
    to = [row["consignee_country"], row["end_user_country"], row["destination_country"]]
    out = []
    if tier in ("1", "2") and any(c in HUBS for c in to + _transit(row)):
        out.append("CHPL Tier 1/2 to a diversion hub")
    if tier in ("1", "2") and any(c in ("RU", "BY") for c in _transit(row)):
        out.append("CHPL Tier 1/2 through RU/BY")
    if tier and any(_is_forwarder_or_trading(row[k]) for k in ("consignee_name", "end_user_name")):
        out.append("forwarder/trading company as consignee or end user of CHPL goods")
    if hs6[:4] in DUAL_USE_HS4 and any(c in HUBS for c in to):
        out.append("drones to a diversion hub")
    return out


def check_case(case: Case) -> None:
    """Refuse a case whose row contradicts its label under the README semantics."""
    row = case.row
    hs6 = _hs6(row)
    dual = hs6 in CHPL_TIERS or hs6[:4] in DUAL_USE_HS4 or hs6 in DUAL_USE_HS6
    blocks, reviews = block_triggers(row), review_triggers(row)
    problems: list[str] = []
    if case.decision != "block" and blocks:
        problems.append(f"{case.decision} row meets block conditions {blocks}")
    if case.decision == "block" and case.kind.startswith(("route", "listed_review")) and not blocks:
        problems.append("block row without a goods/route block condition")
    if case.kind.startswith("route_review") and not reviews:
        problems.append("route review row without a review condition")
    if case.decision == "clear":
        if reviews:
            problems.append(f"clear row meets review conditions {reviews}")
        if any(c in EMBARGOED for c in _countries(row)):
            problems.append("embargoed country in a clear row")
        risky = [c for c in _countries(row) if c in HUBS + OTHER_TRANSSHIPMENT]
        if dual and risky:
            problems.append(f"CHPL/dual-use goods touch transshipment-risk countries {risky}")
        if dual and any(_is_forwarder_or_trading(row[k]) for k in ("consignee_name", "end_user_name")):
            problems.append("CHPL goods with a trading/forwarder consignee or end user")
    # cases whose label would depend on an unstated rule are not allowed outside listed rows
    if not case.kind.startswith("listed") and case.decision != "block":
        parties = ("shipper_country", "consignee_country", "end_user_country", "destination_country")
        if any(row[k] in EMBARGOED for k in parties):
            problems.append("embargoed country with ordinary goods (label not defined)")
        tier = CHPL_TIERS.get(hs6)
        if any(c in ("RU", "BY") for c in _transit(row)) and tier not in ("1", "2"):
            problems.append("RU/BY transit without CHPL Tier 1/2 goods (label not defined)")
    if problems:
        raise ValueError(f"{case.kind} {row['shipper_name']} -> {row['consignee_name']}: {problems}")


# --------------------------------------------------------------------------------------------
# Output


def build() -> list[Case]:
    """All cases, in date order, with record ids assigned."""
    b = Builder(SEED)
    clean_cases(b)
    listed_cases(b)
    risk_cases(b)
    cases = sorted(b.cases, key=lambda c: c.row["date"])  # stable: equal dates keep build order
    for i, case in enumerate(cases, start=1):
        case.row["record_id"] = f"EX-{i:04d}"
    return cases


def render(cases: list[Case]) -> tuple[str, str]:
    """The two CSV texts."""
    ship, exp = io.StringIO(), io.StringIO()
    w = csv.writer(ship, lineterminator="\n")
    w.writerow(COLUMNS)
    for case in cases:
        w.writerow([case.row[c] for c in COLUMNS])
    w = csv.writer(exp, lineterminator="\n")
    w.writerow(EXPECTED_COLUMNS)
    for case in cases:
        w.writerow([case.row["record_id"], case.decision, case.why])
    return ship.getvalue(), exp.getvalue()


def summary(cases: list[Case]) -> str:
    by_decision = Counter(c.decision for c in cases)
    by_kind = Counter((c.kind, c.decision) for c in cases)
    lines = [f"{len(cases)} records: " + ", ".join(f"{d} {by_decision[d]}" for d in ("block", "review", "clear"))]
    lines += [f"  {kind:<36} {decision:<7} {n}" for (kind, decision), n in sorted(by_kind.items())]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed CSVs differ")
    args = parser.parse_args()
    cases = build()
    ship, exp = render(cases)
    if args.check:
        stale = [p.name for p, text in ((SHIPMENTS, ship), (EXPECTED, exp))
                 if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            print(f"out of date: {', '.join(stale)} (run python examples/make_examples.py)")
            return 1
        print("examples up to date")
        return 0
    SHIPMENTS.write_text(ship, encoding="utf-8")
    EXPECTED.write_text(exp, encoding="utf-8")
    print(summary(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
