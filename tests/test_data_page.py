"""/data: every dataset as a table, filtered like the API, sorted and paged by URL, with
downloads that hold exactly the rows of the table."""

import csv
import io
import json
import re

import pytest

from dashboard import api
from dashboard.figures import tables
from dashboard.filters import Filters
from dashboard.schema import RESOURCES
from tests.conftest import dash_post, render_page

LOC = "_pages_location"


def _render(client, search: str) -> tuple[int, str]:
    """The page as the router renders it: status and the layout's JSON as plain text."""
    status, body, text = render_page(client, "/data", search)
    return status, json.dumps(body, ensure_ascii=False) if body else text


def _params(data, **query):
    params, notices = tables.parse_params(query, data)
    assert not notices, notices
    return params


# --- shaping: the real data ------------------------------------------------------------------

def test_parse_params_keeps_good_values_and_flags_bad_ones(data):
    params = _params(data, dataset="remittances", country="kgz", source="wb_wdi_gdp",
                     sort="-year", page="2")
    assert params == tables.Params("remittances", "KGZ", "wb_wdi_gdp", "-year", 2)
    params, notices = tables.parse_params(
        {"dataset": "nope", "country": "R1", "source": "nobody", "sort": "zz", "page": "0"}, data)
    assert params == tables.Params()
    assert [n.name for n in notices] == ["dataset", "country", "source", "sort", "page"]
    # a sort column of another dataset is not a column of this one
    _, notices = tables.parse_params({"dataset": "events", "sort": "gdp_usd"}, data)
    assert [n.name for n in notices] == ["sort"]


def test_gender_all_shows_totals_and_counts_the_rows_it_hides(data):
    view = tables.dataset_view(data, Filters(), _params(data, dataset="migrant_stock"))
    stock = data["migrant_stock"]
    assert set(view.rows["sex"]) == {"total"}
    assert len(view.rows) == (stock["sex"] == "total").sum()
    assert view.hidden_other_sex == (stock["sex"] != "total").sum()
    women = tables.dataset_view(data, Filters(gender="women"), _params(data))
    assert set(women.rows["sex"]) == {"women"} and women.hidden_other_sex == 0


def test_rows_are_the_apis_rows_plus_the_source_filter(data):
    filters = Filters(gender="women", year=2019)
    params = _params(data, dataset="migrant_stock", country="RUS")
    view = tables.dataset_view(data, filters, params)
    expected = api.select("migrant_stock", data["migrant_stock"],
                          {"gender": "women", "year": 2019, "country": "RUS"})
    assert list(view.rows.index) == list(expected.index) and len(view.rows) > 0
    cited = tables.dataset_view(data, Filters(), _params(data, dataset="remittances",
                                                         source="derived_wdi_ratio"))
    assert set(cited.rows["source_id"]) == {"derived_wdi_ratio"}
    assert (cited.rows["quality"] == "derived").all()


def test_filters_without_a_column_are_named_not_silently_dropped(data):
    params = _params(data, dataset="events", country="RUS")
    view = tables.dataset_view(data, Filters(sector="construction", gender="men"), params)
    assert view.not_applicable == ("sector", "gender", "country")
    assert len(view.rows) == len(data["events"])  # nothing filtered away
    assert tables.not_applicable("sector_observations", Filters(sector="construction"),
                                 params) == []


def test_sort_is_stable_with_blanks_last_both_ways(data):
    frame = data["remittances"]
    down = tables.sort_rows(frame, "-remittances_pct_gdp")["remittances_pct_gdp"]
    up = tables.sort_rows(frame, "remittances_pct_gdp")["remittances_pct_gdp"]
    filled = down.dropna()
    assert list(filled) == sorted(filled, reverse=True)
    assert down.iloc[-1] != down.iloc[-1] and up.iloc[-1] != up.iloc[-1]  # NaN last
    names = tables.sort_rows(data["sources"], "publisher")["publisher"].str.casefold()
    assert list(names) == sorted(names)


def test_pages_slice_the_rows_and_a_page_past_the_end_shows_the_last(data):
    params = _params(data, dataset="migrant_stock", page="3")
    view = tables.dataset_view(data, Filters(), params, size=50)
    assert view.first == 101 and len(view.shown) == 50
    assert list(view.shown.index) == list(view.rows.index[100:150])
    far = tables.dataset_view(data, Filters(), tables.Params(page=999), size=50)
    assert far.page_clamped and far.page == far.pages and len(far.shown) > 0


