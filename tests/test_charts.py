"""The chart registry (dashboard/charts.py), its download API, the chart toolbar and /embed.

What a journalist relies on: every registered chart builds for any query, its CSV holds exactly
the numbers the chart draws, a bad query is a 400 that says why, the toolbar's links carry the
same query as the page, and an embed shows one chart with its sources.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest

from dashboard import charts
from dashboard.figures import offices as fig_off
from dashboard.filters import Filters
from tests.conftest import render_page

DEFAULT = Filters()
FILTERED = Filters(sector="construction", gender="women", year=2010, lang="ru")
# page parameters other than the defaults, per page
OTHER_PARAMS = {
    "/remittances": {"peers": ("KAZ", "TJK")},
    "/destinations": {"dest": "KAZ", "map": "world"},
    "/offices": {"service": "legal_aid", "kind": ("diaspora", "embassy")},
    "/recommendations": {},
}


@pytest.fixture()
def ctx(app):
    with app.server.test_request_context():
        yield


def _num(values) -> list[float]:
    return [round(float(v), 3) for v in values if v is not None and not pd.isna(v)]


def _xy(trace) -> Counter:
    return Counter((round(float(x)), round(float(y), 3))
                   for x, y in zip(trace.x, trace.y, strict=True)
                   if x is not None and y is not None)


# --- how each chart's figure and table must agree ---------------------------------------------

def _remit(fig, table):
    lines = [t for t in fig.data if t.mode == "lines"]
    marks = [t for t in fig.data if t.mode == "markers"]
    bank = table[table["series"] == "world_bank"]
    cited = table[table["series"] == "cited"]
    assert sum((_xy(t) for t in lines), Counter()) == Counter(
        zip(bank["year"], bank["value"].round(3), strict=True))
    assert sum((_xy(t) for t in marks), Counter()) == Counter(
        zip(cited["year"], cited["value"].round(3), strict=True))
    assert len(lines) == bank["country_iso3"].nunique()


def _map(fig, table):
    bubbles = [t for t in fig.data if t.type == "scattergeo" and t.marker.sizemode == "area"]
    stock = table[table["layer"] == "un_desa_stock"]
    assert sorted(_num(bubbles[0].marker.size)) == sorted(_num(stock["value"]))
    assert sorted(bubbles[0].text) == sorted(stock["destination"])
    places = [t for t in fig.data if t.type == "scattergeo" and t.marker.symbol == "diamond"]
    named = table[table["layer"] == "named_place"]
    assert len(places[0].lat) == named["place"].nunique()


def _bars(fig, table):
    shown = table[table["layer"] == "un_desa_stock"]
    assert _num(fig.data[0].x) == _num(shown["value"])
    missing = table[table["layer"] == "no_un_desa_figure"]
    assert len([a for a in fig.layout.annotations if "UN DESA" in a.text
                or "ООН" in a.text]) >= len(missing)


def _all_y(fig) -> Counter:
    return Counter(_num(v for t in fig.data for v in (t.y or ())))


def _disagree(fig, table):
    numbers = _num(table["value"]) + _num(table["low"]) + _num(table["high"])
    assert _all_y(fig) == Counter(numbers)
    years = {round(float(x)) for t in fig.data for x in (t.x or ()) if x is not None}
    assert years == set(table["year"].astype(int))


def _trend(fig, table):
    assert _all_y(fig) == Counter(_num(table["value"]))


def _sectors(fig, table):
    drawn = Counter()
    for trace in fig.data:
        for y, x in zip(trace.y, trace.x, strict=True):
            drawn[(trace.name, y)] += x
    assert drawn == Counter({(d, s): n for d, s, n in zip(
        table["destination"], table["sector_label"], table["sources"], strict=True)})


def _office_map(fig, table):
    marks = [t for t in fig.data if t.type == "scattergeo" and t.legendgroup in fig_off.KINDS]
    assert sum(len(t.lat) for t in marks) == len(table)
    regions = next(t for t in fig.data if t.type == "choropleth")
    assert sum(regions.z) == table["region_iso"].notna().sum()


def _services(fig, table):
    verified, unverified = fig.data[0], fig.data[1]
    assert list(verified.x) == table["verified"].tolist()
    assert list(unverified.x) == table["unverified"].tolist()
    assert list(verified.y) == table["label"].tolist()


def _rec(fig, table):
    for trace in fig.data:
        status = table[table["status_label"] == trace.name.split(" ", 1)[1]]
        assert list(trace.x) == status["count"].tolist()


AGREE = {"remit-share": _remit, "remit-usd": _remit, "dest-map": _map, "dest-bars": _bars,
         "dest-disagree": _disagree, "dest-trend": _trend, "dest-sectors": _sectors,
         "offices-map": _office_map, "offices-services": _services, "rec-bars": _rec}


def test_every_registered_chart_has_an_agreement_check():
    assert set(AGREE) == set(charts.CHARTS)
    for chart in charts.CHARTS.values():
        assert chart.page in charts.PAGES and chart.title("ky") != chart.title("en")


@pytest.mark.parametrize("name", list(charts.CHARTS))
@pytest.mark.parametrize("filters", [DEFAULT, FILTERED], ids=["default", "filtered"])
@pytest.mark.parametrize("other", [False, True], ids=["page-default", "page-params"])
def test_chart_builds_and_its_table_is_what_it_draws(data, ctx, name, filters, other):
    chart = charts.CHARTS[name]
    params = dict(OTHER_PARAMS[chart.page]) if other else charts.default_params(chart, data)
    fig = chart.figure(data, filters, params)
    table = chart.table(data, filters, params)
    ids = chart.sources(data, filters, params)
    assert ids and all(isinstance(i, str) for i in ids)
    if not fig.data:  # the chart says "no data" in words: the table is empty, not zeros
        assert table.empty
        assert any(a.text and ("Нет данных" in a.text or "No data" in a.text)
                   for a in fig.layout.annotations)
        return
    assert not table.empty
    AGREE[name](fig, table)


def test_filters_and_params_change_what_charts_show(data, ctx):
    share = charts.CHARTS["remit-share"]
    kaz = share.table(data, DEFAULT, {"peers": ("KAZ",)})
    assert set(kaz["country_iso3"]) == {"KGZ", "KAZ"}
    women = charts.CHARTS["dest-map"].table(data, FILTERED, {"dest": "RUS", "map": "eurasia"})
    assert set(women.loc[women["layer"] == "un_desa_stock", "sex"]) == {"women"}
    assert set(women.loc[women["layer"] == "un_desa_stock", "year"]) == {2010}
    legal = charts.CHARTS["offices-map"].table(data, DEFAULT, OTHER_PARAMS["/offices"])
    assert legal["services"].str.contains("legal_aid").all()
    assert set(legal["kind"]) <= {"diaspora", "embassy"}


def test_page_params_parse_leniently_and_strictly(data, ctx):
    chart = charts.CHARTS["dest-disagree"]
    filters, params, notices = charts.parse(chart, {"dest": "kaz", "map": "moon",
                                                    "gender": "x"}, data)
    assert params == {"dest": "KAZ", "map": "eurasia"} and filters.gender == "all"
    assert {n.name for n in notices} == {"map", "gender"}
    assert charts.query_string(chart, FILTERED, params) == \
        "?sector=construction&gender=women&year=2010&lang=ru&dest=KAZ"
    with pytest.raises(charts.BadParam) as bad:
        charts.parse_strict(chart, {"map": "moon"}, data)
    assert bad.value.parameter == "map"
    with pytest.raises(charts.BadParam):
        charts.parse_strict(chart, {"peers": "KAZ"}, data)  # a parameter of another page
    assert charts.parse_strict(chart, {"dest": "WLD", "lang": "ky"}, data)[1]["dest"] == "WLD"


# --- the download API ------------------------------------------------------------------------

def test_chart_csv_holds_exactly_the_numbers_drawn(client, data, app):
    response = client.get("/api/v1/charts/remit-share.csv?peers=TJK&lang=ru&year=2015")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert 'filename="remit-share.csv"' in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    with app.server.test_request_context():
        fig = charts.CHARTS["remit-share"].figure(data, Filters(lang="ru", year=2015),
                                                 {"peers": ("TJK",)})
    kgz = next(t for t in fig.data if t.name.startswith("Кыргызстан"))
    from_csv = [(int(r["year"]), float(r["value"])) for r in rows
                if r["series"] == "world_bank" and r["country_iso3"] == "KGZ"]
    assert from_csv == [(int(x), float(y)) for x, y in zip(kgz.x, kgz.y, strict=True)]
    assert {r["country"] for r in rows} == {"Кыргызстан", "Таджикистан"}
    cited = [r for r in rows if r["series"] == "cited"]
    assert cited and all(r["source_id"] and r["as_published"] for r in cited)


def test_chart_json_names_its_sources_and_query(client):
    response = client.get("/api/v1/charts/offices-services.json?kind=diaspora&lang=ky")
    assert response.status_code == 200
    body = response.get_json()
    assert body["chart"] == "offices-services" and body["query"] == "?lang=ky&kind=diaspora"
    assert body["columns"] == ["service", "label", "verified", "unverified", "total"]
    assert all(r["total"] == r["verified"] + r["unverified"] for r in body["rows"])
    assert [s["id"] for s in body["sources"]] == body["source_ids"]
    assert all(s["publisher"] for s in body["sources"])
    again = client.get("/api/v1/charts/offices-services.json?kind=diaspora&lang=ky",
                       headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize("query, parameter", [
    ("?year=19x", "year"), ("?gender=both", "gender"), ("?peers=ZZZ", "peers"),
    ("?foo=1", "foo"), ("?lang=en&lang=ru", "lang"), ("?dest=KAZ", "dest"),
    ("?sector=" + quote("<script>"), "sector"),
])
def test_bad_chart_query_is_a_400_that_says_why(client, query, parameter):
    response = client.get(f"/api/v1/charts/remit-usd.csv{query}")
    assert response.status_code == 400
    assert response.mimetype == "application/json"
    assert response.get_json()["parameter"] == parameter


def test_unknown_chart_is_a_404_listing_the_charts(client):
    response = client.get("/api/v1/charts/no-such-chart.json")
    assert response.status_code == 404
    assert "remit-share" in response.get_json()["error"]


# --- the toolbar on the pages ----------------------------------------------------------------

def _content(body) -> str:
    return json.dumps(body["response"]["_pages_content"]["children"], ensure_ascii=False)


def test_toolbar_carries_the_pages_query(client):
    status, body, text = render_page(client, "/destinations", "?dest=KAZ&gender=women&lang=ru")
    assert status == 200, text[-800:]
    shown = _content(body)
    query = "?gender=women&lang=ru&dest=KAZ"
    assert f"/api/v1/charts/dest-disagree.csv{query}" in shown
    assert f"/api/v1/charts/dest-disagree.json{query}" in shown
    assert '"data-format": "svg"' in shown and '"data-graph": "dest-map"' in shown
    # cite: title, site, publishers and years, permalink, access date
    cite = re.search(r'"id": "dest-disagree-citation"', shown)
    assert cite
    assert "«Сколько мигрантов из Кыргызстана?" in shown
    assert f"http://localhost/destinations{query}" in shown
    assert re.search(r"дата обращения: \d{4}-\d\d-\d\d", shown)
    assert "United Nations" in shown
    # embed: an iframe of /embed/<name> with the same query, escaped for HTML
    assert f'<iframe src=\\"http://localhost/embed/dest-disagree{query.replace("&", "&amp;")}' \
        in shown


def test_pages_build_their_cards_from_the_registry(client):
    for page, names in (("/remittances", ["remit-share", "remit-usd"]),
                        ("/offices", ["offices-map", "offices-services"]),
                        ("/destinations", ["dest-map", "dest-bars", "dest-disagree",
                                           "dest-trend", "dest-sectors"])):
        status, body, text = render_page(client, page, "?lang=ky")
        assert status == 200, text[-500:]
        shown = _content(body)
        for name in names:
            assert f'"id": "{name}-toolbar"' in shown
            assert f"/api/v1/charts/{name}.csv?lang=ky" in shown


# --- /embed ----------------------------------------------------------------------------------

def test_embed_renders_one_chart_with_sources_and_a_way_back(client):
    status, body, text = render_page(client, "/embed/remit-share", "?peers=KAZ&lang=ky")
    assert status == 200, text[-800:]
    shown = _content(body)
    assert shown.count('"type": "Graph"') == 1 and '"id": "embed-graph"' in shown
    assert '"href": "/remittances?lang=ky&peers=KAZ"' in shown
    assert "source-line" in shown and "The World Bank" in shown
    assert "Казакстан" in shown  # the peer is drawn, labels in Kyrgyz
    assert "navbar" not in shown.lower() and "filter-sector" not in shown


@pytest.mark.parametrize("path, search", [
    ("/embed/no-such-chart", ""), ("/embed/%3Cscript%3E", "?lang=ru"),
    ("/embed/dest-map", "?map=moon&year=abc&dest=" + "x" * 300),
])
def test_embed_never_fails(client, path, search):
    status, body, text = render_page(client, path, search)
    assert status == 200, text[-500:]
    shown = _content(body)
    if "no-such" in path or "script" in path:
        assert "There is no chart called" in shown or "Графика с именем" in shown
        assert "/embed/remit-share" in shown
    else:
        assert '"data-notice": "map"' in shown and '"id": "embed-graph"' in shown


def test_only_embeds_may_be_framed(client):
    embed = client.get("/embed/remit-share")
    assert "frame-ancestors *" in embed.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in embed.headers
    page = client.get("/remittances")
    assert page.headers["X-Frame-Options"] == "DENY"


# --- the browser -----------------------------------------------------------------------------

@pytest.mark.browser
def test_toolbar_downloads_in_the_browser(watched):
    page = watched.goto("/remittances?lang=ru&peers=KAZ")  # the canonical order
    watched.wait_for_graphs(2)
    with page.expect_download() as info:
        page.click("#remit-share-csv")
    download = info.value
    assert download.suggested_filename == "remit-share.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text("utf-8"))))
    assert {r["country_iso3"] for r in rows} == {"KGZ", "KAZ"}
    drawn = page.evaluate(
        "() => { const gd = document.querySelector('#remit-share .js-plotly-plot');"
        " const t = gd._fullData.find(d => d.name.startsWith('Кыргызстан'));"
        " return Array.from(t.x, (x, i) => [x, t.y[i]]); }")
    assert [[int(r["year"]), float(r["value"])] for r in rows
            if r["series"] == "world_bank" and r["country_iso3"] == "KGZ"] == drawn
    # the picture is drawn by plotly in the browser: an SVG file, nothing fetched outside
    with page.expect_download() as info:
        page.click("#remit-usd-svg")
    assert info.value.suggested_filename == "remit-usd.svg"
    assert "<svg" in Path(info.value.path()).read_text("utf-8")[:2000]
    page.click("#remit-share-cite summary")
    citation = page.locator("#remit-share-citation").inner_text()
    assert page.url in citation and "Кыргызстан" in citation
    page.click("#remit-share-embed summary")
    assert 'src="' + page.url.split("/remittances")[0] + "/embed/remit-share?lang=ru" in \
        page.locator("#remit-share-embed-code").inner_text()
    assert not watched.console_errors, (watched.console_errors, watched.failed)
    assert not watched.outside_requests, watched.outside_requests


@pytest.mark.browser
def test_embed_draws_in_the_browser(watched):
    page = watched.goto("/embed/dest-map?map=world")
    watched.wait_for_graphs(1)
    assert page.locator("#embed-graph .layer.countries path").count() > 0
    assert page.locator("nav").count() == 0
    assert page.locator("#embed-full-view").get_attribute("href") == "/destinations?map=world"
    assert not watched.console_errors, watched.console_errors
    assert not watched.outside_requests, watched.outside_requests
