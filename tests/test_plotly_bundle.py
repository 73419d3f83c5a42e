"""The site's own plotly.js (dashboard/plotlyjs/): only the trace types its figures use, the
version plotly.py validates figures against, and what dcc.Graph actually loads. If a figure
starts using a trace type the bundle lacks, that chart would draw nothing: these tests fail
first."""

import json
import re

import pytest
from plotly.offline import get_plotlyjs_version

from dashboard import charts, static
from dashboard.figures import style
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


@pytest.fixture(scope="module")
def drawn(app) -> list[tuple[str, dict]]:
    """(page, figure) for every figure on every page and every chart alone (/embed draws each
    chart the way the pages do)."""
    client = app.server.test_client()
    paths = [p + q for p in PAGES for q in QUERIES] + [f"/embed/{n}" for n in charts.CHARTS]
    found = []
    for path_query in paths:
        path, _, query = path_query.partition("?")
        status, body, text = render_page(client, path, "?" + query if query else "")
        assert status == 200, text[:300]
        found += [(path_query, f) for f in _figures(body["response"]["_pages_content"]["children"])]
    return found


def test_bundle_is_the_plotly_js_that_plotly_py_targets():
    """pyproject pins plotly.py to the minor version the bundle was built for; a bump needs
    `npm run build` in dashboard/plotlyjs/ (else the site falls back to the full bundle)."""
    assert _banner()["version"].split(".")[:2] == get_plotlyjs_version().split(".")[:2]
    assert static.bundle_matches_plotly_py()


def test_bundle_holds_every_trace_type_the_site_draws(drawn):
    bundled = set(_banner()["traces"].split(","))
    assert bundled == set(style.TRACE_TYPES)  # the lean template covers the same types
    used: dict[str, set[str]] = {}
    for path, figure in drawn:
        for trace in figure.get("data", []):
            used.setdefault(trace.get("type", "scatter"), set()).add(path)
    assert {"bar", "scattergeo", "choropleth"} <= set(used), used  # the walk found the charts
    missing = {kind: sorted(paths)[:3] for kind, paths in used.items() if kind not in bundled}
    assert not missing, f"trace types drawn but not in dashboard/plotlyjs/build.js: {missing}"


def test_figures_carry_a_lean_template(drawn):
    """Every figure's JSON holds its template; plotly's default is 7 KB, most of a figure's
    layout. The site's (style.TEMPLATE, or none for sparklines) keeps what its charts use."""
    sizes = {path: len(json.dumps(f["layout"].get("template", {}))) for path, f in drawn}
    assert len(sizes) > 20
    assert max(sizes.values()) < 2000, {p: n for p, n in sizes.items() if n >= 2000}


def test_graphs_load_the_site_bundle_not_the_full_one(client):
    response = client.get(PLOTLY_JS_ROUTE)
    assert response.status_code == 200
    assert response.data == PLOTLY_BUNDLE.read_bytes()
    assert len(response.data) < 2_000_000  # plotly.py's full bundle is 4.8 MB


@pytest.mark.parametrize("path", ["/offices", "/remittances"])
def test_the_browser_draws_with_the_site_bundle(watched, path):
    """In Chromium: the Plotly that drew the charts is the site's bundle, with exactly the
    trace types build.js lists, nothing failed to draw, and no chart offers to upload itself
    to Plotly's cloud (plotly.js 4's "Share chart…" button). What the index preloads is what
    the charts use: each big file fetched once, no preload left unused."""
    heavy, warnings = [], []
    watched.page.on("request", lambda r: heavy.append(r.url.split("?")[0].rsplit("/", 1)[1])
                    if r.url.endswith((".min.js", ".json")) or ".geojson" in r.url else None)
    watched.page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    page = watched.goto(path)
    watched.wait_for_graphs(2)
    preloaded = page.eval_on_selector_all(
        "link[rel=preload]", "ls => ls.map(l => l.href.split('?')[0].split('/').pop())")
    assert "plotly.min.js" in preloaded
    if path == "/offices":
        assert {"world_110m.json", "russia_regions.geojson"} <= set(preloaded)
        page.wait_for_selector(".js-plotly-plot .choroplethlocation", timeout=30000)
    page.wait_for_timeout(3500)  # Chromium warns of a preload unused after ~3 s
    assert sorted(h for h in heavy if h in preloaded) == sorted(preloaded), heavy
    assert not [w for w in warnings if "preload" in w], warnings
    version, traces = page.evaluate(
        "[Plotly.version, Object.keys(Plotly.PlotSchema.get().traces).sort()]")
    assert version == _banner()["version"]
    assert traces == sorted(_banner()["traces"].split(","))
    titles = page.eval_on_selector_all(".modebar-btn", "bs => bs.map(b => b.dataset.title)")
    assert "Download plot as a PNG" in titles  # the mode bar is there
    assert not [t for t in titles if "Share" in t or "cloud" in t.lower()], titles
    assert not watched.console_errors, watched.console_errors
