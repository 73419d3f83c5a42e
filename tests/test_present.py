"""/present: slides of the key charts for a projector: large type, keyboard control, the slide
in the URL, live filters, and a QR code of the view drawn by the server."""

from __future__ import annotations

import base64
import json
import re

import pytest

from dashboard import charts
from dashboard.filters import Filters
from tests.conftest import render_page

TOTAL = len(charts.SLIDES) + 1


@pytest.fixture()
def present(app):
    """The page module (Dash Pages registers it once the app exists)."""
    from dashboard.pages import present

    return present


def _sizes(node, path=""):
    """Every font size in a figure dict, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "size" and "font" in path.rsplit(".", 1)[-1] and value is not None:
                yield path, value
            else:
                yield from _sizes(value, f"{path}.{key}")
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _sizes(item, path)


@pytest.mark.parametrize("name", charts.SLIDES)
@pytest.mark.parametrize("filters", [Filters(), Filters(gender="women", year=2015, lang="ky")],
                         ids=["default", "filtered"])
def test_slide_figures_use_large_type_and_fill_the_slide(app, data, name, filters):
    with app.server.test_request_context():
        chart = charts.CHARTS[name]
        page = chart.figure(data, filters, charts.default_params(chart, data))
        slide = charts.for_slide(page, filters.lang).to_plotly_json()
    sizes = list(_sizes(slide["layout"])) + list(_sizes(slide["data"]))
    assert sizes and all(size >= charts.MIN_FONT for _, size in sizes), \
        [s for s in sizes if s[1] < charts.MIN_FONT]
    assert slide["layout"]["font"]["size"] >= 22 and "height" not in slide["layout"]
    texts = [a.get("text", "") for a in slide["layout"].get("annotations", [])]
    assert not any(t.startswith(("Source:", "Булак:")) for t in texts)  # printed below instead
    # the same traces as the page: a slide restyles, it never recomputes
    assert [t.get("name") for t in slide["data"]] == [t.name for t in page.data]


def test_event_labels_become_numbers_with_words_below(app, data):
    with app.server.test_request_context():
        page = charts.CHARTS["remit-share"].figure(data, Filters(), {"peers": ("TJK",)})
        slide = charts.for_slide(page, "en")
    events = slide.layout.meta["events"]
    assert len(events) == len(data["events"])
    assert events[0]["text"] == "Global economic crisis" and events[0]["x"] == 2009
    numbers = [a.text for a in slide.layout.annotations if a.text.startswith("<b>")]
    assert "<b>1</b>" in numbers


@pytest.mark.parametrize("query, slide, auto, bad", [
    ({}, 1, None, set()), ({"slide": "3", "auto": "10"}, 3, 10, set()),
    ({"slide": str(TOTAL)}, TOTAL, None, set()),
    ({"slide": "0", "auto": "1"}, 1, None, {"slide", "auto"}),
    ({"slide": "<b>", "auto": "x" * 200}, 1, None, {"slide", "auto"}),
    ({"slide": ["2", "5"]}, 2, None, set()),
])
def test_deck_query_never_fails(present, query, slide, auto, bad):
    got_slide, got_auto, notices = present.parse_deck(query)
    assert (got_slide, got_auto) == (slide, auto)
    assert {n.name for n in notices} == bad


def test_slide_addresses_are_canonical(present):
    filters = Filters(gender="women", lang="ru")
    assert present.href(filters, 1, None) == "/present?gender=women&lang=ru"
    assert present.href(filters, 4, 20) == "/present?gender=women&lang=ru&slide=4&auto=20"


def test_qr_code_is_an_inline_svg(present):
    url = present.qr_data_url("http://example.org/present?slide=2")
    assert url.startswith("data:image/svg+xml;base64,")
    svg = base64.b64decode(url.split(",", 1)[1]).decode()
    assert svg.lstrip().startswith("<svg") and "http" not in svg.split(">", 1)[1]


def _content(body) -> str:
    return json.dumps(body["response"]["_pages_content"]["children"], ensure_ascii=False)


def test_router_renders_the_chosen_slide_with_qr_codes(client):
    status, body, text = render_page(client, "/present", "?slide=3&lang=ru&gender=women")
    assert status == 200, text[-800:]
    shown = _content(body)
    for k in range(1, TOTAL + 1):
        assert f'"id": "slide-{k}"' in shown
    assert re.search(r'"className": "kg-slide active", "id": "slide-3"', shown) or \
        re.search(r'"id": "slide-3", "className": "kg-slide active"', shown)
    assert '"data-href": "/present?gender=women&lang=ru&slide=3"' in shown
    assert shown.count("data:image/svg+xml;base64,") == TOTAL
    assert "http://localhost/present?gender=women&lang=ru&slide=3" in shown  # its permalink
    assert "В этих данных нет разбивки по полу" in shown  # what the filter could not do
    assert shown.count('"type": "Graph"') == len(charts.SLIDES)


@pytest.mark.parametrize("search", ["?slide=99&auto=-1", "?sector=%00&year=abcd&slide=1e9",
                                    "?lang=xx&slide=" + "9" * 400])
def test_router_survives_bad_queries(client, search):
    status, body, text = render_page(client, "/present", search)
    assert status == 200, text[-500:]
    shown = _content(body)
    assert '"data-notice": "slide"' in shown and '"className": "kg-slide active"' in shown


@pytest.mark.browser
def test_present_in_the_browser(watched):
    page = watched.goto("/present")
    watched.wait_for_graphs(len(charts.SLIDES))
    base = watched.base
    active = "#present-deck .kg-slide.active"
    assert page.get_attribute(active, "id") == "slide-1"
    # the chart on a slide fills it and speaks in large type
    size = page.eval_on_selector("#present-graph-1 .gtitle",
                                 "e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 28
    page.keyboard.press("ArrowRight")
    page.wait_for_url(base + "/present?slide=2")
    assert page.get_attribute(active, "id") == "slide-2"
    assert page.is_visible("#present-graph-2 .layer.countries path")  # the map draws
    page.keyboard.press("Space")
    page.keyboard.press("PageDown")
    page.wait_for_url(base + "/present?slide=4")
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(base + "/present?slide=3")
    assert page.inner_text("#present-counter") == f"3 / {TOTAL}"
    page.keyboard.press("End")
    page.wait_for_url(base + f"/present?slide={TOTAL}")
    assert page.is_visible(f"#slide-{TOTAL} .kg-qr-img")
    page.keyboard.press("Home")
    page.wait_for_url(base + "/present")
    # q: this view's QR code, drawn by the server, and its address as text
    page.keyboard.press("PageDown")
    page.keyboard.press("q")
    qr = page.locator(f"{active} .kg-qr-overlay img")
    qr.wait_for(state="visible")
    assert qr.get_attribute("src").startswith("data:image/svg+xml;base64,")
    assert page.inner_text(f"{active} .kg-qr-overlay .kg-permalink") == page.url
    assert page.url == base + "/present?slide=2"
    page.keyboard.press("q")
    assert not qr.is_visible()
    # a live filter re-renders the deck and keeps the slide
    page.click("#present-gender label:has-text('Women')")
    page.wait_for_url(base + "/present?gender=women&slide=2")
    page.wait_for_function(
        "() => document.querySelector('#slide-2 .gtitle')?.textContent.includes('Women')")
    assert page.get_attribute(active, "id") == "slide-2"
    # the bar hides (h) and comes back
    page.keyboard.press("h")
    assert not page.is_visible("#present-bar")
    page.keyboard.press("h")
    assert page.is_visible("#present-bar")
    # auto=<seconds>: the deck moves on by itself, to the next slide, and says so in the URL
    page.goto(base + "/present?gender=women&auto=3")
    first = page.get_attribute(active, "id")
    page.wait_for_function(
        "first => document.querySelector('#present-deck .kg-slide.active').id !== first",
        arg=first, timeout=10000)
    moved = int(page.get_attribute(active, "id").split("-")[1])
    assert moved == int(first.split("-")[1]) % TOTAL + 1  # the next one, the first after the last
    slide = f"&slide={moved}" if moved > 1 else ""
    assert page.url == f"{base}/present?gender=women{slide}&auto=3"
    assert not watched.console_errors, (watched.console_errors, watched.failed)
    assert not watched.outside_requests, watched.outside_requests
