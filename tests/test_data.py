"""The data layer: reproducible from data/raw/, valid as a Frictionless package, refusing each
kind of broken file with file:row:column, and keeping the promises journalists rely on."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from dashboard import datasets
from dashboard.settings import Settings
from tests.conftest import DATA, ROOT


def test_data_dir_is_exactly_what_the_build_script_makes():
    result = subprocess.run([sys.executable, "-m", "dashboard.build_data", "--check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_frictionless_cli_validates_the_data_package():
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate",
                             "datapackage.json"], cwd=DATA, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "VALID" in result.stdout.upper()


def test_validate_command_passes_on_the_shipped_data():
    result = subprocess.run([sys.executable, "-m", "dashboard", "validate"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: 10 datasets")


@pytest.fixture()
def broken(tmp_path):
    """A copy of data/ to break one thing in."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("raw"))
    return target


def _rewrite(path, fn):
    path.write_text(fn(path.read_text("utf-8")), encoding="utf-8")


def _break_number(text):
    lines = text.splitlines()
    header = lines[0].split(",")
    col = header.index("remittances_usd")
    for i, line in enumerate(lines[1:], start=1):
        cells = line.split(",")
        if cells[col]:
            cells[col] = "12x4"
            lines[i] = ",".join(cells)
            return "\n".join(lines) + "\n", i + 1
    raise AssertionError("no number to break")


