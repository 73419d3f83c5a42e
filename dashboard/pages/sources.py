"""/sources: every source in data/sources.csv, grouped by kind, with what it supports (rows per
dataset citing it, linked to /data?dataset=...&source=<id>), and the methodology: how each
computed number is made, the coverage rule for recommendations, the quality levels.

Each source's row carries `id="<source-id>"`, so a chart can link to /sources#<source-id>; the
page renders after load, so a small clientside callback scrolls to the anchor and marks it.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, clientside_callback, dcc, html

from dashboard import runtime
from dashboard.components.frame import page_frame, parse_query
from dashboard.figures import tables
from dashboard.filters import Filters
from dashboard.i18n import t

dash.register_page(__name__, path="/sources", title="Sources · Kyrgyz labour migration",
                   description="Every source cited, what it supports, and how each computed "
                               "number is made.")

METHODS = ("remit", "abroad", "russia", "regions", "per_office")
QUALITY = ("reported", "estimate", "derived", "unverified")


def quality_badge(level: str, lang: str) -> html.Span:
    key, classes, style, prefix = tables.badge(level)
    return html.Span(prefix + t(key, lang), className=classes, style=style or None,
                     **{"data-quality": level})


def _year(value, lang: str) -> str:
    return t("sources.no_year", lang) if tables.is_blank(value) else str(int(value))


def _supports(usage, sid: str, filters: Filters) -> list:
    lang = filters.lang
    found = usage.get(sid, [])
    if not found:
        return [html.Span(t("sources.supports.none", lang), className="text-muted")]
    return [html.Ul([
        html.Li(dcc.Link(t("sources.rows", lang, dataset=t(f"data.ds.{name}", lang),
                           n=tables.format_value(n, "number", lang)),
                         href=tables.data_link(name, sid, Filters(lang=lang))),
                className="text-nowrap")
        for name, n in found], className="list-unstyled mb-0")]


def _note(text, lang: str):
    """The note; a long one shows its first words, the rest on demand (no text twice)."""
    if tables.is_blank(text):
        return ""
    text = str(text)
    short, cut = tables.shorten(text, 160)
    if not cut:
        return text
    head = short[:-1]  # without the ellipsis
    return html.Details([html.Summary(short), text[len(head):].lstrip()])


def _row(r: dict, usage, filters: Filters) -> html.Tr:
    lang = filters.lang
    sid = r["id"]
    title = html.A(r["title"], href=r["url"], rel="noopener") if not tables.is_blank(r["url"]) \
        else html.Span([r["title"], " ", html.Span(f"({t('sources.no_url', lang)})",
                                                   className="text-muted small")])
    return html.Tr([
        html.Td([html.Div(title, className="fw-semibold", style={"minWidth": "16rem"}),
                 html.A("#" + sid, href=f"#{sid}", className="small text-muted font-monospace",
                        title=t("sources.link", lang))]),
        html.Td(r["publisher"], className="kg-publisher"),
        html.Td(_year(r["year"], lang), className="text-nowrap"),
        html.Td(r["licence"], className="small"),
        html.Td(_supports(usage, sid, filters), className="small"),
        html.Td(html.Div(_note(r["note"], lang), style={"minWidth": "18rem"}),
                className="small"),
    ], id=sid, className="kg-source-row")


def _group(group: str, frame, usage, filters: Filters) -> html.Section:
    lang = filters.lang
    head = html.Thead(html.Tr([html.Th(t(f"sources.col.{c}", lang), scope="col") for c in
                               ("source", "publisher", "year", "licence", "supports", "note")]),
                      className="table-light")
    body = html.Tbody([_row(r, usage, filters) for r in frame.to_dict("records")])
    return html.Section([
        html.H2([t(f"sources.group.{group}", lang), " ",
                 html.Span(f"({len(frame)})", className="text-muted fs-6")],
                id=f"group-{group}", className="h4 mt-4"),
        html.P(t(f"sources.group.{group}.about", lang), className="small text-muted"),
        html.Div(html.Table([head, body], className="table table-sm align-top small mb-0"),
                 className="table-responsive border rounded", tabIndex="0", role="region",
                 **{"aria-labelledby": f"group-{group}"}),
    ], **{"data-group": group})


def methodology(lang: str) -> html.Section:
    items = []
    for key in METHODS:
        items += [html.Dt(t(f"sources.method.{key}.title", lang)),
                  html.Dd(t(f"sources.method.{key}", lang), className="mb-3")]
    quality = []
    for q in QUALITY:
        quality += [html.Dt(quality_badge(q, lang), className="col-sm-3 col-lg-2"),
                    html.Dd(t(f"sources.quality.{q}", lang), className="col-sm-9 col-lg-10")]
    return html.Section([
        html.H2(t("sources.method", lang), id="methodology", className="h3 mt-5"),
        html.P(t("sources.method.intro", lang)),
        html.H3(t("sources.method.derived", lang), id="method-derived", className="h5 mt-3"),
        html.Dl(items),
        html.H3(t("sources.method.coverage.title", lang), id="method-coverage",
                className="h5 mt-3"),
        html.P(t("sources.method.coverage", lang)),
        html.H3(t("sources.method.quality", lang), id="method-quality", className="h5 mt-3"),
        html.P(t("sources.method.quality.intro", lang)),
        html.Dl(quality, id="quality-levels", className="row"),
    ])


def layout(**query):
    data = runtime.data()
    filters, notices = parse_query(query)
    lang = filters.lang
    usage = tables.support_index(tables.source_usage(data))
    groups = tables.source_groups(data)
    toc = [html.Li(html.A(t(f"sources.group.{g}", lang), href=f"#group-{g}"))
           for g, _ in groups]
    toc.append(html.Li(html.A(t("sources.method", lang), href="#methodology")))
    body = [
        html.H1(t("sources.title", lang)),
        html.P(t("sources.intro", lang), className="lead"),
        dbc.Row([
            dbc.Col(html.Nav([html.H2(t("sources.toc", lang), className="h6"),
                              html.Ul(toc, className="mb-0")],
                             **{"aria-label": t("sources.toc", lang)}), md=6),
            dbc.Col([html.P(html.Strong(t("sources.count", lang, n=len(data["sources"]))),
                            id="sources-count"),
                     html.P(t("sources.caveat", lang), className="small text-muted")], md=6),
        ]),
        html.Div([_group(g, frame, usage, filters) for g, frame in groups], id="sources-list"),
        methodology(lang),
        dcc.Store(id="sources-anchor"),
    ]
    return page_frame("/sources", filters, notices, body)


# The page is drawn after the browser has looked for #<source-id>: scroll to it once drawn and
# mark the row, so /sources#wb_wdi_gdp lands on that source.
clientside_callback(
    """function (id) {
        var target = decodeURIComponent((window.location.hash || '').slice(1));
        var el = target && document.getElementById(target);
        if (el) {
            el.classList.add('table-warning');
            el.scrollIntoView({block: 'center'});
        }
        return window.dash_clientside.no_update;
    }""",
    Output("sources-anchor", "data"),
    Input("sources-list", "id"),
)
