"""/offices: the documented diaspora offices on a map of Russia's regions, the gaps where
migrants go but no office is documented, services, and the list; filters in the URL."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from dashboard.datasets import Bundle
from dashboard.figures import offices as fo
from dashboard.filters import Filters
from dashboard.schema import SERVICES
from tests.conftest import dash_post, render_page

LOC = "_pages_location"


def _traces(fig, kind):
    return [tr for tr in fig.data if tr.type == kind]


def _regions_trace(fig):
    return next(tr for tr in fig.data if tr.type == "choropleth" and len(tr.locations) > 80)


def _small_bundle(data, offices: pd.DataFrame, stock: pd.DataFrame | None = None,
                  version: str = "t-offices") -> Bundle:
    frames = dict(data.frames)
    frames["diaspora_offices"] = offices.reset_index(drop=True)
    if stock is not None:
        frames["migrant_stock"] = stock.reset_index(drop=True)
    return Bundle(frames=frames, version=version, data_dir=Path("."))


# --- figures and the data behind them ---------------------------------------------------------

def test_spatial_join_agrees_with_the_build_and_runs_once(data):
    frame = fo.all_offices(data)
    assert (frame["region"] == frame["region_iso"]).all()
    assert frame.loc[frame["city"] == "Kazan", "region"].unique().tolist() == ["RU-TA"]
    misses = fo.join_regions.cache_info().misses
    for _ in range(3):
        fo.offices(data, fo.Selection(service="legal_aid"))
        fo.office_map(data, Filters(lang="ru"), fo.Selection(kinds=("diaspora",)))
    assert fo.join_regions.cache_info().misses == misses


def test_headline_counts_documented_offices_and_never_pads(data):
    rows = data["diaspora_offices"]
    h = fo.headline(data)
    assert h["reported"] == 43 and h["reported_year"] == 2012
    assert h["n"] == len(rows) and h["cities"] == rows["city"].nunique()
    assert h["verified"] == int(rows["verified"].sum()) < h["n"]
    assert h["diaspora_cities"] < h["cities"] < h["reported"]


def test_verified_offices_are_solid_and_unverified_hollow(data):
    fig = fo.office_map(data, Filters())
    frame = fo.all_offices(data)
    marks = [tr for tr in _traces(fig, "scattergeo") if tr.legendgroup in fo.KINDS]
    assert sum(len(tr.lat) for tr in marks) == len(frame)
    for tr in marks:
        kind = tr.legendgroup
        rows = frame[frame["kind"] == kind].sort_values("verified", ascending=False)
        for symbol, verified in zip(tr.marker.symbol, rows["verified"], strict=True):
            assert symbol == fo.SYMBOLS[kind] + ("" if verified else "-open-dot")
    # embassy and consulates each have their own symbol
    assert len({fo.SYMBOLS[k] for k in fo.KINDS}) == len(fo.KINDS)
    legend = [tr.name for tr in fig.data if tr.name]
    assert "Verified (solid)" in legend and "Unverified (hollow)" in legend


def test_regions_are_shaded_by_the_number_of_offices(data):
    fig = fo.office_map(data, Filters())
    regions = _regions_trace(fig)
    z = dict(zip(regions.locations, regions.z, strict=True))
    assert z["RU-MOW"] == (data["diaspora_offices"]["region_iso"] == "RU-MOW").sum() == 8
    assert z["RU-CHU"] == 0
    hover = dict(zip(regions.locations, regions.text, strict=True))
    assert "no documented office" in hover["RU-CHU"]
    assert "8 documented office(s)" in hover["RU-MOW"]
    assert regions.featureidkey == "properties.iso_3166_2"


def test_main_destinations_without_an_office_are_the_gaps(data):
    assert [g["regions"] for g in fo.gaps(data)] == [("RU-LIP",)]
    fig = fo.office_map(data, Filters())
    gap = [tr for tr in _traces(fig, "choropleth") if len(tr.locations) < 80]
    assert list(gap[0].locations) == ["RU-LIP"] and gap[0].marker.line.width >= 2
    labels = [tr for tr in _traces(fig, "scattergeo") if tr.name == "Main destination, no office"]
    assert list(labels[0].text) == ["Lipetsk Oblast"]
    legal = {iso for g in fo.gaps(data, fo.Selection(service="legal_aid")) for iso in g["regions"]}
    assert legal == {"RU-NVS", "RU-VOR", "RU-LIP", "RU-TA"}


def test_migrants_per_office_only_where_a_regional_figure_is_cited(data):
    rows = {r["place"]: r for r in fo.ratios(data)}
    moscow = rows["Moscow and Moscow Oblast"]
    n = data["diaspora_offices"]["region_iso"].isin(["RU-MOW", "RU-MOS"]).sum()
    assert moscow["offices"] == n and moscow["ratio"] == round(200000 / n, -2)
    assert rows["Siberia"]["ratio"] is None  # not one federal subject
    hover = dict(zip(*(lambda tr: (tr.locations, tr.text))(
        _regions_trace(fo.office_map(data, Filters()))), strict=True))
    assert "25,000 migrants per office" in hover["RU-MOW"]
    assert "no cited regional figure" in hover["RU-SVE"]


def test_without_any_regional_figure_there_is_no_ratio(data):
    stock = data["migrant_stock"]
    bundle = _small_bundle(data, data["diaspora_offices"],
                           stock[stock["place_type"] == "country"], version="t-no-figure")
    assert fo.ratios(bundle) == []
    regions = _regions_trace(fo.office_map(bundle, Filters()))
    assert not any("migrants per office" in h and "no cited" not in h for h in regions.text)


def test_a_selection_with_no_office_says_so(data):
    fig = fo.office_map(data, Filters(), fo.Selection(service="housing"))
    assert "No documented office matches" in fig.layout.title.text
    assert not [tr for tr in fig.data if tr.legendgroup in fo.KINDS]
    assert _regions_trace(fig).showscale is False
    # every main destination is then a gap
    assert len(fo.gaps(data, fo.Selection(service="housing"))) == 6
    assert "No documented office matches" in fo.map_summary(
        data, Filters(), fo.Selection(service="housing"))


def test_small_hand_made_frame(data):
    rows = data["diaspora_offices"]
    offices = rows[rows["city"].isin(["Kazan", "Voronezh"])]
    bundle = _small_bundle(data, offices, version="t-small")
    fig = fo.office_map(bundle, Filters())
    z = dict(zip(_regions_trace(fig).locations, _regions_trace(fig).z, strict=True))
    assert z["RU-TA"] == 2 and z["RU-VOR"] == 2 and sum(z.values()) == 4
    gaps = {iso for g in fo.gaps(bundle) for iso in g["regions"]}
    assert gaps == {"RU-MOW", "RU-SVE", "RU-NVS", "RU-LIP"}
    bars = fo.services_bar(bundle, Filters(), fo.Selection(kinds=("embassy",)))
    assert "No data" in bars.layout.annotations[0].text


def test_services_bar_marks_quality_and_the_chosen_service(data):
    fig = fo.services_bar(data, Filters(), fo.Selection(service="consular"))
    verified, unverified, labels = fig.data
    assert verified.name == "Verified (solid)" and unverified.name == "Unverified (dotted)"
    assert unverified.marker.pattern.shape == "."
    i = list(verified.customdata).index("consular")
    assert verified.marker.color[i] == fo.SELECTED
    assert {c for j, c in enumerate(verified.marker.color) if j != i} == {fo.UNSELECTED}
    counts = fo.service_counts(data)
    assert set(counts["service"]) == {*SERVICES, "none"}
    zero = counts[counts["total"] == 0]["service"].tolist()
    assert zero and all(labels.text[list(counts["service"]).index(c)] == "none documented"
                        for c in zero)
    assert labels.text[list(counts["service"]).index("cultural")] == "9"


def test_titles_and_labels_follow_the_language(data):
    for lang, word, service in (("ru", "офис", "Юридическая"), ("ky", "кеңсе", "Юридикалык")):
        fig = fo.office_map(data, Filters(lang=lang), fo.Selection(service="legal_aid"))
        title = fig.layout.title.text
        assert word in title.lower() and service in title
        names = {tr.name for tr in fig.data}
        assert "Verified (solid)" not in names
        bars = fo.services_bar(data, Filters(lang=lang))
        assert bars.layout.title.text != "Services the sources name, by office"
    assert fo.region_label("RU-SVE", "ru") == "Свердловская область"
    assert fo.region_label("RU-CHU", "ru") == "Chukotka Autonomous Okrug"  # falls back


# --- the page: layout, router, callbacks ------------------------------------------------------

def _find(component, wanted_id):
    if getattr(component, "id", None) == wanted_id:
        return component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and hasattr(child, "to_plotly_json"):
            found = _find(child, wanted_id)
            if found is not None:
                return found
    return None


def test_layout_reads_service_and_kind_from_the_query(app):
    from dashboard.pages import offices as page

    with app.server.test_request_context():
        tree = page.layout(service="legal_aid", kind="diaspora,migrant_centre", lang="ru")
        assert _find(tree, "offices-service").value == "legal_aid"
        assert _find(tree, "offices-kind").value == ["diaspora", "migrant_centre"]
        table = _find(tree, "offices-table-block").children  # one HTML block
        assert table.count("<tr data-office=") == 2  # Kyrgyzstan-Ural and the Moscow centre
        graph = _find(tree, "offices-map")
        assert "Юридическая" in graph.figure["layout"]["title"]["text"]
        gaps = _find(tree, "offices-gaps")
        assert {li.to_plotly_json()["props"]["data-gap"] for li in gaps.children} == \
            {"RU-NVS", "RU-VOR", "RU-LIP", "RU-TA"}


def test_layout_with_bad_page_params_falls_back_with_notices(app):
    from dashboard.pages import offices as page

    with app.server.test_request_context():
        tree = page.layout(service="<script>", kind="nope,embassy", year="1700", gender="x")
        assert _find(tree, "offices-service").value == "all"
        assert _find(tree, "offices-kind").value == ["embassy"]
        text = str(tree)
        assert "is not a valid service" in text and "is not a valid kind of office" in text
        assert _find(tree, "offices-table-block").children.count("<tr data-office=") == \
            (fo.all_offices(page.runtime.data())["kind"] == "embassy").sum()


@pytest.mark.parametrize("search", [
    "?service=consular&lang=ky", "?service=%00%ff&kind=,,,",
    "?service=a&service=b&kind=" + "x" * 500,
])
def test_router_renders_the_page_for_any_query(client, search):
    status, body, text = render_page(client, "/offices", search)
    assert status == 200, text[-500:]
    assert "offices-map" in text and "offices-table" in text


def test_filters_without_a_breakdown_are_said_in_words(client):
    status, _, text = render_page(client, "/offices",
                                  "?sector=construction&gender=women&year=2019")
    assert status == 200
    assert "no breakdown by sector" in text and "no breakdown by gender" in text
    assert "not filtered by year" in text


def _url_writer(app):
    return next(k for k, v in app.callback_map.items()
                if k.startswith(f"{LOC}.search@") and v["inputs"][0]["id"] == "offices-service")


def _post(client, app, service, kinds, click=None, search="?lang=ru", changed=None):
    cb = _url_writer(app)
    return dash_post(
        client, cb,
        inputs=[{"id": "offices-service", "property": "value", "value": service},
                {"id": "offices-kind", "property": "value", "value": kinds},
                {"id": "offices-services", "property": "clickData", "value": click}],
        state=[{"id": LOC, "property": "search", "value": search}],
        outputs={"id": LOC, "property": "search@" + cb.split("@")[1]},
        changed=changed)


def test_controls_write_service_and_kind_into_the_url(client, app):
    client.get("/")  # the callback map is filled on the first request
    response = _post(client, app, "legal_aid", ["consulate", "embassy"])
    assert response.status_code == 200, response.get_data(as_text=True)[-500:]
    assert response.get_json()["response"][LOC]["search"] == \
        "?lang=ru&service=legal_aid&kind=embassy%2Cconsulate"
    # back to every kind and all services: the parameters leave the URL
    response = _post(client, app, "all", list(fo.KINDS),
                     search="?lang=ru&service=legal_aid&kind=embassy")
    assert response.get_json()["response"][LOC]["search"] == "?lang=ru"


def test_clicking_a_service_bar_toggles_the_service(client, app):
    client.get("/")
    click = {"points": [{"customdata": "cultural", "y": "Culture and community"}]}
    response = _post(client, app, "all", list(fo.KINDS), click=click, search="",
                     changed=["offices-services.clickData"])
    assert response.get_json()["response"][LOC]["search"] == "?service=cultural"
    response = _post(client, app, "cultural", list(fo.KINDS), click=click,
                     search="?service=cultural", changed=["offices-services.clickData"])
    assert response.get_json()["response"][LOC]["search"] == ""


@pytest.mark.parametrize("service, kinds, click", [
    (123, "diaspora", None), (None, None, {"points": "x"}), ("../../etc", [1, {}], []),
    ({"a": 1}, ["embassy"] * 1000, {"points": [{"customdata": ["x"]}]}),
])
def test_bad_callback_payloads_never_fail(client, app, service, kinds, click):
    client.get("/")
    response = _post(client, app, service, kinds, click=click,
                     changed=["offices-services.clickData"] if click is not None else None)
    assert response.status_code in (200, 204), response.get_data(as_text=True)[-500:]


# --- in the browser ---------------------------------------------------------------------------

@pytest.mark.browser
def test_offices_in_the_browser(watched):
    page = watched.goto("/offices")
    watched.wait_for_graphs(2)
    # the map draws every region and the offices
    page.wait_for_function(
        "() => document.querySelectorAll('#offices-map .choroplethlocation').length >= 83")
    marks = page.locator("#offices-map .scattergeo .point").count()
    assert marks >= 43
    page.get_by_label("Diaspora organisation").uncheck()
    page.wait_for_url(re.compile(r"kind=embassy%2Cconsulate%2Chonorary_consulate%2C"
                                 r"migrant_centre"))
    page.wait_for_function(
        "n => document.querySelectorAll('#offices-map .scattergeo .point').length < n",
        arg=marks)
    fewer = page.locator("#offices-map .scattergeo .point").count()
    # the zoom buttons switch the view in the browser
    page.locator("#offices-map .updatemenu-button").nth(1).click()
    page.wait_for_function(
        "() => JSON.stringify(document.querySelector('#offices-map .js-plotly-plot')"
        ".layout.geo.lonaxis.range) === '[27,88]'")
    # the permalink restores the same view in a fresh page
    again = page.context.new_page()
    again.goto(page.url, wait_until="networkidle")
    again.wait_for_selector("#offices-map .main-svg")
    again.wait_for_function(
        "() => document.querySelectorAll('#offices-map .choroplethlocation').length >= 83")
    assert again.locator("#offices-map .scattergeo .point").count() == fewer
    assert not again.get_by_label("Diaspora organisation").is_checked()
    rows = page.locator("#offices-table tbody tr").count()
    assert 0 < rows < 43
    assert again.locator("#offices-table tbody tr").count() == rows
    assert not watched.console_errors, watched.console_errors
    assert not watched.outside_requests, watched.outside_requests