CASES = {
    # kind -> (file, how to break it, what the message must name)
    "missing column": ("events.csv", lambda t: t.replace("label_ru,", "", 1), "events.csv"),
    "unknown source_id": ("events.csv",
                          lambda t: t.replace("src_cap_covid_2020", "no_such_source", 1),
                          r"events\.csv:\d+:source_id"),
    "duplicate key": ("events.csv",
                      lambda t: t + t.splitlines()[1] + "\n", r"events\.csv:\d+:"),
    "bad enum": ("migrant_stock.csv", lambda t: t.replace(",women,", ",ladies,", 1),
                 r"migrant_stock\.csv:\d+:sex"),
    "unknown sector code": ("recommendations.csv",
                            lambda t: re.sub(r",all,(true|false),", r",nosuch,\1,", t, count=1),
                            r"recommendations\.csv:\d+:sectors"),
    "truncated file": ("sources.csv", lambda t: t[: len(t) // 2], "sources.csv"),
}


@pytest.mark.parametrize("kind", CASES)
def test_each_kind_of_breakage_is_refused_with_file_row_column(broken, kind):
    name, breaker, expected = CASES[kind]
    _rewrite(broken / name, breaker)
    with pytest.raises(datasets.DataError) as info:
        datasets.load(broken)
    assert re.search(expected, str(info.value)), str(info.value)


def test_a_bad_number_names_its_row_and_column(broken):
    text, row = _break_number((broken / "remittances.csv").read_text("utf-8"))
    (broken / "remittances.csv").write_text(text, encoding="utf-8")
    with pytest.raises(datasets.DataError) as info:
        datasets.load(broken)
    assert f"remittances.csv:{row}:remittances_usd" in str(info.value)


def test_missing_and_corrupt_files_are_refused(broken):
    (broken / "events.csv").unlink()
    (broken / "sectors.csv").write_bytes(b"\xff\xfe\x00garbage\x00")
    with pytest.raises(datasets.DataError) as info:
        datasets.load(broken)
    assert "events.csv:-:-: file is missing" in str(info.value)


def test_broken_data_stops_start_up_and_the_command_says_why(broken):
    _rewrite(broken / "events.csv", lambda t: t.replace("src_cap_covid_2020", "nope", 1))
    from dashboard import create_app

    with pytest.raises(datasets.DataError):
        create_app(Settings.from_env({}, data_dir=broken))
    result = subprocess.run([sys.executable, "-m", "dashboard", "validate", str(broken)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert re.search(r"events\.csv:\d+:source_id", result.stderr)


def test_reload_keeps_the_old_data_when_the_new_is_broken(broken):
    good = datasets.reload(broken)
    _rewrite(broken / "events.csv", lambda t: t.replace("src_cap_covid_2020", "nope", 1))
    with pytest.raises(datasets.DataError):
        datasets.reload(broken)
    assert datasets.bundle(broken) is good


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# how phone numbers are written in the region: +7 (495) 123-45-67, +996 312 12 34 56, 0312 66-55-44
PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?\(?\d{3,4}\)?[\s-]\d{2,3}[\s-]\d{2}[\s-]?\d{2}(?!\d)")


def test_no_personal_contact_details_anywhere_in_data():
    for path in sorted(DATA.rglob("*.csv")):
        text = path.read_text("utf-8")
        assert not EMAIL.search(text), f"e-mail address in {path.name}"
        found = PHONE.search(text)
        assert not found, f"phone number {found.group()!r} in {path.name}"


def test_every_row_of_every_dataset_names_a_known_source(data):
    known = set(data["sources"]["id"])
    for name, frame in data.frames.items():
        if "source_id" in frame:
            assert set(frame["source_id"]) <= known, name


def test_seed_reports_are_sources_and_their_remittance_figures_stand_apart(data):
    sources = set(data["sources"]["id"])
    assert {"tspc2012", "tspc2013"} <= sources
    rem = data["remittances"]
    seed = rem[rem["source_id"] == "tspc2012"].set_index("year")
    # 27 % of GDP in 2010 and USD 1,037 million in 2010, as the 2012 report writes
    assert seed.at[2010, "remittances_pct_gdp"] == 27
    assert seed.at[2010, "remittances_usd"] == 1_037_000_000
    wb = rem[(rem["source_id"] == "derived_wdi_ratio") & (rem["country_iso3"] == "KGZ")]
    assert 2010 in set(wb["year"]), "the World Bank series keeps its own 2010 row"


def test_remittance_share_is_derived_from_the_two_world_bank_series(data):
    rem = data["remittances"]
    derived = rem[rem["source_id"] == "derived_wdi_ratio"]
    assert len(derived) > 200
    assert (derived["quality"] == "derived").all()
    ratio = 100 * derived["remittances_usd"] / derived["gdp_usd"]
    assert (ratio - derived["remittances_pct_gdp"]).abs().max() < 0.001
    assert derived["note"].str.contains("100 \\* remittances_usd / gdp_usd").all()


def test_disagreeing_sources_on_russia_are_kept_as_separate_rows(data):
    stock = data["migrant_stock"]
    russia = stock[(stock["destination_iso3"] == "RUS") & (stock["source_id"] != "undesa_ims2019")
                   & (stock["unit"] == "persons")]
    assert russia["source_id"].nunique() >= 5
    assert russia["measure"].nunique() >= 2, "measures are kept, not blended"


def test_the_reported_43_cities_is_data_and_offices_are_not_padded(data):
    counts = data["diaspora_counts"]
    row = counts[(counts["source_id"] == "tspc2012") & (counts["value"] == 43)]
    assert len(row) == 1
    offices = data["diaspora_offices"]
    assert offices["city"].nunique() < 43
    assert offices["lat"].between(40, 75).all() and offices["lon"].between(19, 180).all()


def test_seed_ranges_are_kept_as_low_and_high(data):
    stock = data["migrant_stock"]
    seed = stock[stock["source_id"].isin(["tspc2012", "tspc2013"]) & stock["low"].notna()]
    assert not seed.empty
    assert (seed["value"].isna()).all(), "a range is never collapsed into one number"
    assert ((seed["low"] == 600_000) & (seed["high"] == 1_000_000)).any()


def test_every_recommendation_evidence_row_points_at_a_recommendation(data):
    ids = set(data["recommendations"]["id"])
    assert set(data["recommendation_evidence"]["recommendation_id"]) <= ids
    assert len(ids) >= 90
    assert pd.Series(sorted(ids)).str.match(r"^R1[23]-").all()
