"""/indicators: cards with value, year, change since the reports' baseline from the SAME series,
sparklines, sources; the router; the page in a browser and printed to an A4 PDF."""

import io
import json
import re
from dataclasses import replace

import pytest

from dashboard.figures import indicators as fig_ind
from dashboard.figures import recommendations as fig_rec
from dashboard.figures import remittances as fig_remit
from dashboard.filters import Filters
from tests.conftest import dash_post, render_page


def _ind(**kw):
    base = dict(key="x", title="X", unit="pct_gdp", spark=(), latest=None, baseline=None,
                baseline_note="", quality="reported", source_ids=())
    return fig_ind.Indicator(**{**base, **kw})


# --- numbers ---------------------------------------------------------------------------------

def test_baseline_is_2012_else_2013_else_the_nearest_year_earlier_on_a_tie():
    assert fig_ind.baseline_year([2005, 2012, 2013, 2019]) == 2012
    assert fig_ind.baseline_year([2013, 2014]) == 2013
    assert fig_ind.baseline_year([1990, 2010, 2015, 2019]) == 2010  # 2 years either side
    assert fig_ind.baseline_year([2005, 2015]) == 2015
    assert fig_ind.baseline_year([]) is None


def test_change_is_in_points_for_shares_and_relative_for_amounts():
    share = _ind(unit="pct_gdp", latest=(2023, 20.4), baseline=(2012, 30.8))
    assert fig_ind.fmt_change(share, "en") == "−10.4 pp"
    amount = _ind(unit="usd_bn", latest=(2023, 2.85), baseline=(2012, 2.03))
    assert fig_ind.change(amount) == (0.82, 40.4)
    assert fig_ind.fmt_change(amount, "ru") == "+0,82 (+40,4 %)"
    # no change when the value is not after the baseline, or either is missing
    assert fig_ind.change(replace(amount, latest=(2005, 0.31))) is None
    assert fig_ind.change(replace(amount, baseline=None)) is None
    assert fig_ind.num(754981, "ky") == "754\u202f981"


def test_remittances_change_uses_the_world_bank_series_only(data):
    card = fig_ind.remittances(data, Filters(), "remittances_pct_gdp")
    kgz = fig_remit.wdi(data)
    kgz = kgz[kgz["country_iso3"] == "KGZ"].set_index("year")["remittances_pct_gdp"]
    assert card.baseline == (2012, round(float(kgz[2012]), 1))
    assert card.latest == (int(kgz.index.max()), round(float(kgz[kgz.index.max()]), 1))
    assert "2012" in card.baseline_note
    # the report's "around 30 %" is context beside it, never the baseline
    assert any(text.startswith("30 %") and sid == "tspc2013" for text, sid, _ in card.context)
    assert card.quality == "derived" and "wb_wdi_gdp" in card.source_ids
    usd = fig_ind.remittances(data, Filters(), "remittances_usd")
    assert usd.quality == "reported" and fig_ind.change(usd)[1] is not None


def test_abroad_and_women_use_un_desa_and_say_which_baseline_year(data):
    everyone = fig_ind.abroad(data, Filters())
    women = fig_ind.abroad(data, Filters(gender="women"))
    assert everyone.baseline[0] == 2010 and "nearest" in everyone.baseline_note
    assert 0 < women.latest[1] < everyone.latest[1]
    assert women.notes[0] == "Women only"
    share = fig_ind.women(data, Filters(gender="men"))
    assert share.latest == fig_ind.women(data, Filters()).latest  # a share of women is one
    assert "does not apply" in share.notes[0]
    assert any("25–30 %" in text for text, _, _ in share.context)


def test_offices_has_no_baseline_and_no_sparkline(data):
    card = fig_ind.offices(data, Filters(lang="ru"))
    assert card.baseline is None and card.spark == () and fig_ind.change(card) is None
    assert "43" in card.context[0][0]
    fig = fig_ind.sparkline(data, "offices", Filters(lang="ru"))
    assert fig.layout.annotations[0].text == "Нет временного ряда"


def test_coverage_counts_follow_the_recommendations_rule(data):
    filters = Filters(sector="construction")
    tables = fig_ind.coverage_tables(data, filters)
    for year in (min(tables), max(tables)):
        counts = fig_rec.theme_counts(data, replace(filters, year=year))
        ours = {th: [c[s] for s in fig_rec.STATUSES] for th, c in tables[year].items()}
        assert ours == {th: list(map(int, row)) for th, row in counts.iterrows()}
    card = fig_ind.coverage(data, filters)
    total = fig_rec.theme_counts(data, filters).sum()
    acted = sum(int(total[s]) for s in fig_ind.ACTED)
    assert card.latest[1] == round(100 * acted / int(total.sum()))
    assert card.baseline[0] == 2013 and "construction" in card.notes[0].lower()


