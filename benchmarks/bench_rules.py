#!/usr/bin/env python3
"""Rule evaluation throughput: the bundled rule set over N synthetic shipment records.

    uv run python benchmarks/bench_rules.py [--rows 1000000] [--repeat 3] [--seed 7]

Records are generated vectorised (numpy indices into small pools, gathered by polars): HS codes
(a third CHPL, some UAV/engine/machine-tool codes, the rest random, in several spellings),
countries as codes and names (EN/RU), EN/RU/ZH goods descriptions, party names with numeric
suffixes (so distinct names are realistic), addresses (a few in occupied regions), amounts,
dates and the optional red-flag columns; 1 % of records get a synthetic list match. Prints the
machine, wall time per run (median of ``--repeat``), rows/s, hits by severity, peak RSS.
Target: <= 10 s for 1 M records on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import time

import numpy as np
import polars as pl
import psutil

from screening.rules import default_rules_dir, evaluate, load_rules

CHPL = ["854231", "854232", "854233", "854239", "851762", "852691", "853221", "853224", "854800",
        "847150", "850440", "852589", "853669", "854110", "854129", "848210", "880730", "901420",
        "853400", "903020", "845710", "846693"]
OTHER_RISK = ["880622", "880699", "840810", "840890", "841112", "845819", "852610", "852583",
              "681511", "871000", "854290", "853222", "848240"]
COUNTRIES = ["DE", "US", "FR", "CN", "KG", "KZ", "AE", "TR", "GB", "IN", "RU", "BY", "IR", "JP",
             "Germany", "Kyrgyzstan", "Russian Federation", "ОАЭ", "Казахстан", "NL", "PL", "KP"]
COUNTRY_P = np.array([14, 12, 8, 10, 5, 5, 6, 5, 6, 4, 2, 1, 0.5, 5, 3, 1, 1, 1, 1, 5, 4.5, 0.1])
TRANSIT = ["TR;GE", "HK", "AE;KZ", "PL;BY;RU", "NL", "SG;HK", "Kazakhstan"]
DESCRIPTIONS = [
    "Microcontroller STM32F405", "integrated circuits, processors", "Memory chips DRAM",
    "Cotton T-shirts", "Office furniture", "Steel bolts M8", "Frozen fish fillets",
    "Quadcopter drone with camera", "无人机 航拍", "Беспилотный летательный аппарат",
    "судовой дизельный двигатель", "Diesel generator set 500 kVA", "CNC machining center 5-axis",
    "Ball bearings 6205", "подшипники роликовые", "Thermal imaging camera 640x512",
    "тепловизионный прицел", "GNSS receiver module", "北斗 导航模块", "Radiation hardened SRAM",
    "宇航级 FPGA 芯片", "IC XC7K325T-2FFG900I", "portable drone jammer", "Toys for children",
    "Printed circuit boards", "Mi-8 spare parts", "карбон волокно", "Coffee beans",
    "Pharmaceutical tablets", "Laptop computers", "Auto parts, brake pads", "Haval H9 4x4",
    "Flight controller F405 + ESC", "Tantalum capacitors", "Oscilloscope 200 MHz",
    "Fibre optic gyroscope", "Wine, red, 0.75 l", "Ceramic tiles", "Plastic toys", "LED lamps",
]
NAMES = ["Acme Electronics", "Alatoo Cargo Express LLC", "Gulf Star General Trading FZE",
         "Robert Bosch GmbH", "ООО Вектор", "Silk Road Logistics", "Shenzhen Tech Co., Ltd.",
         "深圳市电子有限公司", "Bakery Sunrise", "ТД Электроника", "Siemens AG", "Asia Trans"]
ADDRESSES = ["Berlin, Hauptstr. 1", "Bishkek, Chui ave 12", "Dubai, JAFZA LOB 15",
             "г. Севастополь, ул. Ленина 5", "Donetsk, Artema 1", "Almaty, Abay 10",
             "Moscow, Tverskaya 3", "Shenzhen, Futian", "Paris, Rue de Rivoli 5", None]


def _pick(rng: np.random.Generator, pool: list[str | None], n: int,
          p: np.ndarray | None = None, null_share: float = 0.0) -> pl.Series:
    idx = rng.choice(len(pool), size=n, p=None if p is None else p / p.sum())
    out = pl.Series(pool, dtype=pl.Utf8).gather(idx)
    if null_share:
        out = pl.select(pl.when(pl.lit(pl.Series(rng.random(n) < null_share)))
                        .then(None).otherwise(out)).to_series()
    return out


def _hs_codes(rng: np.random.Generator, n: int) -> pl.Series:
    kind = rng.random(n)
    chpl = pl.Series(CHPL).gather(rng.integers(0, len(CHPL), n))
    risky = pl.Series(OTHER_RISK).gather(rng.integers(0, len(OTHER_RISK), n))
    pool = pl.Series(rng.integers(10_000, 970_000, 5_000)).cast(pl.Utf8).str.zfill(6)
    other = pool.gather(rng.integers(0, len(pool), n))  # ~5,000 HS-6 subheadings in use
    six = pl.select(pl.when(pl.lit(pl.Series(kind < 0.33))).then(chpl)
                    .when(pl.lit(pl.Series(kind < 0.45))).then(risky).otherwise(other)).to_series()
    style = rng.integers(0, 3, n)
    return pl.select(
        pl.when(pl.lit(pl.Series(style == 0)))
        .then(pl.concat_str([six.str.slice(0, 4), pl.lit("."), six.str.slice(4, 2), pl.lit(".00")]))
        .when(pl.lit(pl.Series(style == 1)))
        .then(pl.concat_str([six, pl.lit(pl.Series(rng.integers(0, 8, n)).cast(pl.Utf8)), pl.lit("090")]))
        .otherwise(six)
    ).to_series()


def _names(rng: np.random.Generator, n: int, null_share: float) -> pl.Series:
    base = _pick(rng, list(NAMES), n, null_share=null_share)
    suffix = pl.Series(rng.integers(0, 20_000, n)).cast(pl.Utf8)
    return pl.select(pl.concat_str([pl.lit(base), pl.lit(" "), pl.lit(suffix)])).to_series()


def make_records(n: int, seed: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``n`` synthetic shipment records and a party_matches frame for 1 % of them."""
    rng = np.random.default_rng(seed)
    days = rng.integers(0, 365 * 4, n)
    dates = pl.Series(np.datetime64("2021-06-01") + days.astype("timedelta64[D]"))
    records = pl.DataFrame({
        "row_nr": pl.Series(np.arange(n), dtype=pl.UInt32),
        "record_id": pl.Series(np.arange(n)).cast(pl.Utf8),
        "date": pl.select(pl.lit(dates).dt.strftime("%Y-%m-%d")).to_series(),
        "shipper_name": _names(rng, n, 0.0),
        "shipper_country": _pick(rng, COUNTRIES, n, COUNTRY_P),
        "consignee_name": _names(rng, n, 0.0),
        "consignee_country": _pick(rng, COUNTRIES, n, COUNTRY_P),
        "consignee_address": _pick(rng, ADDRESSES, n),
        "end_user_name": _names(rng, n, 0.3),
        "end_user_country": _pick(rng, COUNTRIES, n, COUNTRY_P, null_share=0.3),
        "forwarder_name": _names(rng, n, 0.5),
        "origin_country": _pick(rng, COUNTRIES, n, COUNTRY_P),
        "transit_countries": _pick(rng, TRANSIT, n, null_share=0.8),
        "destination_country": _pick(rng, COUNTRIES, n, COUNTRY_P),
        "hs_code": _hs_codes(rng, n),
        "goods_description": _pick(rng, DESCRIPTIONS, n),
        "quantity": rng.integers(1, 10_000, n).astype(float),  # national suffixes below
        "value": np.round(rng.lognormal(8, 2, n), 2),
        "currency": _pick(rng, ["USD", "EUR", "CNY"], n),
        "payer_country": _pick(rng, COUNTRIES, n, COUNTRY_P, null_share=0.7),
        "previous_destination_country": _pick(rng, COUNTRIES, n, COUNTRY_P, null_share=0.95),
        "end_user_incorporation_date": pl.select(
            pl.lit(dates).dt.offset_by("-3y").dt.strftime("%Y-%m-%d")).to_series(),
    })
    hit_rows = np.sort(rng.choice(n, size=max(1, n // 100), replace=False))
    m = len(hit_rows)
    matches = pl.DataFrame({
        "row_nr": pl.Series(hit_rows, dtype=pl.UInt32),
        "role": _pick(rng, ["consignee", "end_user", "forwarder"], m),
        "entry_id": pl.Series(rng.integers(0, 90_000, m)).cast(pl.Utf8),
        "source": _pick(rng, ["ofac_sdn", "us_csl", "us_ns_cmic"], m),
        "list_name": _pick(rng, ["SDN List", "Entity List", "NS-CMIC"], m),
        "programs": pl.Series([["RUSSIA-EO14024"], ["CMIC-EO13959"]], dtype=pl.List(pl.Utf8))
        .gather(rng.integers(0, 2, m)),
        "score": np.round(rng.uniform(0.8, 1.0, m), 3),
        "action": _pick(rng, ["block", "review"], m),
    })
    return records, matches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
          f"Python {platform.python_version()}, polars {pl.__version__} "
          f"({pl.thread_pool_size()} threads)")
    t0 = time.perf_counter()
    ruleset = load_rules([default_rules_dir()])
    print(f"rules: {len(ruleset.rules)} rules loaded in {time.perf_counter() - t0:.2f} s "
          f"(version {ruleset.version[:12]})")
    t0 = time.perf_counter()
    records, matches = make_records(args.rows, args.seed)
    print(f"records: {records.height:,} x {records.width} columns generated in "
          f"{time.perf_counter() - t0:.1f} s; {matches.height:,} party matches")

    times: list[float] = []
    cpu: list[float] = []
    hits = pl.DataFrame()
    for i in range(args.repeat):
        load = os.getloadavg()[0]
        t0, c0 = time.perf_counter(), time.process_time()
        hits = evaluate(ruleset, records, matches)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        print(f"run {i + 1}: {times[-1]:.2f} s wall, {cpu[-1]:.2f} s CPU (all threads); "
              f"load average before the run {load:.1f} on {os.cpu_count()} CPUs")
    wall = statistics.median(times)
    print(f"evaluate: median {wall:.2f} s for {args.rows:,} records = {args.rows / wall:,.0f} rows/s "
          f"(median CPU {statistics.median(cpu):.2f} s)")
    by_sev = hits.group_by("severity").len().sort("severity").iter_rows()
    fired = hits.select(pl.col("row_nr").n_unique()).item()
    print(f"hits: {hits.height:,} ({', '.join(f'{s} {c:,}' for s, c in by_sev)}); "
          f"{fired:,} records with at least one hit; {hits['ref'].n_unique()} rules fired")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB on Linux
    print(f"peak RSS: {peak:.2f} GiB (whole script, incl. the generated records)")


if __name__ == "__main__":
    main()