def test_download_query_is_what_the_api_accepts(data):
    params = _params(data, dataset="sector_observations", country="KAZ")
    query = tables.download_query("sector_observations", Filters(sector="trade", year=2012),
                                  params)
    assert query == "?sector=trade&gender=all&year=2012&country=KAZ"
    # no gender for a dataset without sex; no filter at all for sectors
    assert tables.download_query("remittances", Filters(gender="women"), tables.Params()) == ""
    assert tables.download_links("sectors", Filters(), tables.Params())["csv"] == \
        "/api/v1/datasets/sectors.csv"


def test_source_goes_into_the_download(data):
    params = _params(data, dataset="events", source="src_ebrd_remit_2015")
    assert tables.applicable("events").count("source") == 1
    assert tables.download_query("events", Filters(), params) == "?source=src_ebrd_remit_2015"
    rows = tables.dataset_view(data, Filters(), params).rows
    assert len(rows) > 0 and set(rows["source_id"]) == {"src_ebrd_remit_2015"}


@pytest.mark.parametrize("name,filters,query", [
    ("migrant_stock", Filters(gender="women"), {"country": "RUS"}),
    ("remittances", Filters(year=2010), {}),
    ("recommendations", Filters(sector="construction", gender="women"), {}),
    ("sector_observations", Filters(sector="trade"), {}),
    ("diaspora_offices", Filters(), {"sort": "-city"}),
])
def test_the_csv_link_returns_exactly_the_rows_of_the_table(client, data, name, filters, query):
    params = _params(data, dataset=name, **query)
    view = tables.dataset_view(data, filters, params)
    response = client.get(tables.download_links(name, filters, params)["csv"])
    assert response.status_code == 200, response.get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    key = tables.columns(name)[0]
    # same rows; the table may be sorted, the file keeps the API's order
    assert sorted(r[key] for r in rows) == sorted(str(v) for v in view.rows[key])
    assert len(rows) == len(view.rows) > 0


def test_cells_are_formatted_for_reading(data):
    assert tables.format_value(1037000000.0, "number") == "1,037,000,000"
    assert tables.format_value(1037000000.0, "number", "ru") == "1\u00a0037\u00a0000\u00a0000"
    assert tables.format_value(27.35, "number", "ky") == "27,35"
    assert tables.format_value(2019, "integer") == "2019"
    assert tables.format_value(float("nan"), "number") == ""
    assert tables.shorten("word " * 50, 40)[1] and tables.shorten("short")[0] == "short"


def test_quality_comes_from_the_quality_column_or_verified(data):
    offices = data["diaspora_offices"].to_dict("records")
    levels = {tables.quality_of("diaspora_offices", r) for r in offices}
    assert levels <= {"verified", "unverified"} and "verified" in levels
    assert tables.quality_of("events", data["events"].iloc[0].to_dict()) is None
    assert tables.badge("unverified")[2] == {"borderStyle": "dashed"}
    assert tables.badge("reported")[2] == {}


def test_field_list_is_the_schema(data):
    for name in RESOURCES:
        assert [f["name"] for f in tables.field_rows(name)] == list(data[name].columns)
    value = next(f for f in tables.field_rows("remittances") if f["name"] == "gdp_usd")
    assert value["type"] == "number" and value["unit"] == "current US$"


# --- the page through the router -------------------------------------------------------------

def test_default_page_shows_the_table_with_counts_and_downloads(client, data):
    status, text = _render(client, "")
    assert status == 200
    view = tables.dataset_view(data, Filters(), tables.Params())
    assert f"{len(view.rows):,} of {view.total:,} rows" in text
    assert "/api/v1/datasets/migrant_stock.csv?gender=all" in text
    assert "data-table" in text and "undesa_ims2019" in text
    assert "Fields (16)" in text and "Population Division" in text  # source publisher


@pytest.mark.parametrize("search,expected", [
    ("?dataset=remittances&country=KGZ&sort=-year", ["country = KGZ", "aria-sort"]),
    ("?dataset=events&sector=construction&lang=ru", ["нет столбца sector"]),
    ("?dataset=remittances&country=FRA", ["No rows match"]),
    ("?dataset=diaspora_offices&lang=ky", ["текшерилген"]),
    ("?dataset=migrant_stock&source=tspc2013&gender=women", ["= tspc2013", "sex = women"]),
    ("?dataset=sources&sort=publisher", ["/sources#"]),
])
def test_page_variants_render(client, search, expected):
    status, text = _render(client, search)
    assert status == 200
    for piece in expected:
        assert piece in text, piece


