"""/present: full-screen slides of the key charts for conference presenters.

One registered chart per slide (dashboard.charts, so a slide shows what the page, the embed and
the download show), in large type and high contrast, then a slide with a QR code of this view.
Everything is served by this site (the QR code is an SVG drawn here by segno): it works on a
projector with no internet.

The query: the global filters (sector, gender, year, lang), `slide=<n>` (1 = the first, left
out), `auto=<seconds>` (advance on a timer). assets/present.js moves between slides with the
keyboard (→ Space PageDown / ← PageUp, Home, End, f full screen, q QR code, h controls) and
writes slide= into the address without a round trip; the compact filter bar writes the filters
through a clientside callback that keeps slide= and auto=, and the router re-renders the deck.
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache

import dash
import dash_bootstrap_components as dbc
import plotly.graph_objects as go
import segno
from dash import ClientsideFunction, Input, Output, dcc, html

from dashboard import charts, runtime
from dashboard import filters as flt
from dashboard.components.chart import absolute, graph_config, source_items, year_text
from dashboard.components.frame import LANG_NAMES, PAGES_LOCATION, notices_block, sector_label
from dashboard.figures import destinations as fig_dest
from dashboard.figures import remittances as fig_remit
from dashboard.filters import Filters, Notice
from dashboard.i18n import t

dash.register_page(__name__, path="/present", title="Present · Kyrgyz labour migration",
                   description="Full-screen slides of the key charts, for presenters: large "
                               "type, keyboard control, works offline.")

PATH = "/present"
SLIDES = charts.SLIDES  # the key charts, one a slide; the QR slide follows
AUTO_MIN, AUTO_MAX = 3, 3600


# --- the query -------------------------------------------------------------------------------

def parse_deck(query: dict) -> tuple[int, int | None, list[Notice]]:
    """slide (1-based, 1..len(SLIDES)+1) and auto (seconds or None), with notices for values
    that were not understood. Never fails."""
    total = len(SLIDES) + 1
    notices = []
    slide = 1
    raw = flt._first(query, "slide")
    if raw not in (None, ""):
        raw = raw.strip()
        if raw.isdigit() and 1 <= int(raw) <= total:
            slide = int(raw)
        else:
            notices.append(Notice("slide", raw[:40], "1"))
    auto = None
    raw = flt._first(query, "auto")
    if raw not in (None, ""):
        raw = raw.strip()
        if raw.isdigit() and AUTO_MIN <= int(raw) <= AUTO_MAX:
            auto = int(raw)
        else:
            notices.append(Notice("auto", raw[:40], "-"))
    return slide, auto, notices


def href(filters: Filters, slide: int, auto: int | None) -> str:
    """The canonical address of one slide: what present.js writes into the address bar and
    what the QR code encodes (defaults left out, the order fixed)."""
    return PATH + flt.to_query(filters, slide=slide if slide > 1 else None, auto=auto)


# --- the pictures ----------------------------------------------------------------------------

@lru_cache(maxsize=512)
def qr_data_url(url: str) -> str:
    """An SVG QR code of url as a base64 data URL (drawn here: no outside service)."""
    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="svg", scale=10, border=2, dark="#000000",
                                    light="#ffffff", xmldecl=False)
    return "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _slide_figure(data, name: str, filters: Filters, params: dict) -> go.Figure:
    return charts.for_slide(charts.CHARTS[name].figure(data, filters, params),
                            filters.lang)


def short_sources(ids: list[str], lang: str, limit: int = 3) -> str:
    parts = list(dict.fromkeys(f"{s['publisher']}{year_text(s['year'])}"
                               for s in source_items(ids)))
    text = "; ".join(parts[:limit])
    if len(parts) > limit:
        text += f" {t('present.more', lang, n=len(parts) - limit)}"
    return text


# --- the deck --------------------------------------------------------------------------------

def _qr_block(url: str, lang: str, caption: str, extra_class: str = "") -> html.Div:
    return html.Div([
        html.Img(src=qr_data_url(url), alt=t("present.qr_alt", lang, url=url),
                 className="kg-qr-img"),
        html.Div([
            html.P(caption, className="kg-qr-caption"),
            html.P(url, className="kg-permalink"),
        ]),
    ], className=f"kg-qr {extra_class}".strip())


def _chart_slide(k: int, name: str, filters: Filters, data, active: bool, auto) -> html.Section:
    lang = filters.lang
    chart = charts.CHARTS[name]
    params = charts.default_params(chart, data)
    ids = charts.sources(name, filters, params)
    # only what the filters changed: the notes a default view has are for the page to say
    usual = set(charts.notes(name, Filters(lang=lang), params))
    notes = [n for n in charts.notes(name, filters, params) if n not in usual]
    me = href(filters, k, auto)
    title = chart.title(lang)
    figure = runtime.cached(_slide_figure, name, filters, params)
    events = ((figure.get("layout") or {}).get("meta") or {}).get("events") or []
    return html.Section([
        dcc.Graph(id=f"present-graph-{k}", className="kg-slide-graph", responsive=True,
                  figure=figure,
                  config={**graph_config(name), "displayModeBar": False}),
        html.Div([
            html.P(" · ".join(f"{e['n']}: {e['text']} ({e['x']})" for e in events),
                   className="kg-slide-events") if events else None,
            *[html.P(n, className="kg-slide-note") for n in notes[:2]],
            html.P([html.Strong(f"{t('present.sources', lang)}: "), short_sources(ids, lang)],
                   className="kg-slide-source"),
        ], className="kg-slide-foot"),
        html.P(charts.summary(name, filters, params), className="visually-hidden",
               id=f"slide-{k}-summary"),
        _qr_block(absolute(me), lang, t("present.scan", lang), "kg-qr-overlay"),
    ], id=f"slide-{k}", className="kg-slide" + (" active" if active else ""),
        **{"data-href": me, "data-chart": name, "aria-hidden": "false" if active else "true",
           "aria-roledescription": "slide", "aria-describedby": f"slide-{k}-summary",
           "aria-label": t("present.slide", lang, n=k, total=len(SLIDES) + 1, title=title)})


def _qr_slide(k: int, filters: Filters, active: bool, auto) -> html.Section:
    lang = filters.lang
    start = absolute(PATH + flt.to_query(filters))
    title = t("present.qr_title", lang)
    return html.Section(html.Div([
        html.H2(title, className="kg-qr-title"),
        html.P(t("present.qr_text", lang), className="kg-qr-text"),
        _qr_block(start, lang, t("site.title", lang), "kg-qr-final"),
    ], className="kg-qr-slide-body"),
        id=f"slide-{k}", className="kg-slide kg-slide-qr" + (" active" if active else ""),
        **{"data-href": href(filters, k, auto), "aria-hidden": "false" if active else "true",
           "aria-roledescription": "slide",
           "aria-label": t("present.slide", lang, n=k, total=len(SLIDES) + 1, title=title)})


def _years(data) -> list[int]:
    wdi = {int(y) for y in fig_remit.wdi(data)["year"].dropna().unique()}
    return sorted(wdi | set(fig_dest.all_years(data)), reverse=True)


def _bar(filters: Filters, data, slide: int, total: int) -> html.Div:
    lang = filters.lang
    codes = ["all", *data["sectors"]["code"]]
    btn = "btn btn-light btn-sm kg-present-btn"
    return html.Div([
        html.Button("◀", type="button", className=btn, title=t("present.prev", lang),
                    **{"data-present": "prev", "aria-label": t("present.prev", lang)}),
        html.Span(f"{slide} / {total}", id="present-counter", className="kg-counter",
                  **{"aria-live": "polite"}),
        html.Button("▶", type="button", className=btn, title=t("present.next", lang),
                    **{"data-present": "next", "aria-label": t("present.next", lang)}),
        html.Div([
            html.Label(t("filter.sector", lang), htmlFor="present-sector",
                       className="visually-hidden"),
            dcc.Dropdown(id="present-sector", value=filters.sector, clearable=False,
                         options=[{"label": sector_label(c, lang), "value": c} for c in codes],
                         className="kg-present-dd kg-dd-wide"),
        ]),
        # dbc's radios are native <input type=radio> (dcc.RadioItems in Dash 4 draws a
        # listbox of <label role=option> around them: wrong roles, nested controls)
        html.Div(dbc.RadioItems(
            id="present-gender", value=filters.gender, inline=True,
            options=[{"label": t(f"filter.gender.{g}", lang), "value": g} for g in flt.GENDERS],
            className="kg-present-radio", name="present-gender"),
            role="radiogroup", **{"aria-label": t("filter.gender", lang)}),
        html.Div([
            html.Label(t("filter.year", lang), htmlFor="present-year",
                       className="visually-hidden"),
            dcc.Dropdown(id="present-year", clearable=False, searchable=False,
                         value=str(filters.year) if filters.year else "latest",
                         options=[{"label": t("filter.year.latest", lang), "value": "latest"}]
                         + [{"label": str(y), "value": str(y)} for y in _years(data)],
                         className="kg-present-dd"),
        ]),
        html.Div([
            html.Label(t("present.language", lang), htmlFor="present-lang",
                       className="visually-hidden"),
            dcc.Dropdown(id="present-lang", value=lang, clearable=False, searchable=False,
                         options=[{"label": n, "value": c} for c, n in LANG_NAMES.items()],
                         className="kg-present-dd"),
        ]),
        html.P(t("present.keys", lang), className="kg-keys mb-0"),
        html.Span(className="flex-grow-1"),
        html.Button(t("present.fullscreen", lang), type="button", className=btn,
                    **{"data-present": "full"}),
        html.Button(t("present.qr", lang), type="button", className=btn,
                    **{"data-present": "qr"}),
        html.Button(t("present.hide", lang), type="button", className=btn,
                    **{"data-present": "bar"}),
        html.A(["✕ ", t("nav.overview", lang)], href="/" + flt.to_query(filters),
               className=btn, title=t("present.exit", lang)),
    ], id="present-bar", className="kg-present-bar", role="toolbar",
        **{"aria-label": t("present.controls", lang)})


def layout(**query):
    data = runtime.data()
    filters, notices = flt.parse(query, data["sectors"]["code"])
    slide, auto, deck_notices = parse_deck(query)
    lang = filters.lang
    total = len(SLIDES) + 1
    slides = [_chart_slide(k, name, filters, data, k == slide, auto)
              for k, name in enumerate(SLIDES, start=1)]
    slides.append(_qr_slide(total, filters, total == slide, auto))
    return html.Div([
        # the controls and any notice in a banner landmark, the slides in main: nothing on
        # the page is outside a landmark
        html.Header([
            _bar(filters, data, slide, total),
            notices_block(notices + deck_notices, lang),
            html.Button(t("present.show", lang), type="button", className="kg-bar-show",
                        **{"data-present": "bar"}),
        ], className="kg-present-head"),
        html.Main(slides, id="main", className="kg-deck", tabIndex="-1",
                  **{"aria-roledescription": "carousel", "aria-label": t("present.title", lang)}),
    ], id="present-deck", className="kg-present", lang=lang,
        **{"data-auto": str(auto or 0), "data-total": str(total)})


# the compact filter bar writes the URL in the browser (assets/present.js) so that slide= and
# auto=, which the keyboard changes without a round trip, are kept
dash.clientside_callback(
    ClientsideFunction(namespace="kgPresent", function_name="writeFilters"),
    Output(PAGES_LOCATION, "search", allow_duplicate=True),
    Input("present-sector", "value"),
    Input("present-gender", "value"),
    Input("present-year", "value"),
    Input("present-lang", "value"),
    prevent_initial_call=True,
)
