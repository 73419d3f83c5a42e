"""/destinations: UN DESA flow map and ranking, every cited figure side by side by measure and
source (never blended), the UN DESA trend, the sectors sources name, and the page's URL params."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from plotly.utils import PlotlyJSONEncoder

from dashboard.components.frame import PAGES_LOCATION
from dashboard.figures import destinations as fig_dest
from dashboard.filters import Filters
from tests.conftest import dash_post, render_page


def _trace(fig, name_part):
    return next(t for t in fig.data if name_part in (t.name or ""))


def _cited_points(fig):
    """(measure trace name, x, y) of every cited mark in the disagreement chart."""
    out = []
    for tr in fig.data:
        if tr.mode == "markers":
            out += [(tr.name, x, y) for x, y in zip(tr.x, tr.y, strict=True)]
    return out


# --- figures: the map ---------------------------------------------------------------------------


def test_map_bubbles_flows_and_named_places(data):
    fig = fig_dest.world_map(data, Filters())
    assert "2019" in fig.layout.title.text  # the latest UN DESA year by default
    bubbles = _trace(fig, "UN DESA estimate")
    sizes = dict(zip(bubbles.text, bubbles.marker.size, strict=True))
    assert sizes["Russia"] == 591211 and sizes["Russia"] == max(sizes.values())
    assert bubbles.marker.symbol == "circle-open"  # UN DESA figures are estimates: hollow
    flows = [t for t in fig.data if t.mode == "lines"]
    # one trace per size class, each a polyline from Bishkek with None separators
    assert len(flows) == 4 and len({t.line.width for t in flows}) == 4
    assert flows[0].lat[0] == pytest.approx(42.87) and flows[0].lat[2] is None
    assert sum(t.showlegend is not False for t in flows) == 1
    places = _trace(fig, "named by sources")
    assert {"Moscow", "Yekaterinburg", "Novosibirsk", "Voronezh", "Lipetsk",
            "Tatarstan"} <= set(places.text)
    assert places.marker.size == 10  # no size encoding: most are named without a number
    moscow = places.hovertext[list(places.text).index("Moscow")]
    assert "Named a main destination" in moscow and "Tian Shan Policy Center" in moscow


def test_map_follows_year_gender_view_and_language(data):
    fig = fig_dest.world_map(data, Filters(year=2023, gender="women", lang="ru"), "russia")
    assert "2019" in fig.layout.title.text and "Женщины" in fig.layout.title.text
    bubbles = _trace(fig, "ООН DESA")
    assert dict(zip(bubbles.text, bubbles.marker.size, strict=True))["Россия"] == 304032
    assert fig.layout.geo.projection.type == "conic conformal"
    assert fig_dest.map_year(data, Filters(year=2003)) == 2000  # the year at or before
    assert fig_dest.map_year(data, Filters(year=1985)) == 1990  # else the earliest


def test_map_says_no_data_without_un_desa_rows(data):
    frame = data["migrant_stock"]
    bare = replace(data, frames={**data.frames,
                                 "migrant_stock": frame[frame["source_id"] != fig_dest.UNDESA]})
    fig = fig_dest.world_map(bare, Filters())
    assert "No data" in fig.layout.annotations[0].text
    assert not fig.data


# --- figures: ranked bars -------------------------------------------------------------------------


def test_bars_rank_top_destinations_and_mark_missing_ones(data):
    fig = fig_dest.ranked_bars(data, Filters(), "UN DESA")
    bars = fig.data[0]
    assert len(bars.x) == fig_dest.TOP_N
    assert list(bars.y[:3]) == ["Russia", "Germany", "Ukraine"]
    assert list(bars.x) == sorted(bars.x, reverse=True)
    assert bars.text[0] == "Russia 591,211"
    assert bars.marker.pattern.shape == "/"  # estimates are hatched
    notes = [a.text for a in fig.layout.annotations]
    # the UAE is named by Kyrgyz officials but has no UN DESA figure: said, not zeroed
    assert "United Arab Emirates: no data in UN DESA" in notes
    assert any(a.startswith("Source: UN DESA") for a in notes)


def test_bars_in_kyrgyz_use_local_names_and_spaces(data):
    fig = fig_dest.ranked_bars(data, Filters(lang="ky", gender="men", year=2010))
    assert "2010" in fig.layout.title.text and "Эркектер" in fig.layout.title.text
    assert fig.data[0].text[0] == "Россия 283\u202f353"
    assert fig.layout.separators == ", "


# --- figures: sources disagree --------------------------------------------------------------------


def test_russia_2023_figures_stay_separate_by_measure(data):
    fig = fig_dest.disagreement(data, Filters(), "RUS")
    points = _cited_points(fig)
    near_2023 = {(name, y) for name, x, y in points if abs(x - 2023) < 0.5}
    # the three figures the issue quotes, each in its own measure's trace, none merged
    assert ("Kyrgyz citizens present", 408448) in near_2023
    assert ("On migration registration", 650000) in near_2023
    assert ("On migration registration", 1200691) in near_2023
    cited = fig_dest.chart_rows(data, Filters(), "RUS")
    assert sorted(y for _, _, y in points) == sorted(cited["value"].round())  # nothing summed
    # figures of one year sit side by side: different measures get different x offsets
    xs = {name: x for name, x, _ in points if abs(x - 2023) < 0.5}
    assert len(set(xs.values())) == len(xs)
    # hollow marks for estimates, open-dot for unverified
    for tr in fig.data:
        if tr.mode == "markers":
            rows = cited[cited["measure"].map(lambda m: fig_dest.measure_label(m, "en"))
                         == tr.name]
            assert list(tr.marker.symbol) == [fig_dest.style.MARKER[q]
                                              for q in rows["quality"]]
    assert "every cited figure" in fig.layout.title.text
    line = _trace(fig, "UN DESA")
    assert 591211 in list(line.y)


def test_ranges_are_drawn_as_low_high_segments(data):
    fig = fig_dest.disagreement(data, Filters(), "KAZ")
    seg = _trace(fig, "(range)")
    assert list(seg.y[:2]) == [30000, 50000] and seg.y[2] is None
    assert seg.x[0] == seg.x[1]


def test_disagreement_follows_gender_and_says_no_data(data):
    women = Filters(gender="women")
    fig = fig_dest.disagreement(data, women, "RUS")
    assert not _cited_points(fig)  # cited Russia figures with a year are all for both sexes
    assert 304032 in list(_trace(fig, "UN DESA").y)
    assert fig_dest.other_sex_count(data, women, "RUS") > 30
    empty = fig_dest.disagreement(data, Filters(gender="men"), "ARE")
    assert "No data" in empty.layout.annotations[0].text


def test_disagreement_summary_and_table_rows(data):
    text = fig_dest.disagreement_summary(data, Filters(), "RUS")
    assert text.startswith("For Russia in 2023, sources give 7 figures")
    for figure in ("408,448", "650,000", "1,200,691", "392,528"):
        assert figure in text
    ru = fig_dest.disagreement_summary(data, Filters(lang="ru", year=2021), "RUS")
    assert "2021" in ru and "680\u202f599" in ru
    rows = fig_dest.disagreement_rows(data, Filters(), "RUS")
    assert {"Moscow and Moscow Oblast", "Siberia"} <= set(rows["place"])  # table, not chart
    assert "share_in_country" in set(rows["measure"])
    assert fig_dest.UNDESA not in set(rows["source_id"])


def test_value_text_formats_numbers_ranges_and_percents(data):
    rows = data["migrant_stock"].set_index("id")
    assert fig_dest.value_text(rows.loc["mf_trend_2918380_03"], "en") == "30,000–50,000"
    assert fig_dest.value_text(rows.loc["mf_rg_kyrgyz_reprint_women_01"], "ru") == "40–50 %"
    assert fig_dest.value_text(rows.loc["mf_tspc2013_03"], "en") == "–"
    assert fig_dest.fmt(59.6, "ru", "percent") == "59,6 %"


# --- figures: trend and sectors -------------------------------------------------------------------


def test_trend_sums_un_desa_only_and_shows_other_sources_as_marks(data):
    fig = fig_dest.trend(data, Filters())
    total = _trace(fig, "derived sum")
    assert dict(zip(total.x, total.y, strict=True))[2019] == 754981
    marks = _trace(fig, "Other sources")
    assert {(2019, 755000), (2024, 540000)} <= set(zip(marks.x, marks.y, strict=True))
    assert 540000 not in list(total.y)
    assert fig_dest.trend_summary(data, Filters()).endswith("Russia holds 78.3 % of the "
                                                            "2019 total.")


def test_sector_chart_counts_sources_and_highlights_the_chosen_sector(data):
    fig = fig_dest.sector_mentions(data, Filters(sector="construction"))
    russia = _trace(fig, "Russia")
    shown = dict(zip(russia.y, russia.x, strict=True))
    assert shown["Construction"] == 3  # three distinct sources name it for Russia
    alpha = dict(zip(russia.y, russia.marker.opacity, strict=True))
    assert alpha["Construction"] == 1.0 and alpha["Transport"] < 1
    women = fig_dest.sector_mentions(data, Filters(gender="women", lang="ky"))
    assert "Аялдар" in women.layout.title.text
    labels = {a.text for a in women.layout.annotations}
    assert "Транспорт" not in labels  # transport is named for both sexes, not for women
    listed = fig_dest.sector_list(data, Filters(sector="catering", gender="women"))
    assert set(listed["source_id"]) == {"src_caravanserai_20181002", "tspc2012",
                                        "src_expeducation_12173"}
    assert fig_dest.sector_list(data, Filters()).empty


# --- the page through the Pages router ------------------------------------------------------------


def _content(body):
    return json.dumps(body["response"]["_pages_content"]["children"], ensure_ascii=False)


def test_page_renders_every_chart_and_the_table(client):
    status, body, text = render_page(client, "/destinations", "")
    assert status == 200, text[-1500:]
    shown = _content(body)
    for gid in ("dest-map", "dest-bars", "dest-disagree", "dest-trend", "dest-sectors",
                "dest-table"):
        assert f'"id": "{gid}"' in shown
    assert "Sources disagree" in shown and "408,448" in shown
    # the year dropdown offers every year the migrant data has, cited years included
    assert '"value": "1990"' in shown and '"value": "2026"' in shown


def test_filters_give_notices_in_words(client):
    status, body, text = render_page(
        client, "/destinations", "?sector=catering&gender=women&year=2023&lang=ru")
    assert status == 200, text[-1500:]
    shown = _content(body)
    assert "Нет данных за 2023: показан 2019" in shown
    assert "нет разбивки по отраслям" in shown
    assert "Кто называет «Общественное питание»" in shown and "Caravanserai" in shown
    assert "здесь скрыты" in shown  # cited totals hidden under a gender filter, said so


def test_bad_page_params_fall_back_with_a_notice(client):
    status, body, text = render_page(client, "/destinations",
                                     "?dest=<b>XX</b>&map=moon&year=19x&gender=both")
    assert status == 200, text[-1500:]
    shown = _content(body)
    for name in ("dest", "map", "year", "gender"):
        assert f'"data-notice": "{name}"' in shown
    assert "Russia: every cited figure" in shown  # the default destination is used


def test_layout_function_directly(app):
    from dashboard.pages import destinations as page

    with app.server.test_request_context():
        tree = page.layout(dest="wld", map="world", lang="ky")
        shown = json.dumps(tree, cls=PlotlyJSONEncoder, ensure_ascii=False)
    assert "Бардык өлкөлөр:" in shown  # the chosen destination, case-insensitive
    assert '"value": "world"' in shown
    assert "dest-table" in shown


# --- the page's callback --------------------------------------------------------------------------


def _writer(app):
    return next(k for k, v in app.callback_map.items()
                if k.startswith(f"{PAGES_LOCATION}.search@")
                and v["inputs"][0]["id"] == "dest-dest")


def _post(client, app, dest, view, search="?lang=ru"):
    client.get("/")  # Dash registers page callbacks on its first request
    cb = _writer(app)
    return dash_post(client, cb,
                     inputs=[{"id": "dest-dest", "property": "value", "value": dest},
                             {"id": "dest-view", "property": "value", "value": view}],
                     state=[{"id": PAGES_LOCATION, "property": "search", "value": search}],
                     outputs={"id": PAGES_LOCATION, "property": "search@" + cb.split("@")[1]})


def test_callback_writes_dest_and_map_into_the_url(client, app):
    response = _post(client, app, "KAZ", "russia")
    assert response.status_code == 200, response.get_data(as_text=True)[-500:]
    assert response.get_json()["response"][PAGES_LOCATION]["search"] == \
        "?lang=ru&dest=KAZ&map=russia"
    back = _post(client, app, "RUS", "eurasia", "?lang=ru&dest=KAZ&map=russia")
    assert back.get_json()["response"][PAGES_LOCATION]["search"] == "?lang=ru"
    same = _post(client, app, "RUS", "eurasia", "?lang=ru")
    assert same.get_json()["response"] == {}  # nothing changed: no update


@pytest.mark.parametrize("dest, view", [({"a": 1}, ["x"]), (None, None), (12, "x" * 500)])
def test_callback_survives_bad_payloads(client, app, dest, view):
    response = _post(client, app, dest, view)
    assert response.status_code == 200, response.get_data(as_text=True)[-500:]
    written = response.get_json()["response"].get(PAGES_LOCATION, {}).get("search", "")
    assert written in ("", "?lang=ru")  # nothing invalid reaches the URL


# --- the browser ----------------------------------------------------------------------------------


@pytest.mark.browser
def test_destinations_in_the_browser(watched):
    page = watched.goto("/destinations")
    watched.wait_for_graphs(5)
    # the map draws its country outlines from the local topojson
    outline = page.eval_on_selector("#dest-map .layer.countries path",
                                    "e => (e.getAttribute('d') || '').length")
    assert outline > 10000
    assert page.locator("#dest-map .trace.scattergeo").count() >= 4
    title = "#dest-disagree .gtitle"
    assert page.locator(title).text_content().startswith("Russia")
    page.click("#dest-dest")
    page.get_by_role("option", name="Kazakhstan").click()
    page.wait_for_url(re.compile(r"dest=KAZ"))
    page.wait_for_function(
        "s => (document.querySelector(s) || {}).textContent?.startsWith('Kazakhstan')",
        arg=title)
    page.get_by_label("Russia close-up").check()
    page.wait_for_url(re.compile(r"dest=KAZ&map=russia"))
    page.get_by_text("Women", exact=True).click()
    page.wait_for_url(re.compile(r"gender=women"))
    page.wait_for_selector("text=hidden here")
    # the permalink restores the same view in a fresh page
    again = page.context.new_page()
    again.goto(page.url, wait_until="networkidle")
    again.wait_for_selector("#dest-map .main-svg")
    assert again.locator(title).text_content().startswith("Kazakhstan")
    assert again.get_by_label("Russia close-up").is_checked()
    assert "(Women)" in again.locator("#dest-map .gtitle").text_content()
    assert not watched.console_errors, watched.console_errors
    assert not watched.outside_requests, watched.outside_requests