@pytest.mark.parametrize("search", [
    "?dataset=nope", "?dataset=remittances&sort=nothing", "?page=-1", "?page=abc",
    "?country=%3Cscript%3E", "?source=none&dataset=events", "?year=99999",
])
def test_bad_values_fall_back_with_a_notice(client, search):
    status, text = _render(client, search)
    assert status == 200
    assert "is not a valid" in text and "data-table" in text


def _writer(app, client, input_id):
    render_page(client, "/data", "")  # the first request fills the callback map
    return next(k for k, v in app.callback_map.items()
                if k.startswith(f"{LOC}.search@") and v["inputs"][0]["id"] == input_id)


def _post(client, cb, input_id, value, search):
    return dash_post(client, cb, inputs=[{"id": input_id, "property": "value", "value": value}],
                     state=[{"id": LOC, "property": "search", "value": search}],
                     outputs={"id": LOC, "property": "search@" + cb.split("@")[1]})


def _unchanged(response) -> bool:
    """No URL change: Dash answers 204, or 200 without the output."""
    if response.status_code == 204:
        return True
    body = response.get_json(silent=True) or {}
    return response.status_code == 200 and LOC not in body.get("response", {})


def test_choosing_a_dataset_writes_it_to_the_url(app, client):
    cb = _writer(app, client, "data-dataset")
    response = _post(client, cb, "data-dataset", "events",
                     "?lang=ru&dataset=remittances&country=KGZ&sort=year&page=2")
    assert response.status_code == 200
    # the country has no column in events; sort and page belong to the old table
    assert response.get_json()["response"][LOC]["search"] == "?lang=ru&dataset=events"
    for bad in ("nope", 7, None, ["events"]):
        assert _unchanged(_post(client, cb, "data-dataset", bad, "")), bad


def test_country_and_source_controls_write_the_url(app, client):
    cb = _writer(app, client, "data-country")
    response = _post(client, cb, "data-country", "kgz", "?dataset=remittances&page=3")
    assert response.get_json()["response"][LOC]["search"] == "?dataset=remittances&country=KGZ"
    assert _unchanged(_post(client, cb, "data-country", "<b>", ""))
    cb = _writer(app, client, "data-source")
    response = _post(client, cb, "data-source", None, "?dataset=events&source=tspc2012")
    assert response.get_json()["response"][LOC]["search"] == "?dataset=events"
    assert _unchanged(_post(client, cb, "data-source", {"x": 1}, ""))


# --- in the browser --------------------------------------------------------------------------

@pytest.mark.browser
def test_data_page_in_the_browser(watched):
    page = watched.goto("/data?dataset=remittances")
    page.wait_for_selector("#data-table tbody tr")
    assert page.locator("#data-table tbody tr").count() > 0
    assert page.locator("#data-table [data-quality=unverified], #data-table "
                        "[data-quality=derived]").count() > 0

    # another dataset: the table and the URL follow
    page.locator("#data-dataset").click()
    page.get_by_role("option", name=re.compile(r"\(events\)")).click()
    page.wait_for_url(re.compile(r"dataset=events"))
    page.wait_for_selector("#data-table[data-dataset=events]")
    n = int(page.locator("#data-count").get_attribute("data-n"))
    shown = page.locator("#data-table tbody tr td:first-child").all_inner_texts()
    assert 0 < len(shown) <= n

    # the CSV link holds what the table shows
    href = page.locator("#data-download-csv").get_attribute("href")
    response = page.request.get(watched.base + href)
    assert response.ok
    rows = list(csv.DictReader(io.StringIO(response.text())))
    assert len(rows) == n and [r["id"] for r in rows[:len(shown)]] == shown

    # a heading sorts, by URL
    page.locator("#data-table thead a", has_text=re.compile(r"^year")).click()
    page.wait_for_url(re.compile(r"sort=year"))
    page.wait_for_selector("#data-table th[aria-sort=ascending]")
    years = [int(y) for y in page.locator("#data-table tbody tr td:nth-child(2)")
             .all_inner_texts()]
    assert years == sorted(years)
    assert not watched.console_errors, watched.console_errors
    assert not watched.outside_requests, watched.outside_requests