def test_a_year_before_the_baseline_shows_no_change_and_no_coverage(data):
    cards = {c.key: c for c in fig_ind.indicators(data, Filters(year=2005))}
    assert cards["remit_pct"].latest[0] == 2005 and fig_ind.change(cards["remit_pct"]) is None
    assert cards["coverage"].latest is None and "2013" in cards["coverage"].no_data_reason
    assert not [k for k in cards if k.startswith("theme.")]


def test_sparkline_is_lean_with_baseline_and_last_point(data):
    fig = fig_ind.sparkline(data, "remit_pct", Filters(lang="ru"))
    assert not fig.layout.xaxis.visible and not fig.layout.yaxis.visible
    line = fig.data[0]
    assert len(line.x) <= fig_ind.SPARK_YEARS and 2012 in line.x
    assert all(round(v, 1) == v for v in line.y)
    assert fig.data[1].marker.symbol == "circle-open"  # the baseline
    last = fig.layout.annotations[-1].text
    assert "20,4" in last and str(line.x[-1]) in last


def test_titles_are_translated(data):
    titles = {lang: [c.title for c in fig_ind.indicators(data, Filters(lang=lang))]
              for lang in ("en", "ru", "ky")}
    assert titles["en"][0] == "Remittances, share of GDP"
    assert titles["ru"][0].startswith("Денежные") and titles["ky"][0].startswith("Акча")


# --- the page through the router -------------------------------------------------------------

def test_page_renders_cards_sources_and_filters(client):
    status, body, _ = render_page(client, "/indicators", "?gender=women&lang=en")
    assert status == 200
    text = json.dumps(body, ensure_ascii=False)
    for needle in ("Remittances, share of GDP", "Coverage of recommendations by theme",
                   "Filters: All sectors; gender: Women", "Print / Save as PDF",
                   "data-kg-print", "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD",
                   "spark-remit_pct", "no breakdown by gender"):
        assert needle in text, needle


def test_bad_query_values_fall_back_with_notices(client):
    status, body, _ = render_page(client, "/indicators",
                                  "?year=20x5&gender=robot&sector=nope&lang=ky")
    assert status == 200
    text = json.dumps(body, ensure_ascii=False)
    assert "robot" in text and "Индикаторлор" in text


def test_layout_function_for_a_year(app):
    from dashboard.pages import indicators as page

    with app.server.test_request_context("/"):
        tree = str(page.layout(year="2015", lang="ru"))
    assert "2015" in tree and "Фильтры" in tree and "card-theme-institutions" in tree


def test_router_rejects_a_malformed_payload_without_a_500(client):
    response = dash_post(
        client, ".._pages_content.children..._pages_store.data..",
        inputs=[{"id": "_pages_location", "property": "pathname", "value": 7},
                {"id": "_pages_location", "property": "search", "value": "?year=2015"}],
        outputs=[{"id": "_pages_content", "property": "children"},
                 {"id": "_pages_store", "property": "data"}])
    assert response.status_code == 400


# --- browser and print -----------------------------------------------------------------------

@pytest.mark.browser
def test_indicators_in_the_browser_and_printed_to_a4(watched):
    from pypdf import PdfReader

    # a permalink restores the view: women only
    page = watched.goto("/indicators?gender=women")
    n_cards = page.locator(".kg-ind-card").count()
    watched.wait_for_graphs(n_cards)
    assert page.locator("#card-remit_pct .kg-spark .scatterlayer .trace").count() == 3
    assert page.get_by_text("Women only").count() == 1
    women = page.locator("[data-indicator=abroad] .kg-ind-value").inner_text()

    # the print button calls window.print() from assets/print.js (no inline script)
    page.evaluate("() => { window.__printed = 0; window.print = () => window.__printed++; }")
    page.locator("#indicators-print").click()
    assert page.evaluate("() => window.__printed") == 1

    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(reader.pages) >= 2
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2  # A4
    first = reader.pages[0].extract_text()
    flat = " ".join("\n".join(p.extract_text() for p in reader.pages).split())
    assert "Kyrgyz labour migration" in first and "Printed:" in first
    assert "Filters: All sectors; gender: Women; year: latest available." in flat
    for title in ("Remittances, share of GDP", "Kyrgyz-born people living abroad",
                  "Share of women among them", "Recommendations with recorded action",
                  "Coverage of recommendations by theme", "Sources"):
        assert title in flat, title
    assert "Year: 2023" in flat and "World Bank" in flat and "https://data.worldbank.org" in flat
    for chrome in ("Reset filters", "Print / Save as PDF", "Русский", "Skip to content",
                   "Open the page"):
        assert chrome not in flat, chrome

    # a filter control changes the URL and the cards
    page.get_by_text("Men", exact=True).click()
    page.wait_for_url(re.compile(r"gender=men"))
    page.get_by_text("Men only", exact=True).wait_for()
    assert page.locator("[data-indicator=abroad] .kg-ind-value").inner_text() != women
    assert not watched.console_errors, watched.console_errors
    assert not watched.outside_requests, watched.outside_requests
