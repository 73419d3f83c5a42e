"""/indicators: indicator cards for donors (latest value, year, change since the reports'
baseline of 2012-2013, a sparkline, quality and sources), and the coverage of the reports'
recommendations by theme. Printable: assets/print.css turns the page into an A4 report (header
with the site name, print date, filters in words and permalink; no navigation or controls;
cards kept whole; sources listed at the end with their addresses), and the "Print / Save as PDF"
button calls window.print() from assets/print.js (the CSP forbids inline scripts).

No page-specific query parameters: the global filters (sector, gender, year, lang) only.
"""

from __future__ import annotations

import datetime as dt

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard import runtime
from dashboard.components.chart import current_page_url, source_items, source_line, year_text
from dashboard.components.frame import page_frame, parse_query, sector_label
from dashboard.figures import destinations as fig_dest
from dashboard.figures import indicators as fig_ind
from dashboard.figures import remittances as fig_remit
from dashboard.figures.style import quality_label
from dashboard.filters import Filters, to_query
from dashboard.i18n import t

dash.register_page(__name__, path="/indicators", title="Indicators · Kyrgyz labour migration",
                   description="Headline indicators of Kyrgyz labour migration with their "
                               "baseline (2012-2013), trend, quality and sources; printable.",
                   redraw_in_place=True)

MAIN_SPARK = (300, 72)  # width, height in px: fixed, so print and screen draw the same
THEME_SPARK = (200, 64)
SPARK_CONFIG = {"staticPlot": True, "displayModeBar": False, "responsive": False}


def page_years(data) -> list[int]:
    """Years the filter bar offers: those of any series on the page."""
    remit = fig_remit.wdi(data)
    years = set(remit.loc[remit["country_iso3"] == "KGZ", "year"].astype(int))
    years |= set(fig_dest.undesa_years(data))
    years |= {int(y) for y in data["recommendation_evidence"]["year"].dropna()}
    return sorted(years)


def filters_text(filters: Filters) -> str:
    """The active filters in words (printed in the report's header)."""
    lang = filters.lang
    return t("indicators.filters_line", lang, sector=sector_label(filters.sector, lang),
             gender=t(f"filter.gender.{filters.gender}", lang),
             year=filters.year or t("indicators.year_latest", lang))


def _sources(ind: fig_ind.Indicator, lang: str, *, short: bool = False) -> html.P:
    """The card's source line with links (short: 'TSPC 2012; TSPC 2013'), and how many more
    sources (offices, evidence) the list at the end holds."""
    more = [s for s in dict.fromkeys(ind.more_source_ids) if s not in ind.source_ids]
    if short:
        links = []
        for s in source_items(ind.source_ids):
            label = fig_ind.REPORT_LABEL.get(s["id"]) or f"{s['publisher']}{year_text(s['year'])}"
            links += [html.A(label, href=s["url"], rel="noopener") if s["url"] else label, "; "]
        line = html.P([html.Strong(f"{t('sources', lang)}: "), *links[:-1]],
                      className="small text-muted mb-1 source-line")
    else:
        line = source_line(ind.source_ids, lang)
    if more:
        line.children = [*line.children, f"; {t('indicators.more_sources', lang, n=len(more))}"]
    return line


def _change(ind: fig_ind.Indicator, lang: str) -> html.P:
    """'Change since 2012: −10.4 pp (30.8 in 2012)', or why no change is shown."""
    moved = fig_ind.fmt_change(ind, lang)
    if moved:
        before = t("indicators.baseline_value", lang, year=ind.baseline[0],
                   value=fig_ind.fmt_value(ind.baseline[1], ind.unit, lang))
        parts = [html.Strong(f"{t('indicators.change', lang, year=ind.baseline[0])}: "),
                 f"{moved} ({before})"]
    elif ind.baseline and ind.latest:
        parts = [html.Strong(f"{t('indicators.no_change', lang)}: "),
                 t("indicators.not_after", lang)]
    else:
        parts = [html.Strong(t("indicators.no_change", lang))]
    return html.P(parts, className="mb-1 kg-ind-change", **{"data-change": ind.key})


def _spark(ind: fig_ind.Indicator, filters: Filters, size: tuple[int, int]) -> html.Div:
    width, height = size
    figure = runtime.cached(fig_ind.sparkline, ind.key, filters, width, height)
    return html.Div(
        dcc.Graph(id=f"spark-{ind.key.replace('.', '-')}", figure=figure, config=SPARK_CONFIG,
                  style={"width": f"{width}px", "height": f"{height}px"},
                  className="kg-spark"),
        role="img", **{"aria-label": fig_ind.spark_label(ind, filters.lang)},
        className="my-1")


