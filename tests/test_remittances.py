"""/remittances: World Bank lines, cited figures as their own marks, peers and filters."""

import re

import pytest

from dashboard.figures import remittances as fig_remit
from dashboard.filters import Filters
from tests.conftest import dash_post, render_page


def _trace(fig, name_part):
    return next(t for t in fig.data if name_part in (t.name or ""))


def test_share_chart_has_kyrgyzstan_peers_and_cited_marks(data):
    fig = fig_remit.over_time(data, "remittances_pct_gdp", Filters(), ("TJK",))
    kgz = _trace(fig, "Kyrgyzstan")
    assert 2010 in list(kgz.x) and max(kgz.y) > 25
    assert any(t.name == "Tajikistan" for t in fig.data)
    cited = [t for t in fig.data if t.mode == "markers"]
    assert cited, "seed and press figures are drawn as separate marks"
    # the 2012 report's 27 % for 2010 is there as a mark, not folded into the line
    assert any(2010 in list(t.x) and 27 in list(t.y) for t in cited)
    # hollow marks for estimates
    est = [t for t in cited if "estimate" in t.name]
    assert est and est[0].marker.symbol == "circle-open"


def test_titles_and_events_follow_the_language(data):
    fig = fig_remit.over_time(data, "remittances_usd", Filters(lang="ky"), ())
    assert fig.layout.title.text.startswith("Алынган")
    labels = {a.text for a in fig.layout.annotations}
    assert "COVID-19 пандемиясы" in labels


def test_chosen_year_is_marked(data):
    fig = fig_remit.over_time(data, "remittances_pct_gdp", Filters(year=2015), ())
    assert any(s.x0 == 2015 and s.line.dash is None for s in fig.layout.shapes)


def test_no_data_for_a_country_without_series(data):
    empty = data.frames["remittances"].iloc[0:0]
    from dataclasses import replace

    bare = replace(data, frames={**data.frames, "remittances": empty})
    fig = fig_remit.over_time(bare, "remittances_pct_gdp", Filters(), ())
    assert "No data" in fig.layout.annotations[0].text


def test_summary_sentence_states_the_latest_figure(data):
    text = fig_remit.summary(data, Filters())
    assert re.search(r"In 20\d\d, .* were \d+\.\d % of GDP", text)


def test_bad_peers_fall_back_with_a_notice(client):
    status, body, text = render_page(client, "/remittances", "?peers=XXX,TJK")
    assert status == 200
    assert "XXX" in text and "is not a valid" in text


def test_sector_filter_says_there_is_no_breakdown(client):
    status, _, text = render_page(client, "/remittances", "?sector=construction")
    assert status == 200 and "no breakdown by sector" in text


def test_peer_checklist_writes_peers_into_the_url(client, app):
    loc = "_pages_location"
    # the one url writer whose input is the peer checklist
    cb = next(k for k, v in app.callback_map.items()
              if k.startswith(f"{loc}.search@") and v["inputs"][0]["id"] == "remit-peers")
    response = dash_post(client, cb,
                         inputs=[{"id": "remit-peers", "property": "value",
                                  "value": ["KAZ", "TJK"]}],
                         state=[{"id": loc, "property": "search", "value": "?lang=ru"}],
                         outputs={"id": loc, "property": "search@" + cb.split("@")[1]})
    assert response.status_code == 200, response.get_data(as_text=True)[-500:]
    assert response.get_json()["response"][loc]["search"] == "?lang=ru&peers=TJK%2CKAZ"


@pytest.mark.browser
def test_remittances_in_the_browser(watched):
    page = watched.goto("/remittances?peers=TJK")
    watched.wait_for_graphs(2)
    lines = page.locator("#remit-share .scatterlayer .trace").count()
    page.get_by_label("Kazakhstan").check()
    page.wait_for_url(re.compile(r"peers=TJK%2CKAZ"))
    page.wait_for_function(
        "n => document.querySelectorAll('#remit-share .scatterlayer .trace').length > n",
        arg=lines)
    page.get_by_text("Women", exact=True).click()
    page.wait_for_url(re.compile(r"gender=women"))
    page.wait_for_selector("text=no breakdown by gender")
    # the permalink restores the same view in a fresh page
    url = page.url
    again = page.context.new_page()
    again.goto(url, wait_until="networkidle")
    again.wait_for_selector("#remit-share .main-svg")
    assert again.locator("#remit-share .scatterlayer .trace").count() == lines + 1
    assert again.get_by_label("Kazakhstan").is_checked()
    assert not watched.console_errors, watched.console_errors
    assert not watched.outside_requests, watched.outside_requests
