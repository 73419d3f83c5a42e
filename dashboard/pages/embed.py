"""/embed/<name>: one registered chart alone, for an <iframe> on another site: no navigation,
the chart with its notes, summary and source line, and a link back to the full view.

The query is the chart's page query (filters, lang, the page's own parameters), so an embed
shows exactly what its permalink shows. The security headers allow framing only under /embed/.
An unknown name gets a friendly page listing the charts, never an error.
"""

from __future__ import annotations

import dash
from dash import dcc, html

from dashboard import charts, runtime
from dashboard.components.chart import graph_config, graph_figure, source_line
from dashboard.components.frame import notices_block, parse_query
from dashboard.i18n import t

dash.register_page(__name__, path_template="/embed/<name>",
                   title="Chart · Kyrgyz labour migration",
                   description="An embeddable chart of cited public data on Kyrgyz labour "
                               "migration.")


def _unknown(name, query) -> html.Div:
    filters, _ = parse_query(query)
    lang = filters.lang
    shown = str(name or "")[:40]
    return html.Div(html.Main([
        html.H1(t("charts.embed.unknown", lang, name=shown), className="h4"),
        html.P(t("charts.embed.unknown_help", lang)),
        html.Ul([html.Li(html.A(chart.title(lang), href=f"/embed/{chart.name}",
                                className="me-1"))
                 for chart in charts.CHARTS.values()], className="small"),
        html.P(html.A(t("charts.embed.home", lang), href="/", target="_top")),
    ], id="main", className="p-3"), lang=lang, className="kg-embed")


def layout(name: str | None = None, **query):
    chart = charts.get(name)
    if chart is None:
        return _unknown(name, query)
    data = runtime.data()
    filters, params, notices = charts.parse(chart, query, data)
    lang = filters.lang
    ids = charts.sources(chart.name, filters, params)
    full = charts.permalink_path(chart, filters, params)
    summary = charts.summary(chart.name, filters, params)
    title = chart.title(lang)
    graph = dcc.Graph(id="embed-graph", figure=charts.figure(chart.name, filters, params),
                      config=graph_config(chart.name), className="kg-graph")
    return html.Div(html.Main([
        # the figure prints its title; the page's outline needs it as a heading too
        html.H1(title, className="visually-hidden"),
        notices_block(notices, lang),
        *[html.P(n, className="small alert alert-info py-1 px-2 mb-1")
          for n in charts.notes(chart.name, filters, params)],
        graph_figure(graph, "embed", title, summary),
        source_line(ids, lang),
        html.P([
            html.A(t("charts.embed.full_view", lang), href=full, target="_blank",
                   rel="noopener", id="embed-full-view"),
            html.Span(f" · {t('site.title', lang)}", className="text-muted"),
        ], className="small mb-0"),
    ], id="main", className="px-2 pt-1", **{"aria-label": title}),
        lang=lang, className="kg-embed", **{"data-chart": chart.name})