def card(ind: fig_ind.Indicator, filters: Filters, *, compact: bool = False) -> dbc.Col:
    lang = filters.lang
    value = fig_ind.fmt_value(ind.latest[1], ind.unit, lang) if ind.latest else \
        t("nodata", lang)
    year = str(ind.latest[0]) if ind.latest else ""
    meta = [html.Span(f"{t('indicators.year', lang)}: {year}", className="me-2")
            if year else None,
            html.Span(f"{t('indicators.quality', lang)}: {quality_label(ind.quality, lang)}",
                      className=f"badge text-bg-light border kg-quality-{ind.quality}")]
    context = None
    if ind.context:
        parts = "; ".join(f"{text}, {fig_ind.REPORT_LABEL.get(sid, sid)} "
                          f"({quality_label(quality, lang)})"
                          for text, sid, quality in ind.context)
        context = html.P([html.Strong(f"{ind.context_label}: "), parts],
                         className="small mb-1 kg-ind-context")
    body = [
        # the headline cards sit under the page's h1, the themes' under their h2
        (html.H3(ind.title, className="h6 mb-1") if compact
         else html.H2(ind.title, className="h5 mb-1")),
        html.P([html.Span(value, className="fs-3 fw-semibold me-1 kg-ind-value"
                          if compact else "display-6 fw-semibold me-2 kg-ind-value"),
                html.Span(t(f"indicators.unit.{ind.unit}", lang), className="text-muted")
                if ind.latest else None],
               className="mb-1", **{"data-indicator": ind.key}),
        html.P(ind.no_data_reason, className="small mb-1") if not ind.latest else None,
        html.P(meta, className="small mb-1"),
        _change(ind, lang),
        None if compact else html.P(ind.baseline_note, className="small text-muted mb-1"),
        _spark(ind, filters, THEME_SPARK if compact else MAIN_SPARK),
        html.P(ind.detail, className="small mb-1") if ind.detail else None,
        context,
        *[html.P(n, className="small fst-italic text-muted mb-1 kg-ind-note")
          for n in ([] if compact else ind.notes)],
        _sources(ind, lang, short=compact),
        dcc.Link(f"{t('indicators.open', lang)} →",
                 href=ind.href + _join(ind.href, to_query(filters)),
                 className="small kg-open"),
    ]
    return dbc.Col(dbc.Card(dbc.CardBody(body), className="h-100 shadow-sm kg-ind-card",
                            id=f"card-{ind.key.replace('.', '-')}"),
                   md=6, lg=4, className="mb-4")


def _join(href: str, query: str) -> str:
    """The filters' query appended to an href that may already carry one."""
    return ("&" + query[1:]) if query and "?" in href else query


def sources_section(cards, lang: str) -> html.Section:
    items = []
    for s in source_items(fig_ind.source_ids(cards)):
        url = s["url"] if isinstance(s["url"], str) and s["url"] else ""
        items.append(html.Li([
            f"{s['publisher']}{year_text(s['year'])}. {s['title']}. ",
            html.A(url, href=url, rel="noopener", className="kg-url") if url
            else html.Span(t("indicators.no_url", lang), className="text-muted"),
        ], className="kg-source", **{"data-source": s["id"]}))
    return html.Section([
        html.H2(t("indicators.sources_title", lang), className="h4"),
        html.P(t("indicators.sources_lead", lang), className="small"),
        html.Ol(items, className="small kg-source-list"),
    ], className="kg-sources mt-4", id="indicators-sources")


def layout(**query):
    filters, notices = parse_query(query)
    lang = filters.lang
    data = runtime.data()
    cards = runtime.cached(fig_ind.indicators, filters)
    main = [c for c in cards if c.key in fig_ind.MAIN]
    themes = [c for c in cards if c.key.startswith("theme.")]
    today = dt.date.today().isoformat()
    url = current_page_url()
    body = [
        html.Div([
            html.P([html.Strong(t("site.title", lang)), " · ",
                    t("indicators.report_title", lang)], className="mb-0 fs-5"),
            html.P([f"{t('indicators.printed', lang)}: ",
                    html.Span(today, **{"data-print-date": today})], className="mb-0 small"),
            html.P(f"{t('indicators.page_url', lang)}: {url}", className="mb-0 small kg-url")
            if url else None,
        ], className="kg-print-only kg-print-header border-bottom mb-2 pb-1",
            id="indicators-print-header"),
        html.Div([
            html.H1(t("indicators.title", lang), className="me-auto"),
            html.Button(t("indicators.print", lang), type="button", id="indicators-print",
                        className="btn btn-primary kg-print-button",
                        **{"data-kg-print": "page"}),
        ], className="d-flex flex-wrap align-items-center gap-2"),
        html.P(t("indicators.lead", lang), className="lead"),
        html.P(filters_text(filters), className="fw-semibold kg-filters-line",
               id="indicators-filters"),
        dbc.Row([card(c, filters) for c in main], className="kg-ind-grid"),
        html.Section([
            html.H2(t("indicators.themes_title", lang), className="h4"),
            html.P(t("indicators.themes_lead", lang), className="small"),
            # the filters' notes are the same for every theme: said once, here
            *[html.P(n, className="small fst-italic text-muted mb-2 kg-ind-note")
              for c in cards if c.key == "coverage" for n in c.notes],
            dbc.Row([card(c, filters, compact=True) for c in themes],
                    className="kg-ind-grid kg-ind-themes"),
        ], className="kg-ind-section", id="indicators-themes"),
        html.Section([
            html.H2(t("indicators.method_title", lang), className="h4"),
            html.P(t("indicators.method", lang), className="small"),
            html.P(t("quality.legend", lang), className="small text-muted"),
        ], className="kg-ind-section"),
        sources_section(cards, lang),
    ]
    return page_frame("/indicators", filters, notices, body, years=page_years(data))
