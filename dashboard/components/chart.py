"""A chart as every page shows it: the graph, its source line with links, a quality note, a text
summary (for screen readers, and for anyone who wants the sentence rather than the shape) and
a toolbar: download the numbers (CSV, JSON) and the picture (PNG, SVG), cite it, embed it.

`chart_card(...)` takes a ready figure (any chart); `registry_card(name, filters, params)` builds
a registered chart (dashboard.charts) with everything the registry knows: figure, sources,
summary, notes, and the CSV/JSON/embed links of the same view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from html import escape

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html
from flask import has_request_context, request

from dashboard import runtime
from dashboard.i18n import t


def graph_config(filename: str) -> dict:
    return {
        "displaylogo": False,
        # plotly.js 4 shows "Share chart…" by default: it uploads the chart to Plotly's cloud
        "showSendToCloud": False,
        "responsive": True,
        # plotly.js fetches geo outlines from here; the default is a CDN, blank offline
        "topojsonURL": dash.get_asset_url("topojson/"),
        "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
        "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    }


def source_items(source_ids: Iterable[str]) -> list[dict]:
    """The sources rows for these ids, in first-seen order, unknown ids skipped."""
    table = runtime.data()["sources"].set_index("id")
    seen = dict.fromkeys(s for s in source_ids if s in table.index)
    return [{"id": s, **table.loc[s].to_dict()} for s in seen]


def year_text(year) -> str:
    """' (2019)', or '' for a source without a year."""
    return f" ({year})" if year is not None and str(year) not in ("<NA>", "nan", "None", "") \
        else ""


def source_text(source_ids: Iterable[str]) -> str:
    """'Publisher (year); Publisher (year)': the short line printed inside figures."""
    parts = [f"{s['publisher']}{year_text(s['year'])}" for s in source_items(source_ids)]
    return "; ".join(dict.fromkeys(parts))


def source_line(source_ids: Iterable[str], lang: str, line_id: str | None = None) -> html.P:
    links = []
    for s in source_items(source_ids):
        label = f"{s['publisher']}: {s['title']}"
        links.append(html.A(label, href=s["url"], rel="noopener") if s["url"] else label)
        links.append("; ")
    extra = {"id": line_id} if line_id else {}
    return html.P([html.Strong(f"{t('sources', lang)}: "), *links[:-1]],
                  className="small text-muted mb-1 source-line", **extra)


# --- where the reader is ---------------------------------------------------------------------

def site_root() -> str:
    """'http://host/' of the current request ('/' outside one): permalinks and embed code
    must be absolute to work when pasted elsewhere."""
    return request.host_url if has_request_context() else "/"


def absolute(path: str) -> str:
    return site_root().rstrip("/") + path


def current_page_url() -> str:
    """The address of the page being rendered, as the Pages router received it ('' when the
    layout is built outside the router callback, e.g. in a test)."""
    if not has_request_context():
        return ""
    body = request.get_json(silent=True) if request.is_json else None
    if not isinstance(body, dict):
        return ""
    got = {i.get("property"): i.get("value") for i in body.get("inputs") or []
           if isinstance(i, dict) and i.get("id") == "_pages_location"}
    path, search = got.get("pathname"), got.get("search") or ""
    if not isinstance(path, str) or not isinstance(search, str) or not path.startswith("/"):
        return ""
    return absolute(path + search)


CITE_SOURCES = 6  # publishers named in a citation; the rest are counted


def citation(title: str, source_ids: Iterable[str], url: str, lang: str,
             today: dt.date | None = None) -> str:
    """One line to paste under a quote: chart title, site, the sources' publishers and
    years, the permalink, the access date."""
    today = today or dt.date.today()
    parts = source_text(source_ids).split("; ") if source_items(source_ids) else []
    sources = "; ".join(parts[:CITE_SOURCES]) or t("nodata", lang)
    if len(parts) > CITE_SOURCES:  # the permalink lists them all
        sources += " " + t("charts.cite_more", lang, n=len(parts) - CITE_SOURCES)
    return t("charts.cite_line", lang, title=title, site=t("site.title", lang),
             sources=sources, url=url or "", date=today.isoformat())


def embed_code(name: str, query: str, title: str, height: int) -> str:
    src = absolute(f"/embed/{name}{query}")
    return (f'<iframe src="{escape(src)}" title="{escape(title)}" width="100%" '
            f'height="{height + 160}" style="border:0" loading="lazy"></iframe>')


# --- the toolbar -----------------------------------------------------------------------------

def _btn(label: str, icon: str = "") -> list:
    return [html.Span(icon, className="me-1", **{"aria-hidden": "true"}) if icon else None,
            label]


def toolbar(graph_id: str, lang: str, *, title: str, source_ids: list[str], permalink: str,
            chart: str | None = None, query: str = "", height: int = 480) -> html.Div:
    """Downloads of what the chart shows, a citation, and (for a registered chart) the embed
    code. PNG and SVG are drawn by plotly in the browser (assets/charts.js): no server, no
    outside service."""
    cls = "btn btn-outline-secondary btn-sm"
    items = []
    if chart:
        for fmt in ("csv", "json"):
            items.append(html.A(
                _btn(fmt.upper(), "⬇"), href=f"/api/v1/charts/{chart}.{fmt}{query}",
                download=f"{chart}.{fmt}", className=f"{cls} kg-download",
                id=f"{graph_id}-{fmt}",
                title=t(f"charts.download_{fmt}", lang)))
    for fmt in ("png", "svg"):
        items.append(html.Button(
            _btn(fmt.upper(), "⬇"), type="button", className=f"{cls} kg-export",
            id=f"{graph_id}-{fmt}", title=t("charts.download_image", lang, fmt=fmt.upper()),
            **{"data-graph": graph_id, "data-format": fmt, "data-filename": chart or graph_id}))
    cite_id = f"{graph_id}-citation"
    blocks = [html.Details([
        html.Summary(t("charts.cite", lang), className=cls),
        html.Div([
            html.P(citation(title, source_ids, permalink, lang), id=cite_id,
                   className="small mb-1 kg-citation"),
            dcc.Clipboard(target_id=cite_id, title=t("charts.copy", lang),
                          className="btn btn-link btn-sm p-0 kg-copy"),
        ], className="kg-panel"),
    ], className="kg-details", id=f"{graph_id}-cite")]
    if chart:
        code_id = f"{graph_id}-embed-code"
        blocks.append(html.Details([
            html.Summary(t("charts.embed", lang), className=cls),
            html.Div([
                html.P(t("charts.embed_help", lang), className="small mb-1"),
                html.Pre(html.Code(embed_code(chart, query, title, height), id=code_id),
                         className="small mb-1 kg-code"),
                dcc.Clipboard(target_id=code_id, title=t("charts.copy", lang),
                              className="btn btn-link btn-sm p-0 kg-copy"),
            ], className="kg-panel"),
        ], className="kg-details", id=f"{graph_id}-embed"))
    return html.Div([
        html.Div(items, className="btn-group btn-group-sm flex-wrap", role="group",
                 **{"aria-label": t("charts.downloads", lang)}),
        *blocks,
    ], className="kg-toolbar d-flex flex-wrap gap-2 align-items-start mt-1 mb-2",
        id=f"{graph_id}-toolbar")


# --- cards -----------------------------------------------------------------------------------

def graph_figure(graph, graph_id: str, title: str, summary: str, *,
                 summary_class: str = "small chart-summary mb-1") -> html.Figure:
    """A graph with its text alternative: a <figure> named by the chart's title and described
    by its summary sentence, which is the figure's caption (a screen reader announces the
    title, then the sentence; the numbers are in the CSV/JSON and on /data)."""
    aria = {"aria-label": title or graph_id}
    caption = None
    if summary:
        aria["aria-describedby"] = f"{graph_id}-summary"
        caption = html.Figcaption(summary, className=summary_class, id=f"{graph_id}-summary")
    return html.Figure([graph, caption], className="kg-figure mb-0", id=f"{graph_id}-figure",
                       **aria)


def chart_card(graph_id: str, figure, source_ids: Iterable[str], lang: str, *,
               summary: str = "", notes: Iterable = (), chart: str | None = None,
               query: str = "", permalink: str | None = None, title: str | None = None,
               height: int = 480) -> dbc.Card:
    """A graph with its notes, summary, source line and toolbar. `chart`, `query`: the
    registered chart name and canonical query (adds CSV/JSON/embed); permalink: the view's
    absolute URL (default: the page being rendered)."""
    source_ids = list(source_ids)
    if title is None:
        layout_title = ((figure or {}).get("layout", {}).get("title") or {}) \
            if isinstance(figure, dict) else {}
        title = str(layout_title.get("text", "") if isinstance(layout_title, dict)
                    else layout_title).replace("<br>", " ") or graph_id
    return dbc.Card(dbc.CardBody([
        # their own container with an id: a filter change updates the notes in place
        # (view_diff) without touching the graph beside them
        html.Div([dbc.Alert(n, color="info", className="py-2 small mb-2") for n in notes if n],
                 id=f"{graph_id}-notes"),
        graph_figure(dcc.Graph(id=graph_id, figure=figure, config=graph_config(chart or graph_id),
                               className="kg-graph"), graph_id, title, summary),
        source_line(source_ids, lang, f"{graph_id}-sources"),
        toolbar(graph_id, lang, title=title, source_ids=source_ids,
                permalink=current_page_url() if permalink is None else permalink,
                chart=chart, query=query, height=height),
    ]), className="mb-4 shadow-sm")


def registry_card(name: str, filters, params: dict, *, notes: Iterable | None = None,
                  summary: str | None = None) -> dbc.Card:
    """The card of a registered chart: the page, its embed, download and slide all come from
    the same registry entry. notes/summary override the registry's when given."""
    from dashboard import charts  # charts imports this module (source_text)

    chart = charts.get(name)
    lang = filters.lang
    query = charts.query_string(chart, filters, params)
    return chart_card(
        name, charts.figure(name, filters, params), charts.sources(name, filters, params), lang,
        summary=charts.summary(name, filters, params) if summary is None else summary,
        notes=charts.notes(name, filters, params) if notes is None else notes,
        chart=name, query=query, permalink=absolute(chart.page + query),
        title=chart.title(lang), height=chart.height)
