"""The trade-data generator: determinism, sizes, ground truth, corruption, realism laws.

Small sizes and small name pools (``pool_scale``) keep this fast; lists come from a fixture in
the official OFAC SDN.CSV format (invented entries), read with the project's loader.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from random import Random

import numpy as np
import polars as pl
import pytest
from anyascii import anyascii
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from benchmarks.baseline import simple_normalize
from benchmarks.tradegen import GenConfig, generate
from benchmarks.tradegen.cli import main
from benchmarks.tradegen.context import Context, build_context, pool_key
from benchmarks.tradegen.countries import RISKY
from benchmarks.tradegen.hs_table import CHPL_CODES, HS_TABLE
from benchmarks.tradegen.names import ZipfSampler
from benchmarks.tradegen.noise import PROFILES, applicable, perturb
from benchmarks.tradegen.targets import load_targets
from benchmarks.tradegen.translit import SYSTEMS, to_latin
from screening.schema import SHIPMENT
from tests.conftest import shared_path

FIXTURE_LIST = Path(__file__).resolve().parents[1] / "fixtures" / "benchmarks" / "sdn_small.csv"
ORDINARY = {it.hs6 for it in HS_TABLE if it.level == "ordinary"}


@pytest.fixture(scope="module")
def targets() -> pl.DataFrame:
    return load_targets([str(FIXTURE_LIST)], use_store=False)


def config(out: Path, **kw: object) -> GenConfig:
    base = GenConfig(rows=3000, seed=7, out=out, plant_pct=5.0, goods_pct=3.0, pool_scale=0.03,
                     lists=(str(FIXTURE_LIST),), use_store=False, chunk_rows=1000)
    return replace(base, **kw)  # type: ignore[arg-type]


Run = Callable[..., Path]


@pytest.fixture(scope="module")
def context(targets: pl.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Context:
    return build_context(config(tmp_path_factory.mktemp("unused")), targets)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, targets: pl.DataFrame, context: Context) -> Run:
    """Generate once per distinct setting within this module (pools built once)."""
    done: dict[tuple[tuple[str, object], ...], Path] = {}

    def _run(**kw: object) -> Path:
        key = tuple(sorted(kw.items()))
        if key not in done:
            out = tmp_path_factory.mktemp("trade")
            cfg = config(out, **kw)
            same_pools = pool_key(cfg) == pool_key(context.cfg)
            generate(cfg, targets=targets, context=context if same_pools else None)
            done[key] = out
        return done[key]

    return _run


def read_csv(out: Path) -> pl.DataFrame:
    return pl.read_csv(out / "shipments.csv", schema=dict(SHIPMENT))


# -- determinism and sizes ------------------------------------------------------------------
def test_same_seed_same_bytes(run: Run, tmp_path: Path, targets: pl.DataFrame) -> None:
    first = run(corrupt_pct=1.0)
    generate(config(tmp_path, corrupt_pct=1.0), targets=targets)  # fresh pools too
    for name in ("shipments.csv", "truth_parties.parquet", "truth_goods.parquet",
                 "truth_corrupt.parquet", "manifest.json"):
        assert (first / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_parquet_is_deterministic(run: Run, tmp_path: Path, targets: pl.DataFrame,
                                  context: Context) -> None:
    generate(config(tmp_path, fmt="parquet"), targets=targets, context=context)
    first = (run(fmt="parquet") / "shipments.parquet").read_bytes()
    assert (tmp_path / "shipments.parquet").read_bytes() == first


def test_other_seed_other_data(run: Run) -> None:
    assert (run(seed=7) / "shipments.csv").read_bytes() != (run(seed=8) / "shipments.csv").read_bytes()


def test_rows_columns_and_ids(run: Run) -> None:
    frame = read_csv(run())
    assert frame.columns == list(SHIPMENT)
    assert frame.height == 3000
    assert frame["record_id"].to_list() == [f"SHP{i:010d}" for i in range(1, 3001)]
    assert frame["date"].str.contains(r"^\d{4}-\d{2}-\d{2}$").all()
    assert frame["hs_code"].str.contains(r"^\d{4}\.?\d{2}(\.?\d{2}){0,2}$").all()
    lowest = frame.select(pl.col("quantity", "value").min()).to_numpy()[0]
    assert lowest[0] >= 1.0
    assert lowest[1] > 0.0
    transit = frame["transit_countries"].drop_nulls()
    assert transit.str.contains(r"^[A-Z]{2}(;[A-Z]{2})*$").all()


def test_parquet_holds_the_same_rows(run: Run) -> None:
    csv_frame = read_csv(run())
    parquet = pl.read_parquet(run(fmt="parquet") / "shipments.parquet")
    assert parquet.schema == pl.Schema(SHIPMENT)
    assert parquet.equals(csv_frame)


def test_bad_settings_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="CSV only"):
        config(tmp_path, fmt="parquet", corrupt_pct=1.0)
    with pytest.raises(ValueError, match="noise_profile"):
        config(tmp_path, noise_profile="extreme")


# -- planted parties -------------------------------------------------------------------------
def test_planted_party_counts_and_cells(run: Run) -> None:
    out = run()
    frame = read_csv(out).with_row_index("row_nr")
    truth = pl.read_parquet(out / "truth_parties.parquet")
    assert truth.height == 3 * round(1000 * 5.0 / 100)
    assert truth["record_id"].is_unique().all()
    for role in ("shipper", "consignee", "end_user", "forwarder"):
        sub = truth.filter(pl.col("role") == role)
        cells = frame.join(sub, on="record_id").select(f"{role}_name", "written_name")
        assert cells[f"{role}_name"].to_list() == cells["written_name"].to_list(), role
    positions = frame.join(truth, on="record_id", suffix="_truth")
    assert (positions["row_nr"] == positions["row_nr_truth"]).all()


def _fold(name: str) -> str:
    return simple_normalize(anyascii(name))


def test_every_planted_name_is_a_perturbed_list_name(run: Run, targets: pl.DataFrame) -> None:
    truth = pl.read_parquet(run(noise_profile="heavy") / "truth_parties.parquet")
    known = set(zip(targets["entry_id"], targets["list_name"], strict=True))
    assert set(truth["perturbation"]) <= set(PROFILES["heavy"])
    for row in truth.iter_rows(named=True):
        listed, written, kind = row["list_name"], row["written_name"], row["perturbation"]
        assert (row["entry_id"], listed) in known
        if kind == "exact":
            assert written == listed
        elif kind == "case":
            assert written != listed
            assert written.casefold() == listed.casefold()
        elif kind == "punct":
            assert written != listed
            assert _fold(written).replace(" ", "") == _fold(listed).replace(
                " ", "")
        else:
            assert written != listed
            score = fuzz.token_set_ratio(_fold(written), _fold(listed))
            assert score >= 50, (kind, listed, written, score)


def test_noise_profiles_shift_the_mix(run: Run) -> None:
    light = pl.read_parquet(run(noise_profile="light") / "truth_parties.parquet")
    heavy = pl.read_parquet(run(noise_profile="heavy") / "truth_parties.parquet")
    easy = ("exact", "case", "punct")
    share = {name: frame["perturbation"].is_in(easy).to_numpy().mean()
             for name, frame in (("light", light), ("heavy", heavy))}
    assert share["light"] > share["heavy"]


# -- planted goods ---------------------------------------------------------------------------
def test_planted_goods_rows_match_truth(run: Run) -> None:
    out = run()
    frame = read_csv(out)
    truth = pl.read_parquet(out / "truth_goods.parquet")
    assert truth.height == 3 * round(1000 * 3.0 / 100)
    joined = frame.join(truth, on="record_id", suffix="_t")
    assert joined.height == truth.height
    for col in ("hs_code", "goods_description", "consignee_country", "destination_country"):
        assert (joined[col] == joined[f"{col}_t"]).all(), col
    assert (joined["hs_code"].str.replace_all(r"\.", "").str.slice(0, 6) == joined["hs6"]).all()
    assert (joined["hs6"].is_in(CHPL_CODES) == joined["chpl"]).all()
    diversion = joined.filter(pl.col("kind").is_in(["chpl_diversion", "drone", "thermal_optics"]))
    touches_risk = diversion.select(
        pl.col("destination_country").is_in(RISKY) | pl.col("consignee_country").is_in(RISKY))
    assert touches_risk.to_series().all()


def test_background_rows_are_clean(run: Run) -> None:
    """Outside truth_goods, no controlled goods touch a risky country and no risky transit."""
    out = run()
    frame = read_csv(out)
    planted = pl.read_parquet(out / "truth_goods.parquet")["record_id"]
    rest = frame.filter(~pl.col("record_id").is_in(planted.implode()))
    hs6 = pl.col("hs_code").str.replace_all(r"\.", "").str.slice(0, 6)
    risky = (pl.col("consignee_country").is_in(RISKY)
             | pl.col("end_user_country").is_in(RISKY).fill_null(False)
             | pl.col("destination_country").is_in(RISKY))
    assert rest.filter(risky & ~hs6.is_in(ORDINARY)).height == 0
    transit = rest["transit_countries"].drop_nulls().str.split(";").explode(empty_as_null=True)
    assert not transit.is_in(RISKY).any()


# -- corruption ------------------------------------------------------------------------------
FIELDS = len(SHIPMENT)


def _strictly_ok(line: bytes) -> bool:
    try:
        fields = next(csv.reader([line.decode("utf-8")], strict=True))
        float(fields[SHIPMENT_INDEX["quantity"]])
        float(fields[SHIPMENT_INDEX["value"]])
    except (UnicodeDecodeError, csv.Error, ValueError, IndexError, StopIteration):
        return False
    return len(fields) == FIELDS


SHIPMENT_INDEX = {name: i for i, name in enumerate(SHIPMENT)}


def test_corrupted_lines_are_exactly_the_truth(run: Run) -> None:
    clean = (run() / "shipments.csv").read_bytes().split(b"\n")
    out = run(corrupt_pct=2.0)
    broken = (out / "shipments.csv").read_bytes().split(b"\n")
    truth = pl.read_parquet(out / "truth_corrupt.parquet")
    assert len(clean) == len(broken)
    differing = {i for i, (a, b) in enumerate(zip(clean, broken, strict=True)) if a != b}
    assert differing == set(truth["line_no"].to_list())  # data line n is file line n (+header)
    assert truth.height == 3 * round(1000 * 2.0 / 100)
    ids = {f"SHP{n:010d}" for n in truth["line_no"].to_list()}
    assert set(truth["record_id"]) == ids
    for row in truth.iter_rows(named=True):
        line = broken[row["line_no"]]
        assert line.startswith(row["record_id"].encode() + b",") == row["record_id_intact"]
        if row["kind"] != "stray_quote":  # lenient parsers accept some stray quotes
            assert not _strictly_ok(line), row
    planted = pl.concat([pl.read_parquet(out / "truth_parties.parquet")["record_id"],
                         pl.read_parquet(out / "truth_goods.parquet")["record_id"]])
    assert not truth["record_id"].is_in(planted.implode()).any()


def test_every_row_accounted_for(run: Run) -> None:
    out = run(corrupt_pct=2.0)
    lines = (out / "shipments.csv").read_bytes().split(b"\n")[1:-1]
    truth = pl.read_parquet(out / "truth_corrupt.parquet")
    bad = set(truth["line_no"].to_list())
    good = {i + 1 for i, line in enumerate(lines) if _strictly_ok(line)}
    assert len(lines) == 3000
    assert good | bad == set(range(1, 3001))
    lenient = set(truth.filter(pl.col("kind") == "stray_quote")["line_no"].to_list())
    assert good & bad <= lenient  # only stray quotes may still parse


@pytest.mark.shared
def test_real_lists_plant_real_names(tmp_path: Path) -> None:
    lists = ("un/un_consolidated_2026-02-27.xml", "ofac/cons_2025-12")
    for rel in lists:
        shared_path("lists", *rel.split("/"))
    real = load_targets(lists, use_store=False)
    generate(config(tmp_path, lists=lists, rows=2000, plant_pct=10.0), targets=real)
    truth = pl.read_parquet(tmp_path / "truth_parties.parquet")
    assert truth.height == 2 * 100
    assert set(truth["source"]) <= {"un", "ofac_cons"}
    assert truth.join(real, on=["entry_id", "list_name"]).height == truth.height


# -- realism ---------------------------------------------------------------------------------
def test_counterparties_repeat(run: Run) -> None:
    frame = read_csv(run())
    names = pl.concat([frame[c] for c in ("shipper_name", "consignee_name", "end_user_name",
                                          "forwarder_name")]).drop_nulls()
    counts = names.value_counts(sort=True)["count"].to_numpy()
    assert names.n_unique() < 0.5 * names.len()
    assert counts[0] >= 20 * np.median(counts)  # a head of frequent parties, a long tail
    assert frame["end_user_name"].null_count() > 0
    assert frame["forwarder_name"].null_count() > 0


def test_zipf_sampler_is_skewed_and_in_range() -> None:
    sampler = ZipfSampler(10_000, 1.1, 5.0)
    draws = sampler.sample(np.random.default_rng(0), 200_000)
    assert draws.min() >= 0
    assert draws.max() < 10_000
    top = np.bincount(draws, minlength=10_000)
    assert top[:10].sum() > top[5000:5010].sum() * 20


def test_pool_seed_changes_the_names(run: Run) -> None:
    a = set(read_csv(run())["consignee_name"])
    b = set(read_csv(run(pool_seed=5))["consignee_name"])
    assert len(a & b) < 0.5 * min(len(a), len(b))


def test_cli_writes_a_data_set(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, [
        "--rows", "1500", "--seed", "3", "--out", str(tmp_path), "--pool-scale", "0.03",
        "--lists", str(FIXTURE_LIST), "--no-store", "--quiet", "--plant-pct", "2",
    ])
    assert result.exit_code == 0, result.output
    assert "planted parties 30" in result.output
    assert pl.read_parquet(tmp_path / "truth_parties.parquet").height == 30


# -- perturbation laws -----------------------------------------------------------------------
NAMES = st.sampled_from([
    ("VOSTOK TEKHNOLOGII, OOO", "organization", "RU"),
    ("PETROVSKIY, Aleksandr Yuriyevich", "person", "RU"),
    ("SHENZHEN BRIGHTSTAR MICROELECTRONICS CO., LTD.", "organization", "CN"),
    ("Евгений Владимирович МАРКОВ", "person", None),
    ("AL-RASHIDI, Mohammed Hassan", "person", "SY"),
    ("SIBERIAN RADIO COMPONENTS PLANT OPEN JOINT STOCK COMPANY (SRCP)", "organization", "RU"),
])


@given(NAMES, st.sampled_from(sorted(PROFILES["heavy"])), st.integers(0, 2**32))
@settings(max_examples=300, deadline=None)
def test_perturb_changes_the_name_unless_exact(case: tuple[str, str, str | None], kind: str,
                                               seed: int) -> None:
    name, etype, country = case
    if not applicable(kind, name, etype, country):
        return
    written, steps = perturb(name, etype, country, kind, Random(seed))
    assert (written == name) == (kind == "exact")
    assert steps
    assert "\n" not in written


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ -",
               max_size=30), st.sampled_from(sorted(SYSTEMS)))
def test_romanisation_leaves_no_cyrillic(text: str, system: str) -> None:
    assert not any("\u0400" <= c <= "\u04ff" for c in to_latin(text, system))
