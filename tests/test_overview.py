"""/: the headline figures, checked against the published CSVs read independently."""

import csv

from dashboard.figures import overview
from dashboard.filters import Filters
from tests.conftest import DATA, render_page, tree_text


def _rows(name):
    with open(DATA / f"{name}.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _undesa(year, sex):
    return [r for r in _rows("migrant_stock")
            if r["source_id"] == "undesa_ims2019" and r["year"] == str(year) and r["sex"] == sex]


def _by_key(data, filters):
    return {h.key: h for h in overview.headlines(data, filters)}


def test_migrants_abroad_is_the_sum_of_un_desa_destinations(data):
    total = sum(int(r["value"]) for r in _undesa(2019, "total"))
    h = _by_key(data, Filters())["abroad"]
    assert h.value.replace("\u202f", "") == str(total) and h.year == 2019
    assert h.quality == "derived" and h.source_ids == ("undesa_ims2019",)


def test_gender_filter_changes_the_count_and_share_in_russia_is_computed(data):
    women = sum(int(r["value"]) for r in _undesa(2010, "women"))
    heads = _by_key(data, Filters(gender="women", year=2012))
    assert heads["abroad"].value.replace("\u202f", "") == str(women)
    assert heads["abroad"].year == 2010, "2012 falls back to the latest UN DESA year before it"
    ru = sum(int(r["value"]) for r in _undesa(2010, "women") if r["destination_iso3"] == "RUS")
    assert heads["russia"].value == f"{100 * ru / women:.0f} %"
    assert any("TSPC 2013" in c for c in heads["russia"].compare)


def test_remittances_headline_is_the_world_bank_ratio_for_the_year(data):
    row = next(r for r in _rows("remittances") if r["country_iso3"] == "KGZ"
               and r["year"] == "2014" and r["source_id"] == "derived_wdi_ratio")
    h = _by_key(data, Filters(year=2014))["remittances"]
    assert h.value == f"{float(row['remittances_pct_gdp']):.1f} %" and h.year == 2014


def test_offices_headline_says_reported_and_documented(data):
    cities = {r["city"] for r in _rows("diaspora_offices")}
    assert _by_key(data, Filters())["offices"].value == f"43 / {len(cities)}"


def test_recommendations_covered_grows_with_the_year(data):
    early = _by_key(data, Filters(year=2013))["recommendations"].value
    late = _by_key(data, Filters())["recommendations"].value
    n_early, total = map(int, early.split(" / "))
    n_late, _ = map(int, late.split(" / "))
    assert n_early < n_late <= total
    parents = {r["parent_id"] for r in _rows("recommendations") if r["parent_id"]}
    assert total == len(_rows("recommendations")) - len(parents)


def test_overview_page_shows_every_card_with_its_year(client):
    status, body, text = render_page(client, "/", "?lang=ru&year=2015")
    assert status == 200
    for key in ["abroad", "russia", "women", "remittances", "offices", "recommendations"]:
        assert f'"data-kpi": "{key}"' in text or f'"data-kpi":"{key}"' in text
    shown = tree_text(body["response"]["_pages_content"]["children"])
    assert "Доля женщин" in shown and "2015" in shown
