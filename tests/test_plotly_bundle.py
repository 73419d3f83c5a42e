"""The site's own plotly.js (dashboard/plotlyjs/): only the trace types its figures use, the
version plotly.py validates figures against, and what dcc.Graph actually loads. If a figure
starts using a trace type the bundle lacks, that chart would draw nothing: these tests fail
first."""

import re

import pytest
from plotly.offline import get_plotlyjs_version

from dashboard import charts, static
from dashboard.static import PLOTLY_BUNDLE, PLOTLY_JS_ROUTE
from tests.conftest import render_page
from tests.test_app import PAGES

BANNER = re.compile(r"/\*! plotly\.js v(?P<version>[\d.]+) .*? traces=(?P<traces>[a-z,]+) ")
# the default view, and one narrowed on every filter (some charts change kind with it)
QUERIES = ["", "?gender=women&sector=construction&year=2010"]


def _banner() -> re.Match:
    match = BANNER.match(PLOTLY_BUNDLE.read_text("utf-8")[:400])
    assert match, "plotly-site.min.js lacks the banner build.js writes"
    return match


def _figures(node):
    if isinstance(node, list):
        for child in node:
            yield from _figures(child)
    elif isinstance(node, dict):
        props = node.get("props", {})
        if node.get("type") == "Graph" and isinstance(props.get("figure"), dict):
            yield props["figure"]
        for value in props.values():
            if isinstance(value, list | dict):
                yield from _figures(value)


def _trace_types(client) -> dict[str, set[str]]:
    # every page, and every chart alone (/embed draws each chart the way the pages do)
    paths = [p + q for p in PAGES for q in QUERIES] + [f"/embed/{n}" for n in charts.CHARTS]
    used: dict[str, set[str]] = {}
    for path_query in paths:
        path, _, query = path_query.partition("?")
        status, body, text = render_page(client, path, "?" + query if query else "")
        assert status == 200, text[:300]
        for figure in _figures(body["response"]["_pages_content"]["children"]):
            for trace in figure.get("data", []):
                used.setdefault(trace.get("type", "scatter"), set()).add(path_query)
    return used


def test_bundle_is_the_plotly_js_that_plotly_py_targets():
    """pyproject pins plotly.py to the minor version the bundle was built for; a bump needs
    `npm run build` in dashboard/plotlyjs/ (else the site falls back to the full bundle)."""
    assert _banner()["version"].split(".")[:2] == get_plotlyjs_version().split(".")[:2]
    assert static.bundle_matches_plotly_py()


def test_bundle_holds_every_trace_type_the_site_draws(client):
    bundled = set(_banner()["traces"].split(","))
    used = _trace_types(client)
    assert {"bar", "scattergeo", "choropleth"} <= set(used), used  # the walk found the charts
    missing = {kind: sorted(paths)[:3] for kind, paths in used.items() if kind not in bundled}
    assert not missing, f"trace types drawn but not in dashboard/plotlyjs/build.js: {missing}"


def test_graphs_load_the_site_bundle_not_the_full_one(client):
    response = client.get(PLOTLY_JS_ROUTE)
    assert response.status_code == 200
    assert response.data == PLOTLY_BUNDLE.read_bytes()
    assert len(response.data) < 2_000_000  # plotly.py's full bundle is 4.8 MB


@pytest.mark.parametrize("path", ["/offices", "/remittances"])
def test_the_browser_draws_with_the_site_bundle(watched, path):
    """In Chromium: the Plotly that drew the charts is the site's bundle, with exactly the
    trace types build.js lists, nothing failed to draw, and no chart offers to upload itself
    to Plotly's cloud (plotly.js 4's "Share chart…" button)."""
    page = watched.goto(path)
    watched.wait_for_graphs(2)
    version, traces = page.evaluate(
        "[Plotly.version, Object.keys(Plotly.PlotSchema.get().traces).sort()]")
    assert version == _banner()["version"]
    assert traces == sorted(_banner()["traces"].split(","))
    titles = page.eval_on_selector_all(".modebar-btn", "bs => bs.map(b => b.dataset.title)")
    assert "Download plot as a PNG" in titles  # the mode bar is there
    assert not [t for t in titles if "Share" in t or "cloud" in t.lower()], titles
    assert not watched.console_errors, watched.console_errors
