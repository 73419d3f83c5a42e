"""/recommendations: the coverage rule, the selection by filters, the figures, the page and its
URL-writing callback, and the page in a real browser."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from dashboard.components.frame import PAGES_LOCATION
from dashboard.figures import recommendations as fig_rec
from dashboard.filters import Filters
from tests.conftest import dash_post, render_page

# --- the coverage rule, on hand-made frames -------------------------------------------------


def _recs(*rows):
    """rows: (id, parent_id)"""
    return pd.DataFrame({"id": [r[0] for r in rows], "parent_id": [r[1] for r in rows]})


def _ev(*rows):
    """rows: (recommendation_id, year or None, status)"""
    return pd.DataFrame({
        "recommendation_id": [r[0] for r in rows],
        "year": pd.array([r[1] for r in rows], dtype="Int64"),
        "status": [r[2] for r in rows],
        "actor": ["someone"] * len(rows),
    })


def test_status_is_the_most_advanced_counted_event():
    recs = _recs(("A", ""), ("B", ""))
    ev = _ev(("A", 2014, "in_progress"), ("A", 2018, "done"), ("A", 2020, "partly_done"))
    cov = fig_rec.coverage(recs, ev)
    assert cov.loc["A", "status"] == "done"  # the latest event is less advanced: done stays
    assert cov.loc["A", "events"] == 3 and cov.loc["A", "latest_year"] == 2020
    assert cov.loc["B", "status"] == "no_evidence" and cov.loc["B", "events"] == 0


def test_year_is_a_time_machine_and_blank_years_count_always():
    recs = _recs(("A", ""), ("B", ""))
    ev = _ev(("A", 2014, "in_progress"), ("A", 2018, "done"), ("B", None, "partly_done"))
    assert fig_rec.coverage(recs, ev, 2013).loc["A", "status"] == "no_evidence"
    assert fig_rec.coverage(recs, ev, 2014).loc["A", "status"] == "in_progress"
    assert fig_rec.coverage(recs, ev, 2017).loc["A", "status"] == "in_progress"
    assert fig_rec.coverage(recs, ev, 2018).loc["A", "status"] == "done"
    for year in (2000, 2014, None):
        assert fig_rec.coverage(recs, ev, year).loc["B", "status"] == "partly_done"


def test_superseded_wins_only_as_the_latest_dated_event():
    recs = _recs(("A", ""), ("B", ""), ("C", ""))
    ev = _ev(("A", 2014, "partly_done"), ("A", 2015, "superseded"),
             ("B", 2015, "superseded"), ("B", 2019, "in_progress"),
             ("C", None, "superseded"))
    cov = fig_rec.coverage(recs, ev)
    assert cov.loc["A", "status"] == "superseded"
    assert cov.loc["B", "status"] == "in_progress"  # something happened after it lapsed
    assert cov.loc["C", "status"] == "superseded"  # undated, and nothing dated after it
    assert fig_rec.coverage(recs, ev, 2014).loc["A", "status"] == "partly_done"
    assert fig_rec.coverage(recs, ev, 2016).loc["B", "status"] == "superseded"


def test_a_parent_is_summarised_by_its_sub_items():
    recs = _recs(("P", ""), ("P-a", "P"), ("P-b", "P"), ("P-c", "P"))
    ev = _ev(("P-a", 2016, "done"), ("P-b", 2016, "in_progress"))
    cov = fig_rec.coverage(recs, ev)
    assert bool(cov.loc["P", "is_parent"]) and pd.isna(cov.loc["P", "status"])
    assert (cov.loc["P", "done"], cov.loc["P", "in_progress"], cov.loc["P", "no_evidence"]) == \
        (1, 1, 1)
    assert cov.loc["P-a", "done"] == 1 and cov.loc["P-a", "in_progress"] == 0


# --- selection and figures on the real bundle -----------------------------------------------


def _leaves(data):
    recs = data["recommendations"]
    return recs[~recs["id"].isin(set(recs["parent_id"]) - {""})]


def test_sector_filter_keeps_named_and_all_sector_recommendations(data):
    recs = _leaves(data)
    named = recs[recs["sectors"].str.split(";").map(lambda c: "agriculture" in c)]
    assert len(named) >= 1
    sel = fig_rec.select(data, Filters(sector="agriculture"))
    assert sel.explicit_sector == len(named)
    assert sel.all_sector == int((recs["sectors"] == "all").sum())
    shown = set(sel.rows["id"])
    assert set(named["id"]) <= shown
    other = recs[(recs["sectors"] != "all") & ~recs["id"].isin(named["id"])]
    assert not set(other["id"]) & shown


def test_gender_filter_lists_gender_specific_first_in_each_theme(data):
    recs = _leaves(data)
    specific = recs[recs["gender_specific"]]
    assert len(specific) >= 1
    sel = fig_rec.select(data, Filters(gender="women"))
    assert sel.gender_specific == len(specific) and sel.shown == len(recs)
    theme = specific["theme"].iloc[0]
    in_theme = sel.rows[sel.rows["theme"] == theme]
    assert in_theme["gender_specific"].iloc[0]


def test_recommendations_of_a_later_report_did_not_exist_yet(data):
    later = int((data["recommendations"]["report"] == "tspc2013").sum())
    sel = fig_rec.select(data, Filters(year=2012))
    assert sel.not_yet == later and not (sel.rows["report"] == "tspc2013").any()
    assert fig_rec.select(data, Filters(year=2005)).total == 0


def test_bars_count_every_recommendation_by_status_with_labels(data):
    fig = fig_rec.by_theme(data, Filters())
    total = sum(sum(tr.x) for tr in fig.data)
    assert total == len(_leaves(data))
    names = [tr.name for tr in fig.data]
    assert any("done" in n for n in names) and all(tr.text is not None for tr in fig.data)
    assert fig.layout.barmode == "stack"
    ru = fig_rec.by_theme(data, Filters(lang="ru"))
    assert ru.layout.title.text.startswith("Рекомендации")
    assert "Социальная защита" in ru.layout.yaxis.ticktext


def test_bars_move_with_the_year(data):
    def done(fig):
        return sum(sum(tr.x) for tr in fig.data if tr.name.endswith("done")
                   and "partly" not in tr.name)

    early = fig_rec.by_theme(data, Filters(year=2014))
    late = fig_rec.by_theme(data, Filters())
    assert done(early) < done(late)
    assert "2014" in early.layout.title.text


def test_bars_say_no_data_before_the_reports(data):
    fig = fig_rec.by_theme(data, Filters(year=2005, lang="ky"))
    assert fig.data == () and "Маалымат жок" in fig.layout.annotations[0].text


def test_grid_replays_status_year_by_year(data):
    fig = fig_rec.timeline(data, Filters(year=2020), "institutions", "R12-SI-07")
    heat = fig.data[0]
    assert list(heat.x)[0] == 2012 and list(heat.x)[-1] == 2020
    rows = list(heat.y)
    row = rows.index(next(r for r in rows if r.startswith("R12-SI-07")))
    # created in 2015 (done): before that no evidence, after it done
    assert heat.text[row][list(heat.x).index(2014)] == fig_rec.SYMBOLS["no_evidence"]
    assert heat.text[row][list(heat.x).index(2016)] == fig_rec.SYMBOLS["done"]
    # a 2013 recommendation has an empty cell in 2012
    r13 = rows.index(next(r for r in rows if r.startswith("R13-")))
    assert heat.z[r13][0] is None
    # the chosen recommendation is outlined
    assert any(s.type == "rect" and s.line.color == "#D55E00" for s in fig.layout.shapes)


def test_summaries_state_the_numbers(data):
    text = fig_rec.bars_summary(data, Filters(year=2014))
    assert text.startswith("As of 2014, of") and "done" in text
    assert "changed status between 2012 and" in fig_rec.grid_summary(data, Filters())


# --- the page, rendered by the router --------------------------------------------------------


def _content(body) -> str:
    return json.dumps(body["response"]["_pages_content"]["children"], ensure_ascii=False)


def test_page_shows_rule_bars_grid_and_list(client, data):
    status, body, text = render_page(client, "/recommendations", "")
    assert status == 200, text[-1500:]
    shown = _content(body)
    assert "How coverage is computed" in shown and "rec-bars" in shown and "rec-grid" in shown
    for rid in data["recommendations"]["id"]:
        assert f'data-rec=\\"{rid}\\"' in shown
    assert "Choose a recommendation" in shown


def test_permalink_opens_the_detail_with_sources(client, data):
    ev = data["recommendation_evidence"]
    rid = ev["recommendation_id"].iloc[0]
    status, body, text = render_page(client, "/recommendations", f"?rec={rid}&year=2014")
    assert status == 200, text[-1500:]
    shown = _content(body)
    assert "rec-evidence" in shown
    src = data["sources"].set_index("id").loc[ev["source_id"].iloc[0]]
    assert src["title"] in shown
    if (ev.loc[ev["recommendation_id"] == rid, "year"] > 2014).any():
        assert "after 2014: not counted" in shown


def test_filters_are_explained_in_words(client):
    status, body, _ = render_page(client, "/recommendations",
                                  "?sector=agriculture&gender=men&lang=en")
    shown = _content(body)
    assert status == 200
    assert "Sector “Agriculture”" in shown and "apply to all sectors and are included" in shown
    assert "Gender “Men”" in shown and "gender-specific ones first" in shown


def test_bad_page_params_show_a_notice(client):
    status, body, text = render_page(client, "/recommendations",
                                     "?theme=<b>x</b>&rec=R99-ZZ-01&year=2005&lang=ru")
    assert status == 200, text[-1500:]
    shown = _content(body)
    assert '"data-notice": "theme"' in shown and '"data-notice": "rec"' in shown
    assert "рекомендаций ещё не было" in shown  # before the reports


def test_layout_function_directly(app):
    from dashboard.pages import recommendations as page

    with app.server.test_request_context():
        tree = page.layout(theme="social_protection", rec="R12-MP-06", lang="ky")
        shown = json.dumps(tree.to_plotly_json(), ensure_ascii=False, default=str)
    assert "пункча" in shown and "R12-MP-06a" in shown


# --- the page's callback ----------------------------------------------------------------------


def _writer(app):
    return next(k for k, v in app.callback_map.items()
                if k.startswith(f"{PAGES_LOCATION}.search@")
                and v["inputs"][0]["id"] == "rec-theme")


def _post(client, app, trigger: str, value, search="?lang=ru"):
    cb = _writer(app)
    ids = [("rec-theme", "value"), ("rec-select", "value"), ("rec-bars", "clickData"),
           ("rec-grid", "clickData")]
    inputs = [{"id": i, "property": p, "value": value if i == trigger else None} for i, p in ids]
    return dash_post(client, cb, inputs=inputs,
                     state=[{"id": PAGES_LOCATION, "property": "search", "value": search}],
                     outputs={"id": PAGES_LOCATION, "property": "search@" + cb.split("@")[1]},
                     changed=[f"{trigger}.{dict(ids)[trigger]}"])


def _search(response):
    assert response.status_code == 200, response.get_data(as_text=True)[-500:]
    return response.get_json()["response"][PAGES_LOCATION]["search"]


def test_callback_writes_theme_and_rec_into_the_url(client, app):
    assert _search(_post(client, app, "rec-theme", "institutions")) == \
        "?lang=ru&theme=institutions"
    assert _search(_post(client, app, "rec-select", "R12-SI-07", "?theme=institutions")) == \
        "?theme=institutions&rec=R12-SI-07"
    click = {"points": [{"x": 3, "y": "data_research", "curveNumber": 0}]}
    assert _search(_post(client, app, "rec-bars", click)) == "?lang=ru&theme=data_research"
    cell = {"points": [{"x": 2015, "y": "R12-SI-07 Create a specialised…", "z": 3}]}
    assert "rec=R12-SI-07" in _search(_post(client, app, "rec-grid", cell))
    assert _search(_post(client, app, "rec-theme", None, "?theme=institutions&year=2014")) == \
        "?year=2014"


def test_callback_bad_payloads_never_fail(client, app):
    for trigger, value in [("rec-grid", {"points": "nonsense"}), ("rec-grid", [1, 2]),
                           ("rec-bars", {"points": [{"y": "<script>"}]}),
                           ("rec-grid", {"points": [{"y": "↳ R99-XX-01 nothing"}]})]:
        response = _post(client, app, trigger, value)
        assert response.status_code in (200, 204), (trigger, value, response.status_code)
        body = response.get_json(silent=True) or {}
        assert PAGES_LOCATION not in body.get("response", {}), (trigger, value)  # no change
    response = _post(client, app, "rec-select", {"not": "an id"}, "?rec=R12-SI-07")
    assert _search(response) == ""
    response = client.post("/_dash-update-component", data="{not json",
                           content_type="application/json")
    assert response.status_code < 500


# --- in a real browser --------------------------------------------------------------------------


@pytest.mark.browser
def test_page_in_browser_filters_and_permalinks(watched):
    page = watched.goto("/recommendations?year=2014")
    watched.wait_for_graphs(2)
    assert page.locator("#rec-bars .bars path").count() > 5
    assert page.locator("#rec-grid .heatmaplayer image, #rec-grid .hm image").count() >= 1
    before = page.locator("#rec-bars-summary").inner_text()
    assert before.startswith("As of 2014")

    # the year filter re-renders the bars and writes the URL
    page.locator("#filter-year").click()
    page.get_by_role("option", name="Latest").click()
    page.wait_for_function("() => !location.search.includes('year=')")
    page.wait_for_function(
        "() => document.querySelector('#rec-bars-summary')?.innerText.startsWith('As of 20')"
        " && !document.querySelector('#rec-bars-summary').innerText.startsWith('As of 2014')")

    # choosing a theme narrows the grid; choosing a recommendation opens its evidence
    page.locator("#rec-theme").click()
    page.get_by_role("option", name="Institutions").click()
    page.wait_for_function("() => location.search.includes('theme=institutions')")
    # the page re-renders for the new URL: open the next dropdown only once it has landed,
    # or the re-render closes it mid-pick
    watched.wait_for_view("theme=institutions")
    page.locator("#rec-select").click()
    # type into the dropdown's own search box, then pick the one matching option
    page.locator("input.dash-dropdown-search").first.fill("R12-SI-07")
    page.get_by_role("option", name=re.compile("R12-SI-07")).first.click()
    page.wait_for_function("() => location.search.includes('rec=R12-SI-07')")
    page.wait_for_selector("#rec-evidence")
    watched.wait_for_graphs(2)
    grid_rows = page.locator("#rec-grid .yaxislayer-above text").count()
    assert 0 < grid_rows < 20
    url = page.url
    query = parse_qs(urlparse(url).query)
    assert query["theme"] == ["institutions"] and query["rec"] == ["R12-SI-07"]

    # the URL restores the same view
    page2 = watched.goto(urlparse(url).path + "?" + urlparse(url).query)
    page2.wait_for_selector("#rec-evidence")
    assert "R12-SI-07" in page2.locator("#rec-detail").inner_text()
    assert watched.console_errors == [] and watched.outside_requests == []
    assert watched.failed == []
